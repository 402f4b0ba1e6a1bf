/**
 * `npm run bench`: starts the real server in a child process on 127.0.0.1 (random port),
 * then loads each scenario with autocannon at 50 connections and prints req/s, p99 and
 * the ratio to the static route. Numbers, not assertions: tests never time anything.
 *
 * Server and load generator share the machine's cores, and a shared machine's speed
 * drifts from one second to the next, so one measurement per route compares a route with
 * a baseline taken under other conditions. Instead every scenario is measured in
 * BENCH_ROUNDS rounds (default 5), each right after its own static measurement, and the
 * table gives the median of the rounds: the ratio of each pair, p99 and req/s.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { seedDatabase } from '../test/helpers/dataset.js';
import { scenarios, STATIC_PATH, type Scenario } from './scenarios.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = 50;
const P99_TARGET_MS = 20;

/** Starts `bench/server.ts` and resolves with the address it prints. */
async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { child, address: line.trim() };
}

interface Measurement {
  rps: number;
  p99: number;
}

async function measure(url: string, headers: Record<string, string> = {}, warmUp = false): Promise<Measurement> {
  if (warmUp) await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 }); // V8, statement and response caches
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The scenario's rounds, each paired with a static measurement taken just before it. */
async function rounds(address: string, s: Scenario) {
  const pairs: Array<{ base: Measurement; route: Measurement }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    const base = await measure(`${address}${STATIC_PATH}`, {}, round === 0);
    const route = await measure(`${address}${s.path}`, s.headers, round === 0);
    pairs.push({ base, route });
  }
  return pairs;
}

seedDatabase(); // build once here, not in the timed child
const { child, address } = await startServer();
try {
  const rows = [];
  for (const s of scenarios) {
    const pairs = await rounds(address, s);
    const ratio = median(pairs.map((p) => p.route.rps / p.base.rps));
    const p99 = median(pairs.map((p) => p.route.p99));
    rows.push({
      scenario: s.name,
      'req/s': median(pairs.map((p) => p.route.rps)),
      'p99 ms': p99,
      'static req/s': median(pairs.map((p) => p.base.rps)),
      'x static': ratio.toFixed(2),
      'ratios by round': pairs.map((p) => (p.route.rps / p.base.rps).toFixed(2)).join(' '),
      target: `≥ ${s.target} ${ratio >= s.target && p99 <= P99_TARGET_MS ? 'met' : 'MISSED'}`,
    });
  }
  console.log(`${ROUNDS} rounds of ${DURATION} s per scenario, each after its own static measurement; medians of the rounds.`);
  console.table(rows);
} finally {
  child.kill('SIGTERM');
}
