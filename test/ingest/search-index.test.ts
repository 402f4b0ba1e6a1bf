import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { buildCorpus } from '../../src/ingest/build.js';
import { indexed, withTitle } from '../../src/ingest/search-index.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { stemsOf } from '../../src/text/stem.js';

const builtAt = new Date('2026-01-01T00:00:00Z');

/** A row's index values as the load computed them before the workers stemmed: `stemsOf` of the row's whole text. */
const stemmed = (text: string) => {
  const stems = stemsOf(text);
  return { tokens: stems.length, body: stems.join(' ') };
};

/** Each document, measure and figure row of `search_rows` beside `stemmed` of its text, read from the built tables and the corpus files. */
function indexRows(dbPath: string, corpus: string) {
  const db = new Database(dbPath, { readonly: true });
  const stored = new Map((db.prepare('SELECT kind, ref, tokens, body FROM search_rows WHERE id > 0').all() as Array<{ kind: string; ref: string; tokens: number; body: string }>)
    .map((r) => [`${r.kind} ${r.ref}`, { tokens: r.tokens, body: r.body }]));
  const expected = new Map<string, { tokens: number; body: string }>();
  for (const d of db.prepare('SELECT id, file, title FROM documents').all() as Array<{ id: string; file: string; title: string }>) {
    expected.set(`document ${d.id}`, stemmed(`${d.title}\n${readFileSync(join(corpus, d.file), 'utf8')}`));
  }
  for (const m of db.prepare('SELECT id, section, text FROM measures').all() as Array<{ id: string; section: string | null; text: string }>) {
    expected.set(`measure ${m.id}`, stemmed(`${m.section ?? ''}\n${m.text}`));
  }
  const figures = db.prepare('SELECT f.id, f.quote, f.unit, f.subject, m.text AS measure FROM figures f LEFT JOIN measures m ON m.id = f.measure_id').all() as Array<{ id: string; quote: string; unit: string | null; subject: string | null; measure: string | null }>;
  for (const f of figures) expected.set(`figure ${f.id}`, stemmed([f.quote, f.unit, f.subject, f.measure].filter(Boolean).join('\n')));
  db.close();
  return { stored, expected };
}

t.test('the stems the workers compute and the cache keeps are stemsOf of each row\'s text, title included', async (t) => {
  const dir = t.testdir({ corpus: {} });
  const corpus = join(dir, 'corpus');
  cpSync(defaultSeedsDir, corpus, { recursive: true });
  const cachePath = join(dir, 'cache.db');
  const build = () => buildCorpus({ dbPath: join(dir, 'x.db'), seedsDir: corpus, cachePath, builtAt, threads: 1 });
  t.equal((await build()).extracted, 5);
  const cold = indexRows(join(dir, 'x.db'), corpus);
  t.ok(cold.stored.size > 5, 'documents, measures and figures are indexed');
  t.same([...cold.stored].sort(), [...cold.expected].sort(), 'a cold build (stems from the workers)');
  // The title is not in the cache key: a changed title is stemmed where the document is loaded.
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
  manifest.documents[2].title = { value: 'Camera\u2019', quote: null };
  writeFileSync(join(corpus, 'manifest.json'), JSON.stringify(manifest, null, 2));
  t.equal((await build()).extracted, 0, 'nothing re-extracted');
  const warm = indexRows(join(dir, 'x.db'), corpus);
  t.same([...warm.stored].sort(), [...warm.expected].sort(), 'a warm build after a title change (stems from the cache)');
});

t.test('a title\'s stems and its text\'s, joined, are those of the two across a line break', async (t) => {
  const cases: Array<[string, string]> = [
    ['Beleidsplan 2025', 'De politiezone plaatst camera\u2019s.'],
    ["camera'", 's en nog'],
    ["auto'", "'s avonds"],
    ['\u2014', 'Tekst zonder titelwoorden'],
    ['Titel', ''],
    ['', ''],
    ['Caf\u0065', '\u0301 met een teken'],
    ['x', "s'"],
  ];
  for (const [title, text] of cases) t.same(withTitle(indexed([title]), indexed([text])), stemmed(`${title}\n${text}`), JSON.stringify([title, text]));
});
