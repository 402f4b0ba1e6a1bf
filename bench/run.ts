/**
 * `npm run bench`: starts the real server in a child process on 127.0.0.1 (random port),
 * then loads each scenario with autocannon at 50 connections (2 s warm-up, then
 * BENCH_SECONDS, default 10) and prints req/s, p99 and the ratio to the static route
 * measured in the same run. Numbers, not assertions: tests never time anything.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { seedDatabase } from '../test/helpers/dataset.js';
import { scenarios } from './scenarios.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

/** Starts `bench/server.ts` and resolves with the address it prints. */
async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { child, address: line.trim() };
}

async function measure(url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 }); // warm-up: V8, statement and response caches
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

seedDatabase(); // build once here, not in the timed child
const { child, address } = await startServer();
try {
  const rows = [];
  let baseline = 0;
  for (const s of scenarios) {
    const { rps, p99 } = await measure(`${address}${s.path}`, s.headers);
    baseline ||= rps;
    const ratio = rps / baseline;
    rows.push({
      scenario: s.name,
      'req/s': rps,
      'p99 ms': p99,
      'x static': ratio.toFixed(2),
      target: s.target === null ? '' : `≥ ${s.target} ${ratio >= s.target && p99 <= 20 ? 'met' : 'MISSED'}`,
    });
  }
  console.table(rows);
} finally {
  child.kill('SIGTERM');
}
