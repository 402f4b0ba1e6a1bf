/**
 * Properties of content negotiation (fast-check): over any Accept header the answer is
 * one of the offers or none (406), never an exception; no header and a wildcard pick the
 * default; an explicitly preferred offer wins.
 */
import fc from 'fast-check';
import t from 'tap';
import { negotiate } from '../../src/plugins/negotiate.js';

const TYPES = ['application/json', 'text/csv', 'application/x-ndjson', 'application/ld+json', 'text/html', 'text/turtle'];
const offers = fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 4 });
const quality = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 1000 }).map((q) => `;q=${q / 1000}`), fc.constantFrom(';q=', ';q=x', ';q=1.5', ';q=-1', ';level=1'));
const range = fc.tuple(fc.constantFrom(...TYPES, '*/*', 'text/*', 'application/*', 'image/png', 'garbage', ''), quality).map(([r, q]) => r + q);
/** Accept headers: well-formed lists of ranges, and arbitrary text. */
const accept = fc.oneof(fc.array(range, { maxLength: 5 }).map((ranges) => ranges.join(', ')), fc.string({ unit: 'binary', maxLength: 60 }));

t.test('the answer is one of the offers or none, never an error', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(accept, offers, (header, list) => {
    const chosen = negotiate(header, list);
    return chosen === undefined || list.includes(chosen);
  }), { numRuns: 2000 }));
});

t.test('no Accept, an empty one or a bare wildcard picks the first offer', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(offers, fc.constantFrom(undefined, '', '  ', '*/*', '*/*;q=0.5'), (list, header) => negotiate(header, list) === list[0]), { numRuns: 300 }));
});

t.test('an offer named with a higher quality than everything else wins', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(offers, fc.nat(3), (list, i) => {
    const wanted = list[i % list.length]!;
    return negotiate(`${wanted}, */*;q=0.1`, list) === wanted;
  }), { numRuns: 300 }));
});

t.test('ranges with quality 0 are refused', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(offers, (list) => negotiate(list.map((o) => `${o};q=0`).join(', '), list) === undefined), { numRuns: 200 }));
});
