/**
 * The API contract: OpenAPI 3.1 generated from the routes' zod schemas, served at
 * `/openapi.json`, with interactive docs at `/docs`. Registered before REST and publishing
 * so @fastify/swagger sees every route they add.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync, FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { entityCollections } from '../queries/dataset.js';
import { noQuery } from '../problems.js';

const TAG_DESCRIPTIONS: Record<string, string> = {
  dataset: 'Dataset version, counts and entry points.',
  search: 'Full-text search across measures, figures and documents.',
  documents: 'Source texts and their metadata.',
  programmes: 'Election programmes, coalition agreements and plans.',
  measures: 'Policy statements extracted from the documents.',
  figures: 'Quantities stated in measures, with their subject, status and canonical unit.',
  series: 'Figures about the same actor or place in the same canonical unit, over time.',
  actors: 'Organisations, police units, parties, governments and persons.',
  locations: 'The place tree, from continent to street.',
  themes: 'Policy themes assigned to measures.',
};

/** Routes of other plugins (Mercurius) carry plain JSON schemas for their input, which the zod transform cannot read. */
function usesZod(schema: FastifySchema | undefined): boolean {
  const parts = [schema?.querystring, schema?.params, schema?.body, schema?.headers];
  return parts.every((part) => part === undefined || part instanceof z.ZodType);
}

const openapi: FastifyPluginAsync = async (app) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'blauwdruk',
        version: '1',
        description:
          'Open data on local safety and police policy in Belgian cities, extracted from Dutch-language texts. Every record links to its source span. Errors are RFC 9457 problem details.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'This server' }],
      tags: ['dataset', 'search', ...entityCollections].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name })),
    },
    // Only tagged routes are API contract: GraphQL, the browse pages and cards document themselves.
    hideUntagged: true,
    transform: (input) => (usesZod(input.schema) ? jsonSchemaTransform(input) : { schema: { hide: true }, url: input.url }),
    transformObject: jsonSchemaTransformObject,
  });
  // staticCSP: the UI's own policy (hashes of its inline script and style) on every /docs response.
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { config: { produces: ['application/json'] }, schema: { hide: true, querystring: noQuery } }, async (_request, reply) => {
    reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger()));
    return reply;
  });
};

// Not encapsulated: @fastify/swagger must hook the root context to see every surface's routes.
export default fp(openapi, { name: 'openapi' });
