/**
 * A command's resident memory over time, sampled from /proc by this separate process (a build's
 * main thread blocks for minutes in SQLite, so it cannot sample itself): one line per sample on
 * stderr (seconds, RSS, its anonymous and file-backed parts, threads) and the peak at the end.
 * The command's own output passes through; with `BUILD_PHASE_LOG=1` a build's phase lines land
 * between the samples, so the phase of the peak shows.
 *
 *   SAMPLE_SECONDS=1 node --import tsx bench/rss-timeline.ts node --expose-gc --import tsx bench/build-once.ts CORPUS DB CACHE
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (command === undefined) throw new Error('usage: bench/rss-timeline.ts COMMAND [ARGS…]');
const every = Number(process.env.SAMPLE_SECONDS ?? 1) * 1000;
const child = spawn(command, args, { stdio: 'inherit' });
const started = performance.now();
const peak = { seconds: 0, rss: 0, anon: 0, file: 0 };

/** The child's memory now in MiB, or null once it has gone. */
function sample() {
  let status: string;
  try {
    status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { seconds: (performance.now() - started) / 1000, rss: kib('VmRSS') / 1024, anon: kib('RssAnon') / 1024, file: kib('RssFile') / 1024, threads: kib('Threads') };
}

const timer = setInterval(() => {
  const now = sample();
  if (now === null || Number.isNaN(now.rss)) return;
  if (now.rss > peak.rss) Object.assign(peak, now);
  process.stderr.write(`rss ${now.seconds.toFixed(1).padStart(7)} s ${now.rss.toFixed(0).padStart(6)} MiB (anonymous ${now.anon.toFixed(0)}, file ${now.file.toFixed(0)}; ${now.threads} threads)\n`);
}, every);
child.on('exit', (code) => {
  clearInterval(timer);
  process.stderr.write(`peak RSS ${peak.rss.toFixed(0)} MiB (anonymous ${peak.anon.toFixed(0)}, file ${peak.file.toFixed(0)}) at ${peak.seconds.toFixed(1)} s\n`);
  process.exitCode = code ?? 1;
});
