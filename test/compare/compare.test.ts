/** Comparing places: the REST route and the page, over the seed corpus. */
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';

type Json = Record<string, any>;

t.test('GET /v1/compare: per theme, each place with its measures, figures and programmes', async (t) => {
  const app = await seedApp(t);
  const res = await app.inject('/v1/compare?locations=gent,Antwerpen');
  t.equal(res.statusCode, 200);
  const body = res.json() as Json;
  t.same(body.locations.map((l: Json) => l.id), ['gent', 'antwerpen'], 'names resolve to ids, in the order asked');
  t.ok(body.themes.length > 0);
  const totals = body.themes.map((r: Json) => r.total);
  t.same(totals, [...totals].sort((a: number, b: number) => b - a), 'most measures first');
  // Every cell agrees with the measures list it links to.
  for (const row of body.themes.slice(0, 4)) {
    for (const cell of row.places) {
      t.equal(cell.commitments + cell.observations + cell.questions <= cell.measures, true);
      const list = (await app.inject(`${cell.measuresUrl.replace(/^http:\/\/[^/]+/, '')}&count=true&limit=1`)).json() as Json;
      t.equal(cell.measures, list.total, `${cell.location} × ${row.theme.id}: the count is the size of the linked list`);
    }
  }
  const gentRow = body.themes.find((r: Json) => r.places[0].measures > 0);
  t.ok(gentRow.places[0].programmes.some((p: Json) => p.id === 'gent-bestuursakkoord'), 'the programmes the measures come from');
});

t.test('compare on one theme; bad places and themes are 400s that name the parameter', async (t) => {
  const app = await seedApp(t);
  const one = (await app.inject('/v1/compare?locations=gent,antwerpen&theme=drugs')).json() as Json;
  t.ok(one.themes.every((r: Json) => r.theme.id === 'drugs'));
  for (const [url, parameter] of [['/v1/compare?locations=gent,nergensland', 'locations'], ['/v1/compare?locations=gent&theme=geen-thema', 'theme'], ['/v1/compare', 'locations']] as const) {
    const res = await app.inject(url);
    t.equal(res.statusCode, 400, url);
    t.equal(res.json().parameter, parameter, url);
  }
});

t.test('the compare page: a table linked to the measures, and an SVG chart', async (t) => {
  const app = await seedApp(t);
  const page = await app.inject('/browse/compare?locations=gent,antwerpen');
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /text\/html/);
  t.match(page.body, /<table class="compare">/);
  t.match(page.body, /href="\/v1\/measures\?location=gent&amp;theme=/);
  t.match(page.body, /<svg class="chart" role="img"/);
  t.notMatch(page.body, /<script/, 'no JavaScript needed');
  const bad = await app.inject('/browse/compare?locations=nergensland');
  t.equal(bad.statusCode, 400);
  t.match(bad.body, /role="alert"/);
  const empty = await app.inject('/browse/compare');
  t.equal(empty.statusCode, 200);
  t.match(empty.body, /name="locations"/);
  const home = await app.inject('/');
  t.match(home.body, /href="\/browse\/compare\?locations=/);
});

t.test('GraphQL compare agrees with REST', async (t) => {
  const app = await seedApp(t);
  const rest = (await app.inject('/v1/compare?locations=gent,antwerpen')).json() as Json;
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ compare(locations: ["gent", "Antwerpen"]) { locations { id } themes { theme { id labelNl } total places { location { id name } measures commitments figures programmes { id } measuresUrl } } } }' } });
  const body = res.json() as Json;
  t.notOk(body.errors, JSON.stringify(body.errors));
  const gql = body.data.compare;
  t.same(gql.locations.map((l: Json) => l.id), ['gent', 'antwerpen']);
  t.same(
    gql.themes.map((r: Json) => [r.theme.id, r.total, r.places.map((c: Json) => [c.location.id, c.measures, c.commitments, c.figures, c.programmes.map((p: Json) => p.id), c.measuresUrl])]),
    rest.themes.map((r: Json) => [r.theme.id, r.total, r.places.map((c: Json) => [c.location, c.measures, c.commitments, c.figures, c.programmes.map((p: Json) => p.id), c.measuresUrl])]),
  );
  const bad = (await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ compare(locations: ["nergensland"]) { themes { total } } }' } })).json() as Json;
  t.equal(bad.errors[0].extensions.code, 'INVALID_PARAMETER');
});
