/**
 * Embeddable cards: `/embed/figures/{id}` and `/embed/measures/{id}` are self-contained
 * HTML documents (inline CSS and SVG, one tiny inline script that reports the height to
 * the embedding page); `/embed/figures/{id}.svg` is a static image fallback.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { figureChart } from './chart.js';
import { markedText, sourceMeta, themeChips } from './components.js';
import { figureSvg } from './figure-svg.js';
import { changeLabel, figureTitle, formatDate, formatNumber, kindLabel, measureTitle } from './format.js';
import { figureSpan, highlight, sentenceAround } from './highlight.js';
import { html, type SafeHtml } from './html.js';
import { sendPage, shell } from './layout.js';
import { absolute, figureView, measureView, type FigureView, type MeasureView } from './records.js';
import { cardCss } from './style.js';
import { browsePath, cardUrl, measurePagePath, oembedUrl, type CardKind } from './urls.js';

/** Tells the embedding page how tall the card is, whenever that changes (`{type: 'blauwdruk:resize', height}`). */
const resizeScript =
  "(()=>{if(parent===window)return;const post=()=>parent.postMessage({type:'blauwdruk:resize',height:Math.ceil(document.documentElement.getBoundingClientRect().height)},'*');addEventListener('load',post);new ResizeObserver(post).observe(document.documentElement)})();";

interface CardFrame {
  origin: string;
  kind: CardKind;
  id: string;
  title: string;
  view: MeasureView;
  body: SafeHtml;
}

/** Wraps card content: the oEmbed discovery link, the source details and the link back. */
function cardPage({ origin, kind, id, title, view, body }: CardFrame) {
  const self = cardUrl(origin, kind, id);
  const back = `${origin}${measurePagePath(view.measure)}`;
  const apiRecord = `${origin}/v1/${kind}/${encodeURIComponent(id)}`;
  return shell({
    title: `${title} · blauwdruk`,
    css: cardCss,
    frameable: true,
    script: resizeScript,
    head: html`<link rel="canonical" href="${self}">
<link rel="alternate" type="application/json+oembed" href="${oembedUrl(origin, self)}" title="${title}">`,
    body: html`<main class="card">
<article aria-labelledby="card-title">
${body}
${sourceMeta(view.document, { document: `${origin}${browsePath('documents', view.document.id)}` })}
<footer class="card-footer">
<a href="${back}" target="_blank" rel="noopener">Bekijk in blauwdruk</a>
<span><a href="${apiRecord}/cite?format=text" target="_blank" rel="noopener">Citeer</a> · <a href="${apiRecord}" target="_blank" rel="noopener">JSON</a></span>
</footer>
</article>
</main>`,
  });
}

/** The figure's sentence with the figure marked, cut with ellipses where the measure goes on. */
function figureQuote({ figure, measure }: FigureView): SafeHtml {
  const span = figureSpan(measure, figure);
  if (!span) return html`<mark>${figure.quote}</mark>`;
  const sentence = sentenceAround(measure.text, span);
  const marked = highlight(sentence.text, [sentence.span], (inner) => html`<mark>${inner}</mark>`);
  return html`${sentence.cutBefore ? '… ' : ''}${marked}${sentence.cutAfter ? ' …' : ''}`;
}

function figureBody(origin: string, view: FigureView): SafeHtml {
  const { figure } = view;
  const chart = figureChart(figure);
  const change = changeLabel(figure);
  const amount = figure.valueMax === null ? formatNumber(figure.value) : `${formatNumber(figure.value)}–${formatNumber(figure.valueMax)}`;
  return html`<p class="eyebrow">Cijfer · ${kindLabel(figure.kind)}${figure.referenceDate ? html` · peildatum ${formatDate(figure.referenceDate)}` : ''}</p>
<h1 id="card-title" class="value"><data value="${figure.value}">${amount}</data>${figure.unit ? html` <span class="unit">${figure.unit}</span>` : ''}</h1>
${figure.subject ? html`<p class="muted">${figure.subject}</p>` : ''}
${change ? html`<p class="change">${change}</p>` : ''}
${chart ? html`<figure class="chart">${chart}</figure>` : ''}
<blockquote class="quote" cite="${absolute(origin, view.document.url)}"><p>${figureQuote(view)}</p></blockquote>`;
}

function measureBody(origin: string, { measure, figures }: MeasureView): SafeHtml {
  const heading = measure.programme?.name ?? measure.document.name;
  return html`<p class="eyebrow">Maatregel${measure.statementKind ? html` · ${kindLabel(measure.statementKind)}` : ''}</p>
<h1 id="card-title">${heading}</h1>
<blockquote class="quote" cite="${absolute(origin, measure.document.url)}"><p>${markedText(measure, figures, (f) => cardUrl(origin, 'figures', f.id))}</p></blockquote>
${themeChips(measure.themes)}`;
}

const plugin: FastifyPluginAsync = async (app) => {
  const params = (request: FastifyRequest) => request.params as { id: string };

  app.get('/embed/figures/:id', { schema: { hide: true } }, async (request, reply) => {
    const origin = app.originOf(request);
    const { id } = params(request);
    if (id.endsWith('.svg')) {
      const view = figureView(app.db, id.slice(0, -4));
      const svg = figureSvg(view, { origin });
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('Content-Security-Policy', svg.csp)
        .header('Cache-Control', 'public, max-age=300')
        .send(svg.svg);
    }
    const view = figureView(app.db, id);
    const title = figureTitle(view.figure);
    return sendPage(reply, cardPage({ origin, kind: 'figures', id, title, view, body: figureBody(origin, view) }));
  });

  app.get('/embed/measures/:id', { schema: { hide: true } }, async (request, reply) => {
    const origin = app.originOf(request);
    const { id } = params(request);
    const view = measureView(app.db, id);
    const title = measureTitle(view.measure);
    return sendPage(reply, cardPage({ origin, kind: 'measures', id, title, view, body: measureBody(origin, view) }));
  });
};

export default plugin;
