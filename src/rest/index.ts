import type { FastifyPluginAsync } from 'fastify';
import health from './health.js';
import root from './root.js';

/** The REST API: one plugin per resource, registered explicitly. */
const rest: FastifyPluginAsync = async (app) => {
  await app.register(health);
  await app.register(root);
};

export default rest;
