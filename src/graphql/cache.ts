/**
 * Whole-response cache for /graphql. The dataset is immutable for the life of the
 * process and resolvers read nothing but the request's origin, so the answer to the same
 * query, variables and operation at the same origin never changes: error-free answers are
 * kept (bounded LRU, as for REST) and later sent without parsing or executing anything.
 *
 * Entries are keyed by a SHA-256 digest of what determines the answer — origin, query,
 * operation name and the variables the query refers to — so a key costs the same few
 * bytes however large the request, and variables the query never reads (which execution
 * ignores) neither split the cache nor grow it.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Lexer, Source, TokenKind } from 'graphql';
import { markHit, ResponseCache } from '../plugins/response-cache.js';
import { asciiJson } from '../text/ascii-json.js';

/** The GraphQL-over-HTTP parameters of a request as Fastify hands them over. */
interface Params {
  query?: unknown;
  operationName?: unknown;
  /** An object in a POST body; JSON text in a GET query string. */
  variables?: unknown;
}

/**
 * Names of the variables `query` mentions, read off its tokens (the lexer, not a pattern:
 * `$ id` with a space or a comment between is a variable too). Execution reads no other
 * variable. Undefined when the query does not lex: it will be refused, so nothing is cached.
 */
function variableNames(query: string): Set<string> | undefined {
  const names = new Set<string>();
  try {
    const lexer = new Lexer(new Source(query));
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (token.kind === TokenKind.DOLLAR && lexer.lookahead().kind === TokenKind.NAME) names.add(lexer.advance().value);
    }
  } catch {
    return undefined;
  }
  return names;
}

/** The variables of a request as an object, or undefined when they are malformed (the request will be refused). */
function variablesOf(raw: unknown): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null) return {};
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The text that determines the answer to `params` at `origin`: a JSON array of origin,
 * operation name, query and the variables the query mentions (sorted by name). Undefined
 * when the request is not a well-formed GraphQL request, which is never cached.
 */
export function canonicalKey(origin: string, params: Params | null | undefined): string | undefined {
  // A body of `null`, or none (HEAD), is no request: it will be refused.
  if (typeof params !== 'object' || params === null) return undefined;
  const { query, operationName = null } = params;
  const variables = variablesOf(params.variables);
  if (typeof query !== 'string' || variables === undefined || (operationName !== null && typeof operationName !== 'string')) return undefined;
  const given = Object.keys(variables);
  // Most queries come without variables: no need to lex them then.
  const names = given.length === 0 ? new Set<string>() : variableNames(query);
  if (names === undefined) return undefined;
  const used = given.filter((name) => names.has(name)).sort().map((name) => [name, variables[name]]);
  return JSON.stringify([origin, operationName, query, used]);
}

/** A fixed-size key for `text`: its SHA-256 digest. */
const digest = (text: string) => createHash('sha256').update(text).digest('base64');

/** Adds the cache hooks to the routes at `path` of `app` (an encapsulated context). */
export function cacheResponses(app: FastifyInstance, path: string): void {
  const cache = new ResponseCache();
  const keys = new WeakMap<FastifyRequest, string>();
  // POST carries the operation in its (parsed) body; GET and HEAD in the query string.
  const keyOf = (request: FastifyRequest) => {
    const text = canonicalKey(app.originOf(request), (request.method === 'POST' ? request.body : request.query) as Params | null);
    return text === undefined ? undefined : digest(text);
  };

  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== path) return;
    const key = keyOf(request);
    if (key === undefined) return;
    const hit = cache.get(key);
    if (hit) return markHit(reply).headers(hit.headers).send(hit.body);
    keys.set(request, key);
  });

  // Before compression, which the global http plugin applies on send.
  app.addHook('preSerialization', async (request, reply, payload: { errors?: unknown }) => {
    const key = keys.get(request);
    if (key !== undefined && reply.statusCode === 200 && payload.errors === undefined) cache.set(key, { body: Buffer.from(asciiJson(JSON.stringify(payload))), headers: {} });
    return payload;
  });
}
