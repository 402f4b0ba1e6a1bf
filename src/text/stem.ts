import snowball from 'snowball-stemmers';
import { foldForMatch } from './fold.js';
import { memoByWord } from './memo.js';
import { wordPattern } from './tokens.js';

const dutch = snowball.newStemmer('dutch');

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
const WORD = wordPattern();
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
 * The words of `text` in order, found lazily: a reader that stops early (a snippet's
 * window) folds and stems nothing after it. NFC and NFD spellings give the same words:
 * `foldForMatch` folds precomposed letters, and the combining marks of decomposed ones
 * are dropped from the word here. Spans are offsets in `text` itself.
 */
export function* words(text: string): Generator<WordSpan> {
  for (const m of text.matchAll(WORD)) {
    const folded = foldForMatch(m[0]);
    if (folded === 's' && CLITIC_S.test(foldForMatch(text.slice(Math.max(0, m.index - 2), m.index)))) continue;
    yield { word: folded.replace(MARKS, ''), start: m.index, end: m.index + m[0].length };
  }
}

/** Every word of `text` with its stem (see {@link words}). */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const w of words(text)) tokens.push({ word: w.word, stem: stemWord(w.word), start: w.start, end: w.end });
  return tokens;
}

/** The text FTS5 indexes: stems separated by spaces. Query text goes through the same function. */
export function stemmedText(text: string): string {
  return tokenize(text).map((t) => t.stem).join(' ');
}
