/**
 * An incremental build keeps the stored counts by difference (src/queries/store-counts.ts
 * `StoredCountsChange`): after adding, deleting and changing documents its `stored_counts` holds
 * a clean build's rows at the same rowids, which are the per-record path's
 * (test/helpers/stored-counts-oracle.ts). On a generated corpus of more documents than a facet
 * lists (so the whole collection's and large places' facets are cut at FACET_LIMIT), built with
 * a minimum low enough for sets of each filter to be stored and others to cross it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { benchNames, generatedEntry, writeCorpus } from '../../bench/corpus.js';
import { buildDatabase } from '../../src/ingest/build.js';
import { FACET_LIMIT } from '../../src/queries/facets.js';
import { perRecordRows, storedCountRows, type CountRow } from '../helpers/stored-counts-oracle.js';

const builtAt = new Date('2026-01-01T00:00:00Z');
const SIZE = FACET_LIMIT + 8;
const MINIMUM = 60;

interface Manifest {
  documents: Array<{ file: string; sha256: string }>;
}

/** The sets stored per filter, and the facets cut at the limit. */
const shape = (rows: readonly CountRow[]) => {
  const sets: Record<string, number> = {};
  const lists = new Map<string, number>();
  for (const r of rows) {
    if (r.facet === '') sets[`${r.collection}/${r.filter}`] = (sets[`${r.collection}/${r.filter}`] ?? 0) + 1;
    else lists.set(`${r.collection}/${r.filter}/${r.key}/${r.facet}`, (lists.get(`${r.collection}/${r.filter}/${r.key}/${r.facet}`) ?? 0) + 1);
  }
  return { sets, cut: [...lists.values()].filter((n) => n === FACET_LIMIT).length };
};

t.test('stored counts kept by difference equal a clean build’s, at the same rowids, and the per-record path’s', async (t) => {
  const dir = t.testdir({});
  const corpus = join(dir, 'corpus');
  writeCorpus(SIZE, corpus);
  const live = join(dir, 'live.db');
  const clean = join(dir, 'clean.db');
  const cachePath = join(dir, 'cache.db');
  const build = (dbPath: string, incremental: boolean) => buildDatabase({ dbPath, seedsDir: corpus, cachePath, builtAt, incremental, threads: 1, storedCountsMinimum: MINIMUM });
  build(live, false);
  const first = storedCountRows(live);
  const { sets, cut } = shape(first);
  t.ok(['measures/location', 'measures/theme', 'measures/actor'].every((s) => (sets[s] ?? 0) > 0), `sets of each filter above ${MINIMUM}: ${JSON.stringify(sets)}`);
  t.ok(cut > 0, `${cut} facets cut at ${FACET_LIMIT}`);
  t.same(first, perRecordRows(live, MINIMUM), 'a clean build: the per-record rows');

  const manifestPath = join(corpus, 'manifest.json');
  const edit = (change: (m: Manifest) => void) => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    change(manifest);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  };
  const changes: Record<string, () => void> = {
    'one document added': () => {
      const { text, entry } = generatedEntry(SIZE, benchNames(), 2);
      writeFileSync(join(corpus, entry.file), text);
      edit((m) => m.documents.push(entry));
    },
    'three documents deleted, one changed': () => {
      edit((m) => {
        for (const gone of m.documents.splice(3, 3)) rmSync(join(corpus, gone.file));
        // The first one's text cut short: the same file, another text.
        const first = m.documents[0]!;
        const text = readFileSync(join(corpus, first.file), 'utf8').split('\n\n').slice(0, -2).join('\n\n');
        writeFileSync(join(corpus, first.file), text);
        first.sha256 = createHash('sha256').update(text).digest('hex');
      });
    },
    'ten documents added and the first ten deleted': () => {
      for (let i = 1; i <= 10; i++) {
        const { text, entry } = generatedEntry(SIZE + i, benchNames(), 3);
        writeFileSync(join(corpus, entry.file), text);
        edit((m) => m.documents.push(entry));
      }
      edit((m) => {
        for (const gone of m.documents.splice(0, 10)) rmSync(join(corpus, gone.file));
      });
    },
  };
  for (const [what, change] of Object.entries(changes)) {
    change();
    const added = build(live, true);
    copyFileSync(live, clean);
    build(clean, false);
    t.ok(added.incremental, `${what}: incremental`);
    const kept = storedCountRows(live);
    t.same(rowids(live), rowids(clean), `${what}: a clean build's rows, at the same rowids`);
    if (what === Object.keys(changes).at(-1)) t.same(kept, perRecordRows(live, MINIMUM), `${what}: the per-record rows`);
    t.comment(`${what}: ${JSON.stringify(shape(kept))}`);
  }
});

/** The rows of `stored_counts` with their rowids. */
function rowids(path: string): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT rowid, * FROM stored_counts ORDER BY rowid').raw().all();
  } finally {
    db.close();
  }
}
