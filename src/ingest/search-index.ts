/**
 * The stems a document's rows of the full-text index are found by, computed where the document
 * is extracted (a worker thread of the parallel build) and cached with its extraction: stemming
 * a document's text, measures and figures on the thread that loads the database was a third of
 * that thread's time, the cold build's bottleneck. The title comes from the manifest, which the
 * cache key does not name, so it is stemmed apart where the document is loaded ({@link withTitle}).
 */
import { stemsOf } from '../text/stem.js';
import type { DocumentExtraction } from './pipeline.js';

/** A text's index values: its stems joined by single spaces, and their number (bm25's length of the row, as FTS5 counts the body's tokens). */
export interface Indexed {
  tokens: number;
  body: string;
}

/** The index values of a document's own rows, in the order of its extraction's measures and figures. */
export interface DocumentSearchIndex {
  /** The document's text, without its title. */
  text: Indexed;
  measures: Indexed[];
  figures: Indexed[];
}

/** An extraction as the build caches it: with its search index when the build computed it there (fixtures and tools have none). */
export type IndexedExtraction = DocumentExtraction & { searchIndex?: DocumentSearchIndex };

/** {@link Indexed} of `text`. */
export function indexed(text: string): Indexed {
  const stems = stemsOf(text);
  return { tokens: stems.length, body: stems.join(' ') };
}

/** The text a measure's index row is found by: its section and its quote. */
export const measureIndexText = (m: DocumentExtraction['measures'][number]) => `${m.section ?? ''}\n${m.quote}`;

/** The text a figure's index row is found by: its quote, unit and subject, and the quote of its measure. */
export function figureIndexTexts(extraction: DocumentExtraction): string[] {
  const measureText = new Map(extraction.measures.map((m) => [m.ordinal, m.quote]));
  return extraction.figures.map((f) => [f.quote, f.unit, f.subject, f.measure === null ? null : measureText.get(f.measure)].filter(Boolean).join('\n'));
}

/** The stems of a document's text, measures and figures (its rows of the index but the title's part). */
export function searchIndexOf(text: string, extraction: DocumentExtraction): DocumentSearchIndex {
  return { text: indexed(text), measures: extraction.measures.map((m) => indexed(measureIndexText(m))), figures: figureIndexTexts(extraction).map(indexed) };
}

/**
 * The document row's values, {@link indexed} of `${title}\n${text}`, from the title's and the
 * text's apart: no word runs over a line break, and a clitic "s" needs an apostrophe right before
 * it (so the first words of the text are the same words after the title's line break as alone).
 */
export function withTitle(title: Indexed, text: Indexed): Indexed {
  return { tokens: title.tokens + text.tokens, body: title.body === '' ? text.body : text.body === '' ? title.body : `${title.body} ${text.body}` };
}
