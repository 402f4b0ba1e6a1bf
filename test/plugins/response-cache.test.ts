/**
 * The response caches can be switched off (`RESPONSE_CACHE=off`, `buildApp({ responseCache: false })`),
 * and every REST and GraphQL response says in `X-Cache` whether a cache served it.
 */
import t from 'tap';
import { serverConfig } from '../../src/server-config.js';
import { fixture, freshFixtureApp } from '../helpers/fixture-db.js';
import { gql, recordStatements } from '../graphql/helpers.js';

const LIST = '/v1/measures?location=gent&limit=5';
const QUERY = '{ measures(first: 3) { nodes { id text } } }';

t.test('with the cache on, a repeated request is a hit with the same body and no SQL', async (t) => {
  const app = await freshFixtureApp(t);
  const first = await app.inject(LIST);
  t.equal(first.headers['x-cache'], 'miss');
  const recorder = recordStatements(app.db);
  const second = await app.inject(LIST);
  recorder.stop();
  t.equal(second.headers['x-cache'], 'hit');
  t.equal(second.body, first.body);
  t.same(recorder.sql, [], 'a hit runs no statement');
  const revalidated = await app.inject({ url: LIST, headers: { 'if-none-match': String(first.headers.etag) } });
  t.equal(revalidated.statusCode, 304);
  t.equal(revalidated.headers['x-cache'], 'hit', 'a 304 from the cache is a hit');

  const a = await gql(app, QUERY);
  const b = await gql(app, QUERY);
  t.equal(a.headers['x-cache'], 'miss');
  t.equal(b.headers['x-cache'], 'hit');
  t.same(b.body, a.body);
});

t.test('with the cache off, every response is computed and says miss, with the same bytes and validators', async (t) => {
  const cached = await freshFixtureApp(t);
  const app = await freshFixtureApp(t, { responseCache: false });
  const reference = await cached.inject(LIST);
  for (let i = 0; i < 2; i++) {
    const recorder = recordStatements(app.db);
    const res = await app.inject(LIST);
    recorder.stop();
    t.equal(res.headers['x-cache'], 'miss', `request ${i + 1}`);
    t.ok(recorder.sql.length > 0, 'the list was computed');
    t.equal(res.body, reference.body);
    t.equal(res.headers.etag, reference.headers.etag, 'the same ETag');
  }
  const revalidated = await app.inject({ url: LIST, headers: { 'if-none-match': String(reference.headers.etag) } });
  t.equal(revalidated.statusCode, 304, 'revalidation works without the cache');
  t.equal(revalidated.headers['x-cache'], 'miss');

  const compressed = await app.inject({ url: LIST, headers: { 'accept-encoding': 'br' } });
  t.equal(compressed.headers['x-cache'], 'miss');

  for (let i = 0; i < 2; i++) {
    const recorder = recordStatements(app.db);
    const res = await gql(app, QUERY);
    recorder.stop();
    t.equal(res.headers['x-cache'], 'miss');
    t.ok(recorder.sql.length > 0, 'the query was executed');
    t.equal(res.body.data.measures.nodes.length, 3);
  }
  const get = await app.inject(`/graphql?query=${encodeURIComponent(QUERY)}`);
  t.equal(get.headers['x-cache'], 'miss');
});

t.test('errors, records and other representations carry X-Cache too', async (t) => {
  const app = await freshFixtureApp(t);
  const missing = await app.inject('/v1/measures/m-nope');
  t.equal(missing.statusCode, 404);
  t.equal(missing.headers['x-cache'], 'miss');
  const bad = await app.inject('/v1/measures?colour=red');
  t.equal(bad.statusCode, 400);
  t.equal(bad.headers['x-cache'], 'miss');
  const id = fixture.measures[Object.keys(fixture.measures)[0]!]!.id;
  await app.inject(`/v1/measures/${id}`);
  t.equal((await app.inject(`/v1/measures/${id}`)).headers['x-cache'], 'hit');
  const csv = await app.inject('/v1/measures.csv');
  t.equal(csv.headers['x-cache'], 'miss', 'streamed exports are never kept');
  t.equal((await app.inject('/v1/measures.csv')).headers['x-cache'], 'miss');
  const invalid = await gql(app, '{ nope }');
  t.equal(invalid.headers['x-cache'], 'miss');
});

t.test('RESPONSE_CACHE is read strictly', async (t) => {
  const config = (env: Record<string, string>) => serverConfig(env, 'data/x.db').app.responseCache;
  t.equal(config({}), true, 'on by default');
  t.equal(config({ RESPONSE_CACHE: 'off' }), false);
  t.equal(config({ RESPONSE_CACHE: 'OFF' }), false);
  t.equal(config({ RESPONSE_CACHE: 'on' }), true);
  t.throws(() => config({ RESPONSE_CACHE: '' }), /RESPONSE_CACHE "" must be on or off/);
  t.throws(() => config({ RESPONSE_CACHE: 'no' }), /RESPONSE_CACHE/);
});
