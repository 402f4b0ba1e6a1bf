/**
 * Memory of the history step's series pages on a built database: every series record as
 * history digests it (all its points), read in the pages `recordPages` cuts. Series carry every
 * figure, so 500 series a page held most of the corpus's figures at once (2.6 GB peak at 100k);
 * a points budget bounds it. Prints seconds, CPU seconds and peak RSS as JSON; run once per setting:
 *
 *   node --import tsx bench/history-pages.ts DB              # the build's paging (HISTORY_PAGING)
 *   HISTORY_POINTS=Infinity node --import tsx bench/history-pages.ts DB   # 500 series a page, no budget (before)
 */
import { createHash } from 'node:crypto';
import { openReadOnly, STREAMING } from '../src/db/client.js';
import { HISTORY_PAGING, recordPages } from '../src/ingest/history.js';
import { collectionEntities } from '../src/queries/collections.js';
import { recordsByIds } from '../src/queries/entity.js';

const db = openReadOnly(process.argv[2]!, STREAMING);
const paging = { ...HISTORY_PAGING, points: Number(process.env.HISTORY_POINTS ?? HISTORY_PAGING.points) };
const started = performance.now();
const cpu = process.cpuUsage();
const ids = db.$client.prepare('SELECT id FROM series ORDER BY id').pluck().all() as string[];
const hash = createHash('sha256');
let pages = 0;
for (const page of recordPages(db, 'series', ids, paging)) {
  pages++;
  for (const record of recordsByIds(db, collectionEntities.series, page)) hash.update(JSON.stringify(record));
}
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ series: ids.length, pages, points: paging.points, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), digest: hash.digest('hex').slice(0, 16) })}\n`);
