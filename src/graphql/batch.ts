/**
 * Per-request batching in the style of DataLoader: every `load` of the same batch
 * function with the same arguments issued while a level of the query resolves is
 * answered by one call — one SQL statement — with the distinct ids. Results are kept for
 * the request, so a record reached twice is read once. The dataset is read-only, so
 * caching cannot go stale.
 */
import type { Db } from '../db/client.js';

/**
 * A query-layer batch function: values aligned with `ids`. `args` are shared by the whole
 * batch (a page request, say); loads with different arguments are batched apart.
 */
export type BatchFn<V, A = void> = (db: Db, ids: readonly string[], args: A) => V[];

interface Waiter<V> {
  resolve(value: V): void;
  reject(error: unknown): void;
}

/** The pending ids and cached answers of one batch function under one set of arguments. */
class Queue<V, A> {
  private readonly answers = new Map<string, Promise<V>>();
  private pending = new Map<string, Waiter<V>>();

  constructor(
    private readonly db: Db,
    private readonly fn: BatchFn<V, A>,
    private readonly args: A,
  ) {}

  load(id: string): Promise<V> {
    const known = this.answers.get(id);
    if (known) return known;
    // nextTick runs after the microtask queue drains, i.e. after every resolver of the
    // current level has asked: that is what makes the batch one per level.
    if (this.pending.size === 0) process.nextTick(() => this.dispatch());
    const answer = new Promise<V>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.answers.set(id, answer);
    return answer;
  }

  private dispatch(): void {
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()];
    try {
      const values = this.fn(this.db, ids, this.args);
      ids.forEach((id, i) => batch.get(id)!.resolve(values[i]!));
    } catch (error) {
      for (const waiter of batch.values()) waiter.reject(error);
    }
  }
}

/** The batchers of one request, one queue per batch function and arguments. */
export class Batcher {
  private readonly queues = new Map<BatchFn<unknown, never>, Map<string, Queue<unknown, unknown>>>();

  constructor(private readonly db: Db) {}

  /**
   * The value of `fn` for `id` under `args`, batched with every other id asked for in the
   * same tick with the same arguments, i.e. the same `key` (a text naming the arguments).
   */
  load<V>(fn: BatchFn<V>, id: string): Promise<V>;
  load<V, A>(fn: BatchFn<V, A>, id: string, args: A, key: string): Promise<V>;
  load<V, A>(fn: BatchFn<V, A | undefined>, id: string, args?: A, key = ''): Promise<V> {
    let byArgs = this.queues.get(fn as BatchFn<unknown, never>);
    if (!byArgs) this.queues.set(fn as BatchFn<unknown, never>, (byArgs = new Map()));
    let queue = byArgs.get(key) as Queue<V, A | undefined> | undefined;
    if (!queue) byArgs.set(key, (queue = new Queue(this.db, fn, args)) as Queue<unknown, unknown>);
    return queue.load(id);
  }
}
