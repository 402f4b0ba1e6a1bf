/**
 * `node --import tsx bench/fragment-search-index.ts DB [SHARE]`: writes a built database's search rows
 * again in place (the same rows at the same ids, through the update trigger, 150 rows a transaction,
 * as an incremental build's triggers do) until the full-text index's segments beside the largest
 * weigh more than SHARE of it (default just under `SMALL_SEGMENTS_SHARE`, the most an incremental
 * build leaves unmerged: src/ingest/search-segments.ts). For measuring searches on the most
 * fragmented index a build keeps, against a merged copy of the same file (`bench/search-ab.ts
 * OLD MERGED.db FRAGMENTED.db`: the same rows, so the same pages). Writes DB in place.
 */
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../src/db/schema.js';
import { searchIndexShape, SMALL_SEGMENTS_SHARE } from '../src/ingest/search-segments.js';

const [path, share = String(SMALL_SEGMENTS_SHARE * 0.96)] = process.argv.slice(2);
if (path === undefined) {
  console.error('usage: node --import tsx bench/fragment-search-index.ts DB [SHARE]');
  process.exit(2);
}
const db = drizzle(new Database(path, { fileMustExist: true }), { schema });
const ids = db.values<[number]>(sql`SELECT id FROM search_rows ORDER BY id`).map(([id]) => id);
// A stride prime to the row count's likely factors, so each transaction touches rows all over the index.
const STRIDE = 7919;
let position = 0;
let transactions = 0;
for (let shape = searchIndexShape(db); shape.otherPages <= shape.largestPages * Number(share); shape = searchIndexShape(db)) {
  db.transaction((tx) => {
    for (let k = 0; k < 150; k++) tx.run(sql`UPDATE search_rows SET body = body WHERE id = ${ids[(position += STRIDE) % ids.length]!}`);
  });
  transactions++;
}
console.log(`${path}: ${transactions} transactions, ${JSON.stringify(searchIndexShape(db))}`);
db.$client.close();
