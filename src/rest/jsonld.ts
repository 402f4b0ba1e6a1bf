/**
 * Linked-data view of the REST records. The vocabulary mapping lives in one committed
 * context (`schema/blauwdruk.context.jsonld`, served at `/contexts/blauwdruk.jsonld`):
 * schema.org throughout, Popolo (W3C ORG / Person) for actors, DCTERMS for documents and
 * W3C Web Annotation selectors for provenance. Records keep their REST field names; this
 * module only adds `@id`/`@type` and reshapes provenance into an annotation target.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { EntityCollection } from '../queries/dataset.js';
import { recordUrl } from '../urls.js';

/** Where the API serves the context. */
export const contextPath = '/contexts/blauwdruk.jsonld';

/** The committed context document (`{"@context": {…}}`), for serving or inlining. */
export const contextDocument: { '@context': Record<string, unknown> } = JSON.parse(
  readFileSync(join(packageRoot, 'schema', 'blauwdruk.context.jsonld'), 'utf8'),
);

type Json = Record<string, unknown>;

const collectionTypes: Record<Exclude<EntityCollection, 'actors'>, string[]> = {
  documents: ['Document', 'foaf:Document'],
  programmes: ['Programme', 'schema:CreativeWork'],
  measures: ['Measure'],
  figures: ['Figure'],
  series: ['Series'],
  locations: ['Place', 'dct:Location'],
  themes: ['Theme'],
};

/** Persons are Popolo persons; every other actor kind (unit, party, government…) is an organisation. */
function typesOf(collection: EntityCollection, record: Json): string[] {
  if (collection !== 'actors') return collectionTypes[collection];
  return record.kind === 'person' ? ['Person', 'schema:Person'] : ['Organization', 'schema:Organization'];
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Gives every nested summary that has a `url` an `@id`, so relations become links rather than literals. */
function linkSummaries(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(linkSummaries);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) out[k] = linkSummaries(v);
  return typeof out.url === 'string' ? { '@id': out.url, ...out } : out;
}

/** The URL of a provenance `document`, whether the record gives a summary, a URL or a bare id. */
function documentUrl(document: unknown, origin: string): string | undefined {
  if (isObject(document)) return typeof document.url === 'string' ? document.url : documentUrl(document.id, origin);
  if (typeof document !== 'string') return undefined;
  return /^https?:\/\//.test(document) ? document : recordUrl(origin, 'documents', document);
}

/**
 * Provenance as a Web Annotation target: the source document narrowed by a quote selector
 * and a code-point position selector (the same offsets the REST record gives).
 */
function provenanceOf(record: Json, origin: string): Json | undefined {
  const p = isObject(record.provenance) ? record.provenance : record;
  if (typeof p.quote !== 'string' || typeof p.start !== 'number' || typeof p.end !== 'number') return undefined;
  const source = documentUrl(p.document ?? record.document, origin);
  if (!source) return undefined;
  return {
    '@type': 'SpecificResource',
    source,
    selector: [
      { '@type': 'TextQuoteSelector', exact: p.quote },
      { '@type': 'TextPositionSelector', start: p.start, end: p.end },
    ],
  };
}

const urlOf = (summary: unknown) => (isObject(summary) ? summary.url : summary);

/** A dated membership of the record (`person` and `organization` summaries) as an `org:Membership` seen from `side`. */
function datedMembership(m: Json, side: 'person' | 'organization'): Json {
  const { id: _id, url: _url, '@id': _node, person, organization, ...rest } = m;
  return { '@type': 'Membership', ...(side === 'person' ? { organization: urlOf(organization) } : { person: urlOf(person) }), ...rest };
}

/**
 * Popolo memberships (`org:Membership`): for a person, the dated roles and the party (with
 * the role the corpus states) under `memberships` (reverse `org:member`); for an
 * organisation, the roles held in it under `members` (reverse `org:organization`).
 */
function membershipsOf(collection: EntityCollection, record: Json): Json | undefined {
  if (collection !== 'actors') return undefined;
  const dated = Array.isArray(record.memberships) ? (record.memberships as Json[]) : [];
  if (record.kind !== 'person') return { memberships: undefined, members: dated.length ? dated.map((m) => datedMembership(m, 'organization')) : undefined };
  const party = record.party ? [{ '@type': 'Membership', organization: urlOf(record.party), ...(typeof record.role === 'string' ? { role: record.role } : {}) }] : [];
  const all = [...party, ...dated.map((m) => datedMembership(m, 'person'))];
  return { memberships: all.length ? all : undefined };
}

/**
 * The JSON-LD representation of one REST record (`Accept: application/ld+json`).
 * `record` is exactly the JSON the REST API returns for that entity; `origin` is the
 * API's public origin, so `@id`s are dereferenceable URLs of this API.
 */
export function toJsonLd(collection: EntityCollection, record: Record<string, unknown>, origin: string): Record<string, unknown> {
  const body = linkSummaries(record) as Json;
  const provenance = provenanceOf(body, origin);
  if (provenance) {
    // The offsets and quote now live in the annotation's selectors; keeping them on the node would misstate them as its own.
    for (const key of ['quote', 'start', 'end']) delete body[key];
    body.provenance = provenance;
  }
  const memberships = membershipsOf(collection, body);
  const node: Json = { '@context': `${origin}${contextPath}`, '@id': body['@id'], '@type': typesOf(collection, body), ...body, ...memberships };
  for (const key of ['memberships', 'members']) if (node[key] === undefined) delete node[key];
  return node;
}
