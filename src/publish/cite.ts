/**
 * `GET /v1/figures/{id}/cite` and `/v1/measures/{id}/cite`: CSL-JSON by default, BibTeX on
 * `Accept: application/x-bibtex` or `?format=bibtex`, plain text on `text/plain` or
 * `?format=text`. `format` wins over `Accept`, since links cannot set headers.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../errors.js';
import { datasetInfo } from '../queries/dataset.js';
import { bibtex, citableFigure, citableMeasure, cslJson, plainText, type Citable } from './citation.js';
import { negotiate } from '../plugins/negotiate.js';
import { parseQuery } from './params.js';
import { absolute, figureView, measureView } from './records.js';

const formats = {
  csl: { type: 'application/vnd.citationstyles.csl+json', render: (c: Citable) => JSON.stringify(cslJson(c), null, 2) },
  bibtex: { type: 'application/x-bibtex', render: bibtex },
  text: { type: 'text/plain', render: plainText },
} as const;
type Format = keyof typeof formats;

/** Media types accepted per format; `application/json` also means CSL-JSON. */
const offers: Array<[string, Format]> = [
  [formats.csl.type, 'csl'],
  ['application/json', 'csl'],
  [formats.bibtex.type, 'bibtex'],
  [formats.text.type, 'text'],
];

function chooseFormat(request: FastifyRequest): Format {
  const { format } = parseQuery({ format: z.enum(['csl', 'bibtex', 'text']).optional() }, request.query);
  if (format) return format;
  const type = negotiate(request.headers.accept, offers.map(([t]) => t));
  if (!type) throw new ApiError('NOT_ACCEPTABLE', `Citations are available as ${offers.map(([t]) => t).join(', ')}.`);
  return offers.find(([t]) => t === type)![1];
}

const cite: FastifyPluginAsync = async (app) => {
  const dataset = datasetInfo(app.db);

  function send(request: FastifyRequest, reply: FastifyReply, citable: (origin: string) => Citable) {
    const format = formats[chooseFormat(request)];
    return reply
      .type(`${format.type}; charset=utf-8`)
      .header('Vary', 'Accept')
      .header('Cache-Control', 'public, max-age=300')
      .send(format.render(citable(app.originOf(request))));
  }

  const urls = (origin: string, record: string, document: string) => ({ record: absolute(origin, record), document: absolute(origin, document) });

  app.get('/v1/figures/:id/cite', { schema: { hide: true } }, (request, reply) => {
    const view = figureView(app.db, (request.params as { id: string }).id);
    return send(request, reply, (origin) => citableFigure(view, urls(origin, view.figure.url, view.document.url), dataset));
  });

  app.get('/v1/measures/:id/cite', { schema: { hide: true } }, (request, reply) => {
    const view = measureView(app.db, (request.params as { id: string }).id);
    return send(request, reply, (origin) => citableMeasure(view, urls(origin, view.measure.url, view.document.url), dataset));
  });
};

export default cite;
