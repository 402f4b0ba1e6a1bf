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
  const get = (key: string) => {
    const row = db.select().from(extractions).where(eq(extractions.key, key)).get();
    if (!row) throw new Error(`extraction cache has no entry ${key}`);
    return row;
  };
  return {
    keyOf: ({ sha256, options }) => createHash('sha256').update(JSON.stringify([pipelineHash, sha256, options.documentDate, options.scopeLocationId])).digest('hex'),
    has: (key) => db.select({ key: extractions.key }).from(extractions).where(eq(extractions.key, key)).get() !== undefined,
    put: (key, extraction, summary) => {
      db.insert(extractions).values({ key, extraction, summary }).onConflictDoNothing().run();
    },
    extraction: (key) => JSON.parse(get(key).extraction) as DocumentExtraction,
    summary: (key) => JSON.parse(db.select({ summary: extractions.summary }).from(extractions).where(eq(extractions.key, key)).get()?.summary ?? 'null') as DocumentSummary,
    close: () => sqlite.close(),
  };
}
