/**
 * The generic engine behind every entity module: one description per entity (columns as
 * SQL, sortable fields, filters, facets) and the functions that turn it into statements.
 * Each call runs exactly one SQL statement; whole records — summaries of related records
 * included — come out of SQLite as one row, so lists, batches and streams share a shape.
 */
import type { z } from 'zod';
import type { Db } from '../db/client.js';
import type { EntityCollection } from './dataset.js';
import { whereClause, type FilterDef, type FilterValues } from './filters.js';
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, keysetCondition, orderBy, parseSort, type SortKey } from './pagination.js';
import { idList, prepared } from './sql.js';

/** One output field: its SQL expression and whether SQLite returns it as JSON text. */
export interface Column {
  sql: string;
  json?: boolean;
}

/** A facet: SQL yielding `value, name, count` over the filtered set `:set` (a subquery of ids). */
export type FacetSql = string;

/** Everything the engine needs to know about one entity. */
export interface Entity<S extends z.ZodObject = z.ZodObject, C extends string = EntityCollection | 'mentions'> {
  /** Collection name: the REST path segment (`measures`), or a name for batch-only entities. */
  collection: C;
  /** The record's zod schema (output shape). */
  schema: S;
  table: string;
  /** Alias of `table` used by columns, filters and sorts. */
  alias: string;
  columns: Readonly<Record<keyof z.output<S> & string, Column>>;
  sorts: Readonly<Record<string, string>>;
  defaultSort: string;
  filters: Readonly<Record<string, FilterDef>>;
  facets: Readonly<Record<string, FacetSql>>;
}

export type RecordOf<E extends Entity> = z.output<E['schema']>;

/** List options: a sort (`-date,title`), a page size and the cursor of a previous page. */
export interface PageRequest {
  sort?: string | undefined;
  /** Rows to return; `undefined` means all (exports). */
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface Page<R> {
  items: R[];
  /** Cursor of the next page, or null on the last page. */
  next: string | null;
}

export interface FacetValue {
  value: string;
  name: string;
  count: number;
}

const idSql = (e: Entity) => `${e.alias}.id`;

/** `SELECT` list of an entity, every column aliased to its record field name. */
const selectList = (e: Entity) => Object.entries<Column>(e.columns).map(([name, c]) => `${c.sql} AS "${name}"`).join(', ');

/** Row → record: JSON columns parsed, everything else as SQLite returned it. */
function decoder<E extends Entity>(e: E): (row: Record<string, unknown>) => RecordOf<E> {
  const fields = Object.entries<Column>(e.columns).map(([name, c]) => [name, c.json === true] as const);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [name, json] of fields) {
      const v = row[name];
      out[name] = json && typeof v === 'string' ? JSON.parse(v) : v;
    }
    return out as RecordOf<E>;
  };
}

const decoders = new WeakMap<Entity, (row: Record<string, unknown>) => unknown>();
function decode<E extends Entity>(e: E, row: Record<string, unknown>): RecordOf<E> {
  let d = decoders.get(e);
  if (!d) decoders.set(e, (d = decoder(e)));
  return d(row) as RecordOf<E>;
}

/** One record by id, or null. */
export function getRecord<E extends Entity>(db: Db, e: E, id: string): RecordOf<E> | null {
  const row = prepared(db, `SELECT ${selectList(e)} FROM ${e.table} ${e.alias} WHERE ${idSql(e)} = ?`).get(id) as Record<string, unknown> | undefined;
  return row ? decode(e, row) : null;
}

/** Records by ids, aligned with `ids` (null where none), in one statement — for GraphQL loaders. */
export function recordsByIds<E extends Entity>(db: Db, e: E, ids: readonly string[]): Array<RecordOf<E> | null> {
  const sql = `SELECT ${selectList(e)} FROM json_each(?) j JOIN ${e.table} ${e.alias} ON ${idSql(e)} = j.value`;
  const found = new Map((prepared(db, sql).all(idList(ids)) as Array<Record<string, unknown>>).map((r) => [r.id as string, decode(e, r)]));
  return ids.map((id) => found.get(id) ?? null);
}

/**
 * Records related to each of `parentIds`, aligned with them, in one statement.
 * `join` links `j.value` (a parent id) to the entity's alias, e.g.
 * `JOIN measure_themes mt ON mt.measure_id = j.value JOIN themes t ON t.id = mt.theme_id`.
 */
export function recordsByParentIds<E extends Entity>(db: Db, e: E, join: string, parentIds: readonly string[]): Array<Array<RecordOf<E>>> {
  const sql = `SELECT ${selectList(e)}, j.value AS "_parent" FROM json_each(?) j ${join} ORDER BY j.key, ${idSql(e)}`;
  const groups = new Map<string, Array<RecordOf<E>>>(parentIds.map((id) => [id, []]));
  for (const row of prepared(db, sql).all(idList(parentIds)) as Array<Record<string, unknown>>) groups.get(row._parent as string)?.push(decode(e, row));
  return parentIds.map((id) => groups.get(id)!);
}

interface PlannedList {
  sql: string;
  params: unknown[];
  keys: SortKey[];
}

/** The list statement for filters + page request: keyset after the cursor, at most `page.limit` rows (all when undefined). */
function planList(db: Db, e: Entity, filters: FilterValues, page: PageRequest): PlannedList {
  const keys = parseSort(page.sort ?? e.defaultSort, e.sorts, idSql(e));
  const where = whereClause(db, e.filters, filters);
  const conditions = [where.sql];
  const params = [...where.params];
  if (page.cursor !== undefined) {
    const after = keysetCondition(keys, decodeCursor(keys, page.cursor));
    conditions.push(after.sql);
    params.push(...after.params);
  }
  const sortColumns = keys.map((k, i) => `${k.sql} AS "_k${i}"`).join(', ');
  const sql = `SELECT ${selectList(e)}, ${sortColumns} FROM ${e.table} ${e.alias} WHERE ${conditions.join(' AND ')} ORDER BY ${orderBy(keys)} LIMIT ?`;
  params.push(page.limit ?? -1);
  return { sql, params, keys };
}

const sortValues = (keys: SortKey[], row: Record<string, unknown>) => keys.map((_, i) => row[`_k${i}`] as string | number);

/** One page of the filtered, sorted set. */
export function listRecords<E extends Entity>(db: Db, e: E, filters: FilterValues, page: PageRequest): Page<RecordOf<E>> {
  const limit = page.limit ?? DEFAULT_LIMIT;
  // One extra row tells whether there is a next page.
  const plan = planList(db, e, filters, { ...page, limit: limit + 1 });
  const rows = prepared(db, plan.sql).all(...plan.params) as Array<Record<string, unknown>>;
  const more = rows.length > limit;
  if (more) rows.length = limit;
  const last = rows[rows.length - 1];
  return { items: rows.map((r) => decode(e, r)), next: more && last ? encodeCursor(plan.keys, sortValues(plan.keys, last)) : null };
}

/**
 * The filtered, sorted set row by row (better-sqlite3 `.iterate()`), for exports that
 * must not hold the set in memory. Filters are validated before the first row is read.
 */
export function iterateRecords<E extends Entity>(db: Db, e: E, filters: FilterValues, page: PageRequest): IterableIterator<RecordOf<E>> {
  const plan = planList(db, e, filters, page);
  const cached = prepared(db, plan.sql);
  // A statement can run one iteration at a time; concurrent exports of the same query get their own.
  const stmt = cached.busy ? db.$client.prepare(plan.sql) : cached;
  const rows = stmt.iterate(...plan.params) as IterableIterator<Record<string, unknown>>;
  return (function* () {
    for (const row of rows) yield decode(e, row);
  })();
}

/** Size of the filtered set. */
export function countRecords(db: Db, e: Entity, filters: FilterValues): number {
  const where = whereClause(db, e.filters, filters);
  return prepared(db, `SELECT count(*) FROM ${e.table} ${e.alias} WHERE ${where.sql}`).pluck().get(...where.params) as number;
}

/** Value counts of the requested facets over the filtered set, most frequent first. */
export function facetCounts(db: Db, e: Entity, filters: FilterValues, names: readonly string[]): Record<string, FacetValue[]> {
  const where = whereClause(db, e.filters, filters);
  const set = `SELECT ${idSql(e)} FROM ${e.table} ${e.alias} WHERE ${where.sql}`;
  return Object.fromEntries(
    names.map((name) => {
      const sql = `${e.facets[name]!.replace(':set', set)} ORDER BY count DESC, value LIMIT 100`;
      return [name, prepared(db, sql).all(...where.params) as FacetValue[]];
    }),
  );
}

/** Whether a record with this id exists (for 404s on relation routes). */
export function recordExists(db: Db, e: Entity, id: string): boolean {
  return prepared(db, `SELECT 1 FROM ${e.table} WHERE id = ?`).get(id) !== undefined;
}
