/** `/v1/programmes`, `/v1/programmes/{id}` and its measures. */
import { measures } from '../queries/measures.js';
import { programmes } from '../queries/programmes.js';
import { collectionPlugin } from './collection.js';

export default collectionPlugin({ entity: programmes, relations: { measures: { entity: measures, filter: 'programme' } } });
