import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { classifyStatement, isHeadingLine, segmentDocument, statedDocumentDate } from '../../src/ingest/segment.js';

const fixtures = join(import.meta.dirname, 'fixtures/segment');

for (const name of readdirSync(fixtures)) {
  t.test(`segment: ${name}`, async (t) => {
    const text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8'));
    const segments = segmentDocument(text);
    t.same(segments.map(({ section, block, blockKind, statementKind, quote }) => ({ section, block, blockKind, statementKind, quote })), expected);
    for (const s of segments) t.equal(text.slice(s.start, s.end), s.quote, `offsets of measure ${s.ordinal}`);
    t.same(segments.map((s) => s.ordinal), segments.map((_, i) => i + 1));
  });
}

t.test('headings are short lines without closing punctuation', async (t) => {
  t.ok(isHeadingLine('Een gekende wijkagent'));
  t.ok(isHeadingLine('De grote blikvanger? Een taskforce'));
  t.notOk(isHeadingLine('We investeren in wijkagenten.'));
  t.notOk(isHeadingLine('- een opsomming'));
  t.notOk(isHeadingLine('kleine letter aan het begin'));
});

t.test('statement kinds', async (t) => {
  const table: Array<[string, string]> = [
    ['We investeren in extra blauw op straat.', 'commitment'],
    ['Het stadsbestuur zal twee nieuwe commissariaten openen.', 'commitment'],
    ['In 2022 werden 300 fietsen gestolen.', 'observation'],
    ['Brugge heeft een eigen politiezone.', 'observation'],
    ['Wat doet de politie daaraan?', 'question'],
  ];
  for (const [sentence, kind] of table) t.equal(classifyStatement(sentence), kind, sentence);
});

t.test('a scraper date prefix states the document date', async (t) => {
  t.equal(statedDocumentDate(' date 2018-03 Tientallen'), '2018-03');
  t.equal(statedDocumentDate('Datum: 2024-05-01\nTekst'), '2024-05-01');
  t.equal(statedDocumentDate('Het plan van 2018'), null);
});
