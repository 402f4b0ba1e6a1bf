/**
 * Filter building blocks shared by every entity. A filter is a zod schema for its value
 * (the REST querystring and GraphQL arguments derive from it) and the condition it sets
 * over the entity's alias for a value, a drizzle `sql` fragment that carries the value as
 * its parameter — after resolving names to ids and rejecting values that match nothing,
 * so a typo is a 400 rather than an empty page. Conditions compose as fragments: nothing
 * counts or rewrites placeholders.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError } from '../errors.js';
import { slugify } from '../text/fold.js';
import { isCalendarDate, ISO_DATE, type IndexedKind } from '../vocabulary.js';
import { ftsQuery } from './fulltext.js';
import { code, compiledStatement, firstColumn, firstValue, rows, toQuery } from './sql.js';

/** One filter of one entity. */
export interface FilterDef {
  schema: z.ZodType;
  /** The condition for a parsed value, holding it as a parameter; a value that names nothing throws a 400 naming `parameter`. */
  where(db: Db, value: never, parameter: string): SQL;
  /** For a reference filter: the ids of the records a value names (the same resolution as `where`). */
  ids?(db: Db, value: never, parameter: string): string[];
  /** For a reference filter: the table of the records it names (what a build enumerates to store the counts of each one's set, stored-counts.ts). */
  table?: string;
  /**
   * The sets of ids the condition tests membership in (`x IN (set)`), one statement each,
   * which SQLite builds whole before the first row: the engine counts them up to the set
   * limit before running a statement with the condition (src/queries/bounds.ts).
   */
  sets?(db: Db, value: never, parameter: string): SQL[];
  /** Whether the ids of `sets` are the listed records' own (one row each), so a statement a set drives selects at most its size. */
  setsOfListed?: boolean;
  /** The table the sets of `sets` are read from, every record's set at once (what a build counts them with, store-counts.ts). */
  links?: LinkSets;
  /**
   * The same condition tested on each row without building a set (a seek per row), for
   * statements that walk an ordered range row by row: a range's rows are read in order
   * whatever the other filters, and a set built for them would cost its whole size first.
   */
  each?(db: Db, value: never, parameter: string): SQL;
}

/** Filter values as parsed from a querystring, keyed by filter name. */
export type FilterValues = Readonly<Record<string, unknown>>;

const unknownValue = (parameter: string, value: string, what: string) =>
  new ApiError('INVALID_PARAMETER', `No ${what} matches ${parameter}="${value}".`, { parameter });

/**
 * How a reference filter finds a record from what a user types: the condition on columns
 * matched exactly (the id, a NIS code), and for tables with names, a statement listing
 * each record's `id`, `name` and JSON `aliases`, matched by slug (any case, any accents).
 */
interface Lookup {
  /** The condition, the value as placeholder `value`. */
  exact: SQL;
  names?: SQL;
}

const lookedUp = sql.placeholder('value');
const byId = sql`id = ${lookedUp}`;

const lookups: Readonly<Record<string, Lookup>> = {
  locations: { exact: sql`id = ${lookedUp} OR nis_code = ${lookedUp}`, names: sql`SELECT id, name, aliases FROM locations ORDER BY rowid` },
  actors: { exact: byId, names: sql`SELECT id, name, aliases FROM actors ORDER BY rowid` },
  themes: { exact: byId, names: sql`SELECT id, label_nl AS name, json_array(label_en) AS aliases FROM themes ORDER BY rowid` },
};

/** The exact lookup of each table, compiled once (every list with a reference filter runs one per value). */
const exactLookups = new Map<string, ReturnType<typeof compiledStatement>>();

function exactLookup(table: string): ReturnType<typeof compiledStatement> {
  let lookup = exactLookups.get(table);
  if (lookup === undefined) exactLookups.set(table, (lookup = compiledStatement(sql`SELECT id FROM ${sql.identifier(table)} WHERE ${(lookups[table] ?? { exact: byId }).exact}`)));
  return lookup;
}

/** Slugs of ids, then of names and aliases (the first record wins) → id, per database and table. */
const slugMaps = new WeakMap<Db, Map<string, ReadonlyMap<string, string>>>();

function buildSlugs(db: Db, names: SQL): ReadonlyMap<string, string> {
  const records = rows<{ id: string; name: string; aliases: string }>(db, names);
  const slugs = new Map<string, string>();
  const add = (name: string, id: string) => {
    const slug = slugify(name);
    if (slug !== '' && !slugs.has(slug)) slugs.set(slug, id);
  };
  for (const r of records) add(r.id, r.id);
  for (const r of records) for (const name of [r.name, ...(JSON.parse(r.aliases) as string[])]) add(name, r.id);
  return slugs;
}

/**
 * The id of the record of `table` that `value` names: an id, a NIS code (locations), or
 * a name or alias in any case or accents ("Gent", "Sint-Amandsberg", "Douane",
 * "Drugs"). Exact columns go through their unique indexes; names, which SQL cannot
 * index by slug, through a map built on first use per database (the dataset is
 * immutable). So no call scans a table — also not for values that match nothing, whose
 * 400s are never cached.
 */
export function resolveReference(db: Db, table: string, value: string): string | undefined {
  const lookup = lookups[table] ?? { exact: byId };
  const { stmt, params } = exactLookup(table)(db, { value });
  const exact = stmt.pluck().get(...params) as string | undefined;
  if (exact !== undefined || lookup.names === undefined) return exact;
  let byTable = slugMaps.get(db);
  if (byTable === undefined) slugMaps.set(db, (byTable = new Map()));
  let slugs = byTable.get(table);
  if (slugs === undefined) byTable.set(table, (slugs = buildSlugs(db, lookup.names)));
  return slugs.get(slugify(value));
}

/** A location id from an id, a NIS code or a name (see `resolveReference`). */
export const resolveLocation = (db: Db, value: string) => resolveReference(db, 'locations', value);

/** Most values one filter may list (`theme=a,b,…`): each adds a condition to the statement. */
export const MAX_FILTER_VALUES = 10;

/**
 * The records a multi-valued reference filter names, as ids: the whole value when it
 * names a record (a name may hold a comma), else each comma-separated part; a part that
 * names nothing is a 400.
 */
function resolveAll(db: Db, table: string, what: string, value: string, parameter: string): string[] {
  const whole = resolveReference(db, table, value);
  if (whole !== undefined) return [whole];
  const parts = value.split(',').map((part) => part.trim()).filter(Boolean);
  if (parts.length > MAX_FILTER_VALUES) throw new ApiError('INVALID_PARAMETER', `${parameter} lists ${parts.length} values; at most ${MAX_FILTER_VALUES}.`, { parameter });
  if (parts.length < 2) throw unknownValue(parameter, value, what);
  return [...new Set(parts.map((part) => {
    const id = resolveReference(db, table, part);
    if (id === undefined) throw unknownValue(parameter, part, what);
    return id;
  }))];
}

/** The condition a reference filter sets for one record id. */
export type IdCondition = (id: string) => SQL;

/** `conditions` joined with OR (the one condition itself when alone). */
export const anyOf = (conditions: SQL[]): SQL => (conditions.length === 1 ? conditions[0]! : sql`(${sql.join(conditions, sql` OR `)})`);

/** `conditions` joined with AND; `1` (true) when there are none. */
export const allOf = (conditions: SQL[]): SQL => (conditions.length === 0 ? sql`1` : sql.join(conditions, sql` AND `));

/**
 * A filter on a record of `table`, given by id (or, for places, actors and themes, code
 * or name); comma-separated values mean any of them: the disjunction of `where` for each
 * id. A value that names nothing is a 400, so a typo is never an empty page.
 */
function referenceFilter(table: string, what: string, where: IdCondition, description: string): FilterDef {
  return {
    schema: z.string().min(1).describe(`${description} Several values, comma-separated, mean any of them.`),
    where: (db, value: string, parameter) => anyOf(resolveAll(db, table, what, value, parameter).map(where)),
    ids: (db, value: string, parameter) => resolveAll(db, table, what, value, parameter),
    table,
  };
}

/** A filter on a record of `table` (an id; for actors and themes also a name). */
export function refFilter(table: string, what: string, where: IdCondition, description: string): FilterDef {
  const named = lookups[table]?.names !== undefined;
  return referenceFilter(table, what, where, named ? `${description.replace(/ \(id\)\.$/, '.')} Accepts an id or a name.` : description);
}

/**
 * A location filter: the condition receives the resolved id, and should go through
 * `location_ancestors` so a city includes its districts, streets and sites.
 */
export function locationFilter(where: IdCondition, description: string): FilterDef {
  return referenceFilter('locations', 'location', where, `${description} Accepts a location id, a NIS code or a name; a place includes everything inside it.`);
}

/**
 * The sets of a reference filter held by one table: the set of a record is the `id` column
 * of the rows whose `key` column holds the record's id, one row per member (a primary key on
 * the pair, or one the table's rows imply). Names are code. `ofIds`, when the table has no
 * index by `id`, reads the same pairs for some members from the tables it is derived from.
 */
export interface LinkSets {
  table: string;
  key: string;
  id: string;
  /** The rows (`key`, `id`) of the members that `ids` (a statement of ids) selects; by default read from `table` by `id`. */
  ofIds?: (ids: SQL) => SQL;
}

/** The set of record `key` (an id, or the SQL of one) held by `links`: the statement its filter tests membership in. */
export const linkSet = (links: LinkSets, key: string | SQL): SQL => sql`SELECT ${code(links.id)} FROM ${code(links.table)} WHERE ${code(links.key)} = ${key}`;

/** Every record's set held by `links` as rows (`key`, `id`), of the records whose ids `keys` selects (all when undefined). */
export const linkRows = (links: LinkSets, keys?: SQL): SQL =>
  sql`SELECT ${code(links.key)} AS key, ${code(links.id)} AS id FROM ${code(links.table)}${keys === undefined ? sql`` : sql` WHERE ${code(links.key)} IN (${keys})`}`;

/** The rows (`key`, `id`) of `links` of the members whose ids `ids` selects. */
export const linkRowsOfIds = (links: LinkSets, ids: SQL): SQL =>
  links.ofIds?.(ids) ?? sql`SELECT ${code(links.key)} AS key, ${code(links.id)} AS id FROM ${code(links.table)} WHERE ${code(links.id)} IN (${ids})`;

/**
 * `def` (a reference filter) with, for each record it names, the set its condition tests
 * membership in (held by `links`, the statement `where` writes) and the same test per row (`each`);
 * `setsOfListed` when the set's ids are the listed records' own.
 */
export const withIdSets = (def: FilterDef, links: LinkSets, each: IdCondition, setsOfListed = false): FilterDef => ({
  ...def,
  setsOfListed,
  links,
  sets: (db, value, parameter) => def.ids!(db, value, parameter).map((id) => linkSet(links, id)),
  each: (db, value, parameter) => anyOf(def.ids!(db, value, parameter).map(each)),
});

/** A filter on an enumerated column; the zod enum rejects anything else. */
export function enumFilter(values: readonly [string, ...string[]], where: (value: string) => SQL, description: string): FilterDef {
  return { schema: z.enum(values).describe(description), where: (_db, value: string) => where(value) };
}

/**
 * A filter on a text column whose values come from a vocabulary (document kinds): a
 * string schema — the GraphQL argument is a `String` — that rejects anything outside
 * `values` and lists them in its JSON Schema `enum`, so a typo is a 400, not an empty page.
 */
export function vocabularyFilter(values: readonly string[], where: (value: string) => SQL, description: string): FilterDef {
  const schema = z
    .string()
    .refine((v) => values.includes(v), `must be one of ${values.join(', ')}`)
    .meta({ description, enum: [...values] });
  return { schema, where: (_db, value: string) => where(value) };
}

/**
 * A filter on a free text column matched exactly, whose values are those present in
 * `column` of `table` (figure units): a value that no row has is a 400 that lists them.
 */
export function presentValueFilter(table: string, column: string, where: (value: string) => SQL, description: string): FilterDef {
  const [from, present] = [sql.identifier(table), sql.identifier(column)];
  // Compiled once (same text as written per request before): every request with the filter runs it.
  const presence = compiledStatement(sql`SELECT 1 FROM ${from} WHERE ${present} = ${sql.placeholder('value')} LIMIT 1`);
  return {
    schema: z.string().min(1).describe(description),
    where(db, value: string, parameter) {
      const { stmt, params } = presence(db, { value });
      if (stmt.pluck().get(...params) !== undefined) return where(value);
      const known = firstColumn<string>(db, sql`SELECT DISTINCT ${present} FROM ${from} WHERE ${present} IS NOT NULL ORDER BY 1`);
      throw new ApiError('INVALID_PARAMETER', `No ${table.replace(/s$/, '')} has ${parameter} "${value}"; known values: ${known.join(', ')}.`, { parameter });
    },
  };
}

/**
 * A numeric bound. The schema takes numbers (GraphQL `Float`); the REST querystring
 * parses its text strictly first (see `numberText` in rest/schemas.ts).
 */
export function numberFilter(where: (value: number) => SQL, description: string): FilterDef {
  return { schema: z.number().describe(description), where: (_db, value: number) => where(value) };
}

/** A calendar date of reduced precision, as dates are stored: 2018, 2018-03 or 2018-03-15 (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a date on the calendar');

/**
 * Date range bounds over a column of reduced-precision dates compared as text.
 * `from` is inclusive; `to` includes every date it is a prefix of ("2018" includes
 * "2018-12-31"), hence the sentinel appended to it.
 */
export function dateRange(column: SQL, what: string, wrap = (condition: SQL) => condition): { dateFrom: FilterDef; dateTo: FilterDef } {
  return {
    dateFrom: { schema: isoDateSchema.describe(`Earliest ${what} (inclusive).`), where: (_db, v: string) => wrap(sql`${column} >= ${v}`) },
    dateTo: { schema: isoDateSchema.describe(`Latest ${what} (inclusive; a year or month includes its days).`), where: (_db, v: string) => wrap(sql`${column} <= ${`${v}~`}`) },
  };
}

/**
 * Most index rows of the documents' kinds (documents, measures, figures) a `q` filter may
 * match: the filter's set is read whole (SQLite builds the `IN` list before the first row of
 * the list), so a common word at 100k documents (2 million rows) held the event loop for
 * seconds. Beyond it the request is refused (`QUERY_TOO_BROAD`); `/v1/search` ranks a bounded
 * set instead.
 */
export const TEXT_FILTER_LIMIT = 10_000;

/** The kinds whose index rows are the reference data's, below rowid 0 (load.ts `indexReferencesForSearch`): as many as the gazetteer, whatever the corpus. */
const REFERENCE_KINDS: ReadonlySet<IndexedKind> = new Set(['programme', 'actor', 'location', 'theme']);

/** The rowid range of a kind's rows in `search_index`: the reference data below 0, the documents' kinds (documents, measures, figures) from 0. */
export const indexRowids = (kind: IndexedKind): SQL => (REFERENCE_KINDS.has(kind) ? sql`rowid < 0` : sql`rowid >= 0`);

/**
 * Full text over the entity's rows in `search_index` (kind `kind`), ids compared with `idSql`,
 * within the rowid range of the kind (reference data below 0, documents from 0). For the
 * documents' kinds the matches are first counted with a stop at `limit` + 1 (a stream of the
 * doclists, no row read): more, and the filter is refused rather than read whole.
 */
export function textFilter(kind: IndexedKind, idSql: SQL, limit = TEXT_FILTER_LIMIT): FilterDef {
  const range = indexRowids(kind);
  return {
    schema: z.string().min(1).max(500).describe(`Full-text search (Dutch stemming, accents and case folded); every word must occur. ${REFERENCE_KINDS.has(kind) ? '' : `Refused (422, QUERY_TOO_BROAD) when the words match more than ${limit} indexed documents, measures and figures together: add words, or use /v1/search.`}`.trim()),
    where: (db, value: string, parameter) => {
      const match = ftsQuery(value, parameter);
      if (!REFERENCE_KINDS.has(kind)) {
        const matching = firstValue<number>(db, sql`SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ${match} AND ${range} LIMIT ${limit + 1})`)!;
        if (matching > limit) {
          throw new ApiError('QUERY_TOO_BROAD', `The search "${value}" matches more than ${limit} indexed documents, measures and figures; a filter reads its whole set, so it is refused. Add words to narrow it, or use /v1/search, which ranks a bounded set.`, { parameter });
        }
      }
      return sql`${idSql} IN (SELECT ref FROM search_index WHERE search_index MATCH ${match} AND ${range} AND kind = ${kind})`;
    },
  };
}

/** The condition of a combination of filters (all must hold), as a fragment. */
export function whereFragment(db: Db, defs: Readonly<Record<string, FilterDef>>, values: FilterValues): SQL {
  const conditions: SQL[] = [];
  for (const [name, def] of Object.entries(defs)) {
    const value = values[name];
    if (value !== undefined) conditions.push(def.where(db, value as never, name));
  }
  return allOf(conditions);
}

/** The `WHERE` clause of a combination of filters as SQL text and its parameters, for statements still written as text. */
export const whereClause = (db: Db, defs: Readonly<Record<string, FilterDef>>, values: FilterValues): { sql: string; params: unknown[] } =>
  toQuery(whereFragment(db, defs, values));
