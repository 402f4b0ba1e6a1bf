/**
 * `node --import tsx bench/merge-search-index.ts DB`: merges a built database's full-text index
 * into one segment in place (`mergeSearchIndex`, what a clean or canonical build does after its
 * index's last change, and an incremental one when its small segments have grown), for the shared
 * bench databases built before it, whose builds take hours. Prints the segments before and after
 * and the CPU it took. The file is written in place, in one transaction with SQLite's rollback
 * journal beside it (up to the index's size: a failure leaves the file as it was). Nothing to do (and nothing written) when the index is one segment.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../src/db/schema.js';
import { mergeSearchIndex, searchIndexSegments } from '../src/ingest/search-segments.js';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: node --import tsx bench/merge-search-index.ts DB');
  process.exit(2);
}
const db = drizzle(new Database(path, { fileMustExist: true }), { schema });
try {
  const before = searchIndexSegments(db);
  const cpu = process.cpuUsage();
  const started = performance.now();
  db.transaction(() => mergeSearchIndex(db));
  const used = process.cpuUsage(cpu);
  console.log(`${path}: ${before} → ${searchIndexSegments(db)} segment(s) in ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`);
} finally {
  db.$client.close();
}
