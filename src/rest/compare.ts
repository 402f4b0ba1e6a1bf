/** `GET /v1/compare`: places side by side, theme by theme. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compareLocations, comparisonRefs, comparisonSchema, locationsListSchema, MAX_COMPARED } from '../queries/compare.js';
import { link } from '../urls.js';
import { JSON_TYPE } from './formats.js';
import { problemResponses } from '../problems.js';

const querystring = z.strictObject({
  locations: locationsListSchema.describe(`Comma-separated places to compare (ids, NIS codes or names; at most ${MAX_COMPARED}). A place includes everything inside it: cities, police zones and provinces compare alike.`),
  theme: z.string().min(1).optional().describe('Only this theme (id).'),
});

const comparePlugin: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/compare', {
    config: { produces: [JSON_TYPE] },
    schema: {
      tags: ['dataset'],
      operationId: 'compareLocations',
      summary: 'Compare places theme by theme',
      description: 'Per theme (most measures first), for each place: the number of measures (commitments, observations, questions), the figures they state, the programmes they come from, and the URL of the measures behind the cell.',
      querystring,
      response: { 200: { description: 'The comparison.', content: { [JSON_TYPE]: { schema: comparisonSchema } } }, ...problemResponses(400, 406) },
    },
  }, async (request, reply) => {
    const { locations, theme } = request.query;
    reply.type(`${JSON_TYPE}; charset=utf-8`).send(link(compareLocations(app.db, locations, theme), comparisonRefs, app.originOf(request)));
    return reply;
  });
};

export default comparePlugin;
