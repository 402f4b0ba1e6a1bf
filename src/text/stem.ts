import { newStemmer } from 'snowball-stemmers';
import { foldForMatch } from './fold.js';
import { memoByWord } from './memo.js';
import { codePointLength } from './char-class.js';
import { wordEndAt } from './tokens.js';

const dutch = newStemmer('dutch');

/** One word of a text with its UTF-16 span, as the search index and highlighter see it. */
export interface WordToken {
  word: string;
  stem: string;
  start: number;
  end: number;
}

// Words as every tokenizer of the project sees them (tokens.ts). Apostrophes and hyphens
// split words, as FTS5's unicode61 tokenizer does, so that "ANPR-camera’s" yields "anpr" and
// "camera" and a query for "camera" matches it.
// The "s" of a Dutch plural or genitive ("camera’s", "auto's") is part of the word before
// it, not a word: indexed or queried as one, "camera's" would require an "s" somewhere.
// Combining marks belong to the word they follow, so decomposed (NFD) text such as
// "e\u0301e\u0301n" is one word, as its composed (NFC) form "één" is.
// Folding maps every character to one of its kind (a letter to a letter, a mark to a
// mark, see fold.ts), so words are found in the original text and folded one by one.
// The words are those of `wordPattern()` (tokens.ts), scanned by code point (`wordEndAt`).
const MARKS = /\p{M}+/gu;
const CLITIC_S = /[\p{L}\p{N}\p{M}]'$/u;

/** Dutch snowball stem of one already-folded word (memoised: snowball is the build's hottest loop). */
export const stemWord: (word: string) => string = memoByWord((word) => dutch.stem(word));

/** One word of a text, folded, with its UTF-16 span; its stem is {@link stemWord} of `word`. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * The word a match of the word pattern stands for: folded, the combining marks of decomposed
 * letters dropped (only looked for when the word may hold one: see {@link hasMarks}).
 */
const wordOf = (match: string) => {
  const folded = foldForMatch(match);
  return hasMarks(folded) ? folded.replace(MARKS, '') : folded;
};

/**
 * Whether the word of `text` from `start` to `end` is the "s" of a Dutch plural or genitive after
 * an apostrophe ("camera’s"): part of the word before it, not a word. Only a one-unit match
 * folds to "s" (folding keeps the length; a combining mark stays a mark). Reads the text, not a
 * slice of the word: a reader that skips words tests each without a string per word.
 */
const isCliticS = (text: string, start: number, end: number) =>
  end - start === 1 && foldForMatch(text[start]!) === 's' && CLITIC_S.test(foldForMatch(text.slice(Math.max(0, start - 2), start)));

/**
 * A scan of the matches of the word pattern in a text (clitic "s"es included: see
 * {@link isCliticS}) by code point (`wordEndAt`): {@link WordScan.next} moves `start` and `end`
 * to the next match's span. The one scanner of the words of a text: the build's stems and a
 * snippet's words alike. One object per scan and nothing per word: a span object per word cost
 * the build 4–10 % (search21), the word pattern's `exec` an array and a string per word.
 */
class WordScan {
  /** The current match's UTF-16 span in `text` (both `from` before the first `next`). */
  start: number;
  end: number;

  constructor(readonly text: string, from = 0) {
    this.start = from;
    this.end = from;
  }

  /** Moves to the first match at or after the current one's end; false (the span at the text's end) when there is none. */
  next(): boolean {
    const { text } = this;
    let at = this.end;
    while (at < text.length) {
      const end = wordEndAt(text, at);
      if (end > at) {
        this.start = at;
        this.end = end;
        return true;
      }
      at += codePointLength(text, at);
    }
    this.start = this.end = text.length;
    return false;
  }

  /** Moves to the next word: the next match that is no clitic "s". */
  nextWord(): boolean {
    while (this.next()) if (!isCliticS(this.text, this.start, this.end)) return true;
    return false;
  }
}

/**
 * The words of `text` in order, found lazily: a reader that stops early (a snippet's
 * window) folds and stems nothing after it. NFC and NFD spellings give the same words:
 * `foldForMatch` folds precomposed letters, and the combining marks of decomposed ones
 * are dropped from the word here. Spans are offsets in `text` itself.
 */
export function* words(text: string, from = 0): Generator<WordSpan> {
  for (const span of spans(text, from)) yield { word: wordOf(span.spelling), start: span.start, end: span.end };
}

/** Where a word of a text stands (UTF-16 offsets in the text), and the word as written there (`text.slice(start, end)`). */
export interface Span {
  start: number;
  end: number;
  spelling: string;
}

/**
 * The spans of the words of {@link words}, neither folded nor stemmed: a reader that needs a
 * word's stem only takes it with {@link stemOfSpelling}, once per spelling (a snippet).
 */
export function* spans(text: string, from = 0): Generator<Span> {
  for (let word = wordAt(text, from); word !== undefined; word = wordAt(text, word.end)) yield word;
}

/**
 * The first word of `text` at or after `offset` (a clitic "s" is no word), found by the
 * {@link WordScan} every reader of words uses: no match object per word skipped, as the word
 * pattern's `exec` handed out (an array and a string per word, most of a search snippet's time
 * when its window lies deep in a document). A reader walks a text with it, `wordAt(text, word.end)`
 * after each word, or through {@link spans}.
 */
export function wordAt(text: string, offset: number): Span | undefined {
  const scan = new WordScan(text, offset);
  return scan.nextWord() ? { start: scan.start, end: scan.end, spelling: text.slice(scan.start, scan.end) } : undefined;
}

/**
 * The offset in `text` of its word number `index` (from 0, as {@link words} counts them), or
 * the text's length when it has no such word. Counts words only, slices and folds none: a
 * snippet skips to its window this way instead of reading every word before it.
 */
export function wordOffset(text: string, index: number): number {
  const scan = new WordScan(text);
  for (let count = 0; scan.nextWord(); count++) if (count === index) return scan.start;
  return text.length;
}

/** The first combining mark of Unicode (U+0300): no character below it is one (`\p{M}`). */
const FIRST_MARK = 0x300;

/**
 * Whether `word` may hold a combining mark: any character at or above U+0300. A loop over a
 * word's few characters instead of a Unicode regular expression's replace per word, which was
 * most of a search snippet's time (almost every word is plain Latin).
 */
function hasMarks(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= FIRST_MARK) return true;
  return false;
}

/** Every word of `text` with its stem (see {@link words}). */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const w of words(text)) tokens.push({ word: w.word, stem: stemWord(w.word), start: w.start, end: w.end });
  return tokens;
}

/** The stem of a match of the word pattern as it stands in a text (before folding): a text repeats its spellings, so each is folded and stemmed once. */
const stemOfMatch: (match: string) => string = memoByWord((match) => stemWord(wordOf(match)));

/** The stem of a word as written in a text (a {@link Span} of it): {@link stemWord} of its folded form, memoised by spelling. */
export const stemOfSpelling = (spelling: string): string => stemOfMatch(spelling);

/**
 * The text FTS5 indexes: stems separated by spaces. Query text goes through the same function.
 * The stems of {@link tokenize}, without a token object per word: a build indexes every
 * document, measure and figure this way (the largest share of its per-document CPU after SQLite).
 */
export function stemmedText(text: string): string {
  return stemsOf(text).join(' ');
}

/**
 * A text's words stemmed once, for lines that are spans of it (a document's measures cover most of
 * its text): {@link StemmedText.stemsOfSpan} gives {@link stemsOf} of a span's text from the words
 * already scanned and stemmed, without scanning and looking them up again.
 */
export class StemmedText {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  /** The stem of each word, null for an "s" after an apostrophe ({@link isCliticS}) in the whole text. */
  readonly #stems: Array<string | null> = [];

  constructor(readonly text: string) {
    for (const scan = new WordScan(text); scan.next();) {
      this.#starts.push(scan.start);
      this.#ends.push(scan.end);
      this.#stems.push(isCliticS(text, scan.start, scan.end) ? null : stemOfMatch(text.slice(scan.start, scan.end)));
    }
  }

  /** {@link stemsOf} of the whole text. */
  get stems(): string[] {
    return this.#stems.filter((stem): stem is string => stem !== null);
  }

  /**
   * {@link stemsOf} of `text.slice(start, end)`, or undefined when the span may read other words than the
   * text's: when an end cuts a word or a surrogate pair (a span that opens or closes between words reads
   * the same words, its own scan passing the same positions as the text's).
   */
  stemsOfSpan(start: number, end: number): string[] | undefined {
    if (!(start >= 0 && start <= end && end <= this.text.length) || !this.#between(start) || !this.#between(end)) return undefined;
    const stems: string[] = [];
    for (let w = this.#firstAtOrAfter(start); w < this.#starts.length && this.#ends[w]! <= end; w++) {
      const at = this.#starts[w]!;
      // The clitic test reads the two characters before a word: near the span's start those are the span's own.
      const stem = at - start < 2 ? (isCliticS(this.text.slice(start, end), at - start, this.#ends[w]! - start) ? null : stemOfMatch(this.text.slice(at, this.#ends[w]))) : this.#stems[w]!;
      if (stem !== null) stems.push(stem);
    }
    return stems;
  }

  /** Index of the first word starting at or after `pos`. */
  #firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether `pos` is a place the text's scan passes: inside no word and not inside a surrogate pair. */
  #between(pos: number): boolean {
    const before = this.#firstAtOrAfter(pos) - 1;
    if (before >= 0 && this.#ends[before]! > pos) return false;
    return pos === 0 || codePointLength(this.text, pos - 1) === 1;
  }
}

/** The stems of {@link stemmedText}, one per word, in order: their number is the text's length in index tokens. */
export function stemsOf(text: string): string[] {
  const stems: string[] = [];
  for (const scan = new WordScan(text); scan.nextWord();) stems.push(stemOfMatch(text.slice(scan.start, scan.end)));
  return stems;
}
