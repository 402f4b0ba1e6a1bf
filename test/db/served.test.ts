/**
 * The requests' connection, the exports' connection and the dump's descriptor are of one
 * file (`openServed`): a rebuild that renames a new file into place between their opens is
 * noticed and everything is opened again, and a file that keeps changing is refused without
 * leaking a descriptor.
 */
import { copyFileSync, fstatSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { openReadOnly, openServed, SERVED_OPEN_ATTEMPTS, STREAMING, type Db, type PageHolding } from '../../src/db/client.js';
import { assertServable } from '../../src/db/check.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

const builtAtOf = (db: Db) => (db.$client.prepare("SELECT value FROM meta WHERE key = 'built_at'").get() as { value: string }).value;
const openDescriptors = () => readdirSync('/proc/self/fd').length;

/** A folder with the served path and a way to make builds of the fixture that differ by their build time. */
function builds(t: { teardown(fn: () => unknown): void }) {
  const dir = mkdtempSync(join(tmpdir(), 'served-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  let made = 0;
  /** A new build file, renamed into place at `path` as a build does; returns its build time. */
  const renameNewBuildTo = (path: string) => {
    const builtAt = `2030-01-01T00:00:${String(++made).padStart(2, '0')}.000Z`;
    const tmp = join(dir, `build-${made}.tmp`);
    copyFileSync(fixtureDatabase(), tmp);
    const db = new Database(tmp);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'built_at'").run(builtAt);
    db.close();
    renameSync(tmp, path);
    return builtAt;
  };
  const path = join(dir, 'blauwdruk.db');
  const first = renameNewBuildTo(path);
  return { path, first, renameNewBuildTo };
}

t.test('without a rebuild, both connections and the descriptor are the file at the path', async (t) => {
  const { path, first } = builds(t);
  const served = openServed(path, { check: assertServable });
  t.teardown(() => served.close());
  t.equal(builtAtOf(served.db), first);
  t.equal(builtAtOf(served.exportDb), first);
  t.equal(fstatSync(served.fd).ino, statSync(path).ino, 'the descriptor is of the file at the path');
});

t.test('a rebuild renamed into place between the two opens: both connections serve the new build', async (t) => {
  const { path, first, renameNewBuildTo } = builds(t);
  let swapped: string | undefined;
  const open = (p: string, pages: PageHolding) => {
    // The rebuild lands after the requests' connection opened, before the exports' does.
    if (pages === STREAMING && swapped === undefined) swapped = renameNewBuildTo(path);
    return openReadOnly(p, pages);
  };
  const served = openServed(path, { open });
  t.teardown(() => served.close());
  t.not(swapped, first);
  t.equal(builtAtOf(served.db), swapped, 'requests read the new build');
  t.equal(builtAtOf(served.exportDb), swapped, 'exports read the same build');
  t.equal(fstatSync(served.fd).ino, statSync(path).ino, 'the dump is the new file');
});

t.test('a file that keeps being replaced is refused, with every descriptor closed', async (t) => {
  const { path, renameNewBuildTo } = builds(t);
  const before = openDescriptors();
  let opens = 0;
  const open = (p: string, pages: PageHolding) => {
    opens++;
    if (pages === STREAMING) renameNewBuildTo(path);
    return openReadOnly(p, pages);
  };
  t.throws(() => openServed(path, { open }), { name: 'UnusableDatabase', message: /was replaced while it was being opened/ });
  t.equal(opens, 2 * SERVED_OPEN_ATTEMPTS, 'it tried as many times as it says');
  t.equal(openDescriptors(), before, 'no descriptor is left open');
});
