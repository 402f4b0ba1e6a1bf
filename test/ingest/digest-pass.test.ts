/**
 * A fresh file's digests cut into tasks (src/ingest/digest-pass.ts), as the build's worker
 * threads run them: every table's digest is the sum of its ranges' digests, and every record's
 * digest is the one the history of the whole collection gives (`recordDigests`, read through
 * `iterateRecords`: another path through the query layer), whatever the task sizes and the
 * order in which results come back.
 */
import fc from 'fast-check';
import t from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { dealt, digestSource, digestTasks, runDigestTask, runDigestTasks, type DigestResult, type DigestTask } from '../../src/ingest/digest-pass.js';
import { recordDigests } from '../../src/ingest/history.js';
import { DIGEST_MOD, HASHED_TABLES, rowsDigest } from '../../src/ingest/table-digests.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

const db = openReadOnly(fixtureDatabase());
t.teardown(() => db.$client.close());

/** What the tasks' results add up to: each table's digest, and each record's digest by `collection\0id`. */
function collect() {
  const tables = new Map<string, bigint>();
  const records = new Map<string, string>();
  const apply = (task: DigestTask, result: DigestResult) => {
    if (task.kind === 'rows') tables.set(task.table, ((tables.get(task.table) ?? 0n) + BigInt(`0x${result as string}`)) % DIGEST_MOD);
    else {
      for (const [id, digest] of result as Array<[string, string]>) {
        const key = `${task.collection}\u0000${id}`;
        if (records.has(key)) throw new Error(`${key} digested twice`);
        records.set(key, digest);
      }
    }
  };
  return { tables, records, apply };
}

const wholeTables = new Map(HASHED_TABLES.map((table) => [table, rowsDigest(db, table)]));
const wholeRecords = recordDigests(db);

t.test('small tasks, run here: the same digests as whole tables and whole collections', async (t) => {
  const { tables, records, apply } = collect();
  const tasks = [...digestTasks(db, { records: 3, rows: 2 })];
  t.ok(tasks.filter((task) => task.kind === 'rows' && task.table === 'measures').length > 1, 'a table is cut into several ranges');
  t.ok(tasks.filter((task) => task.kind === 'records' && task.collection === 'measures').length > 1, 'a collection into several pages');
  t.ok(tasks.filter((task) => task.kind === 'rows' && task.table === 'measure_themes').length > 1, 'a table stored without rowid (migration 0014) into ranges of its measures');
  for (const task of tasks) apply(task, runDigestTask(db, task));
  for (const table of HASHED_TABLES) t.equal(tables.get(table) ?? 0n, wholeTables.get(table), `${table}: the sum of its ranges`);
  t.ok(wholeRecords.size > 50, `${wholeRecords.size} records`);
  t.same(new Map([...records].sort()), new Map([...wholeRecords].sort()), 'every record once, with its digest');
});

t.test('tasks run on a connection of their own, results back in any order: the same digests', async (t) => {
  const { tables, records, apply } = collect();
  const source = digestSource(fixtureDatabase());
  t.teardown(() => source.close());
  let turn = 0;
  // Later tasks often finish first, as on worker threads.
  const run = (task: DigestTask) => new Promise<DigestResult>((resolve) => setTimeout(() => resolve(source.run(task)), (turn++ * 7) % 5));
  await runDigestTasks(digestTasks(db, { records: 5, rows: 3 }), run, apply, 4);
  for (const table of HASHED_TABLES) t.equal(tables.get(table) ?? 0n, wholeTables.get(table), table);
  t.same(new Map([...records].sort()), new Map([...wholeRecords].sort()));
});

t.test('a failing task fails the pass', async (t) => {
  const { apply } = collect();
  let n = 0;
  const run = (task: DigestTask) => (n++ === 3 ? Promise.reject(new Error('worker died')) : Promise.resolve(runDigestTask(db, task)));
  await t.rejects(runDigestTasks(digestTasks(db, { records: 5, rows: 3 }), run, apply, 2), /worker died/);
});

t.test('tasks dealt into lists, one per thread, run as lists: each task once, lists as long as one another within one, the same digests', (t) => {
  fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (tasks, n) => {
    const lists = dealt(tasks, n);
    const lengths = lists.map((l) => l.length);
    const even = lengths.length === 0 || Math.max(...lengths) - Math.min(...lengths) <= 1;
    return lists.length === Math.min(n, tasks.length) && lists.every((l) => l.length > 0) && even && JSON.stringify(lists.flat().sort()) === JSON.stringify([...tasks].sort());
  }));
  const { tables, records, apply } = collect();
  const source = digestSource(fixtureDatabase());
  t.teardown(() => source.close());
  const tasks = [...digestTasks(db, { records: 5, rows: 3 })];
  for (const list of dealt(tasks, 3)) list.map((task) => source.run(task)).forEach((result, i) => apply(list[i]!, result));
  for (const table of HASHED_TABLES) t.equal(tables.get(table) ?? 0n, wholeTables.get(table), table);
  t.same(new Map([...records].sort()), new Map([...wholeRecords].sort()));
  t.end();
});
