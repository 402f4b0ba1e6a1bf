/**
 * Build benchmark: generates (once) a synthetic corpus of SIZE documents, then times in
 * separate processes a cold build (empty extraction cache), a warm rebuild with nothing
 * changed, and a warm rebuild after adding one document, reporting documents/s, MB/s,
 * peak RSS and database size as a Markdown table row, with the CPU time other processes took
 * meanwhile (Linux): on a shared machine that, not the code, may be what moved the wall time.
 *
 *   npm run bench:build -- 1000          # or 10000, 100000 (the lead runs the large sizes)
 *   BENCH_THREADS=2 npm run bench:build -- 1000
 *   BENCH_SOURCE=1 npm run bench:build -- 1000   # from the TypeScript sources under tsx
 *
 * The builds run the compiled code, as users do (`npm start`, `blauwdruk build`: dist/, whose
 * extraction workers run dist/src/ingest/extract-worker.js): the bench compiles the tree first
 * (`tsc -p tsconfig.json`) and runs dist/bench/build-once.js, so an edit to the sources during a
 * long run changes none of its builds. `BENCH_SOURCE=1` runs bench/build-once.ts under tsx instead
 * (workers too), which costs more: tsx's `keepNames` wraps closures made in hot functions.
 *
 * Targets (2-core machine): cold ≥ 100 documents of 5 KB per second; warm rebuild after
 * adding one document to 10k ≤ 5 s; peak RSS ≤ 1 GB at 100k; time linear in size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderingsFilesFor } from '../src/paths.js';
import { benchNames, ensureCorpus, generatedEntry } from './corpus.js';

const size = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(size) || size < 1) throw new Error(`size "${process.argv[2]}" must be a whole number`);
const out = join('bench-output', `build-${size}`);
const corpus = ensureCorpus(size);
const db = join(out, 'blauwdruk.db');
const cache = join(out, 'extraction-cache.db');
mkdirSync(out, { recursive: true });
const fromSource = process.env.BENCH_SOURCE === '1';
const code = fromSource ? 'source (tsx)' : 'compiled (dist/)';
if (!fromSource) execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { stdio: 'inherit' });

const manifestPath = join(corpus, 'manifest.json');
const manifest = readFileSync(manifestPath, 'utf8');
const corpusBytes = (JSON.parse(manifest) as { documents: Array<{ file: string }> }).documents.reduce((sum, d) => sum + readFileSync(join(corpus, d.file)).length, 0);

interface Run {
  seconds: number;
  cpuSeconds: number;
  extracted: number;
  /** Source files read (a warm build reads only new or changed ones). */
  read: number;
  documents: number;
  peakRssBytes: number;
  dbBytes: number;
  /** CPU seconds the rest of the machine used meanwhile (Linux: /proc/stat's busy time less the build's own): what disturbed its wall time. */
  otherCpuSeconds?: number;
}

/** The machine's busy CPU seconds so far, all cores and processes (Linux), or undefined. */
function machineBusySeconds(): number | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/u).slice(1).map(Number) as number[];
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

function build(): Run {
  const busyBefore = machineBusySeconds();
  const args = [...(fromSource ? ['--import', 'tsx', 'bench/build-once.ts'] : ['dist/bench/build-once.js']), corpus, db, cache, ...(process.env.BENCH_THREADS ? [process.env.BENCH_THREADS] : [])];
  const run = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 })) as Run;
  const busyAfter = machineBusySeconds();
  return busyBefore === undefined || busyAfter === undefined ? run : { ...run, otherCpuSeconds: Math.max(0, busyAfter - busyBefore - run.cpuSeconds) };
}

rmSync(db, { force: true });
rmSync(cache, { force: true });
for (const suffix of ['-wal', '-shm']) rmSync(cache + suffix, { force: true });
// The renderings too: a previous run's files, stamped with the same data version and rendering code, left the
// cold build nothing to render (29 s of a 10k build's, when the same code ran twice in a row).
for (const file of Object.values(renderingsFilesFor(db))) rmSync(file, { force: true });
const cold = build();
const warm = build();
// One more document, as `blauwdruk add` would append it; removed again afterwards so reruns start alike.
const { text, entry } = generatedEntry(size, benchNames(), 2);
writeFileSync(join(corpus, entry.file), text);
const withOne = JSON.parse(manifest) as { documents: unknown[] };
withOne.documents.push(entry);
writeFileSync(manifestPath, JSON.stringify(withOne, null, 2));
let added: Run;
try {
  added = build();
} finally {
  writeFileSync(manifestPath, manifest);
  rmSync(join(corpus, entry.file));
}

const mb = corpusBytes / 1e6;
const others = (r: Run) => (r.otherCpuSeconds === undefined ? '' : `; other processes ${r.otherCpuSeconds.toFixed(1)} s`);
const rate = (r: Run) => `${Math.round(r.documents / r.seconds)} docs/s, ${(mb / r.seconds).toFixed(2)} MB/s; CPU ${r.cpuSeconds.toFixed(1)} s${others(r)}`;
const result = {
  size,
  code,
  corpusMB: mb,
  meanKB: corpusBytes / size / 1000,
  cold,
  warm,
  added,
  table:
    `| ${size.toLocaleString('en')} | ${mb.toFixed(1)} MB (${(corpusBytes / size / 1000).toFixed(1)} KB/doc) | ${cold.seconds.toFixed(1)} s (${rate(cold)}) | ${warm.seconds.toFixed(1)} s (${rate(warm)}) | ${added.seconds.toFixed(1)} s (${added.extracted} extracted, ${added.read} read; CPU ${added.cpuSeconds.toFixed(1)} s${others(added)}) | ${(Math.max(cold.peakRssBytes, warm.peakRssBytes, added.peakRssBytes) / 2 ** 20).toFixed(0)} MB | ${(cold.dbBytes / 1e6).toFixed(1)} MB |`,
};
writeFileSync(join(out, 'result.json'), JSON.stringify(result, null, 2));
process.stdout.write(`code: ${code}\n| documents | corpus | cold build | warm, unchanged | warm, +1 document | peak RSS | database |\n|---|---|---|---|---|---|---|\n${result.table}\n`);
