/**
 * A character class asked one code point at a time, for scanners that cut a text into words
 * without a regular expression per word: `exec` hands out an array and a string per match, and
 * on the figures' clauses and the document's tokens that allocation cost as much as the search.
 * The class is still a regular expression (the one definition); its answer for each BMP code
 * unit is remembered in a table, so each character is tested at most once per process.
 */

const UNKNOWN = 0;
const OUTSIDE = 1;
const INSIDE = 2;

/** A test of the code point at an index against one character class. */
export type CodePointTest = (text: string, at: number) => boolean;

/**
 * Whether the code point starting at `at` is in `charClass` (a one-character expression with the
 * `u` flag, e.g. `/[\p{L}\d]/u`), as the expression would answer at that position of a scan by
 * code points. A lone surrogate is tested alone, as the expression tests it.
 */
export function codePointTest(charClass: RegExp): CodePointTest {
  const anchored = new RegExp(`^(?:${charClass.source})$`, charClass.flags.replace(/[gy]/gu, ''));
  const bmp = new Uint8Array(0x10000);
  return (text, at) => {
    const unit = text.charCodeAt(at);
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
      const low = text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return anchored.test(text.slice(at, at + 2));
    }
    const known = bmp[unit]!;
    if (known !== UNKNOWN) return known === INSIDE;
    const inside = anchored.test(String.fromCharCode(unit));
    bmp[unit] = inside ? INSIDE : OUTSIDE;
    return inside;
  };
}

/** The UTF-16 length of the code point starting at `at`: 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, at: number): 1 | 2 {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= text.length) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

const isLetter = codePointTest(/\p{L}/u);

/**
 * The words of a text as `text.split(/[^\p{L}]+/u)` gives them (an empty string first or last
 * where the text opens or closes with a character that is no letter), without the expression:
 * `split` with a regular expression builds a new one on each call, and the figures stage splits
 * every clause and sentence around its figures so.
 */
export function splitAtNonLetters(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (isLetter(text, at)) {
      at += codePointLength(text, at);
      continue;
    }
    const end = at;
    do at += codePointLength(text, at);
    while (at < text.length && !isLetter(text, at));
    parts.push(text.slice(start, end));
    start = at;
  }
  parts.push(text.slice(start));
  return parts;
}
