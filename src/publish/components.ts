/** Markup shared by the cards and the browse pages: a measure's text with its figures marked, theme chips, source details. */
import type { DocumentRecord, FigureRecord, MeasureRecord } from '../queries/shapes.js';
import { figureLabel, formatDate, kindLabel } from './format.js';
import { figureSpans, highlight, type WarningLog } from './highlight.js';
import { html, type SafeHtml } from './html.js';
import { dataLicence } from './licence.js';

/** The measure's text with every figure in `<mark>`, each linked to `href(figure)` when given; `log` hears of offsets that disagree. */
export function markedText(measure: MeasureRecord, figures: readonly FigureRecord[], log: WarningLog, href?: (f: FigureRecord) => string): SafeHtml {
  return highlight(measure.text, figureSpans(measure, figures, log), (inner, f) =>
    href ? html`<a href="${href(f)}"><mark title="${figureLabel(f)}">${inner}</mark></a>` : html`<mark>${inner}</mark>`,
  );
}

/** Theme chips (Dutch labels). */
export function themeChips(themes: MeasureRecord['themes']): SafeHtml {
  if (themes.length === 0) return html``;
  return html`<ul class="chips" aria-label="Thema’s">${themes.map((t) => html`<li class="chip">${t.name}</li>`)}</ul>`;
}

export interface SourceLinks {
  /** Where a reader opens the document. */
  document: string;
}

/** Document, kind, date, issuer and licence as a definition list; unknown values say so rather than guess. */
export function sourceMeta(document: DocumentRecord, links: SourceLinks, extra: Array<[string, string | null]> = []): SafeHtml {
  const unknown = html`<span class="muted">niet vermeld</span>`;
  const row = (term: string, value: SafeHtml | string | null) => html`<dt>${term}</dt><dd>${value ?? unknown}</dd>`;
  return html`<dl class="meta">
${row('Document', html`<a href="${links.document}">${document.title}</a> <span class="muted">(${kindLabel(document.kind)})</span>`)}
${row('Datum', formatDate(document.date))}
${row('Uitgever', document.issuer?.name ?? null)}
${extra.map(([term, value]) => row(term, value))}
${row('Licentie', html`<a href="${dataLicence.url}" rel="license">${dataLicence.name}</a>`)}
</dl>`;
}
