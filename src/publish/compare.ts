/**
 * The compare page for people: a place × theme table whose cells link to the measures behind
 * them, and the same numbers as an SVG bar chart that needs no JavaScript. Colours come from
 * `currentColor` and the page's own stylesheet, so light and dark themes both work.
 */
import type { Comparison } from '../queries/compare.js';
import { html, raw, type SafeHtml } from './html.js';
import { browsePath } from '../urls.js';

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const BAR_HEIGHT = 10;
const LABEL_WIDTH = 260;
const CHART_WIDTH = 640;

/** Measures per theme per place as grouped horizontal bars; bars of place i share opacity step i. */
export function compareChart(comparison: Comparison): SafeHtml {
  const places = comparison.locations;
  const max = Math.max(1, ...comparison.themes.flatMap((row) => row.places.map((c) => c.measures)));
  const rowHeight = places.length * (BAR_HEIGHT + 2) + 10;
  const height = comparison.themes.length * rowHeight + 24;
  const scale = (n: number) => (n / max) * (CHART_WIDTH - LABEL_WIDTH - 40);
  const opacity = (i: number) => (1 - (i / Math.max(1, places.length)) * 0.7).toFixed(2);
  const legend = places
    .map((p, i) => `<g transform="translate(${LABEL_WIDTH + i * 120},4)"><rect width="10" height="10" fill="currentColor" fill-opacity="${opacity(i)}"/><text x="14" y="9" font-size="11">${escapeXml(p.name)}</text></g>`)
    .join('');
  const rows = comparison.themes
    .map((row, r) => {
      const y = 24 + r * rowHeight;
      const bars = row.places
        .map((cell, i) => {
          const place = places[i]!.name;
          const by = y + i * (BAR_HEIGHT + 2);
          return `<rect x="${LABEL_WIDTH}" y="${by}" width="${scale(cell.measures).toFixed(1)}" height="${BAR_HEIGHT}" fill="currentColor" fill-opacity="${opacity(i)}"><title>${escapeXml(`${place}: ${cell.measures} maatregelen over ${row.theme.name}`)}</title></rect><text x="${(LABEL_WIDTH + scale(cell.measures) + 4).toFixed(1)}" y="${by + BAR_HEIGHT - 1}" font-size="10">${cell.measures}</text>`;
        })
        .join('');
      return `<text x="${LABEL_WIDTH - 6}" y="${y + BAR_HEIGHT}" font-size="11" text-anchor="end">${escapeXml(row.theme.name)}</text>${bars}`;
    })
    .join('');
  const title = `Maatregelen per thema: ${places.map((p) => p.name).join(', ')}`;
  return raw(
    `<svg class="chart" role="img" aria-labelledby="compare-chart-title" viewBox="0 0 ${CHART_WIDTH} ${height}" width="100%" style="max-width:${CHART_WIDTH}px" xmlns="http://www.w3.org/2000/svg"><title id="compare-chart-title">${escapeXml(title)}</title>${legend}${rows}</svg>`,
  );
}

/** The place × theme table: counts of measures (commitments / observations), linked. */
export function compareTable(comparison: Comparison): SafeHtml {
  const head = comparison.locations.map((l) => html`<th scope="col"><a href="${browsePath('locations', l.id)}">${l.name}</a></th>`);
  const rows = comparison.themes.map(
    (row) => html`<tr><th scope="row">${row.theme.name}</th>${row.places.map((c) =>
      c.measures === 0
        ? html`<td class="muted">0</td>`
        : html`<td><a href="${c.measuresUrl}">${c.measures}</a> <span class="muted">(${c.commitments} beloftes, ${c.observations} vaststellingen${c.figures ? `, ${c.figures} cijfers` : ''})</span></td>`,
    )}</tr>`,
  );
  return html`<div class="table-scroll"><table class="compare"><caption>Maatregelen per thema en plaats</caption><thead><tr><th scope="col">Thema</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The compare form: places as a comma-separated list. */
export const compareForm = (value: string) =>
  html`<form action="/browse/compare" method="get" role="search"><label for="compare-locations">Plaatsen (komma's ertussen)</label> <input id="compare-locations" name="locations" value="${value}" placeholder="gent,antwerpen"> <button type="submit">Vergelijk</button></form>`;
