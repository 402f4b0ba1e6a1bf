/**
 * The self time of a V8 CPU profile (`node --cpu-prof`) by function, largest first:
 *
 *   node --import tsx bench/profile-table.ts PROFILE.cpuprofile   # PROFILE_ROWS rows (default 30)
 *
 * `node --cpu-prof` under tsx also writes a profile of tsx's loader thread (the file ending
 * .1.002.cpuprofile or later): pass the main thread's (.0.001), the one that ran the bench.
 *
 * Self time is the time spent in a function's own code (samples whose top frame it is); total
 * time, the time with the function anywhere on the stack (once per sample, however deep it
 * recurses). A function defined once is one row wherever it is called from; under tsx every
 * position is on line 1, so the column tells anonymous functions apart.
 *
 * `PROFILE_PARTS='name=regex;name=regex;…'` adds a table of parts: each sample goes to the
 * first part (in the order given) one of whose regular expressions matches a frame on its
 * stack (`function path:line:column`), or to "other"; e.g. a search request split into
 * `statistics=indexStatistics;candidates=candidates ;snippets=snippet ;display=rows ;search=search ;gc=garbage`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2]!;
const rows = Number(process.env.PROFILE_ROWS ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

function keyOf({ callFrame: { functionName, url, lineNumber, columnNumber } }: ProfileNode): string {
  const where = url ? `${relative(process.cwd(), url.replace(/^file:\/\//, ''))}:${lineNumber + 1}:${columnNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
}

const selfMs = new Map<string, number>();
const totalMs = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  total += ms;
  const top = keyOf(byId.get(id)!);
  selfMs.set(top, (selfMs.get(top) ?? 0) + ms);
  const onStack = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) onStack.add(keyOf(byId.get(at)!));
  for (const key of onStack) totalMs.set(key, (totalMs.get(key) ?? 0) + ms);
});
const pct = (ms: number) => ((100 * ms) / total).toFixed(1);
process.stdout.write('| self ms | self % | total % | function |\n|---|---|---|---|\n');
for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
  process.stdout.write(`| ${ms.toFixed(0)} | ${pct(ms)} | ${pct(totalMs.get(key)!)} | ${key.slice(0, 140)} |\n`);
}
process.stdout.write(`| ${total.toFixed(0)} | 100 | | every sample |\n\n| total ms | total % | function (by time on the stack) |\n|---|---|---|\n`);
for (const [key, ms] of [...totalMs].filter(([k]) => k.includes('src/')).sort((a, b) => b[1] - a[1]).slice(0, rows)) {
  process.stdout.write(`| ${ms.toFixed(0)} | ${pct(ms)} | ${key.slice(0, 140)} |\n`);
}

const parts = (process.env.PROFILE_PARTS ?? '').split(';').filter(Boolean).map((part) => {
  const [name, pattern] = part.split(/=(.*)/s) as [string, string];
  return { name, pattern: new RegExp(pattern) };
});
if (parts.length > 0) {
  const partMs = new Map<string, number>([...parts.map((p) => [p.name, 0] as const), ['other', 0]]);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) stack.push(keyOf(byId.get(at)!));
    if (stack[0] === '(idle)') return;
    const part = parts.find((p) => stack.some((key) => p.pattern.test(key)))?.name ?? 'other';
    partMs.set(part, partMs.get(part)! + ms);
  });
  const busy = [...partMs.values()].reduce((a, b) => a + b, 0);
  process.stdout.write('\n| part | ms | % of busy samples |\n|---|---|---|\n');
  for (const [name, ms] of partMs) process.stdout.write(`| ${name} | ${ms.toFixed(0)} | ${((100 * ms) / busy).toFixed(1)} |\n`);
}
