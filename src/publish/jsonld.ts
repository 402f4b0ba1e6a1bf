import type { EntityCollection } from '../queries/dataset.js';

/**
 * The JSON-LD representation of one REST record (`Accept: application/ld+json`).
 * `record` is exactly the JSON the REST API returns for that entity; `origin` is the
 * API's public origin, so `@id`s are dereferenceable URLs of this API.
 */
export function toJsonLd(collection: EntityCollection, record: Record<string, unknown>, origin: string): Record<string, unknown> {
  return { '@context': `${origin}/contexts/blauwdruk.jsonld`, '@type': collection, '@id': record.url, ...record };
}
