/**
 * Attack generators shared by the fuzz test (a short budget in `npm test`) and
 * `bench/fuzz.ts` (the long run): REST operations read from the served /openapi.json
 * (every operation, every parameter, plus routes outside the contract), GraphQL
 * operations from the committed SDL (every root field, with hostile arguments and
 * variables), hostile headers and methods. `verdict` says what is wrong with an answer:
 * a 5xx, a REST 4xx that is not problem+json, a GraphQL 4xx without coded errors, or an
 * answer slower than the latency bound.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLObjectType } from 'graphql';
import { sdlPath } from '../../src/graphql/index.js';

export interface Attack {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

export interface Operation {
  name: string;
  kind: 'rest' | 'graphql';
  attack: fc.Arbitrary<Attack>;
}

/** Strings that have broken servers: injections, traversal, control and odd Unicode, huge, numeric edge cases, prototype keys. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("' OR 1=1 --", '"; DROP TABLE measures; --', '../../../../etc/passwd', '%00', '\u0000', '\uffff', '\ud800', '🙂', 'é', '__proto__', 'constructor', 'toString', '$&', '*', '%', '_', '-', ',', ',,,', 'null', 'undefined', 'NaN', 'Infinity', '-1', '0', '1e308', '9'.repeat(40), '0x10', 'true', '[]', '{}', '<script>alert(1)</script>', 'a\r\nX-Injected: 1', ' ', 'NEAR(', '"unterminated', 'a OR b', 'title:x', '1970-13-45', '9999-99', 'theme,theme,theme'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ minLength: 500, maxLength: 5000 }),
  fc.integer().map(String),
  fc.double().map(String),
);

const METHODS = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'];

/** Headers a client controls, valid and hostile. */
const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    accept: fc.oneof(fc.constantFrom('*/*', 'application/json', 'text/csv', 'application/x-ndjson', 'application/ld+json', 'text/html', 'image/svg+xml', 'application/vnd.sqlite3', 'text/plain', 'application/json;q=0', '*/*;q=abc', 'a/b/c', ',,,'), fc.string({ maxLength: 60 })),
    'accept-encoding': fc.constantFrom('gzip', 'br', 'identity', '*', 'gzip;q=0, br;q=0', 'deflate', 'x'),
    'if-none-match': fc.oneof(fc.constantFrom('*', 'W/"x"', '"x", W/"y"'), fc.string({ maxLength: 40 })),
    range: fc.constantFrom('bytes=0-10', 'bytes=999999999-', 'bytes=-1', 'lines=1-2', 'bytes=5-1'),
    host: fc.oneof(fc.constantFrom('localhost', 'evil.example', 'evil.example:8080', '[::1]:3000', '127.0.0.1:1'), fc.string({ maxLength: 30 })),
    'x-forwarded-host': fc.constantFrom('evil.example', 'localhost', ''),
    'x-forwarded-proto': fc.constantFrom('https', 'gopher', ''),
    'content-type': fc.constantFrom('application/json', 'text/plain', 'application/graphql', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'),
  },
  { requiredKeys: [] },
).map((headers) => Object.fromEntries(Object.entries(headers).filter(([, v]) => /^[\t\x20-\x7e]*$/.test(v))));

/** Percent-encodes the UTF-8 of `text` (a lone surrogate becomes U+FFFD, as any client would send it). */
const enc = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

interface OpenApiParameter {
  in: 'query' | 'path' | 'header';
  name: string;
  schema?: { type?: string; enum?: string[]; pattern?: string };
}

/** A value for a parameter: one the contract allows (an enum member, a known id) or a hostile one. */
function parameterValue(parameter: OpenApiParameter, known: readonly string[]): fc.Arbitrary<string> {
  const valid = parameter.schema?.enum?.length ? fc.constantFrom(...parameter.schema.enum) : known.length ? fc.constantFrom(...known) : fc.constantFrom('1', '10', 'true', '2020', 'gent');
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: hostileString });
}

/** Record ids by collection, so path parameters reach past the 404. */
async function knownIds(app: FastifyInstance, collections: readonly string[]): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  for (const c of collections) {
    const res = await app.inject(`/v1/${c}?limit=5`);
    ids[c] = res.statusCode === 200 ? (res.json().data as Array<{ id: string }>).map((r) => r.id) : [];
  }
  return ids;
}

/** Routes outside the OpenAPI contract, with their path parameters' collections. */
const UNDOCUMENTED = ['/', '/browse/documents/{id}', '/browse/programmes/{id}', '/browse/actors/{id}', '/browse/locations/{id}', '/browse/themes/{id}', '/browse/measures/{id}', '/embed/figures/{id}', '/embed/figures/{id}.svg', '/embed/measures/{id}', '/oembed', '/catalog', '/problems/{code}', '/docs/static/{file}', '/graphiql', '/openapi.json', '/healthz'];

/** One REST operation per path and method of /openapi.json, and one per undocumented route. */
export async function restOperations(app: FastifyInstance): Promise<Operation[]> {
  const contract = (await app.inject('/openapi.json')).json() as { paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> };
  const collections = ['documents', 'programmes', 'measures', 'figures', 'actors', 'locations', 'themes'];
  const ids = await knownIds(app, collections);
  const collectionOf = (path: string) => collections.find((c) => path.includes(`/${c}/{`)) ?? '';
  const entries: Array<[string, string, OpenApiParameter[]]> = Object.entries(contract.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]): [string, string, OpenApiParameter[]] => [path, method.toUpperCase(), op.parameters ?? []]));
  for (const path of UNDOCUMENTED) {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m): OpenApiParameter => ({ in: 'path', name: m[1]! }));
    entries.push([path, 'GET', [...params, { in: 'query', name: 'url' }, { in: 'query', name: 'format' }, { in: 'query', name: 'maxwidth' }]]);
  }
  return entries.map(([path, method, parameters]) => {
    const known = ids[collectionOf(path)] ?? [];
    const pathParams = parameters.filter((p) => p.in === 'path');
    const queryParams = parameters.filter((p) => p.in === 'query');
    const attack = fc
      .record({
        path: fc.tuple(...pathParams.map((p) => parameterValue(p, known))),
        query: fc.subarray(queryParams).chain((chosen) => fc.tuple(...chosen.map((p) => parameterValue(p, known).map((v) => [p.name, v] as const)))),
        extra: fc.array(fc.tuple(fc.oneof(fc.constantFrom('limit', 'cursor', 'facet', 'sort', 'count', '__proto__'), fc.string({ maxLength: 10 })), hostileString), { maxLength: 2 }),
        method: fc.oneof({ weight: 4, arbitrary: fc.constant(method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
        headers: hostileHeaders,
        payload: fc.option(hostileString, { nil: undefined }),
      })
      .map(({ path: values, query, extra, method: m, headers, payload }) => {
        let i = 0;
        const concrete = path.replace(/\{\w+\}/g, () => enc(values[i++] ?? ''));
        const qs = [...query, ...extra].map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
        return { method: m, url: qs ? `${concrete}?${qs}` : concrete, headers, ...(m === 'POST' || m === 'PUT' || m === 'PATCH' ? { payload: payload ?? '' } : {}) };
      });
    return { name: `${method} ${path}`, kind: 'rest' as const, attack };
  });
}

/** A tiny deterministic PRNG (mulberry32), so a generated query is a function of its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pools {
  strings: string[];
  ints: number[];
}

/** A GraphQL literal of `type`, valid or hostile, drawn from the pools. */
function literal(type: GraphQLInputType, rnd: () => number, pools: Pools, depth = 0): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  if (rnd() < 0.05) return 'null';
  if (isNonNullType(type)) return literal(type.ofType, rnd, pools, depth);
  if (isListType(type)) return `[${Array.from({ length: Math.floor(rnd() * 3) }, () => literal(type.ofType, rnd, pools, depth + 1)).join(', ')}]`;
  if (isEnumType(type)) return rnd() < 0.8 ? pick(type.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(type)) return depth > 2 ? '{}' : `{${Object.values(type.getFields()).filter(() => rnd() < 0.5).map((f) => `${f.name}: ${literal(f.type, rnd, pools, depth + 1)}`).join(', ')}}`;
  const name = isScalarType(type) ? type.name : 'String';
  if (name === 'Int' || name === 'Float') return rnd() < 0.85 ? String(pick(pools.ints)) : JSON.stringify(pick(pools.strings));
  if (name === 'Boolean') return rnd() < 0.9 ? pick(['true', 'false']) : '1';
  return rnd() < 0.9 ? JSON.stringify(pick(pools.strings)) : String(pick(pools.ints));
}

/** A selection set on `type`, up to `depth` levels, sometimes asking for too much (limits must refuse it). */
function selection(type: GraphQLObjectType, rnd: () => number, pools: Pools, depth: number): string {
  const fields = Object.values(type.getFields());
  const chosen = fields.filter(() => rnd() < 0.35);
  if (chosen.length === 0) chosen.push(fields[Math.floor(rnd() * fields.length)]!);
  return `{ __typename ${chosen.map((f) => field(f, rnd, pools, depth)).join(' ')} }`;
}

function field(f: GraphQLField<unknown, unknown>, rnd: () => number, pools: Pools, depth: number): string {
  const args = f.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || rnd() < 0.4).map((a) => `${a.name}: ${literal(a.type, rnd, pools)}`);
  const alias = rnd() < 0.1 ? `a${Math.floor(rnd() * 1000)}: ` : '';
  const head = `${alias}${f.name}${args.length ? `(${args.join(', ')})` : ''}`;
  const named = getNamedType(f.type);
  if (!isObjectType(named)) return head;
  if (depth <= 0) return `${head} { __typename }`;
  return `${head} ${selection(named, rnd, pools, depth - 1)}`;
}

/** One GraphQL operation per root Query field: queries rooted there, sent every way the protocol allows and some it does not. */
export function graphqlOperations(): Operation[] {
  const schema = buildSchema(readFileSync(sdlPath, 'utf8'));
  const query = schema.getQueryType()!;
  return Object.values(query.getFields()).map((root) => {
    const attack = fc
      .record({
        seed: fc.integer(),
        strings: fc.array(hostileString, { minLength: 4, maxLength: 4 }),
        ints: fc.array(fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31, -(2 ** 31) - 1)), { minLength: 4, maxLength: 4 }),
        depth: fc.integer({ min: 0, max: 8 }),
        transport: fc.constantFrom('post', 'post', 'get', 'get-variables-string', 'post-garbage', 'post-null', 'head', 'post-batch', 'put'),
        operationName: fc.option(fc.oneof(fc.constant('Q'), fc.string({ maxLength: 8 })), { nil: undefined }),
        variables: fc.option(fc.oneof(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })), fc.jsonValue({ maxDepth: 2 })), { nil: undefined }),
        headers: hostileHeaders,
      })
      .map(({ seed, strings, ints, depth, transport, operationName, variables, headers }): Attack => {
        const rnd = prng(seed);
        const text = `query Q { ${field(root, rnd, { strings, ints }, depth)} }`;
        const body = { query: text, ...(operationName === undefined ? {} : { operationName }), ...(variables === undefined ? {} : { variables }) };
        const json = { ...headers, 'content-type': 'application/json' };
        const qs = (v: unknown) => `/graphql?query=${enc(text)}${operationName === undefined ? '' : `&operationName=${enc(operationName)}`}${v === undefined ? '' : `&variables=${enc(typeof v === 'string' ? v : JSON.stringify(v))}`}`;
        switch (transport) {
          case 'get': return { method: 'GET', url: qs(variables), headers };
          case 'get-variables-string': return { method: 'GET', url: qs(JSON.stringify(JSON.stringify(variables ?? {}))), headers };
          case 'head': return { method: 'HEAD', url: qs(variables), headers };
          case 'post-garbage': return { method: 'POST', url: '/graphql', headers: json, payload: strings[0]! };
          case 'post-null': return { method: 'POST', url: '/graphql', headers: json, payload: 'null' };
          case 'post-batch': return { method: 'POST', url: '/graphql', headers: json, payload: JSON.stringify([body, body]) };
          case 'put': return { method: 'PUT', url: '/graphql', headers: json, payload: JSON.stringify(body) };
          default: return { method: 'POST', url: '/graphql', headers: json, payload: JSON.stringify(body) };
        }
      });
    return { name: `graphql ${root.name}`, kind: 'graphql' as const, attack };
  });
}

const PROBLEM = /^application\/problem\+json/;

/** What is wrong with the answer to `attack`, or undefined when it is acceptable. */
export function verdict(kind: Operation['kind'], attack: Attack, res: { statusCode: number; headers: Record<string, unknown>; body: string }, ms: number, maxMs: number): string | undefined {
  if (res.statusCode >= 500) return `${res.statusCode}: ${res.body.slice(0, 200)}`;
  if (ms > maxMs) return `took ${Math.round(ms)} ms (bound ${maxMs} ms)`;
  if (res.statusCode < 400 || attack.method === 'HEAD') return undefined;
  const type = String(res.headers['content-type'] ?? '');
  const isGraphqlRoute = attack.url.startsWith('/graphql') && !attack.url.startsWith('/graphiql');
  if (kind === 'graphql' && isGraphqlRoute && /json/.test(type)) {
    try {
      const body = JSON.parse(res.body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
      if (PROBLEM.test(type) || (Array.isArray(body.errors) && body.errors.length > 0 && body.errors.every((e) => typeof e.extensions?.code === 'string'))) return undefined;
    } catch {
      return `${res.statusCode} with a body that is not JSON`;
    }
    return `${res.statusCode} without coded errors: ${res.body.slice(0, 200)}`;
  }
  // The browse pages are for people: their 404 is a page of the site, in HTML.
  if (attack.url.startsWith('/browse/') && /^text\/html/.test(type)) return undefined;
  if (!PROBLEM.test(type)) return `${res.statusCode} as ${type || 'no content type'}, not problem+json: ${res.body.slice(0, 120)}`;
  return undefined;
}

/** Sends `attack` to `app`, returning the verdict. */
export async function attackOnce(app: FastifyInstance, kind: Operation['kind'], attack: Attack, maxMs: number): Promise<{ status: number; ms: number; problem?: string }> {
  const started = performance.now();
  const res = await app.inject({ method: attack.method as 'GET', url: attack.url, headers: attack.headers, ...(attack.payload === undefined ? {} : { payload: attack.payload }) });
  const ms = performance.now() - started;
  const problem = verdict(kind, attack, res, ms, maxMs);
  return { status: res.statusCode, ms, ...(problem === undefined ? {} : { problem }) };
}
