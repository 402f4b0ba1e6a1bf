/**
 * Names the gazetteer does not know, proposed for a curator with their quote, offsets and a
 * kind, never loaded as entities: persons with a role ("korpschef Jan Peeters"), organisations
 * with a cue noun ("de dienst Preventie", "Drugscel"), police zones ("politiezone Kempen"),
 * roads by number ("N16"), and other capitalised multi-word names. General Dutch patterns only.
 */
import { codePointTest } from '../text/char-class.js';
import { foldForMatch } from '../text/fold.js';
import { capitalStartMatcher, matchesAtStarts, matchesOf } from '../text/matches.js';
import { escapeRegExp } from '../text/regexp.js';
import { endsOnSpacedWord, spaceStart, spacedWordBefore } from '../text/spaced-words.js';
import { elidedListItems, HONORIFICS, localPartyBranches, opensSentence, POLICE_BEFORE, ROAD_NUMBER, ROLE_NOUN, surnameOf, UNIT_POST_NOUNS, zoneServing, type EntityMatcher } from './entities.js';
import { definedAcronyms, namesOfAcronyms } from './defined-acronyms.js';
import { FOOTBALL_LEAGUE_ID, opponentsOfClubs } from './football.js';
import { DENOMINATORS, NUMBER_ATOMS } from './figures/words.js';
import { formsOneLetterApart } from './misspelt-names.js';
import { prepared, type PreparedText } from './prepared.js';
import type { Candidate, Mention, Span } from './types.js';

/**
 * Where a word opens with a capital: the lookahead first, so that the whole-text searches below
 * fail at once on the many other positions (the lookbehind's letter class costs more), the same matches.
 */
const CAPITAL_NOT_AFTER_LETTER = String.raw`(?=\p{Lu})(?<![\p{L}])`;
const CAP_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}'’]+)*)`;
const PARTICLE = String.raw`(?:[Dd]e|[Vv]an(?:\s+(?:de|der|den))?|[Vv]anden|[Vv]ander|[Ll]e|[Ll]a|[Tt]er|[Tt]en)`;
/** A run of capitalised words joined by name particles: "Bart De Wever", "Binnenlandse Zaken Annelies Verlinden". */
const CAP_RUN = String.raw`${CAP_WORD}(?:\s+(?:${PARTICLE}\s+)*${CAP_WORD})*`;

const ROLES = new RegExp(ROLE_NOUN.source, 'giu');
/** After a role noun: its portfolio or office ("van Justitie", "des Konings"), then a capitalised run that ends in a name. */
const AFTER_ROLE = new RegExp(String.raw`^(?:\s+(?:van|voor|des)(?:\s+de)?)?[ \t]+((?:\p{Lu}\.\s+)?${CAP_RUN})`, 'u');
/** A person name: first name or its initial ("B. Ramaekers"), particles, surname. */
const PERSON_NAME = String.raw`(?:${CAP_WORD}|\p{Lu}\.)\s+(?:${PARTICLE}\s+)*${CAP_WORD}`;
/** Role nouns in the plural, for the persons listed after or before them ("Commissarissen A en B", "A en B, gemeenteraadsleden"). */
const PLURAL_ROLE_NOUNS = [
  'commissarissen', 'hoofdcommissarissen', 'inspecteurs', 'hoofdinspecteurs', 'burgemeesters', 'schepenen', 'ministers', 'staatssecretarissen', 'gouverneurs',
  'gedeputeerden', 'korpschefs', 'directeurs', 'procureurs', 'onderzoeksrechters', 'voorzitters', 'woordvoerders', 'woordvoersters', 'raadsleden',
  'gemeenteraadsleden', 'kamerleden', 'parlementsleden', 'senatoren', 'fractieleiders',
];
const PLURAL_ROLE = PLURAL_ROLE_NOUNS.map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join('|');
/**
 * What every match of {@link PLURAL_ROLE} holds as written: a noun without its first letter (the
 * only one matched in either case), leaving out those that hold a shorter one ("hoofdinspecteurs"
 * holds "nspecteurs"). A text with none of them has no match of the two list patterns built on it,
 * so they are not run over it: most texts name no plural role.
 */
const PLURAL_ROLE_TAILS = ((tails: string[]) => tails.filter((t) => !tails.some((u) => u !== t && t.includes(u))))(PLURAL_ROLE_NOUNS.map((noun) => noun.slice(1)));
/** The tails as one expression: a literal alternation without lookbehind, which V8 scans for by skipping ahead (a twentieth of the two patterns' time). */
const PLURAL_ROLE_TAIL = new RegExp(PLURAL_ROLE_TAILS.map(escapeRegExp).join('|'), 'u');
/** Whether {@link ROLE_THEN_NAMES} or {@link NAMES_THEN_ROLE} may match somewhere in `text` (false: neither does). */
export const mayNamePluralRole = (text: string) => PLURAL_ROLE_TAIL.test(text);
/** Two or more person names joined by commas and a last "en": "Patrick Boonen en Theo Opdenakker". */
const NAME_LIST = String.raw`${PERSON_NAME}(?:\s*,\s*${PERSON_NAME})*\s+en\s+${PERSON_NAME}`;
/** Two or more person names joined by commas, the last by a comma too, on one line: "Mieke Claes, Bart Peeters, Yves Smet". */
const COMMA_NAME_LIST = String.raw`${PERSON_NAME}(?:[ \t]*,[ \t]*${PERSON_NAME})+`;
/** A plural role noun and its persons: "Commissarissen Patrick Boonen en Theo Opdenakker", "de schepenen An Peeters, Jan Claes en Els Smet". */
export const ROLE_THEN_NAMES = new RegExp(String.raw`(?<![\p{L}])(?:${PLURAL_ROLE})\s*:?\s+(${NAME_LIST})(?![\p{L}])`, 'gu');
/** Persons with their plural role as an apposition: "Jeremy Van Gorp en Martine Maelschalck, gemeenteraadsleden voor …", a minutes' line "Mieke Claes, Bart Peeters, schepenen". */
export const NAMES_THEN_ROLE = new RegExp(String.raw`${CAPITAL_NOT_AFTER_LETTER}(${NAME_LIST}|${COMMA_NAME_LIST}),\s+(?:de\s+)?(?:${PLURAL_ROLE})(?![\p{L}])`, 'gu');
/** A name with its role as an apposition: "Filip Janssens, korpschef van de zone,". */
export const NAME_THEN_ROLE = new RegExp(String.raw`${CAPITAL_NOT_AFTER_LETTER}(${PERSON_NAME}),\s+(?:de\s+|het\s+)?(?:nieuwe\s+|huidige\s+|voormalige?\s+|algemeen\s+|Vlaams\s+|federaal\s+)?(${ROLE_NOUN.source.slice(2, -2)})(?![\p{L}])`, 'gu');
/** The person name at the end of a capitalised run: first name, particles, surname. */
/**
 * A role noun (or its plural) and "van"/"voor" right before a capitalised run: the run is the portfolio
 * ("staatssecretaris voor Asiel en Migratie"), and so is each later item of a list of portfolios ("de ministers
 * van Justitie en Binnenlandse Zaken", "minister van Binnenlandse Zaken, Institutionele Hervormingen en …").
 */
const PORTFOLIO_BEFORE = new RegExp(
  String.raw`${ROLE_NOUN.source.slice(0, -2)}(?:s|en)?\s+(?:van|voor)(?:\s+de)?\s+(?:${CAP_WORD}(?:[ \t]+${CAP_WORD})*(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+))*$`,
  'iu',
);
/**
 * Whether a window may match {@link PORTFOLIO_BEFORE}, in any case ("van", "Voor de", "en", a comma; no other
 * character folds to these letters): most windows before a name do not end so, and the expression
 * is tried at each of their positions.
 */
const mayEndOnPortfolioPreposition = (window: string) => endsOnSpacedWord(window.toLowerCase(), ['van', 'voor', 'de', 'en']) || /,\s*$/u.test(window);
/** Adjectives of a portfolio ("Sociale Fraude", "Binnenlandse Zaken") are not first names. */
const ADJECTIVE = /(?:ale|ele|ische|ijke|ige|ieve|andse|aamse)$/u;
const NAME_AT_END = new RegExp(String.raw`${PERSON_NAME}$`, 'u');
const PERSON_NAME_ONLY = new RegExp(String.raw`^${PERSON_NAME}$`, 'u');
/** "prof. dr. Jelle Jansens", "dr. An Peeters": academic titles, abbreviated, before a person's name. */
const ACADEMIC_TITLE = new RegExp(String.raw`(?<![\p{L}])(?:[Pp]rof\.|[Dd]r\.)(?:\s+(?:dr\.|ir\.|em\.))*\s+(${PERSON_NAME})(?![\p{L}])`, 'gu');

/** A surname alone, its particles too: "Peeters", "Van den Bossche", "De Wever", "D’hondt". */
const SURNAME = String.raw`(?:(?:Van|De|Le|La|Ter|Ten|Vanden|Vander|Vande)(?:\s+(?:de|der|den))?\s+)?\p{Lu}(?:['’]\p{Lu}?)?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// "…”, zegt Willockx.", "…”, vindt Dewinter.": a surname alone after the verb of saying that closes a quote, the clause ending on it, is
// its speaker.
const SPEAKER_AFTER_QUOTE = new RegExp(String.raw`[”"’'],?[ \t]+(zegt|zei|aldus|vindt|vond|stelt|stelde|benadrukt|benadrukte|besluit|besloot|reageert|reageerde)[ \t]+(${SURNAME})(?=[ \t]*[.,;:!?])`, 'gu');
/** A full name right after an honorific, closing its clause or line: "De heer Armand De Decker, Burgemeester van Ukkel". */
const FULL_NAME_AFTER_TITLE = new RegExp(String.raw`^[ \t]+(${PERSON_NAME})(?=[ \t]*(?:[,.;:)]|$))`, 'mu');
/**
 * Right after a role or an honorific, a surname alone: "burgemeester Peeters zegt", "Mevrouw Claes", "schepen Van den
 * Bossche". Not when a capitalised word follows (a full name or a run: the other rules').
 */
const SURNAME_AFTER_ROLE = new RegExp(String.raw`^[ \t]+(${SURNAME})(?![\p{L}\p{N}'’-])(?![ \t]+\p{Lu})`, 'u');
/**
 * A full name as an apposition after a role, its body or place between them: "de burgemeester, Jan Peeters, zegt",
 * "de korpschef van de zone, An Claes,". The name closes with a comma or a clause's end.
 */
const APPOSITION_AFTER_ROLE = new RegExp(String.raw`^(?:[ \t]+(?:van|voor)[ \t]+[^,.;:\n]{1,40}?)?[ \t]*,[ \t]*(${PERSON_NAME})(?=[ \t]*[,.;:)])`, 'u');
/** Honorifics before a surname, as their own words: "Mevrouw Peeters", "de heer Claes". */
const HONORIFIC = new RegExp(String.raw`(?<![\p{L}])(?:${HONORIFICS.map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)}`).join('|')})(?![\p{L}])`, 'gu');
/**
 * An attendance line of minutes: "Aanwezig: Jan Peeters, voorzitter; An Claes, schepen; …", its heading word and its items
 * (separated by semicolons or commas, without a final "en"). The heading is no name; each item that is a full name is a person.
 */
const ATTENDANCE_LINE = /^[ \t]*(Aanwezig|Afwezig|Verontschuldigd|Verontschuldigingen)[ \t]*:[ \t]*([^\n]+)/dgmu;
/** The items of an attendance line with their offsets in it. */
const ATTENDANCE_ITEM = /[^,;]+/gu;
/** A place's word ending a name ("Noordwijk", "Kerkstraat"): a surname does not end so. */
const PLACE_WORD_END = /(?:wijk|straat|laan|plein|steenweg)$/u;

/**
 * The surname alone after a role or honorific ending at `at` ({@link SURNAME_AFTER_ROLE}), as a span: not a word that names
 * a body, a place, a number or an adjective, nor a sentence's function word ("burgemeester Financiën" has none of these
 * tests to fail, but Dutch writes a portfolio after "van").
 */
function surnameAfterRole(text: string, at: number): [number, number] | null {
  const m = SURNAME_AFTER_ROLE.exec(text.slice(at, at + 60));
  if (!m) return null;
  const name = m[1]!;
  const last = name.split(/\s+/u).at(-1)!;
  if (SENTENCE_OPENERS.has(last.toLowerCase()) || isOrganisationWord(last) || ADJECTIVE.test(last)) return null;
  if (PLACE_WORD_END.test(last) || STREET_END.test(last) || isNumberWord(last) || ENGLISH_BODY_HEAD.test(last)) return null;
  const start = at + m[0].length - name.length;
  return [start, start + name.length];
}

/**
 * The person's name in the capitalised run after a role: the name ending the run, else the name
 * before a lowercase "van"/"voor" that opens the body the person belongs to ("Directeur Kris
 * Vandepaer van de Federale Gerechtelijke Politie"). Not an adjective ("Federale Bestuurlijke"),
 * nor a square named after a person ("professor Van Overstraetenplein": the street rule's).
 */
function personAfterRole(run: string): { name: string; offset: number } | null {
  const isName = (name: string | undefined): name is string => name !== undefined && !ADJECTIVE.test(name.split(/\s+/u)[0]!) && !STREET_END.test(name);
  const atEnd = NAME_AT_END.exec(run)?.[0];
  if (isName(atEnd)) return { name: atEnd, offset: run.length - atEnd.length };
  const before = /^(.*?)\s+(?:van|voor)\s/u.exec(run)?.[1];
  return isName(before) && PERSON_NAME_ONLY.test(before) ? { name: before, offset: 0 } : null;
}

/** A lowercase "van" or "voor" (and an article) between capitalised words: where a body's name may begin. */
const JOINER = /\s+(?:van|voor)(?:\s+(?:de|het|der|den))?\s+/gu;

/**
 * "Kathleen Van De Vijver van de FOD Justitie": a capitalised run that goes on with "van (de)"
 * into a name already found (a mention) is cut before the last such "van", when two words or more
 * are left (the person of that body); any other run is left whole.
 */
function beforeAMention(run: string, start: number, claimed: Uint8Array): string {
  const at = claimed.subarray(start, start + run.length).indexOf(1);
  if (at <= 0) return run;
  let cut = -1;
  for (const j of run.matchAll(JOINER)) if (j.index + j[0].length <= at) cut = j.index;
  return cut > 0 && /\s/u.test(run.slice(0, cut)) ? run.slice(0, cut) : run;
}

/** The names of a list of persons ({@link NAME_LIST}) with their offsets in it. */
function namesInList(list: string): Array<{ name: string; offset: number }> {
  const names: Array<{ name: string; offset: number }> = [];
  let offset = 0;
  for (const part of list.split(/(\s*,\s*|\s+en\s+)/u)) {
    if (part !== '' && !/^(?:\s*,\s*|\s+en\s+)$/u.test(part)) names.push({ name: part, offset });
    offset += part.length;
  }
  return names;
}

const ORGANISATION_CUES = [
  'dienst', 'diensten', 'cel', 'team', 'commissie', 'afdeling', 'korps', 'directie', 'parket', 'rechtbank', 'federatie',
  'raad', 'comité', 'comite', 'agentschap', 'centrum', 'eenheid', 'taskforce', 'brigade', 'sectie', 'inspectie', 'ministerie', 'hof', 'platform', 'overheid', 'vereniging',
];
const CUE = `(?:${ORGANISATION_CUES.join('|')})`;
/**
 * A word (or one hyphen-joined part of it) that makes a name an organisation's: a cue noun, a police or
 * legal-form word, or a network's or group's ("Netwerk Brandweer", "Safe Group"), alone or as a
 * compound's head after at least four letters ("Drugscel", "Politiezone"). Anchored, because a cue
 * inside a word is no cue: "Cellebroedersstraat" holds no "cel", "Zonnebeke" no "zone", "Marcel" is a
 * first name.
 */
const ORGANISATION_WORD = new RegExp(`^(?:(?:\\p{L}{4,})?(?:${CUE}|politie|zone|fod|vzw|netwerk|groep|group)|politie\\p{L}+)$`, 'iu');
const NOT_A_LETTER_AT_ENDS = /^[^\p{L}]+|[^\p{L}]+$/gu;
const isOrganisationWord = (word: string) => word.replace(NOT_A_LETTER_AT_ENDS, '').split('-').some((part) => ORGANISATION_WORD.test(part));
/** Whether a name's words hold a body's word ({@link isOrganisationWord}) or an English body's head: "sociale dienst jeugdrechtbank", "Fugitive Active Research Team". */
const namesABody = (words: readonly string[]) => words.some((w) => isOrganisationWord(w) || ENGLISH_BODY_HEAD.test(w));
/** The head of an English body's name, as Belgian services keep them: "Computer Crime Unit", "Family Justice Centra". A whole word ("Community" holds "unit"). */
const ENGLISH_BODY_HEAD = /^(?:Units?|Cent(?:er|re)s?|Centra|Office|Agency|Squad|Desk|Force)$/u;
/** An article, a cue noun (alone or ending a compound) and a capitalised name on the same line: "de dienst Preventie en Veiligheid", "het parket van Limburg". */
const ARTICLE_CUE_NAME = new RegExp(String.raw`(?<![\p{L}])(?:de|het|De|Het)\s+([\p{Ll}-]*${CUE})[ \t]+((?:(?:van|voor)\s+(?:de\s+)?)?${CAP_WORD}(?:\s+(?:en|voor|van|der|de)\s+${CAP_WORD}|\s+${CAP_WORD})*)`, 'gu');
/**
 * One capitalised word made with a cue noun after at least four letters, as {@link ORGANISATION_WORD}
 * reads a compound's head: "Drugscel", "Crisiscentrum", "Veiligheidsdienst", not the first name "Marcel".
 */
export const CUE_COMPOUND = new RegExp(String.raw`${CAPITAL_NOT_AFTER_LETTER}\p{Lu}\p{Ll}{3,}${CUE}(?![\p{L}])`, 'gu');
/** A legal form before an organisation's name, which is not part of it: "vzw Velo", "de nv Securitas". */
const LEGAL_FORM_NAME = new RegExp(String.raw`(?<![\p{L}])(vzw|VZW|nv|NV|bvba|BVBA|cvba|CVBA)\s+(${CAP_WORD}(?:\s+${CAP_WORD}){0,3})`, 'gu');
/**
 * Nouns (or a compound's last part) that say the name after them is a body's: "onderzoeksbureau
 * Ipsos", "de maffiagroep N’Dragheta", "de afdeling ‘Ecofin’", "netwerkorganisatie WVL4".
 */
const BODY_NOUNS = [...ORGANISATION_CUES, 'bureau', 'groep', 'organisatie', 'firma', 'bedrijf', 'maatschappij', 'bende', 'intercommunale', 'samenwerkingsverband', 'netwerk', 'vakbond', 'partij', 'ploeg', 'club', 'klasser'];
/**
 * A noun of {@link BODY_NOUNS}, lowercase (alone or ending a compound), then a name (in quotes or
 * not) of one to three capitalised words or an acronym on the same line: the name alone is the
 * body's, the noun stays outside the quote as a kind noun does ("Politieschool PIVO").
 */
export const BODY_NOUN_NAME = new RegExp(String.raw`(?<![\p{L}])[\p{Ll}-]*(${BODY_NOUNS.join('|')})[ \t]+[‘'“"]?(${CAP_WORD}(?:\s+${CAP_WORD}){0,2})[’'”"]?(?![\p{L}\p{N}])`, 'gu');
const isLowercaseOrHyphen = codePointTest(/[\p{Ll}-]/u);
const isLetter = codePointTest(/\p{L}/u);
const QUOTE_BEFORE_NAME = new Set(['‘', "'", '“', '"']);

/** The offset where the code point that ends at `end` starts (a surrogate pair is one). */
const codePointBefore = (text: string, end: number) =>
  end >= 2 && (text.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? end - 2 : end - 1;

/**
 * Where {@link BODY_NOUN_NAME} may open (ascending; a superset, for {@link matchesAtStarts}): its
 * name opens a capitalised word (`capitals`), with spaces or tabs and at most one quote before it,
 * and before those a run of lowercase letters and hyphens that ends in the noun; a match opens in
 * that run where no letter precedes (its start, or after a hyphen). A whole-text scan tries the
 * lowercase run at every word and backtracks through it for the nouns: a tenth of the candidates stage.
 */
function bodyNounNameStarts(text: string, capitals: readonly number[]): number[] {
  const starts: number[] = [];
  for (const capital of capitals) {
    const quoted = capital > 0 && QUOTE_BEFORE_NAME.has(text[capital - 1]!) ? capital - 1 : capital;
    let spaces = quoted;
    while (spaces > 0 && (text[spaces - 1] === ' ' || text[spaces - 1] === '\t')) spaces--;
    if (spaces === quoted) continue;
    const run: number[] = [];
    let at = spaces;
    while (at > 0 && isLowercaseOrHyphen(text, codePointBefore(text, at))) {
      at = codePointBefore(text, at);
      run.push(at);
    }
    for (let i = run.length - 1; i >= 0; i--) {
      const start = run[i]!;
      if (start === 0 || !isLetter(text, codePointBefore(text, start))) starts.push(start);
    }
  }
  return starts;
}

/** A name before a number of seats, a party or list: "Open Vld haalde 9 zetels en Samen 7 zetels". */
export const NAME_BEFORE_SEATS = new RegExp(String.raw`${CAPITAL_NOT_AFTER_LETTER}(${CAP_RUN})\s+(?:(?:haalde|behaalde|haalt|behaalt|kreeg|krijgt|won|wint|verloor|verliest|heeft|had)\s+)?(?:\d+|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+zetels?(?![\p{L}])`, 'gu');
/** A unit's noun (any case) and the capitalised name after it: "de brandweerpost Roeselare" (the town is no place there, {@link UNIT_POST_NOUNS}). */
const UNIT_POST_NAME = new RegExp(String.raw`(?:${UNIT_POST_NOUNS.map((n) => `[${n[0]!}${n[0]!.toUpperCase()}]${n.slice(1)}`).join('|')})[ \t]+${CAP_WORD}`, 'gu');
/** An acronym: two to six capitals ("CBJ"), a whole word. */
export const ACRONYM = /(?<![\p{L}\p{N}-])\p{Lu}{2,6}(?![\p{L}\p{N}-])/gu;
/** What stands between two items of a list: a comma, "en", "of", and an article after it ("ILVA en de lokale politie"). */
const ITEM_SEPARATOR = /^(?:\s*,\s*|\s+(?:en|of)\s+)(?:(?:de|het)\s+)?$/u;

const ZONE_NAME = new RegExp(String.raw`(?<![\p{L}])(politiezone|PZ|[Zz]one)\s+(${CAP_WORD}(?:\s+${CAP_WORD})*)`, 'gu');
/**
 * A capitalised street, square or quarter name, or a site's or building's: "Kerkstraat", "Grote Markt",
 * "Frankrijklei", "Sint-Truiderstraat" (hyphenated parts), "Groot Strand", "Gallo-Romeins Museum". Not "poort"
 * (a city gate, "Hallepoort"): surnames end in it ("Verpoort"), and a person's name is no street.
 */
const STREET_WORDS = [
  'straat', 'laan', 'plein', 'lei', 'steenweg', 'baan', 'weg', 'kaai', 'dreef', 'markt', 'plaats', 'singel', 'vest', 'dok', 'wijk', 'buurt', 'park',
  'strand', 'museum', 'kazerne', 'ziekenhuis', 'stadion', 'winkelcentrum',
];
const capitalise = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;
/** A capitalised word, its hyphenated parts too: "Sint-Truider", "Gallo-Romeins", "Julianus-". */
const NAME_PARTS = String.raw`\p{Lu}\p{Ll}*(?:-\p{Lu}?\p{Ll}*)*`;
export const STREET = new RegExp(
  String.raw`(?=\p{Lu})(?<![\p{L}-])(?:(?:\p{Lu}\p{Ll}+\s+)?${NAME_PARTS}(?:${STREET_WORDS.join('|')})|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*\s+(?:${STREET_WORDS.map(capitalise).join('|')}))(?![\p{L}])`,
  'gu',
);
/** "op Labiomista in Zwartberg": a capitalised word after "op" or "aan" (an article allowed) and before "in" and a town names a place in the town. */
const PLACE_BEFORE_TOWN = /(?<![\p{L}])(?:op|aan)\s+(?:de\s+|het\s+)?(\p{Lu}[\p{L}-]*\p{Ll})\s+in\s+$/du;
/**
 * A name the gazetteer lacks after a place preposition: "te Gellingen", "in Ooidonk", "tussen
 * Vivenkapelle en Moerkerke", "op de Markt", "naar de Luminus Arena", "in het Witte Huis" (a
 * village, a hamlet, a square, a site). "in", "te", "tussen" and "nabij" take the name with or
 * without an article; "op", "naar" and "aan" only with one ("op Facebook", "aan Infrabel" name
 * no place). One to three capitalised words, the last no adjective ("in Franstalige scholen",
 * "in Vlaamse steden"); "tussen A en B" gives B too.
 */
export const PLACE_AFTER_PREPOSITION =
  /(?=\p{Lu})(?<![\p{L}])(?<=(?<![\p{L}])(?:(?:[Ii]n|[Tt]e|[Tt]ussen|[Nn]abij)\s+(?:(?:de|het)\s+)?|(?:[Oo]p|[Nn]aar|[Aa]an)\s+(?:de|het)\s+|[Tt]ussen\s+(?:(?:de|het)\s+)?[\p{L}-]+\s+en\s+))\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2}(?![\p{L}\p{N}'’-])/gu;
/** A capitalised word ending in a hyphen right after a name: the first part of a suspended compound ("Veiligheids- en Preventieplan"). */
const SUSPENDED_COMPOUND_AFTER = /^[ \t]+\p{Lu}\p{L}*-\s/u;
/** The endings of Dutch adjectives, capitalised as names of peoples and languages are: "Franstalige", "Vlaamse", "Belgische", "Europese"; uninflected before a neuter noun, "in het Strategisch (plan)". */
const ADJECTIVE_ENDING = /(?:se|sche|isch|ige|ijke|ale|ele|iele|aire)$/u;
/**
 * The heads of compounds that name a document, a publication, a service or an event, not a place,
 * though Dutch writes them after "in": "in het Meerjarenplan", "in het Staatsblad", "in Jeugdwerking".
 */
const DOCUMENT_HEADS = ['plan', 'plannen', 'blad', 'nota', 'akkoord', 'programma', 'rapport', 'verslag', 'decreet', 'wet', 'besluit', 'project', 'werking', 'beleid', 'overleg', 'dag', 'week', 'campagne'];
const NOT_A_PLACE_HEAD = new RegExp(`(?:${DOCUMENT_HEADS.join('|')})$`, 'u');
/**
 * A word of a capitalised name that makes it a document's, a data set's or an event's, no actor's: one of
 * {@link DOCUMENT_HEADS} or a survey, index or database, alone or ending a compound of three letters or more
 * ("Zonaal Veiligheidsplan", "Kadernota Integrale Veiligheid", "Lokale Veiligheidsbevraging", "Global Slavery
 * Index", "Algemene Nationale Gegevensbank", "Dag van de Brandweer"); not a surname that merely ends so ("Kaplan").
 */
const DOCUMENT_WORD = new RegExp(`^(?:\\p{L}{3,})?(?:${[...DOCUMENT_HEADS, 'bevraging', 'enquête', 'index', 'gegevensbank', 'databank', 'monitor', 'barometer'].join('|')})$`, 'iu');
/** Whether a capitalised name names a document, a data set or an event ({@link DOCUMENT_WORD}): no candidate for a curator of actors and places. */
const namesADocument = (name: string) => name.split(/\s+/u).some((w) => DOCUMENT_WORD.test(w));
/**
 * Whether a folded name of six letters or more is a place the gazetteer knows with one letter left
 * out or added ("herenhout" for Herenthout): a misspelling of a known place, not a place to add. Not
 * one letter changed: many villages differ so ("Gellingen", "Bellingen"; "Markt", "Marke").
 */
export function misspellsKnownPlace(folded: string, forms: ReadonlyMap<string, { entityType: string }>): boolean {
  if (folded.length < 6) return false;
  let answers = misspellingsOf.get(forms);
  if (answers === undefined) misspellingsOf.set(forms, (answers = new Map()));
  let answer = answers.get(folded);
  if (answer === undefined) {
    answer = formsOneLetterApart(folded, (form) => (forms.get(form)?.entityType === 'location' ? true : undefined)).length > 0;
    if (answers.size >= MAX_MISSPELLINGS) answers.clear();
    answers.set(folded, answer);
  }
  return answer;
}

/**
 * {@link misspellsKnownPlace}'s answers by the gazetteer's forms (read, never changed, once compiled): a corpus proposes the
 * same names again and again, and each search tries every letter at every place of the name. Emptied at
 * {@link MAX_MISSPELLINGS} names, which bounds its memory on any corpus.
 */
const misspellingsOf = new WeakMap<ReadonlyMap<string, { entityType: string }>, Map<string, boolean>>();
const MAX_MISSPELLINGS = 100_000;
/** A name that ends in a street word ("Van Overstraetenplein") names a street or square, not a person. */
const STREET_END = new RegExp(String.raw`(?:${STREET_WORDS.join('|')})$`, 'u');
/**
 * The street, square or site noun a street-shaped name ends in ("Sint-Truiderstraat" → "straat", "Groot Strand" →
 * "strand"): its candidate's cue, which tells a curator what kind of place to add (a street, a square, a quarter, a site).
 */
const streetNoun = (name: string): string | null => STREET_END.exec(name.toLowerCase())?.[0] ?? null;
/** The street words no common Dutch word ends in: a name so ended names a street even where it opens a sentence or a list item. */
const STREET_ONLY_END = /(?:straat|laan|steenweg|dreef|kaai|singel)$/u;

/**
 * The streets a street-shaped name holds as [start, end] offsets: "Robert Schumanlaan-Ketelveldweg", a junction written with a
 * hyphen, is two streets, each ending in a street word; "Sint-Truiderstraat" is one.
 */
function streetsOfAJunction(name: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const hyphen of name.matchAll(/-(?=\p{Lu})/gu)) {
    if (STREET_END.test(name.slice(from, hyphen.index).toLowerCase())) {
      parts.push([from, hyphen.index]);
      from = hyphen.index + 1;
    }
  }
  return from > 0 && STREET_END.test(name.slice(from).toLowerCase()) ? [...parts, [from, name.length]] : [[0, name.length]];
}
const RING = /(?<![\p{L}])(?:(?:Grote|Kleine|Binnen|Buiten)\s+)?Ring(?![\p{L}])/gu;
const CAPITALISED_NAME = /\b(?:\p{Lu}[\p{L}'’-]+|\p{Lu}{2,})(?:\s+(?:(?:de|van|der|den|het|ter|voor)\s+)*(?:\p{Lu}[\p{L}'’-]+|\p{Lu}{2,}))+/gu;

/** Words that open a Dutch sentence with a capital without being part of a name after them. */
const SENTENCE_OPENERS = new Set(
  [
    'de het een in op met voor van door na bij uit ook maar en dat die deze dit volgens als toen omdat zo er wij we ze zij hij ik u ons onze elke alle geen nu daarom dan want welke wat wie hoe waar naast tijdens sinds tegen om tot over onder vanaf binnen zowel niet enkel alleen vooral aan',
    // Possessives and the adjectives of a former or present office ("Uw Oproeping", "Toenmalig Minister …"), session 20.
    'uw mijn jouw zijn haar hun toenmalig toenmalige voormalig voormalige gewezen huidig huidige',
  ].join(' ').split(' '),
);
/** Ordinals that are no fraction's denominator: with {@link DENOMINATORS} and {@link NUMBER_ATOMS}, the number words. */
const FIRST_ORDINALS: ReadonlySet<string> = new Set(['eerste', 'tweede']);
/** Whether a word is a number or an ordinal written out ("Zeven", "Zesde", "Eerste"): no word of a name the gazetteer may lack. */
const isNumberWord = (word: string) => {
  const folded = foldForMatch(word);
  return folded in NUMBER_ATOMS || folded in DENOMINATORS || FIRST_ORDINALS.has(folded);
};

/**
 * A courtesy title or a role noun, singular or plural, as a run's first word ("Mevrouw", "Minister",
 * "Ministers van Justitie", "Burgemeester"): not part of a name.
 */
/**
 * A role noun as a run's last word ("De Inspecteur", "Toenmalig Minister"); not after "van", where the run is a
 * body named after its members ("Conferentie van Burgemeesters", "Raad van Ministers").
 */
const ROLE_LAST = new RegExp(String.raw`(?<![\p{L}-])(?<!\bvan(?:\s+de)?\s+)${ROLE_NOUN.source.slice(2, -2)}$`, 'iu');
const TITLE_FIRST = new RegExp(String.raw`^(?:mevrouw|meneer|mijnheer|heer|${ROLE_NOUN.source.slice(2, -2)}|${PLURAL_ROLE})(?![\p{L}-])`, 'iu');

/** A body noun as a run's first word ("Netwerk Brandweer maakt …", "Dienst Burgerzaken"): the run is a body's name, kept whole at a sentence's start. */
const BODY_FIRST = new RegExp(`^\\p{L}*(?:${BODY_NOUNS.join('|')}|group)$`, 'iu');

/**
 * The name in a capitalised run. At the start of a sentence the first word is capitalised
 * anyway: a run that looks like a person's name ("Jan Peeters zegt") or opens with a body noun is kept whole, a leading
 * function word ("Volgens") is dropped, and what is left must still be two words.
 * Acronym compounds ("ANPR-camera's") are nouns, not names.
 */
function sentenceName(run: string, atSentenceStart: boolean): string | null {
  const words = run.split(/\s+/u);
  if (words.some((w) => /^\p{Lu}{2,}-\p{Ll}/u.test(w))) return null;
  // "De Inspecteur", "Toenmalig Minister": a run ending in a role names the role, no one by name.
  if (ROLE_LAST.test(run)) return null;
  // "Zeven Nederlandstalige griffiers", "Sinds de Zesde staatshervorming": a number opens no name.
  if (isNumberWord(words.find((w) => /^\p{Lu}/u.test(w)) ?? '')) return null;
  // "Mevrouw Lambrecht", "Minister van Justitie": a title or a role is not part of a name.
  if (TITLE_FIRST.test(run)) {
    const rest = words.slice(1).join(' ');
    return words.length >= 3 && /^\p{Lu}/u.test(rest) && genericKind(rest) === 'person' ? rest : null;
  }
  if (!atSentenceStart) return run;
  if (!SENTENCE_OPENERS.has(words[0]!.toLowerCase()) && words.length >= 2 && (genericKind(run) === 'person' || BODY_FIRST.test(words[0]!))) return run;
  const rest = words.slice(1);
  // "De Minister van Justitie heeft …": the title after the opener, as above.
  return rest.length >= 2 ? sentenceName(rest.join(' '), false) : null;
}

function genericKind(name: string): Candidate['kind'] {
  const words = name.split(/\s+/u);
  if (words.some((w) => isOrganisationWord(w) || ENGLISH_BODY_HEAD.test(w)) || /\p{Lu}{2,}/u.test(name)) return 'organisation';
  // "Stationswijk", "Proefstraat Noord": a place's word names a place, whatever the words around it.
  if (words.some((w) => PLACE_WORD_END.test(w))) return 'place';
  // "Federale Bestuurlijke": adjectives are not first names.
  // A capital and an apostrophe open a surname too: "Peter D’hondt", "Els D'Haese".
  if (words.length <= 4 && !ADJECTIVE.test(words[0]!) && words.every((w) => /^(?:\p{Lu}(?:['’]\p{Lu}?)?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|de|van|der|den|De|Van|Vanden|Vander)$/u.test(w))) return 'person';
  return 'unknown';
}

/**
 * Whether a police zone may be named after the place: a municipality, or an area inside a
 * country's region ("Kempen", "Pajottenland"), not a country or one of its regions.
 */
function mayNameAZone(matcher: EntityMatcher, placeId: string): boolean {
  const place = matcher.locations.get(placeId);
  if (place?.kind === 'municipality') return true;
  const parent = place?.parent ? matcher.locations.get(place.parent) : undefined;
  return place?.kind === 'region' && parent !== undefined && parent.kind !== 'country';
}

/** The name patterns that open at a capital, each tried only where a word does (the prepared text's `capitalWordStarts`). */
const namesThenRole = capitalStartMatcher(NAMES_THEN_ROLE);
const nameThenRole = capitalStartMatcher(NAME_THEN_ROLE);
const streets = capitalStartMatcher(STREET);
const cueCompounds = capitalStartMatcher(CUE_COMPOUND);
/** The words one of which ends what {@link PLACE_AFTER_PREPOSITION} looks behind for: a preposition, an article, or "en" in "tussen A en B". */
const PLACE_PREPOSITION_LAST_WORDS = ['in', 'te', 'tussen', 'nabij', 'de', 'het', 'en'];
/**
 * The matches of {@link PLACE_AFTER_PREPOSITION}, tried only at the capitals that one of
 * {@link PLACE_PREPOSITION_LAST_WORDS} ends the ten characters before (a preposition past a longer
 * run of spaces is not looked for): its lookbehind, tried at every capital, cost a fortieth of a
 * document's extraction.
 */
const placesAfterPrepositions = (text: string, capitals: readonly number[]) =>
  matchesAtStarts(PLACE_AFTER_PREPOSITION, text, capitals.filter((c) => endsOnSpacedWord(` ${text.slice(Math.max(0, c - 10), c).toLowerCase()}`, PLACE_PREPOSITION_LAST_WORDS)));
const namesBeforeSeats = capitalStartMatcher(NAME_BEFORE_SEATS);
const acronyms = capitalStartMatcher(ACRONYM);
/** The matches of {@link BODY_NOUN_NAME}, tried only where they may open. */
export const bodyNounNames = (text: string, capitals: readonly number[]) => matchesAtStarts(BODY_NOUN_NAME, text, bodyNounNameStarts(text, capitals));

/** Places a site or street lies in: a town, a section, a quarter. */
const TOWN_LIKE: ReadonlySet<string> = new Set(['municipality', 'district', 'neighbourhood']);

// The indefinite article right before a name: "een Zelfstandigen Informatie Netwerk".
const INDEFINITE_BEFORE = /(?<![\p{L}])een\s+$/iu;
// One capitalised word and "en" right before a name: "Interza en " before "Incovo".
const WORD_AND_BEFORE = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}{3,})\s+en\s+$/u;

/** Proposes candidates, most specific rule first; no candidate overlaps a mention or an earlier candidate. */
export function proposeCandidates(input: string | PreparedText, sentences: Span[], mentions: Mention[], matcher?: EntityMatcher): Candidate[] {
  const doc = prepared(input);
  const { text, folded } = doc;
  const capitals = doc.capitalWordStarts;
  const claimed = new Uint8Array(text.length);
  for (const m of mentions) claimed.fill(1, m.start, m.end);
  const candidates: Candidate[] = [];
  const propose = (start: number, end: number, kind: Candidate['kind'], cue: string | null) => {
    if (end <= start || claimed.subarray(start, end).includes(1)) return;
    claimed.fill(1, start, end);
    candidates.push({ start, end, quote: text.slice(start, end), kind, cue });
  };

  // Before the roles: an item's role ("Jan Peeters, voorzitter, An Claes, schepen") is no apposition of the next item's name.
  for (const line of text.matchAll(ATTENDANCE_LINE)) {
    const [listStart] = line.indices![2]!;
    for (const item of line[2]!.matchAll(ATTENDANCE_ITEM)) {
      const name = item[0].trim();
      if (!PERSON_NAME_ONLY.test(name) || genericKind(name) !== 'person') continue;
      const start = listStart + item.index + item[0].indexOf(name);
      propose(start, start + name.length, 'person', line[1]!.toLowerCase());
    }
  }
  for (const role of text.matchAll(ROLES)) {
    const roleEnd = role.index + role[0].length;
    const after = AFTER_ROLE.exec(text.slice(roleEnd, roleEnd + 120));
    // The name ends at the line's end: a heading or list item after it is no part of it.
    const person = after ? personAfterRole(after[1]!.split('\n')[0]!) : null;
    if (person) {
      const start = roleEnd + after![0].length - after![1]!.length + person.offset;
      propose(start, start + person.name.length, 'person', role[0].toLowerCase());
      continue;
    }
    const apposition = APPOSITION_AFTER_ROLE.exec(text.slice(roleEnd, roleEnd + 120));
    if (apposition && genericKind(apposition[1]!) === 'person') {
      const start = roleEnd + apposition[0].length - apposition[1]!.length;
      propose(start, start + apposition[1]!.length, 'person', role[0].toLowerCase());
      continue;
    }
    const surname = surnameAfterRole(text, roleEnd);
    if (surname) propose(surname[0], surname[1], 'person', role[0].toLowerCase());
  }
  for (const title of text.matchAll(HONORIFIC)) {
    const end = title.index + title[0].length;
    const surname = surnameAfterRole(text, end);
    if (surname) {
      propose(surname[0], surname[1], 'person', title[0].toLowerCase());
      continue;
    }
    // "De heer Armand De Decker, Burgemeester van Ukkel": a full name after the honorific, on its line.
    const full = FULL_NAME_AFTER_TITLE.exec(text.slice(end, end + 80));
    if (full) propose(end + full[0].length - full[1]!.length, end + full[0].length, 'person', title[0].toLowerCase());
  }
  for (const m of text.matchAll(ACADEMIC_TITLE)) propose(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'person', m[0].split(/\s+/u)[0]!.toLowerCase());
  for (const m of nameThenRole(text, capitals)) propose(m.index, m.index + m[1]!.length, 'person', m[2]!.toLowerCase());
  for (const m of mayNamePluralRole(text) ? [...text.matchAll(ROLE_THEN_NAMES), ...namesThenRole(text, capitals)] : []) {
    const listStart = m.index + m[0].indexOf(m[1]!);
    const role = m[0].slice(0, m[0].indexOf(m[1]!)).replace(/[\s:]+$/u, '') || m[0].slice(m[1]!.length).replace(/^[,\s]+(?:de\s+)?/u, '');
    for (const name of namesInList(m[1]!)) propose(listStart + name.offset, listStart + name.offset + name.name.length, 'person', role.toLowerCase());
  }
  if (matcher) {
    // "Vlaams Belang Kalmthout": a party's local branch, which the gazetteer lacks (its provincial branches it has).
    for (const b of localPartyBranches(input, matcher)) propose(b.start, b.end, 'organisation', 'partij');
    // A police noun before a known town or area ("politiezone Kempen") that has no known zone: the zone is missing from the gazetteer.
    for (const m of mentions) {
      if (m.entityType !== 'location' || !mayNameAZone(matcher, m.entityId) || zoneServing(matcher, m.entityId)) continue;
      const before = POLICE_BEFORE.exec(folded.slice(Math.max(0, m.start - 30), m.start));
      if (!before) continue;
      const start = m.start - before[0].length + before[0].indexOf(before[1]!);
      if (mentions.some((x) => x.entityType === 'actor' && x.start < m.start && x.end > start)) continue;
      candidates.push({ start, end: m.end, quote: text.slice(start, m.end), kind: 'police_zone', cue: before[1]! });
    }
    // A capitalised word between "op"/"aan" and "in" before a town names a place in it ("op Labiomista in Zwartberg").
    for (const m of mentions) {
      if (m.entityType !== 'location' || !TOWN_LIKE.has(matcher.locations.get(m.entityId)?.kind ?? '')) continue;
      const from = Math.max(0, m.start - 60);
      const window = text.slice(from, m.start);
      const [start, end] = (endsOnSpacedWord(window, ['in']) ? PLACE_BEFORE_TOWN.exec(window) : null)?.indices?.[1] ?? [0, 0];
      propose(from + start, from + end, 'place', 'in');
    }
    // The other side of a known club's match ("KRC Genk tegen Everton"): a club the gazetteer lacks.
    const clubs = mentions.filter((m) => m.entityType === 'actor' && matcher.actors.get(m.entityId)?.parent === FOOTBALL_LEAGUE_ID);
    for (const side of opponentsOfClubs(text, clubs)) if (!SENTENCE_OPENERS.has(text.slice(side.start, side.end).split(/\s/u)[0]!.toLowerCase())) propose(side.start, side.end, 'organisation', 'tegen');
    // An item of an elliptical list the gazetteer lacks ("de politiezones B-H-T, Kempenland en Lommel"): a zone or a province it does not know.
    // A list goes on within its line: after a heading's last word ("… van de politiezones") the next line's first word is none of it.
    for (const item of elidedListItems(text, folded, mentions, matcher)) if (item.entity === null && !text.slice(item.headStart, item.start).includes('\n')) propose(item.start, item.end, item.kind, item.head);
  }
  for (const m of text.matchAll(ZONE_NAME)) propose(m.index, m.index + m[0].length, 'police_zone', m[1]!.toLowerCase());
  for (const m of text.matchAll(ARTICLE_CUE_NAME)) {
    const start = m.index + m[0].indexOf(m[1]!);
    propose(start, m.index + m[0].length, 'organisation', m[1]!.toLowerCase());
  }
  // The noun opens a word (its first letter no continuation of another): checked here, not by a lookbehind tried at every offset.
  for (const m of text.matchAll(UNIT_POST_NAME)) if (m.index === 0 || !isLetter(text, codePointBefore(text, m.index))) propose(m.index, m.index + m[0].length, 'organisation', m[0].split(/[ \t]/u)[0]!.toLowerCase());
  for (const m of text.matchAll(LEGAL_FORM_NAME)) propose(m.index + m[0].length - m[2]!.length, m.index + m[0].length, 'organisation', m[1]!.toLowerCase());
  for (const m of bodyNounNames(text, capitals)) {
    // CAP_WORD takes an apostrophe ("N’Dragheta"): a closing quote after the name is none of it.
    const name = m[2]!.replace(/[’'”"]+$/u, '');
    if (SENTENCE_OPENERS.has(name.toLowerCase())) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    propose(start, start + name.length, 'organisation', m[1]!);
  }
  for (const m of namesBeforeSeats(text, capitals)) if (!opensSentence(text, m.index) || !SENTENCE_OPENERS.has(m[1]!.toLowerCase())) propose(m.index, m.index + m[1]!.length, 'organisation', 'zetels');
  const listedBodies = matcher ? listedBesideBodies(text, capitals, mentions, matcher) : [];
  for (const item of listedBodies) propose(item.start, item.end, 'organisation', null);
  for (const m of text.matchAll(ROAD_NUMBER)) propose(m.index, m.index + m[0].length, 'road', m[1]!);
  for (const m of text.matchAll(RING)) if (!opensSentence(text, m.index)) propose(m.index, m.index + m[0].length, 'road', 'ring');
  for (const m of streets(text, capitals)) {
    const parts = streetsOfAJunction(m[0]);
    // "Plaats", "Onderweg", "Vallei": a word opening a sentence may end like a street by chance; not in a street's own nouns, nor a junction.
    if (opensSentence(text, m.index) && parts.length === 1 && !STREET_ONLY_END.test(m[0])) continue;
    for (const [from, to] of parts) propose(m.index + from, m.index + to, 'place', streetNoun(m[0].slice(from, to)));
  }
  for (const m of placesAfterPrepositions(text, capitals)) {
    // Most such names are known places, mentions already: those are passed over before any other test.
    if (claimed.subarray(m.index, m.index + m[0].length).includes(1) || !mayNameAPlace(m[0], matcher)) continue;
    // "in het Stedelijk Mobiliteits- en Parkeerplan": before a suspended compound the name goes on past what was matched.
    if (SUSPENDED_COMPOUND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // The cue is the preposition ("en" is the second side of "tussen"), within the ten characters the starts were chosen by.
    const preposition = /(\p{L}+)\s+(?:(?:de|het)\s+)?$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase() ?? null;
    propose(m.index, m.index + m[0].length, 'place', preposition === 'en' ? 'tussen' : preposition);
  }
  for (const m of text.matchAll(SPEAKER_AFTER_QUOTE)) propose(m.index + m[0].length - m[2]!.length, m.index + m[0].length, 'person', m[1]!.toLowerCase());
  if (matcher) for (const item of namesBesidePlaces(text, mentions, candidates, matcher)) propose(item.start, item.end, 'place', null);
  for (const m of cueCompounds(text, capitals)) if (!opensSentence(text, m.index)) propose(m.index, m.index + m[0].length, 'organisation', null);
  for (const s of sentences) {
    for (const m of matchesOf(CAPITALISED_NAME, s.quote)) {
      const run = beforeAMention(m[0], s.start + m.index, claimed);
      const name = sentenceName(run, m.index === 0 || /["“‘'(]\s*$/u.test(s.quote.slice(0, m.index)));
      if (name === null) continue;
      const start = s.start + m.index + run.length - name.length;
      const window = text.slice(Math.max(0, start - 100), start);
      if (mayEndOnPortfolioPreposition(window) && PORTFOLIO_BEFORE.test(window)) continue;
      // "het Strategisch Veiligheids- en Preventieplan", "Graduaat Systeem- en netwerkbeheer": a word ending in a hyphen is a
      // suspended compound whose head comes after "en" or "of", the name of what it is cut off from it.
      if (namesADocument(name) || name.endsWith('-')) continue;
      propose(start, start + name.length, genericKind(name), null);
    }
  }
  for (const c of surnameCandidates(text, candidates, claimed)) candidates.push(c);
  for (const c of bodyNamedAgain(text, candidates, claimed, listedBodies)) candidates.push(c);
  // "het Team Openbare Netheid (TON)": an acronym an organisation the gazetteer lacks defines is that organisation too, in its bracket and
  // wherever the text writes it again (the devset's convention for defined acronyms, as for known names); after "een" the name is a
  // kind of body ("een Zelfstandigen Informatie Netwerk (ZIN)"), no one organisation.
  // "de sociale dienst jeugdrechtbank (SDJ)": a body's name the text defines an acronym for, by its initials.
  for (const name of namesOfAcronyms(text, claimed, namesABody)) if (!INDEFINITE_BEFORE.test(text.slice(Math.max(0, name.start - 5), name.start))) propose(name.start, name.end, 'organisation', null);
  const organisations = candidates.filter((c) => c.kind === 'organisation' && !INDEFINITE_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start))).map((c) => ({ start: c.start, end: c.end, entityType: 'actor' as const, entityId: c.quote }));
  for (const a of definedAcronyms(text, organisations, claimed)) candidates.push({ start: a.start, end: a.end, quote: a.quote, kind: 'organisation', cue: null });
  const persons = [...candidates.filter((c) => c.kind === 'person'), ...(matcher ? mentions.filter((m) => matcher.actors.get(m.entityId)?.kind === 'person') : [])];
  for (const list of listsAfterPersons(text, persons)) propose(list.start, list.end, 'organisation', 'partij');
  return candidates.sort((a, b) => a.start - b.start);
}

/**
 * Whether a capitalised name in a place's position may name a place the gazetteer lacks: not one that
 * ends like an adjective ("Franstalige scholen"), names a document ("het Zomerplan"), opens with a
 * role, or is a known place with one letter left out or added ("Merkplas").
 */
function mayNameAPlace(name: string, matcher: EntityMatcher | undefined): boolean {
  if (ADJECTIVE_ENDING.test(name) || NOT_A_PLACE_HEAD.test(name.toLowerCase()) || TITLE_FIRST.test(name)) return false;
  return !(matcher && misspellsKnownPlace(foldForMatch(name), matcher.plainForms));
}

/**
 * A list's separator and a place's name after it: ", Grootveld", " en Hoevenbeek", " of Sint-Anna". One
 * capitalised word (its hyphenated parts too), no capitalised word beside it: two would as often be a person's
 * name ("Gent, Jan Peeters").
 */
const PLACE_ITEM_AFTER = /^(?:[ \t]*,[ \t]*|[ \t]+(?:en|of)[ \t]+)(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/du;
/** A place's name and a list's separator after it, at the end of the text before a place: "Grootveld en ". */
export const PLACE_ITEM_BEFORE = /(?<![\p{L}\p{N}'’-]|\p{Lu}[\p{L}'’-]*[ \t]+)(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?:[ \t]*,[ \t]*|[ \t]+(?:en|of)[ \t]+)$/du;
/**
 * Whether the text before `at` ends as {@link PLACE_ITEM_BEFORE} must: in a comma, or in "en" or "of" between white space,
 * with white space after them. Most places follow a preposition ("in Gent"): the expression, tried at every character of
 * its window, is then not run.
 */
export function endsInSeparator(text: string, at: number): boolean {
  const end = spaceStart(text, at);
  return text[end - 1] === ',' || (end < at && spacedWordBefore(text, end, ['en', 'of']) >= 0);
}
/** The kinds of place whose list's other items are places of the same sort: towns, their parts, streets and sites. */
const LISTED_PLACE_KINDS: ReadonlySet<string> = new Set(['municipality', 'district', 'neighbourhood', 'street', 'site', 'building']);

/**
 * "in Gooik, Lennik en Hoevenbeek", "op de Molenstraat, Kerkplein en Grootveld": a capitalised word
 * the gazetteer lacks, listed beside a town or a part of one (a mention, or a street or place candidate),
 * or beside such a word, is a place of the same sort. Not one opening its sentence, where any word is
 * capitalised, nor a function word or one that may name no place ({@link mayNameAPlace}).
 */
function namesBesidePlaces(text: string, mentions: Mention[], candidates: Candidate[], matcher: EntityMatcher): Span[] {
  const places: Span[] = [
    ...mentions.filter((m) => m.entityType === 'location' && LISTED_PLACE_KINDS.has(matcher.locations.get(m.entityId)?.kind ?? '')),
    ...candidates.filter((c) => c.kind === 'place'),
  ];
  const occupied = [...mentions, ...candidates];
  const taken = (start: number, end: number) => occupied.some((x) => x.start < end && start < x.end);
  const found: Span[] = [];
  for (let i = 0; i < places.length; i++) {
    const place = places[i]!;
    const after = PLACE_ITEM_AFTER.exec(text.slice(place.end, place.end + 80))?.indices?.[1];
    const before = endsInSeparator(text, place.start) ? PLACE_ITEM_BEFORE.exec(text.slice(Math.max(0, place.start - 80), place.start)) : null;
    const spans = [
      ...(after ? [[place.end + after[0], place.end + after[1]] as const] : []),
      ...(before?.indices?.[1] ? [[place.start - before[0].length, place.start - before[0].length + before[1]!.length] as const] : []),
    ];
    for (const [start, end] of spans) {
      const quote = text.slice(start, end);
      if (taken(start, end) || found.some((f) => f.start < end && start < f.end) || opensSentence(text, start)) continue;
      if (SENTENCE_OPENERS.has(quote.toLowerCase()) || !mayNameAPlace(quote, matcher)) continue;
      const item = { start, end, quote };
      found.push(item);
      places.push(item);
    }
  }
  return found;
}

/** Where a name stands as whole words: not inside a longer word or a hyphenated compound. */
const wholeWord = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(name)}(?![\\p{L}\\p{N}-])`, 'gu');

/**
 * "OCMW, CBJ, CLB, scholen": an acronym the gazetteer lacks, as an item of a list beside a body it
 * knows (or beside such an acronym), is a body of the same sort; so is one capitalised word joined by
 * "en" right before a known organisation ("Interza en Incovo").
 */
function listedBesideBodies(text: string, capitals: readonly number[], mentions: Mention[], matcher: EntityMatcher): Span[] {
  const bodies = mentions.filter((m) => m.entityType === 'actor' && matcher.actors.get(m.entityId)?.kind !== 'person');
  const items: Span[] = [];
  const beside = (a: Span, b: Span) => ITEM_SEPARATOR.test(text.slice(a.end, b.start));
  // "zien Interza en Incovo dat …": one capitalised word joined by "en" right before a known organisation (not a zone or a service of
  // the police, whose lists are of towns and zones) names another organisation.
  const organisations = bodies.filter((b) => matcher.actors.get(b.entityId)?.kind === 'organisation');
  for (const b of organisations) {
    const word = WORD_AND_BEFORE.exec(text.slice(Math.max(0, b.start - 40), b.start));
    if (!word) continue;
    const start = b.start - word[0].length;
    const item = { start, end: start + word[1]!.length, quote: word[1]! };
    if (!opensSentence(text, start) && !SENTENCE_OPENERS.has(item.quote.toLowerCase()) && !mentions.some((x) => x.start < item.end && item.start < x.end)) items.push(item);
  }
  for (const m of acronyms(text, capitals)) {
    const item = { start: m.index, end: m.index + m[0].length, quote: m[0] };
    if (mentions.some((x) => x.start < item.end && item.start < x.end)) continue;
    if (bodies.some((b) => b.end <= item.start && beside(b, item)) || items.some((i) => beside(i, item))) items.push(item);
    else if (bodies.some((b) => b.start >= item.end && beside(item, b) && !opensSentence(text, item.start))) items.push(item);
  }
  return [...items, ...wordsListedAmongOrganisations(text, capitals, organisations, mentions).filter((w) => !items.some((i) => i.start === w.start))];
}

/** One capitalised word, its hyphenated or digit-bearing parts too ("Seris", "G4S"). */
const SINGLE_CAPITALISED_WORD = /\p{Lu}[\p{L}\p{N}'’&-]*(?![\p{L}\p{N}])/uy;

/**
 * "bedrijven zoals Securitas, G4S, Seris en Trigion": in a list of single words joined by commas and "en", two or more of them known
 * organisations, the words the gazetteer lacks are organisations too (not one that opens a sentence or is a sentence's first word).
 */
function wordsListedAmongOrganisations(text: string, capitals: readonly number[], organisations: readonly Mention[], mentions: readonly Mention[]): Span[] {
  if (organisations.length < 2) return [];
  const covered = new Uint8Array(text.length);
  for (const x of mentions) covered.fill(1, x.start, x.end);
  const words: Span[] = [];
  for (const c of capitals) {
    SINGLE_CAPITALISED_WORD.lastIndex = c;
    const m = SINGLE_CAPITALISED_WORD.exec(text);
    if (m && !covered.subarray(c, c + m[0].length).includes(1)) words.push({ start: c, end: c + m[0].length, quote: m[0] });
  }
  const elements = [...organisations.map((o) => ({ span: o as Span, known: true })), ...words.map((w) => ({ span: w, known: false }))].sort((a, b) => a.span.start - b.span.start);
  const found: Span[] = [];
  let chain: typeof elements = [];
  const close = () => {
    if (chain.filter((e) => e.known).length >= 2) {
      for (const e of chain) if (!e.known && !opensSentence(text, e.span.start) && !SENTENCE_OPENERS.has(e.span.quote.toLowerCase())) found.push(e.span);
    }
    chain = [];
  };
  for (const e of elements) {
    const last = chain.at(-1);
    if (last && !LIST_JOIN.test(text.slice(last.span.end, e.span.start))) close();
    chain.push(e);
  }
  close();
  return found;
}
// Between two items of a list of names: a comma, "en" or "of" (no article: "Securitas, G4S en Seris").
const LIST_JOIN = /^(?:[ \t]*,[ \t]*|[ \t]+(?:en|of)[ \t]+)$/u;

/**
 * "met N-VA en Samen": an organisation proposed by a cue ("Samen 7 zetels", "onderzoeksbureau
 * Ipsos") is a candidate again where the text names it later, capitalised and not opening a sentence;
 * a name listed beside a known body ("door ILVA en de lokale politie", "Interza en Incovo") is one wherever the text
 * names it, before the list too ("het transport naar ILVA", fresh9 139).
 */
function bodyNamedAgain(text: string, candidates: Candidate[], claimed: Uint8Array, listedBodies: readonly Span[]): Candidate[] {
  const found: Candidate[] = [];
  const cued = new Map<string, number>();
  for (const c of candidates) if (c.kind === 'organisation' && c.cue !== null && !cued.has(c.quote)) cued.set(c.quote, c.end);
  for (const a of listedBodies) cued.set(a.quote, 0);
  for (const [name, firstEnd] of cued) {
    for (const m of text.matchAll(wholeWord(name))) {
      const [start, end] = [m.index, m.index + name.length];
      if (start < firstEnd || opensSentence(text, start) || claimed.subarray(start, end).includes(1)) continue;
      claimed.fill(1, start, end);
      found.push({ start, end, quote: name, kind: 'organisation', cue: null });
    }
  }
  return found;
}

/** A parenthesis right after a name, on one line: "Bart Volders (Gemeentebelangen)", "Jo Fonck (sp.a/LVB)". */
const PARENTHESIS_AFTER = /^ ?\(([^()\n]{1,60})\)/u;
/** One party or list as a name: capitalised words or an acronym ("Gemeentebelangen", "TIM", "Samen Anders"). */
const LIST_NAME = /^\p{Lu}[\p{L}\p{N}&.+'’-]*(?: \p{Lu}[\p{L}\p{N}&.+'’-]*){0,3}$/u;

/**
 * "Raadslid Bart Volders (Gemeentebelangen)": Dutch news writes a politician's party or local list
 * in parentheses after the name, several joined by "/" or ","; each part written as a name is an
 * organisation (a list the gazetteer lacks, the known parties being mentions already).
 */
function listsAfterPersons(text: string, persons: Span[]): Span[] {
  const lists: Span[] = [];
  for (const person of persons) {
    const m = PARENTHESIS_AFTER.exec(text.slice(person.end, person.end + 64));
    if (!m) continue;
    let at = person.end + m[0].indexOf('(') + 1;
    for (const part of m[1]!.split(/([/,])/u)) {
      const name = part.trim();
      if (part !== '/' && part !== ',' && LIST_NAME.test(name)) {
        const start = at + part.indexOf(name);
        lists.push({ start, end: start + name.length, quote: name });
      }
      at += part.length;
    }
  }
  return lists;
}

/**
 * Document-scoped coreference for persons the gazetteer lacks, as for the ones it has: after a
 * person candidate named in full ("Willy Segers", "Manuel Mùgica Gonzalez"), the surname alone
 * ("aldus Segers", "Mevrouw Lambrecht", "Gonzalez") is a person candidate too, when exactly one
 * earlier candidate has it. The surname is the name without its first given name or its last
 * word, found capitalised, as a whole word, where nothing else is claimed.
 */
function surnameCandidates(text: string, candidates: Candidate[], claimed: Uint8Array): Candidate[] {
  const named = new Map<string, { quote: string; end: number }[]>();
  for (const c of candidates.filter((x) => x.kind === 'person' && /\s/u.test(x.quote))) {
    const surname = surnameOf(c.quote);
    for (const key of new Set([surname, c.quote.split(/\s+/u).at(-1)!])) {
      if (!key || !/^\p{Lu}/u.test(key)) continue;
      const earlier = named.get(key) ?? [];
      if (!earlier.some((e) => e.quote === c.quote)) earlier.push({ quote: c.quote, end: c.end });
      named.set(key, earlier);
    }
  }
  const found: Candidate[] = [];
  // Longer surnames first: "Van Vaerenbergh" before "Vaerenbergh".
  for (const key of [...named.keys()].sort((a, b) => b.length - a.length)) {
    for (const m of text.matchAll(wholeWord(key))) {
      const start = m.index;
      const end = start + key.length;
      const earlier = named.get(key)!.filter((e) => e.end <= start);
      if (earlier.length !== 1 || claimed.subarray(start, end).includes(1)) continue;
      claimed.fill(1, start, end);
      found.push({ start, end, quote: key, kind: 'person', cue: null });
    }
  }
  return found;
}
