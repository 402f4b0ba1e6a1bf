/**
 * A full garbage collection on demand, for the build's one moment where it pays: the end of
 * `plan` (build.ts), when reading a large manifest has left the main thread's heap full of
 * garbage. Node exposes `gc` only under `--expose-gc`, which neither the command line nor a
 * library's caller passes, so the flag is set for the moment it takes to take the function from a
 * new context (as jest's leak detector does) and unset again, leaving other contexts as they were.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * Collects the calling thread's whole heap now. Why it is needed: V8 sizes its next old-space
 * collection by the largest live heap it has seen, so after the 100k manifest's parse (the file's
 * text, JSON.parse's tree and zod's copy alive at once) the garbage left was not collected for the
 * first two minutes of the documents phase, while the workers' heaps grew beside it: that was the
 * build's peak RSS (README, "Memory at 100 000 documents").
 */
export function collectGarbage(): void {
  // A process started with --expose-gc has it already (and keeps the flag as it was given).
  collect ??= (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    try {
      collect = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  collect();
}
