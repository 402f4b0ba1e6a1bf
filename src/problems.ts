/**
 * Errors as HTTP answers, beside their registry (src/errors.ts): the RFC 9457 problem
 * schema and the error responses routes declare for the OpenAPI document, shared by the
 * REST and publishing surfaces alike, and the querystring of routes that take none,
 * where every parameter is an UNKNOWN_PARAMETER problem.
 */
import { z } from 'zod';
import { problemTypes } from './errors.js';

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
    parameters: z.array(z.string()).optional().describe('Every unknown query parameter of the request (UNKNOWN_PARAMETER).'),
    allowed: z.array(z.string()).optional().describe('The methods the resource allows (METHOD_NOT_ALLOWED; also in the Allow header).'),
    available: z.array(z.string()).optional().describe('The media types the resource is available as (NOT_ACCEPTABLE).'),
    budget: z.number().int().optional().describe('The limit a request passed (QUERY_TOO_BROAD). With parameter sort: the most records a list may sort; narrow the filters below it, or list in an order an index holds. With a filter as parameter: the most measures that filter may select where it is read as a set; narrow it.'),
  })
  .describe('An error, as RFC 9457 problem details.');

/** Error responses of a route, for the OpenAPI document. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: Object.values(problemTypes).find((p) => p.status === status)?.title ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } }]),
  );
}

/** The querystring of a route that takes no query parameters: any parameter is UNKNOWN_PARAMETER. */
export const noQuery = z.strictObject({});
