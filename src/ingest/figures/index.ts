/**
 * Figures stage: finds the numbers a journalist would quote in Dutch (Flemish) policy prose
 * and normalises them into {@link FigureReading}s (what they mean is read by `describeFigures` in `meaning`). Pure: text in, figures out, no I/O.
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
 * `test/gold/README.md`.
 *
 * Judgement calls:
 * - "een"/"één" alone is the article or emphasis ("één team", "onder één dak") and is never a
 *   figure; it counts only as a fraction numerator ("één op de drie", "een derde"), as an end
 *   of a range or change whose other end is a number ("één à twee", "van één naar drie"), or
 *   with a scale word ("een miljoen"). The digit "1" with a noun is a count.
 * - The unit of a count is the noun the number grammatically counts, as written:
 *   "Op vier plaatsen … komen er politiekantoren" → 4 "plaatsen".
 * - A small number word after a determiner is a reference, not a quantity, and is skipped when it
 *   has no noun ("deze twee"), takes up a value the text stated before ("drie jongeren … de drie
 *   jongeren") or counts municipalities ("over de twee gemeenten heen"); with a noun counted for the
 *   first time it is a count ("De vijf voorziene camera’s"). Digits are kept ("de 17 andere gemeenten").
 * - Number words need a counted noun or unit; bare digits are kept only with a qualifier, a
 *   scale word, a range/change, a quantity verb ("bedraagt 462") or a back-reference.
 * - "-tal" words ("een twintigtal agenten") are kept with qualifier "ongeveer"; plurals
 *   ("tientallen", "honderden") are vague and skipped.
 * - "van X tot Y" is a change only when the sentence speaks of change ("steeg", "groeide",
 *   "uitgebreid" …); otherwise it is a range ("jongeren van 14 tot 18 jaar"). "van X naar Y" is
 *   always a change.
 * - "twee van de zes kantoren" is two figures, the part and the whole; number words joined by
 *   "of" are an estimate, a range ("acht of tien mensen"), digits so joined two alternatives ("30 of
 *   60 euro"). Lists are numbered with digits: number words are never list numbers or labels.
 * - A fact line "Personeelsleden 2.675" counts its plural label; labelled items ("Q1: 12
 *   inbraken, Q2: 9") and another year's value in brackets ("(2020: 301)") count what the first counts.
 * - "12:36 minuten" and "11 minuten en 30 seconden" are one duration in minutes (12.6, 11.5); minutes
 *   and seconds are measured, never a time frame; a travel time ("op 10 minuten rijden") and an
 *   age ("een man van 45 jaar", "jongeren vanaf 14 jaar") are not figures.
 * - Durations are quantities ("48 uur", "drie jaar"); clock times ("om 22 uur", "van 9 tot 17
 *   uur", "22u30", "22.30"), availability ("24/24", "7 dagen op 7") and time frames ("de
 *   afgelopen 12 jaar", "gespreid over vier jaar", "op drie jaar tijd") are not figures; nor are
 *   counts of a plan's own structure ("tien clusters", "vijf thema's", "op twee niveau's").
 * - A number that leaves its noun out takes it from the text: a partitive ("er in principe 550",
 *   "waarvan 159", "250 van hen"), a list ("71 aanhoudingen omwille van …, 43 omwille van …",
 *   "de federale politie 12.000 personeelsleden, de lokale politie 34.000"), a contrast
 *   ("tegenover 380"), brackets after the noun ("inbraken (1.234)"), "Inbraken: 1.234", a gapped list item
 *   ("25 vacatures lopende en 4 nog te publiceren", "vijf boetes van 250 euro en twee van 350 euro"), a
 *   restating aside (", namelijk 11.961,", ", met 299,"); a scaled amount takes the currency of the amount
 *   before it ("Zo'n 11 miljoen").
 * - The reference date is the date of the figure's clause; else the year that frames its
 *   paragraph, list or section, for past-tense sentences, list items, restatements and counts of
 *   events; else the date of the figure it is a part of or restates.
 * - Subjects are filled for measured quantities only ("40 ton cocaïne"), not for durations,
 *   counts, percentages or fractions.
 *
 * Modules: `tokens` (tokenizer, blocked spans, numbers), `units` (unit, counted noun, subject),
 * `rejections` (why a number is not a figure), `qualifiers`, `shapes` (the readers above),
 * `references` (back-references and partitives), `dates` (sentences and reference dates) and
 * `words` (the word lists).
 */
import { splitAtNonLetters } from '../../text/char-class.js';
import { foldForMatch } from '../../text/fold.js';
import { tokenIndexAt } from '../../text/tokens.js';
import type { FigureKind } from '../../vocabulary.js';
import { prepared, spanAt, spanIndexAt, type PreparedText } from '../prepared.js';
import { isHeadingLine } from '../segment.js';
import type { FigureReading } from '../types.js';
import { comparesWithADate, comparisonBaseYear, type DateMention, dateOfFigure, findDateMentions, frameDateOf, isListItem, observesAChange, pickReferenceDate, ranksOverYears, saysNow, snapshotDateOf, statesAYear, yearAfterTheBase, yearOf } from './dates.js';
import { findQualifier } from './qualifiers.js';
import { backReference, bareNumberKept, betweenYearsOldValue, bracketedYear, chainedOldValue, columnYear, continuedOldValue, coordinatedWithTheFigureBefore, inheritedCurrency, initialValue, newValueBefore, nextStepOldValue, partitiveUnit, respectiveYear, restatesACount, spanOfYearsOldValue, stepBetween, stepInSentenceOldValue, successiveOldValue, tableSeriesOldValue, takenUpOldValue, takenUpStateOldValue, totalBroughtToOldValue, unitOfUnits, wholeDate, withLaterCurrency, yearPair } from './references.js';
import { isBracketedAgeRange, rejected } from './rejections.js';
import { type Ctx, tryBecomes, tryBetween, tryYearCell, tryFraction, tryFromTo, tryHalfUnit, tryRangeOrSingle, tryToAgainst } from './shapes.js';
import { isCap, parseAtom, type Token } from './tokens.js';
import { findCountedNoun, isPastParticiple, presentedUnit, type UnitInfo } from './units.js';
import { FINITE_VERBS, isWeakPast, MINUS_SIGNS, PAST_STATE_VERBS, PAST_VERBS } from './words.js';

// "Dat is vijf ton meer", "Dat zijn er 54 minder", "Dit betekent een stijging": a sentence that goes on about the one before.
const RESTATING_OPENER = /^[^\p{L}]*(?:dat|dit)\s+(?:is|was|zijn|waren|betekent|betekende|komt|kwam)(?![\p{L}])/u;
// A sentence that opens with "toen" ("\"Toen betrof het 28 koeriers.\""), after a quotation mark or bracket.
const THEN_OPENER = /^[^\p{L}\d]*toen(?![\p{L}])/u;
// The auxiliary of a pluperfect: what was done before a time, such as a plan made for a later year.
const PLUPERFECT = /(?<![\p{L}])(?:had|hadden)(?![\p{L}])/u;
// The auxiliaries of the future: "We zullen dit jaar infosessies organiseren" sets the time of a plan.
const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['zal', 'zult', 'zullen']);
// The modals of what someone wants: "wil openen", "willen investeren" (not "dat wil zeggen", that is).
const INTENT_MODALS: ReadonlySet<string> = new Set(['wil', 'wilt', 'willen']);
// "sinds 2018", "vanaf 2019": the year a period starts.
const SINCE_YEAR = /(?<![\p{L}])(?:sinds|sedert|vanaf)\s+((?:19|20)\d\d)(?!\d)/gu;
// What stands before a postal code: "in de regio 2060 Antwerpen", "postcode 9000 Gent", "Kerkstraat 5, 9000 Gent".
const POSTAL_CODE_BEFORE: ReadonlySet<string> = new Set(['regio', 'postcode', 'postnummer', ',']);
// Words before a number that open an amount ("de grens van 2000 feiten", "ruim 2000 agenten"), not a date.
const AMOUNT_OPENERS: ReadonlySet<string> = new Set(['van', 'de', 'dan', 'ruim', 'bijna', 'circa', 'ongeveer', 'zo’n', "zo'n"]);
// Words after which a verb stands in the infinitive: "te", and modals ("kunnen opzetten").
const INFINITIVE_MARKERS: ReadonlySet<string> = new Set(['te', 'kunnen', 'moeten', 'willen', 'zullen', 'mogen', 'gaan']);

export interface FigureOptions {
  /** ISO date of reduced precision ("2018", "2018-03", "2018-03-05") for "vorig jaar" and the like. */
  documentDate?: string | null;
}

/**
 * Whether a span overlaps one of `figures` (in text order, never overlapping, so their ends are in
 * order too): looked for from the last figure back to the first that ends at or before the span,
 * not through every figure of the document for every date of every figure.
 */
function overlapsAFigure(figures: ReadonlyArray<{ start: number; end: number }>, span: { start: number; end: number }): boolean {
  for (let k = figures.length - 1; k >= 0 && figures[k]!.end > span.start; k--) if (span.end > figures[k]!.start) return true;
  return false;
}

/**
 * Extracts quotable figures from Dutch text. Offsets are UTF-16 indices into `text`;
 * `text.slice(start, end) === quote`. Sorted by start, never overlapping.
 *
 * @param input the document text, or its prepared text
 * @param options.documentDate publication date (reduced-precision ISO) for relative dates
 */
// Nouns of what happens over a period (folded endings: "woninginbraken", "GAS-boetes", "interventies"): a count of them in a text
// framed by a year is of that year even in the present tense ("De daling komt vooral van de fietsdiefstallen (nog 691 feiten)").
const EVENT_ENDINGS = /(?:feiten|gevallen|inbraken|inbraakpogingen|diefstallen|interventies|oproepen|dossiers|misdrijven|meldingen|klachten|ongevallen|aanhoudingen|arrestaties|vaststellingen|overtredingen|inbreuken|processen-verbaal|pv's|pv’s|aangiftes|aangiften|incidenten|inbeslagnames|huiszoekingen|controles|boetes)$/u;
const countsEvents = (kind: FigureKind, unit: string | null) => kind === 'count' && unit !== null && EVENT_ENDINGS.test(foldForMatch(unit));
// Qualifiers of a level rather than a count ("rond de 4.400", "gemiddeld 33"), and words of a count still running ("tot dusver").
const LEVEL_QUALIFIERS = new Set(['ongeveer', 'rond de', 'om en bij', 'gemiddeld']);
const SO_FAR = /(?<![\p{L}])(?:tot\s+dusver|tot\s+nu\s+toe|intussen|inmiddels|normaal(?:gezien|gesproken)?)(?![\p{L}])/u;

// Minus signs: the hyphen as typed, the minus and the en dash.

/**
 * "werd het resultaat vastgelegd op -618.667€": a minus sign glued to an amount and set apart from the word before it makes the
 * amount negative (a deficit; "Het saldo: -1,2 miljoen euro"); not a change in brackets ("(-3%)"), a range ("2019-2020") or a sign glued to a word.
 */
function minusSignBefore(tokens: Token[], first: number): boolean {
  const sign = tokens[first - 1];
  const before = tokens[first - 2];
  if (!sign || !MINUS_SIGNS.has(sign.text) || sign.end !== tokens[first]!.start) return false;
  return before === undefined || (before.end < sign.start && (before.type === 'word' || before.text === ':'));
}

export function extractFigures(input: string | PreparedText, options: FigureOptions = {}): FigureReading[] {
  const { text, folded, figureTokens: tokens, figureSentences: sentences, figureBlocks, yearTables } = prepared(input);
  const sentenceAt = (pos: number) => spanAt(sentences, pos);
  const figures: FigureReading[] = [];
  const ctx: Ctx = { tokens, folded, sentenceOf: (i) => sentenceAt(tokens[i]!.start), read: figures, yearTables };
  const dateCache = new Map<number, DateMention[]>();
  const sentenceIndex = (pos: number) => spanIndexAt(sentences, pos);
  const datesOf = (sentence: [number, number]): DateMention[] => {
    let d = dateCache.get(sentence[0]);
    if (!d) {
      d = findDateMentions(folded.slice(sentence[0], sentence[1]), sentence[0], options.documentDate, () => lastYearBefore(sentence[0])).filter((m) => !countsANoun(m) && !isPostalCode(m));
      dateCache.set(sentence[0], d);
    }
    return d;
  };
  // "onder de grens van 2000 feiten": a year's four digits after a word that opens an amount and before the noun they count are a
  // number, no date ("In 2017 doken …", "de zomer van 2017 willen" keep theirs: no amount, or a verb after).
  const countsANoun = (m: DateMention): boolean => {
    if (!/^\d{4}$/u.test(text.slice(m.start, m.end))) return false;
    const next = tokenIndexAt(tokens, m.end);
    if (!AMOUNT_OPENERS.has(tokens[next - 2]?.norm ?? '') || tokens[next]?.type !== 'word' || !/^\p{Ll}/u.test(tokens[next]!.text)) return false;
    return findCountedNoun(tokens, next, 2) === next && !FINITE_VERBS.has(tokens[next]!.norm);
  };
  // "in de regio 2060 Antwerpen", "Kerkstraat 5, 9000 Gent": four digits before a capitalised name after "regio", "postcode" or a
  // comma are a postal code, no year ("in 2017 Henegouwen (97)" keeps its year).
  const isPostalCode = (m: DateMention): boolean => {
    if (!/^\d{4}$/u.test(text.slice(m.start, m.end))) return false;
    const next = tokenIndexAt(tokens, m.end);
    return tokens[next]?.type === 'word' && isCap(tokens[next]!) && POSTAL_CODE_BEFORE.has(tokens[next - 2]?.norm ?? '');
  };
  // The last year the sentence before the one at offset `start` states ("In 2022 … Het jaar daarvoor …"), or null.
  const lastYearBefore = (start: number): number | null => {
    const previous = sentences[sentenceIndex(start) - 1];
    const year = previous ? datesOf(previous).findLast((m) => m.value !== null)?.value?.slice(0, 4) : undefined;
    return year === undefined ? null : Number(year);
  };

  // A figure whose sentence states no date is in the time frame of its paragraph when the
  // sentence narrates in the past ("In 2016 zorgde de dienst voor 576 aanhoudingen. Er werden
  // 764 dossiers opgestart." → 2016), restates ("Dat is vijf ton meer") or is a list item
  // without a verb ("• 41 voertuigen"); a present or planned statement is not.
  const blocks = figureBlocks;
  const blockAt = (pos: number) => spanAt(blocks, pos);
  const frameDate = frameDateOf(text, sentences, blocks, datesOf);
  const documentYear = yearOf(options.documentDate ?? null);
  // "Er moest 165 keer uitgerukt worden", "Tien mensen moesten afgevoerd worden": a past necessity done in the passive happened; one
  // that names no passive ("of anders moesten fusioneren") may be a norm.
  const toldNecessity = (words: string[]) => {
    const must = words.findIndex((w) => w === 'moest' || w === 'moesten');
    return must >= 0 && words.indexOf('worden', must) > must;
  };
  // "om … te kunnen opzetten": a word after "te" or a modal is an infinitive, not a weak past ("zetten").
  const hasWeakPastVerb = (words: string[]) => words.some((w, i) => isWeakPast(w) && !INFINITIVE_MARKERS.has(words[i - 1] ?? ''));
  const narratesInPast = (index: number): boolean => {
    const sentence = folded.slice(...sentences[index]!);
    const words = splitAtNonLetters(sentence);
    // A past verb is a whole run of letters (PAST_VERBS are letters only), so the sentence's own words find it.
    return words.some((w) => PAST_VERBS.has(w)) || hasWeakPastVerb(words) || toldNecessity(words);
  };
  // Per sentence (a sentence lies inside one block), computed once for all the figures it holds.
  const framedDates = new Map<number, string | null>();
  const framedDate = (pos: number): string | null => {
    const index = sentenceIndex(pos);
    if (index < 0) return null;
    let date = framedDates.get(index);
    if (date === undefined) {
      date = framedDateOfSentence(index, blockAt(pos));
      framedDates.set(index, date);
    }
    return date;
  };
  // "Vorig jaar liep dat op tot 133 meldingen. We zullen dit jaar infosessies organiseren. … Het aantal diefstallen daalde (-10%)":
  // the year of a plan told in the future is not the time of what the text tells in the past after it; the year before it is.
  const tellsFuture = (sentence: [number, number]) => {
    const words = splitAtNonLetters(folded.slice(...sentence));
    return words.some((w) => FUTURE_AUXILIARIES.has(w)) && !narratesInPast(sentenceIndex(sentence[0]));
  };
  const storyFrameDate = frameDateOf(text, sentences, blocks, (sentence) => (tellsFuture(sentence) ? [] : datesOf(sentence)));
  // "De dotatie stijgt volgend jaar … In totaal werden 87 drugsdealers opgepakt": a sentence told in the past is not framed by a year
  // after the text's own; a pluperfect may be ("We hadden 100.000 euro opgenomen in de meerjarenplanning", for that year).
  const pastFrameDate = (index: number): string | null => {
    const told = narratesInPast(index) && !PLUPERFECT.test(folded.slice(...sentences[index]!));
    const frame = told ? storyFrameDate(index) : frameDate(index);
    const afterTheText = frame !== null && documentYear !== null && (yearOf(frame) ?? -Infinity) > documentYear;
    return afterTheText && told ? null : frame;
  };
  const framedDateOfSentence = (index: number, block: [number, number]): string | null => {
    const sentence = folded.slice(...sentences[index]!);
    const past = narratesInPast(index);
    // "Het verschil met 2023 is nog groter. Toen waren het er 28.": "toen" takes up the last year the sentence before states, a base's
    // too (a day it leaves without a year, "sinds de aanslagen van 22 maart", is no time the text fixes).
    if (THEN_OPENER.test(sentence) && index > 0) {
      const then = datesOf(sentences[index - 1]!).at(-1);
      if (then && statesAYear(folded.slice(then.start, then.end))) return then.value;
      // "Sinds 2018 houdt de dienst een rapport bij. Toen waren er 82 verkeersdoden": with no date of its own, the sentence before's
      // start of a period is the time "toen" takes up.
      const since = then ? undefined : [...folded.slice(...sentences[index - 1]!).matchAll(SINCE_YEAR)].at(-1);
      if (since) return since[1]!;
    }
    const words = splitAtNonLetters(sentence);
    // "De minister maakte bekend dat hij tegen het einde van de legislatuur vijftien detentiehuizen wil openen": what is wanted is of
    // no time the story before it tells.
    if (words.some((w, i) => INTENT_MODALS.has(w) && words[i + 1] !== 'zeggen')) return null;
    const restates = RESTATING_OPENER.test(sentence);
    // A list item or a headline without a verb reports in its frame ("• 41 voertuigen", "780 nieuwe dossiers, 561 aanhoudingen").
    const verbless = (isListItem(text, block) || isHeadingLine(text.slice(block[0], block[1]))) && !words.some((w) => FINITE_VERBS.has(w));
    // "Vorig jaar leverde dat 72.618 kilogram drugs op. Vooral cocaïne (64 ton), maar ook heroïne (1.9 ton)": a breakdown in brackets
    // with no verb goes on with the sentence before, in its time.
    const elliptic = !past && sentence.includes('(') && !words.some((w) => FINITE_VERBS.has(w) || isPastParticiple(w) || isWeakPast(w));
    // "In vergelijking met 2021 is dat een stijging met 224 feiten", "staat op het laagste peil in vijf jaar (16)": set against a past
    // base or ranked over earlier years, it is of the text's time.
    const compared = comparesWithADate(text, datesOf(sentences[index]!));
    // With no frame, a change set against a year is of the next ("In vergelijking met 2018 is er een stijging met 78%", in 2020); so it
    // is under a frame no later than that year ("Met de cijfers van 2018 doen we net als in 2017 … De diefstallen dalen in vergelijking
    // met 2017"), which cannot be the time of a change set against it.
    const framedBreakdown = elliptic ? pastFrameDate(index) : null;
    if (framedBreakdown !== null) return framedBreakdown;
    if (past || restates || verbless || compared || ranksOverYears(sentence)) {
      const framed = pastFrameDate(index);
      // "Ons land telde op 31 december 2004 37.008 agenten. … In het Brussels Gewest waren er 9.478 agenten": with no year to frame it, a state
      // told after a snapshot (or restated, "Per 1.000 inwoners is dat …") is of the snapshot's day.
      if (!compared) return framed ?? (restates || tellsPastState(index) ? snapshotDate(index) : null);
      const base = comparisonBaseYear(text, datesOf(sentences[index]!));
      return framed !== null && (base === null || (yearOf(framed) ?? Infinity) > base) ? framed : yearAfterTheBase(text, datesOf(sentences[index]!), options.documentDate);
    }
    // "Uit cijfers blijkt dat op 1 februari 2025 12.635 gevangenen in de gevangenissen zitten. In Lantin verblijven er 283 …":
    // a present-tense sentence after a state dated to the day is of that day.
    return snapshotDate(index);
  };
  // "In 2020 werden 300 inbraken gepleegd. We zien een daling met 12 procent": a share or a change (not a count beside it, "in alle
  // negentien gemeenten") in a present-tense sentence that observes a change is of the period the text frames.
  const changeFrameDate = (pos: number): string | null => {
    const index = sentenceIndex(pos);
    if (index < 0) return null;
    const sentence = folded.slice(...sentences[index]!);
    return observesAChange(sentence, splitAtNonLetters(sentence)) ? frameDate(index) : null;
  };
  // The snapshot's own sentence is in the present and dates a figure of its own to that day.
  const datesAFigure = (index: number, day: string) => {
    const [from, to] = sentences[index]!;
    for (let k = figures.length - 1; k >= 0 && figures[k]!.start >= from; k--) if (figures[k]!.start < to && figures[k]!.referenceDate === day) return true;
    return false;
  };
  // "Op 1 september 2013 zaten er in de Belgische gevangenissen 134,2 mensen opgesloten": a state told in the past on a day written out
  // is as much a snapshot as one in the present; a sentence that tells an event ("werd", "stegen") is not.
  const tellsPastState = (index: number) => {
    const words = splitAtNonLetters(folded.slice(...sentences[index]!));
    return words.some((w) => PAST_STATE_VERBS.has(w)) && !words.some((w) => PAST_VERBS.has(w) && !PAST_STATE_VERBS.has(w)) && !hasWeakPastVerb(words);
  };
  const snapshotDate = snapshotDateOf(text, sentences, datesOf, (index, day) => (!narratesInPast(index) || tellsPastState(index)) && datesAFigure(index, day));
  let free = 0; // first token index not consumed by an earlier figure
  for (let i = 0; i < tokens.length; i++) {
    if (i < free) continue;
    const attempt = tryYearCell(ctx, i) ?? tryFraction(ctx, i) ?? tryHalfUnit(ctx, i) ?? tryBetween(ctx, i) ?? tryFromTo(ctx, i) ?? tryToAgainst(ctx, i) ?? tryBecomes(ctx, i) ?? tryRangeOrSingle(ctx, i);
    if (!attempt) continue;
    if ('skipTo' in attempt) {
      free = attempt.skipTo;
      i = attempt.skipTo - 1;
      continue;
    }
    const d = attempt;
    const q = findQualifier(tokens, d.anchor, free, d.opensRange);
    // "45 van de 120 agenten": the part counts what the whole counts, also where a bare number would be list numbering.
    const part = !d.ownUnit && d.kind === 'count' ? partitiveUnit(ctx, d) : null;
    // Single numbers are validated here, where the qualifier is known ("ruim 2000 agenten" is no year).
    if (d.valueMax === null && d.previousValue === null && d.kind !== 'fraction' && !d.tableCell) {
      const a = parseAtom(tokens, d.anchor)!;
      const u: UnitInfo = { kind: d.kind, unit: d.unit ?? part, subject: d.subject, last: d.last, found: d.ownUnit || part !== null };
      if (rejected(tokens, a, u, q?.first ?? null)) continue;
    } else if (d.valueMax !== null && isBracketedAgeRange(tokens, q?.first ?? d.first, d.last, d.unit)) {
      // Neither end of the age group is a figure of its own.
      free = d.last + 1;
      continue;
    }
    let { kind, unit } = d;
    if (!d.ownUnit) {
      const back = part !== null ? { kind: 'count' as const, unit: part } : backReference(ctx, d, q ? q.first : d.first, figures);
      // "kosten 2,4 miljoen euro, waarvan de overheid 1 miljoen betaalt": a part that names no unit of its own, scaled, is money like the amount before.
      const ref = back?.unit != null ? back : inheritedCurrency(ctx, d, figures) ?? back;
      const parallel = ref ? undefined : coordinatedWithTheFigureBefore(ctx, d, figures);
      if (ref) ({ kind, unit } = ref);
      else if (parallel) ({ kind, unit } = parallel);
      else if (!bareNumberKept(ctx, d, q !== null) || restatesACount(ctx, d, figures)) continue;
    }
    let qualifier = q?.phrase ?? null;
    if (d.approx && qualifier === null) qualifier = 'ongeveer';
    const negative = kind === 'money' && d.valueMax === null && d.previousValue === null && minusSignBefore(tokens, d.first);
    const start = tokens[d.first]!.start - (negative ? 1 : 0);
    const end = tokens[d.last]!.end;
    const span = { start, end, quote: text.slice(start, end) };
    unit = unitOfUnits(ctx, d, presentedUnit(unit, text.slice(end, sentenceAt(start)[1])), figures);
    const datedBy = d.datedBy ?? bracketedYear(ctx, d) ?? respectiveYear(ctx, d) ?? columnYear(ctx, d);
    const dated = datedBy === undefined ? null : tokens[datedBy]!.text;
    const base = d.baseDatedBy === undefined ? null : tokens[d.baseDatedBy]!;
    const ownDate = (m: DateMention) => !overlapsAFigure(figures, m) && !(m.start < end && m.end > start) && !(base && m.start <= base.start && m.end >= base.end);
    // "18 overtredingen dit jaar ten opzichte van 51 in 2018": a time between a new value and the old one set against it is the new value's.
    const oldAt = d.oldValueAt === undefined ? undefined : tokens[d.oldValueAt]!.start;
    const between = dated === null && oldAt !== undefined ? datesOf(sentenceAt(start)).find((m) => m.value !== null && m.start >= tokens[d.anchor]!.end && m.end <= oldAt) : undefined;
    const picked = dated === null ? between ?? pickReferenceDate(text, span, datesOf(sentenceAt(start)).filter(ownDate)) : null;
    const countsOverPeriod = kind !== 'percentage' && kind !== 'fraction' && d.previousValue === null;
    const isChange = kind === 'percentage' || d.previousValue !== null;
    const framed = () => (saysNow(text.slice(sentenceAt(start)[0], start)) ? null : framedDate(start) ?? (isChange ? changeFrameDate(start) : null) ?? eventsFramed());
    // A count of events (no level "rond de 4.400", no rate "per kwartaal", nothing counted "tot dusver") in a text framed by a year.
    const eventsFramed = () => {
      if (!countsEvents(kind, unit) || (q !== null && LEVEL_QUALIFIERS.has(q.phrase)) || d.approx || tokens[d.last + 1]?.norm === 'per' || SO_FAR.test(folded.slice(...sentenceAt(start)))) return null;
      const year = pastFrameDate(sentenceIndex(start));
      return year !== null && /^\d{4}$/u.test(year) ? year : null;
    };
    const referenceDate = dated ?? (picked && picked.value !== null ? dateOfFigure(picked, countsOverPeriod, folded) : framed() ?? wholeDate(ctx, d, q ? q.first : d.first, figures));
    // "in 2018 werden 495 enkelbanden aangesloten, in 2019 waren dat er 590": two years of one count, the later from the earlier.
    const pair = yearPair(ctx, d, kind, unit, referenceDate, figures);
    const pairedOld = pair && !pair.older ? figures[pair.index]!.value : null;
    const previousValue = d.previousValue ?? (d.valueMax === null ? initialValue(ctx, d, figures) ?? tableSeriesOldValue(ctx, d, figures) ?? chainedOldValue(ctx, d, figures) ?? successiveOldValue(ctx, d, figures) ?? continuedOldValue(ctx, d, kind, unit, figures) ?? takenUpOldValue(ctx, d, kind, unit, figures) ?? totalBroughtToOldValue(ctx, d, kind, unit, figures) ?? takenUpStateOldValue(ctx, d, kind, figures) ?? nextStepOldValue(ctx, d, kind, unit, referenceDate, figures) ?? stepInSentenceOldValue(ctx, d, kind, unit, referenceDate, figures) ?? betweenYearsOldValue(ctx, d, referenceDate, figures) ?? spanOfYearsOldValue(ctx, d, referenceDate, figures) ?? pairedOld : null);
    // "54 inbraken. In 2015 waren dat er 72, in 2016 zelfs 101": a year between the old value and its figure is a step between them.
    const step = previousValue === null ? stepBetween(ctx, d, kind, unit, referenceDate, figures) : null;
    if (step) figures[step.newer] = { ...figures[step.newer]!, previousValue: d.value };
    // "… stegen tot 9.500 euro. Drie jaar eerder was dat nog 6.000 euro", "In 2021 … 3.812 vaststellingen, in 2020 waren dat er 3.757":
    // this value is the old one of the figure before.
    const renewed = d.valueMax === null && previousValue === null && step === null ? newValueBefore(ctx, d, kind, unit, figures) ?? (pair?.older ? pair.index : null) : null;
    if (renewed !== null) figures[renewed] = { ...figures[renewed]!, previousValue: d.value };
    figures.push({
      start, end, quote: span.quote, kind, value: negative ? -d.value : d.value, valueMax: d.valueMax, previousValue: step?.older ?? previousValue, unit,
      subject: d.subject, qualifier, referenceDate,
    });
    free = d.last + 1;
    i = d.last;
  }
  return withLaterCurrency(figures, sentenceAt);
}
