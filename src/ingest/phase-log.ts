/**
 * Where a build spends its time and memory, phase by phase: one line at the end of each phase
 * with its wall and CPU seconds, the process's RSS and V8 heap then, and the process's peak RSS so
 * far (worker threads included). The load runs on the main thread without yielding, so a sampler
 * would not run during it; the peak RSS is monotone, so the phase whose line first shows it is
 * where the build peaked. Off unless asked for (`BUILD_PHASE_LOG=1` in bench/build-once.ts).
 */

/** Told when a phase of the build ends (its name says what it did). */
export type PhaseMark = (phase: string) => void;

const MB = 2 ** 20;

/** A {@link PhaseMark} that writes one line per phase with `write`. */
export function phaseLogger(write: (line: string) => void): PhaseMark {
  let wall = performance.now();
  let cpu = process.cpuUsage();
  return (phase) => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    // With --expose-gc the heap is the live heap, not what the last collection left.
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    const peak = process.resourceUsage().maxRSS * 1024;
    write(`phase ${phase.padEnd(22)} ${((now - wall) / 1000).toFixed(2).padStart(8)} s  cpu ${((used.user + used.system) / 1e6).toFixed(2).padStart(8)} s  rss ${(memory.rss / MB).toFixed(0).padStart(5)} MB  heap ${(memory.heapUsed / MB).toFixed(0).padStart(5)} MB  peak rss ${(peak / MB).toFixed(0).padStart(5)} MB`);
    wall = now;
    cpu = process.cpuUsage();
  };
}
