/**
 * Word lists for the figures stage. Every entry is FOLDED: lowercase, no diacritics, typographic
 * apostrophes as ASCII (see `foldForMatch`), so "één" is listed as "een" and "zo’n" as "zo'n".
 * Kept apart from the logic so that adding a unit or a qualifier never touches the rules.
 */
import { wordList, wordSet } from '../../text/word-list.js';

const PASSIVE_AGENT_END = /(?<![\p{L}])door(?:\s+(?:de|het))?\s*$/iu;
/** "door de douane", "door het parket", "door Europol": text (folded or not) that ends on the marker of a passive's agent. */
export const endsOnPassiveAgent = (before: string): boolean => PASSIVE_AGENT_END.test(before);
const SOURCE_END = /(?<![\p{L}])(?:(?:volgens|aldus)(?:\s+[\p{L}-]+){0,4}|(?:zegt|zei|vertelt|vertelde|meldt|meldde|verklaart|verklaarde)(?:\s+[\p{L}.-]+){0,4}\s+(?:van|bij)(?:\s+(?:de|het))?)\s+$/iu;
/**
 * "volgens de barometer van Vias", "vertelt Stef Willems van Vias": text (folded or not) that ends where the source a statement is
 * attributed to is named, not what the statement is about.
 */
export const endsOnSource = (before: string): boolean => SOURCE_END.test(before);

/**
 * Words of focus or degree that may stand right before a number without changing what it counts: "en zelfs 189", "is dat nog maar
 * 3 procent", "met 179 en in 2015 ruim 188 inbraken", "maar liefst 40". Rules skip them to reach the word that governs the number.
 */
export const FOCUS_BEFORE_NUMBER: ReadonlySet<string> = wordSet(['zelfs', 'nog', 'ook', 'maar', 'slechts', 'amper', 'nauwelijks', 'ruim', 'bijna', 'liefst']);

/** The comparatives of amount: "126 meer" (a difference), "opvallend meer: 23", "drie mensen meer … dan". */
export const COMPARATIVES: ReadonlySet<string> = wordSet(['meer', 'minder']);

/**
 * Number words that stand alone (0–19 and the tens; "nul verkeersdoden"). "een" is here but gated by the rules;
 * "eentje" is the pronoun "one of them" ("drie in de stad en eentje in de deelgemeente"), never an article.
 */
export const NUMBER_ATOMS: Readonly<Record<string, number>> = {
  nul: 0, een: 1, eentje: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
  achttien: 18, negentien: 19,
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};

/** Units 1–9 that can open a compound ("vijfenzeventig", "tweehonderd"). */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};

/** Tens that close a compound ("eenentwintig"). */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};

/** Scale words after a number ("2,5 miljoen", "twee miljard", "5 duizend"). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  duizend: 1e3,
  miljoen: 1e6, mio: 1e6, mln: 1e6,
  miljard: 1e9, mld: 1e9, md: 1e9,
};

/** Fraction denominators written as words ("een derde", "twee vijfde", "driekwart"). */
export const DENOMINATORS: Readonly<Record<string, number>> = {
  derde: 3, vierde: 4, kwart: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  twintigste: 20, honderdste: 100,
};

/** The phrases that set a value against its base ("tegenover 2015", "ten opzichte van", "t.o.v.", "in vergelijking met"), as a pattern. */
export const AGAINST_BASE_PATTERN = String.raw`tegenover|ten opzichte van|t\.\s?o\.\s?v\.?|tov|in vergelijking met|vergeleken met`;

/** A place's adjective as written, capitalised and inflected: "Waalse", "Limburgse", "West-Vlaamse" (the pattern, and the whole word). */
export const PLACE_ADJECTIVE_PATTERN = String.raw`\p{Lu}[\p{L}-]*se`;
export const PLACE_ADJECTIVE_FORM = new RegExp(`^${PLACE_ADJECTIVE_PATTERN}$`, 'u');

/** Percentage signs and words. "procentpunt" is deliberately not here (it is a quantity). */
export const PERCENT_WORDS: ReadonlySet<string> = wordSet(['%', 'procent', 'percent', 'pct']);

/** Per mille signs and words ("0,5 promille", "1,2 ‰"): a quantity in the unit "‰". */
export const PER_MILLE_WORDS: ReadonlySet<string> = wordSet(['‰', 'promille']);

/** Currency words/symbols → ISO 4217. Symbols may also precede the number ("€ 2,5 miljoen"). */
export const CURRENCIES: Readonly<Record<string, string>> = {
  '€': 'EUR', euro: 'EUR', "euro's": 'EUR', eur: 'EUR',
  $: 'USD', dollar: 'USD', usd: 'USD',
  '£': 'GBP',
};

/** Currencies the euro replaced ("2 miljard frank" in a text of the 1990s), kept as written: no canonical kind, no rate to the euro. */
export const FORMER_CURRENCIES: ReadonlySet<string> = wordSet(['frank', 'franken', 'bef', 'gulden']);

/**
 * Measurement units that make a figure a `quantity`. Durations are quantities too
 * ("24 uur", "drie jaar"); clock times are filtered out before this matters.
 */
export const MEASURE_UNITS: ReadonlySet<string> = wordSet([
  'ton', 'tonnen', 'kg', 'kilo', "kilo's", 'kilogram', 'gram', 'gr', 'mg',
  'km', 'kilometer', 'kilometers', 'm', 'meter', 'meters', 'cm', 'mm', 'm²', 'm2', 'km²', 'km2', 'm³', 'm3',
  'ha', 'hectare', 'hectaren', 'hectares', 'liter', 'liters', 'l', 'ml', 'cl', 'hl',
  'uur', 'uren', 'minuut', 'minuten', 'min', 'seconde', 'seconden', 'sec',
  'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'eeuw',
  'procentpunt', 'procentpunten', 'decibel', 'db', 'kwh', 'mwh', 'kw', 'mw',
]);

/** Units that may be glued to digits ("10km", "5kg", "50m²"); anything else glued ("3de", "5G") rejects the number. */
export const ATTACHED_UNITS: ReadonlySet<string> = wordSet([
  'km', 'kg', 'm', 'm²', 'm2', 'km²', 'km2', 'm³', 'm3', 'cm', 'mm', 'ha', 'l', 'ml', 'cl', 'hl', 'mg', 'gr', 'ton',
]);

/** Units of time: a number with one is a duration, or the time frame of a sentence ("de afgelopen 12 jaar"). */
export const TIME_UNITS: ReadonlySet<string> = wordSet(['uur', 'uren', 'minuut', 'minuten', 'min', 'seconde', 'seconden', 'sec', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'eeuw']);

/**
 * Words right before a duration that make it the time frame of a statement, not a quantity:
 * "de afgelopen 12 jaar", "de eerste zes maanden", "gespreid over vier jaar", "binnen twee jaar".
 */
export const TIME_FRAME_WORDS: ReadonlySet<string> = wordSet([
  'afgelopen', 'voorbije', 'laatste', 'jongste', 'eerste', 'komende', 'volgende', 'eerstvolgende', 'vorige', 'voorgaande',
  'resterende', 'over', 'binnen', 'gedurende', 'tijdens', 'na', 'in', 'sinds', 'sedert', 'om',
]);

/**
 * Marks that end a clause: a sentence's end, a comma, a semicolon or a colon. The figures stage reads a clause as the tokens
 * between two of them (a term "voor tien jaar." ends its clause; "leeftijd" reaches back to the clause's start).
 */
export const CLAUSE_END_MARKS: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?']);

/** Marks that end a sentence as the figures stage's token rules read it; a colon opens what it announces as a sentence of its own. */
export const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ':']);

/**
 * Nouns of a policy text's own structure: how many priorities, themes, tracks or levels a plan
 * has is no quantity a journalist quotes ("tien clusters", "vijf transversale thema's", "op twee
 * niveau's"). Matched as the whole word or, for the longer ones, as the end of a compound
 * ("beleidsprioriteiten").
 */
export const STRUCTURE_NOUNS: ReadonlySet<string> = wordSet([
  'prioriteiten', "thema's", 'themas', 'clusters', 'pijlers', 'sporen', 'assen', 'luiken', 'speerpunten', 'krachtlijnen',
  'doelstellingen', 'hoofdstukken', "niveau's", 'niveaus', 'beleidsdomeinen', 'fasen', 'fases', 'fenomenen', 'onderdelen', 'zwaartepunten',
  // A building's floors ("een gebouw in drie verdiepingen"), and the basic functions the law gives every local police
  // zone (KB of 17 September 2001, "de zeven basisfuncties"): structure, not quantities.
  'verdiepingen', 'bouwlagen', 'basisfuncties',
  // A questionnaire's or a report's sections ("een 10-tal rubrieken", "vijf vragenblokken"): structure of the text asked or written.
  'rubrieken', 'vragenblokken',
  // The causes an argument announces before it lists them ("die daling heeft twee oorzaken"): structure of the argument, as
  // tracks are of a plan (the devset's convention). "3 redenen voor de daling" stays a count (a test of the noun's shape).
  'oorzaken',
  // The steps a plan is carried out in ("er zal in twee stappen gewerkt worden"): structure of the plan, as its phases are.
  'stappen',
  // The alternatives an argument weighs before it names them ("Ze hadden twee opties: …"), as its causes are.
  'opties', 'keuzes', 'alternatieven', "scenario's", 'scenarios',
  // The kinds a text sorts things into ("twee soorten boetes", "leg twee cijferreeksen naast elkaar: …"): how many kinds, no quantity.
  'soorten', 'types', 'typen', 'categorieën', 'cijferreeksen',
]);

/**
 * Fixed expressions that hold a number word but count nothing (folded, as their words are written; the number is the first
 * word that is one other than "een"): "met twee man en een paardenkop" (with far too few people), "met de vier
 * richtingaanwijzers (aan) rijden" (with the hazard lights on; "vier richtingaanwijzers vervangen" counts them).
 */
export const FIXED_EXPRESSIONS: readonly (readonly string[])[] = [
  ['twee', 'man', 'en', 'een', 'paardenkop'],
  ['met', 'de', 'vier', 'richtingaanwijzers'],
];

/** Time units whose number may be a clock time ("om 22 uur") rather than a duration. */
export const HOUR_UNITS: ReadonlySet<string> = wordSet(['uur', 'u', 'h']);

/** Two-word measure units, matched before single ones ("vierkante meter"). */
export const COMPOUND_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['vierkante', 'meter'], ['vierkante', 'kilometer'], ['kubieke', 'meter'],
];

/**
 * Plurals of Latin nouns in -um and -a that Dutch keeps ("centrum" → "centra", "museum" → "musea",
 * "criterium" → "criteria", "visum" → "visa"): plural in meaning without a plural ending. The heads
 * that form compounds ("opvangcentra", "woonzorgcentra") are also matched as a compound's end.
 */
export const LATIN_PLURALS: ReadonlySet<string> = wordSet(['centra', 'musea', 'criteria', 'visa', 'podia', 'stadia', 'media']);
/** The Latin plurals that end compounds ("asielcentra", "stadsmusea"); the others are matched whole. */
export const LATIN_PLURAL_HEADS: readonly string[] = ['centra', 'musea'];

/** Counted nouns that are singular after a number >1 ("200 man", "drie keer"). */
export const SINGULAR_COUNT_NOUNS: ReadonlySet<string> = wordSet(['man', 'keer', 'maal', 'stuk', 'persoon', 'fte', 'vte', 'voltijds']);

/**
 * Qualifiers before a number, longest first, as token sequences (folded). The value is the
 * normalised phrase stored in `qualifier`; abbreviations map to their full form.
 */
export const QUALIFIERS: ReadonlyArray<readonly [string[], string]> = [
  [['niet', 'minder', 'dan'], 'niet minder dan'],
  [['niet', 'meer', 'dan'], 'niet meer dan'],
  [['net', 'meer', 'dan'], 'net meer dan'],
  [['iets', 'meer', 'dan'], 'iets meer dan'],
  [['iets', 'minder', 'dan'], 'iets minder dan'],
  [['net', 'minder', 'dan'], 'net minder dan'],
  [['om', 'en', 'bij', 'de'], 'om en bij'],
  [['om', 'en', 'bij'], 'om en bij'],
  [['maar', 'liefst'], 'maar liefst'],
  [['meer', 'dan'], 'meer dan'],
  [['minder', 'dan'], 'minder dan'],
  [['ten', 'minste'], 'minstens'],
  [['ten', 'hoogste'], 'ten hoogste'],
  [['net', 'geen'], 'net geen'],
  [['rond', 'de'], 'rond de'],
  [['tot', 'wel'], 'tot wel'],
  [['+', '/', '-'], 'ongeveer'],
  [['ca', '.'], 'circa'],
  [['max', '.'], 'maximaal'],
  [['min', '.'], 'minimaal'],
  [['ruim'], 'ruim'], [['bijna'], 'bijna'], [['ongeveer'], 'ongeveer'], [['zowat'], 'zowat'],
  [['circa'], 'circa'], [['ca'], 'circa'], [['maximaal'], 'maximaal'], [['maximum'], 'maximum'],
  [['minimaal'], 'minimaal'], [['minimum'], 'minimum'], [['minstens'], 'minstens'], [['tenminste'], 'minstens'],
  [['hoogstens'], 'hoogstens'], [['slechts'], 'slechts'], [['liefst'], 'liefst'], [['amper'], 'amper'],
  [['nauwelijks'], 'nauwelijks'], [['nog'], 'nog'], [["zo'n"], "zo'n"], [['pakweg'], 'pakweg'],
  [['plusminus'], 'plusminus'], [['±'], 'ongeveer'], [['haast'], 'haast'], [['exact'], 'exact'],
  [['precies'], 'precies'], [['gemiddeld'], 'gemiddeld'], [['krap'], 'krap'], [['tot'], 'tot'],
];

// Verbs of change whose open syllable drops a vowel ("verhogen", "verhoging", "verlagen" beside "verhoogd", "verlaagd"), and
// "terugdringen" beside "terugbrengen": prefixes both lists below take.
const OPEN_SYLLABLE_CHANGE_PREFIXES = ['verhog', 'verlag', 'terugdring', 'teruggedrong'];

/**
 * Verbs and nouns of change/growth after which "tot" means "to" (the new value), not "up to":
 * "uitgroeien tot 70", "steeg tot 462". Prefix match on folded words.
 */
export const TOT_GOVERNING_PREFIXES: ReadonlyArray<string> = [
  'groei', 'gegroeid', 'uitgroei', 'stijg', 'steeg', 'stegen', 'gesteg', 'daal', 'dalen', 'daling', 'gedaald', 'toenam', 'toeneem',
  'toegenom', 'afnam', 'afneem', 'afgenom', 'verhoog', 'verlaag', 'teruggebracht', 'terugbreng', 'opgetrokk', 'optrekk',
  'uitgebreid', 'uitbreid', 'oplop', 'opgelop', 'liep', 'klom', 'geklomm', 'evolu', 'geevolueerd', 'verminder', 'vermeerder',
  'aangroei', 'verdubbel', 'verdrievoudig', 'verviervoudig', 'vervijfvoudig', 'vertienvoudig', 'halve', 'gehalveerd', 'gaat', 'ging', 'gingen',
  ...OPEN_SYLLABLE_CHANGE_PREFIXES,
];

/** Words in a sentence that make "van X tot Y" a change rather than a range. Prefix match. */
export const CHANGE_CUE_PREFIXES: ReadonlyArray<string> = [
  'toename', 'toegenom', 'toenam', 'toeneem', 'stijg', 'steeg', 'stegen', 'gesteg', 'daling', 'daal', 'dalen', 'gedaald',
  'groei', 'gegroeid', 'uitbreid', 'uitbreiding', 'uitgebreid', 'verhoog', 'verlaag', 'evolu', 'geevolueerd', 'afname',
  'afnam', 'afneem', 'afgenom', 'verminder', 'vermeerder', 'versterk', 'opgetrokk', 'optrekk', 'teruggebracht', 'terugbreng',
  'teruggevall', 'klom', 'geklomm', 'opgelop', 'oplop', 'verdubbel', 'halveer', 'gehalveerd', 'aangroei', 'ging', 'gaat',
  ...OPEN_SYLLABLE_CHANGE_PREFIXES,
];

/** Words right before a number that make it a label ("Hoofdstuk 3", "artikel 12", "Werf 4"). */
export const LABEL_WORDS: ReadonlySet<string> = wordSet([
  'hoofdstuk', 'hfst', 'artikelen', 'hfdst', 'werf', 'artikel', 'artikels', 'art', 'punt', 'paragraaf', 'par', '§', 'afdeling', 'titel',
  'deel', 'bijlage', 'figuur', 'fig', 'tabel', 'grafiek', 'kaart', 'pagina', 'p', 'pp', 'blz', 'nr', 'nrs', 'nummer',
  'nummers', 'no', 'versie', 'fase', 'stap', 'actie', 'actiepunt', 'maatregel', 'doelstelling', 'beleidsdoelstelling',
  'prioriteit', 'project', 'thema', 'luik', 'as', 'pijler', 'werkpakket', 'speerpunt', 'ambitie', 'agendapunt', 'amendement',
  'lijn', 'buslijn', 'tramlijn', 'bus', 'tram', 'spoor', 'perron', 'niveau', 'code', 'kamer', 'lokaal', 'route', 'afrit',
  'uitrit', 'categorie', 'klasse', 'type', 'level', 'postbus', 'bel', 'noodnummer', 'telefoonnummer', 'tel', 'gsm', 'fax',
  // a helpline's number ("bel de gratis hulplijn 1813")
  'hulplijn', 'infolijn', 'meldlijn', 'noodlijn', 'hulpnummer', 'infonummer', 'alarmnummer',
  'covid', 'sector', 'kanton', 'zone', 'wijk', 'huisnummer', 'box', '#',
  // a question's number in a parliamentary question ("de feiten vermeld onder vraag 1"); "ik vraag 20 agenten" is the verb
  'vraag',
]);

/** Abbreviations that are followed by a period before the number ("nr. 12", "art. 135"). */
export const LABEL_ABBREVIATIONS: ReadonlySet<string> = wordSet(['nr', 'nrs', 'art', 'blz', 'p', 'pp', 'fig', 'hfst', 'hfdst', 'par', 'tel', 'no']);

/** Street-name endings: a number after "Kerkstraat" is a house number. */
export const STREET_SUFFIXES: ReadonlyArray<string> = [
  'straat', 'laan', 'plein', 'lei', 'weg', 'steenweg', 'dreef', 'kaai', 'markt', 'vest', 'dijk', 'baan', 'singel', 'hof', 'park',
];

/** The weekdays, 0 for Sunday … 6 for Saturday (as `Date.getUTCDay`). */
export const WEEKDAYS: Readonly<Record<string, number>> = { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 };
/** Parts of a day a weekday compounds with: "zaterdagmiddag", "vrijdagochtend". */
export const DAY_PARTS: readonly string[] = ['ochtend', 'voormiddag', 'middag', 'namiddag', 'avond', 'nacht'];
const WEEKDAY_WORD = new RegExp(`^(?:${Object.keys(WEEKDAYS).join('|')})(?:${DAY_PARTS.join('|')})?$`, 'u');
/** Whether a (folded) word is a weekday or a weekday's part: "zaterdag", "vrijdagochtend". */
export const isWeekdayWord = (norm: string): boolean => WEEKDAY_WORD.test(norm);
const DEICTIC_DAY_PART = new RegExp(`^(?:van|gister|gisteren|morgen|eergisteren)(?:${DAY_PARTS.join('|')}|morgen)$`, 'u');
/** Whether a (folded) word names a part of a day: a weekday's ("vrijdagochtend") or one said from today ("vanochtend", "gisteravond"). */
export const isDayPartWord = (norm: string): boolean => isWeekdayWord(norm) || DEICTIC_DAY_PART.test(norm);

/** Month names and abbreviations → month number, for "12 maart 2024" and "eind maart". */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Words before a 4-digit number that make it a year even when a noun follows. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = wordSet([
  'in', 'sinds', 'sedert', 'vanaf', 'tegen', 'voor', 'na', 'eind', 'einde', 'begin', 'midden', 'medio', 'jaar', 'periode',
  'van', 'tot', 'en', 'tussen', 'het', 'anno', 'najaar', 'voorjaar', 'zomer', 'winter', 'herfst', 'lente', 'oktober',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'november', 'december', 't.e.m',
]);

/** Verbs that introduce a bare quantity ("het budget bedraagt 462", "telt 550"). */
export const QUANTITY_VERBS: ReadonlySet<string> = wordSet([
  'bedraagt', 'bedroeg', 'bedragen', 'bedroegen', 'telt', 'telde', 'telden', 'tellen', 'bereikt', 'bereikte', 'kost', 'kostte',
  'kostten', 'kosten', 'haalt', 'haalde',
]);

/**
 * Prepositions that open the complement of a label's or a table header's noun, which ends that noun: "Verkeersongevallen met
 * gewonden: 234", "Diefstallen uit wagens", "Toelage per inwoner", "Boetes van 2021".
 */
export const LABEL_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = wordSet(['met', 'van', 'in', 'op', 'uit', 'zonder', 'door', 'tegen', 'onder', 'per', 'voor', 'naar']);

/** Words that make a number a part of the count before it: "30 daarvan", "45 procent hiervan". */
export const PARTITIVE_POINTERS: ReadonlySet<string> = wordSet(['daarvan', 'hiervan', 'ervan']);

/** Words that point back to an earlier count ("dit aantal", "die teller"). */
export const COUNT_REFERENCE_NOUNS: ReadonlySet<string> = wordSet(['aantal', 'teller', 'cijfer']);

/** Determiners before a small number word that make the count anaphoric/structural ("de drie sporen", "deze twee"). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = wordSet([
  // "zijn" is left out: "er zijn vier pijlers" is the verb far more often than "his"; so are the other
  // possessives: "hun vier politiezones", "onze twee commissariaten" say how many they have.
  'de', 'het', 'deze', 'die', 'dit', 'dat', 'beide', 'alle',
]);

/**
 * Adjectives that can stand uninflected between a number and its noun ("vier extra agenten").
 * Inflected adjectives (ending in -e) are recognised by shape.
 */
export const UNINFLECTED_ADJECTIVES: ReadonlySet<string> = wordSet([
  'extra', 'bijkomend', 'nieuw', 'voltijds', 'deeltijds', 'gestolen', 'gesloten', 'gevonden', 'gekregen', 'verloren',
  'gedetacheerd', 'vast', 'tijdelijk', 'structureel', 'operationeel', 'effectief', 'lokaal', 'federaal',
  // Adjectives of a material end in -en like a plural: "dertig gouden exemplaren", "twee houten bankjes".
  'gouden', 'zilveren', 'bronzen', 'houten', 'ijzeren', 'koperen', 'wollen', 'lederen', 'zijden', 'katoenen',
]);

/** Strong participles that end in -en and so look like plural nouns ("is tot 462 gestegen"). */
export const PARTICIPLES_EN: ReadonlySet<string> = wordSet([
  'gestegen', 'gebleven', 'gekomen', 'gegaan', 'geworden', 'gebleken', 'gevonden', 'gestolen', 'gesloten', 'gekregen',
  'genomen', 'gegeven', 'gebroken', 'geschreven', 'gezien', 'gedaan', 'gelegen', 'geslagen', 'gedragen', 'gevangen',
  'gegrepen', 'getroffen', 'geschoten', 'gekozen', 'verdwenen', 'ontvangen', 'opgenomen', 'aangenomen', 'afgenomen',
  'toegenomen', 'teruggedrongen', 'teruggevallen', 'opgelopen', 'geklommen', 'ingezeten', 'aangeworven',
  'geworven', 'benoemd', 'ingeschreven', 'voorzien', 'verkregen', 'gestoken', 'gesproken', 'betrokken', 'verborgen', 'verstoken',
  'bevonden', 'ontdoken', 'onttrokken', 'verzonden', 'ontstolen', 'weggenomen', 'aangetroffen',
  // Strong participles of verbs with an unstressed prefix (be-, ver-, ont-, her-), which take no "ge-": "vergeleken met 116 ton".
  'vergeleken', 'verschenen', 'vertrokken', 'verloren', 'verboden', 'verbonden', 'vergeten', 'verlaten', 'verstreken', 'verworven',
  'verwezen', 'vernomen', 'verbleven', 'vervangen', 'begonnen', 'besproken', 'bevolen', 'bewezen', 'beschreven', 'beschoten',
  'bestolen', 'bedrogen', 'besloten', 'ontnomen', 'ontkomen', 'herkozen', 'herschreven',
]);

// Plural nouns of a class of places, whose items a list names: "De provincies met … waren Henegouwen (97), …".
export const PLACE_CLASS_NOUNS: ReadonlySet<string> = new Set(['provincies', 'gemeenten', 'steden', 'zones', 'politiezones', 'regio’s', "regio's", 'landen', 'arrondissementen', 'wijken', 'deelgemeenten']);

/** A verb that multiplies or halves, in any form, as a pattern source: "verdubbeld", "vertienvoudigde", "verdrievoudigen", "gehalveerd". */
export const MULTIPLIED_VERB = String.raw`(?:ver(?:dubbel|\p{L}*voudig)(?:d|de|den|en|t)|(?:ge)?halveer(?:d|de|den)|halveren)`;
/** Its participle without "ge-" for any number: "vertienvoudigd", "verveelvoudigd". */
export const MULTIPLIED_PARTICIPLE = /^ver\p{L}*voudigd$/u;

/**
 * Weak past participles of verbs with an unstressed prefix, which take no "ge-" and so have no shape of their own ("verspreid",
 * "betrapt", "ontmanteld"); listed, as many nouns share the prefixes and endings ("beleid", "verkeersveiligheid").
 */
export const PREFIXED_WEAK_PARTICIPLES: ReadonlySet<string> = wordSet([
  'verspreid', 'verhoogd', 'verlaagd', 'verminderd', 'verdubbeld', 'verdrievoudigd', 'verviervoudigd', 'verbeterd', 'verslechterd',
  'verplaatst', 'versterkt', 'verzwakt', 'verkocht', 'vermist', 'vermoord', 'verwond', 'verwijderd', 'veroordeeld', 'verbaliseerd',
  'verlengd', 'verkort', 'vernieuwd', 'verzameld', 'verdeeld', 'verzekerd', 'verricht', 'verstuurd', 'vervolgd', 'verhoord',
  'bekeurd', 'betrapt', 'bestraft', 'betaald', 'besteed', 'bevestigd', 'beschadigd', 'bedreigd', 'beroofd', 'behandeld', 'beheerd',
  'bewaakt', 'beveiligd', 'beslist', 'bestudeerd', 'begroot', 'beboet', 'benoemd', 'bezocht', 'bereikt',
  'ontdekt', 'ontmanteld', 'ontvoerd', 'ontwikkeld', 'ontruimd', 'ontsnapt', 'ontplooid', 'hersteld', 'herzien', 'herstart', 'erkend',
  'onderschept', 'onderzocht', 'ondervraagd',
]);

/** Prepositions ("in", "voor", "volgens", "dankzij" …). */
export const PREPOSITIONS: ReadonlySet<string> = wordSet([
  'in', 'op', 'aan', 'van', 'voor', 'na', 'met', 'zonder', 'tot', 'naar', 'bij', 'uit', 'over', 'onder', 'boven', 'binnen',
  'buiten', 'tegen', 'tegenover', 'tussen', 'volgens', 'tijdens', 'gedurende', 'doorheen', 'sinds', 'sedert', 'vanaf', 'per', 'om', 'rond',
  'rondom', 'langs', 'door', 'via', 'achter', 'naast', 'dankzij', 'wegens', 'omwille', 'inclusief', 'exclusief',
  'ondanks', 'vanwege', 'behalve', 'omtrent', 'aangaande', 'inzake', 'nabij', 'jegens', 'krachtens', 'middels', 'blijkens', 'benevens',
]);

/** The prepositions that join "er", "daar", "hier" and "waar" into one adverb ("daarbij", "erin", "hierdoor", "waarop"). */
const PRONOMINAL_PREPOSITIONS = ['aan', 'achter', 'bij', 'binnen', 'boven', 'door', 'in', 'langs', 'mee', 'na', 'naast', 'om', 'onder', 'op', 'over', 'tegen', 'toe', 'tussen', 'uit', 'van', 'voor'];

/**
 * Function words, auxiliaries, frequent verbs and adverbs that can follow a number but are
 * never the counted noun. Many end in -en, the plural shape we otherwise accept.
 */
export const NON_NOUNS: ReadonlySet<string> = wordSet([
  // articles, pronouns, determiners
  'de', 'het', 'een', 'der', 'des', 'deze', 'die', 'dit', 'dat', 'zij', 'ze', 'hij', 'wij', 'we', 'jij', 'je', 'u', 'hen',
  'hun', 'hem', 'ons', 'onze', 'mijn', 'zijn', 'haar', 'jullie', 'men', 'er', 'iets', 'niets', 'alles', 'allen', 'iedereen',
  'elk', 'elke', 'ieder', 'iedere', 'alle', 'beide', 'welke', 'wie', 'wat', 'waar', 'voordien', 'nadien',
  // pronominal adverbs, "er", "daar", "hier" or "waar" with a preposition: "daarvan", "ermee", "In Brussel werden daarbij maar liefst
  // 10.600 personen … geschrapt"
  ...['er', 'daar', 'hier', 'waar'].flatMap((pronoun) => PRONOMINAL_PREPOSITIONS.map((preposition) => pronoun + preposition)),
  // words that place a time within a stretch ("100.000 midden jaren '90", "medio 2024"), no noun a number counts
  'midden', 'medio',
  // prepositions and conjunctions
  ...PREPOSITIONS, 'en', 'of',
  'maar', 'want', 'dus', 'dan', 'als', 'zoals', 'omdat', 'hoewel', 'terwijl', 'wanneer', 'indien', 'tenzij', 'noch',
  'plus', 'min', 'minus', 'a', 'à', 'x', 'te', 'ten', 'ter', 'vs', 'versus',
  // auxiliaries and frequent verbs (finite and infinitive)
  'is', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'had', 'hadden', 'kan', 'kunnen',
  'kon', 'konden', 'zal', 'zullen', 'zou', 'zouden', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht',
  'mochten', 'wil', 'willen', 'wilde', 'wilden', 'gaan', 'gaat', 'ging', 'gingen', 'komen', 'komt', 'kwam', 'kwamen',
  'staan', 'staat', 'stond', 'stonden', 'blijven', 'blijft', 'bleef', 'bleven', 'liggen', 'ligt', 'lag', 'lagen',
  'krijgen', 'krijgt', 'kreeg', 'kregen', 'tellen', 'telt', 'telde', 'telden', 'zitten', 'zit', 'zat', 'zaten', 'doen',
  'doet', 'deed', 'deden', 'maken', 'maakt', 'maakte', 'maakten', 'bestaan', 'dienen', 'lopen', 'stijgen',
  'dalen', 'groeien', 'uitgroeien', 'bereiken', 'halen', 'vallen', 'brengen', 'zetten', 'houden', 'zien', 'vinden',
  'nemen', 'geven', 'tonen', 'betekenen', 'bedragen', 'kosten', 'inzetten', 'aanwerven', 'werven', 'voorzien', 'investeren',
  'besteden', 'opleiden', 'aanstellen', 'aannemen', 'openen', 'sluiten', 'installeren', 'bijkomen',
  // adverbs and particles
  'niet', 'geen', 'nog', 'al', 'ook', 'wel', 'zo', 'nu', 'toen', 'daar', 'hier', 'meer', 'minder', 'meest',
  'minst', 'veel', 'weinig',
  // past plurals of the noun's shape: "in de zone 70 reden 5 procent te snel", "in het coronajaar 2020 vielen er minder doden"
  'reden', 'bleken', 'lieten', 'vonden', 'vielen', 'stierven', 'zagen', 'gebeurden', 'alleen', 'samen', 'geleden', 'even', 'open', 'meteen', 'bovendien', 'overigens', 'eens',
  'ooit', 'nooit', 'altijd', 'opnieuw', 'reeds', 'slechts', 'pas', 'zelfs', 'vooral', 'echter', 'immers', 'namelijk',
  'lang', 'breed', 'groot', 'klein', 'hoog', 'diep', 'zwaar', 'waard', 'later', 'eerder', 'terug', 'af', 'toe', 'nodig', 'mogelijk', 'oud', 'ouder', 'jong', 'jonger', 'elders', 'verder',
  'voortaan', 'intussen', 'inmiddels', 'tegelijk', 'ongeveer', 'ruim', 'bijna', 'totaal', 'telkens', 'steeds', 'alsmaar', 'almaar', 'jaarlijks',
  'dagelijks', 'wekelijks', 'maandelijks', 'respectievelijk', 'anderen', 'zelf', 'zelfde',
  // sentence adverbs and correlatives that open a sentence before its verb or subject: "Opvallend is …", "Zowel het aantal … als …"
  'zowel', 'opvallend', 'gelukkig', 'helaas', 'jammer', 'uiteindelijk', 'tenslotte',
  // adverbs of time, frequency and manner that open or interrupt a clause: "zitten vandaag 13.397 personen", "Vaak bestaat …"
  'vandaag', 'gisteren', 'eergisteren', 'momenteel', 'thans', 'tegenwoordig', 'eigenlijk', 'zowat', 'vaak', 'dikwijls', 'soms', 'ofwel', 'anders',
  'apart', 'afzonderlijk', 'enzovoort', 'enz', 'bvb', 'bv', 'dergelijke', 'zulke',
  'tien', 'honderd', 'duizend', 'miljoen', 'miljard', 'tientallen', 'honderden',
  'duizenden', 'miljoenen',
  // the reflexive and sentence adverbs: never part of a noun phrase ("inwoners voelt zich", "Bijvoorbeeld door …")
  'zich', 'bijvoorbeeld', 'daarentegen', 'nochtans', 'toch', 'tevens', 'eveneens', 'trouwens', 'uiteraard', 'natuurlijk',
  // adverbs of how sure the writer is: "Er komen inderdaad 300 nieuwe agenten bij", "Er zijn wellicht 40 slachtoffers"
  'inderdaad', 'blijkbaar', 'kennelijk', 'klaarblijkelijk', 'wellicht', 'allicht', 'misschien', 'waarschijnlijk', 'vermoedelijk', 'zeker',
  'alleszins', 'sowieso', 'hoegenaamd',
  // superlatives after "het" are adverbs ("steeg het sterkst in …")
  'sterkst', 'vaakst', 'hoogst', 'laagst', 'grootst', 'kleinst', 'snelst', 'zwaarst', 'duidelijkst',
]);

/**
 * Finite verb forms (folded) that end the first constituent of a Dutch main clause (V2): the
 * grammatical subject stands before them or, after a fronted adverbial, right behind them.
 */
export const FINITE_VERBS: ReadonlySet<string> = wordSet([
  'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'had', 'hadden', 'kan', 'kunnen',
  'kon', 'konden', 'zal', 'zullen', 'zou', 'zouden', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten',
  'wil', 'willen', 'wilde', 'wilden', 'gaat', 'gaan', 'ging', 'gingen', 'komt', 'komen', 'kwam', 'kwamen', 'blijft', 'blijven',
  'bleef', 'bleven', 'staat', 'staan', 'stond', 'stonden', 'ligt', 'liggen', 'lag', 'lagen', 'krijgt', 'krijgen', 'kreeg',
  'kregen', 'telt', 'tellen', 'telde', 'telden', 'bedraagt', 'bedragen', 'bedroeg', 'bedroegen', 'stijgt', 'stijgen', 'steeg',
  'stegen', 'daalt', 'dalen', 'daalde', 'daalden', 'groeit', 'groeien', 'groeide', 'groeiden', 'neemt', 'nemen', 'nam', 'namen',
  'maakt', 'maken', 'maakte', 'maakten', 'zet', 'zetten', 'zette', 'werkt', 'werken', 'werkte', 'werkten', 'investeert',
  'investeren', 'investeerde', 'zit', 'zitten', 'zat', 'zaten', 'geeft', 'geven', 'gaf', 'gaven', 'houdt', 'houden',
  'hield', 'hielden', 'doet', 'doen', 'deed', 'deden', 'levert', 'leveren', 'leverde', 'vraagt', 'vragen', 'vroeg', 'vroegen',
  'voorziet', 'voorzien', 'voorzag', 'rekent', 'rekenen', 'verwacht', 'verwachten', 'verwachtte', 'streeft', 'streven',
  'beschikt', 'beschikken', 'beschikte', 'kost', 'kosten', 'kostte', 'kostten', 'haalt', 'halen', 'haalde', 'bereikt', 'bereiken',
  'bereikte', 'trekt', 'trekken', 'trok', 'heb', 'ben', 'word', 'kent', 'kennen', 'kende', 'kenden', 'noteert', 'noteren',
  'noteerde', 'noteerden', 'registreert', 'registreerde', 'registreerden',
  // What an organisation or area is made of: "De zone omvat vier gemeenten", "Het korps bestaat uit 300 agenten".
  'omvat', 'omvatten', 'omvatte', 'bestaat', 'bestaan', 'bestond', 'bestonden',
  // How long something lasts: "De aanrijtijden duren minstens een half uur".
  'duurt', 'duren', 'duurde', 'duurden',
  // How something sounds, the news' word for what is said: "klinkt het bij de zone", "Toen klonk het dat …".
  'klinkt', 'klinken', 'klonk', 'klonken',
  // Verbs of reports whose past the endings miss: "3,2 procent van de bestuurders blies positief", "de minister kondigde aan", "de
  // cijfers toonden".
  'blaast', 'blazen', 'blies', 'bliezen', 'kondigt', 'kondigen', 'kondigde', 'kondigden', 'toont', 'toonde', 'toonden',
  // A separable verb of change: "De schade liep met 10 procent op".
  'loopt', 'lopen', 'liep', 'liepen',
  // Keeping to rules: "95 procent van onze inwoners volgt de regels", "Een op vijf respecteert de snelheid niet" (their weak pasts
  // "respecteerde(n)" have a past ending).
  'volgt', 'volgen', 'volgde', 'volgden', 'respecteert', 'respecteren',
  // What a share or a sum stands for: "hetgeen een stijging vertegenwoordigt van 157 procent".
  'vertegenwoordigt', 'vertegenwoordigen', 'vertegenwoordigde', 'vertegenwoordigden',
]);

/** Prepositions and adverbs that open a fronted adverbial: the subject then follows the finite verb. */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = wordSet([
  'in', 'op', 'tegen', 'tijdens', 'tussen', 'gedurende', 'doorheen', 'na', 'voor', 'met', 'sinds', 'sedert', 'vanaf', 'door', 'bij', 'om', 'onder', 'over', 'per',
  'binnen', 'buiten', 'naast', 'volgens', 'dankzij', 'wegens', 'zonder', 'via', 'tot', 'rond', 'eind', 'einde', 'begin', 'medio',
  'ondanks', 'vanwege', 'inzake', 'krachtens', 'blijkens',
  'midden', 'vorig', 'vorige', 'volgend', 'volgende', 'komend', 'komende', 'afgelopen', 'voorbije', 'verleden', 'nu', 'vandaag',
  'momenteel', 'intussen', 'inmiddels', 'daarom', 'daardoor', 'daarmee', 'daarnaast', 'bovendien', 'toen', 'dan', 'straks',
  'eerst', 'vervolgens', 'ondertussen', 'jaarlijks', 'dagelijks', 'ook', 'nog', 'hier', 'daar', 'er', 'zo', 'zelfs', 'alleen',
  'enkel', 'vooral', 'concreet', 'uiteindelijk', 'totaal', 'samen', 'als', 'hierdoor', 'hiervoor', 'daarvoor', 'tenslotte',
  'bijvoorbeeld', 'daarentegen', 'nochtans', 'toch', 'tevens', 'eveneens', 'trouwens', 'uiteraard', 'natuurlijk',
  'tegenwoordig', 'destijds', 'sindsdien', 'nadien', 'voordien', 'daarna', 'eerder', 'later', 'onlangs', 'recent', 'opnieuw', 'gemiddeld',
  // "Ten opzichte van 2018 is het aantal …", "Ten slotte …".
  'ten',
  // Adverbs of scope: "Nationaal steeg het aantal verkeersdoden met 6%".
  'nationaal', 'landelijk', 'regionaal', 'provinciaal', 'lokaal', 'internationaal', 'wereldwijd', 'globaal', 'elders',
]);

/** Nouns of time that make a fronted noun phrase an adverbial ("dit jaar werden…", "elke week telt…"). */
export const TIME_NOUNS: ReadonlySet<string> = wordSet(['jaar', 'jaren', 'maand', 'maanden', 'week', 'weken', 'dag', 'dagen', 'keer', 'termijn', 'periode', 'legislatuur', 'zomer', 'winter', 'voorjaar', 'najaar']);

/** Determiners and possessives that open a noun phrase and are left out of a subject. */
export const NP_DETERMINERS: ReadonlySet<string> = wordSet(['de', 'het', 'een', "'t", "zo'n", 'onze', 'ons', 'hun', 'haar', 'zijn', 'mijn', 'jullie', 'uw', 'elke', 'ieder', 'iedere', 'alle', 'beide', 'die', 'dat', 'deze', 'dit', 'diens', 'wiens']);

/** The signs a negative number or a fall is written with: hyphen, minus, en dash. */
export const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '−', '–']);

/** One, as a digit or a word (accented or not): the numerator of a rate said with its base ("één wijkagent per 3.000 inwoners"). */
export const ONE_WORDS: ReadonlySet<string> = wordSet(['1', 'een', 'één', 'eén']);

/** Demonstratives: a noun phrase they open points back to something said before ("dit aantal", "deze dienst"). */
export const DEMONSTRATIVES: ReadonlySet<string> = wordSet(['die', 'dat', 'deze', 'dit', 'diens', 'zulke', 'dergelijke']);

/** Pronouns that stand for an earlier noun phrase. */
export const ANAPHORIC_PRONOUNS: ReadonlySet<string> = wordSet(['die', 'dat', 'deze', 'dit', 'het', 'hij', 'zij', 'ze', 'hun', 'hen', 'hem', 'zijzelf']);

/** First and second person: the speaker of a programme, never what a figure counts. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = wordSet(['we', 'wij', 'ik', 'ons', 'onze', 'u', 'jij', 'je', 'jullie', 'men']);

/**
 * Nouns that only frame a number ("het aantal agenten", "het personeel van de politie", "de
 * helft van de meldingen"): the subject is their complement, not themselves.
 */
export const FRAME_NOUNS: ReadonlySet<string> = wordSet([
  'aantal', 'totaal', 'cijfer', 'cijfers', 'teller', 'personeel', 'personeelskader', 'kader', 'bezetting', 'effectief', 'capaciteit',
  'budget', 'begroting', 'helft', 'deel', 'gedeelte', 'aandeel', 'groei', 'toename', 'stijging', 'daling', 'afname', 'omvang',
  'waarde', 'bedrag', 'som', 'tekort', 'overschot', 'nood', 'behoefte',
]);

/** Nouns of an organised group: people counted for one of these are its staff ("de taskforce zal 40 mensen tellen"). */
export const ORGANISATION_HEADS: readonly string[] = wordList([
  'politie', 'pz', 'korps', 'zone', 'dienst', 'diensten', 'team', 'taskforce', 'cel', 'eenheid', 'afdeling', 'sectie', 'directie', 'brigade',
  'recherche', 'douane', 'parket', 'administratie', 'agentschap', 'inspectie', 'leger', 'defensie', 'brandweer', 'overheid', 'stad',
]);

/** Counted nouns (folded, matched as word endings) of people who work for an organisation. */
export const STAFF_NOUN_ENDINGS: readonly string[] = wordList([
  'medewerkers', 'medewerker', 'personeelsleden', 'personeelslid', 'agenten', 'agent', 'inspecteurs', 'commissarissen',
  'rechercheurs', 'speurders', 'officieren', 'officier', 'manschappen', 'politiemensen', 'werknemers', 'ambtenaren', 'wachten',
  'stewards', 'magistraten', 'militairen', 'douaniers', 'aspiranten', 'vte', 'fte', 'voltijds', 'man', 'personeel',
  'bemanningsleden', 'analisten', 'onderzoekers', 'procureurs', 'rechters', 'griffiers', 'juristen',
  // The police's ranks named by their frame: "twee basiskaders (inspecteurs)", "een middenkader (hoofdinspecteur)".
  'basiskaders', 'basiskader', 'middenkaders', 'middenkader',
  // Operational staff of a police force, named as an adjective: "240 operationelen".
  'operationelen',
  // The staff of a fire service: "30 beroepsbrandweerlui", "12 brandweermannen".
  'brandweerlui', 'brandweerlieden', 'brandweermannen', 'brandweervrouwen',
  // Recruits ("rekruten", "politierekruten") are not here: they do not work for the force yet, a count (devset convention since fresh12).
]);

/**
 * Nouns (folded, matched as word endings) of what an organisation has: its corps, staff framework,
 * shortage, capacity or budget ("het korps", "het personeelstekort", "een budget van 30 miljoen").
 * A figure of one of these that names no owner belongs to the organisation the text is about.
 */
export const ORGANISATION_RESOURCE_ENDINGS: readonly string[] = wordList([
  'korps', 'personeel', 'kader', 'tekort', 'tekorten', 'mankracht', 'capaciteit', 'effectief', 'bezetting', 'budget', 'begroting',
  'dotatie', 'investering', 'middelen', 'politiegebouw', 'dienst', 'diensten',
  // Its open posts, patrols and teams: "twintig vacatures", "zes patrouilles", "de interventieploegen".
  'vacature', 'vacatures', 'patrouille', 'patrouilles', 'ploeg', 'ploegen',
  // The organisation itself, named by its kind: "telt de zone 9 inspecteurs", "het fusiekorps".
  'zone', 'zones',
]);

/** Staff nouns (folded word endings) of other services than the police: justice, army, customs, private guards. */
export const NON_POLICE_STAFF_ENDINGS: readonly string[] = wordList([
  'magistraten', 'procureurs', 'rechters', 'griffiers', 'juristen', 'militairen', 'douaniers', 'stewards', 'bemanningsleden',
]);

/**
 * Participles of money taken, paid or spent, after a scaled amount with no unit: "1,1 miljoen buitgemaakt", "2 miljoen uitgegeven";
 * folded, as the tokens' norms they are matched against ("geïnvesteerd" as "geinvesteerd").
 */
export const MONEY_PARTICIPLES: ReadonlySet<string> = wordSet([
  'buitgemaakt', 'gestolen', 'verduisterd', 'witgewassen', 'afgetroggeld', 'ontfutseld', 'betaald', 'uitbetaald', 'terugbetaald', 'uitgegeven',
  'geinvesteerd', 'geind', 'opgebracht', 'gekost', 'bespaard', 'verloren', 'begroot',
  // made available or set aside in a budget: "300 miljoen vrijgemaakt", "2 miljoen toegekend"
  'vrijgemaakt', 'besteed', 'toegekend', 'gereserveerd',
]);

/**
 * Nouns of an amount of money, whole or as a compound's head ("exploitatietoelage", "werkingsbudget"): a bare number that is their
 * amount ("een toelage van 2.008.978", "de boete bedraagt 150") is in euro.
 */
export const MONEY_NOUN_HEADS: readonly string[] = [
  'toelage', 'dotatie', 'subsidie', 'bedrag', 'budget', 'begroting', 'bijdrage', 'boete', 'investering', 'kosten', 'kostprijs', 'uitgaven',
  'inkomsten', 'opbrengst', 'ontvangsten', 'overschot', 'schade', 'premie', 'vergoeding',
];

/** An earlier time without a year (pattern source): "een jaar eerder", "vorig jaar", "het jaar daarvoor", "in dezelfde periode vorig jaar". */
export const EARLIER_TIME_PHRASE = String.raw`(?:(?:een|1)\s+jaar\s+(?:eerder|voordien|daarvoor|ervoor|geleden)|(?:vorig|verleden)\s+jaar|het\s+jaar\s+(?:ervoor|daarvoor|voordien)|in\s+(?:dezelfde|de\s+zelfde)\s+periode\s+(?:(?:vorig|verleden)\s+jaar|(?:een|1)\s+jaar\s+(?:eerder|voordien|daarvoor|ervoor)))`;

/** Counted nouns of people who are not staff. */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet([
  'mensen', 'personen', 'persoon', 'krachten', 'werkkrachten', 'burgers', 'inwoners', 'bewoners', 'slachtoffers', 'jongeren', 'kinderen', 'daders', 'verdachten',
  'gedetineerden', 'gevangenen', 'bezoekers', 'deelnemers', 'vrouwen', 'mannen', 'minderjarigen', 'studenten', 'arrestanten',
]);

/** Participles of finding and counting ("vastgesteld", "genoteerd"): a clause with one reports what was found. */
export const REPORTED_PARTICIPLES: readonly string[] = wordList(['vastgesteld', 'genoteerd', 'geregistreerd', 'gemeten', 'opgetekend', 'geteld']);

/** Singular nouns of one person, a suspect, a victim, a driver or an officer ("één verdachte", "één overtreder", "één inspecteur"). */
export const PERSON_SINGULARS: ReadonlySet<string> = wordSet([
  'persoon', 'man', 'vrouw', 'jongen', 'meisje', 'jongere', 'jongeman', 'kind', 'dader', 'verdachte', 'slachtoffer', 'bestuurder', 'chauffeur',
  'minderjarige', 'fietser', 'voetganger', 'inwoner', 'bewoner', 'crimineel', 'delinquent', 'overvaller', 'gedetineerde', 'gevangene',
  'jongvolwassene', 'overtreder', 'arrestant', 'dode', 'gewonde', 'betrokkene', 'inspecteur', 'hoofdinspecteur', 'commissaris',
  // road users, as the road-safety figures count them
  'motorrijder', 'bromfietser', 'automobilist', 'passagier', 'inzittende', 'weggebruiker',
]);

/**
 * Cue phrases of status (folded, matched as whole words in the figure's clause). A forecast cue
 * wins over a target cue, a target cue over the plain tense of the clause.
 */
export const FORECAST_CUES: readonly string[] = wordList([
  'naar verwachting', 'verwacht', 'verwachten', 'verwachtte', 'wordt verwacht', 'prognose', 'prognoses', 'raming', 'geraamd',
  // "vermoedelijk" alone hedges an observation ("een vermoedelijk gewicht van 2 ton" is `actual`); with a future it forecasts.
  'zal vermoedelijk', 'zullen vermoedelijk', 'waarschijnlijk', 'naar schatting zal', 'zou kunnen', 'zouden kunnen', 'voorspelt', 'voorspellen',
  // what is feared will happen: "De vakbond vreest dat de helft van de agenten ouder dan vijftig zal zijn"
  'vreest dat', 'vrezen dat', 'vreesde dat', 'vreesden dat',
  // what is reckoned with: "De politie houdt rekening met een verdubbeling … naar 5 miljoen boetes", "houdt er rekening mee dat"
  'houdt rekening met', 'houden rekening met', 'hield rekening met', 'hielden rekening met', 'rekening houden met',
  'houdt er rekening mee', 'houden er rekening mee', 'hield er rekening mee', 'hielden er rekening mee',
  // a trend projected on: "Als die trend zich doorzet, zouden er dit jaar 40.000 inbraken zijn" (the subordinate clause's word order;
  // the main clause's "de trend zet zich door" observes)
  'zich doorzet', 'zich doorzetten', 'zich zo doorzet', 'zich zo doorzetten', 'zich voortzet', 'zich voortzetten', 'zich verderzet', 'zich verderzetten',
]);
export const TARGET_CUES: readonly string[] = wordList([
  'wil', 'willen', 'wilt', 'moet', 'moeten', 'zal', 'zullen', 'gaan we', 'gaat de', 'streven', 'streeft', 'streefcijfer', 'streefdoel', 'streefwaarde', 'einddoel',
  'nood aan', 'behoefte aan', 'nodig', 'doel', 'bedoeling', 'doelstelling', 'ambitie', 'ambiëren', 'beogen', 'beoogt', 'plannen', 'plant',
  'komen er', 'komt er', 'er komen', 'er komt', 'krijgt er', 'krijgen er', 'uitgroeien', 'bijkomen', 'bijkomende', 'aanwerven', 'optrekken', 'voorzien we',
  'we voorzien', 'engageren', 'verbinden ons', 'op termijn', 'tegen eind', 'tegen het einde',
  // budgets and plans provide, requests ask: "de begroting voorziet 718 miljoen", "de FGP vraagt 1.000 extra personeelsleden"
  'voorziet', 'voorzien', 'vraagt', 'vragen', 'gevraagd', 'eist', 'eisen', 'pleit', 'pleiten', 'deze legislatuur', 'komende legislatuur',
  'volgende legislatuur',
  // hopes, demands and ideals: "Ik hoop tien agenten te vinden", "geëist dat … minimaal duizend", "het ideale scenario is …",
  // and what is being built: "een cameranetwerk in aanbouw, met camera's op vijftien plaatsen"
  'ik hoop', 'hoopt', 'hopen', 'geëist', 'geeist', 'ideale', 'in aanbouw',
  // what one is entitled to, a norm: "De politie in Vleteren heeft recht op … twee basiskaders"; a rule in force or the usual
  // strength: "waar 30 km/uur geldt", "Normaal gezien zijn er 96 mensen aan het werk"
  'recht op', 'geldt', 'gelden', 'normaal gezien', 'normaal gesproken', 'normaliter',
  // a time still to come that names no date: "worden nog dit voorjaar negen camera's geplaatst", "de eerstvolgende 50 ambtenaren"
  'binnenkort', 'eerstdaags', 'weldra', 'nog dit jaar', 'dit jaar nog', 'nog dit voorjaar', 'nog deze zomer', 'nog dit najaar', 'nog deze winter',
  'later dit jaar', 'eerstvolgende', 'in de toekomst', 'de komende',
  // what is planned or due by a coming season or year: "de 223.000 euro die gepland was", "gevraagd tegen de zomer",
  // "wordt volgend jaar met 100.000 euro verminderd" (also where the text gives no date to resolve the year by)
  'gepland', 'volgend jaar', 'komend jaar', 'tegen de zomer', 'tegen de winter', 'tegen de lente', 'tegen de herfst',
  'tegen het voorjaar', 'tegen het najaar', 'tegen volgend jaar',
]);
/** Words of the present moment: what a clause with them states is observed now ("vandaag", "momenteel"). */
export const PRESENT_CUES: readonly string[] = wordList(['vandaag', 'momenteel', 'op dit moment', 'nu', 'thans', 'actueel', 'huidige', 'huidig', 'bestaande']);
/**
 * Verbs and nouns of saying, presenting and publishing (folded): a sentence with one reports when something
 * was told ("Dat zei de minister dinsdag in de Kamer", "zo blijkt uit het rapport", "bij de voorstelling van").
 */
export const SAYING_WORDS: ReadonlySet<string> = wordSet([
  'zegt', 'zeggen', 'zei', 'zeiden', 'gezegd', 'meldt', 'melden', 'meldde', 'meldden', 'gemeld', 'verklaart', 'verklaren', 'verklaarde',
  'verklaarden', 'verklaard', 'benadrukt', 'benadrukte', 'benadrukten', 'onderlijnt', 'onderlijnde', 'onderlijnd', 'blijkt', 'bleek',
  'voorgesteld', 'voorstelling', 'stelt voor', 'stelde voor', 'stelden voor', 'aangekondigd', 'kondigt', 'kondigde', 'kondigden',
  'bekendgemaakt', 'maakte bekend', 'maakten bekend', 'persmededeling', 'persbericht', 'persconferentie', 'antwoordde', 'antwoordt',
]);
/** Finite verbs in the past tense: what they state was observed. */
export const PAST_VERBS: ReadonlySet<string> = wordSet([
  'was', 'waren', 'werd', 'werden', 'had', 'hadden', 'bedroeg', 'bedroegen', 'telde', 'telden', 'steeg', 'stegen', 'daalde',
  'daalden', 'groeide', 'groeiden', 'nam', 'namen', 'kwam', 'kwamen', 'ging', 'gingen', 'bleef', 'bleven', 'kreeg', 'kregen',
  'stond', 'stonden', 'lag', 'lagen', 'zat', 'zaten', 'gaf', 'gaven', 'hield', 'hielden', 'deed', 'deden', 'kostte', 'kostten',
  'haalde', 'haalden', 'bereikte', 'bereikten', 'maakte', 'maakten', 'werkte', 'werkten', 'investeerde', 'leverde', 'vroeg',
  'gebeurde', 'gebeurden', 'noteerde', 'noteerden', 'registreerde', 'registreerden', 'stelde', 'stelden', 'boekte', 'boekten',
  'voerde', 'voerden', 'pleegde', 'pleegden', 'kende', 'kenden', 'zorgde', 'zorgden', 'opende', 'openden', 'plaatste', 'plaatsten',
  'viel', 'vielen', 'schreef', 'schreven', 'vond', 'vonden', 'zag', 'zagen', 'trof', 'troffen', 'greep', 'grepen', 'liet', 'lieten',
  'sloot', 'sloten', 'bood', 'boden', 'sprak', 'spraken', 'droeg', 'droegen', 'vroegen', 'legde', 'legden', 'volgde', 'volgden',
  // "Onze interventieploegen rukten 14.500 keer uit": a weak past after a voiceless consonant, one "t", which no ending can tell from a noun;
  // so "98% van de gecontroleerde chauffeurs beseften …", "betrapte", "merkte", and the irregular pasts of thinking, seeking and buying.
  'rukte', 'rukten', 'besefte', 'beseften', 'hoopte', 'hoopten', 'stopte', 'stopten', 'betrapte', 'betrapten', 'merkte', 'merkten',
  'wist', 'wisten', 'dacht', 'dachten', 'zocht', 'zochten', 'kocht', 'kochten',
  // "In totaal reden 433 bestuurders te snel", "De teller liep op tot 85", "Dieven braken in bij 40 woningen": strong pasts of
  // driving, running and breaking in ("reden" is also a noun, whose clause has a verb of its own that says what it does).
  'reed', 'reden', 'liep', 'liepen', 'brak', 'braken', 'sloeg', 'sloegen',
  // Weak pasts in "-rde(n)", "-mde(n)" and "-nde(n)" ("De drugtesten leverden 14 positieve testen op", "13 bestuurders dienden hun
  // rijbewijs af te geven"): no ending tells them from nouns.
  'leverden', 'stuurde', 'stuurden', 'vormde', 'vormden', 'diende', 'dienden',
  // "Twee agenten raakten gewond", "De politie ontdekte 300 planten", "Het aantal verdubbelde".
  'raakte', 'raakten', 'speelde', 'speelden', 'ontdekte', 'ontdekten', 'verdubbelde', 'verdubbelden',
]);
/** The past tenses of PAST_VERBS that tell a state, not an event ("zaten", "telde", "bedroeg"). */
export const PAST_STATE_VERBS: ReadonlySet<string> = wordSet(['was', 'waren', 'zat', 'zaten', 'stond', 'stonden', 'lag', 'lagen', 'telde', 'telden', 'bedroeg', 'bedroegen']);
/** Endings of weak past-tense verbs that no frequent noun has ("startte", "meldde", "zetten" excluded by length). */
export const PAST_ENDING = /^(?!ge)\p{L}{3,}(?:tte|dde|tten|dden|eerde|eerden)$/u;
/**
 * Whether a word has a {@link PAST_ENDING}. Its length and last letter are looked at first: a
 * match has six letters or more and ends in "e" or "n", and the pattern's Unicode classes cost
 * more than that check on the many words of every clause that could never match.
 */
export const hasPastEnding = (word: string): boolean => word.length >= 6 && (word.endsWith('e') || word.endsWith('n')) && PAST_ENDING.test(word);
/** A weak past tense ("startte", "meldde"): a word (folded) with a {@link PAST_ENDING} that is no finite verb of the present. */
// "tenslotte", "ten slotte": adverbs with a past's ending, which tell no time ("… en tenslotte de zone Zuiderkempen met 2,5 miljoen").
const PAST_SHAPED_ADVERBS: ReadonlySet<string> = wordSet(['tenslotte', 'slotte']);
export const isWeakPast = (word: string): boolean => hasPastEnding(word) && !FINITE_VERBS.has(word) && !PAST_SHAPED_ADVERBS.has(word);
/** A present singular of a verb in "-eren" ("Dat aantal stagneert", "evolueert", "fluctueert"): no Dutch noun ends so, whatever the lists miss. */
export const isPresentOfEren = (word: string): boolean => word.length >= 7 && word.endsWith('eert');
/** Verbs and nouns of increase and of decrease before a figure ("steeg met 12 procent", "een daling tot 1.829"). */
export const INCREASE_CUES: readonly string[] = wordList([
  'steeg', 'stegen', 'stijgt', 'stijgen', 'gestegen', 'stijging', 'toename', 'toegenomen', 'nam toe', 'groeide', 'groeit', 'gegroeid', 'groei',
  'verhoogd', 'verhoging', 'uitgebreid', 'uitbreiding', 'versterkt', 'versterking', 'verdubbeling', 'meer', 'opgetrokken', 'opgelopen',
  'liep op', 'groeiden', 'toenam',
  // infinitives after "zien", "laten": "zagen het aantal met 30 procent toenemen"
  'toenemen', 'groeien', 'oplopen',
  // a plan's verbs of raising: "het korps uitbreiden met 20 agenten", "de dotatie verhogen met 3%"
  'uitbreiden', 'breidt', 'verhogen', 'verhoogt',
  // multiplied: "het aantal camera's verdubbelen tot 120", "verdrievoudigd tot 30"
  'verdubbelen', 'verdubbelt', 'verdubbeld', 'verdubbelde', 'verdubbelden', 'verdrievoudigen', 'verdrievoudigt', 'verdrievoudigd', 'verdrievoudigde',
]);
export const DECREASE_CUES: readonly string[] = wordList([
  'daalde', 'daalden', 'daalt', 'dalen', 'gedaald', 'daling', 'afname', 'afgenomen', 'nam af', 'verminderd', 'vermindering', 'verlaging',
  'verlaagd', 'besparing', 'bespaard', 'teruggevallen', 'teruggedrongen', 'gehalveerd', 'halvering', 'minder', 'inkrimping', 'ingekrompen',
  // infinitives after "zien", "laten": "zagen het aantal met 30 procent afnemen"
  'afnemen', 'zakken', 'teruglopen',
  // sunk: "was de overbevolking onder de 10 procent gezakt", "zakte met 4 procent"
  'zakt', 'zakte', 'zakten', 'gezakt',
  // halved and shrunk: "halveren tot 600", "kromp met 670 voltijdbanen"
  'halveren', 'halveert', 'halveerde', 'kromp', 'krompen', 'krimpt', 'krimpen', 'gekrompen',
  // a plan's verbs of lowering: "het aantal woninginbraken terugdringen met 10%", "de kosten verminderen met …"
  'terugdringen', 'terugdringt', 'verminderen', 'vermindert', 'verlagen', 'verlaagt',
]);

/** Nouns of a change: "de versterking van het kader met 1.000 personen", "een daling van 30 procent". */
export const CHANGE_NOUNS: ReadonlySet<string> = wordSet([
  'versterking', 'uitbreiding', 'verhoging', 'stijging', 'toename', 'groei', 'daling', 'afname', 'vermindering', 'verlaging',
  'inkrimping', 'besparing', 'halvering', 'verdubbeling',
]);

/**
 * Words of a change that has taken place ("een stijging van 7 procent", "zijn met 10 procent gedaald"): measured
 * over a period already past, so of the year the text frames even in a present-tense sentence. Plans' changes
 * ("uitbreiding", "verhoging", "versterking") are not among them.
 */
export const OBSERVED_CHANGE_WORDS: ReadonlySet<string> = wordSet([
  'stijging', 'daling', 'toename', 'afname', 'gestegen', 'gedaald', 'toegenomen', 'afgenomen',
]);

/** Modal verbs: a change they carry ("we willen een daling van 10 procent") is wanted or possible, not observed. */
export const MODAL_VERBS: ReadonlySet<string> = wordSet([
  'wil', 'wilt', 'willen', 'moet', 'moeten', 'zal', 'zult', 'zullen', 'zou', 'zouden', 'kan', 'kunnen', 'mag', 'mogen',
]);
/** Past forms of the modal verbs, which plan as their present forms do ("tegen 2020 moest het aantal … teruggedrongen worden"). */
export const PAST_MODAL_VERBS: ReadonlySet<string> = wordSet(['moest', 'moesten', 'wilde', 'wilden', 'kon', 'konden', 'mocht', 'mochten']);

/** Counted nouns of how often, not of what: the subject of "het labo kwam 550 keer ter plaatse" is the labo. */
export const FREQUENCY_NOUNS: ReadonlySet<string> = wordSet(['keer', 'maal', 'keren', 'malen']);

/**
 * Participles of verbs that take no object ("inbreken", "uitrukken", "ingrijpen"): their passive has no subject ("er werd 53 keer
 * ingebroken"), so the participle itself names what happened.
 */
export const IMPERSONAL_PARTICIPLES: ReadonlySet<string> = wordSet([
  'ingebroken', 'uitgerukt', 'ingegrepen', 'opgetreden', 'tussengekomen', 'gepatrouilleerd', 'geschoten', 'gereageerd',
  'geïntervenieerd', 'betoogd', 'gevochten', 'gefraudeerd', 'geprotesteerd',
]);

/** Nouns of fixed verb phrases ("in beslag nemen", "ter plaatse komen"): never the phrase a figure values. */
export const FIXED_PHRASE_NOUNS: ReadonlySet<string> = wordSet(['beslag', 'plaatse', 'dienst', 'gebruik', 'werking', 'rekening', 'handen']);

/** Words that restate the figure before them: "een vermindering van 2%, ofwel 14,5 miljoen euro". */
export const RESTATING_WORDS: ReadonlySet<string> = wordSet(['ofwel', 'oftewel', 'ofte', 'namelijk', 'nl', 'zijnde', 'of']);

/** Cues that people are at work: "Daar werken nu 200 mensen", "40 mensen in dienst". */
export const WORK_CUES: readonly string[] = wordList([
  'werken', 'werkt', 'werkte', 'werkten', 'tewerkgesteld', 'in dienst', 'aan de slag', 'aangeworven', 'aanwerven', 'aangesteld', 'inzetbaar',
  'aantrekken', 'rekruteren', 'gerekruteerd',
]);

/** Nouns of the past participle's shape ("geweld", "gemeenten", "gevallen"): they report nothing and close no phrase. */
export const PARTICIPLE_SHAPED_NOUNS: ReadonlySet<string> = wordSet([
  'geweld', 'gevecht', 'gevechten', 'gerecht', 'gerechten', 'gebied', 'gebieden', 'gewicht', 'gezicht', 'gedicht', 'gemeenten', 'gebouwen',
  'gevallen', 'gevangenen', 'gewonden', 'gebeurtenissen', 'gezinnen', 'gedeelten', 'gewesten', 'gebreken', 'geboorten', 'gesprekken', 'getuigen',
  'gedetineerden', 'geesten', 'gewoonten', 'gelden', 'gewelddadigheden', 'geschillen', 'gebruiken', 'gebouw', 'gezondheid', 'geheimen',
]);

/** Passive and perfect auxiliaries (folded) that stand between a figure's noun or share and its participle ("werd verhoogd", "is gedaald"). */
/** Forms of "worden", the passive's auxiliary. */
export const WORDEN_FORMS: ReadonlySet<string> = wordSet(['worden', 'wordt', 'werd', 'werden']);
/** The present and past forms of "zijn" that link a subject to what it is: "er is plaats voor 84", "waren dit er 3.858". */
export const FORMS_OF_ZIJN: ReadonlySet<string> = wordSet(['is', 'was', 'zijn', 'waren']);
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...WORDEN_FORMS, ...FORMS_OF_ZIJN]);
/** Demonstratives that stand for a count named before: "daalde dat verder tot 615", "In 2016 waren dit er al 3.858". */
export const DEMONSTRATIVE_SUBJECTS: ReadonlySet<string> = wordSet(['dat', 'dit']);

/** Words for a target (regular-expression alternatives, folded): "de doelstelling", "de ambitie", "het streefcijfer". */
export const TARGET_NOUNS = 'doelstellingen|doelstelling|ambitie|streefcijfer|streefdoel';
/** Nouns of an aim whose "van" names its number: "ver van zijn objectief van 200", "een doelstelling van 1.500". */
export const AIM_NOUNS: ReadonlySet<string> = wordSet([...TARGET_NOUNS.split('|'), 'objectief', 'doel']);

/** Nouns that count occurrences of something named elsewhere: "108 incidenten", "31 gevallen", "58.112 feiten". */
export const EVENT_NOUNS: ReadonlySet<string> = wordSet(['feiten', 'gevallen', 'incidenten', 'voorvallen']);
