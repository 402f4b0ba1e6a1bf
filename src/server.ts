/**
 * The only module that listens: reads the environment, builds the app, serves. Every
 * failure to start (bad arguments or environment, a corpus that does not build, unusable
 * database, port in use) is one line on stderr and exit status 1. A rebuilt database is
 * picked up by a restart; until then the open connection keeps serving the file it opened.
 * `--corpus DIR` (or CORPUS_DIR) with `--build-if-stale` first brings the database up to
 * date with that corpus folder: `npm start -- --corpus ../mijn-stad` serves any corpus.
 */
import { parseArgs } from 'node:util';
import { cacheCompiledCode } from './compile-cache.js';
import { assertServable, UnusableDatabase } from './db/check.js';
import { corpusOf, corpusOptions, defaultDbPath } from './paths.js';
import { serverConfig, ConfigError } from './server-config.js';

const fail = (message: string): never => {
  process.stderr.write(`blauwdruk: ${message}\n`);
  process.exit(1);
};

/** The command line: `--db FILE` (over DB_PATH), `--corpus DIR` (`--seeds`), `--build-if-stale`. */
function commandLine() {
  let values;
  try {
    values = parseArgs({ options: { db: { type: 'string' }, ...corpusOptions, 'build-if-stale': { type: 'boolean' } }, strict: true }).values;
  } catch (e) {
    return fail((e as Error).message);
  }
  for (const name of ['db', 'corpus', 'seeds'] as const) if (values[name] === '') fail(`--${name} is empty`);
  return values;
}

/** Builds the database from the corpus when it is missing or stale; a corpus that does not build is the start's failure. */
async function buildIfStale(dbPath: string, corpusDir: string): Promise<void> {
  // Loaded only here: serving alone needs none of the ingest pipeline.
  const [{ runBuild }, { InputError }] = await Promise.all([import('./ingest/run-build.js'), import('./ingest/errors.js')]);
  await runBuild({ dbPath, corpusDir, ifStale: true }).catch((e: unknown) => (e instanceof InputError ? fail(e.format()) : Promise.reject(e)));
}

const args = commandLine();
// Before the app's modules load (each import below compiles a chunk of the bundle), so that V8
// reads their compiled code from the cache a previous start left.
const compileCache = cacheCompiledCode();
try {
  // A flag wins over the environment, and is read as strictly.
  const config = serverConfig(args.db === undefined ? process.env : { ...process.env, DB_PATH: args.db }, defaultDbPath);
  if (args['build-if-stale']) await buildIfStale(config.app.dbPath, corpusOf(args));
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
  compileCache.flush();
  app.log.debug({ compileCache: compileCache.status }, 'compile cache');
} catch (e) {
  const error = e as NodeJS.ErrnoException;
  if (e instanceof ConfigError || e instanceof UnusableDatabase) fail(error.message);
  if (error.code === 'EADDRINUSE') fail(`port ${process.env.PORT ?? 3000} is already in use on ${process.env.HOST ?? '127.0.0.1'}`);
  if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') fail(`cannot listen on ${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? 3000} (${error.code})`);
  fail(`cannot start: ${error.message}`);
}
