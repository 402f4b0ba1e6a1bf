/**
 * Mentions: every place an actor or location is named in a document. Not a REST
 * collection of its own; GraphQL reaches them from actors, locations and measures.
 */
import { measureNameSql } from './measures.js';
import { relation } from './related.js';
import { mentionSchema } from './shapes.js';
import { summarySql } from './sql.js';

const documentSummary = summarySql('documents', 'mn.document_id', 's.title');

/** The entity description of mentions (batch access only). */
export const mentions = {
  collection: 'mentions',
  schema: mentionSchema,
  table: 'mentions',
  alias: 'mn',
  columns: {
    id: { sql: 'mn.id' },
    quote: { sql: 'mn.quote' },
    start: { sql: 'mn.start' },
    end: { sql: 'mn."end"' },
    document: { sql: documentSummary, json: true },
    measure: { sql: summarySql('measures', 'mn.measure_id', measureNameSql), json: true },
    actor: { sql: summarySql('actors', 'mn.actor_id'), json: true },
    location: { sql: summarySql('locations', 'mn.location_id'), json: true },
    provenance: { sql: `json_object('document', mn.document_id, 'start', mn.start, 'end', mn."end", 'quote', mn.quote)`, json: true },
  },
  sorts: { id: 'mn.id' },
  defaultSort: 'id',
  filters: {},
  facets: {},
} as const;

/** Mentions of each actor. */
export const mentionsOfActor = relation(mentions, 'JOIN mentions mn ON mn.actor_id = j.value');
/** Mentions of each location (the place itself, not places inside it). */
export const mentionsOfLocation = relation(mentions, 'JOIN mentions mn ON mn.location_id = j.value');
/** Mentions inside each measure. */
export const mentionsOfMeasure = relation(mentions, 'JOIN mentions mn ON mn.measure_id = j.value');
