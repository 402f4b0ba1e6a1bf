/**
 * A worker thread of the parallel build (run by piscina): compiles the gazetteer once,
 * then extracts batches of documents, returning each extraction with the summary the
 * reference tables need, serialised for the cache (see extraction-task.ts). Once a fresh
 * file's contents are committed, the same threads compute its digests (`digest`, see
 * digest-pass.ts) and its stored counts (`storedCounts`, see stored-counts-pass.ts), reading the
 * file on connections of their own.
 */
import { threadId, workerData } from 'node:worker_threads';
import { digestSource, type DigestResult, type DigestTask } from './digest-pass.js';
import { runExtraction, type ExtractionResult, type ExtractionTask } from './extraction-task.js';
import type { Gazetteer } from './gazetteer.js';
import { compileContext } from './pipeline.js';
import { storedCountsOf, type StoredCountsRows } from './stored-counts-pass.js';

const context = compileContext((workerData as { gazetteer: Gazetteer }).gazetteer);

/** `BUILD_WORKER_HEAP_LOG=N`: this thread's V8 heap (used / committed, MB) on stderr every N batches, for measuring the build's peak RSS. */
const heapLogEvery = Number(process.env.BUILD_WORKER_HEAP_LOG ?? 0);
let batches = 0;

export default function extractBatch(tasks: ExtractionTask[]): ExtractionResult[] {
  const results = tasks.map((task) => runExtraction(task, context));
  if (heapLogEvery > 0 && ++batches % heapLogEvery === 0) {
    const { heapUsed, heapTotal, rss } = process.memoryUsage();
    process.stderr.write(`worker ${threadId} batch ${batches} heap used ${(heapUsed / 2 ** 20).toFixed(0)} MB committed ${(heapTotal / 2 ** 20).toFixed(0)} MB process rss ${(rss / 2 ** 20).toFixed(0)} MB\n`);
  }
  return results;
}

/** The file this thread computes digests of, opened at its first task. */
let source: { path: string; run: (task: DigestTask) => DigestResult; close: () => void } | undefined;

export function digest({ path, task }: { path: string; task: DigestTask }): DigestResult {
  if (source?.path !== path) {
    source?.close();
    source = digestSource(path);
  }
  return source.run(task);
}

/** A list of digest tasks of the file at `path`, one after another (see `DigestListRunner`). */
export function digestList({ path, tasks }: { path: string; tasks: DigestTask[] }): DigestResult[] {
  return tasks.map((task) => digest({ path, task }));
}

export function storedCounts({ path, minimum }: { path: string; minimum?: number }): StoredCountsRows {
  return storedCountsOf(path, minimum);
}
