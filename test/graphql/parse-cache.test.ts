/**
 * Mercurius keeps parsed and validated documents, and refused ones with their errors, keyed
 * by the query text. Its caches count entries, so they are sized from a byte budget and the
 * largest entry a request can make: the worst case is a 64 KiB body of 1,900 unknown fields.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import Fastify from 'fastify';
import t from 'tap';
import { registerHttp } from '../../src/app.js';
import graphql, { MAX_CACHED_DOCUMENT_BYTES, PARSE_CACHE_BYTES } from '../../src/graphql/index.js';
import database from '../../src/plugins/database.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
/** Heap in use after full collections. */
function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function graphqlApp(t: { teardown(fn: () => unknown): void }, parseCacheBytes?: number) {
  const app = Fastify();
  await app.register(database, { dbPath: fixtureDatabase() });
  await registerHttp(app, {});
  await app.register(graphql, parseCacheBytes === undefined ? {} : { parseCacheBytes });
  t.teardown(() => app.close());
  return app;
}

/** The largest entry one request can make: unknown fields up to the token budget, each a validation error; `i` makes it unique. */
const worstDocument = (i: number) => `# ${i} ${'x'.repeat(20_000)}\n{ ${Array.from({ length: 1900 }, (_, k) => `f${k}`).join(' ')} }`;

/** Heap growth per request after sending `count` worst-case documents. */
async function growthOf(app: Awaited<ReturnType<typeof graphqlApp>>, count: number, from: number) {
  const before = heapUsed();
  for (let i = from; i < from + count; i++) {
    const res = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query: worstDocument(i) } });
    if (res.json().errors?.[0]?.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') throw new Error(`not a validation failure: ${res.body.slice(0, 200)}`);
  }
  return heapUsed() - before;
}

t.test('the largest document entry stays within the size the cache budget assumes', { timeout: 300_000 }, async (t) => {
  const app = await graphqlApp(t);
  await growthOf(app, 1, 0); // warm-up: compiled code, statements
  const perEntry = (await growthOf(app, 6, 1)) / 6;
  t.ok(perEntry > 0.25 * MAX_CACHED_DOCUMENT_BYTES, `an entry is kept (${(perEntry / 1e6).toFixed(2)} MB): the measure sees the cache`);
  t.ok(perEntry <= MAX_CACHED_DOCUMENT_BYTES, `${(perEntry / 1e6).toFixed(2)} MB per entry ≤ ${MAX_CACHED_DOCUMENT_BYTES / 1e6} MB`);
  t.ok(PARSE_CACHE_BYTES / MAX_CACHED_DOCUMENT_BYTES >= 16, 'the default budget still holds a useful number of documents');
});

t.test('a client sending many distinct worst-case documents fills the budget, not the heap', { timeout: 300_000 }, async (t) => {
  const budget = 4 * MAX_CACHED_DOCUMENT_BYTES;
  const app = await graphqlApp(t, budget);
  await growthOf(app, 1, 0);
  // 24 entries of ~1.8 MB would be ~43 MB with Mercurius' default of 1,024 entries.
  const growth = await growthOf(app, 24, 1);
  t.ok(growth <= budget + 4 * 1024 * 1024, `heap grew ${(growth / 1e6).toFixed(1)} MB for 24 documents; budget ${(budget / 1e6).toFixed(1)} MB`);
});
