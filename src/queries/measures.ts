/** Measures: the policy statements of each document, with their themes, actors and places. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Column, type Entity, type Fields, type PageRequest, tableColumns, type Template } from './entity.js';
import { relation } from './related.js';
import { measureLinkFacets, referenceFacet, columnFacet } from './facets.js';
import { dateRange, enumFilter, linkSet, locationFilter, refFilter, textFilter, vocabularyFilter, withIdSets, type FilterValues, type LinkSets } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { measureSchema } from './shapes.js';
import { documentKinds } from '../vocabulary.js';
import type { EntityCollection } from './dataset.js';
import { summaryRefs } from './refs.js';
import { staticText } from './sql.js';

/** Display name of a measure in summaries: its text, cut at 100 characters. */
export const measureNameSql = "CASE WHEN length(s.text) > 100 THEN substr(s.text, 1, 99) || '…' ELSE s.text END";

/** The date of a measure's document as a sort key: dates without one sort first, as `''`. */
const documentDateSql = staticText(sql`coalesce((SELECT date FROM documents WHERE id = m.document_id), '')`);

/**
 * The measures of each place, each once, with those of every place inside it: `measure_places`
 * (derived at load from the measures' places and the place hierarchy, which is what the rows
 * of some measures are read from, the table having no index by measure).
 */
const placeSets: LinkSets = {
  table: 'measure_places',
  key: 'ancestor_id',
  id: 'measure_id',
  ofIds: (ids) => sql`SELECT DISTINCT la.ancestor_id AS key, ml.measure_id AS id FROM measure_locations ml JOIN location_ancestors la ON la.location_id = ml.location_id WHERE ml.measure_id IN (${ids})`,
};
/** The measures of each theme. */
const themeSets: LinkSets = { table: 'measure_themes', key: 'theme_id', id: 'measure_id' };
/** The measures naming each actor. */
const actorSets: LinkSets = { table: 'measure_actors', key: 'actor_id', id: 'measure_id' };

/** Ids of the measures tied to `location` (a location id, or the SQL of one) or to any place inside it, each once. */
export const measuresInLocation = (location: string | SQL) => linkSet(placeSets, location);

/** Ids of the measures with theme `id`. */
const measuresOfThemeId = (id: string) => linkSet(themeSets, id);
/** Ids of the measures naming actor `id`. */
const measuresOfActorId = (id: string) => linkSet(actorSets, id);

/**
 * Measure filters that figures reuse through their measure (`measureId` = the column
 * holding it; `ofMeasures` when the listed records are the measures). Each is membership in
 * the set of a record's measures, which SQLite builds whole: the sets are declared, so the
 * engine bounds them (bounds.ts `setLimit`).
 */
export function measureLinkFilters(measureId: SQL, ofMeasures = false) {
  const inSet = (set: (id: string) => SQL) => (id: string) => sql`${measureId} IN (${set(id)})`;
  return {
    location: withIdSets(locationFilter(inSet(measuresInLocation), 'Tied to this place.'), placeSets, (id) =>
      sql`EXISTS (SELECT 1 FROM measure_locations ml JOIN location_ancestors la ON la.location_id = ml.location_id WHERE ml.measure_id = ${measureId} AND la.ancestor_id = ${id})`, ofMeasures),
    theme: withIdSets(refFilter('themes', 'theme', inSet(measuresOfThemeId), 'With this theme (id).'), themeSets, (id) =>
      sql`EXISTS (SELECT 1 FROM measure_themes WHERE measure_id = ${measureId} AND theme_id = ${id})`, ofMeasures),
    actor: withIdSets(refFilter('actors', 'actor', inSet(measuresOfActorId), 'Naming this actor (id).'), actorSets, (id) =>
      sql`EXISTS (SELECT 1 FROM measure_actors WHERE measure_id = ${measureId} AND actor_id = ${id})`, ofMeasures),
  };
}

/** Records issued by an actor or party: through their document's or programme's issuer. */
export const issuedBy = (documentId: SQL, programmeId: SQL) => (id: string) =>
  sql`(${documentId} IN (SELECT id FROM documents WHERE issuer_id = ${id}) OR ${programmeId} IN (SELECT id FROM programmes WHERE issuer_id = ${id}))`;

/** The records of `target` a measure is linked to through `table`, in id order, as summaries with the link's `extra` fields. */
const links = (table: string, target: EntityCollection, key: string, name: string, extra: Template): Column => ({
  batch: { key: 'm.id', from: `${table} l JOIN ${target} r ON r.id = l.${key}`, on: (id) => sql`l.measure_id = ${id}`, row: { id: 'r.id', name: `r.${name}`, url: 'r.id', ...extra }, order: 'r.id', many: true },
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
    themes: links('measure_themes', 'themes', 'theme_id', 'label_nl', { cues: { json: 'l.cues' } }),
    actors: links('measure_actors', 'actors', 'actor_id', 'name', { role: 'l.role' }),
    locations: links('measure_locations', 'locations', 'location_id', 'name', { via: 'l.via' }),
    provenance: { object: { document: 'm.document_id', start: 'm.start', end: 'm."end"', quote: 'm.text', page: 'm.page' } },
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
  // A place with everything inside it, in text order: one range of measure_places.
  ranges: [{
    filter: { name: 'location', where: (id) => sql`mp.ancestor_id = ${id}` },
    from: 'measure_places mp',
    id: 'mp.measure_id',
    keys: [['m.document_id', 'mp.document_id'], ['m.ordinal', 'mp.ordinal'], ['m.id', 'mp.measure_id']],
  }, {
    // The measures of a theme, in text order: one range of measure_theme_order.
    filter: { name: 'theme', where: (id) => sql`mto.theme_id = ${id}` },
    from: 'measure_theme_order mto',
    id: 'mto.measure_id',
    keys: [['m.document_id', 'mto.document_id'], ['m.ordinal', 'mto.ordinal'], ['m.id', 'mto.measure_id']],
  }, {
    // The measures naming an actor, in text order: one range of measure_actor_order.
    filter: { name: 'actor', where: (id) => sql`mao.actor_id = ${id}` },
    from: 'measure_actor_order mao',
    id: 'mao.measure_id',
    keys: [['m.document_id', 'mao.document_id'], ['m.ordinal', 'mao.ordinal'], ['m.id', 'mao.measure_id']],
  }, {
    // Every measure by date: one range of measure_date_order.
    from: 'measure_date_order mo',
    id: 'mo.measure_id',
    keys: [[documentDateSql, 'mo.date_key'], ['m.id', 'mo.measure_id']],
    // Oldest first by its primary key, newest first (ties still by id ascending) by measure_date_order_newest.
    directions: [[false, false], [true, false]],
  }],
  filters: {
    modifiedSince: modifiedSinceFilter('measures', sql`m.id`),
    ...measureLinkFilters(sql`m.id`, true),
    programme: refFilter('programmes', 'programme', (id) => sql`m.programme_id = ${id}`, 'In this programme (id).'),
    document: refFilter('documents', 'document', (id) => sql`m.document_id = ${id}`, 'In this document (id).'),
    issuer: refFilter('actors', 'actor', issuedBy(sql`m.document_id`, sql`m.programme_id`), 'Issued by this actor or party (id), through the document or programme.'),
    kind: vocabularyFilter(documentKinds, (value) => sql`m.document_id IN (SELECT id FROM documents WHERE kind = ${value})`, 'Kind of the source document.'),
    statementKind: enumFilter(t.measures.statementKind.enumValues, (value) => sql`m.statement_kind = ${value}`, 'Commitment, observation or question.'),
    ...dateRange(sql`date`, 'document date', (c) => sql`m.document_id IN (SELECT id FROM documents WHERE ${c})`),
    q: textFilter('measure', sql`m.id`),
  },
  // A place's (with everything inside it), a theme's and an actor's measures: sizes and facets stored by the build for large sets.
  storedCounts: ['location', 'theme', 'actor'],
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
export const measuresOfProgramme = relation(measures, { where: sql`m.programme_id = j.value` });
/** Measures of each document, in text order. */
export const measuresOfDocument = relation(measures, { where: sql`m.document_id = j.value` });
/** Measures with each theme; a page of them read from the theme's range. */
export const measuresOfTheme = relation(measures, sql`measure_themes x ON x.theme_id = j.value JOIN measures m ON m.id = x.measure_id`, {}, 'theme');
/** Measures naming each actor; a page of them read from the actor's range. */
export const measuresOfActor = relation(measures, sql`measure_actors x ON x.actor_id = j.value JOIN measures m ON m.id = x.measure_id`, {}, 'actor');
/** Measures tied to each location or any place inside it; a page of them read from the place's range. */
export const measuresOfLocation = relation(measures, { where: sql`m.id IN (${measuresInLocation(sql`j.value`)})` }, {}, 'location');
