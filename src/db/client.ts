import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens the built database read-only, as the server must: data changes only through a
 * rebuild that swaps the file. Memory-mapped reads keep the hot set off the heap.
 */
export function openReadOnly(path: string): Db {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  sqlite.pragma('mmap_size = 268435456');
  sqlite.pragma('cache_size = -32000');
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
