/**
 * The extraction cache: a document's extraction keyed by everything it depends on (its
 * text's checksum, the options the pipeline reads, the gazetteer and the pipeline's own
 * code), so a rebuild extracts only new or changed documents. A SQLite file beside the
 * database (or in memory), written through drizzle like everything else.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DocumentExtraction, DocumentOptions, DocumentSummary } from './pipeline.js';

const extractions = sqliteTable('extractions', {
  key: text('key').primaryKey(),
  extraction: text('extraction').notNull(),
  summary: text('summary').notNull(),
});

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
  extraction(key: string): DocumentExtraction;
  summary(key: string): DocumentSummary;
  close(): void;
}

/**
 * Opens (or creates) the cache at `path`, or an in-memory one for null. `pipelineHash`
 * names the extraction code and reference data; entries of other code are never read.
 */
export function openExtractionCache(path: string | null, pipelineHash: string): ExtractionCache {
  const sqlite = new Database(path ?? ':memory:');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const db: BetterSQLite3Database = drizzle(sqlite);
  db.run(sql`CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, extraction TEXT NOT NULL, summary TEXT NOT NULL)`);
  // Prepared once: a build asks the cache about every document (has, then summary or extraction), and
  // building and preparing each query anew cost more than the lookup (half a warm build's CPU at 1k documents).
  const byKey = eq(extractions.key, sql.placeholder('key'));
  const hasQuery = db.select({ key: extractions.key }).from(extractions).where(byKey).prepare();
  const extractionQuery = db.select({ extraction: extractions.extraction }).from(extractions).where(byKey).prepare();
  const summaryQuery = db.select({ summary: extractions.summary }).from(extractions).where(byKey).prepare();
  const putQuery = db.insert(extractions).values({ key: sql.placeholder('key'), extraction: sql.placeholder('extraction'), summary: sql.placeholder('summary') }).onConflictDoNothing().prepare();
  return {
    keyOf: ({ sha256, options }) => createHash('sha256').update(JSON.stringify([pipelineHash, sha256, options.documentDate, options.scopeLocationId])).digest('hex'),
    has: (key) => hasQuery.get({ key }) !== undefined,
    put: (key, extraction, summary) => {
      putQuery.run({ key, extraction, summary });
    },
    extraction: (key) => {
      const row = extractionQuery.get({ key });
      if (!row) throw new Error(`extraction cache has no entry ${key}`);
      return JSON.parse(row.extraction) as DocumentExtraction;
    },
    summary: (key) => JSON.parse(summaryQuery.get({ key })?.summary ?? 'null') as DocumentSummary,
    close: () => sqlite.close(),
  };
}
