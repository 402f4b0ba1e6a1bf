/**
 * Embeddable cards: `/embed/figures/{id}` and `/embed/measures/{id}` are self-contained
 * HTML documents (inline CSS and SVG, one tiny inline script that reports the height to
 * the embedding page); `/embed/figures/{id}.svg` is a static image fallback. Each route
 * declares what it produces, so negotiation, ETags and the response cache apply. The
 * querystring is not strict: embedders and link trackers append parameters of their own;
 * the one the cards know, `theme=light|dark|auto`, is validated.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { figureChart } from './chart.js';
import { markedText, sourceMeta, themeChips } from './components.js';
import { figureSvg, svgPolicy } from './figure-svg.js';
import { changeLabel, figureTitle, formatDate, formatNumber, kindLabel, measureTitle, pageLabel, statusLabel, subjectLabel } from './format.js';
import { figureSpan, highlight, sentenceAround, type WarningLog } from './highlight.js';
import { html, type SafeHtml } from './html.js';
import { pagePolicy, sendPage, servedAs, shell, type FixedTheme, type PageStyle } from './layout.js';
import { figureView, idParams, measureView, type FigureView, type MeasureView } from './records.js';
import { cardCss } from './style.js';
import { browsePath, cardUrl, measurePagePath, oembedUrl, recordUrl, type CardKind } from '../urls.js';

/** Tells the embedding page how tall the card is, whenever that changes (`{type: 'blauwdruk:resize', height}`). */
const resizeScript =
  "(()=>{if(parent===window)return;const post=()=>parent.postMessage({type:'blauwdruk:resize',height:Math.ceil(document.documentElement.getBoundingClientRect().height)},'*');addEventListener('load',post);new ResizeObserver(post).observe(document.documentElement)})();";

/** The style of every card page: the card stylesheet, the resize script, and framing allowed. */
export const cardStyle: PageStyle = { css: cardCss, script: resizeScript, frameable: true };

/** `theme`: light, dark, or auto (the reader's preference, the default). */
export const cardTheme = z.enum(['light', 'dark', 'auto']).optional().describe('Colour theme of the card: light, dark or auto (the reader\'s preference).');
/** A fixed theme, or undefined for auto. */
export const fixedTheme = (theme: z.infer<typeof cardTheme>): FixedTheme | undefined => (theme === 'auto' ? undefined : theme);

interface CardFrame {
  origin: string;
  theme: FixedTheme | undefined;
  kind: CardKind;
  id: string;
  title: string;
  view: MeasureView | FigureView;
  body: SafeHtml;
}

/** Wraps card content: the oEmbed discovery link, the source details and the link back. */
function cardPage({ origin, theme, kind, id, title, view, body }: CardFrame) {
  const self = cardUrl(origin, kind, id);
  // Back to the measure's page; a figure outside every measure goes back to its document's.
  const back = `${origin}${view.measure ? measurePagePath(view.measure) : browsePath('documents', view.document.id)}`;
  const apiRecord = recordUrl(origin, kind, id);
  // The page of the original (PDF) the card's quote stands on.
  const page = ('figure' in view ? view.figure : view.measure).provenance.page;
  return shell({
    title: `${title} · blauwdruk`,
    style: cardStyle,
    theme,
    head: html`<link rel="canonical" href="${self}">
<link rel="alternate" type="application/json+oembed" href="${oembedUrl(origin, self)}" title="${title}">`,
    body: html`<main class="card">
<article aria-labelledby="card-title">
${body}
${sourceMeta(view.document, { document: `${origin}${browsePath('documents', view.document.id)}` }, page === null ? [] : [['Pagina', pageLabel(page)]])}
<footer class="card-footer">
<a href="${back}" target="_blank" rel="noopener">Bekijk in blauwdruk</a>
<span><a href="${apiRecord}/cite?format=text" target="_blank" rel="noopener">Citeer</a> · <a href="${apiRecord}" target="_blank" rel="noopener">JSON</a></span>
</footer>
</article>
</main>`,
  });
}

/** The figure's sentence with the figure marked, cut with ellipses where the measure goes on; the bare quote when the offsets disagree. */
function figureQuote({ figure, passage }: FigureView, log: WarningLog): SafeHtml {
  const span = figureSpan(passage, figure, log);
  if (!span) return html`${figure.quote}`;
  const sentence = sentenceAround(passage.text, span);
  const marked = highlight(sentence.text, [sentence.span], (inner) => html`<mark>${inner}</mark>`);
  return html`${sentence.cutBefore ? '… ' : ''}${marked}${sentence.cutAfter ? ' …' : ''}`;
}

function figureBody(origin: string, view: FigureView, log: WarningLog): SafeHtml {
  const { figure } = view;
  const chart = figureChart(figure);
  const change = changeLabel(figure);
  const amount = figure.valueMax === null ? formatNumber(figure.value) : `${formatNumber(figure.value)}–${formatNumber(figure.valueMax)}`;
  const subject = subjectLabel(figure);
  const status = statusLabel(figure.status);
  return html`<p class="eyebrow">Cijfer · ${kindLabel(figure.kind)}${status ? html` · <span class="status">${status}</span>` : ''}${figure.referenceDate ? html` · peildatum ${formatDate(figure.referenceDate)}` : ''}</p>
<h1 id="card-title" class="value">${subject ? html`<span class="subject">${subject}:</span> ` : ''}<data value="${figure.value}">${amount}</data>${figure.unit ? html` <span class="unit">${figure.unit}</span>` : ''}</h1>
${figure.subject && figure.subject !== subject ? html`<p class="muted">Onderwerp in de tekst: ${figure.subject}</p>` : ''}
${figure.series ? html`<p class="muted">Reeks: <a href="${cardUrl(origin, 'series', figure.series.id)}" target="_blank" rel="noopener">${figure.series.name}</a></p>` : ''}
${change ? html`<p class="change">${change}</p>` : ''}
${chart ? html`<figure class="chart">${chart}</figure>` : ''}
<blockquote class="quote" cite="${recordUrl(origin, 'documents', view.document.id)}"><p>${figureQuote(view, log)}</p></blockquote>`;
}

function measureBody(origin: string, { measure, figures }: MeasureView, log: WarningLog): SafeHtml {
  const heading = measure.programme?.name ?? measure.document.name;
  return html`<p class="eyebrow">Maatregel${measure.statementKind ? html` · ${kindLabel(measure.statementKind)}` : ''}</p>
<h1 id="card-title">${heading}</h1>
<blockquote class="quote" cite="${recordUrl(origin, 'documents', measure.document.id)}"><p>${markedText(measure, figures, log, (f) => cardUrl(origin, 'figures', f.id))}</p></blockquote>
${themeChips(measure.themes)}`;
}

const schema = { hide: true, params: idParams };
const HTML = { schema: { ...schema, querystring: z.object({ theme: cardTheme }) }, ...servedAs('text/html', pagePolicy(cardStyle)) };
const SVG = { schema, ...servedAs('image/svg+xml', svgPolicy) };

const plugin: FastifyPluginAsyncZod = async (app) => {
  app.get('/embed/figures/:id.svg', SVG, async (request, reply) => {
    const svg = figureSvg(figureView(app.db, request.params.id), { origin: app.originOf(request) });
    return reply.type('image/svg+xml; charset=utf-8').send(svg);
  });

  /** The HTML card route of one kind: how its record is read, titled and drawn. */
  function cardRoute<V extends MeasureView | FigureView>(kind: CardKind, read: (db: typeof app.db, id: string) => V, title: (view: V) => string, body: (origin: string, view: V, log: WarningLog) => SafeHtml) {
    app.get(`/embed/${kind}/:id`, HTML, async (request, reply) => {
      const origin = app.originOf(request);
      const { id } = request.params;
      const theme = fixedTheme(request.query.theme);
      const view = read(app.db, id);
      return sendPage(reply, cardPage({ origin, theme, kind, id, title: title(view), view, body: body(origin, view, request.log) }));
    });
  }

  cardRoute('figures', figureView, (view) => figureTitle(view.figure), figureBody);
  cardRoute('measures', measureView, (view) => measureTitle(view.measure), measureBody);
};

export default plugin;
