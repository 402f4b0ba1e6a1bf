/** The only module that listens: reads the environment, builds the app, serves. */
import { buildApp } from './app.js';
import { defaultDbPath } from './paths.js';

const publicUrl = process.env.PUBLIC_URL;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const dbPath = process.env.DB_PATH ?? defaultDbPath;

const app = await buildApp({ dbPath, publicUrl, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    void app.close().then(() => process.exit(0));
  });
}
await app.listen({ port, host });
