import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { buildDatabase } from '../../src/ingest/build.js';
import { defaultSeedsDir, renderingsFilesFor } from '../../src/paths.js';
import { sliceCodePoints } from '../../src/text/offsets.js';
import { blauwdruk, blauwdrukInProcess } from '../helpers/cli.js';
import { dumpRows } from '../helpers/dump.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A copy of the seeds folder to break on purpose. */
function seedsCopy(t: Test): string {
  const dir = t.testdir();
  cpSync(defaultSeedsDir, dir, { recursive: true });
  return dir;
}

t.test('two builds give identical rows, ids and version', async (t) => {
  const dir = t.testdir();
  const a = buildDatabase({ dbPath: join(dir, 'a.db'), seedsDir: defaultSeedsDir });
  const b = buildDatabase({ dbPath: join(dir, 'b.db'), seedsDir: defaultSeedsDir });
  t.equal(a.version, b.version);
  t.equal(dumpRows(join(dir, 'a.db')), dumpRows(join(dir, 'b.db')));
  t.match(a.counts, { documents: 5, programmes: 4 });
  for (const entity of ['measures', 'figures', 'actors', 'locations', 'themes', 'mentions']) t.ok(a.counts[entity]! > 0, `${entity} present`);
});

t.test('with a fixed build time two builds are byte-identical files', async (t) => {
  const dir = t.testdir();
  const builtAt = new Date('2026-01-01T00:00:00Z');
  buildDatabase({ dbPath: join(dir, 'a.db'), seedsDir: defaultSeedsDir, builtAt });
  buildDatabase({ dbPath: join(dir, 'b.db'), seedsDir: defaultSeedsDir, builtAt });
  t.equal(sha256(join(dir, 'a.db')), sha256(join(dir, 'b.db')));
});

t.test('every stored quote slices back from its document text by code points', async (t) => {
  const dir = t.testdir();
  buildDatabase({ dbPath: join(dir, 'x.db'), seedsDir: defaultSeedsDir });
  const db = new Database(join(dir, 'x.db'), { readonly: true });
  const texts = new Map((db.prepare('SELECT id, text FROM documents').raw().all() as Array<[string, string]>));
  for (const table of ['measures', 'figures', 'mentions']) {
    const column = table === 'measures' ? 'text' : 'quote';
    const rows = db.prepare(`SELECT document_id, start, "end", ${column} FROM ${table}`).raw().all() as Array<[string, number, number, string]>;
    t.ok(rows.length > 0, `${table} has rows`);
    t.same(rows.filter(([doc, s, e, q]) => sliceCodePoints(texts.get(doc)!, s, e) !== q), [], `${table} quotes match their offsets`);
  }
  db.close();
});

t.test('a build that fails midway leaves the previous database byte-identical', async (t) => {
  const dir = t.testdir();
  const dbPath = join(dir, 'live.db');
  buildDatabase({ dbPath, seedsDir: defaultSeedsDir });
  const before = sha256(dbPath);
  const renderings = renderingsFilesFor(dbPath).base;
  const renderingsBefore = sha256(renderings);
  const halfWritten = (db: { $client: Database.Database }) => db.$client.exec("INSERT INTO themes (id, label_nl, label_en, cues) VALUES ('half', 'half', 'half', '[]')");
  const { buildDatabase: failingBuild, buildCorpus: failingParallelBuild } = await t.mockImport<typeof import('../../src/ingest/build.js')>('../../src/ingest/build.js', {
    '../../src/ingest/load.ts': {
      ...(await import('../../src/ingest/load.js')),
      loadDatabase: (db: { $client: Database.Database }) => {
        halfWritten(db);
        throw new Error('disk full');
      },
      // The parallel build loads documents as they are extracted: it fails after the first has arrived, with a worker still busy.
      streamDatabase: async (db: { $client: Database.Database }, _inputs: unknown, documents: AsyncIterable<unknown>) => {
        await documents[Symbol.asyncIterator]().next();
        halfWritten(db);
        throw new Error('disk full while streaming');
      },
    },
  });
  t.throws(() => failingBuild({ dbPath, seedsDir: defaultSeedsDir }), /disk full/);
  t.equal(sha256(dbPath), before);
  t.same(readdirSync(dir).sort(), ['live.db', 'live.renderings.db'], 'no temporary file left behind');
  t.equal(sha256(renderings), renderingsBefore, 'the list renderings beside it untouched');
  await t.rejects(failingParallelBuild({ dbPath, seedsDir: defaultSeedsDir, threads: 2, incremental: false }), /disk full while streaming/);
  t.equal(sha256(dbPath), before, 'nor by the parallel build that loads while it extracts');
  t.same(readdirSync(dir).sort(), ['live.db', 'live.renderings.db']);
  // An incremental parallel build copies the previous file off the main thread while it extracts: failing in the load, after the copy, or in the extraction, with the copy under way, it leaves no copy behind.
  await t.rejects(failingParallelBuild({ dbPath, seedsDir: defaultSeedsDir, threads: 2 }), /disk full/);
  t.equal(sha256(dbPath), before, 'nor by an incremental parallel build');
  t.same(readdirSync(dir).sort(), ['live.db', 'live.renderings.db'], 'nor its copy of the previous file');
  const { buildCorpus: failingExtraction } = await t.mockImport<typeof import('../../src/ingest/build.js')>('../../src/ingest/build.js', {
    '../../src/ingest/extraction-task.ts': {
      ...(await import('../../src/ingest/extraction-task.js')),
      runExtraction: () => {
        throw new Error('extraction failed');
      },
    },
  });
  await t.rejects(failingExtraction({ dbPath, seedsDir: defaultSeedsDir, threads: 2 }), /extraction failed/);
  t.equal(sha256(dbPath), before, 'nor when the extraction fails while the copy is made');
  t.same(readdirSync(dir).sort(), ['live.db', 'live.renderings.db'], 'the copy removed once made');
  t.equal(sha256(renderings), renderingsBefore, 'nor the renderings');
});

interface BreakCase {
  name: string;
  breakSeeds(dir: string): void;
  message: RegExp;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const writeManifest = (dir: string, m: unknown) => writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
/** Replaces a document's bytes and updates its checksum, so only the content itself is wrong. */
function replaceDocument(dir: string, bytes: Buffer) {
  const m = manifestOf(dir);
  writeFileSync(join(dir, m.documents[1].file), bytes);
  m.documents[1].sha256 = createHash('sha256').update(bytes).digest('hex');
  writeManifest(dir, m);
}

const breakCases: BreakCase[] = [
  { name: 'missing document', breakSeeds: (d) => { const m = manifestOf(d); m.documents[0].file = 'nowhere.txt'; writeManifest(d, m); }, message: /nowhere\.txt: file not found/ },
  { name: 'non-UTF-8 bytes', breakSeeds: (d) => replaceDocument(d, Buffer.from('Eerste regel\nDe politie van Li\xe8ge\n', 'latin1')), message: /001_4e0ba2a00a53f22a\.txt:2: not valid UTF-8/ },
  { name: 'empty document', breakSeeds: (d) => replaceDocument(d, Buffer.from('  \n\n')), message: /001_4e0ba2a00a53f22a\.txt: the document is empty/ },
  { name: 'manifest schema violation', breakSeeds: (d) => { const m = manifestOf(d); m.documents[2].date = { value: 'maart 2018', quote: 'date 2018-03' }; writeManifest(d, m); }, message: /manifest\.json:\d+: documents\[2\]\.date\.value: must be a real date as YYYY/ },
  { name: 'invented metadata', breakSeeds: (d) => { const m = manifestOf(d); m.documents[0].date = { value: '2024-10-13', quote: null }; writeManifest(d, m); }, message: /manifest\.json:\d+: documents\[0\]\.date: a value the text does not state must be null/ },
  { name: 'duplicate document', breakSeeds: (d) => { const m = manifestOf(d); m.documents.push(m.documents[0]); writeManifest(d, m); }, message: /manifest\.json:\d+: documents\[5\]\.file: duplicate document/ },
  { name: 'gazetteer entry with an unknown parent', breakSeeds: (d) => {
    const path = join(d, 'gazetteer/locations.json');
    const locations = JSON.parse(readFileSync(path, 'utf8'));
    locations.push({ id: 'atlantis', name: 'Atlantis', kind: 'municipality', parent: 'nergensland' });
    writeFileSync(path, JSON.stringify(locations, null, 2));
  }, message: /locations\.json:\d+: \[\d+\]\.parent: unknown parent "nergensland"/ },
  { name: 'duplicate programme id', breakSeeds: (d) => { const m = manifestOf(d); m.programmes.push(m.programmes[0]); writeManifest(d, m); }, message: /manifest\.json:\d+: programmes\[4\]\.id: duplicate id "antwerpen-programma-veiligheid-havens"/ },
  { name: 'location hierarchy with a cycle', breakSeeds: (d) => {
    const path = join(d, 'gazetteer/locations.json');
    const locations = JSON.parse(readFileSync(path, 'utf8'));
    locations.push({ id: 'kip', name: 'Kip', kind: 'site', parent: 'ei' }, { id: 'ei', name: 'Ei', kind: 'site', parent: 'kip' });
    writeFileSync(path, JSON.stringify(locations, null, 2));
  }, message: /locations\.json:\d+: \[\d+\]\.parent: parent chain of "kip" loops back through "kip"/ },
  { name: 'duplicate theme id', breakSeeds: (d) => {
    const path = join(d, 'themes.json');
    const themes = JSON.parse(readFileSync(path, 'utf8'));
    themes.push(themes[0]);
    writeFileSync(path, JSON.stringify(themes, null, 2));
  }, message: /themes\.json:\d+: \[\d+\]\.id: duplicate id/ },
  { name: 'invalid JSON', breakSeeds: (d) => writeFileSync(join(d, 'themes.json'), '[{"id": "drugs",\n  "labelNl": }]'), message: /themes\.json:2: invalid JSON/ },
];

t.test('bad input: a clear error naming file, line and field, non-zero exit, database untouched', async (t) => {
  const dbPath = join(t.testdir(), 'live.db');
  buildDatabase({ dbPath, seedsDir: defaultSeedsDir });
  const before = sha256(dbPath);
  const renderings = renderingsFilesFor(dbPath).base;
  const renderingsBefore = sha256(renderings);
  for (const [i, c] of breakCases.entries()) {
    await t.test(c.name, async (t) => {
      const seeds = seedsCopy(t);
      c.breakSeeds(seeds);
      // The first case as a process of its own (exit status, stderr); the others through the same `main`, in this process.
      const result = await (i === 0 ? blauwdruk : blauwdrukInProcess)('build', '--db', dbPath, '--seeds', seeds);
      t.equal(result.code, 1, 'exit code 1');
      t.match(result.stderr, c.message);
      t.notMatch(result.stderr, /\n\s+at /, 'no stack trace');
      t.equal(sha256(dbPath), before, 'database untouched');
      t.equal(sha256(renderings), renderingsBefore, 'its list renderings untouched');
    });
  }
});

t.test('a database path that cannot be written is named, with a non-zero exit', async (t) => {
  const blocker = join(t.testdir({ 'file.txt': 'not a folder' }), 'file.txt');
  const result = await blauwdruk('build', '--db', join(blocker, 'x.db'));
  t.equal(result.code, 1);
  t.match(result.stderr, /file\.txt\/x\.db: cannot write the database here \(E[A-Z]+\)/);
  t.notMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

t.test('build from the CLI reports progress per document and a summary', async (t) => {
  const dbPath = join(t.testdir(), 'cli.db');
  const result = await blauwdruk('build', '--db', dbPath);
  t.equal(result.code, 0);
  t.match(result.stderr, /000_49349e1479cd8e95\.txt: \d+ measures/);
  t.match(result.stderr, /built .*cli\.db \(version [0-9a-f]{16}\): 5 documents, 4 programmes.*; list renderings: base of \d+ measures, \d+ figures, /);
  t.ok(existsSync(dbPath));
  const again = await blauwdruk('build', '--db', dbPath, '--if-stale');
  t.match(again.stderr, /up to date\n/, 'its renderings current');
  // Renderings made by other code (a deploy that changed the serving code alone) are brought up to date though the data is.
  const stamps = new Database(renderingsFilesFor(dbPath).base);
  stamps.exec("UPDATE list_rendering_stamps SET code = 'other code'");
  stamps.close();
  const deployed = await blauwdrukInProcess('build', '--db', dbPath, '--if-stale');
  t.match(deployed.stderr, /up to date; list renderings: base of \d+ measures/);
});

t.test('extract prints the extraction of an unseen document as JSON', async (t) => {
  const dir = t.testdir({
    'persbericht.txt': [
      'Meer blauw in Leuven',
      '',
      'De Leuvense politie krijgt er tegen eind 2025 twaalf inspecteurs bij. Het aantal cameras op de Oude Markt stijgt van 14 naar 20.',
      'Burgemeester Mohamed Ridouani wil ook 40 procent meer fietspatrouilles.',
    ].join('\n'),
  });
  const result = await blauwdruk('extract', join(dir, 'persbericht.txt'), '--date', '2024-06-01');
  t.equal(result.code, 0, result.stderr);
  const out = JSON.parse(result.stdout);
  t.same(Object.keys(out).sort(), ['actors', 'candidates', 'documentDate', 'figures', 'locations', 'measures', 'themes']);
  t.equal(out.measures.length, 3);
  t.match(out.figures, [{ value: 12, unit: 'inspecteurs' }, { value: 20, previousValue: 14 }, { value: 40, unit: '%' }]);
  t.match(out.figures[0], {
    subject: 'Leuvense politie', subjectActor: { id: 'politiezone-leuven', name: 'Politiezone Leuven' }, subjectLocation: null,
    status: 'target', unitKind: 'staff', normalizedValue: 12, series: 's-politiezone-leuven--staff',
  }, 'what the figure means, with its gazetteer links');
  t.match(out.figures[1], { subject: 'cameras', status: 'actual', direction: 'increase', change: 6, unitKind: 'count' });
  t.match(out.figures[2], { subject: 'fietspatrouilles', status: 'target', direction: 'increase', unitKind: 'percentage' });
  const text = readFileSync(join(dir, 'persbericht.txt'), 'utf8');
  for (const f of out.figures) t.equal(text.slice(f.subjectStart, f.subjectEnd), f.subject, 'subject offsets');
  t.match(out.locations, [{ id: 'leuven' }]);
  t.ok(out.themes.length > 0, 'themes assigned');
  for (const f of out.figures) t.equal(f.quote, readFileSync(join(dir, 'persbericht.txt'), 'utf8').slice(f.start, f.end));
});

t.test('extract refuses bad input with a message naming the file', async (t) => {
  const dir = t.testdir({ 'leeg.txt': '\n\n', 'latin1.txt': Buffer.from('Caf\xe9 Li\xe8ge', 'latin1') });
  const cases: Array<[string[], RegExp]> = [
    [[join(dir, 'weg.txt')], /weg\.txt: file not found/],
    [[join(dir, 'leeg.txt')], /leeg\.txt: the document is empty/],
    [[join(dir, 'latin1.txt')], /latin1\.txt:1: not valid UTF-8/],
    [[join(dir, 'leeg.txt'), '--date', 'gisteren'], /--date "gisteren" must be YYYY/],
    [[join(dir, 'leeg.txt'), '--date', '2024-02-30'], /--date "2024-02-30" must be YYYY/],
    [[], /extract takes exactly one FILE/],
  ];
  for (const [i, [args, message]] of cases.entries()) {
    const result = await (i === 0 ? blauwdruk : blauwdrukInProcess)('extract', ...args);
    t.not(result.code, 0, `exit code for ${args.join(' ')}`);
    t.match(result.stderr, message);
    t.equal(result.stdout, '');
  }
});
