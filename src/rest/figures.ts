/** `/v1/figures` and `/v1/figures/{id}`. */
import { figures } from '../queries/figures.js';
import { collectionPlugin } from './collection.js';

export default collectionPlugin({ entity: figures });
