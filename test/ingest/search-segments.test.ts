/**
 * The full-text index's segments: a clean build merges them into one, an incremental copy only
 * once the small segments its changes add have grown past a share of the large one (or too many),
 * so a +1 build does not write the whole index again (src/ingest/search-segments.ts).
 */
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import t from 'tap';
import { openForBuild, type Db } from '../../src/db/client.js';
import { MOST_SEGMENTS, mergeSearchIndex, mergeSearchIndexWhenFragmented, mergesSearchIndex, searchIndexShape, searchIndexSegments, SMALL_SEGMENTS_SHARE } from '../../src/ingest/search-segments.js';
import { migrationsDir } from '../../src/paths.js';

t.test('the merge policy: one segment never, small segments beside a large one not until they weigh a share of it or are too many', async (t) => {
  t.notOk(mergesSearchIndex({ segments: 1, largestPages: 5000, otherPages: 0 }), 'one segment: nothing to merge');
  t.notOk(mergesSearchIndex({ segments: 0, largestPages: 0, otherPages: 0 }), 'an empty index');
  t.notOk(mergesSearchIndex({ segments: 15, largestPages: 24_000, otherPages: 16 }), 'a +1 build\'s small segments beside the large one');
  t.notOk(mergesSearchIndex({ segments: 3, largestPages: 800, otherPages: 800 * SMALL_SEGMENTS_SHARE }), 'at the share exactly');
  t.ok(mergesSearchIndex({ segments: 3, largestPages: 800, otherPages: 800 * SMALL_SEGMENTS_SHARE + 1 }), 'past the share');
  t.ok(mergesSearchIndex({ segments: 25, largestPages: 60, otherPages: 1440 }), 'a rebuild\'s segments of like size');
  t.ok(mergesSearchIndex({ segments: MOST_SEGMENTS + 1, largestPages: 100_000, otherPages: MOST_SEGMENTS }), 'more segments than the bound, however small');
  t.notOk(mergesSearchIndex({ segments: MOST_SEGMENTS, largestPages: 100_000, otherPages: MOST_SEGMENTS - 1 }), 'as many as the bound');
});

const WORDS = ['camera', 'wijkagent', 'fietspad', 'verkeersveiligheid', 'buurtwerking', 'snelheidscontrole', 'drugsoverlast', 'parkeerbeleid', 'hangjongeren', 'inbraakpreventie', 'zone', 'patrouille', 'station', 'markt', 'school'];

/** An invented Dutch line of `n` words, varied by its number. */
const line = (i: number, n = 12) => Array.from({ length: n }, (_, k) => `${WORDS[(i * 7 + k * 3) % WORDS.length]}${(i * 31 + k) % 97}`).join(' ');

/** An empty migrated database in memory (the real `search_rows` table, its index and triggers). */
function migrated(): Db {
  const db = openForBuild(':memory:');
  migrate(db, { migrationsFolder: migrationsDir });
  return db;
}

/** Inserts the rows numbered `from` on, in one statement (FTS5 writes a segment at least per statement). */
function insertRows(db: Db, from: number, count: number) {
  const rows = JSON.stringify(Array.from({ length: count }, (_, k) => [from + k, line(from + k)]));
  db.run(sql`INSERT INTO search_rows (id, kind, ref, tokens, body) SELECT value ->> 0, 'measure', 'm-' || (value ->> 0), 12, value ->> 1 FROM json_each(${rows})`);
}

const distinctSegments = (db: Db) => db.values<[number]>(sql`SELECT count(DISTINCT segid) FROM search_index_idx`)[0]![0];

t.test('an index with a few rows changed keeps its small segments; one changed past the share is merged into one', async (t) => {
  const db = migrated();
  insertRows(db, 1, 20_000);
  mergeSearchIndex(db);
  const merged = searchIndexShape(db);
  t.same([merged.segments, merged.otherPages], [1, 0], 'optimize leaves one segment');
  t.ok(merged.largestPages > 50, `the rows fill many leaf pages (${merged.largestPages})`);

  // A +1 build's change: a few rows deleted, a few inserted, one updated, each its own small segment.
  db.transaction((tx) => {
    tx.run(sql`DELETE FROM search_rows WHERE id IN (10, 11, 12)`);
    tx.run(sql`UPDATE search_rows SET body = ${line(5000)} WHERE id = 20`);
  });
  for (let i = 0; i < 5; i++) insertRows(db, 20_001 + i, 1);
  const small = searchIndexShape(db);
  t.ok(small.segments > 1, `the change added segments (${small.segments})`);
  t.equal(small.segments, distinctSegments(db), 'the shape counts every segment');
  t.equal(small.largestPages, merged.largestPages, 'the large segment is untouched');
  t.notOk(mergeSearchIndexWhenFragmented(db), 'not merged');
  t.same(searchIndexShape(db), small, 'the segments stay as they were');

  // Changes of more than the share of the index: merged.
  insertRows(db, 30_000, 20_000 * SMALL_SEGMENTS_SHARE + 500);
  t.ok(searchIndexShape(db).otherPages > merged.largestPages * SMALL_SEGMENTS_SHARE, 'the small segments now weigh more than the share');
  t.ok(mergeSearchIndexWhenFragmented(db), 'merged');
  t.equal(searchIndexSegments(db), 1);
  const found = db.values<[number]>(sql`SELECT count(*) FROM search_index WHERE search_index MATCH 'camera0'`)[0]![0];
  t.ok(found > 0, `the word is found (${found} rows)`);
  t.equal(found, db.values<[number]>(sql`SELECT count(*) FROM search_rows WHERE ' ' || body || ' ' LIKE '% camera0 %'`)[0]![0], 'the merged index finds what the rows hold');
  db.$client.close();
});
