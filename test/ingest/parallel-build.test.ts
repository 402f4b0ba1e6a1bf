import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { addDocuments } from '../../src/ingest/add.js';
import { buildCorpus, buildDatabase } from '../../src/ingest/build.js';
import { InputError } from '../../src/ingest/errors.js';
import { terminalProgress } from '../../src/ingest/progress.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { fixtureHtml } from '../helpers/documents.js';
import { dumpRows } from '../helpers/dump.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const builtAt = new Date('2026-01-01T00:00:00Z');

function corpusCopy(t: Test): string {
  const dir = t.testdir({ corpus: {}, page: { 'akkoord.html': fixtureHtml() } });
  cpSync(defaultSeedsDir, join(dir, 'corpus'), { recursive: true });
  return dir;
}

t.test('adding a document and rebuilding with the cache equals a clean build', async (t) => {
  const dir = corpusCopy(t);
  const cachePath = join(dir, 'cache.db');
  const first = await buildCorpus({ dbPath: join(dir, 'warm.db'), seedsDir: join(dir, 'corpus'), cachePath, builtAt, threads: 2 });
  t.equal(first.extracted, 5, 'a cold build extracts every document');
  // A build carries the history of the database it replaces (firstSeen, the change log), so
  // "clean" means without the extraction cache, over the same previous database.
  for (const other of ['clean.db', 'one-thread.db']) cpSync(join(dir, 'warm.db'), join(dir, other));
  await addDocuments(join(dir, 'corpus'), [join(dir, 'page/akkoord.html')], { scope: 'gent' });
  const warm = await buildCorpus({ dbPath: join(dir, 'warm.db'), seedsDir: join(dir, 'corpus'), cachePath, builtAt, threads: 2 });
  t.equal(warm.extracted, 1, 'the rebuild extracts only the new document');
  t.equal(warm.counts.documents, 6);
  t.ok(warm.incremental, 'and loads it into a copy of the previous database');
  const clean = await buildCorpus({ dbPath: join(dir, 'clean.db'), seedsDir: join(dir, 'corpus'), cachePath: join(dir, 'fresh-cache.db'), builtAt, threads: 2, incremental: false });
  t.equal(clean.extracted, 6);
  t.equal(dumpRows(join(dir, 'warm.db')), dumpRows(join(dir, 'clean.db')), 'warm and clean builds over the same previous database hold the same rows');
  const inProcess = buildDatabase({ dbPath: join(dir, 'one-thread.db'), seedsDir: join(dir, 'corpus'), builtAt, incremental: false });
  t.equal(sha256(join(dir, 'one-thread.db')), sha256(join(dir, 'clean.db')), 'worker threads and one thread give the same file');
  t.equal(inProcess.version, clean.version);
});

t.test('the cache is keyed by what extraction reads: text, options, gazetteer', async (t) => {
  const dir = corpusCopy(t);
  const corpus = join(dir, 'corpus');
  const cachePath = join(dir, 'cache.db');
  const build = () => buildCorpus({ dbPath: join(dir, 'x.db'), seedsDir: corpus, cachePath, builtAt, threads: 1 });
  t.equal((await build()).extracted, 5);
  t.equal((await build()).extracted, 0, 'nothing changed: nothing extracted');
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
  manifest.documents[2].scope = { value: null, quote: null };
  writeFileSync(join(corpus, 'manifest.json'), JSON.stringify(manifest, null, 2));
  t.equal((await build()).extracted, 1, 'a changed scope (an extraction option) re-extracts that document');
  manifest.documents[2].title = { value: 'Andere titel', quote: null };
  writeFileSync(join(corpus, 'manifest.json'), JSON.stringify(manifest, null, 2));
  t.equal((await build()).extracted, 0, 'a changed title is not read by extraction: nothing re-extracted');
  const themes = JSON.parse(readFileSync(join(corpus, 'themes.json'), 'utf8'));
  themes[0].cues.push('zebrapad');
  writeFileSync(join(corpus, 'themes.json'), JSON.stringify(themes, null, 2));
  t.equal((await build()).extracted, 5, 'a changed gazetteer or theme list re-extracts everything');
});

t.test('a failing document stops the parallel build before anything is written', async (t) => {
  const dir = corpusCopy(t);
  const corpus = join(dir, 'corpus');
  await buildCorpus({ dbPath: join(dir, 'x.db'), seedsDir: corpus, builtAt, threads: 2 });
  const before = sha256(join(dir, 'x.db'));
  writeFileSync(join(corpus, '003_e9105f6e7ebccbc0.txt'), 'veranderd');
  await t.rejects(buildCorpus({ dbPath: join(dir, 'x.db'), seedsDir: corpus, builtAt, threads: 2 }), /does not match 003_e9105f6e7ebccbc0\.txt/);
  t.equal(sha256(join(dir, 'x.db')), before);
});

t.test('a worker thread out of heap fails the build with an input error naming its documents, leaving no file', async (t) => {
  const dir = corpusCopy(t);
  // 32 MB: half of what a worker needs to compile the gazetteer (64-96 MB), so the first batch runs
  // out in its task, where Node ends the worker and says so. Not less: at 12 MB a worker could run out
  // while it started (tap's coverage start under --import allocates for every function), inside V8's
  // own code, which aborts the whole process (SIGILL; 1 run in 25 on Node 20).
  const error = await buildCorpus({ dbPath: join(dir, 'x.db'), seedsDir: join(dir, 'corpus'), builtAt, threads: 1, workerHeapMb: 32 }).then(() => null, (e: unknown) => e);
  t.ok(error instanceof InputError);
  t.match((error as InputError).format(), /^000_49349e1479cd8e95\.txt: extracting the documents 000_49349e1479cd8e95\.txt, 001_4e0ba2a00a53f22a\.txt, .* needed more than a worker thread's 32 MB of heap/);
  t.notOk(existsSync(join(dir, 'x.db')));
});

t.test('progress: plain lines with count, rate and ETA when not a terminal', async (t) => {
  const lines: string[] = [];
  const progress = terminalProgress({ isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream, 0);
  progress.start('extract', 3);
  progress.tick();
  progress.tick();
  progress.tick();
  progress.stop();
  t.ok(lines.length >= 3);
  t.match(lines.at(-1), /^extracting 3\/3 documents \(\d+\/s, ETA 0 s\)\n$/);
  t.ok(lines.every((l) => !l.includes('\u001b')), 'no terminal escapes');
});

t.test('a cache that cannot be written is named as an input error, before any database is written', async (t) => {
  const dir = t.testdir({ 'file.txt': 'not a folder' });
  const error = await buildCorpus({ dbPath: join(dir, 'x.db'), seedsDir: defaultSeedsDir, cachePath: join(dir, 'file.txt/cache.db'), threads: 1 }).then(() => null, (e: unknown) => e);
  t.ok(error instanceof InputError);
  t.match((error as InputError).format(), /file\.txt\/cache\.db: cannot write the extraction cache here \(E[A-Z]+\)/);
  t.notOk(existsSync(join(dir, 'x.db')));
});
