/**
 * The size of a whole collection (`count=true` without filters, GraphQL `totalCount`, and
 * whether whole-collection facets are exact) is the count the build stored in `meta`
 * (src/queries/stored-facts.ts), the number `/v1` shows: no statement counts the
 * collection, which at 100 000 documents walked 6.6 million index entries at the first
 * such request of each process. A file without stored facts has it counted, once.
 */
import Database from 'better-sqlite3';
import t from 'tap';
import { boundedCount, boundedFacets } from '../../src/queries/entity.js';
import { datasetInfo, FACTS_KEY } from '../../src/queries/facts.js';
import { collectionEntities as entities } from '../../src/queries/collections.js';
import { fixtureCopy, fixtureDatabase, openedReadOnly } from '../helpers/fixture-db.js';
import { statementsRun } from '../helpers/statements.js';

/** The rows of each collection's table, counted by hand. */
function tableCounts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(Object.keys(entities).map((c) => [c, (db.prepare(`SELECT count(*) AS n FROM "${c}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** Statements that count rows (`count(*)`), whatever they count. */
const counting = (statements: readonly string[]) => statements.filter((s) => /count\(\*\)/i.test(s));

t.test('with stored facts, a whole collection is not counted: its size is the stored count', async (t) => {
  const db = openedReadOnly(t, fixtureDatabase());
  const expected = tableCounts(fixtureDatabase());
  for (const [collection, e] of Object.entries(entities)) {
    let count: ReturnType<typeof boundedCount> | undefined;
    const run = await statementsRun(() => {
      count = boundedCount(db, e, {});
    });
    t.same(count, { total: expected[collection], exact: true }, `${collection}: the size of the table, exact`);
    t.same(counting(run), [], `${collection}: no statement counts it`);
  }
  const facets = await statementsRun(() => boundedFacets(db, entities.measures, {}, ['statementKind']));
  t.same(counting(facets).filter((s) => !/GROUP BY/i.test(s)), [], 'whole-collection facets learn its size without counting it');
});

t.test('the size is the one /v1 shows: the stored count, not a count of the table', async (t) => {
  // A stored count that differs from the table shows which one is read.
  const path = fixtureCopy(t, (db) => {
    const facts = JSON.parse((db.prepare('SELECT value FROM meta WHERE key = ?').get(FACTS_KEY) as { value: string }).value) as { counts: Record<string, number> };
    facts.counts.measures = facts.counts.measures! + 1000;
    db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(JSON.stringify(facts), FACTS_KEY);
  });
  const db = openedReadOnly(t, path);
  t.equal(boundedCount(db, entities.measures, {}).total, datasetInfo(db).counts.measures);
  t.equal(boundedCount(db, entities.measures, {}).total, tableCounts(path).measures! + 1000);
});

t.test('without stored facts, a whole collection is counted once per connection', async (t) => {
  const path = fixtureCopy(t, (db) => db.prepare('DELETE FROM meta WHERE key = ?').run(FACTS_KEY));
  const db = openedReadOnly(t, path);
  const expected = tableCounts(path);
  const first = await statementsRun(() => t.same(boundedCount(db, entities.measures, {}), { total: expected.measures, exact: true }, 'counted exactly'));
  t.equal(counting(first).length, 1, 'one statement counts it');
  const again = await statementsRun(() => t.same(boundedCount(db, entities.measures, {}), { total: expected.measures, exact: true }));
  t.same(counting(again), [], 'and never again');
});
