/**
 * The generic engine behind every entity module: one description per entity (columns as
 * SQL, sortable fields, filters, facets) and the functions that turn it into statements.
 * Records are read as Datasette and DataLoader read them: one statement selects the rows
 * (a page, a batch of ids, a stream) with their own columns, then each related field —
 * a summary, a list of linked records, a history stamp — is read for all those rows with
 * one statement over their keys (`json_each(?)`), and the records are assembled in
 * JavaScript. So a page of 50 measures costs eight statements, not eight correlated
 * subqueries per row, and values come out as SQLite's own values, never as JSON text.
 * Every statement is a drizzle `sql` fragment; its text is stable per shape (fields,
 * filters, sort), so the prepared-statement cache holds one statement per shape.
 */
import { getTableColumns, sql, type AnyColumn, type SQL, type Table } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError } from '../errors.js';
import { queryBounds, type BoundedCount } from './bounds.js';
import type { EntityCollection } from './dataset.js';
import { FACET_LIMIT, facetSql, facetsOfSetSql, type Facet } from './facets.js';
import { allOf, type FilterDef, type FilterValues } from './filters.js';
import { afterCursorCondition, DEFAULT_LIMIT, encodeCursor, keyColumnList, orderByTerms, parseSort, sortText, walkingKeys, type SortKey } from './pagination.js';
import { recordRef, summaryRefs, type Refs, type RefOf, type Rel } from './refs.js';
import { code, compiledStatement, idList, iterationStatement, staticText, statement, toQuery, type Query } from './sql.js';
import { storedCount } from './stored-facts.js';
import { storedCounts, wholeSet, type StoredSet } from './stored-counts.js';

/**
 * A value assembled in JavaScript from SQL expressions of one row: each field an
 * expression (its value as SQLite returns it), `{ json }` an expression holding JSON text
 * (parsed), or `{ object }` a nested object of the same.
 */
export interface Template {
  readonly [field: string]: string | { json: string } | { object: Template };
}

/**
 * A related field read for many records at once: the rows of `from` meeting `on(key)`
 * for each record's `key`, each made into a value by `row`, in `order`. `many` makes a
 * list (empty without rows), otherwise the first row's value or null.
 */
export interface Batch {
  /** SQL expression of the record whose value finds the related rows: its id, or a reference column. */
  key: string;
  /** The tables read, aliased (code constants). */
  from: string;
  /** The condition tying a row of `from` to a key. */
  on: (key: SQL) => SQL;
  row: Template;
  /** Order of a key's rows (the first is the value of a `many: false` batch). */
  order?: string;
  many: boolean;
}

/**
 * One output field: read from the record's row as a SQL expression (`sql`, a fragment
 * without parameters; JSON text parsed when `json`), assembled from several (`object`), or read for all listed records
 * at once (`batch`); and the references it holds (a URL field's `RefOf`, or the `Refs`
 * inside its value), which the edge turns into URLs.
 */
export type Column = { refs?: RefOf | Refs } & ({ sql: SQL; json?: boolean } | { object: Template } | { batch: Batch });

/** A URL field of the record whose id is `idExpr` in `collection`, or of the resource `rel` under it: it holds the id. */
export const linkColumn = (collection: EntityCollection, idExpr: string, rel?: Rel): Column => ({ sql: code(idExpr), refs: recordRef(collection, rel) });

/** The `{id, name, url}` of a record `s`; its `url` holds the id until the edge links it (see refs.ts `summaryRefs`). */
export const summaryTemplate = (nameExpr = 's.name'): Template => ({ id: 's.id', name: nameExpr, url: 's.id' });

/** The `{id, name, url}` summary of the record of `collection` whose id is `idExpr` (null without one). */
export const summaryColumn = (collection: EntityCollection, idExpr: string, nameExpr?: string): Column => ({
  batch: { key: idExpr, from: `${collection} s`, on: (key) => sql`s.id = ${key}`, row: summaryTemplate(nameExpr), many: false },
  refs: summaryRefs(collection),
});

/**
 * Output fields read straight from table columns, derived from the drizzle table: the SQL
 * name and whether the column holds JSON come from the one data model, not restated here.
 */
export function tableColumns<T extends Table, K extends keyof T['_']['columns'] & string>(table: T, alias: string, keys: readonly K[]): Record<K, Column> {
  const columns = getTableColumns(table) as Record<string, AnyColumn>;
  return Object.fromEntries(
    keys.map((key) => [key, { sql: code(`${alias}.${columns[key]!.name}`), ...(columns[key]!.columnType === 'SQLiteTextJson' ? { json: true } : {}) }]),
  ) as Record<K, Column>;
}

/** Everything the engine needs to know about one entity. */
/**
 * A table holding, for each value of one reference filter, the entity's ids in the order
 * of its default sort (built at load): a list filtered by one such value in that order reads
 * one range of the table's primary key — page 1 and every cursor page alike — where the
 * filter as a condition must find every match before the first page is known.
 */
export interface OrderedRange {
  /** The filter it answers when given one record (its name), and the condition selecting that record's range; without one, the table holds the whole collection in order, used when nothing filters it. */
  filter?: { name: string; where: (id: string) => SQL };
  /** The table, aliased (a code constant). */
  from: string;
  /** The column holding the listed record's id. */
  id: string;
  /** The sort expressions of the entity the key holds after the filter's column, in key order, each with the column holding it. */
  keys: ReadonlyArray<readonly [sortSql: string, column: string]>;
  /** The directions (descending or not, per key) the table's indexes hold them in; each index serves its directions and their reverse. Default: all ascending. */
  directions?: ReadonlyArray<readonly boolean[]>;
}

export interface Entity<S extends z.ZodObject = z.ZodObject, C extends string = EntityCollection | 'mentions'> {
  /** Collection name: the REST path segment (`measures`), or a name for batch-only entities. */
  collection: C;
  /** The record's zod schema (output shape). */
  schema: S;
  table: string;
  /**
   * Whether `table` is stored `WITHOUT ROWID` (migrations 0014, 0015; drizzle cannot declare
   * it): a table with a rowid is read by it where a statement only passes rows through.
   */
  withoutRowid?: true;
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
  /** Filters answered by a range of an ordered table (see {@link OrderedRange}). */
  ranges?: readonly OrderedRange[];
  /**
   * Reference filters (with FilterDef `table`, and `sets` of the listed records' own ids,
   * `setsOfListed`) whose set for each record the build counts and facets, when larger than
   * the minimum (stored-counts.ts): a request filtered by exactly one such record reads its
   * exact size and facets instead of reading the set.
   */
  storedCounts?: readonly string[];
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

/**
 * Whether every value of `facets` is what {@link facetValueSchema} accepts as it is: a string
 * value and name, a safe integer count. Values come from SQL rows selected as `value, name,
 * count` or are built in that order (stored-counts.ts), so their keys are the schema's in its
 * order; a page whose facets pass can be written with `JSON.stringify` alone (the serializer's
 * checked copy would write the same bytes), one that does not goes through the serializer,
 * which refuses it as before.
 */
export const facetsAsSchema = (facets: Record<string, readonly FacetValue[]>): boolean =>
  Object.values(facets).every((values) => values.every(({ value, name, count }) => typeof value === 'string' && typeof name === 'string' && Number.isSafeInteger(count)));

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

/** A row as an object, or as the array of its columns (better-sqlite3's raw mode). */
type Cells = Row | readonly unknown[];

/** Builds a value from a row. */
type Build = (row: Cells) => unknown;

/** A build that parses JSON text. */
const parsed = (read: Build): Build => (row) => {
  const v = read(row);
  return typeof v === 'string' ? JSON.parse(v) : v;
};

/** A build reading one column of a raw row: an object build reads it in place. */
type ColumnRead = Build & { readonly at: number };

/** The build reading column `index` of a raw row (in place, in a generated build). */
const columnAt = (index: number): ColumnRead => Object.assign((row: Cells) => (row as readonly unknown[])[index], { at: index });

/** The build of a field filled later (a batch's): null until then. */
const unfilled: Build = () => null;

/**
 * A build making an object of `fields` (in their order), generated per shape as the
 * serializer's projectors are: one object literal, so every record of a shape has its
 * fields from the start (one hidden class, which `JSON.stringify` walks fast), a column of a
 * raw row read in place, other fields through their builds.
 */
function objectBuild(fields: ReadonlyArray<readonly [string, Build]>): Build {
  const values = fields.map(([name, build], i) => {
    // A literal's __proto__ would set the prototype: field names are code, never that one.
    if (name === '__proto__') throw new Error('a record field cannot be named __proto__');
    const value = build === unfilled ? 'null' : 'at' in build ? `row[${(build as ColumnRead).at}]` : `builds[${i}](row)`;
    return `${JSON.stringify(name)}: ${value}`;
  });
  // eslint-disable-next-line no-new-func -- generated once per shape from its field names, written as JSON string literals
  const generate = new Function('builds', `return function build(row) { return { ${values.join(', ')} }; };`) as (builds: readonly Build[]) => Build;
  return generate(fields.map(([, build]) => build));
}

/**
 * A `SELECT` list under construction: each distinct expression once, aliased `_0`, `_1`,
 * …, read back by alias — or, for rows read raw, by position after `first` leading
 * columns (a summary's `id` and `url` read one column).
 */
class SelectList {
  private readonly aliases = new Map<string, number>();
  constructor(private readonly raw: { first: number } | undefined = undefined) {}

  /** The position of `expr` in this list. */
  private position(expr: string): number {
    let position = this.aliases.get(expr);
    if (position === undefined) this.aliases.set(expr, (position = this.aliases.size));
    return position;
  }

  /** A build reading `expr`. */
  read(expr: string): Build {
    const position = this.position(expr);
    if (this.raw !== undefined) {
      const index = this.raw.first + position;
      return columnAt(index);
    }
    const alias = `_${position}`;
    return (row) => (row as Row)[alias];
  }

  /** The build of a template's value. */
  template(t: Template): Build {
    return objectBuild(Object.entries(t).map(([name, node]) => [name, typeof node === 'string' ? this.read(node) : 'json' in node ? parsed(this.read(node.json)) : this.template(node.object)]));
  }

  /** Number of expressions in the list. */
  get width(): number {
    return this.aliases.size;
  }

  /** The list, every expression (code of the entity modules) with its alias. */
  fragment(): SQL {
    return sql.join([...this.aliases].map(([expr, position]) => sql`${sql.raw(expr)} AS ${sql.identifier(`_${position}`)}`), sql`, `);
  }
}

/**
 * Batches reading the same rows — same key, tables, condition, order and `many` — compiled
 * into one statement (keys as placeholder `keys`; rows read raw, the key first), with the
 * build of each batch's value from those rows. A record's first and last build stamps are
 * one such pair: one statement reads both.
 */
interface CompiledBatch {
  statement: ReturnType<typeof compiledStatement>;
  /** The build of each batch's value, in the order the batches were given. */
  builds: Build[];
  many: boolean;
}

/** What makes two batches read the same rows. */
const rowsSignature = (batch: Batch) => JSON.stringify([batch.key, batch.from, staticText(batch.on(code('j.value'))), batch.order ?? null, batch.many]);

/**
 * The statement of batches reading the same rows: `_key` and the columns of every batch's
 * template, each expression once, of the rows of `from` for each key of `json_each(?)`,
 * the keys the outer loop (SQLite never reorders the tables of a CROSS JOIN; left to
 * itself it may scan a link table whole and probe the keys).
 */
function compileBatches(batches: readonly Batch[]): CompiledBatch {
  const [batch] = batches as [Batch, ...Batch[]];
  const select = new SelectList({ first: 1 });
  const builds = batches.map((b) => select.template(b.row));
  const order = batch.order === undefined ? sql`` : sql` ORDER BY ${sql.raw(batch.order)}`;
  return {
    statement: compiledStatement(sql`SELECT j.value AS "_key", ${select.fragment()} FROM json_each(${sql.placeholder('keys')}) j CROSS JOIN ${sql.raw(batch.from)} WHERE ${batch.on(sql`j.value`)}${order}`),
    builds,
    many: batch.many,
  };
}

/** The rows of `batch` for each of `keys`, by key, in order. */
function readBatch(db: Db, batch: CompiledBatch, keys: readonly unknown[]): Map<unknown, Array<readonly unknown[]>> {
  const byKey = new Map<unknown, Array<readonly unknown[]>>();
  if (keys.length === 0) return byKey;
  const { stmt, params } = batch.statement(db, { keys: idList(keys as readonly string[]) });
  // Raw rows (arrays): the statement's text is this batch's own, so the mode is never another caller's.
  for (const row of stmt.raw(true).all(...params) as Array<readonly unknown[]>) {
    const rows = byKey.get(row[0]);
    if (rows === undefined) byKey.set(row[0], [row]);
    else rows.push(row);
  }
  return byKey;
}

/**
 * How records of some fields of an entity are read: the `SELECT` list of the record's
 * own row (its columns, object fields and the keys of its batches), the build of a record
 * from that row (batch fields null until filled, so every record has its fields in the
 * entity's order), and the batches to fill.
 */
interface RecordShape {
  /** The `SELECT` list; its rows are read raw (arrays: better-sqlite3 builds an array of a row for about 60 % of the cost of an object with named keys). */
  select: SQL;
  /** Columns of `select`: what a statement selects after them starts at this position. */
  width: number;
  build: Build;
  /** Each statement of batches with the fields it fills, in the order of its builds. */
  batches: ReadonlyArray<{ fields: readonly string[]; key: Build; batch: CompiledBatch }>;
}

function recordShape(columns: Readonly<Record<string, Column>>): RecordShape {
  const select = new SelectList({ first: 0 });
  // Batch fields grouped by the rows they read, in field order.
  const groups = new Map<string, { key: Build; fields: string[]; batches: Batch[] }>();
  const fields = Object.entries<Column>(columns).map(([name, c]): readonly [string, Build] => {
    if ('batch' in c) {
      const signature = rowsSignature(c.batch);
      let group = groups.get(signature);
      if (group === undefined) groups.set(signature, (group = { key: select.read(c.batch.key), fields: [], batches: [] }));
      group.fields.push(name);
      group.batches.push(c.batch);
      return [name, unfilled];
    }
    if ('object' in c) return [name, select.template(c.object)];
    // Expressions are told apart by their text (written in code, so without parameters).
    const read = select.read(staticText(c.sql));
    return [name, c.json === true ? parsed(read) : read];
  });
  const batches = [...groups.values()].map(({ key, fields, batches }) => ({ fields, key, batch: compileBatches(batches) }));
  // Written out once: the list is code (no parameters), and drizzle would otherwise walk its chunks at every request.
  return { select: code(staticText(select.fragment())), width: select.width, build: objectBuild(fields), batches };
}

/**
 * The columns of `fields` of `e` (all when undefined; the id always), in the order of the
 * entity's schema: records come out with the keys of the REST JSON in its order, so a page
 * is written with one `JSON.stringify` (rest/collection.ts) and an NDJSON line or JSON-LD
 * node lists its fields as the JSON record does.
 */
function fieldColumns(e: Entity, fields: Fields): Readonly<Record<string, Column>> {
  const wanted = fields === undefined ? undefined : new Set(['id', ...fields]);
  const columns = e.columns as Readonly<Record<string, Column>>;
  return Object.fromEntries(Object.keys(e.schema.shape).flatMap((name) => (Object.hasOwn(columns, name) && (wanted === undefined || wanted.has(name)) ? [[name, columns[name]!]] : [])));
}

/** Bound of the shapes kept per entity; each distinct field list of a GraphQL document makes one. */
const MAX_SHAPES = 500;

/**
 * `make(owner, value)`, kept per owner (an entity, a record shape) and `keyOf(value)`: at most
 * {@link MAX_SHAPES} per owner (beyond them made each time, never kept). A `make` that throws
 * keeps nothing.
 */
function keptPer<O extends object, V, T>(make: (owner: O, value: V) => T, keyOf: (value: V) => string): (owner: O, value: V) => T {
  const cache = new WeakMap<O, Map<string, T>>();
  return (owner, value) => {
    let byKey = cache.get(owner);
    if (byKey === undefined) cache.set(owner, (byKey = new Map()));
    const key = keyOf(value);
    let found = byKey.get(key);
    if (found === undefined) {
      found = make(owner, value);
      if (byKey.size < MAX_SHAPES) byKey.set(key, found);
    }
    return found;
  };
}

/** `make(e, fields)`, kept per entity and field list. */
const perFields = <T>(make: (e: Entity, fields: Fields) => T) => keptPer(make, (fields: Fields) => (fields === undefined ? '*' : fields.join(',')));

/** `make(e, key)`, kept per entity and key text. */
const perEntityKey = <T>(make: (e: Entity, key: string) => T) => keptPer(make, (key: string) => key);

const recordShapeOf = perFields((e, fields) => recordShape(fieldColumns(e, fields)));

/**
 * The records of `rows` (selected with `shape.select`): each built from its row, then
 * every batch read once for the keys of all rows and its values set — fresh objects for
 * each record, since the edge links every record in place.
 */
function recordsOf(db: Db, shape: RecordShape, rows: readonly Cells[]): Row[] {
  const records = rows.map((row) => shape.build(row) as Row);
  for (const { fields, key, batch } of shape.batches) {
    const keys = rows.map(key);
    const found = readBatch(db, batch, [...new Set(keys.filter((k) => k !== null && k !== undefined))]);
    records.forEach((record, i) => {
      const related = found.get(keys[i]);
      fields.forEach((field, f) => {
        const build = batch.builds[f]!;
        record[field] = batch.many ? (related ?? []).map(build) : related === undefined ? null : build(related[0]!);
      });
    });
  }
  return records;
}

/**
 * The SQL of `columns` for statements that need a whole record in one row (related.ts
 * ranks related records per parent in one statement): every field one expression, object
 * and batch fields as JSON built by SQLite — a batch as a correlated subquery — each
 * aliased `prefix + name`; and the decoder of such rows.
 */
export interface Shape {
  /** The `SELECT` list (empty without columns). */
  select: SQL;
  /** The aliases, quoted. */
  names: SQL[];
  /**
   * The decoder of rows read raw (arrays: cheaper for better-sqlite3 to make than objects)
   * whose columns of this shape start at `offset`: one object per row, its fields in the
   * shape's order, JSON columns parsed. Generated once per offset.
   */
  decoderAt(offset: number): (row: readonly unknown[]) => Row;
}

/** A template as a `json_object(…)` expression (field names and expressions written in code). */
function jsonObjectFragment(t: Template): SQL {
  const fields = Object.entries(t).map(([name, node]) => sql`${code(`'${name}'`)}, ${typeof node === 'string' ? code(node) : 'json' in node ? sql`json(${code(node.json)})` : jsonObjectFragment(node.object)}`);
  return sql`json_object(${sql.join(fields, sql`, `)})`;
}

/** A batch as a correlated subquery for the record whose key is `key`, as JSON text. */
function correlatedFragment(batch: Batch): SQL {
  const on = batch.on(code(batch.key));
  // Correlated per row, the condition is code: a parameter would make the text depend on values (staticText throws on one).
  staticText(on);
  const value = jsonObjectFragment(batch.row);
  const order = batch.order === undefined ? sql`` : sql` ORDER BY ${code(batch.order)}`;
  return batch.many
    ? sql`json((SELECT json_group_array(${value}${order}) FROM ${code(batch.from)} WHERE ${on}))`
    : sql`json((SELECT ${value} FROM ${code(batch.from)} WHERE ${on}${order} LIMIT 1))`;
}

/** `SELECT` list and decoder of `columns` in one row each (see {@link Shape}). */
export function columnShape(columns: Readonly<Record<string, Column>>, prefix = ''): Shape {
  const entries = Object.entries<Column>(columns).map(([name, c]) => {
    const [expr, json] = 'batch' in c ? [correlatedFragment(c.batch), true] : 'object' in c ? [jsonObjectFragment(c.object), true] : [c.sql, c.json === true];
    return { name, alias: `${prefix}${name}`, expr, json };
  });
  const decoders = new Map<number, (row: readonly unknown[]) => Row>();
  return {
    select: sql.join(entries.map((f) => sql`${f.expr} AS ${sql.identifier(f.alias)}`), sql`, `),
    names: entries.map((f) => sql`${sql.identifier(f.alias)}`),
    decoderAt: (offset) => {
      let decoder = decoders.get(offset);
      if (decoder === undefined) {
        decoders.set(offset, (decoder = objectBuild(entries.map(({ name, json }, i) => [name, json ? parsed(columnAt(offset + i)) : columnAt(offset + i)])) as (row: readonly unknown[]) => Row));
      }
      return decoder;
    },
  };
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

const oneRowShapeOf = perFields((e, fields) => columnShape(fieldColumns(e, fields)));

/** `SELECT` list of (some `fields` of) an entity in one row per record, every column aliased to its record field name (see {@link Shape}). */
export const selectList = (e: Entity, fields?: Fields) => oneRowShapeOf(e, fields).select;

/** Number of columns of `selectList(e, fields)`. */
export const selectWidth = (e: Entity, fields?: Fields) => oneRowShapeOf(e, fields).names.length;

/** The decoder of raw rows starting with the columns of `selectList(e, fields)` into records of `e` (JSON columns parsed); with `fields`, partial ones. */
export const recordDecoder = <E extends Entity>(e: E, fields?: Fields) => oneRowShapeOf(e, fields).decoderAt(0) as (row: readonly unknown[]) => RecordOf<E>;

/** The entity's table under its alias. */
const tableOf = (e: Entity) => sql`${sql.identifier(e.table)} ${sql.identifier(e.alias)}`;

/** The entity's id column. */
const idOf = (e: Entity) => sql.raw(idSql(e));

/** The records of `fields` of `e` that `from` selects (a fragment after `SELECT …`), in its order. */
function readRecords<E extends Entity>(db: Db, e: E, fields: Fields, rest: SQL): Array<RecordOf<E>> {
  const shape = recordShapeOf(e, fields);
  const { stmt, params } = statement(db, sql`SELECT ${shape.select} ${rest}`);
  // Raw rows: the statement's text starts with the shape's own list, so the mode is never another caller's.
  return recordsOf(db, shape, stmt.raw(true).all(...params) as unknown[][]) as Array<RecordOf<E>>;
}

/** One record by id, or null. */
export function getRecord<E extends Entity>(db: Db, e: E, id: string): RecordOf<E> | null {
  return readRecords(db, e, undefined, sql`FROM ${tableOf(e)} WHERE ${idOf(e)} = ${id}`)[0] ?? null;
}

/** Records (their `fields`) by ids, aligned with `ids` (null where none), in one statement per batch — for GraphQL loaders. */
export function recordsByIds<E extends Entity>(db: Db, e: E, ids: readonly string[], fields?: Fields): Array<RecordOf<E> | null> {
  const records = readRecords(db, e, fields, sql`FROM json_each(${idList(ids)}) j JOIN ${tableOf(e)} ON ${idOf(e)} = j.value`);
  const found = new Map(records.map((r) => [(r as Row).id as string, r]));
  return ids.map((id) => found.get(id) ?? null);
}

interface PlannedList {
  shape: RecordShape;
  /** The list statement, written out once: the guard asks its plan of the same text. */
  query: Query;
  keys: SortKey[];
}

/** The rows a list walks, before its page is cut: the tables (a range first when one answers), the condition, and the keys it walks in. */
interface ListSource {
  from: SQL;
  /** The text of `from` (code, without parameters), written once per entity or range: what a list statement's written ends are kept by. */
  fromText: string;
  where: SQL;
  /** The sort's keys as the walk reads them (a range's columns when it holds them). */
  walked: SortKey[];
  /** The sort's own keys, from which cursors are made. */
  keys: SortKey[];
  /** The range used with no other filter, whose id column alone selects the set in order. */
  rangeAlone?: RangeUse;
  /** The most rows the condition selects, when known without reading them: the size of a set of the listed records' own ids that drives it. */
  atMost?: number;
}

/** A filter of `filters` answered by one of the entity's ordered ranges, for one record: the range, its condition and the other filters. */
interface RangeUse {
  range: OrderedRange;
  where: SQL;
  others: FilterValues;
}

/** The ordered ranges that answer `filters`: each answering one filter that names exactly one record, or the whole collection when nothing filters it. */
function rangesFor(db: Db, e: Entity, filters: FilterValues): RangeUse[] {
  return (e.ranges ?? []).flatMap((range): RangeUse[] => {
    const { filter } = range;
    if (filter === undefined) return wholeCollection(e, filters) ? [{ range, where: sql`1`, others: filters }] : [];
    const value = filters[filter.name];
    const ids = value === undefined ? undefined : e.filters[filter.name]!.ids?.(db, value as never, filter.name);
    return ids?.length === 1 ? [{ range, where: filter.where(ids[0]!), others: { ...filters, [filter.name]: undefined } }] : [];
  });
}

/** `keys` read from the range's columns, when they are its keys in an order one of its indexes holds, either way (else undefined); field names, hence cursors, unchanged. */
function rangeKeys(range: OrderedRange, keys: readonly SortKey[]): SortKey[] | undefined {
  const sameKeys = keys.length === range.keys.length && keys.every((k, i) => k.sql === range.keys[i]![0]);
  const held = (directions: readonly boolean[]) => [true, false].some((reversed) => keys.every((k, i) => k.desc === (directions[i] !== reversed)));
  return sameKeys && (range.directions ?? [range.keys.map(() => false)]).some(held) ? keys.map((k, i) => ({ ...k, sql: range.keys[i]![1] })) : undefined;
}

/** Sizes of filter sets counted up to a limit, per database and statement (the dataset is immutable while a process serves it); at most {@link MAX_SET_SIZES} kept. */
const setSizes = new WeakMap<Db, Map<string, number>>();
const MAX_SET_SIZES = 1_000;

/** The size of the set `set` selects, counted up to `limit` + 1 rows (one index range with a stop), remembered per statement. */
function setSizeUpTo(db: Db, set: SQL, limit: number): number {
  let sizes = setSizes.get(db);
  if (sizes === undefined) setSizes.set(db, (sizes = new Map()));
  const { stmt, params } = statement(db, sql`SELECT count(*) FROM (${set} LIMIT ${limit + 1})`);
  const key = `${stmt.source}\u0000${JSON.stringify(params)}`;
  let size = sizes.get(key);
  if (size === undefined) {
    size = stmt.pluck().get(...params) as number;
    if (sizes.size >= MAX_SET_SIZES) sizes.delete(sizes.keys().next().value!);
    sizes.set(key, size);
  }
  return size;
}

/** The ids the sets of filter `name` (FilterDef `sets`) hold together, counted up to `cap` + 1: more than `cap` means over it. */
function filterSetSize(db: Db, def: FilterDef, value: unknown, name: string, cap: number): number {
  let total = 0;
  for (const set of def.sets!(db, value as never, name)) {
    total += setSizeUpTo(db, set, cap - total);
    if (total > cap) break;
  }
  return total;
}

const setFilters = new WeakMap<Entity, ReadonlyArray<readonly [string, FilterDef]>>();

/** The filters of `e` with sets (FilterDef `sets`), in order: found once per entity (a list asks two or three times per request). */
function setFiltersOf(e: Entity): ReadonlyArray<readonly [string, FilterDef]> {
  let found = setFilters.get(e);
  if (found === undefined) setFilters.set(e, (found = Object.entries(e.filters).filter(([, def]) => def.sets !== undefined)));
  return found;
}

/** The filter of `filters` with sets (FilterDef `sets`) whose sets are smallest, with their size counted up to `cap` + 1; undefined without such a filter. */
function smallestSet(db: Db, e: Entity, filters: FilterValues, cap: number): { name: string; size: number } | undefined {
  let smallest: { name: string; size: number } | undefined;
  for (const [name, def] of setFiltersOf(e)) {
    if (filters[name] === undefined) continue;
    const size = filterSetSize(db, def, filters[name], name, Math.min(cap, smallest?.size ?? cap));
    if (smallest === undefined || size < smallest.size) smallest = { name, size };
  }
  return smallest;
}

/**
 * The condition of `filters` as statements test it, with at most one set of ids built, and
 * that one within the set limit of {@link queryBounds}. A filter with sets (FilterDef `sets`:
 * the `IN` lists SQLite builds whole before the first row) costs its whole set before any
 * row: a province's measures at 100k documents are 732 103 ids, 173 ms of CPU on the event
 * loop for any page, count or refusal. So the sets are counted with a stop first (the check
 * reads at most the limit), the smallest is built and drives the statement, and the other
 * filters with a per-row test (FilterDef `each`) are tested on the rows it selects; a driving
 * set over the limit, or a second set without a per-row test, is refused (`QUERY_TOO_BROAD`,
 * naming the filter). On a range walked row by row (`walked`) no set drives: every filter with
 * a per-row test is tested per row.
 */
function boundedWhere(db: Db, e: Entity, filters: FilterValues, walked = false): SQL {
  const limit = queryBounds(db).setLimit;
  const driver = walked ? undefined : smallestSet(db, e, filters, limit);
  let built = 0;
  const conditions: SQL[] = [];
  for (const [name, def] of Object.entries(e.filters)) {
    const value = filters[name];
    if (value === undefined) continue;
    if (def.each !== undefined && (walked || (driver !== undefined && name !== driver.name))) {
      conditions.push(def.each(db, value as never, name));
      continue;
    }
    conditions.push(def.where(db, value as never, name));
    if (def.sets === undefined) continue;
    built += name === driver?.name ? driver.size : filterSetSize(db, def, value, name, limit - built);
    if (built > limit) {
      const ranged = (e.ranges ?? []).flatMap((r) => (r.filter === undefined ? [] : [r.filter.name]));
      throw new ApiError(
        'QUERY_TOO_BROAD',
        `The filter ${name}="${String(value)}" selects more than ${limit} measures, a set every list, count and facet of ${e.collection} with it would read whole before its first row. Narrow it (a smaller place, theme or actor, or fewer values; with a second such filter, the smaller one is read and the other tested on its rows)${ranged.length ? `, or use one ${ranged.join(' or ')} as the only such filter: that is read in order from a range, at any size` : ''}.`,
        { parameter: name, budget: limit },
      );
    }
  }
  return allOf(conditions);
}

/** The keys of a sort text (the entity's whitelist, the id last), parsed once per entity and text: read only, shared by every list of that sort. A sort that fails to parse throws each time and is never kept. */
const sortKeysOf = perEntityKey((e, sort): readonly SortKey[] => Object.freeze(parseSort(sort, e.sorts, idSql(e)).map((k) => Object.freeze(k))));

/** The text of the rows a list walks: the entity's table (key ''), or its ordered range at index `range` whose rows find their records by id (CROSS JOIN keeps the range the outer loop); written once per entity and range. */
const sourceText = perEntityKey((e, range): string => {
  const table = tableOf(e);
  const use = range === '' ? undefined : e.ranges![Number(range)]!;
  return staticText(use === undefined ? table : sql`${code(use.from)} CROSS JOIN ${table} ON ${idOf(e)} = ${code(use.id)}`);
});

/** Where the rows of a list of `filters` in `sort` (the entity's default when undefined) come from. */
function listSource(db: Db, e: Entity, filters: FilterValues, sort: string | undefined): ListSource {
  const keys = [...sortKeysOf(e, sort ?? e.defaultSort)];
  const ranged = rangesFor(db, e, filters).map((use) => ({ use, keys: rangeKeys(use.range, keys) })).find((r) => r.keys !== undefined);
  // A range walked in order reads its rows until the page is full, however few match the
  // other filters; a set of another filter small enough to build and sort drives instead.
  const sortable = Math.min(queryBounds(db).sortBudget, queryBounds(db).setLimit);
  if (ranged === undefined || (smallestSet(db, e, ranged.use.others, sortable)?.size ?? Infinity) <= sortable) {
    const where = boundedWhere(db, e, filters);
    // The set boundedWhere built to drive the statement (the same count, remembered).
    const driver = smallestSet(db, e, filters, queryBounds(db).setLimit);
    const fromText = sourceText(e, '');
    return { from: code(fromText), fromText, where, walked: keys, keys, ...(driver !== undefined && e.filters[driver.name]!.setsOfListed === true ? { atMost: driver.size } : {}) };
  }
  const { use } = ranged;
  // The range first (CROSS JOIN keeps it the outer loop), each of its rows finding its record by id.
  const fromText = sourceText(e, String(e.ranges!.indexOf(use.range)));
  return {
    from: code(fromText),
    fromText,
    where: sql`${use.where} AND ${boundedWhere(db, e, use.others, true)}`,
    walked: ranged.keys!,
    keys,
    ...(wholeCollection(e, use.others) ? { rangeAlone: use } : {}),
  };
}

/** The columns of an index, by name, per database (the schema is fixed while a process serves it). */
const indexColumns = new WeakMap<Db, Map<string, string[]>>();

function columnsOfIndex(db: Db, index: string): string[] {
  let byName = indexColumns.get(db);
  if (byName === undefined) indexColumns.set(db, (byName = new Map()));
  let columns = byName.get(index);
  if (columns === undefined) byName.set(index, (columns = (db.$client.pragma(`index_info(${JSON.stringify(index)})`) as Array<{ name: string | null }>).map((c) => c.name ?? '')));
  return columns;
}

/**
 * Whether `index` holds every key of `keys` but the last (the id that makes the order
 * total) as consecutive columns, and those keys are the entity's default order, whose
 * leading keys all but identify a record (a document and a position in it): SQLite then
 * sorts only rows equal on all of them, a handful, not the set. Another order's leading
 * keys may be shared by most of the set (`sort=kind`: each kind's figures sorted by id).
 */
function sortsTiesOnly(db: Db, e: Entity, index: string | undefined, keys: readonly SortKey[]): boolean {
  if (index === undefined) return false;
  const defaultFields = e.defaultSort.split(',').map((part) => part.replace(/^-/, ''));
  const leadingKeys = keys.slice(0, -1);
  if (leadingKeys.length !== defaultFields.length || leadingKeys.some((k, i) => k.field !== defaultFields[i])) return false;
  const columns = columnsOfIndex(db, index);
  const leading = leadingKeys.map((k) => /^\w+\.(\w+)$/.exec(k.sql)?.[1]);
  const at = columns.indexOf(leading[0] ?? '');
  return at >= 0 && leading.every((column, i) => columns[at + i] === column);
}

/**
 * Whether SQLite answers `query`, walking `keys`, by sorting the rows it selects in a
 * temporary b-tree, asked of its plan for these parameter values (the statistics may plan
 * values differently): a whole sort, or the sort of a right part of the order beyond the
 * ties of the default order (see {@link sortsTiesOnly}).
 */
function sortsRows(db: Db, e: Entity, query: Query, keys: readonly SortKey[]): boolean {
  const { stmt, params } = statement(db, { sql: `EXPLAIN QUERY PLAN ${query.sql}`, params: query.params });
  let walkedIndex: string | undefined;
  // Read whole before looking up an index's columns (the connection runs one statement at a
  // time), raw: a plan row is (id, parent, notused, detail), and the text is the guard's own.
  const plan = stmt.raw(true).all(...params) as Array<[number, number, number, string]>;
  for (const [, , , detail] of plan) {
    walkedIndex ??= /^(?:SCAN|SEARCH) \S+ USING (?:COVERING )?INDEX (\S+)/.exec(detail)?.[1];
    if (/TEMP B-TREE FOR ORDER BY/.test(detail)) return true;
    if (/TEMP B-TREE FOR (RIGHT PART|LAST TERM) OF ORDER BY/.test(detail)) return !sortsTiesOnly(db, e, walkedIndex, keys);
  }
  return false;
}

/** Statement texts whose plan was seen walking in order (no sort of the rows), per database; at most {@link MAX_IN_ORDER} kept. */
const inOrderTexts = new WeakMap<Db, Set<string>>();
const MAX_IN_ORDER = 2_000;

/**
 * Whether `query` walks `keys` in an order an index holds ({@link sortsRows} false), its plan
 * asked once per statement text when it does. The text fixes the tables, the conditions and
 * the order; a value can change the plan only through the statistics' estimate of how many
 * rows it selects (`sqlite_stat4` samples), and SQLite chooses to sort where it estimates few
 * rows, keeping the ordered walk for many. So an ordered walk seen once stands for the text
 * (the plan's EXPLAIN was about 50 µs of every list request), while a sort is asked again
 * for each request's own values: another value may walk in order, and a list that sorts is
 * counted before it runs anyway.
 */
function walksInOrder(db: Db, e: Entity, query: Query, keys: readonly SortKey[]): boolean {
  let texts = inOrderTexts.get(db);
  if (texts === undefined) inOrderTexts.set(db, (texts = new Set()));
  if (texts.has(query.sql)) return true;
  if (sortsRows(db, e, query, keys)) return false;
  if (texts.size >= MAX_IN_ORDER) texts.delete(texts.values().next().value!);
  texts.add(query.sql);
  return true;
}

/** Rows of `from` meeting `where`, counted up to `limit` + 1: whether there are more than `limit` is all a bound needs to know. */
function countUpTo(db: Db, from: SQL, where: SQL, limit: number): number {
  const { stmt, params } = statement(db, sql`SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${limit + 1})`);
  return stmt.pluck().get(...params) as number;
}

/**
 * Refuses a list SQLite would answer by sorting more than the sort budget of candidates
 * ({@link queryBounds}): without an index holding the filter and sort in order, the first
 * row comes only after every candidate is read and sorted, on the event loop. The
 * candidates are counted with a stop, so the check costs at most the budget in reads; a
 * list driven by a set of its own records' ids within the budget is not counted again.
 */
function guardSort(db: Db, e: Entity, source: ListSource, query: Query, condition: SQL): void {
  const budget = queryBounds(db).sortBudget;
  if ((source.atMost ?? Infinity) <= budget || walksInOrder(db, e, query, source.walked)) return;
  if (countUpTo(db, source.from, condition, budget) <= budget) return;
  const ranged = (e.ranges ?? []).flatMap((r) => (r.filter === undefined ? [] : [r.filter.name]));
  throw new ApiError(
    'QUERY_TOO_BROAD',
    `More than ${budget} ${e.collection} match and no index holds them in the order "${sortText(source.keys)}": answering would sort them all. Narrow the filters to at most ${budget} records, or list in an order an index holds (the default, ${e.defaultSort}${ranged.length ? `, also with one ${ranged.join(' or ')}` : ''}).`,
    { parameter: 'sort', budget },
  );
}

/** What a list statement holds before and after its condition, written out once per shape, tables, walk and direction. */
interface StatementEnds {
  /** `SELECT <the shape's columns>, <the keys> FROM <tables> WHERE `. */
  head: SQL;
  /** ` ORDER BY <the walk> LIMIT `. */
  tail: SQL;
}

/** A list statement's walk: the rows it reads, the keys it walks and in which direction. */
interface ListWalk {
  fromText: string;
  walked: readonly SortKey[];
  backward: boolean;
}

/**
 * The ends of the list statements of a shape over `fromText`, walking `walked` (backward or
 * not), written once: they hold no value, and drizzle's walk over their chunks (every key's
 * column and alias, every order term) was about a tenth of a small list's CPU. Only the
 * condition, which holds the request's values, is written per request.
 */
const listStatementEnds = keptPer(
  (shape: RecordShape, { fromText, walked, backward }: ListWalk): StatementEnds => ({
    head: code(staticText(sql`SELECT ${shape.select}, ${keyColumnList(walked)} FROM ${code(fromText)} WHERE `)),
    tail: code(staticText(sql` ORDER BY ${orderByTerms(walkingKeys(walked, backward))} LIMIT `)),
  }),
  ({ fromText, walked, backward }: ListWalk) => `${fromText}\u0000${backward ? '<' : '>'}${walked.map((k) => `${k.desc ? '-' : ''}${k.sql}`).join('\u0000')}`,
);

/** The list statement for filters + page request: keyset after the cursor, at most `page.limit` rows (all when undefined); refused when it would sort too many rows. */
function planList(db: Db, e: Entity, filters: FilterValues, page: PageRequest, shape = recordShapeOf(e, page.fields)): PlannedList {
  const source = listSource(db, e, filters, page.sort);
  const { where, walked, keys } = source;
  const backward = page.backward === true;
  const condition = sql`${where} AND ${afterCursorCondition(walked, page.cursor, backward)}`;
  const { head, tail } = listStatementEnds(shape, { fromText: source.fromText, walked, backward });
  const query = toQuery(sql`${head}${condition}${tail}${page.limit ?? -1}`);
  guardSort(db, e, source, query, condition);
  return { shape, query, keys };
}

/** The cursor after a row carrying `keyColumnList(keys)`. */
export const rowCursor = (keys: readonly SortKey[], row: Row) => encodeCursor(keys, keys.map((_, i) => row[`_k${i}`] as string | number));

/** The cursor after a raw list row: the values of its sort keys follow the record's columns (`keyColumnList` after the shape's `select`). */
const listRowCursor = (keys: readonly SortKey[], shape: RecordShape, row: readonly unknown[]) => encodeCursor(keys, keys.map((_, i) => row[shape.width + i] as string | number));

/** The records of listed rows: built, batches filled, then the entity's filter-dependent fields set. */
function listedRecords<E extends Entity>(db: Db, e: E, filters: FilterValues, shape: RecordShape): (rows: readonly Cells[]) => Array<RecordOf<E>> {
  const refine = e.filteredFields?.(db, filters);
  return (rows) => {
    const records = recordsOf(db, shape, rows);
    if (refine !== undefined) records.forEach(refine);
    return records as Array<RecordOf<E>>;
  };
}

/** A page with the cursor after each of its records (a GraphQL connection's edges). */
export interface CursoredPage<R> extends Page<R> {
  /** The cursor after each item, aligned with `items`, computed when called. */
  cursors(): string[];
}

/** The rows of one page of the filtered, sorted set selected with `shape`, in sort order, and the cursor after each. */
interface PageRows {
  rows: unknown[][];
  /** The cursor of the next page in the direction of travel, or null on the last. */
  next: string | null;
  cursorOf(row: readonly unknown[]): string;
}

/** The rows of one page (`shape`'s columns, then the sort keys) and where the next starts. */
function pageRows(db: Db, e: Entity, filters: FilterValues, page: PageRequest, shape?: RecordShape): PageRows {
  const limit = page.limit ?? DEFAULT_LIMIT;
  // One extra row tells whether there is a next page.
  const plan = planList(db, e, filters, { ...page, limit: limit + 1 }, shape);
  const { stmt, params } = statement(db, plan.query);
  // Raw rows: the list statement's text is the shape's own list and keys, so the mode is never another caller's.
  const rows = stmt.raw(true).all(...params) as unknown[][];
  const more = rows.length > limit;
  if (more) rows.length = limit;
  // The row the next page starts beyond: the farthest from the cursor, last in the walk.
  const farthest = rows[rows.length - 1];
  if (page.backward === true) rows.reverse();
  const cursorOf = (row: readonly unknown[]) => listRowCursor(plan.keys, plan.shape, row);
  return { rows, next: more && farthest ? cursorOf(farthest) : null, cursorOf };
}

/** One page of the filtered, sorted set, with the cursor after each record. */
export function listRecordsWithCursors<E extends Entity>(db: Db, e: E, filters: FilterValues, page: PageRequest): CursoredPage<RecordOf<E>> {
  const shape = recordShapeOf(e, page.fields);
  const { rows, next, cursorOf } = pageRows(db, e, filters, page, shape);
  return { items: listedRecords(db, e, filters, shape)(rows), next, cursors: () => rows.map(cursorOf) };
}

/** The shape of one value per record: the SQL expression `expr` (code) of the listed record's row, read as it is. */
const valueShapeOf = perEntityKey((_e, expr): RecordShape => ({ select: code(expr), width: 1, build: columnAt(0), batches: [] }));

/**
 * One page of the filtered, sorted set as one value per record instead of the record: the SQL
 * expression `expr` (code, without parameters) of each listed row, as SQLite returns it. The page
 * is the one {@link listRecords} gives for the same request (the same statement but its
 * `SELECT` list: same condition, walk, bounds and cursors).
 */
export function listValues(db: Db, e: Entity, filters: FilterValues, page: PageRequest, expr: string): Page<unknown> {
  const { rows, next } = pageRows(db, e, filters, page, valueShapeOf(e, expr));
  return { items: rows.map(([value]) => value), next };
}

/** One page of the filtered, sorted set. */
export function listRecords<E extends Entity>(db: Db, e: E, filters: FilterValues, page: PageRequest): Page<RecordOf<E>> {
  const { items, next } = listRecordsWithCursors(db, e, filters, page);
  return { items, next };
}

/**
 * Rows an export reads before filling their batches: a default page's worth, so the
 * statements per record stay few and one chunk holds the event loop no longer than a
 * list page (exports yield between time slices, rest/formats.ts `EXPORT_SLICE_MS`).
 */
const STREAM_CHUNK = DEFAULT_LIMIT;

/**
 * The filtered, sorted set row by row (better-sqlite3 `.iterate()`), for exports that
 * must not hold the set in memory: rows are read in chunks of {@link STREAM_CHUNK}, whose
 * batches are read together. Filters are validated and the statement compiled before the
 * first row is asked for; the statement starts running only then, so an iterator dropped
 * unread (a 304, a refused request) leaves the connection idle.
 */
export function iterateRecords<E extends Entity>(db: Db, e: E, filters: FilterValues, page: PageRequest): IterableIterator<RecordOf<E>> {
  const plan = planList(db, e, filters, page);
  const query = iterationStatement(db, plan.query);
  const toRecords = listedRecords(db, e, filters, plan.shape);
  return (function* () {
    // Raw rows, as a list page reads them (the text is the list's).
    const stmt = query.free().raw(true);
    let chunk: unknown[][] = [];
    for (const row of stmt.iterate(...query.params) as IterableIterator<unknown[]>) {
      chunk.push(row);
      if (chunk.length === STREAM_CHUNK) {
        yield * toRecords(chunk);
        chunk = [];
      }
    }
    yield * toRecords(chunk);
  })();
}

/**
 * The ids of the filtered set, each once, read as a list reads them: for a filter answered
 * by an ordered range and nothing else, from that range's index alone (no row of the entity
 * is visited); with other filters, walking the range and testing them on each row.
 */
function filteredIds(db: Db, e: Entity, filters: FilterValues): SQL {
  const { from, where, rangeAlone } = listSource(db, e, filters, undefined);
  if (rangeAlone !== undefined) return sql`SELECT ${code(rangeAlone.range.id)} FROM ${code(rangeAlone.range.from)} WHERE ${rangeAlone.where}`;
  return sql`SELECT ${idOf(e)} FROM ${from} WHERE ${where}`;
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

/** Whether `filters` set none of the filters of `e`: the whole collection. */
const wholeCollection = (e: Entity, filters: FilterValues) => Object.keys(e.filters).every((name) => filters[name] === undefined);

/**
 * The set the build stores the counts of (stored-counts.ts) that `filters` select: the whole
 * collection, or one record of a filter of the entity's `storedCounts`; undefined for any
 * other combination (several filters, several values), which is counted live.
 */
function storedSetOf(db: Db, e: Entity, filters: FilterValues): StoredSet | undefined {
  const given = Object.keys(e.filters).filter((name) => filters[name] !== undefined);
  if (given.length === 0) return wholeSet(e.collection);
  const [name] = given as [string];
  if (given.length > 1 || e.storedCounts?.includes(name) !== true) return undefined;
  const ids = e.filters[name]!.ids?.(db, filters[name] as never, name);
  return ids?.length === 1 ? { collection: e.collection, filter: name, key: ids[0]! } : undefined;
}

/**
 * Size of the filtered set, read live: counted up to `limit` rows, exact below it, else the
 * limit flagged inexact. A whole collection's is the count its build stored in the facts, or
 * counted once per process (see {@link boundedCount}).
 */
function liveCount(db: Db, e: Entity, filters: FilterValues, limit: number): BoundedCount {
  if (wholeCollection(e, filters)) {
    const stored = storedCount(db, e.collection);
    if (stored !== undefined) return { total: stored, exact: true };
    const { stmt, params } = statement(db, sql`SELECT count(*) FROM (${filteredIds(db, e, filters)})`);
    return { total: onceForCollection(db, e, 'count', () => stmt.pluck().get(...params) as number), exact: true };
  }
  const { stmt, params } = statement(db, sql`SELECT count(*) FROM (${filteredIds(db, e, filters)} LIMIT ${limit + 1})`);
  const counted = stmt.pluck().get(...params) as number;
  return counted > limit ? { total: limit, exact: false } : { total: counted, exact: true };
}

/**
 * Size of the filtered set. Exactly one record of a filter whose large sets the build
 * stores (a province, a theme, an actor of the measures) is the size stored for it, exact,
 * read with one range of `stored_counts` (stored-counts.ts). Otherwise it is counted up to
 * `limit` rows (the count limit of {@link queryBounds}): exact below it, else the limit
 * flagged inexact — the set is larger. A whole collection's size is exact: the count its
 * build stored (stored-facts.ts, the number `/v1` shows), or, in a file without stored
 * facts, counted once per process, as Datasette counts the tables of an immutable database
 * once: SQLite has no stored row count, and `count(*)` walks a whole index (about 1 ms per
 * 66 000 measures; seconds at 100 000 documents) without sorting anything.
 */
export function boundedCount(db: Db, e: Entity, filters: FilterValues, limit = queryBounds(db).countLimit): BoundedCount {
  const set = wholeCollection(e, filters) ? undefined : storedSetOf(db, e, filters);
  const stored = set === undefined ? undefined : storedCounts(db, set, []);
  return stored === undefined ? liveCount(db, e, filters, limit) : { total: stored.size, exact: true };
}

/** The `total` of {@link boundedCount}: the size of the filtered set, or the count limit when it is larger. */
export const countRecords = (db: Db, e: Entity, filters: FilterValues): number => boundedCount(db, e, filters).total;

/**
 * The first `n` ids of the filtered set in list order (the default sort): from the range's
 * index alone when a range answers the filters by itself, else as a list reads them —
 * refused like a list when that would sort more than the sort budget.
 */
function firstIds(db: Db, e: Entity, filters: FilterValues, n: number): SQL {
  const source = listSource(db, e, filters, undefined);
  const { rangeAlone, walked } = source;
  if (rangeAlone !== undefined) return sql`SELECT ${code(rangeAlone.range.id)} FROM ${code(rangeAlone.range.from)} WHERE ${rangeAlone.where} ORDER BY ${orderByTerms(walked)} LIMIT ${n}`;
  const ids = sql`SELECT ${idOf(e)} FROM ${source.from} WHERE ${source.where} ORDER BY ${orderByTerms(walked)} LIMIT ${n}`;
  guardSort(db, e, source, toQuery(ids), source.where);
  return ids;
}

/** Facet counts and whether they are of the whole filtered set. */
export interface BoundedFacets {
  facets: Record<string, FacetValue[]>;
  /** False when the set was larger than the facet sample: the counts are of its first records in list order. */
  exact: boolean;
}

/**
 * Value counts of the requested facets over the filtered set, most frequent first, at
 * most {@link FACET_LIMIT} each. The sets the build stores (a whole collection; one record
 * of an entity's `storedCounts` filter with a large set) are read from `stored_counts`,
 * exact, with one statement. Others are counted live: a set larger than the facet sample of
 * {@link queryBounds} on its first records in list order (flagged inexact), so a facet reads
 * at most that many records' links whatever the set. Without filters, a collection within
 * the sample is counted without building the set of its ids, once per process.
 */
export function boundedFacets(db: Db, e: Entity, filters: FilterValues, names: readonly string[]): BoundedFacets {
  const unique = [...new Set(names)];
  const set = storedSetOf(db, e, filters);
  const stored = set === undefined ? undefined : storedCounts(db, set, unique);
  return stored === undefined ? liveFacets(db, e, filters, unique) : { facets: stored.facets, exact: true };
}

/**
 * {@link boundedFacets} read live, each of `names` (distinct) with one statement; `withinSample`,
 * when the caller knows it, says whether the filtered set (not the whole collection) holds at
 * most the facet sample, else it is counted up to the sample.
 */
function liveFacets(db: Db, e: Entity, filters: FilterValues, names: readonly string[], withinSample?: boolean): BoundedFacets {
  const whole = wholeCollection(e, filters);
  const sample = queryBounds(db).facetSample;
  const exact = whole ? liveCount(db, e, filters, sample).total <= sample : (withinSample ?? countUpTo(db, sql`(${filteredIds(db, e, filters)})`, sql`1`, sample) <= sample);
  const set = exact ? (whole ? null : filteredIds(db, e, filters)) : firstIds(db, e, filters, sample);
  if (!whole) return { facets: facetsOfSet(db, e, names, set!), exact };
  const counts = (name: string) => () => {
    const { stmt, params } = statement(db, facetSql(e.facets[name]!, set));
    return stmt.all(...params) as FacetValue[];
  };
  // A whole collection's once per process.
  const facets = Object.fromEntries(names.map((name) => [name, onceForCollection(db, e, `facet:${name}:${exact ? 'all' : sample}`, counts(name))]));
  return { facets, exact };
}

/** Each facet of `names` (distinct) over the records `set` selects, all with one statement that builds the set once. */
function facetsOfSet(db: Db, e: Entity, names: readonly string[], set: SQL): Record<string, FacetValue[]> {
  const { stmt, params } = statement(db, facetsOfSetSql(names.map((name) => e.facets[name]!), set));
  const facets: Record<string, FacetValue[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const [facet, value, name, count] of stmt.raw(true).all(...params) as Array<[number, string, string, number]>) facets[names[facet]!]!.push({ value, name, count });
  return facets;
}

/**
 * {@link boundedCount} and {@link boundedFacets} of one filtered set together, as each gives
 * them alone: a set the build stored with every facet of `names` is read with one statement
 * for both (its size and its facets), not one each; a set counted live is not counted a second
 * time to learn whether its facets are within the sample.
 */
export function boundedCountAndFacets(db: Db, e: Entity, filters: FilterValues, names: readonly string[]): { count: BoundedCount; facets: BoundedFacets } {
  const unique = [...new Set(names)];
  if (wholeCollection(e, filters)) return { count: boundedCount(db, e, filters), facets: boundedFacets(db, e, filters, unique) };
  const set = storedSetOf(db, e, filters);
  const stored = set === undefined ? undefined : storedCounts(db, set, unique);
  if (stored !== undefined) return { count: { total: stored.size, exact: true }, facets: { facets: stored.facets, exact: true } };
  const count = boundedCount(db, e, filters);
  // Counted live just now: the count says whether the set is within the facet sample, which
  // the facets would otherwise count again (a second walk of the set, up to the sample).
  const sample = queryBounds(db).facetSample;
  const withinSample = count.exact ? count.total <= sample : count.total >= sample ? false : undefined;
  return { count, facets: liveFacets(db, e, filters, unique, withinSample) };
}

/** The `facets` of {@link boundedFacets}. */
export const facetCounts = (db: Db, e: Entity, filters: FilterValues, names: readonly string[]): Record<string, FacetValue[]> => boundedFacets(db, e, filters, names).facets;

/** The existence check of each entity, compiled once (every relation list runs one). */
const existence = new WeakMap<Entity, ReturnType<typeof compiledStatement>>();

/** Whether a record with this id exists (for 404s on relation routes). */
export function recordExists(db: Db, e: Entity, id: string): boolean {
  let exists = existence.get(e);
  if (exists === undefined) existence.set(e, (exists = compiledStatement(sql`SELECT 1 FROM ${sql.identifier(e.table)} WHERE id = ${sql.placeholder('id')}`)));
  const { stmt, params } = exists(db, { id });
  return stmt.get(...params) !== undefined;
}
