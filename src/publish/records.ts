/**
 * The REST records behind a card or a citation, read through the shared query layer: a
 * figure needs its measure (the full sentence) and its document (date, issuer, title).
 */
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { notFound } from '../errors.js';
import { documentText, getDocument } from '../queries/documents.js';
import { figuresByMeasureIds, getFigure } from '../queries/figures.js';
import { getMeasure } from '../queries/measures.js';
import type { DocumentRecord, FigureRecord, MeasureRecord } from '../queries/shapes.js';
import type { Passage } from './highlight.js';

export interface MeasureView {
  measure: MeasureRecord;
  document: DocumentRecord;
  figures: FigureRecord[];
}

export interface FigureView {
  figure: FigureRecord;
  document: DocumentRecord;
  /** The measure the figure stands in; null for a figure outside every measure (a headline). */
  measure: MeasureRecord | null;
  /** The text the figure is quoted in: its measure, else its own line of the document. */
  passage: Passage;
}

/** A measure with its document and figures; 404 when the id is unknown. */
export function measureView(db: Db, id: string): MeasureView {
  const measure = getMeasure(db, id);
  if (!measure) throw notFound('measures', id);
  return { measure, document: getDocument(db, measure.document.id)!, figures: figuresByMeasureIds(db, [id])[0]! };
}

/** A figure with its document and its measure (or, outside every measure, its line); 404 when the id is unknown. */
export function figureView(db: Db, id: string): FigureView {
  const figure = getFigure(db, id);
  if (!figure) throw notFound('figures', id);
  const document = getDocument(db, figure.document.id)!;
  const measure = figure.measure === null ? null : getMeasure(db, figure.measure.id);
  return { figure, document, measure, passage: measure ?? lineOf(figure, documentText(db, document.id) ?? '') };
}

/** The line of the document text holding a figure (code points), as the passage it is quoted in. */
export function lineOf(figure: FigureRecord, text: string): Passage {
  const chars = [...text];
  let start = figure.provenance.start;
  while (start > 0 && chars[start - 1] !== '\n') start--;
  let end = figure.provenance.end;
  while (end < chars.length && chars[end] !== '\n') end++;
  return { id: figure.id, text: chars.slice(start, end).join(''), provenance: { start } };
}

/** The `{id}` path parameter of a record route (card, citation, browse page). */
export const idParams = z.object({ id: z.string().min(1).describe('Record id.') });
