/**
 * Ranked search across measures, figures and documents: one FTS5 statement ranked by
 * bm25, keyset-paginated on (score, rowid), with the original text of each hit for a
 * highlighted snippet.
 */
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { afterCursor, DEFAULT_LIMIT, encodeCursor, MAX_LIMIT, type SortKey } from './pagination.js';
import { ftsQuery, queryStems, snippet } from './fulltext.js';
import { measureNameSql } from './measures.js';
import type { EntityCollection } from './dataset.js';
import { summaryRefs, type Refs } from './refs.js';
import { summarySchema } from './shapes.js';
import { prepared } from './sql.js';

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

/** The sort keys of search cursors: the rank and rowid, both always non-NULL, order hits totally. */
export const SEARCH_KEYS: readonly SortKey[] = [
  { field: 'score', sql: 'score', desc: false },
  { field: 'rowid', sql: 'rowid', desc: false },
];

/** Per kind: display name, the original of the indexed text (as load.ts indexed it), document id and title. */
const HIT_SQL = `
  CASE h.kind
    WHEN 'measure' THEN (SELECT json_array(${measureNameSql}, coalesce(s.section || char(10), '') || s.text, d.id, d.title)
      FROM measures s JOIN documents d ON d.id = s.document_id WHERE s.id = h.ref)
    WHEN 'figure' THEN (SELECT json_array(s.quote, concat_ws(char(10), s.quote, s.unit, s.subject, m.text), d.id, d.title)
      FROM figures s JOIN measures m ON m.id = s.measure_id JOIN documents d ON d.id = s.document_id WHERE s.id = h.ref)
    ELSE (SELECT json_array(s.title, s.title || char(10) || s.text, s.id, s.title) FROM documents s WHERE s.id = h.ref)
  END`;

const COLLECTION: Record<SearchType, EntityCollection> = { measure: 'measures', figure: 'figures', document: 'documents' };

/**
 * The index rows a search covers, as a condition on `kind` with its parameters: `type`, or
 * every hit type. The index also holds programmes, actors, places and themes, for the `q`
 * filter of their collections; those are not hits.
 */
export function hitKinds(type: SearchType | undefined): { sql: string; params: readonly string[] } {
  const kinds = type === undefined ? searchTypes : [type];
  return { sql: `kind IN (${kinds.map(() => '?').join(', ')})`, params: kinds };
}

/** One page of hits for `q`, best first. */
export function search(db: Db, request: SearchRequest): { items: SearchHit[]; next: string | null } {
  const match = ftsQuery(request.q);
  const limit = request.limit ?? DEFAULT_LIMIT;
  const after = afterCursor(SEARCH_KEYS, request.cursor);
  const conditions = [after.sql];
  const params: unknown[] = [match, ...after.params];
  const kinds = hitKinds(request.type);
  conditions.push(kinds.sql);
  params.push(...kinds.params);
  params.push(limit + 1);
  const sql = `SELECT h.kind, h.ref, h.score, h.rowid, ${HIT_SQL} AS hit
    FROM (SELECT rowid, kind, ref, bm25(search_index) AS score FROM search_index WHERE search_index MATCH ?) h
    WHERE ${conditions.join(' AND ')} ORDER BY score, rowid LIMIT ?`;
  const rows = prepared(db, sql).all(...params) as Array<{ kind: SearchType; ref: string; score: number; rowid: number; hit: string }>;
  const more = rows.length > limit;
  if (more) rows.length = limit;
  const stems = new Set(queryStems(request.q));
  const items = rows.map((r) => {
    const [name, text, documentId, documentTitle] = JSON.parse(r.hit) as [string, string, string, string];
    return {
      type: r.kind,
      id: r.ref,
      name,
      url: r.ref,
      score: r.score,
      snippet: snippet(text, stems),
      document: { id: documentId, name: documentTitle, url: documentId },
    };
  });
  const last = rows[rows.length - 1];
  return { items, next: more && last ? encodeCursor(SEARCH_KEYS, [last.score, last.rowid]) : null };
}
