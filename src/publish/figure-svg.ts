/**
 * `/embed/figures/{id}.svg`: the figure card as one static image, for places that cannot
 * frame HTML (newsletters, slides). Text is laid out by hand since SVG does not wrap.
 */
import { chartParts } from './chart.js';
import { changeLabel, figureLabel, formatDate, subjectLabel } from './format.js';
import { html, raw, type SafeHtml } from './html.js';
import { sha256Source } from './layout.js';
import { dataLicence } from './licence.js';
import type { FigureView } from './records.js';
import { svgCss } from './style.js';

const WIDTH = 640;
const css = `${svgCss}\n.quote{font-style:italic;font-size:17px}.subject{font-weight:700}.source{font-size:14px}svg svg text{font-size:13px;font-weight:600}`;
const PAD = 28;

/** The policy of every figure SVG: its own inline style, nothing else; embeddable anywhere, like the cards. */
export const svgPolicy = `default-src 'none'; style-src ${sha256Source(css)}; frame-ancestors *`;

/** Greedy word wrap to lines of at most `max` characters; the last kept line ends in "…" if text remains. */
export function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  return [...out.slice(0, lines - 1), `${out[lines - 1]!.replace(/\s*\S*$/, '')} …`];
}

function textLines(lines: string[], x: number, y: number, step: number, cls: string): SafeHtml {
  return html`${lines.map((l, i) => html`<text class="${cls}" x="${x}" y="${y + i * step}">${l}</text>`)}`;
}

/** The SVG document (serve it under {@link svgPolicy}). */
export function figureSvg({ figure, document }: FigureView, { origin }: { origin: string }): string {
  const chart = chartParts(figure);
  const change = changeLabel(figure);
  const quote = wrap(`“${figure.quote}”`, 70, 2);
  const source = [document.title, formatDate(document.date), document.issuer?.name].filter(Boolean).join(' · ');
  const subject = subjectLabel(figure);
  // The subject leads, on a line of its own above the value.
  const lead = subject ? 30 : 0;
  let y = 108 + lead;
  const parts: SafeHtml[] = [];
  if (change) parts.push(html`<text class="label" x="${PAD}" y="${(y += 6)}" font-size="16">${change}</text>`);
  if (chart) {
    const height = Math.round(((WIDTH - 2 * PAD) / chart.width) * chart.height);
    parts.push(html`<svg x="${PAD}" y="${y + 12}" width="${WIDTH - 2 * PAD}" height="${height}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMinYMin meet">${chart.shapes}</svg>`);
    y += height + 20;
  }
  parts.push(textLines(quote, PAD, (y += 30), 22, 'quote'));
  y += quote.length * 22;
  const sourceLines = wrap(source, 80, 2);
  parts.push(textLines(sourceLines, PAD, (y += 14), 18, 'source'));
  y += sourceLines.length * 18;
  parts.push(html`<text class="source" x="${PAD}" y="${(y += 8)}" font-size="13">blauwdruk · ${dataLicence.name} · ${origin.replace(/^https?:\/\//, '')}</text>`);
  const height = y + PAD;
  const label = `${subject ? `${subject}: ` : ''}${figureLabel(figure)}${change ? `, ${change}` : ''}: “${figure.quote}” (${document.title})`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${label}">
<title>${label}</title>
<style>${raw(css)}</style>
<rect class="bg" x="1" y="1" width="${WIDTH - 2}" height="${height - 2}" rx="14"></rect>
<text class="eyebrow" x="${PAD}" y="44" font-size="14">CIJFER · BLAUWDRUK</text>
${subject ? html`<text class="subject" x="${PAD}" y="80" font-size="22">${wrap(subject, 48, 1)[0]}:</text>` : ''}
<text class="value" x="${PAD}" y="${96 + lead}" font-size="44">${figureLabel(figure)}</text>
${parts}
</svg>
`.value;
}
