/**
 * The server under test, in its own process so that the load generator does not share
 * its event loop: the real app over the seed database (or DB_PATH), plus a static JSON
 * route as the baseline, the same-bytes control (a static route answering a path's own
 * body, serialised once) and the hand-written reference route (bench/reference.ts). Prints
 * its address as one line on stdout once it listens. The environment of `server.ts`
 * applies (RESPONSE_CACHE, RATE_LIMIT, MAX_EVENT_LOOP_DELAY, …), except that the rate
 * limit and load shedding are off unless set: a load generator is one client on purpose.
 */
import { buildApp } from '../src/app.js';
import { serverConfig } from '../src/server-config.js';
import { seedDatabase } from '../test/helpers/dataset.js';
import { registerReference } from './reference.js';
import { registerPayload, registerStatic } from './scenarios.js';

const env: NodeJS.ProcessEnv = { RATE_LIMIT: 'off', MAX_EVENT_LOOP_DELAY: 'off', ...process.env };
const { app: options } = serverConfig(env, env.DB_PATH ?? seedDatabase());
const app = await buildApp(options);
registerStatic(app);
registerPayload(app);
registerReference(app);
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${address}\n`);
process.once('SIGTERM', () => {
  app.close().then(() => process.exit(0), () => process.exit(1));
});
