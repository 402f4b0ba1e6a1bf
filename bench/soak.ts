/**
 * `node --import tsx bench/soak.ts`: memory under a long mixed load. Half the requests
 * hit unique URLs (every one a new response-cache key), half a fixed set; REST lists,
 * records, exports, search and GraphQL. Samples the server's RSS every SOAK_SAMPLE
 * seconds (default 10), prints the curve, and compares the end with the level after
 * SOAK_WARMUP seconds (default 60): the target is within 10 %.
 *
 *   SOAK_SECONDS=300 node --import tsx bench/soak.ts                 # the 5-minute soak
 *   SOAK_SECONDS=40 SOAK_WARMUP=15 SOAK_SAMPLE=5 node --import tsx bench/soak.ts   # a short one
 */
import autocannon from 'autocannon';
import { startServer } from './child-server.js';
import { nestedGraphqlPath } from './scenarios.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const WARMUP = Number(process.env.SOAK_WARMUP ?? 60);
const SAMPLE = Number(process.env.SOAK_SAMPLE ?? 10);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 20);

const FIXED = ['/v1/measures?location=gent', '/v1/figures?unit=personeelsleden', '/v1/search?q=camera', nestedGraphqlPath, '/v1/documents.csv', '/v1', '/catalog', '/'];
let counter = 0;
/** Unique URLs that are still valid requests (200s of new cache keys), across the surfaces. */
const unique = (n: number) => [
  `/v1/figures?limit=${1 + (n % 100)}&valueMin=${n}`,
  `/v1/measures?limit=${1 + (n % 50)}&q=camera${n % 7 === 0 ? '' : `&dateFrom=${1990 + (n % 30)}`}&count=true&x=${n}`.replace(/&x=\d+$/, ''),
  `/v1/search?q=${encodeURIComponent(`politie ${n}`)}`,
  `/graphql?query=${encodeURIComponent(`{ measures(first: ${1 + (n % 20)}, q: "zone ${n}") { totalCount } }`)}`,
][n % 4]!;

const server = await startServer();
const curve: Array<{ s: number; rss: number }> = [];
const started = Date.now();
const sampler = setInterval(() => curve.push({ s: Math.round((Date.now() - started) / 1000), rss: Math.round(server.rssMiB()) }), SAMPLE * 1000);
curve.push({ s: 0, rss: Math.round(server.rssMiB()) });
const result = await autocannon({
  url: server.address,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: [{ setupRequest: (request) => ({ ...request, path: counter++ % 2 === 0 ? unique(counter) : FIXED[counter % FIXED.length]! }) }],
});
clearInterval(sampler);
curve.push({ s: SECONDS, rss: Math.round(server.rssMiB()) });
server.stop();

const afterWarmUp = curve.find((p) => p.s >= WARMUP) ?? curve[0]!;
const end = curve.at(-1)!;
const change = (end.rss - afterWarmUp.rss) / afterWarmUp.rss;
console.log(`RSS curve (s → MiB): ${curve.map((p) => `${p.s}:${p.rss}`).join(' ')}`);
console.log(`${SECONDS} s at ${CONNECTIONS} connections: ${Math.round(result.requests.average)} req/s, ${result.requests.total} requests (half unique URLs), ${result.non2xx} non-2xx, ${result.errors} errors, p99 ${result.latency.p99} ms`);
console.log(`RSS after warm-up (${afterWarmUp.s} s) ${afterWarmUp.rss} MiB → end ${end.rss} MiB: ${(change * 100).toFixed(1)} % (target within 10 %: ${Math.abs(change) <= 0.1 ? 'met' : 'MISSED'})`);
