/**
 * Tokens and numbers for the figures stage: the tokenizer, the spans that can never hold a
 * figure, and the reading of a number as written (digits, Dutch number words, scale words).
 */
import { foldForMatch } from '../../text/fold.js';
import { codePointLength, codePointTest } from '../../text/char-class.js';
import { matchesOf } from '../../text/matches.js';
import { memoByWord } from '../../text/memo.js';
import { yearTablesOf, type YearTables } from './tables.js';
import { ATTACHED_UNITS, COMPARATIVES, COUNT_REFERENCE_NOUNS, CURRENCIES, DEFINITE_DETERMINERS, FINITE_VERBS, LABEL_WORDS, MULTIPLIERS, NUMBER_ATOMS, SENTENCE_END_MARKS, TENS_WORDS, UNIT_WORDS } from './words.js';

/** One token with its UTF-16 span; `norm` is the folded form used for every comparison. */
export interface Token {
  type: 'num' | 'word' | 'sym';
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
// Thousands may also be grouped with a (narrow) no-break space or a space: "1 000", "12 500".
// A duration in minutes and seconds ("12:36 minuten") is one number; other "hh:mm" are clock times (blocked).
// A preposition of a range or change glued to its number by a typo ("van78 naar 56") is still its own word.
const MINUTES_AFTER = String.raw`(?=[ \u00A0]?(?:[Mm]inuten|[Mm]inuut|[Mm]in)(?![\p{L}\d]))`;
export const TOKEN_RE = new RegExp(String.raw`(\d{1,3}:[0-5]\d${MINUTES_AFTER}|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)*)|((?:[Vv]an|[Nn]aar|[Tt]ot|[Tt]ussen)(?=\d)|[\p{L}\p{M}][\p{L}\p{M}\d²³]*(?:['’]\p{L}+|-[\p{L}\p{M}\d²³]+)*)|(\S)`, 'gu');

/**
 * Splits text into number, word and symbol tokens, flagging those that touch a span that
 * never holds a figure ({@link blockedSpans}). `folded` is `foldForMatch(text)`, passed in
 * when the document's prepared text already has it.
 */
export function figureTokens(text: string, folded = foldForMatch(text), tables: YearTables = yearTablesOf(text)): Token[] {
  const tokens = splitTableCells(tokenize(text, folded), tables);
  markBlocked(tokens, blockedSpans(text), text.length);
  return tokens;
}

const GROUP_SPACE = /[ \u00A0\u202F]/u;

/**
 * "Totaal 192 139 165 122" under "2016 2017 2018 2019": numbers grouped by spaces where each group stands in a column of its own
 * are one token per cell, not one number of thousands.
 */
function splitTableCells(tokens: Token[], tables: YearTables): Token[] {
  if (!tokens.some((t) => t.type === 'num' && GROUP_SPACE.test(t.text) && tables.cellAt(t.start))) return tokens;
  return tokens.flatMap((t) => {
    if (t.type !== 'num' || !GROUP_SPACE.test(t.text) || !tables.cellAt(t.start)) return [t];
    let from = 0;
    const parts = t.text.split(GROUP_SPACE).map((part): Token => {
      const start = t.start + from;
      from += part.length + 1;
      return { ...t, start, end: start + part.length, text: part, norm: part, lineStart: t.lineStart && start === t.start, glued: t.glued && start === t.start };
    });
    return parts.every((p) => tables.cellAt(p.start)) ? parts : [t];
  });
}

// Digits with two or more groups of thousands: "1.250.000", "74.157.032".
const FULL_AMOUNT_DIGITS = /^\d{1,3}(?:[.\u00A0 ]\d{3}){2,}$/u;
/** {@link TOKEN_RE} tried at one position: the tokenizer reads its numbers with it. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');
const isSpace = codePointTest(/\s/u);
const opensWord = codePointTest(/[\p{L}\p{M}]/u);
const goesOnWord = codePointTest(/[\p{L}\p{M}\d²³]/u);
const isLetter = codePointTest(/\p{L}/u);
const isDigit = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
};
/** The prepositions {@link TOKEN_RE} cuts from a number glued to them ("van78", "Tot5") by their first letter, in either case, with the rest. */
const GLUED_PREPOSITIONS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['V', ['an']], ['v', ['an']], ['N', ['aar']], ['n', ['aar']], ['T', ['ot', 'ussen']], ['t', ['ot', 'ussen']],
]);

/** The length of a preposition glued to a number at `at`, or 0. */
function gluedPreposition(text: string, at: number): number {
  // No `?? []`: an empty array per word was 0.8 % of the extraction's allocation.
  const rests = GLUED_PREPOSITIONS.get(text[at]!);
  if (rests === undefined) return 0;
  for (const rest of rests) if (text.startsWith(rest, at + 1) && isDigit(text, at + 1 + rest.length)) return 1 + rest.length;
  return 0;
}

/** The end of {@link TOKEN_RE}'s word alternative opening at `at` (a letter or mark): letters, marks, digits, "²³", parts after an apostrophe or a hyphen. */
function wordEnd(text: string, at: number): number {
  at += codePointLength(text, at);
  while (at < text.length && goesOnWord(text, at)) at += codePointLength(text, at);
  for (;;) {
    const mark = text[at];
    const next = at + 1;
    if ((mark === "'" || mark === '’') && next < text.length && isLetter(text, next)) {
      at = next;
      while (at < text.length && isLetter(text, at)) at += codePointLength(text, at);
    } else if (mark === '-' && next < text.length && goesOnWord(text, next)) {
      at = next;
      while (at < text.length && goesOnWord(text, at)) at += codePointLength(text, at);
    } else return at;
  }
}

/**
 * The matches of {@link TOKEN_RE} in order (start, end, and the group that matched), scanned by code
 * point: a token opens at each code point that is no space (`\S` takes any other one); a number is
 * read by the expression itself at that position, a preposition glued to a number by
 * {@link gluedPreposition}, a word by {@link wordEnd}, anything else is one symbol. The expression
 * run over the text cost a match array per token, 3 % of the extraction.
 */
function tokenSpans(text: string, visit: (start: number, end: number, type: Token['type']) => void): void {
  let at = 0;
  while (at < text.length) {
    if (isSpace(text, at)) {
      at += codePointLength(text, at);
      continue;
    }
    if (isDigit(text, at)) {
      TOKEN_AT.lastIndex = at;
      const end = at + TOKEN_AT.exec(text)![0].length;
      visit(at, end, 'num');
      at = end;
      continue;
    }
    const preposition = gluedPreposition(text, at);
    if (preposition > 0) {
      visit(at, at + preposition, 'word');
      at += preposition;
      continue;
    }
    const word = opensWord(text, at);
    const end = word ? wordEnd(text, at) : at + codePointLength(text, at);
    visit(at, end, word ? 'word' : 'sym');
    at = end;
  }
}

function tokenize(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  // The first line break at or after the previous token's end (-1: none is left).
  let lineBreak = text.indexOf('\n');
  tokenSpans(text, (start, end, type) => {
    if (lineBreak !== -1 && lineBreak < prevEnd) lineBreak = text.indexOf('\n', prevEnd);
    tokens.push({
      type,
      start,
      end,
      text: text.slice(start, end),
      norm: folded.slice(start, end),
      lineStart: tokens.length === 0 ? !/\S/.test(text.slice(0, start)) : lineBreak !== -1 && lineBreak < start,
      glued: tokens.length > 0 && start === prevEnd,
      blocked: false,
    });
    prevEnd = end;
  });
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
  new RegExp(String.raw`\b\d{1,2}:\d{2}\b(?!${MINUTES_AFTER})`, 'gu'), // clock times "22:30", not "12:36 minuten"
  /(?:\+|\b00)\d{2}[\d\s./]{7,}\d/g, // international phone numbers
  /(?<![\d.,])\b0\d{1,3}(?:[\s./-]?\d{2,3}){2,4}\b/g, // Belgian phone numbers "09 266 70 00"
  /\b[A-Z]{2}\d{2}(?:\s?\d{4}){3}\b/g, // IBAN
];
/** URLs and e-mail addresses: every match holds "http", "www." or "@" (the costly `\S+@` is tried only when one does). */
const URL_OR_EMAIL = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/g;
const mayHoldUrlOrEmail = (text: string) => text.includes('@') || text.includes('http') || text.includes('www.');

/** Flags tokens that touch a blocked span (dates, phone numbers…), in one pass over a character mask. */
function markBlocked(tokens: Token[], blocked: Array<[number, number]>, length: number) {
  const mask = new Uint8Array(length + 1);
  for (const [s, e] of blocked) mask.fill(1, s, e);
  // A loop over the token's characters, not `mask.subarray(…).includes(1)`: a view object per token was 2.7 % of the extraction's allocation.
  for (const t of tokens) t.blocked = touchesBlocked(mask, t.start, t.end);
}

/** Whether `mask` holds a 1 in [start, end). */
function touchesBlocked(mask: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (mask[k] === 1) return true;
  return false;
}

/** UTF-16 spans of {@link BLOCKED_PATTERNS} and {@link URL_OR_EMAIL} in `text`, in that order. */
export function blockedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of BLOCKED_PATTERNS) for (const m of matchesOf(re, text)) out.push([m.index, m.index + m[0].length]);
  if (mayHoldUrlOrEmail(text)) for (const m of matchesOf(URL_OR_EMAIL, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Parses digits with Dutch separators: "1.829" → 1829, "16,6" → 16.6, "2.500.000".
 * Returns null for anything else ("22.30", "2.0", "09"), which are times, versions or codes.
 */
export function parseDigits(s: string): number | null {
  // "12:36" (only ever a token before "minuten"): minutes and seconds, in minutes as a decimal.
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(s);
  if (clock) return Number((Number(clock[1]) + Number(clock[2]) / 60).toPrecision(12));
  if (/^\d{1,3}(?:[.\u0020\u00A0\u202F]\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/[.\u0020\u00A0\u202F]/g, '').replace(',', '.'));
  // "1.9 ton": one digit after a point is a decimal written the English way (a thousands point has three after it, a clock's
  // minutes two: "10.30 uur").
  if (/^[1-9]\d*\.\d$/.test(s)) return Number(s);
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
 * Words ending in -tal ("twintigtal") and "dozijn" are approximate (`approx`); plurals such as
 * "tientallen" and "honderden" are vague and return null. Memoised: the figures stage asks
 * about every word of every document, and a corpus repeats few.
 */
export const parseNumberWord = (w: string): NumberWord | null => (mayBeNumberWord(w) ? numberWordOf(w) : null);

const numberWordOf = memoByWord(readNumberWord);

/** A word's first two UTF-16 units as one number (NaN for a word shorter than two). */
const openingOf = (w: string) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);

/**
 * The openings of every word {@link readNumberWord} reads: each opens with a number word of {@link NUMBER_ATOMS}, "honderd",
 * "duizend", "anderhalf", "anderhalve" or "dozijn" (a compound, "-enhalf" and "-tal" open with the number they are made of), or
 * with a key its `in` finds on NUMBER_ATOMS's prototype ("constructor"), whose answers stay as they were.
 */
const NUMBER_WORD_OPENINGS: ReadonlySet<number> = new Set(
  [...Object.keys(NUMBER_ATOMS), 'honderd', 'duizend', 'anderhalf', 'anderhalve', 'dozijn', ...Object.getOwnPropertyNames(Object.prototype)].map(openingOf),
);

/**
 * Whether `w` may be a number word (false: {@link readNumberWord} gives null). The figures stage asks about nearly every word at
 * every reader, and the memo's lookup of a word (hashing and comparing it) cost more than this test: 1.8 % of the extraction.
 */
const mayBeNumberWord = (w: string) => NUMBER_WORD_OPENINGS.has(openingOf(w));

interface NumberWord {
  readonly value: number;
  readonly approx: boolean;
}

function readNumberWord(w: string): NumberWord | null {
  if (w === 'anderhalf' || w === 'anderhalve') return { value: 1.5, approx: false };
  // "een dozijn amendementen": about twelve, as "een twaalftal" (the plural "dozijnen" is vague, as "tientallen").
  if (w === 'dozijn') return { value: 12, approx: true };
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

/** Four digits a calendar year is written in, 1900–2100 without separators (an {@link Atom}'s `yearLike` when nothing scales it). */
export const CALENDAR_YEAR = /^(?:19\d\d|20\d\d|2100)$/u;

/** A number as written: digits or words, with an optional currency sign before and a scale word after. */
export interface Atom {
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

/** Whether token `open` opens a bracket that holds one whole number alone, right after a capitalised word or a noun: "Hasselt (48)". */
function isNamedItem(tokens: Token[], open: number): boolean {
  const name = tokens[open - 1];
  return tokens[open]?.text === '(' && tokens[open + 1]?.type === 'num' && tokens[open + 2]?.text === ')' &&
    name?.type === 'word' && (/^\p{Lu}/u.test(name.text) || namesAnItem(name.norm)) && !parseAtom(tokens, open + 1)?.yearLike;
}
// "door vacatures (6), delegaties (4) en …", "voor afval en zwerfvuil (9), geluidshinder (3)": a lowercase word of three letters or
// more names a list's item as a name does.
const ITEM_NOUN = /^\p{Ll}[\p{L}'’-]{2,}$/u;
/** Whether a folded word may head a bracketed item; "artikelen (3)", "hoofdstuk (4)" number the text instead. */
const namesAnItem = (norm: string) => ITEM_NOUN.test(norm) && ![norm, norm.slice(0, -1), norm.slice(0, -2), norm.slice(0, -3)].some((w) => LABEL_WORDS.has(w));

const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'en', ';']);
/** A name of the next or previous item: at most three words ("Regio Noord", "Leuven-Hulp"). */
const ITEM_NAME_WORDS = 3;

// Words before a year whose count follows in brackets: "in 2014 (397)", "stijgt wel tegenover 2015 (17)", "vergeleken met 2019 (45)".
const YEAR_COUNT_LEADS: ReadonlySet<string> = new Set(['in', 'tegenover', 'dan', 'met', 'versus', 'tussen', 'sinds', 'sedert', 'vanaf', 'opzichte']);

/**
 * Whether token `open` is the bracket of a count right after a year it is of: "minder dan in 2014 (397)", "in piekjaar 2015 (502)",
 * "tegenover 2015 (17)" (not a note's number after any year: "het verslag van 2021 (2)").
 */
export function bracketsAYearsCount(tokens: Token[], open: number): boolean {
  if (tokens[open]?.text !== '(') return false;
  // "zestien minder dan vorig jaar (1917)", "tegenover een jaar eerder (45)": a year the text names relative to its own.
  const relative = relativeYearStart(tokens, open);
  if (relative !== null) return YEAR_COUNT_LEADS.has(tokens[relative - 1]?.norm ?? '');
  if (!CALENDAR_YEAR.test(tokens[open - 1]?.text ?? '')) return false;
  // "ten opzichte van 2020 (114)": the comparison's own "van" (not a report's: "het verslag van 2021 (2)").
  const before = tokens[open - 2]?.norm === 'van' && tokens[open - 3]?.norm === 'opzichte' ? 'opzichte' : tokens[open - 2]?.norm ?? '';
  // "in 2016 (19)", "in het jaar 2016 (19)", "als in het hele jaar 2016 (19)": the words of a whole year between the lead and the year.
  let lead = open - 3;
  while (WHOLE_YEAR_WORDS.has(tokens[lead]?.norm ?? '')) lead--;
  return YEAR_COUNT_LEADS.has(before) || (before.endsWith('jaar') && YEAR_COUNT_LEADS.has(tokens[lead]?.norm ?? '')) || secondOfTwoYears(tokens, open);
}
const WHOLE_YEAR_WORDS: ReadonlySet<string> = new Set(['het', 'hele', 'gehele', 'volledige', 'ganse']);

const LAST_YEAR_WORDS: ReadonlySet<string> = new Set(['vorig', 'afgelopen', 'voorbije']);
const YEAR_BEFORE_WORDS: ReadonlySet<string> = new Set(['eerder', 'ervoor', 'daarvoor']);

/** The first token of "vorig jaar", "een jaar eerder" or "het jaar ervoor" ending right before token `end`, or null. */
function relativeYearStart(tokens: Token[], end: number): number | null {
  if (tokens[end - 1]?.norm === 'jaar' && LAST_YEAR_WORDS.has(tokens[end - 2]?.norm ?? '')) return end - 2;
  if (YEAR_BEFORE_WORDS.has(tokens[end - 1]?.norm ?? '') && tokens[end - 2]?.norm === 'jaar' && ['een', 'het'].includes(tokens[end - 3]?.norm ?? '')) return end - 3;
  return null;
}

// The parts of a year a period names before its year: "de eerste helft van 2018", "het derde kwartaal van 2019".
const YEAR_PART_ORDINALS: ReadonlySet<string> = new Set(['eerste', 'tweede', 'derde', 'vierde', 'laatste']);
const YEAR_PARTS: ReadonlySet<string> = new Set(['helft', 'jaarhelft', 'kwartaal', 'trimester', 'semester', 'maanden']);

/**
 * How many tokens a time in a year written with its year has when it starts at token `k` ("in 2018": 2; "in de eerste helft van
 * 2018": 7; "in de eerste zes maanden van 2018": 8); 0 when none does.
 */
export function yearTimeLength(tokens: Token[], k: number): number {
  if (tokens[k]?.norm !== 'in') return 0;
  let m = k + 1;
  if (tokens[m]?.norm === 'de' || tokens[m]?.norm === 'het') {
    if (!YEAR_PART_ORDINALS.has(tokens[m + 1]?.norm ?? '')) return 0;
    m += 2;
    // "de eerste zes maanden": a number of months between the ordinal and the noun.
    if (NUMBER_ATOMS[tokens[m]?.norm ?? ''] !== undefined && tokens[m + 1]?.norm === 'maanden') m++;
    if (!YEAR_PARTS.has(tokens[m]?.norm ?? '') || tokens[m + 1]?.norm !== 'van') return 0;
    m += 2;
  }
  return parseAtom(tokens, m)?.yearLike === true ? m + 1 - k : 0;
}

/**
 * How many tokens a decade that dates a value has when it starts at token `k` ("midden jaren '90", "eind de jaren tachtig",
 * "in de jaren 2000"); 0 when none does.
 */
export function decadeTimeLength(tokens: Token[], k: number): number {
  let m = k;
  if (DECADE_POSITIONS.has(tokens[m]?.norm ?? '')) m++;
  if (tokens[m]?.norm === 'de') m++;
  if (m === k || tokens[m]?.norm !== 'jaren') return 0;
  m++;
  if (APOSTROPHES.has(tokens[m]?.text ?? '')) m++;
  const decade = parseAtom(tokens, m);
  return decade && isDecadeValue(decade.value) ? decade.last + 1 - k : 0;
}

/** Whether a number can name a decade: "90" of "jaren '90", "tachtig", "1980", "2000". */
export const isDecadeValue = (value: number) => value % 10 === 0 && ((value >= 10 && value <= 90) || (value >= 1900 && value <= 2090));
// Words that place a value in or at a stretch of time: "midden jaren '90", "in de jaren tachtig".
const DECADE_POSITIONS: ReadonlySet<string> = new Set(['in', 'begin', 'midden', 'medio', 'eind', 'einde']);

/** How many tokens "vorig jaar", "een jaar eerder" or "het jaar ervoor" has when it starts at token `k`; 0 when none does. */
export function relativeYearLength(tokens: Token[], k: number): number {
  if (LAST_YEAR_WORDS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'jaar') return 2;
  return relativeYearStart(tokens, k + 3) === k ? 3 : 0;
}

/** "tussen 2017 (1.194) en 2018 (2.163)": the bracket at `open` after "en" follows another year's bracketed count. */
export function secondOfTwoYears(tokens: Token[], open: number): boolean {
  return tokens[open - 2]?.norm === 'en' && tokens[open - 3]?.text === ')' && tokens[open - 4]?.type === 'num' && bracketsAYearsCount(tokens, open - 5);
}

// What may follow a bracketed count that closes its clause: "(16), net als …", "(24).".
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ':', 'en']);

/**
 * The "aantal" (or "cijfer") of "het aantal …" in the same sentence before token `open`, when `open` opens a bracket that holds
 * one number alone and closes a clause: "Het aantal verkrachtingen staat op het laagste peil in vijf jaar (16), net als het aantal
 * aanrandingen van de eerbaarheid (24)". Such a number is that count however small, not a list's "(3)"; null otherwise.
 */
export function countedByAantalBefore(tokens: Token[], open: number): number | null {
  if (tokens[open]?.text !== '(' || tokens[open + 1]?.type !== 'num' || tokens[open + 2]?.text !== ')') return null;
  const after = tokens[open + 3];
  if (after !== undefined && !after.lineStart && !CLAUSE_CLOSERS.has(after.norm)) return null;
  for (let k = open - 1; k > 0 && !SENTENCE_END_MARKS.has(tokens[k]!.text) && !tokens[k + 1]!.lineStart; k--) {
    if (COUNT_REFERENCE_NOUNS.has(tokens[k]!.norm) && DEFINITE_DETERMINERS.has(tokens[k - 1]!.norm)) return k;
  }
  return null;
}

/**
 * Whether token `open` opens a named item ("Hasselt (48)", "vacatures (6)", {@link isNamedItem}) that a list joins to another one right before
 * or after it: "gevolgd door Hasselt (48), Dendermonde (47) en Gent (41)". Such a number counts; a "(3)" alone numbers a list.
 */
export function isNamedListItem(tokens: Token[], open: number): boolean {
  if (!isNamedItem(tokens, open)) return false;
  if (LIST_JOINERS.has(tokens[open + 3]?.norm ?? '')) {
    for (let k = open + 5; k <= open + 4 + ITEM_NAME_WORDS; k++) if (isNamedItem(tokens, k)) return true;
  }
  for (let k = open - 2; k >= open - 1 - ITEM_NAME_WORDS; k--) {
    if (LIST_JOINERS.has(tokens[k]?.norm ?? '') && tokens[k - 1]?.text === ')') return isNamedItem(tokens, k - 3);
  }
  return comparedNamedItems(tokens, open);
}

// Words that set a named item beside another in a comparison: "Ook in Hongarije (145) is de toestand ernstig, net als in Cyprus (138)".
const COMPARING_JOINERS: ReadonlySet<string> = new Set(['als', 'evenals', 'zoals']);
// How many tokens of its clause a compared item's bracket may stand from the other item's.
const COMPARED_ITEM_REACH = 12;

/** Whether the named item at `open` and another of its sentence are set beside each other by "net als", "evenals" or "zoals". */
function comparedNamedItems(tokens: Token[], open: number): boolean {
  const joinerBefore = (close: number, name: number) => {
    for (let k = name - 1; k > close && k >= name - 3; k--) if (COMPARING_JOINERS.has(tokens[k]!.norm)) return true;
    return false;
  };
  const withinTheSentence = (from: number, to: number) => tokens.slice(from, to).every((t, n) => !SENTENCE_END_MARKS.has(t.text) && !(n > 0 && t.lineStart));
  for (let other = open + 4; other <= open + COMPARED_ITEM_REACH && withinTheSentence(open, other); other++) {
    if (isNamedItem(tokens, other) && joinerBefore(open + 2, other - 1)) return true;
  }
  for (let other = open - 4; other >= open - COMPARED_ITEM_REACH && other >= 0 && withinTheSentence(other, open); other--) {
    if (isNamedItem(tokens, other) && joinerBefore(other + 2, open - 1)) return true;
  }
  return false;
}

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
  const numIdx = j;
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
    // "een 400-tal werknemers": digits with "-tal" are approximate, as "twintigtal" is.
    if (next?.text === '-' && next.glued && tokens[j + 2]?.norm === 'tal' && tokens[j + 2]!.glued) {
      approx = true;
      j += 2;
    }
  } else if (t.type === 'word') {
    // "een half miljoen euro": "half" is a number only before a scale word.
    const half = (t.norm === 'half' || t.norm === 'halve') && (tokens[j + 1]?.norm ?? '') in MULTIPLIERS;
    const w = half ? { value: 0.5, approx: false } : parseNumberWord(t.norm);
    if (!w) return null;
    value = w.value;
    approx = w.approx;
    isWord = true;
  } else {
    return null;
  }
  let multiplier = 1;
  const scale = tokens[j + 1];
  if (scale && scale.type === 'word' && scale.norm in MULTIPLIERS && !(isWord && approx)) {
    // "74.157.032 miljoen euro": digits already in the millions, with their thousands written out, are the full amount and the
    // scale word a slip — Dutch says "miljard" or "biljoen" rather than stacking "miljoen" on millions.
    if (!FULL_AMOUNT_DIGITS.test(t.text)) multiplier = MULTIPLIERS[scale.norm]!;
    j++;
    if (tokens[j + 1]?.text === '.' && (scale.norm === 'mio' || scale.norm === 'mln' || scale.norm === 'mld')) j++;
  }
  const isEen = isWord && t.norm === 'een' && multiplier === 1;
  const yearLike = !isWord && !approx && multiplier === 1 && currency === null && CALENDAR_YEAR.test(t.text);
  // toPrecision drops binary noise: 4,2 miljoen is 4200000, not 4200000.000000001.
  return { first: i, last: j, numIdx, value: Number((value * multiplier).toPrecision(15)), raw: value, multiplier, isWord, isEen, approx, currency, yearLike };
}

/** Whether a token opens with a capital letter (a name, or a sentence's first word). */
export const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
/** Whether the words (folded) of `phrase` stand in order from token `k`: "in beslag genomen", "in vergelijking met". */
export const phraseAt = (tokens: readonly Token[], k: number, phrase: readonly string[]) => phrase.every((w, n) => tokens[k + n]?.norm === w);

/** The token as a unit or noun: lowercase, typographic apostrophes as ASCII. */
export const lower = (t: Token) => t.text.toLowerCase().replace(/’/g, "'");

// The endings of a plural the text writes of a singular noun: "camera's", "pv's", "agenten".
const PLURAL_ENDINGS: readonly string[] = ["'s", 's', 'en'];
/** Whether `plural` is a plural the text writes of `singular` ("camera's" of "camera", "agenten" of "agent"), both as {@link lower} gives them. */
export const isPluralOf = (plural: string | null, singular: string | null): boolean =>
  plural !== null && singular !== null && PLURAL_ENDINGS.some((ending) => plural === singular + ending);

const PARTITIVES: ReadonlySet<string> = new Set(['er', 'waarvan', 'daarvan', 'hiervan', 'waaronder', 'daaronder']);
// The prepositions that make "wie" a partitive of persons ("van wie", "onder wie").
const PERSON_PARTITIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['van', 'onder']);

/**
 * The partitive right before a bare number ("er 550", "waarvan 159"), or with at most four
 * words of an adverbial between ("er in principe 550", "er nu nog 30", "terwijl er in het Waalse Hoei 84 zijn", "er dat in 2016 maar 24");
 * null when there is none.
 */
export function partitiveBefore(tokens: Token[], lead: number): number | null {
  // A word in quotation marks between counts as one word ("waren dat er nog 'maar' 2907").
  for (let k = lead - 1, words = 0; k >= 0 && words < 5; k--) {
    const t = tokens[k]!;
    if (QUOTATION_MARKS.has(t.text)) continue;
    // "In 2020 waren dit er opvallend meer: 23": a colon after a comparative gives the number it announces.
    if (t.text === ':' && k === lead - 1 && COMPARATIVES.has(tokens[k - 1]?.norm ?? '')) continue;
    words++;
    if (PARTITIVES.has(t.norm)) return k;
    // "47.921 bestuurders gecontroleerd, van wie 36.866 met een pretest": "van wie", "onder wie" of persons, as "waarvan".
    if (t.norm === 'wie' && PERSON_PARTITIVE_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')) return k;
    // A year is a word of the adverbial: "terwijl er dat in 2016 maar 24 waren".
    if ((t.type !== 'word' && !CALENDAR_YEAR.test(t.text)) || FINITE_VERBS.has(t.norm)) return null;
  }
  return null;
}
/** The marks an elided number or a decade is written with: "jaren '90", "jaren ‘90". */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’', '‘']);
/** Quotation marks, single and double, straight and curly. */
export const QUOTATION_MARKS: ReadonlySet<string> = new Set(["'", '"', '‘', '’', '“', '”']);
