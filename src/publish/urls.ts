/** The public URLs of publishing resources, built in one place so cards, oEmbed and pages agree. */
import type { MeasureRecord } from '../queries/shapes.js';

export type CardKind = 'figures' | 'measures' | 'series';

/** `/embed/figures/{id}` as an absolute URL. */
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
