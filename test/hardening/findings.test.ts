/**
 * The findings of issue 10 that an in-process app shows, each as a test that failed
 * before its fix: unbounded facets, the dump's listener leak, GraphQL 500s, 4xx that were
 * not problem+json, a 405 for a missing static file, the Host header in absolute URLs,
 * no rate limit, missing security headers, intended 501s logged as errors.
 */
import { readFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { FALLBACK_ORIGIN } from '../../src/plugins/origin.js';
import { seedApp, seedDatabase } from '../helpers/dataset.js';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const FIGURE = 'f-c5bb29bf6d9f-1157';

t.test('a repeated facet name runs once; a facet value longer than the names of all facets is refused', async (t) => {
  const app = await seedApp(t);
  const once = await app.inject('/v1/measures?facet=theme&limit=1');
  const twice = await app.inject('/v1/measures?facet=theme,theme,theme&limit=1');
  t.equal(twice.statusCode, 200);
  t.same(twice.json().facets, once.json().facets, 'the same facets as one mention');
  const flood = await app.inject(`/v1/measures?facet=${Array(2600).fill('theme').join(',')}`);
  t.equal(flood.statusCode, 400);
  t.equal(flood.headers['content-type'], PROBLEM_TYPE);
  t.match(flood.json(), { code: 'INVALID_PARAMETER', parameter: 'facet' });
});

t.test('downloading or probing the dump many times leaks no listener and serves the file byte for byte', async (t) => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.name);
  process.on('warning', onWarning);
  t.teardown(() => {
    process.off('warning', onWarning);
  });
  const app = await seedApp(t);
  const file = readFileSync(seedDatabase());
  for (let i = 0; i < 15; i++) t.equal((await app.inject({ method: 'HEAD', url: '/v1/dump.sqlite' })).statusCode, 200);
  const etag = (await app.inject({ method: 'HEAD', url: '/v1/dump.sqlite' })).headers.etag as string;
  for (let i = 0; i < 15; i++) {
    // A 304 destroys the stream unread, as a client that goes away does: the file must stay open for the next download.
    t.equal((await app.inject({ url: '/v1/dump.sqlite', headers: { 'if-none-match': etag } })).statusCode, 304);
    const res = await app.inject('/v1/dump.sqlite');
    t.ok(res.rawPayload.equals(file), `download ${i + 1}: the bytes of the file`);
  }
  await new Promise((resolve) => setImmediate(resolve));
  t.notOk(warnings.includes('MaxListenersExceededWarning'), 'no MaxListenersExceededWarning');
});

t.test('a client that goes away mid-download does not close the file the next downloads read', async (t) => {
  const app = await seedApp(t);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const file = readFileSync(seedDatabase());
  for (let i = 0; i < 3; i++) {
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /v1/dump.sqlite HTTP/1.1\r\nHost: localhost\r\n\r\n'));
      socket.once('data', () => socket.destroy());
      socket.on('close', () => resolve());
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const res = await fetch(`http://127.0.0.1:${port}/v1/dump.sqlite`);
  t.equal(res.status, 200);
  t.ok(Buffer.from(await res.arrayBuffer()).equals(file), 'the whole file, byte for byte');
});

t.test('GraphQL requests that gave 500s: HEAD, a null body, bad variables once compiled, an unknown operation, variables as a JSON string', async (t) => {
  const app = await seedApp(t);
  const post = (payload: unknown) => app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
  const query = 'query Count($n: Int) { measures(first: $n) { totalCount } } query Other { __typename }';
  const cases: Array<[string, () => Promise<{ statusCode: number; body: string }>]> = [
    ['HEAD', () => app.inject({ method: 'HEAD', url: `/graphql?query=${encodeURIComponent('{ __typename }')}` })],
    ['null body', () => post(null)],
    ['bad variables', () => post({ query, operationName: 'Count', variables: { n: 'x' } })],
    ['unknown operation', () => post({ query, operationName: 'Missing', variables: { n: 1 } })],
    ['variables as a JSON string on GET', () => app.inject(`/graphql?query=${encodeURIComponent(query)}&operationName=Count&variables=${encodeURIComponent(JSON.stringify(JSON.stringify({ n: 1 })))}`)],
  ];
  // Three times each: graphql-jit compiles a query on its second execution.
  for (const [name, send] of cases) {
    for (let i = 0; i < 3; i++) {
      const res = await send();
      t.ok(res.statusCode < 500, `${name} #${i + 1}: ${res.statusCode}`);
      t.notMatch(res.body, /INTERNAL/, `${name} #${i + 1}: no internal error`);
    }
  }
});

t.test('GraphQL over GET: variables that are not a map and operations that cannot be chosen are 400s, not 500s (found by the fuzzer)', async (t) => {
  const app = await seedApp(t);
  const get = (query: string, extra: string) => app.inject(`/graphql?query=${encodeURIComponent(query)}${extra}`);
  const cases: Array<[string, string, string]> = [
    ['variables as a JSON string', 'query Q { __typename }', `&variables=${encodeURIComponent('"{}"')}`],
    ['variables as an array', 'query Q($n: Int) { measures(first: $n) { totalCount } }', `&variables=${encodeURIComponent('[1]')}`],
    ['no operation of that name', 'query Q { __typename }', '&operationName=Other'],
    ['several operations, no name', 'query A { __typename } query B { __typename }', ''],
  ];
  for (const [name, query, extra] of cases) {
    for (let i = 0; i < 2; i++) {
      const res = await get(query, extra);
      t.equal(res.statusCode, 400, `${name} #${i + 1}`);
      t.match(res.json(), { errors: [{ extensions: { code: 'BAD_REQUEST' } }] }, name);
    }
  }
  t.equal((await get('query A { __typename } query B { __typename }', '&operationName=B')).statusCode, 200, 'a named operation of several is fine');
  // Found by the fuzzer in CI: HEAD skipped the check that GET had, and graphql-js failed with a 500.
  const head = await app.inject({ method: 'HEAD', url: `/graphql?query=${encodeURIComponent('query Q { __typename }')}&variables=false` });
  t.equal(head.statusCode, 400, 'HEAD with variables that are not a map');
});

t.test('client errors outside the routes are problem+json: bare OPTIONS, a missing static file is a 404', async (t) => {
  const app = await seedApp(t);
  const options = await app.inject({ method: 'OPTIONS', url: '/v1/measures' });
  t.ok(options.statusCode < 300 || options.headers['content-type'] === PROBLEM_TYPE, `bare OPTIONS: ${options.statusCode} ${options.headers['content-type']}`);
  const missing = await app.inject('/docs/static/missing.js');
  t.equal(missing.statusCode, 404, 'not a 405: GET is the method of the route');
  t.equal(missing.headers['content-type'], PROBLEM_TYPE);
  const method = await app.inject({ method: 'PUT', url: '/v1/measures' });
  t.equal(method.statusCode, 405);
  t.equal(method.headers['content-type'], PROBLEM_TYPE);
});

/** Routes whose bodies or headers carry absolute URLs. */
const ABSOLUTE_URL_ROUTES = ['/', '/v1', '/v1/measures?limit=2', '/v1/measures.csv?limit=2', `/v1/figures/${FIGURE}`, `/v1/figures/${FIGURE}/cite?format=text`, '/catalog', `/embed/figures/${FIGURE}`, `/oembed?url=${encodeURIComponent(`http://localhost/embed/figures/${FIGURE}`)}`];

t.test('a foreign Host or X-Forwarded-Host is never reflected without PUBLIC_URL or the allowlist', async (t) => {
  const app = await seedApp(t);
  for (const url of ABSOLUTE_URL_ROUTES) {
    for (const headers of [{ host: 'evil.example' }, { host: 'evil.example:8080' }, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }]) {
      const res = await app.inject({ url, headers });
      t.ok(res.statusCode < 400, `${url}: ${res.statusCode}`);
      t.notMatch(res.body + JSON.stringify(res.headers), /evil\.example/, `${url} with ${JSON.stringify(headers)}`);
    }
  }
  const fallback = await app.inject({ url: '/v1', headers: { host: 'evil.example' } });
  t.match(fallback.body, `${FALLBACK_ORIGIN}/v1/`, 'the fallback origin instead');
});

t.test('allowlisted hosts name their own origin; proxy headers count only from trusted proxies; PUBLIC_URL pins the origin', async (t) => {
  const dbPath = seedDatabase();
  const allowed = await buildApp({ dbPath, allowedHosts: ['api.example.org'] });
  const proxied = await buildApp({ dbPath, allowedHosts: ['api.example.org'], trustProxy: '127.0.0.1' });
  const pinned = await buildApp({ dbPath, publicUrl: 'https://data.example.org' });
  t.teardown(() => Promise.all([allowed.close(), proxied.close(), pinned.close()]));
  t.match((await allowed.inject({ url: '/v1', headers: { host: 'api.example.org' } })).body, 'http://api.example.org/v1/');
  const forwarded = { host: 'localhost', 'x-forwarded-host': 'api.example.org', 'x-forwarded-proto': 'https' };
  t.notMatch((await allowed.inject({ url: '/v1', headers: forwarded })).body, 'api.example.org', 'untrusted proxy headers are ignored');
  t.match((await proxied.inject({ url: '/v1', headers: forwarded })).body, 'https://api.example.org/v1/', 'a trusted proxy names the host');
  t.notMatch((await proxied.inject({ url: '/v1', headers: { ...forwarded, 'x-forwarded-host': 'evil.example' } })).body, 'evil.example', 'even then only allowed hosts');
  const res = await pinned.inject({ url: '/v1', headers: { host: 'localhost', 'x-forwarded-host': 'evil.example' } });
  t.match(res.body, 'https://data.example.org/v1/');
});

t.test('a client over the rate limit gets 429 problems with Retry-After; every answer carries RateLimit headers', async (t) => {
  const app = await buildApp({ dbPath: seedDatabase(), rateLimit: 5 });
  t.teardown(() => app.close());
  for (let i = 0; i < 5; i++) {
    const res = await app.inject('/healthz');
    t.equal(res.statusCode, 200);
    t.equal(res.headers['ratelimit-remaining'], String(4 - i));
  }
  const refused = await app.inject('/v1/measures');
  t.equal(refused.statusCode, 429);
  t.equal(refused.headers['content-type'], PROBLEM_TYPE);
  t.match(refused.json(), { code: 'TOO_MANY_REQUESTS', status: 429, type: '/problems/too-many-requests' });
  t.ok(Number(refused.headers['retry-after']) > 0, 'Retry-After in seconds');
  t.equal(refused.headers['ratelimit-limit'], '5');
  const other = await app.inject({ url: '/healthz', remoteAddress: '192.0.2.7' });
  t.equal(other.statusCode, 200, 'per client: another address is not limited');
});

t.test('security headers on every kind of response; only cards may be framed by other sites', async (t) => {
  const app = await seedApp(t);
  const etag = (await app.inject('/v1/measures?limit=1')).headers.etag as string;
  const responses = {
    json: await app.inject('/v1/measures?limit=1'),
    'cached json': await app.inject('/v1/measures?limit=1'),
    'not modified': await app.inject({ url: '/v1/measures?limit=1', headers: { 'if-none-match': etag } }),
    csv: await app.inject('/v1/measures.csv?limit=1'),
    problem: await app.inject('/v1/measures?nope=1'),
    'not found': await app.inject('/nowhere'),
    'bad url': await app.inject('/v1/measures/%E0%A4%A'),
    'browse page': await app.inject('/'),
    'problem page': await app.inject('/problems/not-found'),
    docs: await app.inject('/docs/'),
    'docs static': await app.inject('/docs/static/index.html'),
    graphiql: await app.inject('/graphiql'),
    graphql: await app.inject(`/graphql?query=${encodeURIComponent('{ __typename }')}`),
    svg: await app.inject(`/embed/figures/${FIGURE}.svg`),
    card: await app.inject(`/embed/figures/${FIGURE}`),
    dump: await app.inject({ method: 'HEAD', url: '/v1/dump.sqlite' }),
  };
  for (const [kind, res] of Object.entries(responses)) {
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${kind}: nosniff`);
    if (kind === 'bad url') continue; // answered before routing: no other hooks run
    t.ok(res.headers['content-security-policy'], `${kind}: a CSP`);
    t.equal(res.headers['referrer-policy'], 'no-referrer', `${kind}: Referrer-Policy`);
    if (kind === 'card' || kind === 'svg') {
      t.match(res.headers['content-security-policy'], /frame-ancestors \*/, `the ${kind} card may be framed anywhere`);
      t.notOk(res.headers['x-frame-options'], 'and carries no X-Frame-Options');
    } else {
      t.match(res.headers['content-security-policy'], /frame-ancestors '(?:none|self)'/, `${kind}: framed by this site at most`);
      t.equal(res.headers['x-frame-options'], 'SAMEORIGIN', `${kind}: X-Frame-Options`);
    }
  }
  for (const page of ['browse page', 'problem page', 'docs', 'graphiql'] as const) t.match(responses[page].headers['content-type'], /text\/html/, `${page} is HTML`);
});

t.test('intended answers (a 501, a 404, a 429) are not logged as errors; no error body carries a stack or a path', async (t) => {
  const lines: Array<{ level: number; msg: string }> = [];
  const stream = new Writable({
    write: (chunk, _enc, done) => {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = await buildApp({ dbPath: seedDatabase(), rateLimit: 2, logger: { level: 'info', stream } });
  t.teardown(() => app.close());
  const xml = await app.inject(`/oembed?format=xml&url=${encodeURIComponent(`http://localhost/embed/figures/${FIGURE}`)}`);
  t.equal(xml.statusCode, 501);
  const missing = await app.inject('/v1/measures/nope');
  const limited = await app.inject('/v1/measures/nope');
  t.equal(limited.statusCode, 429);
  for (const res of [xml, missing, limited]) t.notMatch(res.body, /\bat \S+:\d+|\/work\/|node_modules|\.ts\b/, 'no stack or path');
  t.same(lines.filter((l) => l.level >= 50).map((l) => l.msg), [], 'no error-level log line');
});
