/** Servers in child processes for the benchmarks: `bench/server.ts` for the load scripts, and the server as production starts it. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** A process's resident memory in MiB (Linux /proc): total, anonymous (the heap) and file-backed (mapped database pages and code). */
export interface Memory {
  rss: number;
  anon: number;
  file: number;
}

/** The resident memory of process `pid` now. */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kib('VmRSS'), anon: kib('RssAnon'), file: kib('RssFile') };
}

/** How a {@link Memory} reads in a note: "RSS 152 MiB (anonymous 60, file 92)". */
export const describeMemory = (m: Memory) => `RSS ${m.rss.toFixed(0)} MiB (anonymous ${m.anon.toFixed(0)}, file ${m.file.toFixed(0)})`;

/** The server's resident set size in MiB. */
const rssOf = (pid: number) => memoryOf(pid).rss;

/** CPU seconds (user and system) a process has used so far (Linux /proc; clock ticks of 1/100 s). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts `bench/server.ts` in a child process with `env` added, for the load scripts; resolves once it listens. */
export async function startServer(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { child, address: line.trim(), rssMiB: () => rssOf(child.pid!), stop: () => { child.kill('SIGTERM'); } };
}

/** What production runs: the bundle `npm run build` writes (src/bundle.ts). */
export const PRODUCTION_SERVER = 'dist/src/server.bundle.mjs';

/**
 * Starts `server` (the arguments node runs, split on spaces: default the bundle; e.g.
 * `dist/src/server.js`, or `--import tsx src/server.ts`) on `db` and a free port, with the
 * rate limit and load shedding off. Resolves once it listens, with the seconds from spawn to
 * listening and the CPU seconds the process used by then (steadier than wall time on a busy
 * machine: other processes' work is not in it).
 */
export async function startProduction(db: string, server = PRODUCTION_SERVER, env: Record<string, string> = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, [...server.split(' '), '--db', db], {
    env: { ...process.env, PORT: '0', RATE_LIMIT: 'off', MAX_EVENT_LOOP_DELAY: 'off', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Fastify logs "Server listening at http://…" once it listens.
  for await (const line of createInterface({ input: child.stdout! })) {
    const address = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    if (address === undefined) continue;
    const seconds = (performance.now() - started) / 1000;
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) await Promise.all([once(child, 'exit'), child.kill('SIGTERM')]);
    };
    return { child, address, seconds, cpuSeconds: cpuSecondsOf(child.pid!), rssMiB: () => rssOf(child.pid!), stop };
  }
  throw new Error(`${server} exited before listening`);
}

/** The median of `values` (the lower middle one of an even count). */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Starts and stops `server` on `db` `runs` times, one after another: the seconds to listening and CPU seconds of each, and their medians. */
export async function measureStarts(db: string, runs: number, server = PRODUCTION_SERVER) {
  const starts: Array<{ seconds: number; cpuSeconds: number }> = [];
  for (let i = 0; i < runs; i++) {
    const { seconds, cpuSeconds, stop } = await startProduction(db, server);
    await stop();
    starts.push({ seconds, cpuSeconds });
  }
  return { starts, seconds: median(starts.map((s) => s.seconds)), cpuSeconds: median(starts.map((s) => s.cpuSeconds)) };
}

/** What {@link watchedExport} saw: the records (lines) and bytes streamed, in seconds, and the server's memory before and at its peak. */
export interface WatchedExport {
  lines: number;
  bytes: number;
  seconds: number;
  atStart: Memory;
  peak: Memory;
}

/**
 * Streams the export at `path` from `address` to its end (or for `seconds`), sampling the memory
 * of the server (process `pid`) every 20 ms; `report` is called every `every` seconds while it runs.
 */
export async function watchedExport(address: string, path: string, pid: number, { seconds = Infinity, every = 0, report }: { seconds?: number; every?: number; report?: (elapsed: number, lines: number, now: Memory) => void } = {}): Promise<WatchedExport> {
  const atStart = memoryOf(pid);
  const peak = { ...atStart };
  const sample = () => {
    const now = memoryOf(pid);
    for (const key of ['rss', 'anon', 'file'] as const) peak[key] = Math.max(peak[key], now[key]);
  };
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let [bytes, lines] = [0, 0];
  const sampler = setInterval(sample, 20);
  const printer = every > 0 && report ? setInterval(() => report(elapsed(), lines, memoryOf(pid)), every * 1000) : undefined;
  try {
    const res = await fetch(`${address}${path}`);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
      if (elapsed() > seconds) break;
    }
  } finally {
    clearInterval(sampler);
    clearInterval(printer);
  }
  sample();
  return { lines, bytes, seconds: elapsed(), atStart, peak };
}
