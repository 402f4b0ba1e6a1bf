/**
 * Filter building blocks shared by every entity. A filter is a zod schema for its value
 * (the REST querystring and GraphQL arguments derive from it), a SQL condition with `?`
 * placeholders over the entity's alias, and a binder that turns the value into
 * parameters — resolving names to ids and rejecting values that match nothing, so a
 * typo is a 400 rather than an empty page.
 */
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError } from '../errors.js';
import { slugify } from '../text/fold.js';
import { ftsQuery } from './fulltext.js';
import { prepared } from './sql.js';

/** One filter of one entity. */
export interface FilterDef {
  schema: z.ZodType;
  /** SQL condition; `?` placeholders are filled by `bind`. */
  where: string;
  bind(db: Db, value: never, parameter: string): unknown[];
}

/** Filter values as parsed from a querystring, keyed by filter name. */
export type FilterValues = Readonly<Record<string, unknown>>;

const unknownValue = (parameter: string, value: string, what: string) =>
  new ApiError('INVALID_PARAMETER', `No ${what} matches ${parameter}="${value}".`, { parameter });

/** A filter on the id of a record of `table`; an id that does not exist is a 400. */
export function refFilter(table: string, what: string, where: string, description: string): FilterDef {
  return {
    schema: z.string().min(1).describe(description),
    where,
    bind(db, value: string, parameter) {
      if (prepared(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(value) === undefined) throw unknownValue(parameter, value, what);
      return Array.from({ length: where.split('?').length - 1 }, () => value);
    },
  };
}

/**
 * Resolves a location given as an id ("gent"), a NIS code ("44021") or a name or alias
 * in any case or accents ("Gent", "Sint-Amandsberg") to its id.
 */
export function resolveLocation(db: Db, value: string): string | undefined {
  const direct = prepared(db, 'SELECT id FROM locations WHERE id = ? OR nis_code = ?').pluck().get(value, value) as string | undefined;
  if (direct !== undefined) return direct;
  const slug = slugify(value);
  const byId = prepared(db, 'SELECT id FROM locations WHERE id = ?').pluck().get(slug) as string | undefined;
  if (byId !== undefined) return byId;
  // Names and aliases are few and not indexed by slug: this runs once per distinct URL (responses are cached).
  const rows = prepared(db, 'SELECT id, name, aliases FROM locations').all() as Array<{ id: string; name: string; aliases: string }>;
  return rows.find((r) => slugify(r.name) === slug || (JSON.parse(r.aliases) as string[]).some((a) => slugify(a) === slug))?.id;
}

/**
 * A location filter: the condition receives the resolved id once per `?`, and should go
 * through `location_ancestors` so a city includes its districts, streets and sites.
 */
export function locationFilter(where: string, description: string): FilterDef {
  return {
    schema: z.string().min(1).describe(`${description} Accepts a location id, a NIS code or a name; a place includes everything inside it.`),
    where,
    bind(db, value: string, parameter) {
      const id = resolveLocation(db, value);
      if (id === undefined) throw unknownValue(parameter, value, 'location');
      return Array.from({ length: where.split('?').length - 1 }, () => id);
    },
  };
}

/** A filter on an enumerated column; the zod enum rejects anything else. */
export function enumFilter(values: readonly [string, ...string[]], where: string, description: string): FilterDef {
  return { schema: z.enum(values).describe(description), where, bind: (_db, value: string) => [value] };
}

/** A filter on a free text column (e.g. figure units), matched exactly. */
export function valueFilter(where: string, description: string): FilterDef {
  return { schema: z.string().min(1).describe(description), where, bind: (_db, value: string) => [value] };
}

/** A numeric bound. */
export function numberFilter(where: string, description: string): FilterDef {
  return { schema: z.coerce.number().describe(description), where, bind: (_db, value: number) => [value] };
}

/** ISO 8601 of reduced precision, as dates are stored: 2018, 2018-03 or 2018-03-15. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Date range bounds over a column of reduced-precision dates compared as text.
 * `from` is inclusive; `to` includes every date it is a prefix of ("2018" includes
 * "2018-12-31"), hence the sentinel appended to it.
 */
export function dateRange(column: string, what: string, wrap = (condition: string) => condition): { dateFrom: FilterDef; dateTo: FilterDef } {
  return {
    dateFrom: { schema: isoDateSchema.describe(`Earliest ${what} (inclusive).`), where: wrap(`${column} >= ?`), bind: (_db, v: string) => [v] },
    dateTo: { schema: isoDateSchema.describe(`Latest ${what} (inclusive; a year or month includes its days).`), where: wrap(`${column} <= ?`), bind: (_db, v: string) => [`${v}~`] },
  };
}

/** Full text over the entity's rows in `search_index` (kind `kind`), ids compared with `idSql`. */
export function textFilter(kind: 'measure' | 'figure' | 'document', idSql: string): FilterDef {
  return {
    schema: z.string().min(1).max(500).describe('Full-text search (Dutch stemming, accents and case folded); every word must occur.'),
    where: `${idSql} IN (SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = '${kind}')`,
    bind: (_db, value: string, parameter) => [ftsQuery(value, parameter)],
  };
}

/** The `WHERE` clause and parameters of a combination of filters (all must hold). */
export function whereClause(db: Db, defs: Readonly<Record<string, FilterDef>>, values: FilterValues): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  for (const [name, def] of Object.entries(defs)) {
    const value = values[name];
    if (value === undefined) continue;
    conditions.push(def.where);
    params.push(...def.bind(db, value as never, name));
  }
  return { sql: conditions.length ? conditions.join(' AND ') : '1', params };
}
