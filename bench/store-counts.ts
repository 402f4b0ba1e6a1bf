/**
 * `node --import tsx bench/store-counts.ts DB [MINIMUM]`: writes the counts a build stores
 * (`stored_counts` and its `meta` row; src/queries/stored-counts.ts) into a database built
 * before the build stored them, with the build's own function (src/ingest/load.ts
 * `replaceStoredCounts`) — for the 100k bench database, whose build takes hours. Apply the
 * migrations first (bench/migrate-in-place.ts: the table comes with them). Reads every large
 * set once (100 s on the 10k corpus on a loaded machine, 24 s of it CPU; about ten times that
 * at 100 000 documents); writes in one transaction. Stop servers reading the file first: the
 * file changes in place. MINIMUM (default STORED_COUNTS_MINIMUM) is the size a set must
 * exceed to be stored.
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
  const started = performance.now();
  db.$client.transaction(() => replaceStoredCounts(db, minimum === undefined ? STORED_COUNTS_MINIMUM : Number(minimum)))();
  const sets = db.$client.prepare("SELECT collection || '/' || filter AS kind, count(*) AS sets FROM stored_counts WHERE facet = '' GROUP BY 1 ORDER BY 1").all();
  console.log(`${path}: counts stored in ${((performance.now() - started) / 1000).toFixed(1)} s; sets per collection/filter: ${JSON.stringify(sets)}`);
} finally {
  db.$client.close();
}
