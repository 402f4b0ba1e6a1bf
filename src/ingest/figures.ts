/**
 * Figures stage: finds the numbers a journalist would quote in Dutch (Flemish) policy prose
 * and normalises them into {@link Figure}s. Pure: text in, figures out, no I/O.
 *
 * The stage works on a token stream (numbers, words, symbols with UTF-16 offsets) and reads
 * each figure left to right as one of these shapes, tried in order at every token:
 *
 *   fraction        "een derde", "twee derde", "driekwart", "de helft", "één op de drie"
 *   between-range   "tussen 30 en 40 mensen"
 *   from–to         "van 186 naar 312 medewerkers" (change), "van 50 tot 350 euro" (range)
 *   range / single  "30 tot 40 mensen", "30-40 %", "€ 2,5 miljoen", "acht verbindingsofficieren"
 *
 * after which a qualifier ("maar liefst"), a unit (back-referenced for "dit aantal slechts
 * 462") and a reference date from the same sentence are attached. Everything that looks like a
 * number but is not a quantity (years, dates, clock times, labels such as "Hoofdstuk 3", list
 * numbering, phone numbers, "24/24") is rejected by small, separately testable predicates.
 *
 * Quote convention: the quote is tight — it starts at the number expression (including a
 * currency sign, "tussen"/"van" of a range or change, or the numerator of a fraction) and ends
 * with the unit, counted noun or quantity subject. A preceding qualifier is recorded in
 * `qualifier` but is NOT part of the quote, matching the shared gold conventions in
 * `test/gold/README.md`; flip {@link QUOTE_INCLUDES_QUALIFIER} to include it.
 *
 * Judgement calls:
 * - "een"/"één" alone is the article or emphasis ("één team", "onder één dak") and is never a
 *   figure; it counts only as a fraction numerator ("één op de drie", "een derde"), as an end
 *   of a range or change whose other end is a number ("één à twee", "van één naar drie"), or
 *   with a scale word ("een miljoen"). The digit "1" with a noun is a count.
 * - The unit of a count is the noun the number grammatically counts, as written:
 *   "Op vier plaatsen … komen er politiekantoren" → 4 "plaatsen".
 * - A small number word after a determiner ("de drie sporen", "deze twee") is a reference to
 *   a list, not a quantity, and is skipped. Digits are kept ("de 17 andere gemeenten").
 * - Number words need a counted noun or unit; bare digits are kept only with a qualifier, a
 *   scale word, a range/change, a quantity verb ("bedraagt 462") or a back-reference.
 * - "-tal" words ("een twintigtal agenten") are kept with qualifier "ongeveer"; plurals
 *   ("tientallen", "honderden") are vague and skipped.
 * - "van X tot Y" is a change only when the sentence speaks of change ("steeg", "groeide",
 *   "uitgebreid" …); otherwise it is a range ("jongeren van 14 tot 18 jaar"). "van X naar Y" is
 *   always a change.
 * - Durations are quantities ("48 uur", "drie jaar"); clock times ("om 22 uur", "van 9 tot 17
 *   uur", "22u30", "22.30") and availability ("24/24", "7 dagen op 7") are not figures.
 * - Subjects are filled for measured quantities only ("40 ton cocaïne"), not for durations,
 *   counts, percentages or fractions.
 */
import { foldForMatch } from '../text/fold.js';
import {
  ATTACHED_UNITS, COMPOUND_UNITS, COUNT_REFERENCE_NOUNS, CURRENCIES, CHANGE_CUE_PREFIXES, DEFINITE_DETERMINERS,
  DENOMINATORS, HOUR_UNITS, LABEL_ABBREVIATIONS, LABEL_WORDS, MEASURE_UNITS, MONTHS, MULTIPLIERS, NON_NOUNS,
  NUMBER_ATOMS, PARTICIPLES_EN, PERCENT_WORDS, QUALIFIERS, QUANTITY_VERBS, SINGULAR_COUNT_NOUNS, STREET_SUFFIXES,
  TENS_WORDS, TOT_GOVERNING_PREFIXES, UNINFLECTED_ADJECTIVES, UNIT_WORDS, YEAR_PREPOSITIONS,
} from './figure-words.js';
import type { Figure, FigureKind, Span } from './types.js';

/** Whether a figure's quote starts at its qualifier ("maar liefst 40 ton cocaïne"). */
export const QUOTE_INCLUDES_QUALIFIER = false;

export interface FigureOptions {
  /** ISO date of reduced precision ("2018", "2018-03", "2018-03-05") for "vorig jaar" and the like. */
  documentDate?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

export type TokenType = 'num' | 'word' | 'sym';

/** One token with its UTF-16 span; `norm` is the folded form used for every comparison. */
export interface Token {
  type: TokenType;
  start: number;
  end: number;
  text: string;
  norm: string;
  /** First token on its line (list numbering, headings). */
  lineStart: boolean;
  /** No whitespace between this token and the previous one ("30%", "3de", "10km"). */
  glued: boolean;
  /** Inside a span that can never hold a figure (dates, phone numbers, "24/24"). */
  blocked: boolean;
}

// Digits with optional Dutch separators; words may carry apostrophe endings ("camera’s") and
// hyphenated parts ("ANPR-camera’s", "Covid-19") so that road numbers and the like stay words.
const TOKEN_RE = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\d²³]*(?:['’]\p{L}+|-[\p{L}\p{M}\d²³]+)*)|(\S)/gu;

/** Splits text into number, word and symbol tokens. */
export function tokenize(text: string): Token[] {
  const folded = foldForMatch(text);
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const gap = text.slice(prevEnd, start);
    tokens.push({
      type: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym',
      start,
      end,
      text: m[0],
      norm: folded.slice(start, end),
      lineStart: tokens.length === 0 ? !/\S/.test(text.slice(0, start)) : gap.includes('\n'),
      glued: tokens.length > 0 && gap.length === 0,
      blocked: false,
    });
    prevEnd = end;
  }
  return tokens;
}

/**
 * Spans that look numeric but are never figures. Marked before parsing so that no rule can
 * pick a part of them up ("2018-03" must not become 2018 and 3).
 */
const BLOCKED_PATTERNS: RegExp[] = [
  /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-\d{2})?\b/g, // ISO dates "2018-03", "2018-03-05"
  /\b(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})\b/g, // year ranges "2018-2024", "2023/24"
  /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/g, // dates "12/03/2024", "12.03.2024"
  /\d+(?:[.,]\d+)*(?:\s*\/\s*\d+(?:[.,]\d+)*)+/g, // slash notation "24/24", "7/7", "1/3"
  /\b\d{1,2}:\d{2}\b/g, // clock times "22:30"
  /(?:\+|\b00)\d{2}[\d\s./]{7,}\d/g, // international phone numbers
  /(?<![\d.,])\b0\d{1,3}(?:[\s./-]?\d{2,3}){2,4}\b/g, // Belgian phone numbers "09 266 70 00"
  /\b[A-Z]{2}\d{2}(?:\s?\d{4}){3}\b/g, // IBAN
  /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/g, // URLs and e-mail addresses
];

/** UTF-16 spans of {@link BLOCKED_PATTERNS} in `text`. */
export function blockedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of BLOCKED_PATTERNS) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/**
 * Parses digits with Dutch separators: "1.829" → 1829, "16,6" → 16.6, "2.500.000".
 * Returns null for anything else ("22.30", "2.0", "09"), which are times, versions or codes.
 */
export function parseDigits(s: string): number | null {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(s)) {
    if (/^0\d/.test(s)) return null; // leading zero: phone prefix, code or zone number
    return Number(s.replace(',', '.'));
  }
  return null;
}

function parseBelow100(w: string): number | null {
  if (w in NUMBER_ATOMS) return NUMBER_ATOMS[w]!;
  const m = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(w);
  return m ? UNIT_WORDS[m[1]!]! + TENS_WORDS[m[2]!]! : null;
}

function parseBelow1000(w: string): number | null {
  const i = w.indexOf('honderd');
  if (i < 0) return parseBelow100(w);
  const head = w.slice(0, i);
  const tail = w.slice(i + 'honderd'.length).replace(/^en(?=.)/, '');
  const h = head === '' ? 1 : parseBelow100(head);
  const t = tail === '' ? 0 : parseBelow100(tail);
  return h === null || t === null ? null : h * 100 + t;
}

/**
 * Parses one folded Dutch number word: "acht" → 8, "vijfenzeventig" → 75,
 * "tweehonderd" → 200, "drieduizendvijfhonderd" → 3500, "anderhalf" → 1.5.
 * Words ending in -tal ("twintigtal") are approximate (`approx`); plurals such as
 * "tientallen" and "honderden" are vague and return null.
 */
export function parseNumberWord(w: string): { value: number; approx: boolean } | null {
  if (w === 'anderhalf' || w === 'anderhalve') return { value: 1.5, approx: false };
  const half = /^(.+)enhalf$/.exec(w);
  if (half) {
    const n = parseNumberWord(half[1]!);
    return n && !n.approx ? { value: n.value + 0.5, approx: false } : null;
  }
  const tal = /^(.+)tal$/.exec(w);
  if (tal) {
    const n = parseNumberWord(tal[1]!);
    return n && !n.approx && n.value >= 2 ? { value: n.value, approx: true } : null;
  }
  const i = w.indexOf('duizend');
  if (i < 0) {
    const v = parseBelow1000(w);
    return v === null ? null : { value: v, approx: false };
  }
  const head = w.slice(0, i);
  const tail = w.slice(i + 'duizend'.length).replace(/^en(?=.)/, '');
  const h = head === '' ? 1 : parseBelow1000(head);
  const t = tail === '' ? 0 : parseBelow1000(tail);
  return h === null || t === null ? null : { value: h * 1000 + t, approx: false };
}

/** A number as written: digits or words, with an optional currency sign before and a scale word after. */
interface Atom {
  /** Token index of the first (currency sign or number) and last (number or scale word) token. */
  first: number;
  last: number;
  /** Index of the number token itself. */
  numIdx: number;
  value: number;
  /** Value before the scale word, for "2 tot 3 miljoen". */
  raw: number;
  multiplier: number;
  isWord: boolean;
  /** The word "een"/"één" without a scale: the article or emphasis unless proven otherwise. */
  isEen: boolean;
  /** "-tal" words: "een twintigtal" ≈ 20. */
  approx: boolean;
  currency: string | null;
  /** Four digits 1900–2100 without separators: a calendar year unless a unit says otherwise. */
  yearLike: boolean;
}

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/** Reads a number at token `i`, or null. Does not judge whether it is a figure. */
export function parseAtom(tokens: Token[], i: number): Atom | null {
  let j = i;
  let currency: string | null = null;
  const t0 = tokens[j];
  if (!t0) return null;
  if ((t0.type === 'sym' && t0.norm in CURRENCIES) || t0.text === 'EUR') {
    currency = CURRENCIES[t0.norm] ?? null;
    j++;
  }
  const t = tokens[j];
  if (!t || t.blocked) return null;
  let value: number;
  let isWord = false;
  let approx = false;
  if (t.type === 'num') {
    const v = parseDigits(t.text);
    if (v === null) return null;
    const next = tokens[j + 1];
    // Letters glued to digits: a unit ("10km") is fine; "3de", "5G", "22u30" are not numbers we quote.
    if (next && next.glued && next.type === 'word' && !ATTACHED_UNITS.has(next.norm)) return null;
    // "2.5" style decimals and section numbers "3.2" come through as num "." num.
    if (next && next.glued && (next.text === '.' || next.text === ',') && tokens[j + 2]?.glued && tokens[j + 2]?.type === 'num') return null;
    value = v;
  } else if (t.type === 'word') {
    const w = parseNumberWord(t.norm);
    if (!w) return null;
    value = w.value;
    approx = w.approx;
    isWord = true;
  } else {
    return null;
  }
  const numIdx = j;
  let multiplier = 1;
  const scale = tokens[j + 1];
  if (scale && scale.type === 'word' && scale.norm in MULTIPLIERS && !(isWord && approx)) {
    multiplier = MULTIPLIERS[scale.norm]!;
    j++;
    if (tokens[j + 1]?.text === '.' && (scale.norm === 'mio' || scale.norm === 'mln' || scale.norm === 'mld')) j++;
  }
  const isEen = isWord && t.norm === 'een' && multiplier === 1;
  const yearLike = !isWord && multiplier === 1 && currency === null && /^(?:19\d\d|20\d\d|2100)$/.test(t.text);
  // toPrecision drops binary noise: 4,2 miljoen is 4200000, not 4200000.000000001.
  return { first: i, last: j, numIdx, value: Number((value * multiplier).toPrecision(15)), raw: value, multiplier, isWord, isEen, approx, currency, yearLike };
}

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

interface UnitInfo {
  kind: FigureKind;
  unit: string | null;
  subject: string | null;
  /** Last token index consumed by the unit (or the atom's last token when there is no unit). */
  last: number;
  /** Whether a unit, currency, percent sign or counted noun was actually found. */
  found: boolean;
}

const PLURAL_SHAPE = /(?:en|s|'s)$/;
const TIME_UNITS: ReadonlySet<string> = new Set(['uur', 'uren', 'minuut', 'minuten', 'min', 'seconde', 'seconden', 'sec', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'eeuw']);
const ADJECTIVE_SHAPE = /(?:e|baar|lijk|ig|isch|ief)$/;

/** Words that may stand between a number and its noun: inflected adjectives, "extra", participles. */
function isAdjectiveLike(t: Token): boolean {
  if (t.type !== 'word' || NON_NOUNS.has(t.norm)) return false;
  return /e$/.test(t.norm) || UNINFLECTED_ADJECTIVES.has(t.norm) || PARTICIPLES_EN.has(t.norm);
}

/** Could this word be the counted noun after `value`? Plural shape unless the value is 1. */
function isCountNoun(t: Token, value: number): boolean {
  if (t.type !== 'word' || NON_NOUNS.has(t.norm) || t.norm in MONTHS || parseNumberWord(t.norm)) return false;
  if (PARTICIPLES_EN.has(t.norm) || t.norm in MULTIPLIERS || PERCENT_WORDS.has(t.norm)) return false;
  if (SINGULAR_COUNT_NOUNS.has(t.norm)) return true;
  if (value === 1) return !ADJECTIVE_SHAPE.test(t.norm);
  return PLURAL_SHAPE.test(t.norm) && !/(?:lijks|ijks)$/.test(t.norm);
}

/**
 * Finds the counted noun after a number, skipping up to three adjectives:
 * "17 andere participerende gemeenten" → "gemeenten". Returns the noun's token index.
 */
export function findCountedNoun(tokens: Token[], k: number, value: number): number | null {
  for (let n = 0; n < 4; n++) {
    const t = tokens[k + n];
    if (!t || t.type !== 'word') return null;
    if (isCountNoun(t, value)) {
      // A participle-like "-en" word followed by another noun is an adjective ("gestolen fietsen").
      const after = tokens[k + n + 1];
      if (/^ge.*en$/.test(t.norm) && after && isCountNoun(after, value) && !after.glued) continue;
      return k + n;
    }
    if (!isAdjectiveLike(t)) return null;
  }
  return null;
}

/** The noun a quantity is of: "40 ton cocaïne" → "cocaïne", "12 kilo aan heroïne" → "heroïne". */
function findSubject(tokens: Token[], k: number): number | null {
  let j = k;
  if (tokens[j]?.norm === 'aan') j++;
  const a = tokens[j];
  if (!a || a.type !== 'word' || NON_NOUNS.has(a.norm) || parseNumberWord(a.norm) || a.norm in MONTHS) return null;
  const b = tokens[j + 1];
  // "zuivere cocaïne": an inflected adjective followed by a noun → the noun. A following verb
  // form ("cocaïne onderschept", "heroïne aangetroffen") keeps the first word.
  const verbLike = (w: string) => /[td]$/.test(w) || PARTICIPLES_EN.has(w) || /ge\p{L}+en$/u.test(w);
  if (/e$/.test(a.norm) && b && b.type === 'word' && !NON_NOUNS.has(b.norm) && !verbLike(b.norm) && !/(?:baar|lijk|ig|isch|ief)$/.test(b.norm) && !b.glued) return j + 1;
  // Uninflected adjectives and past-tense verbs ("daalde", "onderschepte") are no subject.
  if (/(?:baar|lijk|ig|isch|ief|de|te)$/.test(a.norm)) return null;
  return j;
}

const lower = (t: Token) => t.text.toLowerCase().replace(/’/g, "'");

/** Reads what follows a number: percent, currency, measure unit (+ subject) or counted noun. */
export function parseUnit(tokens: Token[], atom: Atom): UnitInfo {
  const k = atom.last + 1;
  const none: UnitInfo = { kind: 'count', unit: null, subject: null, last: atom.last, found: false };
  if (atom.currency) return { kind: 'money', unit: atom.currency, subject: null, last: atom.last, found: true };
  const t = tokens[k];
  if (!t || t.blocked) return none;
  if (PERCENT_WORDS.has(t.norm)) return { kind: 'percentage', unit: '%', subject: null, last: k, found: true };
  if (t.norm in CURRENCIES && !(t.type === 'sym' && !t.glued && tokens[k + 1]?.type === 'num')) {
    return { kind: 'money', unit: CURRENCIES[t.norm]!, subject: null, last: k, found: true };
  }
  if (t.type !== 'word') return none;
  for (const [a, b] of COMPOUND_UNITS) {
    if (t.norm === a && tokens[k + 1]?.norm === b) {
      const s = findSubject(tokens, k + 2);
      return { kind: 'quantity', unit: `${a} ${b}`, subject: s === null ? null : lower(tokens[s]!), last: s ?? k + 1, found: true };
    }
  }
  if (MEASURE_UNITS.has(t.norm) || (t.glued && ATTACHED_UNITS.has(t.norm))) {
    let last = k;
    let unit = lower(t);
    // "km/u", "km/h"
    if (tokens[k + 1]?.text === '/' && tokens[k + 1]!.glued && /^(?:u|h|uur)$/.test(tokens[k + 2]?.norm ?? '') && tokens[k + 2]!.glued) {
      unit = `${unit}/${tokens[k + 2]!.norm}`;
      last = k + 2;
    }
    // Durations take no subject: "de voorbije 5 jaar daalde…" has no "jaar of something".
    const s = TIME_UNITS.has(t.norm) ? null : findSubject(tokens, last + 1);
    return { kind: 'quantity', unit, subject: s === null ? null : lower(tokens[s]!), last: s ?? last, found: true };
  }
  const noun = findCountedNoun(tokens, k, atom.value);
  if (noun !== null) return { kind: 'count', unit: lower(tokens[noun]!), subject: null, last: noun, found: true };
  return none;
}

// ---------------------------------------------------------------------------------------------
// Rejection predicates (why a number is not a figure)
// ---------------------------------------------------------------------------------------------

/** Previous token, looking through the period of an abbreviation ("nr. 12" → "nr"). */
function labelBefore(tokens: Token[], i: number): Token | undefined {
  const p = tokens[i - 1];
  if (p?.text === '.' && tokens[i - 2] && LABEL_ABBREVIATIONS.has(tokens[i - 2]!.norm)) return tokens[i - 2];
  return p;
}

/** "Hoofdstuk 3", "artikel 12", "Werf 13:", "Kerkstraat 12", "nr. 5". */
export function isLabelNumber(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  const p = labelBefore(tokens, atom.first);
  if (!p || p.type === 'num') return false;
  if (LABEL_WORDS.has(p.norm)) return true;
  if (p.type === 'word' && isCap(p) && STREET_SUFFIXES.some((s) => p.norm.endsWith(s) && p.norm.length > s.length)) return true;
  // A capitalised name right before a bare number is a title or label ("Werf 13", "Stroomplan 2").
  const qualifierWord = QUALIFIERS.some(([seq]) => seq[seq.length - 1] === p.norm);
  if (!unit.found && p.type === 'word' && isCap(p) && !NON_NOUNS.has(p.norm) && !qualifierWord && !YEAR_PREPOSITIONS.has(p.norm)) return true;
  return false;
}

/** "1." or "2)" at the start of a line, "(3)", or a bare number opening a heading line. */
export function isListNumber(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  const t = tokens[atom.numIdx]!;
  const next = tokens[atom.last + 1];
  const prev = tokens[atom.first - 1];
  if (t.lineStart && atom.first === atom.numIdx) {
    if (next && next.glued && (next.text === '.' || next.text === ')')) return true;
    if (!unit.found) return true;
    // "3 Doelstellingen": a number opening a line followed by a capitalised word is heading numbering.
    const after = tokens[atom.last + 1];
    if (after && after.type === 'word' && isCap(after)) return true;
  }
  if (prev?.text === '(' && next?.text === ')' && !unit.found) return true;
  return false;
}

/** A calendar year: four digits 1900–2100 with no currency, percent, measure or (after a year preposition) noun. */
export function isYear(tokens: Token[], atom: Atom, unit: UnitInfo, hasQualifier: boolean): boolean {
  if (!atom.yearLike) return false;
  if (unit.kind === 'money' || unit.kind === 'percentage') return false;
  if (unit.kind === 'quantity') return false;
  if (!unit.found) return true;
  const p = tokens[atom.first - 1];
  return !hasQualifier && p !== undefined && YEAR_PREPOSITIONS.has(p.norm);
}

/** "12 maart", "1 jan." — a day of the month. */
export function isDayOfMonth(tokens: Token[], atom: Atom): boolean {
  const next = tokens[atom.last + 1];
  return !atom.isWord && atom.multiplier === 1 && Number.isInteger(atom.value) && atom.value >= 1 && atom.value <= 31 && next !== undefined && next.norm in MONTHS;
}

/** "9000 Gent", "2000 Antwerpen": four digits before a capitalised place name. */
export function isPostalCode(tokens: Token[], atom: Atom, hasQualifier: boolean): boolean {
  const t = tokens[atom.numIdx]!;
  const next = tokens[atom.last + 1];
  return !hasQualifier && !atom.isWord && atom.multiplier === 1 && /^[1-9]\d{3}$/.test(t.text) && next !== undefined && next.type === 'word' && isCap(next);
}

/** "om 22 uur", "tot 18 uur", "22 uur 's avonds" — a clock time, not a duration. */
export function isClockTime(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  if (unit.unit === null || !HOUR_UNITS.has(unit.unit) || atom.value > 24) return false;
  const p = tokens[atom.first - 1]?.norm;
  if (p === 'om' || p === 'vanaf' || p === 'rond' || p === 'omstreeks' || p === 'tegen' || p === 'tot') return true;
  if (p === 'na' && atom.value < 24) return true;
  const n1 = tokens[unit.last + 1]?.norm;
  const n2 = tokens[unit.last + 2]?.norm;
  return (n1 === "'" || n1 === '’') && n2 === 's';
}

// ---------------------------------------------------------------------------------------------
// Qualifiers
// ---------------------------------------------------------------------------------------------

interface Qualifier {
  phrase: string;
  first: number;
}

/**
 * The qualifier right before token `i` ("maar liefst", "meer dan", "ruim"), longest first.
 * "tot" only counts when it means "up to": not before a range ("uitgroeien tot 70 tot 80")
 * and not after a verb of change ("steeg tot 462").
 */
export function findQualifier(tokens: Token[], i: number, minIdx: number, opensRange: boolean): Qualifier | null {
  for (const [seq, phrase] of QUALIFIERS) {
    const first = i - seq.length;
    if (first < minIdx) continue;
    if (!seq.every((w, n) => tokens[first + n]!.norm === w)) continue;
    if (seq.length === 1 && seq[0] === 'tot') {
      if (opensRange) continue;
      // A verb of change shortly before ("steeg in 2023 met 12 procent tot 3.400") makes "tot" the target.
      const window = tokens.slice(Math.max(0, first - 8), first);
      if (window.some((w) => TOT_GOVERNING_PREFIXES.some((g) => w.norm.startsWith(g)))) continue;
      const p = tokens[first - 1];
      if (p?.norm === 'van' || p?.norm === 'en') continue;
    }
    return { phrase, first };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Sentences and reference dates
// ---------------------------------------------------------------------------------------------

/**
 * Sentence spans: lines are grouped into blocks (a blank line, a bullet, a heading or a line
 * ending in punctuation closes a block; other line breaks are wrapping), then each block is
 * split with `Intl.Segmenter`.
 */
export function sentenceSpans(text: string): Array<[number, number]> {
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
  const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
  const out: Array<[number, number]> = [];
  for (const [s, e] of blocks) {
    for (const seg of segmenter.segment(text.slice(s, e))) out.push([s + seg.index, s + seg.index + seg.segment.length]);
  }
  return out;
}

interface DateMention {
  start: number;
  end: number;
  value: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Year (and month) of a reduced-precision ISO date, or null. */
function docParts(documentDate: string | null | undefined): { year: number; month: number | null } | null {
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
  const modValue = (mod: string, y: number, month: number | null): string => {
    const end = /^eind/.test(mod);
    const begin = mod === 'begin';
    if (month !== null) return `${y}-${pad(month)}-${end ? pad(lastDay(y, month)) : begin ? '01' : '15'}`;
    return end ? `${y}-12-31` : begin ? `${y}-01-01` : `${y}-06-30`;
  };
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
    [new RegExp(`\\b(eind|einde|begin|midden|medio)\\s+(?:van\\s+)?(?:(${MONTH_RE})\\.?\\s+)?(${YEAR_RE}|${REL_YEAR_RE})\\b`, 'g'), (m) => {
      const y = /^\d/.test(m[3]!) ? Number(m[3]) : relYear(m[3]!, doc);
      return y === null ? null : modValue(m[1]!, y, m[2] ? MONTHS[m[2]]! : null);
    }],
    [new RegExp(`\\b([1-9]|[12]\\d|3[01])\\s+(${MONTH_RE})\\.?\\s+(${YEAR_RE})\\b`, 'g'), (m) => `${m[3]}-${pad(MONTHS[m[2]!]!)}-${pad(Number(m[1]))}`],
    [new RegExp(`\\b(${MONTH_RE})\\.?\\s+(${YEAR_RE})\\b`, 'g'), (m) => `${m[2]}-${pad(MONTHS[m[1]!]!)}`],
    [new RegExp(`\\b(${REL_YEAR_RE})\\b`, 'g'), (m) => {
      const y = relYear(m[1]!, doc);
      return y === null ? null : String(y);
    }],
    [/\b(vorige|deze|volgende)\s+maand\b/g, (m) => {
      if (!doc || doc.month === null) return null;
      const d = m[1] === 'vorige' ? -1 : m[1] === 'volgende' ? 1 : 0;
      const idx = doc.year * 12 + doc.month - 1 + d;
      return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
    }],
    [/\b(\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+jaar\s+geleden\b/g, (m) => {
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_ATOMS[m[1]!]!;
      return doc ? String(doc.year - n) : null;
    }],
    [new RegExp(`\\b${YEAR_RE}\\s*[-–]\\s*(${YEAR_RE})\\b`, 'g'), (m) => m[1]!],
    [new RegExp(`(?<!\\b(?:sinds|sedert|vanaf)\\s+)(?<![\\d.,-])\\b(${YEAR_RE})\\b(?![.,]?\\d)`, 'g'), (m) => m[1]!],
  ];
  for (const [re, value] of patterns) {
    for (const m of folded.matchAll(re)) add(m.index, m.index + m[0].length, value(m as unknown as RegExpExecArray));
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

// ---------------------------------------------------------------------------------------------
// Figure shapes
// ---------------------------------------------------------------------------------------------

/** A figure before qualifier, unit back-reference and date are attached. */
interface Draft {
  first: number;
  last: number;
  /** Token index where a qualifier would end (the first token of the number expression). */
  anchor: number;
  kind: FigureKind;
  value: number;
  valueMax: number | null;
  previousValue: number | null;
  unit: string | null;
  subject: string | null;
  /** Unit found in the text next to the number. */
  ownUnit: boolean;
  /** Made only of number words (needs a noun or a back-reference to be a figure). */
  wordsOnly: boolean;
  /** A construction that makes a bare number meaningful (range, change, scale word). */
  structured: boolean;
  approx: boolean;
  opensRange: boolean;
}

type Attempt = Draft | { skipTo: number } | null;

interface Ctx {
  tokens: Token[];
  text: string;
  /** Folded sentence containing each token index (for change cues). */
  sentenceOf: (tokenIdx: number) => [number, number];
  folded: string;
}

/** A number with its unit, validated; null when the number is not a quantity. */
function atomWithUnit(ctx: Ctx, i: number): { atom: Atom; unit: UnitInfo } | null {
  const atom = parseAtom(ctx.tokens, i);
  if (!atom) return null;
  const unit = parseUnit(ctx.tokens, atom);
  return { atom, unit };
}

/** Rejections shared by single numbers and range ends. */
function rejected(ctx: Ctx, atom: Atom, unit: UnitInfo, hasQualifier: boolean): boolean {
  const { tokens } = ctx;
  if (isLabelNumber(tokens, atom, unit)) return true;
  if (isYear(tokens, atom, unit, hasQualifier)) return true;
  if (isDayOfMonth(tokens, atom)) return true;
  if (isPostalCode(tokens, atom, hasQualifier)) return true;
  if (isListNumber(tokens, atom, unit)) return true;
  if (isClockTime(tokens, atom, unit)) return true;
  return false;
}

function hasChangeCue(ctx: Ctx, i: number): boolean {
  const [s, e] = ctx.sentenceOf(i);
  const words = ctx.folded.slice(s, e).split(/[^\p{L}]+/u);
  return words.some((w) => CHANGE_CUE_PREFIXES.some((p) => w.startsWith(p)));
}

/** Two ends with different units are two figures, not a range ("12 procent tot 3.400 fietsen"). */
const unitsClash = (a: UnitInfo, b: UnitInfo) => a.found && b.found && (a.kind !== b.kind || a.unit !== b.unit);

/** Merge units of two ends: "30 tot 40 mensen", "30% tot 40%". */
function mergeUnits(a: UnitInfo, b: UnitInfo): UnitInfo {
  if (b.found) return b;
  if (a.found) return { ...a, last: b.last };
  return b;
}

/** "2 tot 3 miljoen": the scale word of the high end also scales a bare low end. */
function scaleLow(a: Atom, b: Atom): number {
  return a.multiplier === 1 && b.multiplier > 1 && a.raw <= b.raw ? Number((a.raw * b.multiplier).toPrecision(15)) : a.value;
}

/**
 * Fractions: "een derde", "twee derde", "driekwart", "de helft", "één op de drie", "1 op 3",
 * and a range of two of them ("een derde tot de helft").
 */
function tryFraction(ctx: Ctx, i: number): Attempt {
  const f = readFraction(ctx, i);
  if (!f) return null;
  if ('skipTo' in f) return f;
  const j = f.last + 1;
  const joiner = ctx.tokens[j]?.norm;
  if (joiner === 'tot' || ctx.tokens[j]?.text === 'à') {
    const g = readFraction(ctx, j + 1);
    if (g && !('skipTo' in g) && g.value > f.value) {
      return { ...f, last: g.last, valueMax: g.value, opensRange: true };
    }
  }
  return f;
}

function readFraction(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || t.blocked) return null;
  const base = (first: number, last: number, value: number): Draft => ({
    first, last, anchor: first, kind: 'fraction', value, valueMax: null, previousValue: null, unit: null, subject: null,
    ownUnit: true, wordsOnly: false, structured: true, approx: false, opensRange: false,
  });
  if (t.norm === 'de' && tokens[i + 1]?.norm === 'helft') return base(i, i + 1, 0.5);
  // One word: "driekwart", "tweederde", "drievierde".
  if (t.type === 'word') {
    for (const [d, den] of Object.entries(DENOMINATORS)) {
      if (t.norm.length > d.length && t.norm.endsWith(d)) {
        const n = parseNumberWord(t.norm.slice(0, -d.length));
        if (n && !n.approx && n.value >= 1 && n.value < den) return base(i, i, n.value / den);
      }
    }
  }
  const num = t.type === 'num' ? parseDigits(t.text) : t.type === 'word' ? parseNumberWord(t.norm)?.value ?? null : null;
  if (num === null || !Number.isInteger(num)) return null;
  const next = tokens[i + 1];
  if (!next) return null;
  // "één op de drie", "1 op 3", and availability "24 op 24", "7 dagen op 7".
  let j = i + 1;
  if (['uur', 'u', 'dagen', 'dag'].includes(next.norm) && tokens[i + 2]?.norm === 'op') j = i + 2;
  if (tokens[j]?.norm === 'op') {
    let k = j + 1;
    if (tokens[k]?.norm === 'de') k++;
    const d = tokens[k];
    const den = d?.type === 'num' ? parseDigits(d.text) : d?.type === 'word' ? parseNumberWord(d.norm)?.value ?? null : null;
    if (d && den !== null && Number.isInteger(den) && !d.blocked) {
      if (den === num) return { skipTo: k + 1 };
      if (j === i + 1 && num >= 1 && num < den) {
        const after = tokens[k + 1];
        if (after && after.type === 'word' && MEASURE_UNITS.has(after.norm)) return null;
        return base(i, k, num / den);
      }
    }
  }
  if (next.type === 'word' && next.norm in DENOMINATORS && !next.glued) {
    const den = DENOMINATORS[next.norm]!;
    if (num < 1 || num >= den) return null;
    const after = tokens[i + 2];
    if (num === 1) {
      // "een derde team" is an ordinal ("a third team"); a fraction is followed by "van", a verb, punctuation…
      if (after && after.type === 'word' && !NON_NOUNS.has(after.norm)) return null;
      if (next.norm === 'kwart' && after && ['over', 'voor', 'na'].includes(after.norm)) return null;
    }
    return base(i, i + 1, num / den);
  }
  return null;
}

/** "tussen 30 en 40 mensen". */
function tryBetween(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  if (tokens[i]?.norm !== 'tussen') return null;
  const a = atomWithUnit(ctx, i + 1);
  if (!a) return null;
  const andIdx = a.unit.last + 1;
  if (tokens[andIdx]?.norm !== 'en') return null;
  const b = atomWithUnit(ctx, andIdx + 1);
  if (!b || unitsClash(a.unit, b.unit)) return null;
  const unit = mergeUnits(a.unit, b.unit);
  const low = scaleLow(a.atom, b.atom);
  if (!(low < b.atom.value)) return null;
  if ((a.atom.yearLike || b.atom.yearLike) && !unit.found) return { skipTo: b.atom.last + 1 };
  if (unit.unit && HOUR_UNITS.has(unit.unit) && b.atom.value <= 24) return { skipTo: unit.last + 1 };
  return draftOf(i, unit.last, i, unit, { value: low, valueMax: b.atom.value, previousValue: null }, [a.atom, b.atom], true);
}

/** "van 186 naar 312 medewerkers" (change), "van 50 tot 350 euro" (range, unless the sentence speaks of change). */
function tryFromTo(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  if (tokens[i]?.norm !== 'van') return null;
  const a = atomWithUnit(ctx, i + 1);
  if (!a) return null;
  let j = a.unit.last + 1;
  const joiner = tokens[j]?.norm;
  if (joiner !== 'naar' && joiner !== 'tot') return null;
  if (joiner === 'tot' && tokens[j + 1]?.norm === 'en' && tokens[j + 2]?.norm === 'met') j += 2;
  const b = atomWithUnit(ctx, j + 1);
  if (!b || unitsClash(a.unit, b.unit)) return null;
  const unit = mergeUnits(a.unit, b.unit);
  if ((a.atom.yearLike || b.atom.yearLike) && !unit.found) return { skipTo: b.atom.last + 1 };
  if (a.atom.isEen && b.atom.isEen) return null;
  const change = joiner === 'naar' || hasChangeCue(ctx, i);
  if (change) {
    return draftOf(i, unit.last, i, unit, { value: b.atom.value, valueMax: null, previousValue: scaleLow(a.atom, b.atom) }, [a.atom, b.atom], true);
  }
  const low = scaleLow(a.atom, b.atom);
  if (!(low < b.atom.value)) return null;
  if (unit.unit && HOUR_UNITS.has(unit.unit) && b.atom.value <= 24) return { skipTo: unit.last + 1 };
  return draftOf(i, unit.last, i, unit, { value: low, valueMax: b.atom.value, previousValue: null }, [a.atom, b.atom], true);
}

/** "30 tot 40 mensen", "30 à 40", "30-40 %", or a single number with its unit. */
function tryRangeOrSingle(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  const a = atomWithUnit(ctx, i);
  if (!a) return null;
  const j = a.unit.last + 1;
  const jt = tokens[j];
  let bStart: number | null = null;
  if (jt && (jt.norm === 'tot' || jt.text === 'à' || (jt.text === 'a' && !a.atom.isWord))) {
    bStart = jt.norm === 'tot' && tokens[j + 1]?.norm === 'en' && tokens[j + 2]?.norm === 'met' ? j + 3 : j + 1;
  } else if (jt && (jt.text === '-' || jt.text === '–') && !a.unit.found && !a.atom.isWord && tokens[j + 1]?.type === 'num') {
    bStart = j + 1;
  }
  if (bStart !== null) {
    const b = atomWithUnit(ctx, bStart);
    if (b && !b.atom.isEen && a.atom.isWord === b.atom.isWord && !unitsClash(a.unit, b.unit)) {
      const unit = mergeUnits(a.unit, b.unit);
      const low = scaleLow(a.atom, b.atom);
      if (low < b.atom.value) {
        if ((a.atom.yearLike || b.atom.yearLike) && !unit.found) return { skipTo: b.atom.last + 1 };
        if (unit.unit && HOUR_UNITS.has(unit.unit) && b.atom.value <= 24) {
          const p = tokens[i - 1]?.norm;
          if (p === 'van' || p === 'tussen' || p === 'vanaf' || p === 'om') return { skipTo: unit.last + 1 };
        }
        if (!rejected(ctx, a.atom, unit, false)) {
          const d = draftOf(a.atom.first, unit.last, i, unit, { value: low, valueMax: b.atom.value, previousValue: null }, [a.atom, b.atom], true);
          return d ? { ...d, opensRange: true } : d;
        }
      }
    }
  }
  if (a.atom.isEen) return null; // the article or emphatic "één" ("één team", "onder één dak")
  // "de drie sporen", "deze twee": a small number word after a determiner refers to a list, not a quantity.
  const p = tokens[i - 1];
  if (a.atom.isWord && a.atom.value <= 10 && p && DEFINITE_DETERMINERS.has(p.norm)) return null;
  // "twee jaar geleden" is a date phrase, not a duration.
  if (a.unit.kind === 'quantity' && tokens[a.unit.last + 1]?.norm === 'geleden') return { skipTo: a.unit.last + 2 };
  return draftOf(a.atom.first, a.unit.last, i, a.unit, { value: a.atom.value, valueMax: null, previousValue: null }, [a.atom], a.atom.multiplier > 1);
}

function draftOf(
  first: number,
  last: number,
  anchor: number,
  unit: UnitInfo,
  values: { value: number; valueMax: number | null; previousValue: number | null },
  atoms: Atom[],
  structured: boolean,
): Draft {
  return {
    first, last, anchor, kind: unit.kind, ...values, unit: unit.unit, subject: unit.subject, ownUnit: unit.found,
    wordsOnly: atoms.every((a) => a.isWord), structured, approx: atoms.some((a) => a.approx), opensRange: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Back-references: "dit aantal slechts 462", "het aantal inbraken daalde tot 1.829"
// ---------------------------------------------------------------------------------------------

/**
 * For a number without its own noun: after a partitive "er", or if "aantal"/"teller"/"cijfer"
 * comes earlier in the sentence, the unit is the noun after it ("het aantal agenten … 312") or, when there is none
 * ("dit aantal … 462"), the unit of the closest preceding count or quantity.
 * Returns undefined when there is no such reference.
 */
function backReference(ctx: Ctx, d: Draft, lead: number, previous: Figure[]): { kind: FigureKind; unit: string | null } | undefined {
  const { tokens } = ctx;
  // Partitive "er" ("waren dat er amper 151", "verwacht ze er 2.100") points back to a counted noun.
  if (tokens[lead - 1]?.norm === 'er') return antecedent(ctx, lead - 1, previous);
  const [s] = ctx.sentenceOf(d.first);
  for (let k = d.first - 1; k >= 0 && tokens[k]!.start >= s && k >= d.first - 12; k--) {
    if (!COUNT_REFERENCE_NOUNS.has(tokens[k]!.norm)) continue;
    const own = nounAfterReference(tokens, k);
    if (own !== null && own < d.first) return { kind: 'count', unit: lower(tokens[own]!) };
    return antecedent(ctx, k, previous);
  }
  return undefined;
}

/** The noun after "aantal" ("het aantal geregistreerde inbraken" → index of "inbraken"). */
function nounAfterReference(tokens: Token[], k: number): number | null {
  let n = k + 1;
  if (tokens[n]?.norm === 'aan' || tokens[n]?.norm === 'van') n++;
  return findCountedNoun(tokens, n, 2);
}

/**
 * What "dit aantal" at token `k` refers to: the closer of the last count/quantity figure and the
 * last "het aantal <noun>" phrase before it ("het aantal woninginbraken is gehalveerd. Dat aantal…").
 */
function antecedent(ctx: Ctx, k: number, previous: Figure[]): { kind: FigureKind; unit: string | null } {
  const { tokens } = ctx;
  const before = tokens[k]!.start;
  let fig: Figure | undefined;
  for (let p = previous.length - 1; p >= 0 && !fig; p--) {
    const f = previous[p]!;
    if (f.end <= before && (f.kind === 'count' || f.kind === 'quantity') && f.unit !== null) fig = f;
  }
  for (let j = k - 1; j >= 0; j--) {
    if (fig && tokens[j]!.end <= fig.end) break;
    if (!COUNT_REFERENCE_NOUNS.has(tokens[j]!.norm)) continue;
    const noun = nounAfterReference(tokens, j);
    if (noun !== null && noun < k) return { kind: 'count', unit: lower(tokens[noun]!) };
  }
  return fig ? { kind: fig.kind, unit: fig.unit } : { kind: 'count', unit: null };
}

/** "7 van de 19 gemeenten": a bare number counted out of a following count takes its noun. */
function partitiveUnit(ctx: Ctx, d: Draft): string | null {
  const { tokens } = ctx;
  let k = d.last + 1;
  if (tokens[k]?.norm !== 'van') return null;
  k++;
  if (['de', 'het', 'die', 'deze'].includes(tokens[k]?.norm ?? '')) k++;
  const whole = parseAtom(tokens, k);
  if (!whole || whole.value <= d.value) return null;
  const noun = findCountedNoun(tokens, whole.last + 1, whole.value);
  return noun === null ? null : lower(tokens[noun]!);
}

/** Whether a bare number (no unit) is still worth quoting. */
function bareNumberKept(ctx: Ctx, d: Draft, hasQualifier: boolean): boolean {
  if (d.wordsOnly) return false;
  if (d.structured || hasQualifier) return true;
  const p = ctx.tokens[d.first - 1];
  return p !== undefined && QUANTITY_VERBS.has(p.norm);
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/**
 * Extracts quotable figures from Dutch text. Offsets are UTF-16 indices into `text`;
 * `text.slice(start, end) === quote`. Sorted by start, never overlapping.
 *
 * @param text the document text
 * @param options.documentDate publication date (reduced-precision ISO) for relative dates
 */
export function extractFigures(text: string, options: FigureOptions = {}): Figure[] {
  const tokens = tokenize(text);
  const blocked = blockedSpans(text);
  for (const t of tokens) t.blocked = blocked.some(([s, e]) => t.start < e && t.end > s);
  const folded = foldForMatch(text);
  const sentences = sentenceSpans(text);
  const sentenceAt = (pos: number): [number, number] => sentences.find(([s, e]) => pos >= s && pos < e) ?? [pos, pos + 1];
  const ctx: Ctx = { tokens, text, folded, sentenceOf: (i) => sentenceAt(tokens[i]!.start) };
  const dateCache = new Map<number, DateMention[]>();
  const datesOf = (sentence: [number, number]) => {
    let d = dateCache.get(sentence[0]);
    if (!d) {
      d = findDateMentions(folded.slice(sentence[0], sentence[1]), sentence[0], options.documentDate);
      dateCache.set(sentence[0], d);
    }
    return d;
  };

  const figures: Figure[] = [];
  let free = 0; // first token index not consumed by an earlier figure
  for (let i = 0; i < tokens.length; i++) {
    if (i < free) continue;
    const attempt = tryFraction(ctx, i) ?? tryBetween(ctx, i) ?? tryFromTo(ctx, i) ?? tryRangeOrSingle(ctx, i);
    if (!attempt) continue;
    if ('skipTo' in attempt) {
      free = attempt.skipTo;
      i = attempt.skipTo - 1;
      continue;
    }
    const d = attempt;
    const q = findQualifier(tokens, d.anchor, free, d.opensRange);
    // Single numbers are validated here, where the qualifier is known ("ruim 2000 agenten" is no year).
    if (d.valueMax === null && d.previousValue === null && d.kind !== 'fraction') {
      const a = parseAtom(tokens, d.anchor)!;
      const u: UnitInfo = { kind: d.kind, unit: d.unit, subject: d.subject, last: d.last, found: d.ownUnit };
      if (rejected(ctx, a, u, q !== null)) continue;
    }
    let { kind, unit } = d;
    if (!d.ownUnit) {
      const part = d.kind === 'count' ? partitiveUnit(ctx, d) : null;
      const ref = part !== null ? { kind: 'count' as const, unit: part } : backReference(ctx, d, q ? q.first : d.first, figures);
      if (ref) ({ kind, unit } = ref);
      else if (!bareNumberKept(ctx, d, q !== null)) continue;
    }
    let qualifier = q?.phrase ?? null;
    if (d.approx && qualifier === null) qualifier = 'ongeveer';
    let start = tokens[d.first]!.start;
    if (QUOTE_INCLUDES_QUALIFIER && q) start = tokens[q.first]!.start;
    const end = tokens[d.last]!.end;
    const span = { start, end, quote: text.slice(start, end) };
    const referenceDate = pickReferenceDate(text, span, datesOf(sentenceAt(start)).filter((m) => !figures.some((f) => m.start < f.end && m.end > f.start) && !(m.start < end && m.end > start)));
    figures.push({
      ...span, kind, value: d.value, valueMax: d.valueMax, previousValue: d.previousValue, unit,
      subject: d.subject, qualifier, referenceDate,
    });
    free = d.last + 1;
    i = d.last;
  }
  return figures;
}
