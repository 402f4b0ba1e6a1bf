/**
 * The server under test, in its own process so that the load generator does not share
 * its event loop: the real app over the seed database (or the database at BENCH_DB), plus
 * a static JSON route as the baseline. Prints its address as one line on stdout once it
 * listens, then one JSON line with its start times: `processMs` since the process began
 * (module loading included) and `appMs` for building the app and listening. The
 * environment of `server.ts` applies (RATE_LIMIT, MAX_EVENT_LOOP_DELAY, RESPONSE_CACHE, …),
 * except that the rate limit and load shedding are off unless set: a load generator is
 * one client on purpose.
 */
import { buildApp } from '../src/app.js';
import { serverConfig } from '../src/server-config.js';
import { seedDatabase } from '../test/helpers/dataset.js';
import { STATIC_PATH } from './scenarios.js';

const dbPath = process.env.BENCH_DB ?? seedDatabase();
const { app: options } = serverConfig({ RATE_LIMIT: 'off', MAX_EVENT_LOOP_DELAY: 'off', ...process.env }, dbPath);
const appStarted = performance.now();
const app = await buildApp({ ...options, dbPath });
const staticBody = { status: 'ok', message: 'static baseline' };
app.get(STATIC_PATH, async () => staticBody);
const address = await app.listen({ host: '127.0.0.1', port: 0 });
const listening = performance.now();
process.stdout.write(`${address}\n${JSON.stringify({ processMs: listening, appMs: listening - appStarted })}\n`);
process.once('SIGTERM', () => {
  app.close().then(() => process.exit(0), () => process.exit(1));
});
