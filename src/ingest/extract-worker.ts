/**
 * A worker thread of the parallel build (run by piscina): compiles the gazetteer once,
 * then extracts batches of documents it reads itself, returning each extraction with the
 * summary the reference tables need.
 */
import { workerData } from 'node:worker_threads';
import type { Gazetteer } from './gazetteer.js';
import { compileContext, extractForBuild, type DocumentExtraction, type DocumentOptions, type DocumentSummary } from './pipeline.js';

export interface ExtractionTask {
  key: string;
  /** The document's file, for progress lines. */
  file: string;
  text: string;
  options: Required<DocumentOptions>;
}

export interface ExtractionResult {
  key: string;
  file: string;
  extraction: DocumentExtraction;
  summary: DocumentSummary;
}

const context = compileContext((workerData as { gazetteer: Gazetteer }).gazetteer);

export default function extractBatch(tasks: ExtractionTask[]): ExtractionResult[] {
  return tasks.map(({ key, file, text, options }) => ({ key, file, ...extractForBuild(text, context, options) }));
}
