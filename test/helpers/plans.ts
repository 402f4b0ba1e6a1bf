/**
 * Query-plan checks shared by the tests that hold statements to their indexes.
 */
import type { Db } from '../../src/db/client.js';
import { statementRuns, type StatementRun } from './statements.js';

export type { StatementRun };

/** The steps of a statement's query plan (`EXPLAIN QUERY PLAN`), in order. */
export const planOf = (db: Db, sql: string, params: readonly unknown[]): string[] =>
  (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((s) => s.detail);

/**
 * The steps that read a table whole or build an index on the fly: what a statement must not do
 * to a table that grows with the data. Two scans are fine: the page's keys (`json_each`, alias
 * `j`) and the builds table (aliases `b`, and `fb`/`lb` for a record's first and last build; one
 * row per build of the dataset, not per record): with the single row of a fresh build, SQLite
 * rightly reads it whole rather than by its primary key, which it uses once there are a few builds.
 */
export const dataScans = (plan: readonly string[]): string[] => plan.filter((step) => /^SCAN (?!j\b|[fl]?b\b)|AUTOMATIC/.test(step));

/**
 * The statements `read` runs (stepped through `all`, `get` or `iterate` of the shared
 * Statement prototype; plans asked with EXPLAIN left out) whose text matches `table`, in
 * order, with their parameters: what a request makes SQLite read, not what it prepares.
 */
export function statementsOn(table: RegExp, read: () => unknown): StatementRun[] {
  return statementRuns(['all', 'get', 'iterate'], read).filter((r) => table.test(r.sql) && !r.sql.startsWith('EXPLAIN'));
}
