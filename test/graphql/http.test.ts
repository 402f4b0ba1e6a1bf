import t from 'tap';
import { serverAudits } from 'graphql-http';
import { fixtureApp } from '../helpers/fixture-db.js';
import { gql, recordStatements } from './helpers.js';

t.test('graphql-http server audits against the live server: every MUST passes', async (t) => {
  const app = await fixtureApp();
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const results = { MUST: [] as string[], SHOULD: [] as string[], MAY: [] as string[] };
  for (const audit of serverAudits({ url: `${origin}/graphql` })) {
    const result = await audit.fn();
    const level = audit.name.split(' ')[0] as keyof typeof results;
    if (level === 'MUST') t.equal(result.status, 'ok', `${audit.id} ${audit.name}${result.status === 'ok' ? '' : `: ${result.reason}`}`);
    else if (result.status !== 'ok') results[level].push(`${audit.id} ${audit.name}: ${result.reason}`);
  }
  // SHOULD and MAY audits are reported, not required.
  t.comment(`SHOULD audits not passed: ${results.SHOULD.length ? results.SHOULD.join('; ') : 'none'}`);
  t.comment(`MAY audits not passed: ${results.MAY.length ? results.MAY.join('; ') : 'none'}`);
});

t.test('a null "extensions" entry is accepted like an absent one', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }', variables: null, operationName: null, extensions: null } });
  t.equal(res.statusCode, 200);
  t.same(res.json(), { data: { __typename: 'Query' } });
});

t.test('malformed requests get the status of the failure and a code', async (t) => {
  const app = await fixtureApp();
  const badJson = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{ "query": ' });
  t.equal(badJson.statusCode, 400);
  t.match(badJson.json(), { errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  const badType = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
  t.equal(badType.statusCode, 415);
  t.match(badType.json(), { errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
  const notString = await app.inject({ method: 'POST', url: '/graphql', payload: { query: 42 } });
  t.equal(notString.statusCode, 400);
  t.match(notString.json(), { errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
});

t.test('CORS and compression as for REST', async (t) => {
  const app = await fixtureApp();
  const { headers } = await gql(app, '{ __typename }', undefined, { origin: 'https://newsroom.example' });
  t.equal(headers['access-control-allow-origin'], '*');
  const big = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ measures(first: 100) { nodes { text } } }' }, headers: { 'accept-encoding': 'gzip' } });
  t.equal(big.statusCode, 200);
  t.equal(big.headers['content-encoding'], 'gzip');
});

t.test('browsers may POST queries cross-origin: the preflight allows POST and Content-Type on /graphql only', async (t) => {
  const app = await fixtureApp();
  const preflight = (url: string) =>
    app.inject({ method: 'OPTIONS', url, headers: { origin: 'https://newsroom.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  const graphql = await preflight('/graphql');
  t.equal(graphql.statusCode, 204);
  t.equal(graphql.headers['access-control-allow-origin'], '*');
  t.match(graphql.headers['access-control-allow-methods'], /\bPOST\b/);
  t.match(graphql.headers['access-control-allow-headers'], /content-type/i);
  const rest = await preflight('/v1/measures');
  t.equal(rest.statusCode, 204);
  t.notMatch(rest.headers['access-control-allow-methods'], /\bPOST\b/, 'REST stays read-only');
  const { status, headers } = await gql(app, '{ __typename }', undefined, { origin: 'https://newsroom.example' });
  t.equal(status, 200);
  t.equal(headers['access-control-allow-origin'], '*', 'and the POST itself is answered for any origin');
});

t.test('an error-free answer is kept and sent again without executing; errors are not kept', async (t) => {
  const app = await fixtureApp();
  const run = async (query: string, accept = 'application/json') => {
    const recorder = recordStatements(app.db);
    const res = await gql(app, query, undefined, { accept });
    recorder.stop();
    return { ...res, statements: recorder.sql.length };
  };
  const query = '{ programmes { nodes { id measures(first: 3) { nodes { id } } } } }';
  const first = await run(query);
  t.ok(first.statements > 0);
  const again = await run(query, 'application/graphql-response+json');
  t.equal(again.statements, 0, 'no statement the second time');
  t.same(again.body, first.body);
  t.match(again.headers['content-type'], 'application/graphql-response+json', 'the media type is negotiated per request');
  const failing = '{ measures(location: "atlantis") { totalCount } }';
  await run(failing);
  t.ok((await run(failing)).statements > 0, 'an answer with errors is computed again');
});
