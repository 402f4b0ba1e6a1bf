/** `/v1/documents`, `/v1/documents/{id}`, its measures and `/v1/documents/{id}/text` (the source text, for citation). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documents, documentText } from '../queries/documents.js';
import { measures } from '../queries/measures.js';
import { mentions } from '../queries/mentions.js';
import { notFound } from '../errors.js';
import { collectionPlugin } from './collection.js';
import { noQuery, problemResponses } from '../problems.js';

const TEXT_TYPE = 'text/plain';

const documentsPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(collectionPlugin({ entity: documents, relations: { measures: { entity: measures, filter: 'document' }, mentions: { entity: mentions, filter: 'document' } } }));
  app.get('/v1/documents/:id/text', {
    config: { produces: [TEXT_TYPE] },
    schema: {
      tags: ['documents'],
      operationId: 'getDocumentText',
      summary: 'The source text of a document',
      description: 'Exactly the text every `start`/`end` offset (Unicode code points) points into.',
      params: z.object({ id: z.string().min(1).describe('Document id.') }),
      querystring: noQuery,
      response: { 200: { description: 'The text.', content: { [TEXT_TYPE]: { schema: z.string() } } }, ...problemResponses(400, 404, 406) },
    },
  }, async (request, reply) => {
    const text = documentText(app.db, request.params.id);
    if (text === null) throw notFound('documents', request.params.id);
    reply.type(`${TEXT_TYPE}; charset=utf-8`).send(text);
    return reply;
  });
};

export default documentsPlugin;
