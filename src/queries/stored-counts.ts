/**
 * Counts and facets of large filtered sets, stored by the build (table `stored_counts`, see
 * src/db/schema.ts) and read here. Counting a province's measures (732 103 at 100 000
 * documents) or their themes reads the whole set; the live count and facets are therefore
 * bounded (bounds.ts: a count up to 10 000, facets of the first 5 000 records) and say so.
 * For the sets the build stores — a whole collection, and each record of a stored filter
 * (FilterDef `table`, Entity `storedCounts`) whose set holds more than a minimum — the size
 * and every facet are exact, and a request whose filters are exactly one such record reads
 * them with one range of the table's primary key. The build computes them (store-counts.ts,
 * above the entity engine); this module is below it: the engine reads through it.
 *
 * What the rows hold is described by a `meta` row ({@link STORED_COUNTS_KEY}): the facet
 * limit they were cut at, the minimum, and per collection the filters and facets stored. A
 * file without that row (built before, or by other code) has none, and every count is live;
 * a set of a stored filter without rows is within the minimum, counted live, exactly within
 * the default bounds.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { FACET_LIMIT } from './facets.js';
import { statement } from './sql.js';
import { oncePerConnection, storedMetaJson } from './stored-meta.js';

/** The `meta` key describing the stored counts (JSON, {@link storedCountsDescriptionSchema}). */
export const STORED_COUNTS_KEY = 'stored_counts';

/**
 * Records a filter's set must hold, more than this, for the build to store its counts:
 * a smaller set is counted live exactly (below the count limit and the facet sample of the
 * default bounds) in about a millisecond per facet.
 */
export const STORED_COUNTS_MINIMUM = 1_000;

export const storedCountsDescriptionSchema = z.strictObject({
  /** Values kept per facet: the rows are a list's facets as FACET_LIMIT cut them then. */
  facetLimit: z.number().int(),
  /** Sets of at most this many records have no rows. */
  minimum: z.number().int(),
  /** Per collection, the filters whose records' sets are stored and the facets stored for each set. */
  collections: z.record(z.string(), z.strictObject({ filters: z.array(z.string()), facets: z.array(z.string()) })),
});
export type StoredCountsDescription = z.infer<typeof storedCountsDescriptionSchema>;

/** One stored set: `filter` and `key` empty for the whole collection. */
export interface StoredSet {
  collection: string;
  filter: string;
  key: string;
}

/** The whole collection as a stored set. */
export const wholeSet = (collection: string): StoredSet => ({ collection, filter: '', key: '' });

/** A row of `stored_counts` as the build writes it. */
export interface StoredCountRow extends StoredSet {
  /** The facet, or `''` for the row holding the set's size. */
  facet: string;
  value: string;
  name: string;
  count: number;
}

/** The description of the stored counts of the file, or undefined when it has none this code reads (another facet limit, another format). */
function readDescription(db: Db): StoredCountsDescription | undefined {
  const description = storedMetaJson(db, STORED_COUNTS_KEY, storedCountsDescriptionSchema);
  return description?.facetLimit === FACET_LIMIT ? description : undefined;
}

/** The description of the stored counts of the file `db` reads, read once per connection. */
export const storedCountsDescription = oncePerConnection(readDescription);

/** Whether the file stores the sets of `filter` ('' for the whole collection) of `collection`, with every facet of `facets`. */
function stores(db: Db, set: StoredSet, facets: readonly string[]): boolean {
  const stored = storedCountsDescription(db)?.collections[set.collection];
  return stored !== undefined && (set.filter === '' || stored.filters.includes(set.filter)) && facets.every((f) => stored.facets.includes(f));
}

/**
 * The stored size of `set` and the stored values of each of `facets` (most frequent first,
 * then by value, as a live facet lists them), from one range of the primary key; undefined
 * when the file does not store this set (within the minimum) or these facets.
 */
export function storedCounts(db: Db, set: StoredSet, facets: readonly string[]): { size: number; facets: Record<string, Array<{ value: string; name: string; count: number }>> } | undefined {
  if (!stores(db, set, facets)) return undefined;
  // Rows read raw (arrays): about a quarter cheaper than objects for a province's 120 rows.
  const { stmt, params } = statement(db, sql`SELECT facet, value, name, count FROM stored_counts WHERE collection = ${set.collection} AND filter = ${set.filter} AND key = ${set.key} AND facet IN (SELECT value FROM json_each(${JSON.stringify(['', ...facets])})) ORDER BY facet, count DESC, value`);
  const found = stmt.raw(true).all(...params) as Array<[facet: string, value: string, name: string, count: number]>;
  const size = found.find(([facet]) => facet === '');
  if (size === undefined) return undefined;
  const byFacet: Record<string, Array<{ value: string; name: string; count: number }>> = Object.fromEntries(facets.map((f) => [f, []]));
  for (const [facet, value, name, count] of found) if (facet !== '') byFacet[facet]!.push({ value, name, count });
  return { size: size[3], facets: byFacet };
}
