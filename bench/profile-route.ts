/**
 * Where the server's CPU goes while it answers one route under load: the bench's server
 * (bench/server.ts: the app, the static and the hand-written reference routes) in a child
 * process, warmed up on each path, then profiled (V8's profiler, through `node:inspector`,
 * only while the load runs: start-up and compilation stay out) under 10 autocannon
 * connections for PROFILE_SECONDS (default 5) per path. For each path it prints requests,
 * CPU ms per request and the profile's self time by part (SQLite, the query layer, drizzle,
 * the serializer, Fastify and its hooks, …) in ms per request, side by side; then writes each
 * profile (PROFILE_DIR, default bench-output/profiles) for `bench/profile-table.ts`.
 *
 *   node --import tsx bench/profile-route.ts PATH [PATH …]           # over the seed database
 *   DB_PATH=bench-output/build-10000/blauwdruk.db node --import tsx bench/profile-route.ts PATH …
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

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const DIR = process.env.PROFILE_DIR ?? join('bench-output', 'profiles');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The part of the server a frame belongs to, by its file (first match wins). */
const PARTS: ReadonlyArray<readonly [string, (frame: ProfileNode['callFrame']) => boolean]> = [
  ['SQLite (better-sqlite3 calls)', (f) => f.url === '' && ['all', 'get', 'iterate', 'run', 'pluck', 'raw', 'prepare', 'pragma'].includes(f.functionName)],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['query layer (src/queries)', (f) => f.url.includes('/src/queries/')],
  ['drizzle (SQL text, placeholders)', (f) => f.url.includes('/drizzle-orm/')],
  ['serializer (src/plugins/serializer, its generated projectors)', (f) => f.url.includes('/src/plugins/serializer') || (f.url === '' && f.functionName === 'project')],
  ['zod', (f) => f.url.includes('/zod/')],
  ['links (src/urls)', (f) => f.url.includes('/src/urls')],
  ['ASCII JSON (src/text/ascii-json)', (f) => f.url.includes('/src/text/ascii-json')],
  ['other src/', (f) => f.url.includes('/src/')],
  ['bench routes (reference, static)', (f) => f.url.includes('/bench/')],
  ['Fastify and its plugins', (f) => /\/(fastify|@fastify|fastify-[\w-]+|find-my-way|light-my-request|avvio|helmet|toad-cache)\//.test(f.url)],
  ['node: (http, net, streams, buffers)', (f) => f.url.startsWith('node:')],
  ['JSON.stringify/parse, regexps, builtins', (f) => f.url === '' && !f.functionName.startsWith('(')],
  ['idle, program, other', () => true],
];

/** Self time per part, in ms: every sample but idle time and the profiler's own (stopping it serialises the profile). */
function parts(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const underProfiler = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) if (byId.get(at)!.callFrame.url.startsWith('node:inspector')) return true;
    return false;
  };
  const out = new Map<string, number>(PARTS.map(([name]) => [name, 0]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || underProfiler(id)) return;
    const [name] = PARTS.find(([, test]) => test(frame))!;
    out.set(name, out.get(name)! + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

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
  process.on('message', (message: { do: 'start' | 'stop' }) => {
    const done = message.do === 'start' ? session.post('Profiler.start').then(() => ({ ok: true })) : session.post('Profiler.stop');
    done.then((reply) => process.send!(reply), (error: unknown) => process.send!({ error: String(error) }));
  });
  await import('./server.js');
} else {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error('usage: node --import tsx bench/profile-route.ts PATH [PATH …]');
  mkdirSync(DIR, { recursive: true });
  const child = fork(new URL(import.meta.url).pathname, [], { env: { RESPONSE_CACHE: 'off', ...process.env, PROFILE_CHILD: '1' }, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const address = line.trim();
  const results: Array<{ path: string; requests: number; ms: number; parts: Map<string, number> }> = [];
  try {
    for (const [i, path] of paths.entries()) {
      const url = `${address}${path}`;
      const check = await fetch(url);
      if (check.status !== 200) throw new Error(`${url}: ${check.status} ${(await check.text()).slice(0, 300)}`);
      await autocannon({ url, connections: 10, duration: 2 });
      await ask(child, { do: 'start' });
      const result = await autocannon({ url, connections: 10, duration: SECONDS });
      const { profile } = await ask<{ profile: Profile }>(child, { do: 'stop' });
      const file = join(DIR, `route-${i}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      const byPart = parts(profile);
      const ms = [...byPart.values()].reduce((a, b) => a + b, 0);
      results.push({ path, requests: result.requests.total, ms, parts: byPart });
      process.stderr.write(`${path}: ${result.requests.total} requests, profile ${file}\n`);
    }
  } finally {
    child.kill('SIGTERM');
  }
  const perRequest = (r: (typeof results)[number], ms: number) => (ms / r.requests).toFixed(3);
  console.log(`| part (self time, CPU ms per request) | ${results.map((r, i) => `path ${i + 1}`).join(' | ')} |`);
  console.log(`|---|${results.map(() => '---').join('|')}|`);
  for (const [name] of PARTS) console.log(`| ${name} | ${results.map((r) => `${perRequest(r, r.parts.get(name)!)} (${((100 * r.parts.get(name)!) / r.ms).toFixed(0)} %)`).join(' | ')} |`);
  console.log(`| **busy, all parts** | ${results.map((r) => `**${perRequest(r, r.ms)}**`).join(' | ')} |`);
  console.log(`| requests in ${SECONDS} s | ${results.map((r) => r.requests).join(' | ')} |`);
  results.forEach((r, i) => console.log(`path ${i + 1}: ${r.path}`));
}
