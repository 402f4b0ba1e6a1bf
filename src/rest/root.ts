/** `GET /v1`: the entry point of the REST API. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { countsSchema, entityCollections } from '../queries/dataset.js';
import { datasetInfo } from '../queries/facts.js';
import { apiPath } from '../urls.js';
import { noQuery } from '../problems.js';

export const datasetSchema = z
  .object({
    name: z.literal('blauwdruk'),
    description: z.string(),
    version: z.string().describe('Content hash of the build; changes whenever any row changes.'),
    builtAt: z.string().describe('When this build of the dataset was made (ISO 8601).'),
    counts: countsSchema,
    resources: z.record(z.string(), z.string()).describe('Collection name → URL'),
    search: z.string().describe('URL of the full-text search.'),
    changes: z.string().describe('URL of the change log (`?since=VERSION`).'),
    openapi: z.string().describe('URL of the OpenAPI 3.1 document.'),
    docs: z.string().describe('URL of the interactive documentation.'),
  })
  .describe('The dataset: version, counts and entry points.');

/** `GET /v1`: the dataset version, counts per entity and the resources. */
const root: FastifyPluginAsyncZod = async (app) => {
  const info = datasetInfo(app.db);
  app.get(
    apiPath(),
    {
      config: { produces: ['application/json'] },
      schema: { tags: ['dataset'], operationId: 'getDataset', summary: 'Dataset version, counts and resources', description: 'The entry point: links to every collection, search, the OpenAPI document and the docs.', querystring: noQuery, response: { 200: datasetSchema } },
    },
    async (request) => {
      const origin = app.originOf(request);
      return {
        name: 'blauwdruk' as const,
        description: 'Local safety and police policy in Belgian cities, extracted from Dutch-language source texts.',
        version: info.version,
        builtAt: info.builtAt,
        counts: info.counts,
        resources: Object.fromEntries(entityCollections.map((c) => [c, `${origin}${apiPath(c)}`])),
        search: `${origin}${apiPath('search')}`,
        changes: `${origin}${apiPath('changes')}`,
        openapi: `${origin}/openapi.json`,
        docs: `${origin}/docs`,
      };
    },
  );
};

export default root;
