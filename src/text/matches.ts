/**
 * Every match of a global regular expression in a text, as `String.prototype.matchAll` finds them,
 * for the extraction's hot loops. `matchAll` copies the expression on every call and hands out
 * matches through an iterator: on a sentence or a clause, which the figures stage reads many
 * times per document, that cost about twice the search itself. Here the expression runs from
 * position 0 with `exec` and all matches are collected before the caller reads the first, so
 * the caller's loop may use the same expression again (as a fresh `matchAll` would allow).
 */

/** The index after `index` in `text`: one code point on with the `u` or `v` flag, one UTF-16 unit without (ECMAScript's AdvanceStringIndex). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

/** The matches of `pattern` (which must have the `g` flag, as for `matchAll`) in `text`, in order; `pattern.lastIndex` is 0 afterwards. */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global expression: ${pattern}`);
  const unicode = pattern.unicode || (pattern as { unicodeSets?: boolean }).unicodeSets === true;
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // An empty match would be found again at the same place: step over it as matchAll does.
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
    found.push(m);
  }
  return found;
}
