/**
 * Every match of a global regular expression in a text, as `String.prototype.matchAll` finds them,
 * for the extraction's hot loops. `matchAll` copies the expression on every call and hands out
 * matches through an iterator: on a sentence or a clause, which the figures stage reads many
 * times per document, that cost about twice the search itself. Here the expression runs from
 * position 0 with `exec` and all matches are collected before the caller reads the first, so
 * the caller's loop may use the same expression again (as a fresh `matchAll` would allow).
 */
import { codePointLength, codePointTest } from './char-class.js';

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

const isUppercase = codePointTest(/\p{Lu}/u);
const isLetter = codePointTest(/\p{L}/u);

/**
 * Where a word opens with a capital in `text`: each uppercase letter (`\p{Lu}`) whose previous code
 * point is no letter, in order (UTF-16 offsets, scanned by code point as a `u` expression steps).
 */
export function capitalWordStarts(text: string): number[] {
  const starts: number[] = [];
  let afterLetter = false;
  for (let at = 0; at < text.length; at += codePointLength(text, at)) {
    const uppercase = isUppercase(text, at);
    if (uppercase && !afterLetter) starts.push(at);
    afterLetter = uppercase || isLetter(text, at);
  }
  return starts;
}

/**
 * The matches `matchAll` finds of `pattern` in `text` when it can only match at `starts` (ascending
 * offsets; any others are tried in vain): each start tried with a sticky copy of the expression, in
 * order, none overlapping the match before. A whole-text scan tests the expression's opening at every
 * position of the text; here only where a cheaper scan found it may open.
 */
export function matchesAtStarts(pattern: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const sticky = stickyCopy(pattern);
  const found: RegExpExecArray[] = [];
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m === null) continue;
    found.push(m);
    end = start + m[0].length;
  }
  return found;
}

/** The sticky copy of each global expression {@link matchesAtStarts} ran. */
const stickyCopies = new WeakMap<RegExp, RegExp>();

function stickyCopy(pattern: RegExp): RegExp {
  let sticky = stickyCopies.get(pattern);
  if (sticky === undefined) {
    if (!pattern.global) throw new TypeError(`matchesAtStarts needs a global expression: ${pattern}`);
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    stickyCopies.set(pattern, sticky);
  }
  return sticky;
}

/**
 * Every offset of `text` where the global expression `pattern` matches, overlapping matches too: the
 * places an expression that opens with it may match (for {@link matchesAtStarts}). A plain
 * alternation of literals is searched by skipping ahead; with a lookbehind before it, it is tried at
 * every position.
 */
export function matchStarts(pattern: RegExp, text: string): number[] {
  if (!pattern.global) throw new TypeError(`matchStarts needs a global expression: ${pattern}`);
  const unicode = pattern.unicode || (pattern as { unicodeSets?: boolean }).unicodeSets === true;
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    starts.push(m.index);
    pattern.lastIndex = advance(text, m.index, unicode);
  }
  return starts;
}

/**
 * How an expression tried only at capitals may open: a capital that follows no letter, either as a
 * lookahead before the lookbehind (`(?=\p{Lu})(?<![\p{L}…])`) or as the lookbehind and then a capital
 * (`(?<![\p{L}…])\p{Lu}`); the lookbehind's class may name more than letters (`[\p{L}\p{N}-]`).
 */
const OPENS_AT_CAPITAL = /^(?:\(\?=\\p\{Lu\}\)\(\?<!\[\\p\{L\}[^\]]*\]\)|\(\?<!\[\\p\{L\}[^\]]*\]\)\\p\{Lu\})/u;

/**
 * A global expression that can only match where a word opens with a capital (see
 * {@link OPENS_AT_CAPITAL}), tried at those places only ({@link matchesAtStarts}): `starts` are
 * {@link capitalWordStarts} of the text. A whole-text scan tests the lookaround at every position,
 * a sixth of the candidates stage.
 */
export function capitalStartMatcher(pattern: RegExp): (text: string, starts: readonly number[]) => RegExpExecArray[] {
  if (!pattern.global || !pattern.unicode || pattern.ignoreCase || !OPENS_AT_CAPITAL.test(pattern.source)) {
    throw new TypeError(`a capital-start matcher needs a global, case-sensitive unicode expression opening with (?=\\p{Lu})(?<![\\p{L}…]) or (?<![\\p{L}…])\\p{Lu}: ${pattern}`);
  }
  return (text, starts) => matchesAtStarts(pattern, text, starts);
}
