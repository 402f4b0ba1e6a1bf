/**
 * Where the server's CPU goes while it answers one route under load: the bench's server
 * (bench/server.ts: the app, the static, same-bytes and hand-written reference routes) in a
 * child process, warmed up on each path, then profiled (V8's profiler, through
 * `node:inspector`, only while the load runs: start-up and compilation stay out) under 10
 * autocannon connections for PROFILE_SECONDS (default 5) per path. For each path it prints
 * requests and the server process's CPU ms per request (all its threads: `process.cpuUsage`,
 * profiler included) split by the shares of the profile's self time by part (SQLite, the query
 * layer, drizzle, the serializer, GraphQL, compression, Fastify and its hooks, …: see
 * bench/profile-parts.ts), side by side; then writes each profile (PROFILE_DIR, default bench-output/profiles) for
 * `bench/profile-table.ts`.
 *
 *   node --import tsx bench/profile-route.ts PATH [PATH …]           # over the seed database
 *   DB_PATH=bench-output/build-10000/blauwdruk.db node --import tsx bench/profile-route.ts PATH …
 *   DB_PATH=… PROFILE_SCENARIOS='one document,search' node --import tsx bench/profile-route.ts
 *
 * PROFILE_SCENARIOS (comma-separated parts of names of bench/scenarios.ts's scenarios, or
 * `all`) profiles, instead of PATHs, the static route once and then for each scenario its
 * controls and itself: the same-bytes static route (the scenario's body serialised once,
 * sent through the same hooks), its hand-written reference if it has one, and the route, with
 * the scenario's headers.
 *
 * RESPONSE_CACHE defaults to off (the uncached route is the one profiled). Keep runs under a
 * minute on a shared machine: paths × (2 s warm-up + PROFILE_SECONDS). V8 attributes part of
 * a native call's time to its JavaScript caller (a `stmt.all(…)` line shows up in the self
 * time of the function calling it): the SQLite row is a lower bound, the query layer's an
 * upper one; `bench/profile-table.ts` on the written profile names the functions.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { seedDatabase } from '../test/helpers/dataset.js';
import { parts, partsTable, type Profile } from './profile-parts.js';
import { controlledPaths, type LabelledPath } from './scenarios.js';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const DIR = process.env.PROFILE_DIR ?? join('bench-output', 'profiles');

/** One request/response with the child over IPC. */
async function ask<T>(child: ChildProcess, message: unknown): Promise<T> {
  child.send(message as object);
  const [reply] = (await once(child, 'message')) as [T];
  return reply;
}

if (process.env.PROFILE_CHILD === '1') {
  // The server: the bench's own (it prints its address on stdout), plus a profiler the parent starts and stops.
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  let cpuAtStart = process.cpuUsage();
  process.on('message', (message: { do: 'start' | 'stop' }) => {
    const start = async () => {
      await session.post('Profiler.start');
      cpuAtStart = process.cpuUsage();
      return { ok: true };
    };
    const stop = async () => {
      // Before stopping: the profiler serialises its profile on stop.
      const { user, system } = process.cpuUsage(cpuAtStart);
      const { profile } = await session.post('Profiler.stop');
      return { profile, cpuMs: (user + system) / 1000 };
    };
    const done = message.do === 'start' ? start() : stop();
    done.then((reply) => process.send!(reply), (error: unknown) => process.send!({ error: String(error) }));
  });
  await import('./server.js');
} else {
  const names = process.env.PROFILE_SCENARIOS?.split(',').filter(Boolean);
  const targets: LabelledPath[] = names === undefined ? process.argv.slice(2).map((path, i) => ({ label: `path ${i + 1}`, path, headers: {} })) : controlledPaths(process.env.DB_PATH ?? seedDatabase(), names);
  if (targets.length === 0) throw new Error('usage: node --import tsx bench/profile-route.ts PATH [PATH …], or PROFILE_SCENARIOS=NAME,… without PATHs');
  mkdirSync(DIR, { recursive: true });
  const child = fork(new URL(import.meta.url).pathname, [], { env: { RESPONSE_CACHE: 'off', ...process.env, PROFILE_CHILD: '1' }, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const address = line.trim();
  const results: Array<LabelledPath & { requests: number; cpuMs: number; parts: Map<string, number> }> = [];
  try {
    for (const [i, target] of targets.entries()) {
      const url = `${address}${target.path}`;
      const check = await fetch(url, { headers: target.headers });
      if (check.status !== 200) throw new Error(`${url}: ${check.status} ${(await check.text()).slice(0, 300)}`);
      await autocannon({ url, headers: target.headers, connections: 10, duration: 2 });
      await ask(child, { do: 'start' });
      const result = await autocannon({ url, headers: target.headers, connections: 10, duration: SECONDS });
      const { profile, cpuMs } = await ask<{ profile: Profile; cpuMs: number }>(child, { do: 'stop' });
      const file = join(DIR, `route-${i}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      results.push({ ...target, requests: result.requests.total, cpuMs, parts: parts(profile) });
      process.stderr.write(`${target.label}: ${target.path}: ${result.requests.total} requests, profile ${file}\n`);
    }
  } finally {
    child.kill('SIGTERM');
  }
  console.log(partsTable(results, 'process CPU (all threads)'));
  console.log(`requests in ${SECONDS} s each`);
  results.forEach((r, i) => console.log(`${r.label} (route-${i}.cpuprofile): ${r.path}${Object.keys(r.headers).length > 0 ? ` ${JSON.stringify(r.headers)}` : ''}`));
}
