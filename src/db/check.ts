/**
 * Whether a database file can be served, checked once at startup so that a missing,
 * truncated, corrupt, empty or outdated file is one clear sentence rather than a stack
 * trace from the first query.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrationsDir } from '../paths.js';

/** A database that cannot be served; the message is one sentence naming the file. */
export class UnusableDatabase extends Error {
  override readonly name = 'UnusableDatabase';
}

/** The migrations this code expects, from drizzle-kit's journal: their count and the time of the last. */
function expectedMigrations(): { count: number; last: number } {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ when: number }> };
  return { count: journal.entries.length, last: journal.entries.at(-1)?.when ?? 0 };
}

/** The SQLite file header (https://www.sqlite.org/fileformat.html#the_database_header). */
const HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\0';

/**
 * What the header of the file says is wrong with it: not SQLite, or shorter than the pages
 * it declares (a truncated copy). The declared size is trusted only when the header's
 * "version valid for" equals its change counter, as SQLite itself does.
 */
function headerProblem(path: string, size: number): string | undefined {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== MAGIC) return 'is not a SQLite database';
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = header.readUInt32BE(28);
  if (pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92) && size < pages * pageSize) {
    return `is truncated (${size} bytes of the ${pages * pageSize} its header declares)`;
  }
  return undefined;
}

/**
 * Checks whose cost does not grow with the data, so a server on a national corpus (GBs)
 * starts in a moment: the header (magic, declared size against the file's), the schema,
 * a full quick_check of the small bookkeeping tables, and the first row of every table
 * (each table b-tree's root and leftmost path). A whole-file `quick_check` reads every
 * page: 3 s on the 134 MB database of 1 000 documents, minutes at 100 000. Damage deeper
 * in a file that passes these checks is reported by SQLite on the request that reads it.
 */
function problemOf(path: string): string | undefined {
  if (!existsSync(path)) return 'does not exist';
  const size = statSync(path).size;
  if (size === 0) return 'is empty';
  let db: Database.Database | undefined;
  try {
    const header = size < HEADER_BYTES ? 'is not a SQLite database' : headerProblem(path, size);
    if (header !== undefined) return header;
    db = new Database(path, { readonly: true, fileMustExist: true });
    for (const table of ['__drizzle_migrations', 'meta']) {
      const check = String(db.pragma(`quick_check(${table})`, { simple: true }));
      if (check !== 'ok') return `is corrupt (${check.split('\n').filter((line) => !line.startsWith('***')).join('; ')})`;
    }
    const applied = db.prepare('SELECT count(*) AS count, max(created_at) AS last FROM __drizzle_migrations').get() as { count: number; last: number | null };
    const expected = expectedMigrations();
    if (applied.count !== expected.count || Number(applied.last) !== expected.last) return `has another schema than this code (${applied.count} of ${expected.count} migrations): rebuild it with \`npx blauwdruk build\``;
    if (db.prepare("SELECT value FROM meta WHERE key = 'version'").get() === undefined) return 'has no dataset version: it is not a complete build';
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    for (const table of tables) db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}" LIMIT 1`).all();
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    if (/malformed|corrupt/i.test(message)) return `is corrupt (${message})`;
    return /no such table/.test(message) ? `is not a blauwdruk database (${message})` : `cannot be read (${message})`;
  } finally {
    db?.close();
  }
}

/** Throws {@link UnusableDatabase} unless the file at `path` is a complete database of this code's schema. */
export function assertServable(path: string): void {
  const problem = problemOf(path);
  if (problem !== undefined) throw new UnusableDatabase(`the database ${path} ${problem}`);
}
