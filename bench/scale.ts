/**
 * `npm run bench:scale`: the API at 1k, 10k and 100k documents. For each size in
 * BENCH_SIZES it builds (once, then reused while the corpus and pipeline are unchanged) a
 * database from the deterministic synthetic corpus of `bench/corpus.ts` with the real
 * `blauwdruk build`, starts the bench server on it with the response caches off and
 * then on, and measures every scenario: one client in sequence (p50/p99 over
 * BENCH_SAMPLES requests or BENCH_SINGLE_SECONDS, whichever ends first) and
 * BENCH_CONNECTIONS clients (req/s and p99 over BENCH_SECONDS, autocannon). Then the
 * whole-set NDJSON and CSV exports of every measure, streamed, with the server's RSS
 * sampled throughout, and the server's start time. Prints one Markdown table per size
 * and writes everything to bench-output/scale-results.json.
 *
 *   npm run bench:scale                                         # 1 000 documents, every scenario
 *   BENCH_SIZES=1000,10000,100000 npm run bench:scale            # the lead's run (builds take long)
 *   BENCH_SCENARIOS=facet,count BENCH_MODES=uncached BENCH_LOAD=off npm run bench:scale   # a quick look
 *
 * Environment: BENCH_SIZES (default 1000), BENCH_MODES (uncached,cached), BENCH_SCENARIOS
 * (names or name prefixes, default all), BENCH_LOAD=off skips the concurrent runs,
 * BENCH_EXPORT=off the exports, BENCH_SAMPLES (200), BENCH_SINGLE_SECONDS (3),
 * BENCH_SECONDS (5), BENCH_CONNECTIONS (50), BENCH_THREADS (build workers).
 * Targets at 100k documents (issue 12): uncached single-client p99 ≤ 20 ms for lists,
 * facets and search; the NDJSON export of every measure with RSS ≤ 300 MB; start ≤ 1 s.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { startServer } from './child-server.js';
import { ensureCorpus } from './corpus.js';
import { nestedGraphqlPath, STATIC_PATH } from './scenarios.js';

const list = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);
const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!(value > 0)) throw new Error(`${name} "${process.env[name]}" must be a number above 0`);
  return value;
};

const SIZES = list('BENCH_SIZES', '1000').map(Number);
const MODES = list('BENCH_MODES', 'uncached,cached') as Mode[];
const ONLY = list('BENCH_SCENARIOS', '');
const LOAD = process.env.BENCH_LOAD !== 'off';
const EXPORTS = process.env.BENCH_EXPORT !== 'off';
const SAMPLES = number('BENCH_SAMPLES', 200);
const SINGLE_SECONDS = number('BENCH_SINGLE_SECONDS', 3);
const LOAD_SECONDS = number('BENCH_SECONDS', 5);
const CONNECTIONS = number('BENCH_CONNECTIONS', 50);
/** Single-client p99 the issue sets at 100k documents for lists, facets and search. */
const P99_TARGET_MS = 20;
/** Server RSS the issue allows while exporting every measure. */
const EXPORT_RSS_TARGET_MIB = 300;
const START_TARGET_MS = 1000;

type Mode = 'uncached' | 'cached';
for (const size of SIZES) if (!Number.isInteger(size) || size < 1) throw new Error(`BENCH_SIZES: "${size}" is not a whole number above 0`);
for (const mode of MODES) if (mode !== 'uncached' && mode !== 'cached') throw new Error(`BENCH_MODES: "${mode}" is neither uncached nor cached`);

/** The database of the corpus of `size` documents, built by the real command line unless up to date. */
function ensureDatabase(size: number): string {
  const corpus = ensureCorpus(size);
  const out = join('bench-output', `scale-${size}`);
  mkdirSync(out, { recursive: true });
  const db = join(out, 'blauwdruk.db');
  const threads = process.env.BENCH_THREADS ? ['--threads', process.env.BENCH_THREADS] : [];
  const started = performance.now();
  // Its per-document log goes to a file: at 100k documents it is 100k lines.
  const logPath = join(out, 'build.log');
  const log = openSync(logPath, 'w');
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--corpus', corpus, '--db', db, '--if-stale', ...threads], { stdio: ['ignore', 'ignore', log] });
  } finally {
    closeSync(log);
  }
  process.stderr.write(`${readFileSync(logPath, 'utf8').trimEnd().split('\n').at(-1)} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return db;
}

/** A scenario: a GET whose latency is measured. */
interface Scenario {
  name: string;
  path: string;
  /** Whether the issue's 20 ms p99 target applies (lists, facets and search). */
  target: boolean;
}

/** Values from the database that scenarios need: a document 90 % into the default order, for a deep cursor. */
function probe(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    const documents = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const deepDocument = db.prepare('SELECT id FROM documents ORDER BY id LIMIT 1 OFFSET ?').pluck().get(Math.floor(documents * 0.9)) as string;
    const counts = db.prepare('SELECT (SELECT count(*) FROM measures) AS measures, (SELECT count(*) FROM figures) AS figures, (SELECT count(*) FROM mentions) AS mentions').get() as Record<string, number>;
    return { documents, deepDocument, counts };
  } finally {
    db.close();
  }
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  bytes: number;
  body: string;
}

/** One GET over a kept-alive connection; `onChunk` sees the body as it streams (the body is not kept then). */
function fetchOnce(url: string, onChunk?: (chunk: Buffer) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    get(url, { agent: keepAlive }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (onChunk) onChunk(chunk);
        else chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** The deep cursor: the `next` of a one-row page of the deep document continues the unfiltered list from there (cursors carry the sort, not the filters). */
async function deepCursor(address: string, documentId: string): Promise<string> {
  const page = await fetchOnce(`${address}/v1/measures?document=${encodeURIComponent(documentId)}&limit=1`);
  const next = (JSON.parse(page.body) as { next: string | null }).next;
  if (next === null) throw new Error(`document ${documentId} has one measure or none: no deep cursor`);
  return new URL(next).searchParams.get('cursor')!;
}

function scenarios(cursor: string): Scenario[] {
  return [
    { name: 'measures, page 1', path: '/v1/measures', target: true },
    { name: 'measures, deep cursor (90 %)', path: `/v1/measures?cursor=${cursor}`, target: true },
    { name: 'measures, sort=-date', path: '/v1/measures?sort=-date', target: true },
    { name: 'measures, count=true', path: '/v1/measures?count=true&limit=1', target: true },
    { name: 'measures, facet=theme', path: '/v1/measures?facet=theme&limit=1', target: true },
    { name: 'measures, facet=location', path: '/v1/measures?facet=location&limit=1', target: true },
    { name: 'measures, facet=document', path: '/v1/measures?facet=document&limit=1', target: true },
    { name: 'measures, province filter', path: '/v1/measures?location=oost-vlaanderen', target: true },
    { name: 'measures, province filter, count=true', path: '/v1/measures?location=oost-vlaanderen&count=true&limit=1', target: true },
    { name: 'measures, province filter, facet=theme', path: '/v1/measures?location=oost-vlaanderen&facet=theme&limit=1', target: true },
    { name: 'measures, q=politie (common word)', path: '/v1/measures?q=politie', target: true },
    { name: 'search, q=politie (common word)', path: '/v1/search?q=politie', target: true },
    { name: 'figures, page 1', path: '/v1/figures', target: true },
    { name: 'documents, page 1', path: '/v1/documents', target: true },
    { name: 'GraphQL nested', path: nestedGraphqlPath, target: false },
  ].filter((s) => ONLY.length === 0 || ONLY.some((prefix) => s.name.startsWith(prefix) || s.name.includes(prefix)));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

interface Single {
  firstMs: number;
  p50: number;
  p99: number;
  samples: number;
  /** X-Cache values seen (hit, miss), to show the mode was what it claims. */
  cache: string[];
}

/** One client in sequence: the first request apart (statements compile, pages load), then up to SAMPLES or SINGLE_SECONDS. */
async function single(url: string): Promise<Single> {
  const cache = new Set<string>();
  const timed = async () => {
    const started = performance.now();
    const res = await fetchOnce(url);
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 300)}`);
    cache.add(String(res.headers['x-cache'] ?? 'no header'));
    return ms;
  };
  const firstMs = await timed();
  const times: number[] = [];
  const until = performance.now() + SINGLE_SECONDS * 1000;
  while (times.length < SAMPLES && (times.length < 5 || performance.now() < until)) times.push(await timed());
  times.sort((a, b) => a - b);
  return { firstMs: round(firstMs), p50: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)), samples: times.length, cache: [...cache] };
}

interface Load {
  rps: number;
  p99: number;
}

async function load(url: string): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

interface Export {
  path: string;
  seconds: number;
  megabytes: number;
  lines: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
}

/** Streams a whole export, sampling the server's RSS every 20 ms; the peak is also read from VmHWM, which no sample can miss. */
async function exportRun(server: Awaited<ReturnType<typeof startServer>>, path: string): Promise<Export> {
  const rssBeforeMiB = server.rssMiB();
  let peak = rssBeforeMiB;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssMiB())), 20);
  let lines = 0;
  const started = performance.now();
  try {
    const res = await fetchOnce(`${server.address}${path}`, (chunk) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return { path, seconds: (performance.now() - started) / 1000, megabytes: res.bytes / 1e6, lines, rssBeforeMiB: Math.round(rssBeforeMiB), rssPeakMiB: Math.round(Math.max(peak, server.peakRssMiB())) };
  } finally {
    clearInterval(sampler);
  }
}

interface SizeResult {
  size: number;
  counts: Record<string, number>;
  start: Partial<Record<Mode, { spawnMs: number; processMs: number; appMs: number; peakRssMiB: number }>>;
  static?: { single: Single; load?: Load };
  rows: Array<{ scenario: string; target: boolean } & Partial<Record<Mode, { single: Single; load?: Load }>>>;
  exports: Export[];
}

async function measureSize(size: number): Promise<SizeResult> {
  const dbPath = ensureDatabase(size);
  const { deepDocument, counts } = probe(dbPath);
  const result: SizeResult = { size, counts, start: {}, rows: [], exports: [] };
  for (const mode of MODES) {
    const server = await startServer({ BENCH_DB: dbPath, RESPONSE_CACHE: mode === 'uncached' ? 'off' : 'on', LOG_LEVEL: 'silent' });
    try {
      result.start[mode] = { spawnMs: Math.round(server.start.spawnMs), processMs: Math.round(server.start.processMs), appMs: Math.round(server.start.appMs), peakRssMiB: Math.round(server.peakRssMiB()) };
      const cursor = await deepCursor(server.address, deepDocument);
      if (result.static === undefined) {
        result.static = { single: await single(`${server.address}${STATIC_PATH}`), ...(LOAD ? { load: await load(`${server.address}${STATIC_PATH}`) } : {}) };
      }
      for (const s of scenarios(cursor)) {
        let row = result.rows.find((r) => r.scenario === s.name);
        if (row === undefined) result.rows.push((row = { scenario: s.name, target: s.target }));
        const url = `${server.address}${s.path}`;
        const measured = { single: await single(url), ...(LOAD ? { load: await load(url) } : {}) };
        row[mode] = measured;
        process.stderr.write(`${size} ${mode} ${s.name}: first ${measured.single.firstMs} ms, p50 ${measured.single.p50} ms, p99 ${measured.single.p99} ms${measured.load ? `, ${measured.load.rps} req/s at ${CONNECTIONS} (p99 ${measured.load.p99} ms)` : ''} [X-Cache ${measured.single.cache.join('/')}]\n`);
      }
      // Exports are never cached: once, on the first server.
      if (EXPORTS && result.exports.length === 0) {
        for (const path of ['/v1/measures.ndjson', '/v1/measures.csv']) {
          const run = await exportRun(server, path);
          result.exports.push(run);
          process.stderr.write(`${size} export ${path}: ${run.lines} lines, ${run.megabytes.toFixed(1)} MB in ${run.seconds.toFixed(1)} s, server RSS ${run.rssBeforeMiB} → peak ${run.rssPeakMiB} MiB\n`);
        }
      }
    } finally {
      server.stop();
    }
  }
  return result;
}

const cell = (m?: { single: Single; load?: Load }) =>
  m === undefined ? ['', ''] : [`${m.single.p50} / ${m.single.p99}`, m.load ? `${m.load.rps.toLocaleString('en')} / ${m.load.p99}` : ''];

function table(r: SizeResult): string {
  const header = `| scenario | uncached p50 / p99 ms | uncached req/s / p99 ms at ${CONNECTIONS} | cached p50 / p99 ms | cached req/s / p99 ms at ${CONNECTIONS} | target: uncached p99 ≤ ${P99_TARGET_MS} ms |`;
  const lines = [
    `### ${r.size.toLocaleString('en')} documents (${Object.entries(r.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')})`,
    '',
    header,
    '|---|---|---|---|---|---|',
    `| static route | ${cell(r.static).join(' | ')} | | | |`,
    ...r.rows.map((row) => {
      const p99 = row.uncached?.single.p99;
      const verdict = !row.target || p99 === undefined ? '' : p99 <= P99_TARGET_MS ? 'met' : 'MISSED';
      return `| ${row.scenario} | ${[...cell(row.uncached), ...cell(row.cached)].join(' | ')} | ${verdict} |`;
    }),
    '',
  ];
  for (const [mode, s] of Object.entries(r.start)) {
    lines.push(`Server start (${mode}): ${s.processMs} ms from process start to listening (${s.appMs} ms building the app and listening; ${s.spawnMs} ms from spawn), RSS after start ${s.peakRssMiB} MiB; target ≤ ${START_TARGET_MS} ms: ${s.processMs <= START_TARGET_MS ? 'met' : 'MISSED'}.`);
  }
  for (const e of r.exports) {
    const ndjson = e.path.endsWith('.ndjson');
    lines.push(`Export ${e.path}: ${e.lines.toLocaleString('en')} lines, ${e.megabytes.toFixed(1)} MB in ${e.seconds.toFixed(1)} s (${(e.megabytes / e.seconds).toFixed(1)} MB/s); server RSS ${e.rssBeforeMiB} MiB before, peak ${e.rssPeakMiB} MiB${ndjson ? ` (target ≤ ${EXPORT_RSS_TARGET_MIB} MiB: ${e.rssPeakMiB <= EXPORT_RSS_TARGET_MIB ? 'met' : 'MISSED'})` : ''}.`);
  }
  return lines.join('\n');
}

const results: SizeResult[] = [];
for (const size of SIZES) {
  const r = await measureSize(size);
  results.push(r);
  mkdirSync('bench-output', { recursive: true });
  writeFileSync(join('bench-output', 'scale-results.json'), JSON.stringify({ config: { SAMPLES, SINGLE_SECONDS, LOAD_SECONDS, CONNECTIONS }, results }, null, 2));
}
keepAlive.destroy();
process.stdout.write(`${results.map(table).join('\n\n')}\n\nSingle client: ${SAMPLES} requests or ${SINGLE_SECONDS} s per scenario after a first one; load: ${CONNECTIONS} connections for ${LOAD_SECONDS} s (autocannon).\n`);
