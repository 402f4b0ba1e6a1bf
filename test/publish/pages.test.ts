/**
 * The pages for people of issue 14 §1, through app.inject on the fixture database: a city
 * page (measures by theme, chart, map, figures, series, programmes), a theme page, programme
 * and document pages with a table of contents, a theme filter and pages, and the link that
 * leads to the page listing a measure. The browser test checks their layout.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import t, { type Test } from 'tap';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

type App = Awaited<ReturnType<typeof fixtureApp>>;

/** The page at `url` (expecting `status`) as a DOM document. */
async function page(t: Test, app: App, url: string, status = 200) {
  const res = await app.inject({ url });
  t.equal(res.statusCode, status, url);
  t.match(res.headers['content-type'], /^text\/html/, `${url}: HTML`);
  return { body: res.body, document: parseHTML(res.body).document };
}

/** What the assertions read of an element (the test typechecks without the DOM library). */
interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
}

const texts = (nodes: Iterable<El>) => [...nodes].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const hrefs = (nodes: Iterable<El>) => [...nodes].map((n) => n.getAttribute('href')!);
/** `/v1` JSON of the app. */
const json = async (app: App, url: string) => (await app.inject({ url })).json();

t.test('a city page: measures by theme (table and chart), the map, figures, series, programmes', async (t) => {
  const app = await fixtureApp();
  const { document } = await page(t, app, '/browse/locations/gent');
  t.equal(document.querySelector('h1')!.textContent, 'Gent');
  const { parent } = await json(app, '/v1/locations/gent');
  t.equal(document.querySelector('main > p.muted')!.textContent, `gemeente in ${parent.name}`, 'its kind in Dutch and its parent');
  t.equal(document.querySelector('main > p.muted a')!.getAttribute('href'), `/browse/locations/${parent.id}`, 'linked');

  const themes = (await json(app, '/v1/themes?location=gent&limit=100')).data as Array<{ id: string; name: string; measureCount: number }>;
  t.ok(themes.length >= 3, 'Ghent has measures on several themes');
  const rows = [...document.querySelectorAll('table tbody tr')];
  t.same(
    rows.map((r) => [r.querySelector('th a')!.getAttribute('href'), Number(r.querySelector('td a')!.textContent)]).sort(),
    themes.filter((th) => th.measureCount > 0).map((th) => [`/browse/themes/${th.id}`, th.measureCount]).sort(),
    'one row per theme, counted as /v1/themes?location=gent counts',
  );
  t.same(hrefs(rows.map((r) => r.querySelector('td a')!)), rows.map((r) => `${r.querySelector('th a')!.getAttribute('href')}?location=gent`), 'each count leads to the theme page for Ghent');

  const chart = document.querySelector('figure.chart.bars svg')!;
  t.ok(chart, 'a bar chart');
  t.equal(document.getElementById(chart.getAttribute('aria-labelledby')!)!.textContent, 'Maatregelen over Gent per thema', 'the chart is named');
  t.equal(chart.querySelectorAll('a').length, rows.length, 'one linked bar per theme');

  const map = document.querySelector('figure.map svg')!;
  t.ok(map.querySelector('path.country'), 'the outline of Belgium');
  const here = map.querySelector('a[aria-current="page"]')!;
  t.equal(here.getAttribute('href'), '/browse/locations/gent', 'Ghent marked on the map');
  t.match(here.getAttribute('aria-label'), /^Gent: \d+ maatregel/);
  t.ok(map.querySelector('a[href="/browse/locations/aalst"] circle.place'), 'the other places too, each a link');

  t.ok(texts(document.querySelectorAll('.figure-list a')).includes('155 personeelsleden'), 'the figures of its measures');
  t.ok(document.querySelector(`.figure-list a[href="/embed/figures/${fixture.figures.change!.id}"]`), 'each linked to its card');
  const series = document.querySelector('ul.series a[href="/embed/series/s-politiezone-gent--staff"]');
  t.equal(series?.textContent, 'Politiezone Gent: personeel', 'the series of its police, named in Dutch');
  t.ok(document.querySelector('ul.series svg[role="img"] title'), 'drawn as a named timeline');
  t.ok(document.querySelector('a[href="/browse/programmes/gent-bestuursakkoord"]'), 'its programmes');
  t.match(document.querySelector('dl.meta')!.textContent, /Politiezone\s*niet vermeld/, 'a police zone the data does not know is said to be unknown');
});

t.test('a theme page: measures per municipality (table, chart, map), then its measures, filtered by place', async (t) => {
  const app = await fixtureApp();
  const { document } = await page(t, app, '/browse/themes/cameratoezicht');
  t.equal(document.querySelector('h1')!.textContent, 'Cameratoezicht');
  const counts = Object.fromEntries(
    [...document.querySelectorAll('table tbody tr')].map((r) => [r.querySelector('th')!.textContent, Number(r.querySelector('td a')!.textContent)]),
  );
  for (const place of ['gent', 'aalst']) {
    const { total } = await json(app, `/v1/themes/cameratoezicht/measures?location=${place}&count=true`);
    t.equal(counts[place === 'gent' ? 'Gent' : 'Aalst'], total, `${place}: as /v1 counts`);
  }
  t.ok(document.querySelector('figure.chart.bars svg a[href="/browse/themes/cameratoezicht?location=gent"]'), 'a bar per place, linked');
  t.ok(document.querySelector('figure.map svg a[href="/browse/locations/aalst"]'), 'the places on the map');
  const { total } = await json(app, '/v1/themes/cameratoezicht/measures?count=true');
  t.equal(document.querySelectorAll('ol.measures > li').length, total, 'its measures');

  const inAalst = await page(t, app, '/browse/themes/cameratoezicht?location=aalst');
  const { total: aalst } = await json(app, '/v1/themes/cameratoezicht/measures?location=aalst&count=true');
  t.equal(inAalst.document.querySelectorAll('ol.measures > li').length, aalst, 'filtered by place');
  t.match(inAalst.document.querySelector('#maatregelen')!.textContent, /in Aalst/);

  t.match((await page(t, app, '/browse/themes/cameratoezicht?location=nergensland', 400)).document.querySelector('[role="alert"]')!.textContent, /nergensland/, 'an unknown place explained');
  await page(t, app, '/browse/themes/geen-thema', 404);
  await page(t, app, '/browse/themes/cameratoezicht?fbclid=abc', 200);
});

t.test('a programme page: a table of contents, a theme filter and pages of 25 measures', async (t) => {
  const app = await fixtureApp();
  const path = '/browse/programmes/aalst-beleidsnota';
  const { total } = await json(app, '/v1/programmes/aalst-beleidsnota/measures?count=true');
  t.ok(total > 75, `a long programme (${total} measures)`);
  const pages = Math.ceil(total / 25);
  const first = await page(t, app, path);
  t.equal(first.document.querySelectorAll('ol.measures > li').length, 25, 'one page of measures');

  const toc = [...first.document.querySelectorAll('nav.toc li')];
  t.same(texts(toc.map((li) => li.querySelector('a')!)), ['Zonder tussentitel', 'Buurten en straten'], 'the sections, in order');
  t.equal(toc.reduce((n, li) => n + Number(/\((\d+)\)$/.exec(li.textContent!.trim())![1]), 0), total, 'their counts add up to the programme');
  const section = toc[1]!.querySelector('a')!.getAttribute('href')!;
  t.match(section, /^\/browse\/programmes\/aalst-beleidsnota#s-m-/, 'a section links to the page and anchor where it starts');
  t.ok(first.document.getElementById(section.split('#')[1]!), 'the anchor is on that page');

  const next = first.document.querySelector('nav.pager a[rel="next"]')!;
  t.equal(next.getAttribute('href'), `${path}?page=2`);
  t.equal(first.document.querySelector('nav.pager a[aria-current="page"]')!.textContent, '1');
  const last = await page(t, app, `${path}?page=${pages}`);
  t.equal(last.document.querySelectorAll('ol.measures > li').length, total - 25 * (pages - 1), 'the last page holds the rest');
  t.notOk(last.document.querySelector('nav.pager a[rel="next"]'), 'and has no next page');
  t.match(last.document.querySelector('h2:not([id])')!.textContent, /Buurten en straten \(vervolg\)/, 'a section continued from an earlier page says so, without a second anchor');
  const ids = new Set<string>();
  for (let p = 1; p <= pages; p++) {
    const { document } = await page(t, app, `${path}?page=${p}`);
    for (const li of document.querySelectorAll('ol.measures > li')) ids.add(li.id);
  }
  t.equal(ids.size, total, 'the pages together show every measure once');

  const verkeer = await page(t, app, `${path}?theme=verkeer`);
  const { total: onTheme } = await json(app, '/v1/programmes/aalst-beleidsnota/measures?theme=verkeer&count=true');
  t.match(verkeer.document.querySelector('p.count')!.textContent, `${onTheme} maatregelen over Verkeersveiligheid`);
  const chip = verkeer.document.querySelector('nav.themes a[aria-current]')!;
  t.equal(chip.getAttribute('href'), `${path}?theme=verkeer`, 'the chosen theme is marked');
  t.ok(verkeer.document.querySelector('nav.themes a[href="/browse/programmes/aalst-beleidsnota"]'), 'a way back to every theme');
  t.equal(verkeer.document.querySelector('nav.pager a[rel="next"]')?.getAttribute('href'), `${path}?theme=verkeer&page=2`, 'paging keeps the filter');
  for (const li of verkeer.document.querySelectorAll('ol.measures > li')) t.ok(texts(li.querySelectorAll('.chip')).includes('Verkeersveiligheid'), `${li.id} is about the theme`);

  for (const [query, status] of [['page=0', 400], ['page=x', 400], [`page=${pages + 1}`, 404], ['theme=geen-thema', 400]] as const) {
    const { document } = await page(t, app, `${path}?${query}`, status);
    t.ok(document.querySelector('[role="alert"]'), `${query}: explained`);
  }
});

t.test('a programme of several documents groups its measures under each document', async (t) => {
  const app = await fixtureApp();
  const { document } = await page(t, app, '/browse/programmes/groen-gent-programma');
  t.same(texts(document.querySelectorAll('h2.document')), ['Groen Gent: veiligheid in je buurt (deel 1)', 'Groen Gent: veiligheid in je buurt (deel 2)']);
  t.same(texts(document.querySelectorAll('nav.toc > ol > li > a')), ['Groen Gent: veiligheid in je buurt (deel 1)', 'Groen Gent: veiligheid in je buurt (deel 2)'], 'the table of contents by document');
  t.ok(document.querySelector(`#m-${fixture.measures.dealers!.id}`), 'with every measure');
});

t.test('/browse/measures/{id} leads to the page and anchor that show the measure', async (t) => {
  const app = await fixtureApp();
  const measures = (await json(app, '/v1/programmes/aalst-beleidsnota/measures?limit=500&sort=ordinal')).data as Array<{ id: string }>;
  const later = measures[60]!.id;
  const res = await app.inject({ url: `/browse/measures/${later}` });
  t.equal(res.statusCode, 303);
  t.equal(res.headers.location, `/browse/programmes/aalst-beleidsnota?page=3#m-${later}`);
  const { document } = await page(t, app, res.headers.location!.split('#')[0]!);
  t.ok(document.getElementById(`m-${later}`), 'the measure is on that page');
  t.equal((await app.inject({ url: `/browse/measures/${measures[0]!.id}` })).headers.location, `/browse/programmes/aalst-beleidsnota#m-${measures[0]!.id}`, 'the first page has no page parameter');
  await page(t, app, '/browse/measures/geen-maatregel', 404);
});

t.test('the home page draws the places with measures on the map', async (t) => {
  const app = await fixtureApp();
  const { document } = await page(t, app, '/');
  const dots = [...document.querySelectorAll('figure.map svg a')];
  t.same(hrefs(dots).sort(), ['/browse/locations/aalst', '/browse/locations/gent'], 'the municipalities with measures, and only those');
  for (const dot of dots) t.match(dot.getAttribute('aria-label'), /: \d+ maatregel/, 'each named with its count');
});

t.test('every page is allowed by its CSP: no script, no inline style attribute, SVG named', async (t) => {
  const app = await fixtureApp();
  const urls = ['/', '/browse/locations/gent', '/browse/themes/cameratoezicht', '/browse/programmes/aalst-beleidsnota', `/browse/documents/${fixture.docs.gentAkkoord!.id}`, '/browse/compare?locations=gent,aalst', '/browse/search?q=camera'];
  for (const url of urls) {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 200, url);
    t.match(res.headers['content-security-policy'], /style-src 'sha256-/, `${url}: styles by hash only`);
    t.notMatch(res.body, /<script/, `${url}: no script`);
    // style-src without 'unsafe-inline' blocks style attributes: Chromium logs each as a console error.
    t.notMatch(res.body, /\sstyle="/, `${url}: no style attribute`);
    const { document } = parseHTML(res.body);
    for (const svg of document.querySelectorAll('main svg:not([aria-hidden="true"])')) {
      const named = svg.getAttribute('aria-label') ?? (svg.getAttribute('aria-labelledby') && document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent);
      t.ok(named, `${url}: every SVG not hidden from assistive technology has an accessible name`);
    }
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    t.same(ids.filter((id, i) => ids.indexOf(id) !== i), [], `${url}: ids are unique`);
    t.equal(document.querySelectorAll('h1').length, 1, `${url}: one h1`);
  }
});

t.test('any page, theme or place parameter gives a page (200, 400 or 404), never a failure', async (t) => {
  const app = await fixtureApp();
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('0', '1', '2', '4', '999999', '-1', 'gent', 'verkeer', 'drugs', '%', '__proto__'));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('/browse/programmes/aalst-beleidsnota', '/browse/themes/wijkwerking', `/browse/documents/${fixture.docs.aalstNota!.id}`), fc.dictionary(fc.constantFrom('page', 'theme', 'location', 'fbclid'), value), async (path, query) => {
      const res = await app.inject({ url: path, query });
      if (![200, 400, 404].includes(res.statusCode)) throw new Error(`${path} ${JSON.stringify(query)}: ${res.statusCode}`);
      if (!res.headers['content-type']!.toString().startsWith('text/html') && res.statusCode !== 400) throw new Error(`${path} ${JSON.stringify(query)}: ${res.headers['content-type']}`);
    }),
    { numRuns: 150 },
  );
  t.pass('150 queries');
});
