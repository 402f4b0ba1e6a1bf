/**
 * `node --import tsx bench/entity-speed.ts`: entity matching time per MB of text, for the
 * token trie (src/ingest/entities.ts) and the regex-per-form matcher it replaced
 * (bench/legacy-entities.ts), with the seed gazetteer and with it grown tenfold by
 * synthetic places and zones; and the whole extraction of one document (all stages) per MB.
 *
 * The text is the seed corpus repeated to BENCH_MB megabytes (default 0.1) and cut into
 * documents of about 5 KB, as a build sees them. BENCH_ROUNDS (default 3) rounds; medians of wall
 * clock and CPU time. The old matcher at 10x takes about 2 minutes per MB of CPU: keep BENCH_MB small.
 */
import { compileGazetteer, extractMentions } from '../src/ingest/entities.js';
import type { ActorEntry, LocationEntry } from '../src/ingest/gazetteer.js';
import { compileContext, extractDocument } from '../src/ingest/pipeline.js';
import { readBuildInputs } from '../src/ingest/sources.js';
import { defaultSeedsDir } from '../src/paths.js';
import * as legacy from './legacy-entities.js';

const MEGABYTES = Number(process.env.BENCH_MB ?? 0.1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DOCUMENT_SIZE = 5_000;

const inputs = readBuildInputs(defaultSeedsDir);
const corpus = inputs.documents.map((d) => d.text).join('\n\n');
const documents: string[] = [];
for (let size = 0; size < MEGABYTES * 1e6; size += DOCUMENT_SIZE) {
  const at = size % Math.max(1, corpus.length - DOCUMENT_SIZE);
  documents.push(corpus.slice(at, at + DOCUMENT_SIZE));
}
const megabytes = Buffer.byteLength(documents.join('')) / 1e6;

/** The seed gazetteer plus `factor − 1` synthetic copies of every entry under new names. */
function grown(factor: number) {
  const locations: LocationEntry[] = [...inputs.gazetteer.locations];
  const actors: ActorEntry[] = [...inputs.gazetteer.actors];
  for (let k = 1; k < factor; k++) {
    const rename = (s: string) => `${s} ${k}x`;
    locations.push(...inputs.gazetteer.locations.map((l) => ({ ...l, id: `${l.id}-${k}x`, name: rename(l.name), aliases: l.aliases.map(rename), contextAliases: [] })));
    actors.push(...inputs.gazetteer.actors.map((a) => ({ ...a, id: `${a.id}-${k}x`, name: rename(a.name), aliases: a.aliases.map(rename), contextAliases: [] })));
  }
  return { locations, actors };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median milliseconds per MB of running `extract` over every document, wall clock and CPU
 * (the CPU time is the fairer figure on a machine shared with other work), after one
 * warm-up document so that the first round does not pay for compilation.
 */
function msPerMegabyte(extract: (text: string) => unknown): { wall: number; cpu: number } {
  extract(documents[0]!);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const text of documents) extract(text);
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall) / megabytes, cpu: median(cpu) / megabytes };
}

const rows: Array<[string, { wall: number; cpu: number }]> = [];
for (const factor of [1, 10]) {
  const gazetteer = grown(factor);
  const forms = gazetteer.locations.length + gazetteer.actors.length;
  const trie = compileGazetteer(gazetteer);
  const regexes = legacy.compileGazetteer(gazetteer);
  rows.push([`mentions, token trie (${forms} entries)`, msPerMegabyte((text) => extractMentions(text, trie))]);
  rows.push([`mentions, regex per form, before (${forms} entries)`, msPerMegabyte((text) => legacy.extractMentions(text, regexes))]);
}
const context = compileContext(inputs.gazetteer);
rows.push(['whole extraction (all stages, seed gazetteer)', msPerMegabyte((text) => extractDocument(text, context))]);

process.stdout.write(`${documents.length} documents, ${megabytes.toFixed(2)} MB, ${ROUNDS} rounds (medians)\n\n| matcher | wall ms per MB | CPU ms per MB | MB per CPU second |\n|---|---|---|---|\n`);
for (const [name, ms] of rows) process.stdout.write(`| ${name} | ${ms.wall.toFixed(0)} | ${ms.cpu.toFixed(0)} | ${(1000 / ms.cpu).toFixed(2)} |\n`);
