import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import database from './plugins/database.js';
import health from './rest/health.js';
import root from './rest/root.js';

export interface AppOptions {
  dbPath: string;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Builds the whole application without listening: tests call this and use
 * `app.inject()`, `server.ts` calls it and listens. Every plugin is registered here,
 * explicitly, in dependency order.
 */
export async function buildApp({ dbPath, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, routerOptions: { ignoreTrailingSlash: true } }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(database, { dbPath });
  await app.register(health);
  await app.register(root);
  return app;
}
