/**
 * The shortcuts of an incremental parallel build (src/ingest/build.ts, `buildCorpus`): the copy of
 * the previous file is begun before the build knows it may start from it, and the stored documents'
 * keys are read from the previous file while that copy is made.
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { buildCorpus, buildDatabase } from '../../src/ingest/build.js';
import { InputError } from '../../src/ingest/errors.js';
import { storedDocumentsOf, storedDocumentsOr } from '../../src/ingest/load.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { dumpRows } from '../helpers/dump.js';

const builtAt = new Date('2026-01-01T00:00:00Z');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A corpus copy with a first build in `live.db` (and its cache). */
async function built(t: Test) {
  const dir = t.testdir({ corpus: {} });
  const corpus = join(dir, 'corpus');
  cpSync(defaultSeedsDir, corpus, { recursive: true });
  const options = { dbPath: join(dir, 'live.db'), seedsDir: corpus, cachePath: join(dir, 'cache.db'), builtAt, threads: 1 };
  await buildCorpus(options);
  return { dir, corpus, options };
}

/** The files in `dir` besides the corpus: a copy left behind would be one more. */
const filesIn = (dir: string) => readdirSync(dir).filter((f) => f !== 'corpus').sort();

t.test('a build that cannot start from the file there drops the copy it began, and writes a clean file', async (t) => {
  const { dir, options } = await built(t);
  // Another reference hash: the file was built by other code or reference data.
  const db = new Database(options.dbPath);
  db.prepare("UPDATE meta SET value = 'other' WHERE key = 'reference_hash'").run();
  db.close();
  cpSync(options.dbPath, join(dir, 'clean.db'));
  const before = filesIn(dir);
  const rebuilt = await buildCorpus(options);
  t.notOk(rebuilt.incremental, 'the build starts afresh');
  t.same(filesIn(dir), before, 'and leaves no copy beside the file');
  buildDatabase({ ...options, dbPath: join(dir, 'clean.db'), incremental: false });
  t.ok(dumpRows(options.dbPath) === dumpRows(join(dir, 'clean.db')), 'the rows are a clean build’s');
});

t.test('a build whose corpus is refused leaves the previous file as it was and no copy', async (t) => {
  const { dir, corpus, options } = await built(t);
  const before = filesIn(dir);
  const bytes = sha256(options.dbPath);
  writeFileSync(join(corpus, 'manifest.json'), '{ "documents": ');
  await t.rejects(buildCorpus(options), InputError);
  t.same(filesIn(dir), before, 'the copy begun before the corpus was read is removed');
  t.equal(sha256(options.dbPath), bytes);
});

t.test('the stored documents read beforehand are used only for a file of the same version', async (t) => {
  const { options } = await built(t);
  const db = openReadOnly(options.dbPath);
  t.teardown(() => db.$client.close());
  const stored = storedDocumentsOf(db);
  t.ok(stored.keys.size > 0);
  // Keys that are not the file's: whether they were used shows in the result.
  const other = new Map([['doc-000000000000', 'key']]);
  t.equal(storedDocumentsOr(db, { version: stored.version, keys: other }), other, 'the same version: the keys read before');
  t.same(storedDocumentsOr(db, { version: 'another', keys: other }), stored.keys, 'another version (the file was replaced after they were read): read again');
  t.same(storedDocumentsOr(db, { version: undefined, keys: other }), stored.keys, 'a file without a version: read again');
  t.same(storedDocumentsOr(db, undefined), stored.keys, 'none read before: read');
});
