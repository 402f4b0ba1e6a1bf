import t from 'tap';
import { bibtex, cslJson, plainText, type Citable } from '../../src/publish/citation.js';
import type { DocumentRecord } from '../../src/queries/shapes.js';

const document = { id: 'doc-1', title: 'Bestuursakkoord', date: '2025-01', issuer: { id: 'stad', name: 'Stad', url: '' }, author: null } as unknown as DocumentRecord;
const citable = (page: number | null): Citable => ({
  key: 'blauwdruk-f-1',
  genre: 'Cijfer',
  title: '120 inspecteurs',
  quote: '120 extra inspecteurs',
  start: 10,
  end: 31,
  page,
  url: 'http://x/v1/figures/f-1',
  document,
  documentUrl: 'http://x/v1/documents/doc-1',
  dataset: { version: 'abc', builtAt: '2026-01-01T00:00:00Z' },
});

t.test('a quote from a paged original is cited with its page', async (t) => {
  t.match(plainText(citable(4)), /Bron: “Bestuursakkoord”, Stad, [^.]*, p\. 4\./);
  t.match(bibtex(citable(4)), /note = \{Bron: Bestuursakkoord, Stad, .*, p\. 4\./);
  t.match(cslJson(citable(4))[0], { page: '4', note: /“Bestuursakkoord”, p\. 4 / });
});

t.test('a quote from a text without pages has none', async (t) => {
  t.notMatch(plainText(citable(null)), /p\. \d/);
  t.notMatch(bibtex(citable(null)), /p\. \d/);
  t.notOk('page' in cslJson(citable(null))[0]!);
});
