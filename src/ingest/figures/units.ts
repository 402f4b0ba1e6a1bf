/**
 * What follows a number: percent, currency, measure unit (with the subject it measures) or the
 * noun it counts.
 */
import type { FigureKind } from '../../vocabulary.js';
import { type Atom, lower, parseNumberWord, phraseAt, type Token } from './tokens.js';
import {
  ATTACHED_UNITS, CLAUSE_END_MARKS, COMPOUND_UNITS, CURRENCIES, FINITE_VERBS, FORMER_CURRENCIES, LABEL_WORDS, LATIN_PLURAL_HEADS, LATIN_PLURALS, MEASURE_UNITS, MODAL_VERBS, MONTHS, MULTIPLIERS, NON_NOUNS,
  MULTIPLIED_PARTICIPLE, PARTICIPLE_SHAPED_NOUNS, PARTICIPLES_EN, PREFIXED_WEAK_PARTICIPLES,
  PER_MILLE_WORDS, PERCENT_WORDS, SINGULAR_COUNT_NOUNS, TIME_UNITS, UNINFLECTED_ADJECTIVES,
} from './words.js';

export interface UnitInfo {
  kind: FigureKind;
  unit: string | null;
  subject: string | null;
  /** Last token index consumed by the unit (or the atom's last token when there is no unit). */
  last: number;
  /** Whether a unit, currency, percent sign or counted noun was actually found. */
  found: boolean;
}

// Plurals in -en and -s, and the two other regular classes: compounds of "lui" ("brandweerlui", "werklui") and the
// Latin ones in -ici ("politici", "technici", "academici").
const PLURAL_SHAPE = /(?:en|s|'s|\p{L}{3}lui|\p{L}{2}ici)$/u;
const ADJECTIVE_SHAPE = /(?:e|baar|lijk|ig|isch|ief)$/;

/** Words that may stand between a number and its noun: inflected adjectives, "extra", participles. */
export function isAdjectiveLike(t: Token): boolean {
  if (t.type !== 'word' || NON_NOUNS.has(t.norm)) return false;
  return /e$/.test(t.norm) || UNINFLECTED_ADJECTIVES.has(t.norm) || isParticipleEn(t.norm);
}

/** A Latin plural ("centra", "musea"), whole or as a compound's head ("opvangcentra"). */
function isLatinPlural(word: string): boolean {
  return LATIN_PLURALS.has(word) || LATIN_PLURAL_HEADS.some((head) => word.length >= head.length + 3 && word.endsWith(head));
}

/** Could this word be the counted noun after `value`? Plural shape unless the value is 1. */
function isCountNoun(t: Token, value: number): boolean {
  if (t.type !== 'word' || NON_NOUNS.has(t.norm) || t.norm in MONTHS || parseNumberWord(t.norm)) return false;
  if (PARTICIPLES_EN.has(t.norm) || UNINFLECTED_ADJECTIVES.has(t.norm) || t.norm in MULTIPLIERS || PERCENT_WORDS.has(t.norm)) return false;
  if (SINGULAR_COUNT_NOUNS.has(t.norm)) return true;
  if (value === 1) return !ADJECTIVE_SHAPE.test(t.norm);
  // A compound that pluralises its first part: "processen-verbaal", "ministers-presidenten".
  // "lijks", "ijks" and "basis" ("op jaarbasis") end singular words of a plural's shape.
  const plural = (w: string) => (PLURAL_SHAPE.test(w) && !/(?:lijks|ijks|basis)$/.test(w)) || isLatinPlural(w);
  const head = t.norm.split('-')[0]!;
  return plural(t.norm) || (head !== t.norm && head.length > 3 && plural(head));
}

/** Whether a token is a finite verb or a past participle: "werd", "uitgeschreven". */
const isVerbForm = (t: Token | undefined) => t !== undefined && t.type === 'word' && (FINITE_VERBS.has(t.norm) || isPastParticiple(t.norm));

/**
 * A singular noun of adjective shape after "1" and its adjectives ("1 ontmantelde plantage
 * gevonden"): the phrase ends there, before punctuation, a function word or a verb form.
 */
function endsSingularPhrase(t: Token, after: Token | undefined): boolean {
  if (t.type !== 'word' || NON_NOUNS.has(t.norm) || t.norm in MONTHS || parseNumberWord(t.norm) || t.norm in MULTIPLIERS || PERCENT_WORDS.has(t.norm)) return false;
  if (!after || after.type !== 'word') return after?.text !== '-';
  return NON_NOUNS.has(after.norm) || isVerbForm(after);
}

/** A strong participle in -en, also after a separable prefix ("geschreven", "uitgeschreven", "opgeschreven"). */
const isParticipleEn = (word: string) => PARTICIPLES_EN.has(word) || SEPARABLE_PREFIXES.some((p) => word.startsWith(p) && PARTICIPLES_EN.has(word.slice(p.length)));
// The prefixes a separable verb puts before "ge-": "uit|geschreven", "op|gegeven", "terug|gevonden".
const SEPARABLE_PREFIXES = ['uit', 'op', 'af', 'aan', 'in', 'toe', 'terug', 'weg', 'mee', 'neer', 'door', 'over', 'om', 'bij', 'na', 'voor', 'vast', 'vrij', 'los', 'samen', 'tegen'];

/**
 * A singular finite verb joined to its separable particle, as a subordinate clause writes it: "waar het aantal met een vijfde
 * terugliep", "dat met een derde afnam". Plurals and infinitives in -en ("uitgaven", "inkomen") and the forms of "zetten"
 * ("inzet", "omzet") are nouns as often as verbs, so they do not count.
 */
export const isJoinedSeparableVerb = (word: string) => SEPARABLE_PREFIXES.some((p) => {
  const verb = word.slice(p.length);
  return word.startsWith(p) && FINITE_VERBS.has(verb) && !verb.endsWith('en') && !JOINED_NOUN_VERBS.has(verb);
});
const JOINED_NOUN_VERBS: ReadonlySet<string> = new Set(['zet', 'zette']);

/** A past participle, also of a separable verb ("gevonden", "teruggedrongen"); nouns of its shape ("gebied") are not. */
export const isPastParticiple = (word: string) => {
  if (isParticipleEn(word) || PREFIXED_WEAK_PARTICIPLES.has(word) || MULTIPLIED_PARTICIPLE.test(word)) return true;
  const shape = PAST_PARTICIPLE_SHAPE.exec(word);
  // "zwaargewonden", "lichtgewonden": a compound whose head is such a noun is one too.
  return shape !== null && !PARTICIPLE_SHAPED_NOUNS.has(word) && !PARTICIPLE_SHAPED_NOUNS.has(shape[1]!);
};
const PAST_PARTICIPLE_SHAPE = /^(?:\p{L}{2,6})?(ge\p{L}{3,}(?:d|t|en))$/u;

/**
 * Words between a number and its noun that are no adjective of their own: a degree adverb
 * before an adjective ("vier totaal verschillende politiezones") and a prepositional phrase
 * closed by a present participle ("3 in werking zijnde plantages"). The number of tokens to
 * pass over at `k`, or 0.
 */
function modifierWords(tokens: Token[], k: number): number {
  const t = tokens[k]!;
  // "81 licht gewonden": the adverb also goes with a participle used as a noun.
  const next = tokens[k + 1];
  if (DEGREE_ADVERBS.has(t.norm) && next && (isAdjectiveLike(next) || PAST_PARTICIPLE_SHAPE.test(next.norm))) return 1;
  const participle = tokens[k + 2];
  if (PHRASE_PREPOSITIONS.has(t.norm) && tokens[k + 1]?.type === 'word' && participle?.type === 'word' && /nde$/u.test(participle.norm)) return 3;
  return 0;
}
// Adverbs of degree ("licht", "zwaar" of how badly people were hurt), and of focus ("zo'n driehonderd vooral Franstalige jongeren"),
// that an adjective after a number may carry.
const DEGREE_ADVERBS = new Set([
  'totaal', 'zeer', 'heel', 'erg', 'volledig', 'compleet', 'helemaal', 'bijzonder', 'echt', 'bijna', 'vooral', 'voornamelijk', 'hoofdzakelijk', 'overwegend',
  'licht', 'zwaar', 'ernstig', 'dodelijk',
]);
const PHRASE_PREPOSITIONS = new Set(['in', 'op', 'onder', 'buiten']);

/**
 * Finds the counted noun after a number, skipping up to three adjectives:
 * "17 andere participerende gemeenten" → "gemeenten". Returns the noun's token index.
 */
export function findCountedNoun(tokens: Token[], k: number, value: number): number | null {
  for (let n = 0; n < 4; n++) {
    const t = tokens[k + n];
    if (!t || t.type !== 'word') return null;
    // "Met drie vormen ze het college": a plural-shaped word right before a subject pronoun is the verb of an inverted clause.
    if (n === 0 && SUBJECT_PRONOUNS_AFTER_VERB.has(tokens[k + 1]?.norm ?? '')) return null;
    // "Van de 80.000 GAS-boetes werden er 576 uitgeschreven": after a partitive "er" a strong participle, also after a separable
    // prefix, is the clause's verb; the count is of the noun named before.
    if (n === 0 && tokens[k - 2]?.norm === 'er' && isParticipleEn(t.norm)) return null;
    // "16 extra ANPR camera's", "12 GAS boetes": an acronym written apart modifies the noun after it.
    if (ACRONYM_MODIFIER.test(t.text) && tokens[k + n + 1] !== undefined && isCountNoun(tokens[k + n + 1]!, value)) continue;
    if (isCountNoun(t, value)) {
      // A participle-like "-en" word followed by another noun, or by an inflected adjective and a noun, is an adjective ("gestolen
      // fietsen", "uitgeschreven boetes", "afgesloten correctionele dossiers").
      const after = tokens[k + n + 1];
      const adjectiveThenNoun = after !== undefined && /e$/u.test(after.norm) && isAdjectiveLike(after) && tokens[k + n + 2] !== undefined && isCountNoun(tokens[k + n + 2]!, value);
      if (t.norm.endsWith('en') && isPastParticiple(t.norm) && after && ((isCountNoun(after, value) && !after.glued) || adjectiveThenNoun)) continue;
      return k + n;
    }
    if (value === 1 && n > 0 && endsSingularPhrase(t, tokens[k + n + 1])) return k + n;
    // "één dode.", "één zwaargewonde en …": a first word of adjective shape before a mark or a coordinator is an adjective used as a noun.
    // "Amper 1 GAS-boete werd uitgeschreven", "Er werd 1 GAS-boete uitgeschreven": so is a first word before a finite verb or a participle,
    // after a one written as a number (the article "een boete moeten betalen" counts nothing).
    if (value === 1 && n === 0 && isAdjectiveLike(t) && endsSingularPhrase(t, tokens[k + 1]) && (ENDS_A_LISTED_NOUN.has(tokens[k + 1]?.norm ?? '.') || (isVerbForm(tokens[k + 1]) && /^(?:1|één|eén)$/iu.test(tokens[k - 1]?.text ?? '')))) return k;
    const skip = n === 0 ? modifierWords(tokens, k) : 0;
    if (skip > 0) {
      k += skip - 1;
      continue;
    }
    // "5.000 meer agenten", "twee minder wijkagenten"; "56.534 dergelijke feiten": such things as the text just named.
    const comparative = n === 0 && (t.norm === 'meer' || t.norm === 'minder');
    // "57 dodelijk verkeersslachtoffers": an adjective in "-lijk" left uninflected (a slip of the text) before the noun.
    const uninflected = /\p{L}{3,}lijk$/u.test(t.norm) && !NON_NOUNS.has(t.norm);
    if (!isAdjectiveLike(t) && !comparative && !uninflected && !(n === 0 && SUCH_WORDS.has(t.norm))) return null;
  }
  return null;
}

// Words of kind before a noun: "dergelijke feiten", "zulke boetes".
const SUCH_WORDS: ReadonlySet<string> = new Set(['dergelijke', 'zulke', 'soortgelijke']);

// An acronym of capitals only ("ANPR", "BIN", "GAS").
const ACRONYM_MODIFIER = /^\p{Lu}{2,6}$/u;

// Personal pronouns that stand right after the finite verb as its subject in an inverted clause ("vormen ze", "telden we").
const SUBJECT_PRONOUNS_AFTER_VERB: ReadonlySet<string> = new Set(['ze', 'zij', 'we', 'wij', 'hij', 'men', 'jullie']);

// What may follow an adjective used as a noun: a mark or a coordinator; or a preposition ("één patrouille op weg", "één gewonde in
// het ziekenhuis"): a noun of adjective shape before it is the noun.
const ENDS_A_LISTED_NOUN: ReadonlySet<string> = new Set([...CLAUSE_END_MARKS, ')', 'en', 'of', 'op', 'in', 'aan', 'bij', 'met', 'uit', 'naar', 'onder', 'over', 'langs']);

/** Lengths that make a speed with "per uur" ("kilometer per uur"). */
const SPEED_LENGTHS: ReadonlySet<string> = new Set(['km', 'kilometer']);

const LINE_BULLETS = new Set(['-', '•', '*', '–', '·', '▪', '●']);

/**
 * A fact line, "Personeelsleden 2.675" or "- Geregistreerde inbraken 212": a line (or list item)
 * of at most four words ending in a plural noun, then the number, which ends the line. The
 * noun's token index (the number counts it), or null.
 */
export function factLineLabel(tokens: Token[], first: number, last: number): number | null {
  const after = tokens[last + 1];
  if (after && !after.lineStart && !(after.type === 'sym' && /^[.;]$/.test(after.text) && (!tokens[last + 2] || tokens[last + 2]!.lineStart))) return null;
  const label = first - 1;
  if (tokens[label]?.type !== 'word' || findCountedNoun(tokens, label, 2) !== label) return null;
  // "Bijlagen 3", "Hoofdstukken 2": the plural of a label word numbers, it does not count.
  const plural = tokens[label]!.norm;
  if ([plural.slice(0, -1), plural.slice(0, -2)].some((w) => LABEL_WORDS.has(w))) return null;
  for (let k = label; k >= 0 && k >= label - 3; k--) {
    const t = tokens[k]!;
    if (t.type !== 'word' || FINITE_VERBS.has(t.norm)) return null;
    if (t.lineStart || (k > 0 && tokens[k - 1]!.lineStart && LINE_BULLETS.has(tokens[k - 1]!.text))) return label;
  }
  return null;
}

/** A capitalised word opening a line begins a new item or sentence ("Personeelsleden 2.675\nVoertuigen 120"); a wrapped line goes on in lowercase. */
const opensNewLine = (t: Token) => t.lineStart && /^\p{Lu}/u.test(t.text);

// The endings of adjectives used uninflected: "chemisch", "zichtbaar".
const UNINFLECTED_ADJECTIVE_END = /(?:baar|lijk|ig|isch|ief)$/;

// "in beslag genomen": seized, a participle phrase that may stand before the noun it qualifies.
const SEIZED = ['in', 'beslag', 'genomen'];

/** The noun a quantity is of: "40 ton cocaïne" → "cocaïne", "12 kilo aan heroïne" → "heroïne". */
export function findSubject(tokens: Token[], k: number): number | null {
  let j = k;
  if (tokens[j]?.norm === 'aan') j++;
  // "61,8 ton in beslag genomen cocaïne": the fixed participle phrase of seizing before the substance, as an adjective stands.
  if (phraseAt(tokens, j, SEIZED) && tokens[j + SEIZED.length]?.type === 'word' && !tokens[j + SEIZED.length]!.lineStart) j += SEIZED.length;
  const a = tokens[j];
  // "Oppervlakte 38 km²\nAantal inwoners …": a word on the next line opens a new fact, it is not what is measured.
  if (!a || a.type !== 'word' || a.lineStart || NON_NOUNS.has(a.norm) || parseNumberWord(a.norm) || a.norm in MONTHS) return null;
  const b = tokens[j + 1];
  // "zuivere cocaïne", "chemisch afval": an adjective followed by a noun → the noun. A following verb
  // form ("cocaïne onderschept", "heroïne aangetroffen", "… cocaïne onderschepte in een pakket" at a subordinate clause's end)
  // keeps the first word.
  const verbLike = (w: string) => /(?:[td]|de|te)$/.test(w) || isParticipleEn(w) || /ge\p{L}+en$/u.test(w);
  if (ADJECTIVE_SHAPE.test(a.norm) && b && b.type === 'word' && !NON_NOUNS.has(b.norm) && !verbLike(b.norm) && !UNINFLECTED_ADJECTIVE_END.test(b.norm) && !b.glued) return j + 1;
  // A participle is no subject ("zo'n 70 ton aangetroffen"), unless it qualifies the noun after it ("3 kilo gestolen goud").
  if (isPastParticiple(a.norm)) return b && b.type === 'word' && !b.glued && !NON_NOUNS.has(b.norm) && !verbLike(b.norm) ? j + 1 : null;
  // Uninflected adjectives and past-tense verbs ("daalde", "onderschepte") are no subject.
  if (UNINFLECTED_ADJECTIVE_END.test(a.norm) || /(?:de|te)$/.test(a.norm)) return null;
  return j;
}

// Quotation marks that open and close a word set apart: "59 ‘inklimmers’", "323 “corona-pv's”".
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '‘': '’', '“': '”', "'": "'", '"': '"' };

/** A counted noun in quotation marks right after the number ("59 ‘inklimmers’"), quoted with its closing mark; else null. */
function quotedNoun(tokens: Token[], k: number, value: number): UnitInfo | null {
  const close = QUOTE_PAIRS[tokens[k]!.text];
  const noun = tokens[k + 1];
  if (close === undefined || !noun || !isCountNoun(noun, value) || tokens[k + 2]?.text !== close) return null;
  return { kind: 'count', unit: lower(noun), subject: null, last: k + 2, found: true };
}

/**
 * "375 (55%) verkeersdoden": the counted noun after a share in brackets, which stays a figure of its own (the count's quote ends on
 * its number); else null.
 */
function nounPastBracketedShare(tokens: Token[], k: number, atom: Atom): UnitInfo | null {
  if (tokens[k]!.text !== '(' || tokens[k + 1]?.type !== 'num' || !PERCENT_WORDS.has(tokens[k + 2]?.norm ?? '') || tokens[k + 3]?.text !== ')') return null;
  const noun = findCountedNoun(tokens, k + 4, atom.value);
  return noun === null ? null : { kind: 'count', unit: lower(tokens[noun]!), subject: null, last: atom.last, found: true };
}

// What a writer's aside in brackets holds between a number and its unit: "36 (!) procent", "12 (sic) agenten".
const ASIDE_MARKS: ReadonlySet<string> = new Set(['!', '?', 'sic']);
/** The token after a writer's aside ("(!)", "(?)", "(sic)") that starts at `k`, or `k` when none does. */
function pastAnAside(tokens: Token[], k: number): number {
  let j = k + 1;
  if (tokens[k]?.text !== '(' || !ASIDE_MARKS.has(tokens[j]?.norm ?? '')) return k;
  while (ASIDE_MARKS.has(tokens[j]?.norm ?? '')) j++;
  return tokens[j]?.text === ')' ? j + 1 : k;
}

/** Reads what follows a number: percent, currency, measure unit (+ subject) or counted noun. */
export function parseUnit(tokens: Token[], atom: Atom): UnitInfo {
  const k = pastAnAside(tokens, atom.last + 1);
  const none: UnitInfo = { kind: 'count', unit: null, subject: null, last: atom.last, found: false };
  if (atom.currency) return { kind: 'money', unit: atom.currency, subject: null, last: atom.last, found: true };
  const t = tokens[k];
  if (!t || t.blocked || opensNewLine(t)) return none;
  if (PERCENT_WORDS.has(t.norm)) return { kind: 'percentage', unit: '%', subject: null, last: k, found: true };
  if (PER_MILLE_WORDS.has(t.norm)) return { kind: 'quantity', unit: '‰', subject: null, last: k, found: true };
  if (t.norm in CURRENCIES && !(t.type === 'sym' && !t.glued && tokens[k + 1]?.type === 'num')) {
    return { kind: 'money', unit: CURRENCIES[t.norm]!, subject: null, last: k, found: true };
  }
  // "1,46 miljard frank", "500 BEF": lowercase or an abbreviation in capitals, as a name ("in 2019 Frank …") never is.
  if (FORMER_CURRENCIES.has(t.norm) && (t.text === t.norm || t.text === t.text.toUpperCase())) return { kind: 'money', unit: t.norm, subject: null, last: k, found: true };
  // "drie 17-jarige overvallers": an age adjective between the number and its noun.
  const aged = ageAdjectiveEnd(tokens, k);
  if (aged !== null) {
    const noun = findCountedNoun(tokens, aged + 1, atom.value);
    if (noun !== null) return { kind: 'count', unit: lower(tokens[noun]!), subject: null, last: noun, found: true };
  }
  if (t.type !== 'word') return quotedNoun(tokens, k, atom.value) ?? nounPastBracketedShare(tokens, k, atom) ?? none;
  for (const [a, b] of COMPOUND_UNITS) {
    if (t.norm === a && tokens[k + 1]?.norm === b) {
      const s = findSubject(tokens, k + 2);
      return { kind: 'quantity', unit: `${a} ${b}`, subject: s === null ? null : lower(tokens[s]!), last: s ?? k + 1, found: true };
    }
  }
  if (MEASURE_UNITS.has(t.norm) || (t.glued && ATTACHED_UNITS.has(t.norm))) {
    let last = k;
    let unit = lower(t);
    // "km/u", "km/h"; "0,79 mg/l" (a concentration, as a breath test measures it: no mass)
    const per = tokens[k + 2]?.norm ?? '';
    if (tokens[k + 1]?.text === '/' && tokens[k + 1]!.glued && tokens[k + 2]?.glued && (/^(?:u|h|uur)$/.test(per) || (CONCENTRATION_MASSES.has(t.norm) && /^(?:l|liter)$/.test(per)))) {
      unit = `${unit}/${tokens[k + 2]!.norm}`;
      last = k + 2;
    } else if (SPEED_LENGTHS.has(t.norm) && tokens[k + 1]?.norm === 'per' && /^(?:u|uur)$/.test(tokens[k + 2]?.norm ?? '')) {
      // "90 kilometer per uur", "30 km per u": a speed written out, one unit (not 90 000 m followed by "per uur").
      unit = `${unit} per ${tokens[k + 2]!.norm}`;
      last = k + 2;
    }
    // Durations, speeds and concentrations take no subject: "de voorbije 5 jaar daalde…" has no "jaar of something", "90 km per uur
    // rijden" no "rijden", "120 km/uur reed" no "reed".
    const s = TIME_UNITS.has(t.norm) || unit.includes(' per ') || unit.includes('/') ? null : findSubject(tokens, last + 1);
    return { kind: 'quantity', unit, subject: s === null ? null : lower(tokens[s]!), last: s ?? last, found: true };
  }
  // "Eén hardrijder haalde zelfs 160 per uur": a speed with its length left out, where drivers or a limit are spoken of (after a speed
  // written out, "70 per uur" takes its unit from that one: see references' impliedSpeed).
  if (t.norm === 'per' && /^(?:u|uur)$/u.test(tokens[k + 1]?.norm ?? '') && atom.value >= 20 && atom.value <= 300 && drivingNear(tokens, k) && !speedWrittenBefore(tokens, atom.first)) {
    return { kind: 'quantity', unit: `per ${tokens[k + 1]!.norm}`, subject: null, last: k + 1, found: true };
  }
  // Before a single noun: "fiets- of bromfietsdiefstallen" does not count "fiets".
  const suspended = suspendedCompound(tokens, k, atom.value);
  if (suspended !== null) return { kind: 'count', unit: suspended.unit, subject: null, last: suspended.last, found: true };
  const noun = findCountedNoun(tokens, k, atom.value);
  if (noun !== null && !infinitiveOfAModal(tokens, atom.first, noun)) return { kind: 'count', unit: lower(tokens[noun]!), subject: null, last: noun, found: true };
  return none;
}

// Words of driving and its speed: a bare "N per uur" near one (within DRIVING_REACH tokens either side) is a speed.
const DRIVING = /^(?:hardrijders?|snelheid|snelheden|snelheidslimiet|toegelaten|maximumsnelheid|geflitst|flitsers?|reed|reden|rijdt|rijden|bestuurders?|chauffeurs?)$/u;
const DRIVING_REACH = 8;
const drivingNear = (tokens: Token[], k: number) => tokens.slice(Math.max(0, k - DRIVING_REACH), k + DRIVING_REACH).some((w) => w.type === 'word' && DRIVING.test(w.norm));
// How many tokens back a speed written out with its length ("50 kilometer per uur", "90 km/u") gives a bare "per uur" its unit.
const SPEED_LOOKBACK = 60;
const speedWrittenBefore = (tokens: Token[], first: number) => tokens.slice(Math.max(0, first - SPEED_LOOKBACK), first).some((w, i, all) => SPEED_LENGTHS.has(w.norm) && (all[i + 1]?.norm === 'per' || all[i + 1]?.text === '/'));

// Masses that a concentration per litre is written in ("mg/l", "g/l").
const CONCENTRATION_MASSES = new Set(['mg', 'g', 'gr', 'gram', 'milligram']);

// How far back in its clause a modal still governs an infinitive at the clause's end ("kunnen er immers maar 60 rechtspreken").
const MODAL_REACH = 8;

/**
 * "kunnen er immers maar 60 rechtspreken": a word in "-en" right after the number that ends its clause, with a modal and the
 * partitive "er" before the number in the clause, is the modal's infinitive: the number leaves its noun out ("er"), no counted
 * noun follows it. "De zone wil 20 agenten" (no "er") and "er kunnen 60 agenten werken" (the noun before the verb) count agenten.
 */
function infinitiveOfAModal(tokens: Token[], first: number, noun: number): boolean {
  const word = tokens[noun]!;
  const after = tokens[noun + 1];
  if (noun !== first + 1 || !word.norm.endsWith('en') || (after !== undefined && !CLAUSE_END_MARKS.has(after.norm))) return false;
  let partitive = false;
  for (let k = first - 1; k >= 0 && k >= first - MODAL_REACH && !CLAUSE_END_MARKS.has(tokens[k]!.norm); k--) {
    if (tokens[k]!.norm === 'er') partitive = true;
    else if (MODAL_VERBS.has(tokens[k]!.norm)) return partitive;
  }
  return false;
}

/** The last token of an age adjective written with digits at token `k` ("17-jarige", "17-jarigen"), or null. */
function ageAdjectiveEnd(tokens: Token[], k: number): number | null {
  const [n, dash, word] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (n?.type !== 'num' || dash?.text !== '-' || !dash.glued || !word?.glued || !/^jarigen?$/u.test(word.norm)) return null;
  return k + 2;
}

const SUSPENDING_CONJUNCTIONS = new Set(['en', 'of']);

/**
 * A coordination with a suspended compound part, "230 woning- en bedrijfsinbraken", "zes nieuwe
 * patrouille- en interventieploegen": the counted noun is the whole coordination as written, its
 * first part glued to the hyphen, its last a plural. Up to two adjectives may come before it.
 */
function suspendedCompound(tokens: Token[], k: number, value: number): { unit: string; last: number } | null {
  for (let n = 0; n < 3; n++) {
    const part = tokens[k + n];
    if (!part || part.type !== 'word') return null;
    const hyphen = tokens[k + n + 1];
    const conjunction = tokens[k + n + 2];
    const head = tokens[k + n + 3];
    if (hyphen?.text === '-' && hyphen.glued && SUSPENDING_CONJUNCTIONS.has(conjunction?.norm ?? '') && head && isCountNoun(head, value)) {
      return { unit: `${lower(part)}- ${conjunction!.norm} ${lower(head)}`, last: k + n + 3 };
    }
    if (!isAdjectiveLike(part)) return null;
  }
  return null;
}

/** Nouns that say where, not what: in "op vier plaatsen komen er politiekantoren" the count is of police offices. */
export const PLACEHOLDER_NOUNS: ReadonlySet<string> = new Set(['plaatsen', 'plekken', 'locaties', 'sites', 'punten']);
// The presentative clause after the placeholder ("komen er", "openen we", "zijn er") names what is counted.
const PRESENTED_NOUN = /^[^.;:!?]*?\b(?:komen|komt|zijn|worden|openen|opent|staan|liggen)\s+(?:er\s+|we\s+)?(?:(?:\p{L}+e)\s+){0,2}(\p{L}{3,}(?:en|s))\b/u;

/**
 * The unit of a count whose noun is a placeholder for place ("plaatsen", "locaties"): the
 * plural noun the rest of the clause presents, when there is one; otherwise the unit as is.
 */
export function presentedUnit(unit: string | null, restOfSentence: string): string | null {
  if (unit === null || !PLACEHOLDER_NOUNS.has(unit)) return unit;
  return PRESENTED_NOUN.exec(restOfSentence)?.[1]?.toLowerCase() ?? unit;
}

/**
 * "441.843. Zoveel misdrijven …": the noun that "zoveel" (or "zo veel") names right after it, opening the sentence after a
 * number standing as a sentence of its own; null when none does ("1. Zoveel mogelijk agenten" names none).
 */
export function leadNamedAfter(tokens: Token[], last: number, value: number): number | null {
  if (tokens[last + 1]?.text !== '.') return null;
  const k = last + 2;
  const so = tokens[k]?.norm === 'zoveel' ? k : tokens[k]?.norm === 'zo' && tokens[k + 1]?.norm === 'veel' ? k + 1 : null;
  return so !== null && findCountedNoun(tokens, so + 1, value) === so + 1 ? so + 1 : null;
}
