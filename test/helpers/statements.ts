/**
 * The statements run on any better-sqlite3 connection while a function runs: the texts of
 * every `all`, `get`, `iterate` and `run`, in order, recorded by wrapping the methods of
 * the statement prototype for that time.
 */
import Database from 'better-sqlite3';

type Run = (...params: unknown[]) => unknown;

/** The statement texts run while `run` runs (awaited). */
export async function statementsRun(run: () => unknown): Promise<string[]> {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'all' | 'get' | 'iterate' | 'run', Run>;
  probe.close();
  const methods = ['all', 'get', 'iterate', 'run'] as const;
  const originals = Object.fromEntries(methods.map((m) => [m, proto[m]])) as typeof proto;
  const seen: string[] = [];
  for (const m of methods) {
    proto[m] = function (this: Database.Statement, ...params: unknown[]) {
      seen.push(this.source);
      return originals[m].apply(this, params);
    };
  }
  try {
    await run();
  } finally {
    Object.assign(proto, originals);
  }
  return seen;
}
