/** Themes: the policy themes assigned to measures. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { ApiError } from '../errors.js';
import { queryBounds } from './bounds.js';
import { boundedFacets, getRecord, linkColumn, listRecords, recordsByIds, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { relation } from './related.js';
import { anyOf, locationFilter, refFilter, textFilter, type FilterDef, type FilterValues } from './filters.js';
import { measures, measuresInLocation } from './measures.js';
import { storedCounts } from './stored-counts.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { themeSchema } from './shapes.js';

/** Theme filters that are filters of measures: a listed theme's `measureCount` counts the measures meeting them. */
const MEASURE_FILTERS = ['location', 'actor', 'programme', 'document'] as const;

/**
 * `measureCount` over the filtered measures: with `location=gent`, the Ghent measures of
 * each theme — the `total` of `/v1/themes/{id}/measures?location=gent` — as the measures'
 * theme facet counts them: for exactly one place, theme or actor whose large set the build
 * counted, read from the stored counts (stored-counts.ts); otherwise counted live, exactly
 * or not at all: a set past the facet sample (counted on its first records only) is refused
 * (`QUERY_TOO_BROAD`) rather than shown as counts that look exact. Without measure filters
 * the stored count stands.
 */
function filteredMeasureCounts(db: Db, filters: FilterValues): ((record: Record<string, unknown>) => void) | undefined {
  const measureFilters = Object.fromEntries(MEASURE_FILTERS.filter((name) => filters[name] !== undefined).map((name) => [name, filters[name]]));
  const [parameter] = Object.keys(measureFilters);
  if (parameter === undefined) return undefined;
  const { facets, exact } = boundedFacets(db, measures, measureFilters, ['theme']);
  if (!exact) {
    throw new ApiError('QUERY_TOO_BROAD', `The measures these filters select are more than ${queryBounds(db).facetSample}: each theme's measureCount among them would count them all. Narrow the filters, or use /v1/measures with these filters and facet=theme, which counts a sample and says so.`, { parameter });
  }
  // Every theme with measures in the set: the themes are far fewer than a facet's values (FACET_LIMIT).
  const counts = new Map(facets.theme!.map((v) => [v.value, v.count]));
  return (record) => {
    if ('measureCount' in record) record.measureCount = counts.get(record.id as string) ?? 0;
  };
}

/** Themes assigned to a measure `m` meeting `condition`. */
const themeOfMeasures = (condition: SQL) => sql`th.id IN (SELECT mt.theme_id FROM measure_themes mt JOIN measures m ON m.id = mt.measure_id WHERE ${condition})`;

/**
 * A theme filter by a record of a measure filter whose large sets the build counts (`measureFilter`
 * of measures' `storedCounts`): themes assigned to one of its measures are the values of the
 * stored theme facet of its set when it has one (no measure read), else read from the links
 * (`live`: a set within the stored minimum, or a file without stored counts).
 */
function storedThemeFilter(def: FilterDef, measureFilter: string, live: (id: string) => SQL): FilterDef {
  return {
    ...def,
    where: (db, value, parameter) => anyOf(def.ids!(db, value, parameter).map((id) => {
      const stored = storedCounts(db, { collection: measures.collection, filter: measureFilter, key: id }, ['theme']);
      return stored === undefined ? live(id) : sql`th.id IN (SELECT value FROM json_each(${JSON.stringify(stored.facets.theme!.map((v) => v.value))}))`;
    })),
  };
}

const themesInLocation = (id: string) => themeOfMeasures(sql`m.id IN (${measuresInLocation(id)})`);
const themesOfActor = (id: string) => themeOfMeasures(sql`m.id IN (SELECT measure_id FROM measure_actors WHERE actor_id = ${id})`);

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
    // The whole collection's theme facet as the build stored it (stored-counts.ts: one seek),
    // else counted: every theme's count read all of measure_themes (86 ms at 10k documents).
    measureCount: { sql: sql`coalesce((SELECT count FROM stored_counts WHERE collection = 'measures' AND filter = '' AND key = '' AND facet = 'theme' AND value = th.id), (SELECT count(*) FROM measure_themes WHERE theme_id = th.id))` },
    measuresUrl: linkColumn('themes', 'th.id', 'measures'),
  },
  sorts: { id: 'th.id', name: 'th.label_nl', labelEn: 'th.label_en' },
  defaultSort: 'id',
  filters: {
    modifiedSince: modifiedSinceFilter('themes', sql`th.id`),
    location: storedThemeFilter(locationFilter(themesInLocation, 'Assigned to a measure tied to this place.'), 'location', themesInLocation),
    actor: storedThemeFilter(refFilter('actors', 'actor', themesOfActor, 'Assigned to a measure naming this actor (id).'), 'actor', themesOfActor),
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
