/**
 * Where a database file's bytes are: per table and per index, its pages and their bytes, as
 * SQLite's `dbstat` virtual table counts them (the b-tree pages and overflow pages of each
 * object; `payload` is the bytes of the records in them, the rest is headers, cell pointers
 * and free space in the pages). Largest first, with the share of the file; the free list last.
 *
 *   node --import tsx bench/db-size.ts DB [--markdown]
 *   node --import tsx bench/db-size.ts BEFORE AFTER   # a markdown table of the objects whose bytes differ, and the totals
 *
 * Opens the files read-only.
 */
import Database from 'better-sqlite3';

/** One object's pages, as `dbstat` sums them. */
export interface ObjectSize {
  name: string;
  /** The table an index belongs to (itself for a table). */
  table: string;
  type: 'table' | 'index' | 'other';
  pages: number;
  bytes: number;
  payload: number;
  rows: number;
}

/** Every object of the file with its pages and bytes, largest first. */
export function objectSizes(db: Database.Database): ObjectSize[] {
  return db
    .prepare(
      `SELECT s.name AS name, coalesce(m.tbl_name, s.name) AS "table", coalesce(m.type, 'other') AS type,
              count(*) AS pages, sum(s.pgsize) AS bytes, sum(s.payload) AS payload,
              sum(CASE WHEN s.pagetype = 'leaf' OR ((m.type = 'index' OR m.sql LIKE '%WITHOUT ROWID%') AND s.pagetype = 'internal') THEN s.ncell ELSE 0 END) AS rows
       FROM dbstat s LEFT JOIN sqlite_schema m ON m.name = s.name
       GROUP BY s.name ORDER BY bytes DESC, s.name`,
    )
    .all() as ObjectSize[];
}

/** A file's page size, pages, free pages and objects. */
function fileSizes(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return { pageSize, pageCount: db.pragma('page_count', { simple: true }) as number, freelist: db.pragma('freelist_count', { simple: true }) as number, objects: objectSizes(db) };
  } finally {
    db.close();
  }
}

/** The objects whose bytes differ between two files (gone: 0), largest change first, as a markdown table with the totals. */
function compare(before: string, after: string): string {
  const [old, now] = [fileSizes(before), fileSizes(after)];
  const bytes = (f: typeof old) => new Map(f.objects.map((o) => [o.name, o.bytes]));
  const [a, b] = [bytes(old), bytes(now)];
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const names = [...new Set([...a.keys(), ...b.keys()])].filter((n) => a.get(n) !== b.get(n));
  names.sort((x, y) => (b.get(x) ?? 0) - (a.get(x) ?? 0) - ((b.get(y) ?? 0) - (a.get(y) ?? 0)));
  const rows = names.map((n) => `| ${n} | ${mb(a.get(n) ?? 0)} | ${mb(b.get(n) ?? 0)} | ${mb((b.get(n) ?? 0) - (a.get(n) ?? 0))} |`);
  const total = (f: typeof old) => f.pageSize * f.pageCount;
  return ['| object | before MB | after MB | change |', '|---|---|---|---|', ...rows, `| **file** | **${mb(total(old))}** | **${mb(total(now))}** | **${mb(total(now) - total(old))}** |`].join('\n');
}

const path = process.argv[2];
if (import.meta.url === `file://${process.argv[1]}` && process.argv[3] !== undefined && !process.argv[3].startsWith('--')) {
  console.log(compare(process.argv[2]!, process.argv[3]));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  if (path === undefined) {
    console.error('usage: node --import tsx bench/db-size.ts DB [--markdown]');
    process.exit(2);
  }
  const { pageSize, pageCount, freelist, objects: sizes } = fileSizes(path);
  const total = pageSize * pageCount;
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const markdown = process.argv.includes('--markdown');
  if (markdown) console.log('| object | kind | rows | pages | MB | share |\n|---|---|---|---|---|---|');
  for (const s of sizes) {
    const kind = s.type === 'index' ? `index on ${s.table}` : s.type;
    const share = `${((100 * s.bytes) / total).toFixed(1)} %`;
    if (markdown) console.log(`| ${s.name} | ${kind} | ${s.rows.toLocaleString('en')} | ${s.pages.toLocaleString('en')} | ${mb(s.bytes)} | ${share} |`);
    else console.log(`${s.name.padEnd(40)} ${kind.padEnd(30)} rows ${String(s.rows).padStart(10)} pages ${String(s.pages).padStart(8)} ${mb(s.bytes).padStart(8)} MB ${share.padStart(7)} payload ${mb(s.payload)} MB`);
  }
  const line = `page size ${pageSize}, ${pageCount.toLocaleString('en')} pages, ${mb(total)} MB; free list ${freelist.toLocaleString('en')} pages (${mb(freelist * pageSize)} MB)`;
  console.log(markdown ? `\n${line}` : line);
}
