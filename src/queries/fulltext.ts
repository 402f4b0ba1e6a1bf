/**
 * Dutch full text over the `search_index` FTS5 table. Its `body` holds snowball stems,
 * so the query is stemmed the same way; each stem is then quoted as an FTS5 string, which
 * makes quotes, parentheses, NEAR, AND/OR/NOT, `*` and `column:` plain words (or drop
 * them, for punctuation) — user text never reaches FTS5 as syntax.
 */
import { ApiError } from '../errors.js';
import { escapeHtml } from '../text/html.js';
import { stemOfSpelling, tokenize, wordAt, wordOffset, type Span } from '../text/stem.js';

/** The distinct stems of a query, in order. */
export function queryStems(q: string): string[] {
  return [...new Set(tokenize(q).map((t) => t.stem))];
}

/** The FTS5 MATCH expression for `q`: every stem required, each a quoted string. */
export function ftsQuery(q: string, parameter = 'q'): string {
  const stems = queryStems(q);
  if (stems.length === 0) throw new ApiError('INVALID_SEARCH', `The search "${q}" contains no words to search for.`, { parameter });
  return stems.map((s) => `"${s.replace(/"/g, '""')}"`).join(' ');
}

/**
 * The index of the first word of an indexed body (its stems joined by single spaces, as
 * `stemmedText` wrote it: one per word of the original) that is one of `stems`, or 0 when
 * none is. The index's own text places the snippet, so the original is not stemmed up to there.
 */
export function firstMatchIndex(body: string, stems: readonly string[]): number {
  const padded = ` ${body} `;
  let at = -1;
  for (const stem of stems) {
    const found = padded.indexOf(` ${stem} `);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  let words = 0;
  for (let space = body.indexOf(' '); space >= 0 && space < at; space = body.indexOf(' ', space + 1)) words++;
  return words;
}

/** Words of context kept around the first match. */
const BEFORE = 12;
const AFTER = 28;

/** The words a snippet shows: up to {@link BEFORE} before the first match and {@link AFTER} from it. */
interface SnippetWindow {
  words: Span[];
  /** Whether words precede or follow the window. */
  cut: { before: boolean; after: boolean };
}

/**
 * The window around the first word at or after index `from` whose stem is in `stems`,
 * reading words one at a time ({@link wordAt}, no generator): words before the window are skipped ({@link wordOffset}), those
 * between it and `from` not stemmed, and nothing after the window is read. Undefined when no word from there on matches.
 */
function windowAt(text: string, stems: ReadonlySet<string>, from: number): SnippetWindow | undefined {
  const before: Span[] = [];
  // The words before the window's first are skipped by offset, neither folded nor kept.
  let index = Math.max(0, from - BEFORE);
  for (let word = wordAt(text, index === 0 ? 0 : wordOffset(text, index)); word !== undefined; word = wordAt(text, word.end), index++) {
    if (index >= from && stems.has(stemOfSpelling(word.spelling))) {
      const window = [...before, word];
      let rest = wordAt(text, word.end);
      for (; rest !== undefined && window.length < before.length + AFTER; rest = wordAt(text, rest.end)) window.push(rest);
      return { words: window, cut: { before: index > before.length, after: rest !== undefined } };
    }
    before.push(word);
    if (before.length > BEFORE) before.shift();
  }
  return undefined;
}

/** The first {@link AFTER} words: the window of a text without a match. */
function leadingWindow(text: string): SnippetWindow {
  const window: Span[] = [];
  let next = wordAt(text, 0);
  for (; next !== undefined && window.length < AFTER; next = wordAt(text, next.end)) window.push(next);
  return { words: window, cut: { before: false, after: next !== undefined } };
}

/**
 * An HTML snippet of `text` around its first word whose stem is in `stems`, matching
 * words wrapped in `<mark>`; the rest is escaped. Offsets come from the same tokenizer
 * that built the index, applied to the original text, so highlights sit on real words.
 * `firstMatch` is the index of that word when the index knows it (FTS5's own positions,
 * see search.ts): the words before it are only counted, not stemmed. A hint past every
 * match (a text that is not the one indexed) costs a second reading from the start.
 */
export function snippet(text: string, stems: ReadonlySet<string>, firstMatch = 0): string {
  const window = (firstMatch > 0 ? windowAt(text, stems, firstMatch) : undefined) ?? windowAt(text, stems, 0) ?? leadingWindow(text);
  if (window.words.length === 0) return escapeHtml(text.slice(0, 200));
  // The text between two marked words is escaped as one run, not word by word.
  let out = window.cut.before ? '…' : '';
  let at = window.words[0]!.start;
  for (const w of window.words) {
    if (!stems.has(stemOfSpelling(w.spelling))) continue;
    out += `${escapeHtml(text.slice(at, w.start))}<mark>${escapeHtml(w.spelling)}</mark>`;
    at = w.end;
  }
  const end = window.cut.after ? window.words[window.words.length - 1]!.end : text.length;
  out += escapeHtml(text.slice(at, end)).trimEnd();
  return window.cut.after ? `${out}…` : out;
}
