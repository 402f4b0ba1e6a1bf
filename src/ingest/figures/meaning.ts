/**
 * What a figure means: whose or what it is (its subject), whether it is a target, an observed
 * value or a forecast, the direction of a change, and its value in a canonical unit. Pure: the
 * text and the figures as read in, figures with meaning out. Links to the gazetteer come later,
 * once mentions are known (`links.ts`).
 *
 * The subject is read with general rules of Dutch word order, tried in this order:
 *
 *   measured substance   "40 ton cocaïne"                           → "cocaïne"
 *   "van" complement     "90 procent van de meldingen"               → "meldingen"
 *   relative clause      "de taskforce, die 40 mensen zal tellen"     → "taskforce"
 *   grammatical subject  "De dienst heeft 312 medewerkers"           → "dienst"
 *                        "In 2023 kreeg de dienst 312 medewerkers"   → "dienst" (V2: after the finite verb)
 *   frame nouns          "het personeel van de dienst", "het aantal agenten" → their complement
 *   anaphora             "Eind 2023 was dit aantal 462", "Op termijn moet die…" → the subject of the
 *                        previous sentence's last figure, else that sentence's grammatical subject
 *   the speaker          "We willen 200 agenten": "we" is the author, so a "van" complement of the
 *                        fronted phrase, else the counted noun itself ("agenten")
 *
 * and, before the sentence's main clause, the clause the figure stands in: after a subordinating
 * conjunction ("terwijl de dotatie 721 miljoen bedroeg"), after a fronted subordinate clause
 * ("Waar …, is dat nu de helft"), a coordinated clause ("… en de hoeveelheid is … gestegen"), a
 * verbless one ("De autodiefstallen met 35%"); restatements (", ofwel …"), a figure named again
 * ("Die 1.000 …"), a change by a figure ("de versterking van X met …") and fronted "bij"/"voor"
 * phrases take the subject they point to.
 */
import { splitAtNonLetters } from '../../text/char-class.js';
import { foldForMatch } from '../../text/fold.js';
import { matchesOf } from '../../text/matches.js';
import { endsOnSpacedWord } from '../../text/spaced-words.js';
import type { FigureDirection, FigureStatus, UnitKind } from '../../vocabulary.js';
import type { Figure, FigureReading, Span } from '../types.js';
import { endsInNoun, mayBeStaff, normalizedValueOf, readingKindOf, unitKindOf } from './canonical.js';
import { prepared, type PreparedText } from '../prepared.js';
import { isHeadingLine } from '../segment.js';
import { withFields } from '../with-fields.js';
import { CuePhrases, CueWords } from './cue-phrases.js';
import { isListItem, yearOf } from './dates.js';
import { findQualifier } from './qualifiers.js';
import { categoryLabelWords, contrastBefore, yearLinesLabel } from './references.js';
import { comparedWithBefore } from './shapes.js';
import { cellAt, headerCellOver, inTableRow, tableHeaderStart, type YearTables } from './tables.js';
import { tokenIndexAt } from '../../text/tokens.js';
import { CALENDAR_YEAR, countedByAantalBefore, isCap, isNamedListItem, parseAtom, parseNumberWord, partitiveBefore, QUOTATION_MARKS, type Token } from './tokens.js';
import { findSubject, isPastParticiple, PLACEHOLDER_NOUNS } from './units.js';
import {
  ADVERBIAL_OPENERS, AGAINST_BASE_PATTERN, AIM_NOUNS, ANAPHORIC_PRONOUNS, CHANGE_NOUNS, CLAUSE_END_MARKS, COMPARATIVES, CURRENCIES, DECREASE_CUES, DEMONSTRATIVE_SUBJECTS, DEMONSTRATIVES, DENOMINATORS, EVENT_NOUNS, FINITE_VERBS, FORMS_OF_ZIJN, FIXED_PHRASE_NOUNS, FOCUS_BEFORE_NUMBER, FORECAST_CUES,
  FRAME_NOUNS, FREQUENCY_NOUNS, IMPERSONAL_PARTICIPLES, WORDEN_FORMS, INCREASE_CUES, MODAL_VERBS, MONTHS, PAST_MODAL_VERBS, NON_NOUNS, NUMBER_ATOMS, NP_DETERMINERS, PERCENT_WORDS, ORGANISATION_HEADS, LABEL_COMPLEMENT_PREPOSITIONS, PASSIVE_AUXILIARIES, TARGET_NOUNS, PARTICIPLE_SHAPED_NOUNS, PARTITIVE_POINTERS, hasPastEnding, isPresentOfEren, isWeakPast, PAST_VERBS, PRESENT_CUES,
  ONE_WORDS, PLACE_ADJECTIVE_FORM, REPORTED_PARTICIPLES, RESTATING_WORDS, SENTENCE_END_MARKS, SPEAKER_PRONOUNS, TARGET_CUES, TIME_NOUNS, TIME_UNITS, WORK_CUES,
} from './words.js';

export interface MeaningOptions {
  /** Publication date (reduced-precision ISO): a reference date before it is observed, after it planned. */
  documentDate?: string | null;
}

/** A noun phrase: determiners from `det`, content words `first`..`last` (null when only a pronoun stands there). */
interface NounPhrase {
  det: number;
  first: number;
  last: number | null;
}

/** How a clause's subject reads: a noun phrase, a pointer back, or the speaker. */
type SubjectReading = { kind: 'np'; np: NounPhrase } | { kind: 'anaphor'; np?: NounPhrase } | { kind: 'speaker' } | null;

// Frames that name a quantity of their own when nothing follows them ("Het tekort bedraagt 320");
// "het aantal", "de helft" alone name nothing, a change ("een daling van 30 procent") is of what
// changes and a value ("voor een waarde van") of what it values.
const SELF_STANDING_FRAMES = new Set(['budget', 'begroting', 'bedrag', 'som', 'tekort', 'overschot', 'kader', 'personeelskader', 'capaciteit', 'bezetting', 'omvang', 'behoefte', 'cijfers']);
// "Het tekort bedroeg 14 procent van het kader": the share measures the subject of "bedragen"; the "van" phrase is its base.
const AMOUNTS_TO = new Set(['bedraagt', 'bedroeg', 'bedragen', 'bedroegen']);
// Prepositions that carry the figure of a verbless clause: "De autodiefstallen met 35%", "Het budget tot 2 miljoen".
const ELLIPSIS_PREPOSITIONS = new Set(['met', 'tot', 'van', 'naar']);
const RELATIVE_PRONOUNS = new Set(['die', 'dat', 'welke', 'waarvan', 'waarin', 'waar']);
// Relative pronouns that open a clause inside the subject of a sentence, and how far its closing comma may be.
const RELATIVE_OPENERS = new Set(['die', 'welke']);
const RELATIVE_REACH = 25;
const OPENING_CONJUNCTIONS = new Set(['maar', 'en', 'want', 'dus']);
// "Nog eens 170 …", "Ook nog 20 …": adverbs of addition before a figure.
const ADDITION_ADVERBS = new Set(['nog', 'eens']);
const FOCUS_ADVERBS = new Set(['ook', 'zelfs', 'alleen', 'enkel', 'vooral', 'net']);
/** A number in digits or words ("533", "negentig"). */
const isNumber = (t: Token | undefined) => t !== undefined && (t.type === 'num' || parseNumberWord(t.norm) !== null);
const REFLEXIVES = new Set(['zich', 'zichzelf']);
// "bestuurders", "chauffeurs": a plural in -s (not a finite verb such as "is" or "was").
const isPluralInS = (word: string) => word.length > 4 && word.endsWith('s') && !FINITE_VERBS.has(word);
// Participles and infinitives close a noun phrase ("de dienst uitgebreid", "die uitgroeien").
const VERB_FORM = /^(?:ge\p{L}+(?:d|t|en)|\p{L}+(?:eren|elen))$/u;

// Adjectives that with a time noun make an adverbial of time: "vorig jaar", "de afgelopen maanden".
const TIME_ADJECTIVES = new Set(['vorig', 'vorige', 'afgelopen', 'voorbije', 'volgend', 'volgende', 'komend', 'komende']);

// Adverbs that place a period after its time noun: "Het jaar daarvoor", "Een jaar later".
const PERIOD_PLACING_ADVERBS: ReadonlySet<string> = new Set(['daarvoor', 'ervoor', 'voordien', 'eerder', 'later', 'nadien', 'daarna', 'geleden', 'erna']);

/**
 * "De eerste zes maanden van dit jaar stierven er …": the token after a phrase of time that opens the clause at token `k` (a
 * determiner, then inflected adjectives and a number before its time noun, maybe "van" and the year it is part of), or null when none
 * does.
 */
function timePhraseEnd(tokens: Token[], k: number): number | null {
  if (!NP_DETERMINERS.has(tokens[k]?.norm ?? '')) return null;
  let j = k + 1;
  while (tokens[j]?.type === 'num' || parseNumberWord(tokens[j]?.norm ?? '') !== null || /^\p{Ll}\p{L}+e$/u.test(tokens[j]?.text ?? '')) j++;
  // "keer" counts times, no period.
  if (!TIME_NOUNS.has(tokens[j]?.norm ?? '') || tokens[j]!.norm === 'keer') return null;
  j++;
  if (PERIOD_PLACING_ADVERBS.has(tokens[j]?.norm ?? '')) return j + 1;
  if (tokens[j]?.norm !== 'van') return j;
  if (parseAtom(tokens, j + 1)?.yearLike) return j + 2;
  return NP_DETERMINERS.has(tokens[j + 1]?.norm ?? '') && TIME_NOUNS.has(tokens[j + 2]?.norm ?? '') ? j + 3 : j;
}

/** "van de ondervraagden vorig jaar": a time adjective before a time noun opens an adverbial, which ends the noun phrase before it. */
const opensTimeAdverbial = (tokens: Token[], k: number) => TIME_ADJECTIVES.has(tokens[k]!.norm) && TIME_NOUNS.has(tokens[k + 1]?.norm ?? '');

/**
 * "de helft van de bestuurders reed te snel", "één op de vijf jongeren zegt": a lowercase word after a plural noun that is no
 * plural itself ("gestolen fietsen" goes on) is the verb the lists lack, which ends the phrase.
 */
const verbAfterPlural = (tokens: Token[], k: number) => isBarePlural(tokens[k - 1]) && !isCap(tokens[k]!) && !isBarePlural(tokens[k]) && !/e$/u.test(tokens[k]!.norm);

/**
 * The token after a pre-modifier that "als" opens at `k` and a participle closes, one or two words on ("de als misdrijf
 * omschreven feiten", "de als zeer gevaarlijk ingeschatte plaatsen"), when a noun follows; else `k`.
 */
function asPremodifierEnd(tokens: Token[], k: number, end: number): number {
  if (tokens[k]?.norm !== 'als') return k;
  for (let j = k + 2; j <= k + 3 && j + 1 < end; j++) {
    const word = tokens[j]!;
    if (word.type !== 'word') return k;
    if (/(?:en|de|te|d|t)$/u.test(word.norm) && isNounPhraseWord(tokens[j + 1]!, false)) return j + 1;
  }
  return k;
}

/** How many focus or addition adverbs ("zelfs", "nog eens", "ook nog") stand at `k` right before a number; 0 when no number follows them. */
function focusBeforeNumber(tokens: Token[], k: number): number {
  let j = k;
  while (j < k + 3 && (FOCUS_ADVERBS.has(tokens[j]?.norm ?? '') || ADDITION_ADVERBS.has(tokens[j]?.norm ?? ''))) j++;
  return j > k && tokens[j]?.type === 'num' ? j - k : 0;
}

/** A word that can stand inside a noun phrase. */
function isNounPhraseWord(t: Token, inPhrase: boolean): boolean {
  // A lowercase letter alone is a typo or a list mark ("is e binnen de zone een tekort"), no noun.
  if (t.type !== 'word' || NON_NOUNS.has(t.norm) || FINITE_VERBS.has(t.norm) || parseNumberWord(t.norm) || /^\p{Ll}$/u.test(t.text)) return false;
  // "intrafamiliaal geweld", "het gevecht": singular nouns shaped as participles stay in the phrase ("gevallen" stays out: it is also one).
  const participleShapedNoun = PARTICIPLE_SHAPED_NOUNS.has(t.norm) && !t.norm.endsWith('en');
  // "98% van de gecontroleerde chauffeurs beseften": a past verb after the phrase's first word ends it.
  if (!isCap(t) && inPhrase && ((VERB_FORM.test(t.norm) && !participleShapedNoun) || isPastParticiple(t.norm) || PAST_VERBS.has(t.norm))) return false;
  return true;
}

// Prepositions that open an aside between commas after a clause's first phrase: ", met de steun van Europol,", ", volgens de politie,".
const PARENTHETICAL_PREPOSITIONS: ReadonlySet<string> = new Set(['met', 'volgens', 'naast', 'ondanks', 'zoals', 'inclusief', 'behalve', 'dankzij']);

// How many tokens an aside in brackets inside a clause's first phrase may hold: "(FGP)", "(220.999€)", "(+ 8 procent)".
const BRACKET_ASIDE_TOKENS = 4;

/** The closing bracket of a short aside of words, numbers and signs that opens at `open` ("(FGP)", "(220.999€)"), or -1. */
function bracketAsideEnd(tokens: Token[], open: number, to: number): number {
  for (let k = open + 1; k < to && k <= open + BRACKET_ASIDE_TOKENS + 1; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return k > open + 1 ? k : -1;
    if (t.type === 'sym' && !['€', '%', '+', '-', '–', '$'].includes(t.text)) return -1;
  }
  return -1;
}

/** "de hoogste gemeten snelheid": a participle between an inflected adjective and the noun is an adjective too. */
function attributiveParticiple(tokens: Token[], k: number, first: number, end: number): boolean {
  const t = tokens[k]!;
  return k > first && k + 1 < end && t.type === 'word' && isPastParticiple(t.norm) && (/\p{L}{3}e$/u.test(tokens[k - 1]!.norm) || FRAME_NOUNS.has(tokens[k - 1]!.norm)) &&
    isNounPhraseWord(tokens[k + 1]!, true) && !isPastParticiple(tokens[k + 1]!.norm);
}

const FORECAST = new CuePhrases(FORECAST_CUES);
const TARGET = new CuePhrases(TARGET_CUES);
const PAST = new CuePhrases([...PAST_VERBS]);
const PRESENT = new CuePhrases(PRESENT_CUES);
const hasWeakPast = (clause: string) => splitAtNonLetters(clause).some(isWeakPast);
const FINITE = new CuePhrases([...FINITE_VERBS]);
const INCREASE = new CuePhrases(INCREASE_CUES);
const WORK = new CuePhrases(WORK_CUES);
const DECREASE = new CuePhrases(DECREASE_CUES);

// Adverbs, prepositions and uninflected adjectives ("het algemeen begrotingsresultaat", "een eigen ploeg") that end as a plural noun does.
const WORDS_IN_EN_NO_PLURAL = new Set(['gisteren', 'morgen', 'even', 'samen', 'binnen', 'buiten', 'boven', 'beneden', 'tegen', 'toen', 'meteen', 'tussen', 'intussen', 'ondertussen', 'open', 'voorheen', 'ginds', 'steeds', 'reeds', 'zelfs', 'elders', 'straks', 'anders', 'algemeen', 'eigen', 'volkomen', 'bijzonder']);

/** Whether a token is a plural noun without a determiner ("celstraffen", "GAS-boetes"): lowercase after any capitalised prefix, no verb, participle or adverb. */
function isBarePlural(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word' || NON_NOUNS.has(t.norm) || FINITE_VERBS.has(t.norm) || WORDS_IN_EN_NO_PLURAL.has(t.norm) || isPastParticiple(t.norm)) return false;
  const head = t.text.slice(t.text.lastIndexOf('-') + 1);
  return /^\p{Ll}{3,}(?:en|s)$/u.test(head) && !/(?:ijks|ens)$/u.test(head);
}

/** One document read for meaning: tokens, sentences, and lookups between them. */
class DocumentReader {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Array<[number, number]>;
  readonly folded: string;
  readonly yearTables: YearTables;
  /** `cueStatus` by span. */
  readonly #statuses = new Map<number, FigureStatus>();
  /** {@link clauseSpan} by the figure's start: a figure's status, earmark, allotment, fine and speed limit each read its clause. */
  readonly clauses = new Map<number, [number, number]>();

  constructor(prepared: PreparedText) {
    this.text = prepared.text;
    this.tokens = prepared.figureTokens;
    this.sentences = prepared.figureSentences;
    this.folded = prepared.folded;
    this.yearTables = prepared.yearTables;
  }

  /** Index of the first token starting at or after `pos`. */
  tokenAt(pos: number): number {
    return tokenIndexAt(this.tokens, pos);
  }

  /** Index of the sentence holding `pos` (the last one starting at or before it). */
  sentenceIndex(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]![0] <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * `statusOf` the folded text of a span, its words read once per span whatever the dates: every figure reads its sentence
   * and up to six before it, so a document's figures ask about the same sentences again and again, with their own reference dates.
   */
  statusOf([from, to]: readonly [number, number], referenceDate: string | null, documentDate: string | null): FigureStatus {
    // A span as one number (ends are at most the text's length), not a string built per question.
    const key = from * (this.text.length + 1) + to;
    let cue = this.#statuses.get(key);
    if (cue === undefined) {
      cue = cueStatus(this.folded.slice(from, to));
      this.#statuses.set(key, cue);
    }
    return datedStatus(cue, referenceDate, documentDate);
  }

  /** Token range [from, to) of a sentence. */
  sentenceTokens(index: number): [number, number] {
    const [s, e] = this.sentences[index]!;
    return [this.tokenAt(s), this.tokenAt(e)];
  }

  span(np: NounPhrase): Span | null {
    if (np.last === null) return null;
    const start = this.tokens[np.first]!.start;
    const end = this.tokens[np.last]!.end;
    return { start, end, quote: this.text.slice(start, end) };
  }

  /** Reads a noun phrase from token `i`, stopping before `end`: determiners, then content words. */
  nounPhrase(i: number, end: number): NounPhrase | null {
    const lead = this.tokens[i];
    if (lead && i < end && (SPEAKER_PRONOUNS.has(lead.norm) || ANAPHORIC_PRONOUNS.has(lead.norm)) && !NP_DETERMINERS.has(lead.norm)) {
      return { det: i, first: i + 1, last: null };
    }
    let k = i;
    // "van al deze oproepen", "al die agenten": the predeterminer "al" before a determiner is part of it.
    if (this.tokens[k]?.norm === 'al' && NP_DETERMINERS.has(this.tokens[k + 1]?.norm ?? '')) k++;
    while (k < end && NP_DETERMINERS.has(this.tokens[k]!.norm)) k++;
    const first = k;
    // "de als misdrijf omschreven feiten": a pre-modifier that "als" opens after a determiner stays in the phrase.
    if (k > i) k = Math.max(k, asPremodifierEnd(this.tokens, k, end));
    // "inwoners voelt zich onveilig": a word right before a reflexive is its verb, not part of the phrase, unless it is a plural in -s,
    // which no verb is ("94 procent van de gecontroleerde bestuurders zich aan de snelheid gehouden").
    while (k < end && (isNounPhraseWord(this.tokens[k]!, k > first) || attributiveParticiple(this.tokens, k, first, end)) && !(k > first && ((REFLEXIVES.has(this.tokens[k + 1]?.norm ?? '') && !isPluralInS(this.tokens[k]!.norm)) || opensTimeAdverbial(this.tokens, k) || verbAfterPlural(this.tokens, k)))) k++;
    if (k === first) return k > i ? { det: i, first, last: null } : null;
    return { det: i, first, last: k - 1 };
  }

  /** The noun phrase ending right before token `end` (read backwards), for the antecedent of a relative clause. */
  nounPhraseBefore(end: number, limit: number): NounPhrase | null {
    let k = end - 1;
    while (k >= limit && isNounPhraseWord(this.tokens[k]!, false)) k--;
    if (k === end - 1) return null;
    // One determiner: a second one before it belongs to another phrase ("…, die een federale dotatie van …").
    const det = k >= limit && NP_DETERMINERS.has(this.tokens[k]!.norm) ? k : k + 1;
    return { det, first: k + 1, last: end - 1 };
  }

  /** The number after determiner `det` and a qualifier or "in totaal" ("de in totaal 799", "de ruim 800"), or -1. */
  qualifiedCountAfter(det: number, end: number): number {
    if (!NP_DETERMINERS.has(this.tokens[det]?.norm ?? '')) return -1;
    let k = det + 1;
    if (this.tokens[k]?.norm === 'in' && this.tokens[k + 1]?.norm === 'totaal') k += 2;
    for (let n = k; n < end && n <= k + 3; n++) {
      if (this.tokens[n]!.type !== 'num') continue;
      return n === k || findQualifier(this.tokens, n, k, false)?.first === k ? n : -1;
    }
    return -1;
  }

  /** The "van" complement right after a phrase ending at token `last`: "het personeel van de politie" → "politie". */
  complement(last: number, end: number): NounPhrase | null {
    if (this.tokens[last + 1]?.norm !== 'van') return null;
    let np = this.nounPhrase(last + 2, end);
    // "99% van de in totaal 799 bestuurders", "van de ruim 800 agenten": a count qualified inside the complement counts its noun.
    const qualified = np === null || np.last === null ? this.qualifiedCountAfter(last + 2, end) : -1;
    if (qualified >= 0) np = this.nounPhrase(qualified + 1, end);
    // "de helft van de zestien overvallen": a number inside the complement counts its noun, which is the complement.
    const count = np && np.last === null ? this.tokens[np.first] : undefined;
    if (np && count && np.first < end && isNumber(count)) np = this.nounPhrase(np.first + 1, end);
    // "een daling van zo'n 40 procent", "een stijging van zo'n 108.000 euro": a share's word or a currency after the number is no
    // complement of the noun.
    if (np && np.last !== null && np.first === np.last && (PERCENT_WORDS.has(this.tokens[np.first]!.norm) || this.tokens[np.first]!.norm in CURRENCIES)) return null;
    return np && np.last !== null ? np : null;
  }

  /**
   * What a noun phrase stands for as a subject: frame nouns ("aantal", "personeel") give way to
   * their complement or to the noun they frame; demonstratives and pronouns point back.
   */
  readPhrase(np: NounPhrase, end: number): SubjectReading {
    const det = this.tokens.slice(np.det, np.first).map((t) => t.norm);
    if (np.last === null) {
      const word = det.at(-1)!;
      if (SPEAKER_PRONOUNS.has(word)) return { kind: 'speaker' };
      return ANAPHORIC_PRONOUNS.has(word) ? { kind: 'anaphor' } : null;
    }
    const words = this.tokens.slice(np.first, np.last + 1).map((t) => t.norm);
    if (det.length === 0 && words.length === 1 && SPEAKER_PRONOUNS.has(words[0]!)) return { kind: 'speaker' };
    const framed = FRAME_NOUNS.has(words[0]!) || FRAME_NOUNS.has(words.at(-1)!);
    if (framed) {
      // "het personeel van de dienst": the complement of the frame; "het aantal patrouille-uren van de politie": of the noun it frames.
      const c = FRAME_NOUNS.has(words.at(-1)!) ? this.complement(np.last, end) : null;
      if (c) return this.readPhrase(c, end);
      const rest = words.findIndex((w) => !FRAME_NOUNS.has(w));
      if (rest >= 0 && FRAME_NOUNS.has(words[0]!)) return { kind: 'np', np: { det: np.first, first: np.first + rest, last: np.last } };
      // "Het aantal ter beschikking gestelden aan het parket steeg": what "aantal" counts, past function words.
      if (words.length === 1 && words[0] === 'aantal') {
        const noun = nounAfterAantal(this, np.last + 1, end);
        if (noun) {
          const k = this.tokenAt(noun.start);
          return { kind: 'np', np: { det: k, first: k, last: this.tokenAt(noun.end) - 1 } };
        }
      }
    }
    // "Deze bijkomende investering": points back, but names what it points to.
    if (det.some((w) => DEMONSTRATIVES.has(w))) return framed ? { kind: 'anaphor' } : { kind: 'anaphor', np };
    // "Het budget bedraagt 90 miljoen euro": a frame of an amount that frames nothing is itself the subject.
    if (framed && words.length === 1 && SELF_STANDING_FRAMES.has(words[0]!)) return { kind: 'np', np };
    // "Het aantal woninginbraken daalt al jaren. Sinds 2014 is het aantal met 41 procent afgenomen": "het aantal" alone takes up the count named before.
    if (framed && words.length === 1 && words[0] === 'aantal' && det.at(-1) === 'het') return { kind: 'anaphor' };
    if (framed) return null;
    return { kind: 'np', np };
  }

  /**
   * The grammatical subject of the main clause of a sentence (V2 order): the phrase before the
   * first finite verb, or, when that phrase is an adverbial ("In 2023", "Eind 2023", "Op termijn"),
   * the phrase right after the verb (and a presentative "er").
   */
  clauseSubject(sentence: number): { reading: SubjectReading; fronted: [number, number] } | null {
    const [from, to] = this.sentenceTokens(sentence);
    return this.clauseSubjectIn(from, to);
  }

  /** Whether tokens [from, to) hold a finite verb, a known past tense or a weak past ("-tte", "-dde"). */
  hasVerb(from: number, to: number): boolean {
    return this.tokens.slice(from, to).some((t) => t.type === 'word' && (FINITE_VERBS.has(t.norm) || PAST_VERBS.has(t.norm) || hasPastEnding(t.norm)));
  }

  /** {@link clauseSubject} of the main clause in tokens [from, to). */
  clauseSubjectIn(from: number, to: number): { reading: SubjectReading; fronted: [number, number] } | null {
    let k = from;
    while (k < to && this.tokens[k]!.type === 'sym') k++;
    // "Maar we willen …", "En de dienst telt …": a conjunction that opens the sentence is outside its clause.
    if (k < to - 1 && OPENING_CONJUNCTIONS.has(this.tokens[k]!.norm) && this.tokens[k + 1]!.type === 'word') k++;
    // "Ook de dienst …", "Enkel informatiecriminaliteit kent …": a focus adverb before the subject, with or without an article.
    if (k < to - 1 && FOCUS_ADVERBS.has(this.tokens[k]!.norm) && (NP_DETERMINERS.has(this.tokens[k + 1]!.norm) || (isNounPhraseWord(this.tokens[k + 1]!, false) && !ADVERBIAL_OPENERS.has(this.tokens[k + 1]!.norm)))) k++;
    // "De eerste zes maanden van dit jaar stierven er …": a phrase of time that opens the clause is followed by its verb, known or not.
    const timed = timePhraseEnd(this.tokens, k);
    let verb = timed !== null && timed < to && this.tokens[timed]!.type === 'word' && !isCap(this.tokens[timed]!) ? timed : -1;
    for (let j = k + 1; verb < 0 && j < to; j++) {
      const t = this.tokens[j]!;
      // "De Federale Gerechtelijke Politie (FGP) in Antwerpen telt…", "Samen met het saldo van het reservefonds (220.999€) werd …": an
      // abbreviation or an amount in brackets is part of the phrase.
      const bracketClose = t.text === '(' ? bracketAsideEnd(this.tokens, j, to) : -1;
      if (bracketClose > 0) {
        j = bracketClose;
        continue;
      }
      // "Het aantal klachten, die … behandeld zijn, is … gestegen", "Diefstallen die het meest voorkomen, daalden": a relative
      // clause after the subject, up to its closing comma, holds no verb of the main clause.
      const relative = t.type === 'word' ? j : t.text === ',' ? j + 1 : -1;
      // "Het onderzoek, met de steun van Europol, loopt al drie jaar": a phrase between commas that a preposition opens and no verb
      // ends is an aside too.
      const aside = t.text === ',' && PARENTHETICAL_PREPOSITIONS.has(this.tokens[j + 1]?.norm ?? '');
      if ((relative > k && RELATIVE_OPENERS.has(this.tokens[relative]?.norm ?? '')) || aside) {
        const inside = this.tokens.slice(relative + 1, Math.min(to, relative + RELATIVE_REACH));
        const close = inside.findIndex((w) => w.text === ',');
        if (close >= 0 && !(aside && inside.slice(0, close).some((w) => FINITE_VERBS.has(w.norm)))) {
          j = relative + 1 + close;
          continue;
        }
      }
      // "met een ICT/online element": a slash between two words, no space around it, joins them (not so before a capital: names
      // joined so, "zone Bredene/De Haan", stay as the mentions read them).
      const next = this.tokens[j + 1];
      const joinsWords = t.text === '/' && this.tokens[j - 1]!.end === t.start && next?.start === t.end && next.type === 'word' && !isCap(next);
      // "De kastoestand op 31/12/2023 bedroeg …": slashes between numbers write a date.
      const writesDate = t.text === '/' && this.tokens[j - 1]!.type === 'num' && this.tokens[j - 1]!.end === t.start && next?.start === t.end && next.type === 'num';
      // "In Antwerpen, Gent en Luik namen de feiten af": a comma between the names of a list goes on in the phrase.
      if (t.text === ',' && namesListGoesOn(this.tokens, j, to)) continue;
      if (t.type === 'sym' && t.text !== '-' && t.text !== '’' && t.text !== "'" && !joinsWords && !writesDate) {
        // "Na een stagnering van drie jaar, vooral te wijten aan …, is de criminaliteit afgenomen": a fronted adverbial set off by
        // commas ends where a comma comes right before the finite verb. Not "Om … te rekruteren, is …": a clause of purpose, whose
        // infinitive has the figures inside it.
        if (t.text === ',' && ADVERBIAL_OPENERS.has(this.tokens[k]!.norm) && this.tokens[k]!.norm !== 'om') verb = verbAfterAComma(this.tokens, j, to);
        break;
      }
      if (t.type === 'word' && !isCap(t) && FINITE_VERBS.has(t.norm)) {
        verb = j;
        break;
      }
    }
    const opener = this.tokens[k]!;
    if (verb < 0 && NP_DETERMINERS.has(opener.norm)) {
      // A verb the list does not know closes the opening phrase: a word after it ("De brigade begon
      // aan…"), or its own last word when that has a verb's ending and a function word follows
      // ("De nieuwe brigade start met…").
      const np = this.nounPhrase(k, to);
      if (np && np.last !== null) {
        const next = this.tokens[np.last + 1];
        const last = this.tokens[np.last]!;
        if (next && next.type === 'word' && !isCap(next) && !NON_NOUNS.has(next.norm)) verb = np.last + 1;
        else if (np.last > np.first && !isCap(last) && /[td]$/.test(last.norm) && next && (NON_NOUNS.has(next.norm) || next.type === 'num')) verb = np.last;
        // An ellipsis that leaves the verb of the sentence before out: "De autodiefstallen met 35%."
        else if (next?.type === 'word' && ELLIPSIS_PREPOSITIONS.has(next.norm) && !this.hasVerb(np.last + 1, to)) {
          return { reading: this.readPhrase(np, to), fronted: [k, np.last + 1] };
        }
      }
    }
    // A headline without a verb: "Fietsdiefstallen gedaald met drie procent", "Inbraken met 20 procent gestegen".
    if (verb < 0 && !ADVERBIAL_OPENERS.has(opener.norm) && !this.hasVerb(k, to)) {
      const np = this.nounPhrase(k, to);
      const next = np?.last != null ? this.tokens[np.last + 1] : undefined;
      if (np && np.last !== null && next?.type === 'word' && (isPastParticiple(next.norm) || ELLIPSIS_PREPOSITIONS.has(next.norm))) {
        return { reading: this.readPhrase(np, to), fronted: [k, np.last + 1] };
      }
    }
    if (verb < 0) return null;
    const lead = this.nounPhrase(k, verb);
    const adverbial = ADVERBIAL_OPENERS.has(opener.norm) || opener.type === 'num' ||
      (lead !== null && lead.last !== null && TIME_NOUNS.has(this.tokens[lead.last]!.norm)) || timed === verb;
    // "De eerstvolgende 50 ambtenaren … worden vervangen": words before a number in the fronted
    // phrase belong to that figure's phrase, no subject of their own.
    const intoNumber = lead?.last != null && lead.last + 1 < verb && this.tokens[lead.last + 1]!.type === 'num';
    if (!adverbial) return lead && !intoNumber ? { reading: this.readPhrase(lead, to), fronted: [k, verb] } : null;
    let j = verb + 1;
    if (this.tokens[j]?.norm === 'er') j++;
    // "Met het plan werd vormgegeven aan …": a participle right after the verb is the verb's, no subject (an impersonal passive).
    if (this.tokens[j] && !isCap(this.tokens[j]!) && isPastParticiple(this.tokens[j]!.norm)) return null;
    // "In Brussel is het gestegen van 9 naar 15": "het" before a participle that no noun follows is the pronoun, no article.
    if (this.tokens[j]?.norm === 'het' && participleClosingPhrase(this.tokens, j + 1)) return { reading: { kind: 'anaphor' }, fronted: [k, verb] };
    const after = this.nounPhrase(j, to);
    return after ? { reading: this.readPhrase(after, to), fronted: [k, verb] } : null;
  }

  /** The last noun phrase of a sentence (before its closing punctuation), as its reading names it. */
  lastPhraseOf(sentence: number): Span | null {
    const [from, to] = this.sentenceTokens(sentence);
    let end = to;
    while (end > from && this.tokens[end - 1]!.type === 'sym') end--;
    // "… werd een boete uitgeschreven": a participle closing the sentence is its verb, not its last phrase.
    if (end - 1 > from && isPastParticiple(this.tokens[end - 1]!.norm)) end--;
    const np = this.nounPhraseBefore(end, from);
    if (!np || np.last === null || this.tokens[np.last]!.type !== 'word') return null;
    // Read backwards the phrase may run into a verb the lists lack ("De zone kocht nieuwe camera's"):
    // keep the head and what can stand before it, inflected adjectives ("nieuwe") and names.
    let first = np.last;
    while (first > np.first && (/e$/u.test(this.tokens[first - 1]!.norm) || (isCap(this.tokens[first - 1]!) && isCap(this.tokens[first]!)))) first--;
    const tail = { det: first, first, last: np.last };
    return phraseSpan(this, this.readPhrase(tail, to)) ?? this.span(tail);
  }

  /** The first "van" complement inside a token range ("Als partner van de zone blijven we…" → "zone"). */
  complementWithin([from, to]: [number, number]): NounPhrase | null {
    for (let k = from; k < to; k++) {
      if (this.tokens[k]!.norm !== 'van') continue;
      const np = this.nounPhrase(k + 1, to);
      if (np && np.last !== null) return np;
    }
    return null;
  }

  /** The antecedent of a relative clause the figure stands in: "de taskforce, die … 40 mensen zal tellen". */
  relativeAntecedent(first: number, sentenceFrom: number): NounPhrase | null {
    for (let k = first - 1; k > sentenceFrom; k--) {
      const t = this.tokens[k]!;
      if (t.text === ',' || t.text === ';' || t.text === ':') return null;
      if (RELATIVE_PRONOUNS.has(t.norm) && this.tokens[k - 1]!.text === ',') return this.nounPhraseBefore(k - 1, sentenceFrom);
      // "een zone die beschikt over 400 agenten": a restrictive "die" right after a noun with its article, before a verb, not a number.
      if (t.norm === 'die' && this.tokens[k + 1]?.type === 'word' && k + 1 < first && !NP_DETERMINERS.has(this.tokens[k + 1]!.norm)) {
        const np = this.nounPhraseBefore(k, sentenceFrom);
        if (np && np.last !== null && np.det < np.first && !FINITE_VERBS.has(this.tokens[np.last]!.norm)) return np;
      }
    }
    return null;
  }
}

type Described = Figure & { sentence: number };

// Prepositions that tie a share of change to the count it changes: "een daling van 12% in het aantal inbraken" ("26 procent van het
// aantal registraties" names the whole the share is of, not what it counts).
const SHARE_OF_COUNT = new Set(['in', 'bij']);

/**
 * The X of "het aantal X" a share of change (the figure from token `lead` to `last`) is tied to: right after it ("een daling van 12%
 * in het aantal inbraken", "een stijging met 78% bij het aantal verslagen"), or before its "met", within a few words, years among
 * them ("zagen het aantal cannabisplantages met 30 procent toenemen", "het aantal zaken tussen 2009 en 2014 met 10 procent"); null
 * otherwise.
 */
function countChangedBy(doc: DocumentReader, f: FigureReading, lead: number, last: number, from: number, to: number): Span | null {
  if (!isShare(f)) return null;
  const { tokens } = doc;
  const after = SHARE_OF_COUNT.has(tokens[last + 1]?.norm ?? '') && tokens[last + 2]?.norm === 'het' && tokens[last + 3]?.norm === 'aantal' ? nounAfterAantal(doc, last + 4, to) : null;
  if (after) return after;
  if (tokens[lead - 1]?.norm !== 'met') return null;
  for (let j = lead - 2; j > from && j >= lead - 8; j--) {
    const t = tokens[j]!;
    if (t.type !== 'word' && !(t.type === 'num' && YEAR.test(t.text))) return null;
    if (t.norm === 'aantal' && tokens[j - 1]?.norm === 'het') return nounAfterAantal(doc, j + 1, lead - 1);
  }
  return null;
}

/**
 * "Het aantal technische vaststellingen … ligt 11 maal lager dan in Gent", "het totaal aantal vastgestelde sluikstorten zou tot
 * tien keer hoger liggen": a multiplier that compares ({@link MULTIPLIER_COMPARISONS}) is of the X of "het aantal X" before it in its
 * sentence; null otherwise.
 */
function countMultiplied(doc: DocumentReader, f: FigureReading, lead: number, last: number, from: number): Span | null {
  const { tokens } = doc;
  if (f.unit === null || !FREQUENCY_NOUNS.has(foldForMatch(f.unit)) || !MULTIPLIER_COMPARISONS.has(tokens[last + 1]?.norm ?? '')) return null;
  for (let j = from + 1; j < lead; j++) if (tokens[j]!.norm === 'aantal' && (tokens[j - 1]!.norm === 'het' || tokens[j - 1]!.norm === 'totaal')) return nounAfterAantal(doc, j + 1, lead);
  return null;
}

/** "waarvan verreweg het meest (110 ton)": the "waarvan" or "waaronder" a few words before the bracket at `open` opens, or -1. */
function partPointerBeforeBracket(doc: DocumentReader, open: number): number {
  for (let k = open - 1; k >= 0 && k >= open - 5 && doc.tokens[k]!.type === 'word'; k--) if (doc.tokens[k]!.norm === 'waarvan' || doc.tokens[k]!.norm === 'waaronder') return k;
  return -1;
}

/**
 * The figure a part after "waarvan" (or "waarvan er") belongs to: the one right before it in its sentence, in the same unit, with a
 * subject; after "waaronder" a count of some of its members may name them ("14 inspecteurs waaronder 1 gedetacheerde").
 */
function wholeOfPart(doc: DocumentReader, f: FigureReading, lead: number, earlier: Described[], sentence: number): Described | undefined {
  const pointer = doc.tokens[lead - 1]?.norm === 'er' ? lead - 2 : doc.tokens[lead - 1]?.text === '(' ? partPointerBeforeBracket(doc, lead - 1) : lead - 1;
  const before = earlier.at(-1);
  const word = doc.tokens[pointer]?.norm;
  // "160 ton (oftewel 160.000 kilo) coke …, waarvan verreweg het meest (110 ton)": a measure of the same kind in another unit.
  const sameMeasure = f.kind !== 'count' && before !== undefined && unitKindOf(before.kind, before.unit) === unitKindOf(f.kind, f.unit);
  const sameUnit = before?.unit === f.unit || sameMeasure || (word === 'waaronder' && before?.kind === 'count' && f.kind === 'count');
  if ((word !== 'waarvan' && word !== 'waaronder') || !before || before.sentence !== sentence || !sameUnit || before.subject === null) return undefined;
  return before.end <= doc.tokens[pointer]!.start ? before : undefined;
}

/**
 * The last figure described so far that matches, searching back until `past` says the figures
 * are too far back (or `limit` figures), so that describing stays linear in the document.
 */
function lastOf(earlier: Described[], matches: (f: Described) => boolean, past: (f: Described) => boolean, limit = Infinity): Described | undefined {
  for (let i = earlier.length - 1, n = 0; i >= 0 && n < limit; i--, n++) {
    const f = earlier[i]!;
    if (past(f)) return undefined;
    if (matches(f)) return f;
  }
  return undefined;
}

// Words before a figure that make it the rest of a whole it was part of: "de overige 3.160 euro", "de resterende twaalf" (not shapes'
// REST_WORDS: "andere" before a count, "de andere drie bestuurders", names a group of its own, not the rest of the figure before).
const REST_BEFORE: ReadonlySet<string> = new Set(['overige', 'resterende']);
// How many sentences back the whole of a rest, or a share taken up, may stand.
const TAKE_UP_REACH = 2;

/** The figure before whose unit a rest ("de overige 3.160 euro") or a share with its article alone ("De 5 procent die …") takes up. */
function restOrShareTakenUp(doc: DocumentReader, f: FigureReading, lead: number, last: number, earlier: Described[], sentence: number): Described | undefined {
  const before = doc.tokens[lead - 1]?.norm ?? '';
  const rest = REST_BEFORE.has(before) && doc.tokens[lead - 2]?.norm === 'de';
  const share = isShare(f) && before === 'de' && doc.tokens[last + 1]?.norm !== 'van';
  if (!rest && !share) return undefined;
  return lastOf(earlier, (e) => e.kind === f.kind && e.unit === f.unit && e.subjectStart !== null, (e) => e.sentence < sentence - TAKE_UP_REACH);
}

const spanOf = (f: Figure): Span | null => (f.subjectStart === null ? null : { start: f.subjectStart, end: f.subjectEnd!, quote: f.subject! });

/**
 * "In totaal werd ruim 160 ton (oftewel 160.000 kilo) coke in beslag genomen": the substance a mass weighs, named after a short aside
 * in brackets right after the figure (the quote ends before the aside, so the substance is no part of it, as "40 ton cocaïne"'s is).
 */
function substancePastAside(doc: DocumentReader, f: FigureReading, last: number, to: number): Span | null {
  if (f.subject !== null || unitKindOf(f.kind, f.unit) !== 'mass_kg' || doc.tokens[last + 1]?.text !== '(') return null;
  const close = bracketAsideEnd(doc.tokens, last + 1, to);
  const noun = close < 0 ? null : findSubject(doc.tokens, close + 1);
  if (noun === null) return null;
  const t = doc.tokens[noun]!;
  return { start: t.start, end: t.end, quote: t.text };
}

/**
 * The subject of one figure. `earlier` are the figures of the document already described (for
 * "dit aantal" pointing back to the previous sentence's figure), `next` the figure read after it.
 */
function subjectOf(doc: DocumentReader, f: FigureReading, earlier: Described[], next: FigureReading | undefined): Span | null {
  // A measured substance ends the quote: "40 ton cocaïne".
  if (f.subject !== null) {
    // Where the quote goes on past it ("… onderschept tegenover 4,5 ton"), the substance is found inside the quote.
    const at = f.quote.toLowerCase().lastIndexOf(f.subject.toLowerCase());
    const start = at >= 0 ? f.start + at : f.end - f.subject.length;
    return { start, end: start + f.subject.length, quote: doc.text.slice(start, start + f.subject.length) };
  }
  const sentence = doc.sentenceIndex(f.start);
  const [from, to] = doc.sentenceTokens(sentence);
  const first = doc.tokenAt(f.start);
  const last = doc.tokenAt(f.end) - 1;
  const lead = leadOf(doc, first);
  // "ruim 160 ton (oftewel 160.000 kilo) coke": a mass whose substance follows a short aside in brackets.
  const substance = substancePastAside(doc, f, last, to);
  if (substance) return substance;
  // "…, ofwel 14,5 miljoen euro": a restatement is of what the figure it restates is of.
  const restated = restatedFigure(doc, f, lead, earlier, sentence);
  if (restated) return spanOf(restated);
  // "De overige 3.160 euro zal … geïnd worden", "De 5 procent die de regels niet volgen": the rest of a whole, or a share named with its
  // article alone, is of what the figure of its unit before it is of.
  const takenUp = restOrShareTakenUp(doc, f, lead, last, earlier, sentence);
  if (takenUp) return spanOf(takenUp);
  // "64 ton cocaïne in beslag genomen, waarvan 62 ton in de haven": a part after "waarvan" is of what its whole is of.
  const whole = wholeOfPart(doc, f, lead, earlier, sentence);
  if (whole) return spanOf(whole);
  // "een daling van 12% in het aantal inbraken", "zagen het aantal cannabisplantages met 30 procent toenemen": a share of change is of
  // the count "het aantal" names right after it or before its "met".
  const changedCount = countChangedBy(doc, f, lead, last, from, to) ?? countMultiplied(doc, f, lead, last, from);
  if (changedCount) return changedCount;
  // "40.000 euro cash geld", "116.012 euro aan drugsgeld", "een bedrag van 268.000 euro aan boetes": what the money is in.
  const inKind = moneyInKind(doc, f, last, to);
  if (inKind) return inKind;
  // "Gemeente | Toelage per inwoner |" over "Gent | 327 € |": a figure alone in a table's cell is of what its column's header names.
  const column = columnHeaderNoun(doc, f) ?? yearTableNoun(doc, f, earlier);
  if (column) return column;
  // "er is slechts plaats voor 84 gevangenen", "de capaciteit is beperkt tot 478": what a capacity states is the capacity's.
  const capacity = capacityStated(doc, lead, from);
  if (capacity) return capacity;
  // A fact list under an introduction ("De zone omvat …\nOppervlakte 38 km²\nPersoneelsleden 420"): its area and staff are the introduced organisation's.
  const listed = factListOwner(doc, f, earlier);
  if (listed) return listed;
  // "in de gemeente Lennik (26,41%)", "in Anderlecht (312 keer)": a figure in brackets after a name is stated for that place; it counts what the sentence counts.
  const placed = bracketAfterName(doc, f, lead, from, to, earlier, sentence);
  if (placed) return placed;
  // "hoeveelheden cocaïne (900 gram), ketamine (9 kilogram) en cannabis (7 kilogram)": a mass in brackets weighs the noun before it,
  // an amount is of it ("het saldo van het reservefonds (220.999€)").
  const weighed = amountInBrackets(doc, f, lead, last, from);
  if (weighed) return weighed;
  // "waren goed voor respectievelijk 16,6% en 11,4% van de aangiftes": shares coordinated in a list are each of the complement after the last.
  const listedShare = complementOfShareList(doc, f, lead, last, to);
  if (listedShare) return listedShare;
  // "goed voor 628 dagen arbeidsongeschiktheid", "416 maanden stadionverbod": a duration of the noun right after it.
  const lasting = durationOfNoun(doc, f, last);
  if (lasting) return lasting;
  // "1.234 GAS-boetes, goed voor 56.000 euro", "Politiezone Noord – goed voor 80 km²": what the amount is worth or measures.
  const worth = goodFor(doc, f, lead, from, earlier, sentence);
  if (worth) return worth;
  // "98 gevallen, een daling van 28 procent", "131 ongevallen, 3% minder dan in 2021": a change in apposition is of what the count before it counts.
  const appositive = changeInApposition(doc, f, lead, last, from, to, earlier, sentence);
  if (appositive) return appositive;
  // "een bevolking van 260.000 inwoners", "Bevolking ongeveer 1.200.000 personen": people counted as a population are its size.
  const population = populationCounted(doc, f, lead, from);
  if (population) return population;
  // "een zone met een oppervlakte van 25.000 ha", "De zone omvat … (oppervlakte: 192 km²)": whose dimension it is.
  const dimensioned = dimensionOwner(doc, lead, from);
  if (dimensioned) return dimensioned;
  // "Magistraten = 100% opgevuld", "Budget: € 21,4 miljoen": the label that opens the line (after a colon, for what counts no noun of its own).
  const label = doc.tokens[lead - 2];
  const sign = doc.tokens[lead - 1]?.text;
  if ((sign === '=' || (sign === ':' && f.kind !== 'count')) && label && label.type === 'word' && /(?:^|\n)[^\S\n]*$/u.test(doc.text.slice(Math.max(0, label.start - 8), label.start))) {
    return { start: label.start, end: label.end, quote: label.text };
  }
  // "GAS-PV's:" over lines "2020: 61", "2021: 38": each year's count is of the label's noun.
  const yearLabel = yearLinesLabel(doc.tokens, lead, last);
  if (yearLabel !== null) {
    const t = doc.tokens[yearLabel]!;
    return { start: t.start, end: t.end, quote: t.text };
  }
  // "klachten gaan over diefstal (64 dossiers), stalking (45) en oplichting (38)": a bare count in brackets that counts the list's noun
  // (not the word before it) is of the category it follows.
  const listCategory = categoryBeforeBracket(doc, f, lead, last, from);
  if (listCategory) return listCategory;
  // "232 aangiftes in Heverlee (13,5 procent)", "fietsdiefstallen (- 13 procent, …)": a share in brackets is of what it follows.
  const bracketed = shareInBrackets(doc, f, lead, from, earlier, sentence) ?? namedShareInBracket(doc, f, lead, from, earlier, sentence) ?? countBesideShare(doc, f, lead, earlier, sentence);
  if (bracketed) return bracketed;
  // "Van de ongeveer 10.000 kandidaten die zich aanmelden, kan er zowat een tiende beginnen": a share of the whole the sentence opens with.
  const ofOpeningWhole = shareOfOpeningWhole(doc, f, earlier, sentence);
  if (ofOpeningWhole) return ofOpeningWhole;
  // "drie camera's, ten opzichte van 180 in Hasselt", "450 boetes tegenover 380": a number set against another is of what that one is of;
  // a measure in another unit of the same kind too ("44.000 kilo cocaïne, vergeleken met 116 ton").
  if (setAgainst(doc.tokens, lead)) {
    const sameMeasure = (e: Described) => e.unit === f.unit || (f.kind !== 'count' && e.kind === f.kind);
    const against = lastOf(earlier, (e) => e.sentence === sentence && sameMeasure(e) && e.subjectStart !== null, (e) => e.sentence < sentence);
    if (against) return spanOf(against);
  }
  // "één wijkagent per 2.500 inwoners": the base of a rate is of the noun it rates.
  const rated = ratedNoun(doc, lead, from);
  if (rated) return rated;
  // "Drie daarvan in de stad": a part of what the figure before counts (a count no smaller than the part: "245 grondslapers verdeeld
  // over 8 inrichtingen. 20 daarvan …"); so is one after a pointer that opens its sentence and the verb that must follow it (V2:
  // "Daarvan begon 80 procent met …").
  // A count that names its own noun ("38 verdachten"). "Daarvan reden 130 bestuurders te snel": with a noun of its own after the verb, a
  // count is of that noun, not of the whole the pointer takes up.
  const ownNoun = f.kind === 'count' && f.unit !== null && foldForMatch(f.quote).endsWith(foldForMatch(f.unit));
  const frontedPointer = !ownNoun && PARTITIVE_POINTERS.has(doc.tokens[lead - 2]?.norm ?? '') && doc.tokens.slice(from, lead - 2).every((t) => t.type === 'sym') && doc.tokens[lead - 1]!.type === 'word';
  if (PARTITIVE_POINTERS.has(doc.tokens[last + 1]?.norm ?? '') || PARTITIVE_POINTERS.has(doc.tokens[lead - 1]?.norm ?? '') || frontedPointer) {
    const holds = (e: Described) => f.kind !== 'count' || e.kind !== 'count' || (e.valueMax ?? e.value) >= f.value;
    const whole = lastOf(earlier, (e) => e.subjectStart !== null && holds(e), (e) => e.sentence < sentence - 1);
    if (whole) return spanOf(whole);
  }
  // "Met de pogingen erbij kwam de teller op 269 te staan": a running count is of what the figure before counted.
  const counted = counterAnaphor(doc, f, lead, from, to, earlier, sentence);
  if (counted) return counted;
  const gapped = gappedSubject(doc, f, lead, from, to, earlier, sentence);
  if (gapped) return gapped;
  // "Meestal ging het om 50 euro", "In de helft van de feiten ging het over diefstal": what "het gaat om" is about.
  const about = aboutClause(doc, f, lead, from, to, earlier, sentence);
  if (about) return about;
  const purpose = purposeAntecedent(doc, f, lead, from, to, sentence);
  if (purpose) return purpose;
  // "In 23 gevallen werd een boete opgelegd": a count of cases framed by "in" says how often the
  // clause held, so it is of the clause's subject ("een boete"), as a count of times is.
  if (casesOfClause(doc, f, lead)) {
    // "De parketten stelden in 88 gevallen een overtreding vast": an indefinite object right after the cases is what happened in them.
    const object = indefiniteObjectAfter(doc, last, to);
    if (object) return object;
    const held = resolve(doc, sentence, earlier, 0, false);
    if (held) return held;
  }
  // "In totaal werden op 6 plaatsen een huiszoeking uitgevoerd": places framed by "op" or "in" say where the clause held; the indefinite
  // object right after them is what happened there.
  if (['op', 'in'].includes(doc.tokens[lead - 1]?.norm ?? '') && f.unit !== null && PLACEHOLDER_NOUNS.has(foldForMatch(f.unit))) {
    const object = indefiniteObjectAfter(doc, last, to);
    if (object) return object;
  }
  // "krijgt de dienst om de vier dagen een klacht", "via een snelprocedure binnen de twee dagen berecht": an interval or a deadline is of what
  // happens at it (the indefinite object after it) or within it (the noun right before "binnen").
  const timed = eventOfInterval(doc, f, lead, last, from, to);
  if (timed) return timed;
  // "rukken 1.016 keer per dag ploegen uit", "sprongen twee keer bij in bijstand": how often is of the bare noun the count of times governs.
  const action = actionOfFrequency(doc, f, last, to);
  if (action) return action;
  // "59 voor sluikstorten", "36 procent voor diefstal en afpersing": a bare number or share before
  // "voor" and a bare lowercase noun is of the category that noun names.
  const category = categoryAfter(doc, f, last, to, earlier, sentence);
  if (category) return category;
  // "30 agenten per 10.000 inwoners": a density counts its own noun, whoever's or wherever it is.
  if (perNumberedBase(doc, f)) {
    const noun = countedNoun(doc, f, to);
    if (noun) return noun;
  }
  // "Bijna 400.000 Belgen kregen de vragenlijst, een kwart vulde hem in": a share that is its clause's subject (a verb right after
  // it) is a share of what the count before it in the sentence counts; one that opens its sentence, of the count of the sentence before
  // ("Er werden 26183 voertuigen gecontroleerd. 97,65 % hield zich aan de limieten").
  const reach = doc.tokens.slice(from, lead).every((t) => t.type === 'sym') ? sentence - 1 : sentence;
  const related = f.kind === 'count' ? undefined : relativeToCount(doc, lead, from, earlier, sentence);
  if (related) return spanOf(related);
  const sharer = isShare(f) && startsAVerb(doc.tokens, last + 1) ? lastOf(earlier, (e) => e.sentence >= reach && e.kind === 'count' && e.subjectStart !== null, (e) => e.sentence < reach) : undefined;
  if (sharer) return spanOf(sharer);
  // "een kwart personeel", "één op de drie manschappen": a fraction right before a noun is a share of it.
  if (f.kind === 'fraction') {
    const noun = nounInsideFraction(doc, first, last) ?? nounAfterFraction(doc, last, to);
    if (noun) return noun;
  }
  // "In Gent was het een kwart, in Luik is dat een derde": a pronoun after the verb stands for what the figure before, of the same kind, is of.
  if (ANAPHORIC_PRONOUNS.has(doc.tokens[lead - 1]?.norm ?? '') && FINITE_VERBS.has(doc.tokens[lead - 2]?.norm ?? '')) {
    const same = lastOf(earlier, (e) => e.kind === f.kind && e.unit === f.unit && e.subjectStart !== null, (e) => e.sentence < sentence - 1);
    if (same) return spanOf(same);
  }
  // "De zaal biedt plaats voor 35 personen": a capacity is of what offers it, the clause's subject, or of the organisation a fronted
  // "bij" names ("Bij het parket is er plaats voor 36 magistraten").
  if (CAPACITY_NOUNS.has(doc.tokens[lead - 2]?.norm ?? '') && ['voor', 'aan'].includes(doc.tokens[lead - 1]?.norm ?? '')) {
    const holder = (doc.tokens[from]?.norm === 'bij' ? frontedPhrase(doc, from, to, f) : null) ?? resolve(doc, sentence, earlier, 0, true);
    if (holder) return holder;
    // "De vergaderzaal biedt plaats voor …" with a verb the lists do not know: the phrase before it.
    const opening = doc.nounPhrase(from, lead - 3);
    const span = opening && phraseSpan(doc, doc.readPhrase(opening, to));
    if (span) return span;
  }
  // "Die 1.000 extra personeelsleden": a figure named again is of what it was of ("is dat een derde": a pronoun after the verb names none).
  const demonstrative = doc.tokens[first - 1];
  if (DEMONSTRATIVES.has(demonstrative?.norm ?? '') && !FINITE_VERBS.has(doc.tokens[first - 2]?.norm ?? '')) {
    const same = lastOf(earlier, (e) => e.value === f.value && e.valueMax === f.valueMax && e.unit === f.unit && e.subjectStart !== null, () => false, 200);
    if (same) return spanOf(same);
  }
  // "40 procent meer patrouilles": a comparative share is of the phrase after it.
  const compared = comparative(doc, f);
  if (compared) {
    const np = doc.nounPhrase(last + 2, to);
    // "een kwart meer personeel": a frame noun alone after the comparative is what grows.
    const s = np && (phraseSpan(doc, doc.readPhrase(np, to)) ?? (np.last === np.first ? doc.span(np) : null));
    if (s) return s;
  }
  // "90 procent van de meldingen": the complement is what the share is of; a count of things
  // counts its own noun ("de zes politiezones van het arrondissement").
  const countsThings = ownNoun && readingKindOf(f.kind, f.unit) === 'count';
  const kind = readingKindOf(f.kind, f.unit);
  // People who are no one's staff ("38 verdachten", "12 vrouwen", "19 burgemeesters") are counted for themselves.
  const ownPeople = kind === 'people' && !mayBeStaff(f.unit);
  const frequency = f.unit !== null && FREQUENCY_NOUNS.has(foldForMatch(f.unit));
  // "68.000 inwoners van de politiezone X", "12 slachtoffers van de brand": people who are no one's staff count themselves; the complement says where or of what.
  // A speed is of no "van" phrase after it: "de zone 90 km per uur van de gewestweg" (what it measures stands before it, if anywhere).
  let after = countsThings || (ownNoun && ownPeople) || kind === 'speed_kmh' ? null : doc.complement(last, to);
  // "Acht parketmagistraten van Oost-Vlaanderen": people of a bare place name are from there, not its staff.
  if (after && (kind === 'staff' || kind === 'people') && after.det === after.first && isCap(doc.tokens[after.first]!) && !namesOrganisation(doc.span(after))) after = null;
  // "Met 15% ophelderingsgraad doet de zone beter", "95% bezettingsgraad": a rate's noun right after a share is what it measures.
  const rate = doc.tokens[last + 1];
  if (f.kind === 'percentage' && rate?.type === 'word' && RATE_NOUN.test(rate.norm)) return { start: rate.start, end: rate.end, quote: rate.text };
  // "In de cellen zitten 42,9 procent buitenlanders", "30 procent daders": a plural right after a share, with no article, is what it is a share of;
  // after a preposition the share is a phrase's complement ("het met een invulling van 38 procent stellen": a verb may follow).
  // "1,83 procent positieve testen": an inflected adjective may stand before it.
  const inflected = rate?.type === 'word' && INFLECTED_ADJECTIVE.test(rate.norm) && !NON_NOUNS.has(rate.norm);
  const plural = inflected && isBarePlural(doc.tokens[last + 2]) ? doc.tokens[last + 2] : rate;
  if (f.kind === 'percentage' && !after && isBarePlural(plural) && !TIME_NOUNS.has(plural!.norm) && !LABEL_COMPLEMENT_PREPOSITIONS.has(doc.tokens[lead - 1]?.norm ?? '') && !endsSubordinateClause(doc, doc.tokenAt(plural!.start), from, to)) {
    const np = doc.nounPhrase(last + 1, to);
    const s = np && (phraseSpan(doc, doc.readPhrase(np, to)) ?? doc.span(np));
    if (s) return s;
  }
  if (after && (f.kind === 'percentage' || f.kind === 'fraction')) {
    const measured = shareOfAmount(doc, lead, first, from, to, earlier, sentence) ?? shareOfAntecedent(doc, lead, from, earlier, sentence);
    if (measured) return measured;
  }
  if (after && !TIME_NOUNS.has(doc.tokens[after.last!]!.norm)) return phraseSpan(doc, doc.readPhrase(after, to)) ?? doc.span(after);
  // "een stijging met 7 procent bij fietsers": a share or change "bij" a group right after it is of that group.
  if (f.kind === 'percentage' || f.kind === 'fraction') {
    const group = groupAfter(doc, last, to) ?? frontedWhole(doc, lead, from, to);
    if (group) return group;
  }
  // "Er werken 440 mensen voor Politiezone Noord", "20 agenten bij de lokale politie": staff of the organisation named right after.
  if (!after && (kind === 'staff' || (kind === 'people' && mayBeStaff(f.unit))) && !actedUpon(doc, f, last, to)) {
    const employer = employerAfter(doc, last, to);
    if (employer) return employer;
  }
  const coordinated = coordinatedEmployer(doc, f, lead, from);
  if (coordinated) return coordinated;
  // "een team van tien mensen", "een gebouw van 36 miljoen euro", "een groei van meer dan 4%":
  // the phrase the figure measures; through a frame ("41 voertuigen voor een waarde van 966.438
  // euro") to the phrase it values. "een straatwaarde tot 500 miljoen euro": up to an amount.
  // A count of what it names for itself is not measuring the phrase before: "onder het gezag van 19 burgemeesters".
  const countsItself = ownNoun && !frequency && (kind === 'count' || ownPeople);
  // "in de vorm van twintig agenten": a prepositional frame names no phrase the figure measures; the figure is of its own noun.
  const framedBy = doc.tokens[lead - 1]?.norm === 'van' && PREPOSITIONAL_FRAMES.has(doc.tokens[lead - 2]?.norm ?? '') && ['in', 'op'].includes(doc.tokens[lead - 4]?.norm ?? '');
  if (framedBy) {
    const noun = countedNoun(doc, f, to);
    if (noun) return noun;
  }
  // "boetes van 250 tot 600 euro": a range read from "van" holds the "van" that ties it to the phrase it measures.
  const van = doc.tokens[lead - 1]?.norm === 'van' ? lead - 1 : opensWithVan(doc, f, lead) ? lead : -1;
  const measured = countsItself || framedBy ? -1 : van >= 0 ? van : doc.tokens[lead]?.norm === 'tot' && lead < first ? lead : -1;
  const phraseBefore = measured > from ? outerPhrase(doc, withoutParticiple(doc, doc.nounPhraseBefore(measured, from)), from) : null;
  // "piekte het aantal vorig jaar tot 706": a time phrase before "tot" says when, not what the figure measures.
  const measuredPhrase = phraseBefore?.last != null && TIME_NOUNS.has(doc.tokens[phraseBefore.last]!.norm) ? null : phraseBefore;
  // "tot" needs a phrase with its article ("een straatwaarde tot") or a bare plural noun right before it ("celstraffen tot twaalf
  // jaar", "met rukwinden tot 119 kilometer per uur": the range of what it names): "in Aalst versterkt tot 60" is none.
  const bare = measured > from && measured !== van && isBarePlural(doc.tokens[measured - 1]) ? doc.tokens[measured - 1]! : null;
  // Without a determiner of its own, the plural alone: "sprak gisteren celstraffen tot acht jaar uit".
  const countOfBare = bare ? countBeforeItsPlace(doc, measured - 1, from) : null;
  if (countOfBare) return phraseSpan(doc, doc.readPhrase(countOfBare, to)) ?? doc.span(countOfBare);
  if (bare && !NP_DETERMINERS.has(doc.tokens[measured - 2]?.norm ?? '')) return { start: bare.start, end: bare.end, quote: bare.text };
  if (measuredPhrase && (measured === van || measuredPhrase.det < measuredPhrase.first)) {
    const np = measuredPhrase;
    // "een tekort van 1.500 agenten", "een personeelskader van 90 speurders": a frame of people named
    // in the figure is the organisation's, found further on; "een tekort van 320" is the shortage itself.
    const framesOwnNoun = np.last !== null && FRAME_NOUNS.has(doc.tokens[np.last]!.norm) && f.kind === 'count' && f.unit !== null && foldForMatch(f.quote).endsWith(foldForMatch(f.unit));
    const valueFrame = np.last !== null && FRAME_NOUNS.has(doc.tokens[np.last]!.norm) && VALUE_FRAME_PREPOSITIONS.has(doc.tokens[np.det - 1]?.norm ?? '');
    // "Er werden 103 GAS-boetes uitgeschreven voor een bedrag van 10.230 euro", "De vijf camera's werden aangekocht voor een bedrag
    // van 20.000 euro": an amount's frame after "voor" values what its clause bought or counted, not the frame itself ("goed voor een
    // bedrag van" is the amount the clause comes to).
    const boughtFor = valueFrame && f.kind === 'money' && doc.tokens[np.det - 1]!.norm === 'voor' && doc.tokens[np.det - 2]?.norm !== 'goed';
    const valued = boughtFor ? valuedInClause(doc, earlier, sentence, np.det - 1) ?? valuedPhrase(doc, np.det - 1, from, to) : null;
    if (valued) return valued;
    // "Met 305 doden … ver van zijn objectief van 200": an aim's number without a noun of its own is of what the count it takes its
    // noun from is of.
    const aim = np.last !== null && AIM_NOUNS.has(doc.tokens[np.last]!.norm) && f.unit !== null && !foldForMatch(f.quote).endsWith(foldForMatch(f.unit));
    const aimed = aim ? lastOf(earlier, (e) => e.sentence === sentence && e.unit === f.unit && e.subjectStart !== null, (e) => e.sentence < sentence) : undefined;
    if (aimed) return spanOf(aimed);
    // "het aantreffen van 59 geseinde personen", "het inzetten van 50 agenten": an act named by its infinitive measures nothing; a
    // figure with a noun of its own counts that noun.
    const act = doc.tokens[np.det]!.norm === 'het' && np.first === np.last && INFINITIVE_SHAPE.test(doc.tokens[np.first]!.norm) && f.unit !== null && foldForMatch(f.quote).endsWith(foldForMatch(f.unit));
    const acted = act ? countedNoun(doc, f, to) : null;
    if (acted) return acted;
    const s = framesOwnNoun ? null : phraseSpan(doc, doc.readPhrase(np, to));
    if (s) return s;
    if (valueFrame) {
      const v = valuedPhrase(doc, np.det - 1, from, to);
      if (v) return v;
    }
  }
  // "800.000 euro in het project", "15 miljoen euro aan huizen", "3 miljoen euro geïnvesteerd in
  // camera's", "16 miljoen euro op rekeningen": what an amount is spent on or where it is.
  if (f.kind === 'money') {
    const s = purposeOf(doc, last, to);
    if (s) return s;
  }
  // "om de dienst uit te breiden met 2 medewerkers": the object of an infinitive of change.
  const extended = changedObject(doc, lead, from, to);
  if (extended) return extended;
  // "de versterking van het kader met 1.000 personen": a change by a figure is of what changes.
  const changed = changedPhrase(doc, lead, from, to);
  if (changed) return changed;
  // "Meer dan een derde (198 aanhoudingen)": a share is of what the count in brackets counts.
  if ((f.kind === 'fraction' || f.kind === 'percentage') && doc.tokens[last + 1]?.text === '(' && next && next.start === doc.tokens[last + 2]?.start) {
    const noun = countedNoun(doc, next, to);
    if (noun) return noun;
  }
  // A count of things is of what it counts ("305 inbraken", "Er werden 764 dossiers
  // opgestart"); so is a count that opens its sentence ("38 personen werden aangehouden"). A
  // count of how often ("550 keer") is of the clause's subject.
  const events = eventsCounted(doc, f, first, sentence, earlier);
  if (events) return events;
  // "240 agenten en 50 burgers telt het korps.": a fronted object, its owner after the verb.
  const possessor = kind === 'staff' || kind === 'people' ? possessorAfter(doc, first, from, to) : null;
  if (possessor) return possessor;
  // "Nog eens 170 extra rechercheurs gaan …", "Zelfs 12 inspecteurs waren afwezig": after focus adverbs it opens its sentence too.
  let opening = from;
  while (opening < first && doc.tokens[opening]!.type === 'sym') opening++;
  const opensSentence = opening === first || opening + focusBeforeNumber(doc.tokens, opening) === first || opensWithin(doc, from, first);
  if (f.kind === 'count' && !frequency && (kind === 'count' || ownPeople || opensSentence)) {
    const noun = countedNoun(doc, f, to);
    if (noun) return noun;
  }
  const contrasted = contrastedStaff(doc, f, lead, earlier, sentence);
  if (contrasted) return contrasted;
  const antecedent = doc.relativeAntecedent(first, from);
  if (antecedent) {
    // "… 400 werknemers, waar het er 550 zouden moeten zijn": an antecedent that is a figure stands for its subject.
    const antecedentStart = doc.tokens[antecedent.first]!.start;
    const figure = lastOf(earlier, (e) => e.start <= doc.tokens[antecedent.last ?? antecedent.first]!.start && e.end > antecedentStart, (e) => e.end <= antecedentStart);
    if (figure && figure.subjectStart !== null) return spanOf(figure);
    // "Er werden 557.602 testen afgenomen, waarvan 1,83 procent positief tekende": after a clause that ends on its participle the
    // relative word points back to what the clause counted.
    const counted = antecedent.first === antecedent.last && isPastParticiple(doc.tokens[antecedent.first]!.norm)
      ? lastOf(earlier, (e) => e.sentence === sentence && e.kind === 'count' && e.subjectStart !== null && e.end <= antecedentStart, (e) => e.sentence < sentence)
      : undefined;
    if (counted) return spanOf(counted);
    const s = phraseSpan(doc, doc.readPhrase(antecedent, to));
    if (s) return s;
  }
  // "Bij de lokale politie werken 34.000 mensen", "Voor de nieuwe camera's trekt de stad 5 miljoen uit":
  // staff of the organisation, money for the purpose a fronted phrase names.
  const fronted = frontedPhrase(doc, from, to, f) ?? takenUpFor(doc, f, from, earlier);
  if (fronted) return fronted;
  // "toen er 964.000 mensen in Brussel woonden", "Er kwamen vorig jaar 615 mensen om": after a presentative "er" the figure is the
  // clause's subject.
  if (f.kind === 'count' && presented(doc, lead, from)) {
    const noun = countedNoun(doc, f, to);
    if (noun && noun.start >= f.start && noun.end <= f.end) return noun;
  }
  // "De politie heeft 36 mensen aangehouden": people a participle says were acted upon are counted for themselves.
  if (kind === 'people' && actedUpon(doc, f, last, to)) {
    const noun = countedNoun(doc, f, to);
    if (noun) return noun;
  }
  // "de nieuwe verdeelsleutel, namelijk Bonheiden 21,6%": a figure without a noun of its own spells out the phrase before "namelijk".
  const named = f.unit === null || f.kind === 'percentage' || f.kind === 'fraction' ? appositionHead(doc, lead, from, to) : null;
  if (named) return named;
  const reported = reportedClauseSubject(doc, first, from, to);
  if (reported) return reported;
  const clause = clauseSubjectOf(doc, first, from, to, earlier, sentence, ownsDemonstrative(f));
  if (clause) return clause;
  const spoken = !ownsDemonstrative(f) ? speakersOrganisation(doc, earlier, sentence) : null;
  if (spoken) return spoken;
  const own = resolve(doc, sentence, earlier, 0, ownsDemonstrative(f), isShare(f));
  if (own) return own;
  // "… besteden aan terrorismebestrijding. Daar werken nu 200 mensen": staff of the place or
  // field "daar" points back to, the last phrase of the sentence before.
  const opener = doc.tokens.slice(from, to).find((t) => t.type !== 'sym');
  if (!ownsDemonstrative(f) && sentence > 0 && LOCATIVE_ANAPHORS.has(opener?.norm ?? '')) {
    const [pFrom, pTo] = doc.sentenceTokens(sentence - 1);
    let end = pTo;
    while (end > pFrom && doc.tokens[end - 1]!.type === 'sym') end--;
    const np = doc.nounPhraseBefore(end, pFrom);
    const s = np && phraseSpan(doc, doc.readPhrase(np, pTo));
    if (s) return s;
  }
  const pointed = locativeAntecedent(doc, f, opener, earlier, sentence) ?? speakersOwnAntecedent(doc, f, opener, sentence);
  if (pointed) return pointed;
  const fallback = countedNoun(doc, f, to) ?? parallelSubject(doc, f, earlier, sentence) ?? shareOfTheSameWhole(doc, f, lead, last, from, earlier, sentence);
  if (fallback) return fallback;
  // "een daling van 52 procent": a share of change named by its noun alone is of the count the text speaks of, if it names one.
  const change = measuredChange(doc, lead, from);
  return change && f.kind === 'percentage' ? countTheChangeIsOf(doc, f, first, sentence, earlier) ?? change : change;
}

/**
 * A gapped clause in a list of changes, its verb left out: "Het aantal woninginbraken daalde met
 * een kwart, appartementsinbraken met een vijfde en het aantal bedrijfsinbraken met de helft" →
 * "appartementsinbraken", "bedrijfsinbraken": the phrase between a coordinator (after a figure of
 * the same sentence) and the "met"/"tot" of this figure. A coordinated subject whose figures are
 * coordinated as well ("Carjacking en homejacking daalden (respectievelijk) met 34,9 en 42,9
 * procent") gives the second figure the second phrase.
 */
function gappedSubject(doc: DocumentReader, f: FigureReading, lead: number, from: number, to: number, earlier: Described[], sentence: number): Span | null {
  const before = earlier.at(-1);
  if (!before || before.sentence !== sentence) return null;
  // The full conjunct is the sentence's last figure of this unit and kind, not a remnant read as a figure of its
  // own ("zes boetes van 80 euro uit en drie van 160 euro": "drie" counts boetes, 160 euro is of what 80 euro is).
  const conjunct = lastOf(earlier, (e) => e.unit === f.unit && e.kind === f.kind, (e) => e.sentence !== sentence);
  const coordinate = conjunct ? gappedCoordinate(doc, f, lead, from, conjunct) : null;
  if (coordinate) return coordinate;
  const preposition = doc.tokens[lead - 1]?.norm;
  // "De marktwaarde wordt geschat op 56 miljoen euro en de straatwaarde op 100 miljoen": "op" as well, the remnant's phrase its own
  // (not "…, vergeleken met 116 ton": a contrast, no remnant).
  if ((preposition === 'met' || preposition === 'tot' || preposition === 'op') && !setAgainst(doc.tokens, lead)) {
    let np = doc.nounPhraseBefore(lead - 1, from);
    // "inbraken in openbare gebouwen met de helft": a phrase with a prepositional phrase of its own.
    for (let n = 0; n < 2 && np && np.last !== null && PHRASE_PREPOSITIONS.has(doc.tokens[np.det - 1]?.norm ?? ''); n++) {
      const head = doc.nounPhraseBefore(np.det - 1, from);
      if (!head || head.last === null) break;
      np = head;
    }
    const coordinator = np ? doc.tokens[np.det - 1] : undefined;
    if (!np || np.last === null || !coordinator || (coordinator.text !== ',' && coordinator.norm !== 'en')) return null;
    if (doc.tokens[np.det - 2]?.start === undefined || doc.tokens[np.det - 2]!.end > doc.tokens[lead]!.start || doc.tokens[np.det - 2]!.start < before.start) return null;
    // "In Halle nam de bevolking toe met 18%, in Vilvoorde en Zaventem met 30%": a name left over is where, not what; the subject stays.
    if (isCap(doc.tokens[np.first]!)) return spanOf(before);
    return phraseSpan(doc, doc.readPhrase(np, to)) ?? doc.span(np);
  }
  // "De federale politie telt 12.000 personeelsleden, de lokale politie 34.000": a bare remnant after its own subject, the verb
  // and the noun left out, is of that subject.
  const remnant = bareRemnantSubject(doc, f, lead, from, before);
  if (remnant) return remnant;
  // "… met 34,9 en 42,9 procent": the second of two coordinated figures takes the second of two coordinated subjects.
  if (!COORDINATING.has(preposition ?? '') || before.end !== doc.tokens[lead - 2]?.end || before.subjectStart === null) return null;
  const subject = doc.tokenAt(before.subjectStart);
  const firstPhrase = doc.nounPhrase(subject, to);
  if (!firstPhrase || firstPhrase.last === null || doc.tokens[firstPhrase.last + 1]?.norm !== 'en') return null;
  const second = doc.nounPhrase(firstPhrase.last + 2, to);
  if (!second || second.last === null || doc.tokens[second.last]!.start >= f.start) return null;
  return phraseSpan(doc, doc.readPhrase(second, to)) ?? doc.span(second);
}

/**
 * The subject of a gapped remnant that is a noun phrase with its article and a bare number right after it, after a comma or "en"
 * that follows the full conjunct's figure of the same count ("telt 12.000 personeelsleden, de lokale politie 34.000"). A name is
 * where, not what ("…, Gent 950"): no subject of its own. Null otherwise.
 */
function bareRemnantSubject(doc: DocumentReader, f: FigureReading, lead: number, from: number, before: Described): Span | null {
  if (lead !== doc.tokenAt(f.start) || f.unit === null || before.unit !== f.unit || before.kind !== f.kind || doc.tokens[lead - 1]?.type !== 'word') return null;
  const np = doc.nounPhraseBefore(lead, from);
  if (!np || np.last !== lead - 1 || np.det === np.first || isCap(doc.tokens[np.first]!)) return null;
  const coordinator = doc.tokens[np.det - 1];
  if (!coordinator || (coordinator.text !== ',' && coordinator.norm !== 'en') || coordinator.start < before.end) return null;
  return phraseSpan(doc, doc.readPhrase(np, lead)) ?? doc.span(np);
}

// Words that may stand between a coordinator and the gapped remnant: "en nog eens 75", "en ook twee".
const GAP_FILLERS = new Set(['nog', 'eens', 'ook', 'dan']);
// Prepositions that open the remnant of a gapped clause: "en bij de andere diensten van 20 procent".
const REMNANT_PREPOSITIONS = new Set(['bij', 'in', 'voor', 'op', 'aan', 'onder']);

/**
 * A coordinated clause whose verb and noun are left out (gapping), with the figure `before` of the same
 * sentence as the full conjunct: "vijf boetes van 250 euro en twee van 350 euro", "een tekort van
 * 14,8 procent en bij de andere diensten van 20 procent", "335 fietsen van A en nog eens 75 van B".
 * The remnant (a bare number, or a prepositional phrase, before "van" and the figure; or the bare
 * figure itself) says where or whose; what is counted or measured is what `before` is of.
 */
function gappedCoordinate(doc: DocumentReader, f: FigureReading, lead: number, from: number, before: Described): Span | null {
  if (before.subjectStart === null || before.unit !== f.unit || before.kind !== f.kind) return null;
  let k = lead - 1;
  if (doc.tokens[k]?.norm === 'van') {
    // The remnant before "van": a bare number ("twee"), or a phrase a preposition opens ("bij de andere diensten").
    let j = k - 1;
    while (j > from && j >= k - 6 && doc.tokens[j]!.norm !== 'en' && doc.tokens[j]!.type !== 'sym') j--;
    const remnant = doc.tokens.slice(j + 1, k);
    const bareNumber = remnant.length === 1 && isNumber(remnant[0]);
    const phrase = remnant.length >= 2 && REMNANT_PREPOSITIONS.has(remnant[0]!.norm) && remnant.every((t) => t.type === 'word' && !FINITE_VERBS.has(t.norm));
    if (!bareNumber && !phrase) return null;
    k = j;
  } else {
    // The bare figure itself is the remnant ("en nog eens 75 van B"): its own quote names no noun, a "van" phrase follows,
    // and `before` counts its own noun ("40 agenten van de zone en 12 van X": staff of an owner are the owner's, not gapped).
    const countsOwnNoun = before.subjectStart >= before.start && before.subjectEnd! <= before.end;
    if (!countsOwnNoun || foldForMatch(f.quote).endsWith(foldForMatch(f.unit ?? '%')) || doc.tokens[doc.tokenAt(f.end)]?.norm !== 'van') return null;
    while (k > from && GAP_FILLERS.has(doc.tokens[k]!.norm)) k--;
  }
  while (k > from && doc.tokens[k - 1]?.norm === 'en') k--;
  const coordinator = doc.tokens[k];
  if (coordinator?.norm !== 'en' || coordinator.start < before.end) return null;
  return spanOf(before);
}

// Nouns of a running count that names nothing of its own: "de teller staat op 134".
const COUNTER_NOUNS = new Set(['teller']);

/**
 * "In 2014 werden 147 inbraken genoteerd. Met de pogingen erbij kwam de teller op 269 te staan": a figure
 * whose clause has "de teller" as its subject continues the count of the figure before it (in its sentence
 * or the sentence before); one that names its own noun ("komt de teller op 14.991.932 voertuigen") counts that.
 */
function counterAnaphor(doc: DocumentReader, f: FigureReading, lead: number, from: number, to: number, earlier: Described[], sentence: number): Span | null {
  // A count of its own noun is no running total; a mass is, whatever its unit ("staat de teller al op 41.688 kilo").
  if (f.kind === 'count' && f.unit !== null && foldForMatch(f.quote).endsWith(foldForMatch(f.unit))) return null;
  let counter = lead - 1;
  while (counter > from && !(COUNTER_NOUNS.has(doc.tokens[counter]!.norm) && NP_DETERMINERS.has(doc.tokens[counter - 1]!.norm))) counter--;
  // Looked for first, the clause range only when the sentence has one: most figures' sentences do not.
  if (counter <= from || counter < clauseRange(doc, lead, from, to)[0]) return null;
  const before = lastOf(earlier, (e) => e.subjectStart !== null && e.kind === f.kind, (e) => e.sentence < sentence - 1);
  return before ? spanOf(before) : null;
}

const PHRASE_PREPOSITIONS = new Set(['in', 'van', 'op', 'aan', 'bij']);
const CAPACITY_NOUNS = new Set(['plaats', 'ruimte', 'plek']);

// Adverbs between "er" or a copula and the capacity noun: "er is slechts plaats voor", "er officieel plaats is voor".
const CAPACITY_ADVERBS = new Set(['maar', 'slechts', 'officieel', 'theoretisch', 'nog', 'amper', 'nauwelijks']);
// What may stand between "capaciteit" and the figure that states it: copulas and passive auxiliaries, the participles of a
// limit or change, their prepositions, "respectievelijk" and adverbs ("de capaciteit is theoretisch beperkt tot 244 plaatsen").
const CAPACITY_LINKS = new Set([
  'is', 'was', 'wordt', 'werd', 'zal', 'worden', 'blijft', 'bleef', 'ligt', 'lag', 'bedraagt', 'bedroeg',
  'beperkt', 'verhoogd', 'uitgebreid', 'opgetrokken', 'teruggebracht', 'verlaagd', 'gebracht', 'tot', 'van', 'naar', 'op',
  'respectievelijk', 'theoretisch', 'officieel', 'slechts', 'maar', 'amper', 'nog', 'nu', 'momenteel', 'intussen', 'er', 'een', 'totale',
]);
const CAPACITY_REACH = 8;
const CAPACITY_PHRASE_PREPOSITIONS = new Set(['van', 'in', 'bij', 'voor']);
const isCapacity = (t: Token | undefined) => t !== undefined && /capaciteit$/u.test(t.norm);

/** Whether a copula or "er" stands between `from` and token `b` with no other verb or clause mark between it and `b`. */
function copulaOpensClause(doc: DocumentReader, from: number, b: number): boolean {
  for (let k = b; k >= from; k--) {
    const t = doc.tokens[k]!;
    if (t.norm === 'er' || FORMS_OF_ZIJN.has(t.norm)) return true;
    if (t.text === ',' || t.text === ';' || FINITE_VERBS.has(t.norm)) return false;
  }
  return false;
}

/**
 * A figure that states a capacity with no holder of its own is of the capacity: "terwijl er slechts plaats is voor 9.739
 * mensen", "In Mechelen is maar plaats voor 84 gevangenen" (the people are the unit, not what is counted), "terwijl de
 * capaciteit beperkt is tot respectievelijk 478 en 114", "een capaciteit van 612 gevangenen", "de capaciteit in Everberg
 * wordt verhoogd van 40 naar 45 plaatsen". A place offered by someone ("De zaal biedt plaats voor 35") or at someone's ("Bij het
 * parket is er plaats voor 36 magistraten") is the holder's (below).
 */
function capacityStated(doc: DocumentReader, lead: number, from: number): Span | null {
  const token = (k: number) => doc.tokens[k];
  const spanAt = (k: number): Span => ({ start: token(k)!.start, end: token(k)!.end, quote: token(k)!.text });
  if (token(lead - 1)?.norm === 'voor') {
    const k = FORMS_OF_ZIJN.has(token(lead - 2)?.norm ?? '') ? lead - 3 : lead - 2;
    if (k > from && CAPACITY_NOUNS.has(token(k)!.norm)) {
      let b = k - 1;
      while (b > from && CAPACITY_ADVERBS.has(token(b)!.norm)) b--;
      // Held by no one: "er … plaats", "is … plaats", or "plaats is voor"; the copula may open the clause before a place ("In principe
      // is in de 35 instellingen maar plaats voor 9.300 gedetineerden"); a fronted "bij" names the holder (below).
      if (doc.tokens[from]?.norm !== 'bij' && (k === lead - 3 || copulaOpensClause(doc, from, b))) return spanAt(k);
    }
  }
  // "beperkt tot respectievelijk 478 en 114": the figures coordinated after "respectievelijk" each state it.
  const respectively = doc.tokens.slice(Math.max(from, lead - 6), lead).some((t) => t.norm === 'respectievelijk');
  // Back over the words that link the figure to what it states ("is beperkt tot", "wordt verhoogd van").
  const links = (t: Token) => CAPACITY_LINKS.has(t.norm) || (respectively && (t.type === 'num' || t.norm === 'en'));
  let k = lead - 1;
  while (k > from && links(token(k)!)) k--;
  if (isCapacity(token(k))) return spanAt(k);
  // "de capaciteit in Everberg wordt verhoogd", "de capaciteit van de afdeling, theoretisch beperkt tot": the noun with a phrase after it.
  if (token(k)?.text === ',') k--;
  for (let n = 0; n < CAPACITY_REACH && k > from; n++, k--) {
    const t = token(k)!;
    if (t.type !== 'word' || FINITE_VERBS.has(t.norm)) return null;
    if (isCapacity(token(k - 1)) && CAPACITY_PHRASE_PREPOSITIONS.has(t.norm)) return spanAt(k - 1);
  }
  return null;
}

/** "één auto op vijf": the noun a share's numerator counts inside its quote, before "op". */
function nounInsideFraction(doc: DocumentReader, first: number, last: number): Span | null {
  const noun = doc.tokens[first + 1];
  if (first + 1 >= last || noun?.type !== 'word' || doc.tokens[first + 2]?.norm !== 'op') return null;
  return { start: noun.start, end: noun.end, quote: noun.text };
}

/** Words for money in notes and coins, which an amount right before them is of: "20.200 euro cash", "500 euro cash geld". */
const CASH_WORDS = new Set(['cash', 'cashgeld', 'contant', 'contanten']);

// Heads of the nouns that name what a sum is charged or paid as or worth, written bare right after it: "245 euro opruimkosten", "200 euro boete",
// "1.500 euro schade", "50 euro premie", "één miljoen euro straatwaarde".
const CHARGE_HEAD = /(?:kosten|boetes?|schade|premies?|subsidies?|vergoeding|vergoedingen|toelagen?|heffing|belasting|retributie|waarborg|waarde)$/u;

// A compound whose first part is an acronym: "GAS-boetes", "ANPR-camera's" (a common noun, though it opens with capitals).
const ACRONYM_COMPOUND = /^\p{Lu}{2,}-\p{Ll}/u;
/** Whether a word names a kind of thing, not a name: lowercase, or a compound of an acronym ({@link ACRONYM_COMPOUND}). */
const namesAKind = (t: Token) => !isCap(t) || ACRONYM_COMPOUND.test(t.text);

/**
 * What an amount of money is in, written right after it: cash ("20.200 euro cash", "40.000 euro cash geld"), or a bare noun
 * after "aan" ("116.012 euro aan drugsgeld", "15 miljoen euro aan huizen en voertuigen", "een bedrag van 268.000 euro aan
 * boetes"), the Dutch way to say what goods or claims an amount is worth. An article after "aan" makes it a recipient
 * ("1.000 euro aan de politie"), no kind; or what it is charged or paid as, a bare noun right after it ("245 euro opruimkosten").
 */
function moneyInKind(doc: DocumentReader, f: FigureReading, last: number, to: number): Span | null {
  if (f.kind !== 'money') return null;
  const next = doc.tokens[last + 1];
  if (next && last + 1 < to && CASH_WORDS.has(next.norm)) {
    const cash = doc.nounPhrase(last + 1, to);
    return (cash && doc.span(cash)) ?? { start: next.start, end: next.end, quote: next.text };
  }
  if (next && last + 1 < to && next.type === 'word' && namesAKind(next) && CHARGE_HEAD.test(next.norm)) return { start: next.start, end: next.end, quote: next.text };
  const noun = doc.tokens[last + 2];
  if (next?.norm !== 'aan' || !noun || last + 2 >= to || noun.type !== 'word' || !namesAKind(noun) || NP_DETERMINERS.has(noun.norm)) return null;
  const np = doc.nounPhrase(last + 2, to);
  return np && np.det === np.first && np.last !== null ? phraseSpan(doc, doc.readPhrase(np, to)) ?? doc.span(np) : null;
}

/** "een kwart personeel te weinig", "één op de drie manschappen": the noun right after a fraction, not a verb or "van". */
function nounAfterFraction(doc: DocumentReader, last: number, to: number): Span | null {
  const next = doc.tokens[last + 1];
  if (!next || next.type !== 'word' || isPastParticiple(next.norm) || startsAVerb(doc.tokens, last + 1)) return null;
  const np = doc.nounPhrase(last + 1, to);
  return np && np.last !== null ? doc.span(np) : null;
}

/**
 * "Van alle Belgen die slachtoffer werden, heeft 10,1 procent aangifte gedaan": a share without a complement of its own, in a
 * sentence that opens with "van" and a noun phrase before the share, is a share of that phrase.
 */
function frontedWhole(doc: DocumentReader, lead: number, from: number, to: number): Span | null {
  if (doc.tokens[from]?.norm !== 'van' || lead <= from + 2) return null;
  const np = doc.nounPhrase(from + 1, Math.min(lead, to));
  return np && np.last !== null && np.last < lead ? doc.span(np) : null;
}

/**
 * Whether token `k` is a finite verb: in the lists, in the weak past's shape ("meldde"), or a short word ending as a weak past
 * does before an object pronoun or article ("vulde hem in", "kocht de wagen"), where no noun stands.
 */
function startsAVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  if (FINITE_VERBS.has(t.norm) || PAST_VERBS.has(t.norm) || isWeakPast(t.norm)) return true;
  return /^\p{Ll}{2,}[dt]e$/u.test(t.text) && OBJECT_OPENERS.has(tokens[k + 1]?.norm ?? '');
}
const OBJECT_OPENERS = new Set(['hem', 'haar', 'het', 'ze', 'hen', 'hun', 'de', 'een', 'dit', 'dat', 'deze', 'die', 'zich', 'er']);

/**
 * "een dotatie aan Politiezone Hageland van 432.000 euro", "een team in Gent van tien mensen": a
 * name (or a phrase counted by a number, "voor de drie gemeenten") in a prepositional phrase before "van" is whom or where, and
 * what the figure measures is the phrase (with its article) before that preposition.
 */
function outerPhrase(doc: DocumentReader, np: NounPhrase | null, from: number): NounPhrase | null {
  if (!np || np.last === null) return np;
  // "een besparing voor de drie gemeenten van 353.691 euro": a phrase counted by a number of its own is whom too.
  let open = np.det - 1;
  const number = doc.tokens[open];
  const counted = number !== undefined && (number.type === 'num' || parseNumberWord(number.norm) !== null);
  if (counted) open -= NP_DETERMINERS.has(doc.tokens[open - 1]?.norm ?? '') ? 2 : 1;
  const count = counted ? null : countBeforeItsPlace(doc, np.det, from);
  if (count) return count;
  if (!OUTER_PREPOSITIONS.has(doc.tokens[open]?.norm ?? '')) return np;
  // "een tekort aan personeelsleden van 8,33%": a shortage of what its "aan" phrase names is the shortage's.
  const shortage = doc.tokens[open]!.norm === 'aan' && SHORTAGE_NOUNS.has(doc.tokens[open - 1]?.norm ?? '');
  if (!isCap(doc.tokens[np.first]!) && !shortage && !counted) return np;
  const outer = doc.nounPhraseBefore(open, from);
  return outer && outer.last !== null && outer.det < outer.first ? outer : np;
}
const SHORTAGE_NOUNS: ReadonlySet<string> = new Set(['tekort', 'gebrek', 'overschot', 'nood', 'behoefte']);
const OUTER_PREPOSITIONS = new Set(['aan', 'voor', 'in', 'bij']);
// Prepositions of where a count was made: "het aantal doden op de wegen", "het aantal inbraken in Gent".
const PLACE_PREPOSITIONS_AFTER_COUNT: ReadonlySet<string> = new Set(['op', 'in', 'bij']);

/**
 * "moest het aantal doden op de wegen tot 200 teruggedrongen worden", "… op Vlaamse wegen tot 200": a phrase opening at token
 * `start` (its article, or its adjectives) after "op", "in" or "bij" that follows "het aantal X" says where X is counted; the
 * phrase the figure measures is the count, which this returns; null otherwise.
 */
function countBeforeItsPlace(doc: DocumentReader, start: number, from: number): NounPhrase | null {
  let open = start - 1;
  while (open > from && open >= start - 2 && doc.tokens[open]?.type === 'word' && !PLACE_PREPOSITIONS_AFTER_COUNT.has(doc.tokens[open]!.norm)) open--;
  if (!PLACE_PREPOSITIONS_AFTER_COUNT.has(doc.tokens[open]?.norm ?? '')) return null;
  const count = doc.nounPhraseBefore(open, from);
  return count && count.last !== null && count.det < count.first && doc.tokens[count.first]?.norm === 'aantal' && count.last > count.first ? count : null;
}

// A topic a sentence opens with: "Wat de uitstroom betreft, wordt in 2022 een daling van zes procent vastgesteld", "Inzake
// woninginbraken is er opnieuw een daling": the topic noun's place among the words (a determiner before it or not).
const TOPIC_OPENER = /^(?:wat\s+(?:(?:de|het)\s+)?\p{L}+\s+betreft|inzake\s+(?:(?:de|het)\s+)?\p{L}+)(?![\p{L}])/u;

/** The topic noun sentence `index` opens with ({@link TOPIC_OPENER}), or null. */
function openingTopic(doc: DocumentReader, index: number): Span | null {
  const [from] = doc.sentenceTokens(index);
  if (!TOPIC_OPENER.test(doc.folded.slice(doc.tokens[from]!.start, doc.tokens[from]!.start + 80))) return null;
  const k = NP_DETERMINERS.has(doc.tokens[from + 1]!.norm) ? from + 2 : from + 1;
  const t = doc.tokens[k]!;
  return { start: t.start, end: t.end, quote: t.text };
}

/**
 * What a share of change named by its noun alone ("een daling van 52 procent") is of: the topic its sentence opens with ("Wat de
 * uitstroom betreft"), the noun of "het aantal …" before it in its sentence or in the sentence before ("Na een sterke stijging van het
 * aantal woninginbraken in Heers in 2018, stellen we in 2019 opnieuw een daling van 52 procent vast"), else what the last figure of
 * those sentences is of ("Er waren een kwart minder inbraken dan in 2017. Ten opzichte van 2015 is er een daling van 40 procent").
 */
function countTheChangeIsOf(doc: DocumentReader, f: FigureReading, first: number, sentence: number, earlier: Described[]): Span | null {
  // The topic of its sentence, or of the sentence before that opens with one ("Inzake woninginbraken is er opnieuw een daling. De
  // cijfers tonen een daling van 35,5%").
  const topic = openingTopic(doc, sentence) ?? (sentence > 0 ? openingTopic(doc, sentence - 1) : null);
  if (topic) return topic;
  for (const index of [sentence, sentence - 1]) {
    if (index < 0) break;
    const [start, end] = doc.sentenceTokens(index);
    for (let k = Math.min(end, first) - 1; k >= start; k--) {
      if (doc.tokens[k]!.norm !== 'aantal') continue;
      const head = aantalHead(doc, k + 1, end);
      if (head >= 0) return { start: doc.tokens[head]!.start, end: doc.tokens[head]!.end, quote: doc.tokens[head]!.text };
    }
  }
  const counted = lastOf(earlier, (e) => e.subjectStart !== null && e.kind !== 'percentage', (e) => e.sentence < sentence - 1);
  return counted ? spanOf(counted) : null;
}

/** Whether a change's quote holds its unit as a word of its own between its values ("van 1087 geïnterneerden naar 560"). */
function namesItsUnitInside(f: FigureReading): boolean {
  const words = splitAtNonLetters(foldForMatch(f.quote));
  return f.unit !== null && words.includes(foldForMatch(f.unit));
}

/**
 * "een serieuze daling (van 1087 geïnterneerden naar 560)": a change that names what it counts in its own quote is of that noun,
 * not of the noun of change it is read against. The subject found, or that noun instead of it.
 */
function notTheChangeItself(doc: DocumentReader, f: FigureReading, subject: Span | null): Span | null {
  if (!subject || f.previousValue === null || !namesItsUnitInside(f)) return subject;
  const head = splitAtNonLetters(foldForMatch(subject.quote)).at(-1) ?? '';
  if (!changeNounIn(head)) return subject;
  return countedNoun(doc, f, doc.sentenceTokens(doc.sentenceIndex(f.start))[1]) ?? subject;
}

// The prepositions between a change noun and its size: "een daling van 7,4%", "een stijging met 21%".
const SIZE_PREPOSITIONS = new Set(['van', 'met']);
// Infinitives of seeing and recording a change ("laten een daling zien van 15 procent").
const SEEING_INFINITIVES = new Set(['zien', 'optekenen', 'noteren', 'vaststellen', 'registreren']);

/**
 * "een groei gemeten van meer dan 4%", "een verdere daling van 7,4%", "een daling met 22,5%": with nothing else to go on, a change is
 * the subject of its own size; the change noun alone, past adjectives before it.
 */
function measuredChange(doc: DocumentReader, lead: number, from: number): Span | null {
  if (!SIZE_PREPOSITIONS.has(doc.tokens[lead - 1]?.norm ?? '') || lead - 1 <= from) return null;
  // "laten een daling zien van 15 procent": an infinitive of seeing or recording may stand between the change and its size.
  const end = SEEING_INFINITIVES.has(doc.tokens[lead - 2]?.norm ?? '') ? lead - 2 : lead - 1;
  const np = withoutParticiple(doc, doc.nounPhraseBefore(end, from));
  if (!np || np.last === null || !CHANGE_NOUNS.has(doc.tokens[np.last]!.norm)) return null;
  for (let k = np.first; k < np.last; k++) if (!ATTRIBUTE_SHAPE.test(doc.tokens[k]!.norm)) return null;
  const head = doc.tokens[np.last]!;
  return { start: head.start, end: head.end, quote: head.text };
}

/**
 * "… dat nauwelijks vijf procent van de verdachten de Belgische nationaliteit heeft. Ongeveer de helft is Europeaan, 45 procent komt
 * van buiten Europa": a share that names no whole of its own, in the sentence of a share of a named whole or the one right after it,
 * is of that whole too, in the same paragraph (no share of a change: those are of what changed).
 */
function shareOfTheSameWhole(doc: DocumentReader, f: FigureReading, lead: number, last: number, from: number, earlier: Described[], sentence: number): Span | null {
  if (!isShare(f) || doc.tokens[last + 1]?.norm === 'van' || measuredChange(doc, lead, from)) return null;
  const before = lastOf(earlier, (e) => isShare(e), (e) => e.sentence < sentence - 1);
  if (!before || before.subjectStart === null || before.direction !== null || doc.text.slice(before.end, f.start).includes('\n')) return null;
  return spanOf(before);
}

/**
 * "Ze betalen 303 euro voor politie, daar waar men in Vlaanderen 147 euro betaalt, en in Wallonië
 * 135", "1.400 kilo cocaïne …, in juli 293 kilo": an amount set beside one of the same unit in its
 * sentence, with nothing of its own to measure, measures what that one measures.
 */
function parallelSubject(doc: DocumentReader, f: FigureReading, earlier: Described[], sentence: number): Span | null {
  if (f.unit === null || (f.kind !== 'money' && f.kind !== 'quantity' && f.kind !== 'percentage')) return null;
  // "… een dotatie van net geen 4 miljoen. Daarna volgen nog Balen-Dessel-Mol met 3,7 miljoen": a name's item "met" an amount goes on
  // with the sentence before.
  const first = sentence - (listedWithMet(doc, f) ? 1 : 0);
  const same = lastOf(earlier, (e) => e.sentence >= first && e.unit === f.unit && e.subjectStart !== null, (e) => e.sentence < first);
  return same ? spanOf(same) : null;
}

/** Whether an amount is a named item's, "met" right before it and a name (or its bracket) before that: "Balen-Dessel-Mol met 54,24 euro". */
function listedWithMet(doc: DocumentReader, f: FigureReading): boolean {
  const lead = leadOf(doc, doc.tokenAt(f.start));
  const before = doc.tokens[lead - 2];
  return doc.tokens[lead - 1]?.norm === 'met' && before !== undefined && (before.text === ')' || isCap(before));
}

/** Whether a contrast ("tegenover", "ten opzichte van") or a comparison ("vergeleken met", "in vergelijking met") ends right before token `k`. */
const setAgainst = (tokens: Token[], k: number) => contrastBefore(tokens, k) > 0 || comparedWithBefore(tokens, k);

const isShare = (f: FigureReading) => f.kind === 'fraction' || f.kind === 'percentage';

/**
 * "In totaal werden 265 politiemensen ingezet die samen 2176 uren aan de slag waren": a figure that counts no noun of its own (hours,
 * money, a share), in a relative clause whose "die" follows a count of its sentence (its verb between at most), is of what that count
 * counts.
 */
function relativeToCount(doc: DocumentReader, lead: number, from: number, earlier: Described[], sentence: number): Described | undefined {
  let k = lead - 1;
  while (k > from && doc.tokens[k]!.norm !== 'die') {
    if (CLAUSE_END_MARKS.has(doc.tokens[k]!.norm)) return undefined;
    k--;
  }
  if (k <= from) return undefined;
  const count = lastOf(earlier, (e) => e.sentence === sentence && e.kind === 'count' && e.subjectStart !== null, (e) => e.sentence < sentence);
  if (!count) return undefined;
  const between = doc.tokenAt(count.end);
  return between <= k && k - between <= 1 && doc.tokens.slice(between, k).every((t) => t.type === 'word' && !FINITE_VERBS.has(t.norm)) ? count : undefined;
}

/**
 * Whether the figure whose first token is `lead` follows a presentative "er": right before it, after a word ("toen er 964.000
 * mensen"), or opening the sentence (token `from`) before its verb and maybe a time adverbial ("Er kwamen vorig jaar 615 mensen om").
 */
function presented(doc: DocumentReader, lead: number, from: number): boolean {
  const { tokens } = doc;
  if (tokens[lead - 1]?.norm === 'er') return tokens[lead - 2]?.type === 'word' && !PARTITIVE_OPENERS.has(tokens[lead - 2]!.norm);
  const verb = lead >= 3 && opensTimeAdverbial(tokens, lead - 2) ? lead - 3 : lead - 1;
  return verb - 1 === from && tokens[from]!.norm === 'er' && tokens[verb]?.type === 'word' && /^\p{Ll}/u.test(tokens[verb]!.text);
}

// Words that open an apposition spelling out the phrase before its comma: "de nieuwe verdeelsleutel, namelijk Bonheiden 21,6%".
const APPOSITION_OPENERS = new Set(['namelijk', 'nl']);

/**
 * "… rekening gehouden met de nieuwe verdeelsleutel, namelijk Bonheiden 21,6%, Duffel 29%": a figure without a noun of its own that
 * "namelijk" opens (after at most a name it is given for) spells out the phrase before the comma, so it measures that phrase.
 */
function appositionHead(doc: DocumentReader, lead: number, from: number, to: number): Span | null {
  let k = lead - 1;
  while (k > from && lead - k <= 4 && doc.tokens[k]!.type === 'word' && isCap(doc.tokens[k]!)) k--;
  if (!APPOSITION_OPENERS.has(doc.tokens[k]?.norm ?? '') || doc.tokens[k - 1]?.text !== ',') return null;
  const np = doc.nounPhraseBefore(k - 1, from);
  return np && np.last !== null && np.det < np.first ? phraseSpan(doc, doc.readPhrase(np, to)) : null;
}

/**
 * "Daaruit blijkt dat de geregistreerde criminaliteit daalde met zeven procent", "De korpschef zegt
 * dat het korps 40 agenten mist": a figure in a clause that "dat" opens after a verb is of that
 * clause's subject, the phrase right after "dat" (not "dat er …", which presents the figure).
 */
function reportedClauseSubject(doc: DocumentReader, first: number, from: number, to: number): Span | null {
  // "dat de probaties bleven stijgen (+8 procent tegenover 2021)": a share in brackets after the clause's verb is of it too.
  let start = first - 1;
  if (SIGNS.has(doc.tokens[start]?.text ?? '')) start--;
  if (doc.tokens[start]?.text === '(') start--;
  // "dat het aantal ongevallen daalt, met 3 procent": the rate of the clause's change set after a comma is of it too.
  if (doc.tokens[start]?.norm === 'met' && doc.tokens[start - 1]?.text === ',') start -= 2;
  for (let k = start; k > from; k--) {
    const t = doc.tokens[k]!;
    // An aside in brackets inside the clause ("de probaties (seponering onder voorwaarden) en …") is passed over.
    if (t.text === ')') {
      const open = openingBracket(doc.tokens, k, from);
      if (open < 0) return null;
      k = open;
      continue;
    }
    if (t.type === 'sym' && t.text !== '-') return null;
    // "toont dat in 2022 de als misdrijf omschreven feiten …": a time adverbial may stand before the clause's subject.
    let subject = doc.tokens[k + 1]?.norm === 'in' && YEAR.test(doc.tokens[k + 2]?.text ?? '') ? k + 3 : k + 1;
    // "blijkt dat nog wel meer gemeenten rond de 2% schommelen": adverbs, then "meer" or "minder" before a bare plural.
    while (CLAUSE_ADVERBS.has(doc.tokens[subject]?.norm ?? '') || doc.tokens[subject]?.norm === 'nog') subject++;
    if (COMPARATIVES.has(doc.tokens[subject]?.norm ?? '') && isBarePlural(doc.tokens[subject + 1])) subject++;
    const opensPhrase = NP_DETERMINERS.has(doc.tokens[subject]?.norm ?? '') ? !DEMONSTRATIVES.has(doc.tokens[subject]!.norm) : subject > k + 1 && isBarePlural(doc.tokens[subject]);
    if (t.norm !== 'dat' || doc.tokens[k - 1]!.type !== 'word' || !opensPhrase) continue;
    // "dat" after a noun is a relative pronoun ("het rapport dat de politie …"): only after a verb or adverb it opens a clause.
    // "Duidelijk is wel dat …": an adverb between the verb and "dat".
    const before = doc.tokens[CLAUSE_ADVERBS.has(doc.tokens[k - 1]!.norm) ? k - 2 : k - 1]!;
    // A participle opens one too ("Ook dient te worden opgemerkt dat de probaties …").
    const verb = FINITE_VERBS.has(before.norm) || PAST_VERBS.has(before.norm) || REPORTING_VERBS.has(before.norm) || isPastParticiple(before.norm);
    if (NP_DETERMINERS.has(before.norm) || !verb) return null;
    const np = doc.nounPhrase(subject, first);
    return np && np.last !== null ? phraseSpan(doc, doc.readPhrase(np, to)) : null;
  }
  return null;
}
// Adverbs that may stand between a verb and the "dat" of its clause: "Duidelijk is wel dat …", "Feit is immers dat …".
const CLAUSE_ADVERBS: ReadonlySet<string> = new Set(['wel', 'ook', 'echter', 'immers', 'alleszins', 'nu']);
/** The index of the "(" that the ")" at token `close` closes, not before token `from`; -1 when there is none. */
function openingBracket(tokens: readonly Token[], close: number, from: number): number {
  for (let k = close - 1; k >= from; k--) {
    if (tokens[k]!.text === '(') return k;
    if (tokens[k]!.text === ')') return -1;
  }
  return -1;
}

// Verbs after which "dat" opens a reported or established fact ("aan", "uit", "vast", "mee" and "toe" close "toont aan dat", "wijst uit
// dat", "We stellen vast dat", "deelt mee dat", "geeft toe dat").
const REPORTING_VERBS = new Set(['blijkt', 'bleek', 'zegt', 'zei', 'stelt', 'stelde', 'meldt', 'meldde', 'toont', 'toonde', 'aan', 'benadrukt', 'verklaart', 'schrijft', 'wijst', 'uit', 'weet', 'denkt', 'vindt', 'vreest', 'vast', 'mee', 'toe']);

// Personal pronouns that can stand for the subject of the sentence before ("Het parket … Het heeft …").
const PERSONAL_PRONOUNS = new Set(['het', 'hij', 'zij', 'ze']);
const LOCATIVE_ANAPHORS = new Set(['daar', 'hier', 'daarin', 'hierin']);
const RECENCY_DEMONSTRATIVES = new Set(['die', 'deze']);
// Nouns of fixed prepositional frames before "van": "in de vorm van", "op het niveau van"; the figure counts its own noun.
const PREPOSITIONAL_FRAMES = new Set(['vorm', 'niveau', 'gedaante']);

// Findings count occurrences of what the clause names ("het aantal inbraken bleef stabiel met 237 vaststellingen"), though "het
// aantal vaststellingen" names them itself, unlike "het aantal feiten".
const OCCURRENCES: ReadonlySet<string> = new Set([...EVENT_NOUNS, 'vaststellingen']);

/**
 * What a count of occurrences counts: the noun of "het aantal …" or the "van" phrase of a change
 * ("de stijging van geweld tegen de politie, met een toename van 14 gevallen …") earlier in its
 * sentence, else in the sentence before ("een stijging van het aantal woninginbraken. … 108 incidenten"),
 * or two before when the one between points back and has no figure ("Hieronder vallen …"); a count that
 * "dit" or "dat" restates past its own sentence goes on from the last figure of its unit.
 */
function eventsCounted(doc: DocumentReader, f: FigureReading, first: number, sentence: number, earlier: Described[]): Span | null {
  // "met cannabis (39.846 feiten in 2018)": a count in brackets is a breakdown by what it follows.
  if (f.kind !== 'count' || f.unit === null || !OCCURRENCES.has(foldForMatch(f.unit)) || doc.tokens[first - 1]?.text === '(') return null;
  // "325 vaststellingen van sluikstorten": occurrences with their own complement say what they are of.
  if (doc.complement(doc.tokenAt(f.end) - 1, doc.sentenceTokens(sentence)[1])) return null;
  // "Het aantal drugsdelicten neemt toe. Hieronder vallen … In 2013 ging het om 2.680 feiten": a sentence between that opens by
  // pointing back ("hieronder", "daarbij") and has no figure of its own goes on about the same count.
  const figureBefore = lastOf(earlier, (e) => e.sentence === sentence - 1, (e) => e.sentence < sentence - 1) !== undefined;
  const reach = figureBefore || !opensPointingBack(doc, sentence - 1) ? [sentence, sentence - 1] : [sentence, sentence - 1, sentence - 2];
  for (const index of reach) {
    if (index < 0) break;
    // "In 2013 ging het om 2.680 drugsfeiten. In 2016 waren dit er 3.858": past its own sentence, a count that "dit" or "dat" restates
    // goes on from the last figure of its unit that named more than the unit.
    if (index === sentence - 1 && restatedByDemonstrative(doc, first, sentence)) {
      const series = lastOf(earlier, (e) => e.unit === f.unit && e.subject !== null && foldForMatch(e.subject) !== foldForMatch(f.unit!), (e) => e.sentence < sentence - 1);
      if (series) return spanOf(series);
    }
    const [from, to] = doc.sentenceTokens(index);
    for (let k = Math.min(to, first) - 1; k >= from; k--) {
      const t = doc.tokens[k]!;
      if (t.norm === 'aantal') {
        const noun = nounAfterAantal(doc, k + 1, to);
        if (noun) return noun;
        // "Het aantal jaarlijkse gevallen schommelt rond de 4.400": the figure's own sentence counts bare cases; no earlier kind of case is meant.
        const head = aantalHead(doc, k + 1, to);
        if (index === sentence && head >= 0 && EVENT_NOUNS.has(doc.tokens[head]!.norm)) return null;
      } else if (CHANGE_NOUNS.has(t.norm) && doc.tokens[k + 1]?.norm === 'van' && doc.tokens[k + 2]?.type === 'word') {
        const np = doc.nounPhrase(k + 2, to);
        if (np?.last != null && doc.tokens[np.last]!.norm !== 'aantal' && !EVENT_NOUNS.has(doc.tokens[np.last]!.norm)) return doc.span(np);
      }
    }
  }
  return null;
}

/** "In 2016 waren dit er al 3.858", "dat waren er 40": a demonstrative beside a form of "zijn" before the figure in its sentence. */
function restatedByDemonstrative(doc: DocumentReader, first: number, sentence: number): boolean {
  const [from] = doc.sentenceTokens(sentence);
  for (let k = first - 1; k > from; k--) {
    if (DEMONSTRATIVE_SUBJECTS.has(doc.tokens[k]!.norm) && (FORMS_OF_ZIJN.has(doc.tokens[k - 1]!.norm) || FORMS_OF_ZIJN.has(doc.tokens[k + 1]!.norm))) return true;
  }
  return false;
}

// "hieronder", "daarbij", "hiervan": a pronominal adverb that points back to what the sentence before spoke of.
const POINTING_BACK = /^(?:hier|daar)(?:onder|bij|van|in|naast|binnen|voor|door|mee)$/u;

/** Whether the sentence at `index` opens with a pronominal adverb pointing back ("Hieronder vallen zowel bezit als handel"). */
function opensPointingBack(doc: DocumentReader, index: number): boolean {
  if (index < 0) return false;
  const [from, to] = doc.sentenceTokens(index);
  return from < to && POINTING_BACK.test(doc.tokens[from]!.norm);
}

// Words between a count of times and the noun it governs: a separable particle of a verb ("rukken uit", "sprongen bij"), "in" ("bij in bijstand").
const FREQUENCY_GAP_WORDS = new Set(['uit', 'bij', 'op', 'af', 'aan', 'mee', 'terug', 'in']);
// Endings of adjectives and adverbs before a noun: "gerechtelijke", "effectief", "dringend", "nodig", "openbaar", "kosteloos".
const ATTRIBUTE_SHAPE = /(?:e|ief|ig|lijk|isch|end|baar|loos|zaam)$/u;

/**
 * What a count of times ("1.016 keer", "twee maal") counts when a bare noun follows it in its clause, past a "per" phrase
 * and a particle: the postposed subject ("rukken 1.016 keer per dag ploegen uit") or the object the verb takes without an
 * article ("twee keer bij in bijstand", "twee keer per jaar verantwoording aflegt"). A verb or participle right after ("550
 * keer opgeroepen"), a fixed phrase ("ter plaatse"), a multiplier ("drie keer zo veel") or a phrase with a definite article names
 * none; one with "een" is what happened each time.
 */
// What a multiplier compares after "keer": "vier keer zoveel acties", "drie keer meer inbraken".
const MULTIPLE_WORDS = new Set(['zoveel', 'meer', 'minder']);

function actionOfFrequency(doc: DocumentReader, f: FigureReading, last: number, to: number): Span | null {
  if (f.unit === null || !FREQUENCY_NOUNS.has(foldForMatch(f.unit))) return null;
  let k = last + 1;
  if (doc.tokens[k]?.norm === 'per' && TIME_NOUNS.has(doc.tokens[k + 1]?.norm ?? '')) k += 2;
  for (let n = 0; n < 2 && k < to && FREQUENCY_GAP_WORDS.has(doc.tokens[k]!.norm); n++) k++;
  // "voerde vier keer zoveel gerechtelijke acties uit als in 2023": a multiple of what the comparison counts.
  if (doc.tokens[k]?.norm === 'zo' && doc.tokens[k + 1]?.norm === 'veel') k += 2;
  else if (MULTIPLE_WORDS.has(doc.tokens[k]?.norm ?? '')) k++;
  // "opende 358 keer een dossier", "deed 6.414 keer een beroep op ons": an indefinite object is what happened each time.
  if (doc.tokens[k]?.norm === 'een' && !TIME_NOUNS.has(doc.tokens[k + 1]?.norm ?? '')) k++;
  // "werd er 67.103 keer ingebroken", "Er moest 165 keer uitgerukt worden", "waar 19 keer werd ingebroken": a passive without a subject.
  const participle = PASSIVE_AUXILIARIES.has(doc.tokens[k]?.norm ?? '') ? k + 1 : k;
  if (participle < to && IMPERSONAL_PARTICIPLES.has(doc.tokens[participle]!.norm)) return doc.span({ det: participle, first: participle, last: participle });
  const t = doc.tokens[k];
  if (!t || k >= to || t.type !== 'word' || isCap(t) || NP_DETERMINERS.has(t.norm) || VERB_FORM.test(t.norm) || isPastParticiple(t.norm)) return null;
  const np = doc.nounPhrase(k, to);
  if (!np || np.last === null || TIME_NOUNS.has(doc.tokens[np.last]!.norm)) return null;
  // The noun is the first word, or the second after a word of an adjective's or adverb's shape ("gerechtelijke bijstand",
  // "effectief verantwoording"); the phrase read may run on into a verb the lists lack ("verantwoording aflegt").
  const head = np.last > np.first && ATTRIBUTE_SHAPE.test(doc.tokens[np.first]!.norm) ? np.first + 1 : np.first;
  // "maakten 686 keer gebruik van de wet", "deden twee keer beroep op de brandweer": a light verb's noun names no action of its own; what is used is.
  const governed = LIGHT_VERB_NOUNS.get(doc.tokens[head]!.norm);
  if (governed && doc.tokens[head + 1]?.norm === governed) {
    // "gebruik van deze wet": a demonstrative points back, and its noun is what is used.
    const used = doc.nounPhrase(head + 2, to);
    if (used && used.last !== null) return phraseSpan(doc, doc.readPhrase(used, to)) ?? doc.span(used);
  }
  return doc.span({ det: head, first: head, last: head });
}
/**
 * An indefinite object right after token `last` ("een overtreding vast", "een klacht"), without the verb at the clause's end (an
 * infinitive, a separated particle: "een boete opleggen", "een overtreding vast"); null when no "een" phrase follows.
 */
function indefiniteObjectAfter(doc: DocumentReader, last: number, to: number): Span | null {
  const happened = doc.tokens[last + 1]?.norm === 'een' ? doc.nounPhrase(last + 1, to) : null;
  if (!happened || happened.last === null) return null;
  let end = happened.last;
  const closesClause = doc.tokens[end + 1] === undefined || doc.tokens[end + 1]!.type === 'sym';
  if (closesClause && end > happened.first && (/en$/u.test(doc.tokens[end]!.norm) || PARTICLES.has(doc.tokens[end]!.norm) || REPORTING_PARTICLES.has(doc.tokens[end]!.norm))) end--;
  return phraseSpan(doc, doc.readPhrase({ ...happened, last: end }, to));
}

/**
 * What a duration after "om de" (how often) or "binnen de" (a deadline) is of: "krijgt om de vier dagen een klacht" → the
 * indefinite object after it, "1 vaststelling om de twee dagen" → the noun one of is counted before it; "via bemiddeling binnen
 * de twee weken opgelost" → the bare noun right before "binnen". Null for other durations, or when neither is there.
 */
function eventOfInterval(doc: DocumentReader, f: FigureReading, lead: number, last: number, from: number, to: number): Span | null {
  if (f.unit === null || !TIME_NOUNS.has(foldForMatch(f.unit)) || doc.tokens[lead - 1]?.norm !== 'de') return null;
  const before = doc.tokens[lead - 2]?.norm;
  const noun = doc.tokens[lead - 3];
  // "ruwweg 1 vaststelling om de twee dagen": one of a noun right before it, as well as an object after it.
  if (before === 'om') return indefiniteObjectAfter(doc, last, to) ?? (noun && lead - 4 >= from && ONE_WORDS.has(doc.tokens[lead - 4]!.norm) ? doc.span({ det: lead - 4, first: lead - 3, last: lead - 3 }) : null);
  if (before !== 'binnen') return null;
  if (!noun || lead - 3 < from || noun.type !== 'word' || isCap(noun) || NON_NOUNS.has(noun.norm) || FINITE_VERBS.has(noun.norm) || isPastParticiple(noun.norm)) return null;
  return doc.span({ det: lead - 3, first: lead - 3, last: lead - 3 });
}

// Nouns of light verbs ("gebruik maken van", "beroep doen op") with the preposition that names what the action is about.
const LIGHT_VERB_NOUNS: ReadonlyMap<string, string> = new Map([['gebruik', 'van'], ['beroep', 'op']]);

// Nouns of a thing's dimensions ("een oppervlakte van 40 km²").
const DIMENSION_NOUNS = new Set(['oppervlakte', 'lengte', 'breedte', 'hoogte', 'diepte', 'omtrek']);

/**
 * The thing a dimension is of: "een politiezone met een oppervlakte van 25.000 ha" → the phrase before "met"; a dimension
 * labelled in brackets after a clause ("De zone omvat vier gemeenten (oppervlakte: 192 km²)") → that clause's subject.
 * "op een hoogte van 2 meter" names no thing that has it: the dimension itself, as before.
 */
function dimensionOwner(doc: DocumentReader, lead: number, from: number): Span | null {
  const labelled = doc.tokens[lead - 1]?.text === ':' && doc.tokens[lead - 3]?.text === '(';
  if (!labelled && doc.tokens[lead - 1]?.norm !== 'van') return null;
  if (!DIMENSION_NOUNS.has(doc.tokens[lead - 2]?.norm ?? '')) return null;
  if (labelled) {
    const reading = doc.clauseSubjectIn(from, lead - 3)?.reading;
    return reading?.kind === 'np' ? phraseSpan(doc, reading) : null;
  }
  if (!NP_DETERMINERS.has(doc.tokens[lead - 3]?.norm ?? '') || doc.tokens[lead - 4]?.norm !== 'met') return null;
  const np = doc.nounPhraseBefore(lead - 4, from);
  return np && np.last !== null ? phraseSpan(doc, doc.readPhrase(np, lead - 4)) ?? doc.span(np) : null;
}

/** "het aantal door de politie geregistreerde drugsfeiten, …" → "drugsfeiten": the last word before a verb or punctuation. */
function nounAfterAantal(doc: DocumentReader, k: number, to: number): Span | null {
  const last = aantalHead(doc, k, to);
  if (last < 0) return null;
  const t = doc.tokens[last]!;
  if (EVENT_NOUNS.has(t.norm)) {
    // "het aantal gevallen van informaticacriminaliteit": cases of what the complement names; "het aantal feiten" alone names none.
    const of = doc.tokens[last + 1]?.norm === 'van' ? doc.nounPhrase(last + 2, to) : null;
    if (!of || of.last === null || of.det !== last + 2) return null;
    const end = doc.tokens[of.last]!;
    return { start: t.start, end: end.end, quote: doc.text.slice(t.start, end.end) };
  }
  return { start: t.start, end: t.end, quote: t.text };
}

// Prepositions that open a phrase inside a noun phrase before its head: "ter beschikking gestelden", "door de politie geregistreerde".
const INNER_PREPOSITIONS = new Set(['ter', 'te', 'door', 'in', 'op', 'onder', 'uit', 'voor', 'bij', 'met']);
// Words that make a time noun after them a time adverbial: "vorig jaar", "afgelopen maand", "deze week", "in dezelfde periode".
const TIME_DEICTICS = new Set([...TIME_ADJECTIVES, 'verleden', 'dit', 'deze', 'dezelfde', 'hetzelfde']);

/** The head noun of the phrase after "aantal" that starts at token `k` ("het aantal [door de politie geregistreerde feiten]"), or -1. */
function aantalHead(doc: DocumentReader, k: number, to: number): number {
  let last = -1;
  let opened = false;
  for (let j = k; j < to && j < k + (opened ? 12 : 8); j++) {
    const t = doc.tokens[j]!;
    // "het aantal door de parketten tussen 2009 en 2018 afgesloten zaken": the years of an attribute's phrase are in it.
    if (opened && t.type === 'num' && CALENDAR_YEAR.test(t.text)) continue;
    if (t.type !== 'word' || FINITE_VERBS.has(t.norm) || PAST_VERBS.has(t.norm) || isPresentOfEren(t.norm)) break;
    // "het aantal ter beschikking gestelden aan het parket": a preposition after the noun opens its complement; "het aantal
    // misdrijven de voorbije tien jaar": a determiner after it opens another phrase.
    if (last >= 0 && (PHRASE_PREPOSITIONS.has(t.norm) || NP_DETERMINERS.has(t.norm))) break;
    // "het aantal gevallen schommelt": a word after a head that is no attribute ("jaarlijkse gevallen"), and no attribute itself
    // ("door de politiediensten geregistreerde drugsfeiten"), is the verb the lists lack; a noun in a phrase that a preposition
    // opens is no head ("het aantal ter beschikking gestelden").
    // "het aantal gestolen fietsen": a participle in "-en" before a plural noun is an attribute too.
    const participleBefore = last >= 0 && isPastParticiple(doc.tokens[last]!.norm) && !EVENT_NOUNS.has(doc.tokens[last]!.norm) && isBarePlural(t);
    if (last >= 0 && !ATTRIBUTE_SHAPE.test(doc.tokens[last]!.norm) && !ATTRIBUTE_SHAPE.test(t.norm) && !opened && !participleBefore) break;
    if (INNER_PREPOSITIONS.has(t.norm)) opened = true;
    // "piekte het aantal vorig jaar tot 706": a time adverbial, not the counted noun.
    if (TIME_DEICTICS.has(t.norm) && TIME_NOUNS.has(doc.tokens[j + 1]?.norm ?? '')) break;
    if (!NON_NOUNS.has(t.norm) && !NP_DETERMINERS.has(t.norm)) last = j;
  }
  return last;
}

/** "De eerstvolgende 50 ambtenaren …": the figure stands inside the noun phrase that opens its sentence. */
function opensWithin(doc: DocumentReader, from: number, first: number): boolean {
  let k = from;
  while (k < first && doc.tokens[k]!.type === 'sym') k++;
  if (k === first || !NP_DETERMINERS.has(doc.tokens[k]!.norm)) return false;
  const np = doc.nounPhrase(k, first);
  return np !== null && np.last === first - 1 && !TIME_NOUNS.has(doc.tokens[np.last]!.norm);
}

// A word of an infinitive's shape; after "het" alone, a plural noun cannot be meant ("het aantreffen", not "de personen").
const INFINITIVE_SHAPE = /^\p{L}{3,}en$/u;

/** "een groei gemeten van 4%": a participle after the noun is the verb, not part of the phrase. */
function withoutParticiple(doc: DocumentReader, np: NounPhrase | null): NounPhrase | null {
  if (!np || np.last === null || np.last === np.first) return np;
  const w = doc.tokens[np.last]!.norm;
  return PAST_PARTICIPLE.test(w) && !PARTICIPLE_SHAPED_NOUNS.has(w) ? { ...np, last: np.last - 1 } : np;
}
// "waren dat er 151", "het er 550": a pronoun before "er" makes it partitive, a part of a count named before.
const PARTITIVE_OPENERS = new Set(['dat', 'het', 'dit', 'die', 'ze', 'zij']);

/**
 * The subject of "bedragen" when a share is its amount: "Toen bedroeg het tekort 14 procent van het
 * kader" → "tekort", "… dat het personeelstekort bij de politie 16,3 procent van het kader bedraagt"
 * → "personeelstekort" (the phrase after the subordinating "dat"); null when the clause has no
 * "bedragen".
 */
function shareOfAmount(doc: DocumentReader, lead: number, first: number, from: number, to: number, earlier: Described[], sentence: number): Span | null {
  const [start, end] = clauseRange(doc, first, from, to);
  if (!doc.tokens.slice(start, end).some((t) => AMOUNTS_TO.has(t.norm))) return null;
  for (let k = lead - 1; k >= start; k--) {
    const t = doc.tokens[k]!;
    if (t.norm !== 'dat' && !SUBORDINATORS.has(t.norm)) continue;
    // "Toen bedroeg het tekort …": an adverb before the finite verb opens no subordinate clause.
    const np = doc.nounPhrase(doc.tokens[k + 1]?.norm === 'er' ? k + 2 : k + 1, lead);
    if (np?.last != null) return phraseSpan(doc, doc.readPhrase(np, lead));
    break;
  }
  return clauseSubjectOf(doc, first, from, to, earlier, sentence, true) ?? resolve(doc, sentence, earlier, 0, true);
}

/**
 * "De bijdrage bedraagt 2,1 miljoen euro. Dit is 22,6 % van alle dotaties": a share that a
 * pronoun and a copula open the sentence with measures what the pronoun points back to, the
 * subject of the figure before; the "van" phrase is its base.
 */
function shareOfAntecedent(doc: DocumentReader, lead: number, from: number, earlier: Described[], sentence: number): Span | null {
  const pronoun = doc.tokens[from];
  if (!pronoun || (pronoun.norm !== 'dit' && pronoun.norm !== 'dat') || !COPULAS.has(doc.tokens[from + 1]?.norm ?? '') || lead > from + 3) return null;
  const before = lastOf(earlier, (e) => e.subjectStart !== null, (e) => e.sentence < sentence - 1);
  return before ? spanOf(before) : null;
}
const COPULAS = new Set([...FORMS_OF_ZIJN, 'bedraagt', 'bedroeg', 'betekent', 'betekende', 'vormt', 'vormde']);

/** "(- 13 procent, nog 691 feiten)": a count beside a share in one bracket is of what the share is of. */
function countBesideShare(doc: DocumentReader, f: FigureReading, lead: number, earlier: Described[], sentence: number): Span | null {
  const share = earlier.at(-1);
  if (f.kind !== 'count' || !share || share.sentence !== sentence || (share.kind !== 'percentage' && share.kind !== 'fraction') || share.subjectStart === null) return null;
  const between = doc.tokens.slice(doc.tokenAt(share.end), lead);
  if (between[0]?.text !== ',' || !between.slice(1).every((t) => t.type === 'word' && LIST_FILLER_WORDS.has(t.norm))) return null;
  const opens = doc.tokens[doc.tokenAt(share.start) - 1];
  const opensBracket = opens?.text === '(' || ((opens?.text === '-' || opens?.text === '+') && doc.tokens[doc.tokenAt(share.start) - 2]?.text === '(');
  return opensBracket ? spanOf(share) : null;
}
const LIST_FILLER_WORDS = new Set(['nog', 'ook', 'dus', 'of']);

/**
 * "cocaïne (900 gram)", "ketamine (9 kilogram)": the noun a mass alone in brackets follows, what it weighs; "het saldo van het
 * reservefonds (220.999€)": the noun an amount alone in brackets follows, or the one whose "van" phrase that is, what it amounts to.
 */
function amountInBrackets(doc: DocumentReader, f: FigureReading, lead: number, last: number, from: number): Span | null {
  const kind = unitKindOf(f.kind, f.unit);
  if ((kind !== 'mass_kg' && kind !== 'money_eur') || doc.tokens[lead - 1]?.text !== '(' || doc.tokens[last + 1]?.text !== ')') return null;
  const noun = doc.tokens[lead - 2];
  if (!noun || noun.type !== 'word' || isCap(noun) || lead - 2 < from) return null;
  const np = doc.nounPhraseBefore(lead - 1, from);
  if (!np || np.last === null) return null;
  const outer = kind === 'money_eur' && doc.tokens[np.det - 1]?.norm === 'van' ? doc.nounPhraseBefore(np.det - 1, from) : null;
  // "aanzienlijke hoeveelheden cocaïne (900 gram)": the substance, not the amount it is named with.
  const head = doc.tokens[outer?.last ?? np.last]!;
  return { start: head.start, end: head.end, quote: head.text };
}

/**
 * Where a label in quotation marks right before token `end` opens ("de misdrijven ‘diefstal en afpersing’ (-41%)": the label names
 * the kind, the noun before it what is counted), else `end`.
 */
function quotedLabelStart(doc: DocumentReader, end: number, from: number): number {
  if (!QUOTATION_MARKS.has(doc.tokens[end - 1]?.text ?? '')) return end;
  for (let k = end - 2; k > from && k >= end - 8; k--) if (QUOTATION_MARKS.has(doc.tokens[k]!.text)) return k;
  return end;
}

// Words for a part of a whole: "het overgrote deel", "de meerderheid".
const PART_NOUNS: ReadonlySet<string> = new Set(['deel', 'merendeel', 'meerderheid', 'minderheid', 'gros']);

/**
 * The subject of a share that opens a bracket: the subject of the count it follows closely in
 * its sentence ("In 2020 meldden 312 slachtoffers (15 procent) zich online" → "slachtoffers"),
 * else the noun phrase right before the bracket ("de autodiefstallen (- 12 procent)").
 */
function shareInBrackets(doc: DocumentReader, f: FigureReading, lead: number, from: number, earlier: Described[], sentence: number): Span | null {
  if (f.kind !== 'percentage' && f.kind !== 'fraction') return null;
  // "fietsers (270; 39%)": a share after the count it shares a bracket with is of what that count counts.
  const inBracket = earlier.at(-1);
  if ([';', ','].includes(doc.tokens[lead - 1]?.text ?? '') && inBracket && inBracket.kind === 'count' && inBracket.subjectStart !== null && inBracket.end === doc.tokens[lead - 2]?.end && doc.tokens[doc.tokenAt(inBracket.start) - 1]?.text === '(') {
    return spanOf(inBracket);
  }
  let open = lead - 1;
  if (doc.tokens[open]?.text === '-' || doc.tokens[open]?.text === '+') open--;
  if (doc.tokens[open]?.text !== '(' || open <= from) return null;
  // "bijna een derde (27,5 procent)": the same share in other words, of the same whole.
  const restated = earlier.at(-1);
  if (restated && isShare(restated) && restated.subjectStart !== null && restated.end === doc.tokens[open - 1]!.end) return spanOf(restated);
  // "Het aantal inbraken is gedaald (-3%)": a share in brackets after the participle that ends its clause (an auxiliary before it, no
  // inflected adjective right before: "financiële aangelegenheden (+9 procent)" is a noun) is of the clause's subject.
  const verb = doc.tokens[open - 1]!;
  const endsOnParticiple = verb.type === 'word' && !isCap(verb) && isPastParticiple(verb.norm) && !/e$/u.test(doc.tokens[open - 2]?.norm ?? '') &&
    doc.tokens.slice(from, open - 1).some((t) => PASSIVE_AUXILIARIES.has(t.norm));
  if (endsOnParticiple) return resolve(doc, sentence, earlier, 0, false);
  const before = earlier.at(-1);
  if (before && before.sentence === sentence && before.kind === 'count' && before.subjectStart !== null) {
    const between = doc.tokens.slice(doc.tokenAt(before.end), open);
    if (between.length <= 5 && between.every((t) => t.type === 'word' && !FINITE_VERBS.has(t.norm))) return spanOf(before);
  }
  const np = doc.nounPhraseBefore(quotedLabelStart(doc, open, from), from);
  if (!np) return null;
  // "Daarvan was 97,6 % negatief. Ondanks een beter resultaat ten opzichte van vorig jaar (97,13 %) …": a share after the time it is of
  // is the earlier value of the share before it, of what that one is of; so is one after a word for a part ("Het overgrote deel (94,4
  // procent) waren mannen", after "… was een derde minderjarig").
  const head = np.last === null ? '' : doc.tokens[np.last]!.norm;
  if (TIME_NOUNS.has(head) || PART_NOUNS.has(head)) {
    const share = lastOf(earlier, (e) => isShare(e) && e.subjectStart !== null && e.sentence >= sentence - 1, (e) => e.sentence < sentence - 1);
    if (share) return spanOf(share);
    if (TIME_NOUNS.has(head)) return null;
  }
  // "een stijging van woninginbraken in zone A (+ 32%), zone B (+24%) en zone C (+17%)": a share
  // after a place or unit in a list is of what the list breaks down, the phrase before "in"/"bij";
  // the next items, after a comma or "en", are of what the first one is of.
  const by = doc.tokens[np.det - 1]?.norm;
  if (by === 'in' || by === 'bij') {
    // "… bij appartementen (-43 procent) dan bij woningen (-24 procent)": the next item of the breakdown is of what the first is of.
    const joiner = doc.tokens[np.det - 2];
    if (before && before.sentence === sentence && before.subjectStart !== null && (joiner?.norm === 'dan' || joiner?.norm === 'en' || joiner?.text === ',') && doc.tokens[np.det - 3]?.text === ')' && before.end <= joiner.start) return spanOf(before);
    const broken = doc.nounPhraseBefore(np.det - 1, from);
    // "De daling van het aantal inbraken is meer uitgesproken bij appartementen (-43 procent)": before "bij" a predicate, no phrase
    // the list breaks down; the clause's subject is.
    if (broken && broken.last !== null && isPastParticiple(doc.tokens[broken.last]!.norm)) return resolve(doc, sentence, earlier, 0, false);
    if (broken && broken.last !== null) return phraseSpan(doc, doc.readPhrase(broken, doc.sentenceTokens(sentence)[1])) ?? doc.span(broken);
  }
  const item = doc.tokens[np.det - 1];
  if (before && before.sentence === sentence && (item?.text === ',' || item?.norm === 'en') && doc.tokens[np.det - 2]?.text === ')' && before.subjectStart !== null && before.end <= item.start) {
    const bracketed = BRACKET_BEFORE.test(doc.text.slice(Math.max(0, before.start - 4), before.start));
    // "gevolgd door geld (+22 procent) en computers (+15 procent)": when the first item was the phrase before
    // its own bracket, the list names categories, and each item is of its own phrase.
    const ofItsItem = before.subjectEnd! < before.start && ONLY_BRACKET.test(doc.text.slice(before.subjectEnd!, before.start));
    if (bracketed && !ofItsItem) return spanOf(before);
  }
  // "De diefstallen van voertuigen namen overal af. Uitschieters hier waren Antwerpen (21 procent), Gent (17 procent) …": bare names,
  // each with its share in brackets, say where; the shares are of what the sentence before spoke of, where it names something
  // ("Waar er in Luik (110 procent) en Charleroi (138 procent) …" after a sentence with no subject to take keeps the name).
  const spokenOf = sentence > 0 && namesAListOfShares(doc, np, open) ? resolve(doc, sentence - 1, earlier, 1, false) : null;
  if (spokenOf) return spokenOf;
  return phraseSpan(doc, doc.readPhrase(np, doc.sentenceTokens(sentence)[1])) ?? doc.span(np);
}

/**
 * Whether the phrase `np` before the bracket at `open` is a bare name (capitalised words, no article) whose bracket a list joiner
 * and another capitalised name with a bracket follow: "Antwerpen (21 procent), Gent (17 procent)".
 */
function namesAListOfShares(doc: DocumentReader, np: NounPhrase, open: number): boolean {
  if (np.last === null || np.det !== np.first || !doc.tokens.slice(np.first, np.last + 1).every((t) => t.type === 'word' && isCap(t))) return false;
  let close = open + 1;
  while (close < open + 5 && doc.tokens[close] && doc.tokens[close]!.text !== ')') close++;
  const joiner = doc.tokens[close + 1];
  const next = doc.tokens[close + 2];
  return doc.tokens[close]?.text === ')' && (joiner?.text === ',' || joiner?.norm === 'en') && next?.type === 'word' && isCap(next) &&
    (doc.tokens[close + 3]?.text === '(' || (doc.tokens[close + 3]?.type === 'word' && isCap(doc.tokens[close + 3]!) && doc.tokens[close + 4]?.text === '('));
}
const BRACKET_BEFORE = /\(\s*[-+]?\s*$/u;
const ONLY_BRACKET = /^\s*\(\s*[-+]?\s*$/u;

// How many tokens after "Van de" the count of a sentence's opening whole may start ("Van de ongeveer 10.000 kandidaten").
const OPENING_WHOLE_REACH = 4;

/** The count a sentence opens with after "Van de"/"Van het", of which a share in it with no noun of its own is a part. */
function shareOfOpeningWhole(doc: DocumentReader, f: FigureReading, earlier: Described[], sentence: number): Span | null {
  if (!isShare(f)) return null;
  const start = doc.sentenceTokens(sentence)[0];
  const whole = earlier.at(-1);
  if (doc.tokens[start]?.norm !== 'van' || !['de', 'het'].includes(doc.tokens[start + 1]?.norm ?? '')) return null;
  return whole && whole.sentence === sentence && whole.kind === 'count' && whole.subjectStart !== null && doc.tokenAt(whole.start) <= start + OPENING_WHOLE_REACH ? spanOf(whole) : null;
}

/**
 * "een daling van het aantal letselongevallen (Wallonië -3%, Brussel -1% en Vlaanderen -7%)": a share after a name inside a bracket
 * is that place's share of what the phrase before the bracket counts; the next items, after a comma or "en", of what the first is of.
 */
function namedShareInBracket(doc: DocumentReader, f: FigureReading, lead: number, from: number, earlier: Described[], sentence: number): Span | null {
  if (!isShare(f)) return null;
  let k = SIGNS.has(doc.tokens[lead - 1]?.text ?? '') ? lead - 1 : lead;
  if (doc.tokens[k - 1]?.type !== 'word' || !isCap(doc.tokens[k - 1]!)) return null;
  while (k - 1 > from && doc.tokens[k - 1]!.type === 'word' && isCap(doc.tokens[k - 1]!)) k--;
  const before = doc.tokens[k - 1];
  if (before?.text === '(') {
    const np = k - 1 > from ? doc.nounPhraseBefore(k - 1, from) : null;
    return np && np.last !== null ? phraseSpan(doc, doc.readPhrase(np, doc.sentenceTokens(sentence)[1])) ?? doc.span(np) : null;
  }
  const item = earlier.at(-1);
  const joined = before?.text === ',' || before?.norm === 'en';
  return joined && item && item.sentence === sentence && isShare(item) && item.subjectStart !== null && item.end === doc.tokens[k - 2]?.end ? spanOf(item) : null;
}

/**
 * A figure without a noun of its own (a share, a bare count, "keer") in brackets right after a
 * capitalised name that a place preposition, "en" or a comma introduces ("in de gemeente Lennik
 * (26,41%)", "gevolgd door Oost-Vlaanderen (38.000)"): the name is where, and the figure is of what
 * the sentence counts: the subject of a figure before it in the sentence, else the first "van"
 * complement before the name ("het grootste deel van de interventies"), else what "het aantal" counts.
 */
function bracketAfterName(doc: DocumentReader, f: FigureReading, lead: number, from: number, to: number, earlier: Described[], sentence: number): Span | null {
  // "(+12 procent)": a sign inside the bracket.
  const open = ['+', '-', '–'].includes(doc.tokens[lead - 1]?.text ?? '') ? lead - 1 : lead;
  if (doc.tokens[open - 1]?.text !== '(' || doc.tokens[open - 2]?.type !== 'word' || !isCap(doc.tokens[open - 2]!)) return null;
  if (f.kind === 'count' && f.unit !== null && !FREQUENCY_NOUNS.has(foldForMatch(f.unit)) && foldForMatch(f.quote).endsWith(foldForMatch(f.unit))) return null;
  let k = open - 2;
  while (k > from && doc.tokens[k - 1]!.type === 'word' && isCap(doc.tokens[k - 1]!)) k--;
  if (doc.tokens[k - 1]?.norm === 'gemeente' || doc.tokens[k - 1]?.norm === 'stad' || doc.tokens[k - 1]?.norm === 'provincie') k--;
  if (NP_DETERMINERS.has(doc.tokens[k - 1]?.norm ?? '')) k--;
  // "Ook Brugge (34), Oudenaarde (22) …" after "… telt 59 grondslapers": an item of a list of names with counts goes on with the
  // count before it, in its sentence or the one before, whatever opens the sentence.
  const listed = isNamedListItem(doc.tokens, open - 1);
  if (!listed && !NAME_INTRODUCERS.has(doc.tokens[k - 1]?.norm ?? '')) return null;
  const before = listed
    ? lastOf(earlier, (e) => e.subjectStart !== null && e.unit === f.unit, (e) => e.sentence < sentence - 1)
    : lastOf(earlier, (e) => e.sentence === sentence && e.subjectStart !== null, (e) => e.sentence < sentence);
  if (before) return spanOf(before);
  // "zien we voor de politiedotatie in Antwerpen (437 euro)": a phrase with its article that the place is "in" is what is stated there.
  const where = !listed && ['in', 'te'].includes(doc.tokens[k - 1]!.norm) ? doc.nounPhraseBefore(k - 1, from) : null;
  if (where && where.last !== null && where.det < where.first) return phraseSpan(doc, doc.readPhrase(where, to)) ?? doc.span(where);
  const frame = doc.complementWithin([from, k]);
  if (frame) return phraseSpan(doc, doc.readPhrase(frame, to)) ?? doc.span(frame);
  for (let j = from; j < k; j++) {
    if (doc.tokens[j]!.norm === 'aantal') return nounAfterAantal(doc, j + 1, k);
  }
  return null;
}
const NAME_INTRODUCERS = new Set(['in', 'te', 'en', ',', 'door', 'uit', 'voor']);

const FACT_LIST_KINDS = new Set(['staff', 'area_m2']);

/**
 * A figure that ends a short line opened by a capitalised label ("Oppervlakte 38,94 km²",
 * "Personeelsleden 2.675"), of a zone's own attributes (staff, area), is of the organisation the
 * prose before the list introduces: the grammatical subject of the last sentence of prose (a known
 * verb or a closing full stop) before the line; null when that subject names no organisation.
 */
function factListOwner(doc: DocumentReader, f: FigureReading, earlier: Described[]): Span | null {
  if (!FACT_LIST_KINDS.has(readingKindOf(f.kind, f.unit) ?? '')) return null;
  const lineStart = doc.text.lastIndexOf('\n', f.start - 1) + 1;
  const newline = doc.text.indexOf('\n', f.end);
  const lineEnd = newline < 0 ? doc.text.length : newline;
  const opener = doc.tokens[doc.tokenAt(lineStart)];
  if (lineStart === 0 || !opener || opener.type !== 'word' || !isCap(opener) || opener.start >= f.start) return null;
  const [from, to] = [doc.tokenAt(lineStart), doc.tokenAt(lineEnd)];
  if (to - from > 12 || doc.hasVerb(from, to) || doc.tokens.slice(doc.tokenAt(f.end), to).some((t) => t.type === 'num' || /^[.!?]$/u.test(t.text))) return null;
  for (let s = doc.sentenceIndex(lineStart - 1), n = 0; s >= 0 && n < 8; s--, n++) {
    const [sFrom, sTo] = doc.sentenceTokens(s);
    // Prose, not another fact line: a verb the lists know, or a closing full stop.
    const end = Math.min(sTo, doc.tokenAt(lineStart));
    if (doc.tokens[sFrom]!.start >= lineStart || !(doc.hasVerb(sFrom, end) || /^[.!?:]$/u.test(doc.tokens[end - 1]?.text ?? ''))) continue;
    const owner = resolve(doc, s, earlier, 0, true);
    return owner && namesOrganisation(owner) ? owner : null;
  }
  return null;
}

const APPOSITION_MARKS = new Set([',', '–', '-', '—', '(']);

/**
 * An amount, area or share "goed voor" after an apposition mark stands for what comes before it:
 * the subject of the figure before it in its sentence ("1.234 GAS-boetes, goed voor 56.000 euro" → "GAS-boetes")
 * or the phrase before the mark ("Politiezone Noord – goed voor 80 km²"). A count with its own noun
 * ("goed voor 45 interventies") counts that noun.
 */
function goodFor(doc: DocumentReader, f: FigureReading, lead: number, from: number, earlier: Described[], sentence: number): Span | null {
  if (doc.tokens[lead - 1]?.norm !== 'voor' || doc.tokens[lead - 2]?.norm !== 'goed') return null;
  if (f.kind === 'count' && f.unit !== null && foldForMatch(f.quote).endsWith(foldForMatch(f.unit))) return null;
  let k = lead - 3;
  if (doc.tokens[k]?.norm === 'samen') k--;
  if (k < from || !APPOSITION_MARKS.has(doc.tokens[k]!.text)) return null;
  const before = earlier.at(-1);
  if (before && before.sentence === sentence && before.subjectStart !== null && before.end <= doc.tokens[k]!.start) return spanOf(before);
  const np = withoutParticiple(doc, doc.nounPhraseBefore(k, from));
  return np && np.last !== null ? phraseSpan(doc, doc.readPhrase(np, k)) ?? doc.span(np) : null;
}

/**
 * "628 dagen arbeidsongeschiktheid", "7.344 uur beeldmateriaal", "416 maanden stadionverbod uitgedeeld": a duration is of the
 * noun right after it when that word ends the clause or a participle, a finite verb or another coordinated object ("zes uur rijverbod
 * en een proces-verbaal") follows it. Not an infinitive or plural in
 * "-en" ("18 weken duren", "zes uren ingetrokken"), a participle ("binnen de twee dagen opgelost"), an adjective ("drie uur kwijt"
 * is predicative too) or a word of the clause.
 */
function durationOfNoun(doc: DocumentReader, f: FigureReading, last: number): Span | null {
  if (f.kind !== 'quantity' || f.unit === null || !TIME_UNITS.has(foldForMatch(f.unit))) return null;
  const noun = doc.tokens[last + 1];
  if (!noun || noun.type !== 'word' || !/^\p{Ll}/u.test(noun.text) || NON_NOUNS.has(noun.norm) || /(?:en|baar|lijk|ig|isch|ief|kwijt)$/u.test(noun.norm) || isPastParticiple(noun.norm)) return null;
  const after = doc.tokens[last + 2];
  // "zes uur rijverbod en een proces-verbaal": another object coordinated after it ends its phrase too.
  const coordinated = (after?.norm === 'en' || after?.norm === 'of') && NP_DETERMINERS.has(doc.tokens[last + 3]?.norm ?? '');
  const closes = !after || after.type !== 'word' || coordinated || CLAUSE_END_MARKS.has(after.norm) || FINITE_VERBS.has(after.norm) || isPastParticiple(after.norm);
  return closes ? { start: noun.start, end: noun.end, quote: noun.text } : null;
}

/**
 * A share that states, in apposition, how much the figure before it changed: after an apposition mark,
 * "een (forse) daling met/van 28 procent" (also after "goed voor"), or the bare share with "meer"/"minder"
 * ("131 ongevallen, 3% minder dan een jaar eerder"). The change is of what that figure counts, the
 * subject of the last figure of the sentence before the mark; null when the sentence has none
 * ("Dat is een daling van 28 procent" opens no apposition).
 */
function changeInApposition(doc: DocumentReader, f: FigureReading, lead: number, last: number, from: number, to: number, earlier: Described[], sentence: number): Span | null {
  let k = lead - 1;
  const byChange = ELLIPSIS_PREPOSITIONS.has(doc.tokens[k]?.norm ?? '') && CHANGE_NOUNS.has(doc.tokens[k - 1]?.norm ?? '');
  // "een afname met 58 personen": a count is a change in apposition only through a change noun.
  if (!byChange && !isShare(f)) return null;
  let share = false;
  if (byChange) {
    k -= 2;
    // "een forse daling", "een lichte stijging": inflected adjectives before the change noun.
    for (let n = 0; n < 2 && doc.tokens[k]?.type === 'word' && /e$/u.test(doc.tokens[k]!.norm) && !NP_DETERMINERS.has(doc.tokens[k]!.norm); n++) k--;
    if (doc.tokens[k]?.norm !== 'een') return null;
    // "… 91.641 dossiers opgestart. Een stijging met 25 procent ten opzichte van 2010.": opening its sentence, the change is
    // of what the last figure of the sentence before counts.
    if (doc.tokens.slice(from, k).every((t) => t.type === 'sym')) {
      const before = lastOf(earlier, (e) => e.sentence === sentence - 1 && e.subjectStart !== null, (e) => e.sentence < sentence - 1);
      return before ? spanOf(before) : null;
    }
    k--;
    if (doc.tokens[k]?.norm === 'voor' && doc.tokens[k - 1]?.norm === 'goed') k -= 2;
    // "Met 443 vaststellingen in 2019 is er sprake van een stijging van 78,6%": the change the clause speaks of is of the count before it.
    if (doc.tokens[k]?.norm === 'van' && doc.tokens[k - 1]?.norm === 'sprake') {
      const counted = lastOf(earlier, (e) => e.sentence === sentence && e.kind === 'count' && e.subjectStart !== null, (e) => e.sentence < sentence);
      return counted ? spanOf(counted) : null;
    }
  } else {
    const next = doc.tokens[last + 1];
    // "243 bestuurders reden te snel, ongeveer 14,8 procent.": a bare share that closes its clause after a comma states the count before it as a share.
    share = doc.tokens[k]?.text === ',' && (last + 1 >= to || CLAUSE_END_MARKS.has(next?.text ?? ''));
    // "3% meer fietsers" names what grew; "3% minder dan …", "3% meer." name nothing.
    const after = doc.tokens[last + 2];
    if (!share && (!COMPARATIVES.has(next?.norm ?? '') || (after && after.type !== 'sym' && after.norm !== 'dan'))) return null;
  }
  const mark = doc.tokens[k];
  if (k <= from || !mark || !APPOSITION_MARKS.has(mark.text)) return null;
  const before = lastOf(earlier, (e) => e.sentence === sentence && e.end <= mark.start && e.subjectStart !== null, (e) => e.sentence < sentence);
  return before && (!share || before.kind === 'count') ? spanOf(before) : null;
}

// Collective nouns whose size is a count of people: "een bevolking van 260.000 inwoners".
const POPULATION_NOUNS = new Set(['bevolking', 'populatie']);

/**
 * A count of people that gives the size of a population noun right before it, through "van" ("een
 * bevolking van ongeveer 260.000 inwoners") or as a label ("Dagelijkse bevolking 1.200.000 personen"):
 * the population noun is what the figure measures, the people are its unit.
 */
function populationCounted(doc: DocumentReader, f: FigureReading, lead: number, from: number): Span | null {
  const kind = readingKindOf(f.kind, f.unit);
  if (kind !== 'people' && kind !== 'staff') return null;
  const k = doc.tokens[lead - 1]?.norm === 'van' ? lead - 2 : lead - 1;
  const noun = doc.tokens[k];
  return k >= from && noun && POPULATION_NOUNS.has(noun.norm) ? { start: noun.start, end: noun.end, quote: noun.text } : null;
}

// Words between a share and "bij" that report it: "een stijging met 7 procent vast bij fietsers".
const REPORTING_PARTICLES: ReadonlySet<string> = new Set(['vast', ...REPORTED_PARTICIPLES]);

/** The group (plural or organisation) a "bij" phrase right after a share names ("met 7 procent bij fietsers" → "fietsers"). */
function groupAfter(doc: DocumentReader, last: number, to: number): Span | null {
  let k = last + 1;
  if (REPORTING_PARTICLES.has(doc.tokens[k]?.norm ?? '')) k++;
  if (doc.tokens[k]?.norm !== 'bij') return null;
  const np = doc.nounPhrase(k + 1, to);
  if (!np || np.last === null || TIME_NOUNS.has(doc.tokens[np.last]!.norm)) return null;
  // A group is plural ("fietsers", "de jongeren") or an organisation; "bij de start" is a moment.
  const span = doc.span(np);
  return /(?:s|en)$/u.test(doc.tokens[np.last]!.norm) || namesOrganisation(span) ? span : null;
}

const EMPLOYER_PREPOSITIONS = new Set(['voor', 'bij', 'binnen']);

/** The organisation a "voor"/"bij"/"binnen" phrase right after a count of people names, or null for any other phrase. */
function employerAfter(doc: DocumentReader, last: number, to: number): Span | null {
  if (!EMPLOYER_PREPOSITIONS.has(doc.tokens[last + 1]?.norm ?? '')) return null;
  let np = doc.nounPhrase(last + 2, to);
  // "bij de stad aangehouden": a participle closes the phrase.
  while (np && np.last !== null && np.last > np.first && isPastParticiple(doc.tokens[np.last]!.norm)) np = { ...np, last: np.last - 1 };
  const span = np && np.last !== null ? doc.span(np) : null;
  return span && namesOrganisation(span) ? span : null;
}

const CLAUSE_JOINERS = new Set([',', 'en', 'ook', 'maar']);

/**
 * "…, en ook bij de dienst interventie worden twee nieuwe plaatsen voorzien": staff (or posts filled
 * or created) in a coordinated clause that a "bij"/"binnen" phrase opens are of the organisation it names.
 */
function coordinatedEmployer(doc: DocumentReader, f: FigureReading, lead: number, from: number): Span | null {
  if (ownsDemonstrative(f) && !filledPosts(doc, f)) return null;
  for (let k = lead - 1; k > from; k--) {
    const t = doc.tokens[k]!;
    if (t.type === 'num' || t.text === ';' || t.text === ':') return null;
    if ((t.norm !== 'bij' && t.norm !== 'binnen') || !CLAUSE_JOINERS.has(doc.tokens[k - 1]!.norm)) continue;
    const np = doc.nounPhrase(k + 1, lead);
    const span = np && np.last !== null && doc.tokens[np.last + 1]?.type === 'word' ? doc.span(np) : null;
    return span && namesOrganisation(span) ? span : null;
  }
  return null;
}

/**
 * "Het aantal gewone diefstallen nam af met 40 procent. Voor handtasdiefstallen en zakkenrollerij is dat zelfs 56 procent": a share
 * after "is dat" takes up the change of the share before it, in its sentence or the one before. That share, or undefined.
 */
function changeTakenUp(doc: DocumentReader, f: FigureReading, earlier: Described[]): { share: Described; verb: number } | undefined {
  if (f.kind !== 'percentage') return undefined;
  let k = leadOf(doc, doc.tokenAt(f.start)) - 1;
  while (k > 0 && FOCUS_BEFORE_NUMBER.has(doc.tokens[k]!.norm)) k--;
  if (!['dat', 'dit'].includes(doc.tokens[k]?.norm ?? '') || !['is', 'was'].includes(doc.tokens[k - 1]?.norm ?? '')) return undefined;
  const sentence = doc.sentenceIndex(f.start);
  const share = lastOf(earlier, (e) => e.kind === 'percentage' && e.direction !== null, (e) => e.sentence < sentence - 1);
  // "… werd 15,4 procent opgehelderd. Het jaar voordien was dat 12,1 procent": the old value of that share's change takes up no change.
  return share && share.previousValue !== f.value ? { share, verb: k - 1 } : undefined;
}

/**
 * "Voor handtasdiefstallen en zakkenrollerij is dat zelfs 56 procent": what a share taking up a change is of, the words of the "voor"
 * phrase its sentence opens with, up to the verb.
 */
function takenUpFor(doc: DocumentReader, f: FigureReading, from: number, earlier: Described[]): Span | null {
  const takenUp = doc.tokens[from]?.norm === 'voor' ? changeTakenUp(doc, f, earlier) : undefined;
  if (!takenUp || takenUp.verb <= from + 1) return null;
  const words = doc.tokens.slice(from + 1, takenUp.verb);
  if (words.some((t) => t.type !== 'word')) return null;
  const [first, last] = [words[0]!, words.at(-1)!];
  const start = NP_DETERMINERS.has(first.norm) && words.length > 1 ? words[1]!.start : first.start;
  return { start, end: last.end, quote: doc.text.slice(start, last.end) };
}

/** The phrase of a fronted "bij"/"binnen" (staff of an organisation) or "voor" (money) phrase that opens the sentence. */
function frontedPhrase(doc: DocumentReader, from: number, to: number, f: FigureReading): Span | null {
  let k = from;
  while (k < to && doc.tokens[k]!.type === 'sym') k++;
  const preposition = doc.tokens[k]?.norm ?? '';
  // "In het korps werken 300 mensen": "in" as "bij" only before a noun of an organisation.
  const staff = !ownsDemonstrative(f) && (preposition === 'bij' || preposition === 'binnen' || preposition === 'in');
  const purpose = f.kind === 'money' && preposition === 'voor';
  if (!staff && !purpose) return null;
  const np = doc.nounPhrase(k + 1, to);
  if (!np || np.last === null || TIME_NOUNS.has(doc.tokens[np.last]!.norm) || doc.tokens[np.last + 1]?.type === 'num') return null;
  const reading = doc.readPhrase(np, to);
  // "Bij die dienst zijn 110 inspecteurs nodig": a demonstrative before an organisation's noun names it.
  const span = phraseSpan(doc, reading) ?? (staff && reading?.kind === 'anaphor' && reading.np ? doc.span(reading.np) : null);
  // "Bij de actie werden 14 agenten ingezet": only an organisation has staff.
  if (staff && span && !namesOrganisation(span) && (preposition === 'in' || !isCap(doc.tokens[np.first]!))) return null;
  return span;
}

/**
 * "De PZ Noord trekt vlot kandidaten aan. Dit jaar willen we 17 nieuwe mensen aantrekken.": staff
 * or people a speaker ("we") has or wants, in a sentence that names no organisation, are of the
 * organisation the sentence before named: the subject of its staff figure, else its grammatical subject.
 */
function speakersOrganisation(doc: DocumentReader, earlier: Described[], sentence: number): Span | null {
  if (sentence === 0) return null;
  const own = doc.clauseSubject(sentence);
  if (own?.reading?.kind !== 'speaker' || doc.complementWithin(own.fronted)) return null;
  const staff = lastOf(earlier, (e) => e.sentence === sentence - 1 && e.unitKind === 'staff' && e.subjectStart !== null, (e) => e.sentence < sentence - 1);
  if (staff) return namesOrganisation(spanOf(staff)) ? spanOf(staff) : null;
  const found = doc.clauseSubject(sentence - 1);
  const before = found?.reading?.kind === 'np' ? doc.span(found.reading.np) : null;
  return namesOrganisation(before) ? before : null;
}

// A past participle, with a separable prefix or not: "aangehouden", "gearresteerd", "opgepakt".
const PARTICIPLE = /^(?:\p{L}{2,5})?ge\p{L}{3,}(?:d|t|en)$/u;

/**
 * Whether people counted are acted upon, not at work: a past participle (or "te" and an infinitive) follows them in their clause
 * ("36 mensen gerechtelijk aangehouden", "elf ter beschikking gesteld") or "tegen" stands before them ("dossiers tegen 2.961
 * personen"), and the clause has no cue of work.
 */
function actedUpon(doc: DocumentReader, f: FigureReading, last: number, to: number): boolean {
  if (WORK.test(clauseOf(doc, f))) return false;
  // "dat er tegen 2.961 personen dossiers lopen": people something is directed against.
  if (doc.tokens[doc.tokenAt(f.start) - 1]?.norm === 'tegen') return true;
  for (let k = last + 1; k < to && k <= last + 6; k++) {
    const t = doc.tokens[k]!;
    if (t.type !== 'word') return false;
    if (PARTICIPLE.test(t.norm) && !PARTICIPLE_SHAPED_NOUNS.has(t.norm)) return true;
    // "besloot 4 personen aan te houden": the object of an infinitive with "te" is acted upon too.
    if (t.norm === 'te' && doc.tokens[k + 1]?.type === 'word' && /en$/u.test(doc.tokens[k + 1]!.norm)) return true;
  }
  return false;
}

// Verbs of having: "240 agenten telt het korps", "Drie nieuwe inspecteurs kreeg de dienst".
const POSSESSION_VERBS = new Set(['telt', 'tellen', 'telde', 'telden', 'heeft', 'hebben', 'had', 'hadden', 'krijgt', 'krijgen', 'kreeg', 'kregen', 'omvat', 'omvatte']);

/**
 * The owner of people fronted as the object (object-verb-subject order): "240 operationelen en
 * een 50-tal burgers voor technische functies telt het korps." The figure stands before the
 * sentence's first finite verb, a verb of having, and the phrase after it, with its article, ends
 * the sentence ("240 agenten hebben de opleiding gevolgd" goes on: they are the subject).
 */
function possessorAfter(doc: DocumentReader, first: number, from: number, to: number): Span | null {
  if (doc.tokens.slice(from, first).some((t) => t.type === 'word' && FINITE_VERBS.has(t.norm))) return null;
  let verb = -1;
  for (let k = first + 1; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.type !== 'word' || isCap(t)) continue;
    if (POSSESSION_VERBS.has(t.norm)) verb = k;
    if (verb >= 0 || FINITE_VERBS.has(t.norm)) break;
  }
  if (verb < 0) return null;
  const np = doc.nounPhrase(verb + 1, to);
  if (!np || np.last === null || np.det === np.first || !doc.tokens.slice(np.last + 1, to).every((t) => t.type === 'sym')) return null;
  return phraseSpan(doc, doc.readPhrase(np, to));
}

// Subordinators that set a clause against the main clause: "…, terwijl er 22 nodig zijn", "…, waar er 550 zouden moeten zijn".
const CONTRASTING = new Set(['terwijl', 'waar', 'hoewel', 'ofschoon']);
const isPeople = (kind: FigureReading['kind'], unit: string | null) => ['staff', 'people'].includes(readingKindOf(kind, unit) ?? '');

/**
 * "Op dit moment telt de zone 9 inspecteurs, terwijl er 22 krachten nodig zijn": people in a
 * contrasting clause with a presentative "er" and no subject of its own are of what the staff
 * figure before it in the sentence is of.
 */
function contrastedStaff(doc: DocumentReader, f: FigureReading, lead: number, earlier: Described[], sentence: number): Span | null {
  if (!isPeople(f.kind, f.unit) || doc.tokens[lead - 1]?.norm !== 'er' || !CONTRASTING.has(doc.tokens[lead - 2]?.norm ?? '')) return null;
  const before = earlier.at(-1);
  return before && before.sentence === sentence && before.unitKind === 'staff' && before.subjectStart !== null ? spanOf(before) : null;
}

const ONE = new Set(['een', 'één', 'eén', '1']);

// Forms of "gaan" in the impersonal "het gaat om …" ("it is about …").
const GAAN = new Set(['gaat', 'ging', 'gingen', 'gaan']);
const ABOUT = new Set(['om', 'over']);

/**
 * The impersonal "het gaat om/over …" names no subject of its own: a figure after "om" ("Meestal
 * ging het om 50 euro") is of what a fronted "bij" phrase names ("Bij de verkeersovertredingen gaat
 * het om 58 euro"), else of what the figure before it is of; a figure before it ("In de helft van
 * de feiten ging het over een diefstal") is a share of what "om"/"over" names. A count with a noun of
 * its own after "om" ("In 2019 ging het om 220 vaststellingen", "gaat het om 25 mensen") counts that noun.
 */
function aboutClause(doc: DocumentReader, f: FigureReading, lead: number, from: number, to: number, earlier: Described[], sentence: number): Span | null {
  let about = -1;
  for (let k = from; k < to - 2 && about < 0; k++) {
    const [a, b, c] = [doc.tokens[k]!.norm, doc.tokens[k + 1]!.norm, doc.tokens[k + 2]!.norm];
    if (((a === 'het' && GAAN.has(b)) || (GAAN.has(a) && b === 'het')) && ABOUT.has(c)) about = k + 2;
  }
  if (about < 0) return null;
  if (lead > about) {
    // "het gaat om 58 of 116 euro": an alternative after the first figure is of what that one is of.
    if (lead !== about + 1) {
      const alternative = earlier.at(-1);
      return alternative && alternative.sentence === sentence && alternative.start === doc.tokens[about + 1]!.start && COORDINATING.has(doc.tokens[lead - 1]?.norm ?? '') ? spanOf(alternative) : null;
    }
    // "het ging om 236 mensen van de lokale zones": whose they are, the "van" phrase, is read as for any count.
    // "Het aantal drugsdelicten neemt toe. … In 2013 ging het nog om 2.680 feiten": bare occurrences count what "het aantal" named before.
    if (f.kind === 'count' && ownsNoun(f)) return doc.complement(doc.tokenAt(f.end) - 1, to) ? null : eventsCounted(doc, f, doc.tokenAt(f.start), sentence, earlier) ?? countedNoun(doc, f, to);
    if (doc.tokens[from]?.norm === 'bij') {
      const np = doc.nounPhrase(from + 1, about);
      if (np && np.last !== null) return doc.span(np);
    }
    const before = lastOf(earlier, (e) => e.subjectStart !== null, (e) => e.sentence < sentence - 1);
    return before ? spanOf(before) : null;
  }
  if (lead > about - 3) return null;
  // "In 324 dossiers ging het om meerderjarigen": a count with its own noun before "ging het om" counts that noun.
  if (f.kind === 'count' && ownsNoun(f)) return countedNoun(doc, f, to);
  const np = doc.nounPhrase(about + 1, to);
  return np && np.last !== null ? doc.span(np) : null;
}

/** Whether a figure's quote ends in its unit, a noun of its own ("300 dossiers"), not one taken from before. */
const ownsNoun = (f: FigureReading) => f.unit !== null && foldForMatch(f.quote).endsWith(foldForMatch(f.unit));

// Nouns of the cases in which a clause held: "in 23 gevallen", "in twaalf dossiers" are how often, not what.
const CASE_NOUNS = new Set(['gevallen', 'geval']);

/** "In 23 gevallen zijn ze geseponeerd": a count of cases after "in", not a fraction ("in negen op de tien gevallen"). */
function casesOfClause(doc: DocumentReader, f: FigureReading, lead: number): boolean {
  return f.kind === 'count' && f.unit !== null && CASE_NOUNS.has(foldForMatch(f.unit)) && doc.tokens[lead - 1]?.norm === 'in';
}

/**
 * "15 voor bezit of gebruik van lachgas, 59 voor sluikstorten", "36 procent voor diefstal": a number
 * without a noun of its own, or a share, right before "voor" and a noun without an article counts
 * or measures the category the noun names. An article ("voor de politie") or a name ("voor
 * België") makes a purpose or a place, not a category.
 */
function categoryAfter(doc: DocumentReader, f: FigureReading, last: number, to: number, earlier: Described[], sentence: number): Span | null {
  // A unit taken from before ("300 dossiers. … 41 voor wildplassen") is no noun of the figure's own.
  const bare = f.kind === 'count' && (f.unit === null || !ownsNoun(f));
  if (!(bare || f.kind === 'percentage') || doc.tokens[last + 1]?.norm !== 'voor') return null;
  // "tien vacatures voor inspecteurs, en nog drie voor hoofdinspecteur": a gap for the noun a figure
  // before it in the sentence named; the "voor" phrases are parallel, the number counts that noun.
  if (lastOf(earlier, (e) => e.sentence === sentence && ownsNoun(e), (e) => e.sentence < sentence)) return null;
  const head = doc.tokens[last + 2];
  if (!head || head.type !== 'word' || isCap(head) || NP_DETERMINERS.has(head.norm)) return null;
  const np = doc.nounPhrase(last + 2, to);
  return np && np.last !== null && !TIME_NOUNS.has(doc.tokens[np.last]!.norm) ? doc.span(np) : null;
}

/** "een wijkagent per 2.500 inwoners", "1 camera per 300 meter": the noun a rate counts, one of it per the figure. */
function ratedNoun(doc: DocumentReader, lead: number, from: number): Span | null {
  if (doc.tokens[lead - 1]?.norm !== 'per') return null;
  const np = doc.nounPhraseBefore(lead - 1, from);
  if (!np || np.last === null || !ONE.has(doc.tokens[np.first - 1]?.norm ?? '')) return null;
  return doc.span(np);
}

// Quantities an owner has, whose change is a change of the quantity ("het budget van de politie daalde met 15 procent").
const OWNED_QUANTITIES = new Set(['budget', 'begroting', 'capaciteit', 'personeelscapaciteit', 'werkingsbudget', 'dotatie']);
// "het budget van de federale politie", "de capaciteit van ons korps": the quantity noun, "van" and the owner's determiners.
const OWNED_QUANTITY_BEFORE = /(?<![\p{L}])(\p{L}+)\s+van\s+(?:(?:de|het|ons|onze|zijn|haar|hun|deze|dit)\s+)?$/u;

/**
 * Second readings of a subject found by the rules of `subjectOf`, on what the phrase is:
 * - a change by a figure ("… gedaald met 2,5%") whose subject is the owner in "de capaciteit van
 *   ons korps" is a change of the owned quantity ("capaciteit"), not of the owner;
 * - people or staff whose subject is a bare place name ("Limburg heeft 2.249 politieagenten") or a place noun ("Ons land telde
 *   37.008 agenten") are counted for themselves: a place has inhabitants and officers working there, not staff
 *   (its police organisation is named as such), and the place stays the figure's setting;
 * - so are people an owner lacks ("De zone heeft 30 agenten te weinig", {@link shortageAfter}).
 */
function ownerRead(doc: DocumentReader, f: FigureReading, subject: Span | null): Span | null {
  if (!subject) return subject;
  const first = doc.tokenAt(f.start);
  if (f.kind === 'percentage' && doc.tokens[leadOf(doc, first) - 1]?.norm === 'met') {
    const owned = OWNED_QUANTITY_BEFORE.exec(doc.text.slice(Math.max(0, subject.start - 60), subject.start));
    if (owned && OWNED_QUANTITIES.has(foldForMatch(owned[1]!))) {
      const start = subject.start - owned[0].length;
      return { start, end: start + owned[1]!.length, quote: owned[1]! };
    }
  }
  if (isPeople(f.kind, f.unit) && subject.end <= f.start && (bareName(doc, subject) || PLACE_KIND_NOUNS.has(foldForMatch(subject.quote)) || shortageAfter(doc, f))) {
    return countedNoun(doc, f, doc.sentenceTokens(doc.sentenceIndex(f.start))[1]) ?? subject;
  }
  return subject;
}

// Nouns of a place as a subject ("Ons land telde 37.008 agenten", "De stad telt 300 agenten"): a place, as its bare name is.
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(['land', 'stad', 'gemeente', 'provincie', 'regio', 'gewest', 'arrondissement']);

/**
 * "De zone heeft 30 agenten te weinig", "we hebben twintig inspecteurs tekort": a shortage stated as people counts the
 * people, as "500 agenten tekort" does without an owner (the devset convention); the owner stays the subject's actor.
 */
function shortageAfter(doc: DocumentReader, f: FigureReading): boolean {
  const k = doc.tokenAt(f.end);
  const next = doc.tokens[k]?.norm;
  return next === 'tekort' || (next === 'te' && SHORT_AFTER_TE.has(doc.tokens[k + 1]?.norm ?? ''));
}
const SHORT_AFTER_TE = new Set(['kort', 'weinig']);

/** A capitalised name standing without an article, and naming no organisation ("Limburg", not "de provincie", "Politiezone Noord"). */
function bareName(doc: DocumentReader, subject: Span): boolean {
  const k = doc.tokenAt(subject.start);
  const t = doc.tokens[k];
  return t !== undefined && isCap(t) && !NP_DETERMINERS.has(doc.tokens[k - 1]?.norm ?? '') && !namesOrganisation(subject) && !ANAPHORIC_PRONOUNS.has(t.norm) && !SPEAKER_PRONOUNS.has(t.norm);
}

/** Whether a range is read from its "van" ("boetes van 250 tot 600 euro"), so the word before its lead is the phrase it measures. */
const opensWithVan = (doc: DocumentReader, f: FigureReading, lead: number) => f.valueMax !== null && doc.tokens[lead]?.norm === 'van';

/** The first token of a figure with the qualifier before it ("met bijna 1.000" → "bijna"). */
function leadOf(doc: DocumentReader, first: number): number {
  return findQualifier(doc.tokens, first, 0, false)?.first ?? first;
}

/** The figure of the same sentence that ", ofwel" (or a share after "of") restates, if the figure at `lead` is one. */
function restatedFigure(doc: DocumentReader, f: FigureReading, lead: number, earlier: Described[], sentence: number): Described | undefined {
  // "196 vragenlijsten of 31 %", "met 14 feiten of +6%": a share right after "of" (and its own sign) and a count restates that count as
  // a part of the whole.
  const counted = earlier.at(-1);
  const signed = SIGNS.has(doc.tokens[lead - 1]?.text ?? '') && signsNumber(doc.text, doc.tokens[lead - 1]!, doc.tokens[lead]!) ? 1 : 0;
  const of = lead - 1 - signed;
  if (isShare(f) && doc.tokens[of]?.norm === 'of' && counted && counted.kind === 'count' && counted.end === doc.tokens[of - 1]?.end && counted.subjectStart !== null) return counted;
  // "(19 procent of 1 op 5)": a share right after "of" and another share restates it, of the same whole.
  if (isShare(f) && doc.tokens[of]?.norm === 'of' && counted && isShare(counted) && counted.end === doc.tokens[of - 1]?.end && counted.subjectStart !== null) return counted;
  // "24% van de bestuurders reed te snel, dat is bijna 1 op 4": a share that ", dat is" sets after a share of its sentence restates it.
  const before = earlier.at(-1);
  if (isShare(f) && before?.sentence === sentence && isShare(before) && before.subjectStart !== null && restatesByDatIs(doc.tokens, lead, before.end)) return before;
  // "…, nl. 2.183.000 euro": the abbreviation's period; "160 ton (oftewel 160.000 kilo)".
  const word = doc.tokens[lead - 1]?.text === '.' && doc.tokens[lead - 2]?.norm === 'nl' ? lead - 2 : lead - 1;
  const opener = doc.tokens[word - 1]?.text;
  if (!RESTATING_WORDS.has(doc.tokens[word]?.norm ?? '') || (opener !== ',' && opener !== '(')) return undefined;
  // "160 ton (oftewel 160.000 kilo)": in brackets, right after the figure it restates.
  if (opener === '(' && before?.end !== doc.tokens[word - 2]?.end) return undefined;
  // A sentence splitter may end the sentence at the abbreviation: the restating word then lies in the sentence before.
  const sameSentence = before && (before.sentence === sentence || (before.sentence === sentence - 1 && doc.tokens[word]!.start < doc.sentences[sentence]![0]));
  return sameSentence ? before : undefined;
}

// The pronouns that take up the clause before them in ", dat is …" ("dit is", "wat is"; the verb after them is "is").
const RESTATING_DEMONSTRATIVES: ReadonlySet<string> = new Set(['dat', 'dit', 'wat']);

/** Whether ", dat is" (or "dit is", "wat is") stands right before token `lead`, after a comma past the figure that ends at `end`. */
function restatesByDatIs(tokens: readonly Token[], lead: number, end: number): boolean {
  const comma = tokens[lead - 3];
  return tokens[lead - 1]?.norm === 'is' && RESTATING_DEMONSTRATIVES.has(tokens[lead - 2]?.norm ?? '') && comma?.text === ',' && comma.start >= end;
}

// Prepositions before a frame of value: "voor een waarde van", "met een bedrag van", "ter waarde van".
const VALUE_FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['voor', 'met', 'ter']);

/**
 * What "voor een bedrag van" (at token `preposition`) values in its sentence: the subject of a count read before it there ("103
 * GAS-boetes uitgeschreven voor een bedrag van …"), else the subject of a passive clause when it is a noun phrase of its own ("De
 * vijf camera's werden aangekocht voor …"); null otherwise.
 */
function valuedInClause(doc: DocumentReader, earlier: Described[], sentence: number, preposition: number): Span | null {
  const counted = lastOf(earlier, (e) => e.sentence === sentence && e.kind === 'count' && e.subjectStart !== null && e.end <= doc.tokens[preposition]!.start, (e) => e.sentence < sentence);
  if (counted) return spanOf(counted);
  // Only a passive's subject is what was bought ("De camera's werden aangekocht voor …"); an active's does the buying ("De FGP nam
  // geld in beslag voor een waarde van …").
  const own = doc.clauseSubject(sentence);
  const [from] = doc.sentenceTokens(sentence);
  const passive = doc.tokens.slice(from, preposition).some((t) => WORDEN_FORMS.has(t.norm));
  if (own?.reading?.kind !== 'np' || own.fronted[1] > preposition || !passive) return null;
  const np = own.reading.np;
  return np.last !== null && !FRAME_NOUNS.has(doc.tokens[np.last]!.norm) ? doc.span(np) : null;
}

/**
 * The phrase that "voor een waarde van" values, read back from token `end`: "41 voertuigen voor
 * een waarde van …"; a fixed verb phrase ("in beslag", "ter plaatse") is passed over.
 */
function valuedPhrase(doc: DocumentReader, end: number, from: number, to: number): Span | null {
  let valued = doc.nounPhraseBefore(end, from);
  if (valued && valued.last === valued.first && FIXED_PHRASE_NOUNS.has(doc.tokens[valued.first]!.norm) && valued.det === valued.first) {
    valued = doc.nounPhraseBefore(valued.first - 1, from);
  }
  return valued && phraseSpan(doc, doc.readPhrase(valued, to));
}

/** What an amount after token `last` is spent on: a phrase after "aan"/"in"/"voor"/"op", past one or two verb forms. */
function purposeOf(doc: DocumentReader, last: number, to: number): Span | null {
  let k = last + 1;
  // "303 euro per bewoner per jaar voor politie": a rate's "per" phrases stand between an amount and its purpose.
  while (doc.tokens[k]?.norm === 'per' && doc.tokens[k + 1]?.type === 'word') k += 2;
  for (let n = 0; n < 3 && k < to && doc.tokens[k]!.type === 'word' && (VERB_FORM_AFTER_AMOUNT.test(doc.tokens[k]!.norm) || PARTICLES.has(doc.tokens[k]!.norm)); n++) k++;
  // "de 37000 euro die in de begroting extra is voorzien voor overuren": the purpose "voor" names in the amount's relative clause.
  if (RELATIVE_PRONOUNS.has(doc.tokens[k]?.norm ?? '')) {
    for (let j = k + 1; j < to && j <= k + RELATIVE_PURPOSE_REACH && doc.tokens[j]!.type === 'word'; j++) {
      if (doc.tokens[j]!.norm !== 'voor') continue;
      k = j;
      break;
    }
  }
  if (!['aan', 'in', 'voor', 'op'].includes(doc.tokens[k]?.norm ?? '')) return null;
  const np = doc.nounPhrase(k + 1, to);
  const span = np && !TIME_NOUNS.has(doc.tokens[np.last ?? np.first]?.norm ?? '') ? phraseSpan(doc, doc.readPhrase(np, to)) : null;
  // "4.084.376 euro voor Evergem": a bare name (a town's) says whose share or where, not what the money is for.
  return span && bareName(doc, span) ? null : span;
}
// How far into an amount's relative clause its purpose may stand ("die in de politiebegroting extra is voorzien voor").
const RELATIVE_PURPOSE_REACH = 10;
// "trekt 100 miljoen euro extra uit voor de politie": particles and "extra" between an amount and its purpose.
const PARTICLES = new Set(['uit', 'vrij', 'bij', 'extra', 'meer', 'jaarlijks']);
// Participles and infinitives between an amount and its purpose: "geïnvesteerd in", "uitgegeven aan", "besteden aan".
const VERB_FORM_AFTER_AMOUNT = /^(?:ge\p{L}+[dt]|\p{L}*ge\p{L}+en|\p{L}{3,}en)$/u;

/** "de versterking van de capaciteit met 1.000 personen" → "capaciteit": the "van" phrase of a change noun before "met". */
function changedPhrase(doc: DocumentReader, lead: number, from: number, to: number): Span | null {
  if (doc.tokens[lead - 1]?.norm !== 'met') return null;
  for (let k = lead - 2; k >= from && k >= lead - 25; k--) {
    const t = doc.tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.type === 'num') return null;
    // "een sterke bevolkingsgroei kent met bijna 15%": a compound of a change names what changes.
    if (t.type === 'word' && !CHANGE_NOUNS.has(t.norm) && changeNounIn(t.norm)) return { start: t.start, end: t.end, quote: t.text };
    if (!CHANGE_NOUNS.has(t.norm) || doc.tokens[k + 1]?.norm !== 'van') continue;
    const np = doc.nounPhrase(k + 2, to);
    return np && (phraseSpan(doc, doc.readPhrase(np, to)) ?? doc.span(np));
  }
  return null;
}

// Infinitives of change, their particle apart: "uit te breiden", "te versterken", "op te trekken".
const CHANGE_INFINITIVES = new Set(['breiden', 'uitbreiden', 'versterken', 'verhogen', 'trekken', 'optrekken', 'verminderen', 'verlagen', 'aanvullen', 'vullen']);

/** "om de dienst interventie uit te breiden met 2 medewerkers" → "dienst interventie": what an infinitive of change changes, by the figure after "met". */
function changedObject(doc: DocumentReader, lead: number, from: number, to: number): Span | null {
  if (doc.tokens[lead - 1]?.norm !== 'met' || !CHANGE_INFINITIVES.has(doc.tokens[lead - 2]?.norm ?? '') || doc.tokens[lead - 3]?.norm !== 'te') return null;
  let end = lead - 3;
  if (['uit', 'op', 'aan'].includes(doc.tokens[end - 1]?.norm ?? '')) end--;
  const np = doc.nounPhraseBefore(end, from);
  if (!np || np.last === null || np.det === np.first) return null;
  return phraseSpan(doc, doc.readPhrase(np, to)) ?? doc.span(np);
}

/** The token after the numbers coordinated after token `last`, each with its percent word or not ("… en 11,4%", ", 9 en 4 procent"), `last + 1` when none follow. */
function pastCoordinatedNumbers(tokens: Token[], last: number): number {
  let k = last + 1;
  while ((tokens[k]?.norm === 'en' || tokens[k]?.text === ',') && tokens[k + 1]?.type === 'num') {
    k += 2;
    if (PERCENT_WORDS.has(tokens[k]?.norm ?? '')) k++;
  }
  return k;
}

/**
 * "Heverlee en Kessel-Lo waren goed voor respectievelijk 16,6% en 11,4% van de aangiftes": a share in a list of coordinated shares,
 * before or after the others, is of the complement ("van de aangiftes") after the list's last share. Null when the share stands in
 * no such list or no complement follows it.
 */
function complementOfShareList(doc: DocumentReader, f: FigureReading, lead: number, last: number, to: number): Span | null {
  if (f.kind !== 'percentage') return null;
  const { tokens } = doc;
  const end = pastCoordinatedNumbers(tokens, last);
  const afterAnother = (tokens[lead - 1]?.norm === 'en' || tokens[lead - 1]?.text === ',') && PERCENT_WORDS.has(tokens[lead - 2]?.norm ?? '');
  if (end === last + 1 && !afterAnother) return null;
  const np = doc.complement(end - 1, to);
  return np && np.last !== null ? phraseSpan(doc, doc.readPhrase(np, to)) ?? doc.span(np) : null;
}

/**
 * "zijn met respectievelijk 17% en 16% gedaald", "met 12, 9 en 4 procent gestegen": the first of figures coordinated after "met"
 * changes as the verb after the last one says (the others take it from the one before: "daalden met 21 en 28 procent").
 */
function firstOfCoordinatedChanges(doc: DocumentReader, lead: number, last: number): FigureDirection | null {
  const { tokens } = doc;
  const byMet = tokens[lead - 1]?.norm === 'met' || (tokens[lead - 1]?.norm === 'respectievelijk' && tokens[lead - 2]?.norm === 'met');
  if (!byMet) return null;
  let k = pastCoordinatedNumbers(tokens, last);
  if (k === last + 1) return null;
  while (k <= last + 12 && (PASSIVE_AUXILIARIES.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'te')) k++;
  return tokens[k]?.type === 'word' ? cueDirection(tokens[k]!.norm) : null;
}

/**
 * "een daling van het aantal inbraken van 20 procent", "een stijging van de politiesterkte van duizend man": the change noun whose
 * "van" phrase (what changes) stands between it and the "van" before the figure at `lead`; null when there is none.
 */
function changeOfAPhraseBy(doc: DocumentReader, lead: number): string | null {
  if (doc.tokens[lead - 1]?.norm !== 'van') return null;
  for (let k = lead - 2; k >= lead - 6 && k > 0; k--) {
    const t = doc.tokens[k]!;
    if (t.norm === 'van') return CHANGE_NOUNS.has(doc.tokens[k - 1]!.norm) ? doc.tokens[k - 1]!.norm : null;
    if (t.type !== 'word' || !(NP_DETERMINERS.has(t.norm) || isNounPhraseWord(t, false))) return null;
  }
  return null;
}

/** The change noun a word is or ends in: "groei", "bevolkingsgroei" → "groei"; null for others. */
function changeNounIn(word: string): string | null {
  if (CHANGE_NOUNS.has(word)) return word;
  for (const noun of CHANGE_NOUNS) if (word.length > noun.length + 2 && word.endsWith(noun)) return noun;
  return null;
}

/** Staff and people are of an organisation: "Deze inzet maakt 30 agenten mogelijk" points back past "inzet". */
const ownsDemonstrative = (f: FigureReading) => !['staff', 'people'].includes(readingKindOf(f.kind, f.unit) ?? '');

const phraseSpan = (doc: DocumentReader, r: SubjectReading) => (r?.kind === 'np' ? doc.span(r.np) : null);

/**
 * The grammatical subject of a sentence, following pronouns and "dit aantal" back one sentence
 * at a time. With `ownDemonstrative`, a demonstrative phrase with a noun ("Deze bijkomende
 * investering") is the subject itself.
 */
function resolve(doc: DocumentReader, sentence: number, earlier: Described[], depth: number, ownDemonstrative: boolean, share = true): Span | null {
  const found = doc.clauseSubject(sentence);
  if (!found) return null;
  const { reading, fronted } = found;
  if (reading?.kind === 'np') return doc.span(reading.np);
  if (reading?.kind === 'anaphor' && reading.np && ownDemonstrative && depth === 0) return doc.span(reading.np);
  // "… een inkijk in zijn korps. Dat korps telt 70 politiemensen": a demonstrative that names an organisation is the body the
  // people counted belong to, the subject itself, not what the sentence before counted.
  if (reading?.kind === 'anaphor' && reading.np && depth === 0 && namesOrganisation(doc.span(reading.np))) return doc.span(reading.np);
  if (reading?.kind === 'speaker') {
    const c = doc.complementWithin(fronted);
    return c ? phraseSpan(doc, doc.readPhrase(c, fronted[1])) ?? doc.span(c) : null;
  }
  if (reading?.kind === 'anaphor' && sentence > 0 && depth < 2) {
    // "Het parket bestaat uit vier afdelingen. Het heeft een kader van 58 magistraten": a personal pronoun
    // as subject goes on with the subject of the sentence before, not with what its last figure counts.
    if (!reading.np && PERSONAL_PRONOUNS.has(doc.tokens[fronted[0]]?.norm ?? '') && doc.tokens[fronted[0] + 1]?.type === 'word') {
      const topic = doc.clauseSubject(sentence - 1)?.reading;
      if (topic?.kind === 'np') return doc.span(topic.np);
    }
    // "… een dotatie van 3 miljoen euro aan de politiezone. Die telt 128 agenten": people counted after a demonstrative "die"/"deze"
    // alone belong to the nearest phrase before, when it names an organisation, not to what the last figure was of.
    if (depth === 0 && !reading.np && !ownDemonstrative && RECENCY_DEMONSTRATIVES.has(doc.tokens[fronted[0]]?.norm ?? '')) {
      const nearest = doc.lastPhraseOf(sentence - 1);
      if (nearest && namesOrganisation(nearest)) return nearest;
    }
    // "In negen op de tien gevallen werd een boete uitgeschreven. Gemiddeld bedroeg die 93,5 euro": an amount
    // or a count does not stand for what a share before it is a share of.
    const previous = earlier.filter((e) => e.sentence === sentence - 1 && e.subjectStart !== null && (share || !isShare(e))).at(-1);
    if (previous) return { start: previous.subjectStart!, end: previous.subjectEnd!, quote: previous.subject! };
    // "… behalve feiten van diefstal met geweld. Die stegen met 12 procent": a demonstrative "die"/"deze"
    // standing alone points to the nearest phrase, the last one of the sentence before, not to its subject.
    if (depth === 0 && !reading.np && RECENCY_DEMONSTRATIVES.has(doc.tokens[fronted[0]]?.norm ?? '')) {
      const nearest = doc.lastPhraseOf(sentence - 1);
      if (nearest) return nearest;
    }
    return resolve(doc, sentence - 1, earlier, depth + 1, ownDemonstrative, share);
  }
  return null;
}

// Conjunctions that open a subordinate clause, whose subject follows right after them.
const SUBORDINATORS = new Set([
  'terwijl', 'omdat', 'hoewel', 'wanneer', 'nadat', 'zodat', 'doordat', 'aangezien', 'indien', 'zodra', 'waardoor', 'voordat', 'ofschoon',
  'toen', 'waar',
]);
// Relative adverbs that open a clause of their own, with a comma before them or without: "een PV opgesteld waarbij de boetes …".
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(['waarbij', 'waardoor', 'waarin', 'waarmee']);

/** The first finite verb (not capitalised) right after a comma in tokens [from, to), or -1: the verb of a clause whose adverbial commas set off. */
function verbAfterAComma(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to - 1; j++) {
    const next = tokens[j + 1]!;
    if (tokens[j]!.text === ',' && next.type === 'word' && !isCap(next) && FINITE_VERBS.has(next.norm)) return j + 1;
    if (tokens[j]!.text !== ',' && CLAUSE_END_MARKS.has(tokens[j]!.text)) return -1;
  }
  return -1;
}

/**
 * Whether token `k` is the last word of a subordinate clause, where Dutch puts the finite verb: "blijkt dat nog meer gemeenten rond de
 * 2% schommelen." ("dat" or a subordinator before it in the sentence, a clause mark or the sentence's end after it).
 */
function endsSubordinateClause(doc: DocumentReader, k: number, from: number, to: number): boolean {
  const next = doc.tokens[k + 1];
  if (k + 1 < to && !CLAUSE_END_MARKS.has(next?.text ?? '')) return false;
  return doc.tokens.slice(from, k).some((t) => t.norm === 'dat' || SUBORDINATORS.has(t.norm));
}

/** Whether token `k` is a participle (not capitalised) after which no noun goes on: a word that is none, or a function word. */
function participleClosingPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.type !== 'word' || isCap(t) || !isPastParticiple(t.norm)) return false;
  const next = tokens[k + 1];
  return next?.type !== 'word' || NON_NOUNS.has(next.norm);
}

/**
 * The token range of the clause holding token `at` within a sentence [from, to): cut at ";"
 * and ":", at a comma before a conjunction or relative word, after a subordinate clause that
 * opens the sentence ("Waar …, is dat nu de helft"), and before "en"/"maar" that coordinates a
 * clause with its own subject and verb ("… en de hoeveelheid ervan is … gestegen").
 */
/**
 * Whether the comma at `comma` stands between two names of a list that "en" or "of" closes before `to`: "Antwerpen, Gent en Luik",
 * "Brugge, Gent, Kortrijk of Oostende", each name one capitalised word.
 */
function namesListGoesOn(tokens: Token[], comma: number, to: number): boolean {
  const isName = (t: Token | undefined) => t !== undefined && t.type === 'word' && isCap(t);
  if (!isName(tokens[comma - 1])) return false;
  for (let k = comma; k + 2 < to; k += 2) {
    if (!isName(tokens[k + 1])) return false;
    const joiner = tokens[k + 2]!;
    if ((joiner.norm === 'en' || joiner.norm === 'of') && isName(tokens[k + 3])) return true;
    if (joiner.text !== ',') return false;
  }
  return false;
}

function clauseRange(doc: DocumentReader, at: number, from: number, to: number): [number, number] {
  const { tokens } = doc;
  let start = from;
  const opener = tokens[from]?.type === 'sym' ? tokens[from + 1] : tokens[from];
  if (opener && SUBORDINATORS.has(opener.norm)) {
    for (let k = from + 1; k < at; k++) {
      if (tokens[k]!.text !== ',') continue;
      start = k + 1;
      break;
    }
  }
  // A comma between a relative adverb and the figure closes the adverb's clause ("deze veroordelingen, waarbij het rijbewijs
  // vervallen werd verklaard, … goed voor 31,1%").
  let pastComma = false;
  for (let k = at - 1; k > start; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || (t.text === ',' && CLAUSE_OPENER_SET.has(tokens[k + 1]?.norm ?? ''))) {
      start = k + 1;
      break;
    }
    if (t.text === ',') pastComma = true;
    if (RELATIVE_ADVERBS.has(t.norm) && !pastComma) {
      start = k;
      break;
    }
    if ((t.norm === 'en' || t.norm === 'maar') && NP_DETERMINERS.has(tokens[k + 1]?.norm ?? '') && tokens.slice(k + 2, at).some((w) => w.type === 'word' && FINITE_VERBS.has(w.norm))) {
      start = k + 1;
      break;
    }
    // "…, en nam het aantal patrouille-uren toe met 60 procent": a coordinated clause in verb-first order.
    if (t.norm === 'en' && tokens[k - 1]?.text === ',' && FINITE_VERBS.has(tokens[k + 1]?.norm ?? '') && NP_DETERMINERS.has(tokens[k + 2]?.norm ?? '')) {
      start = k + 1;
      break;
    }
    // "… werd met 40 procent teruggedrongen, het aantal autodiefstallen viel met 17,6 procent terug":
    // main clauses joined by a comma alone, each with its own verb (a list of subjects has one verb).
    if (t.text === ',' && NP_DETERMINERS.has(tokens[k + 1]?.norm ?? '') && hasFiniteVerb(tokens, k + 2, at) && hasFiniteVerb(tokens, start, k)) {
      start = k + 1;
      break;
    }
  }
  let end = to;
  for (let k = at + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || (t.text === ',' && CLAUSE_OPENER_SET.has(tokens[k + 1]?.norm ?? ''))) {
      end = k;
      break;
    }
  }
  return [start, end];
}

const hasFiniteVerb = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).some((w) => w.type === 'word' && !isCap(w) && FINITE_VERBS.has(w.norm));
/** Whether tokens `from`..`to` hold a finite verb, a past form or a speaker's pronoun: a clause of their own, not a noun phrase. */
const hasAVerbOrSubject = (tokens: Token[], from: number, to: number) =>
  hasFiniteVerb(tokens, from, to) || tokens.slice(from, to).some((w) => w.type === 'word' && (PAST_VERBS.has(w.norm) || SPEAKER_PRONOUNS.has(w.norm)));

/**
 * The subject of the clause a figure stands in, when that clause is not the sentence's main
 * clause: after a subordinating conjunction ("terwijl de dotatie 721 miljoen bedroeg"), after
 * the finite verb that opens a main clause behind a subordinate one ("Waar …, is dat nu de
 * helft": a pronoun there points to the figure before it), or of a coordinated clause.
 */
function clauseSubjectOf(doc: DocumentReader, at: number, from: number, to: number, earlier: Described[], sentence: number, ownDemonstrative: boolean): Span | null {
  let [start, end] = clauseRange(doc, at, from, to);
  // "“Waar het SPC-korps … bestond, daalde dit …”": a quotation mark that opens the sentence is no word of its clause.
  const first = QUOTATION_MARKS.has(doc.tokens[from]?.text ?? '') ? from + 1 : from;
  if (start === from) start = first;
  // "Terwijl er dat in 2016 nog 36 waren.": a sentence that is a subordinate clause alone is read as one.
  const fragment = start === first && SUBORDINATORS.has(doc.tokens[first]?.norm ?? '');
  if (start === first && !fragment) return null;
  // "…, maar waar de MOF-zaken met 3% stegen": a coordinator before a subordinator joins the clause; the subordinator opens it.
  if (CLAUSE_COORDINATORS.has(doc.tokens[start]?.norm ?? '') && (SUBORDINATORS.has(doc.tokens[start + 1]?.norm ?? '') || RELATIVE_ADVERBS.has(doc.tokens[start + 1]?.norm ?? ''))) start++;
  const opener = doc.tokens[start];
  if (!opener) return null;
  let reading: SubjectReading = null;
  // "… opgesteld waarbij de boetes kunnen oplopen tot 375 euro": a relative adverb's clause that runs on to the figure has its own subject.
  const relativeClause = RELATIVE_ADVERBS.has(opener.norm) && !doc.tokens.slice(start, at).some((t) => t.text === ',');
  if (SUBORDINATORS.has(opener.norm) || relativeClause) {
    let k = start + 1;
    if (doc.tokens[k]?.norm === 'er') k++;
    const np = doc.nounPhrase(k, end);
    reading = np && doc.readPhrase(np, end);
  } else if (opener.type === 'word' && FINITE_VERBS.has(opener.norm)) {
    const np = doc.nounPhrase(start + 1, end);
    reading = np && doc.readPhrase(np, end);
  } else if (!RELATIVE_PRONOUNS.has(opener.norm)) {
    reading = doc.clauseSubjectIn(start, end)?.reading ?? null;
  }
  if (reading?.kind === 'np') return doc.span(reading.np);
  if (reading?.kind === 'anaphor') {
    if (reading.np && ownDemonstrative) return doc.span(reading.np);
    const before = lastOf(earlier, (e) => e.sentence === sentence && e.subjectStart !== null, (e) => e.sentence < sentence);
    if (before) return spanOf(before);
    // "… 95 ton drugsafval. Ter vergelijking: in 2017 was dat nog 32 ton.": a pronoun with no figure before it
    // in its sentence points to the last figure of the sentence before, as in a main clause.
    const previous = lastOf(earlier, (e) => e.sentence === sentence - 1 && e.subjectStart !== null, (e) => e.sentence < sentence - 1);
    if (previous) return spanOf(previous);
  }
  return null;
}

/**
 * "Ook de winkels kregen minder inbrekers over de vloer. Daar valt een daling van 54 naar 39 te noteren": a
 * figure that names no noun of its own in a sentence that "daar"/"hier" opens is of what that word points
 * back to, the subject of the sentence before (its last figure's subject when it has one).
 */
function locativeAntecedent(doc: DocumentReader, f: FigureReading, opener: Token | undefined, earlier: Described[], sentence: number): Span | null {
  if (sentence === 0 || f.unit !== null || !LOCATIVE_ANAPHORS.has(opener?.norm ?? '')) return null;
  const previous = lastOf(earlier, (e) => e.sentence === sentence - 1 && e.subjectStart !== null, (e) => e.sentence < sentence - 1);
  if (previous) return spanOf(previous);
  const topic = doc.clauseSubject(sentence - 1)?.reading;
  return topic?.kind === 'np' ? doc.span(topic.np) : null;
}

// Pronominal adverbs of purpose: "De regering voorziet hiervoor 310 miljoen euro".
const PURPOSE_POINTERS = new Set(['hiervoor', 'daarvoor']);
// Prepositions before a phrase that make it no object of the verb ("op vraag van", "voor de politie").
const OBJECT_BLOCKERS = new Set([...ADVERBIAL_OPENERS, 'van', 'aan', 'naar', 'uit', 'over', 'tussen']);

/**
 * "De ministerraad keurde de extra investering voor de politie goed. De regering voorziet hiervoor 310
 * miljoen euro": an amount for what "hiervoor"/"daarvoor" points back to is of the object of the sentence
 * before: its last phrase with an article that no preposition governs, past the phrase that opens it.
 */
function purposeAntecedent(doc: DocumentReader, f: FigureReading, lead: number, from: number, to: number, sentence: number): Span | null {
  if (f.kind !== 'money' || sentence === 0) return null;
  let pointer = lead - 1;
  while (pointer >= from && !PURPOSE_POINTERS.has(doc.tokens[pointer]!.norm)) pointer--;
  if (pointer < from || pointer < clauseRange(doc, lead, from, to)[0]) return null;
  const [pFrom, pTo] = doc.sentenceTokens(sentence - 1);
  let object: NounPhrase | null = null;
  // The phrase that opens the sentence is its subject (the verb lists lack many past tenses: "keurde").
  for (let k = pFrom + 1; k < pTo; k++) {
    if (!NP_DETERMINERS.has(doc.tokens[k]!.norm) || OBJECT_BLOCKERS.has(doc.tokens[k - 1]!.norm)) continue;
    const np = doc.nounPhrase(k, pTo);
    if (np && np.last !== null && !isCap(doc.tokens[np.first]!)) object = np;
  }
  return object && doc.span(object);
}

/**
 * "Ons aandeel voor de zone is niet hoog. Wij betalen maar 70 euro per inwoner": an amount the speaker pays
 * or gets, with nothing in its clause it is for, is the speaker's own thing the sentence before is about (a
 * subject that "ons"/"onze" opens).
 */
function speakersOwnAntecedent(doc: DocumentReader, f: FigureReading, opener: Token | undefined, sentence: number): Span | null {
  // The speaker as the clause's subject: the first word, or after the verb (verbs of paying are not all in the verb lists).
  const speaker = SPEAKER_SUBJECTS.has(opener?.norm ?? '') || doc.clauseSubject(sentence)?.reading?.kind === 'speaker';
  if (sentence === 0 || f.kind !== 'money' || !speaker) return null;
  // The phrase in subject position (first, or right after the finite verb); "aandeel" is a frame noun, so read as written.
  const [pFrom, pTo] = doc.sentenceTokens(sentence - 1);
  for (let k = pFrom; k < pTo; k++) {
    if (!SPEAKER_POSSESSIVES.has(doc.tokens[k]!.norm)) continue;
    if (k !== pFrom && !FINITE_VERBS.has(doc.tokens[k - 1]!.norm)) return null;
    const np = doc.nounPhrase(k, pTo);
    return np && doc.span(np);
  }
  return null;
}
const SPEAKER_POSSESSIVES = new Set(['ons', 'onze']);
const SPEAKER_SUBJECTS = new Set(['we', 'wij', 'ik']);

/**
 * The noun a table's column header names for a figure that fills its cell alone ("Totaal bedrag toelage" → "toelage",
 * "Toelage per inwoner" → "Toelage"): the header cell's last word before a preposition that qualifies it. Null outside a
 * table, for a cell that holds more than the figure, or a header without such a word.
 */
function columnHeaderNoun(doc: DocumentReader, f: FigureReading): Span | null {
  const cell = cellAt(doc.folded, f.start, f.end);
  if (!cell || doc.folded.slice(cell.start, f.start).trim() !== '' || doc.folded.slice(f.end, cell.end).trim() !== '') return null;
  const header = headerCellOver(doc.folded, cell);
  // "| aantal inbraken 2016 | gemiddelde per 100 wooneenheden |": a rate's header that names its base alone is not what it counts.
  if (!header || (f.kind === 'count' && f.unit !== null && !doc.folded.slice(...header).includes(foldForMatch(f.unit)))) return null;
  let noun: Token | undefined;
  for (let k = doc.tokenAt(header[0]); k < doc.tokens.length && doc.tokens[k]!.end <= header[1]; k++) {
    const t = doc.tokens[k]!;
    if (LABEL_COMPLEMENT_PREPOSITIONS.has(t.norm)) break;
    if (t.type === 'word' && t.norm.length >= 3 && !NON_NOUNS.has(t.norm)) noun = t;
  }
  return noun ? { start: noun.start, end: noun.end, quote: noun.text } : null;
}

/**
 * What a cell of a table whose columns are years counts ("Alken 44 36 48 32 – 33,33 %" under "2016 2017 2018 2019", after "… 122
 * woninginbraken …"): its count's noun where the line of years or the paragraph before it names it; a change after the years is
 * of what its row counts. Null outside such a table.
 */
function yearTableNoun(doc: DocumentReader, f: FigureReading, earlier: Described[]): Span | null {
  const cell = doc.yearTables.cellAt(f.start);
  const row = cell && doc.yearTables.rowAt(f.start);
  if (!row) return null;
  if (cell.change) {
    const count = lastOf(earlier, (e) => e.kind === 'count', (e) => e.start < row.line[0]);
    return count ? spanOf(count) : null;
  }
  if (f.kind !== 'count' || f.unit === null) return null;
  // A row labelled with a category counts it: the label is the subject.
  const category = categoryLabelWords(doc.tokens, row.label);
  if (category) return { start: category[0]!.start, end: category.at(-1)!.end, quote: doc.text.slice(category[0]!.start, category.at(-1)!.end) };
  const unit = foldForMatch(f.unit);
  const headerEnd = row.label[0];
  const at = doc.folded.lastIndexOf(unit, headerEnd - unit.length);
  return at < row.lead ? null : { start: at, end: at + unit.length, quote: doc.text.slice(at, at + unit.length) };
}

/**
 * The counted noun of the figure: in its quote ("305 inbraken"), or further in its sentence
 * for a noun the clause presents ("op vier plaatsen komen er politiekantoren").
 */
function countedNoun(doc: DocumentReader, f: FigureReading, sentenceEndToken: number): Span | null {
  if (f.kind !== 'count' || f.unit === null) return null;
  const unit = foldForMatch(f.unit);
  let at = doc.folded.lastIndexOf(unit, f.end - unit.length);
  if (at < f.start) {
    const end = doc.tokens[sentenceEndToken - 1]?.end ?? doc.text.length;
    at = doc.folded.indexOf(unit, f.end);
    if (at < 0 || at + unit.length > end) {
      // A noun taken from before ("561 aanhoudingen, waarvan 159", "12.000 pv's. … we er 21.486"):
      // its last mention in this sentence or the one before, or in a table row the table's header.
      const sentence = doc.sentenceIndex(f.start);
      const floor = Math.min(doc.sentences[Math.max(0, sentence - 1)]![0], inTableRow(doc.folded, f.start) ? tableHeaderStart(doc.folded, f.start) : Infinity);
      at = doc.folded.lastIndexOf(unit, f.start - unit.length);
      if (at < floor) return null;
    }
  }
  return { start: at, end: at + f.unit.length, quote: doc.text.slice(at, at + f.unit.length) };
}

// A semicolon or colon ends a clause, and so does a comma before a conjunction or relative word
// that opens another: "… telt 400 werknemers, waar het er 550 zouden moeten zijn", and a dash set apart between words, which opens
// or closes an aside ("… glazenwasser X - die verdacht wordt van vier moorden - waarvoor nog zaken moeten worden herbekeken").
const CLAUSE_OPENERS = [
  'terwijl', 'waar', 'waarvan', 'waarbij', 'omdat', 'hoewel', 'maar', 'want', 'die', 'dat', 'zodat', 'nadat', 'aangezien',
  'doordat', 'als', 'wanneer', 'toen', 'waardoor',
];
const CLAUSE_OPENER_SET: ReadonlySet<string> = new Set(CLAUSE_OPENERS);
// A quotation closed before a comma ends the quoted clause: the reporting clause after it ("…", gaat de korpschef verder;
// "…", zegt ze) states nothing of the quote's figures.
// Conjunctions that open a subordinate clause even without a comma before them: "werden er maar 800 aanwervingen toegelaten terwijl
// er 1.400 nodig waren", "En dat is nodig want het aantal … is gestegen" (not "dat", "die", "als", "waar": they also join words within a
// clause).
const UNMARKED_OPENERS = ['terwijl', 'omdat', 'hoewel', 'zodat', 'nadat', 'doordat', 'aangezien', 'waar', 'want', 'indien', 'zodra'];
// Verbs of saying, knowing and admitting whose "dat" opens a clause of its own, with its own status: "Het kabinet moet erkennen dat er
// in 2023 hooguit 1.043 agenten konden starten" (what must be admitted happened).
const COMPLEMENT_VERBS = [
  'erkennen', 'erkent', 'erkende', 'erkenden', 'toegeven', 'zeggen', 'zegt', 'zei', 'zeiden', 'melden', 'meldt', 'meldde', 'verklaren', 'verklaart',
  'verklaarde', 'blijkt', 'bleek', 'beseffen', 'beseft', 'besefte', 'weten', 'weet', 'wist', 'bevestigen', 'bevestigt', 'bevestigde', 'vaststellen', 'stelt vast',
];
const CLAUSE_BOUNDARY = new RegExp(`[;:]|["”’'»]\\s*,|,\\s+(?=(?:${CLAUSE_OPENERS.join('|')})(?!\\p{L}))|(?<=\\p{L})\\s+(?=(?:${UNMARKED_OPENERS.join('|')})(?!\\p{L}))|(?<=(?<!\\p{L})(?:${COMPLEMENT_VERBS.join('|')}))\\s+(?=dat(?!\\p{L}))|(?<=\\p{L})\\s[-–—]\\s(?=\\p{L})`, 'gu');
// The words around each " en " of a (folded) sentence.
const EN_BETWEEN_WORDS = /(\p{L}+)\s+en\s+(\p{L}+)/gu;

/**
 * "Tien inspecteurs zijn nog in opleiding en verwachten we pas komende zomer": "en" before a finite verb opens a clause of its own,
 * unless it joins two verbs of one clause ("de doelstelling is en blijft nul slachtoffers"). The offset of each such "en" in
 * `sentence` (folded). Looked for apart from {@link CLAUSE_BOUNDARY}: an alternation of every finite verb in it, tried at every
 * space, cost a tenth of the extraction.
 */
function clausesJoinedByEn(sentence: string): number[] {
  if (!sentence.includes(' en ')) return [];
  return matchesOf(EN_BETWEEN_WORDS, sentence).filter((m) => FINITE_VERBS.has(m[2]!) && !FINITE_VERBS.has(m[1]!)).map((m) => m.index + m[1]!.length);
}

/** The figure's sentence, folded. */
function sentenceOf(doc: DocumentReader, f: Span): string {
  const [s, e] = doc.sentences[doc.sentenceIndex(f.start)]!;
  return doc.folded.slice(s, e);
}

// The openers of a subordinate clause inside a sentence, whose finite verb comes last: the clause ends at the comma after it
// ("…, toen er nog 215 feiten vastgesteld werden, gaat de zone er op vooruit": the main clause's "gaat de" plans nothing of it).
const SUBORDINATE_OPENER = /^,?\s+(?:terwijl|omdat|hoewel|zodat|nadat|aangezien|doordat|wanneer|toen|waardoor)(?!\p{L})/u;
const COMMA = /,\s/gu;

/** The figure's clause: the part of its sentence between clause boundaries around it, as a span of the folded text (read once per figure). */
function clauseSpan(doc: DocumentReader, f: Span): readonly [number, number] {
  let span = doc.clauses.get(f.start);
  if (span === undefined) {
    span = readClauseSpan(doc, f);
    doc.clauses.set(f.start, span);
  }
  return span;
}

function readClauseSpan(doc: DocumentReader, f: Span): [number, number] {
  const [s, e] = doc.sentences[doc.sentenceIndex(f.start)]!;
  const sentence = doc.folded.slice(s, e);
  const offset = f.start - s;
  let open = 0;
  let subordinate = false;
  let close = sentence.length;
  const boundaries = [...matchesOf(CLAUSE_BOUNDARY, sentence).map((m) => ({ index: m.index, end: m.index + m[0].length })), ...clausesJoinedByEn(sentence).map((index) => ({ index, end: index + 1 }))];
  for (const m of boundaries.sort((a, b) => a.index - b.index)) {
    if (m.index < offset) {
      open = m.end;
      subordinate = SUBORDINATE_OPENER.test(sentence.slice(m.index, open + 12));
    } else {
      close = m.index;
      break;
    }
  }
  if (subordinate) {
    COMMA.lastIndex = offset;
    const comma = COMMA.exec(sentence);
    if (comma && comma.index < close) close = comma.index;
  }
  return [s + open, s + close];
}

/** The figure's clause, folded. */
const clauseOf = (doc: DocumentReader, f: Span): string => doc.folded.slice(...clauseSpan(doc, f));

const PAST_PARTICIPLE = /^ge\p{L}{3,}(?:d|t|en)$/u;
const PRESENT_PARTICIPLE = /\p{L}{4}ende\s/u;
// "om de dienst uit te breiden met 2 medewerkers": a purpose clause states an aim.
const PURPOSE = /(?<![\p{L}])om\s+(?:[\p{L}'’-]+\s+){0,6}te\s+\p{L}{3,}en(?![\p{L}])/u;
// "wij stellen daarom voor 200 miljoen euro extra vrij te maken": what is proposed to be done is planned.
const PROPOSED = /(?<![\p{L}])(?:stel|stelt|stellen)\s+(?:[\p{L}'’-]+\s+){0,3}?voor\s+(?:[^.;:!?]*?\s+)?te\s+\p{L}{3,}en(?![\p{L}])/u;
// "De stad maakt 100.000 euro vrij", "Het gemeentebestuur trekt in 2018 51.000 euro uit voor de aankoop": money set aside in the present
// is to be spent; so is what a decision gives the green light ("heeft het licht op groen gezet voor 30 miljoen euro voor investeringen").
const SETS_ASIDE = /(?<![\p{L}])(?:(?:maakt|maken)\s+(?:(?:[^.;:!?]|\.(?=\d))*?\s+)?vrij|(?:trekt|trekken)\s+(?:(?:[^.;:!?]|\.(?=\d))*?\s+)?uit\s+voor|licht\s+op\s+groen\s+(?:\p{L}+\s+)?voor)(?![\p{L}])/u;
// "Het budget wordt met 50% opgetrokken", "de zone wordt uitgebreid tot": a change in the present passive is being decided.
const PLANNED_CHANGE = /(?<![\p{L}])(?:wordt|worden)\s+(?:[\p{L}\d%,.'’-]+\s+){0,6}(?:opgetrokken|verhoogd|uitgebreid|versterkt|verminderd|verlaagd|ingekrompen|verdubbeld|gehalveerd)(?![\p{L}])/u;

// "moet Limburg het met een invulling van 38 procent stellen", "we moeten het doen met 12 agenten", "diensten moeten een derde van hun
// mankracht missen": having to make do with what there
// is observes it, the modal plans nothing; so in a clause that puts the verbs last ("terwijl Limburg het met 38 procent moet stellen").
const MAKING_DO = /(?<![\p{L}])(?:(?:moet|moeten|moest|moesten)\s+(?:[\p{L}'’-]+\s+){0,3}het\s+(?:met\s+[^,;:.!?]*?\s+stellen|stellen\s+met|doen\s+met|met\s+[^,;:.!?]*?\s+doen)|het\s+met\s+[^,;:.!?]*?\s+(?:moet|moeten|moest|moesten)\s+(?:stellen|doen)|(?:moet|moeten|moest|moesten)\s+[^,;:.!?]*?\s+(?:missen|ontberen|derven))(?![\p{L}])/u;
const MUST = new Set(['moet', 'moeten']);

// Verbs of wanting that are also plural nouns ("technische eisen", "op vragen van", "de plannen"): as nouns they plan nothing.
const WANTING_NOUNS = new Set(['eisen', 'vragen', 'plannen']);
const NOUN_MARKERS = new Set(['de', 'het', 'deze', 'onze', 'hun', 'haar', 'zijn', 'uw', 'alle', 'geen', 'enkele', 'vele', 'veel', 'op', 'van', 'met', 'aan', 'over', 'zonder', 'tot']);
// An inflected adjective before the word ("technische", "parlementaire"), not a pronoun ("we", "ze", "jullie").
const INFLECTED_ADJECTIVE = /^\p{L}{4,}e$/u;
/** "1.800 politiemensen minder dan gepland", "meer dan verwacht": a plan or an expectation after "dan" is the base of a comparison, not the figure's status. */
const afterThan = (cut: CueWords, i: number) => i > 0 && cut.words[i - 1] === 'dan';

// Auxiliaries of a perfect or a past passive: "We hebben 7 reiswegen voorzien", "werd in privébewaking voorzien".
const DONE_AUXILIARIES = new Set(['heeft', 'hebben', 'had', 'hadden', 'werd', 'werden']);
// How many words before "voorzien" its auxiliary may stand.
const AUXILIARY_REACH = 8;
/** Whether word `i` is "voorzien" as a participle of what was done: a perfect's or a past passive's auxiliary before it in the clause. */
function providedAlready(cut: CueWords, i: number): boolean {
  if (cut.words[i] !== 'voorzien') return false;
  for (let k = i - 1; k >= 0 && k >= i - AUXILIARY_REACH; k--) if (DONE_AUXILIARIES.has(cut.words[k]!)) return true;
  return false;
}

/** Whether word `i` is one of {@link WANTING_NOUNS} read as a noun: after a determiner, a preposition or an inflected adjective. */
function isPluralNoun(cut: CueWords, i: number): boolean {
  if (!WANTING_NOUNS.has(cut.words[i]!) || i === 0) return false;
  const before = cut.words[i - 1]!;
  return NOUN_MARKERS.has(before) || (INFLECTED_ADJECTIVE.test(before) && before !== 'jullie');
}

/** "Bij de autorijders gaan we van 113 naar 139 doden": "gaan we" that moves from one value to another tells a change, no plan. */
const goingFromTo = (cut: CueWords, i: number) => cut.words[i] === 'gaan' && cut.words[i + 1] === 'we' && cut.words[i + 2] === 'van';

// Words in "-en" that follow "gaan" without being its infinitive: "gaat tegen", "gaan samen", "gaan binnen" (and numbers: "gaan zeventien").
const NOT_INFINITIVES = new Set(['tegen', 'samen', 'binnen', 'buiten', 'beneden', 'alleen', 'even', 'open', 'boven']);
/** "De stad gaat inzetten op camerabewaking", "Ze gaan patrouilleren": "gaan" right before an infinitive is a future, a plan. */
const goingToDo = (cut: CueWords) => cut.words.some((w, i) => {
  const next = cut.words[i + 1];
  return (w === 'gaat' || w === 'gaan') && next !== undefined && next.length >= 5 && next.endsWith('en') && !NOT_INFINITIVES.has(next) && !(next in NUMBER_ATOMS) && cut.spacedAfter(i);
});

/** How a figure's reference year stands to its document's: negative before, positive after, null when either is unknown. */
const yearsAfterDocument = (referenceDate: string | null, documentDate: string | null) => (referenceDate === null || documentDate === null ? null : yearOf(referenceDate)! - yearOf(documentDate)!);

/**
 * Status from the clause: a forecast cue, else a plan cue (modal verbs, "nood aan", "komen er")
 * or a reference date after the document's, else a past tense, a finite verb or a reference date
 * before the document's (observed), else unknown.
 */
export function statusOf(clause: string, referenceDate: string | null, documentDate: string | null): FigureStatus {
  return datedStatus(cueStatus(clause), referenceDate, documentDate);
}

/**
 * {@link statusOf} from a clause's status by its words alone (`cueStatus`, the same for every date, so a document reads it once per
 * span) and the dates: a forecast or a plan cue stands; else a reference date after the document's plans, a cue of what happens
 * (a verb, a participle) or a reference date before the document's observes.
 */
function datedStatus(cue: FigureStatus, referenceDate: string | null, documentDate: string | null): FigureStatus {
  if (cue === 'forecast' || cue === 'target') return cue;
  const ref = yearOf(referenceDate);
  const doc = yearOf(documentDate);
  if (ref !== null && doc !== null && (ref > doc || laterAtCommonPrecision(referenceDate!, documentDate!))) return 'target';
  // "Van januari tot maart 2018 tekende het VIAS 20% minder doden op" in a text of June 2018: a month before the document's is past too.
  return cue === 'actual' || (ref !== null && doc !== null && (ref < doc || laterAtCommonPrecision(documentDate!, referenceDate!))) ? 'actual' : 'unknown';
}

/** Whether ISO date `a` is later than `b` at the precision both have: "2023-05-22" after "2023-04-28", "2023-05" after "2023-04-28", "2023" not. */
const laterAtCommonPrecision = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
};

/** {@link statusOf} of a clause without dates: what its words say. */
function cueStatus(clause: string): FigureStatus {
  // Cut into words once for the five lists of cues.
  const words = new CueWords(clause);
  if (FORECAST.in(words, afterThan)) return 'forecast';
  const makingDo = MAKING_DO.test(clause);
  if (TARGET.in(words, (cut, i) => isPluralNoun(cut, i) || afterThan(cut, i) || (makingDo && MUST.has(cut.words[i]!)) || providedAlready(cut, i) || goingFromTo(cut, i)) || PURPOSE.test(clause) || PLANNED_CHANGE.test(clause) || PROPOSED.test(clause) || SETS_ASIDE.test(clause) || goingToDo(words)) return 'target';
  if (PAST.in(words) || hasWeakPast(clause) || FINITE.in(words) || PRESENT.in(words)) return 'actual';
  // Present participles describe a state that exists ("de 17 participerende gemeenten"); four
  // letters before "ende" say the same as four or more and do not backtrack over the whole word.
  // The literal first: most clauses hold no "ende", and the expression tries its letters at every position.
  if (clause.includes('ende') && PRESENT_PARTICIPLE.test(clause)) return 'actual';
  // A past participle without an auxiliary reports what happened, as headlines do
  // ("Fietsdiefstallen gedaald met 3 procent", "12 panden gesloten").
  if (splitAtNonLetters(clause).some((w) => w.startsWith('ge') && PAST_PARTICIPLE.test(w) && !PARTICIPLE_SHAPED_NOUNS.has(w))) return 'actual';
  return 'unknown';
}

/** A plan's status given way to an observed one for a count of the members of a whole ({@link membersOfWhole}), unless its date lies ahead. */
function observedMembers(status: FigureStatus, doc: DocumentReader, f: FigureReading, documentDate: string | null): FigureStatus {
  if (status !== 'target' || !membersOfWhole(doc, f)) return status;
  return (yearsAfterDocument(f.referenceDate, documentDate) ?? 0) > 0 ? status : 'actual';
}

/** "40 procent meer …", "12 procent minder …": a share followed by a comparative, as a direction. */
function comparative(doc: DocumentReader, f: FigureReading): FigureDirection | null {
  if (f.kind !== 'percentage' && f.kind !== 'fraction') return null;
  const next = doc.tokens[doc.tokenAt(f.end)]?.norm;
  return next === 'meer' ? 'increase' : next === 'minder' ? 'decrease' : null;
}

// A purpose clause runs from "om" to the next comma, dash or colon ("om de dienst uit te breiden met 2 medewerkers, zegt …").
const PURPOSE_END = /[,;:–—]|\s-\s/gu;
const WORD = /\p{L}+/gu;

/**
 * "Om alles veilig te laten verlopen worden ze geflankeerd door … 8 politiepaarden": a purpose clause that opens the clause ends
 * where the main clause's finite verb follows it (the word order puts that verb right after it); elsewhere, no end of its own.
 */
function frontedPurposeEnd(text: string, start: number, matchEnd: number): number {
  if (text.slice(0, start).trim() !== '') return text.length;
  WORD.lastIndex = matchEnd;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (FINITE_VERBS.has(m[0])) return m.index;
  return text.length;
}
const PURPOSES = new RegExp(PURPOSE.source, 'gu');

// A bracketed aside: "9 camera’s op 9 locaties (tegen de zomer komen er nog twee bij)"; a relative clause after a noun, up to its
// comma: "Van de 74 magistraten die het hof zou moeten tellen, zijn er maar 60" (what the noun should be, not what the clause states).
const ASIDE = /\([^()]*\)|(?<=\p{L}\s)(?:die|welke)\s[^,;:()]*(?=,)/gu;

/**
 * The status of a figure from the text of `span` around it (its clause or sentence): a purpose clause that does not hold the
 * figure ("rukken 1.016 keer per dag ploegen uit om hulp te bieden", "waarlangs water wordt opgepompt om tanks te vullen, …
 * vond de douane 150 kilogram") says why something is done, not what is planned, and is left out; so is a bracketed aside
 * that does not hold it ("9 camera’s op 9 locaties (tegen de zomer komen er nog twee bij)": the plan is the aside's).
 */
function statusAround(doc: DocumentReader, span: readonly [number, number], f: FigureReading, documentDate: string | null): FigureStatus {
  const status = doc.statusOf(span, f.referenceDate, documentDate);
  if (status !== 'target') return status;
  const [from, to] = span;
  let text = doc.folded.slice(from, to);
  let cut = false;
  for (const m of matchesOf(PURPOSES, text)) {
    PURPOSE_END.lastIndex = m.index + m[0].length;
    const end = Math.min(PURPOSE_END.exec(text)?.index ?? text.length, frontedPurposeEnd(text, m.index, m.index + m[0].length));
    if (f.start - from >= m.index && f.start - from < end) return status;
    text = text.slice(0, m.index) + ' '.repeat(end - m.index) + text.slice(end);
    cut = true;
  }
  for (const m of matchesOf(ASIDE, text)) {
    if (f.start - from >= m.index && f.start - from < m.index + m[0].length) continue;
    // "De 223.000 euro die gepland was voor …": a relative clause on the figure's own noun says what the figure is.
    if (m[0][0] !== '(' && m.index >= f.end - from && /^\s*$/u.test(text.slice(f.end - from, m.index))) continue;
    text = text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
    cut = true;
  }
  return cut ? statusOf(text, f.referenceDate, documentDate) : status;
}

// A word for a target: "de doelstelling", "de ambitie", "het streefcijfer".
const TARGET_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${TARGET_NOUNS})(?![\p{L}])`, 'u');
// What an agreement or a plan says: "In het bestuursakkoord staat dat …", "in het meerjarenplan is opgenomen dat …".
const PLAN_SAYS = /\p{L}*(?:akkoord|plan|programma|planning)\s+(?:staat|stond|is\s+(?:opgenomen|afgesproken|vastgelegd)|werd\s+(?:opgenomen|afgesproken|vastgelegd))\s+(?:\p{L}+\s+)?dat\s/u;

// How many lines back a list's heading is looked for.
const LIST_REACH = 30;

/**
 * Whether the figure at `at` stands in a list item under a heading that names targets ("Doelstellingen zonaal veiligheidsplan
 * 2020-2025" over "• Minstens 4.000 alcoholcontroles per jaar"): the list spells out the targets, whatever tense its items use.
 */
function itemUnderTargetsHeading(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (!isListItem(text, [lineStart, lineEnd < 0 ? text.length : lineEnd])) return false;
  // "(referentiejaar 2019: 450 feiten)": a figure in brackets is the base the target is set against, observed.
  const before = text.slice(lineStart, at);
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
  for (let end = lineStart - 1, n = 0; end > 0 && n < LIST_REACH; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && !isListItem(text, [start, end])) return isHeadingLine(line) && TARGET_NAMED.test(foldForMatch(line));
    end = start - 1;
  }
  return false;
}

/**
 * The status of a figure from its clause; a clause that states none (a list item "• 41
 * voertuigen", an ellipsis "De autodiefstallen met 35%") continues the sentence before it. A figure
 * that nothing around it dates, conditions or plans (a fact list's line "Oppervlakte 38,94 km²", a
 * label "(oppervlakte: 192 km²)", a staff list "Wijk Noord: 13 inspecteurs") states what is: observed.
 */
function statusInContext(doc: DocumentReader, f: FigureReading, documentDate: string | null): FigureStatus {
  const clause = clauseSpan(doc, f);
  // "… werd de ambitie bijgesteld: naar maximaal 158 doden": a clause after a colon spells out the target the words before it name.
  const [sentenceStart] = doc.sentences[doc.sentenceIndex(f.start)]!;
  const lead = doc.folded.slice(sentenceStart, clause[0]);
  // "Die doelstelling zal niet gehaald worden: in 2018 vielen 604 doden": a clause with its own verb and no modal tells what
  // happened ("… doelstelling: tegen 2020 moest het aantal … tot 200 teruggedrongen worden" spells the target out).
  if (/:\s*$/u.test(lead) && TARGET_NAMED.test(lead) && !toldWithoutModal(doc, clause)) return 'target';
  // "… zal flink investeren in ANPR-camera's: 1.000 camera's op 250 sites": what a colon opens without a verb or a subject of its own
  // spells out the plan before it ("We investeren: vorig jaar kochten we 5 camera's" tells what was done).
  if (/:\s*$/u.test(lead) && !hasAVerbOrSubject(doc.tokens, doc.tokenAt(clause[0]), doc.tokenAt(clause[1])) && doc.statusOf([sentenceStart, clause[0]], null, documentDate) === 'target') return 'target';
  // "In het bestuursakkoord staat dat de dotatie jaarlijks met 2 procent stijgt": what an agreement or a plan says is planned.
  if (PLAN_SAYS.test(doc.folded.slice(sentenceStart, f.start))) return 'target';
  if (itemUnderTargetsHeading(doc.text, f.start)) return 'target';
  // "… vijftien detentiehuizen wil openen, die samen goed zouden zijn voor 720 nieuwe plaatsen": a conditional relative clause on
  // what a plan names is part of the plan.
  if (CONDITIONAL_RELATIVE.test(doc.folded.slice(Math.max(sentenceStart, clause[0] - 2), clause[1])) && doc.statusOf([sentenceStart, clause[0]], null, documentDate) === 'target') return 'target';
  // "De stad gaat inzetten op camerabewaking … "Het gaat in totaal om twaalf camera's"": the present "het gaat om" only says what
  // the sentences before it are about, so their status is the figure's, unless the rest of its clause or its date says its own.
  if (PRESENTATIVE.test(doc.folded.slice(clause[0], f.start)) && datedStatus(doc.statusOf([f.end, clause[1]], null, null), f.referenceDate, documentDate) === 'unknown') {
    const before = statusBefore(doc, doc.sentenceIndex(f.start), documentDate);
    if (before !== null) return before;
  }
  const own = statusAround(doc, clause, f, documentDate);
  if (own !== 'unknown') return own;
  // "We hebben 550 mensen nodig, maar ons aantal medewerkers schommelt rond de 400": a clause set against the need or plan before
  // it says what is.
  if (CONTRAST_OPENER.test(doc.folded.slice(clause[0], clause[1]))) return 'actual';
  // A clause that states none ("…, ofwel 14,5 miljoen euro") goes on in its sentence.
  const sentence = doc.sentenceIndex(f.start);
  const whole = statusAround(doc, doc.sentences[sentence]!, f, documentDate);
  if (whole !== 'unknown') return whole;
  // A row of a table written with bars ("2021 | 2.315 | 75 ton |") reports what was counted: the prose before the table
  // ("er moet extra worden ingezet") does not carry over to it; a row dated after the document is planned (statusOf).
  if (inTableRow(doc.folded, f.start)) return 'actual';
  return statusBefore(doc, sentence, documentDate) ?? 'actual';
}

/** The status of the nearest of the six sentences before sentence `index` that states one, or null. */
function statusBefore(doc: DocumentReader, index: number, documentDate: string | null): FigureStatus | null {
  for (let k = index - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const status = doc.statusOf(doc.sentences[k]!, null, documentDate);
    if (status !== 'unknown') return status;
  }
  return null;
}

// The present impersonal "het gaat om/over" opening a clause, up to the figure: "Het gaat in totaal om", "Dat gaat over".
const PRESENTATIVE = /^\W*(?:het|dat|dit)\s+(?:gaat|gaan)\s+(?:\p{L}+\s+){0,3}?(?:om|over)\s+$/u;

/** Whether a clause states what happened: its words observe, and no modal verb (present or past) plans it. */
function toldWithoutModal(doc: DocumentReader, [from, to]: readonly [number, number]): boolean {
  if (doc.statusOf([from, to], null, null) !== 'actual') return false;
  for (let k = doc.tokenAt(from); k < doc.tokens.length && doc.tokens[k]!.start < to; k++) {
    const norm = doc.tokens[k]!.norm;
    if (MODAL_VERBS.has(norm) || PAST_MODAL_VERBS.has(norm)) return false;
  }
  return true;
}

// A relative clause after a comma with a conditional auxiliary: ", die samen goed zouden zijn voor".
const CONDITIONAL_RELATIVE = /^\s*,\s*(?:die|dat|wat)\s+(?:\p{L}+\s+){0,4}?(?:zou|zouden)(?![\p{L}])/u;
// A clause that opens with an adversative conjunction after a comma: ", maar …".
const CONTRAST_OPENER = /^,?\s*maar(?![\p{L}])/u;

const cueDirection = (words: string): FigureDirection | null => {
  // Cut into words once for both lists.
  const cut = new CueWords(words);
  return INCREASE.in(cut) ? 'increase' : DECREASE.in(cut) ? 'decrease' : null;
};

// Verbs of perception or of letting an infinitive of change follows: "met 5 procent zien afnemen", "laten dalen".
const INFINITIVE_GOVERNORS: ReadonlySet<string> = new Set(['zien', 'laten']);

// The particles of separable verbs of change and the finite forms they part from: "nam … af", "nam … toe", "liep … op", "liep … terug".
const NEMEN = new Set(['neemt', 'nemen', 'nam', 'namen']);
const LOPEN = new Set(['loopt', 'lopen', 'liep', 'liepen']);
const KOMEN = new Set(['komt', 'komen', 'kwam', 'kwamen']);
// "drong het aantal inbraken met een vijfde terug", "bracht het tekort met 12 agenten terug": pushed or brought back.
const DRINGEN_BRENGEN = new Set(['dringt', 'dringen', 'drong', 'drongen', 'brengt', 'brengen', 'bracht', 'brachten']);
const SEPARATED_CHANGE_PARTICLES: ReadonlyMap<string, { verbs: ReadonlySet<string>; direction: FigureDirection }> = new Map([
  ['af', { verbs: NEMEN, direction: 'decrease' }],
  ['toe', { verbs: NEMEN, direction: 'increase' }],
  ['op', { verbs: LOPEN, direction: 'increase' }],
  ['terug', { verbs: new Set([...LOPEN, ...DRINGEN_BRENGEN]), direction: 'decrease' }],
]);

/**
 * "nam met 8 procent af", "liep met 10 procent op", "Mol drong het aantal inbraken met bijna een vijfde terug": the particle of a
 * separable verb of change right after a size "met" gives, its verb right before "met" or, when the particle closes the clause,
 * earlier in the clause. The direction it says, or null.
 */
function separatedChange(doc: DocumentReader, lead: number, last: number, from: number): FigureDirection | null {
  const particle = SEPARATED_CHANGE_PARTICLES.get(doc.tokens[last + 1]?.norm ?? '');
  if (!particle || doc.tokens[lead - 1]?.norm !== 'met') return null;
  if (particle.verbs.has(doc.tokens[lead - 2]?.norm ?? '')) return particle.direction;
  const closes = doc.tokens[last + 2] === undefined || CLAUSE_END_MARKS.has(doc.tokens[last + 2]!.norm);
  if (!closes) return null;
  for (let k = lead - 3; k >= from && !CLAUSE_END_MARKS.has(doc.tokens[k]!.norm); k--) if (particle.verbs.has(doc.tokens[k]!.norm)) return particle.direction;
  return null;
}

/** Whether "komen er … N X bij" adds the count from `first` to `last`: "kwamen er afgelopen jaar twee BIN's bij." */
function addedByBijkomen(doc: DocumentReader, first: number, last: number): boolean {
  const { tokens } = doc;
  const closes = tokens[last + 2] === undefined || tokens[last + 2]!.type === 'sym' || ['en', 'maar'].includes(tokens[last + 2]!.norm);
  if (tokens[last + 1]?.norm !== 'bij' || !closes) return false;
  const [from] = doc.sentenceTokens(doc.sentenceIndex(tokens[first]!.start));
  for (let k = first - 1; k > from; k--) if (KOMEN.has(tokens[k - 1]!.norm) && tokens[k]!.norm === 'er') return true;
  return false;
}

// A modal of possibility, a few words, then "oplopen tot" right before a value: "kunnen oplopen tot", "kan een boete al gauw oplopen tot".
const MAY_RUN_UP_TO = /(?<![\p{L}])(?:kan|kunnen|kon|konden)(?:\s+\p{L}+){0,4}\s+oplopen\s+tot(?:\s+(?:ruim|bijna|zowat|ongeveer|maximaal|meer\s+dan))?\s+$/u;

/**
 * Direction of a change: from its two values; a comparative after a share or an amount ("40
 * procent meer", "vijf ton meer"); an increment ("1.000 extra personeelsleden"); a cue of
 * growth or decline before "met"/"tot", or a change noun before "van" ("een daling van 30
 * procent"), or a participle after the figure ("is met 660 procent gestegen"); the change noun
 * of "de versterking van X met 1.000 personen"; the figure a restatement restates; and, in a
 * clause without a verb ("De autodiefstallen met 35%"), the change of the sentence before.
 */
function directionOf(doc: DocumentReader, f: FigureReading, earlier: Described[]): FigureDirection | null {
  if (f.previousValue !== null) return f.value > f.previousValue ? 'increase' : f.value < f.previousValue ? 'decrease' : null;
  const compared = comparative(doc, f);
  if (compared) return compared;
  const first = doc.tokenAt(f.start);
  const last = doc.tokenAt(f.end) - 1;
  const next = doc.tokens[last + 1]?.norm;
  if (f.kind !== 'count' && (next === 'meer' || next === 'minder')) return next === 'meer' ? 'increase' : 'decrease';
  // "30 procent lager dan in 2000": a level compared with an earlier year is a change ("30% hoger dan in de rest van het land" is none).
  if (f.kind !== 'count' && (next === 'hoger' || next === 'lager') && (comparedWithAYear(doc.tokens, last + 2) || setAgainstAnEarlierTime(doc, f))) return next === 'hoger' ? 'increase' : 'decrease';
  // "drie keer zo talrijk", "3 keer meer passagiers": a multiplier of a comparison is an increase (or a decrease, "keer minder").
  const multiplied = f.unit !== null && FREQUENCY_NOUNS.has(foldForMatch(f.unit)) ? MULTIPLIER_COMPARISONS.get(next ?? '') : undefined;
  if (multiplied) return multiplied;
  if (doc.tokens.slice(first, last + 1).some((t) => INCREMENT_WORDS.has(t.norm))) return 'increase';
  const sentence = doc.sentenceIndex(f.start);
  // The words before the figure and its qualifier ("steeg met bijna 15%", "een groei van meer dan 4%").
  const lead = leadOf(doc, first);
  const separated = separatedChange(doc, lead, last, doc.sentenceTokens(sentence)[0]);
  if (separated) return separated;
  const takenUp = changeTakenUp(doc, f, earlier);
  if (takenUp) return takenUp.share.direction;
  // "In Deinze kwamen er afgelopen jaar twee BIN's bij": a count that "er bijkomen" adds, its particle right after it closing the clause.
  if (f.kind === 'count' && addedByBijkomen(doc, first, last)) return 'increase';
  const [s] = doc.sentences[sentence]!;
  const leadStart = doc.tokens[lead]!.start;
  const before = doc.folded.slice(Math.max(s, leadStart - 60), leadStart);
  const m = cueBeforeMetOrTot(before) ?? cueBeforeMetOrTotAndWord(doc.folded.slice(Math.max(s, f.start - 60), f.start));
  const cued = m && cueDirection(m[1]!);
  // "de boetes kunnen oplopen tot 375 euro": how high an amount may run is its ceiling, no change.
  if (cued && mayRunUpTo(doc, f)) return null;
  if (cued) return cued;
  const noun = endsOnSpacedWord(before, ['van'], 1) ? NOUN_BEFORE_VAN.exec(before) : null;
  if (noun && CHANGE_NOUNS.has(noun[1]!)) return cueDirection(noun[1]!);
  const changedBy = changeOfAPhraseBy(doc, lead);
  if (changedBy) return cueDirection(changedBy);
  const coordinatedChange = firstOfCoordinatedChanges(doc, lead, last);
  if (coordinatedChange) return coordinatedChange;
  if (doc.tokens[lead - 1]?.norm === 'met') {
    // "met 39 procent gedaald", "met 39 procent te zijn gedaald", "met 56 procent is gestegen": the participle past its auxiliaries.
    let k = last + 1;
    // "met 5 procent zien afnemen": a verb of perception or of letting before an infinitive too.
    while (k <= last + 3 && (doc.tokens[k]?.norm === 'te' || PASSIVE_AUXILIARIES.has(doc.tokens[k]?.norm ?? '') || INFINITIVE_GOVERNORS.has(doc.tokens[k]?.norm ?? ''))) k++;
    const participle = doc.tokens[k];
    if (participle?.type === 'word') {
      const after = cueDirection(participle.norm);
      if (after) return after;
    }
    const [from] = doc.sentenceTokens(sentence);
    for (let k = lead - 2; k >= from && k >= lead - 25; k--) {
      const t = doc.tokens[k]!;
      if (t.text === ';' || t.text === ':' || t.type === 'num') break;
      const change = changeNounIn(t.norm);
      if (change) return cueDirection(change);
    }
    // "Het aantal woninginbraken daalde met 40%. De autodiefstallen met 35%."
    const [cFrom, cTo] = doc.sentenceTokens(sentence);
    const previous = lastOf(earlier, (e) => e.sentence === sentence - 1, (e) => e.sentence < sentence - 1);
    if (previous?.direction && !doc.hasVerb(cFrom, cTo)) return previous.direction;
  }
  // "daalden met 21 en 28 procent", "met 12, 9 en 4 procent": a figure coordinated right after another changes as it does.
  // After a comma only inside such a list, another number coordinated after it ("12, 9 en 4"; "met 10%, 20% van de daders was …" is none).
  const listed = doc.tokens[lead - 1]?.text === ',' && (COORDINATING.has(doc.tokens[last + 1]?.norm ?? '') || doc.tokens[last + 1]?.text === ',') && doc.tokens[last + 2]?.type === 'num';
  if (COORDINATING.has(doc.tokens[lead - 1]?.norm ?? '') || listed) {
    const coordinated = earlier.at(-1);
    if (coordinated?.direction && coordinated.end === doc.tokens[lead - 2]?.end && coordinated.unit === f.unit) return coordinated.direction;
  }
  // "een groei gemeten van meer dan 4%": the change a figure is the size of.
  const size = measuredChange(doc, lead, doc.sentenceTokens(sentence)[0]);
  if (size) return cueDirection(foldForMatch(size.quote));
  // "… een groei van 4%, tegenover 2,5% voor België": a figure set against another changes as it does.
  if (CONTRAST_WORDS.has(doc.tokens[lead - 1]?.norm ?? '')) {
    const against = lastOf(earlier, (e) => e.sentence === sentence && e.unit === f.unit, (e) => e.sentence < sentence);
    if (against?.direction) return against.direction;
  }
  // "Dat zijn er 54 minder dan in 2016", "3 verkeersdoden minder gevallen dan vorig jaar": a count compared, "dan" right after the
  // comparative or past one lowercase word (the verb's participle; "gevallen" is also a noun, so any word).
  const between = doc.tokens[last + 2];
  const than = between?.norm !== 'dan' && between?.type === 'word' && /^\p{Ll}/u.test(between.text) ? last + 3 : last + 2;
  // "Dat zijn er 20 minder ten opzichte van 2015": so is one set against its base by a phrase of comparison.
  const setAgainst = (next === 'meer' || next === 'minder') && (doc.tokens[than]?.norm === 'dan' || thanLaterInClause(doc.tokens, last + 2) || COMPARED_WITH.test(doc.folded.slice(doc.tokens[last + 1]!.end, doc.tokens[last + 1]!.end + 30)) ||
    // "Zo waren er vorig jaar 3.000 kandidaten minder.", "Luik (1.886 dossiers minder)": the comparative that closes the clause or its
    // brackets is the difference.
    doc.tokens[last + 2] === undefined || CLAUSE_END_MARKS.has(doc.tokens[last + 2]!.norm) || (doc.tokens[last + 2]!.text === ')' && doc.tokens[lead - 1]?.text === '(') ||
    // "werden 86 diefstallen minder aangegeven.": or its participle that closes the sentence.
    (isPastParticiple(doc.tokens[last + 2]!.norm) && (doc.tokens[last + 3] === undefined || SENTENCE_END_MARKS.has(doc.tokens[last + 3]!.text))));
  if (f.kind === 'count' && setAgainst) return next === 'meer' ? 'increase' : 'decrease';
  // "waren er 3 verkeersdoden ter plaatse meer in Limburg … ten opzichte van dezelfde periode vorig jaar": a count's comparative past a
  // short complement of its noun, in a sentence set against an earlier time.
  const later = f.kind === 'count' ? comparativePastComplement(doc.tokens, last + 1) : null;
  if (later && setAgainstAnEarlierTime(doc, f)) return later === 'meer' ? 'increase' : 'decrease';
  // "(- 13 procent, nog 691 feiten)", "(+ 38 procent)", "gevolgd door Herentals -11%", "stegen met +32%", a table's "– 33,33 %" after its years: a sign written
  // before a share, after an opening bracket or punctuation or as the number's own sign (a space before it, none after), is its direction.
  const signToken = doc.tokens[lead - 1];
  const sign = signToken?.text;
  const signedShare = () => (f.kind === 'percentage' || f.kind === 'fraction') && (['(', ',', ':'].includes(doc.tokens[lead - 2]?.text ?? '') || signsNumber(doc.text, signToken!, doc.tokens[lead]!) || doc.yearTables.cellAt(f.start)?.change);
  // "een grote daling (-23 doden)", "West-Vlaanderen (+3)": a count signed right after an opening bracket is a difference.
  const signedCount = f.kind === 'count' && doc.tokens[lead - 2]?.text === '(';
  if (SIGNS.has(sign ?? '') && (signedCount || signedShare())) {
    return sign === '+' ? 'increase' : 'decrease';
  }
  // "dat nog geen 12% groeide", "met 26 procent gedaald": a verb of change right after the figure.
  const verb = doc.tokens[last + 1];
  if (verb?.type === 'word' && (f.kind === 'percentage' || f.kind === 'fraction')) {
    const after = cueDirection(verb.norm);
    if (after) return after;
  }
  // "is de voorbije jaren gestegen, zelfs tot 30 procent", "nam op 20 jaar tijd toe met 18%",
  // "wordt met 50% opgetrokken naar negen miljoen euro": a change the clause states before "met", "tot" or "naar".
  const changeBy = changeBefore(doc, lead, sentence, earlier);
  if (changeBy) return changeBy;
  // A restated level keeps the direction of its change, not of a difference ("54.000 euro meer …, nl. 2.183.000 euro").
  const restated = restatedFigure(doc, f, lead, earlier, sentence);
  const comparedBefore = restated && COMPARATIVES.has(doc.tokens[doc.tokenAt(restated.end)]?.norm ?? '');
  return comparedBefore ? null : restated?.direction ?? null;
}
// How many lowercase words a complement between a count's noun and its comparative holds ("ter plaatse", "in het verkeer").
const COMPLEMENT_REACH = 3;
/** "meer" or "minder" after at most {@link COMPLEMENT_REACH} lowercase words from token `k` on (none right at `k`), else null. */
function comparativePastComplement(tokens: Token[], k: number): 'meer' | 'minder' | null {
  for (let j = k + 1; j <= k + COMPLEMENT_REACH && tokens[j - 1]?.type === 'word' && /^\p{Ll}/u.test(tokens[j - 1]!.text); j++) {
    const norm = tokens[j]?.norm;
    if (norm === 'meer' || norm === 'minder') return norm;
  }
  return null;
}
// How many words after a comparative its "dan" may stand: "drie mensen meer gestorven in het verkeer dan het jaar ervoor".
const THAN_REACH = 6;
/** Whether "dan" stands at most {@link THAN_REACH} words from token `k` on, the words between lowercase and no punctuation. */
function thanLaterInClause(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + THAN_REACH && tokens[j]?.type === 'word' && /^\p{Ll}/u.test(tokens[j]!.text); j++) if (tokens[j]!.norm === 'dan') return true;
  return false;
}
// A phrase that sets a count against its base right after "meer"/"minder": "20 minder ten opzichte van 2015".
const COMPARED_WITH = new RegExp(String.raw`^\s+(?:${AGAINST_BASE_PATTERN})(?![\p{L}])`, 'u');
const SIGNS = new Set(['+', '-', '–']);
// A phrase that sets what the sentence states against an earlier time: "ten opzichte van 2012", "in vergelijking met vorig jaar".
const AGAINST_AN_EARLIER_TIME = new RegExp(String.raw`(?<![\p{L}])(?:${AGAINST_BASE_PATTERN})\s+(?:(?:19|20)\d\d|(?:het\s+)?vorig(?:e)?\s+jaar|een\s+jaar\s+(?:eerder|geleden)|dezelfde\s+periode)(?![\p{L}\p{N}])`, 'u');
/** Whether the figure's sentence sets it against an earlier time: "Ten opzichte van 2012 ligt het aantal nu 40 procent lager". */
const setAgainstAnEarlierTime = (doc: DocumentReader, f: FigureReading) => AGAINST_AN_EARLIER_TIME.test(doc.folded.slice(...doc.sentences[doc.sentenceIndex(f.start)]!));

/** Whether "dan 2013" or "dan in 2013" starts at token `k`. */
function comparedWithAYear(tokens: Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'dan') return false;
  const year = tokens[k + 1]?.norm === 'in' ? tokens[k + 2] : tokens[k + 1];
  return year?.type === 'num' && YEAR.test(year.text);
}
const YEAR = /^(?:19|20)\d\d$/u;

// The word after a multiplier ("keer", "maal") that makes it a comparison, and the direction it states.
const MULTIPLIER_COMPARISONS: ReadonlyMap<string, FigureDirection> = new Map([
  ['meer', 'increase'], ['zo', 'increase'], ['zoveel', 'increase'], ['groter', 'increase'], ['hoger', 'increase'],
  ['minder', 'decrease'], ['kleiner', 'decrease'], ['lager', 'decrease'],
]);

/** Whether a sign token is the number's own ("met -6,5%", "Herentals +11%"): a space before it and the number right after, not a dash or a hyphen between words. */
const signsNumber = (text: string, sign: { start: number; end: number }, number: { start: number }) => sign.end === number.start && /\s/u.test(text[sign.start - 1] ?? '');

// The words before "met"/"tot" (and a word after it) or a noun before "van" at the end of a window: the checks from the end run each
// expression only where it can match (tried at every position, its words backtrack over the window).
const MET_OR_TOT = ['met', 'tot'];
const CUE_BEFORE_MET_OR_TOT = /(?:^|\s)(\p{L}+(?:\s+\p{L}+)?)\s+(?:met|tot)\s+$/u;
const CUE_BEFORE_MET_OR_TOT_AND_WORD = /(?:^|\s)(\p{L}+(?:\s+\p{L}+)?)\s+(?:met|tot)\s+(?:\p{L}+\s+)?$/u;
// "een daling van 13", "een daling dus van 13": the change noun, maybe a discourse particle after it, then "van".
const NOUN_BEFORE_VAN = /(?:^|\s)(\p{L}+)\s+(?:(?:dus|ook|wel|echter|zelfs|nog)\s+)?van\s+(?:\p{L}+\s+)?$/u;
const cueBeforeMetOrTot = (window: string) => (endsOnSpacedWord(window, MET_OR_TOT) ? CUE_BEFORE_MET_OR_TOT.exec(window) : null);
const cueBeforeMetOrTotAndWord = (window: string) => (endsOnSpacedWord(window, MET_OR_TOT, 1) ? CUE_BEFORE_MET_OR_TOT_AND_WORD.exec(window) : null);

const CONTRAST_WORDS = new Set(['tegenover', 'versus', 'vs']);
const COORDINATING = new Set(['en', 'of']);
// Coordinators that may join a clause to the one before: "…, maar waar …", "en toen …".
const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['en', 'of', 'maar', 'want']);
// Focus words between a preposition of change and its figure: "zelfs tot 30 procent", "al tot 30 procent".
const CHANGE_FOCUS: ReadonlySet<string> = new Set([...FOCUS_BEFORE_NUMBER, 'al']);

/**
 * The direction of a change whose figure follows "met", "tot" or "naar": a verb or noun of change
 * earlier in its sentence (up to a semicolon, colon or another figure), a separable verb of change
 * ("nam … toe", "uit te breiden"), or, in a list ("met 7 procent … en zelfs met 24 procent"), the
 * direction of the figure before it.
 */
function changeBefore(doc: DocumentReader, lead: number, sentence: number, earlier: Described[]): FigureDirection | null {
  let k = lead - 1;
  while (CHANGE_FOCUS.has(doc.tokens[k]?.norm ?? '')) k--;
  if (!['met', 'tot', 'naar'].includes(doc.tokens[k]?.norm ?? '')) return null;
  const [from] = doc.sentenceTokens(sentence);
  const words = new Set<string>();
  let coordinated = false;
  for (let j = k - 1; j >= from && j >= k - 15; j--) {
    const t = doc.tokens[j]!;
    if (t.text === ';' || t.text === ':') break;
    // A figure before this one ("met 7 procent …, met de helft"; fractions are words).
    const figure = t.type === 'num' || t.norm === 'helft' || t.norm in DENOMINATORS ? lastOf(earlier, (e) => e.start <= t.start && e.end >= t.end, (e) => e.sentence < sentence) : undefined;
    // "De kostprijs stijgt van de geschatte 150 à 180 miljoen naar 226 miljoen euro": the old value "van" opens before "naar" is passed over
    // to the verb of the change.
    const oldValue = figure && doc.tokens[k]!.norm === 'naar' && !coordinated ? vanBefore(doc, doc.tokenAt(figure.start), from) : -1;
    if (oldValue >= 0) {
      j = oldValue;
      continue;
    }
    // "daalde in 2019 (262) met 24,5%": a count alone in brackets is an aside on the year; the verb before it still governs.
    if (figure && doc.tokens[j - 1]?.text === '(' && doc.tokens[j + 1]?.text === ')') {
      j--;
      continue;
    }
    if (figure) return coordinated ? figure.direction : null;
    if (t.type === 'num') continue;
    if (t.norm === 'en' || t.text === ',') coordinated = true;
    if (t.type !== 'word') continue;
    words.add(t.norm);
    const change = changeNounIn(t.norm);
    const cue = cueDirection(t.norm) ?? (change ? cueDirection(change) : null);
    if (cue && t.norm !== 'meer' && t.norm !== 'minder') return cue;
  }
  return separableChange(words);
}

/** The index of the "van" that opens an old value at token `first`, an article and an adjective at most between ("van de geschatte 150"); -1 if none. */
function vanBefore(doc: DocumentReader, first: number, from: number): number {
  for (let k = first - 1; k >= from && k >= first - 3; k--) if (doc.tokens[k]!.norm === 'van') return k;
  return -1;
}

// Separable verbs of change, their particle apart: "nam … toe", "namen af", "uit te breiden".
const SEPARABLE_TAKE = new Set(['nam', 'namen', 'neemt', 'nemen']);
function separableChange(words: ReadonlySet<string>): FigureDirection | null {
  const take = [...words].some((w) => SEPARABLE_TAKE.has(w));
  if (take && words.has('toe')) return 'increase';
  if (take && words.has('af')) return 'decrease';
  if (words.has('uit') && [...words].some((w) => w.startsWith('breid'))) return 'increase';
  return null;
}

// Words in a figure's quote that make it an increment: "1.000 extra personeelsleden", "40 bijkomende agenten".
const INCREMENT_WORDS = new Set(['extra', 'bijkomende', 'bijkomend', 'additionele', 'meer']);

/** "actueel 89 op 95", "24 magistraten op 24": the number a count is set against is its norm, a target. */
function isNorm(doc: DocumentReader, f: FigureReading, earlier: Described[]): boolean {
  const first = doc.tokenAt(f.start);
  const count = earlier.at(-1);
  return doc.tokens[first - 1]?.norm === 'op' && count !== undefined && count.end === doc.tokens[first - 2]?.end && count.unit === f.unit && count.value <= f.value;
}

/**
 * "Het korps moet worden uitgebreid naar 2.400 agenten, dat zijn er 600 meer dan nu": the gap a count "meer/minder" states right after
 * a target of the same unit, in its sentence or the one before, is part of that target.
 */
function gapToATarget(doc: DocumentReader, f: FigureReading, earlier: Described[]): boolean {
  const next = doc.tokens[doc.tokenAt(f.end)]?.norm;
  const target = earlier.at(-1);
  if (f.kind !== 'count' || !COMPARATIVES.has(next ?? '') || !target || target.status !== 'target' || target.unit !== f.unit) return false;
  return target.sentence >= doc.sentenceIndex(f.start) - 1;
}

// Participles of money set aside in a plan or a budget: "is 2,3 miljoen euro uitgetrokken voor", "wordt 400.000 euro vrijgemaakt".
// Money set aside: "uitgetrokken", "maakt … vrij", "trekt … uit"; and money a clause in the present says is invested ("De stad
// investeert 1,5 miljoen euro in …": decided, still being spent, as the devset reads it).
const EARMARKED = /(?<![\p{L}])(?:uitgetrokken|ingeschreven|gereserveerd|vrijgemaakt|begroot|gebudgetteerd|investeert|investeren|(?:maakt|maken)\s(?:[^.;:]*\s)?vrij|(?:trekt|trekken)\s(?:[^.;:]*\s)?uit)(?![\p{L}])/u;

/**
 * "In het meerjarenplan is 2,3 miljoen euro uitgetrokken voor nieuwe camera's", "De minister maakt 9 miljoen euro vrij voor vijf
 * extra centra": money set aside for later, and what it is for, is planned, a target, as an allotment is; what was set aside in a
 * narrated past ("werd vorig jaar vrijgemaakt") is observed.
 */
function earmarkedAmount(doc: DocumentReader, f: FigureReading): boolean {
  if (inTableRow(doc.folded, f.start)) return false;
  const clause = clauseOf(doc, f);
  return EARMARKED.test(clause) && !PAST.test(clause) && !hasWeakPast(clause);
}

// Nouns (folded word endings) of money an authority allots: "de dotatie", "de bijdrage van de gemeente", "het werkingsbudget".
const ALLOTMENT_NOUNS = ['dotatie', 'bijdrage', 'budget', 'begroting', 'subsidie', 'toelage', 'investering'];

/**
 * "een dotatie aan de zone van 432.000 euro", "de bijdrage bedraagt 2,1 miljoen euro": money allotted is decided, a target (the
 * devset convention); what an allotment was ("terwijl de dotatie 721 miljoen in 2015 bedroeg") is observed.
 */
function allocatedAmount(doc: DocumentReader, f: FigureReading, subject: Span | null, documentDate: string | null): boolean {
  if (f.kind !== 'money' || subject === null || !endsInNoun(foldForMatch(subject.quote).split(/\s+/u).at(-1) ?? '', ALLOTMENT_NOUNS)) return false;
  // A row of a table ("Gent | 87.114.857 € |" under "Totaal bedrag toelage") reports amounts, as in statusInContext; one dated after the document is still planned there.
  if (inTableRow(doc.folded, f.start)) return false;
  const clause = clauseOf(doc, f);
  return (yearsAfterDocument(f.referenceDate, documentDate) ?? 0) >= 0 && !PAST.test(clause) && !hasWeakPast(clause) && !WRITER_OBSERVES.test(clause);
}
// "De hoogste bedragen per inwoner zien we voor de politiedotatie in Antwerpen (437 euro)": what the writer sees in the figures is
// observed, whatever was allotted.
const WRITER_OBSERVES = /(?<!\p{L})(?:zien|merken|noteren|vinden) (?:we|wij)(?!\p{L})/u;

// Nouns of a norm (folded): a framework ("referentiekader"), a norm, a legal maximum or minimum ("maximumboete"); a maximum
// capacity is the places that exist, observed like any capacity (devset convention since fresh6).
const NORM_NOUN = /(?:kader|norm)$|^(?:maximum|minimum)(?!capaciteit)/u;
// A fine set by a rule ("een GAS-boete van 53 euro", "boetes van 1.000 of 2.000 euro"): a norm ({@link setsAFine}).
const FINE_NOUN = /boetes?$/u;

// An attribute right after the number that makes its count a plan: "20 voorziene inspecteurs", "30 geplande camera's".
const PLANNED_STEMS = String.raw`voorzien|gepland|beoogd`;
const PLANNED_ATTRIBUTE = new RegExp(String.raw`^\S+\s+(?:${PLANNED_STEMS})e\s`, 'u');
// "een vooropgesteld aantal van 739": the same words as one word before a noun, inflected or not.
const PLANNED_WORD = new RegExp(String.raw`^(?:vooropgesteld|${PLANNED_STEMS})e?$`, 'u');

/**
 * "het referentiekader van 13.500 personeelsleden", "een kader voor 353 politiemensen", "de maximumboete van 350 euro", "de
 * norm van een wijkagent per 4.000 inwoners", "heeft recht op 63 raadsheren": a framework, a norm or an entitlement is a
 * target, whatever the tense of its clause; so is the fine a rule sets ("krijgt een GAS-boete van 53 euro", devset convention
 * since fresh10), unless its clause narrates in the past ("kreeg een boete van 100 euro").
 */
function ofFramework(doc: DocumentReader, f: FigureReading): boolean {
  // "de 20 voorziene inspecteurs", "30 geplande camera's": what is foreseen or planned is the norm, not what there is.
  if (PLANNED_ATTRIBUTE.test(doc.folded.slice(f.start, f.end))) return true;
  const lead = leadOf(doc, doc.tokenAt(f.start));
  let k = opensWithVan(doc, f, lead) ? lead : lead - 1;
  // "van een wijkagent per 4.000 inwoners": the base of a rate the norm sets.
  if (doc.tokens[k]?.norm === 'per' && doc.tokens[k - 2]?.norm === 'een') k -= 3;
  // "boetes van 1.000 of 2.000 euro": the second alternative stands where the first does.
  if ((doc.tokens[k]?.norm === 'of' || doc.tokens[k]?.norm === 'tot') && isNumber(doc.tokens[k - 1])) k -= 2;
  const preposition = doc.tokens[k]?.norm ?? '';
  const noun = doc.tokens[k - 1]?.norm ?? '';
  // "in het kader van 82 lokale onderzoeken" is the fixed phrase "in the course of", no framework.
  const inTheCourseOf = noun === 'kader' && doc.tokens[k - 2]?.norm === 'het' && doc.tokens[k - 3]?.norm === 'in';
  if (((preposition === 'van' || preposition === 'voor') && NORM_NOUN.test(noun) && !inTheCourseOf) || (preposition === 'op' && noun === 'recht')) return true;
  // "op een vooropgesteld aantal van 739 hoofdinspecteurs", "een beoogd aantal van 30": a number set beforehand is a norm.
  if (preposition === 'van' && noun === 'aantal' && PLANNED_WORD.test(doc.tokens[k - 2]?.norm ?? '')) return true;
  // "waar de norm 107 is": a norm's noun with its article right before the value.
  if (NORM_NOUN.test(preposition) && (noun === 'de' || noun === 'het')) return true;
  return preposition === 'van' && f.kind === 'money' && FINE_NOUN.test(noun) && setsAFine(doc, f, k - 1);
}

// Words of a speed limit in a speed's clause (folded): "de hoogst toegelaten snelheid van 90", "de maximumsnelheid bedraagt er 30 km
// per uur", "de snelheidslimiet", "een snelheidsregime van 90", "waar je 120 per uur mag".
const SPEED_LIMIT = /(?<![\p{L}])(?:maximum\p{L}*|toegelaten|snelheidslimiet\p{L}*|snelheidsbeperking\p{L}*|snelheidsregime\p{L}*|limiet\p{L}*|mag|mogen)(?![\p{L}])/u;

// What a speed limit is of, when anything: the limit or speed it names ("de maximumsnelheid van 50", "het snelheidsregime"); the driver
// the sentence is about ("Eén hardrijder haalde 160 waar slechts negentig is toegelaten") is not what the limit measures.
const LIMIT_SUBJECT = /snelheid|regime|limiet|beperking|maximum/iu;

/** A subject's quote and offsets as a figure's fields, all null without one. */
const subjectFields = (subject: Span | null) => ({ subject: subject?.quote ?? null, subjectStart: subject?.start ?? null, subjectEnd: subject?.end ?? null });

/**
 * "de maximumsnelheid bedraagt er 30 km per uur", "op de ring mag je 90 per uur": a speed limit is a norm (`target`, devset
 * convention since fresh8), whatever the tense of its clause; a speed driven or measured ("een radar afgesteld op 90 km per uur",
 * "windstoten tot 100 km per uur") is observed.
 */
function speedLimit(doc: DocumentReader, unitKind: UnitKind | null, f: FigureReading): boolean {
  return unitKind === 'speed_kmh' && SPEED_LIMIT.test(clauseOf(doc, f).replace(COMPARED_WITH_THE_LIMIT, ''));
}

// "reed er 152 km/uur, ruim dubbel zo snel als toegelaten": the limit as the base of a comparison, no figure of its own ("harder dan de
// toegelaten 50" names the limit's figure).
const COMPARED_WITH_THE_LIMIT = /(?<![\p{L}])(?:als|dan)\s+(?:de\s+|het\s+)?(?:maximaal\s+|wettelijk\s+)?toegelaten(?![\p{L}])(?!\s+[\p{L}\d])/gu;

/**
 * Whether the fine at token `noun` is one a rule sets: not counted ("vijf boetes van 250 euro" were imposed) and not in a
 * clause that narrates in the past ("kreeg een boete van 100 euro") unless it tells of the rule being made.
 */
function setsAFine(doc: DocumentReader, f: FigureReading, noun: number): boolean {
  const before = doc.tokens[noun - 1];
  if (isNumber(before) && !ONE.has(before!.norm)) return false;
  const clause = clauseOf(doc, f);
  return (!PAST.test(clause) && !hasWeakPast(clause)) || RULE_SET.test(clause);
}

// Participles of setting a rule: "Er werden toen boetes van 250 tot 600 euro afgesproken" tells of a rule made, not of fines imposed.
const RULE_SET = /(?<![\p{L}])(?:afgesproken|vastgelegd|goedgekeurd|ingevoerd|opgetrokken)(?![\p{L}])/u;

// Determiners that make a counted phrase definite ("de zes zones", "hun vier korpsen"); the possessives among them name its whole.
const DEFINITE_DETERMINERS = new Set(['de', 'het', 'deze', 'hun', 'onze', 'ons', 'jullie', 'uw']);
const POSSESSIVE_DETERMINERS = new Set(['hun', 'onze', 'ons', 'jullie', 'uw']);
// Words inside a counted phrase that make it a plan of its own ("de 27 voorziene plaatsen", "de 50 extra agenten").
const PLANNED_WORDS = new Set(['extra', 'nieuwe', 'bijkomende', 'voorziene', 'geplande', 'toekomstige', 'eerstvolgende', 'beloofde', 'gevraagde', 'beoogde', 'nodige']);

/**
 * "de zes politiezones van het arrondissement", "hun vier politiezones", "de vijf gemeenten van de zone", "de zes Brusselse
 * zones", "de tien politiezones": a definite count of the members of a whole (a "van" phrase after it, a possessive before it, a
 * place's adjective in it, or units of the map) refers to a set that exists, whatever plan
 * the clause states about it ("plannen voor de eenmaking van hun vier politiezones"): it is observed, not the plan's figure.
 */
function membersOfWhole(doc: DocumentReader, f: FigureReading): boolean {
  if (f.kind !== 'count' || f.unit === null) return false;
  const first = doc.tokenAt(f.start);
  const last = doc.tokenAt(f.end);
  const determiner = doc.tokens[first - 1]?.norm ?? '';
  if (!DEFINITE_DETERMINERS.has(determiner) || doc.tokens.slice(first, last).some((w) => PLANNED_WORDS.has(w.norm))) return false;
  // "de zes Brusselse zones": the members of a place named by its adjective ("de 12 camera's in het centrum" may be a plan's).
  const ofAPlace = doc.tokens.slice(first + 1, last).some((w) => PLACE_ADJECTIVE_FORM.test(w.text));
  // "De tien politiezones krijgen hun kader niet opgevuld": zones and municipalities are a set the map fixes.
  return POSSESSIVE_DETERMINERS.has(determiner) || doc.tokens[last]?.norm === 'van' || ofAPlace || TERRITORIAL_SETS.test(foldForMatch(f.unit)) || standsNow(doc, last);
}

// Verbs of a thing's standing in the present: "die zich op het grondgebied bevinden", "die er al hangen".
const STANDING_VERBS: ReadonlySet<string> = new Set(['bevindt', 'bevinden', 'staat', 'staan', 'hangt', 'hangen', 'ligt', 'liggen', 'bestaat', 'bestaan']);
// How far a relative clause is read for its verb.
const RELATIVE_CLAUSE_REACH = 10;

/** "de 34 camera's die zich op Booms grondgebied bevinden": a relative clause right after the count says its things stand there now. */
function standsNow(doc: DocumentReader, after: number): boolean {
  if (doc.tokens[after]?.norm !== 'die' && doc.tokens[after]?.norm !== 'dat') return false;
  for (let k = after + 1; k < doc.tokens.length && k <= after + RELATIVE_CLAUSE_REACH; k++) {
    const t = doc.tokens[k]!;
    if (t.type !== 'word') return false;
    if (STANDING_VERBS.has(t.norm)) return true;
  }
  return false;
}
// Units that divide the map: "politiezones", "zones", "gemeenten", "provincies", "arrondissementen".
const TERRITORIAL_SETS = /(?:zones|gemeenten|gemeentes|provincies|arrondissementen)$/u;

// "plaatsen" that are posts: filled or newly created ones are staff; vacant ones ("oningevulde plaatsen") stay a count.
const POST_NOUNS = new Set(['plaats', 'plaatsen', 'functie', 'functies', 'betrekking', 'betrekkingen']);
const POST_FILLED = new Set(['ingevuld', 'opgevuld', 'voorzien', 'gecreeerd', 'bijgekomen', 'bezet', 'toegekend']);

/**
 * "398 van de 533 plaatsen ingevuld", "van de 27 voorziene plaatsen 16 ingevuld": the posts a filled part is counted
 * against are the framework, a norm (`target`), as "89 op 95" is; "20 plaatsen ingevuld" alone is the filled part, and
 * "twee van de vijf plaatsen waar …" no posts.
 */
function postsOfFramework(doc: DocumentReader, f: FigureReading): boolean {
  if (f.kind !== 'count' || f.unit === null || !POST_NOUNS.has(foldForMatch(f.unit))) return false;
  const first = doc.tokenAt(f.start);
  if (doc.tokens[first - 1]?.norm !== 'de' || doc.tokens[first - 2]?.norm !== 'van') return false;
  const after = doc.tokenAt(f.end);
  const filled = doc.tokens.slice(after, after + 3).some((t) => POST_FILLED.has(t.norm));
  return filled && (isNumber(doc.tokens[first - 3]) || isNumber(doc.tokens[after]));
}

/** "negentig plaatsen ingevuld", "twee nieuwe plaatsen voorzien": posts a participle right after says are filled or created. */
function filledPosts(doc: DocumentReader, f: FigureReading): boolean {
  if (f.kind !== 'count' || f.unit === null || !POST_NOUNS.has(foldForMatch(f.unit))) return false;
  return POST_FILLED.has(doc.tokens[doc.tokenAt(f.end)]?.norm ?? '');
}

/** "30 agenten per 10.000 inwoners": a number of people per a stated base is a density, a count, not a headcount of staff. */
/**
 * "België heeft 13,3 beroepsmagistraten per 100.000 inwoners … minder dan Luxemburg (36) en Oostenrijk (27)": a bare number that counts
 * the noun of a density before it, in its sentence or the one before, is that density for another place.
 */
function sameRateAsBefore(doc: DocumentReader, f: FigureReading, earlier: Described[]): boolean {
  if (/\p{L}/u.test(f.quote)) return false;
  const sentence = doc.sentenceIndex(f.start);
  const rate = lastOf(earlier, (e) => e.unit === f.unit && perNumberedBase(doc, e), (e) => e.sentence < sentence - 1);
  return rate !== undefined;
}

function perNumberedBase(doc: DocumentReader, f: FigureReading): boolean {
  const k = doc.tokenAt(f.end);
  const base = doc.tokens[k + 1];
  if (doc.tokens[k]?.norm !== 'per' || !base || ONE.has(base.norm)) return false;
  return isNumber(base);
}

// Verbs and nouns of recruiting: "werden 1.654 inspecteurs gerekruteerd", "192 beveiligingsagenten … gerekruteerd", "minstens 1.600 nieuwe
// inspecteurs te rekruteren". Recruits are counted, not yet the organisation's staff (the devset's convention since fresh12).
const RECRUITING = 'gerekruteerd|rekruteert|rekruteerde|rekruteerden';
const RECRUITED = new RegExp(`(?<![\\p{L}])(?:${RECRUITING}|rekruteren|rekrutering)(?![\\p{L}])`, 'u');
// A clause that tells of a hire done: "nam 35 inspecteurs in dienst", "werden 40 agenten aangeworven", "rekruteerde 1.654 aspiranten"
// (a plan to hire, "wil 1.600 agenten aanwerven", is read as before: who plans it may be no unit of the force).
const HIRED = new RegExp(`(?<![\\p{L}])(?:in\\s+dienst|aangeworven|aanwerft|wierf|wierven|${RECRUITING})(?![\\p{L}])`, 'u');

// "30 agenten tekort", "768 agenten te weinig", "20 inspecteurs structureel te kort": a shortage after the noun, up to two words between.
const SHORTAGE_AFTER = /^\s+(?:\p{L}+\s+){0,2}?te\s*(?:kort|weinig)(?!\p{L})/u;
// "een tekort van 40 inspecteurs", "er was een tekort van 163 politiemensen": a shortage noun the figure complements.
const SHORTAGE_BEFORE = /(?<!\p{L})(?:personeels)?tekort(?:\s+\p{L}+){0,2}?\s+van\s+(?:\p{L}+\s+)?$/u;

/**
 * "We komen 30 agenten tekort", "een tekort van 40 inspecteurs": people stated as missing. They do not
 * work for the organisation, so they are a count, not its staff (the devset's session-18 convention,
 * as vacancies and recruits); a shortage as a share or amount ("een tekort van 16%") is no people.
 */
function statedAsShortage(doc: DocumentReader, f: Span): boolean {
  const [s, e] = doc.sentences[doc.sentenceIndex(f.start)]!;
  return SHORTAGE_AFTER.test(doc.folded.slice(f.end, e)) || SHORTAGE_BEFORE.test(doc.folded.slice(s, f.start));
}

/**
 * The category a bare count in brackets follows when the count's unit is another noun, a list's ("stalking (45)" in "diefstal (64
 * dossiers), stalking (45)"): the noun phrase before the bracket; null when the count counts that word itself ("pv's (1.234)").
 */
function categoryBeforeBracket(doc: DocumentReader, f: FigureReading, lead: number, last: number, from: number): Span | null {
  if (f.kind !== 'count' || f.unit === null || doc.tokens[lead - 1]?.text !== '(' || doc.tokens[last + 1]?.text !== ')') return null;
  const before = doc.tokens[lead - 2];
  // A month before the bracket breaks a count down in time ("pieken in maart (190)"): no category.
  if (!before || before.type !== 'word' || before.norm in MONTHS || foldForMatch(before.text) === foldForMatch(f.unit) || foldForMatch(f.quote).endsWith(foldForMatch(f.unit))) return null;
  // A capitalised name inside the sentence ("geregistreerd in de provincie Antwerpen (181)") is where the count was made, no category.
  if (isCap(before) && lead - 2 > from) return null;
  // "Het aantal verkrachtingen staat op het laagste peil in vijf jaar (16)": a count of "het aantal …" closing its clause, no list's item.
  if (countedByAantalBefore(doc.tokens, lead - 1) !== null) return null;
  // "Dat zijn er op jaarbasis (52.500) minder": a count a partitive "er" before the bracket takes up is of that noun, no category.
  if (partitiveBefore(doc.tokens, lead - 1) !== null) return null;
  const np = doc.nounPhraseBefore(lead - 1, from);
  return np && np.last !== null ? doc.span(np) : null;
}

// What is sought or aimed at right before a figure: "zijn ze op zoek naar tien extra mensen", "de zone zoekt 20 inspecteurs", "Momenteel
// zoeken we drie extra werkkrachten", "dit jaar mikken we op 1.500", "de zone streeft naar 450 agenten".
const SOUGHT = /(?<![\p{L}])(?:op\s+zoek\s+naar|(?:zoekt|zoeken)(?:\s+(?:we|wij|ze|zij|de\s+\p{L}+))?|(?:mikken|mikt|streven|streeft)(?:\s+(?:we|wij|ze|zij|de\s+\p{L}+))?\s+(?:op|naar))\s+(?:(?:nog|nu|dringend|minstens|zeker)\s+)*$/u;

/** Whether the (folded) words of the six tokens right before a figure and its qualifier end as `pattern` says. */
function wordsBefore(doc: DocumentReader, f: FigureReading, pattern: RegExp): boolean {
  const lead = leadOf(doc, doc.tokenAt(f.start));
  const from = doc.tokens[Math.max(0, lead - 6)]!.start;
  return pattern.test(doc.folded.slice(from, doc.tokens[lead]!.start));
}

/** Whether a figure is the object of a search: what is sought is still missing, so a target ("op zoek naar tien extra mensen"). */
const sought = (doc: DocumentReader, f: FigureReading) => wordsBefore(doc, f, SOUGHT);

// What is promised right before a figure: "haar belofte om 2.500 agenten", "de beloofde 2.500 extra agenten", "beloofde 2.500 agenten".
const PROMISED = /(?<![\p{L}])(?:(?:belofte|beloften|toezegging)\s+(?:om|van)(?:\s+(?:er|nog|minstens|zeker))*|beloofde|beloofden|belooft|beloven|toegezegde|beloofd)\s+(?:(?:de|het|er|nog|minstens|zeker)\s+)*$/u;

/** Whether a figure is what was promised: a promise is still to be kept, so a target ("haar belofte om 2.500 agenten vrij te maken"). */
const promised = (doc: DocumentReader, f: FigureReading) => wordsBefore(doc, f, PROMISED);

// A state permitted, its clause ending on "zijn": "terwijl dat vanaf 1 mei nog maar 680 gedetineerden mogen zijn", "mogen het er nog 660 zijn".
const PERMITTED_STATE = /(?<![\p{L}])(?:mag|mogen)(?![\p{L}])[^.;:!?]*(?<![\p{L}])zijn[\s.;:!?"”’)]*$/u;

/** Whether a figure is how many may be: what is permitted sets a limit, a target, whatever there is now. */
const permitted = (doc: DocumentReader, f: FigureReading) => PERMITTED_STATE.test(clauseOf(doc, f));

// Nouns of a rate a share is given as: "ophelderingsgraad", "bezettingsgraad", "slaagpercentage"; and of a state measured as a share of
// a capacity or a staff ("16,4 procent overbevolking", "12 procent onderbezetting", "8 procent ziekteverzuim").
const RATE_NOUN = /^\p{L}{3,}(?:graad|percentage|ratio|bevolking|bezetting|verzuim)$/u;

/** Whether a subject names an organised group or its personnel, so that the people it counts are its staff. */
function namesOrganisation(subject: Span | null): boolean {
  if (!subject) return false;
  return foldForMatch(subject.quote).split(/\s+/u).some((w) => ORGANISATION_HEADS.some((h) => w.endsWith(h)) || w.startsWith('personeel'));
}

// Comparatives a multiplier stands before ("4 keer vaker", "drie keer hoger"): no noun of what was counted.
const ADVERB_COMPARATIVES: ReadonlySet<string> = new Set(['vaker', 'meer', 'minder', 'hoger', 'lager', 'groter', 'kleiner', 'sneller', 'trager', 'langer', 'korter', 'zwaarder', 'beter', 'slechter']);
// Verbs that close a clause and that a subject read too far ends on: "is gedaald", "blijkt", "stellen", "neerleggen".
const INFINITIVE_ENDING = /^\p{Ll}{3,}(?:en)$/u;

/**
 * A subject that ends on a verb is no noun phrase the figure counts ("van 147 naar 113 gedaald", "Daaruit blijkt", "264 keer
 * gedaan"), nor is a comparative alone ("4 keer vaker"): none, rather than a verb or an adverb as what was counted. Names and
 * participle-shaped nouns ("het geweld") stay.
 */
function nounOrNothing(subject: Span | null, f: FigureReading): Span | null {
  if (subject === null) return null;
  const words = subject.quote.split(/\s+/u);
  const last = words.at(-1)!;
  const word = foldForMatch(last);
  // The counted noun itself ("39 namen") and names stay, whatever verb they are also the form of.
  if (/^\p{Lu}/u.test(last) || (f.unit !== null && word === foldForMatch(f.unit))) return subject;
  if (words.length === 1 && ADVERB_COMPARATIVES.has(word)) return null;
  const participle = PAST_PARTICIPLE.test(word) && !PARTICIPLE_SHAPED_NOUNS.has(word) && !/en$/u.test(word);
  const verb = words.length > 1 && (FINITE_VERBS.has(word) || (INFINITIVE_ENDING.test(word) && FINITE_VERBS.has(`${word.slice(0, -2)}t`)));
  return participle || verb ? null : subject;
}

/** "14 inspecteurs waaronder 1 gedetacheerde": a count of members of a staff count named right before it ({@link wholeOfPart}) is staff too. */
function memberOfStaff(doc: DocumentReader, f: FigureReading, earlier: Described[]): boolean {
  const lead = leadOf(doc, doc.tokenAt(f.start));
  return f.kind === 'count' && doc.tokens[lead - 1]?.norm === 'waaronder' && wholeOfPart(doc, f, lead, earlier, doc.sentenceIndex(f.start))?.unitKind === 'staff';
}

// Adjectives of a legal bound on a sum: "de maximale geldboete", "het minimale bedrag" ("de hoogste boete" may be one handed out).
const BOUND_ADJECTIVES: ReadonlySet<string> = new Set(['maximale', 'minimale']);
// Verbs that state a sum as what its subject is: "blijft 175 euro", "bedraagt 350 euro", "wordt 500 euro".
const STATING_VERBS: ReadonlySet<string> = new Set(['is', 'blijft', 'wordt', 'bedraagt', 'ligt', 'komt']);

/**
 * "De maximale geldboete die hen kan worden opgelegd …, blijft 175 euro": a sum stated as what a bound of its clause's subject is,
 * the rule's bound, a target as "maximaal 175 euro" is. Not a narrated past ("bedroeg"): a bound that was.
 */
function boundOfTheSubject(doc: DocumentReader, f: FigureReading): boolean {
  const lead = leadOf(doc, doc.tokenAt(f.start));
  if (!STATING_VERBS.has(doc.tokens[lead - 1]?.norm ?? '')) return false;
  const found = doc.clauseSubject(doc.sentenceIndex(f.start));
  const np = found?.reading?.kind === 'np' ? found.reading.np : null;
  return np !== null && np.last !== null && doc.tokens.slice(np.det, np.last + 1).some((t) => BOUND_ADJECTIVES.has(t.norm));
}

// Qualifiers of a ceiling ("max." is read as "maximaal"): "maximaal", "maximum", "hoogstens", "ten hoogste".
const CEILING_QUALIFIERS: ReadonlySet<string> = new Set(['maximaal', 'maximum', 'hoogstens', 'ten hoogste']);

/** "een GAS-boete van maximaal 350 euro", "maximum 100 of 200 euro": a sum of money capped by a ceiling is a rule's bound, a target. */
const ceilingAmount = (f: FigureReading) => f.kind === 'money' && f.qualifier !== null && CEILING_QUALIFIERS.has(f.qualifier);

/**
 * "de boetes kunnen oplopen tot 375 euro": how high a value may run, read in its sentence before it: a ceiling, so no change, and for
 * a sum of money the rule's bound, a target, as "maximaal" is.
 */
const mayRunUpTo = (doc: DocumentReader, f: FigureReading) => MAY_RUN_UP_TO.test(doc.folded.slice(doc.sentences[doc.sentenceIndex(f.start)]![0], f.start));

/**
 * "Vooral cocaïne blijft populair bij smokkelbenden. Vorig jaar is 64 ton in beslag genomen": a mass that names no substance of its own,
 * opening what its sentence weighs, weighs the subject of the sentence before when that is a bare noun (no article, "Vooral cocaïne"),
 * the substance the text speaks of; null otherwise (a mass after another in its sentence may weigh something else: "18 ton heroïne in
 * beslag genomen, en 11 kilo werd vernietigd").
 */
function substanceBefore(doc: DocumentReader, f: FigureReading, earlier: Described[]): Span | null {
  const sentence = doc.sentenceIndex(f.start);
  if (sentence === 0 || earlier.some((e) => e.sentence === sentence && e.unitKind === 'mass_kg')) return null;
  const topic = doc.clauseSubject(sentence - 1)?.reading;
  if (topic?.kind !== 'np' || topic.np.det !== topic.np.first || topic.np.last === null) return null;
  const head = doc.tokens[topic.np.last]!;
  return isCap(head) ? null : doc.span(topic.np);
}

// A sentence that opens by pointing at the figure before it: "Dat cijfer komt overeen met …", "Dit bedrag is …".
const POINTS_AT_THE_FIGURE_BEFORE = /^\s*["“”'‘’]?\s*(?:dat|dit)\s+(?:cijfer|aantal|bedrag|getal)(?![\p{L}])/u;

/**
 * "Het doel is om 220 tot 250 ton drugs in beslag te nemen. Dat cijfer komt overeen met zowat 20 procent van de drugshandel": a
 * figure in a sentence that opens by pointing at a target of the sentence before says what that target is, a target too.
 */
function restatesATarget(doc: DocumentReader, f: FigureReading, earlier: Described[]): boolean {
  const sentence = doc.sentenceIndex(f.start);
  if (!POINTS_AT_THE_FIGURE_BEFORE.test(doc.folded.slice(doc.sentences[sentence]![0], f.start))) return false;
  return lastOf(earlier, (e) => e.sentence === sentence - 1, (e) => e.sentence < sentence - 1)?.status === 'target';
}

/**
 * Adds subject, status, direction, change and canonical unit to figures read by
 * `extractFigures`. Offsets stay UTF-16, as in every stage; gazetteer links are left null.
 */
export function describeFigures(input: string | PreparedText, readings: FigureReading[], options: MeaningOptions = {}): Figure[] {
  const doc = new DocumentReader(prepared(input));
  const out: Described[] = [];
  for (const [i, f] of readings.entries()) {
    let unitKind = unitKindOf(f.kind, f.unit);
    let subject = nounOrNothing(ownerRead(doc, f, notTheChangeItself(doc, f, subjectOf(doc, f, out, readings[i + 1]))), f) ?? (unitKind === 'mass_kg' ? substanceBefore(doc, f, out) : null);
    // "De taskforce telt 40 mensen", "Daar werken nu 200 mensen": people of an organisation, or at work, are staff.
    if (readingKindOf(f.kind, f.unit) === 'people' && mayBeStaff(f.unit) && (namesOrganisation(subject) || WORK.test(clauseOf(doc, f)) || WORK.test(sentenceOf(doc, f)))) unitKind = 'staff';
    if (filledPosts(doc, f) || memberOfStaff(doc, f, out)) unitKind = 'staff';
    if (unitKind === 'staff' && (perNumberedBase(doc, f) || statedAsShortage(doc, f) || sameRateAsBefore(doc, f, out) || RECRUITED.test(clauseOf(doc, f)))) unitKind = 'count';
    // "De zone nam 35 extra inspecteurs in dienst": people hired are what the count is of, not the staff of who hired them.
    if (ownsNoun(f) && HIRED.test(clauseOf(doc, f))) subject = countedNoun(doc, f, doc.sentenceTokens(doc.sentenceIndex(f.start))[1]) ?? subject;
    const direction = directionOf(doc, f, out);
    const limit = speedLimit(doc, unitKind, f);
    out.push(withFields(f, {
      // "Zestig bestuurders reden harder dan de maximumsnelheid van 50 kilometer per uur": a limit is in force, not counted at the
      // time the story tells (devset convention: 14 of 15 limits undated).
      referenceDate: limit ? null : f.referenceDate,
      ...subjectFields(limit && !LIMIT_SUBJECT.test(subject?.quote ?? '') ? null : subject),
      subjectActorId: null,
      subjectLocationId: null,
      status: isNorm(doc, f, out) || restatesATarget(doc, f, out) || gapToATarget(doc, f, out) || ofFramework(doc, f) || postsOfFramework(doc, f) || limit || ceilingAmount(f) || (f.kind === 'money' && (mayRunUpTo(doc, f) || boundOfTheSubject(doc, f))) || allocatedAmount(doc, f, subject, options.documentDate ?? null) || earmarkedAmount(doc, f) || sought(doc, f) || promised(doc, f) || permitted(doc, f) ? 'target' : observedMembers(statusInContext(doc, f, options.documentDate ?? null), doc, f, options.documentDate ?? null),
      direction,
      change: f.previousValue === null ? null : Number((f.value - f.previousValue).toPrecision(15)),
      unitKind,
      normalizedValue: normalizedValueOf(f.kind, f.unit, f.value),
      sentence: doc.sentenceIndex(f.start),
    }));
  }
  return out.map(({ sentence: _sentence, ...f }) => f);
}
