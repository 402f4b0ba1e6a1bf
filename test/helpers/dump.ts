/**
 * What "the same database" means between a clean and an incremental build: every table's rows
 * in a total order (all columns), the build times left out. Physical layout (page order,
 * rowids, free pages) may differ: an incremental build updates a copy in place.
 */
import Database from 'better-sqlite3';

export function dumpRows(path: string): string {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const rows = tables.map((name) => {
    const order = db.prepare('SELECT count(*) FROM pragma_table_info(?)').pluck().get(name) as number;
    const by = Array.from({ length: order }, (_, i) => i + 1).join(', ');
    // Build times differ by design: meta.built_at and the history's builds.built_at.
    const select = name === 'builds' ? 'SELECT seq, version FROM builds' : `SELECT * FROM "${name}" ${name === 'meta' ? "WHERE key <> 'built_at'" : ''}`;
    return [name, db.prepare(`${select} ORDER BY ${name === 'builds' ? 'seq' : by}`).raw().all()];
  });
  db.close();
  return JSON.stringify(rows);
}
