/**
 * The REST records behind a card or a citation, read through the shared query layer: a
 * figure needs its measure (the full sentence) and its document (date, issuer, title).
 */
import type { Db } from '../db/client.js';
import { ApiError } from '../errors.js';
import { getDocument } from '../queries/documents.js';
import { figuresByMeasureIds, getFigure } from '../queries/figures.js';
import { getMeasure } from '../queries/measures.js';
import type { DocumentRecord, FigureRecord, MeasureRecord } from '../queries/shapes.js';

export interface MeasureView {
  measure: MeasureRecord;
  document: DocumentRecord;
  figures: FigureRecord[];
}

export interface FigureView extends MeasureView {
  figure: FigureRecord;
}

const notFound = (what: string, id: string) => new ApiError('NOT_FOUND', `There is no ${what} with id "${id}".`);

/** A measure with its document and figures; 404 when the id is unknown. */
export function measureView(db: Db, id: string): MeasureView {
  const measure = getMeasure(db, id);
  if (!measure) throw notFound('measure', id);
  return { measure, document: getDocument(db, measure.document.id)!, figures: figuresByMeasureIds(db, [id])[0]! };
}

/** A figure with its measure, document and sibling figures; 404 when the id is unknown. */
export function figureView(db: Db, id: string): FigureView {
  const figure = getFigure(db, id);
  if (!figure) throw notFound('figure', id);
  return { figure, ...measureView(db, figure.measure.id) };
}

/** A record path ("/v1/…") as an absolute URL of this API. */
export const absolute = (origin: string, path: string) => (path.startsWith('/') ? `${origin}${path}` : path);
