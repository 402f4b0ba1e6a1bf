import fc from 'fast-check';
import t from 'tap';
import { spans, StemmedText, stemmedText, stemsOf, tokenize, wordOffset, words, type Span } from '../../src/text/stem.js';
import { foldForMatch, slugify } from '../../src/text/fold.js';
import { wordPattern } from '../../src/text/tokens.js';
import { offsetConverter, sliceCodePoints } from '../../src/text/offsets.js';

t.test('Dutch stemming makes singular and plural meet', async (t) => {
  t.equal(stemmedText('politiekantoor'), stemmedText('politiekantoren'));
  t.same(stemmedText('ANPR-camera’s').split(' '), ['anpr', 'camera']);
  t.equal(stemmedText("auto's"), stemmedText('auto'), 'the s of a plural or genitive belongs to its word');
  t.same(tokenize("'s avonds").map((w) => w.word), ['s', 'avonds'], 'a standalone \'s is still a word');
  t.equal(tokenize('Één café')[0]!.word, 'een');
});

t.test('folding keeps length so offsets survive', async (t) => {
  const s = 'Cocaïne in Brazilië’s haven';
  t.equal(foldForMatch(s).length, s.length);
  t.equal(foldForMatch(s), "cocaine in brazilie's haven");
  t.equal(slugify('Federale Gerechtelijke Politie – Antwerpen'), 'federale-gerechtelijke-politie-antwerpen');
});

t.test('code-point offsets differ from UTF-16 after astral characters', async (t) => {
  const s = 'a😀b 40 ton';
  const conv = offsetConverter(s);
  const u16 = s.indexOf('40');
  t.equal(u16, 5);
  t.equal(conv.toCodePoint(u16), 4);
  t.equal(conv.toUtf16(4), 5);
  t.equal(sliceCodePoints(s, 4, 10), '40 ton');
});

t.test('decomposed (NFD) text gives the words of its composed (NFC) form, offsets into itself', async (t) => {
  const nfd = 'e\u0301e\u0301n cafe\u0301';
  const nfc = nfd.normalize('NFC');
  t.same(tokenize(nfd).map((w) => [w.word, w.stem]), tokenize(nfc).map((w) => [w.word, w.stem]));
  t.same(tokenize(nfd).map((w) => nfd.slice(w.start, w.end)), ['e\u0301e\u0301n', 'cafe\u0301'], 'spans cover the marks');
  t.equal(stemmedText(nfd), stemmedText(nfc));
});

t.test('a word found by its offset: wordOffset and words from there agree with reading from the start', async (t) => {
  t.equal(wordOffset("De camera's van 's nachts", 2), 12, "the clitic s of camera's is no word");
  t.equal(wordOffset("De camera's van 's nachts", 3), 17, "the s of 's nachts is one");
  t.equal(wordOffset('twee woorden', 2), 12, 'past the last word: the length');
  const part = fc.constantFrom('camera', 'camera’s', "auto's", "'s", 's', 'S', 'ſ', 'één', 'e\u0301e\u0301n', '😀', 'İstanbul', '2024', 'x\u0301s', ' ', '-', '’', "'", ', ', '\n');
  t.doesNotThrow(() => fc.assert(fc.property(fc.array(part, { maxLength: 60 }), fc.nat(70), (parts, index) => {
    const text = parts.join('');
    const all = [...words(text)];
    const offset = wordOffset(text, index);
    if (offset !== (all[index]?.start ?? text.length)) return false;
    return JSON.stringify([...words(text, offset)]) === JSON.stringify(all.slice(index));
  }), { numRuns: 1000 }));
});

t.test('readers of the words of two texts may interleave: each reads its own text (the word matcher is shared)', async (t) => {
  const part = fc.constantFrom('camera', 'camera’s', "auto's", "'s", 'één', 'e\u0301e\u0301n', '😀', '2024', ' ', '-', ', ', '\n');
  t.doesNotThrow(() => fc.assert(fc.property(fc.array(part, { maxLength: 30 }), fc.array(part, { maxLength: 30 }), fc.nat(3), (a, b, from) => {
    const [first, second] = [a.join(''), b.join('')];
    const alone = [[...spans(first)], [...spans(second, wordOffset(second, from))]];
    const readers = [spans(first), spans(second, wordOffset(second, from))];
    const read: Span[][] = [[], []];
    for (let turn = 0, done = 0; done < 2; turn++) {
      done = 0;
      for (const [i, reader] of readers.entries()) {
        const next = reader.next();
        if (next.done) done++;
        else read[i]!.push(next.value);
        if (turn % 3 === 0) wordOffset(first, 1);
      }
    }
    return JSON.stringify(read) === JSON.stringify(alone) && alone[0]!.every((w) => w.spelling === first.slice(w.start, w.end));
  }), { numRuns: 500 }));
});

t.test('the stems of lines joined by newlines are the stems of each line in turn (the build stems a row\'s lines one by one)', async (t) => {
  // A clitic "s" at a line's start or after an apostrophe at the end of the line before; marks, hyphens, apostrophes and digits at the edges.
  const edges = ["auto'", 's', "'s avonds", "camera's", 'ANPR-', '-camera’s', 'e\u0301e\u0301n', '\u0301x', '40', ' ', '', 'Één café', '’', "x'", 's en meer'];
  for (const a of edges) for (const b of edges) t.same([...stemsOf(a), ...stemsOf(b)], stemsOf(`${a}\n${b}`), JSON.stringify([a, b]));
  fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'e', 's', "'", '’', '-', ' ', '\u0301', 'É', '4', '.') }), { maxLength: 5 }), (lines) => {
    t.same(lines.flatMap((line) => stemsOf(line)), stemsOf(lines.join('\n')));
  }), { numRuns: 300 });
});

/** The words of `text` as the word pattern matches them, a clitic "s" (one unit folding to "s" right after a word character and an apostrophe) left out: what the scanners must find. */
const byPattern = (text: string): Span[] =>
  [...text.matchAll(wordPattern())]
    .filter((m) => !(m[0].length === 1 && foldForMatch(m[0]) === 's' && /[\p{L}\p{N}\p{M}]'$/u.test(foldForMatch(text.slice(Math.max(0, m.index - 2), m.index)))))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, spelling: m[0] }));

t.test('the scanners by code point (stemsOf, spans, wordOffset) find the words the word pattern matches', async (t) => {
  // Astral letters and digits, combining marks at a word's start and inside, lone surrogates, clitic "s" after both apostrophes.
  const unit = fc.constantFrom('a', 'E', 'é', 's', 'S', "'", '’', '-', ' ', '\n', '\u0301', '4', '٣', '𝒜', '𝟘', '😀', '\ud835', '\udc9c', 'ſ', 'İ', '.', 'camera', 'agenten');
  t.doesNotThrow(() => fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(12), (text, index) => {
    const expected = byPattern(text);
    t.same([...spans(text)], expected);
    t.same(stemsOf(text), tokenize(text).map((w) => w.stem));
    t.same(tokenize(text).map((w) => [w.start, w.end]), expected.map((w) => [w.start, w.end]));
    t.equal(wordOffset(text, index), expected[index]?.start ?? text.length);
  }), { numRuns: 2000 }));
  const text = "De agenten van de zone's 𝒜b \ud835x";
  t.same([...spans(text)], byPattern(text));
  t.same(stemsOf(text), tokenize(text).map((w) => w.stem));
});

t.test('StemmedText gives a span that cuts no word or pair the stems stemsOf gives its text, and refuses one that does', async (t) => {
  // As stemsOf's test, with clitic "s" after both apostrophes at a span's start.
  const unit = fc.constantFrom('a', 'E', 'é', 's', 'S', "'", '’', '-', ' ', '\n', '\u0301', '4', '𝒜', '😀', '\ud835', '\udc9c', 'ſ', 'İ', '.', 'camera', "'s", 'zone’s');
  let answered = 0;
  t.doesNotThrow(() => fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(45), fc.nat(45), (text, a, b) => {
    const document = new StemmedText(text);
    if (JSON.stringify(document.stems) !== JSON.stringify(stemsOf(text))) throw new Error(`whole text: ${JSON.stringify(text)}`);
    const [start, end] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
    const stems = document.stemsOfSpan(start, end);
    if (stems === undefined) return;
    answered++;
    if (JSON.stringify(stems) !== JSON.stringify(stemsOf(text.slice(start, end)))) throw new Error(`span ${start}–${end} of ${JSON.stringify(text)}`);
  }), { numRuns: 4000 }));
  t.ok(answered > 1000, `spans answered: ${answered}`);
  t.equal(new StemmedText('camera agenten').stemsOfSpan(2, 14), undefined, 'a span that cuts a word');
  t.equal(new StemmedText('a 😀 b').stemsOfSpan(0, 3), undefined, 'a span that cuts a surrogate pair');
  t.same(new StemmedText('De camera’s van de zone').stemsOfSpan(3, 23), stemsOf('camera’s van de zone'));
  // The clitic "s" at a span's start is a word of the span's text ("s"), as stemsOf of it reads it.
  t.same(new StemmedText('camera’s').stemsOfSpan(7, 8), ['s']);
  t.same(new StemmedText('camera’s').stems, ['camera']);
});
