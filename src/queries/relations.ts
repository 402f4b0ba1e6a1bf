/**
 * Batch functions the GraphQL layer needs beyond the entity modules: the remaining
 * relations (see related.ts, as in the entity modules) and per-item cursors for list pages.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { idSql, rowCursor, type Entity } from './entity.js';
import { figures } from './figures.js';
import { locations } from './locations.js';
import { measuresInLocation } from './measures.js';
import { keyColumnList, parseSort, type SortKey } from './pagination.js';
import { programmes } from './programmes.js';
import { relation } from './related.js';
import { code, idList, rows } from './sql.js';

/** Places each programme is about. */
export const locationsOfProgramme = relation(locations, sql`programme_locations x ON x.programme_id = j.value JOIN locations l ON l.id = x.location_id`);

/** Programmes each actor issued. */
export const programmesOfIssuer = relation(programmes, { where: sql`p.issuer_id = j.value` });

/** The programme of each figure's measure (an empty group when it has none). */
export const programmeOfFigure = relation(programmes, sql`figures x ON x.id = j.value JOIN measures mm ON mm.id = x.measure_id JOIN programmes p ON p.id = mm.programme_id`);

/** Figures of measures tied to each location or any place inside it (as the `location` filter). */
export const figuresOfLocation = relation(figures, { where: sql`f.measure_id IN (${measuresInLocation(sql`j.value`)})` });

/** Cursors of rows carrying `keyColumnList(keys)`, keyed by `key(row)`. */
function cursorsOf(keys: readonly SortKey[], rows: Array<Record<string, unknown>>, key: (row: Record<string, unknown>) => string): Map<string, string> {
  return new Map(rows.map((row) => [key(row), rowCursor(keys, row)]));
}

/**
 * The cursor of each record (aligned with `ids`) in a list of `e` sorted by `sort` — the
 * very cursor the list would give as `next` after it — in one statement. Lets GraphQL
 * give every edge a cursor, though a page only carries the cursor after its last row.
 */
export function cursorsByIds(db: Db, e: Entity, sort: string | undefined, ids: readonly string[]): string[] {
  const keys = parseSort(sort ?? e.defaultSort, e.sorts, idSql(e));
  const statement = sql`SELECT ${code(idSql(e))} AS "_id", ${keyColumnList(keys)} FROM json_each(${idList(ids)}) j JOIN ${code(e.table)} ${code(e.alias)} ON ${code(idSql(e))} = j.value`;
  const found = cursorsOf(keys, rows(db, statement), (r) => r._id as string);
  return ids.map((id) => found.get(id)!);
}
