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
 */
import { foldForMatch } from '../../text/fold.js';
import type { FigureDirection, FigureStatus } from '../../vocabulary.js';
import type { Figure, FigureReading, Span } from '../types.js';
import { normalizedValueOf, unitKindOf } from './canonical.js';
import { prepared, type PreparedText } from '../prepared.js';
import { parseNumberWord, type Token } from './tokens.js';
import {
  ADVERBIAL_OPENERS, ANAPHORIC_PRONOUNS, DECREASE_CUES, DEMONSTRATIVES, FINITE_VERBS, FORECAST_CUES, FRAME_NOUNS, INCREASE_CUES,
  NON_NOUNS, NP_DETERMINERS, ORGANISATION_HEADS, PAST_ENDING, PAST_VERBS, PRESENT_CUES, SPEAKER_PRONOUNS, TARGET_CUES, TIME_NOUNS,
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
type SubjectReading = { kind: 'np'; np: NounPhrase } | { kind: 'anaphor' } | { kind: 'speaker' } | null;

const RELATIVE_PRONOUNS = new Set(['die', 'dat', 'welke', 'waarvan', 'waarin', 'waar']);
const FOCUS_ADVERBS = new Set(['ook', 'zelfs', 'alleen', 'enkel', 'vooral', 'net']);
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
// Participles and infinitives close a noun phrase ("de dienst uitgebreid", "die uitgroeien").
const VERB_FORM = /^(?:ge\p{L}+(?:d|t|en)|\p{L}+(?:eren|elen))$/u;

/** A word that can stand inside a noun phrase. */
function isNounPhraseWord(t: Token, inPhrase: boolean): boolean {
  if (t.type !== 'word' || NON_NOUNS.has(t.norm) || FINITE_VERBS.has(t.norm) || parseNumberWord(t.norm)) return false;
  if (!isCap(t) && inPhrase && VERB_FORM.test(t.norm)) return false;
  return true;
}

/** Cue phrases compiled once to one whole-word pattern over folded text. */
function cuePattern(cues: readonly string[]): RegExp {
  const alternatives = cues.map((c) => foldForMatch(c).split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'u');
}
const FORECAST = cuePattern(FORECAST_CUES);
const TARGET = cuePattern(TARGET_CUES);
const PAST = cuePattern([...PAST_VERBS]);
const PRESENT = cuePattern(PRESENT_CUES);
const hasWeakPast = (clause: string) => clause.split(/[^\p{L}]+/u).some((w) => PAST_ENDING.test(w) && !FINITE_VERBS.has(w));
const FINITE = cuePattern([...FINITE_VERBS]);
const INCREASE = cuePattern(INCREASE_CUES);
const DECREASE = cuePattern(DECREASE_CUES);

/** One document read for meaning: tokens, sentences, and lookups between them. */
class DocumentReader {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Array<[number, number]>;
  readonly folded: string;

  constructor(prepared: PreparedText) {
    this.text = prepared.text;
    this.tokens = prepared.figureTokens;
    this.sentences = prepared.figureSentences;
    this.folded = prepared.folded;
  }

  /** Index of the first token starting at or after `pos`. */
  tokenAt(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
    while (k < end && NP_DETERMINERS.has(this.tokens[k]!.norm)) k++;
    const first = k;
    while (k < end && isNounPhraseWord(this.tokens[k]!, k > first)) k++;
    if (k === first) return k > i ? { det: i, first, last: null } : null;
    return { det: i, first, last: k - 1 };
  }

  /** The noun phrase ending right before token `end` (read backwards), for the antecedent of a relative clause. */
  nounPhraseBefore(end: number, limit: number): NounPhrase | null {
    let k = end - 1;
    while (k >= limit && isNounPhraseWord(this.tokens[k]!, false)) k--;
    if (k === end - 1) return null;
    let det = k + 1;
    while (det - 1 >= limit && NP_DETERMINERS.has(this.tokens[det - 1]!.norm)) det--;
    return { det, first: k + 1, last: end - 1 };
  }

  /** The "van" complement right after a phrase ending at token `last`: "het personeel van de politie" → "politie". */
  complement(last: number, end: number): NounPhrase | null {
    if (this.tokens[last + 1]?.norm !== 'van') return null;
    const np = this.nounPhrase(last + 2, end);
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
      const c = this.complement(np.last, end);
      if (c) return this.readPhrase(c, end);
      const rest = words.findIndex((w) => !FRAME_NOUNS.has(w));
      if (rest >= 0 && FRAME_NOUNS.has(words[0]!)) return { kind: 'np', np: { det: np.first, first: np.first + rest, last: np.last } };
    }
    if (det.some((w) => DEMONSTRATIVES.has(w))) return { kind: 'anaphor' };
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
    let k = from;
    while (k < to && this.tokens[k]!.type === 'sym') k++;
    if (k < to - 1 && FOCUS_ADVERBS.has(this.tokens[k]!.norm) && NP_DETERMINERS.has(this.tokens[k + 1]!.norm)) k++;
    let verb = -1;
    for (let j = k + 1; j < to; j++) {
      const t = this.tokens[j]!;
      if (t.type === 'sym' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
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
      }
    }
    if (verb < 0) return null;
    const lead = this.nounPhrase(k, verb);
    const adverbial = ADVERBIAL_OPENERS.has(opener.norm) || opener.type === 'num' ||
      (lead !== null && lead.last !== null && TIME_NOUNS.has(this.tokens[lead.last]!.norm));
    if (!adverbial) return lead ? { reading: this.readPhrase(lead, to), fronted: [k, verb] } : null;
    let j = verb + 1;
    if (this.tokens[j]?.norm === 'er') j++;
    const after = this.nounPhrase(j, to);
    return after ? { reading: this.readPhrase(after, to), fronted: [k, verb] } : null;
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
    }
    return null;
  }
}

/**
 * The subject of one figure. `earlier` are the figures of the document already described (for
 * "dit aantal" pointing back to the previous sentence's figure).
 */
function subjectOf(doc: DocumentReader, f: FigureReading, earlier: Array<Figure & { sentence: number }>): Span | null {
  // A measured substance ends the quote: "40 ton cocaïne".
  if (f.subject !== null) {
    const start = f.end - f.subject.length;
    return { start, end: f.end, quote: doc.text.slice(start, f.end) };
  }
  const sentence = doc.sentenceIndex(f.start);
  const [from, to] = doc.sentenceTokens(sentence);
  const first = doc.tokenAt(f.start);
  const last = doc.tokenAt(f.end) - 1;
  // "40 procent meer patrouilles": a comparative share is of the phrase after it.
  const compared = comparative(doc, f);
  if (compared) {
    const np = doc.nounPhrase(last + 2, to);
    const s = np && phraseSpan(doc, doc.readPhrase(np, to));
    if (s) return s;
  }
  // "90 procent van de meldingen": the complement is what the share is of.
  const after = doc.complement(last, to);
  if (after && !TIME_NOUNS.has(doc.tokens[after.last!]!.norm)) return phraseSpan(doc, doc.readPhrase(after, to)) ?? doc.span(after);
  // "een team van tien mensen", "een gebouw van 36 miljoen euro": the phrase the figure measures;
  // through a frame ("41 voertuigen voor een waarde van 966.438 euro") to the phrase it values.
  if (doc.tokens[first - 1]?.norm === 'van' && first - 1 > from) {
    const np = doc.nounPhraseBefore(first - 1, from);
    const s = np && phraseSpan(doc, doc.readPhrase(np, to));
    if (s) return s;
    if (np && np.last !== null && FRAME_NOUNS.has(doc.tokens[np.last]!.norm) && ['voor', 'met'].includes(doc.tokens[np.det - 1]?.norm ?? '')) {
      const valued = doc.nounPhraseBefore(np.det - 1, from);
      const v = valued && phraseSpan(doc, doc.readPhrase(valued, to));
      if (v) return v;
    }
  }
  // "800.000 euro in het project", "15 miljoen euro aan huizen": what an amount is spent on.
  if (f.kind === 'money' && ['aan', 'in', 'voor'].includes(doc.tokens[last + 1]?.norm ?? '')) {
    const np = doc.nounPhrase(last + 2, to);
    const s = np && !TIME_NOUNS.has(doc.tokens[np.last ?? np.first]?.norm ?? '') ? phraseSpan(doc, doc.readPhrase(np, to)) : null;
    if (s) return s;
  }
  // A count of things is of what it counts ("305 inbraken", "Er werden 764 dossiers
  // opgestart"); so is a count that opens its sentence ("38 personen werden aangehouden").
  const opensSentence = doc.tokens.slice(from, first).every((t) => t.type === 'sym');
  if (f.kind === 'count' && (unitKindOf(f.kind, f.unit) === 'count' || opensSentence)) {
    const noun = countedNoun(doc, f, to);
    if (noun) return noun;
  }
  const antecedent = doc.relativeAntecedent(first, from);
  if (antecedent) {
    const s = phraseSpan(doc, doc.readPhrase(antecedent, to));
    if (s) return s;
  }
  const own = resolve(doc, sentence, earlier, 0);
  if (own) return own;
  return countedNoun(doc, f, to);
}

const phraseSpan = (doc: DocumentReader, r: SubjectReading) => (r?.kind === 'np' ? doc.span(r.np) : null);

/** The grammatical subject of a sentence, following pronouns and "dit aantal" back one sentence at a time. */
function resolve(doc: DocumentReader, sentence: number, earlier: Array<Figure & { sentence: number }>, depth: number): Span | null {
  const found = doc.clauseSubject(sentence);
  if (!found) return null;
  const { reading, fronted } = found;
  if (reading?.kind === 'np') return doc.span(reading.np);
  if (reading?.kind === 'speaker') {
    const c = doc.complementWithin(fronted);
    return c ? phraseSpan(doc, doc.readPhrase(c, fronted[1])) ?? doc.span(c) : null;
  }
  if (reading?.kind === 'anaphor' && sentence > 0 && depth < 2) {
    const previous = earlier.filter((e) => e.sentence === sentence - 1 && e.subjectStart !== null).at(-1);
    if (previous) return { start: previous.subjectStart!, end: previous.subjectEnd!, quote: previous.subject! };
    return resolve(doc, sentence - 1, earlier, depth + 1);
  }
  return null;
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
    if (at < 0 || at + unit.length > end) return null;
  }
  return { start: at, end: at + f.unit.length, quote: doc.text.slice(at, at + f.unit.length) };
}

/** The figure's clause: its sentence, cut at semicolons. */
function clauseOf(doc: DocumentReader, f: Span): string {
  const [s, e] = doc.sentences[doc.sentenceIndex(f.start)]!;
  const sentence = doc.folded.slice(s, e);
  const offset = f.start - s;
  const open = sentence.lastIndexOf(';', offset) + 1;
  const close = sentence.indexOf(';', offset);
  return sentence.slice(open, close < 0 ? undefined : close);
}

/**
 * Status from the clause: a forecast cue, else a plan cue (modal verbs, "nood aan", "komen er")
 * or a reference date after the document's, else a past tense, a finite verb or a reference date
 * before the document's (observed), else unknown.
 */
export function statusOf(clause: string, referenceDate: string | null, documentDate: string | null): FigureStatus {
  if (FORECAST.test(clause)) return 'forecast';
  const year = (d: string | null) => (d === null ? null : Number(d.slice(0, 4)));
  const ref = year(referenceDate);
  const doc = year(documentDate);
  if (TARGET.test(clause) || (ref !== null && doc !== null && ref > doc)) return 'target';
  if (PAST.test(clause) || hasWeakPast(clause) || FINITE.test(clause) || PRESENT.test(clause) || (ref !== null && doc !== null && ref < doc)) return 'actual';
  // Present participles describe a state that exists ("de 17 participerende gemeenten").
  if (/\p{L}{4,}ende\s/u.test(clause)) return 'actual';
  return 'unknown';
}

/** "40 procent meer …", "12 procent minder …": a share followed by a comparative, as a direction. */
function comparative(doc: DocumentReader, f: FigureReading): FigureDirection | null {
  if (f.kind !== 'percentage' && f.kind !== 'fraction') return null;
  const next = doc.tokens[doc.tokenAt(f.end)]?.norm;
  return next === 'meer' ? 'increase' : next === 'minder' ? 'decrease' : null;
}

/**
 * The status of a figure from its clause; a clause that states none (a list item "• 41
 * voertuigen", an ellipsis "De autodiefstallen met 35%") continues the sentence before it.
 */
function statusInContext(doc: DocumentReader, f: FigureReading, documentDate: string | null): FigureStatus {
  const own = statusOf(clauseOf(doc, f), f.referenceDate, documentDate);
  if (own !== 'unknown') return own;
  for (let k = doc.sentenceIndex(f.start) - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const [s, e] = doc.sentences[k]!;
    const status = statusOf(doc.folded.slice(s, e), null, documentDate);
    if (status !== 'unknown') return status;
  }
  return 'unknown';
}

/** Direction of a change: from its two values, a comparative after a share, or a cue of growth or decline right before "met"/"tot". */
function directionOf(doc: DocumentReader, f: FigureReading): FigureDirection | null {
  if (f.previousValue !== null) return f.value > f.previousValue ? 'increase' : f.value < f.previousValue ? 'decrease' : null;
  const compared = comparative(doc, f);
  if (compared) return compared;
  const [s] = doc.sentences[doc.sentenceIndex(f.start)]!;
  const before = doc.folded.slice(Math.max(s, f.start - 60), f.start);
  const m = /(?:^|\s)(\p{L}+(?:\s+\p{L}+)?)\s+(?:met|tot)\s+(?:\p{L}+\s+)?$/u.exec(before);
  if (!m) return null;
  if (INCREASE.test(m[1]!)) return 'increase';
  if (DECREASE.test(m[1]!)) return 'decrease';
  return null;
}

/** Whether a subject names an organised group, so that the people it counts are its staff. */
function namesOrganisation(doc: DocumentReader, subject: Span | null): boolean {
  if (!subject) return false;
  return doc.folded.slice(subject.start, subject.end).split(/\s+/u).some((w) => ORGANISATION_HEADS.some((h) => w.endsWith(h)));
}

/**
 * Adds subject, status, direction, change and canonical unit to figures read by
 * `extractFigures`. Offsets stay UTF-16, as in every stage; gazetteer links are left null.
 */
export function describeFigures(input: string | PreparedText, readings: FigureReading[], options: MeaningOptions = {}): Figure[] {
  const doc = new DocumentReader(prepared(input));
  const out: Array<Figure & { sentence: number }> = [];
  for (const f of readings) {
    const subject = subjectOf(doc, f, out);
    let unitKind = unitKindOf(f.kind, f.unit);
    if (unitKind === 'persons' && namesOrganisation(doc, subject)) unitKind = 'staff';
    const direction = directionOf(doc, f);
    out.push({
      ...f,
      subject: subject?.quote ?? null,
      subjectStart: subject?.start ?? null,
      subjectEnd: subject?.end ?? null,
      subjectActorId: null,
      subjectLocationId: null,
      status: statusInContext(doc, f, options.documentDate ?? null),
      direction,
      change: f.previousValue === null ? null : Number((f.value - f.previousValue).toPrecision(15)),
      unitKind,
      normalizedValue: normalizedValueOf(f.kind, f.unit, f.value),
      sentence: doc.sentenceIndex(f.start),
    });
  }
  return out.map(({ sentence: _sentence, ...f }) => f);
}
