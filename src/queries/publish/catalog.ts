/** The facts a DCAT catalogue states about the dataset: which cities it covers and which period. */
import type { Db } from '../../db/client.js';

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
export const citiesSql = `SELECT DISTINCT l.id, l.name, l.nis_code AS nisCode
  FROM (SELECT scope_location_id AS id FROM documents UNION SELECT scope_location_id FROM programmes) s
  JOIN location_ancestors a ON a.location_id = s.id
  JOIN locations l ON l.id = a.ancestor_id AND l.kind = 'municipality'`;

/** Reads the catalogue facts; the dataset is immutable, so callers may keep the result. */
export function catalogFacts(db: Db): CatalogFacts {
  const cities = db.$client.prepare(`${citiesSql} ORDER BY name`).all() as City[];
  const dates = db.$client
    .prepare('SELECT date FROM documents WHERE date IS NOT NULL UNION SELECT reference_date FROM figures WHERE reference_date IS NOT NULL')
    .pluck()
    .all() as string[];
  if (dates.length === 0) return { cities, period: null };
  const starts = dates.map(firstDay).sort();
  const ends = dates.map(lastDay).sort();
  return { cities, period: { start: starts[0]!, end: ends[ends.length - 1]! } };
}

/** "2023" → "2023-01-01", "2023-03" → "2023-03-01". */
function firstDay(date: string): string {
  return (date + '-01-01').slice(0, 10);
}

/** "2023" → "2023-12-31", "2018-02" → "2018-02-28": a reduced-precision date covers its whole year or month. */
function lastDay(date: string): string {
  if (date.length >= 10) return date.slice(0, 10);
  const [year, month = 12] = date.split('-').map(Number) as [number, number?];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
