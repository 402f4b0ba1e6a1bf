/**
 * The extraction cache keeps each document's summary in a table of its own (every build reads every
 * summary; behind the extraction's overflow pages that read walked them all), and a cache written
 * before that table existed gets it, filled from its extractions, when opened.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { openExtractionCache } from '../../src/ingest/cache.js';

const summaryOf = (i: number) => ({ persons: [`persoon ${i}`], locationIds: [], candidates: [] });
const extractionOf = (i: number) => JSON.stringify({ measures: [], figures: [], mentions: [], candidates: [], persons: [], n: i, padding: 'x'.repeat(20_000) });

t.test('a summary put is read back from the summaries\' table', async (t) => {
  const path = join(t.testdir(), 'cache.db');
  const cache = openExtractionCache(path, 'pijplijn');
  cache.put('k1', extractionOf(1), JSON.stringify(summaryOf(1)));
  cache.close();
  const db = new Database(path, { readonly: true });
  t.same(JSON.parse(db.prepare('SELECT summary FROM summaries WHERE key = ?').pluck().get('k1') as string), summaryOf(1), 'stored apart from the extraction');
  db.close();
  const again = openExtractionCache(path, 'pijplijn');
  t.same(again.summary('k1'), summaryOf(1));
  t.equal((again.extraction('k1') as unknown as { n: number }).n, 1);
  again.close();
});

t.test('a cache written before the summaries\' table has it filled from its extractions when opened', async (t) => {
  const path = join(t.testdir(), 'cache.db');
  // The layout of such a cache: the summary only in `extractions`, after the extraction.
  const old = new Database(path);
  old.exec('CREATE TABLE extractions (key TEXT PRIMARY KEY, extraction TEXT NOT NULL, summary TEXT NOT NULL)');
  const insert = old.prepare('INSERT INTO extractions (key, extraction, summary) VALUES (?, ?, ?)');
  for (const i of [1, 2, 3]) insert.run(`k${i}`, extractionOf(i), JSON.stringify(summaryOf(i)));
  old.close();
  const cache = openExtractionCache(path, 'pijplijn');
  t.same([1, 2, 3].map((i) => cache.summary(`k${i}`)), [1, 2, 3].map(summaryOf));
  t.ok(cache.has('k2'));
  cache.close();
  const reopened = openExtractionCache(path, 'pijplijn');
  t.same(reopened.summary('k3'), summaryOf(3), 'opened again: the table is kept (filling it again would fail on its keys)');
  reopened.close();
});
