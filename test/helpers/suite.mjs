// `npm test`'s runner: tap over every test file (package.json "tap"."include"), with the files of
// one folder that share nothing process-wide run in one process instead of one each (and such
// files alone in their folder together in one more).
//
// Why: a test process spends ~3 CPU seconds starting (tap, tsx, V8 coverage, the app's module
// graph) before its first assertion, more than most files spend testing; on a 2-core machine
// the per-file processes were most of the suite's time. A folder's files are imported, in
// name order, by one generated file in test-output/suite/ (one line in tap's report for them);
// their tests, names and assertions are unchanged and their failures point at their own lines.
// Every run is such a file, `<rank>-<name>.test.mjs`, as tap starts files in name order: the
// rank makes the longest (by the last run's times) start first.
//
// A file runs in a process of its own when it touches what a process holds: child processes,
// a browser, module mocks, process listeners or environment, heap or event-loop measurements,
// workers, or corpus builds of its own (long files, better started first on a job of their own).
// Developers still run any file alone: `npx tap test/x/y.test.ts`.
//
// Extra arguments go to tap (e.g. `node test/helpers/suite.mjs --jobs=3`); `--list` writes the
// generated files and prints what would run, longest (last run) first, without running it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

const root = process.cwd();
const suiteDir = join(root, 'test-output', 'suite');

/** What makes a file unsafe or pointless to share a process with other files. */
export const OWN_PROCESS = [
  /node:child_process/, // child processes
  /\bblauwdruk\(/, // the CLI helper that spawns the program
  /chromium/i, // a browser
  /\bmock(Import|Require)\(/, // modules replaced for this process
  /\bprocess\.(on|once|chdir|exit)\(/, // process-wide listeners and state
  /\bprocess\.env\.[A-Za-z_]+\s*=[^=]/, // environment written
  /memoryUsage|setFlagsFromString|maxEventLoopDelay/, // heap and event-loop measurements
  /\bnew Worker\(|piscina|\bworkers:/, // worker threads
  /\bbuildDatabase\(/, // corpus builds of its own: long files that are better started early, alone
];

/** The test files tap would run (its "include" in package.json), relative, sorted. */
function testFiles() {
  const pattern = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).tap.include;
  if (JSON.stringify(pattern) !== JSON.stringify(['test/**/*.test.ts'])) throw new Error(`suite.mjs lists test/**/*.test.ts; package.json "tap"."include" is now ${JSON.stringify(pattern)}`);
  return readdirSync(join(root, 'test'), { recursive: true })
    .map((f) => join('test', String(f)))
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
}

/** The group of files that are alone in their folder in being shareable. */
export const OTHERS = 'others';

/** Files sharing a process (by folder, keyed by it; and {@link OTHERS}) and files running alone. */
export function plan(files, read = (f) => readFileSync(join(root, f), 'utf8')) {
  const groups = new Map();
  const alone = [];
  for (const file of files) {
    const source = read(file);
    if (OWN_PROCESS.some((re) => re.test(source))) alone.push(file);
    else groups.set(dirname(file), [...(groups.get(dirname(file)) ?? []), file]);
  }
  // The only shareable file of its folder joins the other such files.
  const others = [];
  for (const [dir, members] of groups) {
    if (members.length === 1) {
      others.push(members[0]);
      groups.delete(dir);
    }
  }
  if (others.length > 1) groups.set(OTHERS, others);
  else alone.push(...others);
  return { groups, alone };
}

/** A run's name: its folder for a group (`test` for test/ itself), the file's path in test/ for a file alone. */
function runName(group, members) {
  if (group === OTHERS || group === 'test') return group;
  const path = group ?? members[0].replace(/\.test\.ts$/, '');
  return relative('test', path).split(sep).join('-');
}

/**
 * The generated file of a run, `<rank>-<name>.test.mjs`: tap starts files in name order, so
 * the rank makes it start the longest first. A file alone is imported the same way.
 */
function runFile(rank, name, members) {
  const file = join(suiteDir, `${String(rank).padStart(3, '0')}-${name}.test.mjs`);
  const imports = members.map((f) => `import '${relative(suiteDir, join(root, f)).split(sep).join('/')}';`);
  // Static imports: every file's tests are registered before the first one ends, so tap's
  // root never sees an idle moment to end early. Each file keeps its usual budget (package.json's tap timeout, 480 s since session 14: builds on this slower machine, beside the other files of a run, came near 120 s, and the browser pages' file near 240 s in its CI).
  writeFileSync(file, [
    `// Generated by test/helpers/suite.mjs: ${members.join(', ')} in one process.`,
    "import t from 'tap';",
    `t.setTimeout(${members.length} * (Number(process.env.TAP_TIMEOUT) || 480) * 1000);`,
    ...imports,
    '',
  ].join('\n'));
  return relative(root, file);
}

/** What makes a file long (10–30 s on a quiet machine in November 2026): builds, browsers, processes. */
const LONG = [/\bbuildDatabase\(|\bbuildCorpus\(/, /chromium/i, /node:child_process/];

/** A clean checkout's guess at a file's seconds, only to order the runs: long files ~20 s, others ~1 s. */
function guess(file) {
  const source = readFileSync(join(root, file), 'utf8');
  return LONG.some((re) => re.test(source)) ? 20 : 1;
}

/** Seconds each run took in the last run (tap's .tap/processinfo), by run name, to start the longest first. */
function lastRuntimes() {
  const dir = join(root, '.tap', 'processinfo');
  const seconds = new Map();
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return seconds; // a clean checkout
  }
  for (const name of names) {
    try {
      const info = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const id = String(info.externalID ?? '');
      const run = /^test-output\/suite\/(?:\d+-)?(.+)\.test\.mjs$/.exec(id)?.[1] ?? (id.endsWith('.test.ts') ? runName(undefined, [id]) : undefined);
      if (run && typeof info.runtime === 'number') seconds.set(run, info.runtime / 1000);
    } catch {
      // a file being written by a run elsewhere: its time is only a hint
    }
  }
  return seconds;
}

function main() {
  const { groups, alone } = plan(testFiles());
  const last = lastRuntimes();
  const seconds = (file) => last.get(runName(undefined, [file])) ?? guess(file);
  const runs = [
    ...[...groups].map(([group, members]) => ({ name: runName(group, members), members })),
    ...alone.map((file) => ({ name: runName(undefined, [file]), members: [file] })),
  ].map((run) => ({ ...run, seconds: last.get(run.name) ?? run.members.reduce((sum, f) => sum + seconds(f), 0) }));
  // Longest first, so two jobs end together instead of one long file running alone at the end.
  runs.sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
  rmSync(suiteDir, { recursive: true, force: true });
  mkdirSync(suiteDir, { recursive: true });
  const files = runs.map((run, i) => runFile(i + 1, run.name, run.members));
  if (process.argv[2] === '--list') {
    runs.forEach((run, i) => console.log(`${run.seconds.toFixed(1).padStart(6)} s  ${files[i]}: ${run.members.join(' ')}`));
    return;
  }
  const tap = join(dirname(createRequire(import.meta.url).resolve('tap/package.json')), 'dist', 'esm', 'run.mjs');
  const args = process.argv.slice(2);
  // Twice as many jobs as cores: many files spend their time waiting (servers, sockets, timers,
  // child processes, workers), so two per core keep both busy. Measured on this 2-core machine,
  // quiet: 272 s wall with tap's default of one job per core, 187 s with four.
  const jobs = args.some((a) => a.startsWith('--jobs') || a === '-j') ? [] : [`--jobs=${2 * availableParallelism()}`];
  const result = spawnSync(process.execPath, [tap, ...files, ...jobs, ...args], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
