import snowball from 'snowball-stemmers';
import { foldForMatch } from './fold.js';

const dutch = snowball.newStemmer('dutch');

/** One word of a text with its UTF-16 span, as the search index and highlighter see it. */
export interface WordToken {
  word: string;
  stem: string;
  start: number;
  end: number;
}

// Apostrophes and hyphens split words, as FTS5's unicode61 tokenizer does, so that
// "ANPR-camera’s" yields "anpr" and "camera" and a query for "camera" matches it.
// The "s" of a Dutch plural or genitive ("camera’s", "auto's") is part of the word before
// it, not a word: indexed or queried as one, "camera's" would require an "s" somewhere.
// Combining marks belong to the word they follow, so decomposed (NFD) text such as
// "e\u0301e\u0301n" is one word, as its composed (NFC) form "één" is.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const MARKS = /\p{M}+/gu;
const CLITIC_S = /[\p{L}\p{N}\p{M}]'$/u;

/** Stems already computed: a corpus has a small vocabulary, and snowball is the build's hottest loop. Cleared when large. */
const stems = new Map<string, string>();
const MAX_STEMS = 200_000;

/** Dutch snowball stem of one already-folded word. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stem = dutch.stem(word);
    stems.set(word, stem);
  }
  return stem;
}

/**
 * Tokenises text into folded, stemmed words with their UTF-16 offsets in `text`. NFC and
 * NFD spellings give the same words: `foldForMatch` folds precomposed letters, and the
 * combining marks of decomposed ones are dropped from the word here. (Normalising the
 * whole text to NFC first would shift the offsets the highlighter slices `text` with.)
 */
export function tokenize(text: string): WordToken[] {
  const folded = foldForMatch(text);
  const tokens: WordToken[] = [];
  for (const m of folded.matchAll(WORD)) {
    if (m[0] === 's' && CLITIC_S.test(folded.slice(Math.max(0, m.index - 2), m.index))) continue;
    const word = m[0].replace(MARKS, '');
    tokens.push({ word, stem: stemWord(word), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The text FTS5 indexes: stems separated by spaces. Query text goes through the same function. */
export function stemmedText(text: string): string {
  return tokenize(text).map((t) => t.stem).join(' ');
}
