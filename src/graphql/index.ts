/**
 * The GraphQL API at /graphql (GET and POST) with a query page at /graphiql: Mercurius over
 * the committed SDL and the same query layer as REST. Registered without
 * fastify-plugin, so Mercurius' error handler and the hooks below apply to its routes
 * only; CORS (opened to cross-origin POST here) and compression come from the global
 * http plugin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { buildSchema, GraphQLError, Kind, Location, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import mercurius, { type IResolvers } from 'mercurius';
import { packageRoot } from '../paths.js';
import { allowCrossOriginPost } from '../plugins/cross-origin.js';
import { Batcher } from './batch.js';
import { cacheResponses } from './cache.js';
import { contractViolations } from './contract.js';
import explorer from './explorer.js';
import { formatErrors, responseType } from './errors.js';
import { checkLimits } from './limits.js';
import { resolvers } from './resolvers.js';
import type { ApiContext } from './types.js';

/** The committed SDL: the schema is written by hand, with descriptions, and served as is. */
export const sdlPath = join(packageRoot, 'schema', 'schema.graphql');

export const GRAPHQL_PATH = '/graphql';

/**
 * Parser token budget. GraphiQL's introspection query has under 200 tokens; the budget
 * bounds the work of validation, some of whose specified rules are quadratic.
 */
const MAX_TOKENS = 2000;

/** Plugin options: only the benchmark sets them. */
export interface GraphqlOptions {
  /**
   * Executions of a query after which Mercurius compiles it with graphql-jit; 0 never.
   * Default 1, i.e. from the second execution on: faster in `bench/graphql.ts`.
   */
  jit?: number;
  /** Whether to keep error-free responses (default true); off with the REST cache (`RESPONSE_CACHE=off`). */
  cache?: boolean;
  /** Bytes each document cache may hold ({@link PARSE_CACHE_BYTES}); tests set a small budget to fill it. */
  parseCacheBytes?: number;
}

/**
 * Bytes each of Mercurius' two document caches may hold, keys included: one keeps valid
 * documents (parsed, validated, later compiled by graphql-jit), the other refused ones
 * with their validation errors, both keyed by the query text.
 */
export const PARSE_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The most one cached document holds: its key (the query, up to {@link BODY_LIMIT} bytes of
 * text and comments) and its syntax tree and validation errors (up to MAX_TOKENS tokens,
 * each with its location; graphql-js stops at 100 errors). Measured at 1.8 MB for 2,000
 * tokens of unknown fields, which a 64 KiB body holds (test/graphql/parse-cache.test.ts).
 */
export const MAX_CACHED_DOCUMENT_BYTES = 2 * 1024 * 1024;

/**
 * Mercurius bounds its caches by entries only (1,024 by default: up to 1.8 GB of refused
 * documents, which one client can send in a minute). So many entries of the largest size
 * fit the byte budget; small documents then use less.
 */
export const parseCacheEntries = (bytes: number) => Math.max(1, Math.floor(bytes / MAX_CACHED_DOCUMENT_BYTES));

/**
 * Request body limit of /graphql. The largest query the token budget admits is a few
 * kilobytes, so this leaves ample room for variables while bounding what one request
 * makes the server parse, hash and hold.
 */
export const BODY_LIMIT = 64 * 1024;

/** Documents refused before validation (limits, unparsed documents); the error formatter unwraps `errors`. */
class DocumentRefused extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: readonly GraphQLError[]) {
    super('The query was refused before validation');
  }
}

/**
 * Whether graphql-js' parser produced `document`: only the parser attaches `Location`
 * instances. Mercurius falls back to `JSON.parse` when a query is not GraphQL, which would
 * take a JSON-encoded syntax tree — or any JSON value — for a document, past the parser's
 * token budget.
 */
const isParsed = (document: DocumentNode | null): boolean => document?.loc instanceof Location;

const notGraphql = () => new GraphQLError('Syntax Error: the query is not a GraphQL document.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });

/** A malformed GraphQL-over-HTTP request: a 400 with the BAD_REQUEST code. */
class MalformedRequest extends Error {
  readonly statusCode = 400;
}

/** GET query texts whose operations are kept (a GET's query fits in the URL, under Node's 16 KB header limit: a few MB in all). */
const MAX_KNOWN_QUERIES = 256;

/** The operation names of query texts seen in GET requests (null for an anonymous operation; null in place of the list when the text does not parse). */
const knownOperations = new Map<string, ReadonlyArray<string | null> | null>();

/**
 * The names of the operations of `query` (null for an anonymous one), or null when it does
 * not parse. Each text is parsed once: Mercurius parses and keeps the document itself but
 * looks it up only after the operation choice below is needed, so without this every GET
 * request parsed its document twice.
 */
export function operationsOf(query: string): ReadonlyArray<string | null> | null {
  const known = knownOperations.get(query);
  if (known !== undefined) return known;
  let operations: ReadonlyArray<string | null> | null;
  try {
    operations = parse(query, { maxTokens: MAX_TOKENS }).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? null] : []));
  } catch {
    operations = null;
  }
  if (knownOperations.size >= MAX_KNOWN_QUERIES) knownOperations.delete(knownOperations.keys().next().value!);
  knownOperations.set(query, operations);
  return operations;
}

/**
 * What is wrong with the operation choice of a GraphQL GET request that Mercurius would
 * fail on with a 500 (it reads the chosen operation's kind before validating the choice):
 * an `operationName` that is not a string, a name no operation has, or several operations
 * and no name (as graphql-js' `getOperationAST` chooses). Undefined when the choice is fine or
 * when Mercurius refuses the request itself (a query that does not parse). Variables are
 * checked by the hook below.
 */
export function operationProblem(method: string, params: { query?: unknown; operationName?: unknown } | null | undefined): string | undefined {
  if (method === 'POST' || typeof params !== 'object' || params === null) return undefined;
  const { query, operationName } = params;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return '"operationName" must be a string.';
  if (typeof query !== 'string') return undefined;
  const operations = operationsOf(query);
  if (operations === null) return undefined;
  const name = operationName as string | null | undefined;
  if (name === undefined || name === null ? operations.length === 1 : operations.includes(name)) return undefined;
  return typeof name === 'string' && name !== '' ? `The document has no operation named "${name}".` : 'The document has several operations: "operationName" must name one.';
}

/**
 * The schema served, built from the committed SDL without checking the SDL document's rules
 * again (graphql-js' `assertValidSDL`: unique names, known types and directives), about half
 * of building the schema (3–4 % of the server's start): the tests build the committed file with them (test/graphql/schema.test.ts),
 * and Mercurius still validates the built schema when the app is ready.
 */
export const servedSchema = (sdl: string): GraphQLSchema => buildSchema(sdl, { assumeValidSDL: true });

/** Fails startup when the SDL and the resolvers or records disagree. */
function assertContract(app: FastifyInstance): void {
  const violations = contractViolations(app.graphql.schema, resolvers);
  if (violations.length > 0) throw new Error(`schema/schema.graphql and src/graphql disagree:\n${violations.join('\n')}`);
}

const graphql: FastifyPluginAsync<GraphqlOptions> = async (app, { jit = 1, cache = true, parseCacheBytes = PARSE_CACHE_BYTES }) => {
  // The app compiles zod route schemas; Mercurius declares JSON Schemas. Validate them
  // with Fastify's own default compiler, without type coercion so that `"query": 0` is a
  // 400 rather than the document "0"; serialise with JSON.stringify, since Mercurius'
  // response schema would turn the numeric list indices of error paths into strings.
  app.setValidatorCompiler(AjvCompiler()({}, { customOptions: { coerceTypes: false, validateSchema: false }, plugins: [] }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(mercurius, {
    schema: servedSchema(readFileSync(sdlPath, 'utf8')),
    resolvers: resolvers as unknown as IResolvers,
    path: GRAPHQL_PATH,
    // Mercurius' GraphiQL loads React and GraphiQL from a public CDN: blank offline and under a CSP.
    graphiql: false,
    additionalRouteOptions: { bodyLimit: BODY_LIMIT },
    allowBatchedQueries: false,
    cache: parseCacheEntries(parseCacheBytes),
    jit,
    graphql: { parseOptions: { maxTokens: MAX_TOKENS } },
    errorFormatter: formatErrors,
    context: (request): ApiContext => ({ db: app.db, origin: app.originOf(request), batch: new Batcher(app.db) }),
  });
  assertContract(app);
  await app.register(explorer);
  allowCrossOriginPost(app, GRAPHQL_PATH);

  // Limits run before the specified validation rules, whose overlap check is quadratic.
  app.graphql.addHook('preValidation', async (schema, document) => {
    if (!isParsed(document)) throw new DocumentRefused([notGraphql()]);
    const errors = checkLimits(schema, document);
    if (errors.length > 0) throw new DocumentRefused(errors);
  });

  // Before the response cache: a malformed request is refused, never looked up.
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.url !== GRAPHQL_PATH) return;
    const problem = operationProblem(request.method, request.query as Parameters<typeof operationProblem>[1]);
    if (problem !== undefined) throw new MalformedRequest(problem);
  });

  // Mercurius' body schema rejects `"extensions": null`, which the GraphQL-over-HTTP
  // spec requires servers to accept like an absent entry.
  app.addHook('preValidation', async (request) => {
    const body = request.body as { extensions?: unknown } | null;
    if (request.routeOptions.url === GRAPHQL_PATH && typeof body === 'object' && body !== null && body.extensions === null) delete body.extensions;
  });

  // A GET's (and HEAD's) `variables` must be a JSON object (or null); Mercurius passed an empty one (what the
  // query page's form sends without JavaScript) or a JSON scalar on to graphql-js, whose
  // assertion then failed the request with a 500.
  app.addHook('preValidation', async (request) => {
    const query = request.query as { variables?: unknown } | null;
    if (request.routeOptions.url !== GRAPHQL_PATH || (request.method !== 'GET' && request.method !== 'HEAD') || typeof query?.variables !== 'string') return;
    if (query.variables.trim() === '') {
      delete query.variables;
      return;
    }
    let variables: unknown;
    try {
      variables = JSON.parse(query.variables);
    } catch {
      return; // Mercurius answers unparsable JSON with a 400 itself.
    }
    if (variables === null) delete query.variables; // like an absent entry, as for POST
    else if (typeof variables !== 'object' || Array.isArray(variables)) {
      throw Object.assign(new Error('"variables" must be a JSON object.'), { statusCode: 400 });
    }
  });

  if (cache) cacheResponses(app, GRAPHQL_PATH);

  // The spec's media type when the client asks for it; legacy JSON otherwise (cached bodies included).
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url === GRAPHQL_PATH && request.method !== 'OPTIONS') reply.type(`${responseType(request)}; charset=utf-8`);
    return payload;
  });
};

export default graphql;
