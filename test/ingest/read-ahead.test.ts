/**
 * A cold parallel build reads documents ahead of the one it loads, bounded by count and by the
 * length of their texts (src/ingest/windowed.ts `ReadAhead`, build.ts `inManifestOrder`): long
 * programmes must not fill the window with hundreds of MB, and a window full by length before a
 * whole batch was read must still hand out the document it waits for.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { buildCorpus, buildDatabase } from '../../src/ingest/build.js';
import { ReadAhead } from '../../src/ingest/windowed.js';
import { defaultSeedsDir } from '../../src/paths.js';

/** How many items of the given lengths are held each time, taking the oldest while full. */
function held(limit: { documents: number; chars: number }, lengths: number[]): number[] {
  const window = new ReadAhead<number>(limit, (n) => n);
  return lengths.map((n) => {
    window.push(n);
    while (window.full) window.shift();
    return window.size;
  });
}

t.test('the window holds as many documents as their length allows, and never more than its count', async (t) => {
  t.same(held({ documents: 64, chars: 1000 }, Array(6).fill(300)), [1, 2, 3, 3, 3, 3], 'documents of 300 under 1000: three at a time');
  t.same(held({ documents: 4, chars: 1_000_000 }, Array(6).fill(300)), [1, 2, 3, 4, 4, 4], 'short documents: the count bounds it');
  t.same(held({ documents: 64, chars: 1000 }, [100, 5000, 100, 100]), [1, 0, 1, 2], 'a document longer than the window is taken at once, with those before it');
  const window = new ReadAhead<string>({ documents: 2, chars: 10 }, (s) => s.length);
  window.push('abc');
  window.push('defg');
  t.equal(window.head, 'abc');
  t.equal(window.shift(), 'abc');
  t.equal(window.size, 1);
  t.notOk(window.full);
});

t.test('a window full at every document (batches of one) builds the same file as one thread', async (t) => {
  const dir = t.testdir({});
  const builtAt = new Date('2026-01-01T00:00:00Z');
  const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  const windowed = await buildCorpus({ dbPath: join(dir, 'windowed.db'), seedsDir: defaultSeedsDir, cachePath: join(dir, 'cache.db'), builtAt, threads: 1, readAheadChars: 1 });
  t.equal(windowed.extracted, 5, 'every document extracted, each handed out alone');
  buildDatabase({ dbPath: join(dir, 'one-thread.db'), seedsDir: defaultSeedsDir, builtAt });
  t.equal(sha256(join(dir, 'windowed.db')), sha256(join(dir, 'one-thread.db')));
});
