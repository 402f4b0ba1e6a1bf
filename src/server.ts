/**
 * The only module that listens: reads the environment, builds the app, serves. Every
 * failure to start (bad environment, unusable database, port in use) is one line on
 * stderr and exit status 1. A rebuilt database is picked up by a restart; until then the
 * open connection keeps serving the file it opened.
 */
import { assertServable, UnusableDatabase } from './db/check.js';
import { defaultDbPath } from './paths.js';
import { serverConfig, ConfigError } from './server-config.js';

const fail = (message: string): never => {
  process.stderr.write(`blauwdruk: ${message}\n`);
  process.exit(1);
};

try {
  const config = serverConfig(process.env, defaultDbPath);
  // Checked before the app's modules load: a bad start fails in a moment, not after loading everything.
  assertServable(config.app.dbPath);
  const { buildApp } = await import('./app.js');
  const app = await buildApp({ ...config.app, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      app.close().then(() => process.exit(0), () => process.exit(1));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  app.server.maxConnections = config.maxConnections;
} catch (e) {
  const error = e as NodeJS.ErrnoException;
  if (e instanceof ConfigError || e instanceof UnusableDatabase) fail(error.message);
  if (error.code === 'EADDRINUSE') fail(`port ${process.env.PORT ?? 3000} is already in use on ${process.env.HOST ?? '127.0.0.1'}`);
  if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') fail(`cannot listen on ${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? 3000} (${error.code})`);
  fail(`cannot start: ${error.message}`);
}
