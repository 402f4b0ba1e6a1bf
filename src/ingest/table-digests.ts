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

/** `sum` plus (or minus) the hashes of `rows`, mod 2^128. */
export function addRows(sum: bigint, table: string, rows: Iterable<unknown[]>, sign: 1n | -1n = 1n): bigint {
  const added = new HashSum();
  for (const row of rows) added.add(rowSha256(table, row));
  return (sum + sign * added.value() + DIGEST_MOD) % DIGEST_MOD;
}

/** The digest of a table's rows (those whose rowid is in `range`, inclusive, when given), read row by row: a table of a large corpus is not held in memory. */
export function rowsDigest(db: Db, table: HashedTable, range?: { from: number; to: number }): bigint {
  const where = range === undefined ? sql`` : sql` WHERE rowid BETWEEN ${range.from} AND ${range.to}`;
  const { stmt, params } = statement(db, sql`SELECT * FROM ${sql.identifier(table)}${where}`);
  return addRows(0n, table, stmt.raw().iterate(...params) as Iterable<unknown[]>);
}
