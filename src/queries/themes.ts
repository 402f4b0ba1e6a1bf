/** Themes: the policy themes assigned to measures. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { relation } from './related.js';
import { locationFilter, refFilter, textFilter, whereFragment, type FilterValues } from './filters.js';
import { measures, measuresInLocation } from './measures.js';
import { statement } from './sql.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { themeSchema } from './shapes.js';

/** Theme filters that are filters of measures: a listed theme's `measureCount` counts the measures meeting them. */
const MEASURE_FILTERS = ['location', 'actor', 'programme', 'document'] as const;

/**
 * `measureCount` over the filtered measures: with `location=gent`, the Ghent measures of
 * each theme — the `total` of `/v1/themes/{id}/measures?location=gent` — counted for
 * every theme in one statement. Without measure filters the stored count stands.
 */
function filteredMeasureCounts(db: Db, filters: FilterValues): ((record: Record<string, unknown>) => void) | undefined {
  const measureFilters = Object.fromEntries(MEASURE_FILTERS.filter((name) => filters[name] !== undefined).map((name) => [name, filters[name]]));
  if (Object.keys(measureFilters).length === 0) return undefined;
  const where = whereFragment(db, measures.filters, measureFilters);
  const { stmt, params } = statement(db, sql`SELECT mt.theme_id AS theme, count(*) AS n FROM measure_themes mt JOIN measures m ON m.id = mt.measure_id WHERE ${where} GROUP BY mt.theme_id`);
  const counts = new Map((stmt.all(...params) as Array<{ theme: string; n: number }>).map((r) => [r.theme, r.n]));
  return (record) => {
    if ('measureCount' in record) record.measureCount = counts.get(record.id as string) ?? 0;
  };
}

/** Themes assigned to a measure `m` meeting `condition`. */
const themeOfMeasures = (condition: SQL) => sql`th.id IN (SELECT mt.theme_id FROM measure_themes mt JOIN measures m ON m.id = mt.measure_id WHERE ${condition})`;

export const themes: Entity<typeof themeSchema, 'themes'> = {
  collection: 'themes',
  schema: themeSchema,
  table: 'themes',
  alias: 'th',
  columns: {
    ...historyColumns('themes', 'th.id'),
    ...tableColumns(t.themes, 'th', ['id', 'labelNl', 'labelEn', 'cues']),
    url: linkColumn('themes', 'th.id'),
    name: { sql: sql`th.label_nl` },
    measureCount: { sql: sql`(SELECT count(*) FROM measure_themes WHERE theme_id = th.id)` },
    measuresUrl: linkColumn('themes', 'th.id', 'measures'),
  },
  sorts: { id: 'th.id', name: 'th.label_nl', labelEn: 'th.label_en' },
  defaultSort: 'id',
  filters: {
    modifiedSince: modifiedSinceFilter('themes', sql`th.id`),
    location: locationFilter((id) => themeOfMeasures(sql`m.id IN (${measuresInLocation(id)})`), 'Assigned to a measure tied to this place.'),
    actor: refFilter('actors', 'actor', (id) => themeOfMeasures(sql`m.id IN (SELECT measure_id FROM measure_actors WHERE actor_id = ${id})`), 'Assigned to a measure naming this actor (id).'),
    programme: refFilter('programmes', 'programme', (id) => themeOfMeasures(sql`m.programme_id = ${id}`), 'Assigned to a measure of this programme (id).'),
    document: refFilter('documents', 'document', (id) => themeOfMeasures(sql`m.document_id = ${id}`), 'Assigned to a measure of this document (id).'),
    q: textFilter('theme', sql`th.id`),
  },
  facets: {},
  filteredFields: filteredMeasureCounts,
};

/** One theme, or null. */
export const getTheme = (db: Db, id: string) => getRecord(db, themes, id);
/** A page of themes. */
export const listThemes = (db: Db, filters: FilterValues, page: PageRequest) => listRecords(db, themes, filters, page);
/** Themes (their `fields`) by id, aligned with `ids`. */
export const themesByIds = (db: Db, ids: readonly string[], fields?: Fields) => recordsByIds(db, themes, ids, fields);
/** Themes of each measure, with the `cues` that assigned them. */
export const themesOfMeasure = relation(themes, sql`measure_themes x ON x.measure_id = j.value JOIN themes th ON th.id = x.theme_id`, { cues: { sql: sql`x.cues`, json: true } });
