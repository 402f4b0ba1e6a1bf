/**
 * One document's extraction as a build runs it, on a worker thread or in-process: the task
 * names the document and its cache key; the result carries the extraction and its summary
 * already serialised as the cache stores them, so the thread that loads the database neither
 * serialises them again nor deserialises a structured clone of them. The extraction carries the
 * stems of the document's rows of the full-text index (search-index.ts), so that thread does not
 * stem them either, in a cold build or a warm one.
 */
import { extractForBuild, type DocumentOptions, type ExtractionContext } from './pipeline.js';
import { searchIndexOf, type IndexedExtraction } from './search-index.js';

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
  /** The `IndexedExtraction` (with its `searchIndex`) as JSON (the cache's encoding). */
  extraction: string;
  /** The `DocumentSummary` as JSON. */
  summary: string;
  /** What the progress line reports. */
  counts: { measures: number; figures: number; mentions: number };
}

export function runExtraction({ key, file, text, options }: ExtractionTask, context: ExtractionContext): ExtractionResult {
  const { extraction, summary } = extractForBuild(text, context, options);
  const cached: IndexedExtraction = { ...extraction, searchIndex: searchIndexOf(text, extraction) };
  return {
    key,
    file,
    extraction: JSON.stringify(cached),
    summary: JSON.stringify(summary),
    counts: { measures: extraction.measures.length, figures: extraction.figures.length, mentions: extraction.mentions.length },
  };
}
