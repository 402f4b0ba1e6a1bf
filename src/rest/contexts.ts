/** `GET /contexts/blauwdruk.jsonld`: the committed JSON-LD context, so entity JSON-LD is processable with this API alone. */
import type { FastifyPluginAsync } from 'fastify';
import { noQuery } from '../problems.js';
import { contextDocument, contextPath } from './jsonld.js';

const body = JSON.stringify(contextDocument, null, 2);

const contexts: FastifyPluginAsync = async (app) => {
  app.get(contextPath, { schema: { hide: true, querystring: noQuery }, config: { produces: ['application/ld+json', 'application/json'] } }, async (request, reply) =>
    reply.type(`${request.representation}; charset=utf-8`).send(body),
  );
};

export default contexts;
