/** Sentence spans, date phrases and the reference date of a figure. */
import { daysInMonth } from '../../text/calendar.js';
import { matchesOf } from '../../text/matches.js';
import { splitSentences, type SentenceSplitter } from '../../text/sentences.js';
import { isHeadingLine } from '../segment.js';
import type { Span } from '../types.js';
import { AGAINST_BASE_PATTERN, DAY_PARTS, MODAL_VERBS, MONTHS, NUMBER_ATOMS, OBSERVED_CHANGE_WORDS, REPORTED_PARTICIPLES, SAYING_WORDS, WEEKDAYS } from './words.js';

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

/** Sentence spans: each block (see {@link blockSpans}; given when already split) split by the one splitter. */
export function sentenceSpans(text: string, blocks = blockSpans(text), split: SentenceSplitter = splitSentences): Array<[number, number]> {
  return blocks.flatMap(([start, end]) => split(text, start, end));
}

export interface DateMention {
  start: number;
  end: number;
  value: string | null;
  /** A period whose ends lie in different years ("tussen november 2018 en december 2019"); `value` is its end year. */
  spansYears?: true;
  /** A time of the news, a weekday ("dinsdag") or "vorige week": like a stated year, it frames the sentences after it. */
  newsDay?: true;
  /** A day of the news written with its date ("op donderdag 14 mei"): it frames the sentences after it in its own paragraph only. */
  inParagraph?: true;
  /**
   * A point in a year given as the year ("begin 2019", "tegen midden 2021", "tot eind mei"): it dates its own sentence
   * as that year, but frames none after it (as "eind 2018", whose value is a day).
   */
  point?: true;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last month of each season a text names with "afgelopen" ("afgelopen zomer"): its year is the document's once that month is past. */
const SEASON_ENDS: Readonly<Record<string, number>> = { lente: 6, voorjaar: 6, zomer: 9, herfst: 12, najaar: 12 };

/** Year (and month) of a reduced-precision ISO date, or null. */
interface DocumentParts {
  year: number;
  month: number | null;
  day: number | null;
}

function docParts(documentDate: string | null | undefined): DocumentParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(documentDate ?? '');
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null } : null;
}

/** "op 6 januari" in a text of 2026-01-07: the latest such day not after the document's month. */
function dayWithoutYear(day: number, month: number, doc: DocumentParts | null): string | null {
  if (!doc || doc.month === null) return null;
  const year = month > doc.month ? doc.year - 1 : doc.year;
  return day > daysInMonth(year, month) ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * "De eerste trajectcontroles starten op maandag 22 mei" in a text of 2023-04-28: a day written with its weekday is in the year,
 * of the document's, the one before or the one after, where it falls on that weekday, the nearest to the document's date first;
 * `dayWithoutYear`'s year when none does (or no year is known).
 */
function dayOfWeekday(day: number, month: number, weekday: number, doc: DocumentParts | null): string | null {
  if (!doc || doc.month === null) return null;
  const documentTime = Date.UTC(doc.year, doc.month - 1, doc.day ?? 15);
  const years = [doc.year - 1, doc.year, doc.year + 1].filter((y) => day <= daysInMonth(y, month) && new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday);
  const nearest = years.sort((a, b) => Math.abs(Date.UTC(a, month - 1, day) - documentTime) - Math.abs(Date.UTC(b, month - 1, day) - documentTime))[0];
  return nearest === undefined ? dayWithoutYear(day, month, doc) : `${nearest}-${pad(month)}-${pad(day)}`;
}

/** "vorige week" in a text of 2021-12-27: the month of the week before the document's date (its month when no day is known). */
function lastWeek(doc: DocumentParts | null): string | null {
  if (!doc || doc.month === null) return null;
  if (doc.day === null) return `${doc.year}-${pad(doc.month)}`;
  const d = new Date(Date.UTC(doc.year, doc.month - 1, doc.day - 7));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/**
 * "vorig weekend" in a news text: the month of the last Saturday and Sunday before the document's day (a text of Monday
 * 2019-09-09 speaks of 7–8 September: 2019-09), undefined when that weekend spans two months (the devset's fresh15
 * convention) or without a document month; the document's month when it gives no day.
 */
function lastWeekend(doc: DocumentParts | null): string | undefined {
  if (!doc || doc.month === null) return undefined;
  if (doc.day === null) return `${doc.year}-${pad(doc.month)}`;
  const sunday = new Date(Date.UTC(doc.year, doc.month - 1, doc.day));
  // The last Sunday strictly before the document's day: a text of a Sunday speaks of the weekend before it.
  sunday.setUTCDate(sunday.getUTCDate() - (sunday.getUTCDay() === 0 ? 7 : sunday.getUTCDay()));
  const saturday = new Date(sunday.getTime() - 86_400_000);
  if (saturday.getUTCMonth() !== sunday.getUTCMonth()) return undefined;
  return `${sunday.getUTCFullYear()}-${pad(sunday.getUTCMonth() + 1)}`;
}

/**
 * "dinsdag" in a news text of Thursday 2018-08-23: the latest such weekday on or before the document's
 * day (2018-08-21; the day itself for "zaterdagmiddag" in a text of that Saturday), its month when the
 * document gives no day, undefined without a document month. `weekday` is 0 for Sunday … 6 for Saturday.
 */
function lastWeekday(weekday: number, doc: DocumentParts | null): string | undefined {
  if (!doc || doc.month === null) return undefined;
  if (doc.day === null) return `${doc.year}-${pad(doc.month)}`;
  const d = new Date(Date.UTC(doc.year, doc.month - 1, doc.day));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - weekday + 7) % 7));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * "gisteren" (1) and "eergisteren" (2) in a news text of 2019-12-11: the day that many days before the document's day (2019-12-10),
 * its month when the document gives no day, undefined without a document month.
 */
function daysBefore(days: number, doc: DocumentParts | null): string | undefined {
  if (!doc || doc.month === null) return undefined;
  if (doc.day === null) return `${doc.year}-${pad(doc.month)}`;
  const d = new Date(Date.UTC(doc.year, doc.month - 1, doc.day - days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * "op oudejaarsnacht" in a news text of 2023-01-01: the 31 December nearest to the document's date (2022-12-31; a text of
 * mid-June takes the one before it), undefined without a document month.
 */
function nearestNewYearsEve(doc: DocumentParts | null): string | undefined {
  if (!doc || doc.month === null) return undefined;
  const documentTime = Date.UTC(doc.year, doc.month - 1, doc.day ?? 15);
  const year = documentTime - Date.UTC(doc.year - 1, 11, 31) < Date.UTC(doc.year, 11, 31) - documentTime ? doc.year - 1 : doc.year;
  return `${year}-12-31`;
}

// A weekday of the news ("dinsdag", "zaterdagmiddag", "afgelopen maandag"), not a habit ("elke zondag", "op
// vrijdagen") or a named day ("de autoluwe zondag").
const WEEKDAY = new RegExp(
  `(?<!\\b(?:elke|iedere|alle|de|een|die|op)\\s+(?:\\p{L}+e\\s+)?)\\b(?:(?:vorige|afgelopen|voorbije)\\s+)?(${Object.keys(WEEKDAYS).join('|')})(?:${DAY_PARTS.join('|')})?(?![\\p{L}-])`,
  'gu',
);

// The weekday written right before a day and its month: "op maandag 22 mei".
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${Object.keys(WEEKDAYS).join('|')})\\s+$`, 'u');

// Words of saying, presenting or publishing: a weekday in their sentence is when the news was told ("Dat meldde de
// politie donderdag", "bij de voorstelling", "in een persmededeling"), not when what it tells happened.
const SAYING = new RegExp(`(?<![\\p{L}])(?:${[...SAYING_WORDS].join('|')})(?![\\p{L}])`, 'u');
// "Zoals aangekondigd nam de zone op woensdag 18 april deel": a saying after "zoals" points to an earlier telling, not this one.
const AS_SAID_BEFORE = /(?<![\p{L}])zoals\s+(?:(?:eerder|al|reeds|vooraf)\s+)?\p{L}+/gu;
/** Whether a sentence says, presents or publishes ({@link SAYING}), a saying that points back with "zoals" apart. */
const says = (sentence: string) => SAYING.test(sentence.replace(AS_SAID_BEFORE, ' '));

/**
 * Whether the day of the news a phrase names is when the news was told: its sentence says, presents or publishes
 * (`SAYING`), unless the phrase is a noun's attribute ("Hij was aangekondigd, de flitsmarathon van gisteren, maar …"):
 * "X van gisteren" is the day X happened, whatever the sentence says about it.
 */
const toldOn = (sentence: string, at: number) => says(sentence) && !/(?<![\p{L}])van\s+$/u.test(sentence.slice(0, at));

const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const REL_YEAR_RE = '(?:(?:vorig|vorige|verleden|afgelopen|voorbije)|(?:dit|deze|huidig|huidige|lopende)|(?:volgend|volgende|komend|komende))\\s+jaar';
const YEAR_RE = '(?:19[5-9]\\d|20\\d\\d)';

// Month names written out: abbreviations ("jan", "mei" apart) are also names and words.
const FULL_MONTH_RE = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'mei' || m === 'juni' || m === 'juli').join('|');

// A month name written out, as a word.
const FULL_MONTH_WORD = new RegExp(`\\b(${FULL_MONTH_RE})\\b`, 'g');

// A year stated as digits or relative to the document ("vorig jaar"), as a word.
const STATED_YEAR_WORD = new RegExp(`\\b(${YEAR_RE}|${REL_YEAR_RE})\\b`, 'g');

/** Whether a date phrase states its year, as digits or relative to the document ("juni vorig jaar"); a day without one ("22 maart") does not. */
export const statesAYear = (phrase: string): boolean => STATES_A_YEAR.test(phrase);
const STATES_A_YEAR = new RegExp(STATED_YEAR_WORD.source);

/** The last year stated (as digits or relative to the document: "vorig jaar") in a sentence's text before a point, or null. */
function statedYearBefore(before: string, doc: DocumentParts | null): number | null {
  const last = [...before.matchAll(STATED_YEAR_WORD)].at(-1)?.[1];
  if (last === undefined) return null;
  return /^\d/.test(last) ? Number(last) : relYear(last, doc);
}

/**
 * The year of a month named without one: the last year the sentence states before it, else the year the sentence before states
 * ("vorig jaar kreeg de omgeving het zwaar te verduren. In maart werd op acht plaatsen ingebroken": that year's March) when that
 * month is not after the document's, else the document's (the year before when the month is still to come).
 */
function monthsYear(month: number, before: string, doc: DocumentParts | null, yearBefore: () => number | null): number | null {
  const stated = statedYearBefore(before, doc);
  // "In november vorig jaar was er sprake van 10,8 procent, die in maart al is opgelopen tot 16,4 procent": after a later month of an
  // earlier year, an earlier month is of the year after, when that year has reached it by the document's date.
  const earlierMonth = [...before.matchAll(FULL_MONTH_WORD)].at(-1)?.[1];
  if (stated !== null && earlierMonth !== undefined && MONTHS[earlierMonth]! > month && doc && doc.month !== null && (stated + 1 < doc.year || (stated + 1 === doc.year && month <= doc.month))) return stated + 1;
  if (stated !== null) return stated;
  // The sentence before's year, unless that month lies after the document ("ook in 2020 blijven we controleren. … in december").
  const told = yearBefore();
  if (told !== null && (!doc || doc.month === null || told < doc.year || (told === doc.year && month <= doc.month))) return told;
  if (!doc || doc.month === null) return null;
  return month > doc.month ? doc.year - 1 : doc.year;
}

function relYear(phrase: string, doc: { year: number } | null): number | null {
  if (!doc) return null;
  if (/^(?:vorig|vorige|verleden|afgelopen|voorbije)\b/.test(phrase)) return doc.year - 1;
  if (/^(?:volgend|volgende|komend|komende)\b/.test(phrase)) return doc.year + 1;
  return doc.year;
}

/**
 * "eind 2023" → "2023-12-31", "eind maart 2024" → "2024-03-31": the end of a year or month is its last day (the gold
 * convention, test/gold/README.md: a stock counted at the year's end). "begin 2019", "midden 2021", "medio maart 2022" name no
 * day: the year or the month, reduced precision as the text states it (as the open devset splits' gold reads the beginning
 * and the middle of a year), a point that frames no later sentence.
 */
const modValue = (mod: string, y: number, month: number | null): string | DateValue => {
  if (/^eind/.test(mod)) return month !== null ? `${y}-${pad(month)}-${pad(daysInMonth(y, month))}` : `${y}-12-31`;
  return { value: month !== null ? `${y}-${pad(month)}` : String(y), point: true };
};

/** A date phrase's value when it is more than a date: a period over several years, a weekday of the news, or a point in a year. */
type DateValue = { value: string; spansYears: true } | { value: string; newsDay: true; inParagraph?: true } | { value: string; point: true };

// One end of a period: "[eind] [30] juni [2010]", "2014"; its groups are the month and the year.
const PERIOD_END_RE = `(?:(?:eind|einde|begin|midden|medio)\\s+)?(?:(?:[1-9]|[12]\\d|3[01])\\s+)?(?:(${FULL_MONTH_RE})\\.?\\s*)?(?:(${YEAR_RE})\\b)?`;

/**
 * A period's date: its year when both ends lie in one year ("tussen januari en eind juni" in a
 * text of 2017 → 2017; a month without a year is of the year the sentence states before it, else
 * of the document's), its end year marked as spanning years when they differ. Undefined when an
 * end has no month (a period of bare years, or no period: "tussen 10 en 20 juni").
 */
function periodValue(m: RegExpExecArray, doc: DocumentParts | null, sentence: string): string | DateValue | undefined {
  const [, month1, year1, month2, year2] = m;
  if (!month1 && !month2) return undefined;
  if ((!month1 && !year1) || (!month2 && !year2)) return undefined;
  const monthYear = (month: string) => {
    const stated = statedYearBefore(sentence.slice(0, m.index), doc);
    if (stated !== null) return stated;
    if (!doc || doc.month === null) return null;
    return MONTHS[month]! > doc.month ? doc.year - 1 : doc.year;
  };
  const end = year2 ? Number(year2) : monthYear(month2!);
  const start = year1 ? Number(year1) : end;
  if (end === null || start === null) return undefined;
  return start === end ? String(end) : { value: String(end), spansYears: true };
}

// "tussen januari en eind juni": looked for only in a sentence that has the word (most have not).
const PERIOD = new RegExp(`\\btussen\\s+${PERIOD_END_RE}\\s+en\\s+${PERIOD_END_RE}`, 'g');

/** Date phrases and their values, compiled once (see {@link findDateMentions}). */
// A value function returns undefined when its phrase says nothing without the document date ("op 6 januari").
const DATE_PATTERNS: Array<[RegExp, (m: RegExpExecArray, doc: DocumentParts | null, sentence: string, yearBefore: () => number | null) => string | DateValue | null | undefined]> = [
  // "tussen januari en eind juni", "tussen 30 juni 2010 en 30 juni 2014": a period with a month on one side at least
  // (a period of bare years, "tussen 2000 en 2014", is read by the year patterns: its end year).
  [PERIOD, (m, doc, sentence) => periodValue(m, doc, sentence)],
  [new RegExp(`\\b(eind|einde|begin|midden|medio)\\s+(?:van\\s+)?(?:(${MONTH_RE})\\.?\\s+)?(${YEAR_RE}|${REL_YEAR_RE})\\b`, 'g'), (m, doc) => {
    const y = /^\d/.test(m[3]!) ? Number(m[3]) : relYear(m[3]!, doc);
    return y === null ? null : modValue(m[1]!, y, m[2] ? MONTHS[m[2]]! : null);
  }],
  [new RegExp(`\\b([1-9]|[12]\\d|3[01])\\s+(${MONTH_RE})\\.?\\s+(${YEAR_RE})\\b`, 'g'), (m) => `${m[3]}-${pad(MONTHS[m[2]!]!)}-${pad(Number(m[1]))}`],
  // "sinds januari 2021 worden 3 camera's ingezet": the start of a period, skipped like "sinds 2019".
  [new RegExp(`\\b(${MONTH_RE})\\.?\\s+(${YEAR_RE})\\b(?<!\\b(?:sinds|sedert|vanaf)\\s+[a-z]+\\.?\\s+\\d{4})`, 'g'), (m) => `${m[2]}-${pad(MONTHS[m[1]!]!)}`],
  // "Vorig jaar werden, tot eind mei, 310 fietsen gestolen": a count up to a month of the year, so of that year (as
  // "tussen januari en eind juni"); the month is of the year the sentence states before it, else of the document's.
  [new RegExp(`(?<![\\p{L}])tot\\s+(?:en\\s+met\\s+)?(?:(?:eind|einde|begin|midden|medio)\\s+)?(${FULL_MONTH_RE})\\b(?!\\.?\\s*\\d)`, 'gu'), (m, doc, sentence) => {
    const year = monthsYear(MONTHS[m[1]!]!, sentence.slice(0, m.index), doc, () => null);
    return year === null ? undefined : { value: String(year), point: true };
  }],
  // "In maart van dit jaar zaten er 10.723 gedetineerden", "In november vorig jaar was er sprake van 10,8 procent": a month with the year
  // named after it relative to the document; not the start of a period.
  [new RegExp(`(?<!\\b(?:sinds|sedert|vanaf)\\s+)\\b(${FULL_MONTH_RE})\\s+(?:van\\s+)?(${REL_YEAR_RE})\\b`, 'g'), (m, doc) => {
    const y = relYear(m[2]!, doc);
    return y === null ? null : `${y}-${pad(MONTHS[m[1]!]!)}`;
  }],
  // "sinds 19 oktober al 116 pv's": the start of a running count, skipped like "sinds 2019".
  [new RegExp(`(?<!\\b(?:sinds|sedert|vanaf)\\s+)\\b([1-9]|[12]\\d|3[01])\\s+(${MONTH_RE})\\b`, 'g'), (m, doc, sentence) => {
    // "In 2018 werd op 6 januari …": a year the sentence states before the day is its year.
    const stated = [...sentence.slice(0, m.index).matchAll(new RegExp(`\\b${YEAR_RE}\\b`, 'g'))].at(-1)?.[0];
    const weekday = WEEKDAY_BEFORE.exec(sentence.slice(0, m.index))?.[1];
    const day = Number(m[1]);
    const month = MONTHS[m[2]!]!;
    const withoutYear = weekday === undefined ? dayWithoutYear(day, month, doc) : dayOfWeekday(day, month, WEEKDAYS[weekday]!, doc);
    const value = stated === undefined ? withoutYear ?? undefined : `${stated}-${pad(month)}-${pad(day)}`;
    // "deden op donderdag 14 mei een inval. Ze vonden er 2.496 planten": a day of the news named with its weekday frames the story after it
    // in its paragraph (a report of several days goes on to others in the next).
    return value !== undefined && weekday !== undefined && !says(sentence) ? { value, newsDay: true, inParagraph: true } : value;
  }],
  // "In de haven is vorige week 150 kilo cocaïne gevonden.": like a weekday of the news, it frames the story after it, unless it is when
  // the news was told ("Dat meldde de politie vorige week").
  [/\b(?:vorige|afgelopen|voorbije)\s+week\b/g, (m, doc, sentence) => {
    const value = lastWeek(doc);
    if (value === null) return undefined;
    return toldOn(sentence, m.index) ? value : { value, newsDay: true };
  }],
  // "deze zomer 22 procent meer bekeuringen", "dit najaar": a season of the document's year; "afgelopen zomer" that of the year
  // before when the document's month comes before the season ends (winter, which spans two years, is left out).
  [/\b(deze|dit|afgelopen|voorbije|vorige|vorig)\s+(zomer|lente|herfst|voorjaar|najaar)\b/g, (m, doc) => {
    if (!doc) return null;
    if (m[1] === 'deze' || m[1] === 'dit') return String(doc.year);
    return doc.month === null ? null : String(doc.month > SEASON_ENDS[m[2]!]! ? doc.year : doc.year - 1);
  }],
  // "Ruim 41.000 bestuurders werden vorig weekend getest": the weekend of the news frames the story after it, as a weekday does.
  [/\b(?:vorig|afgelopen|voorbije)\s+weekend\b/g, (m, doc, sentence) => {
    const value = lastWeekend(doc);
    if (value === undefined) return undefined;
    return toldOn(sentence, m.index) ? value : { value, newsDay: true };
  }],
  // "Gisteren waren dat er 10.883": the day before the news, as a weekday of the news is.
  [/\b(eer)?gisteren\b/g, (m, doc, sentence) => {
    const value = daysBefore(m[1] === undefined ? 1 : 2, doc);
    if (value === undefined) return undefined;
    return toldOn(sentence, m.index) ? value : { value, newsDay: true };
  }],
  // "In Brussel zijn op oudejaarsnacht zes wagens in vlammen opgegaan": the night of the news frames the story after it, as a
  // weekday does; "oudejaarsnacht 2019" is that year's.
  [new RegExp(`\\boudejaar(?:s(?:nacht|avond|dag))?(?:\\s+(?:van\\s+)?(${YEAR_RE}))?\\b`, 'g'), (m, doc, sentence) => {
    const value = m[1] === undefined ? nearestNewYearsEve(doc) : `${m[1]}-12-31`;
    if (value === undefined) return undefined;
    return toldOn(sentence, m.index) ? value : { value, newsDay: true };
  }],
  [WEEKDAY, (m, doc, sentence) => {
    const days = new Set(matchesOf(WEEKDAY, sentence).map((d) => d[1]));
    // "op woensdag, donderdag en vrijdag": days of a distribution or a schedule, no date.
    if (days.size > 1) return undefined;
    const value = lastWeekday(WEEKDAYS[m[1]!]!, doc);
    if (value === undefined) return undefined;
    // "Dat zei de minister dinsdag in de Kamer": the day something was said dates its own sentence, not the news after it.
    return toldOn(sentence, m.index) ? value : { value, newsDay: true };
  }],
  // "Vorig jaar werd in maart 1.400 kilo gevonden, in juli 293 kilo": a month of the year the sentence states, else of the
  // document's; "sinds begin juli" and "sinds 19 oktober" are skipped like "sinds 2019".
  [new RegExp(`(?<!\\b(?:sinds|sedert|vanaf)\\s+(?:(?:begin|eind|einde|midden|medio|[1-9]|[12]\\d|3[01])\\s+)?)\\b(${FULL_MONTH_RE})\\b`, 'g'), (m, doc, sentence, yearBefore) => {
    const month = MONTHS[m[1]!]!;
    const year = monthsYear(month, sentence.slice(0, m.index), doc, yearBefore);
    return year === null ? undefined : `${year}-${pad(month)}`;
  }],
  // "In de eerste drie maanden van het jaar", "in de eerste helft van het jaar": a part of the year of the document.
  [/\b(?:eerste|tweede|derde|laatste)\s+(?:(?:\p{L}+\s+)?maanden|kwartaal|helft|jaarhelft|semester)\s+van\s+het\s+jaar\b/gu, (_m, doc) => (doc ? String(doc.year) : undefined)],
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
  // "In 2022 … 40 miljoen euro. Het jaar daarvoor was dat 25 miljoen": the year before the one the sentence (or else the one
  // before it) states last ("het jaar er voor", the adverb written in two words, too).
  [/\b(?:het\s+jaar\s+(?:daar\s*voor|er\s*voor|voordien|tevoren)|een\s+jaar\s+(?:eerder|voordien|daar\s*voor|er\s*voor|tevoren))\b/g, (m, doc, sentence, yearBefore) => {
    const year = statedYearBefore(sentence.slice(0, m.index), doc) ?? yearBefore();
    return year === null ? undefined : String(year - 1);
  }],
  [/\b(\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+jaar\s+geleden\b/g, (m, doc) => {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_ATOMS[m[1]!]!;
    return doc ? String(doc.year - n) : null;
  }],
  // "op 31/12/2023", "31.12.2023": a day written in numbers, day first as Belgium writes it.
  [new RegExp(`(?<![\\d.,/-])([12]\\d|3[01]|0?[1-9])([/.-])(0?[1-9]|1[0-2])\\2(${YEAR_RE})(?![\\d.,/-]?\\d)`, 'g'), (m) => `${m[4]}-${pad(Number(m[3]))}-${pad(Number(m[1]))}`],
  [new RegExp(`\\b${YEAR_RE}\\s*[-–]\\s*(${YEAR_RE})\\b`, 'g'), (m) => m[1]!],
  // (the look-behind for "sinds [maart] 2019", "sinds de start in 2015" after the year: it is tried only where a year stands)
  // "sinds 2010, toen er 1.477 gevallen geregistreerd werden": a start the "toen" clause after it takes up is a date of its own, and
  // so is one with its own count in brackets ("Sinds 2017 (134) werd er tot en met 2020 (114) een daling vastgesteld").
  [new RegExp(`(?<![\\d.,-])\\b(${YEAR_RE})\\b(?:(?<!\\b(?:sinds|sedert|vanaf)\\s+(?:(?:${MONTH_RE})\\.?\\s+|(?:de|het)\\s+[a-z]+\\s+in\\s+)?\\d{4})|(?=\\s*,\\s*toen\\b)|(?=\\s*\\(\\s*\\d[\\d.]*\\s*\\)))(?![.,]?\\d)`, 'g'), (m) => m[1]!],
];

/**
 * What every one of {@link DATE_PATTERNS} holds: a year in digits, a month's name, "jaar", "maand",
 * "week", "gisteren" or a weekday. A sentence without any (most sentences) has no date phrase, and one search for
 * them costs less than the patterns' dozen searches.
 */
const DATE_WORD = new RegExp(`${YEAR_RE}|jaar|maand|week|gisteren|(?:ma|dins|woens|donder|vrij|zater|zon)dag|${MONTH_RE}|zomer|lente|herfst|voorjaar|najaar`);

/**
 * Date phrases in a (folded) sentence with their resolved ISO value: "eind 2023" →
 * "2023-12-31", "begin 2024" → "2024", "medio maart 2022" → "2022-03", "12 maart 2024",
 * "maart 2024", "vorig jaar" (needs the document date, else null), "drie jaar geleden",
 * "2019-2024" (the end year), bare years, and "het jaar daarvoor" (the year before the last one the
 * sentence states, else the one `yearBefore` gives: the last year the text stated before the sentence).
 * "sinds 2019" is skipped: figures in such a sentence describe the present, not 2019.
 */
export function findDateMentions(folded: string, offset: number, documentDate: string | null | undefined, yearBefore: () => number | null = () => null): DateMention[] {
  if (!DATE_WORD.test(folded)) return [];
  const doc = docParts(documentDate);
  const found: DateMention[] = [];
  // Patterns run most specific first; a later match overlapping an earlier one is dropped.
  const add = (s: number, e: number, value: string | DateValue | null | undefined) => {
    if (value === undefined || found.some((f) => offset + s < f.end && offset + e > f.start)) return;
    found.push(typeof value === 'object' && value !== null ? { start: offset + s, end: offset + e, ...value } : { start: offset + s, end: offset + e, value });
  };
  for (const [re, value] of DATE_PATTERNS) {
    if (re === PERIOD && !folded.includes('tussen')) continue;
    for (const m of matchesOf(re, folded)) add(m.index, m.index + m[0].length, value(m as unknown as RegExpExecArray, doc, folded, yearBefore));
  }
  return found.sort((a, b) => a.start - b.start);
}

// "ten opzichte van het begin van de legislatuur", "sinds de fusie": a change that names its own base is measured over its own period.
const OWN_BASE = new RegExp(String.raw`(?:^|[^\p{L}])(?:sinds|sedert|${AGAINST_BASE_PATTERN})(?![\p{L}])`, 'u');

/**
 * Whether a (folded) sentence observes a change without a base of its own ("We zien een stijging met 12 procent", "De
 * cijfers zijn met 10 procent gedaald"): the change is measured over the period the text frames, so a share or a change
 * in it takes the frame's year even in the present tense. Not a change a modal carries ("we willen een daling van 10
 * procent": wanted, not observed) nor one set against its own base ("sinds de fusie is het aantal met 20 procent gedaald").
 */
export function observesAChange(sentence: string, words: readonly string[]): boolean {
  return words.some((w) => OBSERVED_CHANGE_WORDS.has(w)) && !words.some((w) => MODAL_VERBS.has(w)) && !OWN_BASE.test(sentence);
}

/**
 * "vijf ton meer dan in dezelfde periode vorig jaar", "een daling met 8 procent ten opzichte van 2016",
 * "15 procent minder in vergelijking met 2003", "in vergelijking met coronajaar 2021", "(tegenover 177 in 2016":
 * the date of a comparison's base. Its words run to the date without a clause's punctuation or a bracket (a
 * thousands point inside a number, "minder dan de 3.638 feiten in", is no full stop).
 * The base is the first date after the comparison word: "Tegenover 2024 heeft de douane in 2025 …" compares 2025 with 2024, so a year
 * between the word and a date ends the comparison; "het verschil met 2023" names a base too.
 */
export const COMPARED_DATE = new RegExp(String.raw`(?:(?:(?:meer|minder)(?:\s+\p{L}+){0,3}|\p{L}{3,}er)\s+dan\s+|(?:zoveel|zo\s+veel|evenveel)(?:\s+\p{L}+){0,4}\s+als\s+|(?:${AGAINST_BASE_PATTERN}|verschil met)\s+)(?:(?![12]\d{3}(?!\d))[^,;:.()]|\.(?=\d)){0,40}$`, 'iu');
/**
 * A word each of {@link COMPARED_DATE}'s comparisons holds ("dan", "tegenover", "opzichte", "t.o.", "tov", "vergel…",
 * "verschil", "veel" of "zoveel … als"), with its flags: looked for first, since the expression, anchored at its end, is tried at every character of
 * a window that seldom holds one.
 */
export const COMPARISON_WORD = /dan|tegenover|opzichte|t\.\s?o\.|tov|vergel|verschil|veel/iu;
/** Whether the text before a date (its window) ends in a comparison that makes the date its base ({@link COMPARED_DATE}). */
const endsInComparison = (before: string) => COMPARISON_WORD.test(before) && COMPARED_DATE.test(before);
// "In 2017 werden 40 boetes opgelegd terwijl er dat in 2016 maar 24 waren": a count taken up for an earlier year in a clause set
// against the main one dates its own figure, but frames nothing after its sentence (the main clause's year goes on).
const TAKEN_UP_BEFORE = /(?<![\p{L}])terwijl\s+(?:er\s+)?(?:dat|dit)(?:\s+er)?\s+(?:in\s+)?$/iu;
// "Vorig jaar is 64 ton in beslag genomen, het jaar voordien was dat nog 51 ton": a year whose clause takes up the count for it
// ("was dat", "waren het er") dates that value alone; the main clause's year goes on after the sentence.
const TAKEN_UP_AFTER = /^\s*(?:was|waren)\s+(?:dat|dit|het)(?:\s+er)?(?:\s+(?:nog|al|maar|slechts|amper|ruim|bijna|ongeveer))*\s+\d/iu;
// "In het Brussels gewest werden 3 verkeersdoden geteld, tegen 4 in het eerste kwartaal van 2018": the year of an old value set
// against the figure dates that value alone, and frames nothing after it.
const OLD_VALUE_BEFORE = /(?<![\p{L}])(?:tegen|tegenover)\s+(?:nog\s+)?\d[\d.,]*(?:\s+\p{L}+)?\s+(?:in|op|tijdens)\s+(?:(?:het|de)\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;
// How far before a date its comparison word is looked for: "minder woninginbraken vastgesteld dan tijdens dezelfde periode in 2019".
const BASE_REACH = 90;
// "De doelstelling tegen 2020 is …", "uiterlijk in 2030": the year an aim is set for is its horizon. The plan may go on in the
// sentence right after it ("De spectaculairste toename is die van 94 naar 308 camera's"), but the account after that is of its own
// time ("Het aantal ongevallen daalt …"): a deadline frames the next sentence only, and not one that reports what was found.
const DEADLINE_BEFORE = /(?<![\p{L}])(?:tegen|uiterlijk(?:\s+in)?|ten\s+laatste(?:\s+in)?)\s+$/iu;
// A participle of finding or counting: a sentence that holds one reports what was found.
const OBSERVED_WORD = new RegExp(`(?<![\\p{L}])(?:${REPORTED_PARTICIPLES.join('|')})(?![\\p{L}])`, 'iu');
const isDeadline = (text: string, m: DateMention) => DEADLINE_BEFORE.test(text.slice(Math.max(0, m.start - BASE_REACH), m.start));
// "de begroting, gestemd op 18 december 2014,": the date an act was done, not what it states.
const EVENT_DATE = /(?:^|\s)ge\p{L}+[dt]\s+(?:op|in)\s+$/iu;
// "op het laagste peil in vijf jaar", "het hoogste aantal van de laatste tien jaar": a superlative over a span of years no date phrase names.
const RANKED_OVER_YEARS = /(?:^|\s)(?:laagste|hoogste|minste|meeste|grootste|kleinste)(?:\s+\p{L}+){0,2}\s+(?:in|van)\s+(?:de\s+)?(?:(?:laatste|voorbije|afgelopen)\s+)?(?:\p{L}+|\d+)\s+jaar(?!\p{L})/iu;
// ", toen er 21.817 diefstallen", "het jaar daarvoor toen de inningen", "dan in 2017 waar 618 gevallen": a clause that goes on at the time
// of the date before it.
const THEN_CLAUSE = /^\s*,?\s*(?:toen|waar)(?![\p{L}])[^,;:.()]*$/iu;
// "In vergelijking met dezelfde periode vorig jaar waren dat er nog 15": a clause in the past that takes up the count at the time
// just named, a base's too.
const TAKEN_UP_THEN = /^\s*,?\s*(?:waren|was)\s+(?:dat|dit|het)\s+er(?:\s+nog)?\s+$/iu;
// "Waar in 2012 een vierde …, is dat nu de helft": the present moment between a date and a figure.
const NOW_BETWEEN = /(?:^|[^\p{L}])(?:nu|vandaag|momenteel|thans|intussen|inmiddels)(?![\p{L}])/iu;

/**
 * Whether a clause's text before a figure names the present moment ("Het akkoord is nu 84 bladzijden"): the
 * figure is then of the text's own time, not of the frame the sentences before set.
 */
export const saysNow = (before: string): boolean => NOW_BETWEEN.test(before);

/**
 * Whether a sentence's date phrases include a comparison's base ("In vergelijking met 2021 is dat
 * een stijging met 224 feiten"): what it counts is then of the time the text is in, not of the base.
 */
export function comparesWithADate(text: string, mentions: readonly DateMention[]): boolean {
  return mentions.some((m) => endsInComparison(text.slice(Math.max(0, m.start - BASE_REACH), m.start)));
}

/**
 * The year after a comparison's base year ("In vergelijking met 2018 is er een stijging met 78%" in a text of 2020): with no frame
 * to date it, a change set against a year is of the next, when that is the text's last full year or its own. Null otherwise.
 */
export function yearAfterTheBase(text: string, mentions: readonly DateMention[], documentDate: string | null | undefined): string | null {
  const documentYear = yearOf(documentDate ?? null);
  const base = comparisonBaseYear(text, mentions);
  if (base === null || documentYear === null) return null;
  const next = base + 1;
  return next === documentYear || next === documentYear - 1 ? String(next) : null;
}

/** The year a sentence's comparison is set against, written as a year ("in vergelijking met 2018"; "met vorig jaar" is none), or null. */
export function comparisonBaseYear(text: string, mentions: readonly DateMention[]): number | null {
  const base = mentions.find((m) => m.value !== null && /^\d{4}$/u.test(m.value) && /\d{4}/u.test(text.slice(m.start, m.end)) && endsInComparison(text.slice(Math.max(0, m.start - BASE_REACH), m.start)));
  return base ? Number(base.value) : null;
}

/**
 * Whether a (folded) sentence ranks what it counts over a span of years no date phrase names ("Het aantal verkrachtingen staat op
 * het laagste peil in vijf jaar (16)"): as with a comparison's base ({@link comparesWithADate}), its figures are of the time the
 * text is in.
 */
export const ranksOverYears = (sentence: string): boolean => RANKED_OVER_YEARS.test(sentence);

/**
 * Each date phrase's {@link isFrameless} with the text it was read in, read once: a sentence's dates are read again by
 * every figure in it and by the frames and snapshots that look back over it.
 */
const framelessOf = new WeakMap<DateMention, { text: string; frameless: boolean }>();

/** Whether a date phrase is the date of a comparison's base or of an act rather than of what the sentence counts. */
function isFrameless(text: string, m: DateMention): boolean {
  const known = framelessOf.get(m);
  if (known?.text === text) return known.frameless;
  const before = text.slice(Math.max(0, m.start - BASE_REACH), m.start);
  const frameless = endsInComparison(before) || EVENT_DATE.test(before);
  framelessOf.set(m, { text, frameless });
  return frameless;
}

/** The year of an ISO date ("2024-05" → 2024), null without one. */
export const yearOf = (date: string | null): number | null => (date !== null && /^\d{4}/u.test(date) ? Number(date.slice(0, 4)) : null);

// Between a figure and its own date: a preposition and a year noun ("in 2023", "eind 2022", "in coronajaar 2020", "in het jaar 2019").
const RIGHT_BEHIND = /^\s*(?:in|op|per|tegen|eind|begin|medio|midden)?\s*(?:(?:het\s+)?\p{L}*jaar\s+)?$/iu;
const BRACKET_AFTER_DATE = /^\s*\(\s*$/u;

// How far a bracket's opening may stand before the date phrase it holds ("(10.417 feiten in 2017)"), and its closing after it.
const BRACKET_REACH = 40;
// A value, perhaps its noun, and "in" from a bracket's opening to its date: "(10.417 in 2017)", "(10.417 feiten in 2017)" (not "(van 1
// januari tot 1 december)").
const VALUE_IN_BRACKETS = /^\s*\d[\d.,]*(?:\s+\p{L}+)?\s+in\s+$/u;

/**
 * Where the brackets open that date phrase `m` stands in after a value of their own ("10.705 feiten (10.417 in 2017)", "8.421
 * (8.042 in 2017)"): it dates that value alone, not a figure outside them nor the sentences after. -1 when it stands in none.
 */
function bracketOfItsValue(text: string, m: DateMention): number {
  // Read within BRACKET_REACH on either side only: a date phrase of a long text with no bracket near costs no scan of the text.
  const before = text.slice(Math.max(0, m.start - BRACKET_REACH), m.start);
  const opensAt = before.lastIndexOf('(');
  if (opensAt < 0 || before.lastIndexOf(')') > opensAt) return -1;
  const after = text.slice(m.end, m.end + BRACKET_REACH);
  const closesAt = after.indexOf(')');
  return closesAt >= 0 && !after.slice(0, closesAt).includes('(') && VALUE_IN_BRACKETS.test(before.slice(opensAt + 1)) ? m.start - before.length + opensAt : -1;
}

/** Whether date phrase `m` dates a value in its brackets ({@link bracketOfItsValue}) that figure `span`, outside them, is not. */
function datesItsBracketsValue(text: string, m: DateMention, span: Span): boolean {
  const open = bracketOfItsValue(text, m);
  return open >= 0 && !(span.start > open && span.end <= m.start);
}

/**
 * The date phrase that dates a figure: one directly behind it ("12.345 in 2022"), else the
 * nearest date phrase before it in its sentence (unless "nu" stands between), else the nearest
 * one after it in the same clause (no comma or semicolon in between). Dates of a comparison's
 * base ("meer dan vorig jaar") are passed over, and so before the figure are dates of an act
 * ("gestemd op 18 december 2014, …"); after it in its clause an act's date is the figure's.
 */

export function pickReferenceDate(text: string, span: Span, all: DateMention[]): DateMention | null {
  const mentions = all.filter((m) => !isFrameless(text, m));
  // "in vergelijking met 2014, toen er 21.817 diefstallen werden gepleegd": "toen" (or "waar") takes up the date just named, a base's too,
  // as does a clause in the past that takes up the count ("… met dezelfde periode vorig jaar waren dat er nog 15").
  for (const m of all) {
    if (m.end > span.start) continue;
    const between = text.slice(m.end, span.start);
    if (THEN_CLAUSE.test(between) || TAKEN_UP_THEN.test(between)) return m;
  }
  // "11.002 in 2023", "minder dan de 431 inbraken in 2016", "naar 3.614 in coronajaar 2020": a date right behind the figure belongs to it.
  for (const m of all) {
    if (m.start >= span.end && RIGHT_BEHIND.test(text.slice(span.end, m.start))) return m;
  }
  // "minder dan in piekjaar 2015 (502)": a count in brackets right after a date is that date's, a base's too.
  for (const m of all) {
    if (m.end <= span.start && BRACKET_AFTER_DATE.test(text.slice(m.end, span.start))) return m;
  }
  let best: DateMention | null = null;
  for (const m of mentions) {
    if (m.end <= span.start && (!best || m.end > best.end) && !datesItsBracketsValue(text, m, span)) best = m;
  }
  if (best && !NOW_BETWEEN.test(text.slice(best.end, span.start))) return best;
  // After the figure in its clause, an act's date is the figure's own ("143 woninginbraken gepleegd in 2022").
  for (const m of all) {
    // An aside in brackets ("238 woninginbraken (2020: 301)", "8.421 (8.042 in 2017)") dates what it holds, not the figure before it.
    const aside = (text.slice(span.end, m.start).includes('(') && /^\s*:/u.test(text.slice(m.end, m.end + 3))) || datesItsBracketsValue(text, m, span);
    // "minder dan de 3.638 feiten in dezelfde periode vorig jaar": the base's date is the date of the base itself.
    // "Met 305 doden … zit Wallonië ver van zijn objectief van 200 tegen 2020": a deadline after another value is that value's.
    const anotherValuesDeadline = isDeadline(text, m) && /\d/u.test(text.slice(span.end, m.start));
    if (m.start >= span.end && !/[,;:]/.test(text.slice(span.end, m.start)) && !aside && !anotherValuesDeadline && !endsInComparison(text.slice(Math.max(span.end, m.start - BASE_REACH), m.start))) return m;
  }
  return null;
}

// "tot", "tot en met" right before a day: the end of a running count.
const UNTIL_BEFORE = /(?<![\p{L}])tot(?:\s+en\s+met)?\s+$/u;

/**
 * The reference date a picked date phrase gives a figure: its value, except that a count over a
 * period spanning years ("tussen november 2018 en december 2019 gaan er nog negen met pensioen")
 * has no one date, while a share or a change over it is of the period's end ("… daalde met 20
 * procent", as "van 1.200 feiten in 2019 naar 1.450 in 2022" is of the new value's year), and a
 * count that runs up to a day ("Dit jaar werden tot 9 september 3.120 meldingen geregistreerd")
 * is the year's count so far, of that year (the devset's fresh28 convention).
 */
export function dateOfFigure(picked: DateMention, countsOverPeriod: boolean, folded: string): string | null {
  if (picked.spansYears && countsOverPeriod) return null;
  const until = countsOverPeriod && picked.value !== null && /^\d{4}-\d\d-\d\d$/u.test(picked.value) && UNTIL_BEFORE.test(folded.slice(Math.max(0, picked.start - 12), picked.start));
  return until ? picked.value!.slice(0, 4) : picked.value;
}

// A sentence about an earlier year that says it was so then ("In 2015 was de criminaliteit nog licht gestegen", "Ook in 2003 was er
// een forse daling, toen door de helmplicht", "destijds").
const LOOKS_BACK = /(?<![\p{L}])(?:nog|toen|destijds)(?![\p{L}])/iu;
const DIGITS = /\d+/gu;

/**
 * Whether a sentence only looks back to one earlier year ("In 2015 was de criminaliteit nog licht gestegen"): "nog" (or "toen", "destijds"), one number
 * (its year) and no count of its own; a year with a count ("In 2014 werden nog 147 woninginbraken genoteerd") or a series of
 * years ("In 2015 waren er 60, in 2016 nog 40") goes on in the sentences after it.
 */
const looksBack = (sentence: string) => LOOKS_BACK.test(sentence) && (sentence.match(DIGITS) ?? []).length === 1;

const BULLET_BLOCK = /^\s*(?:[-•*–·▪●]|\d+[.)])\s/u;

// How many sentences back a stated year still frames a figure: a news item or a report section.
const FRAME_REACH = 30;

/**
 * The year a text frames its sentences in: for sentence `index`, the last year stated in the
 * sentences before it ("In 2016 zorgde de dienst voor 576 aanhoudingen. … Er werden 764 dossiers
 * opgestart." → 2016), across paragraphs and headings without a year of their own ("In 2019 werden
 * de brandweerdiensten 370 931 keer opgeroepen … ⏎ Brand ⏎ Oproepen voor brand zorgden voor 19 878
 * interventies" → 2019), at most {@link FRAME_REACH} sentences back. A list item goes on in the
 * items before it and in the sentence that opens the list ("De dienst nam in 2019 in beslag: • 41
 * voertuigen"), no further. Only a year or a weekday of the news ("In de haven is dinsdag …") frames:
 * a point in time ("Eind 2018 nam de zone haar gebouw in gebruik") dates its own sentence, not the
 * ones after it. Null when nothing frames it.
 */
export function frameDateOf(
  text: string,
  sentences: Array<[number, number]>,
  blocks: Array<[number, number]>,
  datesOf: (sentence: [number, number]) => DateMention[],
): (index: number) => string | null {
  const blockIndex = (pos: number) => {
    let lo = 0;
    let hi = blocks.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]![0] <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const isBullet = (b: number) => BULLET_BLOCK.test(text.slice(blocks[b]![0], blocks[b]![1]));
  const isHeading = (b: number) => isHeadingLine(text.slice(blocks[b]![0], blocks[b]![1]));
  // A sentence's last framing date (a year, a period, a news day), read once per sentence: every sentence of a
  // paragraph after a year looks back over the same sentences.
  const framing = new Map<number, DateMention | undefined>();
  const framingOf = (k: number) => {
    if (!framing.has(k)) framing.set(k, datesOf(sentences[k]!).filter((m) => (m.value === null || m.spansYears || m.newsDay || /^\d{4}$/.test(m.value)) && !m.point && !isFrameless(text, m) && bracketOfItsValue(text, m) < 0 && !TAKEN_UP_BEFORE.test(text.slice(Math.max(0, m.start - BASE_REACH), m.start)) && !OLD_VALUE_BEFORE.test(text.slice(Math.max(0, m.start - BASE_REACH), m.start)) && !TAKEN_UP_AFTER.test(text.slice(m.end, m.end + 40))).at(-1));
    return framing.get(k);
  };
  return (index) => {
    const ownBlock = blockIndex(sentences[index]![0]);
    // "In alle regio's is er wel een daling vastgesteld": what was found is no part of the plan before it.
    let found: boolean | undefined;
    const observed = () => (found ??= OBSERVED_WORD.test(text.slice(...sentences[index]!)));
    // The sentence's last year, undefined when it states none. One that cannot be resolved ("Waar er in 2011 …, waren
    // dat er vorig jaar …" without a document date: not 2011) is none, so the frame is looked for further back; a
    // period over several years ends the search with no date (what the text counts then has no one date).
    const yearOf = (k: number): string | null | undefined => {
      const last = framingOf(k);
      if (last?.inParagraph && blockIndex(sentences[k]![0]) !== ownBlock) return undefined;
      if (last && (k < index - 1 || observed()) && isDeadline(text, last)) return undefined;
      if (last?.newsDay && reportsSeveralDays(k)) return null;
      return last?.spansYears ? null : last?.value ?? undefined;
    };
    // "De politie hield zondag en maandag controles. … Maandag werd nog … betrapt. … Op beide dagen …": a story of several
    // days of the news goes on after its last day about any of them, so that day frames nothing after its own sentence.
    const reportsSeveralDays = (k: number) => {
      const days = new Set<string>();
      for (let j = k; j >= 0 && j >= index - FRAME_REACH; j--) {
        const sentence = text.slice(...sentences[j]!).toLowerCase();
        if (!says(sentence)) for (const m of matchesOf(WEEKDAY, sentence)) days.add(m[1]!);
      }
      return days.size > 1;
    };
    let block = blockIndex(sentences[index]![0]);
    // "De politie registreerde vorig jaar 2.626 misdrijven. … In 2015 was de criminaliteit nog licht gestegen. De daling …": an
    // aside that looks back to an earlier year ("nog") does not move the story there; the later year before it still frames.
    let lookBack: string | undefined;
    for (let k = index - 1; k >= 0 && k >= index - FRAME_REACH; k--) {
      const sentence = sentences[k]!;
      let opensList = false;
      if (sentence[0] < blocks[block]![0]) {
        block = blockIndex(sentence[0]);
        // A list item goes on into the item before it and the sentence that opens the list, and no further.
        opensList = isBullet(block + 1) && !isBullet(block) && !isHeading(block);
      }
      const year = yearOf(k);
      if (year !== undefined) {
        if (lookBack !== undefined) return year !== null && year > lookBack ? year : lookBack;
        if (year === null || !looksBack(text.slice(...sentence))) return year;
        lookBack = year;
      }
      if (opensList) return lookBack ?? null;
    }
    return lookBack ?? null;
  };
}

// A day written out with its month and year ("op 1 februari 2025"), not one a phrase implies ("eind 2017" → 2017-12-31).
const WRITTEN_DAY = /(?<!\d)\d{1,2}\s+\p{L}+\.?\s+(?:19|20)\d\d(?!\d)/u;

/**
 * The day a present-tense sentence stands on when the text dated a state to a day before it ("Uit cijfers blijkt dat op
 * 1 februari 2025 12.635 gevangenen in de gevangenissen zitten. In Lantin verblijven er 283 bovenop de capaciteit." →
 * 2025-02-01): the last date of the nearest sentence before it that states one, when that date is a day written with its
 * year (not a weekday of the news, a phrase such as "midden 2017", a comparison's base) and its sentence states a state on that day (`statesState`: in the
 * present, dating a figure of its own to it; a law's or a merger's date, "sinds 1 januari 2015", dates none); null otherwise.
 */
export function snapshotDateOf(
  text: string,
  sentences: Array<[number, number]>,
  datesOf: (sentence: [number, number]) => DateMention[],
  statesState: (index: number, day: string) => boolean,
): (index: number) => string | null {
  // Per sentence, as in frameDateOf: each present-tense sentence looks back over the same sentences.
  const lastDates = new Map<number, DateMention | null>();
  const lastDateOf = (k: number): DateMention | null => {
    let last = lastDates.get(k);
    if (last === undefined) lastDates.set(k, (last = datesOf(sentences[k]!).filter((m) => !isFrameless(text, m)).at(-1) ?? null));
    return last;
  };
  return (index) => {
    for (let k = index - 1; k >= 0 && k >= index - FRAME_REACH; k--) {
      const last = lastDateOf(k);
      if (!last) continue;
      const day = last.value !== null && WRITTEN_DAY.test(text.slice(last.start, last.end));
      return day && statesState(k, last.value!) ? last.value : null;
    }
    return null;
  };
}

/** Whether a block of text is a list item ("• 41 voertuigen", "1. …"). */
export function isListItem(text: string, block: [number, number]): boolean {
  return BULLET_BLOCK.test(text.slice(block[0], block[1]));
}
