import t from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { data, recordStatements } from './helpers.js';

/**
 * Four levels over the whole dataset: every programme, every measure of each, their
 * figures, actors, places and themes, and one relation below each of those.
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
          figures(first: ${size.links}) { nodes { id document { id } } }
          actors(first: ${size.links}) { pageInfo { hasNextPage } edges { role node { id parent { id } } } }
          locations(first: ${size.links}) { pageInfo { hasNextPage } nodes { id parent { id } } }
          themes(first: ${size.links}) { pageInfo { hasNextPage } nodes { id measureCount } }
        }
      }
    }
  }
}`;

/** Statements per level: a constant, whatever the number of rows. */
const EXPECTED = {
  programmes: 1, // the list
  measures: 2, // measures of all programmes; the issuers
  links: 4, // figures, actors, places and themes of all measures
  below: 3, // documents of the figures; parents of the actors; parents of the places
};

t.test('a four-level query over the whole dataset runs a constant number of statements per level', async (t) => {
  const app = await seedApp(t);
  const run = async (size: { programmes: number; measures: number; links: number }) => {
    const recorder = recordStatements(app.db);
    try {
      return { result: await data(app, nested(size)), sql: recorder.sql };
    } finally {
      recorder.stop();
    }
  };

  const whole = await run({ programmes: 5, measures: 80, links: 5 });
  const programmes = whole.result.programmes;
  const measures = programmes.nodes.flatMap((p: any) => p.measures.nodes);
  t.equal(programmes.pageInfo.hasNextPage, false, 'every programme');
  t.equal(programmes.nodes.length, app.db.$client.prepare('SELECT count(*) FROM programmes').pluck().get());
  t.notOk(programmes.nodes.some((p: any) => p.measures.pageInfo.hasNextPage), 'every measure of each');
  t.equal(measures.length, app.db.$client.prepare('SELECT count(*) FROM measures WHERE programme_id IS NOT NULL').pluck().get());
  for (const field of ['actors', 'locations', 'themes']) t.notOk(measures.some((m: any) => m[field].pageInfo.hasNextPage), `every ${field} of each`);
  const rows = measures.length + measures.reduce((n: number, m: any) => n + m.figures.nodes.length + m.actors.edges.length + m.locations.nodes.length + m.themes.nodes.length, 0);
  t.ok(rows > 500, `${rows} records returned`);

  const expected = EXPECTED.programmes + EXPECTED.measures + EXPECTED.links + EXPECTED.below;
  t.equal(whole.sql.length, expected, `${expected} statements: ${JSON.stringify(EXPECTED)}`);
  t.equal(whole.sql.filter((s) => s.includes('json_each(?)')).length, expected - 1, 'all but the root list are batches over json_each');

  const half = await run({ programmes: 2, measures: 20, links: 2 });
  t.equal(half.sql.length, expected, 'the same count for fewer rows per level');
  const one = await run({ programmes: 1, measures: 1, links: 1 });
  t.ok(one.sql.length <= expected, 'no more for one row per level (fewer when a relation is empty)');
});

t.test('the count holds once Mercurius has compiled the query with graphql-jit', async (t) => {
  const app = await seedApp(t);
  // One document, different variables: each request executes (no cached response), the second on compiled code.
  const query = nested({ programmes: 5, measures: 0, links: 5 }).replace('measures(first: 0)', 'measures(first: $n)');
  const expected = EXPECTED.programmes + EXPECTED.measures + EXPECTED.links + EXPECTED.below;
  for (const n of [80, 79, 78]) {
    const recorder = recordStatements(app.db);
    await data(app, `query($n: Int = 80) ${query}`, { n });
    recorder.stop();
    t.equal(recorder.sql.length, expected, `execution with first: ${n}`);
  }
});

t.test('a record reached twice in a request is read once', async (t) => {
  const app = await seedApp(t);
  const recorder = recordStatements(app.db);
  const result = await data(app, '{ a: measure(id: "m-84c4ad5cf5a7-049") { id document { id } } b: measure(id: "m-84c4ad5cf5a7-049") { id document { title } } }');
  recorder.stop();
  t.equal(result.a.id, result.b.id);
  t.equal(recorder.sql.length, 2, 'one statement for the measure, one for its document');
});
