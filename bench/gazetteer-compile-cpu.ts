/**
 * CPU time of `compileGazetteer` in a source tree, for an A/B between two checkouts on a loaded
 * machine (CPU time, not wall time): one warm-up compile, then five timed by `process.cpuUsage`.
 *
 *   node --import tsx bench/gazetteer-compile-cpu.ts /work/main
 *   node --import tsx bench/gazetteer-compile-cpu.ts .
 */
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const { compileGazetteer } = (await import(`${root}/src/ingest/entities.ts`)) as typeof import('../src/ingest/entities.js');
const { readBuildInputs } = (await import(`${root}/src/ingest/sources.ts`)) as typeof import('../src/ingest/sources.js');
const gazetteer = readBuildInputs(`${root}/seeds`).gazetteer;
compileGazetteer(gazetteer);
const before = process.cpuUsage();
const runs = 5;
for (let i = 0; i < runs; i++) compileGazetteer(gazetteer);
const used = process.cpuUsage(before);
console.log(`${root}: ${((used.user + used.system) / runs / 1000).toFixed(0)} ms CPU per compile`);
