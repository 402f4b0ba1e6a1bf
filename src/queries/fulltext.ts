/**
 * Dutch full text over the `search_index` FTS5 table. Its `body` holds snowball stems,
 * so the query is stemmed the same way; each stem is then quoted as an FTS5 string, which
 * makes quotes, parentheses, NEAR, AND/OR/NOT, `*` and `column:` plain words (or drop
 * them, for punctuation) — user text never reaches FTS5 as syntax.
 */
import { ApiError } from '../errors.js';
import { escapeHtml } from '../text/html.js';
import { tokenize } from '../text/stem.js';

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

/** Words of context kept around the first match. */
const BEFORE = 12;
const AFTER = 28;

/**
 * An HTML snippet of `text` around its first word whose stem is in `stems`, matching
 * words wrapped in `<mark>`; the rest is escaped. Offsets come from the same tokenizer
 * that built the index, applied to the original text, so highlights sit on real words.
 */
export function snippet(text: string, stems: ReadonlySet<string>): string {
  const tokens = tokenize(text);
  const first = Math.max(0, tokens.findIndex((t) => stems.has(t.stem)));
  const from = Math.max(0, first - BEFORE);
  const to = Math.min(tokens.length, first + AFTER);
  const window = tokens.slice(from, to);
  if (window.length === 0) return escapeHtml(text.slice(0, 200));
  let out = from > 0 ? '…' : '';
  let at = window[0]!.start;
  for (const t of window) {
    out += escapeHtml(text.slice(at, t.start));
    const word = escapeHtml(text.slice(t.start, t.end));
    out += stems.has(t.stem) ? `<mark>${word}</mark>` : word;
    at = t.end;
  }
  const end = to < tokens.length ? at : text.length;
  out += escapeHtml(text.slice(at, end)).trimEnd();
  return to < tokens.length ? `${out}…` : out;
}
