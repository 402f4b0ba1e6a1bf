import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** How a read-only connection holds the pages it reads. */
export interface PageHolding {
  /** Bytes of the file read through a memory map (0: none); mapped pages count in the process's RSS. */
  mmapBytes: number;
  /** SQLite's page cache, in KiB. */
  cacheKiB: number;
}

/** Requests: memory-mapped reads keep the hot set off the heap. */
export const SERVING: PageHolding = { mmapBytes: 256 * 1024 * 1024, cacheKiB: 32_000 };

/**
 * Streamed exports read every page of a collection once: mapped, the whole map would stay
 * resident (issue 12: RSS ≤ 300 MB while exporting every measure), and cached, they would
 * flush the requests' hot pages. Read through the OS cache into a small page cache instead.
 */
export const STREAMING: PageHolding = { mmapBytes: 0, cacheKiB: 2_000 };

/**
 * Opens the built database read-only, as the server must: data changes only through a
 * rebuild that swaps the file.
 */
export function openReadOnly(path: string, pages: PageHolding = SERVING): Db {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  sqlite.pragma(`mmap_size = ${pages.mmapBytes}`);
  sqlite.pragma(`cache_size = -${pages.cacheKiB}`);
  return drizzle(sqlite, { schema });
}

/** Opens a fresh file for a build: no journal needed, the file is renamed into place only when complete. */
export function openForBuild(path: string): Db {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = ON');
  return drizzle(sqlite, { schema });
}
