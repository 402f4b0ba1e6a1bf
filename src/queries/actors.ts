/** Actors: organisations, police units and zones, parties, governments and persons of the gazetteer. */
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { relation } from './related.js';
import { columnFacet, referenceFacet } from './facets.js';
import { enumFilter, locationFilter, refFilter, textFilter, type FilterValues } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { actorSchema } from './shapes.js';
import { summaryRefs } from './refs.js';

/** The places an actor serves, by name, with their periods (through `actor_areas_actor`). */
const areasSql = 'json((SELECT json_group_array(json_object(\'id\', l.id, \'name\', l.name, \'url\', l.id, \'start\', x.start, \'end\', x."end") ORDER BY l.name, x.start) FROM actor_areas x JOIN locations l ON l.id = x.location_id WHERE x.actor_id = a.id))';

/** Memberships the actor holds (a person) or that are held in it (an organisation), oldest first (through `memberships_person` and `memberships_organization`). */
const membershipsSql = `json((SELECT json_group_array(json_object(
    'id', ms.id, 'person', json_object('id', p.id, 'name', p.name, 'url', p.id),
    'organization', json_object('id', o.id, 'name', o.name, 'url', o.id),
    'role', ms.role, 'start', ms.start, 'end', ms."end", 'source', ms.source) ORDER BY coalesce(ms.start, ''), ms.id)
  FROM memberships ms JOIN actors p ON p.id = ms.person_id JOIN actors o ON o.id = ms.organization_id
  WHERE ms.person_id = a.id OR ms.organization_id = a.id))`;

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
    areas: { sql: areasSql, json: true, refs: summaryRefs('locations') },
    memberships: { sql: membershipsSql, json: true, refs: { person: summaryRefs('actors'), organization: summaryRefs('actors') } },
    measuresUrl: linkColumn('actors', 'a.id', 'measures'),
    mentionsUrl: linkColumn('actors', 'a.id', 'mentions'),
  },
  sorts: { id: 'a.id', name: 'a.name', kind: 'a.kind' },
  defaultSort: 'id',
  filters: {
    modifiedSince: modifiedSinceFilter('actors', 'a.id'),
    kind: enumFilter(t.actors.kind.enumValues, 'a.kind = ?', 'Kind of actor.'),
    location: locationFilter('a.location_id IN (SELECT location_id FROM location_ancestors WHERE ancestor_id = ?)', 'Seated in this place.'),
    area: locationFilter(
      'a.id IN (SELECT x.actor_id FROM location_ancestors la JOIN actor_areas x ON x.location_id = la.location_id WHERE la.ancestor_id = ?)',
      'Serving this place or a place inside it (a police zone and its municipalities).',
    ),
    party: refFilter('actors', 'party', 'a.party_id = ?', 'Member of this party (id).'),
    parent: refFilter('actors', 'actor', 'a.parent_id = ?', 'Part of this actor (id).'),
    document: refFilter('documents', 'document', 'a.id IN (SELECT actor_id FROM mentions WHERE document_id = ?)', 'Named in this document (id).'),
    programme: refFilter('programmes', 'programme', 'a.id IN (SELECT mn.actor_id FROM mentions mn JOIN documents d ON d.id = mn.document_id WHERE d.programme_id = ?)', 'Named in a document of this programme (id).'),
    theme: refFilter('themes', 'theme', 'a.id IN (SELECT ma.actor_id FROM measure_actors ma JOIN measure_themes mt ON mt.measure_id = ma.measure_id WHERE mt.theme_id = ?)', 'Named in a measure with this theme (id).'),
    q: textFilter('actor', 'a.id'),
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
export const actorsOfMeasure = relation(actors, 'JOIN measure_actors x ON x.measure_id = j.value JOIN actors a ON a.id = x.actor_id', { role: { sql: 'x.role' } });
/** Direct sub-units of each actor. */
export const childrenOfActor = relation(actors, 'JOIN actors a ON a.parent_id = j.value');
