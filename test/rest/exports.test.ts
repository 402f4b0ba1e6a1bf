/**
 * Exports (issue 13 §1): a bounded export says more follow, CSV downloads under a file
 * name and can carry names beside ids, relation lists export too, NDJSON is compressed.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { getJson, parseCsv } from './util.js';

/** The target of a `Link: <…>; rel="next"` header, as a path, or null. */
const nextLink = (link: unknown) => (typeof link === 'string' ? (/<([^>]+)>;\s*rel="next"/.exec(link)?.[1]?.replace(/^https?:\/\/[^/]+/, '') ?? null) : null);

t.test('an export with limit is a page whose Link header leads to the rest', async (t) => {
  const app = await seedApp(t);
  const all = (await getJson(app, '/v1/measures?limit=500')).body.data.map((m: any) => m.id);
  for (const ext of ['csv', 'ndjson']) {
    const seen: string[] = [];
    let url: string | null = `/v1/measures.${ext}?limit=60`;
    let pages = 0;
    while (url !== null && pages < 20) {
      const res = await app.inject(url);
      t.equal(res.statusCode, 200, url);
      const ids = ext === 'csv' ? parseCsv(res.body).slice(1).map((row) => row[0]!) : res.body.trim().split('\n').map((line) => JSON.parse(line).id);
      t.ok(ids.length <= 60, `${url}: at most the limit`);
      seen.push(...ids);
      url = nextLink(res.headers.link);
      pages++;
    }
    t.equal(pages, Math.ceil(all.length / 60), `${ext}: pages until the Link header stops`);
    t.same(seen, all, `${ext}: the pages hold the whole list in order`);
  }
  const two = await app.inject('/v1/measures.csv?limit=2');
  t.equal(parseCsv(two.body).length, 3, 'limit=2: a header and two rows');
  t.ok(nextLink(two.headers.link), 'limit=2 signals more');
  const whole = await app.inject('/v1/measures.csv');
  t.equal(parseCsv(whole.body).length, all.length + 1, 'without limit the export holds everything');
  t.notOk(whole.headers.link, 'and has no next page');
});

t.test('CSV is a download named after the list', async (t) => {
  const app = await seedApp(t);
  for (const [url, headers, filename] of [
    ['/v1/measures.csv', {}, 'measures.csv'],
    ['/v1/measures?location=gent', { accept: 'text/csv' }, 'measures.csv'],
    ['/v1/themes/drugs/measures.csv', {}, 'theme-drugs-measures.csv'],
  ] as const) {
    const res = await app.inject({ url, headers });
    t.equal(res.statusCode, 200, url);
    t.equal(res.headers['content-disposition'], `attachment; filename="${filename}"`, url);
  }
  t.notOk((await app.inject('/v1/measures.ndjson')).headers['content-disposition'], 'NDJSON stays inline');
});

t.test('labels=true puts names beside ids in CSV', async (t) => {
  const app = await seedApp(t);
  const json = (await getJson(app, '/v1/measures?location=gent&limit=500')).body.data;
  const [header, ...rows] = parseCsv((await app.inject('/v1/measures.csv?location=gent&labels=true')).body);
  for (const column of ['document_id', 'document_name', 'themes_ids', 'themes_names', 'actors_names', 'locations_names']) t.ok(header!.includes(column), column);
  t.equal(header!.indexOf('document_name'), header!.indexOf('document_id') + 1, 'the name right after the id');
  const at = (row: string[], column: string) => row[header!.indexOf(column)];
  rows.forEach((row, i) => {
    t.equal(at(row, 'document_name'), json[i].document.name);
    t.equal(at(row, 'themes_names'), json[i].themes.map((th: any) => th.name).join(';'));
  });
  const [plain] = parseCsv((await app.inject('/v1/measures.csv?location=gent')).body);
  t.notOk(plain!.some((c) => c.endsWith('_name') || c.endsWith('_names')), 'without labels: ids only');
});

t.test('relation lists export as CSV and NDJSON', async (t) => {
  const app = await seedApp(t);
  for (const url of ['/v1/themes/drugs/measures', '/v1/actors/douane/mentions', '/v1/measures/' + (await getJson(app, '/v1/figures?limit=1')).body.data[0].measure.id + '/figures']) {
    const json = (await getJson(app, `${url}?limit=500`)).body.data.map((r: any) => r.id);
    t.ok(json.length > 0, url);
    const nd = await app.inject(`${url}.ndjson`);
    t.equal(nd.statusCode, 200, `${url}.ndjson`);
    t.same(nd.body.trim().split('\n').map((l) => JSON.parse(l).id), json, `${url}.ndjson`);
    const csv = await app.inject(`${url}.csv`);
    t.match(csv.headers['content-type'], /^text\/csv/);
    t.same(parseCsv(csv.body).slice(1).map((row) => row[0]), json, `${url}.csv`);
  }
  const missing = await app.inject('/v1/themes/geen-thema/measures.csv');
  t.equal(missing.statusCode, 404);
  t.match(missing.headers['content-type'], /problem\+json/);
  t.equal((await app.inject('/v1/themes/drugs/measures.csv?theme=drugs')).statusCode, 400, 'the fixed filter is not a parameter');
});

t.test('NDJSON is compressed when the client accepts it', async (t) => {
  const app = await seedApp(t);
  const plain = await app.inject('/v1/measures.ndjson');
  for (const [coding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
    const res = await app.inject({ url: '/v1/measures.ndjson', headers: { 'accept-encoding': coding } });
    t.equal(res.headers['content-encoding'], coding);
    t.ok(res.rawPayload.length < plain.rawPayload.length / 3, `${coding}: smaller`);
    t.equal(decode(res.rawPayload).toString(), plain.body, `${coding}: the same lines`);
  }
});

t.test('a whole export streams from its own connection, which maps no pages (issue 12: RSS while exporting)', async (t) => {
  const app = await seedApp(t);
  t.equal(app.exportDb.$client.pragma('mmap_size', { simple: true }), 0, 'the export connection maps nothing');
  t.not(app.exportDb.$client, app.db.$client, 'a connection of its own');
  const read: string[] = [];
  const prepare = app.exportDb.$client.prepare.bind(app.exportDb.$client);
  app.exportDb.$client.prepare = ((source: string) => {
    read.push(source);
    return prepare(source);
  }) as typeof prepare;
  t.teardown(() => {
    app.exportDb.$client.prepare = prepare;
  });
  const whole = await app.inject('/v1/measures.ndjson?location=antwerpen');
  const listed = (await getJson(app, '/v1/measures?location=antwerpen&limit=500')).body.data.map((m: any) => m.id);
  t.equal(whole.statusCode, 200);
  t.same(whole.body.trim().split('\n').map((line) => JSON.parse(line).id), listed, 'the same records as the list, in its order');
  t.ok(read.some((source) => /FROM measure_places mp/.test(source)), 'the rows were read on the export connection');
});
