import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { migrationsDir } from '../../src/paths.js';
import { stemmedText } from '../../src/text/stem.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

/** Measure texts whose stemmed body matches every stem of the query, straight from FTS5. */
function measuresMatching(db: Database.Database, query: string): string[] {
  const match = stemmedText(query).split(' ').map((s) => `"${s}"`).join(' ');
  return db
    .prepare("SELECT m.text FROM search_index s JOIN measures m ON m.id = s.ref WHERE s.kind = 'measure' AND search_index MATCH ? ORDER BY bm25(search_index)")
    .pluck()
    .all(match) as string[];
}

t.test('the FTS5 index folds diacritics and stems Dutch', async (t) => {
  const db = new Database(fixtureDatabase(), { readonly: true });
  t.teardown(() => db.close());
  const camera = measuresMatching(db, 'camera');
  t.ok(camera.some((m) => m.includes('camera’s')), '"camera" finds "camera’s"');
  t.ok(camera.some((m) => m.includes('ANPR-camera’s')), '"camera" finds "ANPR-camera’s"');
  t.ok(measuresMatching(db, 'politiekantoor').some((m) => m.includes('politiekantoren')), '"politiekantoor" finds "politiekantoren"');
  t.ok(measuresMatching(db, 'cocaine').some((m) => m.includes('cocaïne')), '"cocaine" finds "cocaïne"');
  t.same(measuresMatching(db, 'brandweerkazerne'), [], 'an absent word finds nothing');
});

t.test('the database has an index behind every filter column', async (t) => {
  const db = new Database(fixtureDatabase(), { readonly: true });
  t.teardown(() => db.close());
  const indexed = (table: string, column: string) =>
    (db.prepare('SELECT name FROM pragma_index_list(?)').pluck().all(table) as string[]).some(
      (index) => (db.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').pluck().get(index) as string) === column,
    );
  const filters: Array<[string, string]> = [
    ['measure_locations', 'location_id'], ['measure_themes', 'theme_id'], ['measure_actors', 'actor_id'], ['location_ancestors', 'ancestor_id'],
    ['measures', 'programme_id'], ['measures', 'document_id'], ['documents', 'kind'], ['documents', 'date'], ['programmes', 'kind'],
    ['programmes', 'date'], ['figures', 'unit'], ['figures', 'value'], ['figures', 'reference_date'], ['actors', 'kind'], ['locations', 'kind'],
    ['mentions', 'actor_id'], ['mentions', 'location_id'],
  ];
  for (const [table, column] of filters) t.ok(indexed(table, column), `${table}.${column} leads an index`);
});

t.test('ordered by rank alone, FTS5 gives bm25 order with ties in rowid order (what search pages rely on)', async (t) => {
  const db = new Database(':memory:');
  t.teardown(() => db.close());
  db.exec(readFileSync(join(migrationsDir, '0001_search_index.sql'), 'utf8'));
  // Many exact ties (generated and templated texts repeat sentences), inserted out of rowid order.
  const bodies = ['camera politie', 'camera', 'camera camera straat', 'politie straat plein camera', 'camera politie'];
  const rowids = Array.from({ length: 400 }, (_, i) => i + 1).sort((a, b) => ((a * 7919) % 401) - ((b * 7919) % 401));
  const insert = db.prepare("INSERT INTO search_index (rowid, kind, ref, body) VALUES (?, 'measure', ?, ?)");
  for (const rowid of rowids) insert.run(rowid, `m-${rowid}`, bodies[rowid % bodies.length]);
  for (const match of ['"camera"', '"politie"', '"camera" "straat"']) {
    const byRank = db.prepare('SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank').all(match);
    const byBm25 = db.prepare('SELECT rowid, bm25(search_index) AS rank FROM search_index WHERE search_index MATCH ? ORDER BY rank, rowid').all(match);
    t.ok(byRank.length > 100, `${match}: many hits`);
    t.same(byRank, byBm25, `${match}: the same rows in the same order`);
  }
});
