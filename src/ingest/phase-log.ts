/**
 * Where a build spends its time and memory, phase by phase: one line at the end of each phase
 * with its wall and CPU seconds (the process's, workers included, and the main thread's own), the
 * process's RSS and V8 heap then, and the process's peak RSS so far (worker threads included). The
 * load runs on the main thread without yielding, so a sampler would not run during it; the peak RSS
 * is monotone, so the phase whose line first shows it is where the build peaked. Off unless asked
 * for (`BUILD_PHASE_LOG=1` in bench/build-once.ts).
 */
import { readFileSync } from 'node:fs';

/** Told when a phase of the build ends (its name says what it did). */
export type PhaseMark = (phase: string) => void;

const MB = 2 ** 20;
/** Linux reports a thread's CPU in clock ticks, 100 a second on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds of the calling thread alone (user + system), or null where the system does not say
 * (Linux's /proc only; Node 20 has no per-thread CPU call). The process's CPU adds the extraction
 * workers and V8's helper threads: the main thread's own is what the load costs.
 */
export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // The command name (field 2) may hold spaces: the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, so 11 and 12 after the state (field 3).
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

const seconds = (value: number) => value.toFixed(2).padStart(8);

/** A {@link PhaseMark} that writes one line per phase with `write`. */
export function phaseLogger(write: (line: string) => void): PhaseMark {
  let wall = performance.now();
  let cpu = process.cpuUsage();
  let mainCpu = threadCpuSeconds();
  return (phase) => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    const mainNow = threadCpuSeconds();
    // With --expose-gc the heap is the live heap, not what the last collection left.
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    const peak = process.resourceUsage().maxRSS * 1024;
    const main = mainNow === null || mainCpu === null ? '' : `  main ${seconds(mainNow - mainCpu)} s`;
    write(`phase ${phase.padEnd(22)} ${seconds((now - wall) / 1000)} s  cpu ${seconds((used.user + used.system) / 1e6)} s${main}  rss ${(memory.rss / MB).toFixed(0).padStart(5)} MB  heap ${(memory.heapUsed / MB).toFixed(0).padStart(5)} MB  peak rss ${(peak / MB).toFixed(0).padStart(5)} MB`);
    wall = now;
    cpu = process.cpuUsage();
    // After the collection, as the process's CPU: a phase's line does not count the previous line's collection.
    mainCpu = threadCpuSeconds();
  };
}
