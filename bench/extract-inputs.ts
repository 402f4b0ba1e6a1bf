/**
 * The documents the extraction benchmarks and the output-hash check read, each with the
 * gazetteer and options a build (or the devset scorer) would extract it with:
 *
 * - `corpus:DIR`: every document of a corpus folder (manifest, gazetteer, themes), options from
 *   its manifest entry, as `buildDatabase` passes them;
 * - `seeds`: the package's seed corpus, the same way;
 * - `devset`: every text of the open devset splits (the closed ones are never read), with the seed
 *   gazetteer and the date and scope of their sources.json, as test/devset/scoring.ts runs them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../src/ingest/gazetteer.js';
import type { DocumentOptions } from '../src/ingest/pipeline.js';
import { readCorpus, readSourceDocument } from '../src/ingest/sources.js';
import { defaultSeedsDir } from '../src/paths.js';
import { closedSplits, splitDirs, splits } from '../test/devset/splits.js';
import { ensureCorpus } from './corpus.js';

export interface BenchDocument {
  /** `set/file`, stable across runs: the key of the hash file. */
  name: string;
  text: string;
  options: Required<DocumentOptions>;
}

export interface DocumentSet {
  gazetteer: Gazetteer;
  documents: BenchDocument[];
}

function corpusSet(dir: string, label: string, limit = Infinity): DocumentSet {
  const corpus = readCorpus(dir);
  const count = Math.min(limit, corpus.manifest.documents.length);
  const documents: BenchDocument[] = [];
  for (let i = 0; i < count; i++) {
    const { entry, text } = readSourceDocument(corpus, i);
    documents.push({ name: `${label}/${entry.file}`, text, options: { documentDate: entry.date.value, scopeLocationId: entry.scope.value } });
  }
  return { gazetteer: corpus.gazetteer, documents };
}

interface DevsetSources {
  documents: Array<{ file: string; date: string | null; scope: string | null }>;
}

function devsetSet(): DocumentSet {
  const documents: BenchDocument[] = [];
  for (const split of splits) {
    // A closed split is scored only as an aggregate by the lead: no benchmark reads its texts.
    if (closedSplits.has(split)) continue;
    const dir = splitDirs[split];
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as DevsetSources;
    for (const s of sources.documents) {
      documents.push({ name: `devset-${split}/${s.file}`, text: readFileSync(join(dir, 'texts', s.file), 'utf8'), options: { documentDate: s.date, scopeLocationId: s.scope } });
    }
  }
  return { gazetteer: readCorpus(defaultSeedsDir).gazetteer, documents };
}

/** The set a spec names: `seeds`, `devset` or `corpus:DIR` (at most `limit` documents of a corpus). */
export function readDocumentSet(spec: string, limit = Infinity): DocumentSet {
  if (spec === 'seeds') return corpusSet(defaultSeedsDir, 'seeds', limit);
  if (spec === 'devset') return devsetSet();
  if (spec.startsWith('corpus:')) return corpusSet(spec.slice('corpus:'.length), 'corpus', limit);
  throw new Error(`unknown document set "${spec}" (seeds, devset or corpus:DIR)`);
}

/**
 * The default sets: the 1k synthetic corpus (generated into bench-output/ when missing, as the build bench does; BENCH_CORPUS
 * names another folder), the seeds and the devset.
 */
export const defaultSets = () => [`corpus:${process.env.BENCH_CORPUS ?? ensureCorpus(1000)}`, 'seeds', 'devset'];
