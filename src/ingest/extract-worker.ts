/**
 * A worker thread of the parallel build (run by piscina): compiles the gazetteer once,
 * then extracts batches of documents, returning each extraction with the summary the
 * reference tables need, serialised for the cache (see extraction-task.ts).
 */
import { workerData } from 'node:worker_threads';
import { runExtraction, type ExtractionResult, type ExtractionTask } from './extraction-task.js';
import type { Gazetteer } from './gazetteer.js';
import { compileContext } from './pipeline.js';

const context = compileContext((workerData as { gazetteer: Gazetteer }).gazetteer);

export default function extractBatch(tasks: ExtractionTask[]): ExtractionResult[] {
  return tasks.map((task) => runExtraction(task, context));
}
