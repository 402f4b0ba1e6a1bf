/**
 * The one place failures become RFC 9457 problem+json: the error handler, the 404/405
 * handler, errors raised before routing (`frameworkErrors`) and errors of the HTTP parser
 * (`clientErrorHandler`: oversized headers, malformed request lines, timeouts). No body
 * carries a stack trace or an internal message; only unexpected failures are logged as errors.
 */
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, problemBody, problemTypes, type ProblemCode } from '../errors.js';
import { asciiJson } from '../text/ascii-json.js';

export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** The body of a problem, ASCII: problems raised before routing skip the onSend hooks that make JSON ASCII. */
export const problemJson = (error: ApiError, instance: string) => asciiJson(JSON.stringify(problemBody(error, instance)));

/** RFC 9457 problem response for `error`. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: ApiError): FastifyReply {
  // nosniff here too: problems raised before routing get no onRequest hooks (security headers).
  return reply.code(error.status).type(PROBLEM_TYPE).header('cache-control', 'no-store').header('x-content-type-options', 'nosniff').send(problemJson(error, request.url));
}

/** Query parameters a route accepts, from its zod querystring schema. */
function knownParameters(request: FastifyRequest): string[] {
  const schema = request.routeOptions.schema?.querystring;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** The generic code of each status: the registry lists it first (BAD_REQUEST before INVALID_PARAMETER). */
const CODES_BY_STATUS: ReadonlyMap<number, ProblemCode> = new Map(
  (Object.keys(problemTypes) as ProblemCode[]).reverse().map((code) => [problemTypes[code].status, code]),
);

/** The code of a client error with this status; a status without a code of its own is a 400. */
export const clientErrorCode = (status: number): ProblemCode => CODES_BY_STATUS.get(status) ?? 'BAD_REQUEST';

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

const internal = () => new ApiError('INTERNAL', 'The server failed to answer this request; the failure has been logged.');

/**
 * Maps any error to an ApiError: validation errors name the offending parameter; other
 * client errors keep their status under the matching code; everything else is an internal error.
 */
function toApiError(error: FastifyError, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationProblem(error, request);
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return new ApiError(clientErrorCode(status), error.message);
  return internal();
}

/** Logs a failure as an error only when it is unexpected: intended statuses (501, 503, 4xx) are answers, not failures. */
function logFailure(request: FastifyRequest, error: FastifyError, problem: ApiError, message: string): void {
  if (problem.code === 'INTERNAL') request.log.error({ err: error }, message);
}

/**
 * Fastify's `frameworkErrors` option: errors raised before routing (a malformed URL,
 * `FST_ERR_BAD_URL`) are answered as problem+json like every other error.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem = toApiError(error, request);
  logFailure(request, error, problem, 'request failed before routing');
  sendProblem(request, reply, problem);
}

/** Problems of the HTTP parser, by Node's error code; anything else it rejects is a 400. */
const PARSER_PROBLEMS: Readonly<Record<string, () => ApiError>> = {
  HPE_HEADER_OVERFLOW: () => new ApiError('HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts.'),
  ERR_HTTP_REQUEST_TIMEOUT: () => new ApiError('REQUEST_TIMEOUT', 'The request was not received in time.'),
};

/**
 * Fastify's `clientErrorHandler`: the HTTP parser's rejections (431 for oversized
 * headers, 408 for a request not received in time, 400 for anything malformed) as
 * problem+json written straight to the socket, since no request object exists yet.
 * Resets and closed sockets get nothing: there is no one to answer.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem = PARSER_PROBLEMS[error.code ?? '']?.() ?? new ApiError('BAD_REQUEST', 'The request is not valid HTTP.');
  const body = problemJson(problem, '');
  const response =
    `HTTP/1.1 ${problem.status} ${problemTypes[problem.code].title}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`;
  // Closed for good once written: a client still sending (a slow body) must not keep it.
  socket.end(response, () => socket.destroy());
}

/** `/v1/measures/:id` → a regex matching concrete paths, for the 405 check. */
const routePattern = (url: string) => new RegExp(`^${url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}/?$`);

export default fp(
  async (app) => {
    const routes: Array<{ pattern: RegExp; methods: string[]; wildcard: boolean }> = [];
    app.addHook('onRoute', (route) => {
      const methods = ([] as string[]).concat(route.method);
      routes.push({ pattern: routePattern(route.url), methods, wildcard: route.url === '*' || route.url === '/*' });
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      const problem = toApiError(error, request);
      logFailure(request, error, problem, 'request failed');
      reply.removeHeader('etag').removeHeader('link').removeHeader('content-disposition').removeHeader('content-length');
      return sendProblem(request, reply, problem);
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0]!;
      const allowed = [...new Set(routes.filter((r) => !r.wildcard && r.pattern.test(path)).flatMap((r) => r.methods))];
      // A route of this method that calls for the 404 itself (a missing static file) found nothing: no 405.
      if (allowed.length === 0 || allowed.includes(request.method)) return sendProblem(request, reply, new ApiError('NOT_FOUND', `There is no resource at ${path}.`));
      if (allowed.includes('GET') && !allowed.includes('OPTIONS')) allowed.push('OPTIONS');
      reply.header('allow', allowed.join(', '));
      return sendProblem(request, reply, new ApiError('METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}.`, { allowed }));
    });
  },
  { name: 'errors' },
);
