/**
 * A build given no cache file (`cachePath` null) caches its extractions for itself only, in a
 * temporary file that SQLite deletes on close: an in-memory database held every extraction in
 * the process (some 50 KB a document, 5 GB at 100 000 documents).
 */
import t from 'tap';
import { openExtractionCache } from '../../src/ingest/cache.js';

const MB = 2 ** 20;

t.test('a cache without a file keeps what it stores out of the process\'s memory, and reads it back', async (t) => {
  const cache = openExtractionCache(null, 'pipeline');
  t.teardown(() => cache.close());
  const entry = (i: number) => `${JSON.stringify({ measures: [], figures: [], mentions: [], candidates: [], persons: [], n: i })}${' '.repeat(MB)}`;
  const before = process.memoryUsage().rss;
  const stored = 300;
  for (let i = 0; i < stored; i++) cache.put(`k${i}`, entry(i), JSON.stringify({ persons: [], locationIds: [], candidates: [] }));
  const grown = (process.memoryUsage().rss - before) / MB;
  // 300 MB stored; SQLite's page cache (16 MB) and the strings' garbage may stay resident, not the entries.
  t.ok(grown < stored / 2, `RSS grew by ${grown.toFixed(0)} MB for ${stored} MB stored`);
  t.equal((cache.extraction('k7') as unknown as { n: number }).n, 7, 'an entry reads back');
  t.ok(cache.has(`k${stored - 1}`));
});
