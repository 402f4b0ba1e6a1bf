/**
 * A whole export over HTTP reads rows from SQLite only as fast as the client takes bytes
 * (issue 12: the server's memory while exporting 6.6 million measures must not grow with
 * the corpus). Over a real socket, with and without compression, a client that stops
 * reading after its first bytes leaves at most a bounded number of rows read of a set
 * many times larger; a client that reads on gets every row. Rows are counted where SQLite
 * yields them (the statement's iterator), not timed.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

/** Copies of every measure of the fixture: a set (about 110 MB of NDJSON) far larger than the buffers on the way, the kernel's included. */
const COPIES = 800;

/**
 * The fixture with every measure copied COPIES times (no links: the export still builds each
 * record), each copy's text with random hex appended, so that compression cannot shrink the
 * set into the buffers.
 */
function largeFixture(t: { teardown(fn: () => unknown): void }): { path: string; measures: number } {
  const dir = mkdtempSync(join(tmpdir(), 'export-bounded-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'large.db');
  copyFileSync(fixtureDatabase(), path);
  const db = new Database(path);
  db.prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COPIES})
    INSERT INTO measures (id, document_id, programme_id, ordinal, section, block, block_kind, statement_kind, text, start, "end", page)
    SELECT m.id || '-copy-' || n.i, document_id, programme_id, ordinal + n.i * 100000, section, block, block_kind, statement_kind, text || ' ' || hex(randomblob(200)), start, "end", page
    FROM measures m, n`).run();
  const measures = (db.prepare('SELECT count(*) AS n FROM measures').get() as { n: number }).n;
  db.close();
  return { path, measures };
}

/** Counts the rows each statement iteration (`.iterate()`: an export's one iterated statement) yields, in the order they start. */
function countIteratedRows(t: { teardown(fn: () => unknown): void }) {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as { iterate: (...params: unknown[]) => IterableIterator<unknown> };
  probe.close();
  const original = proto.iterate;
  const iterations: Array<{ rows: number; source: string }> = [];
  proto.iterate = function (this: unknown, ...params: unknown[]) {
    const rows = original.apply(this, params);
    const counted = { rows: 0, source: (this as { source: string }).source };
    // Plans looked at before a statement runs (EXPLAIN QUERY PLAN) read no rows of the set.
    if (!counted.source.startsWith('EXPLAIN')) iterations.push(counted);
    return {
      next: () => {
        const step = rows.next();
        if (!step.done) counted.rows++;
        return step;
      },
      return: (value?: unknown) => rows.return!(value),
      [Symbol.iterator]() {
        return this;
      },
    } as IterableIterator<unknown>;
  };
  t.teardown(() => (proto.iterate = original));
  return iterations;
}

/** Resolves once `read()` has not changed for `quietMs`: every buffer on the way is full. */
const settled = (read: () => number, quietMs = 300) => new Promise<number>((resolve) => {
  let last = read();
  const timer = setInterval(() => {
    const now = read();
    if (now === last) {
      clearInterval(timer);
      resolve(now);
    }
    last = now;
  }, quietMs);
});

t.test('an export reads rows as the client takes bytes, whatever the size of the set', async (t) => {
  const { path, measures } = largeFixture(t);
  const app = await buildApp({ dbPath: path });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const iterations = countIteratedRows(t);

  for (const encoding of ['identity', 'gzip']) {
    const started = iterations.length;
    const rowsRead = () => iterations.slice(started).reduce((n, i) => n + i.rows, 0);
    // A client that takes the first bytes, then stops reading.
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/v1/measures.ndjson', headers: { 'accept-encoding': encoding } }, (res) => {
        res.once('data', () => {
          res.pause();
          // A server that ignores backpressure reads on to the end of the set.
          settled(rowsRead).then((read) => {
            t.ok(read > 0, `${encoding}: rows were read`);
            t.ok(read < measures / 4, `${encoding}: ${read} of ${measures} rows read while the client stopped reading`);
            req.destroy();
            resolve();
          }, reject);
        });
      });
      req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? resolve() : reject(e)));
      req.end();
    });
  }

  const started = iterations.length;
  const res = await fetch(`http://127.0.0.1:${port}/v1/measures.ndjson`);
  const lines = (await res.text()).split('\n').filter(Boolean).length;
  t.equal(lines, measures, 'a client that reads on gets every measure');
  t.same(iterations.slice(started).map((i) => i.rows), [measures], 'each read once, by one statement');
});
