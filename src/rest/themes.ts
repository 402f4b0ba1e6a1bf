/** `/v1/themes`, `/v1/themes/{id}` and the measures with a theme. */
import { measures } from '../queries/measures.js';
import { themes } from '../queries/themes.js';
import { collectionPlugin } from './collection.js';

export default collectionPlugin({ entity: themes, relations: { measures: { entity: measures, filter: 'theme' } } });
