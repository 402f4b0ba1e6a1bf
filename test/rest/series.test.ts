/**
 * Figure meaning and series over REST, on the seed corpus: the new figure fields and filters
 * (unit and unitKind, status, direction, subjectActor, subjectLocation, series), CSV and NDJSON
 * columns, /v1/series with its points in date order and their provenance, the figures of an
 * actor and of a series, JSON-LD, and the errors of bad values.
 */
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { getJson, parseCsv, walkPages } from './util.js';

const FGP = 's-fgp-antwerpen--staff';

t.test('a figure carries subject, offsets, links, status, canonical unit and series', async (t) => {
  const app = await seedApp(t);
  const { res, body } = await getJson(app, '/v1/figures/f-c5bb29bf6d9f-1157');
  t.equal(res.statusCode, 200);
  t.match(body, {
    subject: 'Federale Scheepvaartpolitie', subjectStart: 1054, subjectEnd: 1081,
    subjectActor: { id: 'federale-scheepvaartpolitie', name: 'Federale Scheepvaartpolitie', url: /\/v1\/actors\/federale-scheepvaartpolitie$/ },
    subjectLocation: { id: 'antwerpen' },
    status: 'actual', direction: 'increase', change: 126, unitKind: 'staff', normalizedValue: 312,
    series: { id: 's-federale-scheepvaartpolitie--staff', url: /\/v1\/series\/s-federale-scheepvaartpolitie--staff$/ },
  });
  const text = (await app.inject({ url: '/v1/documents/doc-c5bb29bf6d9f/text' })).body;
  t.equal([...text].slice(body.subjectStart, body.subjectEnd).join(''), body.subject, 'the subject offsets are code points into the document text');
  const mass = (await getJson(app, '/v1/figures?unitKind=mass_kg')).body.data;
  t.match(mass, [{ unit: 'ton', value: 40, normalizedValue: 40000, subject: 'cocaïne' }], 'mass normalised to kg');
});

t.test('filters: unit as written and unit kind, status, direction, subject actor and place, series', async (t) => {
  const app = await seedApp(t);
  const ids = async (query: string) => (await walkPages(app, `/v1/figures?${query}`)).records.map((f) => f.id as string).sort();
  const staff = (await walkPages(app, '/v1/figures?unitKind=staff')).records;
  t.ok(staff.length >= 4, `${staff.length} staff figures`);
  t.same(new Set(staff.map((f) => f.unitKind)), new Set(['staff']));
  t.ok(['medewerkers', 'personeelsleden', 'verbindingsofficieren'].every((u) => staff.some((f) => f.unit === u)), 'staff compares figures written in different words');
  t.same(await ids('unit=personeelsleden&unitKind=staff'), await ids('unit=personeelsleden'), 'unit and unitKind combine');
  const targets = (await walkPages(app, '/v1/figures?status=target')).records;
  t.ok(targets.length > 0 && targets.every((f) => f.status === 'target'));
  t.ok(targets.some((f) => f.value === 550), 'the FGP staffing need is a target');
  t.same((await walkPages(app, '/v1/figures?direction=increase')).records.map((f) => f.value), [312]);
  t.same(await ids('subjectActor=fgp-antwerpen'), ['f-c5bb29bf6d9f-766', 'f-c5bb29bf6d9f-852']);
  t.same(await ids(`series=${FGP}`), ['f-c5bb29bf6d9f-766', 'f-c5bb29bf6d9f-852']);
  t.ok((await ids('subjectLocation=antwerpen')).includes('f-c5bb29bf6d9f-1157'), 'a subject place, by id');
  t.same(await ids('subjectLocation=Antwerpen'), await ids('subjectLocation=antwerpen'), 'or by name');
  const { body } = await getJson(app, '/v1/figures?subjectActor=fgp-antwerpen&facet=status,unitKind');
  t.match(body.facets.status, [{ value: 'actual', count: 1 }, { value: 'target', count: 1 }]);
  t.same(body.facets.unitKind, [{ value: 'staff', name: 'staff', count: 2 }]);
});

t.test('bad values are 400 problems naming the parameter', async (t) => {
  const app = await seedApp(t);
  for (const [query, parameter] of <Array<[string, string]>>[['status=planned', 'status'], ['unitKind=staf', 'unitKind'], ['subjectActor=nobody', 'subjectActor'], ['series=s-none', 'series'], ['direction=up', 'direction'], ['subjectLocation=Atlantis', 'subjectLocation']]) {
    const { res, body } = await getJson(app, `/v1/figures?${query}`);
    t.equal(res.statusCode, 400, query);
    t.equal(body.parameter, parameter, `${query} names ${parameter}`);
  }
  t.equal((await app.inject({ url: '/v1/series?unitKind=nope' })).statusCode, 400);
  const missing = await getJson(app, '/v1/series/s-none');
  t.equal(missing.res.statusCode, 404);
  t.match(missing.body.detail, 'There is no series with id "s-none"');
});

t.test('the FGP staffing target and the staffing observed are one series, in date order, each point with its provenance', async (t) => {
  const app = await seedApp(t);
  const { res, body } = await getJson(app, `/v1/series/${FGP}`);
  t.equal(res.statusCode, 200);
  t.match(body, {
    id: FGP, name: 'Federale Gerechtelijke Politie Antwerpen: staff', unitKind: 'staff', points: 2, firstDate: '2023-12-31', lastDate: '2023-12-31',
    actor: { id: 'fgp-antwerpen' }, location: null, figuresUrl: /\/v1\/series\/s-fgp-antwerpen--staff\/figures$/, embedUrl: /^http:\/\/[^/]+\/embed\/series\/s-fgp-antwerpen--staff$/,
  });
  t.match(body.data, [
    { value: 550, status: 'target', referenceDate: null, unit: 'personeelsleden', figure: { id: 'f-c5bb29bf6d9f-766' }, provenance: { document: 'doc-c5bb29bf6d9f', start: 766, end: 785, quote: '550 personeelsleden' } },
    { value: 462, status: 'actual', referenceDate: '2023-12-31', figure: { id: 'f-c5bb29bf6d9f-852' }, provenance: { start: 852, end: 855, quote: '462' } },
  ]);
  const list = await walkPages(app, '/v1/series?unitKind=staff');
  t.ok(list.records.some((s) => s.id === FGP));
  t.same((await walkPages(app, '/v1/series?minPoints=2')).records.map((s) => s.id), [FGP], 'only the FGP series has two points in the seeds');
  t.same((await walkPages(app, '/v1/series?actor=fgp-antwerpen')).records.map((s) => s.id), [FGP]);
  t.ok((await walkPages(app, '/v1/series?location=antwerpen')).records.some((s) => s.id === FGP), 'an actor seated in the place');
});

t.test('figures of an actor and of a series', async (t) => {
  const app = await seedApp(t);
  const ofActor = await walkPages(app, '/v1/actors/fgp-antwerpen/figures');
  t.same(ofActor.records.map((f) => f.value), [550, 462]);
  const ofSeries = await walkPages(app, `/v1/series/${FGP}/figures?status=actual`);
  t.same(ofSeries.records.map((f) => f.value), [462], 'other filters still apply');
  t.equal((await app.inject({ url: '/v1/actors/nobody/figures' })).statusCode, 404);
});

t.test('CSV and NDJSON carry the new fields', async (t) => {
  const app = await seedApp(t);
  const csv = await app.inject({ url: `/v1/figures.csv?series=${FGP}` });
  const [header, ...rows] = parseCsv(csv.body);
  for (const column of ['subject', 'subjectStart', 'subjectEnd', 'subjectActor_id', 'subjectLocation_id', 'status', 'direction', 'change', 'unitKind', 'normalizedValue', 'series_id']) {
    t.ok(header!.includes(column), `CSV column ${column}`);
  }
  t.same(rows.map((r) => r[header!.indexOf('status')]), ['target', 'actual']);
  const ndjson = await app.inject({ url: '/v1/series.ndjson?minPoints=2' });
  const lines = ndjson.body.trim().split('\n').map((l) => JSON.parse(l));
  t.match(lines, [{ id: FGP, data: [{ status: 'target' }, { status: 'actual' }] }]);
});

t.test('JSON-LD of a series and of a figure', async (t) => {
  const app = await seedApp(t);
  const { body: series } = await getJson(app, `/v1/series/${FGP}`, { accept: 'application/ld+json' });
  t.match(series, { '@type': ['Series'], '@id': /\/v1\/series\/s-fgp-antwerpen--staff$/, actor: { '@id': /\/v1\/actors\/fgp-antwerpen$/ } });
  const { body: figure } = await getJson(app, '/v1/figures/f-c5bb29bf6d9f-852', { accept: 'application/ld+json' });
  t.match(figure, { subjectActor: { '@id': /\/v1\/actors\/fgp-antwerpen$/ }, status: 'actual', unitKind: 'staff', series: { '@id': /\/v1\/series\/s-fgp-antwerpen--staff$/ } });
  const context = (await getJson(app, '/contexts/blauwdruk.jsonld')).body['@context'];
  for (const term of ['Series', 'subjectActor', 'subjectLocation', 'status', 'unitKind', 'normalizedValue', 'series', 'data']) t.ok(term in context, `context defines ${term}`);
});
