/**
 * The one sentence splitter: every extraction stage (measures in segment.ts, figures) splits its
 * blocks into sentences here, so a sentence is the same span whichever stage reads it.
 *
 * ICU's Dutch sentence rules (`Intl.Segmenter`: abbreviations such as "nr." and "bv." do not end a
 * sentence) with two corrections for policy texts:
 * - a line break inside a block is wrapping, not a sentence end (ICU ends a sentence at every one);
 * - a full stop after a word does end a sentence before one that opens with digits
 *   ("…met de politie. 90 procent van…"), which ICU does not break.
 * Spans are trimmed; a fragment without a letter ("2023.", a stray bullet mark) joins the sentence before it.
 */

import { matchesOf } from './matches.js';

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

// A full stop after a word of four letters or more (so no abbreviation such as "nr.") followed by digits.
const STOP_BEFORE_DIGITS = /(?<=\p{L}{4}[.!?]["”’)]?\s+)(?=\d)/gu;
const LINE_BREAK = /\r\n|\n|\r/g;
const SPACE = /\s/u;
const LETTER = /\p{L}/u;

/**
 * A text ICU cannot cut: UAX #29 may end a sentence only after a sentence terminator (such as
 * "." "!" "?" and the other full stops ATerm adds, with the closing quotes or brackets and spaces
 * after it) or a paragraph separator (line breaks are spaces by then), so a text with neither, or
 * whose only terminators close it ("Dit is één zin.", "Waarom?!”"), is one sentence (an empty text
 * is none). Headings, list items and one-sentence paragraphs are mostly such texts; they skip the
 * segmenter, whose call costs more than their whole split. The closers are ones UAX #29 calls
 * Close and the spaces ones it calls Sp (after those, at the end, no rule cuts).
 */
const UNCUTTABLE = /^[^\p{Sentence_Terminal}\u2024\uFE52\uFF0E\u0085\u2028\u2029\r\n]+(?:[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]+["”’)\]]*[ \t]*)?$/u;

/** ICU's sentences of a block's body (line breaks already spaces), as `{segment, index}` like `Intl.Segmenter`'s. */
export const icuSentences = (body: string): Iterable<{ segment: string; index: number }> => (UNCUTTABLE.test(body) ? [{ segment: body, index: 0 }] : segmenter.segment(body));

/**
 * Whether {@link STOP_BEFORE_DIGITS} may cut `segment`: its cut is a digit after a space, which a
 * search that skips ahead finds at once; the lookbehind, tried at every position, costs more.
 */
const SPACE_BEFORE_DIGIT = /\s\d/u;

/** Cut points inside one ICU sentence (relative to it) where a sentence opening with digits starts. */
const digitStarts = (segment: string): number[] => (SPACE_BEFORE_DIGIT.test(segment) ? matchesOf(STOP_BEFORE_DIGITS, segment).map((m) => m.index) : []);

/** The block with its line breaks as spaces of the same length (a block without any is itself). */
const withoutLineBreaks = (block: string) => (block.includes('\n') || block.includes('\r') ? block.replace(LINE_BREAK, (nl) => ' '.repeat(nl.length)) : block);

/** A sentence splitter of one block of a text; {@link splitSentences}, or one that remembers its answers. */
export type SentenceSplitter = (text: string, start: number, end: number) => Array<[number, number]>;

/**
 * The sentences of `text.slice(start, end)` (one block), as trimmed UTF-16 spans of `text` in text order.
 */
export function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  // Line breaks become spaces of the same length, so offsets into `body` stay offsets into the block.
  const body = withoutLineBreaks(text.slice(start, end));
  const spans: Array<[number, number]> = [];
  const push = (from: number, to: number) => {
    while (from < to && SPACE.test(body[from]!)) from++;
    while (to > from && SPACE.test(body[to - 1]!)) to--;
    if (from === to) return;
    const previous = spans.at(-1);
    if (previous && !LETTER.test(body.slice(from, to))) previous[1] = start + to;
    else spans.push([start + from, start + to]);
  };
  for (const { segment, index } of icuSentences(body)) {
    const cuts = [0, ...digitStarts(segment), segment.length];
    for (let i = 1; i < cuts.length; i++) push(index + cuts[i - 1]!, index + cuts[i]!);
  }
  return spans;
}

/**
 * The text of the sentence around a span, cheaply: from after the last sentence end (". ", "? ",
 * "! " or a line break) within `reach` characters before it to the first one within `reach` after
 * it. For a rule that asks what a span's sentence speaks of, where splitting the document
 * ({@link splitSentences}) would cost more than the question.
 */
export function sentenceWindow(text: string, start: number, end: number, reach: number): string {
  return text.slice(...sentenceWindowBounds(text, start, end, reach));
}

/** The offsets of {@link sentenceWindow}'s sentence: from the character after the sentence end before it, to the next one's mark. */
export function sentenceWindowBounds(text: string, start: number, end: number, reach: number): [number, number] {
  const from = Math.max(0, start - reach);
  const before = text.slice(from, start);
  const opening = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = text.slice(end, end + reach);
  const closing = /[.!?](?:\s|$)|\n/u.exec(after);
  return [from + opening + 1, closing ? end + closing.index : end + after.length];
}

/** The text of the sentence before the one {@link sentenceWindow} finds around a span (empty at the text's start). */
export function previousSentenceWindow(text: string, start: number, end: number, reach: number): string {
  const [sentenceStart] = sentenceWindowBounds(text, start, end, reach);
  return sentenceStart <= 1 ? '' : sentenceWindow(text, sentenceStart - 1, sentenceStart - 1, reach);
}
