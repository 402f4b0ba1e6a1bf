/**
 * What the build's main thread holds once `plan` is done (the corpus read and checked, the cache
 * open), without building: the build is stopped at the end of `plan`, the heap collected and
 * measured, and given a second argument a heap snapshot written to that path and its self sizes
 * summed by constructor (what the per-document part is made of). For bytes per document, run it at two sizes.
 *
 *   node --expose-gc --import tsx bench/plan-heap.ts CORPUS [HEAP_SNAPSHOT]
 */
import { readFileSync } from 'node:fs';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { buildCorpus } from '../src/ingest/build.js';

const [corpus, snapshot] = process.argv.slice(2) as [string, string?];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const MB = 2 ** 20;

/** Thrown at the end of `plan` to stop the build there. */
class PlanDone extends Error {}

const before = (gc(), getHeapStatistics().used_heap_size);
let heap = 0;
try {
  await buildCorpus({ dbPath: 'bench-output/plan-heap/never-written.db', seedsDir: corpus, cachePath: null,
    phase: (phase) => {
      if (phase !== 'plan') return;
      gc();
      heap = getHeapStatistics().used_heap_size;
      if (snapshot) writeHeapSnapshot(snapshot);
      throw new PlanDone();
    },
  });
} catch (e) {
  if (!(e instanceof PlanDone)) throw e;
}
const documents = (JSON.parse(readFileSync(`${corpus}/manifest.json`, 'utf8')) as { documents: unknown[] }).documents.length;
process.stdout.write(`${JSON.stringify({ documents, heapBeforeMB: +(before / MB).toFixed(1), heapAfterPlanMB: +(heap / MB).toFixed(1), bytesPerDocument: Math.round((heap - before) / documents) })}\n`);

/** Self size summed by constructor name (node type and name, as the devtools' summary groups them), the largest first. */
function summarise(path: string) {
  const { snapshot: { meta }, nodes, strings } = JSON.parse(readFileSync(path, 'utf8')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const width = meta.node_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const totals = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < nodes.length; i += width) {
    const type = meta.node_types[0][nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' || type === 'native' ? strings[nodes[i + nameAt]!]! : `(${type})`;
    const t = totals.get(name) ?? { count: 0, bytes: 0 };
    t.count++;
    t.bytes += nodes[i + sizeAt]!;
    totals.set(name, t);
  }
  return [...totals].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 15);
}
if (snapshot) for (const [name, t] of summarise(snapshot)) process.stdout.write(`${name.slice(0, 40).padEnd(40)} ${String(t.count).padStart(9)} ${(t.bytes / MB).toFixed(1).padStart(8)} MB\n`);
