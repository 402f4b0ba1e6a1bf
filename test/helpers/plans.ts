/**
 * Query-plan checks shared by the tests that hold statements to their indexes.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../../src/db/client.js';

/** The steps of a statement's query plan (`EXPLAIN QUERY PLAN`), in order. */
export const planOf = (db: Db, sql: string, params: readonly unknown[]): string[] =>
  (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((s) => s.detail);

/**
 * The steps that read a table whole or build an index on the fly: what a statement must not do
 * to a table that grows with the data. Two scans are fine: the page's keys (`json_each`, alias
 * `j`) and the builds table (alias `b`, one row per build of the dataset, not per record): with the
 * single row of a fresh build, SQLite rightly reads it whole rather than by its primary key, which
 * it uses once there are a few builds.
 */
export const dataScans = (plan: readonly string[]): string[] => plan.filter((step) => /^SCAN (?!j\b|b\b)|AUTOMATIC/.test(step));

/** A statement run, with its parameters. */
export interface StatementRun {
  sql: string;
  params: unknown[];
}

/**
 * The statements `read` runs (stepped through `all`, `get` or `iterate` of the shared
 * Statement prototype; plans asked with EXPLAIN left out) whose text matches `table`, in
 * order, with their parameters: what a request makes SQLite read, not what it prepares.
 */
export function statementsOn(database: Db, table: RegExp, read: () => unknown): StatementRun[] {
  const proto = Object.getPrototypeOf(database.$client.prepare('SELECT 1')) as Database.Statement;
  const originals = { all: proto.all, get: proto.get, iterate: proto.iterate };
  const seen: StatementRun[] = [];
  for (const method of ['all', 'get', 'iterate'] as const) {
    const original = originals[method] as (...params: unknown[]) => unknown;
    (proto as unknown as Record<string, unknown>)[method] = function (this: Database.Statement, ...params: unknown[]) {
      if (table.test(this.source) && !this.source.startsWith('EXPLAIN')) seen.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  try {
    read();
  } finally {
    Object.assign(proto, originals);
  }
  return seen;
}
