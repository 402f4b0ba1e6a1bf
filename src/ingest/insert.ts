import { getTableColumns, Param, Placeholder, sql } from 'drizzle-orm';
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

/** Inserts `rows` (an array, or rows streamed from elsewhere) into `table` through the table's one prepared statement (missing columns are null). */
export function insertAll<T extends Table>(db: Db, table: T, rows: Iterable<T['$inferInsert']>) {
  let insert: PreparedInsert | undefined;
  for (const row of rows) {
    // Prepared at the first row: nothing to insert prepares nothing.
    const { statement, params } = (insert ??= preparedInsert(db, table));
    statement.run(params.map(({ key, encode }) => encode((row as Record<string, unknown>)[key] ?? null)));
  }
}
