/**
 * `node --import tsx bench/graphql.ts`: the nested GraphQL query (programmes → measures
 * → figures, actors, places) against the static baseline route, at 50 connections.
 * Execution is timed with the response cache off, Mercurius' graphql-jit off (`jit: 0`)
 * and on (`jit: 1`); then the served configuration (jit 1, cache on). Each setting gets
 * its own app — the surfaces of `buildApp` that GraphQL requests pass through, plus the
 * baseline route of bench/run.ts. Prints req/s, p99 and the ratio to the baseline.
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { registerHttp } from '../src/app.js';
import graphql from '../src/graphql/index.js';
import database from '../src/plugins/database.js';
import { seedDatabase } from '../test/helpers/dataset.js';
import { nestedGraphqlPath, registerStatic, STATIC_PATH } from './scenarios.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

async function start(options: { jit: number; cache: boolean }) {
  const app = Fastify();
  await app.register(database, { dbPath: seedDatabase() });
  await registerHttp(app, {});
  await app.register(graphql, options);
  registerStatic(app);
  return { app, address: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

async function measure(url: string) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 }); // warm-up: V8, caches, graphql-jit
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

const rows: Array<{ route: string; 'req/s': number; 'p99 ms': number; 'x baseline': string }> = [];
for (const options of [{ jit: 0, cache: false }, { jit: 1, cache: false }, { jit: 1, cache: true }]) {
  const { app, address } = await start(options);
  const baseline = await measure(`${address}${STATIC_PATH}`);
  const nested = await measure(`${address}${nestedGraphqlPath}`);
  const name = `jit ${options.jit}, cache ${options.cache ? 'on' : 'off'}`;
  rows.push({ route: `baseline ${STATIC_PATH} (${name})`, 'req/s': baseline.rps, 'p99 ms': baseline.p99, 'x baseline': '1.00' });
  rows.push({ route: `graphql nested (${name})`, 'req/s': nested.rps, 'p99 ms': nested.p99, 'x baseline': (nested.rps / baseline.rps).toFixed(2) });
  await app.close();
}
console.table(rows);
