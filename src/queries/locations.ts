/** Locations: the place tree, from continent to street. */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Batch, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { relation } from './related.js';
import { columnFacet } from './facets.js';
import { enumFilter, locationFilter, refFilter, textFilter, type FilterValues } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { locationSchema } from './shapes.js';
import { summaryRefs } from './refs.js';

/**
 * The police zone serving a place today: the current zone of the place itself or of the
 * nearest place it lies in (a district → its city's zone); null above municipalities.
 */
const policeZone: Batch = {
  key: 'l.id',
  from: 'location_ancestors la JOIN actor_areas x ON x.location_id = la.ancestor_id AND x."end" IS NULL JOIN actors z ON z.id = x.actor_id AND z.kind = \'police_zone\'',
  on: (id) => sql`la.location_id = ${id}`,
  row: { id: 'z.id', name: 'z.name', url: 'z.id' },
  order: 'la.depth, z.id',
  many: false,
};

export const locations: Entity<typeof locationSchema, 'locations'> = {
  collection: 'locations',
  schema: locationSchema,
  table: 'locations',
  alias: 'l',
  columns: {
    ...historyColumns('locations', 'l.id'),
    ...tableColumns(t.locations, 'l', ['id', 'name', 'kind', 'nisCode', 'lat', 'lon', 'aliases']),
    url: linkColumn('locations', 'l.id'),
    parent: summaryColumn('locations', 'l.parent_id'),
    policeZone: { batch: policeZone, refs: summaryRefs('actors') },
    measuresUrl: linkColumn('locations', 'l.id', 'measures'),
    mentionsUrl: linkColumn('locations', 'l.id', 'mentions'),
  },
  sorts: { id: 'l.id', name: 'l.name', kind: 'l.kind', nisCode: "coalesce(l.nis_code, '')" },
  defaultSort: 'id',
  filters: {
    modifiedSince: modifiedSinceFilter('locations', sql`l.id`),
    kind: enumFilter(t.locations.kind.enumValues, (value) => sql`l.kind = ${value}`, 'Kind of place.'),
    location: locationFilter((id) => sql`l.id IN (SELECT location_id FROM location_ancestors WHERE ancestor_id = ${id})`, 'This place and everything inside it.'),
    parent: refFilter('locations', 'location', (id) => sql`l.parent_id = ${id}`, 'Directly inside this place (id).'),
    document: refFilter('documents', 'document', (id) => sql`l.id IN (SELECT location_id FROM mentions WHERE document_id = ${id})`, 'Named in this document (id).'),
    theme: refFilter('themes', 'theme', (id) => sql`l.id IN (SELECT ml.location_id FROM measure_locations ml JOIN measure_themes mt ON mt.measure_id = ml.measure_id WHERE mt.theme_id = ${id})`, 'Tied to a measure with this theme (id).'),
    q: textFilter('location', sql`l.id`),
  },
  facets: { kind: columnFacet('locations', 'kind') },
};

/** One location, or null. */
export const getLocation = (db: Db, id: string) => getRecord(db, locations, id);
/** A page of locations matching `filters`. */
export const listLocations = (db: Db, filters: FilterValues, page: PageRequest) => listRecords(db, locations, filters, page);
/** Locations (their `fields`) by id, aligned with `ids`. */
export const locationsByIds = (db: Db, ids: readonly string[], fields?: Fields) => recordsByIds(db, locations, ids, fields);
/** Places each measure is tied to, with how (`via`). */
export const locationsOfMeasure = relation(locations, sql`measure_locations x ON x.measure_id = j.value JOIN locations l ON l.id = x.location_id`, { via: { sql: sql`x.via` } });
/** Places directly inside each location. */
export const childrenOfLocation = relation(locations, { where: sql`l.parent_id = j.value` });
