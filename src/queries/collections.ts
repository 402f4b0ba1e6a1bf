/** The entity behind each REST collection that follows changes (firstSeen, lastModified, modifiedSince), by name. */
import { actors } from './actors.js';
import type { EntityCollection } from './dataset.js';
import { documents } from './documents.js';
import type { Entity } from './entity.js';
import { figures } from './figures.js';
import { locations } from './locations.js';
import { measures } from './measures.js';
import { programmes } from './programmes.js';
import { series } from './series.js';
import { themes } from './themes.js';

export const historyCollections = ['documents', 'programmes', 'measures', 'figures', 'series', 'actors', 'locations', 'themes'] as const satisfies readonly EntityCollection[];
export type HistoryCollection = (typeof historyCollections)[number];

export const collectionEntities: Readonly<Record<HistoryCollection, Entity>> = { documents, programmes, measures, figures, series, actors, locations, themes };
