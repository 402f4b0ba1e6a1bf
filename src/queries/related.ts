/**
 * To-many relations, read for many parents at once: each call runs one statement over
 * `json_each(?)` of the parent ids. Pages are cut per parent in SQL: a page of 10 keeps 11
 * records per parent however many the parent has, and reads only the fields asked for.
 * For a relation to the entity's own rows ({@link OwnRows}) each parent's rowids (ids in a
 * table without rowid) come from a correlated subquery with the page's `LIMIT` (`rowid IN
 * (SELECT rowid … ORDER BY sort key, id LIMIT ?)`), which stops reading an index that holds
 * the order; through other tables (a
 * measure's actors, with the link's `role` on each row) the related ids are ranked with
 * `row_number() OVER (PARTITION BY parent ORDER BY sort key, id)`, which reads every related
 * row of each parent.
 */
import { is, SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { columnShape, idSql, listRecordsWithCursors, recordDecoder, selectList, selectWidth, type Column, type Entity, type Page, type PageRequest, type RecordOf, type Row, type Shape } from './entity.js';
import { decodeCursor, encodeCursor, keyColumnList, keysetCondition, orderByTerms, parseSort, walkingKeys, type SortKey } from './pagination.js';
import { code, compiledStatement, idList, rows, staticText } from './sql.js';

/** One parent's page of related records: a `Page`, plus the cursor and link record of every item. */
export interface RelatedPage<R> extends Page<R> {
  /** Whether the list goes on beyond the page in the direction of travel (`next` is not null), known without writing the cursor. */
  readonly more: boolean;
  /** The cursor after each item, aligned with `items`, computed when called. */
  cursors(): string[];
  /**
   * The link record of each item (its row of the link table, e.g. a measure's actor's `role`),
   * aligned with `items`; undefined for a relation without link columns.
   */
  readonly links: readonly Row[] | undefined;
}

/**
 * A to-many relation from parent ids to records. Each function answers for many parents
 * in one statement, its results aligned with `parentIds`.
 */
export interface Relation<R> {
  /** Every related record of each parent, in the entity's default order (text order for what quotes a text). */
  readonly all: (db: Db, parentIds: readonly string[]) => R[][];
  /**
   * One page of each parent's related records: sorted by `page.sort` (default: the
   * entity's `defaultSort`, the order of its REST list — text order for measures,
   * figures and mentions, never id text, where offset 1157 sorts before 766), after
   * `page.cursor`, at most `page.limit` (all when undefined). The cursors are those of the
   * entity's REST list under the same sort.
   */
  readonly pages: (db: Db, parentIds: readonly string[], page: PageRequest) => Array<RelatedPage<R>>;
  /** Number of related records of each parent. */
  readonly counts: (db: Db, parentIds: readonly string[]) => number[];
}

/** Rows grouped by their parent's id (column `_parent`, or the raw row's column `at`), aligned with `parentIds`. */
function groupByParent<T extends Row | readonly unknown[]>(parentIds: readonly string[], rows: T[], at: keyof T): T[][] {
  const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row[at] as string)?.push(row);
  return parentIds.map((id) => groups.get(id)!);
}

/**
 * The records of a relation that are the entity's own rows meeting `where`, a condition on
 * the parent id `j.value` that an index of the entity answers (`m.document_id = j.value`;
 * `f.measure_id IN (SELECT …)` through `figures_measure`): written so, a limited page of each
 * parent is read from the entity's table alone, in the order of an index that holds it where
 * one does, and stops a little after the page's end.
 */
export interface OwnRows {
  where: SQL;
}

/** How a relation reaches its records: the entity, the tables joined after the parents, the link table's columns, and its page statements. */
interface Path<E extends Entity> {
  e: E;
  join: SQL;
  /** For a relation to the entity's own rows, their condition on the parent `j.value` ({@link OwnRows}). */
  own: SQL | undefined;
  link: Shape;
  /** The page statements compiled so far, by {@link pageShapeKey}. */
  statements: Map<string, PageStatement>;
}

/**
 * A page statement compiled once (drizzle writes its SQL text once): the parent ids (`parents`),
 * the cursor's key values (`c0`, `c1`, …) and the limit are placeholders filled at each call.
 * Its rows are read raw (arrays): the record's columns, the parent, the sort keys' values, the
 * link columns.
 */
interface PageStatement {
  keys: SortKey[];
  compiled: ReturnType<typeof compiledStatement>;
  /** Positions in a row of the parent id and of the first sort key's value. */
  parentAt: number;
  keysAt: number;
  record: (row: readonly unknown[]) => unknown;
  /** The decoder of a row's link record; undefined when the relation has no link columns. */
  link: ((row: readonly unknown[]) => Row) | undefined;
}

/**
 * Page statements kept per relation. Each distinct sort, direction, field list and presence of
 * a cursor and a limit makes one (a GraphQL document's field lists are bounded by its token
 * budget, and sorts by the whitelists); beyond the bound a statement is compiled for each call.
 */
const MAX_PAGE_STATEMENTS = 500;

/** What makes two page requests run the same statement text. */
const pageShapeKey = (sort: string, page: PageRequest) => `${sort} ${page.backward === true ? '<' : '>'} ${page.cursor === undefined ? '' : 'after'} ${page.limit === undefined ? 'all' : 'limit'} ${page.fields?.join(',') ?? '*'}`;

/**
 * The tables of `join` after the parents `j`, with the parents as the outer loop. SQLite
 * never reorders the tables of a CROSS JOIN; left to itself it scans some related tables
 * whole (every measure, for the measures of a few programmes) and probes the parent list
 * for each row.
 */
const parentsFirst = (join: SQL) => sql`CROSS JOIN ${join}`;

/**
 * Related records of each parent (placeholder `parents`, a JSON array of ids) in the order
 * `walk` (`keys`, or flipped for a backward page), with `_parent`, the key and link columns,
 * rows after the cursor (placeholders `c0`, `c1`, … when `afterCursor`) only, at most the
 * placeholder `limit` per parent when `limited` (all otherwise); rows grouped by parent in
 * the order of `parents`, each parent's in the walk's order. Only what the caller reads
 * comes back: every column of every row costs a JavaScript value.
 */
function pageStatement(path: Path<Entity>, keys: SortKey[], walk: readonly SortKey[], fields: PageRequest['fields'], afterCursor: boolean, limited: boolean): SQL {
  const after = afterCursor ? keysetCondition(walk, keys.map((_, i) => sql.placeholder(`c${i}`))) : sql`1`;
  return limited && path.own !== undefined && path.link.names.length === 0 ? limitedPageStatement(path, path.own, keys, walk, fields, after) : rankedPageStatement(path, keys, walk, fields, after, limited);
}

/**
 * {@link pageStatement} of a limited page of the entity's own rows (`own`, {@link OwnRows}):
 * each parent's ids after the cursor, in the walk's order, up to the limit, from a subquery
 * correlated with the parent, the records read by id. SQLite runs the subquery once per
 * parent and stops a little after the limit where an index holds the order
 * (`measures_document_ordinal` for a document's measures: the nested GraphQL query at 100k
 * ranked all 313 measures of its five documents to keep 55).
 */
function limitedPageStatement(path: Path<Entity>, own: SQL, keys: SortKey[], walk: readonly SortKey[], fields: PageRequest['fields'], after: SQL): SQL {
  const { e } = path;
  // By rowid where the table has one: the subquery reads it off the index it walks (no row
  // looked up for an id), and each kept row is found by it (no lookup in the id's index).
  const id = code(e.withoutRowid === true ? idSql(e) : `${e.alias}.rowid`);
  // The subquery's alias of the entity hides the outer one: its rows are the parent's related rows.
  const pageIds = sql`SELECT ${id} FROM ${code(e.table)} ${code(e.alias)} WHERE ${own} AND ${after} ORDER BY ${orderByTerms(walk)} LIMIT ${sql.placeholder('limit')}`;
  return sql`SELECT ${selectList(e, fields)}, j.value AS "_parent", ${keyColumnList(keys)} FROM json_each(${sql.placeholder('parents')}) j CROSS JOIN ${code(e.table)} ${code(e.alias)} ON ${id} IN (${pageIds}) ORDER BY j.key, ${orderByTerms(walk)}`;
}

/**
 * {@link pageStatement} by ranking: every related row of each parent ranked in the walk's
 * order with `_n`, the ranks up to the limit kept when `limited`. The ranking reads ids, keys
 * and link columns; record columns are computed for the kept rows only.
 */
function rankedPageStatement(path: Path<Entity>, keys: SortKey[], walk: readonly SortKey[], fields: PageRequest['fields'], after: SQL, limited: boolean): SQL {
  const { e, link } = path;
  // Names and expressions of the entity description and its link columns: code, never request values.
  const carried = sql.join([sql.identifier('_parent'), ...keys.map((_, i) => sql.identifier(`_k${i}`)), ...link.names].map((name) => sql`w.${name}`), sql`, `);
  const linkColumns = link.names.length > 0 ? sql`, ${link.select}` : sql``;
  const ranked = sql`SELECT j.value AS "_parent", ${code(idSql(e))} AS "_id", ${keyColumnList(keys)}${linkColumns},
    row_number() OVER (PARTITION BY j.value ORDER BY ${orderByTerms(walk)}) AS "_n" FROM json_each(${sql.placeholder('parents')}) j ${parentsFirst(path.join)} WHERE ${after}`;
  const kept = limited ? sql` WHERE w."_n" <= ${sql.placeholder('limit')}` : sql``;
  return sql`SELECT ${selectList(e, fields)}, ${carried} FROM (${ranked}) w CROSS JOIN ${code(e.table)} ${code(e.alias)} ON ${code(idSql(e))} = w."_id"${kept} ORDER BY w."_n"`;
}

/** The page statement of `page` along `path`: compiled on the first request of its shape, then kept. */
function pageStatementOf(path: Path<Entity>, page: PageRequest): PageStatement {
  const sort = page.sort ?? path.e.defaultSort;
  const shapeKey = pageShapeKey(sort, page);
  const known = path.statements.get(shapeKey);
  if (known !== undefined) return known;
  // A sort that fails its whitelist throws here, before anything is kept.
  const keys = parseSort(sort, path.e.sorts, idSql(path.e));
  const parentAt = selectWidth(path.e, page.fields);
  const made: PageStatement = {
    keys,
    compiled: compiledStatement(pageStatement(path, keys, walkingKeys(keys, page.backward === true), page.fields, page.cursor !== undefined, page.limit !== undefined)),
    parentAt,
    keysAt: parentAt + 1,
    record: recordDecoder(path.e, page.fields),
    link: path.link.names.length === 0 ? undefined : path.link.decoderAt(parentAt + 1 + keys.length),
  };
  if (path.statements.size < MAX_PAGE_STATEMENTS) path.statements.set(shapeKey, made);
  return made;
}

/** The cursor of a raw row of `statement` (its sort keys' values). */
const rowCursor = (statement: PageStatement, row: readonly unknown[]) => encodeCursor(statement.keys, statement.keys.map((_, i) => row[statement.keysAt + i] as string | number));

/**
 * A parent's page of raw rows of `statement`: the records decoded at once (GraphQL reads
 * them), the cursors only when asked (a query that selects no cursor writes none). A class,
 * not an object of closures: the nested GraphQL query makes ~170 pages per request.
 */
class RowsPage<R> implements RelatedPage<R> {
  readonly items: R[];
  readonly links: readonly Row[] | undefined;

  /** `rows` in list order, `farthest` the row the next page starts beyond (undefined on the last page). */
  constructor(
    private readonly statement: PageStatement,
    private readonly rows: ReadonlyArray<readonly unknown[]>,
    private readonly farthest: readonly unknown[] | undefined,
  ) {
    this.items = rows.map(statement.record) as R[];
    this.links = statement.link === undefined ? undefined : rows.map(statement.link);
  }

  get more(): boolean {
    return this.farthest !== undefined;
  }

  get next(): string | null {
    return this.farthest === undefined ? null : rowCursor(this.statement, this.farthest);
  }

  cursors(): string[] {
    return this.rows.map((row) => rowCursor(this.statement, row));
  }
}

/** A parent's ranked rows (raw, of `statement`) as a page of at most `limit` records (all when undefined). */
function toPage<R>(statement: PageStatement, rows: Array<readonly unknown[]>, page: PageRequest): RelatedPage<R> {
  const more = page.limit !== undefined && rows.length > page.limit;
  if (more) rows.length = page.limit!;
  // The row the next page starts beyond: the farthest from the cursor, last in the walk.
  const farthest = more ? rows[rows.length - 1] : undefined;
  if (page.backward === true) rows.reverse();
  return new RowsPage<R>(statement, rows, farthest);
}

/** The pages of the records reached from each of `parentIds` along `path`, in one statement. */
function relatedPages<E extends Entity>(db: Db, path: Path<E>, parentIds: readonly string[], page: PageRequest): Array<RelatedPage<RecordOf<E>>> {
  const statement = pageStatementOf(path, page);
  const values: Record<string, unknown> = { parents: idList(parentIds) };
  // One extra row per parent tells whether it has a next page.
  if (page.limit !== undefined) values.limit = page.limit + 1;
  if (page.cursor !== undefined) decodeCursor(statement.keys, page.cursor).forEach((value, i) => (values[`c${i}`] = value));
  const { stmt, params } = statement.compiled(db, values);
  // Raw rows: the statement's text is this relation's own, so the mode is never another caller's.
  const found = stmt.raw(true).all(...params) as Array<readonly unknown[]>;
  return groupByParent(parentIds, found, statement.parentAt).map((group) => toPage<RecordOf<E>>(statement, group, page));
}

/**
 * The page of each of `parentIds` read as the entity's list filtered by that parent (`filter`
 * = the parent's id), one statement per parent: where the entity has an ordered range for the
 * filter (a place's, theme's or actor's measures), each page is one range of its index, read
 * up to the page's end, where ranking every parent's related records reads them all (33 028
 * measures of the actor named most at 10k documents: 370 ms for a first page of 3).
 */
function listedPages<E extends Entity>(db: Db, e: E, filter: string, parentIds: readonly string[], page: PageRequest): Array<RelatedPage<RecordOf<E>>> {
  return parentIds.map((id) => {
    const listed = listRecordsWithCursors(db, e, { [filter]: id }, page);
    return { ...listed, more: listed.next !== null, links: undefined };
  });
}

/** Number of records of `e` reached from each of `parentIds` through `join`, in one statement. */
function relatedCounts(db: Db, join: SQL, parentIds: readonly string[]): number[] {
  const counts = rows(db, sql`SELECT j.value AS "_parent", count(*) AS "_count" FROM json_each(${idList(parentIds)}) j ${parentsFirst(join)} GROUP BY j.value`);
  return groupByParent(parentIds, counts, '_parent').map((group) => (group[0]?._count as number | undefined) ?? 0);
}

/**
 * The relation from parent ids to records of `e`. `join` are the tables joined after the
 * parents `j`, linking `j.value` (a parent id) to the entity's alias, e.g.
 * sql`measure_themes x ON x.measure_id = j.value JOIN themes th ON th.id = x.theme_id`,
 * or, for the entity's own rows, their condition (`{ where: sql\`m.document_id = j.value\` }`,
 * see {@link OwnRows}); it must reach each record at most once per parent. `link` are
 * columns of the link table (`{ role: { sql: sql\`x.role\` } }`), read into each page's `links`. `rangedBy`
 * names the filter of `e` whose ordered range holds each parent's records in order (without
 * link columns): pages are then read per parent from that range ({@link listedPages}).
 */
export function relation<E extends Entity>(e: E, reach: SQL | OwnRows, link: Readonly<Record<string, Column>> = {}, rangedBy?: string): Relation<RecordOf<E>> {
  const own = is(reach, SQL) ? undefined : reach.where;
  const join = is(reach, SQL) ? reach : sql`${code(e.table)} ${code(e.alias)} ON ${own}`;
  // A relation's join is SQL written in code: it takes no parameters (staticText throws on one).
  staticText(join);
  const path: Path<E> = { e, join, own, link: columnShape(link, '_link_'), statements: new Map() };
  if (rangedBy !== undefined && (Object.keys(link).length > 0 || !(e.ranges ?? []).some((r) => r.filter?.name === rangedBy))) throw new Error(`a relation paged by its ${rangedBy} range needs that range and no link columns`);
  return {
    all: (db, parentIds) => relatedPages(db, path, parentIds, {}).map((page) => page.items),
    // A page of a relation the entity orders by a range: each parent's list, read from its range.
    pages: (db, parentIds, page) => (rangedBy !== undefined && page.limit !== undefined ? listedPages(db, e, rangedBy, parentIds, page) : relatedPages(db, path, parentIds, page)),
    counts: (db, parentIds) => relatedCounts(db, path.join, parentIds),
  };
}
