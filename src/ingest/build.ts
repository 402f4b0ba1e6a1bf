import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { Piscina } from 'piscina';
import { openForBuild } from '../db/client.js';
import { meta } from '../db/schema.js';
import { codeDir, filesDigest, migrationsDir } from '../paths.js';
import { openExtractionCache, type ExtractionCache } from './cache.js';
import { candidateReport } from './candidate-report.js';
import { InputError } from './errors.js';
import type { ExtractionResult, ExtractionTask } from './extract-worker.js';
import { readHistory } from './history.js';
import { loadDatabase, type LoadSource } from './load.js';
import { compileContext, extractForBuild, type DocumentOptions } from './pipeline.js';
import { documentsMatch, readCorpus, readSourceDocument, type Corpus } from './sources.js';
import { buildTempPath, removeStaleTempFiles, removeTempFile } from './temp-files.js';

/** How a build reports progress: a phase with its total, then one tick per document. */
export interface BuildProgress {
  start(phase: 'extract' | 'load', total: number): void;
  tick(): void;
  stop(): void;
}

export interface BuildOptions {
  dbPath: string;
  /** The corpus folder: manifest, gazetteer, themes and documents. */
  seedsDir: string;
  /** Progress lines (one per document extracted); the CLI sends them to stderr. */
  log?: (line: string) => void;
  /** Recorded as the build time; pass a fixed time (SOURCE_DATE_EPOCH) for byte-identical builds. */
  builtAt?: Date;
  /** Extraction cache file, kept between builds; null (the default) caches in memory for this build only. */
  cachePath?: string | null;
  /** Worker threads for a parallel build (default: every core). */
  threads?: number;
  /**
   * Start from a copy of the database at `dbPath` when it was built by the same code from the same
   * reference data, loading only what changed (default); false loads every document afresh.
   * Either way the database holds the same rows (see README, "Builds that scale").
   */
  incremental?: boolean;
  progress?: BuildProgress;
}

export interface BuildSummary {
  version: string;
  dbPath: string;
  counts: Record<string, number>;
  /** Documents extracted by this build; the others came from the cache. */
  extracted: number;
  /** Whether the build started from a copy of the previous database and loaded only what changed. */
  incremental: boolean;
}

/** Hash of the code that shapes the extraction (pipeline, text utilities, migrations): the extraction cache's key. */
function codeHash(): string {
  return filesDigest([join(codeDir, 'ingest'), join(codeDir, 'text'), migrationsDir]);
}

/**
 * The code a database depends on beyond the extraction's: the query layer, since the change
 * history digests every record as the API publishes it (src/ingest/history.ts), so a
 * collection or field added there must make a database built before it stale.
 */
export const databaseCodeDirs = () => [join(codeDir, 'queries')];

function buildHash(inputHash: string): string {
  return createHash('sha256').update(inputHash).update(codeHash()).update(filesDigest(databaseCodeDirs())).digest('hex');
}

/**
 * What a database's rows depend on besides its documents: the code, the gazetteer and themes,
 * and the programmes. A build may start from a copy of a database with the same hash.
 */
const referenceHash = (corpus: Corpus) => createHash('sha256').update(codeHash()).update(JSON.stringify([corpus.gazetteer, corpus.manifest.programmes])).digest('hex');

/** The extraction cache's key space: the code that extracts and the gazetteer and themes it matches. */
const pipelineHash = (corpus: Corpus) => createHash('sha256').update(codeHash()).update(corpus.gazetteerHash).digest('hex');

/** The value of `key` in the `meta` table of a database opened outside drizzle, or undefined. */
const metaValue = (sqlite: Database.Database, key: string): string | undefined =>
  drizzle(sqlite).select({ value: meta.value }).from(meta).where(eq(meta.key, key)).get()?.value;

/** Whether the database at `dbPath` is missing or was built from other inputs or code than those at hand. */
export function isStale(dbPath: string, seedsDir: string): boolean {
  if (!existsSync(dbPath)) return true;
  let built: string | undefined;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    built = metaValue(db, 'input_hash');
    db.close();
  } catch {
    return true;
  }
  const corpus = readCorpus(seedsDir);
  return built !== buildHash(corpus.inputHash) || !documentsMatch(corpus);
}

/** A folder or file that cannot be written is the caller's input error, named with the path. */
function writable<T>(path: string, what: string, open: () => T): T {
  try {
    return open();
  } catch (e) {
    throw new InputError(path, `cannot write the ${what} here (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Opens the temporary file next to `dbPath`: empty, or a copy of the database there to update. */
function openTarget(dbPath: string, tmp: string, copyPrevious: boolean) {
  return writable(dbPath, 'database', () => {
    mkdirSync(dirname(dbPath) || '.', { recursive: true });
    rmSync(tmp, { force: true });
    if (copyPrevious) copyFileSync(dbPath, tmp);
    return openForBuild(tmp);
  });
}

/** Whether the database at `dbPath` was built by this code from these reference data, so a build may start from a copy of it. */
function canStartFrom(dbPath: string, reference: string): boolean {
  if (!existsSync(dbPath)) return false;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return metaValue(db, 'reference_hash') === reference;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

const COUNTED = ['documents', 'programmes', 'measures', 'figures', 'actors', 'locations', 'themes', 'mentions', 'candidates'] as const;
const BATCH = 8;
const silent: BuildProgress = { start() {}, tick() {}, stop() {} };

/** The options extraction reads from a manifest entry (part of the cache key). */
const optionsOf = (entry: Corpus['manifest']['documents'][number]): Required<DocumentOptions> => ({ documentDate: entry.date.value, scopeLocationId: entry.scope.value });

/** A build under way: the corpus, its cache and each document's cache key in manifest order. */
interface Plan {
  corpus: Corpus;
  cache: ExtractionCache;
  keys: string[];
  options: BuildOptions;
}

function plan(options: BuildOptions): Plan {
  const corpus = readCorpus(options.seedsDir);
  // The database's folder first: where it cannot be written, that is the error to report, not the cache beside it.
  writable(options.dbPath, 'database', () => mkdirSync(dirname(options.dbPath) || '.', { recursive: true }));
  const { cachePath = null } = options;
  const cache = writable(cachePath ?? ':memory:', 'extraction cache', () => {
    if (cachePath) mkdirSync(dirname(cachePath), { recursive: true });
    return openExtractionCache(cachePath, pipelineHash(corpus));
  });
  return { corpus, cache, keys: [], options };
}

/**
 * Reads and checks every document in manifest order, recording its cache key, and yields
 * the documents the cache lacks in batches. Nothing is written before all are checked
 * (the cache only gains entries, which are valid whatever the build's outcome).
 */
function* missingBatches({ corpus, cache, keys, options }: Plan): Generator<ExtractionTask[]> {
  let batch: ExtractionTask[] = [];
  for (let i = 0; i < corpus.manifest.documents.length; i++) {
    const doc = readSourceDocument(corpus, i);
    const extraction = optionsOf(doc.entry);
    const key = cache.keyOf({ sha256: doc.sha256, options: extraction });
    keys.push(key);
    if (cache.has(key)) {
      options.progress?.tick();
      continue;
    }
    batch.push({ key, file: doc.entry.file, text: doc.text, options: extraction });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function store({ cache, options }: Plan, results: ExtractionResult[]) {
  for (const r of results) {
    cache.put(r.key, r.extraction, r.summary);
    options.log?.(`${r.file}: ${r.extraction.measures.length} measures, ${r.extraction.figures.length} figures, ${r.extraction.mentions.length} mentions`);
    options.progress?.tick();
  }
}

/**
 * Loads every document from the cache into a temporary file in one transaction, then
 * renames it over `dbPath`. Any failure leaves the previous database exactly as it was.
 * Documents are streamed in manifest order, so the file depends only on the inputs and
 * code, never on which documents were cached: a warm build equals a clean one byte for byte.
 */
function writeDatabase({ corpus, cache, keys, options }: Plan, extracted: number): BuildSummary {
  const { dbPath, builtAt = new Date(), progress = silent } = options;
  const summaries = keys.map((key) => cache.summary(key));
  for (const line of candidateReport(summaries.map((s) => s.candidates))) options.log?.(line);
  const source: LoadSource = {
    summaries,
    * documents() {
      progress.start('load', keys.length);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        // Read from the cache only when loaded: an incremental build skips unchanged documents.
        yield { source: readSourceDocument(corpus, i), get extraction() { return cache.extraction(key); } };
        progress.tick();
      }
      progress.stop();
    },
  };
  const tmp = buildTempPath(dbPath);
  removeStaleTempFiles(dbPath);
  const reference = referenceHash(corpus);
  const incremental = options.incremental !== false && canStartFrom(dbPath, reference);
  const db = openTarget(dbPath, tmp, incremental);
  try {
    let summary: Omit<BuildSummary, 'dbPath' | 'extracted' | 'incremental'>;
    try {
      migrate(db, { migrationsFolder: migrationsDir });
      const version = loadDatabase(db, corpus, source, {
        inputHash: buildHash(corpus.inputHash), builtAt: builtAt.toISOString(), referenceHash: reference, incremental,
        // The copy holds its own history; a fresh file takes the replaced database's.
        previous: incremental ? undefined : readHistory(dbPath),
        onChanges: (c) => options.log?.(`changes since the previous build: ${c.created} created, ${c.modified} modified, ${c.deleted} deleted`),
      });
      const counts = Object.fromEntries(COUNTED.map((table) => [table, db.values<[number]>(sql`SELECT count(*) FROM ${sql.identifier(table)}`)[0]![0]]));
      summary = { version, counts };
      db.$client.pragma('optimize');
      // A fresh file is compacted; a copy is not (that would rewrite the whole corpus for one document).
      if (!incremental) db.$client.exec('VACUUM');
    } finally {
      db.$client.close();
    }
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, dbPath);
    return { ...summary, dbPath, extracted, incremental };
  } catch (e) {
    removeTempFile(tmp);
    throw e;
  }
}

/**
 * Builds the database from a corpus folder in this thread: validate every input, extract
 * the documents the cache lacks, load into a temporary file, rename it over `dbPath`.
 */
export function buildDatabase(options: BuildOptions): BuildSummary {
  const p = plan(options);
  try {
    options.progress?.start('extract', p.corpus.manifest.documents.length);
    const context = compileContext(p.corpus.gazetteer);
    let extracted = 0;
    for (const batch of missingBatches(p)) {
      store(p, batch.map((task) => ({ key: task.key, file: task.file, ...extractForBuild(task.text, context, task.options) })));
      extracted += batch.length;
    }
    options.progress?.stop();
    return writeDatabase(p, extracted);
  } finally {
    p.cache.close();
  }
}

/** The worker module next to this one, as compiled (`.js`) or run from source (`.ts` under tsx). */
const workerFile = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/**
 * The same build with extraction in parallel on worker threads (one per core by
 * default): documents are read and checked here and handed to the pool in batches, with
 * at most two batches per thread in flight so memory stays flat on any corpus size.
 */
export async function buildCorpus(options: BuildOptions): Promise<BuildSummary> {
  const p = plan(options);
  const threads = Math.max(1, options.threads ?? availableParallelism());
  let pool: Piscina | null = null;
  const inFlight = new Set<Promise<void>>();
  let extracted = 0;
  try {
    options.progress?.start('extract', p.corpus.manifest.documents.length);
    for (const batch of missingBatches(p)) {
      pool ??= new Piscina({ filename: workerFile, workerData: { gazetteer: p.corpus.gazetteer }, minThreads: threads, maxThreads: threads });
      const done: Promise<void> = pool.run(batch).then((results: ExtractionResult[]) => store(p, results));
      inFlight.add(done);
      // Settled either way, it leaves the set; a failure is awaited (and thrown) below.
      done.then(() => inFlight.delete(done), () => {});
      extracted += batch.length;
      if (inFlight.size >= 2 * threads) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    options.progress?.stop();
    return writeDatabase(p, extracted);
  } finally {
    options.progress?.stop();
    await Promise.allSettled(inFlight);
    await pool?.destroy();
    p.cache.close();
  }
}
