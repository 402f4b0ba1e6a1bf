/**
 * `node --import tsx bench/start-ab.ts DB OLD_SERVER NEW_SERVER`: the server's start (spawn to
 * listening, and the CPU seconds it used by then) of two servers on the same database, started
 * one after the other in alternating order, STARTS (default 9) times each, so that a shared
 * machine's drift falls on both alike. Prints the medians, the median of the paired ratios
 * new/old, and the load average before and after. OLD_SERVER and NEW_SERVER are what node runs,
 * as for bench/start-export.ts (e.g. the bundles of two `git archive`s,
 * `OLD/dist/src/server.bundle.mjs`).
 *
 *   STARTS=9 node --import tsx bench/start-ab.ts bench-output/build-100000/blauwdruk.db old/dist/src/server.bundle.mjs new/dist/src/server.bundle.mjs
 */
import { loadavg } from 'node:os';
import { median, startProduction } from './child-server.js';

const [db, oldServer, newServer] = process.argv.slice(2);
if (db === undefined || oldServer === undefined || newServer === undefined) throw new Error('usage: bench/start-ab.ts DB OLD_SERVER NEW_SERVER');
const runs = Number(process.env.STARTS ?? 9);

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const loadBefore = load();
const measured: Record<'old' | 'new', Array<{ seconds: number; cpuSeconds: number }>> = { old: [], new: [] };
for (let i = 0; i < runs; i++) {
  // Alternating which goes first: a round's second start may find more of the files in the page cache.
  const order = i % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
  for (const name of order) {
    const { seconds, cpuSeconds, stop } = await startProduction(db, name === 'old' ? oldServer : newServer);
    await stop();
    measured[name].push({ seconds, cpuSeconds });
  }
}
const summary = (name: 'old' | 'new') => `${name} ${median(measured[name].map((s) => s.seconds)).toFixed(2)} s to listening, CPU ${median(measured[name].map((s) => s.cpuSeconds)).toFixed(2)} s`;
const ratio = (key: 'seconds' | 'cpuSeconds') => median(measured.new.map((s, i) => s[key] / measured.old[i]![key])).toFixed(3);
console.log(`${runs} starts each on ${db}: ${summary('old')}; ${summary('new')}; new/old ${ratio('seconds')} (wall), ${ratio('cpuSeconds')} (CPU), medians of the paired ratios; load average ${loadBefore} → ${load()}`);
