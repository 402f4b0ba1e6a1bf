/**
 * The digest of a table's rows, from which the dataset version is made (see `TableDigests` in
 * load.ts): the sum (mod 2^128) of its rows' sha256 (first 128 bits), so that it does not depend
 * on row order, follows a change by subtracting the rows deleted and adding those inserted, and
 * can be computed in parts (rowid ranges) on several threads and added up.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { statement } from '../queries/sql.js';

/** Tables the version covers, in the order it reads their digests. */
export const HASHED_TABLES = ['locations', 'location_ancestors', 'actors', 'actor_areas', 'memberships', 'themes', 'programmes', 'programme_locations', 'documents', 'measures', 'series', 'figures', 'mentions', 'candidates', 'measure_actors', 'measure_locations', 'measure_themes', 'measure_similarities'] as const;
export type HashedTable = (typeof HASHED_TABLES)[number];

export const DIGEST_MOD = 1n << 128n;

/**
 * Hashed tables stored as their primary key (`WITHOUT ROWID`, migration 0014), which have no
 * rowid to cut them into parts by: a measure's link rows are cut by their measure's rowid
 * (`measure_id`), the reference data's (a few thousand rows) are read whole.
 */
export const PARTS_WITHOUT_ROWID: Partial<Record<HashedTable, 'measure' | 'whole'>> = {
  location_ancestors: 'whole',
  programme_locations: 'whole',
  measure_actors: 'measure',
  measure_locations: 'measure',
  measure_themes: 'measure',
  measure_similarities: 'measure',
};

/** The rows of `table` in one part of it: a range of its rowids, or of its measures' rowids for a table without rowid; the whole table when no range is given. */
function partCondition(table: HashedTable, range?: { from: number; to: number }) {
  if (range === undefined) return sql``;
  return PARTS_WITHOUT_ROWID[table] === 'measure'
    ? sql` WHERE measure_id IN (SELECT id FROM measures WHERE rowid BETWEEN ${range.from} AND ${range.to})`
    : sql` WHERE rowid BETWEEN ${range.from} AND ${range.to}`;
}

/** One row's part of its table's digest: the row as `SELECT *` reads it (raw), hashed with the table's name. */
export const rowHash = (table: string, row: unknown[]): bigint => BigInt(`0x${createHash('sha256').update(table).update(JSON.stringify(row)).digest('hex').slice(0, 32)}`);

/** `sum` plus (or minus) the hashes of `rows`, mod 2^128. */
export function addRows(sum: bigint, table: string, rows: Iterable<unknown[]>, sign: 1n | -1n = 1n): bigint {
  for (const row of rows) sum = (sum + sign * rowHash(table, row) + DIGEST_MOD) % DIGEST_MOD;
  return sum;
}

/** The digest of a table's rows (those of the part `range` names, inclusive, when given: see {@link partCondition}), read row by row: a table of a large corpus is not held in memory. */
export function rowsDigest(db: Db, table: HashedTable, range?: { from: number; to: number }): bigint {
  const { stmt, params } = statement(db, sql`SELECT * FROM ${sql.identifier(table)}${partCondition(table, range)}`);
  return addRows(0n, table, stmt.raw().iterate(...params) as Iterable<unknown[]>);
}
