/** Actors: organisations, police units and zones, parties, governments and persons of the gazetteer. */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Batch, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { relation } from './related.js';
import { columnFacet, referenceFacet } from './facets.js';
import { enumFilter, locationFilter, refFilter, textFilter, type FilterValues } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { actorSchema } from './shapes.js';
import { summaryRefs } from './refs.js';

/** The places an actor serves, by name, with their periods (through `actor_areas_actor`). */
const areas: Batch = {
  key: 'a.id',
  from: 'actor_areas x JOIN locations l ON l.id = x.location_id',
  on: (id) => sql`x.actor_id = ${id}`,
  row: { id: 'l.id', name: 'l.name', url: 'l.id', start: 'x.start', end: 'x."end"' },
  order: 'l.name, x.start',
  many: true,
};

/** Memberships the actor holds (a person) or that are held in it (an organisation), oldest first (through `memberships_person` and `memberships_organization`). */
const memberships: Batch = {
  key: 'a.id',
  from: 'memberships ms JOIN actors p ON p.id = ms.person_id JOIN actors o ON o.id = ms.organization_id',
  on: (id) => sql`(ms.person_id = ${id} OR ms.organization_id = ${id})`,
  row: {
    id: 'ms.id',
    person: { object: { id: 'p.id', name: 'p.name', url: 'p.id' } },
    organization: { object: { id: 'o.id', name: 'o.name', url: 'o.id' } },
    role: 'ms.role',
    start: 'ms.start',
    end: 'ms."end"',
    source: 'ms.source',
  },
  order: "coalesce(ms.start, ''), ms.id",
  many: true,
};

export const actors: Entity<typeof actorSchema, 'actors'> = {
  collection: 'actors',
  schema: actorSchema,
  table: 'actors',
  alias: 'a',
  columns: {
    ...historyColumns('actors', 'a.id'),
    ...tableColumns(t.actors, 'a', ['id', 'name', 'kind', 'aliases', 'role', 'officialNumber', 'formerNames']),
    url: linkColumn('actors', 'a.id'),
    parent: summaryColumn('actors', 'a.parent_id'),
    location: summaryColumn('locations', 'a.location_id'),
    party: summaryColumn('actors', 'a.party_id'),
    areas: { batch: areas, refs: summaryRefs('locations') },
    memberships: { batch: memberships, refs: { person: summaryRefs('actors'), organization: summaryRefs('actors') } },
    measuresUrl: linkColumn('actors', 'a.id', 'measures'),
    mentionsUrl: linkColumn('actors', 'a.id', 'mentions'),
  },
  sorts: { id: 'a.id', name: 'a.name', kind: 'a.kind' },
  defaultSort: 'id',
  filters: {
    modifiedSince: modifiedSinceFilter('actors', sql`a.id`),
    kind: enumFilter(t.actors.kind.enumValues, (value) => sql`a.kind = ${value}`, 'Kind of actor.'),
    location: locationFilter((id) => sql`a.location_id IN (SELECT location_id FROM location_ancestors WHERE ancestor_id = ${id})`, 'Seated in this place.'),
    area: locationFilter(
      (id) => sql`a.id IN (SELECT x.actor_id FROM location_ancestors la JOIN actor_areas x ON x.location_id = la.location_id WHERE la.ancestor_id = ${id})`,
      'Serving this place or a place inside it (a police zone and its municipalities).',
    ),
    party: refFilter('actors', 'party', (id) => sql`a.party_id = ${id}`, 'Member of this party (id).'),
    parent: refFilter('actors', 'actor', (id) => sql`a.parent_id = ${id}`, 'Part of this actor (id).'),
    document: refFilter('documents', 'document', (id) => sql`a.id IN (SELECT actor_id FROM mentions WHERE document_id = ${id})`, 'Named in this document (id).'),
    programme: refFilter('programmes', 'programme', (id) => sql`a.id IN (SELECT mn.actor_id FROM mentions mn JOIN documents d ON d.id = mn.document_id WHERE d.programme_id = ${id})`, 'Named in a document of this programme (id).'),
    theme: refFilter('themes', 'theme', (id) => sql`a.id IN (SELECT ma.actor_id FROM measure_actors ma JOIN measure_themes mt ON mt.measure_id = ma.measure_id WHERE mt.theme_id = ${id})`, 'Named in a measure with this theme (id).'),
    q: textFilter('actor', sql`a.id`),
  },
  facets: {
    kind: columnFacet('actors', 'kind'),
    location: referenceFacet('actors', 'location_id', 'locations'),
    party: referenceFacet('actors', 'party_id', 'actors'),
  },
};

/** One actor, or null. */
export const getActor = (db: Db, id: string) => getRecord(db, actors, id);
/** A page of actors matching `filters`. */
export const listActors = (db: Db, filters: FilterValues, page: PageRequest) => listRecords(db, actors, filters, page);
/** Actors (their `fields`) by id, aligned with `ids`. */
export const actorsByIds = (db: Db, ids: readonly string[], fields?: Fields) => recordsByIds(db, actors, ids, fields);
/** Actors named in each measure, with their `role` in it. */
export const actorsOfMeasure = relation(actors, sql`measure_actors x ON x.measure_id = j.value JOIN actors a ON a.id = x.actor_id`, { role: { sql: sql`x.role` } });
/** Direct sub-units of each actor. */
export const childrenOfActor = relation(actors, { where: sql`a.parent_id = j.value` });
