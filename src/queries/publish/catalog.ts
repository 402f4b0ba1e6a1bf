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

/** The municipalities of the catalogue, by name: bounded by the gazetteer, read from the documents' and programmes' scopes. */
export const catalogCities = (db: Db): City[] => rows<City>(db, sql`${citiesSql} ORDER BY name`);

/**
 * First and last day covered by the dates stated in the data (document dates, figure
 * reference dates), null without any. Reads every figure: the build stores it (facts.ts).
 */
export function datePeriod(db: Db): CatalogFacts['period'] {
  const dates = firstColumn<string>(db, sql`SELECT date FROM documents WHERE date IS NOT NULL UNION SELECT reference_date FROM figures WHERE reference_date IS NOT NULL`);
  if (dates.length === 0) return null;
  const starts = dates.map(firstDayOf).sort();
  const ends = dates.map(lastDayOf).sort();
  return { start: starts[0]!, end: ends[ends.length - 1]! };
}
