/**
 * The statements run on any better-sqlite3 connection while a function runs, recorded by
 * wrapping the methods of the shared Statement prototype for that time: the one recorder of
 * the tests (`statementsRun` for texts, `plans.ts` `statementsOn` for one table's reads).
 */
import Database from 'better-sqlite3';

type Method = 'all' | 'get' | 'iterate' | 'run';
type Run = (...params: unknown[]) => unknown;

/** A statement run, with its parameters. */
export interface StatementRun {
  sql: string;
  params: unknown[];
}

/** Wraps `methods` of the Statement prototype so each call is passed to `seen`; returns the undo. */
function wrapStatements(methods: readonly Method[], seen: (run: StatementRun) => void): () => void {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<Method, Run>;
  probe.close();
  const originals = Object.fromEntries(methods.map((m) => [m, proto[m]])) as Partial<Record<Method, Run>>;
  for (const m of methods) {
    const original = originals[m]!;
    proto[m] = function (this: Database.Statement, ...params: unknown[]) {
      seen({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  return () => Object.assign(proto, originals);
}

/** The statements `run` runs synchronously through `methods`, in order, with their parameters. */
export function statementRuns(methods: readonly Method[], run: () => unknown): StatementRun[] {
  const seen: StatementRun[] = [];
  const undo = wrapStatements(methods, (r) => seen.push(r));
  try {
    run();
  } finally {
    undo();
  }
  return seen;
}

/** The statement texts run (`all`, `get`, `iterate`, `run`) while `run` runs (awaited). */
export async function statementsRun(run: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const undo = wrapStatements(['all', 'get', 'iterate', 'run'], (r) => seen.push(r.sql));
  try {
    await run();
  } finally {
    undo();
  }
  return seen;
}
