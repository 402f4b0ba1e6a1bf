/**
 * The digest of a table's rows, from which the dataset version is made (see `TableDigests` in
 * load.ts): the sum (mod 2^128) of its rows' sha256 (first 128 bits), so that it does not depend
 * on row order, follows a change by subtracting the rows deleted and adding those inserted, and
 * can be computed in parts (rowid ranges) on several threads and added up.
 */
import { hash } from 'node:crypto';
import Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
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

/** The rows of `table` in one part of it: a range of its rowids, or of its measures' rowids for a table without rowid; every row when no range is given. */
function partCondition(table: HashedTable, range?: { from: number; to: number }): SQL {
  if (range === undefined) return sql`1`;
  return PARTS_WITHOUT_ROWID[table] === 'measure'
    ? sql`measure_id IN (SELECT id FROM measures WHERE rowid BETWEEN ${range.from} AND ${range.to})`
    : sql`rowid BETWEEN ${range.from} AND ${range.to}`;
}

/** `sum` plus (or minus) the hashes of `rows`, mod 2^128. */
export function addRows(sum: bigint, table: string, rows: Iterable<unknown[]>, sign: 1n | -1n = 1n): bigint {
  const added = new HashSum();
  for (const row of rows) added.add(rowSha256(table, row));
  return (sum + sign * added.value() + DIGEST_MOD) % DIGEST_MOD;
}

/** The largest integer a JavaScript number holds exactly: a larger one is printed by `JSON.stringify` rounded (2^60 as 1152921504606847000). */
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

/**
 * A table's rows as SQLite's `json_array` writes them, where that is the text `JSON.stringify`
 * writes of the row as `SELECT *` reads it (`json`), and the condition under which it is (`same`).
 * Reading one text per row costs about half of reading every value into JavaScript and
 * stringifying it there (the table digests were most of a fresh file's digest pass). The two
 * writers agree on text and NULL, and on integers up to {@link SAFE_INTEGER}; not on REAL
 * values (SQLite writes 5.0 as `5.0`, and 17 digits where JavaScript writes the fewest that
 * read back), so a REAL is written here as an integer when it is one below 10^15, else as
 * `printf('%.15g')` when that reads back as the same number between 10^-4 and 10^15 (plain
 * notation in both; a 15-digit decimal that reads back is the only one, so JavaScript's fewest
 * digits are those): any other row (`same` false) is stringified in JavaScript. Undefined when a
 * column is declared with a type other than TEXT, INTEGER or REAL (none is: the schema's).
 */
function jsonRows(db: Db, table: string): { json: SQL; same: SQL } | undefined {
  const columns = db.values<[string, string]>(sql`SELECT name, upper(type) FROM pragma_table_info(${table}) ORDER BY cid`);
  const values: SQL[] = [];
  const conditions: SQL[] = [];
  for (const [name, type] of columns) {
    const c = sql.identifier(name);
    if (type === 'TEXT') values.push(sql`${c}`);
    else if (type === 'INTEGER') {
      values.push(sql`${c}`);
      conditions.push(sql`(typeof(${c}) <> 'real' AND coalesce(${c}, 0) BETWEEN ${sql.raw(String(-SAFE_INTEGER))} AND ${sql.raw(String(SAFE_INTEGER))})`);
    } else if (type === 'REAL') {
      const whole = sql`(${c} = CAST(${c} AS INTEGER) AND abs(${c}) < 1e15)`;
      values.push(sql`CASE WHEN typeof(${c}) <> 'real' THEN ${c} WHEN ${whole} THEN CAST(${c} AS INTEGER) ELSE json(printf('%.15g', ${c})) END`);
      conditions.push(sql`(typeof(${c}) <> 'real' OR ${whole} OR (abs(${c}) >= 1e-4 AND abs(${c}) < 1e15 AND CAST(printf('%.15g', ${c}) AS REAL) = ${c}))`);
    } else return undefined;
  }
  return { json: sql`json_array(${sql.join(values, sql`, `)})`, same: conditions.length === 0 ? sql`1` : sql.join(conditions, sql` AND `) };
}

/** The digest of the rows `where` selects of `table`, each row's JSON written by SQLite where it writes it as JavaScript does (see {@link jsonRows}), the others read and stringified here. */
function jsonRowsDigest(db: Db, table: HashedTable, where: SQL, json: { json: SQL; same: SQL }): bigint {
  const sum = new HashSum();
  let others = 0;
  const written = statement(db, sql`SELECT CASE WHEN ${json.same} THEN ${json.json} END FROM ${sql.identifier(table)} WHERE ${where}`);
  for (const text of written.stmt.pluck(true).iterate(...written.params) as Iterable<string | null>) {
    if (text === null) others++;
    else sum.add(hash('sha256', table + text, 'buffer'));
  }
  const digest = sum.value();
  if (others === 0) return digest;
  const read = statement(db, sql`SELECT * FROM ${sql.identifier(table)} WHERE (${where}) AND NOT (${json.same})`);
  return addRows(digest, table, read.stmt.pluck(false).raw(true).iterate(...read.params) as Iterable<unknown[]>);
}

/** The digest of a table's rows (those of the part `range` names, inclusive, when given: see {@link partCondition}), read row by row: a table of a large corpus is not held in memory. */
export function rowsDigest(db: Db, table: HashedTable, range?: { from: number; to: number }): bigint {
  const where = partCondition(table, range);
  const json = jsonRows(db, table);
  if (json !== undefined) {
    try {
      return jsonRowsDigest(db, table, where, json);
    } catch (e) {
      // A BLOB, which json_array refuses (the schema declares none, and the build binds none): the rows are read here.
      if (!(e instanceof Database.SqliteError)) throw e;
    }
  }
  const { stmt, params } = statement(db, sql`SELECT * FROM ${sql.identifier(table)} WHERE ${where}`);
  return addRows(0n, table, stmt.raw(true).iterate(...params) as Iterable<unknown[]>);
}
