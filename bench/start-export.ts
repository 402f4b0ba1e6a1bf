/**
 * `node --import tsx bench/start-export.ts DB [SERVER]`: the server's start, from spawn to
 * listening, and a whole NDJSON export of the measures with the server's peak RSS (issue 12:
 * start ≤ 1 s, RSS ≤ 300 MB at 100 000 documents). SERVER is the entry run by node (default
 * dist/src/server.js, after `npm run build`; give `--import tsx src/server.ts` as one
 * argument to run the sources). RSS is sampled from /proc every 20 ms, with its anonymous
 * part (the heap) and its file part (mapped pages of the database and of code).
 * EXPORT_PATH (default /v1/measures.ndjson) picks another export; EXPORT_SECONDS stops it
 * after that many seconds (a look at how RSS moves without a whole export of a large corpus);
 * SAMPLE_EVERY (seconds) prints RSS at that interval while exporting.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [db, server = 'dist/src/server.js'] = process.argv.slice(2);
if (db === undefined) throw new Error('usage: bench/start-export.ts DB [SERVER]');
const exportPath = process.env.EXPORT_PATH ?? '/v1/measures.ndjson';
const exportSeconds = Number(process.env.EXPORT_SECONDS ?? Infinity);
const sampleEvery = Number(process.env.SAMPLE_EVERY ?? 0);

const mib = (m: { rss: number; anon: number; file: number }) => `RSS ${m.rss.toFixed(0)} MiB (anonymous ${m.anon.toFixed(0)}, file ${m.file.toFixed(0)})`;

/** The child's resident memory in MiB: total, anonymous and file-backed. */
function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kib('VmRSS'), anon: kib('RssAnon'), file: kib('RssFile') };
}

const started = performance.now();
const child = spawn(process.execPath, [...server.split(' '), '--db', db], {
  env: { ...process.env, PORT: '0', RATE_LIMIT: 'off', MAX_EVENT_LOOP_DELAY: 'off', LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  // Fastify logs "Server listening at http://…" once it listens.
  let address: string | undefined;
  for await (const line of createInterface({ input: child.stdout! })) {
    address = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    if (address !== undefined) break;
  }
  if (address === undefined) throw new Error('the server exited before listening');
  const startSeconds = (performance.now() - started) / 1000;
  const atStart = memoryOf(child.pid!);
  const peak = { ...atStart };
  const sample = () => {
    const now = memoryOf(child.pid!);
    for (const key of ['rss', 'anon', 'file'] as const) peak[key] = Math.max(peak[key], now[key]);
  };
  const sampler = setInterval(sample, 20);
  const exportStarted = performance.now();
  let [bytes, lines] = [0, 0];
  const printer = sampleEvery > 0 ? setInterval(() => console.log(`${((performance.now() - exportStarted) / 1000).toFixed(0)} s: ${lines} records, ${mib(memoryOf(child.pid!))}`), sampleEvery * 1000) : undefined;
  try {
    const res = await fetch(`${address}${exportPath}`);
    if (res.status !== 200) throw new Error(`${exportPath}: HTTP ${res.status}`);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
      if ((performance.now() - exportStarted) / 1000 > exportSeconds) break;
    }
  } finally {
    clearInterval(sampler);
    clearInterval(printer);
  }
  sample();
  console.log(`start: ${startSeconds.toFixed(2)} s to listening; ${mib(atStart)}`);
  console.log(`export ${exportPath}: ${lines} records, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - exportStarted) / 1000).toFixed(1)} s; peak ${mib(peak)}`);
} finally {
  child.kill('SIGTERM');
}
