/**
 * Whether a database after an incremental build is the file a clean build writes from the same
 * corpus over the same previous database (README, "Identical to a clean build"), with the build
 * time fixed as SOURCE_DATE_EPOCH fixes it: after adding a document (at the end of the manifest,
 * as `blauwdruk add` appends it), the same bytes. After retitling, rewriting or removing one, the
 * same rows in every table and the same rows at the same rowids in every table but those whose
 * rowids record the order documents were loaded in (a changed document is deleted and loaded
 * again after the others, a removed one leaves a gap), and what follows from them.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { benchNames, generatedEntry, writeCorpus } from '../../bench/corpus.js';
import { buildDatabase } from '../../src/ingest/build.js';
import { dumpRows, storageOrderDiff } from '../helpers/dump.js';

/** The build time, as `SOURCE_DATE_EPOCH=1767225600 blauwdruk build` records it (src/cli.ts). */
const SOURCE_DATE_EPOCH = 1767225600;
const builtAt = new Date(SOURCE_DATE_EPOCH * 1000);

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * The tables whose rowids record the order documents were loaded in: a document's rows in each
 * of its tables (by a text key, so the rowid is the insert order), its index rows (`search_rows`,
 * whose id is the full-text index's rowid, and the index's own tables, written from them), and
 * the planner's statistics, estimated from a file whose pages these differences move. A clean
 * build loads in manifest order; a copy deletes a changed document and loads it after the others.
 */
const LOAD_ORDER_TABLES = ['candidates', 'documents', 'figures', 'measure_actors', 'measure_locations', 'measure_themes', 'measures', 'mentions', 'search_rows', 'search_index_data', 'search_index_docsize', 'search_index_idx', 'sqlite_stat1', 'sqlite_stat4'];

interface Manifest {
  documents: Array<{ file: string; sha256: string; title: { value: string | null; quote: string | null } }>;
}

/** Applies `change` to the corpus, rebuilds `live.db` incrementally and a copy of the previous one clean, and returns both paths. */
function step(t: Test, dir: string, name: string, change: (m: Manifest, corpus: string) => void) {
  const corpus = join(dir, 'corpus');
  const live = join(dir, 'live.db');
  const clean = join(dir, `clean-${name}.db`);
  const cachePath = join(dir, 'cache.db');
  copyFileSync(live, clean);
  const manifestPath = join(corpus, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  change(manifest, corpus);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const incremental = buildDatabase({ dbPath: live, seedsDir: corpus, cachePath, builtAt, canonical: true });
  const full = buildDatabase({ dbPath: clean, seedsDir: corpus, cachePath, builtAt, incremental: false });
  t.ok(incremental.incremental, `${name}: the rebuild starts from the previous database`);
  t.equal(incremental.version, full.version, `${name}: same version`);
  t.ok(dumpRows(live) === dumpRows(clean), `${name}: every table holds the same rows`);
  return { live, clean };
}

t.test('an incremental build writes a clean build’s file: the same bytes after adding a document, the same rows after changing one', async (t) => {
  const dir = t.testdir({});
  const corpus = join(dir, 'corpus');
  writeCorpus(12, corpus);
  buildDatabase({ dbPath: join(dir, 'live.db'), seedsDir: corpus, cachePath: join(dir, 'cache.db'), builtAt });

  const added = step(t, dir, 'add', (m) => {
    const { text, entry } = generatedEntry(12, benchNames(), 2);
    writeFileSync(join(corpus, entry.file), text);
    m.documents.push(entry as Manifest['documents'][number]);
  });
  t.equal(sha256(added.live), sha256(added.clean), 'add: the same bytes (sha256)');

  const changes: Array<[string, (m: Manifest) => void]> = [
    ['retitle', (m) => {
      m.documents[0]!.title = { value: 'Een andere titel', quote: null };
    }],
    ['rewrite', (m) => {
      const doc = m.documents[1]!;
      const text = `${readFileSync(join(corpus, doc.file), 'utf8')}\nWe zetten 25 extra wijkagenten in tegen 2026.\n`;
      writeFileSync(join(corpus, doc.file), text);
      doc.sha256 = createHash('sha256').update(text).digest('hex');
    }],
    ['remove', (m) => {
      m.documents.splice(2, 1);
    }],
  ];
  for (const [name, change] of changes) {
    const { live, clean } = step(t, dir, name, change);
    const differing = storageOrderDiff(live, clean).map((d) => d.table);
    t.ok(differing.includes('documents'), `${name}: the documents' rowids record the order they were loaded in`);
    t.same(differing.filter((table) => !LOAD_ORDER_TABLES.includes(table)), [], `${name}: every other table has the same rows at the same rowids (the seven WITHOUT ROWID tables included)`);
  }
});
