/**
 * The same-process A/B of two code trees that bench/list-ab.ts and bench/search-ab.ts share:
 * each tree's app loaded from its own checkout, CPU per request through `app.inject` (no
 * sockets), measured in rounds whose order alternates, so that the drift of a shared, loaded
 * machine falls on both trees alike; ratios are taken within a round, then their median.
 */
import type { FastifyInstance } from 'fastify';

/** A tree's name ('old', 'new') and its app. */
export type TreeApp = readonly [string, FastifyInstance];

/** The app of the checkout at `root` over `dbPath` (read only), response cache off, not yet ready. */
export async function treeApp(root: string, dbPath: string): Promise<FastifyInstance> {
  const { buildApp } = (await import(`${root}/src/app.js`)) as { buildApp: (options: { dbPath: string; responseCache: boolean }) => Promise<FastifyInstance> };
  return buildApp({ dbPath, responseCache: false });
}

/** The `q` quantile of `values` (nearest rank below). */
export const quantile = (values: number[], q: number): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]!;

/** The median over rounds of a ratio of two series measured in the same rounds. */
export const pairedRatio = (a: number[], b: number[]): number => quantile(a.map((x, i) => x / b[i]!), 0.5);

/** CPU ms per request of `perRound` requests of `path`. */
async function round(app: FastifyInstance, path: string, perRound: number): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < perRound; i++) await app.inject(path);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / perRound;
}

/**
 * CPU ms per request of every path on every tree, `rounds` rounds of `perRound` requests each,
 * every path of both trees in each round, the order alternating; returns each (tree, path)'s
 * series, one value per round.
 */
export async function measureRounds(apps: readonly TreeApp[], paths: readonly string[], rounds: number, perRound: number): Promise<(name: string, path: string) => number[]> {
  const times = new Map<string, number[]>(paths.flatMap((path) => apps.map(([name]) => [`${name} ${path}`, []])));
  for (let r = 0; r < rounds; r++) {
    const order = paths.flatMap((path) => apps.map(([name, app]) => [name, app, path] as const));
    for (const [name, app, path] of r % 2 === 0 ? order : order.reverse()) times.get(`${name} ${path}`)!.push(await round(app, path, perRound));
  }
  return (name, path) => times.get(`${name} ${path}`)!;
}

/** One line per path: each tree's median and quartiles, new/old as the median of the rounds' ratios and as the ratio of the fastest rounds. */
export function printNewOverOld(apps: readonly TreeApp[], paths: readonly string[], timesOf: (name: string, path: string) => number[], width: number): void {
  for (const path of paths) {
    const summary = apps.map(([name]) => `${name} ${quantile(timesOf(name, path), 0.5).toFixed(3)} ms (${quantile(timesOf(name, path), 0.25).toFixed(2)}–${quantile(timesOf(name, path), 0.75).toFixed(2)})`);
    console.log(`${`GET ${path}`.padEnd(width)} ${summary.join('  ')}  new/old ${pairedRatio(timesOf('new', path), timesOf('old', path)).toFixed(3)} (median of rounds), ${(Math.min(...timesOf('new', path)) / Math.min(...timesOf('old', path))).toFixed(3)} (fastest rounds)`);
  }
}
