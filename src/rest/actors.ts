/** `/v1/actors`, `/v1/actors/{id}`, the measures naming an actor, where it is named, and the figures about it. */
import { figures } from '../queries/figures.js';
import { actors } from '../queries/actors.js';
import { measures } from '../queries/measures.js';
import { mentions } from '../queries/mentions.js';
import { collectionPlugin } from './collection.js';

export default collectionPlugin({ entity: actors, relations: { measures: { entity: measures, filter: 'actor' }, mentions: { entity: mentions, filter: 'actor' }, figures: { entity: figures, filter: 'subjectActor' } } });
