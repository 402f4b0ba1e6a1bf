/**
 * Ranked search across measures, figures and documents: one FTS5 statement ranked by
 * bm25, keyset-paginated on (score, rowid), with the original text of each hit for a
 * highlighted snippet.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { afterCursorCondition, DEFAULT_LIMIT, encodeCursor, MAX_LIMIT, type SortKey } from './pagination.js';
import { firstMatchIndex, ftsQuery, queryStems, snippet } from './fulltext.js';
import { measureNameSql } from './measures.js';
import type { EntityCollection } from './dataset.js';
import { summaryRefs, type Refs } from './refs.js';
import { summarySchema } from './shapes.js';
import { code, rows } from './sql.js';

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
 * The sort keys of search cursors: the rank and rowid, both always non-NULL, order hits
 * totally. `rank` is FTS5's bm25 (no other rank function is configured). Ordered by
 * `rank` alone, FTS5 sorts the matches itself and hands them over best first, ties in
 * rowid order (test/db/search-index.test.ts holds it to that), so the statement stops
 * after a page of hits of the wanted kinds: the kind of the other matches is never read,
 * and SQLite sorts nothing.
 */
export const SEARCH_KEYS: readonly SortKey[] = [
  { field: 'score', sql: 'rank', desc: false },
  { field: 'rowid', sql: 'rowid', desc: false },
];

/**
 * A page of hits: ranked on the index alone (ids and rank; nothing else is read for the
 * rows the LIMIT drops), then for the page's rows only the indexed body (stems, to place
 * the snippet) and what a hit shows: per kind the display name, the original of the
 * indexed text (as load.ts indexed it), the document's id and title.
 */
const pageStatement = (match: string, conditions: SQL, limit: number) => sql`
  WITH page AS MATERIALIZED (
    SELECT rowid, kind, ref, rank AS score FROM search_index WHERE search_index MATCH ${match} AND ${conditions} ORDER BY rank LIMIT ${limit})
  SELECT h.kind, h.ref, h.score, h.rowid, i.body AS stems,
    CASE h.kind WHEN 'measure' THEN ${code(measureNameSql)} WHEN 'figure' THEN f.quote ELSE d.title END AS name,
    CASE h.kind
      WHEN 'measure' THEN coalesce(s.section || char(10), '') || s.text
      WHEN 'figure' THEN concat_ws(char(10), f.quote, f.unit, f.subject, fm.text)
      ELSE d.title || char(10) || d.text
    END AS text,
    d.id AS documentId, d.title AS documentTitle
  FROM page h
  JOIN search_index i ON i.rowid = h.rowid
  LEFT JOIN measures s ON h.kind = 'measure' AND s.id = h.ref
  LEFT JOIN figures f ON h.kind = 'figure' AND f.id = h.ref
  LEFT JOIN measures fm ON fm.id = f.measure_id
  JOIN documents d ON d.id = CASE h.kind WHEN 'measure' THEN s.document_id WHEN 'figure' THEN f.document_id ELSE h.ref END
  ORDER BY h.score, h.rowid`;

interface HitRow {
  kind: SearchType;
  ref: string;
  score: number;
  rowid: number;
  stems: string;
  name: string;
  text: string;
  documentId: string;
  documentTitle: string;
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

/** One page of hits for `q`, best first, and the cursor of each hit on demand (GraphQL edges). */
export function search(db: Db, request: SearchRequest): { items: SearchHit[]; cursors: () => string[]; next: string | null } {
  const match = ftsQuery(request.q);
  const limit = request.limit ?? DEFAULT_LIMIT;
  const hits = rows<HitRow>(db, pageStatement(match, sql`${afterCursorCondition(SEARCH_KEYS, request.cursor)} AND ${hitKinds(request.type)}`, limit + 1));
  const more = hits.length > limit;
  if (more) hits.length = limit;
  const stems = queryStems(request.q);
  const stemSet = new Set(stems);
  const items = hits.map((r) => ({
    type: r.kind,
    id: r.ref,
    name: r.name,
    url: r.ref,
    score: r.score,
    snippet: snippet(r.text, stemSet, firstMatchIndex(r.stems, stems)),
    document: { id: r.documentId, name: r.documentTitle, url: r.documentId },
  }));
  const cursorOf = (r: HitRow) => encodeCursor(SEARCH_KEYS, [r.score, r.rowid]);
  const last = hits[hits.length - 1];
  return { items, cursors: () => hits.map(cursorOf), next: more && last ? cursorOf(last) : null };
}
