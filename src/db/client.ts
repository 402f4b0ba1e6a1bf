import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { UnusableDatabase } from './check.js';
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

/** What identifies a file whatever its name: its device and inode. */
const identityOf = (stats: { dev: number; ino: number }) => `${stats.dev}:${stats.ino}`;

/** Which build a connection reads: its `meta` version and build time (a rebuild writes a new build time). */
const buildOf = (db: Db) => JSON.stringify(db.$client.prepare("SELECT key, value FROM meta WHERE key IN ('version', 'built_at') ORDER BY key").all());

/** The file a server serves: one descriptor and two connections, all of the same file. */
export interface ServedFile {
  /** A read-only descriptor of the file (the dump's bytes), open for as long as the connections. */
  fd: number;
  /** Requests (`SERVING`). */
  db: Db;
  /** Streamed exports (`STREAMING`). */
  exportDb: Db;
  close(): void;
}

/** How many times {@link openServed} tries while a rebuild keeps swapping the file. */
export const SERVED_OPEN_ATTEMPTS = 3;

/**
 * Opens the file at `path` for serving: a descriptor, then `check` and both connections by
 * name, then the name looked up again. A rebuild renames a new file into place, so every open
 * by name between two lookups that find the inode the descriptor holds (which no other file
 * can take while it is held) opened that inode; the connections also read the same build from
 * `meta`. A swap in between closes everything and tries again: the requests, the exports and
 * the dump never serve two versions. `open` is the connection factory (tests swap the file in it).
 */
export function openServed(path: string, { check = (_path: string) => {}, open = openReadOnly }: { check?: (path: string) => void; open?: (path: string, pages: PageHolding) => Db } = {}): ServedFile {
  for (let attempt = 1; ; attempt++) {
    const fd = openSync(path, 'r');
    const opened: Db[] = [];
    const closeAll = () => {
      for (const db of opened) db.$client.close();
      closeSync(fd);
    };
    try {
      check(path);
      const db = open(path, SERVING);
      opened.push(db);
      const exportDb = open(path, STREAMING);
      opened.push(exportDb);
      if (identityOf(statSync(path)) === identityOf(fstatSync(fd)) && buildOf(db) === buildOf(exportDb)) return { fd, db, exportDb, close: closeAll };
    } catch (e) {
      closeAll();
      throw e;
    }
    closeAll();
    if (attempt === SERVED_OPEN_ATTEMPTS) throw new UnusableDatabase(`the database ${path} was replaced while it was being opened, ${SERVED_OPEN_ATTEMPTS} times: wait for the build to finish`);
  }
}
