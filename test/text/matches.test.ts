/** matchesOf finds what String.prototype.matchAll finds, empty matches and surrogate pairs included. */
import fc from 'fast-check';
import t from 'tap';
import { matchesOf } from '../../src/text/matches.js';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, match: [...m], groups: m.groups }));

// Expressions of the extraction's kinds: words, look-arounds, alternations with groups, and ones that match the empty string.
const patterns = [/[\p{L}\d]+/gu, /(?<=\p{L}{2}[.!?]\s+)(?=\d)/gu, /x*/gu, /x*/g, /(?:)/gu, /\b(\d+)(?:,(\d+))?\b/g, /(?<![\p{L}])(?<word>\p{Lu}\p{Ll}*)(?![\p{L}])/gu, /\S/gu, /./g, /[;:]|,\s+(?=en)/gu];
const parts = ['a', 'B', 'x', 'xx', '1', '23', ',', '.', '. ', ' ', 'en', 'Één', '😀', '\ud83d', '\ude00', '\n'];

t.test('the same matches as matchAll, for every expression and text', async () => {
  fc.assert(fc.property(fc.constantFrom(...patterns), fc.array(fc.constantFrom(...parts), { maxLength: 20 }).map((p) => p.join('')), (pattern, text) => {
    return JSON.stringify(shape(matchesOf(pattern, text))) === JSON.stringify(shape(text.matchAll(pattern)));
  }), { numRuns: 3000 });
});

t.test('starts at 0 and leaves lastIndex at 0; the caller may run the same expression inside its loop', async (t) => {
  const pattern = /\d+/g;
  pattern.lastIndex = 3;
  const found = matchesOf(pattern, '12 34 56');
  t.same(found.map((m) => m[0]), ['12', '34', '56']);
  t.equal(pattern.lastIndex, 0);
  const nested = found.map((m) => matchesOf(pattern, `${m[0]} 7`).length);
  t.same(nested, [2, 2, 2]);
});

t.test('a non-global expression is refused, as by matchAll', async (t) => {
  t.throws(() => matchesOf(/\d/, '1'), TypeError);
});
