/** Programmes: election programmes, coalition agreements and plans, grouping documents. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Column, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { columnFacet, facet, referenceFacet } from './facets.js';
import { dateRange, locationFilter, refFilter, textFilter, vocabularyFilter, type FilterValues } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { programmeSchema } from './shapes.js';
import { documentKinds } from '../vocabulary.js';
import type { EntityCollection } from './dataset.js';
import { summaryRefs } from './refs.js';

/** Summaries of the records `r` of `target` in `from` meeting `on` for the programme's id, in id order. */
const summaries = (from: string, on: (id: SQL) => SQL, name: string, target: EntityCollection): Column => ({
  batch: { key: 'p.id', from, on, row: { id: 'r.id', name: `r.${name}`, url: 'r.id' }, order: 'r.id', many: true },
  refs: summaryRefs(target),
});

export const programmes: Entity<typeof programmeSchema, 'programmes'> = {
  collection: 'programmes',
  schema: programmeSchema,
  table: 'programmes',
  alias: 'p',
  columns: {
    ...historyColumns('programmes', 'p.id'),
    ...tableColumns(t.programmes, 'p', ['id', 'title', 'kind', 'date']),
    url: linkColumn('programmes', 'p.id'),
    issuer: summaryColumn('actors', 'p.issuer_id'),
    scopeLocation: summaryColumn('locations', 'p.scope_location_id'),
    locations: summaries('programme_locations l JOIN locations r ON r.id = l.location_id', (id) => sql`l.programme_id = ${id}`, 'name', 'locations'),
    documents: summaries('documents r', (id) => sql`r.programme_id = ${id}`, 'title', 'documents'),
    measuresUrl: linkColumn('programmes', 'p.id', 'measures'),
  },
  sorts: { id: 'p.id', title: 'p.title', kind: 'p.kind', date: "coalesce(p.date, '')" },
  defaultSort: 'id',
  filters: {
    modifiedSince: modifiedSinceFilter('programmes', sql`p.id`),
    location: locationFilter(
      (id) => sql`p.id IN (SELECT pl.programme_id FROM location_ancestors la JOIN programme_locations pl ON pl.location_id = la.location_id WHERE la.ancestor_id = ${id})`,
      'About this place.',
    ),
    issuer: refFilter('actors', 'actor', (id) => sql`p.issuer_id = ${id}`, 'Issued by this actor or party (id).'),
    kind: vocabularyFilter(documentKinds, (value) => sql`p.kind = ${value}`, 'Kind of programme (election_programme, coalition_agreement, government_plan).'),
    theme: refFilter('themes', 'theme', (id) => sql`p.id IN (SELECT m.programme_id FROM measure_themes mt JOIN measures m ON m.id = mt.measure_id WHERE mt.theme_id = ${id})`, 'With a measure of this theme (id).'),
    ...dateRange(sql`p.date`, 'programme date'),
    q: textFilter('programme', sql`p.id`),
  },
  facets: {
    kind: columnFacet('programmes', 'kind'),
    issuer: referenceFacet('programmes', 'issuer_id', 'actors'),
    location: facet({ from: sql`programme_locations x`, idColumn: sql`x.programme_id`, value: sql`x.location_id`, names: { table: 'locations', column: 'name' } }),
  },
};

/** One programme, or null. */
export const getProgramme = (db: Db, id: string) => getRecord(db, programmes, id);
/** A page of programmes matching `filters`. */
export const listProgrammes = (db: Db, filters: FilterValues, page: PageRequest) => listRecords(db, programmes, filters, page);
/** Programmes (their `fields`) by id, aligned with `ids`. */
export const programmesByIds = (db: Db, ids: readonly string[], fields?: Fields) => recordsByIds(db, programmes, ids, fields);
