import t, { type Test } from 'tap';
import { actorsOfMeasure } from '../../src/queries/actors.js';
import { figuresOfMeasure } from '../../src/queries/figures.js';
import { locationsOfMeasure } from '../../src/queries/locations.js';
import { measuresOfProgramme } from '../../src/queries/measures.js';
import type { Relation } from '../../src/queries/related.js';
import { themesOfMeasure } from '../../src/queries/themes.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { data, recordStatements } from './helpers.js';

/**
 * Four levels: programmes, their measures, the figures, actors, places and themes of
 * those, and one relation below each of those.
 */
const nested = (size: { programmes: number; measures: number; links: number }) => `{
  programmes(first: ${size.programmes}) {
    pageInfo { hasNextPage }
    nodes {
      id
      issuer { id }
      measures(first: ${size.measures}) {
        pageInfo { hasNextPage }
        nodes {
          id
          figures(first: ${size.links}) { pageInfo { hasNextPage } nodes { id document { id } } }
          actors(first: ${size.links}) { pageInfo { hasNextPage } edges { role node { id parent { id } } } }
          locations(first: ${size.links}) { pageInfo { hasNextPage } nodes { id parent { id } } }
          themes(first: ${size.links}) { pageInfo { hasNextPage } nodes { id measureCount } }
        }
      }
    }
  }
}`;

const id = (record: { id: string }) => record.id;

/** The relations of the third level, by field. */
const LINKS: Record<string, Relation<unknown>> = { figures: figuresOfMeasure, actors: actorsOfMeasure, locations: locationsOfMeasure, themes: themesOfMeasure };

/**
 * Each connection is a first page of `size` of a list of `totals[i]` records: all of
 * them and no next page when they fit, `size` of them and a next page when they do not.
 */
function checkPages(t: Test, connections: any[], totals: number[], size: number, what: string) {
  const items = (c: any) => (c.nodes ?? c.edges).length;
  t.same(connections.map(items), totals.map((n) => Math.min(n, size)), `${what}: a page of at most ${size}`);
  t.same(connections.map((c) => c.pageInfo.hasNextPage), totals.map((n) => n > size), `${what}: a next page exactly when the list is longer`);
}

/**
 * Statements per level: a constant, whatever the number of rows. A record read by id or
 * listed reads each summary it carries with one more statement for all of them (a batch,
 * entity.ts): the programmes' `issuer`, the `parent` of the actors and places read by id.
 */
const EXPECTED = {
  programmes: 2, // the list; the issuer summaries
  measures: 3, // measures of all programmes; the issuers; their parent summaries
  links: 4, // figures, actors, places and themes of all measures
  below: 4, // documents of the figures; parents of the actors and their parent summaries; parents of the places
};

t.test('a four-level query over the whole dataset runs a constant number of statements per level', async (t) => {
  const app = await fixtureApp();
  const run = async (size: { programmes: number; measures: number; links: number }) => {
    const recorder = recordStatements(app.db);
    try {
      return { result: await data(app, nested(size)), sql: recorder.sql };
    } finally {
      recorder.stop();
    }
  };

  // The largest pages the cost limit admits; each page is checked against the size of
  // its whole list, so the test holds however the dataset grows.
  const whole = await run({ programmes: 5, measures: 100, links: 5 });
  const programmes = whole.result.programmes;
  checkPages(t, [programmes], [app.db.$client.prepare('SELECT count(*) FROM programmes').pluck().get() as number], 5, 'programmes');
  checkPages(t, programmes.nodes.map((p: any) => p.measures), measuresOfProgramme.counts(app.db, programmes.nodes.map(id)), 100, 'measures of each programme');
  const measures = programmes.nodes.flatMap((p: any) => p.measures.nodes);
  for (const [field, relation] of Object.entries(LINKS)) checkPages(t, measures.map((m: any) => m[field]), relation.counts(app.db, measures.map(id)), 5, `${field} of each measure`);
  const rows = measures.length + measures.reduce((n: number, m: any) => n + m.figures.nodes.length + m.actors.edges.length + m.locations.nodes.length + m.themes.nodes.length, 0);
  t.ok(rows > 300, `${rows} records returned`);

  const expected = EXPECTED.programmes + EXPECTED.measures + EXPECTED.links + EXPECTED.below;
  t.equal(whole.sql.length, expected, `${expected} statements: ${JSON.stringify(EXPECTED)}`);
  t.equal(whole.sql.filter((s) => s.includes('json_each(?)')).length, expected - 1, 'all but the root list are batches over json_each');

  // A summary batch none of whose records has a reference (no parent) runs no statement.
  const half = await run({ programmes: 2, measures: 20, links: 2 });
  t.ok(half.sql.length <= expected, `no more for fewer rows per level (${half.sql.length})`);
  const one = await run({ programmes: 1, measures: 1, links: 1 });
  t.ok(one.sql.length <= expected, 'no more for one row per level (fewer when a relation is empty)');
});

t.test('the count holds once Mercurius has compiled the query with graphql-jit', async (t) => {
  const app = await fixtureApp();
  // One document, different variables: each request executes (no cached response), the second on compiled code.
  const query = nested({ programmes: 5, measures: 0, links: 5 }).replace('measures(first: 0)', 'measures(first: $n)');
  const expected = EXPECTED.programmes + EXPECTED.measures + EXPECTED.links + EXPECTED.below;
  for (const n of [100, 99, 98]) {
    const recorder = recordStatements(app.db);
    await data(app, `query($n: Int = 100) ${query}`, { n });
    recorder.stop();
    t.equal(recorder.sql.length, expected, `execution with first: ${n}`);
  }
});

t.test('a record reached twice in a request is read once', async (t) => {
  const app = await fixtureApp();
  const recorder = recordStatements(app.db);
  const result = await data(app, `{ a: measure(id: "${fixture.measures.camera!.id}") { id document { id } } b: measure(id: "${fixture.measures.camera!.id}") { id document { title } } }`);
  recorder.stop();
  t.equal(result.a.id, result.b.id);
  t.equal(recorder.sql.length, 3, 'one statement for the measure, one for its document summary, one for its document');
});

t.test('batched statements loop over the parent ids, the outermost loop of their plans', async (t) => {
  const app = await fixtureApp();
  const recorder = recordStatements(app.db);
  await data(app, `{
    locations(first: 30) { nodes { measures(first: 5) { totalCount nodes { id } } figures(first: 5) { totalCount nodes { id } } } }
    programmes(first: 5) { nodes { measures(first: 10) { totalCount nodes { actors(first: 3) { totalCount nodes { id } } locations(first: 3) { nodes { id } } themes(first: 3) { nodes { id } } figures(first: 3) { nodes { id } } } }
      documents { nodes { programmes { totalCount nodes { id } } } } } }
  }`);
  recorder.stop();
  const batches = [...new Set(recorder.sql.filter((sql) => sql.includes('json_each(?)')))];
  t.ok(batches.length >= 10, `${batches.length} distinct batched statements`);
  for (const sql of batches) {
    // EXPLAIN QUERY PLAN needs values for the parameters: a list of one id, then numbers.
    const params = Array.from({ length: sql.split('?').length - 1 }, (_, i) => (i === 0 ? '["gent"]' : 1));
    const plan = (app.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
    const access = plan.filter((step) => /^(SCAN|SEARCH) /.test(step));
    t.match(access[0], /^SCAN j\b/, `the parent ids first: ${sql.slice(0, 60)}…`);
    t.same(plan.filter((step) => /AUTOMATIC/.test(step)), [], 'no index built on the fly');
  }
});
