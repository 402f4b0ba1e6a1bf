import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openForBuild } from '../db/client.js';
import { codeDir, filesDigest, migrationsDir } from '../paths.js';
import { candidateReport } from './candidate-report.js';
import { InputError } from './errors.js';
import { readHistory } from './history.js';
import { loadDatabase, type ExtractedDocument } from './load.js';
import { compileContext, extractDocument } from './pipeline.js';
import { readBuildInputs } from './sources.js';
import { buildTempPath, removeStaleTempFiles, removeTempFile } from './temp-files.js';

export interface BuildOptions {
  dbPath: string;
  seedsDir: string;
  /** Progress lines (one per document); the CLI sends them to stderr. */
  log?: (line: string) => void;
  /** Recorded as the build time; pass a fixed time (SOURCE_DATE_EPOCH) for byte-identical builds. */
  builtAt?: Date;
}

export interface BuildSummary {
  version: string;
  dbPath: string;
  counts: Record<string, number>;
}

/** Hash of the code that shapes the data (pipeline, text utilities, migrations), so a code change makes a database stale. */
function codeHash(): string {
  return filesDigest([join(codeDir, 'ingest'), join(codeDir, 'text'), migrationsDir]);
}

function buildHash(inputHash: string): string {
  return createHash('sha256').update(inputHash).update(codeHash()).digest('hex');
}

/** Whether the database at `dbPath` is missing or was built from other inputs or code than those at hand. */
export function isStale(dbPath: string, seedsDir: string): boolean {
  if (!existsSync(dbPath)) return true;
  let built: string | undefined;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    built = (db.prepare("SELECT value FROM meta WHERE key = 'input_hash'").get() as { value: string } | undefined)?.value;
    db.close();
  } catch {
    return true;
  }
  return built !== buildHash(readBuildInputs(seedsDir).inputHash);
}

/** Opens the temporary file next to `dbPath`; a folder or file that cannot be written is the caller's input error. */
function openTarget(dbPath: string, tmp: string) {
  try {
    mkdirSync(dirname(dbPath) || '.', { recursive: true });
    rmSync(tmp, { force: true });
    return openForBuild(tmp);
  } catch (e) {
    throw new InputError(dbPath, `cannot write the database here (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

const COUNTED = ['documents', 'programmes', 'measures', 'figures', 'actors', 'locations', 'themes', 'mentions', 'candidates'] as const;

/**
 * Builds the database from a seeds folder: validate every input, extract every document,
 * load into a temporary file in one transaction, then rename it over `dbPath`. Any
 * failure leaves the previous database exactly as it was.
 */
export function buildDatabase({ dbPath, seedsDir, log = () => {}, builtAt = new Date() }: BuildOptions): BuildSummary {
  const inputs = readBuildInputs(seedsDir);
  const context = compileContext(inputs.gazetteer);
  const docs: ExtractedDocument[] = inputs.documents.map((source) => {
    const extraction = extractDocument(source.text, context, { documentDate: source.entry.date.value, scopeLocationId: source.entry.scope.value });
    log(`${source.entry.file}: ${extraction.measures.length} measures, ${extraction.figures.length} figures, ${extraction.mentions.length} mentions`);
    return { source, extraction };
  });
  for (const line of candidateReport(docs.map((d) => d.extraction.candidates))) log(line);
  const tmp = buildTempPath(dbPath);
  removeStaleTempFiles(dbPath);
  const db = openTarget(dbPath, tmp);
  try {
    let summary: Omit<BuildSummary, 'dbPath'>;
    try {
      migrate(db, { migrationsFolder: migrationsDir });
      const version = loadDatabase(db, inputs, docs, {
        inputHash: buildHash(inputs.inputHash), builtAt: builtAt.toISOString(), previous: readHistory(dbPath),
        onChanges: (c) => log(`changes since the previous build: ${c.created} created, ${c.modified} modified, ${c.deleted} deleted`),
      });
      const counts = Object.fromEntries(COUNTED.map((table) => [table, db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number]));
      summary = { version, counts };
      db.$client.pragma('optimize');
      db.$client.exec('VACUUM');
    } finally {
      db.$client.close();
    }
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, dbPath);
    return { ...summary, dbPath };
  } catch (e) {
    removeTempFile(tmp);
    throw e;
  }
}
