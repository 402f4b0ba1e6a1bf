/** `/v1/measures`, `/v1/measures/{id}` and `/v1/measures/{id}/figures`. */
import { figures } from '../queries/figures.js';
import { measures } from '../queries/measures.js';
import { mentions } from '../queries/mentions.js';
import { collectionPlugin } from './collection.js';

export default collectionPlugin({ entity: measures, relations: { figures: { entity: figures, filter: 'measure' }, mentions: { entity: mentions, filter: 'measure' } } });
