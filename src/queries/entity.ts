/**
 * The generic engine behind every entity module: one description per entity (columns as
 * SQL, sortable fields, filters, facets) and the functions that turn it into statements.
 * Each call runs exactly one SQL statement; whole records — summaries of related records
 * included — come out of SQLite as one row, so lists, batches and streams share a shape.
 */
import { getTableColumns, sql, type AnyColumn, type Table } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import type { EntityCollection } from './dataset.js';
import { FACET_LIMIT, facetSql, type Facet } from './facets.js';
import { whereClause, whereFragment, type FilterDef, type FilterValues } from './filters.js';
import { afterCursor, DEFAULT_LIMIT, encodeCursor, orderBy, parseSort, walkingKeys, type SortKey } from './pagination.js';
import { recordRef, summaryRefs, type Refs, type RefOf, type Rel } from './refs.js';
import { code, idList, prepared, statement, summarySql, toQuery } from './sql.js';

/**
 * One output field: its SQL expression, whether SQLite returns it as JSON text, and the
 * references it holds (a URL field's `RefOf`, or the `Refs` inside a JSON value), which
 * the edge turns into URLs.
 */
export interface Column {
  sql: string;
  json?: boolean;
  refs?: RefOf | Refs;
}

/** A URL field of the record whose id is `idExpr` in `collection`, or of the resource `rel` under it: it holds the id. */
export const linkColumn = (collection: EntityCollection, idExpr: string, rel?: Rel): Column => ({ sql: idExpr, refs: recordRef(collection, rel) });

/** The `{id, name, url}` summary of the record of `collection` whose id is `idExpr` (null without one). */
export const summaryColumn = (collection: EntityCollection, idExpr: string, nameExpr?: string): Column => ({
  sql: summarySql(collection, idExpr, nameExpr),
  json: true,
  refs: summaryRefs(collection),
});

/**
 * Output fields read straight from table columns, derived from the drizzle table: the SQL
 * name and whether the column holds JSON come from the one data model, not restated here.
 */
export function tableColumns<T extends Table, K extends keyof T['_']['columns'] & string>(table: T, alias: string, keys: readonly K[]): Record<K, Column> {
  const columns = getTableColumns(table) as Record<string, AnyColumn>;
  return Object.fromEntries(
    keys.map((key) => [key, { sql: `${alias}.${columns[key]!.name}`, ...(columns[key]!.columnType === 'SQLiteTextJson' ? { json: true } : {}) }]),
  ) as Record<K, Column>;
}

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
  facets: Readonly<Record<string, Facet>>;
  /**
   * Fields that follow the filters (a theme's `measureCount` counts the filtered
   * measures): for the given filters, a function that sets them on each listed record,
   * or undefined when the stored values stand. Lists and exports apply it.
   */
  filteredFields?: (db: Db, filters: FilterValues) => ((record: Row) => void) | undefined;
}

export type RecordOf<E extends Entity> = z.output<E['schema']>;

/** List options: a sort (`-date,title`), a page size, the cursor of a previous page and the fields to read. */
export interface PageRequest {
  sort?: string | undefined;
  /** Rows to return; `undefined` means all (exports). */
  limit?: number | undefined;
  cursor?: string | undefined;
  /**
   * The page before `cursor` instead of after it (GraphQL `last`/`before`): the `limit`
   * rows nearest it, still in sort order; the page's `next` then continues backwards.
   */
  backward?: boolean | undefined;
  /** Fields of the records to read (all when undefined). */
  fields?: Fields;
}

export interface Page<R> {
  items: R[];
  /** Cursor of the next page in the direction of travel (the previous one for a backward page), or null on the last. */
  next: string | null;
}

/** One value of a facet: the value (an id for related records), its display name and how many records have it. */
export const facetValueSchema = z.object({ value: z.string(), name: z.string(), count: z.number().int() }).meta({ id: 'FacetValue' });
export type FacetValue = z.infer<typeof facetValueSchema>;

export { FACET_LIMIT };

/** The id column of an entity, under its alias. */
export const idSql = (e: Entity) => `${e.alias}.id`;

/**
 * Record fields to read, all when undefined: GraphQL reads only those a query selects.
 * The id is always read; names that are not fields of the entity are ignored.
 */
export type Fields = readonly string[] | undefined;

/** A row as better-sqlite3 returns it. */
export type Row = Record<string, unknown>;

/** The `SELECT` list of some columns, their (quoted) aliases, and the decoder of its rows. */
export interface Shape {
  select: string;
  names: string[];
  decode(row: Row): unknown;
}

/** `SELECT` list and decoder of `columns`, each aliased `prefix + name`: JSON columns parsed, everything else as SQLite returned it. */
export function columnShape(columns: Readonly<Record<string, Column>>, prefix = ''): Shape {
  const entries = Object.entries<Column>(columns);
  const fields = entries.map(([name, c]) => [name, `${prefix}${name}`, c.json === true] as const);
  return {
    select: entries.map(([name, c]) => `${c.sql} AS "${prefix}${name}"`).join(', '),
    names: fields.map(([, alias]) => `"${alias}"`),
    decode: (row) => {
      const out: Row = {};
      for (const [name, alias, json] of fields) {
        const v = row[alias];
        out[name] = json && typeof v === 'string' ? JSON.parse(v) : v;
      }
      return out;
    },
  };
}

/** The shape of `fields` of `e` (all when undefined; the id always). */
function shape(e: Entity, fields: Fields): Shape {
  const wanted = fields && new Set(['id', ...fields]);
  return columnShape(wanted === undefined ? e.columns : Object.fromEntries(Object.entries(e.columns).filter(([name]) => wanted.has(name))));
}

const recordRefsCache = new WeakMap<Entity, Refs>();

/** Where the references of a record of `e` sit (its columns' `refs`), for the edge to link. */
export function recordRefs(e: Entity): Refs {
  let refs = recordRefsCache.get(e);
  if (refs === undefined) {
    refs = Object.fromEntries(Object.entries<Column>(e.columns).flatMap(([name, c]) => (c.refs === undefined ? [] : [[name, c.refs]])));
    recordRefsCache.set(e, refs);
  }
  return refs;
}

/** Bound of the shapes kept per entity; each distinct field list of a GraphQL document makes one. */
const MAX_SHAPES = 500;
const shapes = new WeakMap<Entity, Map<string, Shape>>();

function shapeOf(e: Entity, fields: Fields): Shape {
  let byFields = shapes.get(e);
  if (!byFields) shapes.set(e, (byFields = new Map()));
  const key = fields === undefined ? '*' : fields.join(',');
  let found = byFields.get(key);
  if (!found) {
    found = shape(e, fields);
    if (byFields.size < MAX_SHAPES) byFields.set(key, found);
  }
  return found;
}

/** `SELECT` list of (some `fields` of) an entity, every column aliased to its record field name. */
export const selectList = (e: Entity, fields?: Fields) => shapeOf(e, fields).select;

/** A row of `selectList(e, fields)` as a record of `e` (JSON columns parsed); with `fields`, a partial one. */
export const decode = <E extends Entity>(e: E, row: Row, fields?: Fields) => shapeOf(e, fields).decode(row) as RecordOf<E>;

/** One record by id, or null. */
export function getRecord<E extends Entity>(db: Db, e: E, id: string): RecordOf<E> | null {
  const row = prepared(db, `SELECT ${selectList(e)} FROM ${e.table} ${e.alias} WHERE ${idSql(e)} = ?`).get(id) as Row | undefined;
  return row ? decode(e, row) : null;
}

/** Records (their `fields`) by ids, aligned with `ids` (null where none), in one statement — for GraphQL loaders. */
export function recordsByIds<E extends Entity>(db: Db, e: E, ids: readonly string[], fields?: Fields): Array<RecordOf<E> | null> {
  const sql = `SELECT ${selectList(e, fields)} FROM json_each(?) j JOIN ${e.table} ${e.alias} ON ${idSql(e)} = j.value`;
  const found = new Map((prepared(db, sql).all(idList(ids)) as Row[]).map((r) => [r.id as string, decode(e, r, fields)]));
  return ids.map((id) => found.get(id) ?? null);
}

interface PlannedList {
  sql: string;
  params: unknown[];
  keys: SortKey[];
}

/** The list statement for filters + page request: keyset after the cursor, at most `page.limit` rows (all when undefined). */
function planList(db: Db, e: Entity, filters: FilterValues, page: PageRequest): PlannedList {
  const keys = parseSort(page.sort ?? e.defaultSort, e.sorts, idSql(e));
  const backward = page.backward === true;
  const where = whereClause(db, e.filters, filters);
  const after = afterCursor(keys, page.cursor, backward);
  const sql = `SELECT ${selectList(e, page.fields)}, ${keyColumns(keys)} FROM ${e.table} ${e.alias} WHERE ${where.sql} AND ${after.sql} ORDER BY ${orderBy(walkingKeys(keys, backward))} LIMIT ?`;
  return { sql, params: [...where.params, ...after.params, page.limit ?? -1], keys };
}

/** The values of sort `keys` as columns `_k0`, `_k1`, …, from which `rowCursor` makes a row's cursor. */
export const keyColumns = (keys: readonly SortKey[]) => keys.map((k, i) => `${k.sql} AS "_k${i}"`).join(', ');

/** The cursor after a row carrying `keyColumns(keys)`. */
export const rowCursor = (keys: readonly SortKey[], row: Row) => encodeCursor(keys, keys.map((_, i) => row[`_k${i}`] as string | number));

/** The decoder of listed rows: `decode`, then the entity's filter-dependent fields set. */
function listDecoder<E extends Entity>(db: Db, e: E, filters: FilterValues, fields: Fields): (row: Row) => RecordOf<E> {
  const refine = e.filteredFields?.(db, filters);
  if (refine === undefined) return (row) => decode(e, row, fields);
  return (row) => {
    const record = decode(e, row, fields);
    refine(record as Row);
    return record;
  };
}

/** One page of the filtered, sorted set. */
export function listRecords<E extends Entity>(db: Db, e: E, filters: FilterValues, page: PageRequest): Page<RecordOf<E>> {
  const limit = page.limit ?? DEFAULT_LIMIT;
  // One extra row tells whether there is a next page.
  const plan = planList(db, e, filters, { ...page, limit: limit + 1 });
  const rows = prepared(db, plan.sql).all(...plan.params) as Row[];
  const more = rows.length > limit;
  if (more) rows.length = limit;
  // The row the next page starts beyond: the farthest from the cursor, last in the walk.
  const farthest = rows[rows.length - 1];
  if (page.backward === true) rows.reverse();
  return { items: rows.map(listDecoder(db, e, filters, page.fields)), next: more && farthest ? rowCursor(plan.keys, farthest) : null };
}

/**
 * The filtered, sorted set row by row (better-sqlite3 `.iterate()`), for exports that
 * must not hold the set in memory. Filters are validated and the statement compiled
 * before the first row is asked for; the statement starts running only then, so an
 * iterator dropped unread (a 304, a refused request) leaves the connection idle.
 */
export function iterateRecords<E extends Entity>(db: Db, e: E, filters: FilterValues, page: PageRequest): IterableIterator<RecordOf<E>> {
  const plan = planList(db, e, filters, page);
  const cached = prepared(db, plan.sql);
  const toRecord = listDecoder(db, e, filters, page.fields);
  return (function* () {
    // A statement can run one iteration at a time; concurrent exports of the same query get their own.
    const stmt = cached.busy ? db.$client.prepare(plan.sql) : cached;
    for (const row of stmt.iterate(...plan.params) as IterableIterator<Row>) yield toRecord(row);
  })();
}

/** What was computed once per database, entity and key: the dataset is immutable while a process serves it. */
const perCollection = new WeakMap<Db, Map<Entity, Map<string, unknown>>>();

/** `compute()` for a whole collection of `e`, once per process and `key`. */
function onceForCollection<T>(db: Db, e: Entity, key: string, compute: () => T): T {
  let byEntity = perCollection.get(db);
  if (byEntity === undefined) perCollection.set(db, (byEntity = new Map()));
  let byKey = byEntity.get(e);
  if (byKey === undefined) byEntity.set(e, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

/** Whether a `whereClause` selects the whole collection. */
const wholeCollection = (where: { sql: string; params: unknown[] }) => where.sql === '1' && where.params.length === 0;

/**
 * Size of the filtered set. A whole collection is counted once per process, as Datasette
 * counts the tables of an immutable database once: SQLite has no stored row count, and
 * `count(*)` walks a whole index (about 1 ms per 66 000 measures).
 */
export function countRecords(db: Db, e: Entity, filters: FilterValues): number {
  const where = whereClause(db, e.filters, filters);
  const count = () => prepared(db, `SELECT count(*) FROM ${e.table} ${e.alias} WHERE ${where.sql}`).pluck().get(...where.params) as number;
  return wholeCollection(where) ? onceForCollection(db, e, 'count', count) : count();
}

/**
 * Value counts of the requested facets over the filtered set, most frequent first, at
 * most {@link FACET_LIMIT} each. Without filters the set is the whole collection: a facet
 * then counts its rows without building the set of every id first, once per process (one
 * index scan, 65 ms for 200 000 measures on a loaded machine, is still more than a list).
 */
export function facetCounts(db: Db, e: Entity, filters: FilterValues, names: readonly string[]): Record<string, FacetValue[]> {
  const where = whereFragment(db, e.filters, filters);
  const whole = wholeCollection(toQuery(where));
  const set = whole ? null : sql`SELECT ${code(idSql(e))} FROM ${code(e.table)} ${code(e.alias)} WHERE ${where}`;
  const counts = (name: string) => () => {
    const { stmt, params } = statement(db, facetSql(e.facets[name]!, set));
    return stmt.all(...params) as FacetValue[];
  };
  // One statement per distinct name, however often a caller repeats it.
  return Object.fromEntries([...new Set(names)].map((name) => [name, whole ? onceForCollection(db, e, `facet:${name}`, counts(name)) : counts(name)()]));
}

/** Whether a record with this id exists (for 404s on relation routes). */
export function recordExists(db: Db, e: Entity, id: string): boolean {
  return prepared(db, `SELECT 1 FROM ${e.table} WHERE id = ?`).get(id) !== undefined;
}
