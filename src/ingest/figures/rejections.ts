/**
 * Why a number is not a figure: small predicates for labels, list numbering, calendar years,
 * days of the month, postal codes, clock times, time frames and terms, ages, thresholds and the
 * bounds of a class, and counts of a text's own structure.
 */
import { APOSTROPHES, bracketsAYearsCount, CALENDAR_YEAR, countedByAantalBefore, isCap, isDecadeValue, isNamedListItem, parseDigits, parseNumberWord, partitiveBefore, phraseAt, QUOTATION_MARKS, type Atom, type Token } from './tokens.js';
import { factLineLabel, isPastParticiple, leadNamedAfter, type UnitInfo } from './units.js';
import {
  CLAUSE_END_MARKS, COUNT_REFERENCE_NOUNS, FINITE_VERBS, FIXED_EXPRESSIONS, FREQUENCY_NOUNS, HOUR_UNITS, LABEL_ABBREVIATIONS, LABEL_WORDS, MONTHS, NON_NOUNS, PASSIVE_AUXILIARIES, PERSON_NOUNS, PERSON_SINGULARS, QUALIFIERS, SENTENCE_END_MARKS, SPEAKER_PRONOUNS, STREET_SUFFIXES, STRUCTURE_NOUNS,
  ONE_WORDS, TIME_FRAME_WORDS, TIME_UNITS, YEAR_PREPOSITIONS, isDayPartWord,
} from './words.js';

const ARTICLES = new Set(['de', 'het', 'deze', 'die', 'onze', 'hun', 'elke']);
const PLACE_PREPOSITIONS = new Set(['in', 'te', 'uit', 'voor', 'bij']);
// The kinds of place a name follows in "in de provincie Antwerpen", "in de stad Gent".
const PLACE_KIND_NOUNS = new Set(['provincie', 'stad', 'gemeente', 'deelgemeente', 'regio', 'arrondissement', 'politiezone', 'zone']);

/** Previous token, looking through the period of an abbreviation ("nr. 12" → "nr"). */
function labelBefore(tokens: Token[], i: number): Token | undefined {
  const p = tokens[i - 1];
  if (p?.text === '.' && tokens[i - 2] && LABEL_ABBREVIATIONS.has(tokens[i - 2]!.norm)) return tokens[i - 2];
  return p;
}

const COORDINATORS = new Set(['en', 'of', ',', 'tot', 't.e.m']);

/**
 * The first token of the number coordinated before token `i` ("nrs. 7-247 en 7-364": from the
 * second, the "7" of the first), or null when no number stands right before a coordinator there.
 */
function coordinatedNumberBefore(tokens: Token[], i: number): number | null {
  if (!COORDINATORS.has(tokens[i - 1]?.norm ?? '')) return null;
  let k = i - 2;
  if (tokens[k]?.type !== 'num') return null;
  // "7-247", "12bis": parts glued to the number belong to it.
  while (k > 0 && tokens[k]!.glued && (tokens[k - 1]!.type === 'num' || tokens[k - 1]!.text === '-')) k--;
  return tokens[k]?.type === 'num' ? k : null;
}

// What may follow a count that ends its clause: a mark, "en", or a partitive that opens a breakdown of it ("227 waarvan 137 …").
const CLAUSE_ENDS_AFTER_COUNT: ReadonlySet<string> = new Set([...CLAUSE_END_MARKS, ')', 'en', 'waarvan', 'waaronder']);

/** An adjective of a level of government: "nationaal", "federaal", "lokaal", "Vlaams", "Europees", "provinciaal", "gemeentelijk". */
const isLevelAdjective = (t: Token | undefined) => t?.type === 'word' && /(?:aal|eel|ees|aams|elijk)$/u.test(t.norm);

/** A compound of "zone" numbered as a label is: "hulpverleningszone 2 West-Vlaanderen", "brandweerzone 1" ("zone 3" is a label word). */
const ZONE_COMPOUND = /\p{L}zone$/u;

// How many inflected adjectives may stand between an article and its noun: "de hele zone", "het volledige korps".
const ADJECTIVES_AFTER_ARTICLE = 2;

/** Whether the noun at `noun` has an article before it, maybe with inflected adjectives between ("de zone", "in de hele zone"). */
function hasArticle(tokens: Token[], noun: number): boolean {
  let k = noun - 1;
  while (k > noun - 1 - ADJECTIVES_AFTER_ARTICLE && tokens[k]?.type === 'word' && /\p{Ll}e$/u.test(tokens[k]!.norm) && !ARTICLES.has(tokens[k]!.norm)) k--;
  return ARTICLES.has(tokens[k]?.norm ?? '');
}

/** "Hoofdstuk 3", "artikel 12", "Werf 4:", "Kerkstraat 12", "nr. 5", and numbers coordinated with one ("nrs. 7-247 en 7-364"). */
function isLabelNumber(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  for (let n = 0, k = coordinatedNumberBefore(tokens, atom.first); k !== null && n < 8; n++, k = coordinatedNumberBefore(tokens, k)) {
    const label = labelBefore(tokens, k);
    if (label && LABEL_WORDS.has(label.norm)) return true;
  }
  const p = labelBefore(tokens, atom.first);
  if (!p || p.type === 'num') return false;
  // "In 2023 telde de zone 312 agenten", "Daarvoor krijgt de zone 15 miljoen euro", "In 2015 had de wijk 8 procent van de feiten":
  // a label word with its article is the subject, and the number counts, amounts or shares what follows.
  const subjectNoun = unit.found && (unit.kind === 'count' || unit.kind === 'money' || unit.kind === 'percentage') && p === tokens[atom.first - 1] && hasArticle(tokens, atom.first - 1);
  // Labels number with digits ("actie 3"); a number word after one counts ("tijdens een actie acht agenten inzetten").
  // "Ik vraag 20 agenten": a label word after a speaker is a verb.
  const verb = SPEAKER_PRONOUNS.has(tokens[atom.first - 2]?.norm ?? '');
  // "Comité P 2.793 klachtendossiers": a capital letter after a capitalised word ends a name; the page label is "p" or "p.".
  const named = tokens[atom.first - 2];
  const nameLetter = p.text.length === 1 && isCap(p) && named !== undefined && isCap(named);
  // "waren er dat in de politiezone 227, waarvan …": a partitive before the phrase makes a number that ends its clause the count it
  // points to ("er in de zone 30 veel ongevallen" goes on: a label; "zone 30" alone always is one).
  const partitive = ZONE_COMPOUND.test(p.norm) && ARTICLES.has(tokens[atom.first - 2]?.norm ?? '') && partitiveBefore(tokens, atom.first) !== null && CLAUSE_ENDS_AFTER_COUNT.has(tokens[atom.last + 1]?.norm ?? '.');
  // "op nationaal niveau 604 dodelijke slachtoffers": "niveau" after an adjective says at which level the count was made ("op
  // niveau 3" numbers a level).
  const levelOfCount = p.norm === 'niveau' && unit.found && p === tokens[atom.first - 1] && isLevelAdjective(tokens[atom.first - 2]);
  // "enkel in zones 30 en 50": the plural numbers speed zones too, where no noun of the number's own follows ("de negentien zones
  // 104 vacatures" counts).
  if (p.norm === 'zones' && !unit.found && !atom.isWord) return true;
  if ((LABEL_WORDS.has(p.norm) || ZONE_COMPOUND.test(p.norm)) && !subjectNoun && !verb && !atom.isWord && !nameLetter && !partitive && !levelOfCount) return true;
  if (p.type === 'word' && isCap(p) && STREET_SUFFIXES.some((s) => p.norm.endsWith(s) && p.norm.length > s.length)) return true;
  // "Personeelsleden 2.675": a number after its plural label on a fact line counts it.
  if (!unit.found && factLineLabel(tokens, atom.first, atom.last) !== null) return false;
  // "in Gent 800", "in de provincie Antwerpen 133": a place after a preposition (and the kind of place it is), not a title.
  if (isCap(p) && PLACE_PREPOSITIONS.has(tokens[atom.first - 2]?.norm ?? '')) return false;
  // "en in het Vlaams Gewest 2,7": a name of two capitalised words after a place preposition and an article.
  const nameStart = tokens[atom.first - 2];
  if (isCap(p) && nameStart !== undefined && isCap(nameStart) && ARTICLES.has(tokens[atom.first - 3]?.norm ?? '') && PLACE_PREPOSITIONS.has(tokens[atom.first - 4]?.norm ?? '')) return false;
  if (isCap(p) && placedAfterItsKind(tokens, atom.first - 2)) return false;
  // A capitalised name right before a bare number is a title or label ("Fase 2", "Actieplan 13").
  const qualifierWord = QUALIFIERS.some(([seq]) => seq[seq.length - 1] === p.norm);
  if (!unit.found && p.type === 'word' && isCap(p) && !NON_NOUNS.has(p.norm) && !qualifierWord && !YEAR_PREPOSITIONS.has(p.norm) && !namedItemOfAList(tokens, atom.first)) return true;
  return false;
}

/**
 * "in de provincie Antwerpen 133", "in het Waalse Hoei 84": whether the words ending at token `k`, before a place's name, are a place
 * preposition, an article and the noun of the place's kind or an inflected adjective.
 */
function placedAfterItsKind(tokens: Token[], k: number): boolean {
  const word = tokens[k];
  if (!word || word.type !== 'word' || !(PLACE_KIND_NOUNS.has(word.norm) || word.norm.endsWith('e'))) return false;
  return ARTICLES.has(tokens[k - 1]?.norm ?? '') && PLACE_PREPOSITIONS.has(tokens[k - 2]?.norm ?? '');
}

// How far back in its sentence a gapped item looks for the count its list opened with.
const GAPPED_LIST_REACH = 12;

/**
 * "Ukkel heeft 14 zetels, Oudergem 5 en Watermaal-Bosvoorde 4": a name and a bare number after a comma or "en", in a
 * sentence whose list opened with a number and its counted noun, are an item that leaves the noun out, not a label
 * ("Fase 1, Fase 2": no counted noun before).
 */
function namedItemOfAList(tokens: Token[], first: number): boolean {
  const joiner = tokens[first - 2]?.norm;
  if ((joiner !== ',' && joiner !== 'en') || LABEL_WORDS.has(tokens[first - 1]!.norm)) return false;
  for (let k = first - 3; k >= 0 && k >= first - GAPPED_LIST_REACH && !SENTENCE_END_MARKS.has(tokens[k]!.norm); k--) {
    const noun = tokens[k + 1];
    if (tokens[k]!.type === 'num' && noun?.type === 'word' && /^\p{Ll}/u.test(noun.text) && /(?:s|en)$/u.test(noun.norm)) return true;
  }
  return false;
}

/** "1." or "2)" at the start of a line, "(3)", or a bare number opening a heading line. */
function isListNumber(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  const t = tokens[atom.numIdx]!;
  const next = tokens[atom.last + 1];
  const prev = tokens[atom.first - 1];
  // Lists are numbered with digits: a number word opening a line opens a sentence ("Zeven van de negentien gemeenten …").
  // "441.843. Zoveel misdrijven …": a lead the next sentence names is no numbering.
  if (t.lineStart && atom.first === atom.numIdx && !atom.isWord && leadNamedAfter(tokens, atom.last, atom.value) === null) {
    if (next && next.glued && (next.text === '.' || next.text === ')')) return true;
    // "Interventies" over "1.234": a number alone on its line under its plural label counts it, as on the label's own line.
    if (!unit.found && factLineLabel(tokens, atom.first, atom.last) !== null) return false;
    if (!unit.found) return true;
    // "3 Doelstellingen": a number opening a line followed by a capitalised word is heading numbering, unless a
    // finite verb on the same line makes the line a sentence that counts the word ("346 Vlamingen kregen een …").
    const after = tokens[atom.last + 1];
    const verb = tokens[unit.last + 1];
    const sentence = verb !== undefined && !verb.lineStart && FINITE_VERBS.has(verb.norm);
    if (after && after.type === 'word' && isCap(after) && !sentence) return true;
  }
  // "(3)" numbers a list; "Het aantal inbraken (1.234)" restates a count after its noun ("het aantal verkrachtingen staat op het laagste
  // peil (16)" too, however small), "Hasselt (48), Gent (41)" lists counts by name,
  // "in 2014 (397)" by year.
  const named = atom.value > 31 && tokens[atom.first - 2]?.type === 'word';
  if (prev?.text === '(' && next?.text === ')' && !unit.found && !named && !bracketsAYearsCount(tokens, atom.first - 1) && !isNamedListItem(tokens, atom.first - 1) &&
    countedByAantalBefore(tokens, atom.first - 1) === null) return true;
  return false;
}

/**
 * "de verkiezingen van ’24", "in '18": two digits glued to an apostrophe after a word are a year cut short, no quantity (after a
 * colon or opening a sentence the mark opens a quotation: "zegt hij: ‘24 agenten …").
 */
function isAbbreviatedYear(tokens: Token[], atom: Atom): boolean {
  const number = tokens[atom.first]!;
  return atom.first === atom.numIdx && /^\d\d$/u.test(number.text) && number.glued === true && APOSTROPHES.has(tokens[atom.first - 1]?.text ?? '') &&
    tokens[atom.first - 2]?.type === 'word';
}
// Compounds of "jaar" that name a kind of year: "dienstjaar", "werkingsjaar", "coronajaar", "boekjaar", "schooljaar".
const KIND_OF_YEAR = /^\p{L}{3,}jaar$/u;
// Reports, budgets and plans a year labels ("jaarverslag 2017", "begroting 2024", "het veiligheidsplan 2020"), by their head.
const YEAR_LABELLED = /(?:statistiek|verslag|rapport|begroting|budget|rekening|plan|nota|programma|balans|cijfers|monitor|barometer|editie)$/u;

/**
 * "in de jaren vijftig en zestig", "de jaren 90", "de jaren 1980": a decade, no quantity; so is a second one joined to it ("de
 * jaren zeventig tot tachtig"). A number with its own noun is a count ("al jaren vijftig agenten te weinig").
 */
function isDecade(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  if (unit.found || !isDecadeValue(atom.value)) return false;
  let k = atom.first - 1;
  if (APOSTROPHES.has(tokens[k]?.text ?? '')) k--;
  if (DECADE_JOINERS.has(tokens[k]?.norm ?? '') && tokens[k - 2]?.norm === 'jaren') k -= 2;
  return tokens[k]?.norm === 'jaren';
}
const DECADE_JOINERS: ReadonlySet<string> = new Set(['en', 'tot', 'of']);

/** A calendar year: four digits 1900–2100 with no currency, percent, measure or (after a year preposition) noun. */
function isYear(tokens: Token[], atom: Atom, unit: UnitInfo, hasQualifier: boolean): boolean {
  if (!atom.yearLike) return false;
  if (unit.kind === 'money' || unit.kind === 'percentage') return false;
  if (unit.kind === 'quantity') return false;
  if (!unit.found) return true;
  const p = tokens[atom.first - 1];
  // "de jaarstatistiek 2015 van de correctionele parketten", "het jaarverslag 2017 van de zone": the year a report or a budget
  // is of, whatever its "van" phrase names.
  if (p?.type === 'word' && YEAR_LABELLED.test(p.norm)) return true;
  // "over het dienstjaar 2022 heen", "in het coronajaar 2020 vielen": a kind of year names the year after it.
  if (p?.type === 'word' && KIND_OF_YEAR.test(p.norm)) return true;
  // "het jaar 2019" names a year; "dit (eerste half) jaar 1933 woninginbraken" ends a time phrase before a count.
  if (p?.norm === 'jaar' && tokens[atom.first - 2]?.norm !== 'het') return false;
  return !hasQualifier && p !== undefined && YEAR_PREPOSITIONS.has(p.norm);
}

/** "12 maart", "1 jan." — a day of the month. */
export function isDayOfMonth(tokens: Token[], atom: Atom): boolean {
  const next = tokens[atom.last + 1];
  return !atom.isWord && atom.multiplier === 1 && Number.isInteger(atom.value) && atom.value >= 1 && atom.value <= 31 && next !== undefined && next.norm in MONTHS;
}

/** "9000 Gent", "2000 Antwerpen": four digits before a capitalised place name. */
function isPostalCode(tokens: Token[], atom: Atom, hasQualifier: boolean): boolean {
  const t = tokens[atom.numIdx]!;
  const next = tokens[atom.last + 1];
  return !hasQualifier && !atom.isWord && atom.multiplier === 1 && /^[1-9]\d{3}$/.test(t.text) && next !== undefined && next.type === 'word' && isCap(next);
}

/** "om 22 uur", "tot 18 uur", "22 uur 's avonds", "zaterdag 6 uur", "vanochtend zes uur" — a clock time, not a duration. */
function isClockTime(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  if (unit.unit === null || !HOUR_UNITS.has(unit.unit) || atom.value > 24) return false;
  const p = tokens[atom.first - 1]?.norm;
  // "zaterdag 6 uur lang" is how long it lasted that day.
  if (p !== undefined && isDayPartWord(p) && tokens[unit.last + 1]?.norm !== 'lang') return true;
  if (p === 'om' || p === 'vanaf' || p === 'rond' || p === 'omstreeks' || p === 'tegen' || p === 'tot') return true;
  if (p === 'na' && atom.value < 24) return true;
  const n1 = tokens[unit.last + 1]?.norm;
  // "De controles vonden plaats tussen 8 uur en 10": the start of a span of the day.
  if (p === 'tussen' && n1 === 'en' && tokens[unit.last + 2]?.type === 'num') return true;
  const n2 = tokens[unit.last + 2]?.norm;
  return (n1 === "'" || n1 === '’') && n2 === 's';
}

// Words joining the bounds of a range: "2 à 3 jaar", "twee tot drie jaar".
const RANGE_JOINERS: ReadonlySet<string> = new Set(['à', 'a', 'tot']);

// "op drie jaar tijd", "tien jaar eerder", "twee jaar later", "2,5 jaar na de aanslagen", "we zijn 34 weken verder".
const TIME_FRAME_AFTER = new Set(['tijd', 'eerder', 'later', 'nadien', 'voordien', 'daarna', 'daarvoor', 'na', 'verder']);
// "een drie maanden durende actiecampagne", "een twee weken lange staking": a length that types what follows, no quantity of the text's.
const LENGTH_ADJECTIVES = new Set(['durende', 'durend', 'lange']);
// "een periode van zes maanden": the span of a period ("een termijn van drie jaar" may be a sanction's measure).
const PERIOD_NOUNS = new Set(['periode', 'tijdspanne', 'tijdsspanne']);

/**
 * "de afgelopen 12 jaar", "de eerste zes maanden", "gespreid over vier jaar", "op drie jaar tijd", "een periode van zes
 * maanden", "een drie maanden durende campagne": a duration that sets the time frame of a statement, not a quantity of it. `lead` is the first
 * token of the figure with its qualifier ("gedurende meer dan drie jaar").
 */
function isTimeFrame(tokens: Token[], unit: UnitInfo, figureLead: number): boolean {
  // "al na 2 à 3 jaar weggewerkt": the second bound of a range read alone stands where its first does.
  const lead = RANGE_JOINERS.has(tokens[figureLead - 1]?.norm ?? '') && tokens[figureLead - 2]?.type === 'num' ? figureLead - 2 : figureLead;
  // "na twee coronajaren", "binnen vijf werkdagen": a compound of a time unit after a time-frame word is a time frame too.
  // "tijdens de drie festivalweekends", "de voorbije twee weekends": weekends counted as the time of what is told.
  if (unit.kind === 'count' && unit.unit !== null && isTimeCompound(unit.unit)) {
    const p = tokens[lead - 1]?.norm ?? '';
    return TIME_FRAME_WORDS.has(p) || (p === 'de' && isWeekends(unit.unit));
  }
  // "hoger dan de vijf vorige jaren": a time unit read as a counted noun after its adjective is a duration all the same.
  if ((unit.kind !== 'quantity' && unit.kind !== 'count') || unit.unit === null || !TIME_UNITS.has(unit.unit)) return false;
  if (TIME_FRAME_AFTER.has(tokens[unit.last + 1]?.norm ?? '') || LENGTH_ADJECTIVES.has(tokens[unit.last + 1]?.norm ?? '') || beforeAnEnd(tokens, unit.last + 1) || inARow(tokens, unit.last + 1)) return true;
  // "het aantal doden 30 dagen", "verkeersdoden 30 dagen": the road-death statistics' own measure, those who die within 30 days, no quantity.
  if (unit.unit === 'dagen' && DEATH_NOUN.test(tokens[lead - 1]?.norm ?? '')) return true;
  // "binnen een periode van ruim zes maanden": the length of the period a statement covers; "ingehouden voor een periode van 12 uur"
  // is how long a measure lasts, a quantity of its own.
  if (tokens[lead - 1]?.norm === 'van' && PERIOD_NOUNS.has(tokens[lead - 2]?.norm ?? '')) return !(tokens[lead - 3]?.norm === 'een' && tokens[lead - 4]?.norm === 'voor');
  // Minutes and seconds measure how long something took ("gemiddeld na 14 minuten ter plaatse"); a statement's time frame is hours or longer.
  if (SHORT_TIME_UNITS.has(unit.unit)) return false;
  const p = tokens[lead - 1]?.norm ?? '';
  // "Het parket tekende op zes jaar een daling op": "op" and years or months, the span a change is measured over.
  const measuredOver = p === 'op' && YEARS_AND_MONTHS.has(unit.unit);
  return TIME_FRAME_WORDS.has(p) || measuredOver || (p === 'de' && !isIntervalOrDeadline(tokens, unit, lead)) || isTerm(tokens, unit, lead) ||
    lastedUntilNow(tokens, unit, lead) || periodOfACount(tokens, lead);
}

// Nouns of the dead of road statistics: "doden", "verkeersdoden", "slachtoffers".
const DEATH_NOUN = /^(?:\p{L}*doden|\p{L}*slachtoffers)$/u;

/** "Zeven jaar op een rij daalde het aantal doden", "vijf jaar op rij": how long a trend ran, starting at token `k` ("op (een) rij"). */
const inARow = (tokens: Token[], k: number) => tokens[k]?.norm === 'op' && (tokens[k + 1]?.norm === 'rij' || (tokens[k + 1]?.norm === 'een' && tokens[k + 2]?.norm === 'rij'));

// "Drie weken voor het einde van het jaar", "twee maanden voor de start": a time before a bound, when something happens.
const BOUNDS: ReadonlySet<string> = new Set(['einde', 'eind', 'begin', 'start', 'afloop', 'aanvang']);
/** Whether "voor" and the article of a bound ({@link BOUNDS}) start at token `k`. */
const beforeAnEnd = (tokens: Token[], k: number) => tokens[k]?.norm === 'voor' && ARTICLES.has(tokens[k + 1]?.norm ?? '') && BOUNDS.has(tokens[k + 2]?.norm ?? '');

const YEARS_AND_MONTHS: ReadonlySet<string> = new Set(['jaar', 'jaren', 'maand', 'maanden']);

/** "14.991.932 voertuigen op 182 dagen": "op" and a duration right after a count give the period the count covers (devset convention, fresh20). */
function periodOfACount(tokens: Token[], lead: number): boolean {
  if (tokens[lead - 1]?.norm !== 'op') return false;
  const counted = tokens[lead - 2];
  return counted?.type === 'num' || (counted?.type === 'word' && tokens[lead - 3]?.type === 'num');
}

/**
 * "krijgt al vijftien jaar een dubbele dotatie", "heeft reeds tien jaar geen commissariaat": "al" or "reeds" before a duration and the
 * determiner of the clause's object says how long a state has lasted until now, the statement's time frame; "kreeg al 5 jaar cel" (a
 * sentence's length) and "werkte al 24 jaar bij de politie" (a career's) measure what the clause tells. So do "onder" and "zonder" after
 * it: "staat al acht jaar onder ad-interimleiding", "zit al drie jaar zonder korpschef", and a trend's words ("al tien jaar in dalende lijn").
 */
function lastedUntilNow(tokens: Token[], unit: UnitInfo, lead: number): boolean {
  if (!STILL_WORDS.has(tokens[lead - 1]?.norm ?? '')) return false;
  // "is al tien jaar in dalende lijn", "daalt al tien jaar": how long a trend has run frames the change it goes on with.
  return OBJECT_DETERMINERS.has(tokens[unit.last + 1]?.norm ?? '') || TREND_WORDS.has(tokens[unit.last + 1]?.norm ?? '') || TREND_WORDS.has(tokens[unit.last + 2]?.norm ?? '') || TREND_WORDS.has(tokens[lead - 2]?.norm ?? '');
}
// The words of a trend right after such a duration or its verb right before "al": "in dalende lijn", "daalt al".
const TREND_WORDS = new Set(['dalende', 'stijgende', 'daalt', 'dalen', 'stijgt', 'stijgen', 'afneemt', 'toeneemt', 'groeit', 'groeien']);
const STILL_WORDS = new Set(['al', 'reeds']);
const OBJECT_DETERMINERS = new Set(['een', 'geen', 'de', 'het', 'zijn', 'haar', 'hun', 'onze', 'ons', 'onder', 'zonder']);

/**
 * "krijgt om de vier dagen een klacht": a duration after "om de" says how often something happens (a frequency), a quantity;
 * "moet binnen de twee weken beslist worden": after "binnen de" it is the deadline the clause states, a quantity unless the
 * clause holds another number it frames ("binnen de vijf jaar komen er 20 agenten bij").
 */
function isIntervalOrDeadline(tokens: Token[], unit: UnitInfo, lead: number): boolean {
  const before = tokens[lead - 2]?.norm;
  if (before === 'om') return true;
  return before === 'binnen' && !clauseHoldsANumber(tokens, lead - 3, unit.last + 1);
}

/**
 * Whether the clause around a phrase holds a number (digits or a number word; not the article "een", nor a calendar year, which
 * dates the clause and is framed by nothing: "in het najaar van 2025 … binnen de 36 uur ophalen") before `before` or from `after` on.
 */
function clauseHoldsANumber(tokens: Token[], before: number, after: number): boolean {
  const isNumber = (t: Token) => (t.type === 'num' && !CALENDAR_YEAR.test(t.text)) || (t.type === 'word' && t.norm !== 'een' && parseNumberWord(t.norm) !== null);
  for (let k = before; k >= 0 && !clauseEndsAt(tokens, k); k--) if (isNumber(tokens[k]!)) return true;
  for (let k = after; !clauseEndsAt(tokens, k); k++) if (isNumber(tokens[k]!)) return true;
  return false;
}

/**
 * "gevangenen opvangen voor tien jaar.", "een nieuw bestuur voor 6 jaar.", "verkozen voor een termijn van zes jaar.": a duration after
 * "voor" (and a term's noun) that ends its clause says how long something lasts (a term), not a quantity; "voor 416 maanden
 * stadionverbod" goes on to the noun the duration measures, and
 * a sanction's length is what the sanction weighs ("leverde zijn rijbewijs in voor vijftien dagen", "een verbod voor vijf jaar").
 */
function isTerm(tokens: Token[], unit: UnitInfo, lead: number): boolean {
  // "verkozen voor een termijn van zes jaar": the term named before its length.
  const named = tokens[lead - 1]?.norm === 'van' && TERM_NOUNS.has(tokens[lead - 2]?.norm ?? '') && tokens[lead - 3]?.norm === 'een' ? lead - 3 : lead;
  if (tokens[named - 1]?.norm !== 'voor' || !clauseEndsAt(tokens, unit.last + 1)) return false;
  for (let k = named - 2; k >= 0 && k >= named - TERM_REACH && !SENTENCE_END_MARKS.has(tokens[k]!.norm); k--) if (isSanction(tokens[k]!.norm)) return false;
  return true;
}
// Nouns of a term whose length follows: "voor een termijn van zes jaar", "voor een mandaat van vier jaar".
const TERM_NOUNS: ReadonlySet<string> = new Set(['termijn', 'ambtstermijn', 'mandaat', 'mandaatperiode']);
// How far back in its sentence a sanction still owns a duration ("De rechter legde hem een rijverbod op voor drie maanden").
const TERM_REACH = 20;

// Sanctions whose length is their measure: bans ("plaatsverbod", "stadionverbod"), sentences ("celstraf", "werkstraf"),
// suspensions, a withdrawn or surrendered driving licence, a closure.
const SANCTION = /(?:verbod|straf|schorsing|geschorst|rijbewijs|sluiting|gesloten|opsluiting)$/u;
const isSanction = (word: string) => SANCTION.test(word);

/** Whether token `i` ends a clause: a clause mark, a bracket (an aside is a clause of its own), the end of the text, or the start of a new line. */
const clauseEndsAt = (tokens: Token[], i: number) => tokens[i] === undefined || CLAUSE_END_MARKS.has(tokens[i]!.norm) || ASIDE_BRACKETS.has(tokens[i]!.text) || tokens[i]!.lineStart;
const ASIDE_BRACKETS = new Set(['(', ')']);
const SHORT_TIME_UNITS = new Set(['minuut', 'minuten', 'min', 'seconde', 'seconden', 'sec']);
const TIME_PLURALS = ['jaren', 'maanden', 'weken', 'dagen'];

/** "weekends", "festivalweekends": no unit of measure, but time all the same. */
const isWeekends = (noun: string) => noun.endsWith('weekends');

/** "coronajaren", "werkdagen", "weekends": a compound noun whose head is a plural time unit, or weekends. */
const isTimeCompound = (noun: string) => isWeekends(noun) || TIME_PLURALS.some((t) => noun.length >= t.length + 3 && noun.endsWith(t));

// "op 10 minuten rijden", "op vijf minuten wandelen van het station": how far a place lies, not a quantity.
const TRAVEL_WORDS = new Set(['rijden', 'wandelen', 'fietsen', 'stappen', 'lopen', 'varen', 'vliegen', 'rijafstand', 'wandelafstand', 'van']);

/** A travel time that says where a place lies ("ligt op amper 10 minuten rijden"). `lead` is the figure's first token with its qualifier. */
function isTravelTime(tokens: Token[], unit: UnitInfo, lead: number): boolean {
  if (unit.kind !== 'quantity' || unit.unit === null || !TIME_UNITS.has(unit.unit)) return false;
  return tokens[lead - 1]?.norm === 'op' && TRAVEL_WORDS.has(tokens[unit.last + 1]?.norm ?? '');
}

/** Whether a counted noun names a part of a policy text's structure ("tien clusters", "beleidsprioriteiten"). */
export function isStructureNoun(unit: string): boolean {
  if (STRUCTURE_NOUNS.has(unit)) return true;
  for (const n of STRUCTURE_NOUNS) if (n.length >= 7 && unit.length >= n.length + 3 && unit.endsWith(n)) return true;
  return false;
}

/** "180 graden-camera’s", "360°-camera": a number that names a kind of product (its angle), not how many there are. */
const isProductType = (unit: UnitInfo) => unit.kind === 'count' && unit.unit !== null && /^graden-?\p{L}/u.test(unit.unit);

// People whose age "van N jaar" gives: "een man van 45 jaar", "twee minderjarigen van 15 en 16 jaar".
const AGED_PEOPLE = new Set([
  ...PERSON_NOUNS, ...PERSON_SINGULARS, 'jongens', 'meisjes', 'bestuurders', 'chauffeurs', 'fietsers', 'voetgangers', 'criminelen', 'delinquenten', 'overvallers',
  'jongvolwassenen',
]);

// Nouns of a mark that is passed or reached, not counted: "de kaap van 1.000 geïnterneerden overschreden", "de drempel van 50".
const THRESHOLD_NOUNS = /(?:kaap|drempel|grens|mijlpaal|grenswaarde)$/u;

/** "de kaap van 1.000 geïnterneerden", "boven de drempel van 50 feiten": a threshold mark, not a quantity (devset convention). */
const isThresholdMark = (tokens: Token[], lead: number) => tokens[lead - 1]?.norm === 'van' && THRESHOLD_NOUNS.test(tokens[lead - 2]?.norm ?? '');

// The subjects of a condition told by inversion: "Rij je 48 kilometer per uur in een zone 30, dan …", "Heeft u …, dan …".
const CONDITION_SUBJECTS: ReadonlySet<string> = new Set(['je', 'jij', 'u', 'men']);

/**
 * "Rij je 48 kilometer per uur in een zone 30, dan krijg je een boete van 75 euro": a number in a condition told by inversion (the
 * verb, then "je", "u" or "men", at the sentence's opening) that "…, dan" answers is a case the rule sets, not a quantity.
 */
function inAConditionByInversion(tokens: Token[], lead: number): boolean {
  let open = lead - 1;
  while (open > 0 && !SENTENCE_END_MARKS.has(tokens[open - 1]!.norm) && !tokens[open]!.lineStart) {
    if (tokens[open]!.norm === ',') return false;
    open--;
  }
  if (tokens[open]?.type !== 'word' || !CONDITION_SUBJECTS.has(tokens[open + 1]?.norm ?? '') || open + 1 >= lead) return false;
  for (let k = lead + 1; k < tokens.length && !SENTENCE_END_MARKS.has(tokens[k]!.norm); k++) {
    if (tokens[k]!.norm === ',' && tokens[k + 1]?.norm === 'dan') return true;
  }
  return false;
}

/**
 * "Vanaf 60 kilometer per uur betaal je meer": a measured quantity after "vanaf" is the lower bound of a class (a threshold), not
 * a quantity of anything ("vanaf 2025", "vanaf 22 uur", "vanaf 14 jaar" are a year, a clock time and an age, read before).
 */
const isLowerBound = (tokens: Token[], unit: UnitInfo, lead: number) => unit.kind === 'quantity' && tokens[lead - 1]?.norm === 'vanaf';

// How far back a condition's "wie" may stand before the number ("Wie in de zone 30 tussen 40 en 50 kilometer per uur rijdt, …").
const CONDITION_REACH = 10;

/**
 * "Wie tussen 56 en 60 kilometer per uur rijdt, krijgt een boete": a number in a conditional "wie"-clause that opens its sentence
 * bounds the class the rest of the sentence is about (who drives that fast), not a quantity; the clause ends at its comma.
 */
function inWhoCondition(tokens: Token[], lead: number): boolean {
  let k = lead - 1;
  while (k >= 0 && k >= lead - CONDITION_REACH && !CLAUSE_END_MARKS.has(tokens[k]!.norm) && tokens[k]!.norm !== 'wie') k--;
  const who = tokens[k];
  if (who?.norm !== 'wie' || !(k === 0 || SENTENCE_END_MARKS.has(tokens[k - 1]!.norm) || who.lineStart)) return false;
  // The main clause after the comma; a question ("Wie betaalt de 20 agenten?") asks, it sets no condition.
  for (let j = lead; j < tokens.length && j <= lead + CONDITION_REACH; j++) {
    const t = tokens[j]!;
    if (t.norm === ',') return true;
    if (SENTENCE_END_MARKS.has(t.norm) || t.lineStart) return false;
  }
  return false;
}

// Nouns of a measure taken of each member of a group: "alcoholgehalte", "bloedalcoholpromillage" (a speed is as often a limit, a norm:
// "hielden 75 bestuurders zich niet aan de toegelaten snelheid van 70 kilometer per uur").
const MEASURE_OF_EACH = /(?:gehalte|promillage)$/u;
// Prepositions that bound a class by a measure: "tussen 0,5 en 0,8", "van meer dan 0,8", "boven 1,2".
const BOUND_PREPOSITIONS = new Set(['tussen', 'van', 'boven', 'onder']);

/**
 * "Vijf chauffeurs hadden een alcoholgehalte tussen 0,5 en 0,8 promille", "Drie bestuurders hadden een alcoholgehalte van meer dan 0,8
 * promille": a measure of each member of a group whose count (two or more) stands before it in the clause bounds the group's class, no
 * quantity of its own; one driver's measured value ("Een bestuurder had een alcoholgehalte van 2,1 promille") is a figure.
 */
function classOfACountedGroup(tokens: Token[], lead: number): boolean {
  const preposition = tokens[lead - 1]?.norm === 'en' && tokens[lead - 3]?.norm === 'tussen' ? lead - 3 : lead - 1;
  if (!BOUND_PREPOSITIONS.has(tokens[preposition]?.norm ?? '') || !MEASURE_OF_EACH.test(tokens[preposition - 1]?.norm ?? '')) return false;
  for (let k = preposition - 2; k >= 0 && !CLAUSE_END_MARKS.has(tokens[k]!.norm) && !tokens[k + 1]!.lineStart; k--) {
    const t = tokens[k]!;
    const value = t.type === 'num' ? parseDigits(t.text) : t.type === 'word' ? (parseNumberWord(t.norm)?.value ?? null) : null;
    if (value !== null && value >= 2) return true;
  }
  return false;
}

// Words of a share of a group ("9 procent van de jongeren", "een zesde van de daders", "de meerderheid van de zones").
const SHARE_WORDS = new Set(['procent', 'percent', '%', 'helft', 'derde', 'kwart', 'vierde', 'vijfde', 'zesde', 'tiende', 'meerderheid', 'minderheid']);
const SHARE_REACH = 8;
const CLASS_PREPOSITIONS = new Set(['bij', 'in', 'met']);

/**
 * "Een zesde van de jongeren was betrokken bij twee misdrijven", "9 procent van de jongeren werd geregistreerd in minstens vijf
 * misdrijven": a number after a preposition in the clause of a share of a group is the class of members the share counts (a
 * distribution's class), not a quantity; "Twee derde van de zones zette 40 agenten in" has no preposition before the count.
 */
function classOfAShare(tokens: Token[], lead: number): boolean {
  if (!CLASS_PREPOSITIONS.has(tokens[lead - 1]?.norm ?? '')) return false;
  // The share is in the count's own line: a heading's share ("Meer dan een derde van alle dossiers ⏎ Met 2.260 dossiers…") is not.
  for (let k = lead - 2; k >= 2 && k >= lead - SHARE_REACH && !CLAUSE_END_MARKS.has(tokens[k]!.norm) && !tokens[k + 1]!.lineStart; k--) {
    const article = tokens[k]!.norm;
    if ((article === 'de' || article === 'het' || article === 'alle') && tokens[k - 1]!.norm === 'van' && SHARE_WORDS.has(tokens[k - 2]!.norm)) return true;
  }
  return false;
}

const AGE_PREPOSITIONS = new Set(['van', 'vanaf', 'onder', 'boven', 'tussen']);

/**
 * "een man van 45 jaar", "minderjarigen van 15 en 16 jaar", "jongeren vanaf 14 jaar", "jonger dan 12 jaar", "criminelen van
 * minstens 16 jaar", "15 jaar of ouder" (a qualifier between, `lead` its first token): an age, not a quantity.
 */
function isAge(tokens: Token[], atom: Atom, unit: UnitInfo, lead: number): boolean {
  // "twee mannen van 50 en 54": a bare whole number of a person's years after "van" is an age too.
  if (!unit.found && !atom.isWord && atom.multiplier === 1 && Number.isInteger(atom.value) && atom.value >= 12 && atom.value <= 105) {
    const k = pastCoordinatedNumbers(tokens, lead);
    return tokens[k]?.norm === 'van' && isAgedPerson(tokens[k - 1]);
  }
  if (unit.kind !== 'quantity' || unit.unit !== 'jaar') return false;
  if (yearsOld(tokens, unit.last + 1) || ageStatedBefore(tokens, lead)) return true;
  // "Belgen van 15 jaar of ouder", "18 jaar en jonger": an age bound whatever stands before it.
  if (['of', 'en'].includes(tokens[unit.last + 1]?.norm ?? '') && ['ouder', 'jonger'].includes(tokens[unit.last + 2]?.norm ?? '')) return true;
  const k = pastCoordinatedNumbers(tokens, lead);
  if (tokens[k]?.norm === 'dan' && (tokens[k - 1]?.norm === 'jonger' || tokens[k - 1]?.norm === 'ouder')) return true;
  return AGE_PREPOSITIONS.has(tokens[k]?.norm ?? '') && isAgedPerson(tokens[k - 1]);
}

/** "30 jaar oud", "23 en 30 jaar oud": from token `k`, past the numbers coordinated after a number of years, "oud" says how old. */
function yearsOld(tokens: Token[], k: number): boolean {
  while ((tokens[k]?.norm === 'en' || tokens[k]?.norm === ',' || tokens[k]?.norm === 'of') && tokens[k + 1]?.type === 'num') k += 2;
  if (tokens[k]?.norm === 'jaar') k++;
  return tokens[k]?.norm === 'oud';
}

/** The token before the numbers coordinated with the one at `lead` ("15 en 16", "15, 16 of 17"): the word that governs them all. */
function pastCoordinatedNumbers(tokens: Token[], lead: number): number {
  let k = lead - 1;
  while ((tokens[k]?.norm === 'en' || tokens[k]?.norm === ',' || tokens[k]?.norm === 'of') && tokens[k - 1]?.type === 'num') k -= 2;
  return k;
}

/** Whether a word names people an age is given of ("man", "minderjarigen", "17-jarigen"). */
const isAgedPerson = (t: Token | undefined) => t !== undefined && (AGED_PEOPLE.has(t.norm) || /jarigen?$/u.test(t.norm));

// How far back in its clause "leeftijd" still makes the years after it an age ("De leeftijd van de slachtoffers is gemiddeld 24 jaar").
const AGE_REACH = 8;
const AGE_COPULAS = new Set(['is', 'was', 'bedraagt', 'bedroeg', 'ligt', 'lag']);
const AGE_CHANGE_PREPOSITIONS = new Set(['naar', 'tot']);
/** "leeftijd" and the compounds it heads or opens: "minimumleeftijd", "leeftijdsgrens", "de leeftijdsverlaging naar 14 jaar". */
const AGE_NOUN = /leeftijd(?:s\p{L}+)?$/u;

/**
 * "De (gemiddelde) leeftijd van de daders is/bedraagt (gemiddeld) 24 jaar", "de leeftijd optrekken naar 16 jaar", "de
 * leeftijdsverlaging naar 14 jaar": the years a
 * clause gives as what "leeftijd" is or becomes are an age ("Op die leeftijd werkte hij al 24 jaar" has no copula between: a duration).
 */
function ageStatedBefore(tokens: Token[], lead: number): boolean {
  // "de leeftijd optrekken naar 16 jaar", "de verhoging van de minimumleeftijd tot 18 jaar": the age a change sets ("tot" may be
  // read as the qualifier that `lead` starts at).
  let copula = AGE_CHANGE_PREPOSITIONS.has(tokens[lead - 1]?.norm ?? '') || AGE_CHANGE_PREPOSITIONS.has(tokens[lead]?.norm ?? '');
  for (let k = lead - 1; k >= 0 && k >= lead - AGE_REACH && !CLAUSE_END_MARKS.has(tokens[k]!.norm); k--) {
    if (AGE_COPULAS.has(tokens[k]!.norm)) copula = true;
    else if (AGE_NOUN.test(tokens[k]!.norm)) return copula;
  }
  return false;
}

/**
 * "Marc Geraerts (56) is spekslager": a whole number of years in brackets right after a first name and a surname is the person's
 * age (the news' convention); a count in brackets follows a noun ("in maart (190)", "klassieke overlast (212)").
 */
function isBracketedAge(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  if (unit.found || atom.isWord || atom.multiplier !== 1 || !Number.isInteger(atom.value) || atom.value < 12 || atom.value > 105) return false;
  if (tokens[atom.first - 1]?.text !== '(' || tokens[atom.last + 1]?.text !== ')') return false;
  const surname = tokens[atom.first - 2];
  const firstName = tokens[atom.first - 3];
  const isNameWord = (t: Token | undefined) => t !== undefined && t.type === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !NON_NOUNS.has(t.norm) && !ARTICLES.has(t.norm);
  return isNameWord(surname) && isNameWord(firstName) && !surname!.glued && !firstName!.glued;
}

/**
 * "Kinderen (0-14 jaar)", "jongeren (12-18 jaar)": a range of years in brackets right after the people it bounds is their age
 * group, no quantity. `first` and `last` are the range's tokens.
 */
export function isBracketedAgeRange(tokens: Token[], first: number, last: number, unit: string | null): boolean {
  return unit === 'jaar' && tokens[first - 1]?.text === '(' && tokens[last + 1]?.text === ')' && isAgedPerson(tokens[first - 2]);
}

/**
 * "30 agenten per 10.000 inwoners", "39,4 per 10.000 inwoners": the fixed base of a rate whose numerator is a number other
 * than one is not a figure of its own (the numerator is the figure); "één wijkagent per 3.000
 * inwoners" states its base as the figure and keeps it.
 */
function isRateBase(tokens: Token[], lead: number): boolean {
  if (tokens[lead - 1]?.norm !== 'per') return false;
  // "telt per 1.000 inwoners 0,51 doden": the base said before the value it rates.
  if (tokens[lead + 1]?.type === 'word' && tokens[lead + 2]?.type === 'num') return true;
  // "Per 1.000 inwoners is dat een gemiddelde van 3,5 politieambtenaren": a clause that opens with the base rates the value in it.
  if (opensItsClause(tokens, lead - 1) && valueLaterInTheClause(tokens, lead + 1)) return true;
  // "| gemiddelde per 100 wooneenheden |": an average's base, the average itself left unsaid.
  if (AVERAGE_WORDS.has(tokens[lead - 2]?.norm ?? '')) return true;
  // "71 feiten werden geregistreerd per 1.000 inwoners": a passive verb between the rated count and its base.
  let k = lead - 2;
  if (isPastParticiple(tokens[k]?.norm ?? '') && PASSIVE_AUXILIARIES.has(tokens[k - 1]?.norm ?? '')) k -= 2;
  const rated = k;
  // The rated noun with up to two words before it ("30 extra voltijdse agenten per …"), or two nouns coordinated ("0,40 doden en
  // zwaargewonden per …"); "het aantal inbraken per 100 woningen" rates a count it does not state.
  const isRatedWord = (t: Token | undefined) => t?.type === 'word' && !NON_NOUNS.has(t.norm) && !ONE_WORDS.has(t.norm) && parseNumberWord(t.norm) === null;
  for (let n = 0; n < 3 && isRatedWord(tokens[k]); n++) {
    if (COUNT_REFERENCE_NOUNS.has(tokens[k]!.norm) && k < lead - 2) return true;
    k--;
    if (RATED_COORDINATORS.has(tokens[k]?.norm ?? '') && isRatedWord(tokens[k - 1])) k--;
  }
  // "39,4 per 10.000 inwoners": a numerator that leaves its noun out.
  if (k === rated && tokens[k]?.type !== 'num') return false;
  const numerator = tokens[k];
  if (!numerator || ONE_WORDS.has(numerator.norm)) return false;
  return numerator.type === 'num' || parseNumberWord(numerator.norm) !== null;
}

const RATED_COORDINATORS: ReadonlySet<string> = new Set(['en', 'of']);
const AVERAGE_WORDS: ReadonlySet<string> = new Set(['gemiddelde', 'gemiddeld']);

// The round bases of a ratio said with "voor": "134 gevangenen voor 100 plaatsen", "voor elke 1.000 inwoners".
const ROUND_BASES: ReadonlySet<number> = new Set([100, 1000, 10000, 100000]);
// How far before a round base its ratio's numerator may stand in its clause ("134 gevangenen voor 100 plaatsen").
const NUMERATOR_REACH = 4;

/**
 * "daar zitten voor elke 100 plaatsen 148 mensen in de cel", "met 134 gevangenen voor 100 plaatsen": a round number after "voor
 * (elke)", with the ratio's numerator right before it or after its noun in the clause, is the base of a ratio, no figure ("9.478
 * agenten voor 1,006 miljoen inwoners" states two counts).
 */
function isRoundBaseAfterVoor(tokens: Token[], atom: Atom): boolean {
  if (atom.isWord || !ROUND_BASES.has(atom.value)) return false;
  const each = EACH_WORDS.has(tokens[atom.first - 1]?.norm ?? '') ? 1 : 0;
  if (tokens[atom.first - 1 - each]?.norm !== 'voor') return false;
  const numeratorBefore = tokens.slice(Math.max(0, atom.first - 1 - each - NUMERATOR_REACH), atom.first - 1 - each).some((t) => t.type === 'num');
  return numeratorBefore || (tokens[atom.last + 1]?.type === 'word' && tokens[atom.last + 2]?.type === 'num');
}
const EACH_WORDS: ReadonlySet<string> = new Set(['elke', 'iedere']);
// How far into a clause that opens with a rate's base its value may stand ("Per 1.000 inwoners is dat een gemiddelde van 3,5").
const RATE_VALUE_REACH = 8;
const opensItsClause = (tokens: Token[], k: number) => k === 0 || tokens[k]!.lineStart || CLAUSE_END_MARKS.has(tokens[k - 1]!.norm);
/** Whether a number stands among the next {@link RATE_VALUE_REACH} tokens from `k`, before the clause ends. */
function valueLaterInTheClause(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < k + RATE_VALUE_REACH && tokens[j] !== undefined && !CLAUSE_END_MARKS.has(tokens[j]!.norm); j++) {
    if (tokens[j]!.type === 'num') return true;
  }
  return false;
}

// Words that make a round number word vague: "een paar honderd dossiers", "enkele duizenden bezoekers".
const VAGUE_MULTIPLE_WORDS = new Set(['paar', 'enkele', 'enige']);

/** "een paar honderd dossiers", "enkele duizenden euro": a few hundreds or thousands is a vague quantity, as "tientallen" is. */
const isVagueMultiple = (tokens: Token[], atom: Atom, lead: number) =>
  atom.isWord && (atom.value === 100 || atom.value === 1000) && VAGUE_MULTIPLE_WORDS.has(tokens[lead - 1]?.norm ?? '');

/** Each of the {@link FIXED_EXPRESSIONS} with the place of its number among its words. */
const FIXED_EXPRESSION_NUMBERS = FIXED_EXPRESSIONS.map((words) => ({ words, number: words.findIndex((w) => w !== 'een' && parseNumberWord(w) !== null) }));

/** Whether the number at `atom` is the number of one of the {@link FIXED_EXPRESSIONS} ("met twee man en een paardenkop"). */
const inAFixedExpression = (tokens: Token[], atom: Atom) =>
  FIXED_EXPRESSION_NUMBERS.some(({ words, number }) => phraseAt(tokens, atom.numIdx - number, words));

// "minstens één keer", "ooit een keer", "nog een keer": once as a bound or a repetition (a breakdown's "namelijk één keer in Knokke" is a count).
const ONCE_MARKS = new Set(['minstens', 'minimaal', 'ooit', 'nog', 'al', 'reeds']);
/** "minstens één keer geconfronteerd", "nog een keer": once, written as a word after a bound or "nog", is a survey's threshold or a repetition, not a count the text reports. */
const isOnce = (tokens: Token[], atom: Atom, unit: UnitInfo) =>
  atom.isWord && atom.value === 1 && unit.unit !== null && FREQUENCY_NOUNS.has(unit.unit) && ONCE_MARKS.has(tokens[atom.first - 1]?.norm ?? '');

/**
 * "1 camera per 108.000 inwoners", "1 melding om de drie dagen": the digit 1 as the numerator of a rate with a number in its base
 * or interval is read as "één" is (which is no figure): the base or the interval is the figure.
 */
function isOneOfARate(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  if (atom.isWord || atom.value !== 1 || atom.multiplier !== 1 || !unit.found || unit.last <= atom.last) return false;
  const k = unit.last + 1;
  const isNumber = (t: Token | undefined) => t !== undefined && (t.type === 'num' || parseNumberWord(t.norm) !== null);
  if (tokens[k]?.norm === 'per') return isNumber(tokens[k + 1]);
  return tokens[k]?.norm === 'om' && tokens[k + 1]?.norm === 'de' && isNumber(tokens[k + 2]);
}

/**
 * Rejections shared by single numbers and range ends. `qualifierFirst` is the first token of a
 * qualifier before the number ("ruim", "meer dan"), or null.
 */
export function rejected(tokens: Token[], atom: Atom, unit: UnitInfo, qualifierFirst: number | null): boolean {
  const hasQualifier = qualifierFirst !== null;
  if (isLabelNumber(tokens, atom, unit)) return true;
  if (isTimeFrame(tokens, unit, qualifierFirst ?? atom.first)) return true;
  if (isTravelTime(tokens, unit, qualifierFirst ?? atom.first)) return true;
  if (isAge(tokens, atom, unit, qualifierFirst ?? atom.first)) return true;
  if (isThresholdMark(tokens, qualifierFirst ?? atom.first) || isLowerBound(tokens, unit, qualifierFirst ?? atom.first)) return true;
  if (inAConditionByInversion(tokens, qualifierFirst ?? atom.first)) return true;
  if (inWhoCondition(tokens, qualifierFirst ?? atom.first) || classOfAShare(tokens, qualifierFirst ?? atom.first) || classOfACountedGroup(tokens, qualifierFirst ?? atom.first)) return true;
  if (isBracketedAge(tokens, atom, unit)) return true;
  if (isRateBase(tokens, qualifierFirst ?? atom.first) || isRoundBaseAfterVoor(tokens, atom) || isVagueMultiple(tokens, atom, qualifierFirst ?? atom.first)) return true;
  if (unit.kind === 'count' && unit.unit !== null && isStructureNoun(unit.unit)) return true;
  if (isProductType(unit) || inAFixedExpression(tokens, atom) || isOnce(tokens, atom, unit) || isOneOfARate(tokens, atom, unit)) return true;
  if (isYear(tokens, atom, unit, hasQualifier) || isAbbreviatedYear(tokens, atom) || isDecade(tokens, atom, unit)) return true;
  if (isDayOfMonth(tokens, atom)) return true;
  if (isPostalCode(tokens, atom, hasQualifier)) return true;
  if (isListNumber(tokens, atom, unit)) return true;
  if (isClockTime(tokens, atom, unit)) return true;
  // "de top vijf van de gerechtelijke inbreuken", "de top 30 van Vlaamse gemeenten": the size of a ranking, no count.
  if (tokens[atom.first - 1]?.norm === 'top') return true;
  if (inAQuotedName(tokens, qualifierFirst ?? atom.first)) return true;
  return false;
}

// Nouns that a quoted name follows: "de actie '1 dag niet'", "het project “100 camera's”", "de campagne '2 op 3'".
const NAMED_THINGS: ReadonlySet<string> = new Set(['actie', 'campagne', 'project', 'operatie', 'plan', 'programma', 'initiatief', 'slogan', 'motto']);

/** "bij de actie '1 dag niet'": a number that opens a name in quotation marks right after the noun of what it names is no figure. */
const inAQuotedName = (tokens: Token[], lead: number) => QUOTATION_MARKS.has(tokens[lead - 1]?.text ?? '') && NAMED_THINGS.has(tokens[lead - 2]?.norm ?? '');
