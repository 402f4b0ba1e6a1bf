/**
 * `node --import tsx bench/start-ab.ts DB OLD_SERVER NEW_SERVER`: the server's start (spawn to
 * listening, and the CPU seconds it used by then) of two servers on the same database, started
 * one after the other in alternating order, STARTS (default 9) times each, so that a shared
 * machine's drift falls on both alike. Prints the medians, the median of the paired ratios
 * new/old, and the load average before and after. OLD_SERVER and NEW_SERVER are what node runs,
 * as for bench/start-export.ts (e.g. the bundles of two `git archive`s,
 * `OLD/dist/src/server.bundle.mjs`). After each start it times the first request, a GET of
 * FIRST_REQUEST (default `/v1/measures?limit=50`, a list: the route, its schema and its
 * statements all run for the first time), from sending to the last byte.
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
const firstRequest = process.env.FIRST_REQUEST ?? '/v1/measures?limit=50';
const measured: Record<'old' | 'new', Array<{ seconds: number; cpuSeconds: number; firstMs: number }>> = { old: [], new: [] };
for (let i = 0; i < runs; i++) {
  // Alternating which goes first: a round's second start may find more of the files in the page cache.
  const order = i % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
  for (const name of order) {
    const { address, seconds, cpuSeconds, stop } = await startProduction(db, name === 'old' ? oldServer : newServer);
    const sent = performance.now();
    const response = await fetch(address + firstRequest);
    await response.arrayBuffer();
    const firstMs = performance.now() - sent;
    await stop();
    if (!response.ok) throw new Error(`${name}: ${firstRequest} answered ${response.status}`);
    measured[name].push({ seconds, cpuSeconds, firstMs });
  }
}
const summary = (name: 'old' | 'new') =>
  `${name} ${median(measured[name].map((s) => s.seconds)).toFixed(2)} s to listening, CPU ${median(measured[name].map((s) => s.cpuSeconds)).toFixed(2)} s, first request ${median(measured[name].map((s) => s.firstMs)).toFixed(0)} ms`;
const ratio = (key: 'seconds' | 'cpuSeconds' | 'firstMs') => median(measured.new.map((s, i) => s[key] / measured.old[i]![key])).toFixed(3);
console.log(`${runs} starts each on ${db} (${process.version}), first request ${firstRequest}: ${summary('old')}; ${summary('new')}; new/old ${ratio('seconds')} (wall), ${ratio('cpuSeconds')} (CPU), ${ratio('firstMs')} (first request), medians of the paired ratios; load average ${loadBefore} → ${load()}`);
