/**
 * A fresh file's stored counts (src/queries/store-counts.ts) computed on a worker thread from the
 * committed contents, while the other threads compute the table digests: on the build's own
 * connection they were a step of their own after the load, with every other core idle (20.7 s at
 * 10k documents). The worker writes nothing to the file: its connection is read-only, and the two
 * tables the computation writes (`stored_counts` and its `meta` row) are temporary tables of the
 * same definition, which unqualified names find first. The build writes the rows it returns, in
 * their order, so the file holds the rows (and rowids) the build's own connection would have written.
 */
import Database from 'better-sqlite3';
import { asc, getTableName, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../db/schema.js';
import { writeStoredCounts } from '../queries/store-counts.js';

/** The rows of `stored_counts` in the order written, and the `meta` row describing them. */
export interface StoredCountsRows {
  rows: Array<typeof schema.storedCounts.$inferSelect>;
  meta: Array<typeof schema.meta.$inferSelect>;
}

/** The stored counts of the committed file at `path` (sets of at most `minimum` records left to be counted live; default STORED_COUNTS_MINIMUM). */
export function storedCountsOf(path: string, minimum?: number): StoredCountsRows {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const db = drizzle(sqlite, { schema });
    for (const table of [schema.storedCounts, schema.meta]) {
      const name = getTableName(table);
      const definition = db.values<[string]>(sql`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ${name}`)[0]?.[0];
      if (definition === undefined) throw new Error(`the file has no table ${name}`);
      db.run(sql.raw(definition.replace(/^CREATE TABLE\s+\S+/i, `CREATE TEMP TABLE ${name}`)));
    }
    writeStoredCounts(db, minimum);
    return {
      rows: db.select().from(schema.storedCounts).orderBy(asc(sql`rowid`)).all(),
      meta: db.select().from(schema.meta).all(),
    };
  } finally {
    sqlite.close();
  }
}
