/**
 * `npm run bench`: for each corpus, starts the real server twice in child processes on
 * 127.0.0.1 — response caches on and off (`RESPONSE_CACHE=off`) — and measures every
 * scenario of bench/scenarios.ts: 50 connections (autocannon: req/s, p99) against the
 * static route, the same-bytes static route (the scenario's own body, serialised once: what
 * moving that payload costs at all), the cached server, the uncached server and, where there
 * is one, the hand-written reference route (bench/reference.ts); then one client alone on the uncached
 * server (p50/p99 of sequential requests). Prints one table: static, cached and uncached
 * columns per scenario and corpus size, the ratios and whether the issue's targets are met;
 * then, per corpus, the start of the server as production runs it (the bundle of
 * src/bundle.ts, written afresh from the sources first: medians of BENCH_STARTS starts,
 * default 5, seconds to listening and CPU seconds) and a whole NDJSON export of the measures
 * from another such server started for it alone (time, size, the server's RSS before it and at
 * its peak, anonymous and file-backed). Numbers, not assertions: tests never time anything.
 * Before a corpus is measured, its list renderings are made current for the code the measured
 * servers run (bench/server.ts: these sources under tsx), so uncached lists are answered from them
 * as a deployed server's are; `BENCH_RENDERINGS=off` serves the same data without them (answered
 * live), the other side of an A/B.
 *
 * Server and load generator share the machine's cores, and a shared machine's speed
 * drifts from one second to the next, so every scenario is measured in BENCH_ROUNDS rounds
 * (default 3), each with its own static measurement, and the table gives medians of the
 * rounds: of each ratio, of p99 and of req/s.
 *
 *   npm run bench                                   # the seed corpus
 *   BENCH_SIZES=seeds,1000,10000,100000 npm run bench   # and generated corpora (built first
 *                                                   # by `npm run bench:build -- N` if missing)
 *   BENCH_SECONDS=1 BENCH_ROUNDS=1 npm run bench    # a quick look (about 2 minutes per corpus)
 *   BENCH_SCENARIOS=programme,search npm run bench  # only scenarios whose name contains these
 *
 * BENCH_SECONDS (default 5) is each measurement's duration, BENCH_WARMUP (default 2) the
 * warm-up of each URL in the first round (V8, prepared statements, caches).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { basename, join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { seedDatabase } from '../test/helpers/dataset.js';
import { bundleServer } from '../src/bundle.js';
import { renderListsBeside } from '../src/ingest/render-lists.js';
import { describeMemory, measureStarts, PRODUCTION_SERVER, startProduction, startServer, watchedExport } from './child-server.js';
import { payloadPath, scenariosFor, STATIC_PATH, type Scenario } from './scenarios.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const SIZES = (process.env.BENCH_SIZES ?? 'seeds').split(',').map((s) => s.trim()).filter(Boolean);
/** Only the scenarios whose name contains one of these (comma-separated, any case): a short run of a few. */
const ONLY = process.env.BENCH_SCENARIOS?.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean);
/** `BENCH_RENDERINGS=off` serves each corpus without its list renderings: uncached lists answered live, the before of an A/B in one tree. */
const RENDERINGS = process.env.BENCH_RENDERINGS !== 'off';
/** `BENCH_EXPORT=off` leaves out the whole NDJSON export (minutes at 100k documents): a short run of the scenarios. */
const EXPORT = process.env.BENCH_EXPORT !== 'off';
/** Starts of the production server per corpus, for the median of its start time. */
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const CONNECTIONS = 50;
/** The issue's bound on the uncached single-client p99 of lists, facets and search (at 100k documents). */
const P99_BOUND_MS = 20;

interface Load {
  rps: number;
  p99: number;
}

/** `url` under 50 connections for `duration` seconds. */
async function load(url: string, headers: Record<string, string> = {}, duration = DURATION): Promise<Load> {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

interface Alone {
  p50: number;
  p99: number;
}

/** One GET over a kept-alive connection, resolving with its latency in ms once the whole body is read. */
function timedGet(agent: Agent, url: URL, headers: Record<string, string>): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${url}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * One client alone, request after request, for `duration` seconds: p50 and p99 in ms (to
 * 0.01 ms; autocannon rounds to whole ms). It starts once the server has answered `drain`
 * (its static route): autocannon stops at the end of its duration with up to 50 requests
 * still queued in the server, whose handlers run to their end, and the first request alone
 * waited behind all of them — at 100k documents the province with count and facets (54 req/s
 * under load) queued about 50 × 18 ms: the 952 ms "p99" of session 8's table, its one request
 * out of about 90 in 2 s.
 */
async function alone(url: string, drain: string, headers: Record<string, string> = {}, duration = DURATION): Promise<Alone> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const target = new URL(url);
  const latencies: number[] = [];
  try {
    await timedGet(agent, new URL(drain), {});
    const until = performance.now() + duration * 1000;
    while (performance.now() < until) latencies.push(await timedGet(agent, target, headers));
  } finally {
    agent.destroy();
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 100) / 100;
  return { p50: at(0.5), p99: at(0.99) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Round {
  base: Load;
  payload: Load;
  cached: Load;
  uncached: Load;
  reference?: Load;
  alone: Alone;
}

interface Servers {
  cached: string;
  uncached: string;
}

/** Fails early, with the body, when a scenario's URL does not answer 200. */
async function check(url: string, headers: Record<string, string> = {}): Promise<void> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${(await res.text()).slice(0, 300)}`);
}

async function rounds(servers: Servers, s: Scenario): Promise<Round[]> {
  const headers = s.headers ?? {};
  const urls = { base: `${servers.uncached}${STATIC_PATH}`, payload: `${servers.uncached}${payloadPath(s.path)}`, cached: `${servers.cached}${s.path}`, uncached: `${servers.uncached}${s.path}`, reference: s.reference && `${servers.uncached}${s.reference}` };
  for (const url of [urls.payload, urls.cached, urls.uncached, urls.reference]) if (url) await check(url, headers);
  if (WARMUP > 0) for (const url of [urls.base, urls.payload, urls.cached, urls.uncached, urls.reference]) if (url) await load(url, headers, WARMUP);
  const out: Round[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const base = await load(urls.base);
    const payload = await load(urls.payload, headers);
    const cached = await load(urls.cached, headers);
    const uncached = await load(urls.uncached, headers);
    const reference = urls.reference ? await load(urls.reference, headers) : undefined;
    out.push({ base, payload, cached, uncached, reference, alone: await alone(urls.uncached, urls.base, headers) });
  }
  return out;
}

/** The database of a corpus: the seeds' test build, or a generated corpus's (built by bench/build.ts when missing). */
function corpusDatabase(size: string): string {
  if (size === 'seeds') return seedDatabase();
  if (!/^\d+$/.test(size)) throw new Error(`BENCH_SIZES: "${size}" is neither "seeds" nor a number of documents`);
  const db = join('bench-output', `build-${size}`, 'blauwdruk.db');
  if (!existsSync(db)) {
    process.stderr.write(`building a generated corpus of ${size} documents (npm run bench:build -- ${size}) …\n`);
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/build.ts', size], { stdio: 'inherit' });
  }
  return db;
}

/**
 * Makes the list renderings beside `dbPath` current for the code the measured servers run, so the
 * uncached lists are answered from them as a deployed server's are. Those servers are
 * bench/server.ts under tsx, the sources of this process (only the start is timed on the bundle),
 * so the renderings are stamped with this process's digest and written here when they are not
 * current for it (renderings made by dist's CLI are of the compiled code: answered live here).
 * Returns a note for the table.
 */
function currentRenderings(dbPath: string): string {
  const started = process.cpuUsage();
  const { wrote, collections } = renderListsBeside(dbPath);
  if (wrote === 'nothing') return 'list renderings current for the servers\' code';
  const cpu = process.cpuUsage(started);
  return `list renderings made current for the servers' code first (${wrote} of ${collections.map((c) => `${c.records} ${c.collection}`).join(', ')}, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`;
}

/**
 * The database the servers read for corpus `size`, and a note: `dbPath` with its renderings
 * current ({@link currentRenderings}), or with `BENCH_RENDERINGS=off` a link to it in a folder
 * of its own, beside which there are none (the same data, answered live).
 */
function servedDatabase(size: string, dbPath: string): { path: string; note: string } {
  if (RENDERINGS) return { path: dbPath, note: currentRenderings(dbPath) };
  const dir = join('bench-output', `without-renderings-${size}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, basename(dbPath));
  rmSync(path, { force: true });
  symlinkSync(resolve(dbPath), path);
  return { path, note: 'list renderings left out (BENCH_RENDERINGS=off): lists answered live' };
}

/**
 * Streams every measure as NDJSON from a server started for it alone (the bundle, as production
 * runs it), as a harvester meets one: issue 12's bound is on what the export holds, so its RSS is
 * not read from a server whose heap and mapped pages the load scenarios grew. A note for the table.
 */
async function exportNote(dbPath: string): Promise<string> {
  const server = await startProduction(dbPath, PRODUCTION_SERVER, { RESPONSE_CACHE: 'off' });
  try {
    const e = await watchedExport(server.address, '/v1/measures.ndjson', server.child.pid!);
    return `NDJSON export of ${e.lines} measures, ${(e.bytes / 1e6).toFixed(1)} MB in ${e.seconds.toFixed(2)} s from a server started for it: ${describeMemory(e.atStart)} before, peak ${describeMemory(e.peak)}`;
  } finally {
    await server.stop();
  }
}

/** `a / b`, NaN when nothing was measured (a round in which no request completed). */
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const fixed = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(x < 0.1 ? 3 : 2));
const verdict = (value: number, target: number | undefined) => (target === undefined || Number.isNaN(value) ? fixed(value) : `${fixed(value)} ${value >= target ? '≥' : '<'} ${target}${value >= target ? '' : ' MISSED'}`);

interface Row {
  corpus: string;
  scenario: string;
  'static req/s': number;
  'same bytes req/s': number;
  'same bytes ×': string;
  'cached req/s': number;
  'cached ×': string;
  'uncached req/s': number;
  'uncached ×': string;
  'uncached p99 (50 conn)': number;
  '1 client p50/p99 ms': string;
  'reference req/s': number | string;
  '× reference': string;
}

// The server as production runs it, bundled from the sources as they are now.
await bundleServer();

const rows: Row[] = [];
const notes: string[] = [];
for (const size of SIZES) {
  const served = servedDatabase(size, corpusDatabase(size));
  const dbPath = served.path;
  const documents = size === 'seeds' ? 'seeds' : Number(size).toLocaleString('en');
  const start = await measureStarts(dbPath, STARTS);
  const startNote = `${served.note}; server start (${PRODUCTION_SERVER}, median of ${STARTS}) ${start.seconds.toFixed(2)} s to listening, CPU ${start.cpuSeconds.toFixed(2)} s`;
  const uncached = await startServer({ DB_PATH: dbPath, RESPONSE_CACHE: 'off' });
  const cached = await startServer({ DB_PATH: dbPath, RESPONSE_CACHE: 'on' });
  try {
    for (const s of scenariosFor(dbPath).filter((s) => ONLY === undefined || ONLY.some((part) => s.name.toLowerCase().includes(part)))) {
      const measured = await rounds({ cached: cached.address, uncached: uncached.address }, s);
      const m = (pick: (r: Round) => number) => median(measured.map(pick));
      const cachedRatio = m((r) => ratio(r.cached.rps, r.base.rps));
      const uncachedRatio = m((r) => ratio(r.uncached.rps, r.base.rps));
      const referenceRatio = s.reference ? m((r) => ratio(r.uncached.rps, r.reference!.rps)) : undefined;
      const p99 = m((r) => r.alone.p99);
      rows.push({
        corpus: documents,
        scenario: s.name,
        'static req/s': m((r) => r.base.rps),
        'same bytes req/s': m((r) => r.payload.rps),
        'same bytes ×': fixed(m((r) => ratio(r.payload.rps, r.base.rps))),
        'cached req/s': m((r) => r.cached.rps),
        'cached ×': s.targets.cached === undefined ? fixed(cachedRatio) : verdict(cachedRatio, s.targets.cached),
        'uncached req/s': m((r) => r.uncached.rps),
        'uncached ×': s.targets.uncached === undefined ? fixed(uncachedRatio) : verdict(uncachedRatio, s.targets.uncached),
        'uncached p99 (50 conn)': m((r) => r.uncached.p99),
        '1 client p50/p99 ms': `${m((r) => r.alone.p50)} / ${p99}${s.p99Bound && size === '100000' && p99 > P99_BOUND_MS ? ' MISSED' : ''}`,
        'reference req/s': s.reference ? m((r) => r.reference!.rps) : '',
        '× reference': referenceRatio === undefined ? '' : verdict(referenceRatio, s.targets.reference),
      });
    }
  } finally {
    cached.stop();
    uncached.stop();
  }
  notes.push(`${documents}: ${startNote}; ${EXPORT ? await exportNote(dbPath) : 'export not run (BENCH_EXPORT=off)'}`);
}

console.log(`${ROUNDS} round(s) of ${DURATION} s per measurement, each with its own static measurement; medians of the rounds. Ratios: req/s over the static route's (× reference: over the hand-written route's). Same bytes: a static route sending the scenario's own body, serialised once.`);
console.table(rows);
for (const note of notes) console.log(note);

// The same table as Markdown, for the README.
const header = Object.keys(rows[0] ?? {});
const markdown = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${header.map((h) => String(r[h as keyof Row]).replaceAll('|', '\\|')).join(' | ')} |`), '', ...notes.map((n) => `- ${n}`)].join('\n');
mkdirSync('bench-output', { recursive: true });
writeFileSync(join('bench-output', 'bench-table.md'), `${markdown}\n`);
console.log('\nThe table as Markdown: bench-output/bench-table.md');
