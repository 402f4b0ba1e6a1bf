/**
 * A list request reads the file once (issue 12): the parent's existence, the page, its
 * related levels, its count and facets run inside one read transaction, and so do a
 * search's candidates, statistics and display rows. Run one by one, every statement takes
 * and releases the file's shared lock with its own system calls (seven per statement, 63
 * of a 50-measure page's 68), and two statements of one page could read two files.
 */
import type Database from 'better-sqlite3';
import t from 'tap';
import { readTogether } from '../../src/queries/sql.js';
import { seedApp } from '../helpers/dataset.js';

type Method = 'all' | 'get' | 'iterate';
type Run = (this: Database.Statement, ...params: unknown[]) => unknown;

/** For each statement with rows run while `request` runs: its text, and whether its connection was inside a transaction. */
async function statementsOf(client: Database.Database, request: () => Promise<unknown>): Promise<Array<{ sql: string; inTransaction: boolean }>> {
  const proto = Object.getPrototypeOf(client.prepare('SELECT 1')) as Record<Method, Run>;
  const originals = { all: proto.all, get: proto.get, iterate: proto.iterate };
  const seen: Array<{ sql: string; inTransaction: boolean }> = [];
  for (const method of Object.keys(originals) as Method[]) {
    const original = originals[method];
    proto[method] = function (this: Database.Statement, ...params: unknown[]) {
      if (this.database === client && !/^(BEGIN|COMMIT|ROLLBACK)\b/.test(this.source)) seen.push({ sql: this.source, inTransaction: client.inTransaction });
      return original.apply(this, params);
    };
  }
  try {
    await request();
  } finally {
    Object.assign(proto, originals);
  }
  return seen;
}

t.test('every statement of a list request or a search runs inside one read transaction', async (t) => {
  const app = await seedApp(t);
  const client = app.db.$client;
  const programme = (JSON.parse((await app.inject('/v1/programmes?limit=1')).body) as { data: Array<{ id: string }> }).data[0]!.id;
  const paths = [
    `/v1/programmes/${programme}/measures?limit=50`,
    '/v1/measures?limit=50&count=true&facet=theme,actor',
    '/v1/figures?limit=20',
    '/v1/search?q=camera',
    '/v1/search?q=politie&limit=5',
  ];
  for (const path of paths) {
    let status = 0;
    const statements = await statementsOf(client, async () => {
      status = (await app.inject(path)).statusCode;
    });
    t.equal(status, 200, path);
    t.ok(statements.length >= 3, `${path}: ${statements.length} statements`);
    t.same(statements.filter((s) => !s.inTransaction).map((s) => s.sql), [], `${path}: none outside the transaction`);
    t.notOk(client.inTransaction, `${path}: the transaction is closed after the response`);
  }
});

t.test('a problem inside the read closes its transaction', async (t) => {
  const app = await seedApp(t);
  t.equal((await app.inject('/v1/programmes/no-such-programme/measures')).statusCode, 404);
  t.notOk(app.db.$client.inTransaction, 'not left open by a 404');
  t.throws(() => readTogether(app.db, () => {
    throw new Error('inside');
  }), /inside/);
  t.notOk(app.db.$client.inTransaction, 'not left open by an error');
  t.equal(readTogether(app.db, () => readTogether(app.db, () => 7)), 7, 'a read inside a read runs in the outer one');
});
