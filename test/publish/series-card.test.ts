/**
 * The series card (HTML and SVG) and its oEmbed answer; the figure card, SVG and citations
 * led by the figure's subject.
 */
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';

const SERIES = 's-fgp-antwerpen--staff';
const FIGURE = 'f-c5bb29bf6d9f-1157';

t.test('the series card draws target and observed values differently, each point with its quote and source', async (t) => {
  const app = await seedApp(t);
  const res = await app.inject({ url: `/embed/series/${SERIES}` });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/html/);
  t.match(res.headers['content-security-policy'], /style-src 'sha256-/);
  const html = res.body;
  t.match(html, /<h1 id="card-title">Federale Gerechtelijke Politie Antwerpen: personeel<\/h1>/);
  t.match(html, /<p class="eyebrow">Reeks · personeel · 2 cijfers<\/p>/);
  const chart = /<figure class="chart"><svg [^>]*role="img" aria-label="([^"]*)">([\s\S]*?)<\/svg>/.exec(html);
  t.ok(chart, 'a timeline');
  t.equal(chart![1], 'Reeks: 550 (doel, zonder datum); 462 (vastgesteld, 31 december 2023)', 'the timeline in words');
  t.match(chart![2], /<rect class="target"[^>]*transform="rotate\(45/, 'a target is a diamond');
  t.match(chart![2], /<circle class="actual"/, 'an observed value a filled dot');
  t.match(html, /\.chart \.target\{fill:var\(--bg\);stroke:var\(--after\);stroke-width:2\.5;stroke-dasharray/, 'the target hollow and dashed');
  t.match(html, /<ul class="legend"><li><svg[^>]*><circle class="actual"[^>]*><\/circle><\/svg>vastgesteld<\/li><li><svg[^>]*><rect class="target"/, 'a legend in words');
  t.match(html, /<td>31 december 2023<\/td>\s*<td><data value="462">462 personeelsleden<\/data><\/td>/, 'the observed point in the table');
  t.match(html, /<a href="http:\/\/localhost(:80)?\/embed\/figures\/f-c5bb29bf6d9f-766"[^>]*>“550 personeelsleden”<\/a> <span class="muted">· We zetten in op/, 'each point links its figure card and names its source');
  t.match(html, 'rel="alternate" type="application/json+oembed"');
  t.match(html, /rel="license">CC BY 4\.0</);
  t.equal((await app.inject({ url: '/embed/series/s-none' })).statusCode, 404);
});

t.test('conflicting values for one date are shown side by side, never averaged', async (t) => {
  const { timelineParts } = await import('../../src/publish/timeline.js');
  const point = (value: number, status: 'target' | 'actual', start: number) => ({
    figure: { id: `f-${start}`, name: String(value), url: '' }, value, valueMax: null, normalizedValue: value, unit: 'agenten', status,
    referenceDate: '2023', documentDate: null, subject: null, provenance: { document: 'd', start, end: start + 3, quote: String(value), page: null },
  });
  const parts = timelineParts([point(300, 'actual', 1), point(340, 'actual', 50)]);
  const circles = [...parts.shapes.value.matchAll(/<circle class="actual" cx="(\d+)" cy="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
  t.equal(circles.length, 2, 'two points');
  t.not(circles[0]![0], circles[1]![0], 'at different x');
  t.ok(circles[0]![1]! > circles[1]![1]!, 'each at its own height');
  t.match(parts.shapes.value, />300<\/text>[\s\S]*>340<\/text>/, 'both values written');
  t.notMatch(parts.shapes.value, />320</, 'no average');
});

t.test('the series SVG and oEmbed', async (t) => {
  const app = await seedApp(t);
  const svg = await app.inject({ url: `/embed/series/${SERIES}.svg` });
  t.equal(svg.statusCode, 200);
  t.match(svg.headers['content-type'], /^image\/svg\+xml/);
  t.match(svg.body, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*aria-label="Federale Gerechtelijke Politie Antwerpen: personeel\. 550 \(doel, zonder datum\); 462 \(vastgesteld, 31 december 2023\)"/);
  t.match(svg.body, /<rect class="target"[\s\S]*<circle class="actual"/);
  t.match(svg.body, 'Bronnen: We zetten in op een intensieve samenwerking');
  t.notMatch(svg.body, /href=|<image|url\(/, 'nothing external');
  const card = `http://localhost/embed/series/${SERIES}`;
  const oembed = await app.inject({ url: `/oembed?url=${encodeURIComponent(card)}` });
  t.equal(oembed.statusCode, 200);
  t.match(oembed.json(), { type: 'rich', title: 'Federale Gerechtelijke Politie Antwerpen: personeel', html: /^<iframe src="http:\/\/localhost(:80)?\/embed\/series\/s-fgp-antwerpen--staff"/ });
  t.equal((await app.inject({ url: `/oembed?url=${encodeURIComponent('http://localhost/embed/series/s-none')}` })).statusCode, 404);
});

t.test('the figure card, SVG, oEmbed title and citation lead with the subject', async (t) => {
  const app = await seedApp(t);
  const card = (await app.inject({ url: `/embed/figures/${FIGURE}` })).body;
  t.match(card, /<span class="subject">Federale Scheepvaartpolitie Antwerpen:<\/span> <data value="312">/);
  t.match(card, /<p class="eyebrow">Cijfer · aantal · <span class="status">vastgesteld<\/span> · peildatum 2023<\/p>/);
  t.match(card, /Reeks: <a href="[^"]*\/embed\/series\/s-federale-scheepvaartpolitie--staff"/);
  const svg = (await app.inject({ url: `/embed/figures/${FIGURE}.svg` })).body;
  t.match(svg, /<text class="subject"[^>]*>Federale Scheepvaartpolitie Antwerpen:<\/text>/);
  t.match(svg, /aria-label="Federale Scheepvaartpolitie Antwerpen: 312 medewerkers/);
  const oembed = (await app.inject({ url: `/oembed?url=${encodeURIComponent(`http://localhost/embed/figures/${FIGURE}`)}` })).json();
  t.equal(oembed.title, 'Federale Scheepvaartpolitie Antwerpen: 312 medewerkers — van 186 naar 312 (+126; +67,7%)');
  const text = (await app.inject({ url: `/v1/figures/${FIGURE}/cite?format=text` })).body;
  t.match(text, /^Cijfer over Federale Scheepvaartpolitie Antwerpen: “van 186 naar 312 medewerkers”\. Bron:/);
  const csl = (await app.inject({ url: `/v1/figures/${FIGURE}/cite` })).json();
  t.match(JSON.stringify(csl), '312 medewerkers (Federale Scheepvaartpolitie Antwerpen)');
});
