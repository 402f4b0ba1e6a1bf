/**
 * The canonical text every format is converted to, written in one place: blocks separated
 * by a blank line, a heading on its own line, each bullet on its own "- " line, a
 * paragraph on one line. That is the layout the segmenter reads as headings, bullets and
 * paragraphs, so a PDF, a web page and a Word file of the same text give the same measures.
 */

/** A run of text from one page of the original (null when the format has no pages). */
export interface TextPiece {
  text: string;
  page: number | null;
  /** What joins it to the piece before it in the same block: a space, or nothing (a repaired hyphenation). */
  glue: ' ' | '';
}

export type BlockKind = 'heading' | 'paragraph' | 'bullet';

export interface TextBlock {
  kind: BlockKind;
  pieces: TextPiece[];
}

export interface LaidOutText {
  text: string;
  /** Code-point offset where each page's text starts (index 0 is page 1), or null for a format without pages. */
  pageStarts: number[] | null;
}

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Collapses inner whitespace (tabs, line breaks, non-breaking spaces) to single spaces. */
export const collapseSpaces = (s: string) => s.replace(/[\s\u00a0\u00ad]+/gu, ' ');

/**
 * Writes blocks as canonical text and records where each page starts. A page without text
 * starts where the next text starts, so every page number maps to an offset.
 */
export function layoutBlocks(blocks: readonly TextBlock[]): LaidOutText {
  let text = '';
  let length = 0;
  const pageStarts: number[] = [];
  let previous: BlockKind | null = null;
  const append = (s: string) => {
    text += s;
    length += codePoints(s);
  };
  for (const block of blocks) {
    const pieces = block.pieces.map((p) => ({ ...p, text: collapseSpaces(p.text) })).filter((p) => p.text.trim() !== '');
    if (pieces.length === 0) continue;
    if (previous !== null) append(previous === 'bullet' && block.kind === 'bullet' ? '\n' : '\n\n');
    if (block.kind === 'bullet') append('- ');
    pieces.forEach((piece, i) => {
      const content = i === 0 ? piece.text.trimStart() : piece.text;
      if (i > 0 && piece.glue === ' ' && !text.endsWith(' ') && !content.startsWith(' ')) append(' ');
      if (piece.page !== null) while (pageStarts.length < piece.page) pageStarts.push(length);
      append(i === pieces.length - 1 ? content.trimEnd() : content);
    });
    previous = block.kind;
  }
  return { text: text.length > 0 ? `${text}\n` : text, pageStarts: pageStarts.length > 0 ? pageStarts : null };
}

/** The page a code-point offset falls on (1-based), given the page starts of {@link layoutBlocks}. */
export function pageAt(pageStarts: readonly number[] | null, offset: number): number | null {
  if (pageStarts === null || pageStarts.length === 0) return null;
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
