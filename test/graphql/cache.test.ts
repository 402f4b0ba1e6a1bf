import t from 'tap';
import { canonicalKey } from '../../src/graphql/cache.js';
import { BODY_LIMIT } from '../../src/graphql/index.js';
import { ResponseCache } from '../../src/plugins/response-cache.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { gql, recordStatements } from './helpers.js';

const ORIGIN = 'http://localhost';

t.test('the cache key holds what determines the answer, and only that', async (t) => {
  const query = 'query($id: ID!) { measure(id: $id) { id } }';
  const key = (params: Record<string, unknown>) => canonicalKey(ORIGIN, { query, ...params });
  t.equal(key({ variables: { id: 'a', unused: 'x'.repeat(1000) } }), key({ variables: { id: 'a' } }), 'variables the query does not mention are left out');
  t.not(key({ variables: { id: 'a' } }), key({ variables: { id: 'b' } }), 'those it mentions are in');
  t.equal(key({ variables: '{"id":"a"}' }), key({ variables: { id: 'a' } }), 'GET (JSON text) and POST (object) alike');
  t.not(key({ operationName: 'Q' }), key({}), 'the operation name is in');
  t.not(canonicalKey('https://api.example', { query }), key({}), 'the origin is in: URLs in answers are absolute');
  const spaced = 'query($ id: ID!) { measure(id: $\n# a comment\nid) { id } }';
  t.not(canonicalKey(ORIGIN, { query: spaced, variables: { id: 'a' } }), canonicalKey(ORIGIN, { query: spaced, variables: { id: 'b' } }), 'a variable is found by the lexer, whatever lies between $ and its name');
  t.equal(key({ variables: '{ nope' }), undefined, 'malformed variables: not cacheable');
  t.equal(canonicalKey(ORIGIN, { query: '{ a(x: "unterminated }', variables: { x: 1 } }), undefined, 'a query that does not lex: not cacheable');
  t.equal(canonicalKey(ORIGIN, { query: 42 }), undefined);
});

t.test('the response cache counts the bytes of keys, not only of bodies', async (t) => {
  const cache = new ResponseCache(100, 1600);
  const entry = { body: Buffer.from('1'), headers: {} };
  const keys = Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(90, '-'));
  for (const key of keys) cache.set(key, entry);
  t.equal(cache.get(keys[0]!), undefined, '20 keys of 90 bytes exceed 1600 bytes: the oldest are evicted');
  t.ok(cache.get(keys[19]!), 'the newest is kept');
  cache.set('k'.repeat(101), entry);
  t.equal(cache.get('k'.repeat(101)), undefined, 'an entry over a sixteenth of the budget is not kept, key included');
});

t.test('requests differing only in unused variables share one entry; large bodies are refused', async (t) => {
  const app = await fixtureApp();
  const run = async (variables: Record<string, unknown>) => {
    const recorder = recordStatements(app.db);
    const res = await gql(app, 'query($id: ID!) { measure(id: $id) { id } }', variables);
    recorder.stop();
    return { ...res, statements: recorder.sql.length };
  };
  const { id } = fixture.measures.camera!;
  t.ok((await run({ id })).statements > 0, 'executed once');
  const padded = await run({ id, padding: 'x'.repeat(10_000) });
  t.equal(padded.statements, 0, 'unused variables: a cache hit');
  t.same(padded.body, { data: { measure: { id } } });
  t.ok((await run({ id: fixture.measures.anpr!.id })).statements > 0, 'another value of a used variable executes');

  const huge = await run({ id, padding: 'x'.repeat(BODY_LIMIT) });
  t.equal(huge.status, 413);
  t.match(huge.body, { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', type: '/problems/payload-too-large' } }] });
  t.notOk('data' in huge.body);
  t.equal(huge.statements, 0);
});
