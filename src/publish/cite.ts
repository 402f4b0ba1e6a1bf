/**
 * `GET /v1/figures/{id}/cite` and `/v1/measures/{id}/cite`: CSL-JSON by default, BibTeX on
 * `Accept: application/x-bibtex` or `?format=bibtex`, plain text on `text/plain` or
 * `?format=text`. `format` wins over `Accept`, since links cannot set headers (an Accept
 * that allows none of the formats is still a 406). Negotiation, ETags and the response
 * cache come from the http plugin through `config.produces`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datasetInfo } from '../queries/facts.js';
import { problemResponses } from '../problems.js';
import { bibtex, citableFigure, citableMeasure, cslJson, plainText, type Citable } from './citation.js';
import { recordUrl } from '../urls.js';
import { figureView, idParams, measureView, type MeasureView } from './records.js';

const CSL = 'application/vnd.citationstyles.csl+json';
const BIBTEX = 'application/x-bibtex';
const TEXT = 'text/plain';

const formats = {
  csl: { type: CSL, render: (c: Citable) => JSON.stringify(cslJson(c), null, 2) },
  bibtex: { type: BIBTEX, render: bibtex },
  text: { type: TEXT, render: plainText },
} as const;
type Format = keyof typeof formats;

/** The format of each media type offered; `application/json` also means CSL-JSON. */
const formatOf: Record<string, Format> = { [CSL]: 'csl', 'application/json': 'csl', [BIBTEX]: 'bibtex', [TEXT]: 'text' };

const querystring = z.strictObject({
  format: z.enum(['csl', 'bibtex', 'text']).optional().describe('csl, bibtex or text; overrides the Accept header.'),
});

const cslSchema = z.array(z.record(z.string(), z.unknown())).describe('CSL-JSON: an array with one item.');

/** The route's schema: CSL-JSON, BibTeX and text, and the problems it can answer with. */
function citeSchema(collection: 'figures' | 'measures', operationId: string) {
  const singular = collection.slice(0, -1);
  return {
    tags: [collection],
    operationId,
    summary: `Cite a ${singular}`,
    description: `The ${singular} with its source document, quote and dataset version, as CSL-JSON (default), BibTeX or one plain-text line; choose with Accept or ?format=.`,
    params: idParams,
    querystring,
    response: {
      200: {
        description: `A citation of the ${singular}.`,
        content: { [CSL]: { schema: cslSchema }, 'application/json': { schema: cslSchema }, [BIBTEX]: { schema: z.string() }, [TEXT]: { schema: z.string() } },
      },
      ...problemResponses(400, 404, 406),
    },
  };
}

const config = { produces: Object.keys(formatOf) };

const cite: FastifyPluginAsyncZod = async (app) => {
  const dataset = datasetInfo(app.db);
  /** The URLs a citation gives: the record's and its document's. */
  const urls = (origin: string, collection: 'figures' | 'measures', id: string, view: Pick<MeasureView, 'document'>) => ({ record: recordUrl(origin, collection, id), document: recordUrl(origin, 'documents', view.document.id) });

  /** Sends the citation in `?format=`, else in the negotiated representation. */
  function send(request: FastifyRequest, reply: FastifyReply, citable: Citable): void {
    const { format = formatOf[request.representation]! } = request.query as z.infer<typeof querystring>;
    const { type, render } = formats[format];
    reply.type(`${type}; charset=utf-8`).send(render(citable));
  }

  app.get('/v1/figures/:id/cite', { schema: citeSchema('figures', 'citeFigure'), config }, async (request, reply) => {
    const view = figureView(app.db, request.params.id);
    const origin = app.originOf(request);
    send(request, reply, citableFigure(view, urls(origin, 'figures', view.figure.id, view), dataset));
    return reply;
  });

  app.get('/v1/measures/:id/cite', { schema: citeSchema('measures', 'citeMeasure'), config }, async (request, reply) => {
    const view = measureView(app.db, request.params.id);
    const origin = app.originOf(request);
    send(request, reply, citableMeasure(view, urls(origin, 'measures', view.measure.id, view), dataset));
    return reply;
  });
};

export default cite;
