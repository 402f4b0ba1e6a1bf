/** Zod schemas shared by the REST routes: problems, pages and list querystrings. */
import { z } from 'zod';
import { problemTypes } from '../errors.js';
import type { Entity } from '../queries/entity.js';
import { MAX_LIMIT, DEFAULT_LIMIT } from '../queries/pagination.js';

/** RFC 9457 problem details. */
export const problemSchema = z
  .object({
    type: z.string().describe('URI reference of the problem type; dereference it for a description.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The request path and query that failed.'),
    code: z.string().describe('Stable machine-readable code, e.g. UNKNOWN_PARAMETER; the type URI names it too.'),
    parameter: z.string().optional().describe('The offending parameter, when one is to blame.'),
  })
  .describe('An error, as RFC 9457 problem details.');

/** Error responses of a route, for the OpenAPI document. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: Object.values(problemTypes).find((p) => p.status === status)?.title ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } }]),
  );
}

export const facetValueSchema = z.object({ value: z.string(), name: z.string(), count: z.number().int() }).meta({ id: 'FacetValue' });

/** A page of records: the records, the next page's URL and, on request, total and facets. */
export function pageSchema(record: z.ZodObject, description: string) {
  return z
    .object({
      data: z.array(record),
      next: z.string().nullable().describe('URL of the next page (also in the Link header), or null on the last page.'),
      total: z.number().int().optional().describe('Size of the filtered set, with count=true.'),
      facets: z.record(z.string(), z.array(facetValueSchema)).optional().describe('Value counts over the filtered set, with facet=….'),
    })
    .describe(description);
}

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * The querystring of a list of `entity`: its filters, sort, paging, count and facets;
 * strict, so an unknown (e.g. misspelt) parameter is an error rather than ignored.
 * `without` drops a filter fixed by the path (`/programmes/{id}/measures`).
 */
export function listQuerySchema(entity: Entity, without?: string) {
  const filters = Object.fromEntries(Object.entries(entity.filters).filter(([name]) => name !== without).map(([name, f]) => [name, f.schema.optional()]));
  const facetNames = Object.keys(entity.facets);
  const facet = facetNames.length
    ? { facet: z.string().transform((v) => v.split(',')).pipe(z.array(z.enum(facetNames as [string, ...string[]]))).optional().describe(`Comma-separated facets to count: ${facetNames.join(', ')}.`) }
    : {};
  return z.strictObject({
    ...filters,
    sort: z.string().optional().describe(`Comma-separated fields, "-" for descending: ${Object.keys(entity.sorts).join(', ')}. Default: ${entity.defaultSort}.`),
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().describe(`Page size (default ${DEFAULT_LIMIT}, max ${MAX_LIMIT}). Exports return the whole set unless given.`),
    cursor: z.string().optional().describe('Opaque cursor from the "next" link of the previous page.'),
    count: booleanText.optional().describe('true adds the size of the filtered set as "total".'),
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
  [filter: string]: unknown;
}
