/** The only module that listens: reads the environment, builds the app, serves. */
import { existsSync } from 'node:fs';
import { buildApp } from './app.js';
import { defaultDbPath } from './paths.js';

/** Reads the environment, exiting with a message (not a stack trace) when it is unusable. */
function config() {
  const fail = (message: string): never => {
    process.stderr.write(`blauwdruk: ${message}\n`);
    process.exit(1);
  };
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT "${process.env.PORT}" is not a port number`);
  const dbPath = process.env.DB_PATH ?? defaultDbPath;
  if (!existsSync(dbPath)) fail(`no database at ${dbPath}: build it with \`npx blauwdruk build --db ${dbPath}\` (npm start does this)`);
  return { port, dbPath, host: process.env.HOST ?? '127.0.0.1', publicUrl: process.env.PUBLIC_URL || undefined };
}

const { port, host, dbPath, publicUrl } = config();
const app = await buildApp({ dbPath, publicUrl, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    void app.close().then(() => process.exit(0));
  });
}
await app.listen({ port, host });
