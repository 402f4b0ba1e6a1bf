/**
 * The series card: `/embed/series/{id}` (HTML, framable, with oEmbed discovery) and
 * `/embed/series/{id}.svg` (a static image). Both draw the points as a timeline with target
 * and observed values visibly different, and list every point with its quote and source, so
 * each value on the card can be traced to the sentence that states it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.js';
import { notFound } from '../errors.js';
import { getDocument } from '../queries/documents.js';
import { getSeries } from '../queries/series.js';
import type { DocumentRecord, SeriesRecord } from '../queries/shapes.js';
import { cardStyle } from './cards.js';
import { wrap } from './figure-svg.js';
import { formatDate, formatNumber, pageLabel, statusLabel, unitKindLabel } from './format.js';
import { html, raw } from './html.js';
import { pagePolicy, sendPage, servedAs, sha256Source, shell } from './layout.js';
import { dataLicence } from './licence.js';
import { idParams } from './records.js';
import { svgCss } from './style.js';
import { pointLabel, statusMark, timelineLegend, timelineParts } from './timeline.js';
import { browsePath, cardUrl, oembedUrl, recordUrl } from '../urls.js';

export interface SeriesView {
  series: SeriesRecord;
  /** The source documents of the points, by id. */
  documents: ReadonlyMap<string, DocumentRecord>;
}

/** A series with the documents of its points; 404 when the id is unknown. */
export function seriesView(db: Db, id: string): SeriesView {
  const series = getSeries(db, id);
  if (!series) throw notFound('series', id);
  const ids = [...new Set(series.data.map((p) => p.provenance.document))];
  return { series, documents: new Map(ids.map((d) => [d, getDocument(db, d)!])) };
}

/** What the series is about: its actor, else its place. */
const subjectOf = (s: SeriesRecord) => s.actor?.name ?? s.location?.name ?? s.id;

/** The series' title for cards and oEmbed: "Verkeerspolitie Oost: personeel". */
export const seriesTitle = (s: SeriesRecord) => `${subjectOf(s)}: ${unitKindLabel(s.unitKind)}`;

const amountOf = (p: SeriesRecord['data'][number]) => {
  const amount = p.valueMax === null ? formatNumber(p.value) : `${formatNumber(p.value)}–${formatNumber(p.valueMax)}`;
  return p.unit === null ? amount : p.unit === '%' ? `${amount}%` : `${amount} ${p.unit}`;
};

function seriesPage(origin: string, { series, documents }: SeriesView): string {
  const self = cardUrl(origin, 'series', series.id);
  const title = seriesTitle(series);
  const chart = timelineParts(series.data);
  const back = series.actor ? `${origin}${browsePath('actors', series.actor.id)}` : `${origin}${browsePath('locations', series.location!.id)}`;
  const rows = series.data.map((p) => {
    const doc = documents.get(p.provenance.document);
    return html`<tr>
<td>${formatDate(p.referenceDate) ?? html`<span class="muted">zonder datum</span>`}</td>
<td><data value="${p.value}">${amountOf(p)}</data></td>
<td><svg class="mark" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">${statusMark(p.status, 8, 8)}</svg> ${statusLabel(p.status) ?? 'onbekend'}</td>
<td><a href="${cardUrl(origin, 'figures', p.figure.id)}" target="_blank" rel="noopener">“${p.provenance.quote}”</a>${doc ? html` <span class="muted">· ${doc.title}${doc.date ? ` (${formatDate(doc.date)})` : ''}${p.provenance.page === null ? '' : `, ${pageLabel(p.provenance.page)}`}</span>` : ''}</td>
</tr>`;
  });
  return shell({
    title: `${title} · blauwdruk`,
    style: cardStyle,
    head: html`<link rel="canonical" href="${self}">
<link rel="alternate" type="application/json+oembed" href="${oembedUrl(origin, self)}" title="${title}">`,
    body: html`<main class="card">
<article aria-labelledby="card-title">
<p class="eyebrow">Reeks · ${unitKindLabel(series.unitKind)} · ${series.points} ${series.points === 1 ? 'cijfer' : 'cijfers'}</p>
<h1 id="card-title">${title}</h1>
<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-label="${chart.label}">${chart.shapes}</svg>
${timelineLegend(series.data)}</figure>
<table class="points">
<thead><tr><th scope="col">Datum</th><th scope="col">Waarde</th><th scope="col">Status</th><th scope="col">Bron</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<footer class="card-footer">
<a href="${back}" target="_blank" rel="noopener">Bekijk in blauwdruk</a>
<span><a href="${dataLicence.url}" rel="license">${dataLicence.name}</a> · <a href="${recordUrl(origin, 'series', series.id)}" target="_blank" rel="noopener">JSON</a></span>
</footer>
</article>
</main>`,
  });
}

const WIDTH = 640;
const PAD = 28;
const css = `${svgCss}\n.source{font-size:14px}svg svg text{font-size:13px;font-weight:600}`;
const svgPolicy = `default-src 'none'; style-src ${sha256Source(css)}`;

/** The series as one static SVG image (serve it under {@link svgPolicy}). */
export function seriesSvg({ series, documents }: SeriesView, { origin }: { origin: string }): string {
  const title = seriesTitle(series);
  const chart = timelineParts(series.data);
  const chartHeight = Math.round(((WIDTH - 2 * PAD) / chart.width) * chart.height);
  const titleLines = wrap(title, 50, 2);
  const top = 84 + (titleLines.length - 1) * 26;
  let y = top + chartHeight;
  const legend = (['actual', 'target', 'forecast', 'unknown'] as const).filter((s) => series.data.some((p) => p.status === s));
  const legendLine = html`${legend.map((s, i) => html`<g transform="translate(${PAD + i * 130} ${y + 12})">${statusMark(s, 8, 0)}<text class="label" x="22" y="5" font-size="14">${statusLabel(s) ?? 'status onbekend'}</text></g>`)}`;
  y += 36;
  const sources = wrap(`Bronnen: ${[...documents.values()].map((d) => d.title).join(' · ')}`, 80, 3);
  const sourceText = html`${sources.map((l, i) => html`<text class="source" x="${PAD}" y="${y + 14 + i * 18}">${l}</text>`)}`;
  y += 14 + sources.length * 18;
  const height = y + 8 + PAD;
  const label = `${title}. ${series.data.map(pointLabel).join('; ')}`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${label}">
<title>${label}</title>
<style>${raw(css)}</style>
<rect class="bg" x="1" y="1" width="${WIDTH - 2}" height="${height - 2}" rx="14"></rect>
<text class="eyebrow" x="${PAD}" y="44" font-size="14">REEKS · BLAUWDRUK</text>
${titleLines.map((l, i) => html`<text class="subject" x="${PAD}" y="${72 + i * 26}" font-size="22">${l}</text>`)}
<svg x="${PAD}" y="${top}" width="${WIDTH - 2 * PAD}" height="${chartHeight}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMinYMin meet">${chart.shapes}</svg>
${legendLine}
${sourceText}
<text class="source" x="${PAD}" y="${height - PAD + 4}" font-size="13">blauwdruk · ${dataLicence.name} · ${origin.replace(/^https?:\/\//, '')}</text>
</svg>
`.value;
}

const schema = { hide: true, params: idParams };

const plugin: FastifyPluginAsyncZod = async (app) => {
  app.get('/embed/series/:id.svg', { schema, ...servedAs('image/svg+xml', svgPolicy) }, async (request, reply) => {
    const svg = seriesSvg(seriesView(app.db, request.params.id), { origin: app.originOf(request) });
    return reply.type('image/svg+xml; charset=utf-8').send(svg);
  });
  app.get('/embed/series/:id', { schema, ...servedAs('text/html', pagePolicy(cardStyle)) }, async (request, reply) => {
    return sendPage(reply, seriesPage(app.originOf(request), seriesView(app.db, request.params.id)));
  });
};

export default plugin;
