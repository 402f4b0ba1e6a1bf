import t, { type Test } from 'tap';
import { getIntrospectionQuery, GraphQLError, parse, Source } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { formatErrors } from '../../src/graphql/errors.js';
import { LIMITS } from '../../src/graphql/limits.js';
import { fixtureApp } from '../helpers/fixture-db.js';
import { gql } from './helpers.js';

/** A GraphQL error must carry a code and nothing internal. */
function checkErrorShape(t: Test, errors: any[]) {
  for (const error of errors) {
    t.same(Object.keys(error).filter((k) => !['message', 'locations', 'path', 'extensions'].includes(k)), [], 'no other error keys');
    t.type(error.extensions.code, 'string');
    t.notOk(JSON.stringify(error).includes('    at '), 'no stack trace');
  }
}

t.test('depth: at most 8 nested selection sets; GraphiQL introspection passes', async (t) => {
  const app = await fixtureApp();
  const ok = await gql(app, '{ measures(first: 1) { nodes { programme { measures(first: 1) { nodes { document { programme { issuer { id } } } } } } } } }');
  t.notOk(ok.body.errors, 'depth 8 passes');
  const deep = await gql(app, '{ measures(first: 1) { nodes { programme { measures(first: 1) { nodes { document { programme { issuer { location { id } } } } } } } } } }');
  t.match(deep.body.errors, [{ message: /nested 9 levels deep; at most 8/, extensions: { code: 'QUERY_TOO_DEEP' } }]);
  t.notOk('data' in deep.body, 'refused before execution');
  checkErrorShape(t, deep.body.errors!);

  const introspection = await gql(app, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
  t.notOk(introspection.body.errors, 'the full introspection query passes');
  t.ok(introspection.body.data.__schema.types.length > 20);
  let deepIntrospection = 'name';
  for (let i = 0; i < 8; i++) deepIntrospection = `fields { type { ${deepIntrospection} } }`;
  const refused = await gql(app, `{ __schema { types { ${deepIntrospection} } } }`);
  t.match(refused.body.errors, [{ message: /introspection query is nested 18 levels deep; at most 15/, extensions: { code: 'QUERY_TOO_DEEP' } }]);
});

t.test('cost: page sizes multiply through the nesting', async (t) => {
  const app = await fixtureApp();
  const costly = await gql(app, '{ programmes(first: 100) { nodes { measures(first: 100) { nodes { actors(first: 100) { nodes { id } } } } } } }');
  t.match(costly.body.errors, [{ message: /up to 1010100 records.*at most 50000/, extensions: { code: 'QUERY_TOO_COSTLY' } }]);
  t.notOk('data' in costly.body);
  checkErrorShape(t, costly.body.errors!);

  const cheap = await gql(app, '{ programmes(first: 10) { nodes { measures(first: 50) { nodes { actors(first: 10) { nodes { id } } } } } } }');
  t.notOk(cheap.body.errors, '10 × 50 × 10 passes');

  const defaults = await gql(app, '{ programmes { nodes { measures { nodes { actors { nodes { measures { totalCount } } } } } } } }');
  t.match(defaults.body.errors, [{ extensions: { code: 'QUERY_TOO_COSTLY' } }], 'the default page size (20) counts: 20⁴');

  const fragment = await gql(app, '{ programmes(first: 100) { ...P } } fragment P on ProgrammeConnection { nodes { measures(first: 100) { nodes { themes(first: 100) { totalCount } } } } }');
  t.match(fragment.body.errors, [{ extensions: { code: 'QUERY_TOO_COSTLY' } }], 'through fragments');

  // A document is validated once for all variables: a variable page size counts as the maximum unless it has a default.
  const variable = 'query($n: Int) { programmes(first: $n) { nodes { measures(first: $n) { nodes { actors(first: $n) { nodes { id } } } } } } }';
  t.match((await gql(app, variable, { n: 1 })).body.errors, [{ extensions: { code: 'QUERY_TOO_COSTLY' } }]);
  t.notOk((await gql(app, variable.replace('$n: Int', '$n: Int = 5'), { n: 5 })).body.errors, 'with a default value');
});

t.test('aliases and repeated selections are limited, each with its own code', async (t) => {
  const app = await fixtureApp();
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: theme(id: "wijkwerking") { id }`).join(' ')} }`;
  t.notOk((await gql(app, aliases(LIMITS.aliases))).body.errors, `${LIMITS.aliases} aliases pass`);
  const many = await gql(app, aliases(LIMITS.aliases + 1));
  t.match(many.body.errors, [{ message: /more than 20 aliases/, extensions: { code: 'TOO_MANY_ALIASES' } }]);

  const repeated = (n: number) => `{ themes { ${'totalCount '.repeat(n)} } }`;
  t.notOk((await gql(app, repeated(LIMITS.repeats))).body.errors);
  t.match((await gql(app, repeated(LIMITS.repeats + 1))).body.errors, [{ message: /"totalCount" is selected more than 5 times/, extensions: { code: 'TOO_MANY_REPEATS', type: '/problems/too-many-repeats' } }]);
  const spreads = `{ themes { ${'...T '.repeat(LIMITS.repeats + 1)} } } fragment T on ThemeConnection { totalCount }`;
  t.match((await gql(app, spreads)).body.errors, [{ extensions: { code: 'TOO_MANY_REPEATS' } }], 'repeated fragment spreads');
});

t.test('fragments spreading fragments are measured once each, and cycles do not hang', async (t) => {
  const app = await fixtureApp();
  // 5^12 expansions if each spread were walked again.
  const chain = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${i === 11 ? '__typename' : `...F${i + 1} `.repeat(5)} }`).join('\n');
  const { body } = await gql(app, `{ ...F0 } ${chain}`);
  t.notOk(body.errors, 'answered');
  const cycle = await gql(app, '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
  t.match(cycle.body.errors, [{ message: /Cannot spread fragment "A" within itself/, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
});

t.test('documents are bounded in tokens; batched queries are off', async (t) => {
  const app = await fixtureApp();
  const huge = await gql(app, `{ ${Array.from({ length: 700 }, (_, i) => `f${i}: __typename`).join(' ')} }`);
  t.match(huge.body.errors, [{ message: /more that 2000 tokens/, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
  const batch = await app.inject({ method: 'POST', url: '/graphql', payload: [{ query: '{ __typename }' }, { query: '{ __typename }' }] });
  t.equal(batch.statusCode, 400);
  t.match(batch.json(), { errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
});

t.test('invalid documents: 400 with application/graphql-response+json, 200 with application/json; never data', async (t) => {
  const app = await fixtureApp();
  for (const [accept, status, type] of [['application/graphql-response+json', 400, 'application/graphql-response+json'], ['application/json', 200, 'application/json'], ['*/*', 200, 'application/json']] as const) {
    const res = await gql(app, '{ nope }', undefined, { accept });
    t.equal(res.status, status, accept);
    t.match(res.headers['content-type'], type);
    t.notOk('data' in res.body);
    t.match(res.body.errors, [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', type: '/problems/graphql-validation-failed' } }]);
  }
});

t.test('syntax errors are GRAPHQL_PARSE_FAILED, told by their shape rather than their wording', async (t) => {
  const app = await fixtureApp();
  const res = await gql(app, '{ measures { nodes { id }', undefined, { accept: 'application/graphql-response+json' });
  t.equal(res.status, 400);
  t.notOk('data' in res.body);
  t.match(res.body.errors, [{ message: /Expected Name, found <EOF>/, locations: [{ line: 1, column: 26 }], extensions: { code: 'GRAPHQL_PARSE_FAILED', type: '/problems/graphql-parse-failed' } }]);
  checkErrorShape(t, res.body.errors!);

  const context = { reply: { request: { headers: {}, log: { error: () => t.fail('nothing to log') } } } } as unknown as MercuriusContext;
  const codeOf = (error: GraphQLError) => formatErrors({ errors: [error] }, context).response.errors[0]!.extensions?.code;
  const source = new Source('{ measures');
  t.equal(codeOf(new GraphQLError('Unexpected end of document.', { source, positions: [10] })), 'GRAPHQL_PARSE_FAILED', 'located in the source, not at a node: the parser, whatever the message says');
  const node = parse('{ measures }').definitions[0]!;
  t.equal(codeOf(new GraphQLError('Syntax Error in the name of the argument.', { nodes: node })), 'GRAPHQL_VALIDATION_FAILED', 'at a node of the document: not a parse error, whatever the message says');
});

t.test('queries the parser did not read are refused as unparseable, JSON syntax trees included', async (t) => {
  const app = await fixtureApp();
  // Mercurius falls back to JSON.parse when a query does not parse: that would bypass the token budget.
  const ast = JSON.stringify(parse('{ __typename }', { noLocation: true }));
  for (const query of [ast, '"x"', 'null', '[]', '{"kind":"Document","definitions":5}']) {
    const res = await gql(app, query);
    t.equal(res.status, 200, `${query.slice(0, 30)}: a document error (legacy JSON)`);
    t.notOk('data' in res.body, 'never executed');
    t.match(res.body.errors, [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
  }
});

t.test('internal failures are logged and reported without their message', async (t) => {
  const logged: unknown[] = [];
  const context = { reply: { request: { headers: {}, log: { error: (o: unknown) => logged.push(o) } } } } as unknown as MercuriusContext;
  const secret = new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/data/blauwdruk.db');
  const result = formatErrors({ data: { measures: null }, errors: [new GraphQLError(secret.message, { originalError: secret, path: ['measures'] })] }, context);
  t.equal(result.statusCode, 200, 'execution had started');
  t.same(result.response.errors, [{ message: 'The server failed to answer this request; the failure has been logged.', path: ['measures'], extensions: { code: 'INTERNAL', type: '/problems/internal' } }]);
  t.equal(logged.length, 1);
});
