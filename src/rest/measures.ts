/** `/v1/measures`, `/v1/measures/{id}`, its figures and mentions, and `/v1/measures/{id}/similar`. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { MIN_SCORE, MIN_SHARED_TERMS, SIMILAR_PER_MEASURE } from '../ingest/similarity.js';
import { recordExists } from '../queries/entity.js';
import { figures } from '../queries/figures.js';
import { measures } from '../queries/measures.js';
import { mentions } from '../queries/mentions.js';
import { similarOfMeasures, similarRefs, similarSchema } from '../queries/similar.js';
import { link } from '../urls.js';
import { collectionPlugin } from './collection.js';
import { JSON_TYPE } from './formats.js';
import { noQuery, problemResponses } from '../problems.js';

const collection = collectionPlugin({ entity: measures, relations: { figures: { entity: figures, filter: 'measure' }, mentions: { entity: mentions, filter: 'measure' } } });

const similarResult = z.object({ data: z.array(similarSchema) }).describe('The similar measures, best first.');

const measuresPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(collection);
  app.get('/v1/measures/:id/similar', {
    config: { produces: [JSON_TYPE] },
    schema: {
      tags: ['measures'],
      operationId: 'listMeasureSimilar',
      summary: 'Similar measures of other documents',
      description:
        `The measures of other documents about the same place, a place around it or inside it (a party programme against the coalition agreement or a national plan, and the other way round) that share the most weighted terms with this one: Dutch stems without function words, tf-idf weighted, scored by cosine; at most ${SIMILAR_PER_MEASURE}, with a score of at least ${MIN_SCORE} and ${MIN_SHARED_TERMS} shared terms. Computed at build time; lexical, so it finds shared wording, not shared meaning.`,
      params: z.object({ id: z.string().min(1).describe('Measure id.') }),
      querystring: noQuery,
      response: { 200: { description: 'Similar measures.', content: { [JSON_TYPE]: { schema: similarResult } } }, ...problemResponses(400, 404, 406) },
    },
  }, async (request, reply) => {
    const { id } = request.params;
    if (!recordExists(app.db, measures, id)) throw notFound('measures', id);
    reply.type(`${JSON_TYPE}; charset=utf-8`).send({ data: link(similarOfMeasures(app.db, [id])[0]!, similarRefs, app.originOf(request)) });
    return reply;
  });
};

export default measuresPlugin;
