/** `/v1/locations`, `/v1/locations/{id}` and the measures tied to a place or anything inside it. */
import { locations } from '../queries/locations.js';
import { measures } from '../queries/measures.js';
import { mentions } from '../queries/mentions.js';
import { collectionPlugin } from './collection.js';

export default collectionPlugin({ entity: locations, relations: { measures: { entity: measures, filter: 'location' }, mentions: { entity: mentions, filter: 'location' } } });
