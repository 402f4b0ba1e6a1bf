/**
 * The one word-boundary definition of every tokenizer: a word starts with a letter or a digit
 * and runs on over letters, digits and the combining marks of decomposed (NFD) letters, so
 * "e\u0301e\u0301n" is one word as its composed form "één" is. Apostrophes and hyphens are not
 * word characters: "ANPR-camera’s" is "anpr", "-", "camera", "'", "s" (FTS5's unicode61 splits
 * the same way). The family built on it:
 * - `matchTokens` (here): words and single other characters of folded text, for the gazetteer
 *   trie (form-trie.ts) and theme cues;
 * - `words`/`tokenize` (stem.ts): the words alone, folded and stemmed, for the search index and
 *   query words (a clitic "s" after an apostrophe is part of the word before it);
 * - `figureTokens` (ingest/figures/tokens.ts) extends words with their apostrophe and hyphen
 *   parts and reads numbers with their separators, since the number reader needs "1.829" and
 *   "ANPR-camera’s" as one token each.
 */

import { codePointLength, codePointTest } from './char-class.js';

/** The character a word starts with: a letter or a digit. */
const WORD_START_SOURCE = '[\\p{L}\\p{N}]';
/** A character a word runs on over: a letter, a digit or a combining mark. */
const WORD_PART_SOURCE = '[\\p{L}\\p{N}\\p{M}]';
/** Source of a word's pattern: compose it into other expressions, never copy it. */
export const WORD_SOURCE = `${WORD_START_SOURCE}${WORD_PART_SOURCE}*`;

/** A fresh global matcher of words (each caller gets its own `lastIndex`). */
export const wordPattern = (): RegExp => new RegExp(WORD_SOURCE, 'gu');

/** A word or a single other character of folded text. */
export interface MatchToken {
  start: number;
  end: number;
  /** The token, with a leading space when whitespace separates it from the previous token. */
  key: string;
  /** The token without the spacing mark: what the first edge of a form is keyed by. */
  bare: string;
}

const isWordStart = codePointTest(new RegExp(WORD_START_SOURCE, 'u'));
const isWordPart = codePointTest(new RegExp(WORD_PART_SOURCE, 'u'));
const isSpace = codePointTest(/\s/u);

/**
 * The end of the word starting at `start` (where `wordPattern()` would match from there), or
 * `start` when no word starts there: a scan by code point without a match object per word.
 */
export function wordEndAt(text: string, start: number): number {
  if (start >= text.length || !isWordStart(text, start)) return start;
  let at = start + codePointLength(text, start);
  while (at < text.length && isWordPart(text, at)) at += codePointLength(text, at);
  return at;
}

/**
 * Splits folded text into words and single symbols; whitespace runs only mark the next token's key.
 * The tokens `/${WORD_SOURCE}|\S/gu` matches, scanned by code point without a match object per token.
 */
export function matchTokens(folded: string): MatchToken[] {
  const tokens: MatchToken[] = [];
  let previousEnd = -1;
  let at = 0;
  while (at < folded.length) {
    const start = at;
    at += codePointLength(folded, at);
    if (isSpace(folded, start)) continue;
    if (isWordStart(folded, start)) while (at < folded.length && isWordPart(folded, at)) at += codePointLength(folded, at);
    const token = folded.slice(start, at);
    tokens.push({ start, end: at, key: previousEnd >= 0 && start > previousEnd ? ` ${token}` : token, bare: token });
    previousEnd = at;
  }
  return tokens;
}

/**
 * The index of the first token that starts at or after `pos` (`tokens.length` when none does), by binary search over the
 * tokens' starts (in text order): the one lookup from an offset to its token, for any token list ordered by start
 * (a figure's first token, a theme's span).
 */
export function tokenIndexAt(tokens: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
