/**
 * One build in its own process, for the build benchmark: prints its wall time, the
 * CPU time (the process's, and the main thread's own where Linux says), the documents it extracted, the
 * source files it read (a warm build reads only those new or changed) and the process's peak RSS (worker threads included) as JSON.
 *
 *   node dist/bench/build-once.js CORPUS DB CACHE [THREADS]       # the compiled code, as bench/build.ts runs it (after `tsc -p tsconfig.json`)
 *   node --import tsx bench/build-once.ts CORPUS DB CACHE [THREADS]  # from the sources (workers under tsx too)
 *   BUILD_PHASE_LOG=1 node --import tsx bench/build-once.ts ...   # also one line per phase on stderr (seconds, CPU, RSS, heap, peak RSS)
 *   HEAP_SAMPLE_SECONDS=5 node --import tsx bench/build-once.ts ...  # also the main thread's heap every 5 s
 */
import { statSync } from 'node:fs';
import { buildCorpus } from '../src/ingest/build.js';
import { phaseLogger, threadCpuSeconds } from '../src/ingest/phase-log.js';

const [corpus, db, cache, threads] = process.argv.slice(2) as [string, string, string, string?];
// HEAP_SAMPLE_SECONDS=N: the main thread's V8 heap (used / committed) every N seconds on stderr, beside rss-timeline's RSS (the timer runs between documents, as the workers' results are received).
const heapEvery = Number(process.env.HEAP_SAMPLE_SECONDS ?? 0) * 1000;
const heapTimer = heapEvery > 0
  ? setInterval(() => {
    const { heapUsed, heapTotal } = process.memoryUsage();
    process.stderr.write(`heap ${(performance.now() / 1000).toFixed(1).padStart(7)} s  used ${(heapUsed / 2 ** 20).toFixed(0)} MB  committed ${(heapTotal / 2 ** 20).toFixed(0)} MB\n`);
  }, heapEvery)
  : undefined;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await buildCorpus({ dbPath: db, seedsDir: corpus, cachePath: cache, builtAt: new Date('2026-01-01T00:00:00Z'), threads: threads ? Number(threads) : undefined,
  phase: process.env.BUILD_PHASE_LOG ? phaseLogger((line) => process.stderr.write(`${line}\n`)) : undefined,
});
clearInterval(heapTimer);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
// CPU time of the process, worker threads included: on a shared machine it says more than the wall time.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// The main thread's own (the load; the rest is the extraction workers and V8's helpers), where the system says.
const mainCpuSeconds = threadCpuSeconds();
process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, mainCpuSeconds, extracted: summary.extracted, read: summary.read, documents: summary.counts.documents, peakRssBytes: process.resourceUsage().maxRSS * 1024, dbBytes: statSync(db).size })}\n`);
