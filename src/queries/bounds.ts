/**
 * How much one request may make SQLite read (issue 12). better-sqlite3 has neither a
 * progress handler nor `sqlite3_interrupt`: a statement, once stepped, runs to its end on
 * the event loop, and every other request waits. So work is bounded by the shape of the
 * statements, as GraphQL's cost limit bounds a query before it runs, and as Datasette
 * bounds counts and facets:
 * - a count stops at {@link QueryBounds.countLimit} rows and says whether it was exact;
 * - facets count the first {@link QueryBounds.facetSample} records of the filtered set and say
 *   whether that was all of it;
 * - a list that SQLite can only answer by sorting its candidates (no index holds its filter
 *   and sort in order) is refused with `QUERY_TOO_BROAD` when it has more than
 *   {@link QueryBounds.sortBudget} candidates, counted with the same stop;
 * - a filter whose condition is membership in a set of ids SQLite builds whole before the
 *   first row (`x IN (SELECT …)`: a place's, theme's or actor's measures) may select at most
 *   {@link QueryBounds.setLimit} ids, counted with a stop before the statement runs; beyond,
 *   `QUERY_TOO_BROAD` naming the filter. A filter answered by an ordered range is walked in
 *   order, never built as a set, and never refused.
 * A whole collection's size is the count its build stored (stored-facts.ts); a file without
 * stored facts has it counted exactly, once per process (entity.ts `onceForCollection`): one
 * pass over an index, not a sort.
 */
import type { Db } from '../db/client.js';

export interface QueryBounds {
  /** Rows a filtered count reads; beyond, the total is this number and flagged inexact. */
  countLimit: number;
  /** Records of a filtered set that facets count; beyond, the counts are of these first records in list order, flagged inexact. */
  facetSample: number;
  /** Candidates a list may sort; beyond, `QUERY_TOO_BROAD`. */
  sortBudget: number;
  /** Ids a filter's set may hold where a statement builds it whole (an `IN` list); beyond, `QUERY_TOO_BROAD`. */
  setLimit: number;
}

/**
 * The limits the server runs with. A count of 10 000 rows is a few milliseconds of index
 * reads; facets of 5 000 measures are 5 000 seeks per link table (about 7 ms per facet on
 * the 10k corpus); sorting 5 000 rows read by a filter's index about 15 ms. SQLite builds
 * an `IN` list at about 0.24 µs per id (a province's 732 103 measures at 100k documents:
 * 173 ms of CPU), so a set of 50 000 ids is about 12 ms, and counting up to it first
 * (one index range) about 4 ms (bench/request-times.ts, README "Bounded counts").
 */
export const DEFAULT_BOUNDS: QueryBounds = Object.freeze({ countLimit: 10_000, facetSample: 5_000, sortBudget: 5_000, setLimit: 50_000 });

const perDb = new WeakMap<Db, QueryBounds>();

/** Sets the bounds of queries on `db` (the app's option `queryBounds`; tests lower them). */
export function setQueryBounds(db: Db, bounds: Partial<QueryBounds>): void {
  perDb.set(db, { ...DEFAULT_BOUNDS, ...bounds });
}

/** The bounds of queries on `db`. */
export const queryBounds = (db: Db): QueryBounds => perDb.get(db) ?? DEFAULT_BOUNDS;

/** A count that stopped at its limit or not. */
export interface BoundedCount {
  /** The size of the set when `exact`; otherwise the limit, which the set exceeds. */
  total: number;
  exact: boolean;
}
