import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/client.js';

/** A GraphQL response body as the tests read it. */
export interface GqlBody {
  data?: any;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions: { code: string; [key: string]: unknown } }>;
}

/** POSTs a query to /graphql and returns status and parsed body. */
export async function gql(app: FastifyInstance, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, ...(variables ? { variables } : {}) }, headers });
  return { status: res.statusCode, body: res.json() as GqlBody, headers: res.headers };
}

/** The data of a query that must succeed. */
export async function data(app: FastifyInstance, query: string, variables?: Record<string, unknown>): Promise<any> {
  const { body } = await gql(app, query, variables);
  if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Records the SQL of every statement execution on `db` (better-sqlite3 `all`, `get`,
 * `iterate`, `run` on the shared Statement prototype) until `stop()`. Query plans asked
 * for (`EXPLAIN QUERY PLAN`: a list checks whether SQLite would sort, src/queries/bounds.ts)
 * read no data and are left out.
 */
export function recordStatements(db: Db): { sql: string[]; stop(): void } {
  const proto = Object.getPrototypeOf(db.$client.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  const sql: string[] = [];
  const methods = ['all', 'get', 'iterate', 'run'] as const;
  const originals = methods.map((m) => proto[m]!);
  methods.forEach((m, i) => {
    const original = originals[i]!;
    proto[m] = function (this: { source: string }, ...args: unknown[]) {
      if (!this.source.startsWith('EXPLAIN QUERY PLAN')) sql.push(this.source);
      return original.apply(this, args);
    };
  });
  return { sql, stop: () => methods.forEach((m, i) => (proto[m] = originals[i]!)) };
}

/** Ids of the nodes of a connection. */
export const ids = (connection: { nodes: Array<{ id: string }> }) => connection.nodes.map((n) => n.id);
