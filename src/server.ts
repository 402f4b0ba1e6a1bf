/**
 * The only module that listens: reads the environment, builds the app, serves.
 * `--corpus DIR` (or CORPUS_DIR) with `--build-if-stale` first brings the database up to
 * date with that corpus folder: `npm start -- --corpus ../mijn-stad` serves any corpus.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildApp } from './app.js';
import { corpusOf, corpusOptions, defaultDbPath } from './paths.js';

/** Reads the environment and arguments, exiting with a message (not a stack trace) when they are unusable. */
function config() {
  const fail = (message: string): never => {
    process.stderr.write(`blauwdruk: ${message}\n`);
    process.exit(1);
  };
  let values: { db?: string; corpus?: string; seeds?: string; 'build-if-stale'?: boolean } = {};
  try {
    ({ values } = parseArgs({ options: { db: { type: 'string' }, ...corpusOptions, 'build-if-stale': { type: 'boolean' } }, strict: true }));
  } catch (e) {
    fail((e as Error).message);
  }
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT "${process.env.PORT}" is not a port number`);
  const dbPath = values.db ?? process.env.DB_PATH ?? defaultDbPath;
  return { port, dbPath, corpusDir: corpusOf(values), buildIfStale: values['build-if-stale'] ?? false, host: process.env.HOST ?? '127.0.0.1', publicUrl: process.env.PUBLIC_URL || undefined, fail };
}

const { port, host, dbPath, corpusDir, buildIfStale, publicUrl, fail } = config();
if (buildIfStale) {
  // Loaded only here: serving alone needs none of the ingest pipeline.
  const [{ runBuild }, { InputError }] = await Promise.all([import('./ingest/run-build.js'), import('./ingest/errors.js')]);
  await runBuild({ dbPath, corpusDir, ifStale: true }).catch((e: unknown) => (e instanceof InputError ? fail(e.format()) : Promise.reject(e)));
}
if (!existsSync(dbPath)) fail(`no database at ${dbPath}: build it with \`npx blauwdruk build --db ${dbPath}\` (npm start does this)`);
const app = await buildApp({ dbPath, publicUrl, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(() => process.exit(0), () => process.exit(1));
  });
}
await app.listen({ port, host });
