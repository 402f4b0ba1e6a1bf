/**
 * An incremental build (a copy of the previous database, updated with only what changed) holds
 * the same rows as a clean build over the same previous database (see test/helpers/dump.ts):
 * across adding, changing and removing documents, with the corpus-wide tables (series, similar
 * measures, reference tables, version, history) recomputed.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import t, { type Test } from 'tap';
import * as schema from '../../src/db/schema.js';
import { addDocuments } from '../../src/ingest/add.js';
import { buildDatabase, type BuildSummary } from '../../src/ingest/build.js';
import { mergesSearchIndex, searchIndexShape } from '../../src/ingest/search-segments.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { fixtureHtml } from '../helpers/documents.js';
import { dumpRows } from '../helpers/dump.js';

const builtAt = new Date('2026-01-01T00:00:00Z');

interface Manifest {
  documents: Array<{ file: string; sha256: string; title: { value: string | null; quote: string | null } }>;
}
const manifestPath = (corpus: string) => join(corpus, 'manifest.json');
const readManifest = (corpus: string) => JSON.parse(readFileSync(manifestPath(corpus), 'utf8')) as Manifest;
const writeManifest = (corpus: string, m: Manifest) => writeFileSync(manifestPath(corpus), JSON.stringify(m, null, 2));

const count = (path: string, table: string) => {
  const db = new Database(path, { readonly: true });
  const n = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  db.close();
  return n;
};

/** The full-text index's segments in the file at `path` (src/ingest/search-segments.ts). */
const shapeOf = (path: string) => {
  const db = drizzle(new Database(path, { readonly: true }), { schema });
  try {
    return searchIndexShape(db);
  } finally {
    db.$client.close();
  }
};

/**
 * FTS5's integrity check of `search_index` (with rank 1: its terms compared with those of its
 * content table, search_rows); throws when they differ. Run on a copy: the check is written as
 * an INSERT, and a write to the live file would end its next build's incremental path.
 */
const integrityCheck = (path: string) => {
  const copy = `${path}.check`;
  cpSync(path, copy);
  const db = new Database(copy);
  try {
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  } finally {
    db.close();
    rmSync(copy);
  }
};

/**
 * Applies `change` to the corpus, then rebuilds `live.db` (incrementally, with the shared cache)
 * and a copy of the previous `live.db` without the incremental path, and compares them.
 */
async function step(t: Test, dir: string, name: string, change: () => void | Promise<void>): Promise<BuildSummary> {
  const corpus = join(dir, 'corpus');
  const live = join(dir, 'live.db');
  const clean = join(dir, `clean-${name}.db`);
  cpSync(live, clean);
  await change();
  const incremental = buildDatabase({ dbPath: live, seedsDir: corpus, cachePath: join(dir, 'cache.db'), builtAt });
  const full = buildDatabase({ dbPath: clean, seedsDir: corpus, builtAt, incremental: false });
  t.ok(incremental.incremental, `${name}: the rebuild starts from the previous database`);
  t.notOk(full.incremental);
  t.equal(incremental.version, full.version, `${name}: same version`);
  t.equal(dumpRows(live), dumpRows(clean), `${name}: every table holds the same rows`);
  t.doesNotThrow(() => integrityCheck(live), `${name}: the full-text index is the index of search_rows, row for row (FTS5's integrity check against its content)`);
  // The copy's triggers added the changed rows to the index as segments of their own: merged once they weigh a share of the rest.
  const [incrementalShape, cleanShape] = [shapeOf(live), shapeOf(clean)];
  t.equal(cleanShape.segments, 1, `${name}: the clean build's full-text index is one segment`);
  t.notOk(mergesSearchIndex(incrementalShape), `${name}: the incremental one is within the bound (${JSON.stringify(incrementalShape)})`);
  return incremental;
}

t.test('incremental builds equal clean builds across adding, changing and removing documents', async (t) => {
  const dir = t.testdir({ corpus: {}, page: { 'akkoord.html': fixtureHtml() } });
  const corpus = join(dir, 'corpus');
  cpSync(defaultSeedsDir, corpus, { recursive: true });
  const first = buildDatabase({ dbPath: join(dir, 'live.db'), seedsDir: corpus, cachePath: join(dir, 'cache.db'), builtAt });
  t.notOk(first.incremental, 'the first build has nothing to start from');
  const similaritiesBefore = count(join(dir, 'live.db'), 'measure_similarities');

  const added = await step(t, dir, 'add', async () => {
    await addDocuments(corpus, [join(dir, 'page/akkoord.html')], { scope: 'gent' });
  });
  t.equal(added.extracted, 1, 'only the new document is extracted');
  t.equal(added.counts.documents, 6);
  t.not(count(join(dir, 'live.db'), 'measure_similarities'), similaritiesBefore, 'the new measures align with the others');

  await step(t, dir, 'retitle', () => {
    const m = readManifest(corpus);
    m.documents[0]!.title = { value: 'Een andere titel', quote: null };
    writeManifest(corpus, m);
  });

  await step(t, dir, 'rewrite', () => {
    const m = readManifest(corpus);
    const doc = m.documents[1]!;
    const path = join(corpus, doc.file);
    const text = `${readFileSync(path, 'utf8')}\nWe zetten 25 extra wijkagenten in tegen 2026.\n`;
    writeFileSync(path, text);
    doc.sha256 = createHash('sha256').update(text).digest('hex');
    writeManifest(corpus, m);
  });

  const removed = await step(t, dir, 'remove', () => {
    const m = readManifest(corpus);
    m.documents.splice(2, 1);
    writeManifest(corpus, m);
  });
  t.equal(removed.counts.documents, 5);
  t.equal(removed.extracted, 0);

  const db = new Database(join(dir, 'live.db'), { readonly: true });
  const actions = db.prepare('SELECT collection, action, count(*) AS n FROM changes WHERE build > 1 GROUP BY collection, action').all() as Array<{ collection: string; action: string; n: number }>;
  db.close();
  t.ok(actions.some((a) => a.collection === 'documents' && a.action === 'deleted'), 'the history logs the removed document');
  t.ok(actions.some((a) => a.collection === 'documents' && a.action === 'modified'), 'and the retitled one');
});

t.test('a build from other reference data starts afresh', async (t) => {
  const dir = t.testdir({ corpus: {} });
  const corpus = join(dir, 'corpus');
  cpSync(defaultSeedsDir, corpus, { recursive: true });
  buildDatabase({ dbPath: join(dir, 'live.db'), seedsDir: corpus, builtAt });
  const themes = JSON.parse(readFileSync(join(corpus, 'themes.json'), 'utf8')) as Array<{ cues: string[] }>;
  themes[0]!.cues.push('wijkagent*');
  writeFileSync(join(corpus, 'themes.json'), JSON.stringify(themes, null, 2));
  cpSync(join(dir, 'live.db'), join(dir, 'clean.db'));
  const rebuilt = buildDatabase({ dbPath: join(dir, 'live.db'), seedsDir: corpus, builtAt });
  t.notOk(rebuilt.incremental, 'a changed taxonomy reloads every document');
  buildDatabase({ dbPath: join(dir, 'clean.db'), seedsDir: corpus, builtAt, incremental: false });
  t.equal(dumpRows(join(dir, 'live.db')), dumpRows(join(dir, 'clean.db')));
});
