/** The facts a DCAT catalogue states about the dataset: which cities it covers and which period. */
import { sql } from 'drizzle-orm';
import { firstDayOf, lastDayOf } from '../../text/calendar.js';
import type { Db } from '../../db/client.js';
import { firstColumn, rows } from '../sql.js';

export interface City {
  id: string;
  name: string;
  nisCode: string | null;
}

export interface CatalogFacts {
  /** Municipalities that documents or programmes are about, by name. */
  cities: City[];
  /** First and last day covered by the dates stated in the data (document dates, figure reference dates). */
  period: { start: string; end: string } | null;
}

/** The municipalities (`id`, `name`, `nisCode`) that documents or programmes are about, or that contain a place they are about. */
export const citiesSql = sql`SELECT DISTINCT l.id, l.name, l.nis_code AS nisCode
  FROM (SELECT scope_location_id AS id FROM documents UNION SELECT scope_location_id FROM programmes) s
  JOIN location_ancestors a ON a.location_id = s.id
  JOIN locations l ON l.id = a.ancestor_id AND l.kind = 'municipality'`;

/** Reads the catalogue facts; the dataset is immutable, so callers may keep the result. */
export function catalogFacts(db: Db): CatalogFacts {
  const cities = rows<City>(db, sql`${citiesSql} ORDER BY name`);
  const dates = firstColumn<string>(db, sql`SELECT date FROM documents WHERE date IS NOT NULL UNION SELECT reference_date FROM figures WHERE reference_date IS NOT NULL`);
  if (dates.length === 0) return { cities, period: null };
  const starts = dates.map(firstDayOf).sort();
  const ends = dates.map(lastDayOf).sort();
  return { cities, period: { start: starts[0]!, end: ends[ends.length - 1]! } };
}
