/**
 * What "the same database" means between a clean and an incremental build: every table's rows
 * in a total order (all columns), the build times left out. Physical layout (page order,
 * rowids, free pages) may differ: an incremental build updates a copy in place.
 */
import Database from 'better-sqlite3';

/**
 * The columns compared: all, but the id of `search_rows`, which is the full-text index's rowid:
 * the order the rows were inserted in (a changed document's rows are inserted again after the
 * others), as the index's own rowids were before the rows had a table of their own.
 */
const columnsOf = (table: string) => (table === 'search_rows' ? 'kind, ref, tokens, body' : '*');

export function dumpRows(path: string): string {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const rows = tables.map((name) => {
    // Build times differ by design: meta.built_at and the history's builds.built_at.
    const select = name === 'builds' ? 'SELECT seq, version FROM builds' : `SELECT ${columnsOf(name)} FROM "${name}" ${name === 'meta' ? "WHERE key <> 'built_at'" : ''}`;
    const by = Array.from({ length: db.prepare(select).columns().length }, (_, i) => i + 1).join(', ');
    return [name, db.prepare(`${select} ORDER BY ${name === 'builds' ? 'seq' : by}`).raw().all()];
  });
  db.close();
  return JSON.stringify(rows);
}

/** A table whose rows differ between two files in storage order: its row counts and where they first differ. */
export interface StorageDiff {
  table: string;
  rows: [number, number];
  /** The position (0-based, in storage order) of the first row that differs. */
  firstDifference: number;
}

/** The tables of a file as stored (the full-text index's shadow tables included, virtual tables left out), with whether each has a rowid. */
function storedTables(db: Database.Database): Array<{ name: string; withoutRowid: boolean }> {
  // `pragma_table_list` calls the full-text index's tables 'shadow', not 'table'.
  const tables = db.prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT IN ('sqlite_schema', 'sqlite_temp_schema') ORDER BY name").raw().all() as Array<[string, number]>;
  return tables.map(([name, wr]) => ({ name, withoutRowid: wr === 1 }));
}

/**
 * The tables whose rows differ between two files in storage order: each table's rows with their
 * rowid in rowid order (a WITHOUT ROWID table: in primary-key order), the full-text index's
 * segments, page index and document sizes included, build times too. Stronger than
 * {@link dumpRows} (same rows as sets): the same rows at the same rowids, and the same full-text
 * segments, is what makes `VACUUM INTO` of both files the same bytes.
 */
export function storageOrderDiff(pathA: string, pathB: string): StorageDiff[] {
  const [a, b] = [pathA, pathB].map((p) => new Database(p, { readonly: true }));
  try {
    const names = [...new Set([...storedTables(a!), ...storedTables(b!)].map((t) => t.name))].sort();
    const rowsOf = (db: Database.Database, name: string) => {
      const table = storedTables(db).find((t) => t.name === name);
      if (!table) return [];
      return db.prepare(table.withoutRowid ? `SELECT * FROM "${name}"` : `SELECT rowid, * FROM "${name}" ORDER BY rowid`).raw().all().map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    };
    return names.flatMap((name) => {
      const [x, y] = [rowsOf(a!, name), rowsOf(b!, name)];
      let i = 0;
      while (i < x.length && i < y.length && x[i] === y[i]) i++;
      return i === x.length && i === y.length ? [] : [{ table: name, rows: [x.length, y.length] as [number, number], firstDifference: i }];
    });
  } finally {
    a!.close();
    b!.close();
  }
}
