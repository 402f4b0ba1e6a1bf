/**
 * Measure alignment at corpus scale: candidates come from per-place postings of shared stems, not
 * from comparing each measure with every other. The result must equal the exhaustive comparison.
 */
import fc from 'fast-check';
import t from 'tap';
import { similarMeasures, type MeasureText } from '../../src/ingest/similarity.js';
import { similarMeasures as exhaustive } from './exhaustive-similarity.js';

const PLACES = ['belgie', 'antwerpen', 'gent', 'brugge', null] as const;
/** A place is related to itself and to the country; the cities are not related to each other. */
const related = (a: string, b: string) => a === b || a === 'belgie' || b === 'belgie';
const WORDS = ['cameratoezicht', 'stationsbuurt', 'wijkagent', 'inbraken', 'preventie', 'drugshandel', 'fietspatrouilles', 'slachtoffers', 'brandweer', 'kazerne', 'politie', 'overlast', 'jongeren', 'nachtleven', 'de', '2026'];

t.test('postings find exactly the pairs, ranks, scores and terms of the exhaustive comparison', async (t) => {
  const measure = fc.record({
    document: fc.integer({ min: 0, max: 8 }),
    place: fc.constantFrom(...PLACES),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 7 }),
  });
  let compared = 0;
  fc.assert(fc.property(fc.array(measure, { minLength: 1, maxLength: 40 }), (specs) => {
    // A document is about one place: the place of its first measure.
    const placeOf = new Map<number, string | null>();
    for (const s of specs) if (!placeOf.has(s.document)) placeOf.set(s.document, s.place);
    const measures: MeasureText[] = specs.map((s, i) => ({ id: `m${String(i).padStart(3, '0')}`, documentId: `D${s.document}`, place: placeOf.get(s.document)!, text: s.words.join(' ') }));
    const expected = exhaustive(measures, related);
    compared += expected.length;
    t.same(similarMeasures(measures, related), expected);
  }), { numRuns: 300, seed: 11 });
  t.ok(compared > 100, `the generated corpora have similar measures to compare (${compared})`);
});

t.test('a corpus of many places is not compared all against all', async (t) => {
  // 200 cities × 50 measures, each city with its own vocabulary: the exhaustive method asks about 100 million pairs of places.
  const measures: MeasureText[] = [];
  for (let city = 0; city < 200; city++) {
    for (let i = 0; i < 50; i++) measures.push({ id: `m-${city}-${i}`, documentId: `D${city}-${i % 10}`, place: `stad${city}`, text: `stad${city}woord${i % 7} stad${city}woord${i % 5} stad${city}woord${i % 3}` });
  }
  let asked = 0;
  const result = similarMeasures(measures, (a, b) => {
    asked++;
    return a === b;
  });
  t.ok(result.length > 0 && result.every((s) => s.measureId.split('-')[1] === s.similarId.split('-')[1]), 'similar measures only within a city');
  t.ok(asked <= 200 * 200, `places compared once per pair of places, not per pair of measures (${asked} questions)`);
});
