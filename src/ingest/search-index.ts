/**
 * The stems a document's rows of the full-text index are found by, computed where the document
 * is extracted (a worker thread of the parallel build) and cached with its extraction: stemming
 * a document's text, measures and figures on the thread that loads the database was a third of
 * that thread's time, the cold build's bottleneck. The title comes from the manifest, which the
 * cache key does not name, so it is stemmed apart where the document is loaded ({@link withTitle}).
 *
 * A row is found by lines of text (a measure's section and quote; a figure's quote, unit,
 * subject and its measure's quote), each line stemmed alone and each distinct line of a
 * document once (a figure's row holds its measure's text, which the measure's row holds too).
 * The stems are those of the lines joined by newlines: a newline is no word character, and an
 * "s" is a clitic only right after a letter and an apostrophe, which a newline never is
 * (test/text/stem.test.ts holds `stemsOf` to it).
 */
import { StemmedText, stemsOf } from '../text/stem.js';
import type { Span } from './types.js';
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

/** {@link Indexed} of one line of text. */
function indexedLine(line: string): Indexed {
  return indexedStems(stemsOf(line));
}

/** The values of parts joined as their texts joined by newlines would give (a part without a word adds nothing). */
function joined(parts: readonly Indexed[]): Indexed {
  const words = parts.filter((p) => p.tokens > 0);
  return { tokens: words.reduce((sum, p) => sum + p.tokens, 0), body: words.map((p) => p.body).join(' ') };
}

/** {@link Indexed} of lines (null and empty ones hold no word), each stemmed by `line`. */
export function indexed(lines: ReadonlyArray<string | null>, line: (line: string) => Indexed = indexedLine): Indexed {
  return joined(lines.filter((text): text is string => !!text).map(line));
}

/** The values of stems. */
const indexedStems = (stems: readonly string[]): Indexed => ({ tokens: stems.length, body: stems.join(' ') });

/**
 * {@link indexedLine}, remembering the lines it was given (for the rows of one document), and given
 * first the lines that are spans of the document's text (its measures' and figures' quotes) from
 * the text's own stems: each word of the text is scanned and stemmed once, not again per row.
 */
function lineMemo(document: StemmedText, spans: readonly Span[]): (line: string) => Indexed {
  const seen = new Map<string, Indexed>();
  for (const { start, end, quote } of spans) {
    // A span's offsets are code points (the extraction's): they are the text's UTF-16 offsets when its slice is the quote.
    if (seen.has(quote) || document.text.slice(start, end) !== quote) continue;
    const stems = document.stemsOfSpan(start, end);
    if (stems !== undefined) seen.set(quote, indexedStems(stems));
  }
  return (text) => {
    let values = seen.get(text);
    if (values === undefined) seen.set(text, (values = indexedLine(text)));
    return values;
  };
}

/** The lines a row of the index is found by: a measure's section and quote; a figure's quote, unit, subject and its measure's quote. */
export function indexLinesOf(extraction: DocumentExtraction): { measures: Array<Array<string | null>>; figures: Array<Array<string | null>> } {
  const measureText = new Map(extraction.measures.map((m) => [m.ordinal, m.quote]));
  return {
    measures: extraction.measures.map((m) => [m.section, m.quote]),
    figures: extraction.figures.map((f) => [f.quote, f.unit, f.subject, f.measure === null ? null : measureText.get(f.measure) ?? null]),
  };
}

/** The stems of a document's text, measures and figures (its rows of the index but the title's part). */
export function searchIndexOf(text: string, extraction: DocumentExtraction): DocumentSearchIndex {
  const document = new StemmedText(text);
  const line = lineMemo(document, [...extraction.measures, ...extraction.figures]);
  const { measures, figures } = indexLinesOf(extraction);
  return { text: indexedStems(document.stems), measures: measures.map((lines) => indexed(lines, line)), figures: figures.map((lines) => indexed(lines, line)) };
}

/** The document row's values, {@link indexed} of `[title, text]`, from the title's and the text's apart. */
export function withTitle(title: Indexed, text: Indexed): Indexed {
  return joined([title, text]);
}
