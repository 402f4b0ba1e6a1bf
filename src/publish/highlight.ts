/**
 * Marking figures inside the text of their measure. Offsets are code points (like every
 * offset in blauwdruk), so the text is handled as an array of code points throughout.
 */
import type { FigureRecord, MeasureRecord } from '../queries/shapes.js';
import { html, type SafeHtml } from './html.js';

/** A span of a measure's text, in code points relative to the measure's start. */
export interface Span<T = unknown> {
  start: number;
  end: number;
  item: T;
}

/** Where offset mismatches are reported: a Fastify (pino) logger, or anything with `warn`. */
export interface WarningLog {
  warn(details: object, message: string): void;
}

/**
 * A stretch of a document's text that figures are marked in: a measure, or the line of a
 * figure that stands outside every measure (a headline). `provenance.start` is its offset in
 * the document, in code points.
 */
export type Passage = Pick<MeasureRecord, 'id' | 'text'> & { provenance: Pick<MeasureRecord['provenance'], 'start'> };

/**
 * Where a figure sits in its passage's text, from the provenance offsets alone. Offsets
 * that do not slice to the quote are a build bug: it is logged, and the figure gets no
 * span (rendered unmarked) rather than a guessed one that would hide the bug.
 */
export function figureSpan(measure: Passage, figure: FigureRecord, log: WarningLog): Span<FigureRecord> | undefined {
  const start = figure.provenance.start - measure.provenance.start;
  const end = figure.provenance.end - measure.provenance.start;
  const sliced = [...measure.text].slice(start, end).join('');
  if (sliced === figure.quote) return { start, end, item: figure };
  log.warn({ figure: figure.id, measure: measure.id, start, end, quote: figure.quote, sliced }, 'figure offsets do not slice to its quote; shown without highlight');
  return undefined;
}

/** Spans of all `figures` in `measure`, in text order; figures whose offsets disagree are left out (and logged). */
export function figureSpans(measure: Passage, figures: readonly FigureRecord[], log: WarningLog): Array<Span<FigureRecord>> {
  return figures.flatMap((f) => figureSpan(measure, f, log) ?? []).sort((a, b) => a.start - b.start);
}

/** The sentence of `text` around the span (bounded by . ! ? followed by a space), with the span shifted into it. */
export function sentenceAround<T>(text: string, span: Span<T>): { text: string; span: Span<T>; cutBefore: boolean; cutAfter: boolean } {
  const chars = [...text];
  let from = span.start;
  while (from > 0 && !(/[.!?]/.test(chars[from - 2] ?? '') && /\s/.test(chars[from - 1]!))) from--;
  let to = span.end;
  while (to < chars.length && !(/[.!?]/.test(chars[to]!) && (to + 1 === chars.length || /\s/.test(chars[to + 1]!)))) to++;
  to = Math.min(to + 1, chars.length);
  return {
    text: chars.slice(from, to).join(''),
    span: { ...span, start: span.start - from, end: span.end - from },
    cutBefore: from > 0,
    cutAfter: to < chars.length,
  };
}

/** `text` escaped, each span wrapped by `mark(inner, item)`; spans must not overlap. */
export function highlight<T>(text: string, spans: ReadonlyArray<Span<T>>, mark: (inner: string, item: T) => SafeHtml): SafeHtml {
  const chars = [...text];
  const parts: Array<SafeHtml | string> = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(chars.slice(at, span.start).join(''), mark(chars.slice(span.start, span.end).join(''), span.item));
    at = span.end;
  }
  parts.push(chars.slice(at).join(''));
  return html`${parts}`;
}
