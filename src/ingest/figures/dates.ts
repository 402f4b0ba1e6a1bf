/** Sentence spans, date phrases and the reference date of a figure. */
import { daysInMonth } from '../../text/calendar.js';
import type { Span } from '../types.js';
import { MONTHS, NUMBER_ATOMS } from './words.js';

/**
 * Blocks of text: lines are grouped into blocks (a blank line, a bullet, a heading or a line
 * ending in punctuation closes a block; other line breaks are wrapping).
 */
export function blockSpans(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  const blocks: Array<[number, number]> = [];
  let cur: [number, number] | null = null;
  for (const [s, e] of lines) {
    const line = text.slice(s, e);
    if (!/\S/.test(line)) {
      if (cur) blocks.push(cur);
      cur = null;
      continue;
    }
    const bullet = /^\s*(?:[-•*–·]|\d+[.)])\s/.test(line);
    if (cur && !bullet) {
      const prev = text.slice(cur[0], cur[1]).trimEnd();
      const prevLine = prev.slice(prev.lastIndexOf('\n') + 1);
      if (/[.!?:;]$/.test(prev) || prevLine.length < 60) {
        blocks.push(cur);
        cur = null;
      }
    } else if (cur) {
      blocks.push(cur);
      cur = null;
    }
    cur = cur ? [cur[0], e] : [s, e];
  }
  if (cur) blocks.push(cur);
  return blocks;
}

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** Sentence spans: each block (see {@link blockSpans}; given when already split) split with `Intl.Segmenter`. */
export function sentenceSpans(text: string, blocks = blockSpans(text)): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of blocks) {
    for (const seg of segmenter.segment(text.slice(s, e))) out.push(...splitBeforeDigits(seg.segment, s + seg.index));
  }
  return out;
}

// "…en de politie. 90 procent van…": the segmenter does not break before a sentence that opens
// with digits. A full stop after a word of four letters or more (no abbreviation such as "nr.")
// followed by digits does end a sentence.
const STOP_BEFORE_DIGITS = /(?<=\p{L}{4}[.!?]["”’)]?\s+)(?=\d)/gu;

function splitBeforeDigits(segment: string, offset: number): Array<[number, number]> {
  const cuts = [0, ...[...segment.matchAll(STOP_BEFORE_DIGITS)].map((m) => m.index), segment.length];
  return cuts.slice(1).map((end, i) => [offset + cuts[i]!, offset + end] as [number, number]);
}

export interface DateMention {
  start: number;
  end: number;
  value: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Year (and month) of a reduced-precision ISO date, or null. */
interface DocumentParts {
  year: number;
  month: number | null;
}

function docParts(documentDate: string | null | undefined): DocumentParts | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(documentDate ?? '');
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null } : null;
}

const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const REL_YEAR_RE = '(?:(?:vorig|vorige|verleden|afgelopen|voorbije)|(?:dit|deze|huidig|huidige|lopende)|(?:volgend|volgende|komend|komende))\\s+jaar';
const YEAR_RE = '(?:19[5-9]\\d|20\\d\\d)';

function relYear(phrase: string, doc: { year: number } | null): number | null {
  if (!doc) return null;
  if (/^(?:vorig|vorige|verleden|afgelopen|voorbije)\b/.test(phrase)) return doc.year - 1;
  if (/^(?:volgend|volgende|komend|komende)\b/.test(phrase)) return doc.year + 1;
  return doc.year;
}

const modValue = (mod: string, y: number, month: number | null): string => {
  const end = /^eind/.test(mod);
  const begin = mod === 'begin';
  if (month !== null) return `${y}-${pad(month)}-${end ? pad(daysInMonth(y, month)) : begin ? '01' : '15'}`;
  return end ? `${y}-12-31` : begin ? `${y}-01-01` : `${y}-06-30`;
};

/** Date phrases and their values, compiled once (see {@link findDateMentions}). */
const DATE_PATTERNS: Array<[RegExp, (m: RegExpExecArray, doc: DocumentParts | null) => string | null]> = [
  [new RegExp(`\\b(eind|einde|begin|midden|medio)\\s+(?:van\\s+)?(?:(${MONTH_RE})\\.?\\s+)?(${YEAR_RE}|${REL_YEAR_RE})\\b`, 'g'), (m, doc) => {
    const y = /^\d/.test(m[3]!) ? Number(m[3]) : relYear(m[3]!, doc);
    return y === null ? null : modValue(m[1]!, y, m[2] ? MONTHS[m[2]]! : null);
  }],
  [new RegExp(`\\b([1-9]|[12]\\d|3[01])\\s+(${MONTH_RE})\\.?\\s+(${YEAR_RE})\\b`, 'g'), (m) => `${m[3]}-${pad(MONTHS[m[2]!]!)}-${pad(Number(m[1]))}`],
  [new RegExp(`\\b(${MONTH_RE})\\.?\\s+(${YEAR_RE})\\b`, 'g'), (m) => `${m[2]}-${pad(MONTHS[m[1]!]!)}`],
  [new RegExp(`\\b(${REL_YEAR_RE})\\b`, 'g'), (m, doc) => {
    const y = relYear(m[1]!, doc);
    return y === null ? null : String(y);
  }],
  [/\b(vorige|deze|volgende)\s+maand\b/g, (m, doc) => {
    if (!doc || doc.month === null) return null;
    const d = m[1] === 'vorige' ? -1 : m[1] === 'volgende' ? 1 : 0;
    const idx = doc.year * 12 + doc.month - 1 + d;
    return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
  }],
  [/\b(\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+jaar\s+geleden\b/g, (m, doc) => {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_ATOMS[m[1]!]!;
    return doc ? String(doc.year - n) : null;
  }],
  [new RegExp(`\\b${YEAR_RE}\\s*[-–]\\s*(${YEAR_RE})\\b`, 'g'), (m) => m[1]!],
  [new RegExp(`(?<!\\b(?:sinds|sedert|vanaf)\\s+)(?<![\\d.,-])\\b(${YEAR_RE})\\b(?![.,]?\\d)`, 'g'), (m) => m[1]!],
];

/**
 * Date phrases in a (folded) sentence with their resolved ISO value: "eind 2023" →
 * "2023-12-31", "begin 2024" → "2024-01-01", "medio 2022" → "2022-06-30", "12 maart 2024",
 * "maart 2024", "vorig jaar" (needs the document date, else null), "drie jaar geleden",
 * "2019-2024" (the end year), and bare years. "sinds 2019" is skipped: figures in such a
 * sentence describe the present, not 2019.
 */
export function findDateMentions(folded: string, offset: number, documentDate: string | null | undefined): DateMention[] {
  const doc = docParts(documentDate);
  const found: DateMention[] = [];
  // Patterns run most specific first; a later match overlapping an earlier one is dropped.
  const add = (s: number, e: number, value: string | null) => {
    if (!found.some((f) => offset + s < f.end && offset + e > f.start)) found.push({ start: offset + s, end: offset + e, value });
  };
  for (const [re, value] of DATE_PATTERNS) {
    for (const m of folded.matchAll(re)) add(m.index, m.index + m[0].length, value(m as unknown as RegExpExecArray, doc));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The reference date of a figure: a date phrase directly behind it ("12.345 in 2022"), else the
 * nearest date phrase before it in its sentence, else the nearest one after it in the same
 * clause (no comma or semicolon in between).
 */
export function pickReferenceDate(text: string, span: Span, mentions: DateMention[]): string | null {
  // "11.002 in 2023": a date right behind the figure belongs to it.
  for (const m of mentions) {
    if (m.start >= span.end && /^\s*(?:in|op|per|tegen|eind|begin|medio|midden)?\s*$/i.test(text.slice(span.end, m.start))) return m.value;
  }
  let best: DateMention | null = null;
  for (const m of mentions) {
    if (m.end <= span.start && (!best || m.end > best.end)) best = m;
  }
  if (best) return best.value;
  for (const m of mentions) {
    if (m.start >= span.end && !/[,;:]/.test(text.slice(span.end, m.start))) return m.value;
  }
  return null;
}
