/**
 * A warm rebuild does work proportional to what changed: the extraction cache and the
 * staleness check do not depend on where the corpus folder lies or where the build runs from,
 * and an unchanged document's file is not read again (its size, times and inode vouch for it,
 * its checksum decides when they differ).
 */
import { cpSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { buildDatabase, isStale } from '../../src/ingest/build.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { dumpRows } from '../helpers/dump.js';

const builtAt = new Date('2026-01-01T00:00:00Z');

t.test('the extraction cache and the staleness check do not depend on the corpus folder’s path', async (t) => {
  const dir = t.testdir({});
  const first = join(dir, 'first');
  cpSync(defaultSeedsDir, first, { recursive: true });
  const cachePath = join(dir, 'cache.db');
  const dbPath = join(dir, 'live.db');
  t.equal(buildDatabase({ dbPath, seedsDir: first, cachePath, builtAt }).extracted, 5);
  const moved = join(dir, 'moved');
  renameSync(first, moved);
  t.notOk(isStale(dbPath, moved), 'the same corpus elsewhere is the same input');
  const rebuilt = buildDatabase({ dbPath, seedsDir: moved, cachePath, builtAt });
  t.equal(rebuilt.extracted, 0, 'nothing is extracted again');
  t.ok(rebuilt.incremental);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    t.notOk(isStale('live.db', 'moved'), 'nor from another working directory');
    t.equal(buildDatabase({ dbPath: 'live.db', seedsDir: 'moved', cachePath: 'cache.db', builtAt }).extracted, 0);
  } finally {
    process.chdir(cwd);
  }
});

/** Waits until files written now are old enough for their identity to vouch for them (see SETTLED_MS in sources.ts). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_100));

t.test('a warm rebuild reads only the files it has not checked before, and a file changed in place is read again', async (t) => {
  const dir = t.testdir({});
  const corpus = join(dir, 'corpus');
  cpSync(defaultSeedsDir, corpus, { recursive: true });
  const options = { dbPath: join(dir, 'live.db'), seedsDir: corpus, cachePath: join(dir, 'cache.db'), builtAt };
  await settle();
  t.equal(buildDatabase(options).read, 5, 'a first build reads every file');
  const warm = buildDatabase(options);
  t.ok(warm.incremental);
  t.equal(warm.read, 0, 'then none: each file has the identity it had when it was checked');

  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { documents: Array<{ file: string; title: { value: string; quote: string | null } }> };
  const path = join(corpus, manifest.documents[1]!.file);
  const original = readFileSync(path);
  const { mtime } = statSync(path);
  // Same size, same modification time: only the change time (and the bytes) tell.
  const altered = Buffer.from(original);
  altered[altered.indexOf(0x61)] = 0x62;
  writeFileSync(path, altered);
  utimesSync(path, mtime, mtime);
  t.throws(() => buildDatabase(options), { message: /does not match/ }, 'a file rewritten in place with its size and time restored is read and refused');
  writeFileSync(path, original);
  await settle();
  t.equal(buildDatabase(options).read, 1, 'restored, it is read once more');

  // The clean build replaces the same previous database, so both carry the same history.
  cpSync(options.dbPath, join(dir, 'clean.db'));
  manifest.documents[0]!.title = { value: 'Een andere titel', quote: null };
  writeFileSync(join(corpus, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const retitled = buildDatabase(options);
  t.equal(retitled.read, 1, 'a changed manifest entry has its file read again');
  const clean = buildDatabase({ ...options, dbPath: join(dir, 'clean.db'), cachePath: null, incremental: false });
  t.ok(dumpRows(options.dbPath) === dumpRows(join(dir, 'clean.db')), 'and the rows are a clean build’s');
  t.equal(retitled.version, clean.version);
});
