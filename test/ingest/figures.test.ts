import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { extractFigures } from '../../src/ingest/figures/index.js';
import { parseDigits, parseNumberWord } from '../../src/ingest/figures/tokens.js';
import type { FigureReading as Figure } from '../../src/ingest/types.js';

/**
 * Table-driven test over test/ingest/fixtures/figures/<case>/{input.txt,expected.json}.
 * Expected figures are written by hand from reading each input; offsets are not stored but
 * every figure must slice back to its quote.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'figures');

type Expected = Pick<Figure, 'quote' | 'value' | 'valueMax' | 'previousValue' | 'unit' | 'subject' | 'qualifier' | 'referenceDate' | 'kind'>;

const fields = (f: Figure): Expected => ({
  quote: f.quote,
  value: f.value,
  valueMax: f.valueMax,
  previousValue: f.previousValue,
  unit: f.unit,
  subject: f.subject,
  qualifier: f.qualifier,
  referenceDate: f.referenceDate,
  kind: f.kind,
});

const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

t.test('fixture cases exist', async (t) => {
  t.ok(cases.length >= 25, `${cases.length} cases`);
});

for (const name of cases) {
  t.test(name, async (t) => {
    const text = readFileSync(join(root, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as {
      documentDate: string | null;
      figures: Expected[];
    };
    const figures = extractFigures(text, { documentDate: expected.documentDate });
    for (const f of figures) t.equal(text.slice(f.start, f.end), f.quote, `offsets of "${f.quote}"`);
    for (let i = 1; i < figures.length; i++) {
      t.ok(figures[i]!.start >= figures[i - 1]!.end, `"${figures[i]!.quote}" sorted and not overlapping`);
    }
    t.strictSame(figures.map(fields), expected.figures);
  });
}

t.test('number parsing', async (t) => {
  t.equal(parseDigits('1.829'), 1829);
  t.equal(parseDigits('16,6'), 16.6);
  t.equal(parseDigits('2.500.000'), 2500000);
  t.equal(parseDigits('22.30'), null, 'a clock time, not a number');
  t.equal(parseDigits('09'), null, 'a phone prefix');
  t.strictSame(parseNumberWord('vijfenzeventig'), { value: 75, approx: false });
  t.strictSame(parseNumberWord('tweeentwintig'), { value: 22, approx: false });
  t.strictSame(parseNumberWord('tweehonderd'), { value: 200, approx: false });
  t.strictSame(parseNumberWord('drieduizendvijfhonderd'), { value: 3500, approx: false });
  t.strictSame(parseNumberWord('honderdduizend'), { value: 100000, approx: false });
  t.strictSame(parseNumberWord('twintigtal'), { value: 20, approx: true });
  t.equal(parseNumberWord('tientallen'), null);
  t.equal(parseNumberWord('honderden'), null);
  t.equal(parseNumberWord('tweede'), null);
});

t.test('offsets are UTF-16 and survive astral characters', async (t) => {
  const text = 'Kijk 😀: er kwamen 12 nieuwe agenten bij.';
  const [f] = extractFigures(text);
  t.equal(f?.quote, '12 nieuwe agenten');
  t.equal(text.slice(f!.start, f!.end), '12 nieuwe agenten');
});
