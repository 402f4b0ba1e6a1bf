/** The publishing routes go through the same machinery as REST: route schemas, the one error handler, `produces` (negotiation, ETag/304, response cache). */
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { notFound } from '../../src/errors.js';
import { listProgrammes } from '../../src/queries/programmes.js';
import { citiesWithProgrammeCounts } from '../../src/queries/publish/browse.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

const FIGURE = fixture.figures.change!.id;
const CARD = `http://localhost/embed/figures/${FIGURE}`;

/** Counts the SQLite statements executed while `run` runs (every prepared statement shares one prototype). */
async function statementsDuring(t: Test, run: () => Promise<unknown>): Promise<number> {
  const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  let count = 0;
  const originals = (['all', 'get', 'iterate', 'run'] as const).map((name) => [name, proto[name]!] as const);
  for (const [name, original] of originals) proto[name] = function (this: unknown, ...args: unknown[]) { count++; return original.apply(this, args); };
  try {
    await run();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  t.pass(`${count} statements`);
  return count;
}

t.test('unknown and invalid parameters are the standard problems', async (t) => {
  const app = await fixtureApp();
  const problem = async (url: string) => {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 400, url);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    return res.json();
  };
  t.match(await problem(`/v1/figures/${FIGURE}/cite?formaat=text`), { code: 'UNKNOWN_PARAMETER', parameter: 'formaat', detail: 'Unknown query parameter "formaat". Known parameters: format.' });
  t.match(await problem(`/v1/figures/${FIGURE}/cite?format=ris`), { code: 'INVALID_PARAMETER', parameter: 'format', detail: /^Invalid parameter "format": / });
  t.match(await problem('/v1/dump.sqlite?x=1'), { code: 'UNKNOWN_PARAMETER', parameter: 'x' });
  t.match(await problem('/browse/search?q=x&lang=en'), { code: 'UNKNOWN_PARAMETER', parameter: 'lang' });
  t.match(await problem(`/browse/search?q=${'a'.repeat(201)}`), { code: 'INVALID_PARAMETER', parameter: 'q' });
  t.match(await problem(`/oembed?url=${encodeURIComponent(CARD)}&maxwidth=wide`), { code: 'INVALID_PARAMETER', parameter: 'maxwidth', detail: /^Invalid parameter "maxwidth": / });
  t.match(await problem('/oembed'), { code: 'INVALID_PARAMETER', parameter: 'url' });

  const tolerant = await app.inject({ url: `/oembed?url=${encodeURIComponent(CARD)}&callback=x&lang=nl` });
  t.equal(tolerant.statusCode, 200, 'oEmbed ignores parameters consumers add');
});

t.test('one not-found problem for cards, citations, oEmbed and browse pages', async (t) => {
  const app = await fixtureApp();
  t.match(notFound('figures', 'x'), { status: 404, code: 'NOT_FOUND', detail: 'There is no figure with id "x".', extra: { parameter: 'id' } });
  for (const url of ['/v1/figures/nope/cite', '/embed/figures/nope', '/embed/figures/nope.svg']) {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 404, url);
    t.match(res.json(), { code: 'NOT_FOUND', parameter: 'id', detail: 'There is no figure with id "nope".' }, url);
  }
  t.match((await app.inject({ url: '/v1/measures/nope/cite' })).json(), { detail: 'There is no measure with id "nope".', parameter: 'id' });
  const page = await app.inject({ url: '/browse/programmes/nope' });
  t.equal(page.statusCode, 404);
  t.match(page.headers['content-type'], /^text\/html/);
  t.match(page.body, 'There is no programme with id &quot;nope&quot;.', 'the same detail, on a page for people');
  t.notOk(page.headers.etag, 'no ETag on an error page');
  t.equal(page.headers['cache-control'], 'no-store');
});

t.test('cards, citations, oEmbed, pages and the dump negotiate, revalidate and are cached', async (t) => {
  const app = await fixtureApp();
  const cached = [`/embed/figures/${FIGURE}`, `/embed/figures/${FIGURE}.svg`, `/embed/measures/${fixture.measures.staffing!.id}`, `/v1/figures/${FIGURE}/cite`, `/oembed?url=${encodeURIComponent(CARD)}`, '/', '/browse/locations/gent', '/browse/search?q=camera'];
  for (const url of cached) {
    const first = await app.inject({ url });
    t.equal(first.statusCode, 200, url);
    t.match(first.headers.etag, /^W\/"/, `${url}: ETag`);
    t.equal(first.headers.vary, 'Accept, Accept-Encoding');
    const again = await app.inject({ url, headers: { 'if-none-match': first.headers.etag } });
    t.equal(again.statusCode, 304, `${url}: 304`);
    const hit = await app.inject({ url });
    t.equal(await statementsDuring(t, () => app.inject({ url })), 0, `${url}: served from the response cache`);
    t.equal(hit.body, first.body);
    t.equal(hit.headers['content-type'], first.headers['content-type']);
    t.equal(hit.headers['content-security-policy'], first.headers['content-security-policy'], `${url}: the policy survives the cache`);
  }
  for (const url of [`/embed/figures/${FIGURE}`, '/', `/oembed?url=${encodeURIComponent(CARD)}`, '/v1/dump.sqlite']) {
    const res = await app.inject({ url, headers: { accept: 'application/xml' } });
    t.equal(res.statusCode, 406, `${url}: 406`);
    t.match(res.json(), { code: 'NOT_ACCEPTABLE' });
  }
  t.match((await app.inject({ url: `/v1/figures/${FIGURE}/cite`, headers: { accept: 'text/plain' } })).headers['content-type'], /^text\/plain/);
  t.match((await app.inject({ url: `/v1/figures/${FIGURE}/cite?format=bibtex`, headers: { accept: 'text/plain' } })).headers['content-type'], /^application\/x-bibtex/, 'format wins over Accept');
});

t.test('the home page counts programmes in one grouped query, read once per app', async (t) => {
  const app = await fixtureApp();
  const cities = citiesWithProgrammeCounts(app.db);
  t.ok(cities.length >= 2);
  for (const city of cities) t.equal(city.programmes, listProgrammes(app.db, { location: city.id }, { limit: 1000 }).items.length, `${city.name}: as the location filter counts`);
  t.equal(await statementsDuring(t, () => app.inject({ url: '/' })), 0, 'no statement per request');
  const home = (await app.inject({ url: '/' })).body;
  for (const city of cities) t.match(home, `<strong>${city.name}</strong></a><br><span class="muted">${city.programmes} programma`);
});

t.test('a programme page reads its documents’ measures, figures and similar measures in batches', async (t) => {
  const app = await fixtureApp();
  const id = 'groen-gent-programma';
  const documents = app.db.$client.prepare('SELECT count(*) FROM documents WHERE programme_id = ?').pluck().get(id) as number;
  t.equal(documents, 2, 'a programme with several documents');
  const statementsOf = async (url: string) => {
    let status = 0;
    const statements = await statementsDuring(t, async () => (status = (await app.inject({ url })).statusCode));
    t.equal(status, 200, url);
    return statements;
  };
  const several = await statementsOf(`/browse/programmes/${id}`);
  // The programme and one statement per batched field of it (lists12: summaries, first seen, last
  // modified, links); its themes and its outline (each resolving the programme filter); the page's
  // measures and one per batched field of them; their figures; their similar measures. A constant
  // per page, whatever the number of documents or measures (the checks below).
  t.ok(several <= 21, `${several} statements for ${documents} documents`);
  t.equal(await statementsOf('/browse/programmes/gent-bestuursakkoord'), several, 'as many for one document');
  t.equal(await statementsOf('/browse/programmes/aalst-beleidsnota?page=3'), several, 'as many for a later page of a long programme');
});
