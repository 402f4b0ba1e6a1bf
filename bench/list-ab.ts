/**
 * `node --import tsx bench/list-ab.ts OLD_CHECKOUT [NEW_CHECKOUT]`: CPU time per request of
 * the uncached 50-measure list and of the hand-written reference (bench/reference.ts), for
 * two code trees loaded side by side in one process (NEW defaults to this one) and measured
 * in alternating rounds, so that the drift of a shared machine falls on both alike. Each
 * tree's app answers through `app.inject` over the seed database (or DB_PATH, read only); the bodies of both are
 * compared first. Each round measures every path on both trees, in alternating order; prints
 * the median and quartiles of the rounds, and the medians of the ratios within a round:
 * new/old, and × the reference (reference CPU ÷ list CPU, each tree on its own); and the
 * same ratios of the fastest rounds (contention only adds time: on a loaded machine the
 * fastest round is the steadier estimate of a request's own cost).
 * AB_ROUNDS (default 30) rounds of AB_N (default 20) requests per tree and path;
 * AB_PATHS (comma-separated) overrides the paths.
 */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { seedDatabase } from '../test/helpers/dataset.js';
import { registerReference } from './reference.js';
import { scenariosFor } from './scenarios.js';

const ROUNDS = Number(process.env.AB_ROUNDS ?? 30);
const PER_ROUND = Number(process.env.AB_N ?? 20);
const trees = { old: resolve(process.argv[2] ?? '.'), new: resolve(process.argv[3] ?? '.') };

const dbPath = process.env.DB_PATH ?? seedDatabase();
const apps: Array<[string, FastifyInstance]> = [];
for (const [name, root] of Object.entries(trees)) {
  const { buildApp } = (await import(`${root}/src/app.js`)) as { buildApp: (options: { dbPath: string; responseCache: boolean }) => Promise<FastifyInstance> };
  const app = await buildApp({ dbPath, responseCache: false });
  registerReference(app);
  await app.ready();
  apps.push([name, app]);
}

// The bench's own first scenario and its reference: 50 measures of the largest programme (of a document in generated corpora).
const [listScenario] = scenariosFor(dbPath);
const paths = process.env.AB_PATHS?.split(',') ?? [listScenario!.path, listScenario!.reference!];

/** CPU ms per request of `PER_ROUND` requests of `path`. */
async function round(app: FastifyInstance, path: string): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < PER_ROUND; i++) await app.inject(path);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / PER_ROUND;
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]!;

for (const path of paths) {
  const bodies = await Promise.all(apps.map(async ([, app]) => (await app.inject(path)).body));
  if (bodies[0] !== bodies[1]) console.log(`${path}: the two trees answer with different bodies`);
  for (const [, app] of apps) for (let i = 0; i < 50; i++) await app.inject(path);
}

// Every path of both trees in each round, the order alternating, so that the machine's drift
// (a loaded, shared machine) falls on all alike; ratios are taken within a round, then their median.
const times = new Map<string, number[]>(paths.flatMap((path) => apps.map(([name]) => [`${name} ${path}`, []])));
for (let r = 0; r < ROUNDS; r++) {
  const order = paths.flatMap((path) => apps.map(([name, app]) => [name, app, path] as const));
  for (const [name, app, path] of r % 2 === 0 ? order : order.reverse()) times.get(`${name} ${path}`)!.push(await round(app, path));
}
const timesOf = (name: string, path: string) => times.get(`${name} ${path}`)!;
/** The median over rounds of a ratio of two series measured in the same rounds. */
const pairedRatio = (a: number[], b: number[]) => quantile(a.map((x, i) => x / b[i]!), 0.5);
for (const path of paths) {
  const summary = apps.map(([name]) => `${name} ${quantile(timesOf(name, path), 0.5).toFixed(3)} ms (${quantile(timesOf(name, path), 0.25).toFixed(2)}–${quantile(timesOf(name, path), 0.75).toFixed(2)})`);
  console.log(`${`GET ${path}`.padEnd(64)} ${summary.join('  ')}  new/old ${pairedRatio(timesOf('new', path), timesOf('old', path)).toFixed(3)} (median of rounds), ${(Math.min(...timesOf('new', path)) / Math.min(...timesOf('old', path))).toFixed(3)} (fastest rounds)`);
}
// With the reference among the paths: each tree's other paths as × the reference (reference CPU ÷ path CPU, as the bench's ratio of throughputs).
const reference = paths.find((path) => path.startsWith('/bench/reference/'));
if (reference !== undefined) {
  for (const path of paths.filter((p) => p !== reference)) {
    console.log(`× reference, ${path}: ${apps.map(([name]) => `${name} ${pairedRatio(timesOf(name, reference), timesOf(name, path)).toFixed(3)} (fastest rounds ${(Math.min(...timesOf(name, reference)) / Math.min(...timesOf(name, path))).toFixed(3)})`).join('  ')}`);
  }
}
for (const [, app] of apps) await app.close();
