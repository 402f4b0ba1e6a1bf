import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import t from 'tap';
import { toJsonLd } from '../../src/rest/jsonld.js';
import { actors, getActor } from '../../src/queries/actors.js';
import { recordRefs, type Entity } from '../../src/queries/entity.js';
import { figures, getFigure } from '../../src/queries/figures.js';
import { link } from '../../src/urls.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { offlineLoader } from './helpers.js';

const FIGURE = fixture.figures.change!.id;
const DOCUMENT = fixture.docs.gentAkkoord!.id;
const ORIGIN = 'https://api.example.org';
const OA = 'http://www.w3.org/ns/oa#';

/** A record as the REST transport serves it: its references linked under the origin. */
const linked = (e: Entity, record: unknown) => link(record as Record<string, unknown>, recordRefs(e), ORIGIN);

t.test('GET /v1/dump.sqlite is the database file, with checksum, ETag and 304', async (t) => {
  const app = await fixtureApp();
  const bytes = readFileSync(app.db.$client.name);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const res = await app.inject({ url: '/v1/dump.sqlite', headers: { 'accept-encoding': 'gzip, br' } });
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'application/vnd.sqlite3');
  t.equal(Number(res.headers['content-length']), bytes.length);
  t.notOk(res.headers['content-encoding'], 'sent as is, never recompressed');
  t.ok(res.rawPayload.equals(bytes), 'the bytes are the file');
  t.equal(res.headers.etag, `"${sha256}"`, 'strong ETag = sha256');
  t.equal(res.headers['repr-digest'], `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`);
  const again = await app.inject({ url: '/v1/dump.sqlite', headers: { 'if-none-match': `"${sha256}"` } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  const stale = await app.inject({ url: '/v1/dump.sqlite', headers: { 'if-none-match': '"other"' } });
  t.equal(stale.statusCode, 200);
});

t.test('the JSON-LD context is served and entity JSON-LD expands offline to the mapped vocabularies', async (t) => {
  const app = await fixtureApp();
  const ctx = await app.inject({ url: '/contexts/blauwdruk.jsonld' });
  t.equal(ctx.statusCode, 200);
  t.match(ctx.headers['content-type'], /^application\/ld\+json/);
  t.same(ctx.json(), JSON.parse(readFileSync(new URL('../../schema/blauwdruk.context.jsonld', import.meta.url), 'utf8')), 'the committed context');

  const figure = toJsonLd('figures', linked(figures, getFigure(app.db, FIGURE)), ORIGIN);
  t.equal(figure['@id'], `${ORIGIN}/v1/figures/${FIGURE}`, '@id is the record URL');
  const [node] = (await jsonld.expand(figure as never, { documentLoader: offlineLoader as never })) as Array<Record<string, any>>;
  t.equal(node!['@id'], `${ORIGIN}/v1/figures/${FIGURE}`);
  t.ok(node!['@type'].includes('http://schema.org/QuantitativeValue'));
  t.equal(node!['http://schema.org/value'][0]['@value'], 155);
  t.equal(node!['http://schema.org/unitText'][0]['@value'], 'personeelsleden');
  const target = node!['http://www.w3.org/ns/prov#wasQuotedFrom'][0];
  t.same(target['@type'], [`${OA}SpecificResource`], 'provenance is a Web Annotation target');
  t.equal(target[`${OA}hasSource`][0]['@id'], `${ORIGIN}/v1/documents/${DOCUMENT}`);
  const selectors = target[`${OA}hasSelector`];
  const quote = selectors.find((s: any) => s['@type'][0] === `${OA}TextQuoteSelector`);
  const position = selectors.find((s: any) => s['@type'][0] === `${OA}TextPositionSelector`);
  t.equal(quote[`${OA}exact`][0]['@value'], 'van 120 naar 155 personeelsleden');
  t.equal(position[`${OA}start`][0]['@value'], fixture.figures.change!.start);
  t.equal(position[`${OA}end`][0]['@value'], fixture.figures.change!.end);
  t.equal(fixture.docs.gentAkkoord!.text.slice(fixture.figures.change!.start, fixture.figures.change!.end), 'van 120 naar 155 personeelsleden', 'offsets by construction');
  t.equal(node!['http://purl.org/dc/terms/isPartOf'][0]['@id'], `${ORIGIN}/v1/documents/${DOCUMENT}`, 'relations are links');
});

t.test('actors map to Popolo (W3C ORG / Person)', async (t) => {
  const app = await fixtureApp();
  const person = app.db.$client.prepare("SELECT id FROM actors WHERE kind = 'person' AND party_id IS NOT NULL LIMIT 1").pluck().get() as string;
  const doc = toJsonLd('actors', linked(actors, getActor(app.db, person)), ORIGIN);
  const expanded = (await jsonld.expand(doc as never, { documentLoader: offlineLoader as never })) as Array<Record<string, any>>;
  const node = expanded.find((n) => n['@id'] === `${ORIGIN}/v1/actors/${person}`)!;
  t.ok(node['@type'].includes('http://www.w3.org/ns/person#Person'));
  const memberships = node['@reverse']['http://www.w3.org/ns/org#member'];
  t.equal(memberships[0]['@type'][0], 'http://www.w3.org/ns/org#Membership');
  t.match(memberships[0]['http://www.w3.org/ns/org#organization'][0]['@id'], `${ORIGIN}/v1/actors/`);

  const unit = getActor(app.db, 'politiezone-gent') ?? getActor(app.db, app.db.$client.prepare('SELECT id FROM actors WHERE parent_id IS NOT NULL LIMIT 1').pluck().get() as string)!;
  const [org] = (await jsonld.expand(toJsonLd('actors', linked(actors, unit), ORIGIN) as never, { documentLoader: offlineLoader as never })) as Array<Record<string, any>>;
  t.ok(org!['@type'].includes('http://www.w3.org/ns/org#Organization'));
});
