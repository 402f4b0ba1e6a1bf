/**
 * Plain text is canonical as it is (offsets refer to its exact characters, as for the
 * seeds). Markdown loses its markup: `#` headings, `*`/`+` bullets, emphasis and links
 * become the same layout as every other format.
 */
import { layoutBlocks, type TextBlock } from './layout.js';

const MD_HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u;
const MD_BULLET = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/u;

/** Inline markdown to its text: `**x**`, `_x_`, `` `x` ``, `[x](url)`, `![x](url)`. */
const inline = (s: string) =>
  s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]*)`/gu, '$1');

export function markdownText(markdown: string) {
  const blocks: TextBlock[] = [];
  let paragraph: TextBlock | null = null;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = MD_HEADING.exec(line);
    const bullet = MD_BULLET.exec(line);
    if (line.trim() === '' || /^\s*(?:---+|\*\*\*+|___+)\s*$/.test(line)) {
      paragraph = null;
    } else if (heading || bullet) {
      paragraph = null;
      blocks.push({ kind: heading ? 'heading' : 'bullet', pieces: [{ text: inline((heading ?? bullet)![1]!), page: null, glue: ' ' }] });
    } else if (paragraph) {
      paragraph.pieces.push({ text: inline(line.trim()), page: null, glue: ' ' });
    } else {
      paragraph = { kind: 'paragraph', pieces: [{ text: inline(line.replace(/^\s*>\s?/, '')), page: null, glue: ' ' }] };
      blocks.push(paragraph);
    }
  }
  return layoutBlocks(blocks);
}
