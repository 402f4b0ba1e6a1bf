import t from 'tap';
import { fixture, fixtureApp, freshFixtureApp } from '../helpers/fixture-db.js';
import { getJson, parseCsv } from './util.js';

t.test('CSV export: RFC 4180, header row, the whole filtered set, parses back', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject('/v1/measures.csv?location=gent');
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'text/csv; charset=utf-8; header=present');
  t.ok(res.body.endsWith('\r\n'));
  const rows = parseCsv(res.body);
  const [header, ...records] = rows;
  t.same(header!.slice(0, 3), ['id', 'text', 'section']);
  t.ok(header!.includes('document_id') && header!.includes('programme_id') && header!.includes('themes_ids'));
  t.ok(rows.every((r) => r.length === header!.length), 'every record has every column');
  const json = (await getJson(app, '/v1/measures?location=gent&limit=500')).body.data;
  t.equal(records.length, json.length, 'the whole set, not a page');
  const col = (name: string) => header!.indexOf(name);
  records.forEach((r, i) => {
    t.equal(r[col('id')], json[i].id);
    t.equal(r[col('text')], json[i].text, 'text round-trips through quoting');
    t.equal(r[col('document_id')], json[i].document.id);
    t.equal(r[col('themes_ids')], json[i].themes.map((x: any) => x.id).join(';'));
  });
  t.ok(records.some((r) => r[col('text')]!.includes(',')), 'fields with commas were quoted');
  const negotiated = await app.inject({ url: '/v1/measures?location=gent', headers: { accept: 'text/csv' } });
  t.equal(negotiated.body, res.body, 'Accept: text/csv on the list URL gives the same CSV');
  const empty = parseCsv((await app.inject('/v1/figures.csv?unit=personeelsleden&valueMin=1000000')).body);
  t.equal(empty.length, 1, 'an empty set still has its header row');
});

t.test('CSV quotes quotes, and limit/cursor page exports', async (t) => {
  const app = await fixtureApp();
  const rows = parseCsv((await app.inject('/v1/documents.csv')).body);
  const evidence = rows[0]!.indexOf('evidence');
  t.ok(rows.slice(1).every((r) => Array.isArray(JSON.parse(r[evidence]!))), 'JSON inside CSV survives quoting of its quotes');
  const two = parseCsv((await app.inject('/v1/measures.csv?limit=2')).body);
  t.equal(two.length, 3);
});

t.test('NDJSON export: one record per line, the whole filtered set', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject('/v1/figures.ndjson?sort=-value');
  t.equal(res.headers['content-type'], 'application/x-ndjson; charset=utf-8');
  const lines = res.body.trimEnd().split('\n').map((l) => JSON.parse(l));
  t.same(lines, (await getJson(app, '/v1/figures?sort=-value&limit=500')).body.data);
  const negotiated = await app.inject({ url: '/v1/figures?sort=-value', headers: { accept: 'application/x-ndjson' } });
  t.equal(negotiated.body, res.body);
  const relation = await app.inject({ url: '/v1/themes/cameratoezicht/measures', headers: { accept: 'application/x-ndjson' } });
  t.ok(relation.body.trimEnd().split('\n').every((l) => JSON.parse(l).themes.some((x: any) => x.id === 'cameratoezicht')));
});

t.test('every JSON body is ASCII, non-ASCII characters escaped; CSV and text stay UTF-8', async (t) => {
  const app = await fixtureApp();
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
  const ascii = /^[\x00-\x7f]*$/;
  const measure = '/v1/measures?q=camera&location=gent';
  const first = await app.inject(measure);
  const json = [measure, '/v1/locations/luik', '/v1/measures.ndjson?q=camera', '/v1/measures?locatoin=gent', '/openapi.json'];
  for (const url of json) t.ok(ascii.test((await app.inject(url)).rawPayload.toString('latin1')), `${url} is ASCII`);
  const ld = await app.inject({ url: '/v1/locations/luik', headers: { accept: 'application/ld+json' } });
  t.ok(ascii.test(ld.rawPayload.toString('latin1')), 'JSON-LD is ASCII');
  for (const pass of ['computed', 'cached']) {
    const gql = await app.inject({ url: '/graphql?query=%7Blocation(id%3A%22luik%22)%7Bname%7D%7D' });
    t.same(JSON.parse(gql.body), { data: { location: { name: 'Liège' } } });
    t.ok(ascii.test(gql.rawPayload.toString('latin1')), `GraphQL is ASCII (${pass})`);
  }
  const malformed = await app.inject('/v1/measures/%E0%A4%A');
  t.equal(malformed.statusCode, 400);
  t.ok(ascii.test(malformed.rawPayload.toString('latin1')), 'a problem raised before routing is ASCII');
  const again = await app.inject(measure);
  t.same(again.rawPayload, first.rawPayload, 'the cached body is the bytes first computed');
  t.ok(JSON.parse(first.body).data.some((m: any) => m.text.includes('camera’s')), 'parses back to the text');
  t.match(first.body, /camera\\u2019s/);
  const csv = await app.inject('/v1/measures.csv?q=camera&location=gent');
  t.match(csv.body, /camera’s/, 'CSV keeps UTF-8');
  t.match((await app.inject(`/v1/documents/${fixture.docs.gentAkkoord!.id}/text`)).body, /’/, 'the source text keeps UTF-8');
});

t.test('JSON-LD for a record with Accept: application/ld+json', async (t) => {
  const app = await fixtureApp();
  const { id } = fixture.measures.camera!;
  const res = await app.inject({ url: `/v1/measures/${id}`, headers: { accept: 'application/ld+json' } });
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'application/ld+json; charset=utf-8');
  const body = JSON.parse(res.body);
  t.equal(body['@id'], `http://localhost:80/v1/measures/${id}`);
  t.ok(body['@context']);
  const json = await app.inject({ url: `/v1/measures/${id}`, headers: { accept: 'application/json' } });
  t.equal(json.headers['content-type'], 'application/json; charset=utf-8');
  t.notOk(JSON.parse(json.body)['@context']);
});

t.test('PUBLIC_URL-style origin is used for every absolute URL', async (t) => {
  const app = await freshFixtureApp(t, { publicUrl: 'https://api.example.org/' });
  const { body } = await getJson(app, '/v1/measures?limit=1');
  t.match(body.data[0].url, /^https:\/\/api\.example\.org\/v1\/measures\//);
  t.match(body.next, /^https:\/\/api\.example\.org\/v1\/measures\?limit=1&cursor=/);
  t.match(body.data[0].document.url, /^https:\/\/api\.example\.org\/v1\/documents\//);
});
