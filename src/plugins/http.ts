/**
 * HTTP semantics shared by every API surface (REST, GraphQL, publishing): CORS,
 * compression, content negotiation, validators and caching, and the one error handler
 * that turns every failure into RFC 9457 problem+json. Registered before the surfaces
 * so its hooks and handlers apply to all of them.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, problemBody, type ProblemCode } from '../errors.js';
import { asciiJson } from '../text/ascii-json.js';
import { filesDigest, codeDir } from '../paths.js';
import { datasetVersion } from '../queries/dataset.js';
import { negotiate } from './negotiate.js';
import { acceptedCoding, compressedVariants, ResponseCache, type CachedResponse } from './response-cache.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Media types the route can produce, the default first; enables negotiation, ETags and caching. */
    produces?: readonly string[];
    /** False for responses that must not be kept in memory (streamed exports). */
    cacheable?: boolean;
  }
  interface FastifyRequest {
    /** The negotiated media type, for routes that declare `produces`. */
    representation: string;
  }
}

/** Seconds shared caches may reuse a response without revalidating; ETags make revalidation cheap. */
const MAX_AGE = 300;
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
/** application/json and its structured-syntax suffix types (RFC 6839): ld+json, problem+json, … */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const CACHED_HEADERS = ['content-type', 'link', 'content-disposition'];
/** The headers a 304 repeats (RFC 9110 §15.4.5). */
const VALIDATOR_HEADERS = ['etag', 'cache-control', 'vary'];

/** Digest of the code that shapes responses, computed once per process. */
let codeDigest: string | undefined;
const servingCodeDigest = () => (codeDigest ??= filesDigest([codeDir]));

/** CORS for any origin, reads only; `allowCrossOriginPost` opens a path to POST. */
const CORS = { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders: ['ETag', 'Link', 'Content-Disposition'], maxAge: 86400 };

/**
 * Lets browsers POST JSON to `path` (of routes registered on `app`) from any origin: a
 * preflight route for the path whose CORS options, merged over the global ones by the
 * CORS hook (which answers the preflight), allow POST and the `Content-Type` header.
 */
export function allowCrossOriginPost(app: FastifyInstance, path: string): void {
  const cors = { methods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowedHeaders: ['Content-Type'] };
  app.options(path, { config: { cors } }, async (_request, reply) => reply.code(204).send());
}

/** RFC 9457 problem response for `error`. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: ApiError): FastifyReply {
  // ASCII here too: problems raised before routing (a malformed URL) skip the onSend hooks.
  return reply.code(error.status).type(PROBLEM_TYPE).header('cache-control', 'no-store').send(asciiJson(JSON.stringify(problemBody(error, request.url))));
}

/** Query parameters a route accepts, from its zod querystring schema. */
function knownParameters(request: FastifyRequest): string[] {
  const schema = request.routeOptions.schema?.querystring;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** The problem codes of the client errors Fastify and its plugins raise, by status. */
const CLIENT_ERRORS: Readonly<Record<number, ProblemCode>> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** A zod validation error as the problem naming the offending parameter. */
function validationProblem(error: FastifyError & Required<Pick<FastifyError, 'validation'>>, request: FastifyRequest): ApiError {
  const issue = error.validation[0]!;
  if (issue.keyword === 'unrecognized_keys') {
    const keys = (issue.params as { keys: string[] }).keys;
    const known = knownParameters(request);
    return new ApiError('UNKNOWN_PARAMETER', `Unknown query parameter${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}. Known parameters: ${known.join(', ') || 'none'}.`, { parameter: keys[0]!, parameters: keys });
  }
  const where = error.validationContext === 'params' ? 'path parameter' : 'parameter';
  const parameter = issue.instancePath.split('/')[1] ?? '';
  return new ApiError('INVALID_PARAMETER', `Invalid ${where} "${parameter}": ${issue.message}.`, { parameter });
}

/**
 * Maps any error to an ApiError: validation errors name the offending parameter; other
 * client errors keep their status under the matching code (a 413 stays a 413); a client
 * status without a code of its own becomes a 400; everything else is an internal error.
 */
function toApiError(error: FastifyError, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationProblem(error, request);
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return new ApiError(CLIENT_ERRORS[status] ?? 'BAD_REQUEST', error.message);
  return new ApiError('INTERNAL', 'The server failed to answer this request; the failure has been logged.');
}

/**
 * Fastify's `frameworkErrors` option: errors raised before routing (a malformed URL,
 * `FST_ERR_BAD_URL`) are answered as problem+json like every other error.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem = toApiError(error, request);
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed before routing');
  sendProblem(request, reply, problem);
}

/** `/v1/measures/:id` → a regex matching concrete paths, for the 405 check. */
const routePattern = (url: string) => new RegExp(`^${url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}/?$`);

/**
 * Whether an `If-None-Match` header matches `etag` (weak comparison, RFC 9110 §13.1.2).
 * `*` matches any current representation: call this only for one that exists.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * Media types worth compressing: text, JSON (problems, JSON-LD), XML (SVG) and NDJSON,
 * which the compression plugin's own list (mime-db) leaves out, so exports went uncompressed.
 */
const COMPRESSIBLE_TYPES = /^text\/(?!event-stream)|[+/](?:json|xml|x-ndjson)(?:;|$)/;

/** Sends a cached body, already compressed when the client accepts a coding the cache holds (compression skips encoded replies). */
function sendCached(request: FastifyRequest, reply: FastifyReply, hit: CachedResponse): FastifyReply {
  reply.headers(hit.headers);
  const coding = hit.encoded && acceptedCoding(request.headers['accept-encoding']);
  if (coding && hit.encoded?.[coding]) return reply.header('content-encoding', coding).send(hit.encoded[coding]);
  return reply.send(hit.body);
}

/** Turns a reply about to send a 200 into a 304, releasing a streamed body unread. */
function notModified(reply: FastifyReply, payload: unknown): string {
  if (payload instanceof Readable) payload.destroy();
  reply.code(304);
  return '';
}

export default fp(
  async (app) => {
    const { version, builtAt } = datasetVersion(app.db);
    const servingCode = servingCodeDigest();
    const cache = new ResponseCache();
    const routes: Array<{ pattern: RegExp; methods: string[]; wildcard: boolean }> = [];

    app.decorateRequest('representation', '');

    // CORS first: its hook must run before a cached response short-circuits the request.
    await app.register(cors, CORS);

    app.addHook('onRoute', (route) => {
      const methods = ([] as string[]).concat(route.method);
      routes.push({ pattern: routePattern(route.url), methods, wildcard: route.url === '*' || route.url === '/*' });
    });

    /**
     * Validator and caching headers of a representation. The same URL, representation, data
     * and code give the same bytes on every replica built alike: the build time is in the
     * seed because /v1 and /catalog bodies carry it, the code digest because a new release
     * may shape the same data differently.
     */
    const validators = (origin: string, url: string, representation: string) => ({
      etag: `W/"${createHash('sha1').update(`${version}\n${builtAt}\n${servingCode}\n${origin}\n${url}\n${representation}`).digest('base64url')}"`,
      'cache-control': `public, max-age=${MAX_AGE}`,
      vary: 'Accept, Accept-Encoding',
    });

    app.addHook('onRequest', async (request, reply) => {
      const { produces, cacheable } = request.routeOptions.config;
      if (produces === undefined) return;
      const chosen = negotiate(request.headers.accept, produces);
      if (chosen === undefined) {
        throw new ApiError('NOT_ACCEPTABLE', `This resource is available as ${produces.join(', ')}; the Accept header "${request.headers.accept}" allows none of them.`, { available: produces });
      }
      request.representation = chosen;
      const origin = app.originOf(request);
      // A hit carries its validators: the hot path computes no digest.
      const hit = cacheable === false ? undefined : cache.get(`${origin} ${request.url} ${chosen}`);
      if (hit === undefined) return void reply.headers(validators(origin, request.url, chosen));
      // A cached body is a valid 200 of this URL: only now may If-None-Match (even `*`) give a 304.
      if (hit.validators?.etag && matchesEtag(request.headers['if-none-match'], hit.validators.etag)) return reply.headers(hit.validators).code(304).send();
      return sendCached(request, reply, hit);
    });

    // Before the cache keeps a body: JSON of any kind (application/json, ld+json, problem+json) leaves as ASCII.
    app.addHook('onSend', async (_request, reply, payload) => (typeof payload === 'string' && JSON_MEDIA_TYPE.test(String(reply.getHeader('content-type'))) ? asciiJson(payload) : payload));

    // Runs for validated requests whose resource exists (status 200), so If-None-Match is
    // evaluated only against a current representation (RFC 9110 §13.1.2).
    app.addHook('onSend', async (request, reply, payload) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
      const { produces, cacheable } = request.routeOptions.config;
      if (produces === undefined || !reply.hasHeader('etag')) return payload;
      if (request.method === 'GET' && cacheable !== false && typeof payload === 'string') {
        const pick = (names: string[]) => Object.fromEntries(names.filter((h) => reply.hasHeader(h)).map((h) => [h, String(reply.getHeader(h))]));
        const body = Buffer.from(payload);
        cache.set(`${app.originOf(request)} ${request.url} ${request.representation}`, { body, headers: pick([...VALIDATOR_HEADERS, ...CACHED_HEADERS]), validators: pick(VALIDATOR_HEADERS), encoded: compressedVariants(body) });
      }
      return matchesEtag(request.headers['if-none-match'], String(reply.getHeader('etag'))) ? notModified(reply, payload) : payload;
    });

    // Registered after the caching hook so bodies are cached uncompressed.
    await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024, customTypes: COMPRESSIBLE_TYPES });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      const problem = toApiError(error, request);
      if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
      reply.removeHeader('etag').removeHeader('link');
      return sendProblem(request, reply, problem);
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0]!;
      const allowed = [...new Set(routes.filter((r) => !r.wildcard && r.pattern.test(path)).flatMap((r) => r.methods))];
      if (allowed.length === 0) return sendProblem(request, reply, new ApiError('NOT_FOUND', `There is no resource at ${path}.`));
      if (allowed.includes('GET') && !allowed.includes('OPTIONS')) allowed.push('OPTIONS');
      reply.header('allow', allowed.join(', '));
      return sendProblem(request, reply, new ApiError('METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}.`, { allowed }));
    });
  },
  { name: 'http', dependencies: ['database', 'origin'] },
);
