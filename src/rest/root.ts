import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datasetInfo, entityCollections } from '../queries/dataset.js';

const countsSchema = z.object(Object.fromEntries(entityCollections.map((c) => [c, z.number().int()])) as Record<(typeof entityCollections)[number], z.ZodNumber>);

export const datasetSchema = z.object({
  name: z.literal('blauwdruk'),
  description: z.string(),
  version: z.string().describe('Content hash of the build; changes whenever any row changes.'),
  builtAt: z.string(),
  counts: countsSchema,
  resources: z.record(z.string(), z.string()).describe('Collection name → URL'),
});

/** `GET /v1`: the dataset version, counts per entity and the resources. */
const root: FastifyPluginAsyncZod = async (app) => {
  const info = datasetInfo(app.db);
  const body = {
    name: 'blauwdruk' as const,
    description: 'Local safety and police policy in Belgian cities, extracted from Dutch-language source texts.',
    version: info.version,
    builtAt: info.builtAt,
    counts: info.counts,
    resources: Object.fromEntries(entityCollections.map((c) => [c, `/v1/${c}`])),
  };
  app.get('/v1', { schema: { summary: 'Dataset version, counts and resources', tags: ['dataset'], response: { 200: datasetSchema } } }, async () => body);
};

export default root;
