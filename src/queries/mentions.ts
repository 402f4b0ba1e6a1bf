/**
 * Mentions: every place an actor or location is named in a document, with the quote and
 * its code-point span: the provenance of actors and places. REST lists them under the
 * actor, location, document or measure (`/v1/actors/{id}/mentions`, …); GraphQL reaches
 * them from the same records.
 */
import { sql } from 'drizzle-orm';
import { summaryColumn, type Entity } from './entity.js';
import { referenceFacet } from './facets.js';
import { locationFilter, refFilter } from './filters.js';
import { measureNameSql } from './measures.js';
import { relation } from './related.js';
import { mentionSchema } from './shapes.js';

export const mentions: Entity<typeof mentionSchema, 'mentions'> = {
  collection: 'mentions',
  schema: mentionSchema,
  table: 'mentions',
  alias: 'mn',
  columns: {
    id: { sql: sql`mn.id` },
    // The span in the document text; RFC 5147 counts characters, as the offsets do (code points).
    url: {
      sql: sql`json_array(mn.document_id, mn.start, mn."end")`,
      json: true,
      refs: ([id, start, end]: [string, number, number]) => ({ collection: 'documents', id, rel: 'text', fragment: `char=${start},${end}` }),
    },
    quote: { sql: sql`mn.quote` },
    start: { sql: sql`mn.start` },
    end: { sql: sql`mn."end"` },
    document: summaryColumn('documents', 'mn.document_id', 's.title'),
    measure: summaryColumn('measures', 'mn.measure_id', measureNameSql),
    actor: summaryColumn('actors', 'mn.actor_id'),
    location: summaryColumn('locations', 'mn.location_id'),
    provenance: { object: { document: 'mn.document_id', start: 'mn.start', end: 'mn."end"', quote: 'mn.quote', page: 'mn.page' } },
  },
  sorts: { id: 'mn.id', document: 'mn.document_id', start: 'mn.start' },
  defaultSort: 'document,start',
  filters: {
    actor: refFilter('actors', 'actor', (id) => sql`mn.actor_id = ${id}`, 'Naming this actor (id).'),
    location: locationFilter((id) => sql`mn.location_id IN (SELECT location_id FROM location_ancestors WHERE ancestor_id = ${id})`, 'Naming this place or a place inside it.'),
    document: refFilter('documents', 'document', (id) => sql`mn.document_id = ${id}`, 'In this document (id).'),
    measure: refFilter('measures', 'measure', (id) => sql`mn.measure_id = ${id}`, 'In this measure (id).'),
  },
  facets: { document: referenceFacet('mentions', 'document_id', 'documents', 'title') },
};

/** Mentions of each actor. */
export const mentionsOfActor = relation(mentions, { where: sql`mn.actor_id = j.value` });
/** Mentions of each location (the place itself, not places inside it). */
export const mentionsOfLocation = relation(mentions, { where: sql`mn.location_id = j.value` });
/** Mentions inside each measure. */
export const mentionsOfMeasure = relation(mentions, { where: sql`mn.measure_id = j.value` });
