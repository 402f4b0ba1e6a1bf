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
 * 3. The bench's static route (bench/scenarios.ts), mounted on both apps and measured in the same
 *    rounds: each path's CPU over the static route's, per tree (the median of the rounds' ratios
 *    of static CPU to the path's: `npm run bench`'s "× static" but for the HTTP socket work,
 *    which adds the same to both and so would raise the ratio).
 */
import { resolve } from 'node:path';
import { measureRounds, pairedRatio, printNewOverOld, treeApp, type TreeApp } from './ab-rounds.js';
import { registerStatic, STATIC_PATH } from './scenarios.js';

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

const apps: TreeApp[] = [];
for (const [name, root, dbPath] of [['old', resolve(oldTree), oldDb], ['new', resolve('.'), newDb]] as const) {
  const app = await treeApp(root, dbPath);
  registerStatic(app);
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

for (const path of PATHS) {
  const [a, b] = await Promise.all(apps.map(async ([, app]) => app.inject(path)));
  if (a!.body !== b!.body) {
    differences++;
    console.log(`DIFFERENT ${path}: old ${a!.statusCode} ${a!.body.length} bytes, new ${b!.statusCode} ${b!.body.length} bytes`);
  }
  for (const [, app] of apps) for (let i = 0; i < 30; i++) await app.inject(path);
}
const timesOf = await measureRounds(apps, [STATIC_PATH, ...PATHS], ROUNDS, PER_ROUND);
printNewOverOld(apps, [STATIC_PATH, ...PATHS], timesOf, 40);
for (const path of PATHS) {
  const perTree = apps.map(([name]) => `${name} ${pairedRatio(timesOf(name, STATIC_PATH), timesOf(name, path)).toFixed(4)}`);
  console.log(`${`× static (CPU, in process) ${path}`.padEnd(40)} ${perTree.join('  ')}`);
}
for (const [, app] of apps) await app.close();
process.exitCode = differences === 0 ? 0 : 1;
