import t from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { getJson, walkPages } from './util.js';

const collections = ['documents', 'programmes', 'measures', 'figures', 'actors', 'locations', 'themes'] as const;

t.test('GET /v1 lists every resource with counts and the version', async (t) => {
  const app = await seedApp(t);
  const { res, body } = await getJson(app, '/v1');
  t.equal(res.statusCode, 200);
  t.match(body.version, /^[0-9a-f]{16}$/);
  for (const c of collections) {
    t.equal(body.resources[c], `http://localhost:80/v1/${c}`);
    t.ok(body.counts[c] > 0, `${c} counted`);
  }
  t.equal(body.search, 'http://localhost:80/v1/search');
  const health = await getJson(app, '/healthz');
  t.same(health.body, { status: 'ok', version: body.version });
});

t.test('every collection lists records that link to themselves and to summaries', async (t) => {
  const app = await seedApp(t);
  const root = (await getJson(app, '/v1')).body;
  for (const c of collections) {
    const { res, body } = await getJson(app, `/v1/${c}?limit=500&count=true`);
    t.equal(res.statusCode, 200, c);
    t.equal(body.total, root.counts[c], `${c}: total`);
    const { records } = await walkPages(app, `/v1/${c}?limit=500`);
    t.equal(records.length, root.counts[c], `${c}: the pages hold every record`);
    const first = body.data[0];
    t.equal(first.url, `http://localhost:80/v1/${c}/${first.id}`);
    const one = await getJson(app, first.url.replace('http://localhost:80', ''));
    t.equal(one.res.statusCode, 200);
    t.same(one.body, first, `${c}/{id} is the listed record`);
    const missing = await getJson(app, `/v1/${c}/no-such-id`);
    t.equal(missing.res.statusCode, 404);
    t.equal(missing.body.code, 'NOT_FOUND');
    t.equal(missing.res.headers['content-type'], 'application/problem+json; charset=utf-8');
  }
});

t.test('measures carry provenance: the quote is the exact span of the document text', async (t) => {
  const app = await seedApp(t);
  const { body } = await getJson(app, '/v1/measures?limit=20');
  const texts = new Map<string, string>();
  for (const m of body.data) {
    const doc = m.provenance.document;
    if (!texts.has(doc)) texts.set(doc, (await app.inject(`/v1/documents/${doc}/text`)).body);
    t.equal([...texts.get(doc)!].slice(m.provenance.start, m.provenance.end).join(''), m.provenance.quote, m.id);
    t.equal(m.provenance.quote, m.text);
    t.equal(m.document.id, doc, 'provenance names the document the record summarises');
    t.match(m.document, { id: String, name: String, url: /^http:\/\/localhost:80\/v1\/documents\// });
  }
});

t.test('figures carry provenance and summaries of measure and document', async (t) => {
  const app = await seedApp(t);
  const { body } = await getJson(app, '/v1/figures?limit=500');
  for (const f of body.data) {
    const text = (await app.inject(`/v1/documents/${f.document.id}/text`)).body;
    t.equal([...text].slice(f.provenance.start, f.provenance.end).join(''), f.quote, f.id);
    t.equal(f.provenance.document, f.document.id);
    t.match(f.measure, { id: /^m-/, url: /\/v1\/measures\/m-/ });
  }
});

t.test('mentions are the provenance of actors and places: quoted spans under the actor, place, document or measure', async (t) => {
  const app = await seedApp(t);
  const texts = new Map<string, string[]>();
  const textOf = async (doc: string) => texts.get(doc) ?? texts.set(doc, [...(await app.inject(`/v1/documents/${doc}/text`)).body]).get(doc)!;
  const actor = (await getJson(app, '/v1/actors/politiezone-gent')).body;
  t.match(actor.mentionsUrl, /^http:\/\/localhost:80\/v1\/actors\/politiezone-gent\/mentions$/);
  const { records } = await walkPages(app, `${actor.mentionsUrl.replace(/^http:\/\/[^/]+/, '')}?limit=2`);
  t.ok(records.length >= 3, 'several mentions, paged');
  for (const m of records) {
    t.equal(m.actor.id, 'politiezone-gent');
    t.equal(m.location, null);
    t.equal((await textOf(m.document.id)).slice(m.start, m.end).join(''), m.quote, `${m.id} quotes the text at its offsets`);
    t.same(m.provenance, { document: m.document.id, start: m.start, end: m.end, quote: m.quote, page: null }, "seed texts have no pages");
    t.equal(m.url, `http://localhost:80/v1/documents/${m.document.id}/text#char=${m.start},${m.end}`, 'RFC 5147 span URL');
  }
  t.same(records.map((m: any) => m.start), [...records.map((m: any) => m.start)].sort((a, b) => a - b), 'in reading order');
  const inDocument = (await getJson(app, `/v1/documents/${records[0].document.id}/mentions?actor=politiezone-gent&limit=500`)).body.data;
  t.same(inDocument.map((m: any) => m.id), records.filter((m: any) => m.document.id === records[0].document.id).map((m: any) => m.id), 'the document list filters by actor');
  const ghent = (await getJson(app, '/v1/locations/gent/mentions?limit=500')).body.data.map((m: any) => m.location.id);
  t.ok(ghent.includes('gent') && ghent.includes('zuidbuurt'), 'a place includes the places inside it');
  const camera = (await getJson(app, '/v1/measures?location=zuidbuurt&q=camera')).body.data[0];
  const named = (await getJson(app, `/v1/measures/${camera.id}/mentions`)).body.data;
  t.same(named.filter((m: any) => m.location).map((m: any) => m.location.id).sort(), ['overpoortstraat', 'zuidbuurt']);
  t.equal((await getJson(app, '/v1/actors/nobody/mentions')).res.statusCode, 404);
  t.match((await getJson(app, '/v1/actors/politiezone-gent/mentions?actor=douane')).body, { status: 400, code: 'UNKNOWN_PARAMETER', parameter: 'actor' }, 'the path fixes the actor');
  const csv = await app.inject({ url: '/v1/locations/zuidbuurt/mentions', headers: { accept: 'text/csv' } });
  t.match(csv.body.split('\r\n')[0], /^id,quote,start,end,url,document_id,measure_id,actor_id,location_id,provenance_document,/);
});

t.test('JSON text columns come out as arrays, nulls stay null', async (t) => {
  const app = await seedApp(t);
  const actor = (await getJson(app, '/v1/actors/adiv')).body;
  t.same(actor.aliases, ['ADIV', 'militaire inlichtingendienst']);
  t.equal(actor.party, null);
  t.same(actor.parent, { id: 'defensie', name: 'Defensie', url: 'http://localhost:80/v1/actors/defensie' });
  const theme = (await getJson(app, '/v1/themes/cameratoezicht')).body;
  t.ok(Array.isArray(theme.cues) && theme.cues.includes('anpr'));
  const doc = (await getJson(app, '/v1/documents/doc-83930be07b5f')).body;
  t.ok(Array.isArray(doc.evidence) && doc.evidence.length > 0);
  t.equal(doc.sourceUrl, null);
  t.equal(doc.issuer.id, 'groen');
  t.equal(doc.textUrl, 'http://localhost:80/v1/documents/doc-83930be07b5f/text');
  const gent = (await getJson(app, '/v1/locations/44021')).res;
  t.equal(gent.statusCode, 404, 'item routes take ids only; NIS codes are for filters');
});

t.test('relation lists', async (t) => {
  const app = await seedApp(t);
  const programme = await getJson(app, '/v1/programmes/gent-bestuursakkoord/measures?limit=500');
  t.ok(programme.body.data.length > 0);
  t.ok(programme.body.data.every((m: any) => m.programme.id === 'gent-bestuursakkoord'));

  const doc = await getJson(app, '/v1/documents/doc-ff570039c662/measures?limit=500');
  t.ok(doc.body.data.every((m: any) => m.document.id === 'doc-ff570039c662'));

  const actor = await getJson(app, '/v1/actors/douane/measures?limit=500');
  t.equal(actor.body.data.length, 8);
  t.ok(actor.body.data.every((m: any) => m.actors.some((a: any) => a.id === 'douane')));

  const theme = await getJson(app, '/v1/themes/cameratoezicht/measures?limit=500&count=true');
  t.equal(theme.body.total, (await getJson(app, '/v1/themes/cameratoezicht')).body.measureCount);
  t.ok(theme.body.data.every((m: any) => m.themes.some((x: any) => x.id === 'cameratoezicht')));

  const place = await getJson(app, '/v1/locations/zuidbuurt/measures');
  t.same(place.body.data.map((m: any) => m.id), ['m-84c4ad5cf5a7-050']);
  const city = await getJson(app, '/v1/locations/gent/measures?limit=500');
  t.ok(city.body.data.some((m: any) => m.id === 'm-84c4ad5cf5a7-050'), 'a city includes its neighbourhoods');

  const figures = await getJson(app, '/v1/measures/m-c5bb29bf6d9f-005/figures');
  t.same(figures.body.data.map((f: any) => f.quote), ['550 personeelsleden']);

  for (const url of ['/v1/programmes/nope/measures', '/v1/measures/nope/figures', '/v1/locations/nope/measures']) {
    const res = await getJson(app, url);
    t.equal(res.res.statusCode, 404, url);
    t.equal(res.body.parameter, 'id');
  }
  const wrongFilter = await getJson(app, '/v1/programmes/gent-bestuursakkoord/measures?programme=stroomplan');
  t.equal(wrongFilter.body.code, 'UNKNOWN_PARAMETER', 'the path fixes the filter');
});

t.test('/documents/{id}/text is the source text as text/plain', async (t) => {
  const app = await seedApp(t);
  const res = await app.inject('/v1/documents/doc-84c4ad5cf5a7/text');
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
  t.match(res.body, /^Werf 13: Blauw meer op straat/);
  const doc = (await getJson(app, '/v1/documents/doc-84c4ad5cf5a7')).body;
  t.equal([...res.body].length, doc.length);
  t.equal((await app.inject('/v1/documents/nope/text')).statusCode, 404);
});
