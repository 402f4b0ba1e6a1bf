/** `/v1/series`, `/v1/series/{id}` (with its points in date order) and `/v1/series/{id}/figures`. */
import { figures } from '../queries/figures.js';
import { series } from '../queries/series.js';
import { collectionPlugin } from './collection.js';

export default collectionPlugin({ entity: series, relations: { figures: { entity: figures, filter: 'series' } } });
