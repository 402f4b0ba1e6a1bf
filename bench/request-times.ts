/**
 * `node --import tsx bench/request-times.ts`: each request of the issue-12 mixed load
 * (bench/mixed-load.ts `MIXED_HEAVY=issue12`), alone and one at a time, through the whole
 * app (`app.inject`: routing, validation, queries, serialization; no socket) in this
 * process. The environment of `server.ts` applies (use RESPONSE_CACHE=off). SQLite is
 * synchronous, so a request's time here is how long it would hold the server's event
 * loop; its CPU time is that measure without the other processes of a shared machine
 * (wall time is longer when pages are read from disk, which holds the loop too). Prints,
 * per path, the first (cold) wall time, then the median CPU and wall times and the
 * maximum wall time of the next REQUEST_RUNS (default 10), and the status.
 *
 *   DB_PATH=bench-output/build-10000/blauwdruk.db RESPONSE_CACHE=off node --import tsx bench/request-times.ts
 *   REQUEST_PATHS='/v1/measures?facet=theme /v1/figures' …   # other paths, space-separated
 *   REQUEST_FRESH=1 …   # each path on an app of its own: "first ms" is the first request after a start
 *
 * Without REQUEST_FRESH one app answers every path, so only the first path's first request
 * is the first after start (V8 compiling the request path, SQLite's page cache empty); the
 * others' first requests are cold only for their own statements and pages.
 */
import { buildApp } from '../src/app.js';
import { serverConfig } from '../src/server-config.js';
import { issue12Paths } from './scenarios.js';

const RUNS = Number(process.env.REQUEST_RUNS ?? 10);

/** The issue-12 requests, heavy then light, or the paths of REQUEST_PATHS. */
function requestList(): Array<{ kind: string; path: string }> {
  if (process.env.REQUEST_PATHS !== undefined) return process.env.REQUEST_PATHS.split(/\s+/).filter(Boolean).map((path) => ({ kind: '', path }));
  const { normal, abusive } = issue12Paths(process.env.DB_PATH);
  return [...abusive.map((path) => ({ kind: 'heavy', path })), ...normal.map((path) => ({ kind: 'light', path }))];
}
const requests = requestList();

/** The median of `values`. */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** CPU time of this process (user + system) in ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const env: NodeJS.ProcessEnv = { RATE_LIMIT: 'off', MAX_EVENT_LOOP_DELAY: 'off', ...process.env };
const FRESH = env.REQUEST_FRESH === '1';
const startApp = async () => {
  const started = await buildApp(serverConfig(env, env.DB_PATH ?? 'data/blauwdruk.db').app);
  await started.ready();
  return started;
};
let app = await startApp();

/** One request's CPU and wall time in ms, and its status. */
async function timed(path: string): Promise<{ cpu: number; wall: number; status: number }> {
  const [cpuStart, wallStart] = [cpuMs(), performance.now()];
  const response = await app.inject({ method: 'GET', url: path });
  return { cpu: cpuMs() - cpuStart, wall: performance.now() - wallStart, status: response.statusCode };
}

try {
  const rows = [];
  for (const [i, { kind, path }] of requests.entries()) {
    if (FRESH && i > 0) {
      await app.close();
      app = await startApp();
    }
    const first = await timed(path);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(path));
    rows.push({
      kind,
      path: path.length > 80 ? `${path.slice(0, 77)}…` : path,
      status: first.status,
      'first ms': Math.round(first.wall),
      'CPU p50': Number(median(runs.map((r) => r.cpu)).toFixed(1)),
      'wall p50': Number(median(runs.map((r) => r.wall)).toFixed(1)),
      'wall max': Number(Math.max(...runs.map((r) => r.wall)).toFixed(1)),
    });
  }
  console.table(rows);
} finally {
  await app.close();
}
