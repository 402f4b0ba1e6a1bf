import { foldForMatch } from '../text/fold.js';
import { memoByWord } from '../text/memo.js';
import { escapeRegExp } from '../text/regexp.js';
import { capitalStartMatcher, matchesAtStarts, matchStarts } from '../text/matches.js';
import { previousSentenceWindow, sentenceWindow } from '../text/sentences.js';
import { endsOnSpacedWord, spacedWordBefore, spaceStart } from '../text/spaced-words.js';
import { lineAround } from './figures/tables.js';
import { endsOnPassiveAgent, FINITE_VERBS, NP_DETERMINERS, NUMBER_ATOMS, PAST_VERBS } from './figures/words.js';
import { type MatchToken } from '../text/tokens.js';
import { clubFormNeedsEvidence, FOOTBALL_LEAGUE_ID, namesAClub } from './football.js';
import { FormTrie, type TrieStats } from './form-trie.js';
import { definedAcronyms } from './defined-acronyms.js';
import { MAY_BE_LEFT_OUT, MIN_EDITED_WORD, misspeltNames, oneLetterOutIndex, type KnownForm, type MisspeltMemo } from './misspelt-names.js';
import { periodCovers, type ActorEntry, type Gazetteer, type LocationEntry } from './gazetteer.js';
import { prepared, type PreparedText } from './prepared.js';
import type { EntityType, Mention, PersonFacts, Span } from './types.js';
import { withFields } from './with-fields.js';

/** One surface form of a gazetteer entity, folded for matching. */
interface Form {
  folded: string;
  entityType: EntityType;
  entityId: string;
  /** Set for context aliases: the place the document must be about for this form to count. */
  requires: string | null;
  /**
   * What the text must show for the form to name the entity ({@link withEvidence}): nothing;
   * an initial capital (derived adjectives such as "Mechelse"); for forms that are also
   * common Dutch words ("mol", "boom"), a capital and evidence of a place; or, for an acronym
   * that is also a word ("DAS", "PLOT"), all its letters in capitals as the acronym is written;
   * for a football club's town or one-word name ("Genk", "Standard"), a capital and football at it
   * ({@link namesAClub}); for a town's adjective without its "-e" ("Lommels"), the evidence of a
   * place and a lowercase word after it, the noun it modifies ("Lommels burgemeester").
   */
  evidence: Evidence;
}

type Evidence = 'none' | 'capital' | 'place' | 'modifier' | 'acronym' | 'club';

/** A gazetteer compiled for matching; build it once per run with {@link compileGazetteer}. */
export interface EntityMatcher {
  /** Every folded name, alias and context alias, in one token trie. */
  trie: FormTrie<Form>;
  /** Plain (not context) forms by their folded text, for coordination ellipsis. */
  plainForms: Map<string, Form>;
  /** Context forms by their folded text ("zone west" where the text is about Brussels), for the items of an elliptical list. */
  contextForms: Map<string, Form[]>;
  locations: Map<string, LocationEntry>;
  actors: Map<string, ActorEntry>;
  /** The police zone serving each place, from the zones' seats and member municipalities. */
  zoneOf: Map<string, string>;
  /** Roads by their folded number ("e40", "r0"), from the road places of the gazetteer. */
  roads: Map<string, string>;
  /** "minister verlinden", "burgemeester de wever": a title word with a person's surname, for every person with memberships. */
  titledSurnames: FormTrie<TitledSurname>;
  /** "de heer ceyssens", "mevrouw verlinden": an honorific with the surname of the one gazetteer person who bears it. */
  honorificSurnames: FormTrie<TitledSurname>;
  /** "neteland", "zuiderkempen": zones' names without a police noun, where they name no town ({@link bareZoneNameHits}). */
  bareZoneNames: FormTrie<BareZoneName>;
  /** Folded surnames of gazetteer persons that are also common Dutch words ("ketels", "vos"): {@link surnameReadAsWord}. */
  wordSurnames: ReadonlySet<string>;
  /** The seat noun of each body named by one and its place ("gevangenis-brugge" → "gevangenis"): {@link seatsNamedBefore}. */
  seatNouns: ReadonlyMap<string, string>;
}

/** A zone's name written without a police noun, whether it is also the name of a place (a region such as "Zuiderkempen"), and whether it is one plain word ("Neteland", also "Polder"). */
interface BareZoneName {
  zoneId: string;
  alsoAPlace: boolean;
  oneWord: boolean;
  /** Made of towns' names alone ("Bredene/De Haan"): after a place preposition the towns are meant. */
  ofTowns: boolean;
}

/** A title word before a person's surname, which names the person while a membership with that title holds. */
interface TitledSurname {
  personId: string;
  /** Folded length of the title and the space after it: the mention is the surname alone. */
  titleLength: number;
  title: string;
}

const normaliseSpace = (s: string) => foldForMatch(s).replace(/\s+/gu, ' ').trim();

/** "Mol (gemeente)", "Zuid (Gent)": a name kept apart from a common word or a namesake by a qualifier. */
const QUALIFIED_NAME = /^(.*\S)\s*\(([^)]+)\)$/u;
/** Qualifiers that say what kind of place a name is, rather than where it lies. */
const KIND_QUALIFIERS = new Set(['gemeente', 'stad', 'deelgemeente', 'district', 'provincie', 'wijk']);

/**
 * The bare name of a qualified place, which needs evidence to count: "Mol (gemeente)" is also
 * found as a capitalised "Mol" in place position; "Zuid (Gent)" as "Zuid" in a document about Gent.
 */
function bareForm(location: LocationEntry, placeIdByName: Map<string, string>): { name: string; requires: string | null } | null {
  const m = QUALIFIED_NAME.exec(location.name);
  if (!m) return null;
  const qualifier = normaliseSpace(m[2]!);
  // "Centrum (Hasselt)" written "Hasselt-centrum": a generic word that texts join to its town's name does not name the part alone.
  if (location.aliases.some((alias) => normaliseSpace(alias) === `${qualifier}-${normaliseSpace(m[1]!)}`)) return null;
  if (KIND_QUALIFIERS.has(qualifier)) return { name: m[1]!, requires: null };
  const place = placeIdByName.get(qualifier);
  return place ? { name: m[1]!, requires: place } : null;
}

/**
 * The regular Dutch adjectives of a town's name, "-se" after the name, after the name without
 * its "-en" or without its final "-e": Hasseltse, Leuvense, Mechelse, Oostendse. Irregular ones
 * ("Brugse", "Aalsterse") are the gazetteer's aliases. The stem left by "-e" or "-en" is spelled
 * as Dutch spells a closed syllable ({@link closedSyllable}): Deinze → Deinse, Hamme → Hamse,
 * Kapellen → Kapelse, Tervuren → Tervuurse, Harelbeke → Harelbeekse.
 */
function placeAdjectives(name: string): string[] {
  if (!/^[\p{L}-]+$/u.test(name) || name.length < 3) return [];
  const adjectives = [`${name}se`];
  const stem = name.endsWith('en') ? name.slice(0, -2) : name.endsWith('e') ? name.slice(0, -1) : null;
  if (stem === null) return adjectives;
  adjectives.push(`${stem}se`);
  const closed = closedSyllable(stem);
  if (closed !== stem) adjectives.push(closed.endsWith('s') ? `${closed}e` : `${closed}se`);
  return [...new Set(adjectives)];
}

/**
 * A stem that lost its "-e" or "-en" as Dutch spells it in a closed syllable: a doubled consonant
 * is single ("Hamm" → "Ham", "Kapell" → "Kapel"); a long vowel written single in the open syllable
 * is doubled ("Tervur" → "Tervuur", "Ninov" → "Ninoov"), for a, o and u, and for e in a stem of one
 * syllable ("Zel" → "Zeel") or in the place-name ending "-beke" (a brook, "Harelbek" → "Harelbeek"),
 * elsewhere an unstressed e ("Mechel") stays; a final v or z is voiceless (f, s: "Ninoof", "Deins").
 */
function closedSyllable(stem: string): string {
  const doubled = /(\p{L})\1$/u.exec(stem);
  if (doubled && !/[aeiou]/u.test(doubled[1]!)) return stem.slice(0, -1);
  const single = /(^|[^aeiouy])([aeiou])([^aeiouyw\W])$/u.exec(stem);
  let closed = stem;
  if (single) {
    const [, , vowel] = single;
    const oneSyllable = (stem.match(/[aeiouy]+/gu) ?? []).length === 1;
    if (vowel !== 'e' || oneSyllable || /bek$/u.test(stem)) closed = `${stem.slice(0, -1)}${vowel}${stem.slice(-1)}`;
  }
  return closed.replace(/v$/u, 'f').replace(/z$/u, 's');
}

/** "Sint-" or "Sint " opening a place's name, which Dutch abbreviates "St.-", "St-", "St. " or "St ". */
const SAINT = /^sint[-\s]+(?=\p{L})/u;

/**
 * The abbreviated forms of a name that opens with "Sint" ("Sint-Niklaas" → "st. niklaas", "st
 * niklaas"): the trie reads "St.-Niklaas" and "St. Niklaas" as the first, "St-Niklaas" and "St
 * Niklaas" as the second (a hyphen between words counts as a space).
 */
function saintAbbreviations(name: string): string[] {
  const folded = normaliseSpace(name);
  const saint = SAINT.exec(folded);
  if (!saint) return [];
  const rest = folded.slice(saint[0].length);
  return [`st. ${rest}`, `st ${rest}`];
}

/**
 * "Lommels burgemeester", "het Tiens stadsbestuur", "Zoersels raadslid": a town's adjective is
 * written without its "-e" before a role noun and after "het" before a neuter noun. From every
 * town adjective ending in "-se", regular or the gazetteer's alias ("Aalsterse"), one form each,
 * with the evidence a name that is also a word needs: many such forms are Dutch words too
 * ("Voorts, …" opening a sentence is the adverb, not the adjective of Voort).
 */
function uninflectedAdjectives(locations: LocationEntry[], regular: Map<string, string | null>): Form[] {
  const forms: Form[] = [];
  const add = (adjective: string, entityId: string) => {
    if (/^\p{L}[\p{L}-]{2,}se$/u.test(adjective)) forms.push({ folded: adjective.slice(0, -1), entityType: 'location', entityId, requires: null, evidence: 'modifier' });
  };
  for (const [adjective, id] of regular) if (id) add(adjective, id);
  for (const l of locations.filter((place) => TOWN_KINDS.has(place.kind))) for (const alias of l.aliases) if (/^\p{Lu}/u.test(alias)) add(normaliseSpace(alias), l.id);
  return forms;
}

/**
 * The singular of an inhabitants' name written in the plural ("Vilvoordenaars" → "Vilvoordenaar",
 * "Antwerpenaren" → "Antwerpenaar", "Italianen" → "Italiaan", "Limburgers" → "Limburger",
 * "West-Vlamingen" → "West-Vlaming", "Bruggelingen" → "Bruggeling"), so
 * that a gazetteer listing one form finds both; null for any other word.
 */
export function inhabitantSingular(alias: string): string | null {
  if (!/^\p{Lu}[\p{L}-]{4,}$/u.test(alias)) return null;
  const m = /^(.+)(?:(aar)s|(a)ren|(a)nen|([eë]r)s|([lm]ing)en)$/u.exec(alias);
  if (!m) return null;
  const [, stem, aars, aren, anen, ers, ingen] = m;
  return aars ? `${stem}aar` : aren ? `${stem}aar` : anen ? `${stem}aan` : ingen ? `${stem}${ingen}` : `${stem}${ers}`;
}

/**
 * The regular names of a town's inhabitants, singular and plural: the town's name with "-naar"
 * ("Zottegemnaar", "Oostendenaars"), "-enaar" ("Gentenaar", "Aalstenaren") or, after an "n",
 * "-aar" ("Leuvenaar"). Derived like the regular adjectives: found with a capital, a form another
 * entry writes or two towns share naming neither; irregular names ("Truienaar") are aliases.
 */
export function inhabitantNames(town: string): string[] {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(town)) return [];
  const stems = [`${town}n`, `${town}en`, ...(town.endsWith('n') ? [town] : [])];
  return stems.flatMap((stem) => [`${stem}aar`, `${stem}aars`, `${stem}aren`]);
}

/** The class nouns a place's name may follow in a body's name ("van de stad Aalst", "van de provincie Limburg"). */
const PLACE_CLASS_WORDS: ReadonlySet<string> = new Set(['stad', 'gemeente', 'provincie']);
/** How many lowercase words a body's noun phrase before its place may have ("federale gerechtelijke politie", "college van burgemeester en schepenen"). */
const BODY_PHRASE_WORDS = 5;

/**
 * "parket Brugge" → "Brugse parket": an actor's alias of a lowercase noun, or a noun phrase of up to
 * {@link BODY_PHRASE_WORDS} lowercase words, and a place ("parket (van) Brugge", "gevangenis Hasselt",
 * "federale gerechtelijke politie van Hasselt", "college van burgemeester en schepenen van Zemst") is also written with the
 * place's adjective before the noun, as Dutch does ("het Brugse parket", "de Hasseltse federale gerechtelijke politie", "het
 * Zemstse college van burgemeester en schepenen").
 */
function adjectiveNounForms(alias: string, adjectivesOf: (placeId: string) => string[], placeIdByName: Map<string, string>): string[] {
  const written = alias.trim().split(/\s+/u);
  const words = normaliseSpace(alias).split(' ');
  for (let n = 1; n <= BODY_PHRASE_WORDS && n < words.length; n++) {
    // As written: a noun phrase of lowercase words, or one acronym alone ("FGP Antwerpen" → "Antwerpse FGP").
    const acronym = n === 1 && /^\p{Lu}{2,5}$/u.test(written[0] ?? '');
    if (!acronym && !/^\p{Ll}+$/u.test(written[n - 1] ?? '')) return [];
    // "college van burgemeester en schepenen van Zemst": a "van" inside the phrase joins its nouns; the place comes after the last.
    // "stadsbestuur van de stad Aalst": the place's own class noun before its name is no part of the body's.
    if (words[n - 1] === 'van' || words[n - 1] === 'en' || PLACE_CLASS_WORDS.has(words[n - 1]!)) continue;
    const rest = words[n] === 'van' ? words.slice(n + 1) : words.slice(n);
    const place = rest.length > 0 ? placeIdByName.get(rest.join(' ')) : undefined;
    if (place) return adjectivesOf(place).map((adjective) => `${adjective} ${words.slice(0, n).join(' ')}`);
  }
  return [];
}

/** The kinds of place whose adjective before a body's noun names the body's seat: a town or a province ("Antwerpse", "West-Vlaamse"). */
const SEAT_PLACE_KINDS: ReadonlySet<string> = new Set(['municipality', 'district', 'province']);
/** A body's noun after a place adjective in its name: one word, maybe hyphenated, not an acronym ("brandweer", "Politieschool", "parket-generaal"). */
const BODY_NOUN = /^\p{Lu}?\p{Ll}+(?:-\p{Ll}+)*$/u;

/**
 * "Antwerpse brandweer" → "brandweer van Antwerpen", "brandweer Antwerpen": an actor's name or
 * alias of a place's adjective and one noun is also written with the noun first and the place's
 * name after it, with "van" or without ("de brandweer van Antwerpen", "de politieschool
 * West-Vlaanderen"), the reverse of {@link adjectiveNounForms}. Only where the adjective's place is
 * a town or a province ({@link SEAT_PLACE_KINDS}) and the body's own `location`: the East Flemish
 * prosecutor's "Gentse parket" is no "parket van Gent", and the European Council's "Europese Raad"
 * no "Raad van Europa".
 */
function nounPlaceForms(actor: ActorEntry, alias: string, placeOfAdjective: ReadonlyMap<string, string | null>, locations: ReadonlyMap<string, LocationEntry>): string[] {
  const [adjective, noun, ...rest] = alias.trim().split(/\s+/u);
  if (rest.length > 0 || noun === undefined || !BODY_NOUN.test(noun)) return [];
  const place = placeOfAdjective.get(normaliseSpace(adjective!));
  const location = place && place === actor.location ? locations.get(place) : undefined;
  if (!location || !SEAT_PLACE_KINDS.has(location.kind) || QUALIFIED_NAME.test(location.name)) return [];
  const name = normaliseSpace(location.name);
  return [`${normaliseSpace(noun)} van ${name}`, `${normaliseSpace(noun)} ${name}`];
}

/**
 * Nouns of bodies that sit in a place: a prison, a justice house, a court or a prosecutor's
 * office is written with its town, after "van" or with none ("de gevangenis van Brugge",
 * "gevangenis Hasselt"), or after "in" or "te" ("de rechtbank in Gent", {@link seatsBeforePlaces}).
 */
const SEAT_NOUNS = [
  'gevangenis', 'hulpgevangenis', 'justitiehuis', 'rechtbank', 'rechtbank van eerste aanleg', 'correctionele rechtbank', 'jeugdrechtbank',
  'familierechtbank', 'strafuitvoeringsrechtbank', 'politierechtbank', 'arbeidsrechtbank', 'ondernemingsrechtbank', 'arbeidshof',
  'hof van beroep', 'hof van assisen', 'assisenhof', 'parket', 'parket-generaal', 'arbeidsauditoraat',
  ...['gemeenschapsinstelling', 'detentiecentrum'],
];
const SEAT_PREPOSITIONS = ['', 'van '];
const SEAT_FIRST_WORDS: ReadonlySet<string> = new Set(SEAT_NOUNS.map((noun) => noun.split(' ')[0]!));
/** The rest of a seat name: capitalised words only (a town, "Nieuwe Wandeling"), no division or comma. */
const SEAT_PLACE = /^(?:(?:van|in|te)\s+)?(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*)$/u;

/**
 * Other nouns a text names a seat's body by: its compound's head ("de instelling van Everberg" for
 * the gemeenschapsinstelling there, fresh8 127), or the kind of the body a town's prison is
 * ("het arresthuis van A": Belgium's remand prisons are the towns' prisons, Dutch names them so).
 */
const OTHER_SEAT_NOUNS: ReadonlyMap<string, string> = new Map([['gemeenschapsinstelling', 'instelling'], ['gevangenis', 'arresthuis']]);

/**
 * "gevangenis Brugge" ⇄ "gevangenis van Brugge": a name or alias that is a seat noun
 * ({@link SEAT_NOUNS}) and a capitalised place is found with and without "van" between them, and
 * under its other noun ({@link OTHER_SEAT_NOUNS}). Two bodies that would share a form (two
 * prisons in Leuven) name neither: the caller derives them as such.
 */
export function seatForms(alias: string): string[] {
  const seat = seatOfName(alias);
  if (!seat) return [];
  const other = OTHER_SEAT_NOUNS.get(seat.noun);
  const nouns = other ? [seat.noun, other] : [seat.noun];
  return nouns.flatMap((noun) => SEAT_PREPOSITIONS.map((preposition) => normaliseSpace(`${noun} ${preposition}${seat.place}`)));
}

/**
 * The seat noun ({@link SEAT_NOUNS}) and the place of a name or alias that is written as both
 * ("Gevangenis van Brugge" → gevangenis, Brugge; "Hof van beroep Antwerpen" → hof van beroep,
 * Antwerpen); null for any other name ("Parket", "Federaal parket").
 */
function seatOfName(alias: string): { noun: string; place: string } | null {
  const words = alias.trim().split(/\s+/u);
  // Most names open with no seat noun: one lookup of the first word spares folding them.
  if (!SEAT_FIRST_WORDS.has(words[0]!.toLowerCase())) return null;
  for (const noun of SEAT_NOUNS) {
    const nounWords = noun.split(' ').length;
    if (normaliseSpace(words.slice(0, nounWords).join(' ')) !== noun) continue;
    const place = SEAT_PLACE.exec(words.slice(nounWords).join(' '))?.[1];
    if (place) return { noun, place };
  }
  return null;
}

/** A directorate's name: its head noun and what it directs ("Directoraat-generaal Luchtvaart", "Algemene Directie Civiele Veiligheid"). */
const DIRECTORATE_NAME = /^(directoraat-generaal|algemene\s+directie)\s+(?!van\s)(\p{Lu}.*)$/iu;

/**
 * "Directoraat-generaal Luchtvaart" ⇄ "het directoraat-generaal van de luchtvaart": Dutch writes a
 * directorate's field after "van de" as often as right after the noun; the name is found both ways.
 */
function directorateForms(alias: string): string[] {
  const name = DIRECTORATE_NAME.exec(alias.trim());
  return name ? [normaliseSpace(`${name[1]} van de ${name[2]}`)] : [];
}

/** Adjectives that open names of bodies ("Federaal parket", "Vast Comité P") and take "-e" after "het". */
const NAME_ADJECTIVES = new Map([
  ['federaal', 'federale'], ['interfederaal', 'interfederale'], ['nationaal', 'nationale'], ['centraal', 'centrale'],
  ['internationaal', 'internationale'], ['europees', 'europese'], ['algemeen', 'algemene'], ['vast', 'vaste'],
]);

/**
 * The inflected form of an adjective as a name's first word takes it after "het" ("Vlaams
 * Parlement" → "het Vlaamse Parlement", "Federaal parket" → "het federale parket"): one of
 * {@link NAME_ADJECTIVES}, or a place adjective whose inflected form names a place ("vlaams",
 * "antwerps", "belgisch"); null for any other word.
 */
function inflectedAdjective(word: string, placeForms: ReadonlySet<string>): string | null {
  return NAME_ADJECTIVES.get(word) ?? (/s(?:ch)?$/u.test(word) && placeForms.has(`${word}e`) ? `${word}e` : null);
}

/**
 * The forms written with an uninflected adjective first, inflected ("vlaamse parlement"), for
 * every plain form that lacks one; a variant two entities would share names neither. Parties
 * keep their names as written: "het Vlaamse belang" is an interest, not the party.
 */
function inflectedForms(plain: Form[], written: Set<string>): Form[] {
  const placeForms = new Set(plain.filter((f) => f.entityType === 'location').map((f) => f.folded));
  const variants = new Map<string, Form | null>();
  for (const form of plain) {
    const [first, ...rest] = form.folded.split(' ');
    const inflected = rest.length > 0 ? inflectedAdjective(first!, placeForms) : null;
    if (!inflected) continue;
    const folded = [inflected, ...rest].join(' ');
    if (written.has(folded)) continue;
    const seen = variants.get(folded);
    variants.set(folded, seen === undefined || seen?.entityId === form.entityId ? { ...form, folded } : null);
  }
  return [...variants.values()].filter((f) => f !== null);
}

/** The police nouns a zone's name is written after: "PZ VIMA", "de politie van Brussel-Hoofdstad-Elsene". */
const ZONE_NOUNS = ['politiezone', 'pz', 'zone', 'politie', 'politie van', 'lokale politie', 'lokale politie van', 'politiekorps'];
/** A police noun or an adjective ("Gentse Flikken") opening an alias: the alias is already a written-out form. */
const NOT_A_ZONE_NAME = /(?:^|\s)(?:politie\S*|pz|zp|zone|korps)(?:\s|$)|^\S+se\s/u;

/** A zone's name without its leading "Politiezone": "Politiezone HANO" → "hano". */
const zoneCore = (name: string) => normaliseSpace(name).replace(/^politiezone\s+/u, '');

/** A name spelt as single letters joined by hyphens or dots: "k-l-m", "b.h.t.". */
const SPELT_LETTERS = /^\p{L}(?:[-.]\p{L})+\.?$/u;

/** A zone name of single letters joined ("K-L-M") is also written as one acronym ("politiezone KLM"). */
const withAcronymOfLetters = (names: Iterable<string>) => [...names].flatMap((name) => (SPELT_LETTERS.test(name) ? [name, name.replace(/[-.]/gu, '')] : [name]));

/**
 * Every police zone under every police noun: its name without "Politiezone" and its one-word
 * short names ("CARMA", "WOKRA") after each of {@link ZONE_NOUNS}; then its former names the
 * same way ("PZ HANO" before the merger into Noord-Limburg), where no current name has the form.
 * A form two zones would share names neither (null).
 */
function policeNounForms(actors: ActorEntry[]): Map<string, string | null> {
  const zones = actors.filter((a) => a.kind === 'police_zone');
  const forms = new Map<string, string | null>();
  const addUnder = (zoneId: string, names: Iterable<string>, taken: ReadonlySet<string>) => {
    for (const name of names) {
      for (const noun of ZONE_NOUNS) {
        const form = `${noun} ${name}`;
        if (!taken.has(form)) forms.set(form, forms.has(form) && forms.get(form) !== zoneId ? null : zoneId);
      }
    }
  };
  for (const zone of zones) {
    const shortNames = zone.aliases.map(normaliseSpace).filter((alias) => !/\s/u.test(alias) && !NOT_A_ZONE_NAME.test(alias));
    addUnder(zone.id, new Set(withAcronymOfLetters([zoneCore(zone.name), ...shortNames])), new Set());
  }
  const current = new Set(forms.keys());
  for (const zone of zones) addUnder(zone.id, new Set(zone.formerNames.map((f) => zoneCore(f.name))), current);
  return forms;
}

/** The police nouns a zone's short name is written after: "zone West", "politiezone West". */
const SHORT_NAME_NOUNS = ['politiezone', 'zone', 'pz'];

/**
 * "zone West" in a text about Brussels: a zone named after a town and one more word that is no
 * place, and maybe more towns ("Brussel-West", "Brussel-Hoofdstad-Elsene" → "zone Hoofdstad"), is
 * also written with that word alone after a police noun, a context alias that counts where the
 * document is about the area the town lies in (the region of Brussel, which holds Molenbeek, the
 * zone's seat).
 */
function zoneShortNames(actors: ActorEntry[], locations: LocationEntry[], placeIdByName: Map<string, string>): Array<{ form: string; zoneId: string; placeId: string }> {
  const parentOf = new Map(locations.map((l) => [l.id, l.parent]));
  const shortNames: Array<{ form: string; zoneId: string; placeId: string }> = [];
  for (const zone of actors.filter((a) => a.kind === 'police_zone')) {
    const [first, ...rest] = /^Politiezone\s+(\S+)$/u.exec(zone.name)?.[1]!.split('-') ?? [];
    const town = first ? placeIdByName.get(normaliseSpace(first)) : undefined;
    const placeId = town ? (parentOf.get(town) ?? town) : undefined;
    const words = rest.filter((part) => !placeIdByName.has(normaliseSpace(part)));
    if (!placeId || words.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) continue;
    for (const noun of SHORT_NAME_NOUNS) shortNames.push({ form: `${noun} ${normaliseSpace(words[0]!)}`, zoneId: zone.id, placeId });
  }
  return shortNames;
}

/**
 * "B-H-T": a zone named after three or more towns ("Beringen/Ham/Tessenderlo") is also written
 * by their initials joined by hyphens, or as one acronym ("BHT", found in capitals only). Initials
 * two zones would share name neither.
 */
function zoneInitials(actors: ActorEntry[], placeNames: ReadonlySet<string>): Map<string, string | null> {
  const forms = new Map<string, string | null>();
  for (const zone of actors.filter((a) => a.kind === 'police_zone')) {
    const core = zoneCore(zone.name);
    const towns = core.split(core.includes('/') ? '/' : '-');
    if (towns.length < 3 || !towns.every((town) => placeNames.has(town))) continue;
    // "B-H-T", and written as one acronym "BHT" (in capitals only, as an acronym is written).
    for (const form of [towns.map((town) => town[0]).join('-'), towns.map((town) => town[0]).join('')]) forms.set(form, forms.has(form) && forms.get(form) !== zone.id ? null : zone.id);
  }
  return forms;
}

/** Every place's folded name, a qualified one ("Ham (Limburg)") also without its qualifier. */
const placeNames = (locations: LocationEntry[]): Set<string> =>
  new Set(locations.flatMap((l) => [l.name, QUALIFIED_NAME.exec(l.name)?.[1] ?? l.name].map(normaliseSpace)));

const TOWN_KINDS: ReadonlySet<string> = new Set(['municipality', 'district']);
/** Kinds of place that hold municipalities: no police zone serves one of them as a whole. */
const ABOVE_TOWN_KINDS: ReadonlySet<string> = new Set(['continent', 'country', 'region', 'province', 'arrondissement']);

/**
 * The adjectives an arrondissement's kind noun takes in Dutch ("administratief arrondissement
 * Leuven", "bestuurlijk arrondissement Leuven"): forms of its name, found like the name.
 */
function kindNounForms(location: LocationEntry): string[] {
  if (location.kind !== 'arrondissement' || !/^arrondissement\s/iu.test(location.name)) return [];
  return ['administratief', 'bestuurlijk'].map((adjective) => `${adjective} ${location.name}`);
}

/**
 * The kind noun a place's name can open with ("arrondissement Halle-Vilvoorde", "provincie
 * Limburg", "gerechtelijk arrondissement Leuven", "gemeente Bever", "stad Cali"): it chooses
 * the entity (or is the evidence that "Bever" is the town) but, like an article, is not part
 * of the quoted name.
 */
const KIND_NOUN = /^(?:(?:(?:administratief|bestuurlijk|gerechtelijk)\s+)?(?:arrondissement|provincie)|(?:deel)?gemeente|stad)\s+(?=\S)/u;

/**
 * The places' adjectives, folded, with their place: the regular ones (when no other town shares
 * them) and the aliases that are adjectives ("Brugse", "Limburgse").
 */
function placeAdjectivePairs(locations: LocationEntry[], regular: Map<string, string | null>): Array<[adjective: string, placeId: string]> {
  const pairs: Array<[string, string]> = [];
  for (const [adjective, id] of regular) if (id) pairs.push([adjective, id]);
  for (const l of locations) for (const alias of l.aliases) if (/^\p{Lu}[\p{L}-]+s(?:ch)?e$/u.test(alias)) pairs.push([normaliseSpace(alias), l.id]);
  return pairs;
}

/** A place's adjectives ({@link placeAdjectivePairs}). */
function placeAdjectiveLookup(pairs: Array<[string, string]>): (placeId: string) => string[] {
  const byPlace = new Map<string, Set<string>>();
  for (const [adjective, id] of pairs) byPlace.set(id, (byPlace.get(id) ?? new Set()).add(adjective));
  return (placeId) => [...(byPlace.get(placeId) ?? [])];
}

/** The place of each adjective ({@link placeAdjectivePairs}); an adjective two places share names neither (null). */
function adjectivePlaceLookup(pairs: Array<[string, string]>): Map<string, string | null> {
  const byAdjective = new Map<string, string | null>();
  for (const [adjective, id] of pairs) byAdjective.set(adjective, byAdjective.has(adjective) && byAdjective.get(adjective) !== id ? null : id);
  return byAdjective;
}

/** A federal police coordination directorate's name, folded ("coördinatie" without its diaeresis): its place after the noun. */
const DIRECTORATE_OF_PLACE = /^(?:coordinatie- en steundirectie|csd)\s+(\S.*)$/u;
/** A prosecutor's office named by one seat: "parket X" (not "parket van X", not a division). */
const OFFICE_OF_SEAT = /^parket\s+(?!van\s)([^,\s]+)$/u;
/** A prosecutor's office by its place: "parket Limburg" (the office's own name). */
const OFFICE_OF_PLACE = /^parket\s+(\S.*)$/u;

/**
 * The former coordination directorates ("CSD Tongeren", "Coördinatie- en Steundirectie Kortrijk")
 * under the directorate they merged into: the 2014 judicial map merged the arrondissements, and the
 * federal police's directorates followed them, so every seat the gazetteer keeps as a name of a merged
 * prosecutor's office ("parket Tongeren" for Parket Limburg) gives the directorate of that
 * office's place ("CSD Limburg") its forms with that seat. Folded forms with the directorate's id.
 */
function formerDirectorateForms(actors: ActorEntry[]): Array<[string, string]> {
  const directorateOf = new Map<string, string>();
  for (const a of actors) {
    for (const name of [a.name, ...a.aliases]) {
      const place = DIRECTORATE_OF_PLACE.exec(normaliseSpace(name))?.[1];
      if (place) directorateOf.set(place, a.id);
    }
  }
  const forms: Array<[string, string]> = [];
  for (const office of actors) {
    const place = OFFICE_OF_PLACE.exec(normaliseSpace(office.name))?.[1];
    const directorate = place ? directorateOf.get(place) : undefined;
    if (!directorate) continue;
    for (const alias of office.aliases) {
      const seat = OFFICE_OF_SEAT.exec(normaliseSpace(alias))?.[1];
      if (seat && seat !== place) forms.push([`coordinatie- en steundirectie ${seat}`, directorate], [`csd ${seat}`, directorate]);
    }
  }
  return forms;
}

/** A municipality's administration by the name the gazetteer gives it: "Gemeentebestuur Boom", "Stad Gent". */
const MUNICIPAL_ADMINISTRATION = /^(?:Gemeentebestuur|Stad)\s+(\S.*)$/u;

/**
 * "lokaal bestuur Boom", "het lokaal bestuur van Gent": since 2019 a Flemish municipality and its
 * social welfare centre are one "lokaal bestuur", the name texts give the town's administration.
 */
function localAdministrationForms(actor: ActorEntry): string[] {
  const m = actor.kind === 'government' ? MUNICIPAL_ADMINISTRATION.exec(actor.name) : null;
  return m ? [`lokaal bestuur ${m[1]!}`, `lokaal bestuur van ${m[1]!}`] : [];
}

/** An acronym: "CARMA", "FGP", "N-VA". */
const ACRONYM = /^\p{Lu}[\p{Lu}&-]+$/u;
/** An acronym of syllables, each a capital and at most one small letter: "LaMa" (Lanaken-Maasmechelen). */
const SYLLABLE_ACRONYM = /^\p{Lu}\p{Ll}?(?:\p{Lu}\p{Ll}?)+$/u;
/** Whether a name is written as an acronym, in capitals ("LAMA", "DAS") or by syllables ("LaMa"). */
const writtenAsAcronym = (written: string) => ACRONYM.test(written) || SYLLABLE_ACRONYM.test(written);

/**
 * The evidence a gazetteer form that is also a common Dutch word needs: an acronym ("DAS", the
 * federal police's public-safety directorate; "PLOT"; "LaMa", a zone's syllables) only written as an
 * acronym (in capitals, or by syllables: "LAMA", "LaMa"), since
 * "das" and "plot" are words and a capital at a sentence's start shows nothing; any other name
 * a capital and evidence of a place.
 */
const wordEvidence = (written: string): Evidence => (writtenAsAcronym(written.trim()) ? 'acronym' : 'place');

/**
 * Folds every name, alias and context alias of the gazetteer into one trie, with the regular
 * adjectives of town names. Forms that are also common Dutch words (`commonWords`), the bare
 * names of qualified places and the derived adjectives need evidence (see {@link Form.evidence}).
 */
export function compileGazetteer(gazetteer: Pick<Gazetteer, 'actors' | 'locations' | 'commonWords'>): EntityMatcher {
  const forms: Form[] = [];
  const words = new Set((gazetteer.commonWords ?? []).map(normaliseSpace));
  const add = (entityType: EntityType, entityId: string, names: string[], requires: string | null, evidence: Evidence = 'none') => {
    const added = new Set<string>();
    for (const written of names) {
      const name = normaliseSpace(written);
      if (!name || added.has(name)) continue;
      added.add(name);
      forms.push({ folded: name, entityType, entityId, requires, evidence: words.has(name) ? wordEvidence(written) : evidence });
    }
  };
  const placeIdByName = new Map(gazetteer.locations.map((l) => [normaliseSpace(l.name), l.id]));
  const adjectives = new Map<string, string | null>();
  for (const l of gazetteer.locations) {
    add('location', l.id, [l.name, ...l.aliases, ...kindNounForms(l)], null);
    add('location', l.id, l.contextAliases, l.parent);
    const bare = bareForm(l, placeIdByName);
    if (bare) add('location', l.id, [bare.name], bare.requires, 'place');
    if (!TOWN_KINDS.has(l.kind) || (bare && bare.requires)) continue;
    // An adjective two towns would share names neither.
    for (const adjective of placeAdjectives(normaliseSpace(bare?.name ?? l.name))) adjectives.set(adjective, adjectives.has(adjective) && adjectives.get(adjective) !== l.id ? null : l.id);
  }
  const placeForms = new Set(forms.map((f) => f.folded));
  for (const a of gazetteer.actors) {
    const names = [a.name, ...a.aliases, ...a.formerNames.map((f) => f.name), ...localAdministrationForms(a)];
    if (a.parent === FOOTBALL_LEAGUE_ID) {
      // A club's town or one-word name ("Genk", "Standard") is the club only at a match ({@link namesAClub}).
      const needsEvidence = (name: string) => clubFormNeedsEvidence(name, placeForms.has(normaliseSpace(name)));
      add('actor', a.id, names.filter((n) => !needsEvidence(n)), null);
      add('actor', a.id, names.filter(needsEvidence), null, 'club');
    } else add('actor', a.id, names, null);
    add('actor', a.id, a.contextAliases, a.location ?? a.parent);
  }
  const written = new Set(forms.map((f) => f.folded));
  const derived = new Map<string, Form | null>();
  const derive = (form: Form) => {
    if (written.has(form.folded)) return;
    const seen = derived.get(form.folded);
    derived.set(form.folded, seen === undefined || seen?.entityId === form.entityId ? form : null);
  };
  for (const l of gazetteer.locations) {
    if (l.kind === 'municipality' && !words.has(normaliseSpace(l.name))) for (const form of inhabitantNames(l.name)) derive({ folded: normaliseSpace(form), entityType: 'location', entityId: l.id, requires: null, evidence: 'capital' });
    for (const alias of l.aliases) {
      const singular = inhabitantSingular(alias);
      if (singular) derive({ folded: normaliseSpace(singular), entityType: 'location', entityId: l.id, requires: null, evidence: 'capital' });
    }
  }
  for (const form of uninflectedAdjectives(gazetteer.locations, adjectives)) derive(form);
  for (const l of gazetteer.locations) for (const name of [l.name, ...l.aliases]) for (const form of saintAbbreviations(name)) derive({ folded: form, entityType: 'location', entityId: l.id, requires: null, evidence: 'capital' });
  const adjectivePairs = placeAdjectivePairs(gazetteer.locations, adjectives);
  const adjectivesOf = placeAdjectiveLookup(adjectivePairs);
  const placeOfAdjective = adjectivePlaceLookup(adjectivePairs);
  const locations = new Map(gazetteer.locations.map((l) => [l.id, l]));
  for (const a of gazetteer.actors.filter((actor) => actor.kind !== 'police_zone')) {
    for (const alias of [a.name, ...a.aliases]) for (const form of adjectiveNounForms(alias, adjectivesOf, placeIdByName)) derive({ folded: form, entityType: 'actor', entityId: a.id, requires: null, evidence: 'capital' });
    for (const alias of [a.name, ...a.aliases]) for (const form of nounPlaceForms(a, alias, placeOfAdjective, locations)) derive({ folded: form, entityType: 'actor', entityId: a.id, requires: null, evidence: 'none' });
    for (const alias of [a.name, ...a.aliases]) for (const form of [...seatForms(alias), ...directorateForms(alias)]) derive({ folded: form, entityType: 'actor', entityId: a.id, requires: null, evidence: 'none' });
  }
  for (const [form, id] of formerDirectorateForms(gazetteer.actors)) derive({ folded: form, entityType: 'actor', entityId: id, requires: null, evidence: 'none' });
  for (const form of derived.values()) if (form) forms.push(form);
  for (const [form, id] of policeNounForms(gazetteer.actors)) if (id && !written.has(form)) add('actor', id, [form], null);
  for (const short of zoneShortNames(gazetteer.actors, gazetteer.locations, placeIdByName)) if (!written.has(short.form)) add('actor', short.zoneId, [short.form], short.placeId);
  // Initials joined without hyphens ("BHT") are an acronym: a zone only written in capitals.
  for (const [form, id] of zoneInitials(gazetteer.actors, placeNames(gazetteer.locations))) if (id && !written.has(form)) add('actor', id, [form.includes('-') ? form : form.toUpperCase()], null, form.includes('-') ? 'none' : 'acronym');
  for (const [adjective, id] of adjectives) if (id && !written.has(adjective)) add('location', id, [adjective], null, 'capital');
  const parties = new Set(gazetteer.actors.filter((a) => a.kind === 'party').map((a) => a.id));
  for (const form of inflectedForms(forms.filter((f) => !f.requires && !parties.has(f.entityId)), written)) forms.push(form);
  const trie = new FormTrie<Form>();
  for (const form of forms) trie.add(form.folded, form);
  const actors = new Map(gazetteer.actors.map((a) => [a.id, a]));
  return {
    trie,
    // A club's town form ("genk") stays the town's here: the club is read only at a match.
    plainForms: new Map(forms.filter((f) => !f.requires && f.evidence !== 'club').map((f) => [f.folded, f])),
    contextForms: formsByText(forms.filter((f) => f.requires)),
    locations,
    actors,
    zoneOf: zonesByPlace(gazetteer.actors),
    titledSurnames: titledSurnameTrie(gazetteer.actors),
    honorificSurnames: honorificSurnameTrie(gazetteer.actors),
    bareZoneNames: bareZoneNameTrie(gazetteer.actors, gazetteer.locations, words),
    wordSurnames: new Set(gazetteer.actors.flatMap((a) => (a.kind === 'person' ? [surnameOf(a.name)] : [])).filter((s) => s !== null).map(normaliseSpace).filter((s) => words.has(s))),
    seatNouns: new Map(gazetteer.actors.flatMap((a) => {
      const noun = [a.name, ...a.aliases].map(seatOfName).find((seat) => seat !== null)?.noun;
      return noun ? [[a.id, noun] as const] : [];
    })),
    roads: new Map(gazetteer.locations.filter((l) => l.kind === 'road').flatMap((l) => [l.name, ...l.aliases].map(roadNumber).filter((n) => n !== null).map((n) => [n, l.id] as const))),
  };
}

/** Forms grouped by their folded text. */
function formsByText(forms: readonly Form[]): Map<string, Form[]> {
  const byText = new Map<string, Form[]>();
  for (const f of forms) byText.set(f.folded, [...(byText.get(f.folded) ?? []), f]);
  return byText;
}

/**
 * A person's surname: the name without its first given name ("Bart De Wever" → "De Wever",
 * "Jean-Marc Demelenne" → "Demelenne"); null for a one-word name.
 */
export function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/u);
  return words.length < 2 ? null : words.slice(1).join(' ');
}

/**
 * Title words of the roles people hold, as written before a surname ("minister Verlinden",
 * "burgemeester De Wever", "premier De Croo"); a title matches a role that contains it as a word.
 */
const TITLES = [
  'minister', 'premier', 'minister-president', 'burgemeester', 'schepen', 'gouverneur', 'korpschef', 'commissaris-generaal',
  'staatssecretaris', 'vicepremier', 'procureur', 'woordvoerder', 'woordvoerster', 'gedeputeerde',
  'inspecteur-generaal', 'directeur-generaal', 'directeur-coördinator', 'dirco',
  'kamerlid', 'volksvertegenwoordiger', 'parlementslid', 'senator', 'zonechef',
];

/**
 * The role words a title stands for (folded): "premier" is the "eerste minister"; a designated mayor
 * ("aangewezen-burgemeester", hyphenated as the Flemish decree writes it) is called "burgemeester"
 * in the news; "DirCo" is the federal police's (bestuurlijk) directeur-coördinator of an
 * arrondissement. Other hyphenated roles stay apart: "minister-president" is not a "minister".
 */
const TITLE_ROLES: Record<string, string[]> = {
  premier: ['eerste minister', 'premier'],
  vicepremier: ['vicepremier', 'vice-eersteminister'],
  burgemeester: ['burgemeester', 'aangewezen-burgemeester'],
  'directeur-coördinator': ['directeur-coordinator'],
  dirco: ['directeur-coordinator'],
  // A member of the Chamber is a "Kamerlid", of any parliament a "parlementslid"; a zone's chief a "zonechef".
  kamerlid: ['kamerlid', 'volksvertegenwoordiger'],
  parlementslid: ['parlementslid', 'volksvertegenwoordiger'],
  zonechef: ['korpschef'],
};

/** Roles a title's words would match but that the title does not name: a Flemish or Brussels member is no "Kamerlid". */
const NOT_TITLE_ROLES: Record<string, RegExp> = {
  kamerlid: /(?:^|[^\p{L}])(?:vlaams|brussels)(?:$|[^\p{L}])/u,
};

/** A title's word as a whole word of a role (hyphens joining), compiled once per word. */
const titleWordPattern = memoByWord((word) => new RegExp(`(?:^|[^\\p{L}-])${word}(?:$|[^\\p{L}-])`, 'u'));

const roleHasTitle = (role: string, title: string) =>
  (TITLE_ROLES[title] ?? [title]).some((word) => titleWordPattern(word).test(foldForMatch(role))) &&
  !NOT_TITLE_ROLES[title]?.test(foldForMatch(role));

function titledSurnameTrie(actors: ActorEntry[]): FormTrie<TitledSurname> {
  const trie = new FormTrie<TitledSurname>();
  for (const a of actors) {
    const surname = a.kind === 'person' ? surnameOf(a.name) : null;
    if (!surname) continue;
    for (const title of TITLES) {
      if (a.memberships.some((m) => roleHasTitle(m.role, title))) trie.add(normaliseSpace(`${title} ${surname}`), { personId: a.id, titleLength: title.length + 1, title });
    }
  }
  return trie;
}

/** The words of address before a surname in Dutch: "de heer", "mevrouw", "mijnheer", "meneer". */
export const HONORIFICS = ['de heer', 'heer', 'mevrouw', 'mijnheer', 'meneer'];
/** The honorifics as minutes and forms abbreviate them: "Dhr. Peeters", "Mevr. Claes", "Mw. Claes". */
const HONORIFIC_ABBREVIATIONS = ['dhr.', 'mevr.', 'mw.'];

/**
 * "De heer Ceyssens heeft het woord", "mevrouw Verlinden": an honorific with a surname that one
 * gazetteer person alone bears names that person; a surname two persons share names neither.
 */
function honorificSurnameTrie(actors: ActorEntry[]): FormTrie<TitledSurname> {
  const bearers = new Map<string, string[]>();
  for (const a of actors) {
    const surname = a.kind === 'person' ? surnameOf(a.name) : null;
    if (surname) bearers.set(normaliseSpace(surname), [...(bearers.get(normaliseSpace(surname)) ?? []), a.id]);
  }
  const trie = new FormTrie<TitledSurname>();
  for (const [surname, [personId, ...others]] of bearers) {
    if (others.length > 0) continue;
    for (const title of [...HONORIFICS, ...HONORIFIC_ABBREVIATIONS]) trie.add(`${title} ${surname}`, { personId: personId!, titleLength: title.length + 1, title });
  }
  return trie;
}

/**
 * Zones' names without "Politiezone" and their one-word short names ("Neteland", "Kempen
 * Noord-Oost", "CARMA"), where they are not a town's name (a town's name alone is the town) nor a
 * common word; a name two zones share names neither.
 */
function bareZoneNameTrie(actors: ActorEntry[], locations: LocationEntry[], commonWords: ReadonlySet<string>): FormTrie<BareZoneName> {
  const formsOf = (l: LocationEntry) => [l.name, QUALIFIED_NAME.exec(l.name)?.[1] ?? l.name, ...l.aliases].map(normaliseSpace);
  const towns = new Set(locations.filter((l) => TOWN_KINDS.has(l.kind)).flatMap(formsOf));
  const places = new Set(locations.flatMap(formsOf));
  const byName = new Map<string, string | null>();
  for (const zone of actors.filter((a) => a.kind === 'police_zone')) {
    const shortNames = zone.aliases.map(normaliseSpace).filter((alias) => !/\s/u.test(alias) && !NOT_A_ZONE_NAME.test(alias));
    for (const name of new Set([zoneCore(zone.name), ...shortNames])) {
      if (towns.has(name) || commonWords.has(name) || name.length < 3) continue;
      byName.set(name, byName.has(name) && byName.get(name) !== zone.id ? null : zone.id);
    }
  }
  const trie = new FormTrie<BareZoneName>();
  const ofTowns = (name: string) => name.split(ZONE_NAME_JOINTS).every((part) => towns.has(part.trim()));
  for (const [name, zoneId] of byName) if (zoneId) trie.add(name, { zoneId, alsoAPlace: places.has(name), oneWord: /^\p{L}+$/u.test(name), ofTowns: ofTowns(name) });
  return trie;
}

// What joins the towns a zone is named after: "Bredene/De Haan", "Geel-Laakdal-Meerhout", "Tienen en Hoegaarden".
const ZONE_NAME_JOINTS = /\/|-|\s+en\s+/u;

// The kind noun a zone's name may open with, written in lowercase ("de regio Rhode & Schelde").
const REGIO_NAME = /^regio\s+/u;

/**
 * "Zo telt de regio Rhode & Schelde tien BIN's": a zone named "Regio …" is written with its kind noun in lowercase and after an
 * article as well, when the rest of its name is capitalised ("&" aside) and names no place ("de regio Turnhout" may be the area).
 */
function regioNameOfAZone(rest: string, matcher: EntityMatcher): boolean {
  const words = rest.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  return words.length > 0 && everyWordCapitalised(words.join(' ')) && matcher.plainForms.get(normaliseSpace(foldForMatch(rest)))?.entityType !== 'location';
}

/** An article or a place preposition right before a name: "aan de Westkust", "in het Pajottenland" speak of the area. */
const AREA_BEFORE = /(?:^|[^\p{L}])(?:de|het|'t|in|te|naar|uit|vanuit|aan|op|rond)\s+$/u;

/**
 * "Ook bij MAASLAND is er geen sprake van fusie": a name written all in capitals inside a line that is
 * not (no heading, no dateline), as zones write their short names (CARMA, HANO), names the zone and
 * not the region of the same name.
 */
function writtenAsAZoneAcronym(text: string, start: number, end: number): boolean {
  const quote = text.slice(start, end);
  if (quote !== quote.toUpperCase() || !/\p{Lu}{3}/u.test(quote)) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  return /\p{Ll}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * "twee zones zijn tegen: Neteland en Zuiderkempen", "eventueel met Zuiderkempen erbij": a zone's
 * name written without a police noun names the zone, written with capitals, not after an article
 * or a place preposition ("aan de Westkust" is the area), on characters no actor holds, when the
 * document names that zone elsewhere (one sense of a name throughout) or, for a name of several
 * words or parts that is no place at all ("Kempen Noord-Oost", "Geel-Laakdal-Meerhout"), speaks of
 * zones or the police within a few sentences, and so does a region's name written as a zone's acronym
 * ({@link writtenAsAZoneAcronym}); one plain word ("Neteland", but also "Polder", "Kouter") otherwise
 * needs the zone named. A place hit on the same
 * characters (the region "Zuiderkempen") gives way.
 */
function bareZoneNameHits(text: string, folded: string, tokens: MatchToken[], hits: Hit[], matcher: EntityMatcher): Hit[] {
  const namedZones = new Set(hits.filter((h) => isZone(matcher)(h)).map((h) => h.entityId));
  const out = [...hits];
  for (const { start, end, value } of matcher.bareZoneNames.findAll(tokens)) {
    const quote = text.slice(start, end);
    const acronym = writtenAsAZoneAcronym(text, start, end);
    const regio = REGIO_NAME.exec(quote);
    // "de werkdruk in Brussel-West": a name of several parts that is no place names no area after an article or a preposition either.
    const noArea = !value.alsoAPlace && !value.oneWord && !value.ofTowns;
    const named = regio ? regioNameOfAZone(quote.slice(regio[0].length), matcher) : (acronym || everyWordCapitalised(quote)) && (noArea || !AREA_BEFORE.test(folded.slice(Math.max(0, start - 12), start)));
    if (!named || cutsCompound(text, { start, end } as Hit)) continue;
    const overlapping = out.filter((h) => h.start < end && start < h.end);
    if (overlapping.some((h) => h.entityType !== 'location' || h.start < start || h.end > end)) continue;
    const talk = (from: number, to: number) => ZONE_TALK.test(folded.slice(Math.max(0, from), to));
    const evidence = namedZones.has(value.zoneId) || ((acronym || (!value.alsoAPlace && !value.oneWord)) && (talk(start - 300, start) || talk(end, end + 300)));
    if (!evidence) continue;
    out.splice(0, out.length, ...out.filter((h) => !overlapping.includes(h)), { folded: folded.slice(start, end), entityType: 'actor', entityId: value.zoneId, requires: null, evidence: 'none', start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The places an actor serves (`areas` of the gazetteer): current ones (no end) or former ones. */
function servedPlaces(actor: ActorEntry, current: boolean): string[] {
  return actor.areas.filter((a) => (a.end === null) === current).map((a) => a.location);
}

/**
 * Place id → the zone serving it: the seat of every zone that still serves, then current served
 * municipalities, then the seats of zones that merged away and former served places, so that
 * after a merger a town names its present zone ("politie Deinze" → Deinze-Zulte-Lievegem, not
 * the Deinze-Zulte of before 2019).
 */
function zonesByPlace(entries: ActorEntry[]): Map<string, string> {
  const zones = entries.filter((a) => a.kind === 'police_zone');
  const zoneOf = new Map<string, string>();
  const claim = (place: string | null, zone: string) => {
    if (place && !zoneOf.has(place)) zoneOf.set(place, zone);
  };
  const serving = (a: ActorEntry) => a.areas.length === 0 || servedPlaces(a, true).length > 0;
  for (const current of [true, false]) {
    for (const a of zones.filter((z) => serving(z) === current)) claim(a.location, a.id);
    for (const a of zones) for (const place of servedPlaces(a, current)) claim(place, a.id);
  }
  return zoneOf;
}

/** "E40", "E-40", "R0", "A12", "N70" → "e40"; anything else null. */
function roadNumber(name: string): string | null {
  const m = /^([ENRA])[- ]?(\d{1,3})$/u.exec(name.trim());
  return m ? `${m[1]!.toLowerCase()}${Number(m[2])}` : null;
}

interface Hit extends Form {
  start: number;
  end: number;
}

/** Whether a hit begins after a word and its hyphen ("Hoofdstad" of "Brussel-Hoofdstad"). */
const beginsInsideHyphenated = (text: string, h: Hit) => /\p{L}-$/u.test(text.slice(Math.max(0, h.start - 2), h.start));

/** Whether a hit begins or ends inside a hyphenated word ("Brussel" of "Brussel-Hoofdstad", "Testmans" of "Testmans-plan"). */
const cutsCompound = (text: string, h: Hit) => /^-\p{L}/u.test(text.slice(h.end, h.end + 2)) || beginsInsideHyphenated(text, h);

/**
 * Whether a hit begins or ends inside a hyphenated name ("Brussel" of "Brussel-Hoofdstad"). A
 * lowercase word after the hyphen is a common noun the name is compounded with ("het Vias
 * Institute-rapport"), not more of the name: the whole name before it is cut by nothing.
 */
const cutsName = (text: string, h: Hit) => (/^-[\p{Lu}\p{N}]/u.test(text.slice(h.end, h.end + 2)) && !roleAfterHyphen(text, h.end)) || beginsInsideHyphenated(text, h);
/** "Vlaams Belang-Kamerlid", "N-VA-Senator": a role written capitalised after a party's name and a hyphen is a compound with a common noun. */
const roleAfterHyphen = (text: string, end: number) => ROLE_AFTER_HYPHEN.test(text.slice(end, end + 40));

/**
 * Picks the longest non-overlapping hits, earliest first when equally long; a hit that keeps
 * a hyphenated word whole goes before one that cuts it, whatever their lengths ("Brussel-Hoofdstad"
 * over "arrondissement Brussel" in "arrondissement Brussel-Hoofdstad"). Claimed characters are
 * marked in one array, so each hit costs its own length.
 */
function longestFirst(hits: Hit[], text: string): Hit[] {
  const cuts = new Map(hits.map((h) => [h, cutsName(text, h)]));
  const sorted = [...hits].sort((a, b) => Number(cuts.get(a)) - Number(cuts.get(b)) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const claimed = new Uint8Array(text.length);
  const taken: Hit[] = [];
  for (const h of sorted) {
    if (claimed.subarray(h.start, h.end).includes(1)) continue;
    claimed.fill(1, h.start, h.end);
    taken.push(h);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export interface MentionOptions {
  /** The place the document is about; enables context aliases such as "de haven". */
  scopeLocationId?: string | null;
  /** The document's date (ISO, any precision): a title with a surname names whoever held that title then. */
  documentDate?: string | null;
  /** Counts the trie's work, for the linearity test and the bench. */
  stats?: TrieStats;
}

/** Ancestors of a location, itself first. */
export function locationLineage(matcher: EntityMatcher, id: string | null | undefined): string[] {
  const lineage: string[] = [];
  let current = id ? matcher.locations.get(id) : undefined;
  while (current && !lineage.includes(current.id)) {
    lineage.push(current.id);
    current = current.parent ? matcher.locations.get(current.parent) : undefined;
  }
  return lineage;
}

// A word of direction glued by a hyphen right before a name: "Centraal-" of "Centraal-West-Vlaanderen", "Noord-" of "Noord-Limburg".
const GLUED_DIRECTION_BEFORE = /(?<![\p{L}-])(?:Noord|Zuid|Oost|West|Midden|Centraal)-(?:\p{Lu}\p{Ll}*-)*$/u;
/**
 * Whether a place's name stands inside a longer name the gazetteer lacks, a word of direction glued to it by a hyphen
 * ("Centraal-West-Vlaanderen" is a region of West-Vlaanderen, "Noord-Limburg" of Limburg): not that place.
 */
const partOfALongerName = (text: string, h: Hit) => h.entityType === 'location' && GLUED_DIRECTION_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start));

/**
 * Finds every gazetteer actor and location in the text: case- and
 * diacritics-insensitive, whole words, longest match first. Context aliases count only
 * where the document is about their place: its scope, or a place it names outright.
 */
export function extractMentions(input: string | PreparedText, matcher: EntityMatcher, options: MentionOptions = {}): Mention[] {
  const source = prepared(input);
  const { text, folded, matchTokens: tokens } = source;
  const plain: Hit[] = [];
  const contextual: Hit[] = [];
  for (const { start, end, value } of matcher.trie.findAll(tokens, options.stats)) (value.requires ? contextual : plain).push(withFields(value, { start, end }));
  const scope = options.scopeLocationId ?? null;
  const about = new Set(locationLineage(matcher, scope));
  const named = longestFirst(withEvidence(text, folded, plain.filter((h) => !partOfALongerName(text, h)), matcher, scope), text);
  for (const h of named) if (h.entityType === 'location') for (const id of locationLineage(matcher, h.entityId)) about.add(id);
  const inScope = new Set(locationLineage(matcher, scope));
  // A place the text names without doubt is evidence for a contextual name beside it in a list ("Grote Markt, Kuregem").
  const contextualHits = withEvidence(text, folded, inScopeFirst(contextual.filter((h) => about.has(h.requires!)), inScope), matcher, scope, named);
  const displaced = namesakesOfNamedTownsParts(named, contextualHits, matcher, inScope);
  const found = zoneCompounds(text, folded, longestFirst([...named.filter((h) => !displaced.has(h)), ...contextualHits], text).map((h) => withoutKindNoun(folded, h)), matcher);
  resolvePoliceZones(text, folded, found, matcher);
  regionalPoliceAdjectives(source, found, matcher, inScope);
  const hits = bareZoneNameHits(text, folded, tokens, elidedLists(text, folded, found, matcher, about), matcher);
  hits.push(...roadHits(text, hits, matcher), ...bareAirportHits(text, folded, hits, matcher, scope));
  hits.sort((a, b) => a.start - b.start);
  const elided = ellipticalHits(text, folded, hits, matcher);
  // A level already read as an elided name ("de lokale en de federale politie") is no level standing alone as well.
  hits.push(...elided, ...suspendedPlaceHits(source, hits, matcher), ...policeLevelsAsNouns(folded, [...hits, ...elided], matcher));
  hits.sort((a, b) => a.start - b.start);
  namesakesInLists(text, hits, matcher);
  provincesOfPluralBodies(text, hits, matcher);
  townsAmongProvinces(text, folded, hits, matcher);
  const branches = localPartyBranches(source, matcher);
  // A list the gazetteer knows by the whole name ("Vooruit-Groen" in Hasselt) stays that list.
  const insideBranch = (h: Hit) => branches.some((b) => b.start <= h.start && h.end <= b.end && (h.start !== b.start || h.end !== b.end || h.entityType !== 'actor'));
  if (branches.length > 0) hits.splice(0, hits.length, ...hits.filter((h) => !insideBranch(h)));
  placesInTownAdjective(text, folded, hits, matcher);
  territoriesOfGovernments(text, folded, hits, matcher);
  divisionsOfCourts(text, folded, hits, matcher);
  policeCourtsBySeat(text, folded, hits, matcher);
  zonesStyledLocal(text, folded, hits, matcher);
  fireZonesByTheirOwnNames(text, folded, hits, matcher);
  zonesByTheirTownsNamedInFull(folded, hits, matcher);
  zoneNamesInBrackets(text, folded, hits, matcher);
  judicialArrondissementsJoined(folded, hits, matcher);
  comparedByEllipsis(text, folded, hits, matcher);
  seatsBeforePlaces(folded, hits, matcher);
  seatsNamedBefore(text, folded, hits, matcher);
  headsNamedBefore(text, folded, hits, matcher);
  provincialBodies(folded, hits, matcher, scope);
  adjectivesOfTheirOwnPlace(text, hits, matcher);
  institutionsByTheirTowns(text, folded, hits, matcher);
  // A place after a surname particle ("Stijn Van Baelen") is part of a name: it leaves the span to the person.
  const surname = (h: Hit) => h.entityType === 'location' && SURNAME_PARTICLE.test(text.slice(Math.max(0, h.start - 12), h.start)) && !placeAfterOpeningVan(text, folded, h);
  hits.splice(0, hits.length, ...withoutPlacesReadAsSurnames(text, folded, tokens, hits.filter((h) => !surname(h)), matcher));
  hits.push(...misspeltNameHits(text, folded, hits, matcher));
  hits.sort((a, b) => a.start - b.start);
  hits.push(...titledSurnameHits(text, folded, tokens, hits, matcher, options.documentDate ?? null, about));
  hits.sort((a, b) => a.start - b.start);
  hits.push(...pluralTitleListHits(text, folded, tokens, hits, matcher, options.documentDate ?? null, about));
  hits.sort((a, b) => a.start - b.start);
  hits.push(...honorificSurnameHits(text, folded, tokens, hits, matcher));
  hits.sort((a, b) => a.start - b.start);
  hits.push(...surnameHits(text, folded, tokens, hits, matcher));
  hits.sort((a, b) => a.start - b.start);
  hits.push(...bareParliamentHits(text, folded, hits, matcher));
  hits.sort((a, b) => a.start - b.start);
  // "het gerechtelijk arrondissement Leuven (GAL)": an acronym the text defines names what the name before it names.
  hits.push(...definedAcronyms(text, hits, claimedBy(text.length, hits)).map(({ start, end, entityType, entityId }): Hit => ({ folded: folded.slice(start, end), entityType, entityId, requires: null, evidence: 'none', start, end })));
  hits.sort((a, b) => a.start - b.start);
  const portfolio = (h: Hit) => h.entityType === 'actor' && matcher.actors.get(h.entityId)?.kind !== 'person' && namesAPortfolio(folded, h.start);
  hits.splice(0, hits.length, ...hits.map((h) => placeOfAFunctionTitle(folded, h, matcher) ?? h));
  return hits
    .filter((h, i) => !portfolio(h) && !(h.entityType === 'location' && inWebAddress(text, h)) && !insideLongerName(text, h, hits) && !townEndsAnUnknownName(text, h, hits, matcher) && !partOfZoneName(text, folded, h) && !bodyOfItsMember(text, h, hits[i + 1], matcher) && !adjectiveOfACount(text, folded, h) && !bodyAsAKind(text, h) && !numberNotARoad(text, h, matcher) && !townNamingAUnit(folded, h))
    .map((h) => ({ entityType: h.entityType, entityId: h.entityId, start: h.start, end: h.end, quote: text.slice(h.start, h.end) }));
}

/** The forms a misspelling may stand for, by folded form, and their one-letter-out index; built on first use ({@link misspeltForms}). */
const misspeltFormsOf = new WeakMap<EntityMatcher, { forms: Map<string, KnownForm | null>; longer: Map<string, string[]>; memo: MisspeltMemo }>();

/**
 * The known forms a text may misspell ({@link misspeltNameHits}): the names and aliases of places
 * (no road numbers, no qualified names, none that needs evidence: a common word) and the full
 * names of persons (the given name and the surname); a form two entities share is null, naming neither.
 */
function misspeltForms(matcher: EntityMatcher): { forms: Map<string, KnownForm | null>; longer: Map<string, string[]>; memo: MisspeltMemo } {
  const built = misspeltFormsOf.get(matcher);
  if (built) return built;
  const forms = new Map<string, KnownForm | null>();
  const add = (entityType: KnownForm['entityType'], entityId: string, name: string) => {
    const folded = normaliseSpace(name);
    if (folded.includes('(') || matcher.plainForms.get(folded)?.evidence !== 'none') return;
    const seen = forms.get(folded);
    forms.set(folded, seen === undefined || (seen?.entityId === entityId && seen.entityType === entityType) ? { entityType, entityId, words: folded.split(' ').length } : null);
  };
  for (const l of matcher.locations.values()) if (l.kind !== 'road') for (const name of [l.name, ...l.aliases]) add('location', l.id, name);
  // A person's full name: its given name and more ("Van Tigchelt", an alias that is the surname alone, is none).
  const givenName = (name: string) => name.trim().split(/\s+/u)[0]!;
  for (const a of matcher.actors.values()) if (a.kind === 'person') for (const name of [a.name, ...a.aliases]) if (surnameOf(name) !== null && givenName(name) === givenName(a.name)) add('actor', a.id, name);
  const longer = oneLetterOutIndex([...forms].filter(([, known]) => known !== null).map(([form]) => form), MAY_BE_LEFT_OUT, MIN_EDITED_WORD);
  const compiled = { forms, longer, memo: [] };
  misspeltFormsOf.set(matcher, compiled);
  return compiled;
}

/**
 * "burgemeester Gerda Proefsteekamp", "in Zanhoven": a place's name or a person's full name that
 * the text misspells by one letter inside a long word names that place or person
 * ({@link misspeltNames}), on characters no other mention holds; the surname alone after it then
 * names the person too ({@link surnameHits}).
 */
function misspeltNameHits(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): Hit[] {
  const { forms, longer, memo } = misspeltForms(matcher);
  return misspeltNames(text, folded, claimedBy(text.length, hits), (form) => matcher.plainForms.has(form), (form) => forms.get(form) ?? undefined, longer, memo).map(({ start, end, entityType, entityId }) => ({
    folded: folded.slice(start, end), entityType, entityId, requires: null, evidence: 'none' as const, start, end,
  }));
}

/** A web or e-mail address: a scheme, "www.", an "@", or a lowercase domain ending ("leuven.be", "gent.be/veilig"). */
const WEB_ADDRESS = /:\/\/|www\.|@|\.[a-z]{2,6}(?:[/?#]|[.,;:!?)]*$)/u;

/**
 * Whether a hit lies inside a web or e-mail address ("www.leuven.be", "info@gent.be"): a
 * municipality's domain names no place in the text's sense. The run of text without white space
 * around the hit is read; a sentence that ends on a name ("in Leuven.") is none.
 */
function inWebAddress(text: string, h: { start: number; end: number }): boolean {
  let start = h.start;
  let end = h.end;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  return (start < h.start || end > h.end) && WEB_ADDRESS.test(text.slice(start, end));
}

/**
 * The plain place names that give way to a part of a town the text names: "Sint-Gillis" in a text on Dendermonde is the
 * deelgemeente Sint-Gillis-bij-Dendermonde, not the Brussels municipality, and "Nieuwerkerken" beside Aalst is Aalst's. A plain
 * hit gives way to a contextual one of the same span when the other places the text names (and its scope) take in the contextual
 * form's town but not the plain place's own parent.
 */
function namesakesOfNamedTownsParts(named: Hit[], contextual: Hit[], matcher: EntityMatcher, inScope: ReadonlySet<string>): Set<Hit> {
  const displaced = new Set<Hit>();
  for (const plain of named) {
    if (plain.entityType !== 'location') continue;
    const part = contextual.find((c) => c.entityType === 'location' && c.start === plain.start && c.end === plain.end && c.entityId !== plain.entityId);
    if (!part) continue;
    const elsewhere = new Set(inScope);
    for (const h of named) if (h.entityType === 'location' && h.entityId !== plain.entityId) for (const id of locationLineage(matcher, h.entityId)) elsewhere.add(id);
    const parent = locationLineage(matcher, plain.entityId)[1];
    if (elsewhere.has(part.requires!) && (parent === undefined || !elsewhere.has(parent))) displaced.add(plain);
  }
  return displaced;
}

/**
 * Context aliases two places share ("haven" of Antwerpen and of Gent) name the one of the
 * document's scope when the text names both cities: at a span where some hit requires a
 * place of the scope's lineage, the others are dropped; and where the scope is one of the places
 * itself ("Denderstad" of Aalst and of Ninove, both under the arrondissement Aalst), the others are.
 */
function inScopeFirst(hits: Hit[], inScope: ReadonlySet<string>): Hit[] {
  const rank = (h: Hit) => (inScope.has(h.entityId) ? 2 : inScope.has(h.requires!) ? 1 : 0);
  const best = new Map<string, number>();
  for (const h of hits) best.set(`${h.start}-${h.end}`, Math.max(best.get(`${h.start}-${h.end}`) ?? 0, rank(h)));
  return hits.filter((h) => rank(h) === best.get(`${h.start}-${h.end}`));
}

/**
 * What follows an acronym that names a programme, product or version of it ("CARMA Connect", "CARMA 2.0"): a capitalised word or a
 * version number, on the same line. A version has one or two digits after its point; three are a thousands group ("telde de NMBS 1.165 incidenten").
 */
const NAME_GOES_ON = /^ +(?:\p{Lu}\p{Ll}|\d+\.\d{1,2}(?![\d,]|\.\d))/u;
/** What follows a name that is also a common noun when it heads another name or is that noun ("Kamer van Koophandel", "Kamer 12"). */
const COMMON_NOUN_GOES_ON = /^ +(?:van\s+(?:de\s+|het\s+)?\p{Lu}|\d)/u;
/** "Jong N-VA", "Jong CD&V": a name after a capitalised "Jong" is the party's youth organisation, a body of its own. */
const afterJong = (text: string, h: Hit) => /(?<![\p{L}])Jong\s+$/u.test(text.slice(Math.max(0, h.start - 6), h.start));
/** A word written as a name, not an acronym: the head of a compound whose rest is elided ("Justitie-"). */
const COMPOUND_HEAD = /^\p{Lu}\p{Ll}+$/u;
/** "Justitie- en Veiligheidsbeleid": a hyphen and a conjunction after a word, which is the first part of an elided compound ("Justitiebeleid"). */
const ELIDED_COMPOUND = /^-\s+(?:en|of|als)\s/u;
/** "-Centrum", "-Noord", "-Dorp" after a town: the word names a part of the town ("Genk-Centrum"), which is not the town. */
const TOWN_PART = /^-(?:Centrum|Dorp|Noord|Zuid|Oost|West|Noordoost|Noordwest|Zuidoost|Zuidwest)(?![\p{L}\p{N}-])/u;
/**
 * A party of a region or of the country, not a local list nor a branch the gazetteer has: the
 * party whose name opens a local branch's ("Vlaams Belang Kalmthout", "N-VA Gent").
 */
const isRegionalParty = (matcher: EntityMatcher, actorId: string): boolean => {
  const party = matcher.actors.get(actorId);
  const area = party?.location ? matcher.locations.get(party.location) : undefined;
  return party?.kind === 'party' && party.parent === null && area !== undefined && ABOVE_TOWN_KINDS.has(area.kind);
};

/** The expressions over the regional parties' forms: a party before a town (a branch), two parties joined by a hyphen (a joint list). */
interface PartyListForms {
  /** The regional parties' forms alone: where `branch` and `joint`, which open with one, may match. */
  party: RegExp;
  branch: RegExp;
  joint: RegExp;
}
const regionalPartyForms = new WeakMap<EntityMatcher, PartyListForms>();

/** A party's name as written that is a name, not a word: a capital ("MR", "Open VLD") or a sign ("sp.a", "CD&V"). */
const writtenAsAName = (quote: string) => quote !== quote.toLowerCase() || /[^\p{L}\s]/u.test(quote);

/**
 * "Vlaams Belang Kalmthout", "CD&V Aalst", "Groen Tervuren": a party's name written right before a
 * town's (one space, both capitalised, the town not going on with a hyphen) names the party's local
 * branch, an actor of its own that the gazetteer lacks (a provincial branch, "CD&V Limburg", it
 * has): neither the party nor the town is named there. The spans of such names, longest town first
 * (up to three words: "De Panne"), found by one expression over the regional parties' forms.
 * Likewise two parties joined by a hyphen ("MR-Open VLD", "CD&V-N-VA", "sp.a-Groen") are a joint
 * list, a body of its own, not either party, and so are such a list or one party with "-Plus" after
 * it ("Groen-CD&V-Plus", "N-VA-Plus": a local list that takes in independents); not where the name goes on as a compound ("de
 * CD&V-N-VA-meerderheid", the two parties) or as a longer list the gazetteer may know ("Vld-Groen-M+").
 */
export function localPartyBranches(input: string | PreparedText, matcher: EntityMatcher): Span[] {
  const doc = prepared(input);
  // Mentions and candidates both ask for a document's branches: found once per prepared text.
  const known = branchesFound.get(doc);
  if (known?.matcher === matcher) return known.branches;
  const branches = findLocalPartyBranches(doc, matcher);
  branchesFound.set(doc, { matcher, branches });
  return branches;
}

/** The branches of each prepared text, with the matcher they were found with. */
const branchesFound = new WeakMap<PreparedText, { matcher: EntityMatcher; branches: Span[] }>();

function findLocalPartyBranches({ text, folded }: PreparedText, matcher: EntityMatcher): Span[] {
  let forms = regionalPartyForms.get(matcher);
  if (!forms) {
    const names = [...matcher.plainForms.values()].filter((f) => f.entityType === 'actor' && isRegionalParty(matcher, f.entityId)).map((f) => escapeRegExp(f.folded));
    const party = `(?:${names.sort((a, b) => b.length - a.length).join('|')})`;
    forms = {
      party: new RegExp(party, 'gu'),
      branch: new RegExp(`(?<![\\p{L}\\p{N}&.-])${party} (?=\\p{L})`, 'gu'),
      joint: new RegExp(`(?<![\\p{L}\\p{N}&.-])(${party})(?:-(${party})(?:-plus)?|-plus)(?![\\p{L}\\p{N}&+]|[-/][\\p{L}\\p{N}+])`, 'gu'),
    };
    regionalPartyForms.set(matcher, forms);
  }
  const branches: Span[] = [];
  // Both expressions open with a party's form (after a lookbehind): tried only where one stands.
  const starts = matchStarts(forms.party, folded);
  for (const m of matchesAtStarts(forms.joint, folded, starts)) {
    const second = m.index + m[1]!.length + 1;
    if (writtenAsAName(text.slice(m.index, second - 1)) && (m[2] === undefined || writtenAsAName(text.slice(second, second + m[2].length)))) {
      branches.push({ start: m.index, end: m.index + m[0].length, quote: text.slice(m.index, m.index + m[0].length) });
    }
  }
  for (const m of matchesAtStarts(forms.branch, folded, starts)) {
    const townStart = m.index + m[0].length;
    if (!/^\p{Lu}/u.test(text.slice(m.index, m.index + 1)) || !/^\p{Lu}/u.test(text.slice(townStart, townStart + 1))) continue;
    const words = text.slice(townStart, townStart + 60).split(' ', 3);
    for (let n = words.length; n > 0; n--) {
      const town = words.slice(0, n).join(' ').replace(/[^\p{L}\p{N}-]+$/u, '');
      const end = townStart + town.length;
      const form = matcher.plainForms.get(normaliseSpace(town));
      const place = form?.entityType === 'location' ? matcher.locations.get(form.entityId) : undefined;
      if (!place || !TOWN_KINDS.has(place.kind) || /^-\p{L}/u.test(text.slice(end, end + 2))) continue;
      branches.push({ start: m.index, end, quote: text.slice(m.index, end) });
      break;
    }
  }
  return branches;
}

/** A capitalised street or site word after a town's adjective: "de Gentse Steenweg", "de Brusselse Poort" are a street and a gate, not the town. */
const STREET_WORD_AFTER = /^ (?:Steenweg|Straat|Baan|Heirbaan|Weg|Heirweg|Laan|Dreef|Lei|Vest|Plein|Markt|Kaai|Dijk|Poort|Brug)(?![\p{L}\p{N}-])/u;
/** A town's adjective ("Vlaamse", "Brusselse"). */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:se|sche)$/u;

/**
 * Whether a one-word hit is a part of a longer proper name the gazetteer does not know, and so
 * names nothing of its own: an acronym followed by a capitalised word or a version number ("CARMA
 * Connect", the zone's magazine; "CARMA 2.0", its plan); a place adjective between capitalised
 * words ("Koninklijke Vlaamse Schouwburg") or before a capitalised street word ("de Gentse Steenweg"); a place before a hyphen and a lowercase word
 * ("Leuven-centrum", a part of the town) or a word naming a part of a town ("Genk-Centrum");
 * the first part of a compound whose rest is elided ("het Justitie- en Veiligheidsbeleid"); an acronym
 * before a role noun stays the party ("CD&V Kamerlid"); a name that is also a common noun before "van" and a
 * capitalised word or before a number ("Kamer van Koophandel", "Kamer 12"); a name after "Jong"
 * ("Jong N-VA", the party's youth organisation). A capitalised word that is itself a hit ("N-VA Gent")
 * does not lengthen the name.
 */
function insideLongerName(text: string, h: Hit, hits: Hit[]): boolean {
  const quote = text.slice(h.start, h.end);
  if (h.entityType === 'actor' && afterJong(text, h)) return true;
  if (/\s/u.test(quote)) return false;
  const after = text.slice(h.end, h.end + 40);
  if (COMPOUND_HEAD.test(quote) && ELIDED_COMPOUND.test(after)) return true;
  const nextIsHit = hits.some((x) => x.start > h.end && x.start <= h.end + 2);
  if (h.entityType === 'actor' && ACRONYM.test(quote) && quote.length >= 3) return NAME_GOES_ON.test(after) && !nextIsHit && !OPENS_WITH_ROLE.test(after.trimStart());
  if (h.entityType === 'actor' && h.evidence === 'place') {
    const goesOn = COMMON_NOUN_GOES_ON.exec(after);
    // "Groen van Gent": a name found after "van" is where the party acts, not part of a longer name.
    return goesOn !== null && !hits.some((x) => x.start === h.end + goesOn[0].length - 1);
  }
  if (h.entityType !== 'location') return false;
  // "(Halle-)Vilvoorde": a prefix in brackets before a name is no mention; the word after it is (the devset's convention, fresh8).
  if (text[h.start - 1] === '(' && after.startsWith('-)')) return true;
  if (/^-\p{Ll}/u.test(after) || (TOWN_PART.test(after) && !hits.some((x) => x.start === h.end + 1))) return true;
  if (PLACE_ADJECTIVE.test(quote) && STREET_WORD_AFTER.test(after) && !nextIsHit) return true;
  const previousWord = /\p{Lu}\p{Ll}+ $/u.exec(text.slice(Math.max(0, h.start - 40), h.start));
  const capitalisedBefore = previousWord !== null && !opensSentence(text, h.start - previousWord[0].length);
  return PLACE_ADJECTIVE.test(quote) && capitalisedBefore && /^ \p{Lu}\p{Ll}/u.test(after) && !nextIsHit;
}

/**
 * Capitalised words that stand before a town's name in Dutch without making a longer name of it:
 * the name particles and place prepositions of a title-case line, the kind nouns ("Stad Gent",
 * "Provincie"), police and zone nouns, and the words that open a place's own name the gazetteer may
 * spell with a hyphen ("Sint", "Groot", "Oud", compass points).
 */
const OPENS_NO_LONGER_NAME = new Set([
  ...['de', 'het', 'der', 'den', 'van', 'op', 'in', 'aan', 'met', 'te', 'ter', 'en', 'of', 'voor', 'tot', 'uit', 'bij', 'om', 'naar', 'vanuit', 'rond', 'nabij', 'richting'],
  ...['stad', 'gemeente', 'deelgemeente', 'provincie', 'regio', 'arrondissement', 'kanton', 'politie', 'politiezone', 'zone', 'hulpverleningszone', 'brandweer', 'brandweerzone', 'pz'],
  ...['sint', 'groot', 'klein', 'oud', 'nieuw', 'noord', 'zuid', 'oost', 'west', 'neder', 'opper', 'boven', 'beneden', 'hoog', 'laag'],
]);

/** A capitalised word or an acronym ("KRC", "KV") and one space right before a hit, the word not itself the end of another ("D'haeseleer", "St.", "N-VA"). */
const CAPITALISED_WORD_BEFORE = /(?<![\p{L}\p{N}&.'’-])(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5}) $/u;

/**
 * A word that names a race or an event, alone or as a compound's head ("Challenge", "triatlonwedstrijd",
 * "Marathon"): an event named after a place names the place (the devset's convention, fresh9).
 */
const EVENT_WORD = /(?:wedstrijd|koers|race|festival|feest(?:en)?|marathon|triatlon|triathlon|tocht|rally|kermis|beurs|toernooi|cup|classic|challenge|editie|evenement|run|trail|ronde|criterium|jogging)$/u;

/**
 * Whether a town's name is the last word of a proper name the gazetteer lacks: right after a
 * capitalised word or an acronym ("KRC Genk", a club) that does not open the sentence, is no hit of its own and is none of the words
 * that stand before a town ({@link OPENS_NO_LONGER_NAME}), the town is part of that name: a local
 * list or club ("Forza Ninove", "Club Brugge") or a person whose surname is a town ("Peter Mol").
 * Mid-sentence Dutch capitalises a name, not the word before a place ("in Ninove", "de stad Ninove").
 * A race or event named so ("de triatlonwedstrijd Challenge Ninove") keeps its place, as the gold does.
 */
function townEndsAnUnknownName(text: string, h: Hit, hits: Hit[], matcher: EntityMatcher): boolean {
  if (h.entityType !== 'location' || !TOWN_KINDS.has(matcher.locations.get(h.entityId)?.kind ?? '') || !isCapitalised(text.slice(h.start, h.end))) return false;
  const before = text.slice(Math.max(0, h.start - 60), h.start);
  const word = CAPITALISED_WORD_BEFORE.exec(before);
  if (!word) return false;
  const name = word[0].trimEnd().toLowerCase();
  const head = /(\p{L}+)\s+$/u.exec(before.slice(0, word.index))?.[1]?.toLowerCase() ?? '';
  const wordStart = h.start - word[0].length;
  // An acronym is an organisation's ("de galawedstrijd KRC Genk tegen …", a club), not an event's name.
  const acronym = !/\p{Ll}/u.test(word[0]);
  return !OPENS_NO_LONGER_NAME.has(name) && !EVENT_WORD.test(name) && (acronym || !EVENT_WORD.test(head)) && !opensSentence(text, wordStart) && !hits.some((x) => x !== h && x.start < h.start && x.end > wordStart);
}

/**
 * Whether a hit cuts a hyphenated name written after a police noun: in "politiezone
 * Noord-West-Limburg" the whole compound is a zone's name (one the gazetteer lacks, proposed as
 * a candidate), so neither "politiezone Noord" nor "Limburg" is named there.
 */
function partOfZoneName(text: string, folded: string, h: Hit): boolean {
  if (!cutsCompound(text, h)) return false;
  let start = h.start + (/\s(?=\S*$)/u.exec(text.slice(h.start, h.end))?.index ?? -1) + 1;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1]!)) start--;
  return POLICE_BEFORE.test(folded.slice(Math.max(0, start - 30), start));
}

/** A place hit without the kind noun it opens with ({@link KIND_NOUN}). */
function withoutKindNoun(folded: string, hit: Hit): Hit {
  if (hit.entityType !== 'location') return hit;
  const noun = KIND_NOUN.exec(folded.slice(hit.start, hit.end));
  return noun ? { ...hit, start: hit.start + noun[0].length } : hit;
}

/** Words after which a capitalised name stands in the position of a place. */
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|te|naar|uit|van|vanuit)\s+$/u;

/** What separates the items of a list of places: a comma, "en", "of" or a slash. */
const LIST_SEPARATOR_AFTER = /^(?:\s*[,/]\s*|\s+(?:en|of)\s+)/u;
const LIST_SEPARATOR_BEFORE = /(?:\s*[,/]\s*|\s+(?:en|of)\s+)$/u;

/** Whether a hit is written like a name: an initial capital, and not a word in an all-capitals line. */
function isCapitalised(quote: string): boolean {
  return /^\p{Lu}/u.test(quote) && (quote.length === 1 || quote !== quote.toUpperCase());
}

/** The short words a Dutch name keeps in lowercase after its first word ("Trots op Oostende", "Raad van State"), and a French one the joints of its parts ("Lesse et Lhomme"). */
const NAME_PARTICLE = /^(?:de|het|der|den|van|op|in|aan|met|te|ter|en|voor|tot|uit|bij|om|et|sur|lez)$/u;

/**
 * Whether every word of a name is capitalised but its particles: a common phrase that is also a
 * name ("De Tijd", a newspaper; "De Lijn"; "Trots op Oostende") is the name only so, since a
 * sentence's capital reaches its first word only ("De tijd dringt").
 */
const everyWordCapitalised = (quote: string) => {
  const [first, ...rest] = quote.split(/\s+/u);
  return isCapitalised(first!) && rest.every((word) => isCapitalised(word) || NAME_PARTICLE.test(word));
};

// A lowercase word right after a quote: the noun an uninflected adjective modifies ("Lommels burgemeester"); "aldus Moens." has none.
const NOUN_AFTER = /^[^\S\n]+\p{Ll}/u;

/** How a quote shows the evidence its form needs ({@link Form.evidence}), from the text around it. */
const EVIDENCE_SHOWN: Record<Exclude<Evidence, 'none'>, (quote: string, after: string) => boolean> = {
  capital: isCapitalised,
  place: everyWordCapitalised,
  modifier: (quote, after) => everyWordCapitalised(quote) && NOUN_AFTER.test(after),
  acronym: writtenAsAcronym,
  club: isCapitalised,
};
/** Forms that need the evidence of a place: a common word's, and a town's uninflected adjective. */
const needsPlace = (h: Hit) => h.evidence === 'place' || h.evidence === 'modifier';

/** Whether a hit opens its sentence, line or quotation, where Dutch capitalises any word. */
export function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const opening = /[\s"“”‘’'([•*–-]*$/u.exec(before)!;
  const rest = before.slice(0, opening.index);
  // "(Twintig minder dan vorig jaar.) Van Kortrijk 61": a sentence may end inside the brackets it closes.
  return rest === '' || opening[0].includes('\n') || /[.!?:][)\]]*$/u.test(rest);
}

/**
 * Keeps the hits of forms that need evidence only with it: an initial capital for all of them, on
 * every word of a common phrase ("De Tijd"), every letter of an acronym that is also a word
 * ("DAS"); for forms that are also common Dutch words ("mol", "boom", "groen") an actor that is
 * enough, a place also needs one of
 * a place preposition before it ("in Mol"), a capital that is not just the sentence's
 * ("naar de markt in Boom"), an item of a list next to a place named without doubt ("As, Bocholt"),
 * lying in the document's scope when that is a town or smaller, or the same place named without
 * doubt elsewhere in the document (a Dutch text keeps one sense of a name throughout). `named`
 * holds hits already kept (the plain names, when the hits are contextual ones): their places
 * named without doubt count as list neighbours too.
 */
function withEvidence(text: string, folded: string, hits: Hit[], matcher: EntityMatcher, scope: string | null, named: readonly Hit[] = []): Hit[] {
  // A scope that holds municipalities (Vlaanderen, a province) holds hundreds of towns and
  // sections: lying in it says nothing about whether "Meer" is the word or the place.
  const townScope = scope !== null && !ABOVE_TOWN_KINDS.has(matcher.locations.get(scope)?.kind ?? '') ? scope : null;
  const sure = [...named, ...hits].filter((h) => h.entityType === 'location' && h.evidence === 'none');
  const sureStarts = new Set(sure.map((h) => h.start));
  const sureEnds = new Set(sure.map((h) => h.end));
  // "As, Bocholt, Bree en Genk": an item of a list whose neighbour is a place named without doubt.
  const listedWithPlace = (h: Hit) => {
    const after = LIST_SEPARATOR_AFTER.exec(text.slice(h.end, h.end + 6));
    const before = LIST_SEPARATOR_BEFORE.exec(text.slice(Math.max(0, h.start - 6), h.start));
    return (after !== null && sureStarts.has(h.end + after[0].length)) || (before !== null && sureEnds.has(h.start - before[0].length));
  };
  // "Voor Gent is …": a phrase opening the sentence whose other words name a place (after its
  // particles: "Trots op Oostende") has no capital of its own to show it is a name, only the sentence's.
  const placeAfterOpeningWord = (h: Hit) => {
    const words = folded.slice(h.start, h.end).split(/\s+/u).slice(1);
    const rest = words.slice(Math.max(0, words.findIndex((word) => !NAME_PARTICLE.test(word)))).join(' ');
    return rest !== '' && matcher.plainForms.get(normaliseSpace(rest))?.entityType === 'location' && opensSentence(text, h.start);
  };
  const local = (h: Hit) =>
    (h.entityType === 'actor' && !placeAfterOpeningWord(h)) ||
    !opensSentence(text, h.start) ||
    PLACE_PREPOSITION.test(folded.slice(Math.max(0, h.start - 10), h.start)) ||
    listedWithPlace(h) ||
    (townScope !== null && locationLineage(matcher, h.entityId).includes(townScope));
  const capitalised = hits.filter((h) => h.evidence === 'none' || EVIDENCE_SHOWN[h.evidence](text.slice(h.start, h.end), text.slice(h.end, h.end + 3)));
  const confirmed = new Set(capitalised.filter((h) => !needsPlace(h) || local(h)).map((h) => h.entityId));
  const kept = capitalised.filter((h) => (!needsPlace(h) || local(h) || confirmed.has(h.entityId)) && (h.evidence !== 'club' || namesAClub(text, h.start, h.end)));
  // A town read as its club ("de supporters van Genk") is not the town there.
  const clubs = new Set(kept.filter((h) => h.evidence === 'club').map((h) => `${h.start}:${h.end}`));
  return clubs.size === 0 ? kept : kept.filter((h) => h.entityType !== 'location' || !clubs.has(`${h.start}:${h.end}`));
}

/**
 * The police zone serving a place or the nearest place above it that has one, up to its
 * municipality: a province or an arrondissement holds many zones, none serves it as a whole.
 */
export function zoneServing(matcher: EntityMatcher, placeId: string): string | null {
  for (const id of locationLineage(matcher, placeId)) {
    const kind = matcher.locations.get(id)?.kind;
    if (kind && ABOVE_TOWN_KINDS.has(kind)) return null;
    const zone = matcher.zoneOf.get(id);
    if (zone) return zone;
    if (kind === 'municipality') return null;
  }
  return null;
}

/** The police nouns that name a zone with a place, as a pattern's source (folded): "politiezone", "pz", "lokale politie (van)". */
const POLICE_NOUN = String.raw`(?:lokale\s+politie|politiezone|politiekorps|politie|korps|pz|zone)(?:\s+van)?`;
/** A police noun right before a place: "politiezone", "PZ", "zone", "lokale politie", "politie (van)", "het korps van". */
export const POLICE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${POLICE_NOUN})\s+$`, 'u');
/** A police noun opening a zone's mention, in the folded text: "zone ", "lokale politie van ". */
const POLICE_NOUN_OPENING = new RegExp(String.raw`^${POLICE_NOUN}\s+`, 'u');
/** Nouns of a unit named by its town right after them: "de brandweerpost Roeselare", "de wijkpost Kessel-Lo". */
export const UNIT_POST_NOUNS = ['brandweerpost', 'brandweerkazerne', 'politiepost', 'wijkpost'];
/** A unit's noun right before a hit, in the folded text. */
const UNIT_POST_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${UNIT_POST_NOUNS.join('|')})\s+$`, 'u');
/**
 * A town right after a unit's noun is the unit's name ("postoverste van de brandweerpost Roeselare",
 * fresh9 140), as a town in a club's name is: no place of its own; the unit is a candidate.
 */
const townNamingAUnit = (folded: string, h: Hit) => h.entityType === 'location' && UNIT_POST_BEFORE.test(folded.slice(Math.max(0, h.start - 20), h.start));
/** A police noun right after a place adjective: "Gentse politie", "Molse lokale politie", "het Aalsterse korps" (a town's korps is its police). */
export const POLICE_AFTER = /^\s+(?:lokale\s+)?(?:politiezone|politiekorps|politie|korps)(?![\p{L}\p{N}])/u;

/** A police noun in the plural right after a place adjective: "Brusselse politiezones", "de Antwerpse korpsen". */
const POLICE_PLURAL_AFTER = /^\s+(?:lokale\s+)?(?:politiezones|politiekorpsen|zones|korpsen)(?![\p{L}\p{N}])/u;

/** A town's adjective without its "-e" ("Brussels"), as before a role noun. */
const UNINFLECTED_ADJECTIVE = /^\p{Lu}\p{Ll}+s$/u;

/**
 * A noun of a region's institutions right after a place adjective, maybe after a party's name
 * joined to it: "Brussels N-VA-parlementslid", "de Brusselse regering", "een Brusselse bevoegdheid".
 * Not "minister(-president)": the older devset golds (unseen 25, 29) read "de Brusselse
 * minister-president" as the city, and a gold is changed only in a commit of its own.
 */
const REGIONAL_INSTITUTION_AFTER = /^\s+(?:[\p{L}&-]+-)?(?:parlement(?:slid|sleden)?|regering|volksvertegenwoordigers?|bevoegdhe(?:id|den))(?![\p{L}\p{N}])/u;

/** A sentence that speaks of police zones or forces in the plural: "opgedeeld in zes zones", "de korpsen". */
const ZONES_PLURAL = /(?:^|[^\p{L}])(?:politie)?(?:zones|korpsen)(?![\p{L}])/u;

/**
 * "De Brusselse politie is opgedeeld in zes zones": the adjective of a town whose region bears
 * its name (Brussel, the Brussels region), before a police noun, means the police of the region's
 * zones together, not the town's own zone, where the document is about the region or another of its
 * towns, or where its sentence speaks of zones in the plural: the adjective is then a place word
 * only, and it names the region whose zones are meant, as it does before police nouns in the plural
 * ("de Brusselse politiezones": a town is served by one zone, so its zones in the plural are the
 * region's). In a document about the town itself the singular stays the town's zone
 * ({@link resolvePoliceZones}). Before a noun of the region's institutions ("Brussels
 * parlementslid", "een Brusselse bevoegdheid") the adjective names the region too: a region, not a
 * town, has a parliament, a government and competences (the devset's convention since fresh6).
 */
function regionalPoliceAdjectives(input: PreparedText, hits: Hit[], matcher: EntityMatcher, inScope: ReadonlySet<string>): void {
  const { text, folded } = input;
  const sentenceOf = (h: Hit) => input.figureSentences.find(([start, end]) => start <= h.start && h.end <= end) ?? [h.start, h.end];
  hits.forEach((h, i) => {
    const quote = text.slice(h.start, h.end);
    const after = folded.slice(h.end, h.end + 40);
    const regionalNoun = (PLACE_ADJECTIVE.test(quote) && POLICE_PLURAL_AFTER.test(after)) || ((PLACE_ADJECTIVE.test(quote) || UNINFLECTED_ADJECTIVE.test(quote)) && REGIONAL_INSTITUTION_AFTER.test(after));
    if (h.entityType === 'location' && regionalNoun) {
      const { region } = namesakeOf(h, text, matcher);
      if (region !== null) hits[i] = { ...h, entityId: region };
      return;
    }
    if (!isZone(matcher)(h)) return;
    const adjective = /^\S+/u.exec(text.slice(h.start, h.end))![0];
    const end = h.start + adjective.length;
    const form = matcher.plainForms.get(normaliseSpace(adjective));
    if (form?.entityType !== 'location' || !PLACE_ADJECTIVE.test(adjective) || !POLICE_AFTER.test(folded.slice(end, end + 30))) return;
    const place: Hit = { ...form, start: h.start, end };
    const { region } = namesakeOf(place, text, matcher);
    if (region === null) return;
    const aboutAnotherPart = inScope.has(region) && !inScope.has(place.entityId);
    if (aboutAnotherPart || ZONES_PLURAL.test(folded.slice(...sentenceOf(h)))) hits[i] = { ...place, entityId: region };
  });
}

/**
 * "politiezone Melle", "PZ Gent", "de politie van Mol", "Gentse politie": a police noun
 * with a place names the local police zone serving that place, when the gazetteer knows it.
 * The place mention becomes a mention of the zone, spanning both words.
 */
function resolvePoliceZones(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  hits.forEach((h, i) => {
    // "zone Boom-Rupel": a place glued to another capitalised name is part of a compound name, not the place.
    if (h.entityType !== 'location' || /^-\p{Lu}/u.test(text.slice(h.end, h.end + 2))) return;
    const zone = zoneServing(matcher, h.entityId);
    if (!zone) return;
    const before = POLICE_BEFORE.exec(folded.slice(Math.max(0, h.start - 30), h.start));
    const after = before ? null : POLICE_AFTER.exec(folded.slice(h.end, h.end + 30));
    if (!before && !after) return;
    const start = before ? h.start - before[0].length + before[0].indexOf(before[1]!) : h.start;
    const end = after ? h.end + after[0].length : h.end;
    const previous = hits[i - 1];
    const next = hits[i + 1];
    if ((previous && previous.end > start) || (next && next.start < end)) return;
    hits[i] = { folded: folded.slice(start, end), entityType: 'actor', entityId: zone, requires: null, evidence: 'none', start, end };
  });
}

/** A gloss in brackets right after a name, an editor's ", red." inside it or not: "(Brussel Hoofdstad - Elsene, red.)". */
const BRACKETED_GLOSS = /^\s*\(([^()\n]{2,80}?)(?:,\s*red\.)?\)/u;
/** The police nouns a zone's name is written after in the gazetteer's forms. */
const ZONE_NAME_NOUNS = ['politiezone', 'zone', 'pz'];

/**
 * "de zone Polbru (Brussel Hoofdstad - Elsene, red.)", "Politiezone KASTZE (Kampenhout / Steenokkerzeel / Zemst)", "de zone WOKRA
 * (Wezembeek-Oppem en Kraainem)": a zone's official name, or all the towns it serves, in brackets right after the zone's mention
 * is one more mention of that zone, not the places its words name (the devset's fresh14 and fresh20 conventions). The gloss
 * names the zone when, after a police noun and with its dashes written as the gazetteer writes them (joined, or as spaces), it
 * is a form of the same zone and no place, or when it is nothing but the towns the zone serves, each once, joined by slashes,
 * commas and "en"; a gloss with one of its towns only ("(Elsene)"), hyphenated towns or other entities stays as it is.
 */
function zoneNamesInBrackets(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  for (const zone of hits.filter(isZone(matcher))) {
    const gloss = BRACKETED_GLOSS.exec(text.slice(zone.end, zone.end + 100));
    if (!gloss) continue;
    const start = zone.end + gloss[0].indexOf('(') + 1;
    const end = start + gloss[1]!.trimEnd().length;
    const name = normaliseSpace(folded.slice(start, end));
    const spellings = new Set([name, name.replace(/\s*[-–]\s*/gu, '-'), name.replace(/\s*[-–]\s*/gu, ' ')]);
    // A town the zone serves ("(Elsene)") is a place: the gazetteer writes the zone after each of its towns too.
    const aPlace = [...spellings].some((spelling) => matcher.plainForms.get(spelling)?.entityType === 'location');
    const same = !aPlace && [...spellings].some((spelling) => ZONE_NAME_NOUNS.some((noun) => matcher.plainForms.get(`${noun} ${spelling}`)?.entityId === zone.entityId));
    if (!(same || glossesItsTowns(text, hits, zone, start, end, matcher)) || hits.some((h) => h.start < end && start < h.end && (h.start < start || h.end > end))) continue;
    const hit: Hit = { folded: folded.slice(start, end), entityType: 'actor', entityId: zone.entityId, requires: null, evidence: 'none', start, end };
    hits.splice(0, hits.length, ...hits.filter((h) => !(h.start < end && start < h.end)), hit);
    hits.sort((a, b) => a.start - b.start);
  }
}

// What may join the towns of a zone listed in brackets: "A / B / C", "A, B en C" (towns joined by hyphens, "(A-B-C)", are each a
// place, as a hyphenated zone name's are: the devset's tune convention).
const TOWNS_JOINER = /^(?:\s*\/\s*|\s*,\s*|\s+en\s+|\s*,\s*en\s+)$/u;

/** Whether the text from `start` to `end` is nothing but the towns `zone` serves, all of them, joined by {@link TOWNS_JOINER}. */
function glossesItsTowns(text: string, hits: Hit[], zone: Hit, start: number, end: number, matcher: EntityMatcher): boolean {
  const towns = hits.filter((h) => h.start >= start && h.end <= end);
  if (towns.length < 2 || towns[0]!.start !== start || towns.at(-1)!.end !== end || towns.some((h) => h.entityType !== 'location')) return false;
  if (!towns.every((h, k) => k === 0 || TOWNS_JOINER.test(text.slice(towns[k - 1]!.end, h.start)))) return false;
  return zoneOfMemberTowns(towns, matcher) === zone.entityId;
}

/**
 * "PZ LAN beschikt over 55 en PZ Tienen-Hoegaarden over 87. … Voor de zone Tienen …": a zone named
 * by a police noun and one town ("zone Tienen", "politie van Tienen") is a zone the text names
 * elsewhere by a name that holds that town ("Tienen-Hoegaarden") and that served the town at some
 * time, when exactly one such zone is named: the short form of a name the text gave in full (one
 * sense throughout), also for a zone that has since merged away, where the town alone would name
 * the merged zone of now. A zone named by its own name stays itself.
 */
function zonesByTheirTownsNamedInFull(folded: string, hits: Hit[], matcher: EntityMatcher): void {
  const named = new Set(hits.filter(isZone(matcher)).map((h) => h.entityId));
  if (named.size < 2) return;
  hits.forEach((h, i) => {
    if (!isZone(matcher)(h)) return;
    const town = normaliseSpace(folded.slice(h.start, h.end).replace(POLICE_NOUN_OPENING, ''));
    if (town === normaliseSpace(folded.slice(h.start, h.end))) return;
    const inFull = [...named].filter((id) => {
      const zone = matcher.actors.get(id)!;
      const servedTown = zone.areas.some((a) => normaliseSpace(matcher.locations.get(a.location)?.name ?? '') === town);
      // The name without its police noun holds the town and more ("tienen-hoegaarden", not "tienen").
      const words = (name: string) => ` ${normaliseSpace(name).replace(POLICE_NOUN_OPENING, '').split(/[\s/-]+/u).join(' ')} `;
      const townWords = words(town);
      return servedTown && [zone.name, ...zone.aliases].some((name) => words(name) !== townWords && words(name).includes(townWords));
    });
    if (inFull.length === 1 && inFull[0] !== h.entityId) hits[i] = { ...h, entityId: inFull[0]! };
  });
}

/** Places written as one word joined by "-" or "/" ("Brussel-Elsene", "Bredene/De Haan"). */
const COMPOUND_JOINER = /^[-/–]$/u;
/** Places joined by a dash between spaces ("Sint-Truiden – Gingelom"), as zone names are also typeset. */
const SPACED_JOINER = /^\s+[-–]\s+$/u;
/** A text speaking of the police: "zone(s)", "politiezone(s)", "korps(en)", "politie". */
const ZONE_TALK = /(?:^|[^\p{L}])(?:politie)?(?:zones?|korps(?:en)?)(?![\p{L}])|politie(?![\p{L}])/u;

/**
 * The zone whose name the towns of hits[i..j] spell, joined as the text joins them or by "-" or
 * "/" as the gazetteer writes zone names ("Sint-Truiden – Gingelom" is "Sint-Truiden/Gingelom"),
 * or else, where `membersToo`, whose towns they are, all of them in any order.
 */
function zoneOfTowns(folded: string, towns: Hit[], matcher: EntityMatcher, membersToo: boolean): string | undefined {
  const parts = towns.map((h) => normaliseSpace(folded.slice(h.start, h.end)));
  const names = new Set([normaliseSpace(folded.slice(towns[0]!.start, towns.at(-1)!.end)), parts.join('-'), parts.join('/')]);
  const named = [...names].flatMap((name) => ['politiezone', 'pz'].map((noun) => matcher.plainForms.get(`${noun} ${name}`))).find((f) => f && isZone(matcher)(f));
  return named?.entityId ?? (membersToo ? zoneOfMemberTowns(towns, matcher) : undefined);
}

/** A plural police noun that governs the list of names after it: "de politiezones", "andere zones, zoals". */
const ZONES_BEFORE_LIST = /(?:^|[^\p{L}])(?:politie)?zones(?:\s*,?\s+zoals)?\s+$/u;

/**
 * Whether the towns from hits[i] on stand where a police noun governs them: right after one
 * ("de politie Kortenberg-Herent"), or as an item of a list after a plural one ("de politiezones
 * Overijse en Herent-Kortenberg"). Towns that gloss another noun ("de BOZ-gemeenten
 * (Beernem-Oostkamp-Zedelgem)", or a zone already named: "de zone Brussel-Noord
 * (Schaarbeek/Evere/Sint-Joost-ten-Node)") stay places.
 */
function governedByPoliceNoun(text: string, folded: string, hits: Hit[], i: number, policeNoun: RegExpExecArray | null): boolean {
  if (policeNoun) return true;
  let k = i;
  while (k > 0 && BETWEEN_ITEMS.test(text.slice(hits[k - 1]!.end, hits[k]!.start))) k--;
  return ZONES_BEFORE_LIST.test(folded.slice(Math.max(0, hits[k]!.start - 40), hits[k]!.start));
}

/**
 * The zone that serves exactly these towns: a zone whose name is another ("HerKo") is also written
 * as its towns joined ("Kortenberg-Herent"); a town short of the zone's set, or one too many, is no name of it.
 */
function zoneOfMemberTowns(towns: Hit[], matcher: EntityMatcher): string | undefined {
  const ids = new Set(towns.map((h) => h.entityId));
  const zoneId = zoneServing(matcher, towns[0]!.entityId);
  const zone = zoneId === null ? undefined : matcher.actors.get(zoneId);
  if (!zone || ids.size !== towns.length) return undefined;
  const members = new Set(servedPlaces(zone, true));
  return members.size === ids.size && [...ids].every((id) => members.has(id)) ? zone.id : undefined;
}

/** Whether a zone's mention ends on the name of a town the zone serves or served ("Politiezone Sint-Genesius-Rode"). */
function endsOnServedTown(mention: Hit, zone: ActorEntry, matcher: EntityMatcher): boolean {
  const written = ` ${normaliseSpace(mention.folded)}`;
  return zone.areas.some((a) => {
    const town = matcher.locations.get(a.location);
    // "Geel (gemeente)": a qualified name is written without its qualifier.
    return town !== undefined && [town.name, ...town.aliases].some((name) => written.endsWith(` ${normaliseSpace(name.replace(QUALIFIED_NAME, '$1'))}`));
  });
}

/** The last joiner of a coordinated list: "en" (or "&", written for it) or "of", after a comma or not. */
const LAST_ITEM_JOINER = /^(?:\s*,)?\s+(?:en|of|&)\s+$/u;

/**
 * "de lokale politie Sint-Truiden – Gingelom – Nieuwerkerken", "de Politiezone Sint-Genesius-Rode,
 * Drogenbos en Linkebeek": how many hits after a zone's mention are towns that zone serves, each
 * joined to the one before by a dash or a slash (spaced or not), or together a whole coordinated
 * list (commas, then "en" or "of" before the last), so that the zone's name goes on over them. A
 * list cut short ("de politiezone Rode, Drogenbos, …") is no name: its towns stay places.
 */
function townsOfZoneAfter(text: string, hits: Hit[], i: number, matcher: EntityMatcher): number {
  const zone = isZone(matcher)(hits[i]!) ? matcher.actors.get(hits[i]!.entityId) : undefined;
  if (!zone) return 0;
  let joined = 0;
  let listed = 0;
  for (let k = i + 1; k < hits.length; k++) {
    const joiner = text.slice(hits[k - 1]!.end, hits[k]!.start);
    if (hits[k]!.entityType !== 'location' || zoneServing(matcher, hits[k]!.entityId) !== zone.id) break;
    if (listed === 0 && (COMPOUND_JOINER.test(joiner) || SPACED_JOINER.test(joiner))) joined++;
    // "de gemeenten van de politiezone Zuid, Anderlecht en Sint-Gillis": a list goes on over a name that ends on a town of the
    // zone, as its first item; after any other name it is an apposition.
    else if (listed === 0 && joined === 0 && !endsOnServedTown(hits[i]!, zone, matcher)) break;
    else if (BETWEEN_ITEMS.test(joiner)) {
      listed = (listed || joined) + 1;
      if (LAST_ITEM_JOINER.test(joiner)) return listed;
    } else break;
  }
  return joined;
}

/**
 * "Brussel-Elsene", "Bredene/De Haan": towns joined into one word by "-" or "/" that, after a
 * police noun, name a zone ("PZ Brussel-Elsene", "politiezone Bredene/De Haan") name that zone
 * written alone too, where the text has just spoken of zones or the police ("In andere zones,
 * zoals Bredene/De Haan"); after a place preposition they stay places ("inbraken in Lanaken-Maasmechelen").
 * Towns joined by a spaced dash name the zone only right after a police noun ("de lokale politie
 * Sint-Truiden – Gingelom – Nieuwerkerken"), which the mention then includes, as it does "politiezone".
 */
function zoneCompounds(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i]!;
    const towns = townsOfZoneAfter(text, hits, i, matcher);
    if (towns > 0) {
      out.push({ ...first, folded: folded.slice(first.start, hits[i + towns]!.end), end: hits[i + towns]!.end });
      i += towns;
      continue;
    }
    const policeNoun = POLICE_BEFORE.exec(folded.slice(Math.max(0, first.start - 30), first.start));
    const nounStart = policeNoun ? first.start - policeNoun[0].length + policeNoun[0].indexOf(policeNoun[1]!) : first.start;
    const listed = policeNoun ? zoneListedAfterNoun(text, folded, hits, i, policeNoun[1]!, nounStart, matcher) : undefined;
    if (listed) {
      out.push({ folded: folded.slice(nounStart, listed.end), entityType: 'actor', entityId: listed.zoneId, requires: null, evidence: 'none', start: nounStart, end: listed.end });
      i += listed.towns;
      continue;
    }
    const joins = (a: Hit, b: Hit) => COMPOUND_JOINER.test(text.slice(a.end, b.start)) || (policeNoun !== null && SPACED_JOINER.test(text.slice(a.end, b.start)));
    let j = i;
    while (j + 1 < hits.length && hits[j]!.entityType === 'location' && hits[j + 1]!.entityType === 'location' && joins(hits[j]!, hits[j + 1]!)) j++;
    const last = hits[j]!;
    const spaced = hits.slice(i, j).some((h, k) => SPACED_JOINER.test(text.slice(h.end, hits[i + k + 1]!.start)));
    const asZone = policeNoun !== null || (!PLACE_PREPOSITION.test(folded.slice(Math.max(0, first.start - 10), first.start)) && ZONE_TALK.test(folded.slice(Math.max(0, first.start - 600), first.start)));
    const zone = j > i && asZone ? zoneOfTowns(folded, hits.slice(i, j + 1), matcher, governedByPoliceNoun(text, folded, hits, i, policeNoun)) : undefined;
    if (!zone) {
      out.push(first);
      continue;
    }
    const start = spaced ? nounStart : first.start;
    out.push({ folded: folded.slice(start, last.end), entityType: 'actor', entityId: zone, requires: null, evidence: 'none', start, end: last.end });
    i = j;
  }
  return out;
}

/** How many hits after hits[i] close a whole coordinated list of places with it (commas, then "en" or "of" before the last), or 0. */
function placesListedAfter(text: string, hits: Hit[], i: number): number {
  for (let k = i + 1; k < hits.length; k++) {
    const joiner = text.slice(hits[k - 1]!.end, hits[k]!.start);
    if (hits[k]!.entityType !== 'location' || !BETWEEN_ITEMS.test(joiner)) return 0;
    if (LAST_ITEM_JOINER.test(joiner)) return k - i;
  }
  return 0;
}

/** A zone spoken of as an area: "de politiezorg in de zone A, B en C", "binnen de zone". */
const ZONE_AS_AREA_BEFORE = /(?:^|[^\p{L}])(?:in|binnen)\s+(?:de\s+)?$/u;

/**
 * "De politieraad van de zone Wetteren, Laarne en Wichelen": a police noun before a whole list of exactly the towns one
 * zone serves names that zone, the noun included (as "politiezone Wetteren, Laarne en Wichelen" is a name the zone's own
 * "politiezone Wetteren" goes on over). "de politiezone van A, B en C" and "in de zone A, B en C" speak of the towns, the
 * area the zone polices.
 */
function zoneListedAfterNoun(text: string, folded: string, hits: Hit[], i: number, noun: string, nounStart: number, matcher: EntityMatcher): { zoneId: string; towns: number; end: number } | undefined {
  if (/\svan$/u.test(noun) || ZONE_AS_AREA_BEFORE.test(folded.slice(Math.max(0, nounStart - 12), nounStart))) return undefined;
  const towns = placesListedAfter(text, hits, i);
  const zoneId = towns > 0 ? zoneOfMemberTowns(hits.slice(i, i + towns + 1), matcher) : undefined;
  return zoneId ? { zoneId, towns, end: hits[i + towns]!.end } : undefined;
}

/** What separates two items of a coordinated list, exactly: a comma, "en" (or "&", as the form trie reads it), "of", or both. */
const BETWEEN_ITEMS = /^(?:\s*,\s*(?:(?:en|of|&)\s+)?|\s+(?:en|of|&)\s+)$/u;
// Between the items of a ranking as well: "in de provincie Antwerpen (181), gevolgd door Luik (164)".
const RANKING_JOIN = /^\s*,?\s+gevolgd\s+door\s+$/u;
const betweenRankedItems = (between: string) => BETWEEN_ITEMS.test(between) || RANKING_JOIN.test(between);

/**
 * The province or region a town's (or a country's: "Luxemburg") name or adjective also names: "Antwerpen" (provincie
 * Antwerpen), "Namen"; "Brusselse" (the Brussels region, whose name opens with the town's).
 */
function namesakeOf(h: Hit, text: string, matcher: EntityMatcher): { province: string | null; region: string | null } {
  const town = matcher.locations.get(h.entityId);
  // A country a province shares its name with ("Luxemburg") is read so too, among provinces.
  if (!town || !(TOWN_KINDS.has(town.kind) || town.kind === 'country')) return { province: null, region: null };
  const parent = town.parent ? matcher.locations.get(town.parent) : undefined;
  const region = parent?.kind === 'region' && normaliseSpace(parent.name).startsWith(normaliseSpace(town.name)) ? parent.id : null;
  return { province: provinceNamed(matcher, text.slice(h.start, h.end)), region };
}

/** The province "provincie <name>" names in the gazetteer ("provincie Antwerpen"), or null. */
function provinceNamed(matcher: EntityMatcher, name: string): string | null {
  const province = matcher.plainForms.get(`provincie ${normaliseSpace(name)}`);
  return province && isProvince(matcher)(province) ? province.entityId : null;
}

// Plural nouns of bodies of which a town has one but a province many: "de Antwerpse zones", "Limburgse politiezones".
const PLURAL_BODIES = /^\s+(?:lokale\s+)?(?:politie)?(?:zones|korpsen)(?![\p{L}])/u;

/**
 * "Heel wat Antwerpse zones zullen … krijgen": a town's adjective before a plural of bodies a town has one of names the province
 * that shares the town's name.
 */
function provincesOfPluralBodies(text: string, hits: Hit[], matcher: EntityMatcher): void {
  hits.forEach((h, i) => {
    if (h.entityType !== 'location' || !PLACE_ADJECTIVE.test(text.slice(h.start, h.end)) || !PLURAL_BODIES.test(text.slice(h.end, h.end + 30))) return;
    const town = matcher.locations.get(h.entityId);
    if (!town || !TOWN_KINDS.has(town.kind)) return;
    // The town's Dutch name may be an alias ("Liège", alias "Luik"; "provincie Luik").
    const province = [town.name, ...town.aliases].map((name) => provinceNamed(matcher, name)).find((p) => p !== null);
    if (province) hits[i] = { ...h, entityId: province };
  });
}

// The plural "provincies" as a word: a paragraph that speaks of provinces compares them.
const PROVINCES_WORD = /(?<![\p{L}])provincies(?![\p{L}])/u;
// "Antwerpen zelf": the town itself, set against its province.
const ITSELF_AFTER = /^\s+zelf(?![\p{L}])/u;
// A noun of the town right before its name: "de stad Antwerpen", "de gemeente Luik".
const TOWN_NOUN_BEFORE = /(?<![\p{L}])(?:stad|gemeente|centrumstad|binnenstad)\s+$/u;

/**
 * "… was van alle Vlaamse provincies het kleinst in Antwerpen", "In Vlaanderen is er enkel in Antwerpen een stijging … in de andere
 * provincies een daling": in a paragraph that speaks of provinces, a town's bare name that a province shares names that province,
 * unless a noun of the town stands before it ("de stad Antwerpen") or "zelf" after it ("minder in Antwerpen zelf").
 */
function townsAmongProvinces(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  hits.forEach((h, i) => {
    if (h.entityType !== 'location' || PLACE_ADJECTIVE.test(text.slice(h.start, h.end)) || TOWN_NOUN_BEFORE.test(folded.slice(Math.max(0, h.start - 14), h.start)) || ITSELF_AFTER.test(folded.slice(h.end, h.end + 6))) return;
    const province = namesakeOf(h, text, matcher).province;
    if (province === null || matcher.locations.get(h.entityId)?.kind === 'country') return;
    const [from, to] = lineAround(text, h.start);
    if (PROVINCES_WORD.test(folded.slice(from, to)) || betweenProvinces(hits, i, matcher)) hits[i] = { ...h, entityId: province };
  });
}

/** How near a province named before or after a town must stand for {@link betweenProvinces}: a sentence or two. */
const PROVINCE_NEIGHBOUR_REACH = 300;

/**
 * "… nergens meer verkeersdoden dan in West-Vlaanderen … In Antwerpen lieten dit jaar al 30 mensen het leven. … in Oost-Vlaanderen 28":
 * a town's name whose nearest places, the one named before it and the one after, are both provinces, near it, compares provinces.
 */
function betweenProvinces(hits: readonly Hit[], i: number, matcher: EntityMatcher): boolean {
  const isNearProvince = (h: Hit | undefined, distance: number) => h !== undefined && distance <= PROVINCE_NEIGHBOUR_REACH && matcher.locations.get(h.entityId)?.kind === 'province';
  const before = hits.slice(0, i).findLast((h) => h.entityType === 'location');
  const after = hits.slice(i + 1).find((h) => h.entityType === 'location');
  return isNearProvince(before, hits[i]!.start - (before?.end ?? 0)) && isNearProvince(after, (after?.start ?? 0) - hits[i]!.end);
}

// A ranking's place after an item: "Henegouwen op de tweede plaats en Luik op de derde plaats".
const RANK_GLOSS = /^\s+op\s+(?:de\s+)?\p{L}+\s+plaats(?![\p{L}])/u;
/** What stands between two list items without the gloss after the first: in brackets ("Limburg (-5 doden), Antwerpen") or its rank. */
const withoutGloss = (between: string) => between.replace(ITEM_GLOSS, '').replace(RANK_GLOSS, '');

/**
 * In a list whose other items are all provinces ("de wegpolitie in Antwerpen, Oost-Vlaanderen en
 * Henegouwen", each item maybe glossed in brackets: "in Limburg (-5), Antwerpen (-3) en
 * Vlaams-Brabant") or all regions ("Vlaamse, Brusselse en Waalse politiezones"), a town's name that a
 * province or region shares names that province or region; beside regions only, a town no region
 * shares its name with names its province, the level nearest a region's ("de verkeersdoden in
 * Vlaanderen en Antwerpen"). A list with one town among its items ("in Gent, Antwerpen en Limburg")
 * keeps its towns.
 */
function namesakesInLists(text: string, hits: Hit[], matcher: EntityMatcher): void {
  const kindOf = (h: Hit) => (h.entityType === 'location' ? matcher.locations.get(h.entityId)?.kind : undefined);
  for (let i = 0; i < hits.length;) {
    let j = i;
    while (j + 1 < hits.length && hits[j]!.entityType === 'location' && hits[j + 1]!.entityType === 'location' && betweenRankedItems(withoutGloss(text.slice(hits[j]!.end, hits[j + 1]!.start)))) j++;
    const list = hits.slice(i, j + 1);
    // Brussels, a region in no province, stands beside provinces at their level ("Luik (164), Henegouwen (163), Brussel (146)"),
    // itself left as written (the devset names its mention the city); so does a town a province shares its name with, read as
    // that province when its turn comes ("Henegouwen (97), Antwerpen (92), Luik (78)").
    const provinceLevel = (o: Hit) => {
      const namesake = namesakeOf(o, text, matcher);
      return kindOf(o) === 'province' || namesake.region !== null || namesake.province !== null;
    };
    for (const [k, item] of list.entries()) {
      // The items read so far as their province count as provinces ("Luik" before "Brussel").
      const others = hits.slice(i, j + 1).filter((_, n) => n !== k);
      if (others.length === 0) break;
      const namesake = namesakeOf(item, text, matcher);
      const amongProvinces = others.some((o) => kindOf(o) === 'province') && others.every(provinceLevel);
      const to = amongProvinces ? namesake.province : others.every((o) => kindOf(o) === 'region') ? (namesake.region ?? namesake.province) : null;
      if (to) hits[i + k] = { ...item, entityId: to };
    }
    i = j + 1;
  }
}

// Places that are towns or larger, or parts of a town with a name of their own: "het Waalse Hoei", "het Limburgse Hoepertingen".
const TOWNS_AND_LARGER: ReadonlySet<string> = new Set(['district', 'municipality', 'arrondissement', 'judicial_arrondissement', 'province', 'region', 'country', 'continent']);

/**
 * "het Brusselse Noordstation", "de Leuvense Bondgenotenlaan": a town's adjective right before a
 * place in that town is part of one mention of the inner place, as "Antwerpse haven" is. A town
 * after its region's or province's adjective ("het Waalse Hoei", "het Limburgse Hoepertingen")
 * stays a mention of its own beside the adjective's.
 */
function placesInTownAdjective(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  for (let i = hits.length - 2; i >= 0; i--) {
    const adjective = hits[i]!;
    const place = hits[i + 1]!;
    if (adjective.entityType !== 'location' || place.entityType !== 'location' || !PLACE_ADJECTIVE.test(text.slice(adjective.start, adjective.end)) || text.slice(adjective.end, place.start) !== ' ') continue;
    if (TOWNS_AND_LARGER.has(matcher.locations.get(place.entityId)?.kind ?? '')) continue;
    const lineage = locationLineage(matcher, place.entityId).slice(1);
    const { region } = namesakeOf(adjective, text, matcher);
    if (!lineage.includes(adjective.entityId) && !(region !== null && lineage.includes(region))) continue;
    hits.splice(i, 2, { ...place, folded: folded.slice(adjective.start, place.end), start: adjective.start });
  }
}

/** "het grondgebied van", "de grondgebieden van de": what follows names a territory. */
const TERRITORY_OF = /(?:^|[^\p{L}])grondgebied(?:en)?\s+van\s+(?:de\s+|het\s+)?$/u;

/**
 * "de grondgebieden van de Stad Brussel": after "grondgebied van" a town's government ("Stad
 * Brussel", "gemeente Bever") names its territory, the town, quoted without the kind noun. So
 * does the government's name written with a lowercase kind noun ("de stad Mechelen telt …",
 * "in de stad Lier"): in running text "stad" is the common noun before a town's name, like
 * "provincie"; written as a name ("Stad Brussel betaalt") it stays the government.
 */
function territoriesOfGovernments(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  hits.forEach((h, i) => {
    const government = h.entityType === 'actor' ? matcher.actors.get(h.entityId) : undefined;
    const town = government?.kind === 'government' && government.location ? matcher.locations.get(government.location) : undefined;
    const territory = TERRITORY_OF.test(folded.slice(Math.max(0, h.start - 40), h.start)) || /^\p{Ll}/u.test(text.slice(h.start, h.start + 1));
    if (!town || !TOWN_KINDS.has(town.kind) || !territory) return;
    const noun = KIND_NOUN.exec(folded.slice(h.start, h.end));
    if (!noun) return;
    hits[i] = { ...h, entityType: 'location', entityId: town.id, start: h.start + noun[0].length, folded: folded.slice(h.start + noun[0].length, h.end) };
  });
}

/** What joins a court to the name of one of its divisions: "de Antwerpse arbeidsrechtbank, afdeling Hasselt". */
const DIVISION_BETWEEN = /^\s*[,–-]?\s*afdeling\s+$/u;

/** A police judge named in the text: its courts are police courts. */
const POLICE_JUDGE = /(?<![\p{L}])politierechters?(?![\p{L}])/u;
/** "rechtbank van X", "rechtbank X": a court named by its seat; the seat's words are the group. */
const COURT_BY_SEAT = /^rechtbank\s+(?:van\s+)?(\S.*)$/u;
/** A bare "de rechtbank": the noun after "de", no seat, name or further noun after it. */
const BARE_COURT = /(?<=(?:^|[^\p{L}])de\s+)rechtbank(?![\p{L}\p{N}-])(?!\s+(?:van|te|in|voor)\s)/gu;

/**
 * "voor de rechtbank van X … van politierechter Y": in a text about a police judge's sentence, a
 * court named by its seat is the police court there ("politierechtbank X", which the gazetteer keeps
 * beside the court of first instance of the same seat), and a bare "de rechtbank" after it is that
 * police court again. Without a police judge, or where the seat has no police court, nothing changes.
 */
function policeCourtsBySeat(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  if (!POLICE_JUDGE.test(folded)) return;
  const courts: Hit[] = [];
  for (const h of hits) {
    const seat = h.entityType === 'actor' ? COURT_BY_SEAT.exec(folded.slice(h.start, h.end).replace(/\s+/gu, ' '))?.[1] : undefined;
    const police = seat ? matcher.plainForms.get(`politierechtbank ${seat}`) : undefined;
    if (police?.entityType !== 'actor') continue;
    h.entityId = police.entityId;
    courts.push(h);
  }
  if (courts.length === 0) return;
  const claimed = claimedBy(text.length, hits);
  for (const m of folded.matchAll(BARE_COURT)) {
    const court = courts.filter((c) => c.end <= m.index).at(-1);
    const end = m.index + m[0].length;
    if (!court || claimed.subarray(m.index, end).includes(1)) continue;
    hits.push({ ...court, folded: m[0], start: m.index, end });
  }
  hits.sort((a, b) => a.start - b.start);
}

/**
 * "de arbeidsrechtbank Antwerpen, afdeling Hasselt", "het Gentse parket, afdeling Oudenaarde": a
 * court or prosecutor's office followed by "afdeling" and a place where it has a division (the
 * office is also named "<noun> <place>") is one mention of the office; the place names the
 * division, not the town. A place where the office has no division stays a place.
 */
function divisionsOfCourts(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  for (let i = hits.length - 2; i >= 0; i--) {
    const [court, place] = [hits[i]!, hits[i + 1]!];
    if (court.entityType !== 'actor' || place.entityType !== 'location' || !DIVISION_BETWEEN.test(folded.slice(court.end, place.start))) continue;
    const division = normaliseSpace(text.slice(place.start, place.end));
    if (!SEAT_NOUNS.some((noun) => matcher.plainForms.get(`${noun} ${division}`)?.entityId === court.entityId)) continue;
    hits.splice(i, 2, { ...court, end: place.end, folded: folded.slice(court.start, place.end) });
  }
  // "de Gentse afdeling van het parket Oost-Vlaanderen": a town's adjective, "afdeling van", the office.
  for (let i = hits.length - 2; i >= 0; i--) {
    const [place, court] = [hits[i]!, hits[i + 1]!];
    if (court.entityType !== 'actor' || place.entityType !== 'location' || !DIVISION_OF_BETWEEN.test(folded.slice(place.end, court.start))) continue;
    const town = matcher.locations.get(place.entityId);
    if (!town || !TOWN_KINDS.has(town.kind) || !SEAT_NOUNS.some((noun) => matcher.plainForms.get(`${noun} ${normaliseSpace(town.name)}`)?.entityId === court.entityId)) continue;
    hits.splice(i, 2, { ...court, start: place.start, folded: folded.slice(place.start, court.end) });
  }
}

/** A capitalised "Lokale" right before a police zone's name written with a capital "Politiezone". */
const STYLED_LOCAL_BEFORE = /(?<![\p{L}])Lokale\s+$/u;

/**
 * "de Lokale Politiezone Deinze-Zulte-Lievegem": a zone that styles itself with a capitalised
 * "Lokale" before its capitalised name is named by the whole phrase, as "Lokale Politie X" is; a
 * lowercase "lokale politiezone Rupel" is the adjective and the name after it (fresh2 55).
 */
function zonesStyledLocal(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  for (const h of hits) {
    if (h.entityType !== 'actor' || !text.startsWith('Politiezone', h.start) || matcher.actors.get(h.entityId)?.kind !== 'police_zone') continue;
    const before = STYLED_LOCAL_BEFORE.exec(text.slice(Math.max(0, h.start - 12), h.start));
    if (!before) continue;
    h.start -= before[0].length;
    h.folded = folded.slice(h.start, h.end);
  }
}

/** A compass point before or after the province in a fire zone's own name: "Oost Vlaams-Brabant", "Vlaams-Brabant West". */
const COMPASS_POINT = String.raw`(?:noord|oost|zuid|west)(?:-(?:oost|west))?`;
const COMPASS_FIRST = new RegExp(String.raw`^(${COMPASS_POINT}) (\S+)$`, 'u');
const COMPASS_LAST = new RegExp(String.raw`^(\S+) (${COMPASS_POINT})$`, 'u');

/**
 * A fire zone's own name (folded) and the other way texts write it: the compass point on the
 * other side of the province ("Brandweerzone Vlaams-Brabant Oost" for "Oost Vlaams-Brabant").
 */
function fireZoneNameVariants(name: string): string[] {
  const first = COMPASS_FIRST.exec(name);
  const last = COMPASS_LAST.exec(name);
  return [name, ...(first ? [`${first[2]} ${first[1]}`] : []), ...(last ? [`${last[2]} ${last[1]}`] : [])];
}

/** The fire and rescue zones of a gazetteer, read once per matcher: by their own names and by their seats. */
interface FireZones {
  /** Each zone's id by its own name, folded ("rand", "kempen", "oost vlaams-brabant"). */
  byName: Map<string, string>;
  /** The ids of the zones seated in each place. */
  bySeat: Map<string, string[]>;
}
const fireZonesOf = new WeakMap<EntityMatcher, FireZones>();

function fireZones(matcher: EntityMatcher): FireZones {
  let zones = fireZonesOf.get(matcher);
  if (zones) return zones;
  zones = { byName: new Map(), bySeat: new Map() };
  for (const a of matcher.actors.values()) {
    if (!isFireZone(matcher)({ entityType: 'actor', entityId: a.id })) continue;
    for (const name of fireZoneNameVariants(normaliseSpace(a.name.replace(FIRE_ZONE_NAME, '')))) zones.byName.set(name, a.id);
    if (a.location) zones.bySeat.set(a.location, [...(zones.bySeat.get(a.location) ?? []), a.id]);
  }
  fireZonesOf.set(matcher, zones);
  return zones;
}

/** "zone" as a word, or the fire services' compound of it ("brandweerzone"), where a zone's own name may follow. */
const ZONE_WORD = /(?<![\p{L}-])(?:brandweer|hulpverlenings)?zone\s+/gu;
/** One to three words of a name, with their hyphens, after the noun. */
const NAME_AFTER_NOUN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?: [\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*){0,2}/u;

/**
 * "de Zone Kempen rukte uit", "de zone Taxandria", "de Brandweerzone Vlaams-Brabant Oost":
 * in a text about the fire services ({@link FIRE_SERVICE_TALK}) "zone" (or "brandweerzone") before a
 * fire zone's own name ({@link fireZoneNameVariants}) names that zone, quoted with the
 * noun as "politiezone X" is; a place of that name there ("Rand", the region) gives way, an actor
 * there ("zone Antwerpen", the police zone) does not.
 */
function fireZonesByTheirOwnNames(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  if (!FIRE_SERVICE_TALK.test(folded)) return;
  const names = fireZones(matcher).byName;
  for (const m of folded.matchAll(ZONE_WORD)) {
    const at = m.index + m[0].length;
    const words = NAME_AFTER_NOUN.exec(folded.slice(at, at + 80))?.[0].split(' ') ?? [];
    const name = [3, 2, 1].map((n) => words.slice(0, n).join(' ')).find((w) => w !== '' && names.has(w));
    if (!name) continue;
    const end = at + name.length;
    if (hits.some((h) => h.start < end && m.index < h.end && h.entityType === 'actor')) continue;
    const kept = hits.filter((h) => !(h.start < end && m.index < h.end));
    kept.push({ folded: folded.slice(m.index, end), entityType: 'actor', entityId: names.get(name)!, requires: null, evidence: 'none', start: m.index, end });
    hits.splice(0, hits.length, ...kept.sort((a, b) => a.start - b.start));
  }
}

/** What joins a town's adjective to the court whose division it names: "de Gentse afdeling van het parket Oost-Vlaanderen". */
const DIVISION_OF_BETWEEN = /^\s+afdeling\s+van\s+(?:het|de)\s+$/u;

/** What joins two arrondissements named by the bare noun: "arrondissement A of arrondissement B", "(arrondissement A, arrondissement B)". */
const ARRONDISSEMENT_JOINED = /^\s*(?:,|en|of|,\s*en|,\s*of)\s+arrondissement\s+$/u;

/**
 * "arrondissement Oost-Vlaanderen of arrondissement Antwerpen": the bare noun names the judicial
 * arrondissement where only that one bears the name (Oost-Vlaanderen), and the administrative one
 * where both do (Antwerpen); coordinated with a judicial one, the shared name is judicial too, as a
 * coordination joins things of one kind. The administrative reading stays elsewhere.
 */
function judicialArrondissementsJoined(folded: string, hits: Hit[], matcher: EntityMatcher): void {
  const isJudicial = (h: Hit | undefined) => h?.entityType === 'location' && matcher.locations.get(h.entityId)?.kind === 'judicial_arrondissement';
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.entityType !== 'location' || matcher.locations.get(h.entityId)?.kind !== 'arrondissement') continue;
    const judicial = matcher.plainForms.get(`gerechtelijk arrondissement ${normaliseSpace(folded.slice(h.start, h.end))}`);
    if (judicial?.entityType !== 'location') continue;
    const [previous, next] = [hits[i - 1], hits[i + 1]];
    const joined = (isJudicial(previous) && ARRONDISSEMENT_JOINED.test(folded.slice(previous!.end, h.start))) || (isJudicial(next) && ARRONDISSEMENT_JOINED.test(folded.slice(h.end, next!.start)));
    if (joined) hits[i] = { ...judicial, folded: h.folded, start: h.start, end: h.end };
  }
}

/** A superlative with a police noun and "na" before a town, in one clause: "de tweede grootste politiezone van de provincie na ". */
const ZONE_SUPERLATIVE_THEN_NA = /\p{L}+ste\s+(?:politiezone|zone|politiekorps|korps)(?![\p{L}])[^.;:!?\n]{0,80}\sna\s+$/u;
/** "op X na" around a place: "op " before it, " na" after it. */
const OP_BEFORE = /(?:^|[^\p{L}])op\s+$/u;
const NA_AFTER = /^\s+na(?![\p{L}])/u;

/**
 * A town that stands by ellipsis for a thing of the kind it is compared with: after a superlative of
 * a police noun and "na" the town's zone ("de tweede grootste politiezone van de provincie na Leuven":
 * the zone Leuven); in "op X na" after a province in the same sentence, the province of that name
 * ("in Limburg - op Antwerpen na - meer drugscriminaliteit"). Where the kind has no entity of that
 * name, or the sentence compares nothing, the town stays the town.
 */
function comparedByEllipsis(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.entityType !== 'location' || !TOWN_KINDS.has(matcher.locations.get(h.entityId)?.kind ?? '')) continue;
    const name = normaliseSpace(folded.slice(h.start, h.end));
    const before = folded.slice(Math.max(0, h.start - 160), h.start);
    let kin: Form | undefined;
    if (endsOnSpacedWord(before, ['na']) && ZONE_SUPERLATIVE_THEN_NA.test(before)) kin = matcher.plainForms.get(`politiezone ${name}`);
    else if (OP_BEFORE.test(before) && NA_AFTER.test(folded.slice(h.end, h.end + 4))) {
      const previous = hits[i - 1];
      const sameSentence = previous !== undefined && !/[.!?\n]/u.test(text.slice(previous.end, h.start));
      if (sameSentence && previous.entityType === 'location' && matcher.locations.get(previous.entityId)?.kind === 'province') kin = matcher.plainForms.get(`provincie ${name}`);
    }
    if (kin && kin.entityId !== h.entityId) hits[i] = { ...kin, folded: h.folded, start: h.start, end: h.end };
  }
}

/** The words of a clause before "in" or "te" and a place: "het parket te ", "de correctionele rechtbank in ". */
const WORDS_THEN_IN = /(?:^|[^\p{L}-])((?:\p{L}+[ -])*\p{L}+)\s+(?:in|te)\s+$/u;
/** The words {@link WORDS_THEN_IN} ends on: a window that does not end on one (most) skips the expression. */
const IN_OR_TE = ['in', 'te'];

/** The seat nouns, longest first, so that "correctionele rechtbank" is tried before "rechtbank". */
const SEAT_NOUNS_LONGEST_FIRST = [...SEAT_NOUNS].sort((a, b) => b.length - a.length);

/**
 * "de gevangenis in Brugge", "het parket te Kortrijk": a seat noun, "in" or "te" and a place
 * where one body of that noun sits ("gevangenis Brugge") name that body by the noun and the
 * place by its name, two mentions, as the gold writes a place after a body ("federale politie in
 * Antwerpen"). The noun's own hit, if any (the generic "parket"), gives way. A place with no such
 * body, or two (the prisons of Leuven), leaves the noun alone.
 */
function seatsBeforePlaces(folded: string, hits: Hit[], matcher: EntityMatcher): void {
  for (const place of hits.filter((h) => h.entityType === 'location')) {
    const window = folded.slice(Math.max(0, place.start - 60), place.start);
    const before = endsOnSpacedWord(window, IN_OR_TE) ? WORDS_THEN_IN.exec(window) : null;
    if (!before) continue;
    const words = before[1]!;
    const noun = SEAT_NOUNS_LONGEST_FIRST.find((n) => words === n || words.endsWith(` ${n}`));
    const body = noun === undefined ? undefined : matcher.plainForms.get(`${noun} ${normaliseSpace(folded.slice(place.start, place.end))}`);
    if (!noun || body?.entityType !== 'actor') continue;
    const end = place.start - before[0]!.length + before[0]!.indexOf(words) + words.length;
    const start = end - noun.length;
    const own = hits.findIndex((h) => h.start === start && h.end === end);
    const hit: Hit = { ...body, folded: noun, start, end };
    if (own >= 0) hits.splice(own, 1, hit);
    else hits.splice(hits.findIndex((h) => h.start > start), 0, hit);
  }
}

/** A definite determiner right before a noun: "het hof van beroep", "de gevangenis", "dit parket". */
const DEFINITE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:de|het|dit|deze|dat|die)\s+$/u;
/** What follows a seat noun that names another body than one named before: a place ("in Gent", "van Brugge", "Gent"). */
const PLACE_AFTER = /^(?:\s+(?:van|in|te)\s+(?:de\s+|het\s+)?|[ \t]+)\p{Lu}/u;

/** A seat noun standing as a whole word, compiled once per noun (the nouns come from the gazetteer's kinds: a handful). */
const bareSeatNoun = memoByWord((noun) => new RegExp(`(?<![\\p{L}\\p{N}-])${noun}(?![\\p{L}\\p{N}-])`, 'gu'));

/** A body named before, by the noun a later mention may name it by alone. */
interface NamedBody { noun: string; end: number; body: Hit }

/**
 * "Het hof van beroep in Antwerpen … Het hof van beroep heeft recht op 63 raadsheren": a seat noun
 * after a definite article, alone (no place after it), names again the body of that noun the text
 * named before, when it named exactly one ("de gevangenis van Brugge … de gevangenis telt …"), as a
 * surname alone names the person named in full before. A text that named two bodies of the noun
 * ("de rechtbanken van Gent en Brugge") or none leaves it alone, and so does a place after the noun
 * ("de rechtbank in Gent"): another body. The noun's generic hit ("het parket") gives way.
 */
function seatsNamedBefore(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  const named: NamedBody[] = [];
  const heads: NamedBody[] = [];
  for (const h of hits) {
    const noun = h.entityType === 'actor' ? matcher.seatNouns.get(h.entityId) : undefined;
    if (!noun) continue;
    named.push({ noun, end: h.end, body: h });
    // "Het Brusselse hof van beroep … het hof", "de rechtbank van eerste aanleg … de rechtbank": the head of a noun with a complement.
    const head = /^(\p{L}+) (?:van|voor) /u.exec(noun)?.[1];
    if (head) heads.push({ noun: head, end: h.end, body: h });
  }
  namedBefore(text, folded, hits, named, false);
  namedBefore(text, folded, hits, heads, false, true);
}

/**
 * A body's name as written: a head noun with a "van" or "voor" complement ("College van
 * procureurs-generaal", "Raad van State"), after a capitalised adjective or not ("Federaal
 * Kenniscentrum voor de Civiele Veiligheid", a text may write the head lower case there).
 */
const HEAD_OF_NAME = /^(?:\p{Lu}\p{Ll}+\s+)?(\p{L}\p{Ll}+)\s+(?:van|voor)\s/u;

/**
 * "het College van procureurs-generaal … volgens het College", "het Federaal Kenniscentrum voor de
 * Civiele Veiligheid … merkt het Kenniscentrum": the capitalised head of a body's name
 * written with a complement, after a definite article and alone, names that body again, on the
 * terms of {@link seatsNamedBefore} (exactly one body of that head named before, no place or
 * complement after it), and only written capitalised as in the name: "het college" is any college.
 */
function headsNamedBefore(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  const named: NamedBody[] = [];
  for (const h of hits) {
    const head = h.entityType === 'actor' && matcher.actors.get(h.entityId)?.kind !== 'person' ? HEAD_OF_NAME.exec(text.slice(h.start, h.end))?.[1] : undefined;
    if (head) named.push({ noun: head.toLowerCase(), end: h.end, body: h });
  }
  namedBefore(text, folded, hits, named, true, false);
}

/**
 * Gives each later bare noun of {@link NamedBody} `named` (after a definite article, no place after it)
 * the body named before it, when exactly one was; `capitalised`: only where the noun is written with a capital;
 * `heads`: the nouns are the heads of longer nouns, and one with a complement after it is another body.
 */
function namedBefore(text: string, folded: string, hits: Hit[], named: NamedBody[], capitalised: boolean, heads = false): void {
  // Most texts name no such body: nothing to look for.
  if (named.length === 0) return;
  for (const noun of new Set(named.map((n) => n.noun))) {
    for (const m of folded.matchAll(bareSeatNoun(noun))) {
      const start = m.index;
      const end = start + noun.length;
      if (!DEFINITE_BEFORE.test(folded.slice(Math.max(0, start - 8), start)) || PLACE_AFTER.test(text.slice(end, end + 40))) continue;
      // After a head or a name's capitalised head, a complement ("het hof van assisen", "het College van …") names another body.
      if ((capitalised || heads) && /^\s+(?:van|voor)\s/u.test(text.slice(end, end + 7))) continue;
      if (capitalised && !isCapitalised(text.slice(start, end))) continue;
      const before = named.filter((n) => n.noun === noun && n.end <= start);
      if (before.length === 0 || before.some((n) => n.body.entityId !== before[0]!.body.entityId)) continue;
      const own = hits.findIndex((h) => h.start < end && start < h.end);
      // Only the noun's own generic hit gives way; a longer name over it stays.
      if (own >= 0 && !(hits[own]!.start === start && hits[own]!.end === end && hits[own]!.folded === noun)) continue;
      const hit: Hit = { ...before[0]!.body, folded: noun, start, end };
      if (own >= 0) hits.splice(own, 1, hit);
      else {
        const next = hits.findIndex((h) => h.start > start);
        hits.splice(next < 0 ? hits.length : next, 0, hit);
      }
    }
  }
}

/** The seat nouns of institutions that hold people ({@link SEAT_NOUNS}): a prison, a youth institution, a detention centre. */
const HOLDING_NOUNS: ReadonlySet<string> = new Set(['gevangenis', 'gemeenschapsinstelling', 'detentiecentrum']);
/** Words of an institution's inmates or room: a sentence with one speaks of the institution ("In A zitten 300 gevangenen", "een capaciteit van 500", "geen plaats in A", "59 grondslapers"). */
const INMATES_OR_ROOM = /(?<![\p{L}])(?:gevangenen|gedetineerden|grondslapers|geïnterneerden|geinterneerden|\p{L}*capaciteit|overbevolking|overbevolkt|cellen|bedden|plaats|plaatsen)(?![\p{L}])/u;
/** A bare count in brackets right after a name: "Oudenaarde (22)". */
const BRACKETED_COUNT_AFTER = /^\s*\(\s*\d[\d.,]*\s*\)/u;

/**
 * "A telt 59 grondslapers. Ook B (34) en C (22) blijven getroffen": a town with a bare count in brackets goes on counting what
 * the sentence before counted, so a sentence before about inmates makes it the institution; a town in a sentence of its own
 * after one stays the town ("De gevangenis telt 300 gevangenen. In Hasselt daalt de criminaliteit").
 */
const countsOnInmates = (folded: string, town: { start: number; end: number }) =>
  BRACKETED_COUNT_AFTER.test(folded.slice(town.end, town.end + 20)) && INMATES_OR_ROOM.test(previousSentenceWindow(folded, town.start, town.end, 200));

/**
 * Words before a town that keep it the town: "de burgemeester van A", "de politie van A" (but "de
 * capaciteit van A" is the institution's); and an
 * institution's own noun with "in" ("het landbouwcentrum in A"): the noun names the institution, the
 * town is where it lies (two mentions, as "de luchthaven in A").
 */
const TOWN_OF_BEFORE = /(?:^|[^\p{L}])(?:(?:(?<!capaciteit\s)van|politie|politiezone|zone|pz|stad|gemeente|burgemeester)|\p{L}*(?:gevangenis|centrum|instelling|inrichting)(?:\s+(?:aan|in|op)\s+de\s+\p{L}+)?\s+(?:in|te))\s+$/u;

/** An institution that holds people ({@link HOLDING_NOUNS}), by its seat noun and the places texts name it by. */
interface HoldingInstitution {
  id: string;
  noun: string;
  /** Its town, and the place inside that town its name's place word names ("Gevangenis van Lantin": Lantin, a section of Juprelle). */
  towns: string[];
}
/** The institutions texts name by their towns, and their seats' own place words the gazetteer has no place for (a hamlet it lacks). */
interface InstitutionsByTown {
  institutions: HoldingInstitution[];
  /** The institution of a seat's place word that names no gazetteer place, folded. */
  byWord: Map<string, HoldingInstitution>;
  /** Those words as whole words, one expression; null when there are none. */
  words: RegExp | null;
}
const institutionsByTown = new WeakMap<EntityMatcher, InstitutionsByTown>();

/** The gazetteer's prisons, youth institutions and detention centres, by their towns and the place words of their names, once per matcher. */
function institutionsOfTowns(matcher: EntityMatcher): InstitutionsByTown {
  let found = institutionsByTown.get(matcher);
  if (found) return found;
  const institutions: HoldingInstitution[] = [];
  const byWord = new Map<string, HoldingInstitution>();
  for (const [id, noun] of matcher.seatNouns) {
    const actor = HOLDING_NOUNS.has(noun) ? matcher.actors.get(id) : undefined;
    if (!actor) continue;
    const institution: HoldingInstitution = { id, noun, towns: actor.location ? [actor.location] : [] };
    institutions.push(institution);
    for (const name of [actor.name, ...actor.aliases]) {
      const word = seatOfName(name)?.place;
      const form = word ? matcher.plainForms.get(normaliseSpace(word)) : undefined;
      if (word && !form) byWord.set(normaliseSpace(word), institution);
      // A section of the town that the name's word names stands for the institution as the town does.
      else if (form?.entityType === 'location' && !institution.towns.includes(form.entityId) && actor.location && locationLineage(matcher, form.entityId).includes(actor.location)) institution.towns.push(form.entityId);
    }
  }
  const words = byWord.size === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...byWord.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  institutionsByTown.set(matcher, (found = { institutions, byWord, words }));
  return found;
}

/**
 * A town standing for its institution in a text about such institutions (the devset's convention
 * since fresh8): where the text uses the seat noun of prisons, youth institutions or detention centres
 * ("gevangenis", "gemeenschapsinstelling"), a town with exactly one institution of a noun the text
 * uses is that institution in a sentence about inmates or room ("In Mechelen is maar plaats voor 84
 * gevangenen", "Daarna volgt Antwerpen (capaciteit van 439)", "het grootst in Lantin, waar 283
 * gevangenen", "zodra er plaats was in Everberg"), and stays so later in the text ("Ook scoort
 * Antwerpen slecht"), as a text keeps one sense of a name; after "van" (but "de capaciteit van A"), a
 * police or government noun ("de burgemeester van Mechelen"), or the institution's own noun and "in"
 * it stays the town. Leuven, with two prisons, stays Leuven.
 */
function institutionsByTheirTowns(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): void {
  const nouns = [...HOLDING_NOUNS].filter((noun) => folded.includes(noun));
  if (nouns.length === 0) return;
  const { institutions, byWord, words } = institutionsOfTowns(matcher);
  const byTown = new Map<string, string | null>();
  for (const i of institutions) if (nouns.includes(i.noun)) for (const town of i.towns) byTown.set(town, byTown.has(town) ? null : i.id);
  const found = hits.flatMap((h, i) => {
    // A town's adjective stays the town's ("de Merksplasse cellen"): only the name stands for the institution.
    const id = h.entityType === 'location' && !PLACE_ADJECTIVE.test(text.slice(h.start, h.end)) ? byTown.get(h.entityId) : null;
    return id ? [{ start: h.start, end: h.end, id, i }] : [];
  });
  if (words) {
    for (const m of folded.matchAll(words)) {
      const end = m.index + m[0].length;
      const institution = byWord.get(m[0])!;
      if (nouns.includes(institution.noun) && isCapitalised(text.slice(m.index, end)) && !hits.some((h) => h.start < end && m.index < h.end)) found.push({ start: m.index, end, id: institution.id, i: -1 });
    }
  }
  const read = new Set<string>();
  const added: Hit[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    if (TOWN_OF_BEFORE.test(folded.slice(Math.max(0, f.start - 40), f.start))) continue;
    if (!read.has(f.id) && !INMATES_OR_ROOM.test(sentenceWindow(folded, f.start, f.end, 200)) && !countsOnInmates(folded, f)) continue;
    read.add(f.id);
    const hit: Hit = { folded: folded.slice(f.start, f.end), entityType: 'actor', entityId: f.id, requires: null, evidence: 'none', start: f.start, end: f.end };
    if (f.i >= 0) hits[f.i] = hit;
    else added.push(hit);
  }
  if (added.length === 0) return;
  hits.push(...added);
  hits.sort((a, b) => a.start - b.start);
}

/**
 * "de lokale politie van de zone Brussel-Noord": a body followed by "van (de)" and one of its own
 * members names the member only; the body is the member's kind here, not an actor of its own.
 */
function bodyOfItsMember(text: string, h: Hit, next: Hit | undefined, matcher: EntityMatcher): boolean {
  if (h.entityType !== 'actor' || next === undefined || next.start < h.end || next.start > h.end + 12) return false;
  return next.entityType === 'actor' && matcher.actors.get(next.entityId)?.parent === h.entityId && /^\s+van\s+(?:de\s+|het\s+)?$/u.test(text.slice(h.end, next.start));
}

/** A number written in digits or as a word ("15", "twaalf"), and "andere", before a place adjective. */
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}])(\d+|\p{L}+)\s+(?:andere\s+)?$/u;

/**
 * "15 andere Limburgse gemeenten", "twaalf Kempense gemeenten": a place adjective between a
 * number and its lowercase noun belongs to what is counted, not a place mention of its own.
 */
function adjectiveOfACount(text: string, folded: string, h: Hit): boolean {
  if (h.entityType !== 'location' || !PLACE_ADJECTIVE.test(text.slice(h.start, h.end)) || !/^ \p{Ll}/u.test(text.slice(h.end, h.end + 2))) return false;
  const count = COUNT_BEFORE.exec(folded.slice(Math.max(0, h.start - 30), h.start));
  return count !== null && (/^\d+$/u.test(count[1]!) || (count[1] !== 'een' && Object.hasOwn(NUMBER_ATOMS, count[1]!)));
}

/** An indefinite determiner (and maybe one adjective) or "als" right before a word: "één groot ", "een ", "als ". */
const KIND_READING_BEFORE = /(?:^|[^\p{L}])(?:(?:een|één|geen)\s+(?:\p{Ll}+\s+)?|als\s+)$/u;

/**
 * "samengevoegd tot één groot parket", "de opdrachten als lokale politie": a body written as a
 * common noun (lowercase) after an indefinite determiner or "als" (in the capacity of) speaks of a
 * kind of body, not of the one the gazetteer holds; a name ("een Brugse Politiezone") is not read so.
 */
function bodyAsAKind(text: string, h: Hit): boolean {
  if (h.entityType !== 'actor' || !/^\p{Ll}/u.test(text.slice(h.start, h.start + 1))) return false;
  const before = text.slice(Math.max(0, h.start - 30), h.start);
  if (!/\s$/u.test(before) || !KIND_READING_BEFORE.test(before)) return false;
  // "zowel lokale politie als federale politie": "als" coordinates there, the body after it is one.
  return !/\sals\s+$/u.test(before) || !ZOWEL_BEFORE.test(text.slice(Math.max(0, h.start - 120), h.start));
}

/** "zowel" earlier in the same sentence: a later "als" joins the second of two coordinated parts. */
const ZOWEL_BEFORE = /(?:^|[^\p{L}])zowel\s[^.!?\n]*$/iu;

/** What an item of an elliptical list names. */
type ListedEntity = { entityType: EntityType; entityId: string };
/** Reads an item: its span, written as one name (a word with its "-" or "/" parts), and the hits inside it. */
/** A hit or a mention: what a list item is read from. */
type Found = Pick<Hit, 'start' | 'end' | 'entityType' | 'entityId'>;
/** Reads an item of an elliptical list; `about` holds the places the document is about (its scope's lineage), for context forms. */
type ItemReader = (text: string, item: Span, inside: Found[], matcher: EntityMatcher, about: ReadonlySet<string>) => ListedEntity | null;

/**
 * The entity "<kind noun> <item>" names ("politiezone Vilvoorde-Machelen", "provincie Antwerpen"), when it is of the kind; in a
 * text about a place, also by a context form of it ("de zones West, Zuid en Polbru" about Brussels: "zone West").
 */
function namedWithNoun(item: Span, matcher: EntityMatcher, noun: string, isOfKind: (f: Form) => boolean, about: ReadonlySet<string> = new Set()): ListedEntity | null {
  const form = `${noun} ${normaliseSpace(item.quote)}`;
  const named = matcher.plainForms.get(form) ?? matcher.contextForms.get(form)?.find((f) => about.has(f.requires!));
  return named && isOfKind(named) ? { entityType: named.entityType, entityId: named.entityId } : null;
}

const isZone = (matcher: EntityMatcher) => (f: Pick<Form, 'entityType' | 'entityId'>) => f.entityType === 'actor' && matcher.actors.get(f.entityId)?.kind === 'police_zone';
const isProvince = (matcher: EntityMatcher) => (f: Pick<Form, 'entityType' | 'entityId'>) => f.entityType === 'location' && matcher.locations.get(f.entityId)?.kind === 'province';

/**
 * The province a document speaks of, among the provinces its place mentions name ("Vlaams-Brabant", "West-Vlaamse"): the one its
 * scope place is or lies in, or else the only one; null when it names none (a scope alone gives no place, the devset's session-18
 * convention) or several and none is the scope's.
 */
export function documentProvince(mentions: readonly Mention[], matcher: EntityMatcher, scopeLocationId: string | null): string | null {
  const named = new Set(mentions.filter(isProvince(matcher)).map((m) => m.entityId));
  const scoped = locationLineage(matcher, scopeLocationId).find((id) => matcher.locations.get(id)?.kind === 'province');
  if (scoped && named.has(scoped)) return scoped;
  return named.size === 1 ? [...named][0]! : null;
}

/** The country the document's scope place is or lies in: what "ons land" names; null without a scope. */
export function documentCountry(matcher: EntityMatcher, scopeLocationId: string | null): string | null {
  return locationLineage(matcher, scopeLocationId).find((id) => matcher.locations.get(id)?.kind === 'country') ?? null;
}

/** The one hit that spans the whole item, if any. */
const wholeItem = (item: Span, inside: Found[]) => (inside.length === 1 && inside[0]!.start === item.start && inside[0]!.end === item.end ? inside[0]! : null);

/**
 * The zone an item of a zone list names: a zone named outright ("Wokra"), the zone called
 * "politiezone" + the item ("Vilvoorde-Machelen", "Brussel-West"), or the zone serving the
 * one place the whole item names.
 */
const listedZone: ItemReader = (_text, item, inside, matcher, about) => {
  const only = wholeItem(item, inside);
  if (only?.entityType === 'actor') return isZone(matcher)(only) ? only : null;
  const named = namedWithNoun(item, matcher, 'politiezone', isZone(matcher), about) ?? namedWithNoun(item, matcher, 'zone', isZone(matcher), about);
  const serving = only ? zoneServing(matcher, only.entityId) : null;
  return named ?? (serving ? { entityType: 'actor', entityId: serving } : null);
};

/**
 * The province an item of a province list names: the province called "provincie" + the item
 * ("Antwerpen", which alone is the city), or a province named outright ("Oost-Vlaanderen").
 */
const listedProvince: ItemReader = (_text, item, inside, matcher) => {
  const only = wholeItem(item, inside);
  return namedWithNoun(item, matcher, 'provincie', isProvince(matcher)) ?? (only && isProvince(matcher)(only) ? only : null);
};

const isProsecutorsOffice = (matcher: EntityMatcher) => (f: Pick<Form, 'entityType' | 'entityId'>) =>
  f.entityType === 'actor' && matcher.actors.get(f.entityId)?.kind === 'organisation' && /^parket\b/iu.test(matcher.actors.get(f.entityId)!.name);

/**
 * The office an item of a list of prosecutors' offices names ("de parketten van Limburg, Antwerpen
 * en Brugge"): the office called "parket" or "parket van" + the item, a division under its office
 * ("parket Brugge" is the West-Vlaanderen office's), or an office named outright.
 */
const listedProsecutorsOffice: ItemReader = (_text, item, inside, matcher) => {
  const only = wholeItem(item, inside);
  const named = namedWithNoun(item, matcher, 'parket', isProsecutorsOffice(matcher)) ?? namedWithNoun(item, matcher, 'parket van', isProsecutorsOffice(matcher));
  return named ?? (only && isProsecutorsOffice(matcher)(only) ? only : null);
};

/**
 * The facility an item of a list after a plural facility noun names ("de luchthavens Zaventem en
 * Bierset", "de havens van Antwerpen en Zeebrugge", "de gevangenissen van Lantin en Brugge"): the
 * entity called "<noun> van" or "<noun>" + the item, which the town's name stands for there (the
 * devset's convention since fresh6, for institutions since fresh8). A form two facilities share
 * (Leuven's two prisons) is no form ({@link seatForms}), so the item stays the town.
 */
const listedFacility =
  (noun: string): ItemReader =>
    (_text, item, _inside, matcher) =>
      namedWithNoun(item, matcher, `${noun} van`, () => true) ?? namedWithNoun(item, matcher, noun, () => true);

/**
 * The local government an item of a list after "gemeentebesturen" or "stadsbesturen" names ("de
 * gemeentebesturen van Bonheiden, Duffel en Putte"): the government called "gemeentebestuur (van)"
 * or "stadsbestuur (van)" + the item, whichever the gazetteer knows (a city's is its "stadsbestuur").
 */
const listedLocalGovernment: ItemReader = (text, item, inside, matcher, about) =>
  listedFacility('gemeentebestuur')(text, item, inside, matcher, about) ?? listedFacility('stadsbestuur')(text, item, inside, matcher, about);

/** The plural facility nouns whose lists {@link listedFacility} reads, and whose towns then stand for the facility ({@link facilitiesByTheirTowns}). */
const FACILITY_HEADS: ReadonlySet<string> = new Set(['luchthavens', 'havens', 'gevangenissen']);

/** A fire and rescue zone's name: "Hulpverleningszone X" or "Brandweer Zone X"; what follows the noun is the zone's own name. */
const FIRE_ZONE_NAME = /^(?:hulpverleningszone|brandweer\s*zone)\s+(?=\S)/iu;

const isFireZone = (matcher: EntityMatcher) => (f: Pick<Form, 'entityType' | 'entityId'>) =>
  f.entityType === 'actor' && matcher.actors.get(f.entityId)?.kind === 'organisation' && FIRE_ZONE_NAME.test(matcher.actors.get(f.entityId)!.name);

/** The one fire zone whose seat is the item's first town ("Gent-Melle": the zone seated in Gent, named after two of its towns); null if none or several. */
function fireZoneOfFirstTown(item: Span, inside: Found[], matcher: EntityMatcher): ListedEntity | null {
  const first = inside[0];
  if (first?.start !== item.start || first.entityType !== 'location' || !TOWN_KINDS.has(matcher.locations.get(first.entityId)?.kind ?? '')) return null;
  const seated = fireZones(matcher).bySeat.get(first.entityId) ?? [];
  return seated.length === 1 ? { entityType: 'actor', entityId: seated[0]! } : null;
}

/**
 * The fire and rescue zone an item of a list after "hulpverleningszones" or "brandweerzones" names
 * ("grenst aan de hulpverleningszones Taxandria, Rand, Rivierenland en Noord-Limburg"): the zone
 * called "hulpverleningszone" + the item, or a fire zone named outright. "Rand" alone is a region and
 * "Noord-Limburg" a police zone: the plural noun says which body each item is.
 */
const listedFireZone: ItemReader = (_text, item, inside, matcher) => {
  const only = wholeItem(item, inside);
  return namedWithNoun(item, matcher, 'hulpverleningszone', isFireZone(matcher)) ?? (only && isFireZone(matcher)(only) ? only : null) ?? fireZoneOfFirstTown(item, inside, matcher);
};

/** A text about the fire services: it names the fire brigade or a fire and rescue zone. */
const FIRE_SERVICE_TALK = /(?<![\p{L}])(?:brandweer|hulpverleningszone)/iu;

/**
 * An item of a list of "zones" whose noun the text does not qualify, in a text about the fire
 * services ({@link FIRE_SERVICE_TALK}): a fire zone ({@link listedFireZone}). Elsewhere nothing: a
 * police zone's one plain word needs the zone named outright ({@link bareZoneNameHits}).
 */
const listedFireZoneOfTheText: ItemReader = (text, item, inside, matcher, about) => (FIRE_SERVICE_TALK.test(text) ? listedFireZone(text, item, inside, matcher, about) : null);

/**
 * "De vier politiezones van WVL4 – Vlas, Riho, Polder en Westkust –": a list set off by a dash
 * after a plural police noun and its owner ("van" + one name) is the list of those zones.
 */
const ZONES_OF_OWNER = String.raw`(?:\s+van\s+(?:(?:de|het)\s+)?[\p{L}\p{N}][\p{L}\p{N}-]*\s*[–—])?`;

/**
 * A zone an item names by the zone's own name, not a town's: a zone named outright ("Riho") or
 * the zone called "politiezone" + the item ("Polder", "Westkust") where no town is named there.
 */
const zoneByItsOwnName: ItemReader = (_text, item, inside, matcher) => {
  const only = wholeItem(item, inside);
  if (only?.entityType === 'actor') return isZone(matcher)(only) ? only : null;
  if (inside.some((h) => h.entityType === 'location' && TOWN_KINDS.has(matcher.locations.get(h.entityId)?.kind ?? ''))) return null;
  return namedWithNoun(item, matcher, 'politiezone', isZone(matcher));
};

/** Plural kind nouns that open an elliptical list, with or without a colon ("twee zones: A en B"), and what an item of their list names. */
const LIST_HEADS: Array<{
  head: RegExp;
  item: ItemReader;
  kind: ListItem['kind'];
  /** Items of several words are read as the names this noun + the words give ("Kempen Noord-Oost"). */
  namePrefix?: { noun: string; isOfKind: (matcher: EntityMatcher) => (f: Form) => boolean };
  /** A singular noun with the first item: the list ends at an item the gazetteer lacks (no candidates). */
  knownItemsOnly?: boolean;
}> = [
  {
    head: new RegExp(String.raw`(?<![\p{L}])(?:politiezones|zones|pz's|pz’s)${ZONES_OF_OWNER}(?:\s*:)?\s+`, 'gu'),
    item: listedZone,
    kind: 'police_zone',
    namePrefix: { noun: 'politiezone', isOfKind: isZone },
  },
  {
    head: /(?<![\p{L}])(?:hulpverleningszones|brandweerzones)(?:\s*:)?\s+/gu,
    item: listedFireZone,
    kind: 'organisation',
    namePrefix: { noun: 'hulpverleningszone', isOfKind: isFireZone },
  },
  // "34 zones, waarvan vier in provincie A: X, Y en Z": in a text about the fire services, the list
  // after a colon in the sentence of "zones" (not right after it) holds fire zones; known ones only.
  {
    head: /(?<![\p{L}])zones(?=[^.:;!?\n]{1,100}:)[^.:;!?\n]{1,100}:\s+/gu,
    item: listedFireZoneOfTheText,
    kind: 'organisation',
    knownItemsOnly: true,
  },
  // "de politiezone Vlas, Riho, Polder en Westkust": the singular noun before a list of zones' own
  // names (not towns: "de Politiezone Sint-Genesius-Rode, Drogenbos en Linkebeek" is one zone).
  {
    head: /(?<![\p{L}])politiezone\s+[\p{L}\p{N}][\p{L}\p{N}-]*\s*,\s*/gu,
    item: zoneByItsOwnName,
    kind: 'police_zone',
    namePrefix: { noun: 'politiezone', isOfKind: isZone },
    knownItemsOnly: true,
  },
  { head: /(?<![\p{L}])provincies(?:\s*:)?\s+/gu, item: listedProvince, kind: 'place' },
  { head: /(?<![\p{L}])parketten(?:\s+van)?(?:\s*:)?\s+/gu, item: listedProsecutorsOffice, kind: 'organisation' },
  { head: /(?<![\p{L}])luchthavens(?:\s+van)?(?:\s*:)?\s+/gu, item: listedFacility('luchthaven'), kind: 'place' },
  { head: /(?<![\p{L}])havens(?:\s+van)?(?:\s*:)?\s+/gu, item: listedFacility('haven'), kind: 'place' },
  { head: /(?<![\p{L}])gevangenissen(?:\s+van)?(?:\s*:)?\s+/gu, item: listedFacility('gevangenis'), kind: 'organisation' },
  { head: /(?<![\p{L}])(?:gemeente|stads)besturen(?:\s+van)?(?:\s*:)?\s+/gu, item: listedLocalGovernment, kind: 'organisation', knownItemsOnly: true },
];
/** What stands between two items of a list: a comma, "en", "of". */
const LIST_SEPARATOR = /^(?:\s*,\s*(?:en\s+|of\s+)?|\s+(?:en|of)\s+)/u;
/** A parenthesis after a list item ("MidLim (Genk, As, Zutendaal)"), on one line. */
const ITEM_GLOSS = /^\s*\([^()\n]{0,200}\)/u;
/** An item written as a name: a capitalised word or an acronym with its "-" or "/" parts ("Vilvoorde-Machelen", "Aalter/Knesselare", "B-H-T"). */
const LIST_ITEM = /^\p{Lu}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*/u;

/** Two or three capitalised words, each maybe with its "-" or "/" parts: "Kempen Noord-Oost", "Regio Tielt". */
const NAME_WORDS = /^\p{Lu}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*){1,2}/u;

/**
 * The end of a name of several words at `at` ("zones Turnhout, Kempen Noord-Oost en …",
 * "hulpverleningszones Oost Vlaams-Brabant, Zuid-West Limburg"): the longest run of two or three
 * capitalised words that, after the singular kind noun, names an entity of the list's kind; null if none.
 */
function nameOfWords(text: string, at: number, matcher: EntityMatcher, noun: string, isOfKind: (f: Form) => boolean): number | null {
  const words = NAME_WORDS.exec(text.slice(at, at + 80))?.[0].split(' ') ?? [];
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (namedWithNoun({ start: at, end: at + name.length, quote: name }, matcher, noun, isOfKind)) return at + name.length;
  }
  return null;
}

/** One item of an elliptical list: its span, and the entity it names (null: a name the gazetteer lacks). */
export interface ListItem extends Span {
  entity: ListedEntity | null;
  kind: 'police_zone' | 'place' | 'organisation';
  /** The plural kind noun that opened the list ("politiezones", "zones"). */
  head: string;
  /** Where that noun starts. */
  headStart: number;
  /** The noun is singular and names the list's first item with it ("de politiezone Vlas, Riho en Polder"). */
  headNamesFirstItem: boolean;
}

/**
 * The items of every elliptical list after a plural kind noun: each item is written as one name
 * (or is one longer hit, "Regio Tienen"), items are separated by a comma, "en" or "of". An item
 * the gazetteer lacks ("Kempenland") names nothing but the list goes on over it; the list ends
 * at an item that is not a name or whose words name something else.
 */
export function elidedListItems(text: string, folded: string, hits: readonly Found[], matcher: EntityMatcher, about: ReadonlySet<string> = new Set()): ListItem[] {
  const items: ListItem[] = [];
  for (const { head, item: read, kind, namePrefix, knownItemsOnly } of LIST_HEADS) {
    const isOfKind = namePrefix?.isOfKind(matcher);
    for (const m of folded.matchAll(head)) {
      let at = m.index + m[0].length;
      for (;;) {
        const word = LIST_ITEM.exec(text.slice(at, at + 80));
        if (!word) break;
        const longer = hits.find((h) => h.start === at && h.end > at + word[0].length);
        const end = (namePrefix && isOfKind ? nameOfWords(text, at, matcher, namePrefix.noun, isOfKind) : null) ?? longer?.end ?? at + word[0].length;
        const inside = hits.filter((h) => h.start < end && h.end > at);
        if (inside.some((h) => h.start < at || h.end > end)) break;
        const span: Span = { start: at, end, quote: text.slice(at, end) };
        const entity = read(text, span, inside, matcher, about);
        if (!entity && (inside.length > 0 || knownItemsOnly)) break;
        items.push({ ...span, entity, kind, head: m[0].replace(/(?:\s+van\s+[^–—]*[–—])?[\s:]*$/u, ''), headStart: m.index, headNamesFirstItem: knownItemsOnly === true });
        // "de politiezones MidLim (Genk, As) en Noordoost-Limburg (Bree)": an item's parenthesis is read past.
        const gloss = ITEM_GLOSS.exec(text.slice(end, end + 202))?.[0].length ?? 0;
        const separator = LIST_SEPARATOR.exec(text.slice(end + gloss, end + gloss + 12));
        if (!separator) break;
        at = end + gloss + separator[0].length;
      }
    }
  }
  return items;
}

/**
 * Elliptical lists after a plural kind noun: in "de politiezones Zaventem, Wokra, Grimbergen en
 * Vilvoorde-Machelen" the noun is written once and each name is a zone, found as the zone on
 * the name's span (replacing the hits inside it); in "de provincies Antwerpen en
 * Oost-Vlaanderen" each name is a province; in "de parketten van Limburg en Antwerpen" each
 * name is a prosecutor's office.
 */
function elidedLists(text: string, folded: string, hits: Hit[], matcher: EntityMatcher, about: ReadonlySet<string>): Hit[] {
  const named = elidedListItems(text, folded, hits, matcher, about).filter((item) => item.entity !== null);
  if (named.length === 0) return hits;
  // The plural noun itself ("parketten", the generic body) names no entity of its own before its items.
  const heads = new Set(named.filter((item) => !item.headNamesFirstItem).map((item) => item.headStart));
  const kept = hits.filter((h) => !heads.has(h.start) && !named.some((item) => h.start < item.end && item.start < h.end));
  const listed = named.map(({ start, end, entity }): Hit => ({ folded: folded.slice(start, end), entityType: entity!.entityType, entityId: entity!.entityId, requires: null, evidence: 'none', start, end }));
  const facilities = listed.filter((_, i) => FACILITY_HEADS.has(normaliseSpace(named[i]!.head.replace(/\s+van$/u, ''))));
  return [...facilitiesByTheirTowns(folded, kept, hits, facilities), ...listed].sort((a, b) => a.start - b.start);
}

/** Where a facility is the place where something happens: "in Charleroi is het tekort groter", not "de burgemeester van Charleroi". */
const FACILITY_PREPOSITION = /(?:^|[^\p{L}])(?:in|op|te|naar|uit|vanuit)\s+$/u;

/**
 * A town that a list after a plural facility noun read as its facility ("de luchthavens Zaventem en
 * Charleroi") stands for that facility elsewhere in the text after a place preposition ("en in
 * Charleroi is het tekort groter"): a text keeps one sense of a name. After "van" and elsewhere the
 * town stays the town ("de burgemeester van Charleroi").
 */
function facilitiesByTheirTowns(folded: string, kept: Hit[], hits: readonly Hit[], facilities: readonly Hit[]): Hit[] {
  const facilityOfTown = new Map<string, Hit>();
  for (const item of facilities) {
    const town = hits.find((h) => h.start === item.start && h.end === item.end && h.entityType === 'location');
    if (town) facilityOfTown.set(town.entityId, item);
  }
  if (facilityOfTown.size === 0) return kept;
  return kept.map((h) => {
    const facility = h.entityType === 'location' ? facilityOfTown.get(h.entityId) : undefined;
    return facility && FACILITY_PREPOSITION.test(folded.slice(Math.max(0, h.start - 10), h.start)) ? { ...h, entityType: facility.entityType, entityId: facility.entityId } : h;
  });
}

/** "de luchthaven", "het vliegveld" standing alone, after a definite determiner. */
const BARE_AIRPORT = /(?<=(?:^|[^\p{L}\p{N}])(?:de|het|die|deze|dat)\s+)(?:luchthaven|vliegveld)(?![\p{L}\p{N}-])/gu;

/**
 * A bare "de luchthaven" in a text about a town that has an airport names that airport, as a bare
 * "haven" names the port of the text's scope (the devset's convention, fresh8): the airport the
 * gazetteer calls "luchthaven van <town>". Not before "van" or a name ("de luchthaven van Charleroi",
 * found as a name) nor before "in"/"te" and another town; where the text is about the country or a
 * province ("de groei van de luchthaven" in a text on all airports) it names none.
 */
function bareAirportHits(text: string, folded: string, hits: readonly Hit[], matcher: EntityMatcher, scope: string | null): Hit[] {
  const town = scope ? matcher.locations.get(scope) : undefined;
  if (!town || !TOWN_KINDS.has(town.kind) || (!folded.includes('luchthaven') && !folded.includes('vliegveld'))) return [];
  const airport = matcher.plainForms.get(`luchthaven van ${normaliseSpace(town.name)}`);
  if (airport?.entityType !== 'location') return [];
  const found: Hit[] = [];
  for (const m of folded.matchAll(BARE_AIRPORT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && start < h.end) || /^\s+van\s|^ \p{Lu}/u.test(text.slice(end, end + 6))) continue;
    const placeAfter = /^\s+(?:in|te)\s+/u.exec(text.slice(end, end + 6));
    if (placeAfter && !hits.some((h) => h.start === end + placeAfter[0].length && h.entityId === scope)) continue;
    found.push({ ...airport, folded: m[0], start, end });
  }
  return found;
}

// "de provinciale rechtbank", "het provinciale parket": a court or prosecutor's office named by its province's adjective alone.
const PROVINCIAL_BODY = /(?<![\p{L}])provinciale?\s+(rechtbank|parket)(?![\p{L}\p{N}-])/gu;

/**
 * "Zo is de toestand in Oost-Vlaanderen schrijnend. De voorzitter van de provinciale rechtbank …": since the 2014 reform
 * each province has one court of first instance and one prosecutor's office, so "provinciale rechtbank" or "parket" names
 * the body of the province the text named last before it (else of the document's scope, when that is a province); the
 * noun's own generic hit ("parket") gives way. Where neither is a province with such a body, nothing changes.
 */
function provincialBodies(folded: string, hits: Hit[], matcher: EntityMatcher, scope: string | null): void {
  if (!folded.includes('provincia')) return;
  for (const m of folded.matchAll(PROVINCIAL_BODY)) {
    const start = m.index;
    const end = start + m[0].length;
    const own = hits.findIndex((h) => h.start < end && start < h.end);
    if (own >= 0 && !(hits[own]!.folded === m[1] && hits[own]!.end === end && !hits.some((h, i) => i !== own && h.start < end && start < h.end))) continue;
    const named = hits.findLast((h) => h.end <= start && h.entityType === 'location' && matcher.locations.get(h.entityId)?.kind === 'province')?.entityId;
    const province = matcher.locations.get(named ?? scope ?? '');
    if (province?.kind !== 'province') continue;
    const body = matcher.plainForms.get(`${m[1]} ${normaliseSpace(province.name)}`);
    if (body?.entityType !== 'actor') continue;
    const hit: Hit = { ...body, folded: m[0], start, end };
    if (own >= 0) hits.splice(own, 1, hit);
    else {
      const next = hits.findIndex((h) => h.start > start);
      hits.splice(next < 0 ? hits.length : next, 0, hit);
    }
  }
}

/**
 * "het Vlaams Agentschap Binnenlands Bestuur", "de Vlaamse Agentschap Zorg en Gezondheid": the adjective of the place a body belongs
 * to, right before its name, is the first word of that name; one mention of the body, no mention of the place.
 */
function adjectivesOfTheirOwnPlace(text: string, hits: Hit[], matcher: EntityMatcher): void {
  for (let i = hits.length - 1; i > 0; i--) {
    const [place, body] = [hits[i - 1]!, hits[i]!];
    if (place.entityType !== 'location' || body.entityType !== 'actor' || text.slice(place.end, body.start) !== ' ') continue;
    const adjective = text.slice(place.start, place.end);
    if (!PLACE_ADJECTIVE.test(adjective) && !UNINFLECTED_ADJECTIVE.test(adjective)) continue;
    if (matcher.actors.get(body.entityId)?.location !== place.entityId || !/^\p{Lu}/u.test(text.slice(body.start, body.end))) continue;
    hits.splice(i - 1, 2, { ...body, start: place.start });
  }
}

/** "E40", "E-40", "R0", "A12", "N70" standing alone: the number of a road. */
export const ROAD_NUMBER = /(?<![\p{L}\p{N}-])([ENRA])-?(\d{1,3})(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Words a road number follows: an article, a road noun, a preposition of route ("de E40", "snelweg A12", "richting R0"). */
const ROAD_LEAD = /(?:^|[^\p{L}])(?:de|snelweg|autosnelweg|autoweg|ring|richting|via|langs)\s+$/iu;
/** Prepositions and conjunctions a sentence may open with before a road ("Op E40", "Tussen R0 en …"). */
const ROUTE_WORD = /^(?:op|via|langs|naar|aan|over|tussen|bij|rond|en|of|ook|nabij|vanaf|tot|van|in|met|door|onder)$/iu;
/** A capitalised word right before a number: a make before its model ("Audi A4", "Renault R5"). */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]*)\s+$/u;

/**
 * Whether a road number at `start` is read as the road: not after a capitalised word that is no
 * road word or preposition (a car's make: "een Audi A4", "Renault R5"); and "A1" to "A10", also paper sizes and driving licence
 * categories ("op A4", "rijbewijs A2"), only after an article, a road noun or a route preposition
 * ("op de A1", "snelweg A4").
 */
function readAsRoad(text: string, start: number, letter: string, number: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const name = NAME_BEFORE.exec(before);
  if (name && !ROAD_LEAD.test(before) && !ROUTE_WORD.test(name[1]!)) return false;
  return letter.toUpperCase() !== 'A' || number > 10 || ROAD_LEAD.test(before);
}

/**
 * Whether a road's mention is its bare number ("A4", "R-5") that {@link readAsRoad} does not read as the road there, or a letter
 * and a number the folded match took for one that is written otherwise ("op 1 à 2 jaar", "a 2").
 */
function numberNotARoad(text: string, h: Hit, matcher: EntityMatcher): boolean {
  if (h.entityType !== 'location' || matcher.locations.get(h.entityId)?.kind !== 'road') return false;
  const written = text.slice(h.start, h.end);
  const m = /^([ENRA])[\s-]?(\d{1,3})$/u.exec(written);
  if (m === null) return /^\p{L}[\s-]*\d{1,3}$/u.test(written);
  return !readAsRoad(text, h.start, m[1]!, Number(m[2]));
}

/** Roads written by their number, in any of their spellings, that the gazetteer knows. */
function roadHits(text: string, hits: Hit[], matcher: EntityMatcher): Hit[] {
  const found: Hit[] = [];
  if (matcher.roads.size === 0) return found;
  const claimed = new Uint8Array(text.length);
  for (const h of hits) claimed.fill(1, h.start, h.end);
  for (const m of text.matchAll(ROAD_NUMBER)) {
    const id = matcher.roads.get(`${m[1]!.toLowerCase()}${Number(m[2])}`);
    const end = m.index + m[0].length;
    if (!id || claimed.subarray(m.index, end).includes(1) || !readAsRoad(text, m.index, m[1]!, Number(m[2]))) continue;
    found.push({ folded: m[0].toLowerCase(), entityType: 'location', entityId: id, requires: null, evidence: 'none', start: m.index, end });
  }
  return found;
}

/** The one or two words before a coordinator ("en", "of", ",", "zowel … als"), an article after it allowed: "lokale en de ", "Federale Bestuurlijke als de ". */
const COORDINATED_BEFORE = /(?:([\p{L}-]+)\s+)?([\p{L}-]+)\s*(?:,|\s+en|\s+of|\s+als)(?:\s+(?:de|het))?\s+$/du;

/** Whether `text[0, end)` ends on a coordinator as {@link COORDINATED_BEFORE} writes one: a comma, or "en", "of", "als" after white space. */
const endsOnCoordinator = (text: string, end: number) => text[end - 1] === ',' || spacedWordBefore(text, end, ['en', 'of', 'als']) >= 0;

/**
 * Whether `before` may match {@link COORDINATED_BEFORE}: it ends in white space after a
 * coordinator, or after an article after one. Checked from the end, so that the expression, which
 * is tried at every position of its window, runs only where it can match.
 */
export function mayEndCoordinated(before: string): boolean {
  const end = spaceStart(before, before.length);
  if (end === before.length) return false;
  const article = spacedWordBefore(before, end, ['de', 'het']);
  return endsOnCoordinator(before, end) || (article >= 0 && endsOnCoordinator(before, spaceStart(before, article)));
}

/**
 * Coordination ellipsis: in "de lokale en federale politie" the head noun is written once,
 * so "lokale" stands for "lokale politie". When the word before "en"/"of"/"," with the
 * rest of a matched name forms another known name, that word is a mention of it.
 */
function ellipticalHits(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): Hit[] {
  const found: Hit[] = [];
  for (const h of hits) {
    const words = folded.slice(h.start, h.end).split(/\s+/u);
    if (words.length < 2) continue;
    const windowStart = Math.max(0, h.start - 40);
    const window = folded.slice(windowStart, h.start);
    const before = mayEndCoordinated(window) ? COORDINATED_BEFORE.exec(window) : null;
    if (!before?.indices) continue;
    // Two words before the coordinator when they complete a name ("federale bestuurlijke" + "politie") and are free, else one.
    const end = windowStart + before.indices[2]![1];
    const elided = [1, 2]
      .filter((group) => before[group] !== undefined)
      .map((group) => ({ form: matcher.plainForms.get([...before.slice(group, 3), ...words.slice(1)].join(' ')), start: windowStart + before.indices![group]![0] }))
      .find(({ form, start }) => form !== undefined && !hits.some((x) => x.start < end && start < x.end));
    if (elided) found.push({ ...elided.form!, start: elided.start, end });
  }
  return found;
}

// "de lokale", "de federale": a level of the police written as a noun, what follows it no noun it qualifies.
const POLICE_LEVEL_AS_NOUN = /(?<![\p{L}])de\s+(lokale|federale)(?=\s*[,.;:!?)]|\s+(\p{L}+))/gu;

/**
 * "bij de lokale zijn er dat zelfs 2.097", "Maar de federale kon dat niet": in a text on the police, its level's adjective
 * standing alone (a verb, an article or a clause's end after it, no noun it qualifies; "de federale staat" stays the state) is
 * that level's police, the form "<adjective> politie" names. ("als lokale" is a capacity, {@link bodyAsAKind}.)
 */
function policeLevelsAsNouns(folded: string, hits: readonly Hit[], matcher: EntityMatcher): Hit[] {
  if (!folded.includes('politie')) return [];
  const found: Hit[] = [];
  for (const m of folded.matchAll(POLICE_LEVEL_AS_NOUN)) {
    const next = m[2];
    const start = m.index + m[0].length - m[1]!.length;
    const otherLevelLater = (next === 'en' || next === 'of') && otherPoliceLevelAfter(folded, start + m[1]!.length, m[1]!);
    if (next !== undefined && !otherLevelLater && (next === 'staat' || next === 'staan' || !(FINITE_VERBS.has(next) || PAST_VERBS.has(next) || NP_DETERMINERS.has(next)))) continue;
    const form = matcher.plainForms.get(`${m[1]} politie`);
    if (form && !hits.some((h) => h.start < start + m[1]!.length && start < h.end)) found.push({ ...form, start, end: start + m[1]!.length });
  }
  return found;
}

// How far after "de lokale en" the other level's police may be named: "bij de lokale en 9.629 bij de federale politie".
const OTHER_LEVEL_REACH = 40;

/** Whether the clause after a level's adjective at `from` names the other level's police ("… en 9.629 bij de federale politie"). */
function otherPoliceLevelAfter(folded: string, from: number, level: string): boolean {
  const after = folded.slice(from, from + OTHER_LEVEL_REACH);
  const named = LEVEL_POLICE.exec(after);
  // A full stop between digits separates thousands ("9.629"); any other mark ends the clause.
  return named !== null && named[1] !== level && !/[;:!?]|\.(?!\d)/u.test(after.slice(0, named.index));
}
// A level's police named in full: "de lokale politie", "de federale politie".
const LEVEL_POLICE = /(?<![\p{L}])de\s+(lokale|federale)\s+politie(?![\p{L}])/u;

/** "Neer- en ", "Oost-of ": the first part of a suspended compound, a capitalised word and its hyphen before a conjunction. */
export const SUSPENDED_PART = /(?<![\p{L}\p{N}-])\p{Lu}\p{L}+-(?=\s*(?:en|of)\s+\p{Lu})/gu;
const suspendedParts = capitalStartMatcher(SUSPENDED_PART);

/**
 * A suspended compound of two places: in "Neer- en Opoeteren" and "Oost- en West-Vlaanderen" the
 * first part with the second place's tail ("oeteren", "-Vlaanderen") is a place of its own
 * (Neeroeteren, Oost-Vlaanderen), a mention quoted with its hyphen, as the devset writes it. The
 * longest tail that makes a known place wins; a part that makes none ("Justitie- en
 * Veiligheidsbeleid") names nothing.
 */
function suspendedPlaceHits(source: PreparedText, hits: readonly Hit[], matcher: EntityMatcher): Hit[] {
  const { text, folded } = source;
  const found: Hit[] = [];
  for (const m of suspendedParts(text, source.capitalWordStarts)) {
    const end = m.index + m[0].length;
    const joiner = /^\s*(?:en|of)\s+/u.exec(text.slice(end, end + 8))!;
    const second = hits.find((h) => h.start === end + joiner[0].length && h.entityType === 'location');
    if (!second || hits.some((h) => h.start < end && m.index < h.end)) continue;
    const head = folded.slice(m.index, end - 1);
    const tail = folded.slice(second.start, second.end);
    for (let cut = 1; cut <= tail.length - 3; cut++) {
      const form = matcher.plainForms.get(`${head}${tail.slice(cut)}`);
      if (form?.entityType !== 'location') continue;
      found.push({ ...form, folded: folded.slice(m.index, end), start: m.index, end });
      break;
    }
  }
  return found;
}

/** A parliament's name: the Chamber, the Senate, a regional or the European Parliament. */
const PARLIAMENT_NAME = /(?:^|\s)(?:parlement|kamer van volksvertegenwoordigers|senaat)$/iu;
/** A bare word for a parliament or one of its committees: "bij het parlement", "de onderzoekscommissie naar …". */
const BARE_PARLIAMENT = /(?<![\p{L}\p{N}-])(?:parlement|onderzoekscommissie|opvolgingscommissie)(?![\p{L}\p{N}-])/gu;
/** Members' titles that say which parliament a text speaks of, with that parliament's form: a "Kamerlid" sits in the Kamer. */
const MEMBER_TITLES: Array<[RegExp, string]> = [
  [/(?<![\p{L}])kamerl(?:id|eden)(?![\p{L}])/u, 'kamer'],
  [/(?<![\p{L}])vlaams(?:e)? (?:parlementsl(?:id|eden)|volksvertegenwoordigers?)(?![\p{L}])/u, 'vlaams parlement'],
];
/** An adjective or a capitalised word (not an article) right before the bare word: it names another parliament ("het Nederlandse parlement"). */
const QUALIFIED_BEFORE = /(?<![\p{L}])(?!(?:De|Het|Dit|Dat|Deze|Die)\s)(?:\p{Lu}[\p{L}-]*|\p{L}+(?:se|sche|ese))\s+$/u;

/**
 * "Een Kamerlid dient een resolutie in bij het parlement", "de onderzoekscommissie naar de
 * aanslagen": a bare word for a parliament or its committee (a committee is its parliament, the
 * dev-set convention) names the one parliament the document speaks of, named outright or by its
 * members' title ("Kamerlid"); with none or several, nothing. Not after an adjective or a
 * capitalised word, and not on characters another mention holds.
 */
function bareParliamentHits(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): Hit[] {
  const parliaments = new Set(hits.filter((h) => h.entityType === 'actor' && PARLIAMENT_NAME.test(matcher.actors.get(h.entityId)?.name ?? '')).map((h) => h.entityId));
  for (const [title, form] of MEMBER_TITLES) {
    const parliament = matcher.plainForms.get(form);
    if (parliament && title.test(folded)) parliaments.add(parliament.entityId);
  }
  if (parliaments.size !== 1) return [];
  const [parliamentId] = parliaments;
  const claimed = claimedBy(text.length, hits);
  const found: Hit[] = [];
  for (const m of folded.matchAll(BARE_PARLIAMENT)) {
    const end = m.index + m[0].length;
    if (claimed.subarray(m.index, end).includes(1) || QUALIFIED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    found.push({ folded: m[0], entityType: 'actor', entityId: parliamentId!, requires: null, evidence: 'none', start: m.index, end });
  }
  return found;
}

/** Marks the characters of hits, so that a new hit can be checked against all of them in its own length. */
function claimedBy(length: number, hits: Hit[]): Uint8Array {
  const claimed = new Uint8Array(length);
  for (const h of hits) claimed.fill(1, h.start, h.end);
  return claimed;
}

const personHit = (folded: string, personId: string, start: number, end: number): Hit => ({ folded: folded.slice(start, end), entityType: 'actor', entityId: personId, requires: null, evidence: 'none', start, end });

/**
 * A surname as written in running text: its last word capitalised, a particle before it in
 * either case ("De Wever", "de Vos", "Van der Proef"); not a lower-case word ("testmans").
 */
const isWrittenAsSurname = (quote: string) => isCapitalised(quote.split(/\s+/u).at(-1)!);

/** Where an actor is: its location and the places it serves. */
const placesOf = (actor: ActorEntry | undefined): string[] =>
  actor ? [actor.location, ...actor.areas.map((a) => a.location)].filter((id) => id !== null) : [];

/**
 * Whether a membership's organisation is local (a town's government, a police zone) and the
 * document is about none of its places: neither its scope nor a place it names is the town
 * or a town the zone serves, and it does not name the organisation. Many towns have a mayor
 * or a chief of the same common surname ("burgemeester Wouters"); a national body's title
 * (minister, governor) holds anywhere.
 */
function localElsewhere(matcher: EntityMatcher, organizationId: string, about: ReadonlySet<string>, namedActors: ReadonlySet<string>): boolean {
  const organization = matcher.actors.get(organizationId);
  if (!organization || namedActors.has(organizationId)) return false;
  const places = placesOf(organization);
  const local = organization.kind === 'police_zone' || places.some((id) => TOWN_KINDS.has(matcher.locations.get(id)?.kind ?? ''));
  return local && !places.some((id) => about.has(id));
}

/**
 * Whether a person held a title on the document's date: a membership whose role carries the
 * title covers the date (any membership without a date), and is not a local office of a town
 * or zone the document is not about ({@link localElsewhere}). A named town government or police
 * zone ("de Gentse politie") makes the document about its towns too.
 */
function titleHolding(matcher: EntityMatcher, hits: Hit[], about: ReadonlySet<string>, date: string | null): (personId: string, title: string) => boolean {
  const namedActors = new Set(hits.filter((h) => h.entityType === 'actor').map((h) => h.entityId));
  const places = new Set(about);
  for (const id of namedActors) for (const place of placesOf(matcher.actors.get(id))) places.add(place);
  return (personId, title) =>
    matcher.actors.get(personId)?.memberships.some((m) => roleHasTitle(m.role, title) && (date === null || periodCovers(m, date)) && !localElsewhere(matcher, m.organization, places, namedActors)) ?? false;
}

/**
 * "minister Verlinden", "burgemeester De Wever": a title word with the surname of a gazetteer
 * person names that person when, on the document's date, exactly one person whose
 * membership carries that title has that surname. The mention is the surname alone (a
 * title is not part of a person's name). Without a document date the title names the one
 * person of that surname who ever held it ("burgemeester Close" in an undated question), and
 * nobody where two did; a local title (a town's mayor, a zone's chief) only in a document
 * about that town or zone ({@link localElsewhere}), dated or not.
 */
function titledSurnameHits(text: string, folded: string, tokens: MatchToken[], hits: Hit[], matcher: EntityMatcher, date: string | null, about: ReadonlySet<string>): Hit[] {
  const claimed = claimedBy(text.length, hits);
  const holds = titleHolding(matcher, hits, about, date);
  const byPlace = new Map<number, { end: number; persons: Set<string> }>();
  for (const { start, end, value } of matcher.titledSurnames.findAll(tokens)) {
    if (!holds(value.personId, value.title)) continue;
    const surnameStart = start + value.titleLength;
    const place = byPlace.get(surnameStart) ?? { end, persons: new Set<string>() };
    place.persons.add(value.personId);
    byPlace.set(surnameStart, place);
  }
  const found: Hit[] = [];
  for (const [start, { end, persons }] of byPlace) {
    if (persons.size !== 1 || !isWrittenAsSurname(text.slice(start, end)) || claimed.subarray(start, end).includes(1) || givenNameGoesOn(text, end)) continue;
    found.push(personHit(folded, [...persons][0]!, start, end));
  }
  return found;
}

/** A capitalised word right after the name, on the same line: "de heer Olivier Deleuze", the word matched as a surname was a given name. */
const SURNAME_FOLLOWS = /^ +\p{Lu}\p{Ll}/u;
/**
 * Whether a surname matched after a title or an honorific goes on into another name ("De heer
 * Olivier Deleuze", "burgemeester Jan Peeters"): then the word was a given name, and the person
 * named is another one (whose surname follows).
 */
const givenNameGoesOn = (text: string, end: number): boolean => SURNAME_FOLLOWS.test(text.slice(end, end + 3));

/** Titles in the plural before a list of persons ("de burgemeesters De Wever en Somers"), with the title each person holds. */
const PLURAL_TITLES: Readonly<Record<string, string>> = {
  burgemeesters: 'burgemeester', schepenen: 'schepen', ministers: 'minister', staatssecretarissen: 'staatssecretaris', vicepremiers: 'vicepremier',
  gouverneurs: 'gouverneur', gedeputeerden: 'gedeputeerde', korpschefs: 'korpschef', zonechefs: 'zonechef', procureurs: 'procureur',
  woordvoerders: 'woordvoerder', woordvoersters: 'woordvoerster', kamerleden: 'kamerlid', volksvertegenwoordigers: 'volksvertegenwoordiger',
  parlementsleden: 'parlementslid', senatoren: 'senator',
};
/**
 * A plural title as a word (the boundaries are checked where it is found): a literal alternation
 * with no lookbehind, which V8 scans for by skipping ahead; most texts hold none.
 */
const PLURAL_TITLE = new RegExp(Object.keys(PLURAL_TITLES).join('|'), 'gu');
/** What may stand between a plural title and its list: space, a colon. */
const BEFORE_LIST = /\s*:?\s+/uy;
/** What joins the items of a list: a comma, or "en" before its last item. */
const LIST_JOINER = /\s*,\s*|\s+en\s+/uy;

/** The surnames of the persons who hold a title in the plural list ({@link PLURAL_TITLES}), each under its title; built on first use. */
const listedSurnamesOf = new WeakMap<EntityMatcher, FormTrie<TitledSurname>>();

function listedSurnames(matcher: EntityMatcher): FormTrie<TitledSurname> {
  let trie = listedSurnamesOf.get(matcher);
  if (trie) return trie;
  trie = new FormTrie<TitledSurname>();
  const titles = [...new Set(Object.values(PLURAL_TITLES))];
  for (const a of matcher.actors.values()) {
    const surname = a.kind === 'person' ? surnameOf(a.name) : null;
    if (!surname) continue;
    for (const title of titles) if (a.memberships.some((m) => roleHasTitle(m.role, title))) trie.add(normaliseSpace(surname), { personId: a.id, titleLength: 0, title });
  }
  listedSurnamesOf.set(matcher, trie);
  return trie;
}

/**
 * "de burgemeesters De fauw en Vandenberghe", "schepenen Mondelaers, Thijssen en Franssens": a
 * title in the plural before a list of surnames names, item by item, the person the title in
 * the singular would name ({@link titledSurnameHits}: on the document's date exactly one holder
 * of that surname, a local title only in a document about its place). An item the text names
 * already ("Dirk De fauw") is passed over; the list ends at its "en" item, or at an item that
 * names nobody (an unknown name, "van Brugge", a capital that opens no surname).
 */
function pluralTitleListHits(text: string, folded: string, tokens: MatchToken[], hits: Hit[], matcher: EntityMatcher, date: string | null, about: ReadonlySet<string>): Hit[] {
  const found: Hit[] = [];
  let byStart: Map<number, Array<{ end: number; value: TitledSurname }>> | undefined;
  let holds: ((personId: string, title: string) => boolean) | undefined;
  const claimed = claimedBy(text.length, hits);
  const namedAt = new Map(hits.filter((h) => h.entityType === 'actor' && matcher.actors.get(h.entityId)?.kind === 'person').map((h) => [h.start, h.end]));
  for (const m of folded.matchAll(PLURAL_TITLE)) {
    const title = PLURAL_TITLES[m[0]]!;
    if (/[\p{L}-]/u.test(folded[m.index - 1] ?? ' ')) continue;
    BEFORE_LIST.lastIndex = m.index + m[0].length;
    if (!BEFORE_LIST.test(folded) || !isCapitalised(text.slice(BEFORE_LIST.lastIndex, BEFORE_LIST.lastIndex + 1))) continue;
    byStart ??= groupByStart(listedSurnames(matcher).findAll(tokens));
    holds ??= titleHolding(matcher, hits, about, date);
    for (let at = BEFORE_LIST.lastIndex, last = false; ;) {
      let end = namedAt.get(at);
      if (end === undefined) {
        const item = listItem(byStart.get(at) ?? [], title, holds);
        if (!item || !isCapitalised(text.slice(at, at + 1)) || !isWrittenAsSurname(text.slice(at, item.end)) || claimed.subarray(at, item.end).includes(1)) break;
        if (item.personId !== null) found.push(personHit(folded, item.personId, at, item.end));
        end = item.end;
      }
      LIST_JOINER.lastIndex = end;
      const joiner: RegExpExecArray | null = last ? null : LIST_JOINER.exec(folded);
      if (!joiner) break;
      last = joiner[0].trim() === 'en';
      at = LIST_JOINER.lastIndex;
    }
  }
  return found;
}

function groupByStart(found: Array<{ start: number; end: number; value: TitledSurname }>): Map<number, Array<{ end: number; value: TitledSurname }>> {
  const byStart = new Map<number, Array<{ end: number; value: TitledSurname }>>();
  for (const { start, end, value } of found) byStart.set(start, [...(byStart.get(start) ?? []), { end, value }]);
  return byStart;
}

/**
 * A list item: the longest surname there that a bearer of the title has, with its one holder on
 * the date (null where none or two hold it: the item is passed over); null where no bearer of
 * the title has a surname there (the list ends).
 */
function listItem(items: Array<{ end: number; value: TitledSurname }>, title: string, holds: (personId: string, title: string) => boolean): { personId: string | null; end: number } | null {
  const bearers = items.filter((i) => i.value.title === title);
  if (bearers.length === 0) return null;
  const end = Math.max(...bearers.map((i) => i.end));
  const holders = new Set(bearers.filter((i) => i.end === end && holds(i.value.personId, title)).map((i) => i.value.personId));
  return { personId: holders.size === 1 ? [...holders][0]! : null, end };
}

/**
 * "De heer Ceyssens": an honorific with the surname that one gazetteer person alone bears names
 * that person; the mention is the surname alone, written as a surname, on characters no other
 * mention holds.
 */
function honorificSurnameHits(text: string, folded: string, tokens: MatchToken[], hits: Hit[], matcher: EntityMatcher): Hit[] {
  const claimed = claimedBy(text.length, hits);
  const found: Hit[] = [];
  for (const { start, end, value } of matcher.honorificSurnames.findAll(tokens)) {
    const surnameStart = start + value.titleLength;
    if (!isWrittenAsSurname(text.slice(surnameStart, end)) || claimed.subarray(start, end).includes(1) || cutsCompound(text, { start: surnameStart, end } as Hit) || givenNameGoesOn(text, end)) continue;
    claimed.fill(1, start, end);
    found.push(personHit(folded, value.personId, surnameStart, end));
  }
  return found;
}

/**
 * The persons the hits name, by folded surname: each with the end of its first mention, the point
 * from which its surname alone can name it. With `inFullOnly` only mentions that hold more than the
 * surname count ("Annelies Verlinden", not "Verlinden"); without it a surname that a title or an
 * honorific resolved to one person ("premier De Croo", "de heer Vanlouwe") counts too, since those
 * rules name a person only when the document's date and the gazetteer leave exactly one.
 */
function namedBySurname(text: string, hits: Hit[], matcher: EntityMatcher, { inFullOnly }: { inFullOnly: boolean }): Map<string, { personId: string; end: number }[]> {
  const firstNamed = new Map<string, { personId: string; end: number }[]>();
  for (const h of hits) {
    const person = h.entityType === 'actor' ? matcher.actors.get(h.entityId) : undefined;
    const surname = person?.kind === 'person' ? surnameOf(person.name) : null;
    if (!surname || (inFullOnly && normaliseSpace(text.slice(h.start, h.end)) === normaliseSpace(surname))) continue;
    const key = normaliseSpace(surname);
    const named = firstNamed.get(key) ?? [];
    if (!named.some((n) => n.personId === person!.id)) named.push({ personId: person!.id, end: h.end });
    firstNamed.set(key, named);
  }
  return firstNamed;
}

/**
 * "burgemeester Lens", "de heer Lens", "Thierry Lens sprak. Later zei Lens": a place's name that
 * is also a gazetteer person's surname is the person's, not the place's, where a title of one of
 * that person's roles or an honorific stands right before it (Dutch writes "de burgemeester van
 * Lens" for the town's mayor), or where the document named one person of that surname in full
 * before it and no place preposition precedes it ("in Lens" stays the place). The place readings
 * are dropped; the person rules after this one name the person where the date and the document
 * allow it, and a title whose holder they cannot tell still says the word is a surname.
 */
function withoutPlacesReadAsSurnames(text: string, folded: string, tokens: MatchToken[], hits: Hit[], matcher: EntityMatcher): Hit[] {
  const placesByEnd = new Map(hits.filter((h) => h.entityType === 'location' && isWrittenAsSurname(text.slice(h.start, h.end))).map((h) => [h.end, h]));
  if (placesByEnd.size === 0) return hits;
  const surnames = new Set<Hit>();
  for (const trie of [matcher.titledSurnames, matcher.honorificSurnames]) {
    for (const { start, end, value } of trie.findAll(tokens)) {
      const place = placesByEnd.get(end);
      // The place is the surname after the title, not a longer name the title is part of.
      if (place && normaliseSpace(folded.slice(place.start, end)) === normaliseSpace(folded.slice(start + value.titleLength, end))) surnames.add(place);
    }
  }
  const namedInFull = namedBySurname(text, hits, matcher, { inFullOnly: true });
  for (const place of placesByEnd.values()) {
    const earlier = namedInFull.get(normaliseSpace(folded.slice(place.start, place.end)))?.filter((n) => n.end <= place.start) ?? [];
    if (earlier.length === 1 && !PLACE_PREPOSITION.test(folded.slice(Math.max(0, place.start - 10), place.start))) surnames.add(place);
  }
  return surnames.size === 0 ? hits : hits.filter((h) => !surnames.has(h));
}

/**
 * Document-scoped coreference: after a person is named in full ("Annelies Verlinden") or by a
 * title or an honorific that names one person ("premier De Croo"), the surname alone ("Verlinden
 * zei", "volgens De Croo") names the same person, when exactly one person named earlier in the
 * document has that surname. Surnames are found in one walk of a trie of the document's surnames
 * over its tokens, so the cost stays linear in the text.
 */
function surnameHits(text: string, folded: string, tokens: MatchToken[], hits: Hit[], matcher: EntityMatcher): Hit[] {
  const firstNamed = namedBySurname(text, hits, matcher, { inFullOnly: false });
  if (firstNamed.size === 0) return [];
  // "stelt Jambons woordvoerder": the genitive "-s" before a lowercase noun; the mention is the surname without it.
  const trie = new FormTrie<{ surname: string; genitive: boolean }>();
  for (const key of firstNamed.keys()) {
    trie.add(key, { surname: key, genitive: false });
    if (!/s$/u.test(key)) trie.add(`${key}s`, { surname: key, genitive: true });
  }
  const claimed = claimedBy(text.length, hits);
  const found: Hit[] = [];
  for (const match of trie.findAll(tokens)) {
    const { start, value: { surname: value, genitive } } = match;
    // Mid-sentence only: a sentence that opens with the name plus "s" may speak of its bearers ("Jambons zijn er veel").
    if (genitive && (!GENITIVE_BEFORE_NOUN.test(text.slice(match.end, match.end + 3)) || opensSentence(text, start))) continue;
    const end = genitive ? match.end - 1 : match.end;
    const earlier = firstNamed.get(value)!.filter((n) => n.end <= start);
    const quote = text.slice(start, end);
    if (earlier.length !== 1 || !isWrittenAsSurname(quote) || claimed.subarray(start, end).includes(1) || cutsCompound(text, { start, end } as Hit)) continue;
    if (surnameReadAsWord(text, folded, matcher, value, start, end)) continue;
    claimed.fill(1, start, end);
    found.push(personHit(folded, earlier[0]!.personId, start, end));
  }
  return found;
}

// A lowercase word right after a genitive surname: "Jambons woordvoerder".
const GENITIVE_BEFORE_NOUN = /^ \p{Ll}/u;

/** A verb of saying right after a sentence's first word makes that word its speaker: "Ketels zegt", "Vos benadrukte". */
const SPEECH_VERB_AFTER = /^\s+(?:zegt|zei|zeggen|stelt|stelde|benadrukt|benadrukte|reageert|reageerde|antwoordt|antwoordde|verklaart|verklaarde|vindt|vond|meent|meende|legt|legde|wijst|wees|laat|liet|voegt|voegde|klinkt)\b/u;

/**
 * A surname that is also a common Dutch word ("Ketels", "Vos") is the word, not the person named
 * earlier, where it opens a sentence, since Dutch capitalises any word there ("Ketels met stoom
 * zijn duur"); a verb of saying right after it still makes it the speaker ("Ketels zegt"). In the
 * middle of a sentence its capital is evidence of the name. A title or an honorific before it
 * ("korpschef Ketels") is read by the title rules, not here.
 */
function surnameReadAsWord(text: string, folded: string, matcher: EntityMatcher, surname: string, start: number, end: number): boolean {
  return matcher.wordSurnames.has(surname) && opensSentence(text, start) && !SPEECH_VERB_AFTER.test(folded.slice(end, end + 20));
}

// Flemish surnames are often place names after a capitalised particle ("Marc Van Ranst",
// "Jan Vanden Bossche"); in running text a place after "van" is written lower case.
const SURNAME_PARTICLE = /(?:^|[^\p{L}])(?:Van|Vanden|Vander|Van de|Van der|Van den|Vande)\s+$/u;

/**
 * "Van Kortrijk kwamen 61 dossiers": a "Van" that opens a sentence has the sentence's capital, which
 * shows no surname, so the place after it is a place, unless the text writes the same name after a
 * given name ("Jan Van Gent … Van Gent") or a verb of saying follows it ("Van Gent zegt").
 */
function placeAfterOpeningVan(text: string, folded: string, h: Hit): boolean {
  const van = h.start - 4;
  if (van < 0 || text.slice(van, h.start) !== 'Van ' || !opensSentence(text, van)) return false;
  const name = text.slice(van, h.end);
  const afterGivenName = new RegExp(`\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u');
  return !afterGivenName.test(text) && !SPEECH_VERB_AFTER.test(folded.slice(h.end, h.end + 20));
}

const PORTFOLIO = /\b(?:ministers?|staatssecretaris(?:sen)?|schepen(?:en)?|commissaris(?:sen)?|departement(?:en)?|ministeries?)\s+(?:van|voor)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** "minister van Justitie", "de ministers van Binnenlandse Zaken en Justitie": the ministry names a portfolio here, not an actor of its own. */
function namesAPortfolio(folded: string, start: number): boolean {
  return PORTFOLIO.test(folded.slice(Math.max(0, start - 60), start));
}

/** What joins a function title to the place of its office: "procureur-generaal van", "procureur des Konings in". */
const TITLE_TO_PLACE = /^\s+(?:des\s+konings\s+)?(?:van|in|te)\s+/u;

/**
 * "de procureur-generaal van Brussel", "Procureur des Konings in West-Vlaanderen": an office's
 * name that opens with a person's function title names the person's function, not the office
 * (the title is no actor, the devset's fresh14 convention), and its place is a place mention: the
 * hit of the office gives way to one of the place. A name that does not open with a title
 * ("het parket van Brussel") stays the office.
 */
function placeOfAFunctionTitle(folded: string, h: Hit, matcher: EntityMatcher): Hit | null {
  if (h.entityType !== 'actor' || matcher.actors.get(h.entityId)?.kind === 'person') return null;
  const quote = folded.slice(h.start, h.end);
  const title = OPENS_WITH_ROLE.exec(quote);
  const joiner = title ? TITLE_TO_PLACE.exec(quote.slice(title[0].length)) : null;
  if (!title || !joiner) return null;
  const start = h.start + title[0].length + joiner[0].length;
  const place = matcher.plainForms.get(normaliseSpace(folded.slice(start, h.end)));
  return place?.entityType === 'location' ? { ...place, folded: folded.slice(start, h.end), start, end: h.end } : null;
}

export const ROLE_NOUN =
  /\b(?:eerste minister|minister-president|vicepremier|premier|minister|staatssecretaris|burgemeester|schepen|gouverneur|gedeputeerde|korpschef|zonechef|zonecommandant|hoofdcommissaris|politiecommissaris|commissaris-generaal|commissaris|hoofdinspecteur|inspecteur|directeur-generaal|directeur|procureur-generaal|procureur|onderzoeksrechter|advocaat-generaal|rechter|persmagistraat|substituut|kabinetschef|diensthoofd|afdelingshoofd|journaliste|journalist|onderzoekster|onderzoeker|voorzitter|voorzitster|woordvoerder|woordvoerster|parlementslid|(?:gemeente|oppositie|provincie|politie|districts)?raadslid|kamerlid|senator|fractieleider|criminoloog|professor)\b/iu;
const ROLE_AFTER_HYPHEN = new RegExp(`^-(?:${ROLE_NOUN.source.replace(/^\\b/u, '')})`, 'iu');
const CLAUSE_END = /[.!?:;"“”()]/u;
// Compiled once: these run for every name a role may stand next to.
const ROLE_NOUNS = new RegExp(ROLE_NOUN.source, 'giu');
const OPENS_WITH_ROLE = new RegExp(`^${ROLE_NOUN.source}`, 'iu');

/** The role phrase right before a name ("minister van Justitie Koen Geens"). */
function roleBefore(text: string, start: number): string | null {
  const window = text.slice(Math.max(0, start - 80), start);
  const clause = window.split(CLAUSE_END).at(-1) ?? '';
  const matches = [...clause.matchAll(ROLE_NOUNS)];
  const last = matches.at(-1);
  if (!last) return null;
  const phrase = clause.slice(last.index).replace(/[\s,]+$/u, '');
  return phrase.split(/\s+/u).length <= 8 ? phrase : null;
}

/** The apposition right after a name ("Stanny De Vlieger, directeur van de federale politie in Antwerpen:"). */
function roleAfter(text: string, end: number): string | null {
  const m = /^,\s*([^,.:;!?"“”()]{3,90})/u.exec(text.slice(end, end + 120));
  if (!m) return null;
  const phrase = m[1]!.trim();
  return OPENS_WITH_ROLE.test(phrase) ? phrase : null;
}

/**
 * Role and party stated next to person mentions: a role noun phrase before the name or
 * as an apposition after it, and a party mention in parentheses in the same clause.
 */
export function extractPersonFacts(text: string, mentions: Mention[], matcher: EntityMatcher): PersonFacts[] {
  const facts: PersonFacts[] = [];
  for (const m of mentions) {
    if (m.entityType !== 'actor' || matcher.actors.get(m.entityId)?.kind !== 'person') continue;
    const before = roleBefore(text, m.start);
    const after = before ? null : roleAfter(text, m.end);
    const tailEnd = m.end + (after ? text.slice(m.end).indexOf(after) + after.length : 0);
    const tail = text.slice(tailEnd, tailEnd + 40);
    const party = mentions.find(
      (p) =>
        p.entityType === 'actor' &&
        matcher.actors.get(p.entityId)?.kind === 'party' &&
        p.start >= tailEnd &&
        p.start <= tailEnd + tail.indexOf(')') &&
        /^\s*\($/u.test(text.slice(tailEnd, p.start)),
    );
    const role = before ?? after;
    if (!role && !party) continue;
    const evidenceStart = before ? m.start - before.length - 1 : m.start;
    const evidenceEnd = party ? party.end + 1 : after ? tailEnd : m.end;
    const evidence: Span = { start: evidenceStart, end: evidenceEnd, quote: text.slice(evidenceStart, evidenceEnd) };
    facts.push({ actorId: m.entityId, role, partyId: party?.entityId ?? null, evidence });
  }
  return facts;
}

const DETERMINERS = new Set(['de', 'het', "'t", 'onze', 'ons', 'ook', 'zowel']);

/**
 * Whether an actor mention is the grammatical subject of its sentence: it opens the
 * sentence (after a determiner) and a verb follows, or it is the agent of a passive ("door de douane").
 */
export function isSubjectOf(sentence: Span, mention: Span, text: string): boolean {
  const before = foldForMatch(text.slice(sentence.start, mention.start)).trim();
  const words = before === '' ? [] : before.split(/\s+/u);
  if (words.every((w) => DETERMINERS.has(w)) && words.length <= 2) return true;
  return endsOnPassiveAgent(before);
}
