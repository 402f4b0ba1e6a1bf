/**
 * Words read from the end of a window of text, for the checks that run before an expression
 * anchored at the window's end (`…\s+(?:in|te)\s+$`): such an expression is tried at every
 * position of its window, and where its words backtrack (`(?:\p{L}+\s+)*`) each try costs the
 * rest of the window. Reading a few characters back from the end says first whether it can match.
 */

const SPACE = /\s/u;
const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);

/** Where the white space that ends `text[0, end)` starts. */
export function spaceStart(text: string, end: number): number {
  while (end > 0 && isSpace(text[end - 1])) end--;
  return end;
}

/** Where the run of characters other than white space that ends `text[0, end)` starts. */
function nonSpaceStart(text: string, end: number): number {
  while (end > 0 && !isSpace(text[end - 1])) end--;
  return end;
}

/** The start of the word of `words` that `text[0, end)` ends on after white space, or -1. */
export function spacedWordBefore(text: string, end: number, words: readonly string[]): number {
  const word = words.find((w) => text.endsWith(w, end) && isSpace(text[end - w.length - 1]));
  return word === undefined ? -1 : end - word.length;
}

/**
 * Whether `text` ends in white space after one of `words` that itself follows white space, with
 * at most `between` runs of other characters (each followed by white space) after the word:
 * what `\s(?:word|…)\s+$` (between 0) or `\s(?:word|…)\s+(?:\p{L}+\s+)?$` (between 1) need.
 */
export function endsOnSpacedWord(text: string, words: readonly string[], between: 0 | 1 = 0): boolean {
  let end = spaceStart(text, text.length);
  if (end === text.length) return false;
  for (let skipped = 0; ; skipped++) {
    if (spacedWordBefore(text, end, words) >= 0) return true;
    if (skipped === between) return false;
    const runStart = nonSpaceStart(text, end);
    end = spaceStart(text, runStart);
    if (end === runStart) return false;
  }
}
