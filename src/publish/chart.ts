/**
 * The picture of a figure that has one: a change drawn as two bars (before → after), a
 * range as a band on an axis from zero. Plain SVG with classes, so the card's stylesheet
 * (and the standalone SVG's own) colours it for light and dark mode.
 */
import type { FigureRecord } from '../queries/shapes.js';
import { changeLabel, figureLabel, formatNumber } from './format.js';
import { html, type SafeHtml } from './html.js';

type FigureValue = Pick<FigureRecord, 'value' | 'valueMax' | 'previousValue' | 'unit'>;

const WIDTH = 400;
const BAR_X = 48;
const BAR_SPACE = 290;

/** Bar length for `v` on a scale whose largest value is `max`; never invisible. */
const barLength = (v: number, max: number) => Math.max(2, Math.round((Math.abs(v) / max) * BAR_SPACE));

/** A chart's drawing in a `WIDTH` × `height` coordinate space, and what it shows in words. */
export interface ChartParts {
  width: number;
  height: number;
  label: string;
  shapes: SafeHtml;
}

function changeChart(f: FigureValue & { previousValue: number }): ChartParts {
  const max = Math.max(Math.abs(f.previousValue), Math.abs(f.value)) || 1;
  const row = (y: number, label: string, v: number, cls: string) => {
    const len = barLength(v, max);
    return html`<text class="label" x="0" y="${y + 18}">${label}</text><rect class="${cls}" x="${BAR_X}" y="${y}" width="${len}" height="26" rx="3"></rect><text x="${BAR_X + len + 6}" y="${y + 18}">${formatNumber(v)}</text>`;
  };
  return { width: WIDTH, height: 76, label: changeLabel(f)!, shapes: html`${row(4, 'van', f.previousValue, 'before')}${row(42, 'naar', f.value, 'after')}` };
}

function rangeChart(f: FigureValue & { valueMax: number }): ChartParts {
  const scale = Math.max(f.valueMax, f.value) * 1.25 || 1;
  const x = (v: number) => Math.round(10 + (v / scale) * (WIDTH - 20));
  const [low, high] = [x(f.value), x(f.valueMax)];
  return {
    width: WIDTH,
    height: 64,
    label: `tussen ${figureLabel(f)}`,
    shapes: html`<line class="axis" x1="10" y1="22" x2="${WIDTH - 10}" y2="22"></line><text class="label" x="10" y="58">0</text><rect class="band" x="${low}" y="12" width="${Math.max(high - low, 3)}" height="20" rx="3"></rect><text x="${low}" y="54" text-anchor="middle">${formatNumber(f.value)}</text><text x="${high}" y="54" text-anchor="middle">${formatNumber(f.valueMax)}</text>`,
  };
}

/** The drawing of a change or a range, or null for a single value. */
export function chartParts(f: FigureValue): ChartParts | null {
  if (f.previousValue !== null) return changeChart({ ...f, previousValue: f.previousValue });
  if (f.valueMax !== null) return rangeChart({ ...f, valueMax: f.valueMax });
  return null;
}

/** The chart as inline SVG for an HTML page, or null for a single value. */
export function figureChart(f: FigureValue): SafeHtml | null {
  const c = chartParts(f);
  return c && html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" role="img" aria-label="${c.label}">${c.shapes}</svg>`;
}
