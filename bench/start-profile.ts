/**
 * `node --import tsx bench/start-profile.ts DB [SERVER] [DIR]`: a V8 CPU profile of the server's
 * start, from spawn until it listens. SERVER is what node runs (default the bundle,
 * `dist/src/server.bundle.mjs`), started with `--cpu-prof` (NODE_OPTIONS keeps the flags given,
 * e.g. `--cpu-prof-interval=250`) and stopped by SIGTERM once it listens, so the profile (written
 * to DIR, default bench-output/profiles) ends with the shutdown, a few milliseconds. Prints the
 * profile's path; read it with `bench/profile-table.ts`.
 *
 *   node --import tsx bench/start-profile.ts bench-output/build-100000/blauwdruk.db
 *   node --import tsx bench/profile-table.ts bench-output/profiles/start-….cpuprofile
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PRODUCTION_SERVER, startProduction } from './child-server.js';

const [db, server = PRODUCTION_SERVER, dir = 'bench-output/profiles'] = process.argv.slice(2);
if (db === undefined) throw new Error('usage: bench/start-profile.ts DB [SERVER] [DIR]');
mkdirSync(dir, { recursive: true });
const name = `start-${Date.now()}.cpuprofile`;
const before = new Set(readdirSync(dir));
const { seconds, cpuSeconds, stop } = await startProduction(db, `--cpu-prof --cpu-prof-dir=${resolve(dir)} --cpu-prof-name=${name} ${server}`);
await stop();
const written = readdirSync(dir).filter((f) => !before.has(f));
console.log(`${seconds.toFixed(2)} s to listening, CPU ${cpuSeconds.toFixed(2)} s (with the profiler): ${written.map((f) => join(dir, f)).join(' ')}`);
