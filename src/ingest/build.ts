import { createHash } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { copyFile, open as openFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { Piscina } from 'piscina';
import { openForBuild, openReadOnly } from '../db/client.js';
import { meta } from '../db/schema.js';
import { codeDir, filesDigest, migrationsDir } from '../paths.js';
import { openExtractionCache, type ExtractionCache } from './cache.js';
import { CorpusSummary } from './corpus-summary.js';
import { collectGarbage } from './collect-garbage.js';
import { InputError } from './errors.js';
import { runExtraction, type ExtractionResult, type ExtractionTask } from './extraction-task.js';
import { previousHistory } from './history.js';
import type { DigestResult } from './digest-pass.js';
import type { StoredCountsRows } from './stored-counts-pass.js';
import { documentId, documentKey, loadDatabase, streamDatabase, type DigestWorkers, type DocumentKey, type ExtractedDocument, type LoadSource, type StoredDocuments, storedDocumentsOf, writesCanonically } from './load.js';
import { compileContext, type DocumentOptions, type DocumentSummary } from './pipeline.js';
import { documentIdentity, documentsMatch, readCorpus, readSourceDocument, type Corpus, type SourceDocument } from './sources.js';
import type { PhaseMark } from './phase-log.js';
import { renderListsBeside, type RenderedLists } from './render-lists.js';
import { buildTempPath, compactedTempPath, removeStaleTempFiles, removeTempFile, replaceFile } from './temp-files.js';
import { ReadAhead, runWindowed } from './windowed.js';

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
  /** Extraction cache file, kept between builds; null (the default) caches in a temporary file for this build only. */
  cachePath?: string | null;
  /** Worker threads for a parallel build (default: every core). */
  threads?: number;
  /**
   * Start from a copy of the database at `dbPath` when it was built by the same code from the same
   * reference data, loading only what changed (default); false loads every document afresh.
   * Either way the database holds the same rows (see README, "Builds that scale").
   */
  incremental?: boolean;
  /**
   * Write an incremental build's file as a clean build writes it, byte for byte (`writeCanonical`:
   * the full-text index rebuilt, `VACUUM INTO`, statistics from a fixed sample): for a release
   * whose checksum others reproduce. It rewrites the whole file, so it costs what the corpus
   * costs, not what changed (at 10k about 25 s against 5 s); off by default, when a copy keeps its
   * page layout and holds the same rows as a clean build. A fresh file is always written so.
   */
  canonical?: boolean;
  progress?: BuildProgress;
  /** Told when each phase of the build ends (see phase-log.ts); for measuring. */
  phase?: PhaseMark;
  /** How much text (UTF-16 code units) a cold parallel build reads ahead of the document it loads (default `READ_AHEAD_CHARS`, 16 Mi). */
  readAheadChars?: number;
  /** The size a set must exceed for its counts to be stored (src/queries/stored-counts.ts; default STORED_COUNTS_MINIMUM). */
  storedCountsMinimum?: number;
  /** The largest V8 old generation of each worker thread of a parallel build, in MB (default `WORKER_HEAP_MB`). */
  workerHeapMb?: number;
  /** Whether the build brings the list renderings beside the database up to date once it is in place (src/ingest/render-lists.ts; default true). */
  renderLists?: boolean;
}

export interface BuildSummary {
  version: string;
  dbPath: string;
  counts: Record<string, number>;
  /** Documents extracted by this build; the others came from the cache. */
  extracted: number;
  /** Whether the build started from a copy of the previous database and loaded only what changed. */
  incremental: boolean;
  /** Documents whose files this build read and checked before loading (an incremental build: only those new or changed since an earlier build checked them). */
  read: number;
  /** What the build wrote of the list renderings (undefined when not asked to render them). */
  lists?: RenderedLists;
}

/** Where the code a build's hashes name lives: the code directory (`src/` or `dist/src/`) and the migrations. */
export interface CodeTree {
  code: string;
  migrations: string;
}
/** The code this module runs. */
const runningCode: CodeTree = { code: codeDir, migrations: migrationsDir };

/** Hash of the code that shapes the extraction (pipeline, text utilities, migrations): the extraction cache's key. */
function codeHash(tree: CodeTree): string {
  return filesDigest([join(tree.code, 'ingest'), join(tree.code, 'text'), tree.migrations]);
}

/**
 * The code a database depends on beyond the extraction's: the query layer, since the change
 * history digests every record as the API publishes it (src/ingest/history.ts), so a
 * collection or field added there must make a database built before it stale.
 */
export const databaseCodeDirs = (tree: CodeTree = runningCode) => [join(tree.code, 'queries')];

/** The `input_hash` a database records: its inputs and all the code its rows depend on. */
export function buildHash(inputHash: string, tree: CodeTree = runningCode): string {
  return createHash('sha256').update(inputHash).update(codeHash(tree)).update(filesDigest(databaseCodeDirs(tree))).digest('hex');
}

/**
 * What a database's rows depend on besides its documents: the code, the gazetteer and themes,
 * and the programmes. A build may start from a copy of a database with the same hash.
 */
export const referenceHash = (corpus: Corpus, tree: CodeTree = runningCode) => createHash('sha256').update(codeHash(tree)).update(JSON.stringify([corpus.gazetteer, corpus.manifest.programmes])).digest('hex');

/** The extraction cache's key space: the code that extracts and the gazetteer and themes it matches. */
export const pipelineHash = (corpus: Corpus, tree: CodeTree = runningCode) => createHash('sha256').update(codeHash(tree)).update(corpus.gazetteerHash).digest('hex');

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

/** A folder or file that cannot be written, as the caller's input error named with the path. */
const unwritable = (path: string, what: string, e: unknown) => new InputError(path, `cannot write the ${what} here (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);

/** A folder or file that cannot be written is the caller's input error, named with the path. */
function writable<T>(path: string, what: string, open: () => T): T {
  try {
    return open();
  } catch (e) {
    throw unwritable(path, what, e);
  }
}

/** Opens the temporary file next to `dbPath`: empty, a copy of the database there to update, or (`copied`) that copy made already. */
function openTarget(dbPath: string, tmp: string, copyPrevious: boolean, copied = false) {
  return writable(dbPath, 'database', () => {
    if (copied) return openForBuild(tmp);
    mkdirSync(dirname(dbPath) || '.', { recursive: true });
    rmSync(tmp, { force: true });
    // A copy-on-write clone where the file system has them (btrfs, XFS, APFS: no bytes copied), else a copy.
    if (copyPrevious) copyFileSync(dbPath, tmp, constants.COPYFILE_FICLONE);
    return openForBuild(tmp);
  });
}

/**
 * The previous database's copy an incremental build starts from, made off this thread (see {@link startCopy}):
 * `copied` settles when the file is complete, `flushed` when its bytes are on disk too.
 */
interface PendingCopy {
  tmp: string;
  copied: Promise<void>;
  flushed: Promise<void>;
}

/**
 * Starts copying the database at `dbPath` to the build's temporary file on libuv's threads
 * (`fs.copyFile`: a copy-on-write clone where the file system has them, else `copy_file_range`,
 * in the kernel), then writing the copy's pages to disk (`fdatasync`). At 10k the copy (1.4 GB)
 * and its sync were a second and a half of a +1 build's wall time spent waiting on this thread;
 * now they run while this thread reads and checks the corpus, extracts what is missing and folds the
 * summaries, and the sync while it loads, so the final sync writes only the pages the load changed.
 */
function startCopy(dbPath: string): PendingCopy {
  const tmp = buildTempPath(dbPath);
  removeStaleTempFiles(dbPath);
  rmSync(tmp, { force: true });
  const copied = copyFile(dbPath, tmp, constants.COPYFILE_FICLONE).catch((e: unknown) => {
    throw unwritable(dbPath, 'database', e);
  });
  const flushed = copied.then(async () => {
    const file = await openFile(tmp, 'r');
    try {
      await file.datasync();
    } finally {
      await file.close();
    }
  });
  // Each is awaited where it is needed; a failure before then is not an unhandled rejection.
  copied.catch(() => {});
  flushed.catch(() => {});
  return { tmp, copied, flushed };
}

/** The documents rows of the database at `dbPath` (see `storedDocumentsOf`), read while its copy is made. */
function storedDocumentsIn(dbPath: string): StoredDocuments {
  const db = openReadOnly(dbPath, { mmapBytes: 0, cacheKiB: 2048 });
  try {
    return storedDocumentsOf(db);
  } finally {
    db.$client.close();
  }
}

/** Removes a copy no longer wanted, once it has settled (it may still be under way). */
async function dropCopy(copy: PendingCopy) {
  await Promise.allSettled([copy.flushed]);
  removeTempFile(copy.tmp);
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
  /** What the database's rows depend on besides its documents (see `referenceHash`). */
  reference: string;
  /** Whether the build starts from a copy of the database at the target path (see `canStartFrom`). */
  incremental: boolean;
  /** For an incremental build, each document's row key in manifest order, taken when the document is first read (so it is read once). */
  rowKeys: DocumentKey[];
  /** How many documents' files this build read (the others were vouched for by their identity, see `checkedRowKey`). */
  read: number;
}

function plan(options: BuildOptions): Plan {
  const corpus = readCorpus(options.seedsDir);
  // The database's folder first: where it cannot be written, that is the error to report, not the cache beside it.
  writable(options.dbPath, 'database', () => mkdirSync(dirname(options.dbPath) || '.', { recursive: true }));
  const { cachePath = null } = options;
  const cache = writable(cachePath ?? 'temporary file', 'extraction cache', () => {
    if (cachePath) mkdirSync(dirname(cachePath), { recursive: true });
    return openExtractionCache(cachePath, pipelineHash(corpus));
  });
  const reference = referenceHash(corpus);
  const incremental = options.incremental !== false && canStartFrom(options.dbPath, reference);
  // Reading the manifest left its text, JSON.parse's tree and zod's intermediates behind (at 100k
  // some 165 MB beside 70 MB kept), which V8 collected only minutes later, while the workers' heaps
  // grew beside it: that was the peak RSS of a 100k build's start. Collected before they start.
  collectGarbage();
  options.phase?.('plan');
  return { corpus, cache, keys: [], options, reference, incremental, rowKeys: [], read: 0 };
}

/**
 * Reads and checks every document in manifest order, recording its cache key, and yields
 * the documents the cache lacks in batches. Nothing is written before all are checked
 * (the cache only gains entries, which are valid whatever the build's outcome).
 */
function* missingBatches(p: Plan): Generator<ExtractionTask[]> {
  const { corpus, cache, keys, options, incremental, rowKeys } = p;
  let batch: ExtractionTask[] = [];
  for (let i = 0; i < corpus.manifest.documents.length; i++) {
    const entry = corpus.manifest.documents[i]!;
    let doc: SourceDocument | undefined;
    if (incremental) {
      const checked = checkedRowKey(p, i);
      doc = checked.doc;
      rowKeys.push(checked.key);
    } else {
      doc = readChecked(p, i);
    }
    // The entry's checksum is the text's: the document was checked against it, now or by an earlier build.
    const extraction = optionsOf(entry);
    const key = cache.keyOf({ sha256: entry.sha256, options: extraction });
    keys.push(key);
    if (cache.has(key)) {
      options.progress?.tick();
      continue;
    }
    doc ??= readChecked(p, i);
    batch.push({ key, file: entry.file, text: doc.text, options: extraction });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Document `i`'s row key for an incremental build's comparison. When its file has the identity
 * it had when an earlier build read and checked it against the same manifest entry, the key
 * stored then, and the file is not read (nor hashed: at 10 000 documents reading and hashing
 * every unchanged file was a third of a rebuild's CPU); else the document is read and checked
 * now (returned with its key) and remembered for the next build.
 */
function checkedRowKey(p: Plan, i: number): { key: DocumentKey; doc?: SourceDocument } {
  const entry = p.corpus.manifest.documents[i]!;
  const entryKey = p.cache.entryKeyOf(entry);
  // Taken before the file is read: a write after it changes the identity, and the next build reads the file again.
  const file = documentIdentity(p.corpus, i);
  const stored = file && p.cache.checked(entryKey, file);
  if (stored !== undefined) return { key: { id: documentId(entry.sha256), key: stored } };
  const doc = readSourceDocument(p.corpus, i);
  const key = documentKey(doc);
  if (file) p.cache.putChecked(entryKey, file, key.key);
  p.read++;
  return { key, doc };
}

/** Reads and checks document `i` (a build into an empty file reads every one), remembering it for the next build's {@link checkedRowKey}. */
function readChecked(p: Plan, i: number): SourceDocument {
  const file = documentIdentity(p.corpus, i);
  const doc = readSourceDocument(p.corpus, i);
  if (file) p.cache.putChecked(p.cache.entryKeyOf(doc.entry), file, documentKey(doc).key);
  p.read++;
  return doc;
}

function store({ cache, options }: Plan, results: ExtractionResult[]) {
  for (const r of results) {
    cache.put(r.key, r.extraction, r.summary);
    options.log?.(`${r.file}: ${r.counts.measures} measures, ${r.counts.figures} figures, ${r.counts.mentions} mentions`);
  }
}

/** The database file a build writes: a temporary file beside `dbPath`, renamed over it once complete. */
interface Target {
  db: ReturnType<typeof openForBuild>;
  tmp: string;
  reference: string;
  incremental: boolean;
}

/**
 * Opens the build's temporary file (a copy of the database at `dbPath` for an incremental build,
 * made here or already by {@link startCopy}) with the schema migrated.
 */
function openBuildTarget(p: Plan, copy?: PendingCopy): Target {
  const { dbPath } = p.options;
  const { reference, incremental } = p;
  const tmp = copy?.tmp ?? buildTempPath(dbPath);
  if (!copy) removeStaleTempFiles(dbPath);
  const db = openTarget(dbPath, tmp, incremental, copy !== undefined);
  try {
    migrate(db, { migrationsFolder: migrationsDir });
  } catch (e) {
    db.$client.close();
    removeTempFile(tmp);
    throw e;
  }
  p.options.phase?.(incremental ? 'copy previous' : 'open target');
  return { db, tmp, reference, incremental };
}

/** What `loadDatabase` and `streamDatabase` are told besides the documents. */
function loadMeta({ corpus, options }: Plan, { reference, incremental }: Target) {
  const { dbPath, builtAt = new Date() } = options;
  return {
    inputHash: buildHash(corpus.inputHash), builtAt: builtAt.toISOString(), referenceHash: reference, incremental, canonical: options.canonical,
    // The copy holds its own history; a fresh file takes the replaced database's (read as the history is written, not held).
    previous: incremental ? undefined : previousHistory(dbPath),
    phase: options.phase,
    storedCountsMinimum: options.storedCountsMinimum,
    onChanges: (c: Record<'created' | 'modified' | 'deleted', number>) => options.log?.(`changes since the previous build: ${c.created} created, ${c.modified} modified, ${c.deleted} deleted`),
  };
}

/**
 * How many rows of each index `ANALYZE` reads for the planner's statistics: a sample, the
 * same that `PRAGMA optimize` takes (its temporary limit since SQLite 3.46), so a 100k file is
 * not read whole for them. The estimate drawn from it depends on the file's layout too, which
 * is why the statistics are gathered on the written file (see {@link writeCanonical}).
 */
const ANALYSIS_LIMIT = 2000;

/**
 * The schema cookie of every built file (https://www.sqlite.org/fileformat.html#schema_cookie,
 * four bytes at offset 40 of the header). SQLite counts each schema change in it, so a file's
 * cookie told its history: a fresh file's migrations and index rebuilds, or a copy's builds one
 * after another. Connections notice a change by it only while they have the file open; a built
 * file is new to every reader (a rebuild renames a new file into place, and servers open it
 * anew: src/db/client.ts, `openServed`). Written into the header directly, once the file is
 * closed: better-sqlite3 opens connections in SQLite's defensive mode, where `PRAGMA
 * schema_version = N` is ignored.
 */
const SCHEMA_COOKIE = 1;
const SCHEMA_COOKIE_OFFSET = 40;

/** Sets the schema cookie of the closed database file at `path` (see {@link SCHEMA_COOKIE}). */
function setSchemaCookie(path: string, cookie: number) {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(cookie);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, 4, SCHEMA_COOKIE_OFFSET);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the loaded file (open on `db`) to `out` as a function of its rows alone, whichever way
 * it was loaded (README, "Identical to a clean build"): `VACUUM INTO` writes every table and index
 * in key order, no free pages, the schema in its order; the planner's statistics, which the
 * source holds only on a copy (the previous build's) are left behind and gathered on `out`, whose
 * layout is now canonical, with a fixed sample (`ANALYSIS_LIMIT`); and the header's schema cookie is
 * set (`SCHEMA_COOKIE`). The rest of the header follows from the same statements on the same bytes.
 */
function writeCanonical(db: ReturnType<typeof openForBuild>, out: string, phase?: PhaseMark) {
  db.run(sql`DROP TABLE IF EXISTS sqlite_stat1`);
  db.run(sql`DROP TABLE IF EXISTS sqlite_stat4`);
  rmSync(out, { force: true });
  db.run(sql`VACUUM INTO ${out}`);
  phase?.('vacuum');
  const written = openForBuild(out);
  try {
    written.$client.pragma(`analysis_limit = ${ANALYSIS_LIMIT}`);
    written.run(sql`ANALYZE`);
  } finally {
    written.$client.close();
  }
  setSchemaCookie(out, SCHEMA_COOKIE);
  phase?.('analyze');
}

/**
 * Counts, writes the file canonically into a second file (see {@link writeCanonical}), closes
 * both and renames the second over `dbPath`; on failure removes them and leaves `dbPath` as it
 * was. A fresh file always; a copy (incremental) only when `canonical` is asked for: a copy keeps
 * the previous file's page layout and statistics (`PRAGMA optimize`), so only the rewrite makes a
 * +1 build the same bytes as a clean one, at the cost of writing the whole file (README, "Builds
 * that scale"); without it the copy itself is renamed into place.
 */
function completeTarget(p: Plan, { db, tmp }: Target, version: string, extracted: number): BuildSummary {
  const { options } = p;
  const canonical = writesCanonically({ incremental: p.incremental, canonical: options.canonical });
  const compacted = compactedTempPath(tmp);
  let counts: Record<string, number>;
  try {
    try {
      counts = Object.fromEntries(COUNTED.map((table) => [table, db.values<[number]>(sql`SELECT count(*) FROM ${sql.identifier(table)}`)[0]![0]]));
      options.phase?.('count');
      if (canonical) writeCanonical(db, compacted, options.phase);
      else db.$client.pragma('optimize');
    } finally {
      db.$client.close();
    }
    const complete = canonical ? compacted : tmp;
    const fd = openSync(complete, 'r');
    fsyncSync(fd);
    closeSync(fd);
    // The replaced file is freed on libuv's threads while the build returns (see replaceFile); a failure there leaves nothing to undo.
    replaceFile(complete, options.dbPath).catch(() => {});
    // The file the load wrote, once its canonical copy is in place (a crash before leaves it to the next build's cleanup).
    if (canonical) removeTempFile(tmp);
    options.phase?.('sync, rename');
  } catch (e) {
    removeTempFile(tmp);
    throw e;
  }
  // After the data is in place (a server started meanwhile answers lists live): a failure here is thrown with the data swapped in.
  const lists = options.renderLists === false ? undefined : renderListsBeside(options.dbPath);
  if (lists !== undefined) options.phase?.('render lists');
  return { version, counts, dbPath: options.dbPath, extracted, incremental: p.incremental, read: p.read, lists };
}

/** Closes and removes the temporary file of a build that failed. */
function abandonTarget({ db, tmp }: Target) {
  if (db.$client.open) db.$client.close();
  removeTempFile(tmp);
}

/**
 * Loads every document from the cache into a temporary file in one transaction, then
 * renames it over `dbPath`. Any failure leaves the previous database exactly as it was.
 * Documents are streamed in manifest order, so a fresh file depends only on the inputs and
 * code, never on which documents were cached: built from a warm cache it equals one built from
 * an empty cache byte for byte. An incremental build (a copy of the previous file) after documents
 * were added at the end of the manifest writes the same bytes as a clean build; after others
 * changed, the same rows (README, "Identical to a clean build").
 */
function writeDatabase(p: Plan, extracted: number): BuildSummary {
  const source = cachedSource(p);
  const target = openBuildTarget(p);
  return completeTarget(p, target, loadInto(p, target, source), extracted);
}

/** The documents of a build whose extractions are all cached, with their summaries folded (the `summaries` phase), for {@link loadInto}. */
function cachedSource(p: Plan): LoadSource {
  const { corpus, cache, keys, options } = p;
  const progress = options.progress ?? silent;
  // Folded one cached summary at a time: the list of them all grew with the corpus.
  const summary = new CorpusSummary();
  keys.forEach((key, i) => summary.add(cache.summary(key), corpus.manifest.documents[i]!.programme));
  for (const line of summary.candidates.report()) options.log?.(line);
  options.phase?.('summaries');
  return {
    summary,
    keys: p.incremental ? p.rowKeys : undefined,
    * documents() {
      progress.start('load', keys.length);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        // Read from the file and the cache only when used: an incremental build reads an unchanged
        // document once (to compare its row) and never loads it.
        let source: SourceDocument | undefined;
        yield { get source() { return (source ??= readSourceDocument(corpus, i)); }, get extraction() { return cache.extraction(key); } };
        progress.tick();
      }
      progress.stop();
    },
  };
}

/** Loads `source` into the opened target and returns the version; on failure the target is closed and removed. */
function loadInto(p: Plan, target: Target, source: LoadSource): string {
  try {
    return loadDatabase(target.db, p.corpus, source, loadMeta(p, target));
  } catch (e) {
    abandonTarget(target);
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
      store(p, batch.map((task) => runExtraction(task, context)));
      batch.forEach(() => options.progress?.tick());
      extracted += batch.length;
    }
    options.progress?.stop();
    return writeDatabase(p, extracted);
  } finally {
    p.cache.close();
  }
}

/**
 * Runs the batches an incremental build's cache lacks through `extract` (the worker pool, which
 * stores their results), at most `window` at a time, telling `done` of each batch's results, and
 * fails with the first batch that fails.
 */
export const extractMissing = (batches: Iterable<ExtractionTask[]>, extract: (tasks: ExtractionTask[]) => Promise<ExtractionResult[]>, window: number, done: (results: ExtractionResult[]) => void): Promise<void> =>
  runWindowed(batches, extract, (_, results) => done(results), window);

/**
 * The worker module in the code directory, as compiled (`.js`) or run from source (`.ts` under
 * tsx); by path, since a loader may add a query to this module's URL. Not beside this module:
 * in the bundled server (src/bundle.ts) this code sits in a chunk of dist/src/server.bundle.mjs.
 */
const workerFile = pathToFileURL(join(codeDir, 'ingest', `extract-worker${new URL(import.meta.url).pathname.endsWith('.ts') ? '.ts' : '.js'}`)).href;

/**
 * The length of text (UTF-16 code units) the build reads ahead of the document it loads, besides
 * the count (`4 × threads × BATCH`): two batches of documents of 1 MB, so two workers stay busy on
 * long programmes, and some 200 MB with their extractions; synthetic documents of 5 KB never reach it.
 */
const READ_AHEAD_CHARS = 16 * 2 ** 20;

/**
 * The largest old generation (MB) of an extraction worker's V8 heap. Not a budget the work needs
 * (a worker's live heap is 60–140 MB on the synthetic corpus: its compiled gazetteer, a batch's
 * texts and results) but what sets how far V8 lets the heap grow past what is live before it
 * collects: with the default limit (a quarter of the machine's memory, over 2 GB) V8 grows an
 * old generation up to four times its live size, so each worker's committed heap climbed in a
 * saw-tooth and two of them put a 100k build over 10⁹ bytes of RSS (990 MiB in the documents phase,
 * session 14); below 2 GB V8 scales that factor down (1.3 at 256 MB, about 1.4 at 512 MB). 512 MB
 * is some four times the largest live heap seen, room for a batch of long programmes; a batch
 * that needs more fails with an error naming its documents ({@link outOfMemory}).
 */
export const WORKER_HEAP_MB = 512;

/** A worker that ran out of its heap (`WORKER_HEAP_MB`) as an input error naming the batch's documents; any other error as it is. */
export function outOfMemory(error: unknown, tasks: readonly Pick<ExtractionTask, 'file'>[], heapMb: number): unknown {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  const files = tasks.map((t) => t.file);
  return new InputError(files[0] ?? 'corpus', `extracting ${files.length === 1 ? 'this document' : `the documents ${files.join(', ')}`} needed more than a worker thread's ${heapMb} MB of heap (the compiled gazetteer, the texts and their results); split the longest document, or build with a larger heap (workerHeapMb)`);
}

/** A document waiting to be loaded: its source, its cache key, and its extraction when this build runs it (else it is cached). */
interface Pending {
  source: SourceDocument;
  key: string;
  result: Promise<ExtractionResult> | null;
}

/**
 * The corpus's documents in manifest order with their extractions, as soon as each is ready: read
 * and checked here, the ones the cache lacks extracted in batches by `extract` while earlier ones
 * are loaded. At most `window` documents, and about `READ_AHEAD_CHARS` of their text, are read ahead
 * of the one loaded (memory stays flat on any corpus size and any document length, the workers stay
 * busy while the load runs); `window` ≥ one batch, and a window full by length hands out its partial
 * batch, so the document awaited was always handed out. Each document's summary is folded into
 * `summary` as it is yielded.
 */
async function* inManifestOrder(p: Plan, extract: (tasks: ExtractionTask[]) => Promise<ExtractionResult[]>, window: number, summary: CorpusSummary): AsyncGenerator<ExtractedDocument> {
  const { corpus, cache } = p;
  const pending = new ReadAhead<Pending>({ documents: window, chars: p.options.readAheadChars ?? READ_AHEAD_CHARS }, (d) => d.source.text.length);
  let tasks: ExtractionTask[] = [];
  let waiting: Pending[] = [];
  const dispatch = () => {
    if (tasks.length === 0) return;
    const results = extract(tasks);
    waiting.forEach((w, j) => {
      w.result = results.then((r) => r[j]!);
      // A failure is thrown where the document is awaited; until then it is not an unhandled rejection.
      w.result.catch(() => {});
    });
    tasks = [];
    waiting = [];
  };
  const next = async (): Promise<ExtractedDocument> => {
    const { source, key, result } = pending.shift()!;
    const extracted = result ? await result : null;
    // A turn of the event loop between documents, even when the next is ready: the workers' finished
    // batches are received (and queued ones handed out) only then, or they would idle while this thread loads.
    await new Promise((resolve) => setImmediate(resolve));
    summary.add(extracted ? (JSON.parse(extracted.summary) as DocumentSummary) : cache.summary(key), source.entry.programme);
    return { source, extraction: extracted ? JSON.parse(extracted.extraction) : cache.extraction(key) };
  };
  for (let i = 0; i < corpus.manifest.documents.length; i++) {
    const source = readChecked(p, i);
    const options = optionsOf(source.entry);
    const key = cache.keyOf({ sha256: source.sha256, options });
    const entry: Pending = { source, key, result: null };
    if (!cache.has(key)) {
      tasks.push({ key, file: source.entry.file, text: source.text, options });
      waiting.push(entry);
      if (tasks.length === BATCH) dispatch();
    }
    pending.push(entry);
    while (pending.full) {
      // Full by length before a whole batch was read: the partial batch goes first, so the document awaited was handed out.
      if (waiting[0] === pending.head) dispatch();
      yield await next();
    }
  }
  dispatch();
  while (pending.size > 0) yield await next();
}

/**
 * The same build with extraction in parallel on worker threads (one per core by default).
 * A build into an empty file loads each document as soon as it and those before it are
 * extracted, so the load on this thread overlaps the extraction on the workers; an
 * incremental build (mostly cached) extracts what is missing first, then loads what changed.
 */
export async function buildCorpus(options: BuildOptions): Promise<BuildSummary> {
  // The copy and its sync run on libuv's threads while this one plans, checks, extracts and folds. Started
  // before the plan knows whether the build may start from the file (the corpus read and hashed: 0.6 s at 10k,
  // which the copy's wait then took): a database there is most often the previous build of the same code
  // and inputs; when it is not, the copy is dropped and the build writes a fresh file as before.
  const copy = options.incremental !== false && existsSync(options.dbPath) ? startCopy(options.dbPath) : undefined;
  let p: Plan;
  try {
    p = plan(options);
  } catch (e) {
    if (copy) await dropCopy(copy);
    throw e;
  }
  if (copy && !p.incremental) await dropCopy(copy);
  const threads = Math.max(1, options.threads ?? availableParallelism());
  let pool: Piscina | null = null;
  const inFlight = new Set<Promise<unknown>>();
  let extracted = 0;
  const progress = options.progress ?? silent;
  const closePool = async () => {
    const open = pool;
    pool = null;
    await open?.destroy();
  };
  const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
  const startedPool = () => (pool ??= new Piscina({
    filename: workerFile, workerData: { gazetteer: p.corpus.gazetteer }, minThreads: threads, maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  }));
  /** Hands a batch to the pool, storing its results in the cache as they come back. */
  const extract = (tasks: ExtractionTask[]): Promise<ExtractionResult[]> => {
    const done = (startedPool().run(tasks) as Promise<ExtractionResult[]>).then((results) => {
      store(p, results);
      return results;
    }, (e: unknown) => {
      throw outOfMemory(e, tasks, heapMb);
    });
    inFlight.add(done);
    // Settled either way, it leaves the set; a failure is awaited (and thrown) by the caller.
    done.then(() => inFlight.delete(done), () => inFlight.delete(done));
    extracted += tasks.length;
    return done;
  };
  try {
    if (p.incremental && copy) {
      try {
        progress.start('extract', p.corpus.manifest.documents.length);
        const batches = missingBatches(p);
        const first = batches.next();
        if (!first.done && first.value.length < BATCH) {
          // Fewer documents missing than one batch (the first is also the last): starting a worker
          // thread (its modules, its compiled gazetteer) would cost more than extracting them here.
          const context = compileContext(p.corpus.gazetteer);
          store(p, first.value.map((task) => runExtraction(task, context)));
          first.value.forEach(() => progress.tick());
          extracted += first.value.length;
        } else if (!first.done) {
          const all = (function* () {
            yield first.value;
            yield * batches;
          })();
          await extractMissing(all, extract, 2 * threads, (results) => results.forEach(() => progress.tick()));
        }
        progress.stop();
        options.phase?.('read, extract missing');
        // The workers' heaps (each with its compiled gazetteer) are freed before the load, whose peak is the build's.
        await closePool();
        const source = { ...cachedSource(p), stored: storedDocumentsIn(options.dbPath) };
        await copy.copied;
        const target = openBuildTarget(p, copy);
        const version = loadInto(p, target, source);
        await copy.flushed.catch((e: unknown) => {
          abandonTarget(target);
          throw e;
        });
        return completeTarget(p, target, version, extracted);
      } catch (e) {
        await dropCopy(copy);
        throw e;
      }
    }
    const target = openBuildTarget(p);
    let version: string;
    try {
      const summary = new CorpusSummary();
      const documents = async function* () {
        progress.start('extract', p.corpus.manifest.documents.length);
        for await (const d of inManifestOrder(p, extract, 4 * threads * BATCH, summary)) {
          yield d;
          progress.tick();
        }
        progress.stop();
      };
      // The same threads then compute the file's digests (a pool is started if every document was cached).
      const digestWorkers: DigestWorkers = {
        run: (task) => startedPool().run({ path: target.tmp, task }, { name: 'digest' }) as Promise<DigestResult>,
        runList: (tasks) => startedPool().run({ path: target.tmp, tasks }, { name: 'digestList' }) as Promise<DigestResult[]>,
        threads,
        window: 4 * threads,
        storedCounts: (minimum) => startedPool().run({ path: target.tmp, minimum }, { name: 'storedCounts' }) as Promise<StoredCountsRows>,
      };
      version = await streamDatabase(target.db, p.corpus, documents(), () => {
        for (const line of summary.candidates.report()) options.log?.(line);
        return summary;
      }, loadMeta(p, target), digestWorkers);
      // The workers' connections to the file and their heaps are gone before it is compacted.
      await closePool();
    } catch (e) {
      abandonTarget(target);
      throw e;
    }
    return completeTarget(p, target, version, extracted);
  } finally {
    progress.stop();
    await Promise.allSettled(inFlight);
    await closePool();
    p.cache.close();
  }
}
