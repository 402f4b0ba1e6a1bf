/**
 * A figure outside every measure (a headline's key figure) on every surface that shows
 * figures: REST JSON, CSV and NDJSON, JSON-LD, GraphQL, the figure card, its SVG and its
 * citation. Its `measure` is null; each surface still shows the figure with its document.
 */
import t from 'tap';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { data } from '../graphql/helpers.js';
import { getJson, parseCsv } from './util.js';

const HEADLINE = fixture.figures.headline!;
const DOCUMENT = fixture.docs.drugsNieuws!;

t.test('REST: the record, its place in its document\'s figures, and a measure filter that leaves it out', async (t) => {
  const app = await fixtureApp();
  const { body } = await getJson(app, `/v1/figures/${HEADLINE.id}`);
  t.equal(body.measure, null, 'no measure');
  t.match(body, { quote: '5 miljoen euro', value: 5000000, unitKind: 'money_eur', document: { id: DOCUMENT.id } });
  t.same(body.provenance, { document: DOCUMENT.id, start: HEADLINE.start, end: HEADLINE.end, quote: '5 miljoen euro', page: null });
  const ofDocument = (await getJson(app, `/v1/figures?document=${DOCUMENT.id}`)).body.data.map((f: any) => f.id);
  t.equal(ofDocument[0], HEADLINE.id, 'first of its document\'s figures, in text order');
  const inMeasure = (await getJson(app, `/v1/figures?measure=${fixture.measures.budget!.id}`)).body.data.map((f: any) => f.id);
  t.notOk(inMeasure.includes(HEADLINE.id), 'not a figure of the measure that repeats the amount');
});

t.test('CSV and NDJSON: an empty measure cell, a null measure', async (t) => {
  const app = await fixtureApp();
  const csv = parseCsv((await app.inject(`/v1/figures.csv?document=${DOCUMENT.id}`)).body);
  const header = csv[0]!;
  const row = csv.find((r) => r[header.indexOf('id')] === HEADLINE.id)!;
  t.ok(row, 'the headline figure is a row');
  t.equal(row[header.indexOf('measure_id')], '', 'no measure id');
  t.equal(row[header.indexOf('document_id')], DOCUMENT.id);
  const lines = (await app.inject(`/v1/figures.ndjson?document=${DOCUMENT.id}`)).body.trim().split('\n').map((l) => JSON.parse(l));
  t.equal(lines.find((f) => f.id === HEADLINE.id)?.measure, null);
});

t.test('JSON-LD: the figure without a measure is still a resource of its document', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject({ url: `/v1/figures/${HEADLINE.id}`, headers: { accept: 'application/ld+json' } });
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.equal(body.measure, null);
  t.match(JSON.stringify(body), DOCUMENT.id);
});

t.test('GraphQL: measure is null, its places an empty connection', async (t) => {
  const app = await fixtureApp();
  const { figure } = await data(app, `{ figure(id: "${HEADLINE.id}") { quote measure { id } document { id } locations { totalCount nodes { id } } } }`);
  t.same(figure, { quote: '5 miljoen euro', measure: null, document: { id: DOCUMENT.id }, locations: { totalCount: 0, nodes: [] } });
});

t.test('card, image and citation: quoted in its headline, linked back to its document', async (t) => {
  const app = await fixtureApp();
  const card = await app.inject(`/embed/figures/${HEADLINE.id}`);
  t.equal(card.statusCode, 200);
  t.match(card.body, '<mark>5 miljoen euro</mark>', 'marked in its line');
  t.match(card.body, 'Federale regering trekt', 'the headline is the quoted passage');
  t.match(card.body, `/browse/documents/${DOCUMENT.id}`, 'back to its document');
  const svg = await app.inject(`/embed/figures/${HEADLINE.id}.svg`);
  t.equal(svg.statusCode, 200);
  const cite = await app.inject(`/v1/figures/${HEADLINE.id}/cite?format=text`);
  t.equal(cite.statusCode, 200);
  t.match(cite.body, '5 miljoen euro');
});
