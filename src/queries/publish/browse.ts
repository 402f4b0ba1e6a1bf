/** What the browse pages read beyond the entity modules: the cities of the home page with their programme counts. */
import type { Db } from '../../db/client.js';
import { citiesSql, type City } from './catalog.js';

export interface CityProgrammes extends City {
  /** Programmes about the city or a place inside it (as the programmes' `location` filter counts them). */
  programmes: number;
}

/** Every city of the catalogue with its number of programmes, by name, in one grouped statement. */
export function citiesWithProgrammeCounts(db: Db): CityProgrammes[] {
  return db.$client
    .prepare(
      `SELECT c.id, c.name, c.nisCode, count(DISTINCT pl.programme_id) AS programmes
       FROM (${citiesSql}) c
       LEFT JOIN location_ancestors la ON la.ancestor_id = c.id
       LEFT JOIN programme_locations pl ON pl.location_id = la.location_id
       GROUP BY c.id, c.name, c.nisCode
       ORDER BY c.name`,
    )
    .all() as CityProgrammes[];
}
