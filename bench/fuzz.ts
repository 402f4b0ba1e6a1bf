/**
 * `node --import tsx bench/fuzz.ts`: the long fuzz run. FUZZ_RUNS (default 10,000) hostile
 * requests per operation — every REST operation of /openapi.json, the routes outside it and
 * every GraphQL root field — against the real app in process (rate limit off). Prints per
 * operation the cases, statuses, p99 and maximum latency and the failures (a 5xx, a REST
 * 4xx that is not problem+json, a GraphQL 4xx without coded errors, an answer slower than
 * FUZZ_MAX_MS, default 1000); exits non-zero on any failure. FUZZ_ONLY=regex limits the
 * operations; FUZZ_SEED fixes the seed.
 *
 *   FUZZ_RUNS=10000 node --import tsx bench/fuzz.ts     # the full run (tens of minutes)
 *   FUZZ_RUNS=100 node --import tsx bench/fuzz.ts       # a short one
 */
import fc from 'fast-check';
import { buildApp } from '../src/app.js';
import { seedDatabase } from '../test/helpers/dataset.js';
import { attackOnce, graphqlOperations, restOperations } from '../test/hardening/fuzz-kit.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 1000);
const ONLY = new RegExp(process.env.FUZZ_ONLY ?? '');
const SEED = process.env.FUZZ_SEED === undefined ? Date.now() : Number(process.env.FUZZ_SEED);

const app = await buildApp({ dbPath: seedDatabase() });
const operations = [...(await restOperations(app)), ...graphqlOperations()].filter((o) => ONLY.test(o.name));
console.log(`${operations.length} operations × ${RUNS} cases, seed ${SEED}, latency bound ${MAX_MS} ms`);
const rows = [];
const failures: string[] = [];
let total = 0;
const started = Date.now();
for (const [index, operation] of operations.entries()) {
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let failed = 0;
  const samples = fc.sample(operation.attack, { numRuns: RUNS, seed: SEED + index });
  for (const attack of samples) {
    const { status, ms, problem } = await attackOnce(app, operation.kind, attack, MAX_MS);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    latencies.push(ms);
    if (problem !== undefined) {
      failed++;
      if (failures.length < 50) failures.push(`${operation.name}: ${attack.method} ${attack.url.slice(0, 200)} → ${problem}`);
    }
  }
  total += samples.length;
  latencies.sort((a, b) => a - b);
  const byClass = [2, 3, 4, 5].map((c) => [...statuses].filter(([s]) => Math.floor(s / 100) === c).reduce((n, [, k]) => n + k, 0));
  const row = { operation: operation.name, cases: samples.length, '2xx': byClass[0], '3xx': byClass[1], '4xx': byClass[2], '5xx': byClass[3], 'p99 ms': latencies[Math.floor(latencies.length * 0.99)]!.toFixed(1), 'max ms': latencies.at(-1)!.toFixed(1), failures: failed };
  rows.push(row);
  // A line per operation as it ends: a run of tens of minutes shows its progress (stderr, so the table stays clean).
  console.error(`${index + 1}/${operations.length} ${row.operation}: ${row.cases} cases, 5xx ${row['5xx']}, p99 ${row['p99 ms']} ms, failures ${row.failures}`);
}
console.table(rows);
const seconds = (Date.now() - started) / 1000;
console.log(`${total} cases in ${seconds.toFixed(0)} s (${Math.round(total / seconds)}/s); ${rows.reduce((n, r) => n + r.failures, 0)} failure(s); RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
for (const failure of failures) console.log(`FAIL ${failure}`);
await app.close();
process.exitCode = failures.length === 0 ? 0 : 1;
