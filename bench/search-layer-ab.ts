/**
 * `node --import tsx bench/search-layer-ab.ts OLD_CHECKOUT DB [Q …]`: the query layer's search
 * (`search()` in one read transaction, page 1, default limit) of two code trees loaded side by side
 * in one process over the same database (read only), CPU per search: the pages compared first
 * (a difference is printed), then LAYER_ROUNDS (default 21) rounds of LAYER_N (default 15) searches
 * per tree, the order alternating; prints each tree's median, new/old as the median of the rounds'
 * ratios and as the ratio of the fastest rounds. Without the HTTP side, which bench/search-ab.ts adds.
 */
import { resolve } from 'node:path';
import type { Db } from '../src/db/client.js';
import type { SearchPage, SearchRequest } from '../src/queries/search.js';

const [oldTree, dbPath, ...queries] = process.argv.slice(2);
if (oldTree === undefined || dbPath === undefined) {
  console.error('usage: node --import tsx bench/search-layer-ab.ts OLD_CHECKOUT DB [Q …]');
  process.exit(2);
}
const ROUNDS = Number(process.env.LAYER_ROUNDS ?? 21);
const PER_ROUND = Number(process.env.LAYER_N ?? 15);

interface Tree {
  openReadOnly: (path: string) => Db;
  search: (db: Db, request: SearchRequest) => SearchPage;
  readTogether: <T>(db: Db, read: () => T) => T;
}
const trees = await Promise.all([resolve(oldTree), resolve('.')].map(async (root): Promise<Tree> => ({
  ...((await import(`${root}/src/db/client.js`)) as Pick<Tree, 'openReadOnly'>),
  ...((await import(`${root}/src/queries/search.js`)) as Pick<Tree, 'search'>),
  ...((await import(`${root}/src/queries/sql.js`)) as Pick<Tree, 'readTogether'>),
})));
const runs = trees.map((tree) => {
  const db = tree.openReadOnly(dbPath);
  return (q: string) => tree.readTogether(db, () => tree.search(db, { q }));
});
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

for (const q of queries.length > 0 ? queries : ['camera', 'politie']) {
  const [oldPage, newPage] = runs.map((run) => JSON.stringify(run(q)));
  if (oldPage !== newPage) console.log(`DIFFERENT ${q}`);
  for (let i = 0; i < 30; i++) for (const run of runs) run(q);
  const times: number[][] = runs.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const started = cpuMs();
      for (let k = 0; k < PER_ROUND; k++) runs[i]!(q);
      times[i]!.push((cpuMs() - started) / PER_ROUND);
    }
  }
  const [before, after] = times as [number[], number[]];
  console.log(`${q.padEnd(24)} old ${median(before).toFixed(2)} ms  new ${median(after).toFixed(2)} ms  new/old ${median(after.map((x, i) => x / before[i]!)).toFixed(3)} (median of rounds), ${(Math.min(...after) / Math.min(...before)).toFixed(3)} (fastest rounds)`);
}
