import { splitSentences, type SentenceSplitter } from '../text/sentences.js';
import type { StatementKind } from '../vocabulary.js';
import { prepared, type PreparedText } from './prepared.js';
import type { Segment } from './types.js';
import { withFields } from './with-fields.js';

/** A line of the document with its UTF-16 span. */
interface Line {
  text: string;
  start: number;
}

/** A paragraph or bullet of the document, under its section heading, with its sentences (UTF-16 spans). */
export interface Block {
  kind: 'bullet' | 'paragraph';
  section: string | null;
  start: number;
  end: number;
  sentences: Array<[number, number]>;
}

const BULLET = /^\s*(?:[-•*–·▪●]|\d{1,2}[.)])\s+/u;
// Scraped web pages end their content with a breadcrumb or "read more" link ("Veiligheid >>");
// everything after it is page furniture, not policy text.
const NAVIGATION = /(?:>>|»)\s*$/u;
// A feed or scraper prefix such as "date 2018-03" carries metadata, not a statement.
const METADATA_PREFIX = /^\s*(?:date|datum)\s*:?\s*\d{4}(?:-\d{2}){0,2}\s+/iu;
const TERMINAL = /[.!?…:;]["”’)]*\s*$/u;
const MAX_HEADING_WORDS = 16;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\n|\r/g)) {
    lines.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start });
  return lines;
}

const isBlank = (line: Line | undefined) => line === undefined || line.text.trim() === '';

/**
 * A heading is a short line without closing punctuation that stands on its own:
 * paragraphs in policy texts end in a full stop, titles and section heads do not.
 */
export function isHeadingLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || BULLET.test(trimmed) || TERMINAL.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u).length;
  return words <= MAX_HEADING_WORDS && /^[\p{Lu}\p{N}'‘’"“]/u.test(trimmed);
}

function blocksOf(text: string): Array<Omit<Block, 'sentences'>> {
  const lines = splitLines(text);
  const blocks: Array<Omit<Block, 'sentences'>> = [];
  let section: string | null = null;
  let pendingHeading: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (NAVIGATION.test(line.text)) break;
    let start = line.start;
    const end = line.start + line.text.length;
    if (blocks.length === 0 && pendingHeading === null && section === null) {
      const meta = METADATA_PREFIX.exec(line.text);
      if (meta) start += meta[0].length;
    }
    const content = text.slice(start, end);
    const bullet = BULLET.exec(content);
    if (bullet) {
      section = pendingHeading ?? section;
      pendingHeading = null;
      blocks.push({ kind: 'bullet', section, start: start + bullet[0].length, end });
      continue;
    }
    const wrapsOn = !isBlank(lines[i + 1]) && /^\s*\p{Ll}/u.test(lines[i + 1]!.text);
    if (isHeadingLine(content) && !wrapsOn) {
      // Two headings in a row: the first headed nothing (a caption, a "Play" button).
      pendingHeading = content.trim();
      continue;
    }
    section = pendingHeading ?? section;
    pendingHeading = null;
    const previous = blocks.at(-1);
    // A hard-wrapped paragraph continues on a line that starts in lower case.
    const continues = previous?.kind === 'paragraph' && !isBlank(lines[i - 1]) && /^\s*\p{Ll}/u.test(content);
    if (previous && continues) previous.end = end;
    else blocks.push({ kind: 'paragraph', section, start, end });
  }
  return blocks;
}

const COMMITMENT_SUBJECT = /(?:^|[\s"“(])(?:we|wij)\s/iu;
const MODAL = /\b(?:zal|zullen|moet|moeten|willen|wil|gaan|streven|pleiten|vragen|dringen)\b/iu;
const PAST = /\b(?:werd|werden|was|waren|had|hadden|heeft\s+\w+\s+aangetoond)\b/iu;
const PRESENT_PASSIVE_PLAN = /\bword(?:t|en)\b.*\b(?:voortgezet|uitgebreid|uitgebouwd|uitgewerkt|uitgevoerd|versterkt|opgericht|ingezet|aangepakt|aangeboden|gescreend|onderzocht|ondersteund)\b/iu;

/**
 * Commitment: the author promises or plans ("We investeren…", "… zal worden…");
 * observation: a statement of fact; question: ends in a question mark.
 */
export function classifyStatement(sentence: string): StatementKind {
  const s = sentence.trim();
  if (/\?["”’)]*$/u.test(s)) return 'question';
  if (COMMITMENT_SUBJECT.test(` ${s}`)) return 'commitment';
  if (PAST.test(s) && !MODAL.test(s)) return 'observation';
  if (MODAL.test(s) || PRESENT_PASSIVE_PLAN.test(s)) return 'commitment';
  return 'observation';
}

/** The blocks of a document with their sentences; `PreparedText.blocks` holds them once per document. */
export function segmentBlocks(text: string, split: SentenceSplitter = splitSentences): Block[] {
  return blocksOf(text).map((block) => withFields(block, { sentences: split(text, block.start, block.end) }));
}

/**
 * Splits a document into measures: one per sentence of each paragraph or bullet,
 * carrying the heading of the section it stands in. Offsets are UTF-16 indices.
 */
export function segmentDocument(input: string | PreparedText): Segment[] {
  const { text, blocks } = prepared(input);
  const segments: Segment[] = [];
  blocks.forEach((block, b) => {
    for (const [start, end] of block.sentences) {
      const quote = text.slice(start, end);
      segments.push({
        ordinal: segments.length + 1,
        section: block.section,
        block: b + 1,
        blockKind: block.kind,
        statementKind: classifyStatement(quote),
        start,
        end,
        quote,
      });
    }
  });
  return segments;
}

/** A date stated in a scraper's metadata prefix ("date 2018-03"), if any. */
export function statedDocumentDate(text: string): string | null {
  const m = /^\s*(?:date|datum)\s*:?\s*(\d{4}(?:-\d{2}){0,2})\b/iu.exec(text);
  return m ? m[1]! : null;
}
