/**
 * `node --import tsx bench/start-export.ts DB [SERVER]`: the server's start, from spawn to
 * listening, and a whole NDJSON export of the measures with the server's peak RSS (issue 12:
 * start ≤ 1 s, RSS ≤ 300 MB at 100 000 documents). SERVER is what node runs (default
 * dist/src/server.bundle.mjs, the bundle production runs, after `npm run build`; give
 * dist/src/server.js for the compiled modules, or `--import tsx src/server.ts` as one
 * argument to run the sources). The start is given as seconds to listening and the CPU
 * seconds the server used by then (steadier on a busy machine). RSS is sampled from /proc
 * every 20 ms, with its anonymous part (the heap) and its file part (mapped pages of the
 * database and of code).
 * STARTS=N first starts and stops the server N times and prints each start and the medians;
 * EXPORT_PATH (default /v1/measures.ndjson) picks another export; EXPORT_SECONDS stops it
 * after that many seconds (a look at how RSS moves without a whole export of a large corpus;
 * 0: its first chunk only); SAMPLE_EVERY (seconds) prints RSS at that interval while exporting;
 * PAUSE_SECONDS first requests the export as a client that stops reading after the first chunk
 * and prints the server's CPU seconds and RSS while it waits (the second half of the pause): an
 * export that respects backpressure stops once the socket's buffers are full (no CPU, flat RSS),
 * one that buffers goes on reading rows into memory. (node:http with the response paused, not
 * fetch, which reads ahead into its own buffers.)
 *
 *   STARTS=5 EXPORT_SECONDS=0 node --import tsx bench/start-export.ts DB                     # the bundle
 *   STARTS=5 EXPORT_SECONDS=0 node --import tsx bench/start-export.ts DB dist/src/server.js  # the compiled modules
 *   PAUSE_SECONDS=10 EXPORT_SECONDS=20 SAMPLE_EVERY=5 EXPORT_PATH=/v1/measures.csv node --import tsx bench/start-export.ts DB
 */
import { get, type IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuSecondsOf, describeMemory as mib, measureStarts, memoryOf, PRODUCTION_SERVER, startProduction, watchedExport } from './child-server.js';

const [db, server = PRODUCTION_SERVER] = process.argv.slice(2);
if (db === undefined) throw new Error('usage: bench/start-export.ts DB [SERVER]');
const exportPath = process.env.EXPORT_PATH ?? '/v1/measures.ndjson';
const exportSeconds = Number(process.env.EXPORT_SECONDS ?? Infinity);
const sampleEvery = Number(process.env.SAMPLE_EVERY ?? 0);
const startRuns = Number(process.env.STARTS ?? 0);
const pauseSeconds = Number(process.env.PAUSE_SECONDS ?? 0);

if (startRuns > 0) {
  const { starts, seconds, cpuSeconds } = await measureStarts(db, startRuns, server);
  console.log(`${server}, ${startRuns} starts: ${starts.map((s) => `${s.seconds.toFixed(2)} s (CPU ${s.cpuSeconds.toFixed(2)})`).join(', ')}; median ${seconds.toFixed(2)} s to listening, CPU ${cpuSeconds.toFixed(2)} s`);
}
const { child, address, seconds: startSeconds, cpuSeconds, stop } = await startProduction(db, server);
try {
  const atStart = memoryOf(child.pid!);
  if (pauseSeconds > 0) {
    const res = await new Promise<IncomingMessage>((resolve, reject) => get(`${address}${exportPath}`, resolve).on('error', reject));
    res.once('data', () => res.pause());
    // The first half lets the socket's buffers fill; the second shows whether the server then waits.
    await sleep((pauseSeconds * 1000) / 2);
    const [cpuBefore, before] = [cpuSecondsOf(child.pid!), memoryOf(child.pid!)];
    await sleep((pauseSeconds * 1000) / 2);
    console.log(`client stopped reading for ${pauseSeconds} s: in its second half the server used ${(cpuSecondsOf(child.pid!) - cpuBefore).toFixed(2)} s of CPU, ${mib(before)} → ${mib(memoryOf(child.pid!))}`);
    res.destroy();
  }
  const exported = await watchedExport(address, exportPath, child.pid!, {
    seconds: exportSeconds,
    every: sampleEvery,
    report: (elapsed, lines, now) => console.log(`${elapsed.toFixed(0)} s: ${lines} records, ${mib(now)}`),
  });
  console.log(`start: ${startSeconds.toFixed(2)} s to listening (CPU ${cpuSeconds.toFixed(2)} s); ${mib(atStart)}`);
  console.log(`export ${exportPath}: ${exported.lines} records, ${(exported.bytes / 1e6).toFixed(1)} MB in ${exported.seconds.toFixed(1)} s; peak ${mib(exported.peak)}`);
} finally {
  await stop();
}
