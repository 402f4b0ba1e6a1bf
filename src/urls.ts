/**
 * Every public URL of the service, built in one place at the edge: REST, GraphQL, JSON-LD
 * and the publishing pages turn the query layer's references (src/queries/refs.ts) into
 * URLs here, and name cards, browse pages and exports here, so all surfaces agree.
 * `origin` is the request's public origin (`https://api.example`), or `''` for a path
 * relative to the site (links of the site's own pages).
 */
import type { EntityCollection } from './queries/dataset.js';
import type { MeasureRecord } from './queries/shapes.js';
import type { RecordRefOf, Ref, Refs } from './queries/refs.js';

/** Where the REST API lives under the origin. */
export const API_ROOT = '/v1';

/** A resource of the REST API by its path below the root (`measures`, `search`, `dump.sqlite`; the root itself without one). */
export const apiPath = (resource?: string) => (resource === undefined ? API_ROOT : `${API_ROOT}/${resource}`);

/** An export of a whole collection (`/v1/measures.csv`). */
export const exportUrl = (origin: string, collection: EntityCollection, format: 'csv' | 'ndjson') => `${origin}${apiPath(collection)}.${format}`;

export type CardKind = 'figures' | 'measures' | 'series';

/** `/embed/figures/{id}` under `origin`. */
export const cardUrl = (origin: string, kind: CardKind, id: string) => `${origin}/embed/${kind}/${encodeURIComponent(id)}`;

/** The oEmbed endpoint for a card. */
export const oembedUrl = (origin: string, card: string) => `${origin}/oembed?url=${encodeURIComponent(card)}&format=json`;

/** Anchor of a measure on the browse pages. */
export const measureAnchor = (id: string) => `m-${id}`;

/** A browse page path for a record (`/browse/programmes/…`). */
export const browsePath = (collection: 'locations' | 'programmes' | 'documents' | 'actors' | 'themes' | 'measures', id: string) => `/browse/${collection}/${encodeURIComponent(id)}`;

/**
 * Where a person reads a measure in context: `/browse/measures/{id}` redirects to the page
 * of its programme (else its document) that lists it, at its anchor. Programme pages are
 * paged, and which page holds a measure is known only to the dataset, so links go through it.
 */
export const measurePagePath = (measure: Pick<MeasureRecord, 'id'>) => browsePath('measures', measure.id);

/** `{origin}/v1/{collection}/{id}[/{rel}]`: the URL of a record or of a resource under it. */
const recordResourceUrl = (origin: string, collection: EntityCollection, id: string, rel: string | undefined) =>
  rel === undefined ? `${origin}${API_ROOT}/${collection}/${encodeURIComponent(id)}` : `${origin}${API_ROOT}/${collection}/${encodeURIComponent(id)}/${rel}`;

/** The URL of a reference under `origin`: `/v1/{collection}[/{id}[/{rel}]][?query][#fragment]`, or the record's card. */
export function refUrl(origin: string, ref: Ref): string {
  if (ref.card === true) return cardUrl(origin, ref.collection as CardKind, ref.id!);
  if (ref.id !== undefined && ref.query === undefined && ref.fragment === undefined) return recordResourceUrl(origin, ref.collection, ref.id, ref.rel);
  let url = `${origin}${API_ROOT}/${ref.collection}`;
  if (ref.id !== undefined) url += `/${encodeURIComponent(ref.id)}`;
  if (ref.rel !== undefined) url += `/${ref.rel}`;
  if (ref.query !== undefined) url += `?${Object.entries(ref.query).map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
  if (ref.fragment !== undefined) url += `#${ref.fragment}`;
  return url;
}

/** The URL of record `id` of `collection` under `origin`. */
export const recordUrl = (origin: string, collection: EntityCollection, id: string) => refUrl(origin, { collection, id });

type Holder = Record<string, unknown>;
type Linker = (holder: Holder, origin: string) => void;
type AnyRefOf = (key: unknown, holder: unknown) => Ref | null;

/** Sets the URL of `key` in each object of `value` (an object, a list of them, or null). */
const eachObject = (value: unknown, link: Linker, origin: string) => {
  if (Array.isArray(value)) for (const item of value) link(item as Holder, origin);
  else if (value !== null && typeof value === 'object') link(value as Holder, origin);
};

/**
 * The function that links objects shaped by `refs`: one step per reference field, so a
 * record costs as many assignments as it has URLs, and nothing else of it is visited.
 */
function compile(refs: Refs): Linker {
  const steps = Object.entries(refs).map(([key, r]): Linker => {
    if (typeof r === 'function' && 'record' in r) {
      // A record's URL (most of a page's): written from the id, no Ref made.
      const { collection, rel } = (r as RecordRefOf).record;
      return (holder, origin) => {
        const held = holder[key];
        if (held !== null && held !== undefined) holder[key] = recordResourceUrl(origin, collection, held as string, rel);
      };
    }
    if (typeof r === 'function') {
      const refOf = r as AnyRefOf;
      return (holder, origin) => {
        const held = holder[key];
        if (held === null || held === undefined) return;
        const ref = refOf(held, holder);
        holder[key] = ref === null ? null : refUrl(origin, ref);
      };
    }
    const inner = linkerOf(r);
    return (holder, origin) => eachObject(holder[key], inner, origin);
  });
  return (holder, origin) => {
    for (const step of steps) step(holder, origin);
  };
}

const linkers = new WeakMap<Refs, Linker>();

function linkerOf(refs: Refs): Linker {
  let linker = linkers.get(refs);
  if (linker === undefined) linkers.set(refs, (linker = compile(refs)));
  return linker;
}

/**
 * `value` (an object or a list of objects, as the query layer returned them) with the
 * references `refs` describes replaced by absolute URLs under `origin`, in place: the
 * query layer hands out fresh objects, and each is linked exactly once, at the edge.
 */
export function link<T>(value: T, refs: Refs, origin: string): T {
  eachObject(value, linkerOf(refs), origin);
  return value;
}

/** The URL the reference field `refOf` makes of `held` in `holder`, for resolvers that build one URL at a time (GraphQL). */
export const urlOfField = (origin: string, refOf: unknown, held: unknown, holder: unknown): string | null => {
  if (held === null || held === undefined) return null;
  const ref = (refOf as AnyRefOf)(held, holder);
  return ref === null ? null : refUrl(origin, ref);
};

/**
 * The origin a stored rendering of a record (src/queries/renderings.ts) is linked under: a
 * lone high surrogate, which JSON text writes as the escape `\ud800`. Every URL starts with
 * its origin, so in the rendering each URL string opens with `"\ud800` — which no value read
 * from the database can: SQLite's text reaches JavaScript as decoded UTF-8, which holds no lone
 * surrogate, and a literal backslash, quote or surrogate pair of a value is written `\\`, `\"`
 * or as a pair (a high surrogate escape followed by a low one, never by `/`).
 */
export const RENDERING_ORIGIN = '\ud800';

/** The opening of every URL string of a rendering: a quote, then the origin's escape. */
const RENDERED_URL_OPENING = '"\\ud800';

/**
 * A rendering's JSON text (records linked under {@link RENDERING_ORIGIN}) with its URLs under
 * `origin`: the origin is written as `JSON.stringify` writes it in a string, so the text is the
 * one of the records linked under `origin` and then stringified.
 */
export const linkRendered = (json: string, origin: string): string => json.replaceAll(RENDERED_URL_OPENING, JSON.stringify(origin).slice(0, -1));
