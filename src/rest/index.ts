import type { FastifyPluginAsync } from 'fastify';
import actors from './actors.js';
import changes from './changes.js';
import compare from './compare.js';
import contexts from './contexts.js';
import documents from './documents.js';
import figures from './figures.js';
import health from './health.js';
import locations from './locations.js';
import measures from './measures.js';
import programmes from './programmes.js';
import root from './root.js';
import search from './search.js';
import series from './series.js';
import themes from './themes.js';

/** The REST API: one plugin per resource, registered explicitly, and the JSON-LD context of its records. */
const rest: FastifyPluginAsync = async (app) => {
  await app.register(health);
  await app.register(root);
  await app.register(documents);
  await app.register(programmes);
  await app.register(measures);
  await app.register(figures);
  await app.register(series);
  await app.register(actors);
  await app.register(locations);
  await app.register(themes);
  await app.register(search);
  await app.register(changes);
  await app.register(compare);
  await app.register(contexts);
};

export default rest;
