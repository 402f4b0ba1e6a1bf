/** Starts `bench/server.ts` in a child process with `env` added, for the load scripts; resolves once it listens. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Start times the server reports: since its process began, and for building the app and listening. */
export interface StartTimes {
  processMs: number;
  appMs: number;
}

/** A value of the server's /proc status in MiB (Linux): VmRSS now, VmHWM the peak. */
const statusMiB = (pid: number | undefined, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

export async function startServer(env: Record<string, string> = {}) {
  const spawned = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const address = await lines.next();
  const times = await lines.next();
  if (address.done === true || times.done === true) throw new Error(`the bench server exited before listening (status ${child.exitCode})`);
  return {
    child,
    address: (address.value as string).trim(),
    /** Wall time from spawning the process to its listening, and the times it reports itself. */
    start: { spawnMs: performance.now() - spawned, ...(JSON.parse(times.value as string) as StartTimes) },
    /** The server's resident set size in MiB. */
    rssMiB: () => statusMiB(child.pid, 'VmRSS'),
    /** The server's peak resident set size so far in MiB. */
    peakRssMiB: () => statusMiB(child.pid, 'VmHWM'),
    stop: () => {
      child.kill('SIGTERM');
    },
  };
}
