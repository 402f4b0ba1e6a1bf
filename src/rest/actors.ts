/** `/v1/actors`, `/v1/actors/{id}` and the measures naming an actor. */
import { actors } from '../queries/actors.js';
import { measures } from '../queries/measures.js';
import { mentions } from '../queries/mentions.js';
import { collectionPlugin } from './collection.js';

export default collectionPlugin({ entity: actors, relations: { measures: { entity: measures, filter: 'actor' }, mentions: { entity: mentions, filter: 'actor' } } });
