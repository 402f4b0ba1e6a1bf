/** matchesOf finds what String.prototype.matchAll finds, empty matches and surrogate pairs included. */
import fc from 'fast-check';
import t from 'tap';
import { ACRONYM, CUE_COMPOUND, NAME_BEFORE_SEATS, NAME_THEN_ROLE, NAMES_THEN_ROLE, PLACE_AFTER_PREPOSITION, STREET } from '../../src/ingest/candidates.js';
import { SUSPENDED_PART } from '../../src/ingest/entities.js';
import { capitalStartMatcher, capitalWordStarts, matchesAtStarts, matchesOf, matchStarts } from '../../src/text/matches.js';

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

t.test('a pattern tried only where a word opens with a capital finds what matchAll finds', async (t) => {
  // Capitals after letters, hyphens, digits and astral letters; titlecase (a letter, not uppercase); lone surrogates.
  const unit = fc.constantFrom('A', 'É', 'a', 'é', 'Jan', 'Peeters', 'Kerkstraat', 'Drugscel', 'Grote Markt', 'korpschef', 'burgemeester', '𝒜', '𝓪', 'ǅ', '\ud835', '\udc9c', '-', ' ', ', ', '\n', '4', "'", '.', 'CBJ', 'OCMW', 'N-VA', ' en ', ' of ', '7 zetels', ' haalde ', 'Neer-', 'Oost-', ' in ', 'te ', ' op de ', 'tussen ', ' het ');
  const capitalPatterns = [STREET, CUE_COMPOUND, PLACE_AFTER_PREPOSITION, NAME_THEN_ROLE, NAMES_THEN_ROLE, NAME_BEFORE_SEATS, ACRONYM, SUSPENDED_PART, /(?<![\p{L}\p{N}-])\p{Lu}\p{L}*/gu, /(?=\p{Lu})(?<![\p{L}])\p{Lu}\p{L}*/gu, /(?=\p{Lu})(?<![\p{L}-])\p{Lu}(?:\p{Ll}+\s+)*/dgu, /(?=\p{Lu})(?<![\p{L}])\p{Lu}?/gu];
  const found = (ms: RegExpExecArray[]) => ms.map((m) => ({ index: m.index, groups: [...m], indices: m.indices?.map((i) => i && [...i]) }));
  t.doesNotThrow(() => fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), fc.constantFrom(...capitalPatterns), (text, pattern) => {
    t.same(found(capitalStartMatcher(pattern)(text, capitalWordStarts(text))), found([...text.matchAll(pattern)]));
  }), { numRuns: 3000 }));
  t.same(capitalWordStarts('Jan-Pieter ǅA 𝒜b x𝒜 \ud835A'), [0, 4, 14, 23], 'after a letter, hyphens and lone surrogates apart');
  t.throws(() => capitalStartMatcher(/\p{Lu}\p{Ll}+/gu), 'a pattern that may match elsewhere');
  t.throws(() => capitalStartMatcher(/(?<![\p{L}])[\p{Ll}-]*dienst/gu), 'a lookbehind before no capital');
  t.throws(() => capitalStartMatcher(/(?<![\p{L}])\p{Lu}\p{L}*/giu), 'case-insensitive: \\p{Lu} matches lowercase letters');
});

t.test('an expression opening with an alternation of forms, tried only where a form stands, finds what matchAll finds', async (t) => {
  // Forms that overlap and hold each other ("n-va", "va", "open vld"), as the regional parties' do; a surrogate pair in the text.
  const forms = '(?:open vld|n-va|va|cd&v|sp\\.a|a)';
  const party = new RegExp(forms, 'gu');
  const opening = [
    new RegExp(`(?<![\\p{L}\\p{N}&.-])${forms} (?=\\p{L})`, 'gu'),
    new RegExp(`(?<![\\p{L}\\p{N}&.-])(${forms})-(${forms})(?![\\p{L}\\p{N}&+]|[-/][\\p{L}\\p{N}+])`, 'gu'),
  ];
  const unit = fc.constantFrom('open vld', 'n-va', 'va', 'cd&v', 'sp.a', 'a', 'open', ' ', '-', 'x', '.', '😀', 'gent', '\n');
  const found = (ms: RegExpExecArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));
  t.doesNotThrow(() => fc.assert(fc.property(fc.string({ unit, maxLength: 20 }), fc.constantFrom(...opening), (text, pattern) => {
    t.same(found(matchesAtStarts(pattern, text, matchStarts(party, text))), found([...text.matchAll(pattern)]));
  }), { numRuns: 3000 }));
  t.same(matchStarts(party, 'n-va open vld'), [0, 2, 3, 5], 'overlapping forms each found');
});
