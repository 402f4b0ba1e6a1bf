/**
 * Extraction alone, in one thread: CPU milliseconds per document and MB per CPU-second of
 * `extractDocument` (every stage, no serialisation, no load) over a document set.
 *
 *   node --import tsx bench/extract-speed.ts [SET...]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/extract-speed.ts && node --import tsx bench/profile-table.ts /tmp/prof/*.cpuprofile
 *
 * SET as in bench/extract-inputs.ts (default: the 1k synthetic corpus, then seeds+devset).
 * BENCH_DOCS caps the documents read from a corpus (default all); BENCH_ROUNDS rounds
 * (default 3): the median and the best round are reported (on a shared
 * machine the best round says most about the code, the median about the machine). One warm-up pass over the set first, so the rounds measure
 * compiled code, as a build's workers run after their first batches.
 */
import { compileContext, extractDocument } from '../src/ingest/pipeline.js';
import { defaultSets, readDocumentSet, type DocumentSet } from './extract-inputs.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LIMIT = Number(process.env.BENCH_DOCS ?? Infinity);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(label: string, sets: DocumentSet[]) {
  const runs = sets.map((s) => ({ context: compileContext(s.gazetteer), documents: s.documents }));
  const count = runs.reduce((n, r) => n + r.documents.length, 0);
  const megabytes = runs.reduce((n, r) => n + r.documents.reduce((m, d) => m + Buffer.byteLength(d.text), 0), 0) / 1e6;
  const pass = () => {
    for (const { context, documents } of runs) for (const d of documents) extractDocument(d.text, context, d.options);
  };
  pass();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const before = process.cpuUsage();
    pass();
    const used = process.cpuUsage(before);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = median(cpu);
  process.stdout.write(`| ${label} | ${count} | ${megabytes.toFixed(2)} | ${(ms / count).toFixed(2)} | ${(Math.min(...cpu) / count).toFixed(2)} | ${(median(wall) / count).toFixed(2)} | ${(megabytes / (ms / 1000)).toFixed(3)} | ${cpu.map((c) => (c / count).toFixed(2)).join(' ')} |\n`);
}

const specs = process.argv.slice(2);
process.stdout.write(`${ROUNDS} rounds (medians)\n\n| set | documents | MB | CPU ms/doc | best CPU ms/doc | wall ms/doc | MB per CPU-s | CPU ms/doc per round |\n|---|---|---|---|---|---|---|---|\n`);
if (specs.length > 0) {
  for (const spec of specs) measure(spec, [readDocumentSet(spec, LIMIT)]);
} else {
  measure('corpus-1000', [readDocumentSet(defaultSets()[0]!, LIMIT)]);
  measure('seeds+devset', [readDocumentSet('seeds'), readDocumentSet('devset')]);
}
