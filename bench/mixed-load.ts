/**
 * `node --import tsx bench/mixed-load.ts`: bounded work per request, measured. Normal
 * clients (MIXED_NORMAL connections, default 20) load cheap, typical requests for
 * MIXED_SECONDS (default 20) alone, then again while one abusive client
 * (MIXED_ABUSIVE connections, default 4) sends the most expensive requests the API
 * accepts: every facet at once, whole-set CSV/NDJSON exports, the dump, deep and wide
 * GraphQL, broad searches. Prints both p99s of the normal clients and their ratio; the
 * target is at most 2. The rate limit is off unless RATE_LIMIT is set (all clients share
 * 127.0.0.1, so a per-client limit would count them as one).
 *
 *   MIXED_SECONDS=60 node --import tsx bench/mixed-load.ts     # the full run
 *   MIXED_SECONDS=10 node --import tsx bench/mixed-load.ts     # a short one
 *
 * `MIXED_HEAVY=issue12` measures the requests issue 12 found holding the event loop for
 * minutes at 100k documents, against a generated corpus without the response cache: the
 * light clients send ranged lists (a document's measures, a city's, a deep cursor, figures
 * of a unit, a page of documents), the heavy client a province with count and facets,
 * figures of a unit, and lists no index holds in order (a theme, figures of a place, a
 * sort on an expression: now refused with 422 QUERY_TOO_BROAD beyond the sort budget).
 * Ids are picked from the database (bench/scenarios.ts):
 *
 *   DB_PATH=bench-output/build-10000/blauwdruk.db RESPONSE_CACHE=off MIXED_HEAVY=issue12 MIXED_SECONDS=10 MIXED_ABUSIVE=1 node --import tsx bench/mixed-load.ts
 */
import autocannon from 'autocannon';
import { startServer } from './child-server.js';
import { issue12Paths } from './scenarios.js';

const SECONDS = Number(process.env.MIXED_SECONDS ?? 20);
const NORMAL = Number(process.env.MIXED_NORMAL ?? 20);
const ABUSIVE = Number(process.env.MIXED_ABUSIVE ?? 4);

const ISSUE12 = process.env.MIXED_HEAVY === 'issue12';

const DEFAULT_NORMAL_PATHS = ['/v1/measures?location=gent', '/v1/figures?unit=personeelsleden&limit=10', '/v1/search?q=camera', '/v1/documents', '/healthz', `/graphql?query=${encodeURIComponent('{ measures(first: 5) { nodes { id text } } }')}`];
const graphql = (query: string) => `/graphql?query=${encodeURIComponent(query)}`;
const DEFAULT_ABUSIVE_PATHS = [
  // Every facet of measures (an unknown name would make it a cheap 400).
  '/v1/measures?facet=theme,actor,location,document,programme,statementKind&count=true',
  '/v1/measures.csv',
  '/v1/measures.ndjson',
  '/v1/figures.csv',
  '/v1/dump.sqlite',
  '/v1/search?q=politie&limit=100',
  '/v1/measures?limit=100&sort=-statementKind,document,ordinal',
  graphql('{ programmes(first: 100) { nodes { id measures(first: 100) { nodes { id text figures(first: 100) { nodes { id quote } } actors(first: 100) { nodes { id name } } locations(first: 100) { nodes { id name } } } } } } }'),
  graphql('{ measures(first: 100) { totalCount nodes { id text document { id title measures(first: 100) { nodes { id } } } } } }'),
];

const { normal: NORMAL_PATHS, abusive: ABUSIVE_PATHS } = ISSUE12 ? issue12Paths(process.env.DB_PATH) : { normal: DEFAULT_NORMAL_PATHS, abusive: DEFAULT_ABUSIVE_PATHS };

/** Normal load for SECONDS at NORMAL connections, cycling through NORMAL_PATHS. */
function normalLoad(url: string) {
  let i = 0;
  return autocannon({ url, connections: NORMAL, duration: SECONDS, requests: [{ setupRequest: (r) => ({ ...r, path: NORMAL_PATHS[i++ % NORMAL_PATHS.length]! }) }] });
}

function abusiveLoad(url: string) {
  let i = 0;
  // The exports and the dump are streamed and never cached; the rest is cached after its first computation, as a real abuser would find it.
  return autocannon({ url, connections: ABUSIVE, duration: SECONDS, requests: [{ setupRequest: (r) => ({ ...r, path: ABUSIVE_PATHS[i++ % ABUSIVE_PATHS.length]! }) }] });
}

const server = await startServer(process.env.RATE_LIMIT ? { RATE_LIMIT: process.env.RATE_LIMIT } : {});
try {
  // Warm-up on the light requests themselves: V8, statements, the database pages they read.
  await autocannon({ url: server.address, connections: NORMAL, duration: Number(process.env.MIXED_WARMUP ?? 3), requests: [{ setupRequest: (r) => ({ ...r, path: NORMAL_PATHS[Math.floor(Math.random() * NORMAL_PATHS.length)]! }) }] });
  const alone = await normalLoad(server.address);
  const [mixed, abuse] = await Promise.all([normalLoad(server.address), abusiveLoad(server.address)]);
  const ratio = mixed.latency.p99 / Math.max(alone.latency.p99, 1);
  console.table([
    { run: 'normal clients alone', 'req/s': Math.round(alone.requests.average), 'p50 ms': alone.latency.p50, 'p99 ms': alone.latency.p99, 'max ms': alone.latency.max, non2xx: alone.non2xx, errors: alone.errors },
    { run: 'normal clients with the abusive one', 'req/s': Math.round(mixed.requests.average), 'p50 ms': mixed.latency.p50, 'p99 ms': mixed.latency.p99, 'max ms': mixed.latency.max, non2xx: mixed.non2xx, errors: mixed.errors },
    { run: 'the abusive client', 'req/s': Math.round(abuse.requests.average), 'p50 ms': abuse.latency.p50, 'p99 ms': abuse.latency.p99, 'max ms': abuse.latency.max, non2xx: abuse.non2xx, errors: abuse.errors },
  ]);
  if (ISSUE12) console.log(`heavy requests: ${ABUSIVE_PATHS.join('  ')}`);
  console.log(`${SECONDS} s per run, ${NORMAL} normal connections, ${ABUSIVE} abusive: p99 of normal clients ${alone.latency.p99} ms alone → ${mixed.latency.p99} ms with the abuser: ${ratio.toFixed(2)}× (target ≤ 2: ${ratio <= 2 ? 'met' : 'MISSED'})`);
} finally {
  server.stop();
}
