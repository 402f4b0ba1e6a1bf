/**
 * The picture of a series: its points on a timeline, one column per reference date (undated
 * points first), values on an axis from zero. Status is drawn, not only coloured: an observed
 * value is a filled dot, a target a hollow dashed diamond, a forecast a hollow dotted dot.
 * Points of one date stand side by side, each with its own value: conflicting values are
 * shown, never averaged. Plain SVG with classes, coloured by the card's or the image's style.
 */
import type { SeriesRecord } from '../queries/shapes.js';
import type { ChartParts } from './chart.js';
import { formatDate, formatNumber, statusLabel } from './format.js';
import { html, type SafeHtml } from './html.js';

type SeriesPoint = SeriesRecord['data'][number];

const WIDTH = 400;
const LEFT = 16;
const RIGHT = 16;
const TOP = 22;
const PLOT = 120;
const HEIGHT = TOP + PLOT + 44;
/** Horizontal distance between points of one date. */
const SPREAD = 22;

/** A point's value and range end in the series' canonical unit (the unit as written when there is none). */
function normalised(p: SeriesPoint): { low: number; high: number | null } {
  const factor = p.normalizedValue !== null && p.value !== 0 ? p.normalizedValue / p.value : 1;
  const low = p.normalizedValue ?? p.value;
  return { low, high: p.valueMax === null ? null : p.valueMax * factor };
}

/** The mark of one status at (x, y): the shape tells the status without colour. */
export function statusMark(status: SeriesPoint['status'], x: number, y: number): SafeHtml {
  if (status === 'target') return html`<rect class="target" x="${x - 6}" y="${y - 6}" width="12" height="12" transform="rotate(45 ${x} ${y})"></rect>`;
  if (status === 'forecast') return html`<circle class="forecast" cx="${x}" cy="${y}" r="6"></circle>`;
  if (status === 'unknown') return html`<rect class="unknown" x="${x - 4}" y="${y - 4}" width="8" height="8"></rect>`;
  return html`<circle class="actual" cx="${x}" cy="${y}" r="6"></circle>`;
}

/** "462 (vastgesteld, 31 december 2023)". */
export function pointLabel(p: SeriesPoint): string {
  const { low, high } = normalised(p);
  const amount = high === null ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return `${amount} (${[statusLabel(p.status) ?? 'status onbekend', formatDate(p.referenceDate) ?? 'zonder datum'].join(', ')})`;
}

/** The timeline of a series' points, in a `WIDTH` × `HEIGHT` space. */
export function timelineParts(points: readonly SeriesPoint[]): ChartParts {
  const columns = new Map<string, SeriesPoint[]>();
  for (const p of points) {
    const key = p.referenceDate ?? '';
    columns.set(key, [...(columns.get(key) ?? []), p]);
  }
  const max = Math.max(1, ...points.map((p) => { const n = normalised(p); return n.high ?? n.low; })) * 1.15;
  const y = (v: number) => Math.round(TOP + (1 - Math.max(0, v) / max) * PLOT);
  const step = (WIDTH - LEFT - RIGHT) / Math.max(1, columns.size);
  const shapes: SafeHtml[] = [html`<line class="axis" x1="${LEFT}" y1="${TOP + PLOT}" x2="${WIDTH - RIGHT}" y2="${TOP + PLOT}"></line>`];
  [...columns].forEach(([date, group], i) => {
    const center = LEFT + step * (i + 0.5);
    group.forEach((p, j) => {
      const x = Math.round(center + (j - (group.length - 1) / 2) * SPREAD);
      const { low, high } = normalised(p);
      if (high !== null) shapes.push(html`<line class="range ${p.status}" x1="${x}" y1="${y(low)}" x2="${x}" y2="${y(high)}"></line>`);
      shapes.push(statusMark(p.status, x, y(low)));
      if (high !== null) shapes.push(statusMark(p.status, x, y(high)));
      shapes.push(html`<text x="${x}" y="${y(high ?? low) - 10}" text-anchor="middle">${formatNumber(high ?? low)}</text>`);
    });
    shapes.push(html`<text class="label" x="${Math.round(center)}" y="${TOP + PLOT + 20}" text-anchor="middle">${date === '' ? 'zonder datum' : formatDate(date)}</text>`);
  });
  return { width: WIDTH, height: HEIGHT, label: `Reeks: ${points.map(pointLabel).join('; ')}`, shapes: html`${shapes}` };
}

/** The legend of the status marks used by `points`, as inline SVG icons with words. */
export function timelineLegend(points: readonly SeriesPoint[]): SafeHtml {
  const used = (['actual', 'target', 'forecast', 'unknown'] as const).filter((s) => points.some((p) => p.status === s));
  return html`<ul class="legend">${used.map((s) => html`<li><svg viewBox="0 0 16 16" aria-hidden="true">${statusMark(s, 8, 8)}</svg>${statusLabel(s) ?? 'status onbekend'}</li>`)}</ul>`;
}
