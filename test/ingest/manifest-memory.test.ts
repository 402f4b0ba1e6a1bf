/**
 * A build holds every parsed manifest entry for its whole run (100 000 at the 100k benchmark), so
 * what one entry costs is what the build's main heap grows by per document. Zod's output, spread
 * to add the origin, gave each of an entry's five stated fields a hidden class of its own; the
 * entries now share their shapes, and the value nobody states is one object.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import t from 'tap';
import { z } from 'zod';
import { manifestDocumentSchema } from '../../src/ingest/manifest.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** An entry like `bench/corpus.ts`'s (a title quoted from the text), with a curated scope and author. */
const entry = (i: number) => ({
  file: `${String(i).padStart(6, '0')}_x.txt`, sha256: i.toString(16).padStart(64, '0'),
  title: { value: `Beleidsnota ${i}: handhaving`, quote: `Beleidsnota ${i}: handhaving`, origin: 'text' },
  kind: 'policy_note', language: 'nl', date: { value: null, quote: null }, issuer: { value: null, quote: null }, scope: { value: 'gent', quote: null, origin: 'curated' },
  url: null, author: 'Stad Gent', programme: null,
});

t.test('a parsed entry keeps the key order the cache\'s key of a checked entry hashes', async (t) => {
  const parsed = manifestDocumentSchema.parse(JSON.parse(JSON.stringify(entry(7))));
  t.equal(JSON.stringify(parsed), JSON.stringify({
    file: '000007_x.txt', sha256: entry(7).sha256, original: null, pages: null,
    title: { value: 'Beleidsnota 7: handhaving', quote: 'Beleidsnota 7: handhaving', origin: 'text', source: null },
    kind: 'policy_note', language: 'nl',
    date: { value: null, quote: null, source: null, origin: null }, issuer: { value: null, quote: null, source: null, origin: null },
    scope: { value: 'gent', quote: null, origin: 'curated', source: null },
    url: { value: null, quote: null, source: null, origin: null }, author: { value: 'Stad Gent', quote: null, source: null, origin: 'curated' },
    programme: null,
  }));
});

t.test('parsed entries share their shapes: a few hundred bytes each beyond their strings', async (t) => {
  const count = 20_000;
  // Parsed from JSON, as a manifest is; kept alive, so the strings the entries share with it are not counted.
  const input: unknown = JSON.parse(JSON.stringify(Array.from({ length: count }, (_, i) => entry(i))));
  // Twice: the first collection's leftovers (the JSON text, code compiled on the first parse) are then gone.
  z.array(manifestDocumentSchema).parse((input as unknown[]).slice(0, 10));
  gc();
  gc();
  const before = getHeapStatistics().used_heap_size;
  const parsed = z.array(manifestDocumentSchema).parse(input);
  gc();
  const perEntry = (getHeapStatistics().used_heap_size - before) / count;
  t.equal(parsed.length, count);
  // Seven objects with shared shapes are some 400 bytes; with a hidden class per stated field an entry was 1 500.
  t.ok(perEntry < 800, `${perEntry.toFixed(0)} bytes per entry`);
  t.equal(parsed[1]!.date, parsed[2]!.date, 'the value nobody states is one object');
  t.ok(Object.isFrozen(parsed[1]!.date));
});
