/**
 * What differs between two database files of the same rows (a clean build and an incremental
 * one): bytes and pages (by the b-tree each page belongs to, from `dbstat`), each table's rows
 * in storage order (rowid, or primary key for WITHOUT ROWID tables, the full-text index's shadow
 * tables included), and whether the files are identical once both are rewritten canonically
 * (`VACUUM INTO` after the full-text index is merged into one segment).
 *
 *   node --import tsx bench/identity.ts A.db B.db
 */
import { readFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { storageOrderDiff, type StorageDiff } from '../test/helpers/dump.js';

const [a, b] = process.argv.slice(2) as [string, string];

/** Page numbers at which the two files' bytes differ (pages of `size` bytes; the shorter file's missing pages differ). */
function differingPages(x: Buffer, y: Buffer, size: number): number[] {
  const pages = Math.ceil(Math.max(x.length, y.length) / size);
  const out: number[] = [];
  for (let p = 0; p < pages; p++) if (!x.subarray(p * size, (p + 1) * size).equals(y.subarray(p * size, (p + 1) * size))) out.push(p + 1);
  return out;
}

/** The b-tree (table or index name) of each page of a file. */
function pageOwners(path: string): Map<number, string> {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT name, pageno FROM dbstat').raw().all() as Array<[string, number]>;
  db.close();
  return new Map(rows.map(([name, page]) => [page, name]));
}

/** A copy of `path` rewritten canonically: the full-text index merged into one segment, then `VACUUM INTO`. */
function canonical(path: string): string {
  const merged = `${path}.merged`;
  const out = `${path}.canonical`;
  rmSync(out, { force: true });
  const source = new Database(path, { readonly: true });
  source.prepare('VACUUM INTO ?').run(merged);
  source.close();
  const db = new Database(merged);
  db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
  db.prepare('VACUUM INTO ?').run(out);
  db.close();
  rmSync(merged, { force: true });
  return out;
}

const bytesA = readFileSync(a);
const bytesB = readFileSync(b);
const pageSize = bytesA.readUInt16BE(16) === 1 ? 65536 : bytesA.readUInt16BE(16);
const pages = differingPages(bytesA, bytesB, pageSize);
const owners = pageOwners(a);
const byOwner = new Map<string, number>();
for (const p of pages) byOwner.set(owners.get(p) ?? (p === 1 ? 'header' : 'free or past the end'), (byOwner.get(owners.get(p) ?? (p === 1 ? 'header' : 'free or past the end')) ?? 0) + 1);
const rows: StorageDiff[] = storageOrderDiff(a, b);
const canonicalA = canonical(a);
const canonicalB = canonical(b);
const canonicalSame = readFileSync(canonicalA).equals(readFileSync(canonicalB));
rmSync(canonicalA);
rmSync(canonicalB);
process.stdout.write(`${JSON.stringify({
  bytes: [bytesA.length, bytesB.length],
  identical: pages.length === 0,
  differingPages: pages.length,
  differingPagesByBtree: Object.fromEntries([...byOwner].sort((x, y) => y[1] - x[1])),
  tablesDifferingInStorageOrder: rows,
  identicalAfterCanonicalRewrite: canonicalSame,
}, null, 2)}\n`);
