import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import graphql from './graphql/index.js';
import asciiJson from './plugins/ascii-json.js';
import compression from './plugins/compression.js';
import crossOrigin from './plugins/cross-origin.js';
import database from './plugins/database.js';
import errors, { clientErrorHandler, frameworkErrorHandler } from './plugins/errors.js';
import loadShedding from './plugins/load-shedding.js';
import negotiation from './plugins/negotiation.js';
import origin from './plugins/origin.js';
import rateLimit from './plugins/rate-limit.js';
import responseCache from './plugins/response-cache.js';
import securityHeaders from './plugins/security-headers.js';
import { responseSerializerCompiler } from './plugins/serializer.js';
import validators from './plugins/validators.js';
import publish from './publish/index.js';
import openapi from './rest/openapi.js';
import rest from './rest/index.js';
import type { QueryBounds } from './queries/bounds.js';

export interface AppOptions {
  dbPath: string;
  /** Public origin for absolute URLs ("https://api.example.org"); without it, allowed request hosts name their own. */
  publicUrl?: string | undefined;
  /** Host names whose requests may name their own origin when `publicUrl` is unset (default: localhost, 127.0.0.1, [::1]). */
  allowedHosts?: readonly string[] | undefined;
  /** Fastify's `trustProxy`: the proxies whose X-Forwarded-* headers count (default: none). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /**
   * Requests per minute per client, or false for none. Off unless given: `server.ts`,
   * which faces clients, turns it on by default; tests and benchmarks that call
   * `buildApp` send many requests from one address on purpose.
   */
  rateLimit?: number | false;
  /** Event-loop delay (ms) above which requests are shed with a 503; false (the default here) for never. */
  maxEventLoopDelay?: number | false;
  /** False to compute every REST and GraphQL response (`RESPONSE_CACHE=off`); default true. */
  responseCache?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** Limits of counts, facets and sorts per request (src/queries/bounds.ts); tests lower them. */
  queryBounds?: Partial<QueryBounds> | undefined;
}

/**
 * Limits of the HTTP server itself, so that slow or idle clients are cut off without
 * hurting others: headers within 5 s, the whole request within 10 s (checked every second), idle sockets
 * closed after 10 s, keep-alive 5 s, headers up to 16 KiB (431 beyond), bodies up to
 * 1 MiB (413 beyond; /graphql has its own lower limit).
 */
export const SERVER_LIMITS = {
  connectionTimeout: 10_000,
  requestTimeout: 10_000,
  keepAliveTimeout: 5_000,
  bodyLimit: 1024 * 1024,
  // A plugin's start (mercurius compiling the schema, the database's statements) may take longer
  // than Fastify's 10 s default on a loaded two-core machine: session 14's CI failed one app's
  // start at 10 s with the suites beside it. A hang guard, not a budget.
  pluginTimeout: 60_000,
  // The timeouts again as options of Node's server: set afterwards, as Fastify does,
  // headersTimeout keeps its 60 s default, above requestTimeout, and neither is enforced.
  http: { maxHeaderSize: 16 * 1024, connectionsCheckingInterval: 1_000, requestTimeout: 10_000, headersTimeout: 5_000 },
};

type HttpOptions = Pick<AppOptions, 'publicUrl' | 'allowedHosts' | 'rateLimit' | 'maxEventLoopDelay' | 'responseCache'>;

/**
 * Registers the HTTP semantics every surface shares, one plugin per concern, in the order
 * their hooks must run (each names those it needs before it, so a wrong order fails at
 * startup): problems; security headers, load shedding and the rate limit before any work;
 * then origin, CORS, negotiation, ASCII JSON, response cache, validators, compression.
 * The database plugin must be registered first.
 */
export async function registerHttp(app: FastifyInstance, { publicUrl, allowedHosts, rateLimit: maxPerMinute = false, maxEventLoopDelay = false, responseCache: cacheResponses = true }: HttpOptions): Promise<void> {
  await app.register(errors);
  await app.register(securityHeaders);
  if (maxEventLoopDelay !== false) await app.register(loadShedding, { maxEventLoopDelay });
  if (maxPerMinute !== false) await app.register(rateLimit, { max: maxPerMinute });
  await app.register(origin, { publicUrl, allowedHosts });
  await app.register(crossOrigin);
  await app.register(negotiation);
  await app.register(asciiJson);
  await app.register(responseCache, { enabled: cacheResponses });
  await app.register(validators);
  await app.register(compression);
}

/**
 * Builds the whole application without listening: tests call this and use
 * `app.inject()`, `server.ts` calls it and listens. Every plugin is registered here or
 * in {@link registerHttp}, explicitly, in dependency order.
 */
export async function buildApp({ dbPath, publicUrl, allowedHosts, trustProxy = false, rateLimit: maxPerMinute = false, maxEventLoopDelay = false, responseCache: cacheResponses = true, logger = false, queryBounds }: AppOptions): Promise<FastifyInstance> {
  // frameworkErrors and clientErrorHandler: a malformed URL or request is answered as problem+json too.
  const app = Fastify({
    ...SERVER_LIMITS,
    logger,
    trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Zod's output, byte for byte, without zod's work on the hot path (src/plugins/serializer.ts).
  app.setSerializerCompiler(responseSerializerCompiler);
  await app.register(database, { dbPath, queryBounds });
  await registerHttp(app, { publicUrl, allowedHosts, rateLimit: maxPerMinute, maxEventLoopDelay, responseCache: cacheResponses });
  // The contract first, at the root, so it sees the routes of REST and publishing.
  await app.register(openapi);
  await app.register(rest);
  await app.register(graphql, { cache: cacheResponses });
  await app.register(publish);
  return app;
}
