/**
 * A fresh build's stored counts are computed on a worker thread from the committed file
 * (src/ingest/stored-counts-pass.ts) and written by the build: the rows, in the order the build's
 * own connection writes them (so at the same rowids), and the `meta` row describing them, while
 * the file it reads is not written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import t from 'tap';
import { storedCountsOf } from '../../src/ingest/stored-counts-pass.js';
import { STORED_COUNTS_KEY } from '../../src/queries/stored-counts.js';
import { storedCountsCopy } from '../helpers/fixture-db.js';
import { storedCountRows } from '../helpers/stored-counts-oracle.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

for (const minimum of [0, 2]) {
  t.test(`the rows and description the build's connection writes, the file untouched (sets above ${minimum})`, async (t) => {
    const path = storedCountsCopy(t, minimum);
    const written = storedCountRows(path);
    t.ok(written.some((r) => r.filter !== ''), 'the fixture has stored sets of a filter, not only whole collections');
    const raw = new Database(path, { readonly: true });
    const description = raw.prepare('SELECT key, value FROM meta WHERE key = ?').all(STORED_COUNTS_KEY);
    raw.close();
    const before = sha256(path);
    const computed = storedCountsOf(path, minimum);
    t.same(computed.rows, written, 'the same rows in the same order');
    t.same(computed.meta, description, 'the same description');
    t.equal(sha256(path), before, 'the file is not written');
  });
}
