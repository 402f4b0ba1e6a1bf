import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { listMeasures, measuresOfLocation, measuresOfProgramme } from '../../src/queries/measures.js';
import { search } from '../../src/queries/search.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { data, gql, recordStatements } from './helpers.js';

/** Follows `endCursor` through a connection reached by `path` from the data, collecting node ids. */
async function walk(app: FastifyInstance, query: (after: string | null) => string, path: (data: any) => any) {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const connection = path(await data(app, query(after)));
    seen.push(...connection.edges.map((e: any) => e.node.id));
    pages++;
    if (!connection.pageInfo.hasNextPage) return { seen, pages, last: connection };
    after = connection.pageInfo.endCursor;
  }
}

const arg = (after: string | null) => (after ? `, after: ${JSON.stringify(after)}` : '');
const page = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor }';

t.test('walking a root list by endCursor visits every record once, in order, under any sort', async (t) => {
  const app = await fixtureApp();
  for (const sort of ['id', '-ordinal', 'statementKind']) {
    const { seen, pages, last } = await walk(app, (after) => `{ measures(first: 25, sort: "${sort}"${arg(after)}) { ${page} } }`, (d) => d.measures);
    const all = listMeasures(app.db, {}, { sort, limit: 500 }).items.map((m) => m.id);
    t.same(seen, all, `sort ${sort}: ${pages} pages`);
    t.equal(pages, Math.ceil(all.length / 25));
    t.not(last.pageInfo.endCursor, null, 'the last page has an end cursor too');
  }
});

t.test('every edge cursor continues right after its edge, and cursors are those of REST', async (t) => {
  const app = await fixtureApp();
  const { measures } = await data(app, `{ measures(first: 10, location: "gent", sort: "-ordinal") { ${page} } }`);
  const third = measures.edges[2];
  const { measures: rest } = await data(app, `{ measures(first: 3, location: "gent", sort: "-ordinal", after: ${JSON.stringify(third.cursor)}) { ${page} } }`);
  t.same(rest.edges.map((e: any) => e.node.id), measures.edges.slice(3, 6).map((e: any) => e.node.id));
  t.equal(measures.pageInfo.endCursor, measures.edges[9].cursor, 'endCursor is the last edge’s cursor');

  const res = await app.inject('/v1/measures?location=gent&sort=-ordinal&limit=10');
  const next = new URL(res.json().next).searchParams.get('cursor');
  t.equal(measures.pageInfo.endCursor, next, 'the REST next cursor');
});

t.test('nested lists page by cursor too, and their cursors work on the root list', async (t) => {
  const app = await fixtureApp();
  const { seen } = await walk(app, (after) => `{ location(id: "gent") { measures(first: 7${arg(after)}) { ${page} } } }`, (d) => d.location.measures);
  t.same(seen, measuresOfLocation.all(app.db, ['gent'])[0]!.map((m) => m.id));

  const { programme } = await data(app, `{ programme(id: "gent-bestuursakkoord") { measures(first: 5) { ${page} } } }`);
  const after = JSON.stringify(programme.measures.pageInfo.endCursor);
  const nested = await data(app, `{ programme(id: "gent-bestuursakkoord") { measures(first: 5, after: ${after}) { ${page} } } }`);
  const root = await data(app, `{ measures(first: 5, programme: "gent-bestuursakkoord", after: ${after}) { ${page} } }`);
  t.same(root.measures.edges.map((e: any) => e.node.id), nested.programme.measures.edges.map((e: any) => e.node.id));
});

t.test('search pages by cursor through every hit', async (t) => {
  const app = await fixtureApp();
  const { seen, pages } = await walk(app, (after) => `{ search(q: "politie", first: 4${arg(after)}) { ${page} totalCount } }`, (d) => d.search);
  const all = search(app.db, { q: 'politie', limit: 500 }).items.map((h) => h.id);
  t.same(seen, all);
  t.ok(pages > 2);
  const { search: first } = await data(app, '{ search(q: "politie", first: 4) { totalCount rankingExact ranked } }');
  t.same(first, { totalCount: all.length, rankingExact: true, ranked: all.length }, 'on the fixture every match is ranked');
});

t.test('first is capped at 100 and must be positive, at the root and nested', async (t) => {
  const app = await fixtureApp();
  for (const query of ['{ measures(first: 101) { totalCount } }', '{ measures(first: 0) { totalCount } }', `{ measure(id: "${fixture.measures.camera!.id}") { actors(first: 1000) { totalCount } } }`]) {
    const { body } = await gql(app, query);
    t.match(body.errors, [{ message: /between 1 and 100/, extensions: { code: 'INVALID_PARAMETER', parameter: 'first' } }], query);
  }
  t.equal((await data(app, '{ measures(first: 100) { nodes { id } } }')).measures.nodes.length, 100);
});

t.test('totalCount counts the whole filtered list', async (t) => {
  const app = await fixtureApp();
  const { measures, programme } = await data(app, '{ measures(first: 1, location: "gent") { totalCount } programme(id: "federaal-drugsplan") { measures(first: 1) { totalCount } } }');
  t.equal(measures.totalCount, listMeasures(app.db, { location: 'gent' }, { limit: 500 }).items.length);
  t.equal(programme.measures.totalCount, listMeasures(app.db, { programme: 'federaal-drugsplan' }, { limit: 500 }).items.length);
});

t.test('nested lists are paged per parent in SQL, all parents in one statement, each page as the REST list', async (t) => {
  const app = await fixtureApp();
  const programmeIds = app.db.$client.prepare('SELECT id FROM programmes ORDER BY id').pluck().all() as string[];
  const restPage = (programme: string, limit: number, cursor?: string) => listMeasures(app.db, { programme }, { limit, cursor });
  const query = (after: string | null) => `{ programmes(first: 10) { nodes { id measures(first: 3${arg(after)}) { totalCount ${page} } } } }`;

  const recorder = recordStatements(app.db);
  const first = await data(app, query(null));
  recorder.stop();
  t.equal(recorder.sql.length, 3, 'the programmes, the pages of every programme, the totals of every programme');
  for (const p of first.programmes.nodes) {
    const rest = restPage(p.id, 3);
    t.same(p.measures.edges.map((e: any) => e.node.id), rest.items.map((m) => m.id), `${p.id}: the first page`);
    t.equal(p.measures.pageInfo.hasNextPage, rest.next !== null);
    if (rest.next) t.equal(p.measures.pageInfo.endCursor, rest.next, 'the REST next cursor');
    t.equal(p.measures.totalCount, listMeasures(app.db, { programme: p.id }, { limit: 500 }).items.length, 'totalCount is the whole list');
  }

  // One cursor for every parent: each continues its own list after that id.
  const cursor = first.programmes.nodes.find((p: any) => p.measures.pageInfo.hasNextPage).measures.edges[1].cursor;
  const after = await data(app, query(cursor));
  for (const p of after.programmes.nodes) {
    t.same(p.measures.edges.map((e: any) => e.node.id), restPage(p.id, 3, cursor).items.map((m) => m.id), `${p.id}: the page after the cursor`);
  }

  const pages = measuresOfProgramme.pages(app.db, programmeIds, { limit: 2 });
  t.ok(pages.every((p) => p.items.length <= 2), 'the query layer returns at most the page size per parent');
  t.same(pages.map((p) => p.cursors().length), pages.map((p) => p.items.length), 'and a cursor per item');
});

t.test('an invalid nested cursor is an INVALID_CURSOR error on the field', async (t) => {
  const app = await fixtureApp();
  const { body } = await gql(app, '{ programmes(first: 2) { nodes { measures(after: "garbage") { nodes { id } } } } }');
  t.match(body.errors, [{ extensions: { code: 'INVALID_CURSOR', parameter: 'after' } }]);
});
