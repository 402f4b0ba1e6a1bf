import t from 'tap';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

const FIGURE = fixture.figures.change!.id;
const RANGE = fixture.figures.range!.id;
const UNDATED = fixture.figures.rechercheurs!.id;
const MEASURE = fixture.measures.staffing!.id;

/** Absolute URLs a page would fetch or point to, by kind: resources (src, <link href>, CSS url()) and anchors. */
function references(html: string) {
  const resources = [
    ...[...html.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!),
    ...[...html.matchAll(/@import/g)].map(() => '@import'),
  ];
  const anchors = [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!);
  return { resources, anchors };
}

t.test('the figure card of 120 → 155', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject({ url: `/embed/figures/${FIGURE}` });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/html/);
  const html = res.body;
  const origin = 'http://localhost:80';
  t.match(html, /<main class="card">[\s\S]*<article aria-labelledby="card-title">/, 'semantic structure');
  t.match(html, /<h1 id="card-title" class="value"><span class="subject">Politiezone Gent:<\/span> <data value="155">155<\/data> <span class="unit">personeelsleden<\/span><\/h1>/, 'led by the subject, then value and unit');
  t.match(html, 'van 120 naar 155 (+35; +29,2%)', 'the change');
  t.match(html, /<figure class="chart"><svg [^>]*role="img" aria-label="van 120 naar 155/, 'the change drawn');
  t.match(html, /<blockquote class="quote"[^>]*><p>De Gentse politie groeit <mark>van 120 naar 155 personeelsleden<\/mark> tegen 2024.<\/p><\/blockquote>/, 'the sentence with the figure highlighted');
  t.match(html, 'Bestuursakkoord Gent 2019-2024: samen veilig', 'document');
  t.match(html, /<dt>Datum<\/dt><dd>januari 2019<\/dd>/, 'the stated date');
  t.match(html, /<dt>Uitgever<\/dt><dd>Stad Gent<\/dd>/, 'issuer row');
  const undated = (await app.inject({ url: `/embed/figures/${UNDATED}` })).body;
  t.match(undated, /<dt>Datum<\/dt><dd><span class="muted">niet vermeld<\/span><\/dd>/, 'no date invented');
  t.match(html, /rel="license">CC BY 4.0</, 'licence');
  t.match(html, `href="${origin}/browse/measures/${MEASURE}"`, 'link back (to the programme page that lists the measure)');
  t.match(html, `<link rel="alternate" type="application/json+oembed" href="${origin}/oembed?url=${encodeURIComponent(`${origin}/embed/figures/${FIGURE}`)}&amp;format=json"`, 'oEmbed discovery');
  t.match(html, /@media \(prefers-color-scheme:dark\)/, 'dark mode');
  t.match(html, /<meta name="viewport"/, 'responsive');
  t.match(html, "postMessage({type:'blauwdruk:resize'", 'resizes its iframe');

  const { resources, anchors } = references(html);
  t.same(resources.filter((u) => /^https?:/.test(u) && !u.startsWith(origin)), [], 'no external resources');
  t.notMatch(html, /<script[^>]+src=/, 'no external script');
  t.same(anchors.filter((u) => /^https?:/.test(u) && !u.startsWith(origin) && u !== 'https://creativecommons.org/licenses/by/4.0/'), [], 'links go back to this API (or the licence)');

  const csp = String(res.headers['content-security-policy']);
  t.match(csp, "default-src 'none'");
  t.match(csp, /script-src 'sha256-[^']+'/);
  t.match(csp, 'frame-ancestors *', 'embeddable anywhere');
});

t.test('a range card draws the band; a measure card marks its figures', async (t) => {
  const app = await fixtureApp();
  const range = await app.inject({ url: `/embed/figures/${RANGE}` });
  t.match(range.body, /<data value="20">20–25<\/data> <span class="unit">wijkagenten<\/span>/);
  t.match(range.body, /<rect class="band"/);
  t.match(range.body, /<mark>20 tot 25 wijkagenten<\/mark>/);

  const measure = await app.inject({ url: `/embed/measures/${MEASURE}` });
  t.equal(measure.statusCode, 200);
  t.match(measure.body, /<p class="eyebrow">Maatregel/);
  t.match(measure.body, new RegExp(`<a href="[^"]*/embed/figures/${FIGURE}"><mark[^>]*>van 120 naar 155 personeelsleden</mark></a>`));
  t.match(measure.body, 'application/json+oembed');
  t.equal((await app.inject({ url: '/embed/measures/nope' })).statusCode, 404);
  t.equal((await app.inject({ url: '/embed/figures/nope' })).statusCode, 404);
});

t.test('the SVG fallback', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject({ url: `/embed/figures/${FIGURE}.svg` });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^image\/svg\+xml/);
  t.match(res.body, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  t.match(res.body, /<text class="value"[^>]*>155 personeelsleden<\/text>/);
  t.match(res.body, 'van 120 naar 155 (+35; +29,2%)');
  t.match(res.body, /<rect class="before"[\s\S]*<rect class="after"/, 'both bars');
  t.match(res.body, 'prefers-color-scheme:dark');
  t.notMatch(res.body, /href=|<image|url\(/, 'nothing external');
  t.equal((await app.inject({ url: '/embed/figures/nope.svg' })).statusCode, 404);
});

t.test('oEmbed', async (t) => {
  const app = await fixtureApp();
  const card = `http://localhost/embed/figures/${FIGURE}`;
  const res = await app.inject({ url: `/oembed?url=${encodeURIComponent(card)}&maxwidth=300&maxheight=200&format=json` });
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.match(body, { type: 'rich', version: '1.0', provider_name: 'blauwdruk', width: 300, height: 200 });
  t.match(body.title, '155 personeelsleden — van 120 naar 155');
  t.type(body.cache_age, 'number');
  t.match(body.provider_url, /^http:\/\/localhost(:80)?\/$/);
  t.match(body.html, new RegExp(`^<iframe src="http://localhost(:80)?/embed/figures/${FIGURE}" width="300" height="200"`));

  const unbounded = (await app.inject({ url: `/oembed?url=${encodeURIComponent(card)}` })).json();
  t.ok(unbounded.width <= 560 && unbounded.width > 300, 'default width');
  const measure = await app.inject({ url: `/oembed?url=${encodeURIComponent(`http://localhost/embed/measures/${MEASURE}`)}` });
  t.equal(measure.json().type, 'rich');

  const status = async (query: string) => (await app.inject({ url: `/oembed?${query}` })).statusCode;
  t.equal(await status(`url=${encodeURIComponent(card)}&format=xml`), 501, 'XML not implemented');
  t.equal(await status(`url=${encodeURIComponent('https://elsewhere.example/embed/figures/x')}`), 404, 'not this API');
  t.equal(await status(`url=${encodeURIComponent('http://localhost/v1/figures/' + FIGURE)}`), 404, 'not a card');
  t.equal(await status(`url=${encodeURIComponent('http://localhost/embed/figures/nope')}`), 404, 'no such figure');
  t.equal(await status('url=not%20a%20url'), 404);
  t.equal(await status(`url=${encodeURIComponent('http://localhost/embed/figures/%E0%A4%A')}`), 404, 'a malformed escape in the card id is not a card');
  t.equal(await status(`url=${encodeURIComponent(card)}&maxwidth=wide`), 400, 'bad maxwidth');
  t.equal(await status(''), 400, 'url is required');
  t.equal(await status(`url=${encodeURIComponent(card)}&format=yaml`), 400);
});
