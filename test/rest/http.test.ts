import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import t from 'tap';
import { fixture, fixtureApp, freshFixtureApp } from '../helpers/fixture-db.js';

const MEASURE = fixture.measures.camera!.id;
const DOCUMENT = fixture.docs.gentAkkoord!.id;

t.test('ETag, If-None-Match → 304, Cache-Control', async (t) => {
  const app = await fixtureApp();
  const first = await app.inject('/v1/measures?location=gent');
  const etag = first.headers.etag as string;
  t.match(etag, /^W\/"[\w-]+"$/);
  t.equal(first.headers['cache-control'], 'public, max-age=300');
  const again = await app.inject('/v1/measures?location=gent');
  t.equal(again.headers.etag, etag, 'stable for the same request');
  t.equal(again.body, first.body, 'served from the body cache, identical');
  const notModified = await app.inject({ url: '/v1/measures?location=gent', headers: { 'if-none-match': etag } });
  t.equal(notModified.statusCode, 304);
  t.equal(notModified.body, '');
  t.equal(notModified.headers.etag, etag);
  const listOfTags = await app.inject({ url: '/v1/measures?location=gent', headers: { 'if-none-match': `"other", ${etag.replace('W/', '')}` } });
  t.equal(listOfTags.statusCode, 304, 'weak comparison, lists of tags');
  const other = await app.inject('/v1/measures?location=aalst');
  t.not(other.headers.etag, etag, 'another URL, another tag');
  const csv = await app.inject({ url: '/v1/measures?location=gent', headers: { accept: 'text/csv' } });
  t.not(csv.headers.etag, etag, 'another representation, another tag');
  t.equal((await app.inject({ url: '/v1/measures?location=gent', headers: { 'if-none-match': etag, accept: 'text/csv' } })).statusCode, 200);
  const replica = await freshFixtureApp(t);
  t.equal((await replica.inject('/v1/measures?location=gent')).headers.etag, etag, 'identical on another replica');
  const error = await app.inject('/v1/measures/nope');
  t.notOk(error.headers.etag, 'errors carry no validator');
  t.equal(error.headers['cache-control'], 'no-store');
});

t.test('HEAD on every GET', async (t) => {
  const app = await fixtureApp();
  for (const url of ['/v1', '/v1/measures', `/v1/measures/${MEASURE}`, '/v1/search?q=camera', `/v1/documents/${DOCUMENT}/text`, '/v1/figures.csv', '/openapi.json']) {
    const get = await app.inject(url);
    const head = await app.inject({ method: 'HEAD', url });
    t.equal(head.statusCode, 200, url);
    t.equal(head.body, '', `${url}: no body`);
    t.equal(head.headers['content-type'], get.headers['content-type'], `${url}: same type`);
    t.equal(head.headers.etag, get.headers.etag, `${url}: same ETag`);
  }
});

t.test('405 with Allow for a known path and a wrong method', async (t) => {
  const app = await fixtureApp();
  for (const [method, url] of [['POST', '/v1/measures'], ['DELETE', `/v1/measures/${MEASURE}`], ['PUT', '/v1/search'], ['PATCH', `/v1/documents/${DOCUMENT}/text`]] as const) {
    const res = await app.inject({ method, url });
    t.equal(res.statusCode, 405, `${method} ${url}`);
    t.equal(res.headers.allow, 'GET, HEAD, OPTIONS');
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    t.match(JSON.parse(res.body), { status: 405, code: 'METHOD_NOT_ALLOWED', type: '/problems/method-not-allowed' });
  }
  const unknown = await app.inject({ method: 'POST', url: '/v2/nothing' });
  t.equal(unknown.statusCode, 404, 'an unknown path is a 404 whatever the method');
});

t.test('406 problem for an unsupported Accept; q-values honoured', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject({ url: '/v1/measures', headers: { accept: 'image/png' } });
  t.equal(res.statusCode, 406);
  t.match(JSON.parse(res.body), { status: 406, code: 'NOT_ACCEPTABLE', type: '/problems/not-acceptable' });
  t.equal((await app.inject({ url: `/v1/measures/${MEASURE}`, headers: { accept: 'text/csv' } })).statusCode, 406);
  t.equal((await app.inject({ url: '/v1/measures.csv', headers: { accept: 'application/json' } })).statusCode, 406);
  const browser = await app.inject({ url: '/v1/measures?limit=1', headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
  t.equal(browser.headers['content-type'], 'application/json; charset=utf-8', 'browsers get JSON');
  const preferCsv = await app.inject({ url: '/v1/measures?limit=1', headers: { accept: 'application/json;q=0.5, text/csv' } });
  t.equal(preferCsv.headers['content-type'], 'text/csv; charset=utf-8; header=present');
  const refused = await app.inject({ url: '/v1/measures?limit=1', headers: { accept: 'application/json;q=0, */*' } });
  t.equal(refused.headers['content-type'], 'text/csv; charset=utf-8; header=present', 'q=0 refuses');
});

t.test('CORS for any origin, Link and ETag exposed', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject({ url: '/v1/measures?limit=1', headers: { origin: 'https://example.org' } });
  t.equal(res.headers['access-control-allow-origin'], '*');
  t.match(res.headers['access-control-expose-headers'], /Link/);
  const cached = await app.inject({ url: '/v1/measures?limit=1', headers: { origin: 'https://example.org' } });
  t.equal(cached.headers['access-control-allow-origin'], '*', 'also on cached responses');
  const preflight = await app.inject({ method: 'OPTIONS', url: '/v1/measures', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } });
  t.equal(preflight.statusCode, 204);
  t.match(preflight.headers['access-control-allow-methods'], /GET/);
});

t.test('gzip and br compression', async (t) => {
  const app = await fixtureApp();
  const plain = await app.inject('/v1/measures?limit=100');
  const gzip = await app.inject({ url: '/v1/measures?limit=100', headers: { 'accept-encoding': 'gzip' } });
  t.equal(gzip.headers['content-encoding'], 'gzip');
  t.match(gzip.headers.vary, /accept-encoding/i);
  t.equal(gunzipSync(gzip.rawPayload).toString(), plain.body);
  const br = await app.inject({ url: '/v1/measures?limit=100', headers: { 'accept-encoding': 'br, gzip' } });
  t.equal(br.headers['content-encoding'], 'br');
  t.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
  t.equal(br.headers.etag, plain.headers.etag, 'weak ETag shared by codings');
  const csv = await app.inject({ url: '/v1/measures.csv', headers: { 'accept-encoding': 'gzip' } });
  t.equal(gunzipSync(csv.rawPayload).toString(), (await app.inject('/v1/measures.csv')).body, 'streams compress too');
});

t.test('problem details: 404 routes, problem type pages, no stack traces', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject('/v1/nothing-here');
  t.equal(res.statusCode, 404);
  const body = JSON.parse(res.body);
  t.same(Object.keys(body).sort(), ['code', 'detail', 'instance', 'status', 'title', 'type']);
  t.equal(body.instance, '/v1/nothing-here');
  for (const type of ['/problems/not-found', '/problems/unknown-parameter', '/problems/invalid-cursor', '/problems/not-acceptable']) {
    const page = await app.inject(type);
    t.equal(page.statusCode, 200, type);
    t.match(page.headers['content-type'], /^text\/html/);
  }
  t.equal((await app.inject('/problems/no-such-problem')).statusCode, 404);
  const bad = await app.inject('/v1/measures?limit=-1');
  t.notMatch(bad.body, /at .*\.ts:\d+/, 'no stack trace');
});
