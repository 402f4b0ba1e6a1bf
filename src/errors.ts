/**
 * Every error the API can return, in one place. REST sends them as RFC 9457
 * `application/problem+json` with `type` = `/problems/{code}`; GraphQL puts the same
 * code in `extensions.code`. Codes are stable: clients may branch on them.
 */
export const problemTypes = {
  BAD_REQUEST: { status: 400, title: 'Bad request' },
  UNKNOWN_PARAMETER: { status: 400, title: 'Unknown query parameter' },
  INVALID_PARAMETER: { status: 400, title: 'Invalid parameter value' },
  INVALID_CURSOR: { status: 400, title: 'Malformed pagination cursor' },
  INVALID_SEARCH: { status: 400, title: 'Invalid search query' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, title: 'Not acceptable' },
  REQUEST_TIMEOUT: { status: 408, title: 'Request not received in time' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Request body too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported request media type' },
  RANGE_NOT_SATISFIABLE: { status: 416, title: 'Range not satisfiable' },
  TOO_MANY_REQUESTS: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Request headers too large' },
  UNSUPPORTED_FORMAT: { status: 501, title: 'Format not implemented' },
  QUERY_TOO_DEEP: { status: 400, title: 'GraphQL query too deep' },
  QUERY_TOO_COSTLY: { status: 400, title: 'GraphQL query too costly' },
  QUERY_TOO_BROAD: { status: 422, title: 'List too broad to sort' },
  TOO_MANY_ALIASES: { status: 400, title: 'Too many aliases' },
  TOO_MANY_REPEATS: { status: 400, title: 'Field or fragment repeated too often' },
  GRAPHQL_PARSE_FAILED: { status: 400, title: 'GraphQL query not parseable' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, title: 'GraphQL query invalid' },
  INTERNAL: { status: 500, title: 'Internal error' },
  OVERLOADED: { status: 503, title: 'Server overloaded' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemTypes;

/** `UNKNOWN_PARAMETER` → `/problems/unknown-parameter` */
export const problemTypeUri = (code: ProblemCode) => `/problems/${code.toLowerCase().replace(/_/g, '-')}`;

/** An error meant for the client: a stable code, a specific detail, and the offending parameter when there is one. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: { parameter?: string; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'ApiError';
    this.status = problemTypes[code].status;
  }
}

/** The RFC 9457 body for an error. */
export function problemBody(error: ApiError, instance: string) {
  return {
    type: problemTypeUri(error.code),
    title: problemTypes[error.code].title,
    status: error.status,
    detail: error.detail,
    instance,
    code: error.code,
    ...error.extra,
  };
}

/** A collection name in the singular: "figures" → "figure"; "series" stays "series". */
export const singular = (collection: string) => (collection === 'series' ? collection : collection.replace(/s$/, ''));

/**
 * The not-found problem for a record: `collection` is the plural collection name
 * ("figures"), named in the singular in the detail; the offending parameter is `id`.
 */
export function notFound(collection: string, id: string): ApiError {
  return new ApiError('NOT_FOUND', `There is no ${singular(collection)} with id "${id}".`, { parameter: 'id' });
}
