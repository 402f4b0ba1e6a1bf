/**
 * Ranked search across measures, figures and documents: the matches read from the FTS5 index
 * newest first up to a bound, ranked by bm25 (computed here from the index's statistics),
 * keyset-paginated on (score, rowid), with the original text of each hit for a highlighted snippet.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError } from '../errors.js';
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, MAX_LIMIT, type SortKey } from './pagination.js';
import { indexRowids } from './filters.js';
import { firstMatchIndex, ftsQuery, queryStems, snippet } from './fulltext.js';
import { measureNameSql } from './measures.js';
import type { EntityCollection } from './dataset.js';
import { summaryRefs, type Refs } from './refs.js';
import { summarySchema } from './shapes.js';
import { code, compiledStatement, freeStatement } from './sql.js';

export const searchTypes = ['measure', 'figure', 'document'] as const;
export type SearchType = (typeof searchTypes)[number];

/** One hit. */
export const searchHitSchema = z
  .object({
    type: z.enum(searchTypes),
    id: z.string(),
    name: z.string(),
    url: z.string().describe('Absolute URL of the record.'),
    score: z.number().describe('bm25 relevance; lower is better.'),
    snippet: z.string().describe('HTML: the matching passage, matched words in <mark>, everything else escaped.'),
    document: summarySchema.describe('The document the hit is in (itself, for documents).'),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.output<typeof searchHitSchema>;

/** The references of a hit: its own record (`url` holds its id) and its document. */
export const searchHitRefs: Refs = { url: (id: string, hit: SearchHit) => ({ collection: COLLECTION[hit.type], id }), document: summaryRefs('documents') };

/** A search: the REST querystring and the GraphQL arguments are this, with their own text parsing of `limit`. */
export const searchRequestSchema = z.object({
  q: z.string().min(1).max(500).describe('Words to find. Dutch stemming ("camera\'s" finds "camera"), case and accents folded; every word must occur. Operators are searched as words.'),
  type: z.enum(searchTypes).optional().describe('Only hits of this type.'),
  limit: z.number().int().min(1).max(MAX_LIMIT).optional().describe(`Page size (default ${DEFAULT_LIMIT}, max ${MAX_LIMIT}).`),
  cursor: z.string().optional().describe('Opaque cursor from the "next" link of the previous page.'),
});
export type SearchRequest = z.infer<typeof searchRequestSchema>;

/**
 * The sort keys of search cursors: the score and the index rowid, both always non-NULL, order
 * hits totally.
 */
export const SEARCH_KEYS: readonly SortKey[] = [
  { field: 'score', sql: 'rank', desc: false },
  { field: 'rowid', sql: 'rowid', desc: false },
];

/**
 * Most index rows one search reads, newest first (highest rowid: the last loaded), and ranks:
 * the bound of its work whatever the number of matches. A search matching more ranks these
 * only and says so (`rankingExact: false`). Each row read costs about 2.5 µs (its rowid from
 * the doclist, its row of `search_rows`, its score), on top of about 1.5 ms a page for
 * the hits' display and snippets: at 1 000 rows a search took ~3× the time of its page
 * (issue 12: an uncached search at 100k documents ≥ 0.05× a static route). The seed corpus
 * holds 213 such rows: every search of it is exact.
 */
export const RANK_LIMIT = 300;

/**
 * Most characters of indexed text (stems) one search reads to rank its matches: a document's
 * row holds its whole text, so a few hundred documents can be a thousand times the text of as
 * many measures. Reading stops at the first row that reaches it (at 100k documents, the newest
 * 300 matches of "camera" hold 0.2 M characters; the newest 1 000 of "camera politie", mostly
 * documents, 3.8 M).
 */
export const RANK_TEXT_LIMIT = 300_000;

/** The bounds of one search's work: the rows read and ranked, and the characters of their text. */
export interface RankBounds {
  rows: number;
  characters: number;
}

const RANK_BOUNDS: RankBounds = { rows: RANK_LIMIT, characters: RANK_TEXT_LIMIT };

/**
 * The matches a search ranks: the newest `limit` index rows of the documents' kinds (every hit
 * type is one; the reference data's rows are never read), and one more, to know whether
 * there are more, in rowid order backwards, which FTS5 streams from each word's doclist and
 * stops: no match beyond them is read. Each row's length in tokens (bm25's document length)
 * and stems come from the index's rows (`search_rows`, the index's content table) with one
 * lookup by its primary key, for the rows of the kinds wanted only; a row's kind and id are
 * read for the page's hits only (the display statement), not for every row ranked. The outer
 * ORDER BY is the subquery's own order, so nothing is sorted. Values: placeholders `match`
 * (the FTS5 query) and `limit`.
 *
 * One column per row, `rowid tokens stems` (see {@link candidateOf}), null for a row of a kind
 * not wanted: a row handed to JavaScript as an array of three values cost 0.7 µs more than one
 * string (301 rows of "camera" at 10k, stepped, objects built: 0.94 → 0.74 ms), as much as one `.all()` of
 * every row, which the text bound's early stop rules out.
 */
export const candidatesStatement = (kinds: SQL) => sql`
  SELECT CASE WHEN ${kinds} THEN s.rowid || ' ' || r.tokens || ' ' || r.body END AS candidate
  FROM (SELECT rowid FROM search_index WHERE search_index MATCH ${sql.placeholder('match')} AND ${indexRowids('document')} ORDER BY rowid DESC LIMIT ${sql.placeholder('limit')}) s
  JOIN search_rows r ON r.id = s.rowid
  ORDER BY s.rowid DESC`;

/**
 * The kinds condition of a search of every type: the candidates are the index rows from rowid 0
 * (`indexRowids('document')`), which are documents, measures and figures only, every one a hit
 * type; no condition to evaluate per row.
 */
const EVERY_CANDIDATE = sql`1`;

/** The candidates statement of a search of `type` (or of every type), its text built once each. */
const candidatesOf = new Map<SearchType | undefined, ReturnType<typeof compiledStatement>>(
  [undefined, ...searchTypes].map((type) => [type, compiledStatement(candidatesStatement(type === undefined ? EVERY_CANDIDATE : hitKinds(type)))]),
);

/**
 * A candidate to rank: its index rowid, the body's length in tokens (as bm25 reads it: FTS5's
 * xColumnSize) and the indexed body (stems separated by spaces).
 */
export interface Candidate {
  rowid: number;
  tokens: number;
  stems: string;
}

/** The {@link Candidate} of a row of {@link candidatesStatement}: `rowid tokens stems` (two integers, then the stems, which may hold spaces or be empty). */
export function candidateOf(row: string): Candidate {
  const afterRowid = row.indexOf(' ');
  const afterTokens = row.indexOf(' ', afterRowid + 1);
  return { rowid: Number(row.slice(0, afterRowid)), tokens: Number(row.slice(afterRowid + 1, afterTokens)), stems: row.slice(afterTokens + 1) };
}

/**
 * The matches to rank, newest first, until `bounds` are reached (rows taken, or characters of
 * text read), and whether they are all the matches; a row of a kind not wanted counts toward the
 * row bound but is not ranked. The statement is stepped only as far as that: the row past the
 * bounds is the last one read (an array of all its rows, one call, was cheaper per row, but
 * reading every row up to the row bound cost up to twice as much for a search of long documents,
 * which the text bound stops early).
 */
function candidates(db: Db, match: string, type: SearchType | undefined, bounds: RankBounds): { ranked: Candidate[]; all: boolean } {
  const { stmt, params } = candidatesOf.get(type)!(db, { match, limit: bounds.rows + 1 });
  const ranked: Candidate[] = [];
  let taken = 0;
  let characters = 0;
  for (const row of freeStatement(db, stmt).pluck(true).iterate(...params) as IterableIterator<string | null>) {
    if (taken === bounds.rows || characters >= bounds.characters) return { ranked, all: false };
    taken++;
    if (row === null) continue;
    const candidate = candidateOf(row);
    ranked.push(candidate);
    characters += candidate.stems.length;
  }
  return { ranked, all: true };
}

/**
 * What a page's hits show, read for the page's rows only (placeholder `rowids`: a JSON array of
 * their index rowids, in page order): each row's kind and id, then per kind the display name, the original
 * of the indexed text (as load.ts indexed it), the document's id and title. Rows come in no
 * particular order (no sort of the page's texts): `position` places each.
 */
export const displayStatement = sql`
  SELECT h.key AS position, r.kind, r.ref,
    CASE r.kind WHEN 'measure' THEN ${code(measureNameSql)} WHEN 'figure' THEN f.quote ELSE d.title END AS name,
    CASE r.kind
      WHEN 'measure' THEN coalesce(s.section || char(10), '') || s.text
      WHEN 'figure' THEN concat_ws(char(10), f.quote, f.unit, f.subject, fm.text)
      ELSE d.title || char(10) || d.text
    END AS text,
    d.id AS documentId, d.title AS documentTitle
  FROM json_each(${sql.placeholder('rowids')}) h
  CROSS JOIN search_rows r ON r.id = h.value
  LEFT JOIN measures s ON r.kind = 'measure' AND s.id = r.ref
  LEFT JOIN figures f ON r.kind = 'figure' AND f.id = r.ref
  LEFT JOIN measures fm ON fm.id = f.measure_id
  JOIN documents d ON d.id = CASE r.kind WHEN 'measure' THEN s.document_id WHEN 'figure' THEN f.document_id ELSE r.ref END`;

const pageDisplay = compiledStatement(displayStatement);

/**
 * A row of {@link displayStatement}, raw (arrays: no object with seven named fields per hit):
 * the hit's position in the page, its kind and id, name, text, and its document's id and title.
 */
type DisplayRow = readonly [position: number, kind: SearchType, ref: string, name: string, text: string, documentId: string, documentTitle: string];

/** The display rows of the index rows `rowids` (a page's hits, in page order), in no particular order. */
export function displayRows(db: Db, rowids: readonly number[]): DisplayRow[] {
  const { stmt, params } = pageDisplay(db, { rowids: JSON.stringify(rowids) });
  return stmt.raw(true).all(...params) as DisplayRow[];
}

interface Hit {
  rowid: number;
  stems: string;
  score: number;
}

/** What bm25 needs of the whole index: its rows, its tokens, and the rows holding each query stem. */
export interface IndexStatistics {
  rows: number;
  tokens: number;
  rowsWith: ReadonlyMap<string, number>;
}

/** The rows of `search_terms` whose term is in the JSON array `terms` (placeholder). */
const termStatistics = compiledStatement(sql`SELECT term, rows, tokens FROM search_terms WHERE term IN (SELECT value FROM json_each(${sql.placeholder('terms')}))`);

/** The index statistics for `stems` (`search_terms`, written at load; the empty term is the whole index). */
export function indexStatistics(db: Db, stems: readonly string[]): IndexStatistics {
  const { stmt, params } = termStatistics(db, { terms: JSON.stringify(['', ...stems]) });
  const found = stmt.raw(false).all(...params) as Array<{ term: string; rows: number; tokens: number }>;
  const whole = found.find((r) => r.term === '');
  return { rows: whole?.rows ?? 0, tokens: whole?.tokens ?? 0, rowsWith: new Map(found.map((r) => [r.term, r.rows])) };
}

const SPACE = 0x20;

/** How often `stem` occurs in an indexed body as a whole word. */
function termFrequency(body: string, stem: string): number {
  let count = 0;
  for (let at = body.indexOf(stem); at >= 0; at = body.indexOf(stem, at + stem.length)) {
    const end = at + stem.length;
    if ((at === 0 || body.charCodeAt(at - 1) === SPACE) && (end === body.length || body.charCodeAt(end) === SPACE)) count++;
  }
  return count;
}

const K1 = 1.2;
const B = 0.75;

/**
 * FTS5's bm25 of an indexed body of `length` tokens for a query of `stems` (each a phrase of one token), computed
 * as fts5_aux.c computes it (same terms, same order of operations; each stem's IDF once per
 * query, as FTS5 does), lower is better; the document frequencies come from `statistics`
 * instead of a walk of each stem's whole doclist.
 */
export function bm25(stems: readonly string[], statistics: IndexStatistics): (body: string, length: number) => number {
  const averageLength = statistics.tokens / statistics.rows;
  const idfs = stems.map((stem) => {
    const hits = statistics.rowsWith.get(stem) ?? 0;
    const idf = Math.log((statistics.rows - hits + 0.5) / (hits + 0.5));
    return idf <= 0 ? 1e-6 : idf;
  });
  return (body, length) => {
    let score = 0;
    for (let i = 0; i < stems.length; i++) {
      const frequency = termFrequency(body, stems[i]!);
      score += idfs[i]! * ((frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength)));
    }
    return -1 * score;
  };
}

/** The (score, rowid) a search cursor continues after. */
function cursorPosition(cursor: string): readonly [score: number, rowid: number] {
  const [score, rowid] = decodeCursor(SEARCH_KEYS, cursor);
  if (typeof score !== 'number' || typeof rowid !== 'number') throw new ApiError('INVALID_CURSOR', 'The cursor is not valid for this request: it was not issued by this API. Use the "next" link of a previous page.', { parameter: 'cursor' });
  return [score, rowid];
}

/** Whether a hit comes after the cursor position. */
const after = (hit: Hit, [score, rowid]: readonly [number, number]) => hit.score > score || (hit.score === score && hit.rowid > rowid);

/** What a search's ranking covered, as REST and GraphQL describe it. */
export const searchRankingShape = {
  rankingExact: z
    .boolean()
    .describe(`Whether every match was ranked. False when the search matched more index rows than it reads (${RANK_LIMIT}, or fewer when their text passes ${RANK_TEXT_LIMIT} characters: long documents): then only the newest matches (the last loaded) were ranked, and the pages hold those only; each hit's score is still its bm25 over the whole index.`),
  ranked: z.number().int().describe('Number of hits ranked: all pages of this search together hold this many.'),
};

/** A page of hits and what the ranking covered. */
export interface SearchPage {
  items: SearchHit[];
  /** The cursor of each hit, on demand (GraphQL edges). */
  cursors: () => string[];
  next: string | null;
  /** Whether every match was ranked; false when the search matched more than the rank limit. */
  rankingExact: boolean;
  /** Hits ranked: every page of this search together holds this many. */
  ranked: number;
}

const COLLECTION: Record<SearchType, EntityCollection> = { measure: 'measures', figure: 'figures', document: 'documents' };

/**
 * The index rows a search covers, as a condition on `kind` with its parameters: `type`, or
 * every hit type. The index also holds programmes, actors, places and themes, for the `q`
 * filter of their collections; those are not hits.
 */
export function hitKinds(type: SearchType | undefined): SQL {
  const kinds = type === undefined ? searchTypes : [type];
  return sql`kind IN (${sql.join(kinds.map((kind) => sql`${kind}`), sql`, `)})`;
}

/**
 * One page of hits for `q`, best first. Reads the newest matching index rows within `bounds`
 * ({@link RANK_LIMIT} rows, {@link RANK_TEXT_LIMIT} characters) and ranks those of the wanted
 * kinds by their bm25 over the whole index; when more rows match, only those were ranked
 * (`rankingExact` false) and the pages hold them only. Every page reads the same rows, so
 * cursors continue one ranking.
 */
export function search(db: Db, request: SearchRequest, bounds: RankBounds = RANK_BOUNDS): SearchPage {
  const match = ftsQuery(request.q);
  const limit = request.limit ?? DEFAULT_LIMIT;
  const position = request.cursor === undefined ? undefined : cursorPosition(request.cursor);
  const { ranked: read, all: rankingExact } = candidates(db, match, request.type, bounds);
  const stems = queryStems(request.q);
  const score = bm25(stems, indexStatistics(db, stems));
  const ranked: Hit[] = read.map(({ rowid, tokens, stems: body }) => ({ rowid, stems: body, score: score(body, tokens) }));
  ranked.sort((a, b) => a.score - b.score || a.rowid - b.rowid);
  const rest = position === undefined ? ranked : ranked.filter((hit) => after(hit, position));
  const hits = rest.slice(0, limit);
  const shown = hits.length === 0 ? [] : displayRows(db, hits.map((h) => h.rowid));
  const stemSet = new Set(stems);
  const byPosition: SearchHit[] = new Array(hits.length);
  for (const [position, type, id, name, text, documentId, documentTitle] of shown) {
    const hit = hits[position]!;
    byPosition[position] = {
      type,
      id,
      name,
      url: id,
      score: hit.score,
      snippet: snippet(text, stemSet, firstMatchIndex(hit.stems, stems)),
      document: { id: documentId, name: documentTitle, url: documentId },
    };
  }
  // A hit whose record the display statement did not find (none, in a consistent file) is left out, as before.
  const items = shown.length === hits.length ? byPosition : byPosition.filter((item) => item !== undefined);
  const cursorOf = (h: Hit) => encodeCursor(SEARCH_KEYS, [h.score, h.rowid]);
  const last = hits[hits.length - 1];
  return { items, cursors: () => hits.map(cursorOf), next: rest.length > limit && last ? cursorOf(last) : null, rankingExact, ranked: ranked.length };
}
