/**
 * `replaceRows` (src/ingest/insert.ts) makes a table hold given rows writing only those that
 * differ: a copy's reference tables are written again on every build, and deleting and inserting
 * every row (through the full-text index's triggers and a lookup per child table) was most of a
 * warm rebuild at 10 000 documents. The rows end as a clean insert leaves them, rowids included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import t, { type Test } from 'tap';
import { openForBuild, type Db } from '../../src/db/client.js';
import * as schema from '../../src/db/schema.js';
import { insertAll, replaceRows } from '../../src/ingest/insert.js';
import { migrationsDir } from '../../src/paths.js';

const work = mkdtempSync(join(tmpdir(), 'blauwdruk-replace-rows-'));
t.teardown(() => rmSync(work, { recursive: true, force: true }));

let files = 0;
/** An empty, migrated file without foreign keys (the rows here refer to nothing). */
function emptyDb(t: Test): Db {
  const db = openForBuild(join(work, `rows-${files++}.db`));
  migrate(db, { migrationsFolder: migrationsDir });
  db.$client.pragma('foreign_keys = OFF');
  t.teardown(() => db.$client.close());
  return db;
}

type Theme = typeof schema.themes.$inferInsert;
const theme = (id: string, labelNl = id): Theme => ({ id, labelNl, labelEn: id, cues: [id, 'cue'] });
const themeRows = (db: Db) => db.values(sql`SELECT rowid, * FROM themes ORDER BY rowid`);
const ancestorRows = (db: Db) => db.values(sql`SELECT * FROM location_ancestors ORDER BY 1, 2`);
/** Rows written by `write` (SQLite's count of rows a statement changed, triggers left out). */
const writes = (db: Db, write: () => unknown) => {
  const before = db.$client.prepare('SELECT total_changes()').pluck().get() as number;
  const result = write();
  return { result, rows: (db.$client.prepare('SELECT total_changes()').pluck().get() as number) - before };
};

/** What a clean insert of `rows` into an empty table of another file holds. */
function cleanThemes(t: Test, rows: Theme[]) {
  const db = emptyDb(t);
  insertAll(db, schema.themes, rows);
  return themeRows(db);
}

t.test('a rowid table: unchanged rows are not written, a changed one is updated at its rowid', (t) => {
  const db = emptyDb(t);
  const rows = [theme('a'), theme('b'), theme('c')];
  t.equal(writes(db, () => replaceRows(db, schema.themes, rows)).rows, 3, 'an empty table gets every row');
  t.same(themeRows(db), cleanThemes(t, rows));
  t.same(writes(db, () => replaceRows(db, schema.themes, rows)), { result: false, rows: 0 }, 'the same rows: nothing written');
  const changed = [theme('a'), theme('b', 'bee'), theme('c')];
  t.same(writes(db, () => replaceRows(db, schema.themes, changed)), { result: true, rows: 1 }, 'one row differs: one row written');
  t.same(themeRows(db), cleanThemes(t, changed), 'the rows and rowids of a clean insert');
  t.end();
});

t.test('a rowid table whose keys differ is written whole, at a clean insert\'s rowids', (t) => {
  const db = emptyDb(t);
  replaceRows(db, schema.themes, [theme('a'), theme('b'), theme('c')]);
  for (const next of [[theme('a'), theme('c')], [theme('c'), theme('a')], [theme('a'), theme('c'), theme('d')]]) {
    t.ok(replaceRows(db, schema.themes, next), next.map((r) => r.id).join(', '));
    t.same(themeRows(db), cleanThemes(t, next), `${next.map((r) => r.id).join(', ')}: a clean insert's rows`);
  }
  t.end();
});

t.test('a table stored without rowid: the rows gone or changed deleted by key, the new ones inserted', (t) => {
  const db = emptyDb(t);
  const row = (locationId: string, ancestorId: string, depth: number) => ({ locationId, ancestorId, depth });
  replaceRows(db, schema.locationAncestors, [row('x', 'x', 0), row('x', 'y', 1), row('y', 'y', 0)]);
  const next = [row('x', 'x', 0), row('x', 'y', 2), row('z', 'z', 0)];
  // x|y changed (delete and insert), y|y gone, z|z new.
  t.same(writes(db, () => replaceRows(db, schema.locationAncestors, next)), { result: true, rows: 4 });
  const clean = emptyDb(t);
  insertAll(clean, schema.locationAncestors, next);
  t.same(ancestorRows(db), ancestorRows(clean));
  t.same(writes(db, () => replaceRows(db, schema.locationAncestors, [...next].reverse())), { result: false, rows: 0 }, 'the same rows in another order: nothing written');
  t.end();
});
