/**
 * A relation's page statements are written once per shape (issue 12, GraphQL's per-request
 * cost): drizzle builds the SQL text of a page statement on the first request of its sort,
 * direction, fields and cursor presence, and later requests of that shape only fill in the
 * parent ids, the cursor's values and the limit.
 */
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import t from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { rootEntities } from '../../src/graphql/resolvers.js';
import { actorsOfMeasure } from '../../src/queries/actors.js';
import { mentions } from '../../src/queries/mentions.js';
import { measuresOfDocument, measuresOfProgramme } from '../../src/queries/measures.js';
import { seedDatabase } from '../helpers/dataset.js';

const db = openReadOnly(seedDatabase());
t.teardown(() => db.$client.close());

/** How many SQL texts drizzle writes while `read` runs, and what `read` returns. */
function textsWritten<T>(read: () => T): { texts: number; value: T } {
  const proto = SQLiteSyncDialect.prototype;
  const original = proto.sqlToQuery;
  let texts = 0;
  proto.sqlToQuery = function (this: SQLiteSyncDialect, ...args: Parameters<typeof original>) {
    texts++;
    return original.apply(this, args);
  };
  try {
    const value = read();
    return { texts, value };
  } finally {
    proto.sqlToQuery = original;
  }
}

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

t.test('a page statement is written on its shape’s first request only, and pages stay right', async (t) => {
  const programmeIds = db.$client.prepare('SELECT id FROM programmes ORDER BY id').pluck().all() as string[];
  t.ok(programmeIds.length >= 2, 'the seeds have programmes to page through');
  const fields = ['id', 'text'];
  const first = textsWritten(() => measuresOfProgramme.pages(db, programmeIds.slice(0, 1), { limit: 2, fields }));
  const again = textsWritten(() => measuresOfProgramme.pages(db, programmeIds.slice(1), { limit: 3, fields }));
  t.equal(again.texts, 0, 'the same shape for other parents and another limit writes no SQL text');

  // Every page against the whole list of its parent, read in one go.
  const whole = measuresOfProgramme.all(db, programmeIds);
  t.same(ids(first.value[0]!.items), ids(whole[0]!).slice(0, 2), 'the first page: the first two of the list');
  again.value.forEach((page, i) => t.same(ids(page.items), ids(whole[i + 1]!).slice(0, 3), `programme ${i + 2}: the first three`));

  // A page after a cursor is another shape: written once, then filled with each cursor's values.
  const cursor = first.value[0]!.next;
  t.ok(cursor !== null, 'the first programme has more than two measures');
  const after = (limit: number) => measuresOfProgramme.pages(db, programmeIds.slice(0, 1), { limit, fields, cursor: cursor! });
  t.ok(textsWritten(() => after(2)).texts > 0, 'the first page after a cursor writes its text');
  const next = textsWritten(() => after(4));
  t.equal(next.texts, 0, 'the next one writes none');
  t.same(ids(next.value[0]!.items), ids(whole[0]!).slice(2, 6), 'it continues after the cursor');
});

t.test('page statements differ by fields and direction', async (t) => {
  const programmeIds = db.$client.prepare('SELECT id FROM programmes ORDER BY id').pluck().all() as string[];
  const whole = measuresOfProgramme.all(db, programmeIds);
  const forward = measuresOfProgramme.pages(db, programmeIds, { limit: 2, fields: ['id', 'statementKind'] });
  t.same(forward.map((p) => ids(p.items)), whole.map((list) => ids(list).slice(0, 2)), 'forward: the first two of each');
  t.ok(textsWritten(() => measuresOfProgramme.pages(db, programmeIds, { limit: 2, fields: ['id', 'document'] })).texts > 0, 'other fields: another text');
  const backward = textsWritten(() => measuresOfProgramme.pages(db, programmeIds.slice(0, 1), { limit: 1, fields: ['id', 'statementKind'], backward: true, cursor: forward[0]!.next! }));
  t.ok(backward.texts > 0, 'backward before a cursor: another text');
  t.same(ids(backward.value[0]!.items), ids(whole[0]!).slice(0, 1), 'the one before the second one’s cursor: the first of the list');
});

t.test('a page’s rows are read as arrays, and records come out whole, in field order', async (t) => {
  const programmeIds = db.$client.prepare('SELECT id FROM programmes ORDER BY id').pluck().all() as string[];
  const proto = Object.getPrototypeOf(db.$client.prepare('SELECT 1')) as { all: (...params: unknown[]) => unknown[] };
  const all = proto.all;
  const shapes: string[] = [];
  proto.all = function (this: unknown, ...params: unknown[]) {
    const found = all.apply(this, params);
    if (found.length > 0) shapes.push(Array.isArray(found[0]) ? 'array' : 'object');
    return found;
  };
  let pages;
  try {
    pages = measuresOfProgramme.pages(db, programmeIds, { limit: 2, fields: ['id', 'statementKind', 'themes', 'text'] });
  } finally {
    proto.all = all;
  }
  t.same(shapes, ['array'], 'one statement, its rows arrays (better-sqlite3 makes an array of a row for less than an object)');
  const whole = measuresOfProgramme.all(db, programmeIds.slice(0, 1))[0]!.slice(0, 2);
  const record = pages[0]!.items[0]! as Record<string, unknown>;
  t.same(Object.keys(record), ['id', 'text', 'statementKind', 'themes'], 'the record’s fields in the schema’s order');
  t.same(record, Object.fromEntries(Object.keys(record).map((key) => [key, (whole[0] as Record<string, unknown>)[key]])), 'the same values as the whole record’s, JSON fields parsed');
  t.ok(Array.isArray(record.themes), 'a JSON field is parsed');
});

t.test('a limited page reads each parent’s rows up to the limit, in an index’s order, not every related row ranked', async (t) => {
  const documentIds = db.$client.prepare('SELECT document_id FROM measures GROUP BY document_id HAVING count(*) > 3 ORDER BY document_id').pluck().all() as string[];
  t.ok(documentIds.length >= 2, 'the seeds have documents with more than three measures');
  const proto = Object.getPrototypeOf(db.$client.prepare('SELECT 1')) as { all: (...params: unknown[]) => unknown[] };
  const all = proto.all;
  const run: Array<{ source: string; params: unknown[] }> = [];
  proto.all = function (this: { source: string }, ...params: unknown[]) {
    run.push({ source: this.source, params });
    return all.apply(this, params);
  };
  let pages;
  try {
    pages = measuresOfDocument.pages(db, documentIds, { limit: 3, fields: ['id', 'text'] });
  } finally {
    proto.all = all;
  }
  t.equal(run.length, 1, 'one statement for every parent');
  const [{ source, params }] = run as [{ source: string; params: unknown[] }];
  t.notMatch(source, /row_number/i, 'no ranking of every related row');
  const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  t.ok(plan.some((step) => step.startsWith('CORRELATED LIST SUBQUERY')), 'each parent’s ids from a subquery run per parent');
  t.ok(plan.includes('SEARCH m USING INDEX measures_document_ordinal (document_id=?)'), 'read from the index that holds a document’s measures in text order');
  t.ok(plan.includes('SEARCH m USING INTEGER PRIMARY KEY (rowid=?)'), 'each kept measure found by its rowid, not looked up in the index of ids');
  t.notOk(plan.includes('USE TEMP B-TREE FOR LAST TERM OF ORDER BY'), 'the unique index holds the whole order (migration 0016): the subquery stops at the limit, no tie sorted by id');
  const whole = measuresOfDocument.all(db, documentIds);
  t.same(pages.map((page) => ids(page.items)), whole.map((list) => ids(list).slice(0, 3)), 'each page: the first three of its parent’s list');
  t.ok(pages.every((page) => page.next !== null), 'each with a next page');
});

t.test('a page makes link records only for a relation with link columns, and knows whether it goes on without a cursor', async (t) => {
  const documentIds = db.$client.prepare('SELECT document_id FROM measures GROUP BY document_id HAVING count(*) > 3 ORDER BY document_id').pluck().all() as string[];
  const measures = measuresOfDocument.pages(db, documentIds, { limit: 3, fields: ['id'] });
  t.ok(measures.every((page) => page.links === undefined), 'a document’s measures: no link record per item (nothing to put in one)');
  t.ok(measures.every((page) => page.more && page.next !== null), 'more than three measures each: more, and a cursor when asked');
  const measureIds = db.$client.prepare('SELECT measure_id FROM measure_actors GROUP BY measure_id ORDER BY count(*) DESC, measure_id LIMIT 3').pluck().all() as string[];
  const actors = actorsOfMeasure.pages(db, measureIds, { limit: 1, fields: ['id'] });
  const roles = measureIds.map((id) => db.$client.prepare('SELECT role FROM measure_actors WHERE measure_id = ? ORDER BY actor_id LIMIT 1').pluck().get(id));
  t.same(actors.map((page) => page.links?.map((link) => link.role)), roles.map((role) => [role]), 'a measure’s actors: the link’s role beside each item');
  t.ok(actors.every((page) => page.more === (page.next !== null)), '`more` is whether there is a next cursor');
});

t.test('an entity is declared without rowid exactly when its table is stored so', async (t) => {
  const entities = [...Object.values(rootEntities).map((root) => root.entity), mentions];
  const withoutRowid = db.$client.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1").pluck().all() as string[];
  t.ok(withoutRowid.includes('series'), 'the seeds have tables stored without rowid');
  for (const e of entities) t.equal(e.withoutRowid === true, withoutRowid.includes(e.table), `${e.table}: ${withoutRowid.includes(e.table) ? 'no rowid' : 'a rowid'}`);
});
