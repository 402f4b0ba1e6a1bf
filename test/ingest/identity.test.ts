/**
 * How identical a database is after adding one document incrementally, to one built clean from
 * the same corpus over the same previous database (README, "Identical to a clean build"): the
 * same rows in every table, and the same rows at the same rowids in every table but those whose
 * rowids record the order of inserts (see INSERT_ORDER_TABLES) and the planner's statistics, the
 * full-text index's segments included. Not the same bytes: the copy keeps its page layout (bench/identity.ts measures it).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { benchNames, generatedEntry, writeCorpus } from '../../bench/corpus.js';
import { buildDatabase } from '../../src/ingest/build.js';
import { dumpRows, storageOrderDiff } from '../helpers/dump.js';

const builtAt = new Date('2026-01-01T00:00:00Z');

/**
 * Tables whose rowids differ between the two builds though their rows are the same: rows an
 * incremental build deletes and inserts again, or adds to a table a clean build fills in key
 * order (`INSERT … ORDER BY` the primary key), take the next free rowids. Nothing reads these
 * rowids; each table is read by its primary key. As WITHOUT ROWID tables they would be stored
 * in key order whatever the history.
 */
const INSERT_ORDER_TABLES = ['measure_actor_order', 'measure_date_order', 'measure_places', 'measure_theme_order', 'record_states', 'search_terms', 'series'];

/**
 * And the query planner's statistics: a clean file is analysed whole once loaded, while `PRAGMA
 * optimize` on a copy analyses a table again only when its size changed by a large factor, so
 * the copy keeps the previous build's numbers (one document in a hundred is not such a change).
 */
const STALE_STATISTICS = ['sqlite_stat1'];

t.test('a database after adding one document holds a clean build’s rows, at the same rowids outside the tables that record insert order', async (t) => {
  const dir = t.testdir({});
  const corpus = join(dir, 'corpus');
  writeCorpus(12, corpus);
  const live = join(dir, 'live.db');
  const cachePath = join(dir, 'cache.db');
  buildDatabase({ dbPath: live, seedsDir: corpus, cachePath, builtAt });
  const clean = join(dir, 'clean.db');
  copyFileSync(live, clean);
  // One more document at the end of the manifest, as `blauwdruk add` appends it.
  const { text, entry } = generatedEntry(12, benchNames(), 2);
  writeFileSync(join(corpus, entry.file), text);
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { documents: unknown[] };
  manifest.documents.push(entry);
  writeFileSync(join(corpus, 'manifest.json'), JSON.stringify(manifest, null, 2));

  const added = buildDatabase({ dbPath: live, seedsDir: corpus, cachePath, builtAt });
  const full = buildDatabase({ dbPath: clean, seedsDir: corpus, cachePath, builtAt, incremental: false });
  t.ok(added.incremental);
  t.equal(added.extracted, 1);
  t.equal(added.version, full.version);
  t.ok(dumpRows(live) === dumpRows(clean), 'every table holds the same rows');
  const differing = storageOrderDiff(live, clean).map((d) => d.table);
  t.same(differing.filter((name) => !INSERT_ORDER_TABLES.includes(name) && !STALE_STATISTICS.includes(name)), [], 'every other table has the same rows at the same rowids, the full-text segments included');
});
