import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import graphql from './graphql/index.js';
import database from './plugins/database.js';
import http, { frameworkErrorHandler } from './plugins/http.js';
import origin from './plugins/origin.js';
import publish from './publish/index.js';
import openapi from './rest/openapi.js';
import rest from './rest/index.js';

export interface AppOptions {
  dbPath: string;
  /** Public origin for absolute URLs ("https://api.example.org"); defaults to the request's own. */
  publicUrl?: string;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Builds the whole application without listening: tests call this and use
 * `app.inject()`, `server.ts` calls it and listens. Every plugin is registered here,
 * explicitly, in dependency order.
 */
export async function buildApp({ dbPath, publicUrl, logger = false }: AppOptions): Promise<FastifyInstance> {
  // frameworkErrors: a malformed URL is answered as problem+json too, not Fastify's own JSON.
  const app = Fastify({ logger, routerOptions: { ignoreTrailingSlash: true }, frameworkErrors: frameworkErrorHandler }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(database, { dbPath });
  await app.register(origin, { publicUrl });
  await app.register(http);
  // The contract first, at the root, so it sees the routes of REST and publishing.
  await app.register(openapi);
  await app.register(rest);
  await app.register(graphql);
  await app.register(publish);
  return app;
}
