/**
 * A fresh file's digests: every hashed table's (the dataset version, see table-digests.ts) and
 * every record's history digest (history.ts), which read every row of the corpus once more
 * after it is loaded (at 10k documents a third of the main thread's CPU). They are cut into
 * tasks that read the file and return what the build writes: worker threads run them on
 * connections of their own once the contents are committed (load.ts, `streamDatabase`), or the
 * build's connection runs them one after another. The same tasks and results either way.
 */
import { sql } from 'drizzle-orm';
import { openReadOnly, type Db } from '../db/client.js';
import { historyCollections, type HistoryCollection } from '../queries/collections.js';
import { digestRecords, HISTORY_PAGING, idPages } from './history.js';
import { HASHED_TABLES, PARTS_WITHOUT_ROWID, rowsDigest, type HashedTable } from './table-digests.js';
import { runWindowed } from './windowed.js';

/** Some records of a collection, by id, or a table's rows in a rowid range (inclusive; see table-digests.ts `rowsDigest`), or all of them. */
export type DigestTask = { kind: 'records'; collection: HistoryCollection; ids: string[] } | { kind: 'rows'; table: HashedTable; range?: { from: number; to: number } };

/** What a task gives: the records' `[id, digest]`, or the digest of the rows (hexadecimal). */
export type DigestResult = Array<[id: string, digest: string]> | string;

/** Runs tasks elsewhere (worker threads), each result when it is ready. */
export type DigestRunner = (task: DigestTask) => Promise<DigestResult>;

/** How much one task reads: records (several of history's pages, so that handing a task over costs little against its work) and rowids of a table. */
export interface DigestTaskSize {
  records: number;
  rows: number;
}
export const DIGEST_TASK_SIZE: DigestTaskSize = { records: 4 * HISTORY_PAGING.ids, rows: 50_000 };

export function runDigestTask(db: Db, task: DigestTask): DigestResult {
  return task.kind === 'records' ? digestRecords(db, task.collection, task.ids) : rowsDigest(db, task.table, task.range).toString(16);
}

/** Every task of a file: {@link rowDigestTasks}, then {@link recordDigestTasks}. */
export function* digestTasks(db: Db, size: DigestTaskSize = DIGEST_TASK_SIZE): Generator<DigestTask> {
  yield * rowDigestTasks(db, size);
  yield * recordDigestTasks(db, size);
}

/**
 * The tasks of the table digests: each hashed table in rowid ranges (a table without rowids in its
 * measures' ranges, or whole: `PARTS_WITHOUT_ROWID`). They read the tables' own rows only (not
 * `stored_counts`, which records read).
 */
export function* rowDigestTasks(db: Db, size: DigestTaskSize = DIGEST_TASK_SIZE, tables: readonly HashedTable[] = HASHED_TABLES): Generator<DigestTask> {
  for (const table of tables) {
    const parts = PARTS_WITHOUT_ROWID[table];
    if (parts === 'whole') {
      yield { kind: 'rows', table };
      continue;
    }
    const [min, max] = db.values<[number | null, number | null]>(sql`SELECT min(rowid), max(rowid) FROM ${sql.identifier(parts === 'measure' ? 'measures' : table)}`)[0]!;
    if (min === null || max === null) continue;
    for (let from = min; from <= max; from += size.rows) yield { kind: 'rows', table, range: { from, to: Math.min(max, from + size.rows - 1) } };
  }
}

/** The tasks of the records' history digests: each history collection in pages of ids (read from `db` as the tasks are taken). */
export function* recordDigestTasks(db: Db, size: DigestTaskSize = DIGEST_TASK_SIZE, collections: readonly HistoryCollection[] = historyCollections): Generator<DigestTask> {
  for (const collection of collections) for (const ids of idPages(db, collection, size.records)) yield { kind: 'records', collection, ids };
}

/** `tasks` dealt into `n` lists in turn (each list about as long and, tables being cut into equal ranges, about as costly as the others). */
export const dealt = <T>(tasks: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.min(n, tasks.length) }, (_, i) => tasks.filter((_, j) => j % n === i));

/** Runs every task of `tasks` through `run`, at most `window` at a time, handing each result to `apply` as it comes (in any order: digests add up, and records go into a keyed table). */
export const runDigestTasks = (tasks: Iterable<DigestTask>, run: DigestRunner, apply: (task: DigestTask, result: DigestResult) => void, window: number): Promise<void> =>
  runWindowed(tasks, run, apply, window);

/** Runs lists of tasks elsewhere (worker threads), each list's results in its order: a list goes on while the caller's thread is blocked (in SQLite), where single tasks would wait for it to hand out the next. */
export type DigestListRunner = (tasks: DigestTask[]) => Promise<DigestResult[]>;

/** A worker thread's side: the committed file at `path` opened read-only once, its tasks run on that connection. */
export function digestSource(path: string) {
  // No memory map (every page is read once); a modest cache for the records' related rows.
  const db = openReadOnly(path, { mmapBytes: 0, cacheKiB: 16_000 });
  return { path, run: (task: DigestTask) => runDigestTask(db, task), close: () => db.$client.close() };
}
