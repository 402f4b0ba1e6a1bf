/** `GET /v1/changes`: the change log, for harvesters that follow the dataset build by build. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datasetVersion } from '../queries/dataset.js';
import { changeRefs, changeSchema, listBuilds, listChanges, sinceSchema, stampSchema } from '../queries/history.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../queries/pagination.js';
import { link } from '../urls.js';
import { JSON_TYPE, nextPageUrl } from './formats.js';
import { limitText } from './schemas.js';
import { problemResponses } from '../problems.js';

const querystring = z.strictObject({
  since: sinceSchema.optional().describe('A dataset version (as /v1 gives it) or an ISO 8601 time: only the changes of later builds. Without it, the whole history.'),
  limit: limitText.optional().describe(`Page size (default ${DEFAULT_LIMIT}, max ${MAX_LIMIT}).`),
  cursor: z.string().optional().describe('Opaque cursor from the "next" link of the previous page.'),
});

const resultSchema = z
  .object({
    version: z.string().describe('The current dataset version: after replaying every page, pass it as `since` next time.'),
    builds: z.array(stampSchema).describe('Every build that changed the data, oldest first.'),
    data: z.array(changeSchema),
    next: z.string().nullable().describe('URL of the next page (also in the Link header), or null on the last page.'),
  })
  .describe('A page of the change log, in order.');

const changesPlugin: FastifyPluginAsyncZod = async (app) => {
  const { version } = datasetVersion(app.db);
  const builds = listBuilds(app.db);
  app.get('/v1/changes', {
    config: { produces: [JSON_TYPE] },
    schema: {
      tags: ['dataset'],
      operationId: 'listChanges',
      summary: 'Changes since a version',
      description:
        'Records created, modified and deleted by each build after `since`, in order, with keyset paging. A harvester holding the data of an earlier version replays them in order — fetch the `url` of created and modified records, drop deleted ones (tombstones) — and holds the current data; then it keeps `version` for next time. Collections also take `modifiedSince`.',
      querystring,
      response: { 200: { description: 'The changes, oldest first.', content: { [JSON_TYPE]: { schema: resultSchema } } }, ...problemResponses(400, 406) },
    },
  }, async (request, reply) => {
    const origin = app.originOf(request);
    const page = listChanges(app.db, request.query.since, request.query);
    const next = page.next === null ? null : nextPageUrl(request.url, origin, page.next);
    if (next !== null) reply.header('link', `<${next}>; rel="next"`);
    reply.type(`${JSON_TYPE}; charset=utf-8`).send({ version, builds, data: link(page.items, changeRefs, origin), next });
    return reply;
  });
};

export default changesPlugin;
