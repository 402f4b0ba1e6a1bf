/**
 * Batch functions the GraphQL layer needs beyond the entity modules: the remaining
 * relations (one statement per batch, `json_each(?)` over the parent ids, as in the
 * entity modules), per-item cursors for list pages, and search totals.
 */
import type { Db } from '../db/client.js';
import { recordsByParentIds, type Entity } from './entity.js';
import { figures } from './figures.js';
import { ftsQuery } from './fulltext.js';
import { locations } from './locations.js';
import { measuresInLocationSql } from './measures.js';
import { encodeCursor, parseSort, type SortKey } from './pagination.js';
import { programmes } from './programmes.js';
import type { SearchHit, SearchType } from './search.js';
import { idList, prepared } from './sql.js';

/** Places each programme is about. */
export const locationsByProgrammeIds = (db: Db, ids: readonly string[]) =>
  recordsByParentIds(db, locations, 'JOIN programme_locations x ON x.programme_id = j.value JOIN locations l ON l.id = x.location_id', ids);

/** Programmes each actor issued. */
export const programmesByIssuerIds = (db: Db, ids: readonly string[]) => recordsByParentIds(db, programmes, 'JOIN programmes p ON p.issuer_id = j.value', ids);

/** The programme of each figure's measure (an empty group when it has none). */
export const programmesByFigureIds = (db: Db, ids: readonly string[]) =>
  recordsByParentIds(db, programmes, 'JOIN figures x ON x.id = j.value JOIN measures mm ON mm.id = x.measure_id JOIN programmes p ON p.id = mm.programme_id', ids);

/** Figures of measures tied to each location or any place inside it (as the `location` filter). */
export const figuresByLocationIds = (db: Db, ids: readonly string[]) =>
  recordsByParentIds(db, figures, `JOIN figures f ON f.measure_id IN (${measuresInLocationSql.replace('?', 'j.value')})`, ids);

type KeyValue = string | number;

/** Cursors from rows carrying the sort-key values as `_k0`, `_k1`, …, keyed by `key(row)`. */
function cursorsOf(keys: SortKey[], rows: Array<Record<string, unknown>>, key: (row: Record<string, unknown>) => string): Map<string, string> {
  return new Map(rows.map((row) => [key(row), encodeCursor(keys, keys.map((_, i) => row[`_k${i}`] as KeyValue))]));
}

/**
 * The cursor of each record (aligned with `ids`) in a list of `e` sorted by `sort` — the
 * very cursor the list would give as `next` after it — in one statement. Lets GraphQL
 * give every edge a cursor, though a page only carries the cursor after its last row.
 */
export function cursorsByIds(db: Db, e: Entity, sort: string | undefined, ids: readonly string[]): string[] {
  const keys = parseSort(sort ?? e.defaultSort, e.sorts, `${e.alias}.id`);
  const columns = keys.map((k, i) => `${k.sql} AS "_k${i}"`).join(', ');
  const sql = `SELECT ${e.alias}.id AS "_id", ${columns} FROM json_each(?) j JOIN ${e.table} ${e.alias} ON ${e.alias}.id = j.value`;
  const found = cursorsOf(keys, prepared(db, sql).all(idList(ids)) as Array<Record<string, unknown>>, (r) => r._id as string);
  return ids.map((id) => found.get(id)!);
}

// Must match the keys of search.ts, whose cursors these are.
const SEARCH_KEYS: SortKey[] = [
  { field: 'score', sql: 'score', desc: false },
  { field: 'rowid', sql: 'rowid', desc: false },
];

/**
 * The search cursor of each hit of `search(q)`, aligned with `hits`, in one statement.
 * bm25 depends on the query and the index only, so the scores are those of the search.
 */
export function searchCursors(db: Db, q: string, hits: readonly Pick<SearchHit, 'type' | 'id'>[]): string[] {
  const sql = `SELECT kind || ' ' || ref AS "_hit", bm25(search_index) AS "_k0", rowid AS "_k1" FROM search_index
    WHERE search_index MATCH ? AND ref IN (SELECT value FROM json_each(?))`;
  const rows = prepared(db, sql).all(ftsQuery(q), idList(hits.map((h) => h.id))) as Array<Record<string, unknown>>;
  const found = cursorsOf(SEARCH_KEYS, rows, (r) => r._hit as string);
  return hits.map((h) => found.get(`${h.type} ${h.id}`)!);
}

/** Number of hits of `search(q, type)`. */
export function countSearch(db: Db, q: string, type: SearchType | undefined): number {
  const sql = 'SELECT count(*) FROM search_index WHERE search_index MATCH ? AND (? IS NULL OR kind = ?)';
  return prepared(db, sql).pluck().get(ftsQuery(q), type ?? null, type ?? null) as number;
}
