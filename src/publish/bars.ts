/**
 * A horizontal bar chart for people who would rather look than read: one bar per row
 * (measures per theme of a place, measures per place of a theme), each row a link to
 * what it counts. Plain SVG coloured by the page's stylesheet classes (light and dark),
 * no inline style and no script; the same numbers stand in a table beside it.
 */
import { html, type SafeHtml } from './html.js';

export interface Bar {
  label: string;
  value: number;
  /** Where the row leads; a row without one is drawn as is. */
  href?: string;
}

export interface BarChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** `id` attribute of the title, unique on the page. */
  id: string;
  /** What a value counts, for each bar's accessible name ("maatregelen"). */
  unit: string;
}

const WIDTH = 440;
const LABEL_WIDTH = 180;
const ROW = 26;
const BAR = 16;
/** Room right of the longest bar for its number. */
const VALUE_SPACE = 44;
/** Characters of a label that fit in `LABEL_WIDTH` at the chart's font size. */
const LABEL_CHARS = 22;

/** A label cut to what fits beside a chart's bars. */
export const clipLabel = (label: string) => (label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1)}…`);

/** `bars` as an SVG chart, longest scale = largest value; an empty list draws nothing. */
export function barChart(bars: readonly Bar[], { title, id, unit }: BarChartOptions): SafeHtml {
  if (bars.length === 0) return html``;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const scale = (v: number) => Math.max(v > 0 ? 2 : 0, (v / max) * (WIDTH - LABEL_WIDTH - VALUE_SPACE));
  const rows = bars.map((b, i) => {
    const y = i * ROW;
    const length = scale(b.value);
    const shapes = html`<text class="label" x="${LABEL_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end">${clipLabel(b.label)}</text><rect class="bar" x="${LABEL_WIDTH}" y="${y + 2}" width="${length.toFixed(1)}" height="${BAR}" rx="2"></rect><text x="${(LABEL_WIDTH + length + 6).toFixed(1)}" y="${y + BAR - 3}">${b.value}</text>`;
    const name = `${b.label}: ${b.value} ${unit}`;
    return b.href === undefined ? html`<g><title>${name}</title>${shapes}</g>` : html`<a href="${b.href}" aria-label="${name}"><title>${name}</title>${shapes}</a>`;
  });
  return html`<figure class="chart bars"><svg viewBox="0 0 ${WIDTH} ${bars.length * ROW + 4}" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${title}</title>${rows}</svg></figure>`;
}
