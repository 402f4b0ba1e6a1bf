/**
 * CORS: reads from any origin; `allowCrossOriginPost` opens one path to POST. An OPTIONS
 * request without the preflight headers is answered like a preflight (204 with the
 * allowed methods), not with the plugin's plain-text 400.
 */
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const CORS = { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders: ['ETag', 'Link', 'Content-Disposition', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'], maxAge: 86400, strictPreflight: false };

/**
 * Lets browsers POST JSON to `path` (of routes registered on `app`) from any origin: a
 * preflight route for the path whose CORS options, merged over the global ones by the
 * CORS hook (which answers the preflight), allow POST and the `Content-Type` header.
 */
export function allowCrossOriginPost(app: FastifyInstance, path: string): void {
  const cors = { methods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowedHeaders: ['Content-Type'] };
  app.options(path, { config: { cors } }, async (_request, reply) => reply.code(204).send());
}

export default fp(
  async (app) => {
    await app.register(cors, CORS);
  },
  { name: 'cross-origin' },
);
