/**
 * What indexing a build's full-text rows costs, by how they reach FTS5: the `search_rows` of a
 * built file inserted again into an empty in-memory table of the same definition, through the
 * insert trigger as a row-by-row load writes them, as one statement per row, or bare and then
 * rebuilt (as a fresh build's load does, see `prepareFreshFile` and `rebuildSearchIndex` in src/ingest/load.ts); CPU of the
 * process per variant (README, "The load's full-text index rebuilt").
 *
 *   node --import tsx bench/fts-load.ts bench-output/build-1000/blauwdruk.db   # ROUNDS (default 2)
 */
import Database from 'better-sqlite3';

const source = new Database(process.argv[2]!, { readonly: true, fileMustExist: true });
const definitionOf = (type: string, name: string) => source.prepare('SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?').pluck().get(type, name) as string;
const [table, index, trigger] = [definitionOf('table', 'search_rows'), definitionOf('table', 'search_index'), definitionOf('trigger', 'search_rows_insert')];
const rows = source.prepare('SELECT id, kind, ref, tokens, body FROM search_rows WHERE id > 0 ORDER BY id').raw().all() as unknown[][];
source.close();
process.stdout.write(`${rows.length} rows, ${(rows.reduce((sum: number, r) => sum + (r[4] as string).length, 0) / 1e6).toFixed(1)} MB of stems\n`);

interface Variant {
  name: string;
  trigger: boolean;
  before?: string;
  /** Run for each row after its insert into `search_rows`. */
  perRow?: boolean;
  after?: string;
}
const config = (key: string, value: number) => `INSERT INTO search_index (search_index, rank) VALUES ('${key}', ${value})`;
const variants: Variant[] = [
  { name: 'through the trigger (FTS5 defaults)', trigger: true },
  { name: 'through the trigger, hashsize 64 MB', trigger: true, before: config('hashsize', 64 * 2 ** 20) },
  { name: 'through the trigger, automerge 16', trigger: true, before: config('automerge', 16) },
  { name: 'through the trigger, automerge 0, then optimize', trigger: true, before: config('automerge', 0), after: "INSERT INTO search_index (search_index) VALUES ('optimize')" },
  { name: 'one statement per row, no trigger', trigger: false, perRow: true },
  { name: 'bare rows, then rebuild', trigger: false, after: "INSERT INTO search_index (search_index) VALUES ('rebuild')" },
];

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
  for (const v of variants) {
    const db = new Database(':memory:');
    db.exec(table);
    db.exec(index);
    if (v.trigger) db.exec(trigger);
    if (v.before) db.exec(v.before);
    const started = process.cpuUsage();
    db.exec('BEGIN');
    const insert = db.prepare('INSERT INTO search_rows (id, kind, ref, tokens, body) VALUES (?, ?, ?, ?, ?)');
    const indexRow = db.prepare('INSERT INTO search_index (rowid, kind, ref, body) VALUES (?, ?, ?, ?)');
    for (const r of rows) {
      insert.run(r);
      if (v.perRow) indexRow.run(r[0], r[1], r[2], r[4]);
    }
    const inserted = cpuSeconds(started);
    if (v.after) db.exec(v.after);
    db.exec('COMMIT');
    process.stdout.write(`${v.name.padEnd(50)} ${cpuSeconds(started).toFixed(2)} s CPU (${inserted.toFixed(2)} s inserting)\n`);
    db.close();
  }
}
