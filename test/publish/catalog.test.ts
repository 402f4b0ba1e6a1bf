import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import t, { type Test } from 'tap';
import { fixtureApp } from '../helpers/fixture-db.js';
import { jsonLdToDataset, turtleToDataset } from './helpers.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'dcat-ap-3.0.0');
const shapes = rdf.dataset([
  ...turtleToDataset(readFileSync(join(fixtures, 'dcat-ap-SHACL.ttl'), 'utf8')),
  ...turtleToDataset(readFileSync(join(fixtures, 'range.ttl'), 'utf8')),
]);

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const reportOf = (data: ReturnType<typeof rdf.dataset>) => new SHACLValidator(shapes, { factory: rdf }).validate(data);

async function validate(t: Test, data: ReturnType<typeof rdf.dataset>) {
  const report = await reportOf(data);
  if (!report.conforms) {
    for (const r of report.results) t.comment(`${r.severity?.value} ${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join('; ')}`);
  }
  t.ok(report.conforms, 'conforms to the DCAT-AP 3.0.0 shapes (dcat-ap-SHACL.ttl + range.ttl)');
  t.equal(report.results.length, 0, 'no results of any severity');
}

const objects = (data: ReturnType<typeof rdf.dataset>, subject: string | null, predicate: string) =>
  [...data.match(subject ? rdf.namedNode(subject) : null, rdf.namedNode(predicate))].map((q) => q.object);

t.test('the JSON-LD catalogue is valid DCAT-AP 3.0 and states what portals need', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject({ url: '/catalog' });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^application\/ld\+json/);
  const doc = res.json();
  t.type(doc['@context'], 'object', 'the context is inline: processable offline');
  const data = await jsonLdToDataset(doc);
  await validate(t, data);

  const catalog = doc['@id'] as string;
  const origin = catalog.replace(/\/catalog$/, '');
  t.same(objects(data, null, RDF_TYPE).filter((o) => o.value === `${DCAT}Catalog`).length, 1);
  const titles = objects(data, catalog, `${DCT}title`).map((o) => (o as { language: string }).language).sort();
  t.same(titles, ['en', 'nl'], 'title in Dutch and English');
  t.same(objects(data, catalog, `${DCT}description`).length, 2);
  const spatial = objects(data, catalog, `${DCT}spatial`).map((o) => o.value).sort();
  t.same(spatial, [`${origin}/v1/locations/aalst`, `${origin}/v1/locations/gent`], 'the cities present');
  t.ok(objects(data, catalog, `${DCT}temporal`).length === 1, 'temporal coverage');
  const builtAt = app.db.$client.prepare("SELECT value FROM meta WHERE key = 'built_at'").pluck().get() as string;
  t.same(objects(data, catalog, `${DCT}modified`).map((o) => o.value), [builtAt], 'modified = the build time');
  t.equal(objects(data, catalog, `${DCT}license`)[0]?.value, 'http://creativecommons.org/licenses/by/4.0/');

  const services = objects(data, catalog, `${DCAT}service`).map((o) => o.value);
  t.equal(services.length, 2, 'REST and GraphQL services');
  const endpoints = services.flatMap((s) => objects(data, s, `${DCAT}endpointURL`).map((o) => o.value)).sort();
  t.same(endpoints, [`${origin}/graphql`, `${origin}/v1`]);
  t.same(objects(data, `${catalog}#rest`, `${DCAT}endpointDescription`).map((o) => o.value), [`${origin}/openapi.json`]);

  const sqlite = `${catalog}#sqlite`;
  const size = objects(data, sqlite, `${DCAT}byteSize`)[0]!;
  t.equal(size.value, String(readFileSync(app.db.$client.name).length), 'byte size of the dump');
  const checksum = objects(data, sqlite, 'http://spdx.org/rdf/terms#checksum')[0]!;
  const value = [...data.match(checksum as never, rdf.namedNode('http://spdx.org/rdf/terms#checksumValue'))][0]!.object;
  t.equal(value.value, createHash('sha256').update(readFileSync(app.db.$client.name)).digest('hex'), 'sha256 checksum of the dump');
  const downloads = objects(data, null, `${DCAT}downloadURL`).map((o) => o.value);
  t.ok(downloads.includes(`${origin}/v1/measures.csv`) && downloads.includes(`${origin}/v1/measures.ndjson`), 'CSV and NDJSON exports');
  t.ok(downloads.includes(`${origin}/v1/dump.sqlite`), 'the SQLite dump');
});

t.test('the Turtle catalogue is the same graph, also valid', async (t) => {
  const app = await fixtureApp();
  const [ld, ttl] = await Promise.all([app.inject({ url: '/catalog' }), app.inject({ url: '/catalog', headers: { accept: 'text/turtle' } })]);
  t.equal(ttl.statusCode, 200);
  t.match(ttl.headers['content-type'], /^text\/turtle/);
  t.match(ttl.body, /@prefix dcat: <http:\/\/www\.w3\.org\/ns\/dcat#>/);
  const data = turtleToDataset(ttl.body);
  await validate(t, data);
  t.equal(data.size, (await jsonLdToDataset(ld.json())).size, 'same number of triples as the JSON-LD');
});

t.test('content negotiation', async (t) => {
  const app = await fixtureApp();
  const accept = async (value: string) => app.inject({ url: '/catalog', headers: { accept: value } });
  t.match((await accept('application/ld+json')).headers['content-type'], /^application\/ld\+json/);
  t.match((await accept('application/json')).headers['content-type'], /^application\/json/);
  t.match((await accept('text/turtle;q=0.9, application/ld+json;q=0.5')).headers['content-type'], /^text\/turtle/);
  t.match((await accept('*/*')).headers['content-type'], /^application\/ld\+json/, 'JSON-LD by default');
  const refused = await accept('text/html');
  t.equal(refused.statusCode, 406);
  t.match(refused.headers['content-type'], /^application\/problem\+json/);
  t.match((await app.inject({ url: '/catalog.ttl' })).headers['content-type'], /^text\/turtle/, '/catalog.ttl names the format');
  t.match((await app.inject({ url: '/catalog.jsonld' })).headers['content-type'], /^application\/ld\+json/);
});

t.test('the validation is not vacuous: a catalogue without publisher fails', async (t) => {
  const app = await fixtureApp();
  const doc = (await app.inject({ url: '/catalog' })).json();
  delete doc['dct:publisher'];
  const result = await reportOf(await jsonLdToDataset(doc));
  t.notOk(result.conforms);
  t.ok(result.results.some((r) => r.path?.value === `${DCT}publisher`), 'the missing publisher is reported');
});
