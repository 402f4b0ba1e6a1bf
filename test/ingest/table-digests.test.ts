/**
 * A table's digest is the sum mod 2^128 of its rows' hashes (src/ingest/table-digests.ts), added in
 * 32-bit words and carried now and then: the same value as a bigint sum of every hash, whatever the
 * hashes and however many (past the carry's interval, with every word at its largest).
 */
import { createHash, randomBytes } from 'node:crypto';
import t from 'tap';
import { addRows, DIGEST_MOD, HashSum } from '../../src/ingest/table-digests.js';

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
