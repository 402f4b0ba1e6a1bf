/**
 * References: what the query layer returns where the API shows a URL. Until the edge
 * links a record (src/urls.ts), each of its URL fields (`url`, `measuresUrl`, a summary's
 * `url`) holds the key of what it points to — an id, or for a quoted span the document
 * id and offsets — and the record's `Refs` say which resource that key names. So no URL
 * is written in SQL, every surface builds URLs through one module, and linking a record
 * visits its reference fields only, never the whole object.
 */
import type { EntityCollection } from './dataset.js';

/** Resources under a record (`/v1/documents/{id}/text`, `/v1/actors/{id}/measures`). */
export type Rel = 'measures' | 'figures' | 'mentions' | 'text' | 'cite';

/** A resource of the API: a collection (filtered by `query`), a record in it, or a resource under the record. */
export interface Ref {
  collection: EntityCollection;
  id?: string;
  rel?: Rel;
  /** Querystring of a filtered collection (`/v1/measures?location=…&theme=…`). */
  query?: Readonly<Record<string, string>>;
  /** Fragment identifier (an RFC 5147 `char=start,end` span of a text). */
  fragment?: string;
  /** The record's embeddable card (`/embed/series/{id}`) rather than its API resource. */
  card?: boolean;
}

/**
 * How the key a URL field holds becomes its reference. `holder` is the object the field
 * is in (a record, a summary, a search hit), for references that depend on a sibling field.
 */
export type RefOf = (key: never, holder: never) => Ref | null;

/**
 * Where references sit in a value: each key names either a URL field (its `RefOf`) or a
 * field holding an object, a list of objects or null, with references of its own.
 */
export interface Refs {
  readonly [key: string]: RefOf | Refs;
}

/** A `RefOf` naming the record (or the resource `rel` under it) whose id the field holds, with what it names, so the edge can write its URL without making the `Ref`. */
export interface RecordRefOf {
  (id: string): Ref;
  readonly record: { readonly collection: EntityCollection; readonly rel: Rel | undefined };
}

/** The record of `collection` (or the resource `rel` under it) whose id the field holds. */
export function recordRef(collection: EntityCollection, rel?: Rel): RefOf {
  const refOf = (id: string): Ref => (rel === undefined ? { collection, id } : { collection, id, rel });
  return Object.assign(refOf, { record: { collection, rel } }) satisfies RecordRefOf;
}

/** A summary `{id, name, url}` of a record of `collection`: its `url` holds the id. */
export const summaryRefs = (collection: EntityCollection): Refs => ({ url: recordRef(collection) });
