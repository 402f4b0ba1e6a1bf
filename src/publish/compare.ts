/**
 * The compare page for people: a place × theme table whose cells link to the measures behind
 * them, and the same numbers as an SVG bar chart that needs no JavaScript. Colours come from
 * `currentColor` and the page's own stylesheet, so light and dark themes both work.
 */
import type { Comparison } from '../queries/compare.js';
import { clipLabel } from './bars.js';
import { html, type SafeHtml } from './html.js';
import { browsePath } from '../urls.js';

const BAR_HEIGHT = 12;
const LABEL_WIDTH = 180;
const CHART_WIDTH = 480;
/** Room right of the longest bar for its number. */
const VALUE_SPACE = 36;

/** Fill opacity of the bars of the `i`-th of `n` places: one step each, from full. */
const opacity = (i: number, n: number) => (1 - (i / Math.max(1, n)) * 0.7).toFixed(2);

/**
 * Measures per theme per place as grouped horizontal bars, bars of place i at opacity step
 * i, with the legend as an HTML list above (it wraps on a phone; the SVG scales).
 */
export function compareChart(comparison: Comparison): SafeHtml {
  const places = comparison.locations;
  const max = Math.max(1, ...comparison.themes.flatMap((row) => row.places.map((c) => c.measures)));
  const rowHeight = places.length * (BAR_HEIGHT + 2) + 12;
  const height = comparison.themes.length * rowHeight;
  const scale = (n: number) => (n / max) * (CHART_WIDTH - LABEL_WIDTH - VALUE_SPACE);
  const swatch = (i: number) => html`<svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="currentColor" fill-opacity="${opacity(i, places.length)}"></rect></svg>`;
  const legend = html`<ul class="legend" aria-label="Legende">${places.map((p, i) => html`<li>${swatch(i)}${p.name}</li>`)}</ul>`;
  const rows = comparison.themes.map((row, r) => {
    const y = r * rowHeight;
    const bars = row.places.map((cell, i) => {
      const by = y + i * (BAR_HEIGHT + 2);
      const length = scale(cell.measures);
      return html`<rect x="${LABEL_WIDTH}" y="${by}" width="${length.toFixed(1)}" height="${BAR_HEIGHT}" fill="currentColor" fill-opacity="${opacity(i, places.length)}"><title>${places[i]!.name}: ${cell.measures} maatregelen over ${row.theme.name}</title></rect><text x="${(LABEL_WIDTH + length + 4).toFixed(1)}" y="${by + BAR_HEIGHT - 2}" font-size="11">${cell.measures}</text>`;
    });
    return html`<text class="label" x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT}" text-anchor="end">${clipLabel(row.theme.name)}</text>${bars}`;
  });
  const title = `Maatregelen per thema: ${places.map((p) => p.name).join(', ')}`;
  return html`<figure class="compare-chart">${legend}<svg class="chart" role="img" aria-labelledby="compare-chart-title" viewBox="0 0 ${CHART_WIDTH} ${height}" xmlns="http://www.w3.org/2000/svg"><title id="compare-chart-title">${title}</title>${rows}</svg></figure>`;
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
