/**
 * GraphQL errors in the API's one vocabulary: every error carries the stable code of
 * `src/errors.ts` in `extensions.code` (and the problem type URI the REST API uses), a
 * client-facing message, and never a stack trace or an internal message. HTTP status
 * follows the GraphQL-over-HTTP spec: 200 once execution has started; for invalid
 * documents 400 with `application/graphql-response+json`, 200 with legacy
 * `application/json`; the status of the failure for malformed requests.
 */
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { ApiError, problemTypes, problemTypeUri, type ProblemCode } from '../errors.js';
import { negotiate } from '../plugins/negotiate.js';

/** Media types of GraphQL responses, the default first (also for `*∕*`, as the spec advises). */
export const RESPONSE_TYPES = ['application/json', 'application/graphql-response+json'] as const;

/** The negotiated response media type; an unacceptable Accept falls back to JSON, as the spec allows. */
export const responseType = (request: FastifyRequest) => negotiate(request.headers.accept, RESPONSE_TYPES) ?? RESPONSE_TYPES[0];

/** What went wrong, in API terms; `status` is set for malformed HTTP requests. */
interface Failure {
  code: ProblemCode;
  message: string;
  extra?: Record<string, unknown>;
  status?: number;
}

/** REST parameter names the query layer reports, as the GraphQL arguments they came from. */
const ARGUMENTS: Readonly<Record<string, string>> = { cursor: 'after', limit: 'first' };

const isCode = (code: unknown): code is ProblemCode => typeof code === 'string' && code in problemTypes;

/** Codes of the HTTP layer's failures by status; any other 4xx is a `BAD_REQUEST`. */
const REQUEST_CODES: Readonly<Record<number, ProblemCode>> = { 405: 'METHOD_NOT_ALLOWED', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

/** An error of the HTTP layer (Fastify body parsing, route schema): its status and message are meant for clients. */
function requestFailure(error: Error & { statusCode?: number }, status: number): Failure {
  return { code: REQUEST_CODES[status] ?? 'BAD_REQUEST', message: error.message, status };
}

/**
 * Whether `error` comes from graphql-js' lexer or parser (`syntaxError`), told by its
 * shape rather than its wording: a syntax error is located by offsets in the source
 * (`positions`) because there is no document yet, whereas every later error — of
 * validation, of the limits, of execution — points at nodes of the parsed document.
 */
export const isSyntaxError = (error: GraphQLError): boolean => error.nodes === undefined && error.source !== undefined && error.positions !== undefined;

function classify(error: GraphQLError, log: FastifyBaseLogger): Failure {
  const original = error.originalError as (Error & { statusCode?: number }) | undefined;
  if (original instanceof ApiError) {
    const parameter = original.extra.parameter;
    return { code: original.code, message: original.detail, extra: { ...original.extra, ...(parameter ? { parameter: ARGUMENTS[parameter] ?? parameter } : {}) } };
  }
  if (original === undefined || original instanceof GraphQLError) {
    // Errors of graphql-jit's compiled queries may come without extensions.
    const own = (error.extensions as GraphQLError['extensions'] | undefined)?.code;
    return { code: isCode(own) ? own : isSyntaxError(error) ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED', message: error.message };
  }
  const status = original.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return requestFailure(original, status);
  log.error({ err: original }, 'GraphQL request failed');
  return { code: 'INTERNAL', message: 'The server failed to answer this request; the failure has been logged.' };
}

/**
 * The GraphQL errors of a result. Mercurius wraps document and request errors in one
 * error whose `errors` holds the real ones; those that are not GraphQL errors take the
 * wrapper's status.
 */
function unwrap(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((error) => {
    const wrapper = error.originalError as (Error & { errors?: unknown; statusCode?: number }) | undefined;
    if (!Array.isArray(wrapper?.errors)) return [error];
    return (wrapper.errors as Array<Error & { statusCode?: number }>).map((inner) => {
      if (inner instanceof GraphQLError) return inner;
      inner.statusCode ??= wrapper.statusCode;
      return new GraphQLError(inner.message, { originalError: inner });
    });
  });
}

const format = (error: GraphQLError, failure: Failure): GraphQLFormattedError => ({
  message: failure.message,
  ...(error.locations ? { locations: error.locations } : {}),
  ...(error.path ? { path: error.path } : {}),
  extensions: { code: failure.code, type: problemTypeUri(failure.code), ...failure.extra },
});

/** HTTP status of a response with these failures. */
function statusOf(executed: boolean, failures: Failure[], request: FastifyRequest): number {
  if (executed) return 200;
  const malformed = failures.find((f) => f.status !== undefined);
  if (malformed) return malformed.status!;
  if (failures.some((f) => f.code === 'INTERNAL')) return 500;
  return responseType(request) === 'application/json' ? 200 : 400;
}

/**
 * Mercurius `errorFormatter`. A result that was never executed has no `data` entry
 * (spec), and every error has an `extensions` object (never null).
 */
export function formatErrors(execution: ExecutionResult & { errors: readonly GraphQLError[] }, context: MercuriusContext) {
  const { request } = context.reply;
  const errors = unwrap(execution.errors);
  const failures = errors.map((e) => classify(e, request.log));
  const executed = execution.data !== undefined;
  return {
    statusCode: statusOf(executed, failures, request),
    response: { ...(executed ? { data: execution.data } : {}), errors: errors.map((e, i) => format(e, failures[i]!)) },
  };
}
