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
 * AB_PATHS (comma-separated) overrides the paths; a reference path (`/bench/reference/…`) right after a
 * list path is that list's reference. AB_OLD_DB gives the old tree a database of its own (a copy before a
 * migration of the new tree's schema); both are read only. The static route (`/bench/static`) and the same-bytes control
 * (`/bench/payload?of=PATH`, PATH's body serialised once) are mounted too: with the static route among
 * the paths, every path is also printed as × static.
 */
import { resolve } from 'node:path';
import { measureRounds, pairedRatio, printNewOverOld, treeApp, type TreeApp } from './ab-rounds.js';
import { seedDatabase } from '../test/helpers/dataset.js';
import { registerReference } from './reference.js';
import { registerPayload, registerStatic, scenariosFor, STATIC_PATH } from './scenarios.js';

const ROUNDS = Number(process.env.AB_ROUNDS ?? 30);
const PER_ROUND = Number(process.env.AB_N ?? 20);
const trees = { old: resolve(process.argv[2] ?? '.'), new: resolve(process.argv[3] ?? '.') };

const dbPath = process.env.DB_PATH ?? seedDatabase();
const apps: TreeApp[] = [];
for (const [name, root] of Object.entries(trees)) {
  const app = await treeApp(root, name === 'old' ? (process.env.AB_OLD_DB ?? dbPath) : dbPath);
  registerReference(app);
  registerStatic(app);
  registerPayload(app);
  await app.ready();
  apps.push([name, app]);
}

// The bench's own first scenario and its reference: 50 measures of the largest programme (of a document in generated corpora).
const [listScenario] = scenariosFor(dbPath);
const paths = process.env.AB_PATHS?.split(',') ?? [listScenario!.path, listScenario!.reference!];

for (const path of paths) {
  const bodies = await Promise.all(apps.map(async ([, app]) => (await app.inject(path)).body));
  if (bodies[0] !== bodies[1]) console.log(`${path}: the two trees answer with different bodies`);
  for (const [, app] of apps) for (let i = 0; i < 50; i++) await app.inject(path);
}

const timesOf = await measureRounds(apps, paths, ROUNDS, PER_ROUND);
printNewOverOld(apps, paths, timesOf, 64);
// Each list path followed by a reference path (AB_PATHS as LIST,REFERENCE,LIST,REFERENCE,…): the list as × its own reference (reference CPU ÷ list CPU, each tree on its own, as the bench's ratio of throughputs).
paths.forEach((path, i) => {
  const reference = paths[i + 1];
  if (path.startsWith('/bench/reference/') || reference?.startsWith('/bench/reference/') !== true) return;
  console.log(`× reference, ${path}: ${apps.map(([name]) => `${name} ${pairedRatio(timesOf(name, reference), timesOf(name, path)).toFixed(3)} (fastest rounds ${(Math.min(...timesOf(name, reference)) / Math.min(...timesOf(name, path))).toFixed(3)})`).join('  ')}`);
});
// With the static route among the paths: each path as × static (static CPU ÷ its CPU, each tree on its own), the bench's ratio without the sockets.
if (paths.includes(STATIC_PATH)) {
  for (const path of paths.filter((p) => p !== STATIC_PATH)) {
    console.log(`× static, ${path}: ${apps.map(([name]) => `${name} ${pairedRatio(timesOf(name, STATIC_PATH), timesOf(name, path)).toFixed(3)}`).join('  ')}`);
  }
}
for (const [, app] of apps) await app.close();
