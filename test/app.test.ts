import t from 'tap';
import { fixtureApp } from './helpers/fixture-db.js';

t.test('GET /healthz answers once the database is readable', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject('/healthz');
  t.equal(res.statusCode, 200);
  t.match(res.json(), { status: 'ok', version: /^[0-9a-f]{16}$/ });
});

t.test('GET /v1 gives the dataset version and counts for every entity', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject('/v1');
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.match(body.version, /^[0-9a-f]{16}$/);
  t.match(body.counts, { documents: 5, programmes: 4, measures: 109, figures: 14, actors: 16, locations: 14, themes: 6 }, 'the fixture, counted');
});
