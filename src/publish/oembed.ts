/**
 * oEmbed provider (https://oembed.com, §2): `GET /oembed?url=…` answers for the cards of
 * this API with a `rich` response whose `html` is an iframe of the card. The card reports
 * its height with `postMessage({type: 'blauwdruk:resize', height})`.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../errors.js';
import { figureTitle, measureTitle } from './format.js';
import { escapeHtml } from './html.js';
import { parseQuery } from './params.js';
import { figureView, measureView } from './records.js';
import type { CardKind } from './urls.js';

const DEFAULT_WIDTH = 560;
/** Initial heights before the card reports its own; a chart makes a figure card taller. */
const HEIGHT = { figureWithChart: 560, figure: 440, measure: 480 } as const;
const CACHE_AGE = 3600;

const dimension = z.coerce.number().int().positive().max(10_000).optional();
const querySchema = {
  url: z.string().min(1),
  maxwidth: dimension,
  maxheight: dimension,
  format: z.enum(['json', 'xml']).optional(),
};

/** The card a URL names, if it is a card of this API: same origin, `/embed/{figures|measures}/{id}`. */
function cardOf(url: string, origin: string): { kind: CardKind; id: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.origin !== new URL(origin).origin) return undefined;
  const match = /^\/embed\/(figures|measures)\/([^/]+)$/.exec(parsed.pathname);
  if (!match || match[2]!.endsWith('.svg')) return undefined;
  return { kind: match[1] as CardKind, id: decodeURIComponent(match[2]!) };
}

const notACard = (url: string) => new ApiError('NOT_FOUND', `${url} is not an embeddable card of this API.`, { parameter: 'url' });

const oembed: FastifyPluginAsync = async (app) => {
  function describe(kind: CardKind, id: string): { title: string; height: number } {
    if (kind === 'measures') return { title: measureTitle(measureView(app.db, id).measure), height: HEIGHT.measure };
    const { figure } = figureView(app.db, id);
    const charted = figure.previousValue !== null || figure.valueMax !== null;
    return { title: figureTitle(figure), height: charted ? HEIGHT.figureWithChart : HEIGHT.figure };
  }

  app.get('/oembed', { schema: { hide: true } }, async (request, reply) => {
    const query = parseQuery(querySchema, request.query, { strict: false });
    if (query.format === 'xml') throw new ApiError('UNSUPPORTED_FORMAT', 'This provider answers in JSON only (format=json).', { parameter: 'format' });
    const origin = app.originOf(request);
    const card = cardOf(query.url, origin);
    if (!card) throw notACard(query.url);
    let described: { title: string; height: number };
    try {
      described = describe(card.kind, card.id);
    } catch (error) {
      throw error instanceof ApiError && error.code === 'NOT_FOUND' ? notACard(query.url) : error;
    }
    const width = Math.min(DEFAULT_WIDTH, query.maxwidth ?? DEFAULT_WIDTH);
    const height = Math.min(described.height, query.maxheight ?? described.height);
    const src = `${origin}/embed/${card.kind}/${encodeURIComponent(card.id)}`;
    return reply.header('Cache-Control', `public, max-age=${CACHE_AGE}`).send({
      type: 'rich',
      version: '1.0',
      title: described.title,
      provider_name: 'blauwdruk',
      provider_url: `${origin}/`,
      cache_age: CACHE_AGE,
      width,
      height,
      html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(described.title)}" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"></iframe>`,
    });
  });
};

export default oembed;
