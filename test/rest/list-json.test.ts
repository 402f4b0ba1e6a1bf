/**
 * List pages, with or without counts and facets, are written with one `JSON.stringify` of the
 * records the query layer built (and of the facet values)
 * (src/rest/collection.ts), not through the route's serializer: so every list of the API
 * over the fixture must be, byte for byte, what the library's serializer (zod's encoding,
 * then `JSON.stringify`, then the ASCII pass) writes for the same page — the schema's keys
 * in the schema's order, nothing else, values of the schema's types. The page is parsed
 * back (JSON keeps key order) and written again through the library's serializer: a key
 * out of order, an extra key or a value zod rejects makes the two differ.
 */
import { serializerCompiler } from 'fastify-type-provider-zod';
import t from 'tap';
import { z } from 'zod';
import { facetsAsSchema, facetValueSchema, type FacetValue } from '../../src/queries/entity.js';
import { collectionEntities } from '../../src/queries/collections.js';
import { mentions } from '../../src/queries/mentions.js';
import { pageSchema } from '../../src/rest/schemas.js';
import { asciiJson } from '../../src/text/ascii-json.js';
import { freshFixtureApp } from '../helpers/fixture-db.js';

type Route = Parameters<typeof serializerCompiler>[0];
const libraryJson = (schema: z.ZodType, value: unknown) => asciiJson(serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' } as Route)(value));

const entities = new Map(Object.entries({ ...collectionEntities, mentions }));
const pages = new Map([...entities].map(([name, entity]) => [name, pageSchema(entity.schema, name)]));

t.test('every list page of the API over the fixture is the text the library serializer writes for it', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  const openapi = JSON.parse((await app.inject('/openapi.json')).body) as { paths: Record<string, { get?: { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> } }> };
  const firstId = async (collection: string) => (JSON.parse((await app.inject(`/v1/${collection}?limit=1`)).body) as { data: Array<{ id: string }> }).data[0]!.id;
  let compared = 0;
  for (const [path, item] of Object.entries(openapi.paths)) {
    // Lists: their JSON 200 is a page of one of the collections (the last segment names it).
    const collection = path.split('/').at(-1)!;
    if (item.get === undefined || !path.startsWith('/v1/') || !pages.has(collection) || path.endsWith('}')) continue;
    const filled = path.includes('{id}') ? path.replace('{id}', encodeURIComponent(await firstId(path.split('/')[2]!))) : path;
    const facets = Object.keys(entities.get(collection)!.facets).join(',');
    const withFacets = facets === '' ? [] : [`${filled}?limit=2&facet=${facets}`, `${filled}?limit=2&count=true&facet=${facets}`];
    for (const url of [filled, `${filled}?limit=2`, `${filled}?limit=2&count=true`, ...withFacets]) {
      const res = await app.inject(url);
      t.equal(res.statusCode, 200, url);
      const page = JSON.parse(res.body) as { data: unknown[] };
      t.equal(res.body, libraryJson(pages.get(collection)!, page), `${url}: ${page.data.length} records, as the library writes them`);
      compared++;
    }
  }
  t.ok(compared >= 3 * 12, `${compared} pages compared`);
});

t.test('a record built out of the schema order would be caught: the comparison sees key order', async (t) => {
  const schema = pages.get('themes')!;
  const record = { id: 'x', labelNl: 'x', labelEn: 'x', cues: [], url: 'u', name: 'x', measureCount: 0, measuresUrl: 'u', firstSeen: { version: 'v', at: 'a' }, lastModified: { version: 'v', at: 'a' } };
  const { firstSeen, lastModified, ...rest } = record;
  t.equal(JSON.stringify({ data: [record], next: null }), libraryJson(schema, { data: [record], next: null }));
  t.not(JSON.stringify({ data: [{ firstSeen, lastModified, ...rest }], next: null }), libraryJson(schema, { data: [{ firstSeen, lastModified, ...rest }], next: null }));
});

t.test('facet values are written without the serializer only when its schema takes them as they are', async (t) => {
  const valid = { value: 'gent', name: 'Gent', count: 3 };
  const cases: Array<Record<string, unknown>> = [valid, { ...valid, name: null }, { ...valid, value: 44021 }, { ...valid, count: 1.5 }, { ...valid, count: 2 ** 53 }, { ...valid, count: '3' }];
  for (const value of cases) {
    const facets = { location: [valid, value] } as unknown as Record<string, FacetValue[]>;
    t.equal(facetsAsSchema(facets), z.record(z.string(), z.array(facetValueSchema)).safeParse(facets).success, JSON.stringify(value));
  }
  t.equal(facetsAsSchema({}), true, 'no facets');
});
