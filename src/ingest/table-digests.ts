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

/** One row's part of its table's digest: the row as `SELECT *` reads it (raw), hashed with the table's name. */
export const rowHash = (table: string, row: unknown[]): bigint => BigInt(`0x${createHash('sha256').update(table).update(JSON.stringify(row)).digest('hex').slice(0, 32)}`);

/** `sum` plus (or minus) the hashes of `rows`, mod 2^128. */
export function addRows(sum: bigint, table: string, rows: Iterable<unknown[]>, sign: 1n | -1n = 1n): bigint {
  for (const row of rows) sum = (sum + sign * rowHash(table, row) + DIGEST_MOD) % DIGEST_MOD;
  return sum;
}

/** The digest of a table's rows (those whose rowid is in `range`, inclusive, when given), read row by row: a table of a large corpus is not held in memory. */
export function rowsDigest(db: Db, table: HashedTable, range?: { from: number; to: number }): bigint {
  const where = range === undefined ? sql`` : sql` WHERE rowid BETWEEN ${range.from} AND ${range.to}`;
  const { stmt, params } = statement(db, sql`SELECT * FROM ${sql.identifier(table)}${where}`);
  return addRows(0n, table, stmt.raw().iterate(...params) as Iterable<unknown[]>);
}
