/**
 * Prepared-statement cache. The dataset is read-only and the set of distinct SQL texts
 * is bounded by the filter/sort whitelists, so each text is compiled once per database
 * and reused; the bound only guards against pathological combinations.
 */
import type Database from 'better-sqlite3';
import { fillPlaceholders, Param, Placeholder, SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';

const MAX_STATEMENTS = 2000;
/** What a statement is prepared on: any drizzle database over better-sqlite3 (the served file's, a build's, the extraction cache's). */
type Connection = Pick<Db, '$client'>;

const caches = new WeakMap<Connection, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on `db`, compiled on first use. */
export function prepared(db: Connection, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    stmt = db.$client.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}

/** Per connection, the function that runs a callback inside one transaction (better-sqlite3's, made once). */
const transactions = new WeakMap<Database.Database, (read: () => unknown) => unknown>();

/**
 * `read()` inside one read transaction on `db` (inside the caller's when one is open). Each
 * statement run on its own is a transaction of its own: SQLite takes the file's shared lock,
 * looks for a hot journal and releases the lock again, seven system calls (`fcntl`,
 * `newfstatat`) per statement, 63 of a 50-measure page's 68. Reading a page, its related
 * levels, its count and facets together takes the lock once, and they all read one
 * snapshot of the file.
 */
export function readTogether<T>(db: Db, read: () => T): T {
  const client = db.$client;
  if (client.inTransaction) return read();
  let inTransaction = transactions.get(client);
  if (inTransaction === undefined) transactions.set(client, (inTransaction = client.transaction((r: () => unknown) => r())));
  return inTransaction(read) as T;
}

const dialect = new SQLiteSyncDialect();

/** A statement as SQL text with `?` placeholders and its parameters, in order. */
export interface Query {
  sql: string;
  params: unknown[];
}

/** A drizzle `sql` fragment as SQL text with `?` placeholders and its parameters, in order. */
export function toQuery(fragment: SQL): Query {
  const { sql, params } = dialect.sqlToQuery(fragment);
  return { sql, params };
}

/**
 * The prepared statement of a fragment on `db` (compiled once per distinct text) and the
 * parameters to run it with; a query already written as text (`toQuery`) is taken as it is.
 */
export function statement(db: Db, query: SQL | Query): { stmt: Database.Statement; params: unknown[] } {
  const { sql, params } = query instanceof SQL ? toQuery(query) : query;
  return { stmt: prepared(db, sql), params };
}

/**
 * The statement of a fragment for `.iterate()`, compiled now; `free()`, called when the
 * iteration starts, gives the cached statement or, while another iteration holds that one
 * (a statement iterates for one caller at a time: concurrent exports of the same query),
 * a fresh statement of the same text.
 */
export function iterationStatement(db: Db, query: SQL | Query): { free: () => Database.Statement; params: unknown[] } {
  const { sql: text, params } = query instanceof SQL ? toQuery(query) : query;
  const cached = prepared(db, text);
  return { free: () => freeStatement(db, cached), params };
}

/** `stmt` for an iteration, or while another iteration holds it, a fresh statement of its text. */
export const freeStatement = (db: Db, stmt: Database.Statement): Database.Statement => (stmt.busy ? db.$client.prepare(stmt.source) : stmt);

/*
 * One statement, run. Each sets the statement's mode (pluck, raw or objects), as the cached
 * statement of a text is shared by every caller of that text.
 */

/** The statement answering rows as objects: neither plucked nor raw (each setter leaves the other modes as they are). */
const asObjects = (stmt: Database.Statement) => stmt.pluck(false).raw(false);

/** Every row of a fragment's statement. */
export function rows<T = Record<string, unknown>>(db: Db, fragment: SQL): T[] {
  const { stmt, params } = statement(db, fragment);
  return asObjects(stmt).all(...params) as T[];
}

/** The first row of a fragment's statement, or undefined. */
export function firstRow<T = Record<string, unknown>>(db: Db, fragment: SQL): T | undefined {
  const { stmt, params } = statement(db, fragment);
  return asObjects(stmt).get(...params) as T | undefined;
}

/** The first column of every row of a fragment's statement. */
export function firstColumn<T>(db: Db, fragment: SQL): T[] {
  const { stmt, params } = statement(db, fragment);
  return stmt.pluck().all(...params) as T[];
}

/** The first column of the first row of a fragment's statement, or undefined without a row. */
export function firstValue<T>(db: Db, fragment: SQL): T | undefined {
  const { stmt, params } = statement(db, fragment);
  return stmt.pluck().get(...params) as T | undefined;
}

/**
 * A statement whose shape never changes, compiled from its fragment once: its values come
 * as named placeholders (`sql.placeholder('ids')`), filled at each run.
 */
export function compiledStatement(fragment: SQL): (db: Db, values: Record<string, unknown>) => { stmt: Database.Statement; params: unknown[] } {
  const { sql, params } = toQuery(fragment);
  return (db, values) => ({ stmt: prepared(db, sql), params: fillPlaceholders(params, values) });
}

/**
 * The prepared statement of a fragment whose values are all placeholders
 * (`sql.placeholder(name)`), for a statement run once per row of a bulk load: the caller binds
 * each row's values by position, in the order of the placeholders, with no per-row filling.
 */
export function positionalStatement(db: Connection, fragment: SQL): Database.Statement {
  const { sql: text, params } = toQuery(fragment);
  // A query builder's placeholders come wrapped in their column's Param (which holds its encoder).
  const isPlaceholder = (p: unknown) => p instanceof Placeholder || (p instanceof Param && p.value instanceof Placeholder);
  if (!params.every(isPlaceholder)) throw new Error(`a positional statement takes placeholders only: ${text}`);
  return prepared(db, text);
}

/** The placeholders `(name1, name2, …)` of a row's values, for {@link positionalStatement}. */
export const placeholderRow = (...names: string[]): SQL => sql`(${sql.join(names.map((n) => sql.placeholder(n)), sql`, `)})`;

/**
 * A name or expression written in code — a table, an alias, a column expression of an
 * entity description — spliced into a fragment as it is. Never a value from a request:
 * values are parameters (`${value}` in a fragment).
 */
export const code = (text: string): SQL => sql.raw(text);

/**
 * The text of a fragment that holds no parameter: SQL written in code, for the parts of the
 * entity model that still hold SQL as text (a column expression, a relation's join). A
 * parameter there is a programming error.
 */
export function staticText(fragment: SQL): string {
  const { sql: text, params } = toQuery(fragment);
  if (params.length > 0) throw new Error(`SQL written in code takes no parameters: ${text}`);
  return text;
}

/** SQLite's default order of text (BINARY: the bytes of UTF-8), which `ORDER BY c.name` follows. */
export const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A JSON array of ids, the single parameter of every batch statement (`json_each(?)`). */
export const idList = (ids: readonly string[]) => JSON.stringify(ids);

/**
 * `{id, name, url}` of the record of `collection` whose id is `idExpr`, as a correlated
 * scalar subquery (NULL when the reference is NULL); its `url` holds the id until the
 * edge links it (see refs.ts `summaryRefs`). Summaries come out of SQLite as JSON text so
 * a whole record is one row of one statement, listable and streamable alike.
 */
export const summaryFragment = (collection: string, idExpr: SQL, nameExpr: SQL = sql`s.name`): SQL =>
  sql`json((SELECT json_object('id', s.id, 'name', ${nameExpr}, 'url', s.id) FROM ${sql.identifier(collection)} s WHERE s.id = ${idExpr}))`;
