/**
 * `npm run bench`: starts the real server in-process on 127.0.0.1 (random port) over the
 * seed database and measures, with autocannon at 50 connections for ~10 s each, a static
 * JSON route (the baseline) and the hot API routes. Prints req/s, p99 and the ratio to
 * the baseline. Numbers, not assertions: tests never time anything.
 */
import autocannon from 'autocannon';
import { buildApp } from '../src/app.js';
import { seedDatabase } from '../test/helpers/dataset.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

const targets = [
  { name: 'baseline /bench/static', path: '/bench/static' },
  { name: 'measures?location=gent', path: '/v1/measures?location=gent' },
  { name: 'figures?unit=personeelsleden', path: '/v1/figures?unit=personeelsleden' },
  { name: 'search?q=camera', path: '/v1/search?q=camera' },
];

const app = await buildApp({ dbPath: seedDatabase() });
// The baseline: the cheapest JSON route Fastify can serve, added only to this benchmark's app.
const staticBody = { status: 'ok', message: 'static baseline' };
app.get('/bench/static', async () => staticBody);
const address = await app.listen({ host: '127.0.0.1', port: 0 });

const rows: Array<{ route: string; 'req/s': number; 'p99 ms': number; 'x baseline': string }> = [];
let baseline = 0;
for (const target of targets) {
  // Warm up (JIT, caches) before measuring.
  await autocannon({ url: `${address}${target.path}`, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url: `${address}${target.path}`, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const rps = Math.round(result.requests.average);
  baseline ||= rps;
  rows.push({ route: target.name, 'req/s': rps, 'p99 ms': result.latency.p99, 'x baseline': (rps / baseline).toFixed(2) });
}
await app.close();
console.table(rows);
