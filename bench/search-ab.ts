/**
 * `node --import tsx bench/search-ab.ts OLD_CHECKOUT OLD_DB [NEW_DB]`: uncached search
 * requests answered by two code trees loaded side by side in one process, each over its own
 * database file (a schema change: the old tree reads the file as built before it, the new tree
 * a copy migrated with bench/migrate-in-place.ts; NEW_DB defaults to OLD_DB), both read only.
 *
 * 1. Byte identity: every search of AB_QUERIES (default: common and rare words, two words, a
 *    short word, type filters, page sizes), following its `next` links up to AB_PAGES (default
 *    3) pages, must answer the same status, content type and body on both trees; each
 *    difference is printed and the exit code is 1.
 * 2. CPU per request (`app.inject`, no sockets) of AB_PATHS (default: the bench's two search
 *    scenarios, page 1; any path, e.g. a list's `q` filter, its bodies compared too) in AB_ROUNDS (default 30) rounds of AB_N (default 20) requests per tree
 *    and path, the order alternating, so that the drift of a shared machine falls on both alike:
 *    the median and quartiles of the rounds, the median of the per-round new/old ratios and the
 *    ratio of the fastest rounds.
 */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';

const [oldTree, oldDb, newDb = oldDb] = process.argv.slice(2);
if (oldTree === undefined || oldDb === undefined || newDb === undefined) {
  console.error('usage: node --import tsx bench/search-ab.ts OLD_CHECKOUT OLD_DB [NEW_DB]');
  process.exit(2);
}
const ROUNDS = Number(process.env.AB_ROUNDS ?? 30);
const PER_ROUND = Number(process.env.AB_N ?? 20);
const PAGES = Number(process.env.AB_PAGES ?? 3);
const QUERIES = process.env.AB_QUERIES?.split(',') ?? [
  'q=camera', 'q=politie', 'q=camera%20politie', 'q=arrondissement', 'q=cam', 'q=wijkagent&type=measure', 'q=politie&type=document',
  'q=camera&type=figure', 'q=camera&limit=7', 'q=politie&limit=100', "q=camera's", 'q=CAM%C3%89RA', 'q=nietsvindbaarwoord',
];
const PATHS = process.env.AB_PATHS?.split(',') ?? ['/v1/search?q=camera', '/v1/search?q=politie'];

const apps: Array<[string, FastifyInstance]> = [];
for (const [name, root, dbPath] of [['old', resolve(oldTree), oldDb], ['new', resolve('.'), newDb]] as const) {
  const { buildApp } = (await import(`${root}/src/app.js`)) as { buildApp: (options: { dbPath: string; responseCache: boolean }) => Promise<FastifyInstance> };
  const app = await buildApp({ dbPath, responseCache: false });
  await app.ready();
  apps.push([name, app]);
}

let differences = 0;
let compared = 0;
for (const query of QUERIES) {
  let path: string | null = `/v1/search?${query}`;
  for (let page = 0; path !== null && page < PAGES; page++) {
    const [a, b] = await Promise.all(apps.map(async ([, app]) => app.inject(path!)));
    compared++;
    if (a!.statusCode !== b!.statusCode || a!.headers['content-type'] !== b!.headers['content-type'] || a!.body !== b!.body) {
      differences++;
      console.log(`DIFFERENT ${path}: old ${a!.statusCode} ${a!.body.length} bytes, new ${b!.statusCode} ${b!.body.length} bytes`);
      break;
    }
    const next = a!.statusCode === 200 ? (JSON.parse(a!.body) as { next: string | null }).next : null;
    path = next === null ? null : next.replace(/^https?:\/\/[^/]+/, '');
  }
}
console.log(`byte identity: ${compared - differences} of ${compared} pages identical (${QUERIES.length} searches, up to ${PAGES} pages each)`);

/** CPU ms per request of `PER_ROUND` requests of `path`. */
async function round(app: FastifyInstance, path: string): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < PER_ROUND; i++) await app.inject(path);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / PER_ROUND;
}
const quantile = (values: number[], q: number) => [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) * q)]!;

for (const path of PATHS) {
  const [a, b] = await Promise.all(apps.map(async ([, app]) => app.inject(path)));
  if (a!.body !== b!.body) {
    differences++;
    console.log(`DIFFERENT ${path}: old ${a!.statusCode} ${a!.body.length} bytes, new ${b!.statusCode} ${b!.body.length} bytes`);
  }
  for (const [, app] of apps) for (let i = 0; i < 30; i++) await app.inject(path);
}
const times = new Map<string, number[]>(PATHS.flatMap((path) => apps.map(([name]) => [`${name} ${path}`, []])));
for (let r = 0; r < ROUNDS; r++) {
  const order = PATHS.flatMap((path) => apps.map(([name, app]) => [name, app, path] as const));
  for (const [name, app, path] of r % 2 === 0 ? order : order.reverse()) times.get(`${name} ${path}`)!.push(await round(app, path));
}
const timesOf = (name: string, path: string) => times.get(`${name} ${path}`)!;
for (const path of PATHS) {
  const summary = apps.map(([name]) => `${name} ${quantile(timesOf(name, path), 0.5).toFixed(3)} ms (${quantile(timesOf(name, path), 0.25).toFixed(2)}–${quantile(timesOf(name, path), 0.75).toFixed(2)})`);
  const ratio = quantile(timesOf('new', path).map((x, i) => x / timesOf('old', path)[i]!), 0.5);
  console.log(`GET ${path}`.padEnd(40), `${summary.join('  ')}  new/old ${ratio.toFixed(3)} (median of rounds), ${(Math.min(...timesOf('new', path)) / Math.min(...timesOf('old', path))).toFixed(3)} (fastest rounds)`);
}
for (const [, app] of apps) await app.close();
process.exitCode = differences === 0 ? 0 : 1;
