/**
 * The scanners that cut text by code point (char-class.ts) find what the expressions they replace
 * find: the figures' cue words (`/[\p{L}\d]+/gu`) and the gazetteer's match tokens
 * (`/WORD|\S/gu`), the words of `split(/[^\p{L}]+/u)`, on any text, astral letters, combining marks and lone surrogates included.
 */
import { deepStrictEqual } from 'node:assert/strict';
import fc from 'fast-check';
import t, { type Test } from 'tap';
import { CueWords } from '../../src/ingest/figures/cue-phrases.js';
import { codePointLength, codePointTest, splitAtNonLetters } from '../../src/text/char-class.js';
import { matchTokens, WORD_SOURCE } from '../../src/text/tokens.js';

const UNITS = ['a', 'Z', 'é', 'ë', '0', '7', '²', '½', '\u0301', '’', "'", '-', '.', ',', ' ', '\u00a0', '\u2009', '\n', '\t', '😀', '𝐀', '\ud835', '\udc00', '\ud800', 'ĳ', 'ß', 'Ⅻ', '\u200b', '\ufeff'];
const texts = fc.oneof(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme-composite', maxLength: 20 }));
const assertProperty = <T>(t: Test, name: string, property: fc.IProperty<T>) => t.doesNotThrow(() => fc.assert(property, { numRuns: 2000 }), name);

t.test('cue words are the runs of letters and digits the expression finds, with the same white space between them', async (t) => {
  assertProperty(t, 'same words', fc.property(texts, (s) => {
    const expected = [...s.matchAll(/[\p{L}\d]+/gu)];
    const cut = new CueWords(s);
    deepStrictEqual(cut.words, expected.map((m) => m[0]));
    expected.slice(0, -1).forEach((m, i) => {
      const between = s.slice(m.index + m[0].length, expected[i + 1]!.index);
      if (cut.spacedAfter(i) !== /^\s+$/u.test(between)) throw new Error(`spacing after word ${i} of ${JSON.stringify(s)}`);
    });
  }));
  t.same(new CueWords('naar  verwachting, 2025!').words, ['naar', 'verwachting', '2025']);
});

t.test('match tokens are the words and single other characters the expression finds', async (t) => {
  const MATCH_TOKEN = new RegExp(`${WORD_SOURCE}|\\S`, 'gu');
  assertProperty(t, 'same tokens', fc.property(texts, (s) => {
    const expected = [...s.matchAll(MATCH_TOKEN)];
    const tokens = matchTokens(s);
    let previousEnd = -1;
    deepStrictEqual(tokens, expected.map((m) => {
      const token = { start: m.index, end: m.index + m[0].length, key: previousEnd >= 0 && m.index > previousEnd ? ` ${m[0]}` : m[0], bare: m[0] };
      previousEnd = token.end;
      return token;
    }));
  }));
  t.same(matchTokens('de  zone, 😀').map((tok) => tok.key), ['de', ' zone', ',', ' 😀']);
});

t.test('a code point test answers as its class does, a surrogate pair as one code point', async (t) => {
  const letter = codePointTest(/\p{L}/u);
  t.ok(letter('x𝐀', 1), 'an astral letter');
  t.notOk(letter('x\ud835', 1), 'a lone high surrogate');
  t.notOk(letter('\udc00', 0), 'a lone low surrogate');
  t.ok(letter('é', 0));
  t.notOk(letter('é'.normalize('NFD'), 1), 'a combining mark is no letter');
  t.equal(codePointLength('😀', 0), 2);
  t.equal(codePointLength('😀', 1), 1);
  t.equal(codePointLength('\ud800a', 0), 1);
});

t.test('the words between non-letters are what split gives', async (t) => {
  assertProperty(t, 'same parts', fc.property(texts, (s) => deepStrictEqual(splitAtNonLetters(s), s.split(/[^\p{L}]+/u))));
  t.same(splitAtNonLetters(''), ['']);
  t.same(splitAtNonLetters('- werd 12 gestegen.'), ['', 'werd', 'gestegen', '']);
});
