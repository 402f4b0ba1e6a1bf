/**
 * The digest of a table's rows, from which the dataset version is made (see `TableDigests` in
 * load.ts): the sum (mod 2^128) of its rows' sha256 (first 128 bits), so that it does not depend
 * on row order, follows a change by subtracting the rows deleted and adding those inserted, and
 * can be computed in parts (rowid ranges) on several threads and added up.
 */
import { hash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { statement } from '../queries/sql.js';

/** Tables the version covers, in the order it reads their digests. */
export const HASHED_TABLES = ['locations', 'location_ancestors', 'actors', 'actor_areas', 'memberships', 'themes', 'programmes', 'programme_locations', 'documents', 'measures', 'series', 'figures', 'mentions', 'candidates', 'measure_actors', 'measure_locations', 'measure_themes', 'measure_similarities'] as const;
export type HashedTable = (typeof HASHED_TABLES)[number];

export const DIGEST_MOD = 1n << 128n;

/**
 * The sha256 of a row as `SELECT *` reads it (raw), with the table's name before it: its first 128
 * bits, big-endian, are the row's part of its table's digest. One call, not a hash object per row.
 */
const rowSha256 = (table: string, row: unknown[]): Buffer => hash('sha256', table + JSON.stringify(row), 'buffer');

/** Rows a {@link HashSum}'s limbs take before they are carried: 2^20 sums of 32-bit words stay below 2^53, exact in a double. */
const ROWS_PER_CARRY = 1 << 20;

/**
 * The sum mod 2^128 of the first 128 bits (big-endian) of hashes, added as four 32-bit words in
 * plain numbers and carried into a bigint every {@link ROWS_PER_CARRY} hashes: the same value as
 * adding each as a bigint and reducing, which cost a third of the table digests' CPU (a bigint
 * parsed from hex, a sum and a remainder per row, each a new bigint).
 */
export class HashSum {
  #words = [0, 0, 0, 0];
  #rows = 0;
  #carried = 0n;

  add(sha256: Buffer) {
    const words = this.#words;
    for (let i = 0; i < 4; i++) words[i]! += sha256.readUInt32BE(4 * i);
    if (++this.#rows === ROWS_PER_CARRY) this.#carry();
  }

  #carry() {
    const words = this.#words;
    this.#carried = (this.#carried + (BigInt(words[0]!) << 96n) + (BigInt(words[1]!) << 64n) + (BigInt(words[2]!) << 32n) + BigInt(words[3]!)) % DIGEST_MOD;
    this.#words = [0, 0, 0, 0];
    this.#rows = 0;
  }

  value(): bigint {
    this.#carry();
    return this.#carried;
  }
}

/**
 * Hashed tables stored as their primary key (`WITHOUT ROWID`, migrations 0014 and 0015), which
 * have no rowid to cut them into parts by: a measure's link rows are cut by their measure's rowid
 * (`measure_id`), the reference data's and `series` (a few thousand rows) are read whole.
 */
export const PARTS_WITHOUT_ROWID: Partial<Record<HashedTable, 'measure' | 'whole'>> = {
  location_ancestors: 'whole',
  programme_locations: 'whole',
  measure_actors: 'measure',
  measure_locations: 'measure',
  measure_themes: 'measure',
  measure_similarities: 'measure',
  series: 'whole',
};

/** The rows of `table` in one part of it: a range of its rowids, or of its measures' rowids for a table without rowid; the whole table when no range is given. */
function partCondition(table: HashedTable, range?: { from: number; to: number }) {
  if (range === undefined) return sql``;
  return PARTS_WITHOUT_ROWID[table] === 'measure'
    ? sql` WHERE measure_id IN (SELECT id FROM measures WHERE rowid BETWEEN ${range.from} AND ${range.to})`
    : sql` WHERE rowid BETWEEN ${range.from} AND ${range.to}`;
}

/** `sum` plus (or minus) the hashes of `rows`, mod 2^128. */
export function addRows(sum: bigint, table: string, rows: Iterable<unknown[]>, sign: 1n | -1n = 1n): bigint {
  const added = new HashSum();
  for (const row of rows) added.add(rowSha256(table, row));
  return (sum + sign * added.value() + DIGEST_MOD) % DIGEST_MOD;
}

/** The digest of a table's rows (those of the part `range` names, inclusive, when given: see {@link partCondition}), read row by row: a table of a large corpus is not held in memory. */
export function rowsDigest(db: Db, table: HashedTable, range?: { from: number; to: number }): bigint {
  const { stmt, params } = statement(db, sql`SELECT * FROM ${sql.identifier(table)}${partCondition(table, range)}`);
  return addRows(0n, table, stmt.raw().iterate(...params) as Iterable<unknown[]>);
}
