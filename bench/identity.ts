/**
 * Whether two database files of the same rows (a clean build and an incremental one) are the
 * same bytes (sha256), and where they differ if not: pages (by the b-tree each page belongs to,
 * from `dbstat`) and each table's rows in storage order (rowid, or primary key for WITHOUT ROWID
 * tables, the full-text index's shadow tables included). Every build writes its file canonically
 * (README, "Identical to a clean build"), so what differs is what the builds wrote differently.
 *
 *   node --import tsx bench/identity.ts A.db B.db
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

const bytesA = readFileSync(a);
const bytesB = readFileSync(b);
const pageSize = bytesA.readUInt16BE(16) === 1 ? 65536 : bytesA.readUInt16BE(16);
const pages = differingPages(bytesA, bytesB, pageSize);
const owners = pageOwners(a);
const byOwner = new Map<string, number>();
for (const p of pages) byOwner.set(owners.get(p) ?? (p === 1 ? 'header' : 'free or past the end'), (byOwner.get(owners.get(p) ?? (p === 1 ? 'header' : 'free or past the end')) ?? 0) + 1);
const rows: StorageDiff[] = storageOrderDiff(a, b);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
process.stdout.write(`${JSON.stringify({
  bytes: [bytesA.length, bytesB.length],
  sha256: [sha256(bytesA), sha256(bytesB)],
  identical: bytesA.equals(bytesB),
  differingPages: pages.length,
  differingPagesByBtree: Object.fromEntries([...byOwner].sort((x, y) => y[1] - x[1])),
  tablesDifferingInStorageOrder: rows,
}, null, 2)}\n`);
