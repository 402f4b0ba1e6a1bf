/**
 * Extraction CPU of two code trees in one process, interleaved per document: each document is
 * extracted by both trees back to back (which goes first alternates), so the drift of a shared,
 * loaded machine falls on both alike and their ratio holds steady where alternating whole runs
 * did not (0.67–1.04 per round on the same pair).
 *
 *   node --import tsx bench/extract-ab.ts OLD_ROOT NEW_ROOT [SET]
 *
 * A root is a checkout (e.g. `git archive main src | tar -x -C /tmp/old` and a `node_modules` link);
 * SET as in bench/extract-inputs.ts (default `corpus:bench-output/corpus-1000`). BENCH_DOCS caps the
 * documents (default 300), BENCH_ROUNDS the rounds (default 4), after one warm-up pass of each tree.
 * Prints CPU ms per document of each tree and new/old per round and over all. `BENCH_WORKER=1` times
 * what a build's worker does per document instead (`runExtraction`: the extraction, its search
 * index's stems and the JSON of both), for trees that have extraction-task.ts.
 * `AB_GAZETTEER=own` gives each tree the places, actors and lexicon of its own `seeds/` (themes,
 * and a corpus's missing lexicon, stay the set's), so that a gazetteer's growth is measured with
 * the code that reads it; by default both trees read the set's gazetteer.
 */
import { join } from 'node:path';
import type { Gazetteer } from '../src/ingest/gazetteer.js';
import { readCorpus } from '../src/ingest/sources.js';
import { readDocumentSet } from './extract-inputs.js';

type Pipeline = typeof import('../src/ingest/pipeline.js');
type Task = typeof import('../src/ingest/extraction-task.js');

const [oldRoot, newRoot, spec = 'corpus:bench-output/corpus-1000'] = process.argv.slice(2);
if (oldRoot === undefined || newRoot === undefined) throw new Error('usage: extract-ab.ts OLD_ROOT NEW_ROOT [SET]');
const { gazetteer, documents } = readDocumentSet(spec, Number(process.env.BENCH_DOCS ?? 300));
/** The gazetteer a tree extracts with: the set's, or (AB_GAZETTEER=own) its own seeds' names. */
function gazetteerOf(root: string): Gazetteer {
  if (process.env.AB_GAZETTEER !== 'own') return gazetteer;
  const own = readCorpus(join(root, 'seeds')).gazetteer;
  return { ...gazetteer, locations: own.locations, actors: own.actors, commonWords: (gazetteer.commonWords?.length ?? 0) > 0 ? own.commonWords : [] };
}
const trees = await Promise.all([oldRoot, newRoot].map(async (root) => {
  const pipeline = (await import(`${root}/src/ingest/pipeline.ts`)) as Pipeline;
  const task = process.env.BENCH_WORKER === '1' ? ((await import(`${root}/src/ingest/extraction-task.ts`)) as Task) : undefined;
  return { pipeline, task, context: pipeline.compileContext(gazetteerOf(root)) };
}));
const extract = (tree: (typeof trees)[number], d: (typeof documents)[number]) =>
  tree.task ? tree.task.runExtraction({ key: '', file: d.name, text: d.text, options: d.options }, tree.context) : tree.pipeline.extractDocument(d.text, tree.context, d.options);
for (const tree of trees) for (const d of documents) extract(tree, d);

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const perDocument = (micros: number, count: number) => (micros / 1000 / count).toFixed(2);
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const totals = [0, 0];
for (let r = 0; r < rounds; r++) {
  const round = [0, 0];
  documents.forEach((d, i) => {
    for (const t of (i + r) % 2 === 0 ? [0, 1] : [1, 0]) {
      const before = cpuMicros();
      extract(trees[t]!, d);
      round[t]! += cpuMicros() - before;
    }
  });
  totals[0]! += round[0]!;
  totals[1]! += round[1]!;
  process.stdout.write(`round ${r + 1}: old ${perDocument(round[0]!, documents.length)}, new ${perDocument(round[1]!, documents.length)} CPU ms/doc, new/old ${(round[1]! / round[0]!).toFixed(3)}\n`);
}
const count = rounds * documents.length;
process.stdout.write(`all ${count}: old ${perDocument(totals[0]!, count)}, new ${perDocument(totals[1]!, count)} CPU ms/doc, new/old ${(totals[1]! / totals[0]!).toFixed(3)}\n`);
