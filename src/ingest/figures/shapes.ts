/**
 * The shapes a figure is read in, tried in this order at every token: fraction, between-range,
 * from–to (change or range), and range or single number. Each reader returns a {@link Draft},
 * a token index to skip to (the span is no figure and must not be read again), or null.
 */
import { splitAtNonLetters } from '../../text/char-class.js';
import { memoByWord } from '../../text/memo.js';
import { tokenIndexAt } from '../../text/tokens.js';
import type { FigureReading } from '../types.js';
import { findQualifier } from './qualifiers.js';
import { isDayOfMonth, rejected } from './rejections.js';
import type { YearTables } from './tables.js';
import { type Atom, decadeTimeLength, isPluralOf, parseAtom, parseDigits, parseNumberWord, phraseAt, relativeYearLength, type Token, yearTimeLength } from './tokens.js';
import {
  CHANGE_CUE_PREFIXES, CHANGE_NOUNS, DEFINITE_DETERMINERS, DENOMINATORS, EARLIER_TIME_PHRASE, FINITE_VERBS, FOCUS_BEFORE_NUMBER, FRAME_NOUNS, HOUR_UNITS, MEASURE_UNITS, NON_NOUNS, PERSON_SINGULARS, PREPOSITIONS, QUALIFIERS, TIME_UNITS,
  MINUS_SIGNS, ONE_WORDS, TOT_GOVERNING_PREFIXES,
} from './words.js';
import { contrastAfter } from './references.js';
import { isAdjectiveLike, isJoinedSeparableVerb, isPastParticiple, parseUnit, type UnitInfo } from './units.js';
import { isStaffNoun } from './canonical.js';

/** A figure before qualifier, unit back-reference and date are attached. */
export interface Draft extends Pick<FigureReading, 'kind' | 'value' | 'valueMax' | 'previousValue' | 'unit' | 'subject'> {
  first: number;
  last: number;
  /** Token index where a qualifier would end (the first token of the number expression). */
  anchor: number;
  /** Unit found in the text next to the number. */
  ownUnit: boolean;
  /** Made only of number words (needs a noun or a back-reference to be a figure). */
  wordsOnly: boolean;
  /** A construction that makes a bare number meaningful (range, change, scale word). */
  structured: boolean;
  approx: boolean;
  opensRange: boolean;
  /** The token of the year that dates the figure when that year stands inside its quote ("naar 75 in 2017 tegenover 141"). */
  datedBy?: number;
  /** The token of the old value's own year, after the quote, which dates the base and not the figure ("130 inbraken (tegenover 177 in 2016"). */
  baseDatedBy?: number;
  /** Token of the old value a new one is set against ("18 dit jaar ten opzichte van 51"): what stands between them is the new value's. */
  oldValueAt?: number;
  /** A cell of a table whose columns are years: a figure whatever stands beside it (no label's number, list number or year). */
  tableCell?: true;
}

type Attempt = Draft | { skipTo: number } | null;

const DENOMINATOR_ENTRIES = Object.entries(DENOMINATORS);

/** What the shape readers share for one document. */
export interface Ctx {
  tokens: Token[];
  /** Sentence span containing a token index (for change cues and back-references). */
  sentenceOf: (tokenIdx: number) => [number, number];
  /** The folded document text. */
  folded: string;
  /** The figures read so far, in text order (each reader sees those before the token it reads). */
  read: readonly FigureReading[];
  /** The document's tables whose columns are years. */
  yearTables: YearTables;
}

/** A number with its unit; null when there is no number at `i`. */
function atomWithUnit(ctx: Ctx, i: number): { atom: Atom; unit: UnitInfo } | null {
  const atom = parseAtom(ctx.tokens, i);
  if (!atom) return null;
  const unit = parseUnit(ctx.tokens, atom);
  return { atom, unit };
}

function hasChangeCue(ctx: Ctx, i: number): boolean {
  const [s, e] = ctx.sentenceOf(i);
  const cues = splitAtNonLetters(ctx.folded.slice(s, e)).filter((w) => CHANGE_CUE_PREFIXES.some((p) => w.startsWith(p)));
  if (cues.length === 0) return false;
  // "Die tekorten variëren sterk. Dat gaat van 6 tot 25 procent": "gaan van … tot" spans a spread its sentence or the one
  // before names; it tells no change.
  return !cues.every((w) => SPANNING_VERBS.has(w)) || !namesASpread(ctx, i);
}

/** The forms of "gaan" that tell a change ("ging van 12 naar 14") or a span ("gaat van 6 tot 25 procent"). */
const SPANNING_VERBS: ReadonlySet<string> = new Set(['gaat', 'ging', 'gaan', 'gingen']);
/** Word beginnings that name a spread of values: "variëren", "schommelen", "uiteenlopen", "verschillen". */
const SPREAD_PREFIXES = ['varie', 'schommel', 'uiteenlop', 'verschil'];

/** Whether the sentence of token `i` or the sentence before it names a spread of values. */
function namesASpread(ctx: Ctx, i: number): boolean {
  const [s, e] = ctx.sentenceOf(i);
  let first = i;
  while (first > 0 && ctx.tokens[first - 1]!.start >= s) first--;
  const from = first > 0 ? ctx.sentenceOf(first - 1)[0] : s;
  return splitAtNonLetters(ctx.folded.slice(from, e)).some((w) => SPREAD_PREFIXES.some((p) => w.startsWith(p)));
}

/** Two ends with different units are two figures, not a range ("12 procent tot 3.400 fietsen"). */
const unitsClash = (a: UnitInfo, b: UnitInfo) => a.found && b.found && (a.kind !== b.kind || (a.unit !== b.unit && !isCompoundOf(a, b)));

/**
 * Whether the first end's noun is a compound whose head is the second end's noun: "van 73.371 POS-zaken in 2010 naar 76.484
 * zaken", "van 12 wijkagenten naar 15 agenten" (the second end names the same thing shorter).
 */
const isCompoundOf = (a: UnitInfo, b: UnitInfo) =>
  a.unit !== null && b.unit !== null && b.unit.length >= 4 && a.unit.length > b.unit.length && a.unit.endsWith(b.unit);

/** Merge units of two ends: "30 tot 40 mensen", "30% tot 40%"; the compound of the first end is the more precise ("POS-zaken"). */
function mergeUnits(a: UnitInfo, b: UnitInfo): UnitInfo {
  if (b.found && a.found && isCompoundOf(a, b)) return { ...a, last: b.last };
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
/**
 * A cell of a table whose columns are years ("Alken 44 36 48 32 – 33,33 %" under "2016 2017 2018 2019"): the number alone, dated by
 * the year over it, a signed share after the years' cells a change in percent. The cells are never read as ranges ("32 – 33,33 %")
 * nor as one number ("192 139 165"). Null for a token that opens no such cell.
 */
export function tryYearCell(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  const cell = ctx.yearTables.cellAt(tokens[i]!.start);
  if (!cell || tokens[i]!.type !== 'num') return null;
  const value = parseDigits(tokens[i]!.text);
  if (value === null) return null;
  let last = i;
  while (tokens[last + 1] && tokens[last + 1]!.end <= cell.end) last++;
  const share = tokens[last]!.text === '%';
  const unit: UnitInfo = share ? { kind: 'percentage', unit: '%', subject: null, last, found: true } : { kind: 'count', unit: null, subject: null, last, found: false };
  return { ...draftOf(i, last, i, unit, { value, valueMax: null, previousValue: null }, [], true), wordsOnly: false, datedBy: tokenIndexAt(tokens, cell.year[0]), tableCell: true };
}

export function tryFraction(ctx: Ctx, i: number): Attempt {
  const continued = rateContinued(ctx, i);
  if (continued) return continued;
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

/**
 * "1 camera per 108.000 inwoners in Wallonië, 1 op de 77.000 in Brussel": "1 op de N" after a rate with a number in its base, earlier
 * in its sentence, goes on with that rate; its base N is the figure, counting what the rate's base counts (as "één … per N" does).
 * Null when no such rate stands before it.
 */
function rateContinued(ctx: Ctx, i: number): Draft | null {
  const { tokens } = ctx;
  if (!ONE_WORDS.has(tokens[i]!.norm) || tokens[i + 1]?.norm !== 'op' || tokens[i + 2]?.norm !== 'de' || tokens[i + 3]?.type !== 'num') return null;
  const base = i + 3;
  const value = parseDigits(tokens[base]!.text);
  if (value === null) return null;
  const [sentenceStart] = ctx.sentenceOf(i);
  for (let k = i - 1; k > 0 && tokens[k]!.start >= sentenceStart; k--) {
    if (tokens[k]!.norm !== 'per' || tokens[k + 1]?.type !== 'num' || tokens[k + 2]?.type !== 'word') continue;
    const unit: UnitInfo = { kind: 'count', unit: tokens[k + 2]!.norm, subject: null, last: base, found: true };
    return draftOf(base, base, base, unit, { value, valueMax: null, previousValue: null }, [], true);
  }
  return null;
}

/** A fraction read from tokens `first`..`last`. */
const fractionDraft = (first: number, last: number, value: number): Draft => ({
  first, last, anchor: first, kind: 'fraction', value, valueMax: null, previousValue: null, unit: null, subject: null,
  ownUnit: true, wordsOnly: false, structured: true, approx: false, opensRange: false,
});

/** The value of a fraction written as one word ("driekwart", "tweederde", "drievierde"), or null. */
export function readOneWordFraction(word: string): number | null {
  for (const [d, den] of DENOMINATOR_ENTRIES) {
    if (word.length > d.length && word.endsWith(d)) {
      const n = parseNumberWord(word.slice(0, -d.length));
      if (n && !n.approx && n.value >= 1 && n.value < den) return n.value / den;
    }
  }
  return null;
}

/** {@link readOneWordFraction}, memoised: the stage asks about every word of every document. */
const oneWordFraction = memoByWord(readOneWordFraction);

/** The last two letters of every denominator, and the shortest one's length. */
const DENOMINATOR_ENDINGS: ReadonlySet<string> = new Set(DENOMINATOR_ENTRIES.map(([d]) => d.slice(-2)));
const SHORTEST_DENOMINATOR = Math.min(...DENOMINATOR_ENTRIES.map(([d]) => d.length));

/**
 * Whether {@link readOneWordFraction} may read `word` (false: it gives null): the word is longer than
 * a denominator and ends as one does. Most words do not, and the memo's lookup in a table of
 * the whole vocabulary costs more than this test.
 */
export const mayBeOneWordFraction = (word: string) => word.length > SHORTEST_DENOMINATOR && DENOMINATOR_ENDINGS.has(word.slice(-2));

function readFraction(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || t.blocked) return null;
  if (t.norm === 'de' && tokens[i + 1]?.norm === 'helft') return fractionDraft(i, i + 1, 0.5);
  if (t.type === 'word') {
    const value = mayBeOneWordFraction(t.norm) ? oneWordFraction(t.norm) : null;
    if (value !== null) return fractionDraft(i, i, value);
  }
  const num = t.type === 'num' ? parseDigits(t.text) : t.type === 'word' ? parseNumberWord(t.norm)?.value ?? null : null;
  if (num === null || !Number.isInteger(num)) return null;
  const next = tokens[i + 1];
  if (!next) return null;
  // "één op de drie", "1 op 3", "één auto op vijf", and availability "24 op 24", "7 dagen op 7".
  let j = i + 1;
  const available = ['uur', 'u', 'dagen', 'dag'].includes(next.norm);
  // "surveilleert 24 uur per dag", "7 dagen per week": round the clock, as "24 op 24".
  const wholePeriod = (num === 24 && (next.norm === 'uur' || next.norm === 'u') && tokens[i + 3]?.norm === 'dag') || (num === 7 && next.norm === 'dagen' && tokens[i + 3]?.norm === 'week');
  if (wholePeriod && tokens[i + 2]?.norm === 'per') return { skipTo: i + 4 };
  if (tokens[i + 2]?.norm === 'op' && (available || isOneOfItsNoun(tokens, i, num))) j = i + 2;
  if (tokens[j]?.norm === 'op') {
    let k = j + 1;
    if (tokens[k]?.norm === 'de') k++;
    const d = tokens[k];
    const den = d?.type === 'num' ? parseDigits(d.text) : d?.type === 'word' ? parseNumberWord(d.norm)?.value ?? null : null;
    if (d && den !== null && Number.isInteger(den) && !d.blocked) {
      if (den === num) return { skipTo: k + 1 };
      // One in any base is a share ("één auto op 200"); another numerator only in a base of shares ("89 op 95" is a count and its norm).
      if ((j === i + 1 || !available) && num >= 1 && num < den && (k > j + 1 || isFractionBase(den) || num === 1)) {
        const after = tokens[k + 1];
        if (after && after.type === 'word' && MEASURE_UNITS.has(after.norm)) return null;
        // "één aanslag op drie agenten" counts the agents: the base of "één auto op vijf" has no noun of its own.
        if (j > i + 1 && after && after.type === 'word' && isNounLike(after.norm)) return null;
        return fractionDraft(i, k, num / den);
      }
    }
  }
  // "drie tienden", "twee derden": the plural of a denominator after a numerator above one.
  const denominator = next.norm in DENOMINATORS ? next.norm : num >= 2 && next.norm.endsWith('n') && next.norm.slice(0, -1) in DENOMINATORS ? next.norm.slice(0, -1) : null;
  if (next.type === 'word' && denominator !== null && !next.glued) {
    const den = DENOMINATORS[denominator]!;
    if (num < 1 || num >= den) return null;
    const after = pastDashedAside(tokens, i + 2);
    if (num === 1) {
      // "een derde team" is an ordinal ("a third team"); a fraction is followed by "van", a verb
      // ("met een vijfde teruggedrongen"), punctuation… "Kwart" is no ordinal: "een kwart
      // personeel" is a share of a mass noun, but "een kwart eeuw" a time and "kwart over" a clock.
      // "met (zowat) een vijfde terugliep": the size of a change before a subordinate clause's verb joined to its particle; "Als er een
      // negende bijkomt" stays an ordinal standing for its noun.
      const sizeOfChange = tokens[(findQualifier(tokens, i, 0, false)?.first ?? i) - 1]?.norm === 'met' && after?.type === 'word' && isJoinedSeparableVerb(after.norm);
      const ordinal = after && after.type === 'word' && isNounLike(after.norm) && !sizeOfChange;
      if (ordinal && (next.norm !== 'kwart' || TIME_UNITS.has(after.norm) || after.norm === 'eeuw')) return null;
      // "kwart voor drie", "kwart over 10" tell the time; "een kwart voor de federale politie" is a share given to someone.
      if (next.norm === 'kwart' && after !== undefined && after === tokens[i + 2] && ['over', 'voor', 'na'].includes(after.norm) && isHour(tokens[i + 3])) return null;
    }
    return fractionDraft(i, i + 1, num / den);
  }
  return null;
}

/** Whether a token is a number or a number word: the hour of "kwart voor drie", "kwart over 10". */
const isHour = (t: Token | undefined) => t !== undefined && (t.type === 'num' || parseNumberWord(t.norm) !== null);

/** Whether two numbers are days of the month named right after the second ("van 5 tot 11 oktober", "5 à 11 oktober"): a span of dates. */
const daysOfAMonth = (tokens: Token[], a: Atom, b: Atom) => !a.isWord && Number.isInteger(a.value) && a.value >= 1 && isDayOfMonth(tokens, b);

// How many words an aside between dashes may hold ("een derde - nieuw - voertuig").
const DASHED_ASIDE_WORDS = 3;

/** The token at `k`, or, when a dash opens an aside of a few words closed by another dash there, the token after that aside. */
function pastDashedAside(tokens: Token[], k: number): Token | undefined {
  const isDash = (t: Token | undefined) => t?.text === '-' || t?.text === '–';
  if (!isDash(tokens[k])) return tokens[k];
  for (let n = k + 2; n <= k + 1 + DASHED_ASIDE_WORDS; n++) {
    if (isDash(tokens[n])) return tokens[n + 1];
    if (tokens[n]?.type !== 'word') break;
  }
  return tokens[k];
}

/** Whether a word after a number may be a noun it counts: no function word, participle or finite verb. */
const isNounLike = (word: string) => !NON_NOUNS.has(word) && !isPastParticiple(word) && !FINITE_VERBS.has(word);

/**
 * "één auto op vijf": "één" and the noun it counts before "op", a share of what the noun names (one
 * in five cars), unless the noun is a measure ("één meter op vier" is a room's size).
 */
function isOneOfItsNoun(tokens: Token[], i: number, num: number): boolean {
  const noun = tokens[i + 1]!;
  return num === 1 && noun.type === 'word' && !noun.glued && !MEASURE_UNITS.has(noun.norm) && !NON_NOUNS.has(noun.norm) && parseNumberWord(noun.norm) === null;
}

/**
 * The denominator of "N op M" without "de": "1 op 3", "9 op 10", "35 op 100" are shares; "89 op 95"
 * is a count out of a norm ("actueel 89 op 95 aanwezig"), two figures.
 */
const isFractionBase = (den: number) => den <= 10 || den === 100 || den === 1000;

/** Whether two ends in hours ("23 uur en 6 uur", "van 8 tot 16 uur") are hours of the clock: whole numbers up to 24. */
const isClockWindow = (a: Atom, b: Atom, unit: UnitInfo) =>
  unit.unit !== null && HOUR_UNITS.has(unit.unit) && [a, b].every((e) => Number.isInteger(e.value) && e.value <= 24);

/** "tussen 30 en 40 mensen". */
export function tryBetween(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  if (tokens[i]?.norm !== 'tussen') return null;
  // "tussen de 30 en 40 agenten"
  const a = atomWithUnit(ctx, tokens[i + 1]?.norm === 'de' ? i + 2 : i + 1);
  if (!a) return null;
  const andIdx = a.unit.last + 1;
  if (tokens[andIdx]?.norm !== 'en') return null;
  const b = atomWithUnit(ctx, andIdx + 1);
  if (!b || unitsClash(a.unit, b.unit)) return null;
  const unit = mergeUnits(a.unit, b.unit);
  // "tussen 23 uur en 6 uur": hours of the clock bound a time of day, also across midnight (the high end before the low).
  if (isClockWindow(a.atom, b.atom, unit)) return { skipTo: unit.last + 1 };
  const low = scaleLow(a.atom, b.atom);
  if (!(low < b.atom.value)) return null;
  if ((a.atom.yearLike || b.atom.yearLike) && !unit.found) return { skipTo: b.atom.last + 1 };
  // "Zes mensen tussen 30 en 47 jaar", "Wie tussen 56 en 60 kilometer per uur rijdt": the range is an age or a class's bounds.
  if (rejected(tokens, a.atom, unit, null)) return { skipTo: unit.last + 1 };
  return draftOf(i, unit.last, i, unit, { value: low, valueMax: b.atom.value, previousValue: null }, [a.atom, b.atom], true);
}

// Words that make the value after them approximate inside a change: "van een 300-tal naar ongeveer 650", "naar bijna 700".
const CHANGE_APPROXIMATORS: ReadonlySet<string> = new Set(['ongeveer', 'bijna', 'ruim', 'zowat', 'circa', 'nagenoeg']);

/**
 * The token of a change's value at `k`, past an approximating word ("ongeveer 650"), a word of focus or degree ("slechts 38",
 * `FOCUS_BEFORE_NUMBER`), "meer dan" or "minder dan" ("naar meer dan 600.000") or the article of a "-tal" number ("een 300-tal").
 */
function approximateAfter(tokens: Token[], k: number): number {
  if ((CHANGE_APPROXIMATORS.has(tokens[k]?.norm ?? '') || FOCUS_BEFORE_NUMBER.has(tokens[k]?.norm ?? '')) && tokens[k + 1]?.type === 'num') return k + 1;
  if (tokens[k]?.norm === 'een' && parseAtom(tokens, k + 1)?.approx === true) return k + 1;
  // "naar meer dan 600.000", "tot minder dan 50".
  if ((tokens[k]?.norm === 'meer' || tokens[k]?.norm === 'minder') && tokens[k + 1]?.norm === 'dan' && tokens[k + 2]?.type === 'num') return k + 2;
  return k;
}

/**
 * "van 186 naar 312 medewerkers" (change), "van 50 tot 350 euro" (range, unless the sentence speaks
 * of change); a change may date its old value between the two ("van 14 gevallen in 2021 naar 31").
 */
export function tryFromTo(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  if (tokens[i]?.norm !== 'van') return bracketedChange(ctx, i);
  // "in plaats van 14 tot 15 procent": the "van" of a value replaced opens no change, the numbers after it are a range.
  if (tokens[i - 1]?.norm === 'plaats' && (tokens[i - 2]?.norm === 'in' || tokens[i - 3]?.norm === 'in')) return null;
  const a = atomWithUnit(ctx, approximateAfter(tokens, i + 1));
  if (!a) return null;
  let j = a.unit.last + 1;
  // "van 1.200 feiten in 2019 naar 1.450 in 2022", "van 31 in 2013 tot 169": the year of the old value stands between
  // the two (with a comma or not), also after a complement of the noun ("van 517 feiten van cybercriminaliteit in 2018
  // naar 1.673"); a value dated so is a change, whichever word joins the new one.
  // "van 29 slachtoffers in de eerste helft van 2018, naar 26": a part of the year so dates it too.
  const yearAt = (k: number) => yearTimeLength(tokens, k) > 0;
  const k = a.unit.found && tokens[j]?.norm === 'van' && tokens[j + 1]?.type === 'word' && yearAt(j + 2) ? j + 2 : j;
  // "Van twaalf inbraken vorig jaar naar achttien": a year named relative to now dates the old value too.
  // "van ongeveer 100.000 midden jaren '90 naar meer dan 600.000": a decade dates it too.
  const dating = yearTimeLength(tokens, k) || relativeYearLength(tokens, k) || decadeTimeLength(tokens, k);
  const comma = tokens[k + dating]?.text === ',' ? 1 : 0;
  // "van 76 in 2015 over 53 in 2016 naar 28": "over" joins a dated old value to the middle step of a chain.
  const datedOld = dating > 0 && ['naar', 'tot', 'over'].includes(tokens[k + dating + comma]?.norm ?? '');
  if (datedOld) j = k + dating + comma;
  // "van 14 in 2015 ging het naar 34 aangiftes": the clause's verb and its pronoun subject between the two.
  const pastVerb = yearAt(k) ? k + yearTimeLength(tokens, k) : j;
  const inverted = !datedOld && isInvertedClause(tokens, pastVerb);
  if (inverted) j = pastVerb + 2;
  // "van 20,19% aan te weinig operationele medewerkers naar 14,71%": what a share measures, between it and "naar".
  const measured = !datedOld && !inverted && a.unit.kind === 'percentage' ? shareComplementEnd(tokens, j) : null;
  if (measured !== null) j = measured;
  const joiner = tokens[j]?.norm;
  if (joiner !== 'naar' && joiner !== 'tot' && joiner !== 'over') return null;
  if (joiner === 'tot' && tokens[j + 1]?.norm === 'en' && tokens[j + 2]?.norm === 'met') j += 2;
  const b = atomWithUnit(ctx, approximateAfter(tokens, j + 1));
  if (!b || unitsClash(a.unit, b.unit)) return null;
  if (daysOfAMonth(tokens, a.atom, b.atom)) return { skipTo: b.atom.last + 2 };
  if (joiner === 'over' && !goesOnToAStep(tokens, b.unit.last + 1, yearAt)) return null;
  const unit = mergeUnits(a.unit, b.unit);
  if ((a.atom.yearLike || b.atom.yearLike) && !unit.found) return { skipTo: b.atom.last + 1 };
  if (a.atom.isEen && b.atom.isEen) return null;
  // "Het gaat om mannen van 23 tot 31 jaar oud": years from and to after people are an age, whatever the sentence's verb of change.
  if (joiner === 'tot' && !datedOld && unit.unit === 'jaar' && rejected(tokens, a.atom, unit, null)) return { skipTo: unit.last + 1 };
  // "een stijging van 14 tot 15 procent": after a noun of change, shares from and to rising are the size of that change, a range.
  const sizeOfChange = joiner === 'tot' && !datedOld && !inverted && unit.kind === 'percentage' && CHANGE_NOUNS.has(tokens[i - 1]?.norm ?? '') && scaleLow(a.atom, b.atom) < b.atom.value;
  // Quoted from its first number, so that the noun of change stays right before it ("een stijging van" | "14 tot 15 procent").
  if (sizeOfChange) return draftOf(a.atom.first, unit.last, a.atom.first, unit, { value: scaleLow(a.atom, b.atom), valueMax: b.atom.value, previousValue: null }, [a.atom, b.atom], true);
  const change = joiner === 'naar' || datedOld || inverted || hasChangeCue(ctx, i);
  if (change) {
    return draftOf(i, unit.last, i, unit, { value: b.atom.value, valueMax: null, previousValue: scaleLow(a.atom, b.atom) }, [a.atom, b.atom], true);
  }
  if (isClockWindow(a.atom, b.atom, unit)) return { skipTo: unit.last + 1 };
  const low = scaleLow(a.atom, b.atom);
  if (!(low < b.atom.value)) return null;
  // "Jongeren van 14 tot 18 jaar": the range is an age.
  if (rejected(tokens, a.atom, unit, null)) return { skipTo: unit.last + 1 };
  return draftOf(i, unit.last, i, unit, { value: low, valueMax: b.atom.value, previousValue: null }, [a.atom, b.atom], true);
}

// How many words the complement of a share may run to before "naar" ("aan te weinig operationele medewerkers").
const SHARE_COMPLEMENT_WORDS = 6;
const SHARE_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['aan', 'van', 'bij', 'in', 'op', 'onder']);

/** The token of "naar" after a share's complement that starts at `k` with a preposition and holds words only; null when there is none. */
function shareComplementEnd(tokens: Token[], k: number): number | null {
  if (!SHARE_COMPLEMENT_PREPOSITIONS.has(tokens[k]?.norm ?? '')) return null;
  for (let n = k + 1; n <= k + SHARE_COMPLEMENT_WORDS; n++) {
    const t = tokens[n];
    if (t?.norm === 'naar') return n;
    if (t?.type !== 'word' || t.norm === 'tot') return null;
  }
  return null;
}

/** Whether the middle step of a chain, its year at `k`, goes on to the next ("… over 53 in 2016 naar 28", ", tot 172"). */
function goesOnToAStep(tokens: Token[], k: number, yearAt: (k: number) => boolean): boolean {
  if (!yearAt(k)) return false;
  const next = tokens[k + 2]?.text === ',' ? k + 3 : k + 2;
  return tokens[next]?.norm === 'naar' || tokens[next]?.norm === 'tot';
}

// Pronouns that stand as the subject of a clause after its verb ("ging het naar", "steeg dat tot").
const INVERTED_SUBJECTS: ReadonlySet<string> = new Set(['het', 'dat', 'dit', 'ze', 'zij', 'hij']);

/** Whether a lowercase verb, a pronoun subject, then "naar" or "tot" start at token `k` ("ging het naar"). */
function isInvertedClause(tokens: Token[], k: number): boolean {
  const verb = tokens[k];
  return verb?.type === 'word' && /^\p{Ll}/u.test(verb.text) && INVERTED_SUBJECTS.has(tokens[k + 1]?.norm ?? '') && ['naar', 'tot'].includes(tokens[k + 2]?.norm ?? '');
}

/**
 * "met 20% gedaald (147 naar 113)", "de daling in Brussel (1.323 tot 1.041)": two numbers joined by "naar", or by "tot" when the
 * second is the smaller (no range runs down), that fill a bracket are the change its sentence
 * tells, old to new, without the "van" before the old value; one figure, 113 from 147, quoted from number to number.
 */
function bracketedChange(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  if (tokens[i - 1]?.text !== '(') return null;
  const a = atomWithUnit(ctx, i);
  const joiner = a ? tokens[a.atom.last + 1]?.norm : undefined;
  if (!a || a.unit.found || (joiner !== 'naar' && joiner !== 'tot')) return null;
  const b = atomWithUnit(ctx, a.atom.last + 2);
  if (!b || tokens[b.unit.last + 1]?.text !== ')' || a.atom.yearLike || b.atom.yearLike || a.atom.isEen || b.atom.isEen) return null;
  if (joiner === 'tot' && !(b.atom.value < a.atom.value)) return null;
  return draftOf(i, b.unit.last, i, b.unit, { value: b.atom.value, valueMax: null, previousValue: a.atom.value }, [a.atom, b.atom], true);
}

// Verbs by which a value becomes another ("de inning van 50 euro wordt 53 euro"), and the adverbs that may stand after them.
const BECOMES_VERBS: ReadonlySet<string> = new Set(['wordt', 'worden', 'werd', 'werden']);
const BECOMES_ADVERBS: ReadonlySet<string> = new Set(['wel', 'nu', 'voortaan', 'dus', 'straks', 'dan', 'zo', 'nog']);

/**
 * "de onmiddellijke inning van 50 euro wordt wel 53 euro": a value that a form of "worden" makes another of the same unit is one
 * figure, the new value from the old, quoted from the old value to the new.
 */
export function tryBecomes(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  const a = atomWithUnit(ctx, i);
  if (!a || !a.unit.found || a.atom.yearLike) return null;
  let j = a.unit.last + 1;
  if (!BECOMES_VERBS.has(tokens[j]?.norm ?? '')) return null;
  j++;
  while (BECOMES_ADVERBS.has(tokens[j]?.norm ?? '')) j++;
  const b = atomWithUnit(ctx, j);
  if (!b || !b.unit.found || b.atom.yearLike || unitsClash(a.unit, b.unit) || b.unit.unit !== a.unit.unit) return null;
  return draftOf(i, b.unit.last, j, b.unit, { value: b.atom.value, valueMax: null, previousValue: a.atom.value }, [a.atom, b.atom], true);
}

/**
 * A change stated new value first: "zakten naar 75 in 2017 tegenover 141 in 2016" is one figure,
 * 75 from 141, quoted from "naar" to the old value and dated by the year of the new one
 * (`datedBy`); the old value may leave its noun out or repeat it.
 */
export function tryToAgainst(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  if (tokens[i]?.norm !== 'naar') return null;
  const a = atomWithUnit(ctx, i + 1);
  if (!a || (a.atom.yearLike && !a.unit.found)) return null;
  let j = a.unit.last + 1;
  let datedBy: number | undefined;
  if (tokens[j]?.norm === 'in' && parseAtom(tokens, j + 1)?.yearLike) {
    datedBy = j + 1;
    j += 2;
  }
  if (tokens[j]?.text === ',') j++;
  const after = contrastAfter(tokens, j);
  if (after === null) return null;
  const b = atomWithUnit(ctx, after);
  if (!b || b.atom.isEen || (b.atom.yearLike && !b.unit.found) || unitsClash(a.unit, b.unit)) return null;
  const unit = mergeUnits(b.unit, a.unit);
  const draft = draftOf(i, b.unit.last, i, unit, { value: a.atom.value, valueMax: null, previousValue: b.atom.value }, [a.atom, b.atom], true);
  return { ...draft, unit: a.unit.unit ?? b.unit.unit, ...(datedBy === undefined ? {} : { datedBy }) };
}

/**
 * "steeg met 12 procent tot 3.400": after a verb of change, "met X" with its unit is the change
 * and "tot Y" the new value, two figures rather than a range ("groeit met 2 tot 3 miljoen" is one);
 * so is a signed share with its unit ("letselongevallen (+2,3 procent tot 8.494)").
 */
function isChangeBy(ctx: Ctx, i: number): boolean {
  const sign = ctx.tokens[i - 1]?.text ?? '';
  if (sign === '+' || MINUS_SIGNS.has(sign)) return true;
  if (ctx.tokens[i - 1]?.norm !== 'met') return false;
  const window = ctx.tokens.slice(Math.max(0, i - 9), i - 1);
  return window.some((w) => TOT_GOVERNING_PREFIXES.some((g) => w.norm.startsWith(g)));
}

/**
 * The unit a bare number shares with the number coordinated after it: "daalden met 21 en 28
 * procent", "met 2 en 3,2 procent", "een piek met 179 en in 2015 zelfs 188 inbraken", and every
 * item of a longer series the last one closes ("0, 17 of 60 mensen", "12, 15 en 20 procent"). Only
 * the number is quoted; a year ("in 2003 en 12 procent") or a day ("5 en 6 juni") shares nothing.
 */
function sharedUnit(ctx: Ctx, atom: Atom): UnitInfo | null {
  const { tokens } = ctx;
  if (atom.yearLike || atom.isEen) return null;
  let k = atom.last + 1;
  // An item before a comma shares what the next bare item of the series shares ("0, 17 of 60 mensen").
  if (tokens[k]?.text === ',') {
    const item = parseAtom(tokens, k + 1);
    const shared = item && item.isWord === atom.isWord && parseUnit(tokens, item).found === false ? sharedUnit(ctx, item) : null;
    return shared ? { ...shared, last: atom.last } : null;
  }
  // "112 gerechtelijke en 100 bestuurlijke arrestaties", "34 Belgische en vijf Antwerpse zones": each count has its adjective.
  const adjectives = tokens[k] && isAdjectiveLike(tokens[k]!) ? 1 : 0;
  k += adjectives;
  if (tokens[k]?.norm !== 'en' && tokens[k]?.norm !== 'of') return null;
  k++;
  if (tokens[k]?.norm === 'in' && parseAtom(tokens, k + 1)?.yearLike) k += 2;
  while (FOCUS_BEFORE_NUMBER.has(tokens[k]?.norm ?? '')) k++;
  const next = atomWithUnit(ctx, k);
  if (!next || !next.unit.found) return null;
  // "Hiervan waren er 15.385 of 1,4% in overtreding": a smaller share after "of" restates the count as a part of its whole, no
  // alternative in the same unit ("5 of 6 procent").
  if (next.unit.kind === 'percentage' && tokens[k - 1]?.norm === 'of' && next.atom.value < atom.value) return null;
  // Digits and words coordinate only when adjectives make the noun left out plain.
  if (adjectives > 0 ? !(next.unit.last > next.atom.last + 1 && isAdjectiveLike(tokens[next.atom.last + 1]!)) : next.atom.isWord !== atom.isWord) return null;
  return { ...next.unit, subject: null, last: atom.last + adjectives };
}

/** Words that set a higher bound after a comma: "2, hooguit 3 politiezones". */
const UPPER_BOUND_WORDS: ReadonlySet<string> = new Set(['hooguit', 'hoogstens', 'maximaal', 'misschien', 'mogelijk', 'wellicht']);

/** "30 tot 40 mensen", "30 à 40", "acht of tien mensen", "30-40 %", "2, hooguit 3 zones", or a single number with its unit. */
export function tryRangeOrSingle(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  const own = atomWithUnit(ctx, i);
  if (!own) return null;
  const shared = own.unit.found ? null : sharedUnit(ctx, own.atom);
  const a = shared ? { atom: own.atom, unit: shared } : own;
  const j = a.unit.last + 1;
  const jt = tokens[j];
  let bStart: number | null = null;
  // Number words joined by "of" are an estimate ("acht of tien mensen"), and so are consecutive digits ("7 of 8 reiswegen"); other
  // digits so joined are alternatives ("30 of 60 euro"), two figures.
  const estimate = jt?.norm === 'of' && (a.atom.isWord || (tokens[j + 1]?.type === 'num' && parseAtom(tokens, j + 1)?.value === a.atom.value + 1));
  if (jt && (jt.norm === 'tot' || jt.text === 'à' || (jt.text === 'a' && !a.atom.isWord) || estimate) && !(jt.norm === 'tot' && a.unit.found && isChangeBy(ctx, i))) {
    bStart = jt.norm === 'tot' && tokens[j + 1]?.norm === 'en' && tokens[j + 2]?.norm === 'met' ? j + 3 : j + 1;
  } else if (jt && (jt.text === '-' || jt.text === '–') && !a.unit.found && !a.atom.isWord && tokens[j + 1]?.type === 'num') {
    bStart = j + 1;
  } else if (jt?.text === ',' && !a.unit.found && UPPER_BOUND_WORDS.has(tokens[j + 1]?.norm ?? '')) {
    // "2, hooguit 3 politiezones", "vijf, misschien zes agenten": a number and a bound after it are one range.
    bStart = j + 2;
  }
  if (bStart !== null) {
    const b = atomWithUnit(ctx, bStart);
    if (b && daysOfAMonth(tokens, a.atom, b.atom)) return { skipTo: b.atom.last + 2 };
    if (b && !b.atom.isEen && a.atom.isWord === b.atom.isWord && !unitsClash(a.unit, b.unit)) {
      const unit = mergeUnits(a.unit, b.unit);
      const low = scaleLow(a.atom, b.atom);
      if (low < b.atom.value) {
        if ((a.atom.yearLike || b.atom.yearLike) && !unit.found) return { skipTo: b.atom.last + 1 };
        if (unit.unit && HOUR_UNITS.has(unit.unit) && b.atom.value <= 24) {
          const p = tokens[i - 1]?.norm;
          if (p === 'van' || p === 'tussen' || p === 'vanaf' || p === 'om') return { skipTo: unit.last + 1 };
        }
        if (!rejected(tokens, a.atom, unit, null)) {
          const d = draftOf(a.atom.first, unit.last, i, unit, { value: low, valueMax: b.atom.value, previousValue: null }, [a.atom, b.atom], true);
          return { ...d, opensRange: true };
        }
      }
    }
  }
  // The article or emphatic "één" ("één team", "onder één dak"), unless a word of scarcity or a lower bound counts it
  // ("slechts één inbraak", "ook maar één douche", "minstens één centrum") and the article does not frame a quantity
  // ("slechts een deel van"), nor stresses one aim or thought ("maar één doel voor ogen"). "één agent per vijftig supporters"
  // is a rate, its base the figure (rejections' isRateBase).
  if (a.atom.isEen && !measuredOne(tokens, i, a.unit) && !ratedOne(tokens, i, a.unit) && !(a.unit.found && (countsOne(tokens, i) || setBesideCounts(ctx, i, a.unit) || reportsOnePerson(ctx, i, a.unit)) && tokens[a.unit.last + 1]?.norm !== 'per' && !isArticleOfAFrame(tokens, i, a.unit.last) && !SINGLENESS_NOUNS.has(tokens[a.unit.last]!.norm))) return null;
  // "deze twee", "de drie jongeren" after three were counted: a small number word after a determiner takes up a
  // count; but "de zes politiezones van het arrondissement" states how many the whole has, "de drie gemeenten A, B en C"
  // how many it lists, and "de vijf voorziene camera’s" named for the first time count them.
  // "rond de tien per dag", "om en bij de vier miljoen": "de" closes a qualifier, no determiner.
  const p = closesAQualifier(tokens, i) ? undefined : tokens[i - 1];
  // ("de drie gemeenten van 353.691 euro": a "van" before an amount measures another phrase, no whole.)
  const ofWhole = (p?.norm === 'de' || p?.norm === 'het') && a.unit.found && ((tokens[a.unit.last + 1]?.norm === 'van' && tokens[a.unit.last + 2]?.type !== 'num') || isWholeOfPart(tokens, i));
  // "de twee andere ploegen": how many the rest are.
  const rest = REST_WORDS.has(tokens[a.atom.last + 1]?.norm ?? '');
  // A share ("Die twee procent heeft het verpest") points back only to a share the text stated. Asked last, and only for a small
  // number word after a determiner: takesUpACount reads every number before this one, and was asked for every share of a document.
  const pointsBack = () => (a.unit.found && a.unit.kind === 'percentage' ? takesUpACount(ctx, a.atom, a.unit) : !a.unit.found || !ARTICLES.has(p?.norm ?? '') || takesUpACount(ctx, a.atom, a.unit));
  if (a.atom.isWord && a.atom.value <= 10 && p && DEFINITE_DETERMINERS.has(p.norm) && !ofWhole && !rest && namesListedAfter(tokens, a.unit.last + 1) !== a.atom.value && pointsBack()) return null;
  // "20 extra politiemensen gevraagd … Garanties op de 20 extra agenten geeft hij niet": digits after "de" take up a count
  // of people stated before with the same value.
  if (!a.atom.isWord && p?.norm === 'de' && !ofWhole && !rest && restatesStaff(ctx, a.atom, a.unit)) return null;
  // "twee jaar geleden" is a date phrase, not a duration.
  if (a.unit.kind === 'quantity' && tokens[a.unit.last + 1]?.norm === 'geleden') return { skipTo: a.unit.last + 2 };
  const against = a === own && (a.unit.found || !a.atom.isWord) && !a.atom.yearLike ? oldValueAgainst(ctx, a.atom, a.unit) : null;
  if (against) {
    // "daalt dit jaar naar 80 in vergelijking met 137 inbreuken": a new value with no noun counts the old value's.
    const counted = !a.unit.found && against.unit.found ? against.unit : a.unit;
    const d = draftOf(a.atom.first, against.last, i, counted, { value: a.atom.value, valueMax: null, previousValue: against.value }, [a.atom, against.atom], true);
    return { ...d, baseDatedBy: against.year, oldValueAt: against.atom.first, ...(against.ownYear === undefined ? {} : { datedBy: against.ownYear }) };
  }
  const compound = compoundDuration(ctx, a.atom, a.unit);
  if (compound) return draftOf(a.atom.first, compound.last, i, { ...a.unit, last: compound.last }, { value: compound.value, valueMax: null, previousValue: null }, [a.atom], true);
  return draftOf(a.atom.first, a.unit.last, i, a.unit, { value: a.atom.value, valueMax: null, previousValue: null }, [a.atom], a.atom.multiplier > 1);
}

/**
 * How many capitalised names are listed from token `k` on, joined by commas and a last "en" (a colon may open the list): "de drie
 * gemeenten Kapelle-op-den-Bos, Londerzeel en Meise" lists three after its noun, and so states how many there are rather than
 * taking up a count. 0 when no such list stands there.
 */
function namesListedAfter(tokens: Token[], k: number): number {
  if (tokens[k]?.text === ':') k++;
  let items = 0;
  for (;;) {
    if (tokens[k]?.type !== 'word' || !/^\p{Lu}/u.test(tokens[k]!.text)) return 0;
    k++;
    // The rest of a name: hyphen-joined parts ("Kapelle-op-den-Bos") and capitalised words ("Sint Gillis").
    while ((tokens[k]?.text === '-' && tokens[k + 1]?.type === 'word') || (tokens[k]?.type === 'word' && /^\p{Lu}/u.test(tokens[k]!.text))) k += tokens[k]!.text === '-' ? 2 : 1;
    items++;
    if (tokens[k]?.text === ',' || tokens[k]?.norm === 'en') k++;
    else return items;
  }
}

// A time before the new value's right after an old value, without a year: "een jaar eerder", "vorig jaar", "(van) het jaar daarvoor".
const EARLIER_TIME = new RegExp(String.raw`^\s*(?:van\s+)?${EARLIER_TIME_PHRASE}(?![\p{L}\d])`, 'u');

// Tokens the new value's clause may run on before "tegenover" ("1.043 processen-verbaal zijn opgesteld, tegenover 1.244").
const AGAINST_GAP = 9;

/**
 * The old value of a change stated new value first without "naar": "130 inbraken vast (tegenover 177 in
 * 2016", "87 pv's op inzake drugs, ten opzichte van 113 in 2016", "86 inbraken tegenover 40 in 2016". The
 * old value, bare or with the same noun, needs a year of its own that the sentence has not already given
 * (two times make a change: "In 2003 … 4.515 mensen tegenover 4.187 in 2003" states none); values set
 * against a place ("drie camera's, ten opzichte van 180 in Hasselt") or against a number between stay
 * figures of their own. Null when there is no such old value.
 */
function oldValueAgainst(ctx: Ctx, atom: Atom, unit: UnitInfo): { atom: Atom; unit: UnitInfo; value: number; last: number; year: number; ownYear?: number } | null {
  const { tokens } = ctx;
  const [sentenceStart, sentenceEnd] = ctx.sentenceOf(atom.first);
  let ownYear: number | undefined;
  // A bare value ("daalde tot 412, tegenover 530 een jaar eerder") is set against an old one right after it, past a comma or its
  // own year at most ("(3638 in 2017 t.o.v. 2884 in 2015)").
  const ownYearAfter = tokens[unit.last + 1]?.norm === 'in' && parseAtom(tokens, unit.last + 2)?.yearLike === true;
  const gap = unit.found ? AGAINST_GAP : ownYearAfter ? 4 : 2;
  for (let k = unit.last + 1; k <= unit.last + gap && k < tokens.length && tokens[k]!.start < sentenceEnd; k++) {
    const t = tokens[k]!;
    // The new value's own year may stand between ("103 GAS-boetes uitgeschreven in 2019, tegen 98 in 2018"); another number may not.
    if (t.type === 'num') {
      // "negen doden in de eerste drie maanden, tegenover achttien": a duration of the new value's time frame may stand between too.
      if (unit.found && TIME_UNITS.has(tokens[k + 1]?.norm ?? '')) continue;
      if (tokens[k - 1]?.norm !== 'in' || parseAtom(tokens, k)?.yearLike !== true || ownYear !== undefined) return null;
      ownYear = k;
    }
    if (t.text === ';' || t.text === ':') return null;
    // "tegen" sets an old value against the new one only before a number ("tegen 98 in 2018"; "tegen 2030" is a deadline).
    const contrast = contrastAfter(tokens, k) ?? (t.norm === 'tegen' && tokens[k + 1]?.type === 'num' ? k + 1 : null) ?? comparisonAfter(tokens, k);
    if (contrast === null) continue;
    // "tegenover de 566 dossiers in 2016": the article before the old value; "tegenover meer dan 22.000": its qualifier.
    const after = pastOldValueQualifier(tokens, tokens[contrast]?.norm === 'de' ? contrast + 1 : contrast);
    const b = atomWithUnit(ctx, after);
    if (!b || b.atom.isEen || b.atom.yearLike || unitsClash(unit, b.unit)) return null;
    // "7 procent in plaats van 14 tot 15 procent": a range set against the value is no one old value; both stay figures.
    if (opensARange(tokens, b.atom)) return null;
    // "in 2018", "de 1.595 van 2018", "begin 2017", "in dezelfde periode in 2017": the old value's year.
    const yearWord = pastSamePeriod(tokens, b.unit.last + 1);
    const year = YEAR_OF_OLD_VALUE.has(tokens[yearWord]?.norm ?? '') ? parseAtom(tokens, yearWord + 1) : null;
    const own = ownYear === undefined ? {} : { ownYear };
    // "396 in de plaats van 413": the value it replaces is the old one, with no time of its own.
    if (!year?.yearLike && REPLACES.test(ctx.folded.slice(tokens[k]!.start, tokens[after]!.start))) return { atom: b.atom, unit: b.unit, value: b.atom.value, last: b.unit.last, year: b.unit.last + 1, ...own };
    // "tegenover 530 een jaar eerder", "tegenover 98 vorig jaar": a time before the new value's, said without a year.
    if (!year?.yearLike) return EARLIER_TIME.test(ctx.folded.slice(tokens[b.unit.last]!.end, sentenceEnd)) ? { atom: b.atom, unit: b.unit, value: b.atom.value, last: b.unit.last, year: b.unit.last + 1, ...own } : null;
    // An old value of a later year than the new one's ("12.345 in 2022 tegenover 11.002 in 2023") is no old value: two levels.
    if (ownYear !== undefined && year.value >= parseAtom(tokens, ownYear)!.value) return null;
    // The old value's year said before in the sentence dates the new value too, unless the new value has a year of its own
    // ("steeg met één vierde in vergelijking met 2015 (3638 in 2017 t.o.v. 2884 in 2015)").
    // "In de eerste helft van 2016 werden 262 diefstallen aangegeven, tegenover 354 in de eerste zes maanden van 2017": a year said
    // before the new value that is earlier than the old value's makes the two levels, the later one no old value.
    if (ownYear === undefined) {
      for (let n = atom.first - 1; n >= 0 && tokens[n]!.start >= sentenceStart; n--) {
        if (tokens[n]!.text === tokens[year.first]!.text) return null;
        const earlier = tokens[n]!.type === 'num' ? parseAtom(tokens, n) : null;
        if (earlier?.yearLike && earlier.first === n && earlier.value < year.value) return null;
      }
    }
    return { atom: b.atom, unit: b.unit, value: b.atom.value, last: b.unit.last, year: year.first, ...own };
  }
  return null;
}

// The words before an old value's year: "in 2018", "van 2018", "begin 2017", "eind 2017".
const YEAR_OF_OLD_VALUE: ReadonlySet<string> = new Set(['in', 'van', 'begin', 'eind', 'einde', 'medio']);
// "in dezelfde periode": the new value's time frame, said again of the old value's year ("tegenover achttien in dezelfde periode in 2017").
const SAME_PERIOD = ['in', 'dezelfde', 'periode'];
// "in het eerste kwartaal van 2018", "in de eerste helft van 2017": a part of a year, the year after its "van".
const PARTS_OF_A_YEAR: ReadonlySet<string> = new Set(['kwartaal', 'trimester', 'semester', 'helft', 'jaarhelft', 'maanden', 'maand']);
const PART_OF_A_YEAR_REACH = 5;
/**
 * The token after "in dezelfde periode" when it starts at token `k`; the "van" before the year of a part of a year that starts
 * there ("in het eerste kwartaal van 2018"); else `k`.
 */
function pastSamePeriod(tokens: Token[], k: number): number {
  if (phraseAt(tokens, k, SAME_PERIOD)) return k + SAME_PERIOD.length;
  if (tokens[k]?.norm !== 'in' || !['het', 'de'].includes(tokens[k + 1]?.norm ?? '')) return k;
  for (let j = k + 2; j < k + PART_OF_A_YEAR_REACH && tokens[j]?.type !== 'sym'; j++) if (PARTS_OF_A_YEAR.has(tokens[j]!.norm) && tokens[j + 1]?.norm === 'van') return j + 1;
  return k;
}
/** Whether number `atom` opens a range: "tot", "à" or a dash right after it, then a number ("14 tot 15", "14 à 15", "14-15"). */
const opensARange = (tokens: Token[], atom: Atom) => ['tot', 'à', '-', '–'].includes(tokens[atom.last + 1]?.norm ?? '') && tokens[atom.last + 2]?.type === 'num';
/**
 * The token after the qualifier (one of {@link QUALIFIERS}) that opens an old value at `k` ("tegenover meer dan 22.000", "tegen ruim
 * 300"), or `k` when no qualifier stands there before a number.
 */
function pastOldValueQualifier(tokens: Token[], k: number): number {
  const words = QUALIFIERS.find(([phrase]) => phraseAt(tokens, k, phrase) && tokens[k + phrase.length]?.type === 'num')?.[0];
  return words ? k + words.length : k;
}
// "in de plaats van", "in plaats van": a value replaced by the new one.
const REPLACES = /^in\s+(?:de\s+)?plaats\s+van\s+$/u;
// Comparisons that set an old value against the new one, each as its tokens: "in vergelijking met (de) 1.595 van 2018",
// "vergeleken met", "in (de) plaats van", "(beduidend) meer/minder dan (de) 46.578 van het jaar voordien".
const COMPARED_WITH: ReadonlyArray<readonly string[]> = [['in', 'vergelijking', 'met'], ['vergeleken', 'met']];
const COMPARISON_PHRASES: ReadonlyArray<readonly string[]> = [
  ...COMPARED_WITH, ['in', 'de', 'plaats', 'van'], ['in', 'plaats', 'van'], ['meer', 'dan'], ['minder', 'dan'],
];

/** Whether "vergeleken met" or "in vergelijking met" ends right before token `k`. */
export function comparedWithBefore(tokens: Token[], k: number): boolean {
  return COMPARED_WITH.some((words) => phraseAt(tokens, k - words.length, words));
}

/** The token after a comparison that starts at token `k` ({@link COMPARISON_PHRASES}) when a number follows it, with or without "de"; else null. */
function comparisonAfter(tokens: Token[], k: number): number | null {
  for (const words of COMPARISON_PHRASES) {
    if (!phraseAt(tokens, k, words)) continue;
    const next = k + words.length;
    return tokens[tokens[next]?.norm === 'de' ? next + 1 : next]?.type === 'num' ? next : null;
  }
  return null;
}

// A duration in two units is one: "11 minuten en 30 seconden", "11 min 30 sec" (11.5 minutes), "2 uur en 15 minuten" (2.25 hours).
const SMALLER_TIME_UNIT: Readonly<Record<string, ReadonlySet<string>>> = {
  minuten: new Set(['seconden', 'sec']), minuut: new Set(['seconden', 'sec']), min: new Set(['seconden', 'sec']),
  uur: new Set(['minuten', 'min']), uren: new Set(['minuten', 'min']),
};

/** The value (in the first unit) and last token of a duration written in two units, or null. */
function compoundDuration(ctx: Ctx, atom: Atom, unit: UnitInfo): { value: number; last: number } | null {
  const smaller = unit.kind === 'quantity' && unit.unit !== null && unit.last === atom.last + 1 ? SMALLER_TIME_UNIT[unit.unit] : undefined;
  if (!smaller) return null;
  const joined = ctx.tokens[unit.last + 1]?.norm === 'en' ? 1 : 0; // "11 minuten en 30 seconden", "11 min 30 sec"
  const part = parseAtom(ctx.tokens, unit.last + 1 + joined);
  if (!part || part.isWord !== atom.isWord || part.value >= 60 || !smaller.has(ctx.tokens[part.last + 1]?.norm ?? '')) return null;
  return { value: Number((atom.value + part.value / 60).toPrecision(12)), last: part.last + 1 };
}

// The qualifiers that end in "de" ("rond de", "om en bij de"), read from the one list of qualifiers.
const QUALIFIERS_ENDING_IN_DE = QUALIFIERS.map(([words]) => words).filter((words) => words.at(-1) === 'de');

/** Whether the tokens right before `i` are a qualifier that ends in "de" ("rond de tien"): that "de" is no determiner. */
const closesAQualifier = (tokens: Token[], i: number) =>
  QUALIFIERS_ENDING_IN_DE.some((words) => phraseAt(tokens, i - words.length, words));

// A demonstrative ("deze twee agenten") always points back; an article does when the text counted before.
const ARTICLES = new Set(['de', 'het']);
// Municipalities are a set the text's zone or region already fixes: "over de twee gemeenten heen", "elk van de acht gemeentes".
const KNOWN_SET_NOUNS = /(?:gemeenten|gemeentes|steden)$/u;

/**
 * Whether "de drie X" takes up what the text already counted or fixes rather than counting anew: the same value stated
 * before in the text as a count (a share, for a share) or a bare number, or municipalities. "De vijf voorziene camera’s zullen …" first
 * counts them; a measure of that value ("over twee jaar", "twee kilometer", "twee euro") counted nothing to take up.
 */
function takesUpACount(ctx: Ctx, atom: Atom, unit: UnitInfo): boolean {
  if (unit.unit !== null && KNOWN_SET_NOUNS.test(unit.unit)) return true;
  for (let k = atom.first - 1; k >= 0; k--) {
    const b = parseAtom(ctx.tokens, k);
    if (!b || b.last >= atom.first || b.value !== atom.value || b.yearLike) continue;
    const counted = parseUnit(ctx.tokens, b);
    if (!counted.found || counted.kind === (unit.kind === 'percentage' ? 'percentage' : 'count')) return true;
  }
  return false;
}

/**
 * Whether a count of staff in digits ("de 20 extra agenten") takes up one the text stated before: the same value, its noun
 * staff too ("20 extra politiemensen"). The figures already read hold every earlier count with its noun, so they are
 * looked up, not the tokens parsed again (a range's noun counts its upper end).
 */
function restatesStaff(ctx: Ctx, atom: Atom, unit: UnitInfo): boolean {
  if (!unit.found || unit.unit === null || !isStaffNoun(unit.unit)) return false;
  return ctx.read.some((f) => f.kind === 'count' && f.unit !== null && (f.valueMax ?? f.value) === atom.value && isStaffNoun(f.unit));
}

const REST_WORDS = new Set(['andere', 'overige', 'resterende']);
// Words before "één" that make it a count: scarcity and lower bounds ({@link countsOne}).
const ONE_COUNTING_WORDS = new Set(['slechts', 'amper', 'nauwelijks', 'precies', 'exact', 'minstens', 'minimaal', 'minste']);

// Nouns of an aim, a thought, an answer or a side of a matter: "maar één doel voor ogen", "slechts één oplossing", "zien maar één uitweg",
// "er is maar één antwoord", "is maar één aspect van het probleem" stress
// that there is a single one, a figure of speech, not a count a journalist would quote.
const SINGLENESS_NOUNS = new Set(['doel', 'ding', 'antwoord', 'oplossing', 'uitweg', 'reden', 'boodschap', 'bedoeling', 'optie', 'keuze', 'conclusie', 'prioriteit', 'wens', 'aspect', 'facet', 'element', 'probleem']);

// The stressed "één" as written ("ook maar een beetje" is the article).
const STRESSED_ONE = /^(?:één|eén|1)$/iu;

/**
 * Whether the word before "één" at `i` makes it a count: scarcity ("slechts", "amper één"), a lower bound ("minstens", "ten
 * minste"), and "maar" inside a clause before a stressed "één" ("hebben ook maar één douche"); "maar" after a comma or
 * opening a sentence is the conjunction ("…, maar één ding is zeker").
 */
function countsOne(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  // Only the stressed "één": "ook maar een beetje" is the article.
  if (before.norm === 'maar') return tokens[i - 2]?.type === 'word' && !before.lineStart && STRESSED_ONE.test(tokens[i]!.text);
  // "Er was nauwelijks een uitgaansleven": "amper" and "nauwelijks" before the article say "hardly any".
  if (HARDLY.has(before.norm)) return STRESSED_ONE.test(tokens[i]!.text);
  return ONE_COUNTING_WORDS.has(before.norm) && (before.norm !== 'minste' || tokens[i - 2]?.norm === 'ten');
}
const HARDLY: ReadonlySet<string> = new Set(['amper', 'nauwelijks']);

// Words before a stressed "één" that make it "a single one" or a bound, not how many there were: prepositions ("cellen voor één
// persoon", "de bevoegdheid van één schepen", "met één agent per 691 inwoners"), a negation ("niet één"), "hoe" and "meer dan".
const NOT_REPORTING_ONE: ReadonlySet<string> = new Set([...PREPOSITIONS, 'als', 'niet', 'hoe', 'dan']);
// Conjunctions that may open a sentence before its first word.
const OPENING_CONJUNCTIONS = new Set(['maar', 'en', 'ook']);

/**
 * "De politie arresteerde één verdachte", "Er werd één verdachte gearresteerd", "er is nu één wijkagent", "Eén overtreder kreeg
 * een PV": a stressed "één" right before a person's noun says how many people an event or a state concerned, a count (devset
 * convention, "één agent raakte gewond"). Not after a preposition or a negation ({@link NOT_REPORTING_ONE}); and not when it
 * opens a sentence that measures something else, where it introduces one case ("Eén bestuurder haalde 62 km/uur", fresh14).
 */
function reportsOnePerson(ctx: Ctx, i: number, unit: UnitInfo): boolean {
  const { tokens } = ctx;
  if (!STRESSED_ONE.test(tokens[i]!.text) || unit.last !== i + 1 || !(PERSON_SINGULARS.has(tokens[i + 1]!.norm) || isStaffNoun(tokens[i + 1]!.norm))) return false;
  if (NOT_REPORTING_ONE.has(tokens[i - 1]?.norm ?? '')) return false;
  const [start, end] = ctx.sentenceOf(i);
  let before = i - 1;
  while (before >= 0 && tokens[before]!.start >= start && OPENING_CONJUNCTIONS.has(tokens[before]!.norm)) before--;
  if (before >= 0 && tokens[before]!.start >= start) return true;
  for (let k = i + 2; k < tokens.length && tokens[k]!.start < end; k++) if (tokens[k]!.type === 'num') return false;
  return true;
}

// Words before "een" that make it an amount of time ("ruim een uur", "bijna een jaar"); "dan" counts after "meer" or "minder".
const ONE_AMOUNT_WORDS = new Set(['ruim', 'bijna', 'zowat', 'ongeveer', 'amper', 'nauwelijks', 'hoogstens', 'maximaal', 'minstens', 'goed']);

/**
 * "de zitting duurde meer dan een uur", "ruim een uur": "een" before a unit of time with a word of amount before it is the number
 * one (a duration, the devset convention since fresh12), not the article; "een uur later" or "na een jaar" stay none.
 */
function measuredOne(tokens: Token[], i: number, unit: UnitInfo): boolean {
  if (!unit.found || unit.kind !== 'quantity' || unit.unit === null || !TIME_UNITS.has(unit.unit.toLowerCase())) return false;
  const before = tokens[i - 1]?.norm ?? '';
  if (before === 'dan') return ['meer', 'minder'].includes(tokens[i - 2]?.norm ?? '');
  return ONE_AMOUNT_WORDS.has(before);
}

/**
 * "controleerden gemiddeld één wagen per seconde": a stressed "één" with its noun as the numerator of a rate whose base has no
 * number is that rate's figure (devset convention, fresh20); with a number in the base ("één agent per 3.000 inwoners") the base
 * is the figure.
 */
function ratedOne(tokens: Token[], i: number, unit: UnitInfo): boolean {
  const base = tokens[unit.last + 2];
  return unit.found && STRESSED_ONE.test(tokens[i]!.text) && tokens[unit.last + 1]?.norm === 'per' && base?.type === 'word' && parseNumberWord(base.norm) === null;
}

// "een halve minuut", "een half uur", "een halve kilo": half a unit, the number 0.5.
const HALF_WORDS = new Set(['half', 'halve']);

/**
 * "de ploeg was een halve minuut sneller", "hoogstens een half uur": half a unit of time is a duration of 0.5 in that unit; availability
 * ("een halve dag per week", as "24/24") and time frames ("na een half jaar", rejected with every duration's) are none. Half a unit of
 * measure is 0.5 of it with what it measures, as "anderhalve kilo cocaïne" is 1.5 ("een halve kilo cocaïne", "een halve ton").
 */
export function tryHalfUnit(ctx: Ctx, i: number): Attempt {
  const { tokens } = ctx;
  const unitToken = tokens[i + 2];
  if (tokens[i]?.norm !== 'een' || !HALF_WORDS.has(tokens[i + 1]?.norm ?? '') || !unitToken) return null;
  const values = { value: 0.5, valueMax: null, previousValue: null };
  if (!TIME_UNITS.has(unitToken.norm)) {
    const half: Atom = { first: i, last: i + 1, numIdx: i + 1, value: 0.5, raw: 0.5, multiplier: 1, isWord: true, isEen: false, approx: false, currency: null, yearLike: false };
    const measured = MEASURE_UNITS.has(unitToken.norm) ? parseUnit(tokens, half) : null;
    return measured?.found && measured.kind === 'quantity' ? draftOf(i, measured.last, i, measured, values, [half], false) : null;
  }
  if (tokens[i + 3]?.norm === 'per') return { skipTo: i + 3 };
  const unit: UnitInfo = { kind: 'quantity', unit: unitToken.text.toLowerCase(), subject: null, last: i + 2, found: true };
  return draftOf(i, i + 2, i, unit, values, [], true);
}

// Words after which a stressed "één" is an item of a count broken down ("twee keer, namelijk één keer in A en …").
const BREAKDOWN_WORDS = new Set(['namelijk', 'nl', 'waarvan', 'waaronder']);

/**
 * Whether a stressed "één" at `i` with its noun is set beside other counts, and so counts: one of the rest ("vier verdachten …
 * Eén andere verdachte werd vrijgelaten", as "de twee andere ploegen"), or an item of a count broken down ("twee keer, namelijk
 * één keer in A en één keer in B": after the breakdown word, or after "en" following a "één" of the same noun just read), or the
 * last item of a list of counts ("81 licht gewonden, acht zwaar gewonden en één dode"), or one of what a count before it in its
 * sentence counts ("Naast drie vaste camera's … één mobiele camera").
 */
function setBesideCounts(ctx: Ctx, i: number, unit: UnitInfo): boolean {
  const { tokens } = ctx;
  if (!STRESSED_ONE.test(tokens[i]!.text)) return endsListOfPeople(ctx, i, unit);
  if (REST_WORDS.has(tokens[i + 1]?.norm ?? '')) return true;
  const before = tokens[i - 1]?.norm ?? '';
  if (BREAKDOWN_WORDS.has(before)) return true;
  const previous = ctx.read.at(-1);
  if (previous === undefined || previous.start < ctx.sentenceOf(i)[0]) return false;
  // "Naast drie vaste camera's investeert de stad ook in één mobiele camera": one of the thing a count before it in its sentence counts.
  if (previous.kind === 'count' && isPluralOf(previous.unit, unit.unit)) return true;
  if (before !== 'en') return false;
  // "één X en één X"; or the last item of a list of counts ("81 licht gewonden, acht zwaar gewonden en één dode").
  return (previous.value === 1 && previous.unit === unit.unit) || (previous.kind === 'count' && previous.end === tokens[i - 2]?.end);
}

/**
 * "Vorig jaar kwamen er nog twee voetgangers en een motorrijder om het leven": an unstressed "een" with a person's noun right
 * after "en" that follows a count ends a list of counts of people, and counts one too.
 */
function endsListOfPeople(ctx: Ctx, i: number, unit: UnitInfo): boolean {
  const { tokens } = ctx;
  const previous = ctx.read.at(-1);
  return tokens[i - 1]?.norm === 'en' && unit.last === i + 1 && PERSON_SINGULARS.has(tokens[i + 1]!.norm) && previous !== undefined && previous.kind === 'count' &&
    previous.end === tokens[i - 2]?.end && previous.start >= ctx.sentenceOf(i)[0];
}

/**
 * "slechts een deel van de verklaring", "wordt slechts een gemiddelde bezettingsgraad van 80% gehaald": after a word of scarcity
 * the unstressed article "een" (at `i`) still counts nothing when its noun (ending at `nounLast`) only frames a quantity or is
 * followed by its own value; "slechts één vacature", "slechts een vacature" count one.
 */
function isArticleOfAFrame(tokens: Token[], i: number, nounLast: number): boolean {
  if (tokens[i]!.text.toLowerCase() !== 'een') return false;
  return FRAME_NOUNS.has(tokens[nounLast]!.norm) || (tokens[nounLast + 1]?.norm === 'van' && parseAtom(tokens, nounLast + 2) !== null);
}

/** "twee van de zes kantoren": the number at `i` after "van de" is the whole a number before it is part of. */
function isWholeOfPart(tokens: Token[], i: number): boolean {
  if (tokens[i - 2]?.norm !== 'van') return false;
  const before = tokens[i - 3];
  return before !== undefined && (before.type === 'num' || (before.type === 'word' && parseNumberWord(before.norm) !== null));
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
