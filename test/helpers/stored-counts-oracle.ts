/**
 * The stored counts as the per-record path computed them before they were computed set-based
 * (src/queries/store-counts.ts): for each collection with facets its whole set, then for each
 * record of each stored filter, in id order, its set counted and, when above the minimum, its
 * size and every facet read by the live statements a request runs, without bounds. The oracle
 * the set-based rows and the rows kept by difference are compared with.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../src/db/schema.js';
import { collectionEntities } from '../../src/queries/collections.js';
import { boundedCount, boundedFacets } from '../../src/queries/entity.js';
import { STORED_COUNTS_KEY, type StoredCountRow } from '../../src/queries/stored-counts.js';
import { statement } from '../../src/queries/sql.js';
import { sql } from 'drizzle-orm';
import { withBoundsOn } from './bounds.js';

/** A row of `stored_counts`. */
export type CountRow = StoredCountRow;

const UNBOUNDED = { countLimit: Number.MAX_SAFE_INTEGER, facetSample: Number.MAX_SAFE_INTEGER, sortBudget: Number.MAX_SAFE_INTEGER, setLimit: Number.MAX_SAFE_INTEGER };

/** The rows of `stored_counts` of the file at `path` in storage (rowid) order. */
export function storedCountRows(path: string): CountRow[] {
  const raw = new Database(path, { readonly: true });
  try {
    return raw.prepare('SELECT collection, filter, key, facet, value, name, count FROM stored_counts ORDER BY rowid').all() as CountRow[];
  } finally {
    raw.close();
  }
}

/**
 * The rows the per-record path computes for the file at `path` (its tables read on a
 * connection of a copy in memory without stored counts, so every count and facet is live).
 */
export function perRecordRows(path: string, minimum: number): CountRow[] {
  const source = new Database(path, { readonly: true });
  const raw = new Database(source.serialize());
  source.close();
  raw.prepare('DELETE FROM meta WHERE key = ?').run(STORED_COUNTS_KEY);
  raw.exec('DELETE FROM stored_counts');
  const db = drizzle(raw, { schema });
  try {
    return withBoundsOn(db, UNBOUNDED, () => {
      const out: CountRow[] = [];
      for (const e of Object.values(collectionEntities).filter((x) => Object.keys(x.facets).length > 0)) {
        const names = Object.keys(e.facets);
        const rowsOf = (filter: string, key: string, filters: Record<string, string>, size: number) => {
          out.push({ collection: e.collection, filter, key, facet: '', value: '', name: '', count: size });
          for (const [facet, values] of Object.entries(boundedFacets(db, e, filters, names).facets)) {
            for (const v of values) out.push({ collection: e.collection, filter, key, facet, value: String(v.value), name: String(v.name), count: v.count });
          }
        };
        rowsOf('', '', {}, raw.prepare(`SELECT count(*) FROM "${e.table}"`).pluck().get() as number);
        for (const name of e.storedCounts ?? []) {
          const def = e.filters[name]!;
          for (const key of raw.prepare(`SELECT id FROM "${def.table!}" ORDER BY id`).pluck().all() as string[]) {
            const members = def.sets!(db, key as never, name).reduce((n, set) => {
              const { stmt, params } = statement(db, sql`SELECT count(*) FROM (${set})`);
              return n + (stmt.pluck().get(...params) as number);
            }, 0);
            if (def.setsOfListed !== true || members <= minimum) continue;
            rowsOf(name, key, { [name]: key }, boundedCount(db, e, { [name]: key }, Number.MAX_SAFE_INTEGER).total);
          }
        }
      }
      return out;
    });
  } finally {
    raw.close();
  }
}
