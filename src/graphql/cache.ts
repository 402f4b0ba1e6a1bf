/**
 * Whole-response cache for /graphql. The dataset is immutable for the life of the
 * process and resolvers read nothing but the request's origin, so the answer to the same
 * query, variables and operation at the same origin never changes: error-free answers are
 * kept (bounded LRU, as for REST) and later sent without parsing or executing anything.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ResponseCache } from '../plugins/response-cache.js';

/** Adds the cache hooks to the routes at `path` of `app` (an encapsulated context). */
export function cacheResponses(app: FastifyInstance, path: string): void {
  const cache = new ResponseCache();
  const keys = new WeakMap<FastifyRequest, string>();
  // GET carries the whole operation in its URL; POST in its (parsed, normalised) body.
  const keyOf = (request: FastifyRequest) => `${app.originOf(request)}\n${request.method === 'GET' ? request.url : JSON.stringify(request.body)}`;

  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== path) return;
    const key = keyOf(request);
    const hit = cache.get(key);
    if (hit) return reply.headers(hit.headers).send(hit.body);
    keys.set(request, key);
  });

  // Before compression, which the global http plugin applies on send.
  app.addHook('preSerialization', async (request, reply, payload: { errors?: unknown }) => {
    const key = keys.get(request);
    if (key !== undefined && reply.statusCode === 200 && payload.errors === undefined) cache.set(key, { body: Buffer.from(JSON.stringify(payload)), headers: {} });
    return payload;
  });
}
