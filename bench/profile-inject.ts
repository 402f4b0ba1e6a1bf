/**
 * `node --import tsx bench/profile-inject.ts PATH [PATH …]`: a CPU profile of one route
 * answered in process (`app.inject`, no sockets: the HTTP stack's share stays out), over
 * the seed database or DB_PATH with the response cache off. Warms each path up, then
 * profiles PROFILE_N (default 2000) requests of it with V8's sampling profiler and prints
 * the CPU µs per request and the functions with the most self time (PROFILE_ROWS, default
 * 25). A steadier view than bench/profile-route.ts on a loaded machine: it measures CPU
 * time of this process, not throughput. Ends with the paths side by side by part
 * (bench/profile-parts.ts: SQLite, query layer, serializer, GraphQL, Fastify, GC, …).
 * PROFILE_SCENARIOS (as in profile-route.ts: names of bench/scenarios.ts's scenarios, or `all`)
 * profiles instead the static route and each scenario with its same-bytes control and reference.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { seedDatabase } from '../test/helpers/dataset.js';
import { parts, partsTable, type Profile } from './profile-parts.js';
import { registerReference } from './reference.js';
import { controlledPaths, registerPayload, registerStatic, type LabelledPath } from './scenarios.js';

const N = Number(process.env.PROFILE_N ?? 2000);
const ROWS = Number(process.env.PROFILE_ROWS ?? 25);
const DIR = process.env.PROFILE_DIR ?? join('bench-output', 'profiles');
mkdirSync(DIR, { recursive: true });
const dbPath = process.env.DB_PATH ?? seedDatabase();
const app: FastifyInstance = await buildApp({ dbPath, responseCache: false });
registerReference(app);
registerStatic(app);
registerPayload(app);
await app.ready();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });

const short = (url: string) => url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');

const names = process.env.PROFILE_SCENARIOS?.split(',').filter(Boolean);
const targets: LabelledPath[] = names === undefined ? process.argv.slice(2).map((path, i) => ({ label: `path ${i + 1}`, path, headers: {} })) : controlledPaths(dbPath, names);
const columns: Array<{ label: string; requests: number; cpuMs: number; parts: Map<string, number> }> = [];
for (const [index, { label, path, headers }] of targets.entries()) {
  const request = { url: path, headers };
  const first = await app.inject(request);
  if (first.statusCode !== 200) throw new Error(`${path}: ${first.statusCode} ${first.body.slice(0, 300)}`);
  for (let i = 0; i < Math.min(500, N); i++) await app.inject(request);
  await session.post('Profiler.start');
  const started = process.cpuUsage();
  for (let i = 0; i < N; i++) await app.inject(request);
  const used = process.cpuUsage(started);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  columns.push({ label, requests: N, cpuMs: (used.user + used.system) / 1000, parts: parts(profile) });
  const file = join(DIR, `inject-${index}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, columnNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') return;
    const key = `${functionName || '(anonymous)'} ${short(url)}${url ? `:${columnNumber}` : ''}`;
    const us = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  });
  console.log(`\n${path}: ${((used.user + used.system) / N).toFixed(0)} µs CPU per request (${N} requests, profiler on; ${file} for bench/profile-table.ts)`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, ROWS)) console.log(`${(us / N).toFixed(1).padStart(8)} µs ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
}
console.log(`\n${partsTable(columns, 'process CPU')}`);
targets.forEach(({ label, path }, i) => console.log(`${label} (inject-${i}.cpuprofile): ${path}`));
await app.close();
