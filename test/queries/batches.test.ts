/**
 * Records are read with one statement for their rows and one per related field (a batch)
 * for all of them (issue 12): a list page runs the same statements whatever its size, its
 * row statement holds no subquery evaluated per row, and every batch seeks indexes from
 * the page's keys instead of scanning a table. On the seed database, whose planner
 * statistics are a real build's (the tiny fixture's are not).
 */
import type Database from 'better-sqlite3';
import t from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { dataScans, planOf } from '../helpers/plans.js';
import { actors } from '../../src/queries/actors.js';
import { documents } from '../../src/queries/documents.js';
import { getRecord, iterateRecords, listRecords, recordsByIds, type Entity } from '../../src/queries/entity.js';
import { figures } from '../../src/queries/figures.js';
import { locations } from '../../src/queries/locations.js';
import { measures } from '../../src/queries/measures.js';
import { programmes } from '../../src/queries/programmes.js';
import { series } from '../../src/queries/series.js';
import { themes } from '../../src/queries/themes.js';
import { seedDatabase } from '../helpers/dataset.js';

const db = openReadOnly(seedDatabase());
t.teardown(() => db.$client.close());

/** Every statement run (its text and parameters) while `read` runs. */
function statementsOf(read: () => unknown): Array<{ sql: string; params: unknown[] }> {
  const proto = Object.getPrototypeOf(db.$client.prepare('SELECT 1')) as Database.Statement;
  const all = proto.all;
  const seen: Array<{ sql: string; params: unknown[] }> = [];
  proto.all = function (this: Database.Statement, ...params: unknown[]): unknown[] {
    // The sort guard's plan and the index shapes it reads once (src/queries/entity.ts) read no rows: not statements of the page.
    if (!/^(EXPLAIN QUERY PLAN|PRAGMA) /.test(this.source)) seen.push({ sql: this.source, params });
    return all.apply(this, params);
  };
  try {
    read();
  } finally {
    proto.all = all;
  }
  return seen;
}

const entities: Entity[] = [measures, figures, documents, programmes, series, actors, locations, themes];
const batchFields = (e: Entity) => Object.values(e.columns).filter((c) => 'batch' in c).length;

t.test('a list page runs one statement for its rows and one per batch field, the two history stamps sharing one, whatever its size', async (t) => {
  for (const e of entities) {
    const large = statementsOf(() => listRecords(db, e, {}, { limit: 200 }));
    // firstSeen and lastModified read the same rows (the record's state with its two builds): one statement.
    t.equal(large.length, 1 + batchFields(e) - 1, `${e.collection}: ${large.length} statements for 200 records`);
    t.equal(large.filter((s) => /\brecord_states\b/.test(s.sql)).length, 1, `${e.collection}: one statement reads both stamps`);
    // A batch whose key is null in every record (no parent on the page) runs no statement.
    const small = statementsOf(() => listRecords(db, e, {}, { limit: 2 }));
    t.ok(small.every((s) => large.some((l) => l.sql === s.sql)), `${e.collection}: the same statements for 2 (${small.length})`);
  }
  t.ok(batchFields(measures) >= 7, 'a measure reads its document, programme, themes, actors, places and history as batches');
});

t.test('the row statement of a measure page evaluates no subquery per row', async (t) => {
  const [rows] = statementsOf(() => listRecords(db, measures, { programme: 'gent-bestuursakkoord' }, { limit: 50 }));
  const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${rows!.sql}`).all(...rows!.params) as Array<{ detail: string }>).map((p) => p.detail);
  t.same(plan.filter((d) => /SUBQUERY/.test(d)), [], plan.join(' | '));
});

t.test('every batch seeks indexes from the keys, never scans a table', async (t) => {
  for (const e of entities) {
    for (const { sql, params } of statementsOf(() => listRecords(db, e, {}, { limit: 50 })).slice(1)) {
      const plan = planOf(db, sql, params);
      t.same(dataScans(plan), [], `${e.collection}: ${sql.slice(0, 90)}…: ${plan.join(' | ')}`);
    }
  }
});

t.test('records read by id, listed and streamed are the same records', async (t) => {
  for (const e of entities) {
    const listed = listRecords(db, e, {}, { limit: 500 }).items as Array<{ id: string }>;
    t.same([...iterateRecords(db, e, {}, { limit: 500 })], listed, `${e.collection}: the stream is the list`);
    const ids = listed.map((r) => r.id).reverse();
    t.same(recordsByIds(db, e, [...ids, 'no-such-id']), [...listed.slice().reverse(), null], `${e.collection}: by ids, aligned`);
    t.same(getRecord(db, e, ids[0]!), listed.at(-1), `${e.collection}: one by id`);
  }
});
