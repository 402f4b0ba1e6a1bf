/**
 * Properties of the text primitives (fast-check): code-point offsets, folding, slugs and
 * ASCII JSON, over arbitrary Unicode — astral characters, combining marks and lone
 * surrogates included.
 */
import fc from 'fast-check';
import t, { type Test } from 'tap';
import { asciiJson } from '../../src/text/ascii-json.js';
import { foldForMatch, slugify } from '../../src/text/fold.js';
import { offsetConverter, sliceCodePoints } from '../../src/text/offsets.js';
import { stemmedText, tokenize } from '../../src/text/stem.js';

/** Any UTF-16 text, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 60 });
/** Text with accents, astral characters and Dutch letters more often than uniform sampling gives. */
const dutchish = fc.string({ unit: fc.constantFrom('a', 'e', 'ë', 'é', 'ï', 'ĳ', 'IJ', 'ç', 'Å', '’', ' ', '-', '😀', '𝔸', 'e\u0301', 'İ', 'ß', 'Σ'), maxLength: 30 });
const text = fc.oneof(anyText, dutchish);

/** A text and a sorted pair of code-point positions in it. */
const textWithSpan = text.chain((s) => {
  const length = [...s].length;
  return fc.tuple(fc.constant(s), fc.nat(length), fc.nat(length)).map(([s, a, b]) => ({ s, start: Math.min(a, b), end: Math.max(a, b) }));
});

/** Checks `property` on 500 generated cases; a counterexample fails the assertion with fast-check's report. */
const assertProperty = <T>(t: Test, name: string, property: fc.IProperty<T>) => {
  t.doesNotThrow(() => fc.assert(property, { numRuns: 500 }), name);
};

t.test('offsets: code points and UTF-16 indices convert both ways; slices agree with [...text]', async (t) => {
  assertProperty(t, 'round trip', fc.property(textWithSpan, ({ s, start }) => {
    const converter = offsetConverter(s);
    const utf16 = converter.toUtf16(start);
    return utf16 === [...s].slice(0, start).join('').length && converter.toCodePoint(utf16) === start;
  }));
  assertProperty(t, 'slices', fc.property(textWithSpan, ({ s, start, end }) => sliceCodePoints(s, start, end) === [...s].slice(start, end).join('')));
});

t.test('folding keeps every UTF-16 index in place and is idempotent', async (t) => {
  assertProperty(t, 'same length', fc.property(text, (s) => foldForMatch(s).length === s.length));
  assertProperty(t, 'idempotent', fc.property(text, (s) => foldForMatch(foldForMatch(s)) === foldForMatch(s)));
  t.equal(foldForMatch('Café’s ËÏ'), "cafe's ei");
  // The folding as first written, one code point at a time: the ASCII runs' shortcut must not change a character.
  const foldOne = (ch: string) => {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const lowered = base.length === ch.length ? base.toLowerCase() : ch.toLowerCase();
    const folded = lowered.length === ch.length ? lowered : ch;
    return /[’‘`´]/.test(folded) ? "'" : folded;
  };
  const reference = (s: string) => (/^[\t\n\r -_a-~]*$/.test(s) ? s.toLowerCase() : [...s].map(foldOne).join(''));
  const withAscii = fc.string({ unit: fc.constantFrom('A', 'z', '`', "'", ' ', '\n', '\u0000', '~', 'É', 'e\u0301', '’', '😀', '\ud800', '\udc00', 'İ', 'ß'), maxLength: 30 });
  assertProperty(t, 'as one code point at a time', fc.property(fc.oneof(text, withAscii), (s) => foldForMatch(s) === reference(s)));
});

t.test('slugs are lowercase ASCII words joined by single hyphens, and stable', async (t) => {
  assertProperty(t, 'shape', fc.property(text, (s) => /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/.test(slugify(s))));
  assertProperty(t, 'idempotent', fc.property(text, (s) => slugify(slugify(s)) === slugify(s)));
  assertProperty(t, 'case and accents do not matter', fc.property(dutchish, (s) => slugify(s.toUpperCase()) === slugify(s.toLowerCase()) || /[İß]/.test(s)));
});

t.test('ASCII JSON is pure ASCII and parses to the same value', async (t) => {
  const value = fc.jsonValue({ maxDepth: 3 });
  assertProperty(t, 'same value, ASCII bytes', fc.property(fc.oneof(value, anyText), (v) => {
    const json = JSON.stringify(v);
    const ascii = asciiJson(json);
    return [...ascii].every((c) => c.charCodeAt(0) < 0x80) && JSON.stringify(JSON.parse(ascii)) === json;
  }));
});

t.test('words are the same in a text and in its folding: the tokenizer may fold word by word', async (t) => {
  // The search index and the snippets rely on this: words are found in the original text
  // and folded one by one, which is what finding them in the folded text gives.
  assertProperty(t, 'tokenize(text) = tokenize(fold(text))', fc.property(text, (s) => {
    const spans = (x: string) => tokenize(x).map((w) => [w.word, w.stem, w.start, w.end]);
    return JSON.stringify(spans(s)) === JSON.stringify(spans(foldForMatch(s)));
  }));
});

t.test('the indexed text is the stems of the words, in order', async (t) => {
  // stemmedText finds the stems without a token per word (the build's hot loop): it must give
  // exactly the stems tokenize gives, clitic "s" after an apostrophe, marks and case included.
  const clitics = fc.string({ unit: fc.constantFrom('s', 'S', 'ś', "'", '’', '`', '´', 'auto', 'Camera', 'e\u0301', ' ', '-', '1', 'ß'), maxLength: 20 });
  assertProperty(t, 'stemmedText(text) = stems of tokenize(text)', fc.property(fc.oneof(text, clitics), (s) =>
    stemmedText(s) === tokenize(s).map((w) => w.stem).join(' ')));
});
