/**
 * `node --import tsx bench/request-statements.ts PATH [PATH …]`: the SQL statements one
 * request runs, each with its time, rows returned, and query plan (EXPLAIN QUERY PLAN),
 * through the whole app (`app.inject`) in this process. The first request of each path
 * after the connection opens is the cold one (SQLite's page cache empty; the OS page cache
 * as it is); REQUEST_RUNS (default 2) more follow warm, and each run is printed. The
 * environment of `server.ts` applies (use RESPONSE_CACHE=off). Statements are timed by
 * wrapping better-sqlite3's Statement methods (`all`, `get`, `iterate` until exhausted,
 * `run`); the plan is asked after the request, so its reads are not in the times.
 *
 *   DB_PATH=bench-output/build-100000/blauwdruk.db RESPONSE_CACHE=off node --import tsx bench/request-statements.ts '/v1/measures?location=oost-vlaanderen&count=true&facet=theme,actor&limit=50'
 */
import Database from 'better-sqlite3';
import { buildApp } from '../src/app.js';
import { serverConfig } from '../src/server-config.js';

const RUNS = Number(process.env.REQUEST_RUNS ?? 2);
type Method = 'all' | 'get' | 'iterate' | 'run';
type Run = (...params: unknown[]) => unknown;

interface Timed {
  sql: string;
  params: unknown[];
  ms: number;
  rows: number;
}

const seen: Timed[] = [];
const probe = new Database(':memory:');
const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<Method, Run>;
probe.close();
for (const method of ['all', 'get', 'run'] as const) {
  const original = proto[method];
  proto[method] = function (this: Database.Statement, ...params: unknown[]) {
    const start = performance.now();
    const out = original.apply(this, params);
    seen.push({ sql: this.source, params, ms: performance.now() - start, rows: Array.isArray(out) ? out.length : out === undefined ? 0 : 1 });
    return out;
  };
}
const iterate = proto.iterate;
proto.iterate = function (this: Database.Statement, ...params: unknown[]) {
  const entry: Timed = { sql: this.source, params, ms: 0, rows: 0 };
  seen.push(entry);
  const inner = iterate.apply(this, params) as IterableIterator<unknown>;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      const start = performance.now();
      const step = inner.next();
      entry.ms += performance.now() - start;
      if (step.done !== true) entry.rows++;
      return step;
    },
    return(value?: unknown) { return inner.return?.(value) ?? { done: true, value }; },
  };
};

const env: NodeJS.ProcessEnv = { RATE_LIMIT: 'off', MAX_EVENT_LOOP_DELAY: 'off', ...process.env };
const app = await buildApp(serverConfig(env, env.DB_PATH ?? 'data/blauwdruk.db').app);
await app.ready();
const paths = process.argv.slice(2);
const short = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
try {
  for (const path of paths) {
    for (let run = 0; run <= RUNS; run++) {
      seen.length = 0;
      const start = performance.now();
      const response = await app.inject({ method: 'GET', url: path });
      const wall = performance.now() - start;
      const statements = [...seen];
      const inSql = statements.reduce((a, s) => a + s.ms, 0);
      console.log(`\n${run === 0 ? 'COLD' : 'warm'} ${response.statusCode} ${wall.toFixed(1)} ms (SQL ${inSql.toFixed(1)} ms, ${statements.length} statements) ${path}`);
      for (const s of statements) {
        console.log(`  ${s.ms.toFixed(2).padStart(8)} ms ${String(s.rows).padStart(5)} rows  ${short(s.sql.replace(/\s+/g, ' '), 400)}  ${short(JSON.stringify(s.params), 120)}`);
        if (run === 0 && !s.sql.startsWith('EXPLAIN') && /^\s*(SELECT|WITH)/i.test(s.sql)) {
          const plan = app.db.$client.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.params as unknown[])) as Array<{ detail: string }>;
          for (const step of plan) console.log(`               plan: ${step.detail}`);
        }
      }
    }
  }
} finally {
  await app.close();
}
