/**
 * The compiled response serializer (src/plugins/serializer.ts) writes the same JSON text
 * as fastify-type-provider-zod's serializer (`z.safeEncode`, then `JSON.stringify`) and
 * fails the same way: on hand-made schemas of every kind, on random values against the
 * record schemas, and on every response of the API over the fixture database.
 */
import fc from 'fast-check';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import t from 'tap';
import { z } from 'zod';
import { responseSerializerCompiler } from '../../src/plugins/serializer.js';
import { actorSchema, documentSchema, figureSchema, locationSchema, measureSchema, mentionSchema, programmeSchema, seriesSchema, themeSchema } from '../../src/queries/shapes.js';
import { pageSchema } from '../../src/rest/schemas.js';
import { freshFixtureApp } from '../helpers/fixture-db.js';

type Route = Parameters<typeof serializerCompiler>[0];
const routeOf = (schema: unknown): Route => ({ schema, method: 'GET', url: '/test', httpStatus: '200' }) as Route;

/** The library's outcome for `value`: its JSON text, or the code of the error it throws. */
function outcome(serialize: (value: unknown) => string, value: unknown): string {
  try {
    return serialize(value);
  } catch (error) {
    return `threw ${(error as { code?: string }).code ?? String(error)}`;
  }
}

/** Both serializers of `schema` on `value`: [the library's, the compiled one's]. */
function both(schema: z.ZodType, value: unknown): [string, string] {
  return [outcome(serializerCompiler(routeOf(schema)), value), outcome(responseSerializerCompiler(routeOf(schema)), value)];
}

/** zod's encoding of `value`, as JSON text. */
const zodJson = (schema: z.ZodType, value: unknown) => JSON.stringify(z.encode(schema, value));

/** Every zod node of a schema tree (shapes, elements, inner types, pipes, options, records). */
function nodesOf(schema: z.ZodType, seen = new Set<unknown>()): z.ZodType[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const children = [
    ...Object.values((def.shape as Record<string, z.ZodType> | undefined) ?? {}),
    ...['element', 'innerType', 'in', 'out', 'keyType', 'valueType', 'catchall'].map((key) => def[key] as z.ZodType | undefined),
    ...((def.options as z.ZodType[] | undefined) ?? []),
  ].filter((child): child is z.ZodType => child !== undefined);
  return [schema, ...children.flatMap((child) => nodesOf(child, seen))];
}

/** Counts zod's own runs of the nodes of `schema` while `run` runs: 0 when the compiled serializer did all the work. */
function zodRuns(schema: z.ZodType, run: () => void): number {
  let runs = 0;
  const restore = nodesOf(schema).map((node) => {
    const original = node._zod.run;
    node._zod.run = (payload, ctx) => {
      runs++;
      return original(payload, ctx);
    };
    return () => {
      node._zod.run = original;
    };
  });
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return runs;
}

const summary = z.object({ id: z.string(), name: z.string(), url: z.string() });
const record = z.object({
  id: z.string(),
  count: z.number().int(),
  ratio: z.number().nullable(),
  bounded: z.int().min(1).max(10),
  flag: z.boolean(),
  kind: z.enum(['a', 'b']),
  fixed: z.literal('x'),
  nothing: z.null(),
  anything: z.unknown(),
  note: z.string().optional(),
  owner: summary.nullable(),
  tags: z.array(z.string()),
  links: z.array(summary),
});
const valid: Record<string, unknown> = {
  tags: ['t'], links: [{ url: 'u', name: 'n', id: 'i', extra: 1 }], id: 'r1', count: 3, ratio: 0.5, bounded: 10, flag: false, kind: 'b', fixed: 'x', nothing: null,
  anything: { nested: [1, 'two', null] }, owner: { id: 'o', name: 'Ö', url: 'u' }, stray: 'dropped',
};

t.test('the same text as zod: keys in the schema order, unknown keys dropped, absent optionals left out', async (t) => {
  const [library, compiled] = both(record, valid);
  t.equal(compiled, library);
  t.equal(compiled, zodJson(record, valid));
  t.match(compiled, /^\{"id":"r1","count":3,/, 'schema order, not the value\'s');
  t.notMatch(compiled, /stray|extra/, 'keys outside the schema are dropped at every level');
  t.notMatch(compiled, /"note"/, 'an absent optional key stays absent');
  t.equal(zodRuns(record, () => responseSerializerCompiler(routeOf(record))(valid)), 0, 'zod runs no part of a valid value of a plain schema');
});

t.test('values that do not match the schema fail as with the library (FST_ERR_RESPONSE_SERIALIZATION)', async (t) => {
  const broken: Array<[string, Record<string, unknown>]> = [
    ['a required key absent', { ...valid, id: undefined }],
    ['a required key missing', Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'id'))],
    ['a required key of any value missing (present as undefined it would do)', Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'anything'))],
    ['a string field holding a number', { ...valid, id: 7 }],
    ['a fraction for an integer', { ...valid, count: 1.5 }],
    ['an integer beyond the safe range', { ...valid, count: 2 ** 53 }],
    ['NaN', { ...valid, ratio: Number.NaN }],
    ['Infinity', { ...valid, ratio: Number.POSITIVE_INFINITY }],
    ['below a bound', { ...valid, bounded: 0 }],
    ['above a bound', { ...valid, bounded: 11 }],
    ['a string for a boolean', { ...valid, flag: 'false' }],
    ['a value outside the enum', { ...valid, kind: 'c' }],
    ['another literal', { ...valid, fixed: 'y' }],
    ['undefined for null', { ...valid, nothing: undefined }],
    ['an array for an object', { ...valid, owner: [] }],
    ['undefined for a nullable object', { ...valid, owner: undefined }],
    ['an object for an array', { ...valid, tags: { 0: 't' } }],
    ['a bad array element', { ...valid, links: [{ id: 'i', name: 'n' }] }],
    ['null for an optional string', { ...valid, note: null }],
  ];
  for (const [name, value] of broken) {
    const [library, compiled] = both(record, value);
    t.equal(library, 'threw FST_ERR_RESPONSE_SERIALIZATION', `${name}: the library fails`);
    t.equal(compiled, library, `${name}: so does the compiled serializer`);
  }
  for (const value of [null, undefined, 'text', [], 3]) t.equal(both(record, value)[1], 'threw FST_ERR_RESPONSE_SERIALIZATION', `${JSON.stringify(value)} for an object`);
  t.same(both(record, { ...valid, note: undefined }), [zodJson(record, valid), zodJson(record, valid)], 'an optional key present as undefined is left out');
  const unset = { ...valid, anything: undefined };
  t.same(both(record, unset), [zodJson(record, unset), zodJson(record, unset)], 'a key of any value present as undefined is left out');
});

t.test('parts the projector does not know are encoded by zod, transforms and defaults included', async (t) => {
  const schema = z.object({
    shouted: z.codec(z.string(), z.string(), { decode: (s) => s.toLowerCase(), encode: (s) => s.toUpperCase() }),
    withDefault: z.string().default('dflt'),
    either: z.union([z.string(), z.number()]),
    counts: z.record(z.string(), z.number()),
    email: z.email(),
    short: z.string().max(3),
    trimmed: z.string().trim(),
    strict: z.strictObject({ a: z.string() }),
    loose: z.looseObject({ a: z.string() }),
    date: z.date(),
    refined: z.number().refine((n) => n % 2 === 0),
    tuple: z.tuple([z.string(), z.number()]),
    lazy: z.lazy(() => summary),
    multiple: z.number().multipleOf(5),
  });
  const value = { shouted: 'loud', withDefault: 'given', either: 2, counts: { b: 2, a: 1 }, email: 'a@b.be', short: 'abc', trimmed: ' x ', strict: { a: 's' }, loose: { a: 'l', more: true }, date: new Date(0), refined: 4, tuple: ['t', 1], lazy: { id: 'i', name: 'n', url: 'u', extra: 1 }, multiple: 10 };
  const [library, compiled] = both(schema, value);
  t.equal(compiled, library);
  t.match(compiled, /"shouted":"LOUD"/, 'a codec is encoded');
  t.match(compiled, /"loose":\{"a":"l","more":true\}/, 'a loose object keeps its other keys');
  t.match(compiled, /"date":"1970-01-01T00:00:00.000Z"/, 'a date is written by its toJSON');
  for (const [name, broken] of Object.entries({ withDefault: undefined, email: 'not an email', short: 'long', refined: 3, strict: { a: 's', b: 1 }, multiple: 7, tuple: ['t', 't'] })) {
    t.same(both(schema, { ...value, [name]: broken }), ['threw FST_ERR_RESPONSE_SERIALIZATION', 'threw FST_ERR_RESPONSE_SERIALIZATION'], `${name}: invalid, as zod says`);
  }
});

t.test('recursive schemas, `{ properties }` wrapping and an optional default', async (t) => {
  interface Tree { name: string; children: Tree[] }
  const tree: z.ZodType<Tree> = z.object({ name: z.string(), get children() { return z.array(tree); } });
  const value = { children: [{ name: 'leaf', children: [], x: 1 }], name: 'root' };
  const [library, compiled] = both(tree, value);
  t.equal(compiled, library);
  t.equal(compiled, '{"name":"root","children":[{"name":"leaf","children":[]}]}');
  t.equal(responseSerializerCompiler({ ...routeOf({ properties: summary }) })({ url: 'u', id: 'i', name: 'n' }), '{"id":"i","name":"n","url":"u"}');
  const defaulted = z.object({ n: z.number().default(5).optional() });
  t.same(both(defaulted, {}), [zodJson(defaulted, {}), zodJson(defaulted, {})]);
});

/** The record schemas of the API and their list pages. */
const recordSchemas = { actorSchema, documentSchema, figureSchema, locationSchema, measureSchema, mentionSchema, programmeSchema, seriesSchema, themeSchema };

t.test('random values against every record schema: the same text or the same failure', async (t) => {
  for (const [name, schema] of Object.entries(recordSchemas)) {
    const page = pageSchema(schema, name);
    // Arbitrary values are mostly invalid; records from the schema's own keys with values of
    // any JSON kind (or missing) reach deeper and are sometimes valid.
    const keyed = fc.record(Object.fromEntries(Object.keys(schema.shape).map((key) => [key, fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined))])), { requiredKeys: [] });
    const values = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ data: fc.array(keyed, { maxLength: 3 }), next: fc.oneof(fc.string(), fc.constant(null)) }));
    fc.assert(fc.property(values, (value) => {
      const [library, compiled] = both(page, value);
      return library === compiled;
    }), { numRuns: 300 });
    t.pass(`${name}: 300 values`);
  }
});

/** The zod schema fastify would serialize this reply with: the route's response schema for its status and media type. */
function responseSchemaOf(request: FastifyRequest, reply: FastifyReply): unknown {
  const responses = request.routeOptions.schema?.response as Record<string, { content?: Record<string, { schema: unknown }> }> | undefined;
  const forStatus = responses?.[String(reply.statusCode)] ?? responses?.[`${String(reply.statusCode)[0]}xx`];
  const type = String(reply.getHeader('content-type') ?? 'application/json').split(';')[0]!;
  return forStatus?.content ? forStatus.content[type]?.schema : forStatus;
}

t.test('every JSON response of the API over the fixture: the compiled serializer writes what zod would', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  const compared: string[] = [];
  const differing: string[] = [];
  app.addHook('preSerialization', async (request, reply, payload) => {
    const schema = responseSchemaOf(request, reply);
    if (schema === undefined) return payload;
    const route = routeOf(schema);
    compared.push(request.url);
    if (outcome(serializerCompiler(route), payload) !== outcome(responseSerializerCompiler(route), payload)) differing.push(request.url);
    return payload;
  });
  await app.ready();
  const openapi = JSON.parse((await app.inject('/openapi.json')).body) as { paths: Record<string, { get?: { parameters?: Array<{ name: string; description?: string }> } }> };
  const firstId = async (collection: string) => (JSON.parse((await app.inject(`/v1/${collection}?limit=1`)).body) as { data: Array<{ id: string }> }).data[0]!.id;
  const locations = JSON.parse((await app.inject('/v1/locations?limit=2')).body) as { data: Array<{ id: string }> };
  const urls: string[] = [`/v1/compare?locations=${locations.data.map((l) => l.id).join(',')}`];
  // A search page is written as text too (one JSON.stringify, search14): test/rest/search-json.test.ts holds it.
  const written: string[] = ['/v1/search?q=politie'];
  for (const [path, item] of Object.entries(openapi.paths)) {
    if (item.get === undefined || !path.startsWith('/v1') || /\.(csv|ndjson|sqlite)$|\/(text|cite)$|^\/v1\/(search|compare)$/.test(path)) continue;
    const filled = path.includes('{id}') ? path.replace('{id}', encodeURIComponent(await firstId(path.split('/')[2]!))) : path;
    // A list page without facets is written as text, not through a serializer: test/rest/list-json.test.ts holds it to the library's text.
    if (/\/(documents|programmes|measures|figures|series|actors|locations|themes|mentions)$/.test(path)) written.push(filled);
    else urls.push(filled);
    const facets = /facets to count: ([^.]+)\./.exec(item.get.parameters?.find((p) => p.name === 'facet')?.description ?? '')?.[1];
    // A list page with facets is written as text too when its facet values fit their schema (uncached16); list-json.test.ts holds it.
    if (facets) written.push(`${filled}?count=true&limit=3&facet=${facets.replace(/\s/g, '')}`);
  }
  for (const url of [...urls, ...written]) {
    const res = await app.inject(url);
    t.equal(res.statusCode, 200, url);
  }
  t.ok(compared.length >= urls.length, `${compared.length} responses compared`);
  t.ok(written.length >= 13 && written.every((url) => !compared.includes(url)), `${written.length} list and search pages written as text, past the serializer`);
  t.same(differing, [], 'none differs');
});
