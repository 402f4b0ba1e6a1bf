/**
 * PDF (text layer) to canonical text with pdfjs-dist. Text items are grouped into lines,
 * lines into columns (a vertical gutter no narrow line crosses) and read column by column;
 * running headers and footers (the same line in the page margin on most pages) and page
 * numbers are dropped; a word hyphenated at a line end is joined again; larger type
 * becomes a heading and a bullet sign starts a bullet. Every page's start is recorded so
 * measures and figures can say "p. N".
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutBlocks, type TextBlock } from './layout.js';
import type { ConvertedDocument, FileMetadata } from './types.js';
import { ConversionError } from './types.js';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A run of text on one baseline that no column gutter splits. */
interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

/** The share of the page height at top and bottom where running headers, footers and page numbers stand. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^(?:(?:p|pag|pagina|blz|page)\.?\s*)?\d{1,4}(?:\s*(?:\/|van|of)\s*\d{1,4})?$/iu;
const BULLET_SIGN = /^\s*(?:[•·▪●◦‣∙–-]|\d{1,2}[.)])\s+/u;
const TERMINAL = /[.!?…:;]["”’)]*$/u;

/** Items of one page as positioned runs (pdfjs gives a transform matrix per item). */
function itemsOf(content: { items: unknown[] }): Item[] {
  return (content.items as Array<{ str?: string; transform?: number[]; width?: number; height?: number }>)
    .filter((i) => typeof i.str === 'string' && i.str.trim() !== '' && i.transform)
    .map((i) => ({ str: i.str!, x: i.transform![4]!, y: i.transform![5]!, width: i.width ?? 0, size: Math.hypot(i.transform![2]!, i.transform![3]!) || i.height || 10 }));
}

/** Groups items on the same baseline and splits each row where a gap is wider than a gutter. */
function fragmentsOf(items: Item[], page: number): Fragment[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - item.y) < 0.5 * Math.min(row[0]!.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  const fragments: Fragment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: Fragment | null = null;
    for (const item of row) {
      const gap = current ? item.x - current.x1 : 0;
      if (current && gap < 1.5 * item.size) {
        const space = gap > 0.15 * item.size && !current.text.endsWith(' ') && !item.str.startsWith(' ');
        current.text += (space ? ' ' : '') + item.str;
        current.x1 = Math.max(current.x1, item.x + item.width);
      } else {
        current = { text: item.str, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size, page };
        fragments.push(current);
      }
    }
  }
  return fragments.map((f) => ({ ...f, text: f.text.replace(/\s+/gu, ' ').trim() })).filter((f) => f.text !== '');
}

/** Text of a margin line with its digits masked, so "Pagina 3" and "Pagina 4" are the same running footer. */
const runningKey = (f: Fragment) => f.text.replace(/\d+/g, '#').toLowerCase();

/** Drops page numbers and the lines that repeat in the top or bottom margin of most pages. */
function withoutFurniture(pages: Fragment[][], heights: number[]): Fragment[][] {
  const inMargin = (f: Fragment) => f.y > heights[f.page - 1]! * (1 - MARGIN) || f.y < heights[f.page - 1]! * MARGIN;
  const pagesWith = new Map<string, Set<number>>();
  for (const f of pages.flat()) if (inMargin(f)) pagesWith.set(runningKey(f), (pagesWith.get(runningKey(f)) ?? new Set()).add(f.page));
  const repeats = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page) => page.filter((f) => !(inMargin(f) && (PAGE_NUMBER.test(f.text) || (pagesWith.get(runningKey(f))?.size ?? 0) >= repeats))));
}

/** x positions of column gutters: vertical bands inside the text that no narrow fragment covers. */
function gutters(fragments: Fragment[]): number[] {
  if (fragments.length === 0) return [];
  const left = Math.min(...fragments.map((f) => f.x0));
  const right = Math.max(...fragments.map((f) => f.x1));
  const narrow = fragments.filter((f) => f.x1 - f.x0 < 0.55 * (right - left));
  if (narrow.length < 4) return [];
  const covered = new Uint8Array(Math.ceil(right - left) + 1);
  for (const f of narrow) covered.fill(1, Math.floor(f.x0 - left), Math.ceil(f.x1 - left));
  const found: number[] = [];
  for (let x = 0; x < covered.length; x++) {
    if (covered[x]) continue;
    let end = x;
    while (end < covered.length && !covered[end]) end++;
    const middle = left + (x + end) / 2;
    const bothSides = narrow.some((f) => f.x1 <= middle) && narrow.some((f) => f.x0 >= middle);
    if (end - x >= 8 && x > 0 && end < covered.length && bothSides) found.push(middle);
    x = end;
  }
  return found;
}

/**
 * Reading order of one page: top to bottom in bands; within a band, column by column.
 * A fragment that crosses a gutter (a title over both columns) closes the band above it.
 */
function readingOrder(fragments: Fragment[]): Fragment[] {
  const cuts = gutters(fragments);
  const columnOf = (f: Fragment) => cuts.filter((g) => g <= f.x0).length;
  const crosses = (f: Fragment) => cuts.some((g) => f.x0 < g && f.x1 > g);
  const ordered: Fragment[] = [];
  let band: Fragment[][] = cuts.map(() => []).concat([[]]);
  const flush = () => {
    for (const column of band) ordered.push(...column);
    band = band.map(() => []);
  };
  for (const f of [...fragments].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    if (crosses(f)) {
      flush();
      ordered.push(f);
    } else band[columnOf(f)]!.push(f);
  }
  flush();
  return ordered;
}

/** The most common type size, weighted by text length: the body text. */
function bodySize(fragments: Fragment[]): number {
  const weight = new Map<number, number>();
  for (const f of fragments) weight.set(Math.round(f.size), (weight.get(Math.round(f.size)) ?? 0) + f.text.length);
  return [...weight].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

/** Lines in reading order to blocks: paragraphs break on a vertical gap, headings on larger type, bullets on their sign. */
function blocksOf(lines: Fragment[]): TextBlock[] {
  const body = bodySize(lines);
  const blocks: TextBlock[] = [];
  let previous: Fragment | null = null;
  for (const line of lines) {
    const block = blocks.at(-1);
    const isHeading = line.size > body * 1.15;
    const bullet = BULLET_SIGN.exec(line.text);
    const text = bullet ? line.text.slice(bullet[0].length) : line.text;
    const sameFlow = previous !== null && previous.page === line.page && previous.y > line.y && previous.y - line.y < 1.6 * Math.max(previous.size, line.size) && Math.abs(previous.x0 - line.x0) < 3 * line.size;
    // A sentence that runs on into the next column or page: no end punctuation, continues in lower case.
    const runsOn = previous !== null && !TERMINAL.test(previous.text) && /^\p{Ll}/u.test(text) && !bullet;
    const continues = block !== undefined && !bullet && (block.kind === 'heading') === isHeading && (sameFlow || runsOn);
    if (continues) {
      const last = block.pieces.at(-1)!;
      // "poli-" + "tieagenten": a lower-case letter before the hyphen and a lower-case word after it.
      const hyphenated = /\p{Ll}-$/u.test(last.text) && /^\p{Ll}/u.test(text);
      if (hyphenated) last.text = last.text.slice(0, -1);
      block.pieces.push({ text, page: line.page, glue: hyphenated ? '' : ' ' });
    } else {
      blocks.push({ kind: bullet ? 'bullet' : isHeading ? 'heading' : 'paragraph', pieces: [{ text, page: line.page, glue: ' ' }] });
    }
    previous = line;
  }
  return blocks;
}

/** Title, author and language from the document information; CreationDate is when the file was made, not published: not taken. */
async function metadataOf(pdf: PDFDocumentProxy): Promise<FileMetadata> {
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
  const found: FileMetadata = {};
  const string = (key: string) => (typeof info[key] === 'string' && (info[key] as string).trim() !== '' ? (info[key] as string).trim() : null);
  if (string('Title')) found.title = { value: string('Title')!, source: 'pdf Info /Title' };
  if (string('Author')) found.author = { value: string('Author')!, source: 'pdf Info /Author' };
  if (string('Language')) found.language = { value: string('Language')!, source: 'pdf /Lang' };
  return found;
}

/** Opens a PDF, turning pdfjs's exceptions into reasons a curator can act on. */
async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: true }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ConversionError('the PDF is encrypted (password protected); save an unprotected copy');
    if (name === 'InvalidPDFException') throw new ConversionError(`not a valid PDF (corrupt or truncated file: ${(e as Error).message})`);
    throw new ConversionError(`cannot read the PDF (${(e as Error).message})`);
  }
}

export async function convertPdf(bytes: Buffer): Promise<ConvertedDocument> {
  const pdf = await open(new Uint8Array(bytes));
  try {
    const pages: Fragment[][] = [];
    const heights: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      heights.push(page.view[3]! - page.view[1]!);
      pages.push(fragmentsOf(itemsOf(await page.getTextContent()), n));
      page.cleanup();
    }
    const letters = pages.flat().reduce((sum, f) => sum + (f.text.match(/\p{L}/gu)?.length ?? 0), 0);
    if (letters < 20) throw new ConversionError('the PDF has no text layer (a scanned document?); OCR is not supported: add a PDF with text or its text as .txt');
    const lines = withoutFurniture(pages, heights).flatMap(readingOrder);
    return { ...layoutBlocks(blocksOf(lines)), mediaType: 'application/pdf', metadata: await metadataOf(pdf) };
  } catch (e) {
    if (e instanceof ConversionError) throw e;
    throw new ConversionError(`cannot read the PDF (corrupt or truncated file: ${(e as Error).message})`);
  } finally {
    await pdf.destroy();
  }
}
