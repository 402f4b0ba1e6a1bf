/** Measures: the policy statements of each document, with their themes, actors and places. */
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Column, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { relation } from './related.js';
import { measureLinkFacets, referenceFacet, columnFacet } from './facets.js';
import { dateRange, enumFilter, locationFilter, refFilter, textFilter, vocabularyFilter, type FilterValues } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { measureSchema } from './shapes.js';
import { documentKinds } from '../vocabulary.js';
import type { EntityCollection } from './dataset.js';
import { summaryRefs } from './refs.js';

/** Display name of a measure in summaries: its text, cut at 100 characters. */
export const measureNameSql = "CASE WHEN length(s.text) > 100 THEN substr(s.text, 1, 99) || '…' ELSE s.text END";

/** The date of a measure's document as a sort key: dates without one sort first, as `''`. */
const documentDateSql = "coalesce((SELECT date FROM documents WHERE id = m.document_id), '')";

/** `?` = a location id; matches measures tied to it or to any place inside it. */
export const measuresInLocationSql = 'SELECT ml.measure_id FROM location_ancestors la JOIN measure_locations ml ON ml.location_id = la.location_id WHERE la.ancestor_id = ?';

/** Measure filters that figures reuse through their measure (`measureId` = the column holding it). */
export function measureLinkFilters(measureId: string) {
  return {
    location: locationFilter(`${measureId} IN (${measuresInLocationSql})`, 'Tied to this place.'),
    theme: refFilter('themes', 'theme', `${measureId} IN (SELECT measure_id FROM measure_themes WHERE theme_id = ?)`, 'With this theme (id).'),
    actor: refFilter('actors', 'actor', `${measureId} IN (SELECT measure_id FROM measure_actors WHERE actor_id = ?)`, 'Naming this actor (id).'),
  };
}

/** Records issued by an actor or party: through their document's or programme's issuer. */
export const issuedBySql = (documentId: string, programmeId: string) =>
  `(${documentId} IN (SELECT id FROM documents WHERE issuer_id = ?) OR ${programmeId} IN (SELECT id FROM programmes WHERE issuer_id = ?))`;

/** The records of `target` a measure is linked to through `table`, as summaries with the link's `extra` fields. */
const links = (table: string, target: EntityCollection, key: string, name: string, extra: string): Column => ({
  sql: `json((SELECT json_group_array(json_object('id', r.id, 'name', r.${name}, 'url', r.id, ${extra}) ORDER BY r.id) FROM ${table} l JOIN ${target} r ON r.id = l.${key} WHERE l.measure_id = m.id))`,
  json: true,
  refs: summaryRefs(target),
});

export const measures: Entity<typeof measureSchema, 'measures'> = {
  collection: 'measures',
  schema: measureSchema,
  table: 'measures',
  alias: 'm',
  columns: {
    ...historyColumns('measures', 'm.id'),
    ...tableColumns(t.measures, 'm', ['id', 'text', 'section', 'ordinal', 'block', 'blockKind', 'statementKind']),
    url: linkColumn('measures', 'm.id'),
    document: summaryColumn('documents', 'm.document_id', 's.title'),
    programme: summaryColumn('programmes', 'm.programme_id', 's.title'),
    themes: links('measure_themes', 'themes', 'theme_id', 'label_nl', "'cues', json(l.cues)"),
    actors: links('measure_actors', 'actors', 'actor_id', 'name', "'role', l.role"),
    locations: links('measure_locations', 'locations', 'location_id', 'name', "'via', l.via"),
    provenance: { sql: 'json_object(\'document\', m.document_id, \'start\', m.start, \'end\', m."end", \'quote\', m.text, \'page\', m.page)', json: true },
    figuresUrl: linkColumn('measures', 'm.id', 'figures'),
  },
  sorts: {
    id: 'm.id',
    document: 'm.document_id',
    ordinal: 'm.ordinal',
    statementKind: "coalesce(m.statement_kind, '')",
    start: 'm.start',
    date: documentDateSql,
  },
  // Text order: by document, then position in it.
  defaultSort: 'document,ordinal',
  filters: {
    modifiedSince: modifiedSinceFilter('measures', 'm.id'),
    ...measureLinkFilters('m.id'),
    programme: refFilter('programmes', 'programme', 'm.programme_id = ?', 'In this programme (id).'),
    document: refFilter('documents', 'document', 'm.document_id = ?', 'In this document (id).'),
    issuer: refFilter('actors', 'actor', issuedBySql('m.document_id', 'm.programme_id'), 'Issued by this actor or party (id), through the document or programme.'),
    kind: vocabularyFilter(documentKinds, 'm.document_id IN (SELECT id FROM documents WHERE kind = ?)', 'Kind of the source document.'),
    statementKind: enumFilter(t.measures.statementKind.enumValues, 'm.statement_kind = ?', 'Commitment, observation or question.'),
    ...dateRange('date', 'document date', (c) => `m.document_id IN (SELECT id FROM documents WHERE ${c})`),
    q: textFilter('measure', 'm.id'),
  },
  facets: {
    ...measureLinkFacets(),
    statementKind: columnFacet('measures', 'statement_kind'),
    document: referenceFacet('measures', 'document_id', 'documents', 'title'),
    programme: referenceFacet('measures', 'programme_id', 'programmes', 'title'),
  },
};

/** One measure, or null. */
export const getMeasure = (db: Db, id: string) => getRecord(db, measures, id);
/** A page of measures matching `filters`. */
export const listMeasures = (db: Db, filters: FilterValues, page: PageRequest) => listRecords(db, measures, filters, page);
/** Measures (their `fields`) by id, aligned with `ids`. */
export const measuresByIds = (db: Db, ids: readonly string[], fields?: Fields) => recordsByIds(db, measures, ids, fields);
/** Measures of each programme. */
export const measuresOfProgramme = relation(measures, 'JOIN measures m ON m.programme_id = j.value');
/** Measures of each document, in text order. */
export const measuresOfDocument = relation(measures, 'JOIN measures m ON m.document_id = j.value');
/** Measures with each theme. */
export const measuresOfTheme = relation(measures, 'JOIN measure_themes x ON x.theme_id = j.value JOIN measures m ON m.id = x.measure_id');
/** Measures naming each actor. */
export const measuresOfActor = relation(measures, 'JOIN measure_actors x ON x.actor_id = j.value JOIN measures m ON m.id = x.measure_id');
/** Measures tied to each location or any place inside it. */
export const measuresOfLocation = relation(measures, `JOIN measures m ON m.id IN (${measuresInLocationSql.replace('?', 'j.value')})`);
