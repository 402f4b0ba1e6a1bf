/**
 * Facet definitions and their SQL. A facet counts the records of the filtered set per
 * value of a field or related record. Counting comes first, on the narrowest rows that
 * hold the value (a column of the listed table, a link table): over the whole collection
 * that is one scan of an index, with no set of ids built; the display names of the values
 * kept (at most {@link FACET_LIMIT}) are joined afterwards.
 */
import { sql, type SQL } from 'drizzle-orm';

/** Values returned per facet, most frequent first; the rest are left off (documented on the `facet` parameter). */
export const FACET_LIMIT = 100;

/** One facet of an entity, its parts as SQL written in code. */
export interface Facet {
  /** The rows counted, one per record and value: the listed table or a link table, with any joins. */
  from: SQL;
  /** The column of `from` holding the listed record's id, matched against the filtered set. */
  idColumn: SQL;
  /** The counted value. */
  value: SQL;
  /** The table whose `id` the value is, and its column to show as the value's name; without it, the value names itself. */
  names?: { table: string; column: string };
}

/** Counts per `value` of `from` (see {@link Facet}). */
export const facet = (definition: Facet): Facet => definition;

/**
 * The statement of `f` over the records whose ids `set` selects, or over the whole
 * collection when `set` is null: rows `value, name, count`, most frequent first.
 */
export function facetSql(f: Facet, set: SQL | null): SQL {
  const inSet = set === null ? sql`` : sql`${f.idColumn} IN (${set}) AND `;
  const counts = sql`SELECT ${f.value} AS value, count(*) AS count FROM ${f.from} WHERE ${inSet}${f.value} IS NOT NULL GROUP BY ${f.value} ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`;
  if (f.names === undefined) return sql`SELECT value, value AS name, count FROM (${counts}) ORDER BY count DESC, value`;
  return sql`SELECT c.value AS value, n.${sql.identifier(f.names.column)} AS name, c.count AS count FROM (${counts}) c JOIN ${sql.identifier(f.names.table)} n ON n.id = c.value ORDER BY c.count DESC, c.value`;
}

/**
 * The statement of several facets over one set of records: the set built once (a materialised
 * common table expression: each `IN (set)` would build it again, walking the filtered records
 * once per facet), each facet counted over it as {@link facetSql} counts it. Rows `facet` (the
 * facet's index in `facets`), `value, name, count`: each facet's values most frequent first.
 */
export function facetsOfSetSql(facets: readonly Facet[], set: SQL): SQL {
  const arms = facets.map((f, i) => sql`SELECT ${sql.raw(String(i))} AS facet, value, name, count FROM (${facetSql(f, sql`SELECT id FROM facet_set`)})`);
  return sql`WITH facet_set(id) AS MATERIALIZED (${set}) ${sql.join(arms, sql` UNION ALL `)} ORDER BY facet, count DESC, value`;
}

/** Counts per value of a column of the listed table itself. */
export const columnFacet = (table: string, column: string): Facet => facet({ from: sql`${sql.identifier(table)} x`, idColumn: sql`x.id`, value: sql`x.${sql.identifier(column)}` });

/** Counts per related record of `target` referenced by `column` of the listed table (`name` as display name). */
export const referenceFacet = (table: string, column: string, target: string, name = 'name'): Facet =>
  facet({ ...columnFacet(table, column), names: { table: target, column: name } });

/**
 * Theme, location and actor facets of records tied to a measure. For measures themselves
 * (no `through`) the link tables alone are counted; for a table tied to measures,
 * `through.from` is that table aliased `x` and `through.measureId` its measure column.
 */
export function measureLinkFacets(through?: { from: SQL; measureId: SQL }): Record<'theme' | 'location' | 'actor', Facet> {
  const link = (table: string, column: string, target: string, name: string): Facet => {
    const names = { table: target, column: name };
    const value = sql`l.${sql.identifier(column)}`;
    return through === undefined
      ? facet({ from: sql`${sql.identifier(table)} l`, idColumn: sql`l.measure_id`, value, names })
      : facet({ from: sql`${through.from} JOIN ${sql.identifier(table)} l ON l.measure_id = ${through.measureId}`, idColumn: sql`x.id`, value, names });
  };
  return {
    theme: link('measure_themes', 'theme_id', 'themes', 'label_nl'),
    location: link('measure_locations', 'location_id', 'locations', 'name'),
    actor: link('measure_actors', 'actor_id', 'actors', 'name'),
  };
}
