/**
 * A build as the command line and `npm start` run it: skipped when the database is up to
 * date (if asked), parallel, with the extraction cache beside the database, progress on
 * stderr and a summary line.
 */
import { dirname, join } from 'node:path';
import { buildCorpus, isStale } from './build.js';
import { terminalProgress } from './progress.js';
import { renderListsBeside, type RenderedLists } from './render-lists.js';

export interface RunBuildOptions {
  dbPath: string;
  corpusDir: string;
  ifStale: boolean;
  threads?: number;
  builtAt?: Date;
  /** An incremental build writes a clean build's bytes (`BuildOptions.canonical`). */
  canonical?: boolean;
  /** Where progress and the summary go (default stderr). */
  out?: NodeJS.WriteStream;
}

/** The extraction cache beside the database, so rebuilds extract only what changed. */
export const cachePathFor = (dbPath: string) => join(dirname(dbPath), 'extraction-cache.db');

/** What a build wrote of the list renderings, for its summary line. */
export const listsLine = ({ wrote, collections }: RenderedLists): string =>
  wrote === 'nothing' ? 'list renderings current' : `list renderings: ${wrote} of ${collections.map((c) => `${c.records} ${c.collection}`).join(', ')}`;

export async function runBuild({ dbPath, corpusDir, ifStale, threads, builtAt, canonical, out = process.stderr }: RunBuildOptions): Promise<void> {
  if (ifStale && !isStale(dbPath, corpusDir)) {
    // The data is, but the serving code may have changed since its renderings were made.
    const lists = renderListsBeside(dbPath);
    out.write(`${dbPath} is up to date${lists.wrote === 'nothing' ? '' : `; ${listsLine(lists)}`}\n`);
    return;
  }
  const started = Date.now();
  const summary = await buildCorpus({
    dbPath,
    seedsDir: corpusDir,
    threads,
    builtAt,
    canonical,
    cachePath: cachePathFor(dbPath),
    progress: terminalProgress(out),
    // On a terminal the bar shows progress; elsewhere one line per document extracted.
    log: out.isTTY ? undefined : (line) => out.write(`  ${line}\n`),
  });
  const counts = Object.entries(summary.counts).map(([k, v]) => `${v} ${k}`).join(', ');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lists = summary.lists === undefined ? '' : `; ${listsLine(summary.lists)}`;
  out.write(`built ${summary.dbPath} (version ${summary.version}): ${counts}; ${summary.extracted} extracted, ${summary.counts.documents! - summary.extracted} from cache${lists}, ${seconds} s\n`);
}
