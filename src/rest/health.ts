/** `GET /healthz`: liveness and readiness. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datasetVersion } from '../queries/dataset.js';
import { noQuery } from '../problems.js';

/** Answers 200 once the database is open and readable: the version is read on every probe. */
const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        hide: true,
        querystring: noQuery,
        response: { 200: z.object({ status: z.literal('ok'), version: z.string() }) },
      },
    },
    async () => ({ status: 'ok' as const, version: datasetVersion(app.db).version }),
  );
};

export default health;
