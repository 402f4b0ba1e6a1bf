/**
 * The extraction cache: a document's extraction keyed by everything it depends on (its
 * text's checksum, the options the pipeline reads, the gazetteer and the pipeline's own
 * code), so a rebuild extracts only new or changed documents. A SQLite file beside the
 * database (or in memory), written through drizzle like everything else.
 *
 * It also remembers the documents a build has read and checked (`checked_documents`): a
 * manifest entry, the identity of its file when its bytes matched the entry's checksum, and
 * the document's row key, so that a warm rebuild does not read and hash every unchanged file
 * again (at 10 000 documents that was a third of a rebuild's CPU).
 *
 * A document's summary is kept in a table of its own too (`summaries`), since every build reads
 * every document's summary: in `extractions` it is stored after the extraction (some 65 KB, on
 * overflow pages), so reading it walked the whole chain of those pages (0.37 s of a +1 build's
 * CPU at 10 000 documents, against 0.1 s from a table of summaries alone).
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { positionalStatement } from '../queries/sql.js';
import type { DocumentOptions, DocumentSummary } from './pipeline.js';
import type { IndexedExtraction } from './search-index.js';

const extractions = sqliteTable('extractions', {
  key: text('key').primaryKey(),
  extraction: text('extraction').notNull(),
  summary: text('summary').notNull(),
});

const summaries = sqliteTable('summaries', {
  key: text('key').primaryKey(),
  summary: text('summary').notNull(),
});

const checkedDocuments = sqliteTable('checked_documents', {
  entry: text('entry').primaryKey(),
  file: text('file').notNull(),
  identity: text('identity').notNull(),
  rowKey: text('row_key').notNull(),
});

/**
 * A file as the file system describes it: its path, and device, inode, size and the
 * modification and change times in nanoseconds. Any write changes the change time (which no
 * one can set back), a replaced file has another inode: the same identity is the same bytes.
 */
export interface FileIdentity {
  path: string;
  identity: string;
}

/** What an extraction depends on besides the pipeline: the text (by checksum) and the options. */
export interface CacheKeyParts {
  sha256: string;
  options: Required<DocumentOptions>;
}

export interface ExtractionCache {
  keyOf(parts: CacheKeyParts): string;
  has(key: string): boolean;
  /** Stores an extraction and its summary, each already serialised as JSON. */
  put(key: string, extraction: string, summary: string): void;
  /** The extraction as stored, with the stems of its index rows when the build computed them (extraction-task.ts). */
  extraction(key: string): IndexedExtraction;
  summary(key: string): DocumentSummary;
  /** The key under which a manifest entry's check is remembered (the entry as parsed, and the code). */
  entryKeyOf(entry: unknown): string;
  /** The row key stored when the entry's file was last checked, if the file still has the identity it had then. */
  checked(entry: string, file: FileIdentity): string | undefined;
  /** Remembers that the entry's file, with this identity, matched the entry and gave this row key. */
  putChecked(entry: string, file: FileIdentity, rowKey: string): void;
  close(): void;
}

/**
 * Opens (or creates) the cache at `path`, or for null a temporary one for this build only.
 * `pipelineHash` names the extraction code and reference data; entries of other code are never read.
 */
export function openExtractionCache(path: string | null, pipelineHash: string): ExtractionCache {
  // The temporary one is SQLite's private file (an empty name), deleted when closed: its pages
  // spill to disk past the page cache, where an in-memory database held every extraction (some
  // 50 KB a document: 5 GB at 100 000).
  const sqlite = new Database(path ?? '');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite);
  db.run(sql`CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, extraction TEXT NOT NULL, summary TEXT NOT NULL)`);
  db.run(sql`CREATE TABLE IF NOT EXISTS checked_documents (entry TEXT PRIMARY KEY, file TEXT NOT NULL, identity TEXT NOT NULL, row_key TEXT NOT NULL)`);
  addSummariesTable(db);
  // Prepared once, on the connection itself: a build asks the cache about every document (its check,
  // has, then summary or extraction). Building and preparing each query anew cost more than the lookup
  // (half a warm build's CPU at 1k documents), and drizzle's prepared queries still cost twice SQLite's
  // own lookup in mapping their rows (10 000 checks and has 0.2 s of a +1 build's main thread at 10k).
  const byKey = sql.placeholder('key');
  const hasQuery = positionalStatement(db, sql`SELECT 1 FROM ${extractions} WHERE ${extractions.key} = ${byKey}`).pluck();
  const extractionQuery = positionalStatement(db, sql`SELECT ${extractions.extraction} FROM ${extractions} WHERE ${extractions.key} = ${byKey}`).pluck();
  const summaryQuery = positionalStatement(db, sql`SELECT ${summaries.summary} FROM ${summaries} WHERE ${summaries.key} = ${byKey}`).pluck();
  const checkedQuery = positionalStatement(db, sql`SELECT ${checkedDocuments.file}, ${checkedDocuments.identity}, ${checkedDocuments.rowKey} FROM ${checkedDocuments} WHERE ${checkedDocuments.entry} = ${sql.placeholder('entry')}`).raw();
  const putCheckedQuery = db.insert(checkedDocuments).values({ entry: sql.placeholder('entry'), file: sql.placeholder('file'), identity: sql.placeholder('identity'), rowKey: sql.placeholder('rowKey') })
    .onConflictDoUpdate({ target: checkedDocuments.entry, set: { file: sql`excluded.file`, identity: sql`excluded.identity`, rowKey: sql`excluded.row_key` } }).prepare();
  const putQuery = db.insert(extractions).values({ key: sql.placeholder('key'), extraction: sql.placeholder('extraction'), summary: sql.placeholder('summary') }).onConflictDoNothing().prepare();
  const putSummaryQuery = db.insert(summaries).values({ key: sql.placeholder('key'), summary: sql.placeholder('summary') }).onConflictDoNothing().prepare();
  return {
    keyOf: ({ sha256, options }) => createHash('sha256').update(JSON.stringify([pipelineHash, sha256, options.documentDate, options.scopeLocationId])).digest('hex'),
    has: (key) => hasQuery.get(key) !== undefined,
    put: (key, extraction, summary) => {
      putQuery.run({ key, extraction, summary });
      putSummaryQuery.run({ key, summary });
    },
    extraction: (key) => {
      const extraction = extractionQuery.get(key) as string | undefined;
      if (extraction === undefined) throw new Error(`extraction cache has no entry ${key}`);
      return JSON.parse(extraction) as IndexedExtraction;
    },
    summary: (key) => JSON.parse((summaryQuery.get(key) as string | undefined) ?? 'null') as DocumentSummary,
    entryKeyOf: (entry) => createHash('sha256').update(pipelineHash).update(JSON.stringify(entry)).digest('hex'),
    checked: (entry, file) => {
      const row = checkedQuery.get(entry) as [file: string, identity: string, rowKey: string] | undefined;
      return row && row[0] === file.path && row[1] === file.identity ? row[2] : undefined;
    },
    putChecked: (entry, file, rowKey) => {
      putCheckedQuery.run({ entry, file: file.path, identity: file.identity, rowKey });
    },
    close: () => sqlite.close(),
  };
}

/**
 * Creates the table of summaries (see the module's comment) in a cache that has none, filled from
 * its extractions: a cache written before the table was made has every summary in `extractions`
 * only, read once here.
 */
function addSummariesTable(db: BetterSQLite3Database) {
  if (db.values(sql`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'summaries'`).length > 0) return;
  db.transaction((tx) => {
    tx.run(sql`CREATE TABLE summaries (key TEXT PRIMARY KEY, summary TEXT NOT NULL) WITHOUT ROWID`);
    tx.run(sql`INSERT INTO summaries (key, summary) SELECT key, summary FROM extractions`);
  });
}
