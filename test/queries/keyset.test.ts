/**
 * Keyset conditions: the rows after a cursor are exactly those that follow it in the
 * sort (any directions), and a page deep into a list seeks the sort's index rather than
 * scanning every row before the cursor.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import t from 'tap';
import { sql } from 'drizzle-orm';
import { keysetCondition, orderByTerms, parseSort } from '../../src/queries/pagination.js';
import { measures } from '../../src/queries/measures.js';
import { toQuery } from '../../src/queries/sql.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

const WHITELIST = { id: 'x.id', name: 'x.name', value: 'x.value' };
const sort = fc.uniqueArray(fc.constantFrom('name', 'value'), { maxLength: 2 }).chain((fields) =>
  fc.tuple(...fields.map((f) => fc.boolean().map((desc) => (desc ? '-' : '') + f))).map((parts) => parts.join(',')),
);
/** Rows with few distinct names and values, so ties on the leading keys are common. */
const rows = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), name: fc.constantFrom('a', 'b', 'c'), value: fc.integer({ min: 0, max: 3 }) }), { selector: (r) => r.id, minLength: 1, maxLength: 30 });

t.test('the rows after a cursor are the rows that follow it in the sort', async (t) => {
  const db = new Database(':memory:');
  t.teardown(() => db.close());
  t.doesNotThrow(() => fc.assert(fc.property(rows, sort, fc.nat(), (data, s, pick) => {
    db.exec('DROP TABLE IF EXISTS x; CREATE TABLE x (id TEXT PRIMARY KEY, name TEXT NOT NULL, value INTEGER NOT NULL)');
    const insert = db.prepare('INSERT INTO x VALUES (@id, @name, @value)');
    for (const r of data) insert.run(r);
    const keys = parseSort(s, WHITELIST, 'x.id');
    const ordered = db.prepare(`SELECT id, ${keys.map((k) => k.sql).join(', ')} FROM x ORDER BY ${toQuery(orderByTerms(keys)).sql}`).raw().all() as Array<Array<string | number>>;
    const at = pick % ordered.length;
    const after = toQuery(sql`SELECT id FROM x WHERE ${keysetCondition(keys, ordered[at]!.slice(1))} ORDER BY ${orderByTerms(keys)}`);
    t.same(db.prepare(after.sql).pluck().all(...after.params), ordered.slice(at + 1).map((r) => r[0]), `sort ${s} after row ${at}`);
    return true;
  }), { numRuns: 300 }));
});

t.test('a page after a cursor seeks the index of its sort', async (t) => {
  const db = new Database(fixtureDatabase(), { readonly: true });
  t.teardown(() => db.close());
  const keys = parseSort(measures.defaultSort, measures.sorts, 'm.id');
  const page = toQuery(sql`EXPLAIN QUERY PLAN SELECT m.id FROM measures m WHERE ${keysetCondition(keys, ['document', 1, 'measure'])} ORDER BY ${orderByTerms(keys)} LIMIT 51`);
  const plan = db.prepare(page.sql).all(...page.params) as Array<{ detail: string }>;
  const details = plan.map((p) => p.detail);
  t.ok(details.some((d) => /^SEARCH m USING INDEX measures_document_ordinal \(document_id>\?\)$/.test(d)), `seeks the index: ${details.join('; ')}`);
  t.notOk(details.some((d) => d.startsWith('SCAN m') || d === 'MULTI-INDEX OR'), 'neither scans the rows before the cursor nor unions index ranges');
  t.notOk(details.includes('USE TEMP B-TREE FOR ORDER BY'), 'does not sort every row after the cursor');
});
