/**
 * Tasks run on worker threads a few at a time: the build's extraction of the documents its cache
 * lacks and a fresh file's digest pass hand the pool at most a window of tasks, so work is queued
 * ahead of the workers without holding every task (and its text) at once.
 */

/**
 * Runs every task of `tasks` (taken one at a time, as the window frees) through `run`, at most
 * `window` at a time, handing each result to `apply` as it comes (in any order), and fails with
 * the first task that fails, once those in flight have settled.
 */
export async function runWindowed<T, R>(tasks: Iterable<T>, run: (task: T) => Promise<R>, apply: (task: T, result: R) => void, window: number): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  // The first failure, kept: a task that fails leaves the set at once, so neither the race nor the final wait may still hold it.
  let failure: { error: unknown } | undefined;
  for (const task of tasks) {
    const done = run(task).then((result) => apply(task, result));
    inFlight.add(done);
    done.then(() => inFlight.delete(done), (error: unknown) => {
      inFlight.delete(done);
      failure ??= { error };
    });
    if (inFlight.size >= window) await Promise.race(inFlight).catch(() => {});
    if (failure) break;
  }
  await Promise.allSettled(inFlight);
  if (failure) throw failure.error;
}

/**
 * The documents a build has read ahead of the one it loads, oldest first, bounded twice: by
 * count (the workers' queue, a few batches) and by the length of their texts, since each is held
 * with its text and, once extracted, its results (about ten times the text as JSON): 64 long
 * programmes of 1 MB would hold several hundred MB where 64 synthetic documents of 5 KB hold 3 MB.
 */
export class ReadAhead<T> {
  private readonly items: T[] = [];
  private held = 0;

  /** Full past `documents` items or past `chars` of their `length` (an item longer than that is taken as soon as it is read). */
  constructor(private readonly limit: { documents: number; chars: number }, private readonly length: (item: T) => number) {}

  push(item: T): void {
    this.items.push(item);
    this.held += this.length(item);
  }

  /** The oldest item, removed. */
  shift(): T | undefined {
    const item = this.items.shift();
    if (item !== undefined) this.held -= this.length(item);
    return item;
  }

  /** The oldest item, left in place. */
  get head(): T | undefined {
    return this.items[0];
  }

  get size(): number {
    return this.items.length;
  }

  /** Whether more than a limit's worth is held, so the oldest must be taken before another is read. */
  get full(): boolean {
    return this.items.length > this.limit.documents || this.held > this.limit.chars;
  }
}
