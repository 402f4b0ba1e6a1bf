/**
 * Series: figures about the same actor (or place) in the same canonical unit, across
 * documents and dates. Each record carries its points in date order, every point with its
 * provenance, so a timeline (or the series card) is one read.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Batch, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { columnFacet, referenceFacet } from './facets.js';
import { enumFilter, locationFilter, numberFilter, refFilter, type FilterValues } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { relation } from './related.js';
import { seriesSchema } from './shapes.js';
import { summaryRefs } from './refs.js';
import { code, staticText } from './sql.js';

/** Display name of the series aliased `alias`: its subject and unit kind ("Verkeerspolitie Oost: staff"). */
const seriesName = (alias: string) => {
  const series = code(alias);
  return sql`coalesce((SELECT name FROM actors WHERE id = ${series}.actor_id), (SELECT name FROM locations WHERE id = ${series}.location_id)) || ': ' || ${series}.unit_kind`;
};

/** Display name of the series aliased `s` (a summary's record), as text for the summary template. */
export const seriesNameSql = staticText(seriesName('s'));

/**
 * The points of series `se` as a JSON array: undated points first, then by reference date;
 * points of one date in document and text order. Nothing is merged or averaged.
 */
const points: Batch = {
  key: 'se.id',
  from: 'figures f JOIN documents d ON d.id = f.document_id',
  on: (id) => sql`f.series_id = ${id}`,
  row: {
    figure: { object: { id: 'f.id', name: 'f.quote', url: 'f.id' } },
    value: 'f.value',
    valueMax: 'f.value_max',
    normalizedValue: 'f.normalized_value',
    unit: 'f.unit',
    status: 'f.status',
    referenceDate: 'f.reference_date',
    documentDate: 'd.date',
    subject: 'f.subject',
    provenance: { object: { document: 'f.document_id', start: 'f.start', end: 'f."end"', quote: 'f.quote', page: 'f.page' } },
  },
  order: "coalesce(f.reference_date, ''), f.document_id, f.start",
  many: true,
};

export const series: Entity<typeof seriesSchema, 'series'> = {
  collection: 'series',
  schema: seriesSchema,
  table: 'series',
  withoutRowid: true,
  alias: 'se',
  columns: {
    ...historyColumns('series', 'se.id'),
    ...tableColumns(t.series, 'se', ['id', 'unitKind', 'points', 'firstDate', 'lastDate']),
    url: linkColumn('series', 'se.id'),
    name: { sql: seriesName('se') },
    actor: summaryColumn('actors', 'se.actor_id'),
    location: summaryColumn('locations', 'se.location_id'),
    data: { batch: points, refs: { figure: summaryRefs('figures') } },
    figuresUrl: linkColumn('series', 'se.id', 'figures'),
    embedUrl: { sql: sql`se.id`, refs: (id: string) => ({ collection: 'series', id, card: true }) },
  },
  sorts: { id: 'se.id', points: 'se.points', unitKind: 'se.unit_kind', firstDate: "coalesce(se.first_date, '')", lastDate: "coalesce(se.last_date, '')" },
  defaultSort: 'id',
  filters: {
    modifiedSince: modifiedSinceFilter('series', sql`se.id`),
    actor: refFilter('actors', 'actor', (id) => sql`se.actor_id = ${id}`, 'About this actor (id).'),
    location: locationFilter(
      (id) => sql`(se.location_id IN (SELECT location_id FROM location_ancestors WHERE ancestor_id = ${id}) OR se.actor_id IN (SELECT id FROM actors WHERE location_id IN (SELECT location_id FROM location_ancestors WHERE ancestor_id = ${id})))`,
      'About this place, or about an actor seated in it.',
    ),
    unitKind: enumFilter(t.series.unitKind.enumValues, (value) => sql`se.unit_kind = ${value}`, 'Canonical unit of the figures.'),
    minPoints: numberFilter((value) => sql`se.points >= ${value}`, 'At least this many figures.'),
  },
  facets: {
    unitKind: columnFacet('series', 'unit_kind'),
    actor: referenceFacet('series', 'actor_id', 'actors'),
  },
};

/** One series, or null. */
export const getSeries = (db: Db, id: string) => getRecord(db, series, id);
/** A page of series matching `filters`. */
export const listSeries = (db: Db, filters: FilterValues, page: PageRequest) => listRecords(db, series, filters, page);
/** Series (their `fields`) by id, aligned with `ids`. */
export const seriesByIds = (db: Db, ids: readonly string[], fields?: Fields) => recordsByIds(db, series, ids, fields);
/** The series about each actor. */
export const seriesOfActor = relation(series, { where: sql`se.actor_id = j.value` });
