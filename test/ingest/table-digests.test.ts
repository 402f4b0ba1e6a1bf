/**
 * A table's digest is the sum mod 2^128 of its rows' hashes (src/ingest/table-digests.ts), added in
 * 32-bit words and carried now and then: the same value as a bigint sum of every hash, whatever the
 * hashes and however many (past the carry's interval, with every word at its largest).
 */
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import t from 'tap';
import type { Db } from '../../src/db/client.js';
import * as schema from '../../src/db/schema.js';
import { addRows, DIGEST_MOD, HASHED_TABLES, HashSum, rowsDigest } from '../../src/ingest/table-digests.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

const bigintOf = (bytes: Buffer) => BigInt(`0x${bytes.toString('hex', 0, 16)}`);

t.test('the words\' sum equals the bigint sum of the hashes, mod 2^128', async (t) => {
  for (const count of [0, 1, 7, 1000]) {
    const hashes = Array.from({ length: count }, () => randomBytes(32));
    const sum = new HashSum();
    hashes.forEach((h) => sum.add(h));
    t.equal(sum.value(), hashes.reduce((s, h) => (s + bigintOf(h)) % DIGEST_MOD, 0n), `${count} random hashes`);
  }
  // Every word at 2^32 − 1, past the interval at which the words are carried (2^20 hashes).
  const ones = Buffer.alloc(32, 0xff);
  const count = (1 << 20) * 2 + 3;
  const sum = new HashSum();
  for (let i = 0; i < count; i++) sum.add(ones);
  t.equal(sum.value(), (BigInt(count) * bigintOf(ones)) % DIGEST_MOD, `${count} hashes of all ones`);
  // A hash given as a view into a larger buffer (Node's small buffers share a pool) is read at its own offset.
  const pooled = Buffer.concat([Buffer.alloc(5, 1), randomBytes(32)]).subarray(5);
  const one = new HashSum();
  one.add(pooled);
  t.equal(one.value(), bigintOf(pooled));
});

t.test('addRows adds or subtracts each row\'s hash with its table\'s name, as a hash object per row did', async (t) => {
  const rows = [['m-1', 'doc-1', 3, null, 'Meer blauw op straat'], ['m-2', 'doc-1', 4, 1.5, 'Camera’s aan het station \u{1F6A8}'], []];
  const rowHash = (row: unknown[]) => BigInt(`0x${createHash('sha256').update('measures').update(JSON.stringify(row)).digest('hex').slice(0, 32)}`);
  const expected = rows.reduce((s, r) => (s + rowHash(r)) % DIGEST_MOD, 5n);
  t.equal(addRows(5n, 'measures', rows), expected);
  t.equal(addRows(expected, 'measures', rows, -1n), 5n, 'subtracting the same rows gives the sum back');
});

/** The digest as defined: every row as `SELECT *` reads it into JavaScript, stringified there. */
const definedDigest = (db: Db, table: string) => addRows(0n, table, db.$client.prepare(`SELECT * FROM "${table}"`).raw(true).all() as unknown[][]);

t.test('rowsDigest, whose rows SQLite writes as JSON where it writes them as JavaScript does, equals the digest of the rows read into JavaScript', async (t) => {
  const sqlite = new Database(':memory:');
  t.teardown(() => sqlite.close());
  const db = drizzle(sqlite, { schema }) as Db;
  // A hashed table's name, with a column of each type the schema declares.
  sqlite.exec('CREATE TABLE figures (id TEXT PRIMARY KEY, n INTEGER, x REAL, note TEXT)');
  const reals = [0, -0, 1, -1, 5, 12.5, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, -7.25, 1e-4, 9.99e-5, 1e-7, 123456789.123, 1e14, 999999999999999, 1e15, 1e16, 1e20, 1e21, 1.7976931348623157e308, 5e-324, 2 ** 53, Infinity, -Infinity, 0.30000000000000004, 4.35, 1.005, 100.1, 1234.5678, null];
  const integers = [0, -1, 42, 2 ** 31, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 2 ** 60, -(2 ** 62), null, 2.5, 1e-9];
  const texts = ['', 'a "quoted" \\ back\\slash', 'tab\tnew\nline\rcr\bbs\fff', String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i)), '\u007f\u0080\u00e9\u2028\u2029\u{1F6A8}', 'Camera’s aan het station', '[1,2]', '{"a":1}', '12', 'null', null];
  const insert = sqlite.prepare('INSERT INTO figures VALUES (?, ?, ?, ?)');
  let id = 0;
  for (const x of reals) insert.run(`f-${id++}`, null, x, null);
  for (const n of integers) insert.run(`f-${id++}`, n, null, 'x');
  for (const note of texts) insert.run(`f-${id++}`, 1, 2.5, note);
  // Values that the columns' affinity keeps as they are: text in an INTEGER and a REAL column.
  sqlite.prepare('INSERT INTO figures VALUES (?, ?, ?, ?)').run(`f-${id++}`, 'twelve', 'three', '7');
  t.equal(rowsDigest(db, 'figures'), definedDigest(db, 'figures'), `${id} rows`);
  for (const from of [1, 20, 40]) {
    const part = addRows(0n, 'figures', sqlite.prepare('SELECT * FROM figures WHERE rowid BETWEEN ? AND ?').raw(true).all(from, from + 9) as unknown[][]);
    t.equal(rowsDigest(db, 'figures', { from, to: from + 9 }), part, `rowids ${from} to ${from + 9}`);
  }
  // A BLOB, which json_array refuses: read into JavaScript, as before.
  sqlite.prepare('INSERT INTO figures VALUES (?, ?, ?, ?)').run(`f-${id++}`, 1, 1.5, Buffer.from('bytes'));
  t.equal(rowsDigest(db, 'figures'), definedDigest(db, 'figures'), 'with a BLOB');
});

t.test('rowsDigest equals the digest of the rows read into JavaScript for every hashed table of the fixture', async (t) => {
  const sqlite = new Database(fixtureDatabase(), { readonly: true });
  t.teardown(() => sqlite.close());
  const db = drizzle(sqlite, { schema }) as Db;
  for (const table of HASHED_TABLES) t.equal(rowsDigest(db, table), definedDigest(db, table), table);
});
