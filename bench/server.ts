/**
 * The server under test, in its own process so that the load generator does not share
 * its event loop: the real app over the seed database, plus a static JSON route as the
 * baseline. Prints its address as one line on stdout once it listens.
 */
import { buildApp } from '../src/app.js';
import { seedDatabase } from '../test/helpers/dataset.js';
import { STATIC_PATH } from './scenarios.js';

const app = await buildApp({ dbPath: seedDatabase() });
const staticBody = { status: 'ok', message: 'static baseline' };
app.get(STATIC_PATH, async () => staticBody);
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${address}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
