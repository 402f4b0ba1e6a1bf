/**
 * Whether a database file can be served, checked once at startup so that a missing,
 * truncated, corrupt, empty or outdated file is one clear sentence rather than a stack
 * trace from the first query.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/** The reason the file at `path` cannot be served, or undefined when it can. */
function problemOf(path: string): string | undefined {
  if (!existsSync(path)) return 'does not exist';
  if (statSync(path).size === 0) return 'is empty';
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const check = String(db.pragma('quick_check(1)', { simple: true }));
    if (check !== 'ok') return `is corrupt (${check.split('\n').filter((line) => !line.startsWith('***')).join('; ')})`;
    const applied = db.prepare('SELECT count(*) AS count, max(created_at) AS last FROM __drizzle_migrations').get() as { count: number; last: number | null };
    const expected = expectedMigrations();
    if (applied.count !== expected.count || Number(applied.last) !== expected.last) return `has another schema than this code (${applied.count} of ${expected.count} migrations): rebuild it with \`npx blauwdruk build\``;
    if (db.prepare("SELECT value FROM meta WHERE key = 'version'").get() === undefined) return 'has no dataset version: it is not a complete build';
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
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
