import { getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

type Table = Parameters<Db['insert']>[0];
interface PreparedInsert { run(values: Record<string, unknown>): unknown }
/** One prepared insert per database and table: building the statement per row was most of a warm build. */
const preparedInserts = new WeakMap<Db, Map<Table, { columns: string[]; statement: PreparedInsert }>>();

/** Inserts `rows` into `table` through the table's one prepared statement (missing columns are null). */
export function insertAll<T extends Table>(db: Db, table: T, rows: Array<T['$inferInsert']>) {
  if (rows.length === 0) return;
  const byTable = preparedInserts.get(db) ?? new Map<Table, { columns: string[]; statement: PreparedInsert }>();
  preparedInserts.set(db, byTable);
  let insert = byTable.get(table);
  if (!insert) {
    const columns = Object.keys(getTableColumns(table));
    const statement = db.insert(table).values(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as T['$inferInsert']).prepare();
    insert = { columns, statement: statement as unknown as PreparedInsert };
    byTable.set(table, insert);
  }
  for (const row of rows) insert.statement.run(Object.fromEntries(insert.columns.map((c) => [c, (row as Record<string, unknown>)[c] ?? null])));
}
