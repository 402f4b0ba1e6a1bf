import type { Db } from '../db/client.js';

/** Inserts `rows` into `table` in statements of 500 rows (SQLite's bound on parameters stays far off). */
export function insertAll<T extends Parameters<Db['insert']>[0]>(db: Db, table: T, rows: Array<T['$inferInsert']>) {
  for (let i = 0; i < rows.length; i += 500) db.insert(table).values(rows.slice(i, i + 500)).run();
}
