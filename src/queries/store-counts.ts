/**
 * What a build stores in `stored_counts` (stored-counts.ts: what the rows are and how a
 * request reads them): for every collection with facets, its whole set; for each entity's
 * `storedCounts` filters (the measures' place, theme and actor), the set of each record
 * holding more than the minimum; each with its exact size and every facet.
 */
import type { Db } from '../db/client.js';
import { collectionEntities } from './collections.js';
import { storedCountRows } from './entity.js';
import { FACET_LIMIT } from './facets.js';
import { STORED_COUNTS_KEY, STORED_COUNTS_MINIMUM, type StoredCountRow, type StoredCountsDescription } from './stored-counts.js';

/** The rows of `stored_counts` for the file `db` reads, and the `meta` row describing them. */
export function computeStoredCounts(db: Db, minimum = STORED_COUNTS_MINIMUM): { rows: StoredCountRow[]; meta: { key: string; value: string } } {
  const entities = Object.values(collectionEntities).filter((e) => Object.keys(e.facets).length > 0);
  const description: StoredCountsDescription = {
    facetLimit: FACET_LIMIT,
    minimum,
    collections: Object.fromEntries(entities.map((e) => [e.collection, { filters: [...(e.storedCounts ?? [])], facets: Object.keys(e.facets) }])),
  };
  return { rows: entities.flatMap((e) => storedCountRows(db, e, minimum)), meta: { key: STORED_COUNTS_KEY, value: JSON.stringify(description) } };
}
