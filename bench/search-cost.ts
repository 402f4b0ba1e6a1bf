/**
 * `node --import tsx bench/search-cost.ts DB [Q …]`: the search of the query layer alone (no
 * HTTP, no response cache) on a built database: CPU and wall time of page 1 and of the page
 * after it for each query (default: camera, politie, a rare word, two words), median of
 * QUERY_RUNS (default 5), and the wall time's 99th percentile (of fewer than 100 runs: the
 * slowest), with what the ranking covered. Each run is short: one search of the
 * bounded code reads at most RANK_LIMIT matches.
 *
 * - `SEARCH_CHECKOUT=/path/to/other/tree` times that tree's `src/queries/search.ts` instead
 *   (e.g. main before the bound: FTS5's bm25 over every match; at 100k documents a common word
 *   takes minutes, so bound the run with `timeout 60`).
 * - `SEARCH_STATS=terms.db` attaches a file holding `search_terms` for a database built before
 *   migration 0009 that must not be written (the 100k bench database before
 *   `bench/migrate-in-place.ts`): unqualified, `search_terms` resolves to the attached table.
 */
import { openReadOnly } from '../src/db/client.js';
import type { SearchRequest } from '../src/queries/search.js';

const db = openReadOnly(process.argv[2] ?? 'bench-output/build-1000/blauwdruk.db');
if (process.env.SEARCH_STATS) db.$client.prepare('ATTACH ? AS stats').run(process.env.SEARCH_STATS);
const checkout = process.env.SEARCH_CHECKOUT;
const { search } = (await import(checkout ? `${checkout}/src/queries/search.ts` : '../src/queries/search.js')) as {
  search: (db: unknown, request: SearchRequest) => { items: unknown[]; next: string | null; rankingExact?: boolean; ranked?: number };
};
const RUNS = Number(process.env.QUERY_RUNS ?? 5);
const queries = process.argv.length > 3 ? process.argv.slice(3) : ['camera', 'politie', 'arrondissement', 'camera politie'];

/** The `q` quantile of `values` (0.5: the median; 0.99 of fewer than 100 values: the largest). */
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;
const median = (values: number[]) => quantile(values, 0.5);
/** CPU time of this process (user + system) in ms: unlike wall time, not stretched by the other processes of a shared machine. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

console.log(`${'search'.padEnd(32)} ${'CPU ms'.padStart(8)} ${'wall ms'.padStart(8)} ${'wall p99'.padStart(8)}  hits  exact  ranked`);
for (const q of queries) {
  const first = search(db, { q });
  const pages: Array<[string, SearchRequest]> = [[`q=${q}`, { q }]];
  if (first.next !== null) pages.push([`q=${q}, page 2`, { q, cursor: first.next }]);
  for (const [name, request] of pages) {
    const [cpu, wall]: [number[], number[]] = [[], []];
    let page = first;
    for (let i = 0; i < RUNS; i++) {
      const [cpuStart, wallStart] = [cpuMs(), performance.now()];
      page = search(db, request);
      cpu.push(cpuMs() - cpuStart);
      wall.push(performance.now() - wallStart);
    }
    console.log(`${name.padEnd(32)} ${median(cpu).toFixed(1).padStart(8)} ${median(wall).toFixed(1).padStart(8)} ${quantile(wall, 0.99).toFixed(1).padStart(8)}  ${String(page.items.length).padStart(4)}  ${String(page.rankingExact ?? '').padStart(5)}  ${String(page.ranked ?? '').padStart(6)}`);
  }
}
