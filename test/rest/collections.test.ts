import t from 'tap';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { getJson, walkPages } from './util.js';

const collections = ['documents', 'programmes', 'measures', 'figures', 'actors', 'locations', 'themes'] as const;

t.test('GET /v1 lists every resource with counts and the version', async (t) => {
  const app = await fixtureApp();
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
  const app = await fixtureApp();
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
  const app = await fixtureApp();
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
  const app = await fixtureApp();
  const { body } = await getJson(app, '/v1/figures?limit=500');
  for (const f of body.data) {
    const text = (await app.inject(`/v1/documents/${f.document.id}/text`)).body;
    t.equal([...text].slice(f.provenance.start, f.provenance.end).join(''), f.quote, f.id);
    t.equal(f.provenance.document, f.document.id);
    // A headline's figure stands outside every measure.
    if (f.measure !== null) t.match(f.measure, { id: /^m-/, url: /\/v1\/measures\/m-/ });
  }
  const headline = body.data.find((f: any) => f.id === fixture.figures.headline!.id);
  t.equal(headline.measure, null, 'a figure in a headline has no measure');
  t.equal(headline.quote, '5 miljoen euro');
  t.match(headline.document, { id: fixture.docs.drugsNieuws!.id });
});

t.test('mentions are the provenance of actors and places: quoted spans under the actor, place, document or measure', async (t) => {
  const app = await fixtureApp();
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
    t.same(m.provenance, { document: m.document.id, start: m.start, end: m.end, quote: m.quote, page: null }, 'seed texts have no pages');
    t.equal(m.url, `http://localhost:80/v1/documents/${m.document.id}/text#char=${m.start},${m.end}`, 'RFC 5147 span URL');
  }
  const byDocument = (m: any) => [m.document.id, m.start] as const;
  const order = (a: readonly [string, number], b: readonly [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);
  t.ok(new Set(records.map((m: any) => m.document.id)).size > 1, 'in several documents');
  t.same(records.map(byDocument), [...records.map(byDocument)].sort(order), 'in reading order, document by document');
  const inDocument = (await getJson(app, `/v1/documents/${records[0].document.id}/mentions?actor=politiezone-gent&limit=500`)).body.data;
  t.same(inDocument.map((m: any) => m.id), records.filter((m: any) => m.document.id === records[0].document.id).map((m: any) => m.id), 'the document list filters by actor');
  t.equal(records.length, 4, 'the Ghent police is named in four measures');
  const ghent = (await getJson(app, '/v1/locations/gent/mentions?limit=500')).body.data.map((m: any) => m.location.id);
  t.ok(ghent.includes('gent') && ghent.includes('rietwijk') && ghent.includes('molenstraat'), 'a place includes the places inside it');
  t.notOk(ghent.includes('aalst') || ghent.includes('kerkplein'), 'and no others');
  const camera = (await getJson(app, '/v1/measures?location=rietwijk&q=camera')).body.data[0];
  t.equal(camera.id, fixture.measures.camera!.id);
  const named = (await getJson(app, `/v1/measures/${camera.id}/mentions`)).body.data;
  t.same(named.filter((m: any) => m.location).map((m: any) => m.location.id).sort(), ['molenstraat', 'rietwijk']);
  t.equal((await getJson(app, '/v1/actors/nobody/mentions')).res.statusCode, 404);
  t.match((await getJson(app, '/v1/actors/politiezone-gent/mentions?actor=douane')).body, { status: 400, code: 'UNKNOWN_PARAMETER', parameter: 'actor' }, 'the path fixes the actor');
  const csv = await app.inject({ url: '/v1/locations/rietwijk/mentions', headers: { accept: 'text/csv' } });
  t.match(csv.body.split('\r\n')[0], /^id,quote,start,end,url,document_id,measure_id,actor_id,location_id,provenance_document,/);
});

t.test('JSON text columns come out as arrays, nulls stay null', async (t) => {
  const app = await fixtureApp();
  const actor = (await getJson(app, '/v1/actors/parket')).body;
  t.same(actor.aliases, ['openbaar ministerie']);
  t.equal(actor.party, null);
  t.same(actor.parent, { id: 'magistratuur', name: 'Magistratuur', url: 'http://localhost:80/v1/actors/magistratuur' });
  const theme = (await getJson(app, '/v1/themes/cameratoezicht')).body;
  t.ok(Array.isArray(theme.cues) && theme.cues.includes('anpr'));
  const { id } = fixture.docs.groenDeel1!;
  const doc = (await getJson(app, `/v1/documents/${id}`)).body;
  t.same(doc.evidence.map((e: any) => e.field), ['title', 'issuer', 'scope'], 'evidence of every stated value; the date is not stated');
  t.equal(doc.sourceUrl, null);
  t.equal(doc.date, null);
  t.equal(doc.issuer.id, 'groen');
  t.equal(doc.textUrl, `http://localhost:80/v1/documents/${id}/text`);
  const gent = (await getJson(app, '/v1/locations/44021')).res;
  t.equal(gent.statusCode, 404, 'item routes take ids only; NIS codes are for filters');
});

t.test('relation lists', async (t) => {
  const app = await fixtureApp();
  const programme = await getJson(app, '/v1/programmes/gent-bestuursakkoord/measures?limit=500');
  t.ok(programme.body.data.length > 0);
  t.ok(programme.body.data.every((m: any) => m.programme.id === 'gent-bestuursakkoord'));

  const news = fixture.docs.drugsNieuws!.id;
  const doc = await getJson(app, `/v1/documents/${news}/measures?limit=500`);
  t.equal(doc.body.data.length, 4);
  t.ok(doc.body.data.every((m: any) => m.document.id === news));

  const actor = await getJson(app, '/v1/actors/douane/measures?limit=500');
  t.same(actor.body.data.map((m: any) => m.id), ['budget', 'cocaine', 'douaneCameras', 'share'].map((k) => fixture.measures[k]!.id));
  t.ok(actor.body.data.every((m: any) => m.actors.some((a: any) => a.id === 'douane')));

  const theme = await getJson(app, '/v1/themes/cameratoezicht/measures?limit=500&count=true');
  t.equal(theme.body.total, (await getJson(app, '/v1/themes/cameratoezicht')).body.measureCount);
  t.ok(theme.body.data.every((m: any) => m.themes.some((x: any) => x.id === 'cameratoezicht')));

  const street = await getJson(app, '/v1/locations/molenstraat/measures');
  t.same(street.body.data.map((m: any) => m.id), ['camera', 'politiekantoor', 'fietspad'].map((k) => fixture.measures[k]!.id).sort());
  const district = await getJson(app, '/v1/locations/rietwijk/measures');
  t.same(district.body.data.map((m: any) => m.id), ['camera', 'politiekantoor', 'dealers', 'fietspad'].map((k) => fixture.measures[k]!.id).sort(), 'a district includes its streets');
  const city = await getJson(app, '/v1/locations/gent/measures?limit=500');
  t.ok(district.body.data.every((m: any) => city.body.data.some((c: any) => c.id === m.id)), 'a city includes its districts');

  const figures = await getJson(app, `/v1/measures/${fixture.measures.anpr!.id}/figures`);
  t.same(figures.body.data.map((f: any) => f.quote), ['12 ANPR-camera’s', 'ongeveer 40%']);

  for (const url of ['/v1/programmes/nope/measures', '/v1/measures/nope/figures', '/v1/locations/nope/measures']) {
    const res = await getJson(app, url);
    t.equal(res.res.statusCode, 404, url);
    t.equal(res.body.parameter, 'id');
  }
  const wrongFilter = await getJson(app, '/v1/programmes/gent-bestuursakkoord/measures?programme=aalst-beleidsnota');
  t.equal(wrongFilter.body.code, 'UNKNOWN_PARAMETER', 'the path fixes the filter');
});

t.test('/documents/{id}/text is the source text as text/plain', async (t) => {
  const app = await fixtureApp();
  const { id, text } = fixture.docs.groenDeel1!;
  const res = await app.inject(`/v1/documents/${id}/text`);
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
  t.equal(res.body, text);
  const doc = (await getJson(app, `/v1/documents/${id}`)).body;
  t.equal([...res.body].length, doc.length, 'the length counts code points');
  t.ok(doc.length < res.body.length, 'fewer code points than UTF-16 units: the text has an astral character');
  t.equal((await app.inject('/v1/documents/nope/text')).statusCode, 404);
});
