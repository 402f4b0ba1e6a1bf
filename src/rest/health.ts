import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Liveness and readiness: answers 200 once the database is open and readable. */
const health: FastifyPluginAsyncZod = async (app) => {
  const probe = app.db.$client.prepare("SELECT value FROM meta WHERE key = 'version'").pluck();
  app.get(
    '/healthz',
    {
      schema: {
        hide: true,
        response: { 200: z.object({ status: z.literal('ok'), version: z.string() }) },
      },
    },
    async () => ({ status: 'ok' as const, version: String(probe.get()) }),
  );
};

export default health;
