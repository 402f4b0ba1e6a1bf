/**
 * Facet SQL builders. A facet counts the records of the filtered set (`:set`, a
 * subquery of ids substituted by the engine) per value of a field or related record.
 */
import type { FacetSql } from './entity.js';

/** Counts per `value` (with display `name`) over `from`, whose `idColumn` is the listed record's id. */
export const facet = (value: string, name: string, from: string, idColumn: string): FacetSql =>
  `SELECT ${value} AS value, ${name} AS name, count(*) AS count FROM ${from} WHERE ${idColumn} IN (:set) AND ${value} IS NOT NULL GROUP BY ${value}`;

/** Counts per value of a column of the listed table itself. */
export const columnFacet = (table: string, column: string): FacetSql => facet(`x.${column}`, `x.${column}`, `${table} x`, 'x.id');

/** Counts per related record of `table` referenced by `column` of the listed table (`name` as display name). */
export const referenceFacet = (table: string, column: string, target: string, name = 'name'): FacetSql =>
  facet('r.id', `r.${name}`, `${table} x JOIN ${target} r ON r.id = x.${column}`, 'x.id');

/**
 * Theme, location and actor facets of records tied to a measure: `from` is the listed
 * table aliased `x`, `measureId` the column of `x` holding the measure id.
 */
export function measureLinkFacets(from: string, measureId: string): Record<'theme' | 'location' | 'actor', FacetSql> {
  return {
    theme: facet('r.id', 'r.label_nl', `${from} JOIN measure_themes l ON l.measure_id = ${measureId} JOIN themes r ON r.id = l.theme_id`, 'x.id'),
    location: facet('r.id', 'r.name', `${from} JOIN measure_locations l ON l.measure_id = ${measureId} JOIN locations r ON r.id = l.location_id`, 'x.id'),
    actor: facet('r.id', 'r.name', `${from} JOIN measure_actors l ON l.measure_id = ${measureId} JOIN actors r ON r.id = l.actor_id`, 'x.id'),
  };
}
