import { getTableColumns, getTableName, Param, Placeholder, sql } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import { positionalStatement } from '../queries/sql.js';
import type { Db } from '../db/client.js';

type Table = Parameters<Db['insert']>[0];

/** A table's insert: the statement drizzle writes, prepared once, and per parameter the row key it reads and the column that encodes it. */
interface PreparedInsert {
  statement: Statement;
  params: Array<{ key: string; encode: (value: unknown) => unknown }>;
}

/**
 * One prepared insert per database and table. The SQL and each parameter's encoder (JSON columns
 * stringify) come from drizzle's own insert; rows are bound positionally, since filling drizzle's
 * named placeholders row by row cost more than SQLite's insert itself on a cold build.
 */
const preparedInserts = new WeakMap<Db, Map<Table, PreparedInsert>>();

function preparedInsert(db: Db, table: Table): PreparedInsert {
  const byTable = preparedInserts.get(db) ?? new Map<Table, PreparedInsert>();
  preparedInserts.set(db, byTable);
  let insert = byTable.get(table);
  if (!insert) {
    const columns = Object.keys(getTableColumns(table));
    const builder = db.insert(table).values(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as Table['$inferInsert']);
    const query = builder.toSQL();
    const params = query.params.map((p) => {
      if (!(p instanceof Param) || !(p.value instanceof Placeholder)) throw new Error(`unexpected parameter in the insert into ${query.sql}`);
      const { encoder } = p;
      return { key: p.value.name, encode: encoder ? (value: unknown) => encoder.mapToDriverValue(value) : (value: unknown) => value };
    });
    insert = { statement: positionalStatement(db, builder.getSQL()), params };
    byTable.set(table, insert);
  }
  return insert;
}

/** A row's values as the driver binds them, in the insert's parameter order (a missing column is null). */
const encodedRow = (params: PreparedInsert['params'], row: object): unknown[] => params.map(({ key, encode }) => encode((row as Record<string, unknown>)[key] ?? null));

/** Inserts `rows` (an array, or rows streamed from elsewhere) into `table` through the table's one prepared statement (missing columns are null). */
export function insertAll<T extends Table>(db: Db, table: T, rows: Iterable<T['$inferInsert']>) {
  let insert: PreparedInsert | undefined;
  for (const row of rows) {
    // Prepared at the first row: nothing to insert prepares nothing.
    const { statement, params } = (insert ??= preparedInsert(db, table));
    statement.run(encodedRow(params, row));
  }
}

/**
 * Makes `table` hold exactly `rows`, writing only the rows that differ from those it holds, each
 * compared as stored (its columns' driver values, what {@link insertAll} binds): a copy's reference
 * tables are rewritten on every build from data that rarely changes, and deleting and inserting
 * every row cost a lookup in each child table per parent row, and the full-text index's triggers
 * their rows. A table stored without rowid holds its rows in key order whatever the history: the
 * rows gone or changed are deleted by key, the new or changed ones inserted. A rowid table is
 * updated in place when it holds the same keys (if it declares one) at the rowids a fresh insert
 * would give them (1, 2, … in `rows`' order), so its rows stay where a clean build puts them;
 * else it is written whole. Returns whether anything was written.
 */
export function replaceRows<T extends Table>(db: Db, table: T, rows: Iterable<T['$inferInsert']>): boolean {
  const { params } = preparedInsert(db, table);
  const name = getTableName(table);
  const fields = getTableColumns(table);
  const columns = params.map(({ key }) => fields[key]!.name);
  const keys = db.values<[string]>(sql`SELECT name FROM pragma_table_info(${name}) WHERE pk > 0 ORDER BY pk`).map(([c]) => c);
  const keyAt = keys.map((c) => columns.indexOf(c));
  const keyOf = (values: readonly unknown[]) => JSON.stringify(keyAt.map((i) => values[i]));
  const wanted = Array.from(rows, (row) => encodedRow(params, row));
  const withoutRowid = db.values<[number]>(sql`SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ${name}`)[0]?.[0] === 1;
  const list = sql.join(columns.map((c) => sql.identifier(c)), sql`, `);
  const stored = db.values<unknown[]>(withoutRowid ? sql`SELECT ${list} FROM ${sql.identifier(name)}` : sql`SELECT rowid, ${list} FROM ${sql.identifier(name)} ORDER BY rowid`);
  if (withoutRowid) {
    const byKey = sql.join(keys.map((c) => sql`${sql.identifier(c)} = ${sql.placeholder(c)}`), sql` AND `);
    const have = new Map(stored.map((values) => [keyOf(values), JSON.stringify(values)]));
    const want = new Map(wanted.map((values) => [keyOf(values), values]));
    const remove = stored.filter((values) => JSON.stringify(want.get(keyOf(values))) !== JSON.stringify(values));
    const add = wanted.filter((values) => have.get(keyOf(values)) !== JSON.stringify(values));
    const del = positionalStatement(db, sql`DELETE FROM ${sql.identifier(name)} WHERE ${byKey}`);
    for (const values of remove) del.run(keyAt.map((i) => values[i]));
    insertEncoded(db, table, add);
    return remove.length + add.length > 0;
  }
  const inPlace = stored.length === wanted.length && stored.every(([rowid, ...values], i) => rowid === i + 1 && keyOf(values) === keyOf(wanted[i]!));
  if (!inPlace) {
    db.run(sql`DELETE FROM ${sql.identifier(name)}`);
    insertEncoded(db, table, wanted);
    return stored.length + wanted.length > 0;
  }
  const update = positionalStatement(db, sql`UPDATE ${sql.identifier(name)} SET ${placeholderColumns(columns)} WHERE rowid = ${sql.placeholder('rowid')}`);
  let written = false;
  stored.forEach(([rowid, ...values], i) => {
    const next = wanted[i]!;
    if (JSON.stringify(values) === JSON.stringify(next)) return;
    update.run([...next, rowid]);
    written = true;
  });
  return written;
}

/** `c1 = ?, c2 = ?, …`: every column set from a positional placeholder. */
const placeholderColumns = (columns: readonly string[]) => sql.join(columns.map((c) => sql`${sql.identifier(c)} = ${sql.placeholder(c)}`), sql`, `);

/** Rows already encoded as the driver takes them (see {@link replaceRows}), inserted through the table's one prepared statement. */
function insertEncoded(db: Db, table: Table, rows: readonly unknown[][]) {
  if (rows.length === 0) return;
  const { statement } = preparedInsert(db, table);
  for (const values of rows) statement.run(values);
}
