import { sql } from 'drizzle-orm';
import jsonld from 'jsonld';
import t, { type Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { openReadOnly } from '../../src/db/client.js';
import { actors } from '../../src/queries/actors.js';
import { selectList } from '../../src/queries/entity.js';
import { whereClause } from '../../src/queries/filters.js';
import { locations } from '../../src/queries/locations.js';
import { toQuery } from '../../src/queries/sql.js';
import { data } from '../graphql/helpers.js';
import { seedDatabase } from '../helpers/dataset.js';
import { buildZoneDatabase } from '../helpers/zone-fixture.js';
import { dataScans, planOf } from '../helpers/plans.js';
import { offlineLoader } from '../publish/helpers.js';

const ORIGIN = 'http://api.test';

/** The app over the tiny police-zone database (see test/helpers/zone-fixture.ts). */
async function zoneApp(t: Test) {
  const app = await buildApp({ dbPath: buildZoneDatabase(t.testdir()), publicUrl: ORIGIN });
  t.teardown(() => app.close());
  return app;
}

const get = async (app: Awaited<ReturnType<typeof zoneApp>>, url: string) => {
  const res = await app.inject(url);
  return { status: res.statusCode, body: res.json() };
};

const summary = (collection: string, id: string, name: string) => ({ id, name, url: `${ORIGIN}/v1/${collection}/${id}` });

t.test('GET /v1/actors?kind=police_zone lists every zone with its municipalities', async (t) => {
  const app = await zoneApp(t);
  const { status, body } = await get(app, '/v1/actors?kind=police_zone');
  t.equal(status, 200);
  t.same(body.data.map((a: any) => a.id), ['politiezone-rivierstreek']);
  const [zone] = body.data;
  t.equal(zone.kind, 'police_zone');
  t.equal(zone.officialNumber, '9901');
  t.same(zone.areas, [
    { ...summary('locations', 'aldorp', 'Aldorp'), start: null, end: null },
    { ...summary('locations', 'beverdam', 'Beverdam'), start: null, end: null },
    { ...summary('locations', 'cranenburg', 'Cranenburg'), start: '2023-01-01', end: null },
  ]);
  t.same(zone.formerNames, [{ name: 'Politiezone Aldorp-Beverdam', start: null, end: '2022-12-31' }]);
  t.same((await get(app, '/v1/actors/politiezone-rivierstreek')).body.areas, zone.areas, 'the record shows the same areas');
});

t.test('the area filter finds the actors serving a place or a place inside it', async (t) => {
  const app = await zoneApp(t);
  t.same((await get(app, '/v1/actors?area=cranenburg')).body.data.map((a: any) => a.id), ['politiezone-rivierstreek']);
  t.same((await get(app, '/v1/actors?area=westland&kind=police_zone')).body.data.map((a: any) => a.id), ['politiezone-rivierstreek'], 'a province holds the municipalities');
  t.same((await get(app, '/v1/actors?area=e99')).body.data, [], 'a place no actor serves');
  const bad = await get(app, '/v1/actors?area=nergensdorp');
  t.equal(bad.status, 400);
  t.equal(bad.body.parameter, 'area');
});

t.test('a municipality and its districts know their police zone; places above them have none', async (t) => {
  const app = await zoneApp(t);
  const zone = summary('actors', 'politiezone-rivierstreek', 'Politiezone Rivierstreek');
  t.same((await get(app, '/v1/locations/beverdam')).body.policeZone, zone);
  t.same((await get(app, '/v1/locations/aldorp-noord')).body.policeZone, zone, "a district: its municipality's zone");
  t.equal((await get(app, '/v1/locations/westland')).body.policeZone, null);
  t.equal((await get(app, '/v1/locations/e99')).body.kind, 'road');
});

t.test('the location filter of measures and figures finds measures naming the zone of the place', async (t) => {
  const app = await zoneApp(t);
  const measures = async (q: string) => (await get(app, `/v1/measures?${q}`)).body.data.map((m: any) => m.text).sort();
  const naming2024 = 'De Politiezone Rivierstreek zet 20 extra agenten in op de markten.';
  const naming2020 = 'De Politiezone Aldorp-Beverdam controleert 300 wagens per week.';
  t.same(await measures('location=beverdam'), [naming2024, naming2020].sort(), 'beverdam is not the zone\'s seat');
  t.same(await measures('location=cranenburg'), [naming2024], 'cranenburg joined in 2023: not the 2020 measure');
  t.same(await measures('location=99003'), [naming2024], 'by NIS code');
  const figures = (await get(app, '/v1/figures?location=cranenburg')).body.data.map((f: any) => f.quote);
  t.same(figures, ['20 extra agenten']);
  const record = (await get(app, '/v1/measures?location=cranenburg')).body.data[0];
  t.same(record.locations.find((l: any) => l.id === 'cranenburg'), { ...summary('locations', 'cranenburg', 'Cranenburg'), via: 'actor' }, 'tied through the actor');
});

t.test('persons show their dated memberships, organisations the roles held in them', async (t) => {
  const app = await zoneApp(t);
  const person = (await get(app, '/v1/actors/jan-peeters')).body;
  t.same(person.memberships, [
    {
      id: 'jan-peeters-1',
      person: summary('actors', 'jan-peeters', 'Jan Peeters'),
      organization: summary('actors', 'gemeente-aldorp', 'Gemeente Aldorp'),
      role: 'burgemeester',
      start: '2013',
      end: '2018-12-31',
      source: 'https://example.org/peeters',
    },
    {
      id: 'jan-peeters-2',
      person: summary('actors', 'jan-peeters', 'Jan Peeters'),
      organization: summary('actors', 'federale-regering', 'Federale regering'),
      role: 'minister van Binnenlandse Zaken',
      start: '2019-01-01',
      end: null,
      source: null,
    },
  ]);
  t.same((await get(app, '/v1/actors/gemeente-aldorp')).body.memberships.map((m: any) => [m.person.id, m.role]), [['jan-peeters', 'burgemeester']]);
  t.same((await get(app, '/v1/actors/lokale-politie')).body.memberships, []);
});

t.test('GraphQL: zone areas, a place’s police zone and memberships navigate to full records', async (t) => {
  const app = await zoneApp(t);
  const result = await data(
    app,
    `{
      location(id: "cranenburg") { policeZone { id kind officialNumber formerNames { name end } areas { start location { id nisCode } } } }
      actor(id: "jan-peeters") { memberships { id role start end source organization { id kind } person { name } } }
      actors(kind: police_zone, area: "beverdam") { nodes { id } }
    }`,
  );
  t.same(result.location.policeZone, {
    id: 'politiezone-rivierstreek',
    kind: 'police_zone',
    officialNumber: '9901',
    formerNames: [{ name: 'Politiezone Aldorp-Beverdam', end: '2022-12-31' }],
    areas: [
      { start: null, location: { id: 'aldorp', nisCode: '99001' } },
      { start: null, location: { id: 'beverdam', nisCode: '99002' } },
      { start: '2023-01-01', location: { id: 'cranenburg', nisCode: '99003' } },
    ],
  });
  t.same(result.actor.memberships.map((m: any) => [m.id, m.role, m.organization.id, m.organization.kind, m.person.name]), [
    ['jan-peeters-1', 'burgemeester', 'gemeente-aldorp', 'government', 'Jan Peeters'],
    ['jan-peeters-2', 'minister van Binnenlandse Zaken', 'federale-regering', 'government', 'Jan Peeters'],
  ]);
  t.same(result.actors.nodes, [{ id: 'politiezone-rivierstreek' }]);
});

t.test('JSON-LD: dated memberships are org:Membership with schema.org dates, from the person and from the organisation', async (t) => {
  const app = await zoneApp(t);
  const ORG = 'http://www.w3.org/ns/org#';
  const SCHEMA = 'http://schema.org/';
  const expand = async (url: string) => {
    const res = await app.inject({ url, headers: { accept: 'application/ld+json' } });
    t.equal(res.statusCode, 200, url);
    const nodes = (await jsonld.expand(res.json(), { documentLoader: offlineLoader as never })) as Array<Record<string, any>>;
    return nodes.find((n) => n['@id'] === `${ORIGIN}${url}`)!;
  };
  const person = await expand('/v1/actors/jan-peeters');
  const held = person['@reverse'][`${ORG}member`] as Array<Record<string, any>>;
  const mayor = held.find((m) => m[`${ORG}organization`]?.[0]['@id'] === `${ORIGIN}/v1/actors/gemeente-aldorp`)!;
  t.same(mayor['@type'], [`${ORG}Membership`]);
  t.same(mayor[`${SCHEMA}startDate`], [{ '@value': '2013' }]);
  t.same(mayor[`${SCHEMA}endDate`], [{ '@value': '2018-12-31' }]);
  const organisation = await expand('/v1/actors/gemeente-aldorp');
  const members = organisation['@reverse'][`${ORG}organization`] as Array<Record<string, any>>;
  t.same(members.map((m) => m[`${ORG}member`][0]['@id']), [`${ORIGIN}/v1/actors/jan-peeters`], 'the organisation lists who held a role in it');
  const zone = await expand('/v1/actors/politiezone-rivierstreek');
  t.same(zone[`${SCHEMA}areaServed`].map((a: any) => a['@id']).sort(), ['aldorp', 'beverdam', 'cranenburg'].map((id) => `${ORIGIN}/v1/locations/${id}`));
});

t.test('zone, area and membership lookups go through indexes (the seed database, with its planner statistics)', async (t) => {
  // The tiny fixture is too small for the planner to prefer an index; the seed database is not.
  const db = openReadOnly(seedDatabase());
  t.teardown(() => db.$client.close());
  const area = whereClause(db, actors.filters, { area: 'oost-vlaanderen' });
  const plans: Array<readonly [string, readonly unknown[]]> = [
    ...[sql`SELECT ${selectList(actors)} FROM actors a WHERE a.id = ${'stad-gent'}`, sql`SELECT ${selectList(locations)} FROM locations l WHERE l.id = ${'gentbrugge'}`].map((f) => {
      const { sql: text, params } = toQuery(f);
      return [text, params] as const;
    }),
    [`SELECT a.id FROM actors a WHERE ${area.sql}`, area.params],
  ];
  for (const [sql, params] of plans) {
    const steps = planOf(db, sql, params);
    t.same(dataScans(steps), [], `${sql.slice(0, 70)}…: ${steps.join(' | ')}`);
  }
});
