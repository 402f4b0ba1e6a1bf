/**
 * `node --import tsx bench/store-counts.ts DB [MINIMUM]`: writes the counts a build stores
 * (`stored_counts` and its `meta` row; src/queries/stored-counts.ts) into a database built
 * before the build stored them, with the build's own function (src/ingest/load.ts
 * `replaceStoredCounts`) — for the 100k bench database, whose build takes hours. Apply the
 * migrations first (bench/migrate-in-place.ts: the table comes with them). Reads every large
 * filter's sets with one statement per facet (src/queries/store-counts.ts); writes in one
 * transaction, and prints the wall and CPU time and how many rows differ from those the file
 * stored before (0: a previous build's rows, per-record or set-based, at the same rowids). Stop
 * servers reading the file first: the file changes in place. MINIMUM (default
 * STORED_COUNTS_MINIMUM) is the size a set must exceed to be stored.
 */
import { assertServable } from '../src/db/check.js';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../src/db/schema.js';
import { replaceStoredCounts } from '../src/ingest/load.js';
import { STORED_COUNTS_MINIMUM } from '../src/queries/stored-counts.js';

const [path, minimum] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: bench/store-counts.ts DB [MINIMUM]');
assertServable(path);
// A rollback journal (not the build's `journal_mode = OFF`): the file is changed in place, in one transaction.
const db = drizzle(new Database(path, { fileMustExist: true }), { schema });
try {
  const before = db.$client.prepare('SELECT count(*) FROM stored_counts').pluck().get() as number;
  // The rows stored before (a previous build's, or this script's own), to compare: the same rows at the same rowids, or how many differ.
  db.$client.exec('CREATE TEMP TABLE stored_before AS SELECT rowid AS r, * FROM stored_counts');
  const started = performance.now();
  const cpu = process.cpuUsage();
  db.$client.transaction(() => replaceStoredCounts(db, minimum === undefined ? STORED_COUNTS_MINIMUM : Number(minimum)))();
  const used = process.cpuUsage(cpu);
  const differing = db.$client.prepare(`SELECT count(*) FROM (
    SELECT * FROM (SELECT r, collection, filter, key, facet, value, name, count FROM temp.stored_before EXCEPT SELECT rowid, collection, filter, key, facet, value, name, count FROM stored_counts)
    UNION ALL SELECT * FROM (SELECT rowid, collection, filter, key, facet, value, name, count FROM stored_counts EXCEPT SELECT r, collection, filter, key, facet, value, name, count FROM temp.stored_before))`).pluck().get() as number;
  const sets = db.$client.prepare("SELECT collection || '/' || filter AS kind, count(*) AS sets FROM stored_counts WHERE facet = '' GROUP BY 1 ORDER BY 1").all();
  console.log(`${path}: counts stored in ${((performance.now() - started) / 1000).toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s; sets per collection/filter: ${JSON.stringify(sets)}`);
  console.log(before === 0 ? 'no rows were stored before' : `rows differing from those stored before (row or rowid): ${differing} of ${before}`);
} finally {
  db.$client.close();
}
