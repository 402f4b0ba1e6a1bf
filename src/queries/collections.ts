/** The entity behind each REST collection, by collection name: for code that walks every collection. */
import { actors } from './actors.js';
import type { EntityCollection } from './dataset.js';
import { documents } from './documents.js';
import type { Entity } from './entity.js';
import { figures } from './figures.js';
import { locations } from './locations.js';
import { measures } from './measures.js';
import { programmes } from './programmes.js';
import { themes } from './themes.js';

export const collectionEntities: Readonly<Record<EntityCollection, Entity>> = { documents, programmes, measures, figures, actors, locations, themes };
