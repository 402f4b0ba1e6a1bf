/**
 * The operation choice of a GET request is checked before Mercurius runs it (a 400 instead of
 * Mercurius' 500), from the document's operation names, each query text parsed once (issue 12:
 * every GET request parsed its document twice, here and in Mercurius).
 */
import t from 'tap';
import { operationProblem, operationsOf } from '../../src/graphql/index.js';

t.test('a query text is parsed once for its operations', async (t) => {
  const query = 'query A { themes(first: 1) { nodes { id } } } query B { themes(first: 2) { nodes { id } } } fragment F on Theme { id }';
  const first = operationsOf(query);
  t.same(first, ['A', 'B'], 'the names of its operations, fragments aside');
  t.equal(operationsOf(query), first, 'the second request gets the same list, not a new parse');
  t.same(operationsOf('{ themes { nodes { id } } }'), [null], 'an anonymous operation');
  t.equal(operationsOf('{ themes {'), null, 'a text that does not parse');
});

t.test('the operation choice as graphql-js makes it', async (t) => {
  const two = 'query A { themes { nodes { id } } } query B { themes { nodes { id } } }';
  t.equal(operationProblem('GET', { query: two, operationName: 'B' }), undefined, 'a name one operation has');
  t.equal(operationProblem('GET', { query: two, operationName: 'C' }), 'The document has no operation named "C".');
  t.equal(operationProblem('GET', { query: two }), 'The document has several operations: "operationName" must name one.');
  t.equal(operationProblem('GET', { query: two, operationName: '' }), 'The document has several operations: "operationName" must name one.', 'an empty name names nothing');
  t.equal(operationProblem('GET', { query: '{ themes { nodes { id } } }', operationName: null }), undefined, 'one operation, no name');
  t.equal(operationProblem('GET', { query: '{ themes { nodes { id } } }', operationName: 'A' }), 'The document has no operation named "A".', 'an anonymous operation has no name');
  t.equal(operationProblem('GET', { query: 'fragment F on Theme { id }' }), 'The document has several operations: "operationName" must name one.', 'no operation at all');
  t.equal(operationProblem('GET', { query: '{ themes {' }), undefined, 'Mercurius refuses what does not parse itself');
  t.equal(operationProblem('GET', { query: two, operationName: 1 }), '"operationName" must be a string.');
  t.equal(operationProblem('POST', { query: two }), undefined, 'POST: Mercurius checks the choice itself');
});
