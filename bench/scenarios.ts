/**
 * The routes the bench measures, shared by `bench/run.ts` (all scenarios against one
 * server) and `bench/graphql.ts` (the GraphQL scenario under different Mercurius settings).
 */

/** The nested GraphQL query: programmes → measures → figures, actors, places (about 40 measures). */
export const NESTED_QUERY = `{
  programmes(first: 5) { nodes { id title
    measures(first: 10) { nodes { id text statementKind
      figures(first: 5) { nodes { id value unit quote } }
      actors(first: 5) { edges { role node { id name } } }
      locations(first: 5) { edges { via node { id name } } }
    } }
  } }
}`;

/** As a GET URL, so autocannon needs nothing but the URL. */
export const nestedGraphqlPath = `/graphql?query=${encodeURIComponent(NESTED_QUERY)}`;

/** A static JSON route for the baseline, mounted only on the bench's server. */
export const STATIC_PATH = '/bench/static';

export interface Scenario {
  name: string;
  path: string;
  /** Minimum ratio to the static route that the issue sets as the target. */
  target: number;
  /** Request headers, e.g. the Accept-Encoding every browser and HTTP library sends. */
  headers?: Record<string, string>;
}

export const scenarios: Scenario[] = [
  { name: 'GET /v1/measures?location=gent', path: '/v1/measures?location=gent', target: 0.5 },
  { name: '  … with Accept-Encoding: br, gzip', path: '/v1/measures?location=gent', target: 0.5, headers: { 'accept-encoding': 'br, gzip' } },
  { name: 'GET /v1/figures?unit=personeelsleden', path: '/v1/figures?unit=personeelsleden', target: 0.5 },
  { name: 'GET /v1/search?q=camera', path: '/v1/search?q=camera', target: 0.3 },
  { name: 'GraphQL nested (programmes → measures → …)', path: nestedGraphqlPath, target: 0.2 },
];
