/**
 * `node --import tsx bench/store-counts-change.ts DB [DOCUMENT]`: the stored counts kept by
 * difference (src/queries/store-counts.ts `StoredCountsChange`, as an incremental build runs it)
 * on a built file, each step rolled back so the file is left as it was: one document's records
 * (the last loaded, or DOCUMENT) counted out and in again (nothing changes: the cost every
 * incremental build pays, the rows written again in order), then counted out only (the sets it
 * touches written again as if it were deleted; the file still holds its records, so the rows
 * are not a deletion's, only the work is). Prints the CPU and wall time of each.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../src/db/schema.js';
import { assertServable } from '../src/db/check.js';
import { recordsOfDocuments } from '../src/ingest/load.js';
import { StoredCountsChange } from '../src/queries/store-counts.js';

const [path, document] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: bench/store-counts-change.ts DB [DOCUMENT]');
assertServable(path);
const raw = new Database(path, { fileMustExist: true });
const db = drizzle(raw, { schema });
try {
  const id = document ?? (raw.prepare('SELECT id FROM documents ORDER BY rowid DESC LIMIT 1').pluck().get() as string);
  const documents = JSON.stringify([id]);
  const timed = (what: string, change: (c: StoredCountsChange) => void) => {
    raw.exec('BEGIN');
    try {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const c = new StoredCountsChange(db, recordsOfDocuments);
      change(c);
      c.apply();
      const used = process.cpuUsage(cpu);
      console.log(`${what}: CPU ${((used.user + used.system) / 1e6).toFixed(2)} s, ${((performance.now() - started) / 1000).toFixed(2)} s`);
    } finally {
      raw.exec('ROLLBACK');
    }
  };
  console.log(`document ${id}`);
  timed('counted out and in (no change)', (c) => {
    c.removing(documents);
    c.adding(documents);
  });
  timed('counted out (its sets written again)', (c) => c.removing(documents));
} finally {
  raw.close();
}
