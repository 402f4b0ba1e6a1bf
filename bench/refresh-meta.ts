/**
 * `node --import tsx bench/refresh-meta.ts DB`: writes the facts a build stores in `meta`
 * (src/queries/facts.ts: collection counts, the period, measures per municipality and the
 * home page's comparison) into a database built before the build stored them, with the
 * build's own functions, so a server on that file reads them instead of computing them on
 * start and first requests. Reads every measure once (minutes at 100 000 documents); writes
 * one row in one transaction. Stop servers reading the file first: the file changes in place.
 */
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { assertServable } from '../src/db/check.js';
import * as schema from '../src/db/schema.js';
import { computeFacts, factsRow, FACTS_KEY } from '../src/queries/facts.js';

const [path] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: bench/refresh-meta.ts DB');
assertServable(path);
const db = drizzle(new Database(path, { fileMustExist: true }), { schema });
try {
  const started = performance.now();
  const facts = computeFacts(db);
  db.transaction((tx) => {
    tx.delete(schema.meta).where(eq(schema.meta.key, FACTS_KEY)).run();
    tx.insert(schema.meta).values(factsRow(facts)).run();
  });
  console.log(`${path}: facts written in ${((performance.now() - started) / 1000).toFixed(1)} s (${JSON.stringify(facts.counts)})`);
} finally {
  db.$client.close();
}
