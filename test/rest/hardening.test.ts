/** Review findings on the REST surface: bounded sorts, strict values and querystrings, preconditions, ETags, CSV, errors. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { z } from 'zod';
import { buildApp } from '../../src/app.js';
import { matchesEtag } from '../../src/plugins/validators.js';
import { facetCounts } from '../../src/queries/entity.js';
import { resolveLocation } from '../../src/queries/filters.js';
import { listMeasures, measures } from '../../src/queries/measures.js';
import { csvStream } from '../../src/rest/formats.js';
import { problemSchema } from '../../src/problems.js';
import { fixture, fixtureApp, fixtureDatabase, freshFixtureApp } from '../helpers/fixture-db.js';
import { getJson, parseCsv } from './util.js';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

t.test('sort is bounded: at most 3 distinct fields in at most 100 characters, in the shared parser', async (t) => {
  const app = await fixtureApp();
  const rejected = [
    ['id,'.repeat(2500), /longer than 100 characters/],
    ['ordinal,ordinal', /"ordinal" more than once/],
    ['ordinal,-ordinal', /"ordinal" more than once/],
    ['id,id', /"id" more than once/],
    ['ordinal,document,statementKind,id', /at most 3 fields/],
    ['toString', /Cannot sort by "toString"/],
    ['__proto__', /Cannot sort by "__proto__"/],
  ] as const;
  for (const [sort, detail] of rejected) {
    const { res, body } = await getJson(app, `/v1/measures?sort=${encodeURIComponent(sort)}`);
    t.equal(res.statusCode, 400, `sort=${sort.slice(0, 30)}`);
    t.match(body, { code: 'INVALID_PARAMETER', parameter: 'sort', detail }, `sort=${sort.slice(0, 30)}`);
  }
  const ordinals = Array.from({ length: 300 }, () => 'ordinal').join(',');
  const cursor = Buffer.from(JSON.stringify({ s: `${ordinals},id`, k: Array.from({ length: 301 }, () => 1) })).toString('base64url');
  const crafted = await getJson(app, `/v1/measures?sort=${ordinals}&cursor=${cursor}`);
  t.match(crafted.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'sort' }, 'a long sort with a matching cursor');
  t.equal((await getJson(app, '/v1/measures?sort=-statementKind,document,ordinal&limit=3')).res.statusCode, 200, 'three distinct fields');
  t.throws(() => listMeasures(app.db, {}, { sort: 'ordinal,ordinal' }), { code: 'INVALID_PARAMETER', extra: { parameter: 'sort' } }, 'GraphQL sorts through the same parser');
});

t.test('a malformed URL is a problem+json 400', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject('/v1/measures/%E0%A4%A');
  t.equal(res.statusCode, 400);
  t.equal(res.headers['content-type'], PROBLEM_TYPE);
  const body = JSON.parse(res.body);
  t.match(body, { type: '/problems/bad-request', status: 400, code: 'BAD_REQUEST', instance: '/v1/measures/%E0%A4%A' });
  t.notOk(body.error, "not Fastify's own error body");
});

t.test('typos in filter values are 400s naming the parameter, never an empty or widened page', async (t) => {
  const app = await fixtureApp();
  const cases = [
    ['/v1/documents?kind=typo', 'kind', /election_programme/],
    ['/v1/programmes?kind=coalition', 'kind', /coalition_agreement/],
    ['/v1/measures?kind=news', 'kind', /news_article/],
    ['/v1/figures?valueMin=', 'valueMin', /decimal number/],
    ['/v1/figures?valueMax=%20', 'valueMax', /decimal number/],
    ['/v1/figures?valueMin=Infinity', 'valueMin', /decimal number/],
    ['/v1/figures?valueMin=0x10', 'valueMin', /decimal number/],
    ['/v1/measures?dateFrom=2018-02-31', 'dateFrom', /calendar/],
    ['/v1/documents?dateTo=2019-02-29', 'dateTo', /calendar/],
    ['/v1/measures?limit=1e2', 'limit', /decimal digits/],
    ['/v1/measures?limit=%2010', 'limit', /decimal digits/],
    ['/v1/search?q=camera&limit=0x10', 'limit', /decimal digits/],
    ['/v1/figures?unit=agent', 'unit', /known values: .*personeelsleden/],
  ] as const;
  for (const [url, parameter, detail] of cases) {
    const { res, body } = await getJson(app, url);
    t.equal(res.statusCode, 400, url);
    t.match(body, { code: 'INVALID_PARAMETER', parameter, detail }, url);
  }
  t.same((await getJson(app, '/v1/figures?valueMin=-0.5&valueMax=100&unit=%25')).body.data.map((f: any) => f.unit), ['%'], 'signed decimals and real units pass');
  t.equal((await getJson(app, '/v1/documents?dateFrom=2020-02-29')).res.statusCode, 200, 'a leap day is a date');
  t.equal((await getJson(app, '/v1/measures?limit=007')).body.data.length, 7);
  const doc = JSON.parse((await app.inject('/openapi.json')).body);
  const kind = doc.paths['/v1/documents'].get.parameters.find((p: any) => p.name === 'kind');
  t.ok(kind.schema.enum.includes('news_article'), 'the OpenAPI parameter lists the kinds');
});

t.test('every REST route rejects unknown query parameters', async (t) => {
  const app = await fixtureApp();
  for (const url of ['/v1', `/v1/measures/${fixture.measures.camera!.id}`, `/v1/documents/${fixture.docs.gentAkkoord!.id}/text`, '/healthz', '/problems/not-found', '/openapi.json']) {
    const res = await app.inject(`${url}?x=1`);
    t.equal(res.statusCode, 400, url);
    t.equal(res.headers['content-type'], PROBLEM_TYPE, url);
    t.match(JSON.parse(res.body), { code: 'UNKNOWN_PARAMETER', parameter: 'x', detail: /Known parameters: none/ }, url);
    t.equal((await app.inject(url)).statusCode, 200, `${url} without it`);
  }
});

t.test('If-None-Match is evaluated only for a representation that exists', async (t) => {
  const app = await fixtureApp();
  const star = { 'if-none-match': '*' };
  t.equal((await app.inject({ url: '/v1/measures/nope', headers: star })).statusCode, 404, '* on a missing record');
  t.equal((await app.inject({ url: '/v1/measures?locatoin=1', headers: star })).statusCode, 400, '* on an invalid request');
  t.equal((await app.inject({ url: '/v1/measures?sort=id,id', headers: star })).statusCode, 400, '* on an invalid sort');
  t.equal((await app.inject({ url: '/v1/documents/nope/text', headers: star })).statusCode, 404);
  const fresh = await freshFixtureApp(t);
  const url = `/v1/measures/${fixture.measures.camera!.id}`;
  const { etag } = (await app.inject(url)).headers;
  const uncached = await fresh.inject({ url, headers: { 'if-none-match': String(etag) } });
  t.equal(uncached.statusCode, 304, 'a match on a response not cached yet');
  t.equal(uncached.body, '');
  t.equal(uncached.headers.etag, etag);
  const cached = await fresh.inject({ url, headers: { 'if-none-match': String(etag) } });
  t.equal(cached.statusCode, 304, 'a match on a cached response');
  t.equal((await fresh.inject({ url, headers: star })).statusCode, 304, '* on an existing record');
  const csv = await fresh.inject('/v1/figures.csv');
  const exported = await fresh.inject({ url: '/v1/figures.csv', headers: { 'if-none-match': String(csv.headers.etag) } });
  t.equal(exported.statusCode, 304, 'streamed exports revalidate too');
  t.equal(exported.body, '');
  t.ok(matchesEtag('"a", W/"b"', '"b"') && matchesEtag('*', 'W/"x"') && !matchesEtag('"a"', '"b"') && !matchesEtag(undefined, '"b"'), 'matchesEtag');
});

t.test('ETags change with the build time, which /v1 bodies carry', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-replica-'));
  const copy = join(dir, 'replica.db');
  copyFileSync(fixtureDatabase(), copy);
  const db = new Database(copy);
  db.prepare("UPDATE meta SET value = '2000-01-01T00:00:00.000Z' WHERE key = 'built_at'").run();
  db.close();
  const app = await fixtureApp();
  const replica = await buildApp({ dbPath: copy });
  t.teardown(() => replica.close());
  const [a, b] = [await app.inject('/v1'), await replica.inject('/v1')];
  t.not(JSON.parse(a.body).builtAt, JSON.parse(b.body).builtAt);
  t.not(a.headers.etag, b.headers.etag, 'other bytes, other tag');
  t.equal((await freshFixtureApp(t).then((same) => same.inject('/v1'))).headers.etag, a.headers.etag, 'the same build, the same tag');
});

t.test('locations are resolved from maps built once, not by scanning every row per request', async (t) => {
  const app = await fixtureApp();
  t.equal(resolveLocation(app.db, 'Gent'), 'gent');
  const parse = JSON.parse;
  let parses = 0;
  JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
    parses++;
    return parse(...args);
  };
  try {
    for (let i = 0; i < 50; i++) t.equal(resolveLocation(app.db, `atlantis-${i}`), undefined);
    t.equal(resolveLocation(app.db, '44021'), 'gent', 'NIS code');
    t.equal(resolveLocation(app.db, 'GENT'), 'gent', 'name in any case');
    t.equal(resolveLocation(app.db, 'Rietwijk'), 'rietwijk', 'a name');
    t.equal(resolveLocation(app.db, 'Liège'), 'luik', 'a name with a diacritic');
  } finally {
    JSON.parse = parse;
  }
  t.equal(parses, 0, 'no aliases parsed after the first lookup');
});

t.test('CSV cells that a spreadsheet would run as formulas are defused; numbers are not', async (t) => {
  const schema = z.object({ id: z.string(), text: z.string(), value: z.number() });
  const texts = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'plain', "'quoted"];
  const stream = csvStream(schema, { records: texts.map((text, i) => ({ id: `r${i}`, text, value: -i })), refs: {}, origin: 'http://localhost' });
  let csv = '';
  for await (const chunk of stream) csv += chunk;
  const [header, ...rows] = parseCsv(csv);
  t.same(header, ['id', 'text', 'value']);
  t.same(rows.map((r) => r[1]), ['\'=HYPERLINK("http://x","y")', "'+1+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", 'plain', "'quoted"]);
  t.same(rows.map((r) => r[2]), texts.map((_, i) => String(-i)), 'negative numbers keep their sign');
  const app = await fixtureApp();
  const doc = JSON.parse((await app.inject('/openapi.json')).body);
  t.match(doc.paths['/v1/measures.csv'].get.description, /prefixed with an apostrophe/);
  t.match(doc.paths['/v1/measures'].get.description, /prefixed with an apostrophe/);
});

t.test('client errors keep their status; never-thrown codes are gone', async (t) => {
  const app = await freshFixtureApp(t); // a route of its own: added before the app is ready
  app.post('/__body', { bodyLimit: 16 }, async () => 'ok');
  const res = await app.inject({ method: 'POST', url: '/__body', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ much: 'x'.repeat(100) }) });
  t.equal(res.statusCode, 413);
  t.equal(res.headers['content-type'], PROBLEM_TYPE);
  t.match(JSON.parse(res.body), { status: 413, code: 'PAYLOAD_TOO_LARGE', type: '/problems/payload-too-large' });
  t.equal((await app.inject('/problems/service-unavailable')).statusCode, 404, 'service-unavailable');
  t.equal((await app.inject('/problems/too-many-requests')).statusCode, 200, 'too-many-requests: the rate limit throws it');
});

t.test('the documented problem schema covers every member problems carry', async (t) => {
  const app = await fixtureApp();
  const strict = problemSchema.strict();
  const bodies = [
    (await getJson(app, '/v1/measures?locatoin=gent&colour=red')).body,
    (await getJson(app, '/v1/measures', { accept: 'image/png' })).body,
    JSON.parse((await app.inject({ method: 'DELETE', url: '/v1/measures' })).body),
    (await getJson(app, '/v1/measures/nope')).body,
  ];
  t.same(bodies.map((b) => b.code), ['UNKNOWN_PARAMETER', 'NOT_ACCEPTABLE', 'METHOD_NOT_ALLOWED', 'NOT_FOUND']);
  for (const body of bodies) t.ok(strict.safeParse(body).success, `${body.code}: ${JSON.stringify(strict.safeParse(body).error?.issues ?? [])}`);
  t.same(bodies[0].parameters, ['locatoin', 'colour']);
});

t.test('facet SQL is substituted literally: "$&" in a filter is not a replacement pattern', async (t) => {
  const app = await fixtureApp();
  const literal = { schema: z.boolean(), where: "'$&' <> ':set'", bind: () => [] };
  const entity = { ...measures, filters: { ...measures.filters, literal } };
  const all = facetCounts(app.db, measures, {}, ['statementKind']);
  t.same(facetCounts(app.db, entity, { literal: true }, ['statementKind']), all);
  t.ok(all.statementKind!.length > 0);
  const doc = JSON.parse((await app.inject('/openapi.json')).body);
  const facet = doc.paths['/v1/measures'].get.parameters.find((p: any) => p.name === 'facet');
  t.match(facet.description, /100 most frequent values/, 'the cap is documented');
});

t.test('each list documents the filters, sorts and facets it supports', async (t) => {
  const app = await fixtureApp();
  const doc = JSON.parse((await app.inject('/openapi.json')).body);
  t.match(doc.paths['/v1/themes'].get.description, /Filters: modifiedSince, location, actor, programme, document, q \(they combine with AND\)\. Sort: id, name, labelEn\. Facets: none\./);
  t.match(doc.paths['/v1/actors'].get.description, /Filters: modifiedSince, kind, location, area, party, parent, document, programme, theme, q /);
  t.match(doc.paths['/v1/locations/{id}/measures'].get.description, /Filters: modifiedSince, theme, actor, programme/);
  t.notMatch(doc.paths['/v1/locations/{id}/measures'].get.description, /Filters: location/, 'the path fixes the location');
});

t.test('decomposed (NFD) search text finds what composed text finds', async (t) => {
  const app = await fixtureApp();
  const ids = async (q: string) => (await getJson(app, `/v1/search?q=${encodeURIComponent(q)}&limit=500`)).body.data.map((h: any) => h.id);
  const composed = await ids('cocaïne');
  t.ok(composed.length > 0);
  t.same(await ids('cocai\u0308ne'), composed);
  t.same((await getJson(app, `/v1/measures?q=${encodeURIComponent('cocai\u0308ne')}&limit=500`)).body.data.length, (await getJson(app, '/v1/measures?q=coca%C3%AFne&limit=500')).body.data.length);
});
