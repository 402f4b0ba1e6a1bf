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
