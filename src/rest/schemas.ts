/** Zod schemas of the REST routes: pages and list querystrings. */
import { z } from 'zod';
import { DEFAULT_BOUNDS } from '../queries/bounds.js';
import { FACET_LIMIT, facetValueSchema, type Entity } from '../queries/entity.js';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_SORT_KEYS, MAX_SORT_LENGTH } from '../queries/pagination.js';

/** A page of records: the records, the next page's URL and, on request, total and facets. */
export function pageSchema(record: z.ZodObject, description: string) {
  return z
    .object({
      data: z.array(record),
      next: z.string().nullable().describe('URL of the next page (also in the Link header), or null on the last page.'),
      total: z.number().int().optional().describe(`Size of the filtered set, with count=true. A filtered set is counted up to ${DEFAULT_BOUNDS.countLimit} records, unless the filters are exactly one record whose large set the build counted (measures: one place with everything inside it, one theme or one actor): see totalExact.`),
      totalExact: z.boolean().optional().describe(`With count=true: false when the filtered set has more than ${DEFAULT_BOUNDS.countLimit} records, counting stopped there and total is that limit. True for a whole collection and for the sets the build counted (one place, theme or actor of the measures): their size as stored.`),
      facets: z.record(z.string(), z.array(facetValueSchema)).optional().describe(`Value counts over the filtered set, with facet=…: the ${FACET_LIMIT} most frequent values of each facet. A whole collection and the sets the build counted (measures: one place with everything inside it, one theme or one actor, when large) are read as the build counted them, exact; any other set larger than ${DEFAULT_BOUNDS.facetSample} records is counted on its first ${DEFAULT_BOUNDS.facetSample} in list order: see facetsExact.`),
      facetsExact: z.boolean().optional().describe(`With facet=…: false when the counts are of the first ${DEFAULT_BOUNDS.facetSample} records of a larger set, in list order, not of the whole set; true when they are of the whole set (counted now, or by the build).`),
    })
    .describe(description);
}

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A page size as query text: plain decimal digits only ("1e2", "0x10", " 5" are errors). */
export const limitText = z
  .string()
  .regex(/^\d{1,6}$/, 'must be a whole number written in decimal digits')
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_LIMIT));

/** A number as query text: an optional sign, decimal digits and fraction; never empty, never Infinity. */
const numberText = z
  .string()
  .regex(/^-?\d{1,15}(?:\.\d{1,15})?$/, 'must be a decimal number such as 12 or -0.5')
  .transform(Number);

/** The querystring schema of one filter: numeric filters parse their text strictly first. */
const filterQuery = (schema: z.ZodType) => (schema instanceof z.ZodNumber ? numberText.pipe(schema).describe(schema.description ?? '') : schema).optional();

/**
 * What a list of `entity` supports, for its OpenAPI description: filters, sort fields and
 * facets, derived from the entity so the documentation cannot drift.
 */
export function listCapabilities(entity: Entity, without?: string): string {
  const filters = Object.keys(entity.filters).filter((name) => name !== without);
  const facets = Object.keys(entity.facets);
  const sets = filters.filter((name) => entity.filters[name]!.sets !== undefined);
  return [
    filters.length ? `Filters: ${filters.join(', ')} (they combine with AND).` : 'Filters: none.',
    `Sort: ${Object.keys(entity.sorts).join(', ')}.`,
    `Facets: ${facets.join(', ') || 'none'}.`,
    ...(sets.length ? [`${sets.join(', ')} select measures as a set: the smallest such set is read (at most ${DEFAULT_BOUNDS.setLimit} measures, beyond which the list, count and facets are a 422 QUERY_TOO_BROAD naming it) and the others are tested on its rows${entity.ranges?.some((r) => r.filter !== undefined) ? `; one ${entity.ranges.flatMap((r) => (r.filter === undefined ? [] : [r.filter.name])).join(' or ')} is read in order from a range instead, at any size` : ''}.`] : []),
  ].join(' ');
}

/** Longest `facet` value: every facet name of any entity fits many times over; a repeated name counts once. */
const MAX_FACET_LENGTH = 256;

/**
 * The querystring of a list of `entity`: its filters, sort, paging, count and facets;
 * strict, so an unknown (e.g. misspelt) parameter is an error rather than ignored.
 * `without` drops a filter fixed by the path (`/programmes/{id}/measures`).
 */
export function listQuerySchema(entity: Entity, without?: string) {
  const filters = Object.fromEntries(Object.entries(entity.filters).filter(([name]) => name !== without).map(([name, f]) => [name, filterQuery(f.schema)]));
  const facetNames = Object.keys(entity.facets);
  const facet = facetNames.length
    ? { facet: z.string().max(MAX_FACET_LENGTH, `is longer than ${MAX_FACET_LENGTH} characters`).transform((v) => [...new Set(v.split(','))]).pipe(z.array(z.enum(facetNames as [string, ...string[]]))).optional().describe(`Comma-separated facets to count: ${facetNames.join(', ')}. Each gives its ${FACET_LIMIT} most frequent values.`) }
    : {};
  return z.strictObject({
    ...filters,
    sort: z.string().max(MAX_SORT_LENGTH, `is longer than ${MAX_SORT_LENGTH} characters`).optional().describe(`Comma-separated fields, "-" for descending, at most ${MAX_SORT_KEYS} distinct: ${Object.keys(entity.sorts).join(', ')}. Default: ${entity.defaultSort}.`),
    limit: limitText.optional().describe(`Page size (default ${DEFAULT_LIMIT}, max ${MAX_LIMIT}). Exports return the whole set unless given.`),
    cursor: z.string().optional().describe('Opaque cursor from the "next" link of the previous page.'),
    count: booleanText.optional().describe('true adds the size of the filtered set as "total".'),
    labels: booleanText.optional().describe('CSV only: true adds a <field>_name column beside each <field>_id (<field>_names beside <field>_ids), so a spreadsheet shows names.'),
    ...facet,
  });
}

/** The parsed list querystring. */
export interface ListQuery {
  sort?: string;
  limit?: number;
  cursor?: string;
  count?: boolean;
  facet?: string[];
  labels?: boolean;
  [filter: string]: unknown;
}
