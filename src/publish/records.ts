/**
 * The REST records behind a card or a citation, read through the shared query layer: a
 * figure needs its measure (the full sentence) and its document (date, issuer, title).
 */
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { notFound } from '../errors.js';
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

/** A measure with its document and figures; 404 when the id is unknown. */
export function measureView(db: Db, id: string): MeasureView {
  const measure = getMeasure(db, id);
  if (!measure) throw notFound('measures', id);
  return { measure, document: getDocument(db, measure.document.id)!, figures: figuresByMeasureIds(db, [id])[0]! };
}

/** A figure with its measure, document and sibling figures; 404 when the id is unknown. */
export function figureView(db: Db, id: string): FigureView {
  const figure = getFigure(db, id);
  if (!figure) throw notFound('figures', id);
  return { figure, ...measureView(db, figure.measure.id) };
}

/** The `{id}` path parameter of a record route (card, citation, browse page). */
export const idParams = z.object({ id: z.string().min(1).describe('Record id.') });
