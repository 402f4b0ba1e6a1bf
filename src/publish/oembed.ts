/**
 * oEmbed provider (https://oembed.com, §2): `GET /oembed?url=…` answers for the cards of
 * this API with a `rich` response whose `html` is an iframe of the card and the listener
 * that sizes it: the card reports its height with
 * `postMessage({type: 'blauwdruk:resize', height})`, and the listener sets the height of
 * the iframe that sent it, so on a phone the licence line and links are not clipped.
 *
 * Unlike every other route, the querystring is not strict: oEmbed consumers add
 * parameters of their own (`callback`, `lang`, cache busters), and the spec lets
 * providers ignore what they do not know. The known ones are still validated.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors.js';
import { escapeHtml } from '../text/html.js';
import { cardTheme, fixedTheme } from './cards.js';
import { figureTitle, measureTitle } from './format.js';
import { figureView, measureView } from './records.js';
import { seriesTitle, seriesView } from './series-card.js';
import { cardUrl, type CardKind } from '../urls.js';

const DEFAULT_WIDTH = 560;
/** Initial heights before the card reports its own; a chart makes a figure card taller. */
const HEIGHT = { figureWithChart: 560, figure: 440, measure: 480, series: 640 } as const;
const CACHE_AGE = 3600;

const dimension = z.coerce.number().int().positive().max(10_000).optional();
/** Not strict: unknown parameters are ignored (see the module comment). */
const querystring = z.object({
  url: z.string().min(1).describe('URL of a card of this API (/embed/figures/{id}, /embed/measures/{id} or /embed/series/{id}).'),
  maxwidth: dimension.describe('Largest width the consumer can show, in pixels.'),
  maxheight: dimension.describe('Largest height the consumer can show, in pixels.'),
  format: z.enum(['json', 'xml']).optional().describe('json; xml is not implemented (501).'),
  theme: cardTheme,
});

/** Bounds of a height a card may ask for, in pixels. */
const MIN_HEIGHT = 80;
const MAX_HEIGHT = 4000;

/**
 * The embedding page's side of the resize protocol (also the documented snippet): on a
 * `blauwdruk:resize` message from `origin`, the iframe whose window sent it takes the
 * reported height, bounded. One listener serves every card of the page.
 */
export function resizeListener(origin: string): string {
  return `<script>(function(){if(window.blauwdrukResize)return;window.blauwdrukResize=1;addEventListener('message',function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=='blauwdruk:resize'||typeof d.height!=='number')return;var f=document.getElementsByTagName('iframe');for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.min(${MAX_HEIGHT},Math.max(${MIN_HEIGHT},Math.ceil(d.height)))+'px'})})();</script>`;
}

/** `decodeURIComponent`, or undefined for a malformed escape (`%E0%A4%A`). */
function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** `url` parsed, or undefined when it is not an absolute URL. */
function parsedUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The card a URL names, if it is a card of this API: same origin, `/embed/{figures|measures|series}/{id}`. */
function cardOf(url: string, origin: string): { kind: CardKind; id: string } | undefined {
  const parsed = parsedUrl(url);
  if (parsed === undefined || parsed.origin !== parsedUrl(origin)?.origin) return undefined;
  const match = /^\/embed\/(figures|measures|series)\/([^/]+)$/.exec(parsed.pathname);
  if (!match || match[2]!.endsWith('.svg')) return undefined;
  const id = decoded(match[2]!);
  return id === undefined ? undefined : { kind: match[1] as CardKind, id };
}

const notACard = (url: string) => new ApiError('NOT_FOUND', `${url} is not an embeddable card of this API.`, { parameter: 'url' });

const oembed: FastifyPluginAsyncZod = async (app) => {
  function describe(kind: CardKind, id: string): { title: string; height: number } {
    if (kind === 'measures') return { title: measureTitle(measureView(app.db, id).measure), height: HEIGHT.measure };
    if (kind === 'series') return { title: seriesTitle(seriesView(app.db, id).series), height: HEIGHT.series };
    const { figure } = figureView(app.db, id);
    const charted = figure.previousValue !== null || figure.valueMax !== null;
    return { title: figureTitle(figure), height: charted ? HEIGHT.figureWithChart : HEIGHT.figure };
  }

  /** The card's title and height; a card URL naming no record is "not a card" too. */
  function describeCard(url: string, card: { kind: CardKind; id: string }) {
    try {
      return describe(card.kind, card.id);
    } catch (error) {
      throw error instanceof ApiError && error.code === 'NOT_FOUND' ? notACard(url) : error;
    }
  }

  app.get('/oembed', { schema: { hide: true, querystring }, config: { produces: ['application/json'] } }, async (request, reply) => {
    const query = request.query;
    if (query.format === 'xml') throw new ApiError('UNSUPPORTED_FORMAT', 'This provider answers in JSON only (format=json).', { parameter: 'format' });
    const origin = app.originOf(request);
    const card = cardOf(query.url, origin);
    if (!card) throw notACard(query.url);
    const described = describeCard(query.url, card);
    const width = Math.min(DEFAULT_WIDTH, query.maxwidth ?? DEFAULT_WIDTH);
    const height = Math.min(described.height, query.maxheight ?? described.height);
    const theme = fixedTheme(query.theme);
    const src = `${cardUrl(origin, card.kind, card.id)}${theme === undefined ? '' : `?theme=${theme}`}`;
    return reply.type('application/json; charset=utf-8').send({
      type: 'rich',
      version: '1.0',
      title: described.title,
      provider_name: 'blauwdruk',
      provider_url: `${origin}/`,
      cache_age: CACHE_AGE,
      width,
      height,
      html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(described.title)}" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"></iframe>${resizeListener(parsedUrl(origin)!.origin)}`,
    });
  });
};

export default oembed;
