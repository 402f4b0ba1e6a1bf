import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { assertServable } from '../../src/db/check.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

const good = readFileSync(fixtureDatabase());
const pageSize = good.readUInt16BE(16);

/** The root page (1-based) of each table of the fixture, from its schema. */
function rootPages(): Map<string, number> {
  const db = new Database(fixtureDatabase(), { readonly: true });
  try {
    return new Map((db.prepare("SELECT name, rootpage FROM sqlite_schema WHERE type = 'table' AND rootpage > 0").all() as Array<{ name: string; rootpage: number }>).map((r) => [r.name, r.rootpage]));
  } finally {
    db.close();
  }
}

/** The fixture with page `page` (1-based) overwritten with garbage. */
const withGarbledPage = (page: number) => Buffer.concat([good.subarray(0, (page - 1) * pageSize), Buffer.alloc(pageSize, 0x5a), good.subarray(page * pageSize)]);

t.test('the start-up check rejects damaged files from the header and the b-tree roots, and accepts the fixture', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-check-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const roots = rootPages();
  const files: Array<[string, Buffer, RegExp]> = [
    ['one page short', good.subarray(0, good.length - pageSize), /is truncated \(\d+ bytes of the \d+ its header declares\)/],
    ['a text file', Buffer.from('hello, this is not a database\n'.repeat(200)), /is not a SQLite database/],
    ['shorter than a header', Buffer.from('SQLite'), /is not a SQLite database/],
    ['the measures table root garbled', withGarbledPage(roots.get('measures')!), /is corrupt/],
    ['the meta table root garbled', withGarbledPage(roots.get('meta')!), /is corrupt/],
  ];
  for (const [name, bytes, message] of files) {
    const path = join(dir, `${name}.db`);
    writeFileSync(path, bytes);
    t.throws(() => assertServable(path), { name: 'UnusableDatabase', message }, name);
  }
  t.doesNotThrow(() => assertServable(fixtureDatabase()), 'the fixture is servable');
});
