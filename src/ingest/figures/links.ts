/**
 * Links a figure's subject to the gazetteer through the mentions the entities stage found:
 * the actor the subject is or names ("de Verkeerspolitie Oost" → its id), and the place
 * it names, the place of a following "in"/"op"/"van" phrase ("de dienst in Antwerpen"), or else the
 * seat of its actor. A figure of police staff or means that names no owner gets the one police
 * organisation its sentence, the sentence before or the text names (issue 9 §2). Pure: figures and
 * mentions in, figures out (UTF-16 offsets, as every stage).
 */
import type { ActorEntry } from '../gazetteer.js';
import type { Figure, Mention } from '../types.js';
import { splitAtNonLetters } from '../../text/char-class.js';
import { foldForMatch } from '../../text/fold.js';
import { prepared, spanIndexAt, type PreparedText } from '../prepared.js';
import { endsInNoun, isStaffNoun, mayBeStaff } from './canonical.js';
import { endsOnPassiveAgent, endsOnSource, EVENT_NOUNS, FINITE_VERBS, NON_POLICE_STAFF_ENDINGS, ORGANISATION_RESOURCE_ENDINGS, PLACE_ADJECTIVE_FORM, PLACE_ADJECTIVE_PATTERN, PLACE_CLASS_NOUNS } from './words.js';
import { rowLabelCell } from './tables.js';
import { parseNumberWord } from './tokens.js';
import { isPastParticiple } from './units.js';

// "… en douane in Antwerpen": a short phrase without punctuation, ending in a place preposition.
// A conjunction right before the preposition opens the next conjunct, whose place it is ("2 ton gevonden en in B 3 ton"); one
// that joins a noun to the subject does not ("de scheepvaartpolitie en douane in Antwerpen": both are in Antwerpen).
// The kind of a place named before its name: "in de provincie Antwerpen", "de stad A en de gemeente B".
const PLACE_KIND = String.raw`(?:stad|gemeente|provincie|regio)`;
// "62 doden op de wegen in de provincie Antwerpen": the place's kind may stand between the article and the name.
const PLACE_PHRASE = new RegExp(String.raw`^(?![\p{L}\s-]*?(?<![\p{L}])(?:en|of|maar)\s+(?:in|op|van|te|uit)\s+(?:de\s+|het\s+)?$)[\p{L}\s-]{0,40}?(?:^|\s)(?:in|op|van|te|uit)\s+(?:de\s+(?:${PLACE_KIND}\s+)?|het\s+)?$`, 'u');
/** Whether words hold a number written out ("en drie in"), not the article "een" ("in een wijk in Gent"). */
const namesANumber = (words: string) => splitAtNonLetters(foldForMatch(words)).some((w) => w !== 'een' && parseNumberWord(w) !== null);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const longest = (ms: Mention[]) => [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];

/**
 * A document's mentions by offset, so that what stands near a figure is found by binary search ({@link spanIndexAt}) rather
 * than by testing every mention for every figure. A range gives its mentions in the order of the list indexed (mentions
 * need not be sorted), so a `find` over them finds what it would have found over the whole list.
 */
class MentionIndex {
  readonly #list: readonly Mention[];
  /** The length of the longest mention: one that ends at or after `pos` starts at or after `pos - longest`. */
  readonly #longest: number;
  /** The places in the list of the mentions sorted by start (ties in list order), and whether that is the list's own order. */
  readonly #byStart: number[];
  readonly #inListOrder: boolean;
  /**
   * From each sorted mention's start to the next one's (empty where starts repeat; the last one character long, nothing
   * being searched past it): sorted, disjoint, and whole numbers only (an `Infinity` among them made every search slower).
   */
  readonly #cells: Array<[number, number]>;

  constructor(mentions: readonly Mention[]) {
    this.#list = mentions;
    this.#longest = mentions.reduce((most, m) => Math.max(most, m.end - m.start), 0);
    this.#byStart = mentions.map((_, at) => at).sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
    this.#inListOrder = this.#byStart.every((at, k) => at === k);
    this.#cells = this.#byStart.map((at, k) => [mentions[at]!.start, k + 1 < mentions.length ? mentions[this.#byStart[k + 1]!]!.start : mentions[at]!.start + 1]);
  }

  /** How many mentions start before `pos` (offsets are whole numbers: the cell holding `pos - 1` is the last of them). */
  #startingBefore(pos: number): number {
    const last = this.#cells.at(-1);
    return last === undefined || pos > last[0] ? this.#cells.length : spanIndexAt(this.#cells, pos - 1) + 1;
  }

  /** The mentions with `from <= start <= to`, in list order. */
  startingIn(from: number, to: number): Mention[] {
    const lo = this.#startingBefore(from);
    const hi = this.#startingBefore(to + 1);
    if (this.#inListOrder) return this.#list.slice(lo, hi);
    const out: Mention[] = [];
    for (const at of this.#byStart.slice(lo, hi).sort(ascending)) out.push(this.#list[at]!);
    return out;
  }

  /** The mentions with `from <= end <= to`, in list order. */
  endingIn(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    for (const m of this.startingIn(from - this.#longest, to)) if (m.end >= from && m.end <= to) out.push(m);
    return out;
  }

  /** The mentions that overlap a span, in list order. */
  overlapping(span: { start: number; end: number }): Mention[] {
    const out: Mention[] = [];
    for (const m of this.startingIn(span.start - this.#longest, span.end - 1)) if (overlaps(m, span)) out.push(m);
    return out;
  }
}
const ascending = (a: number, b: number) => a - b;

// A focus adverb before a fronted setting: "Vooral in de politiezone Brugge is men …", "Ook in de kleinere zone X zijn ze …"; a
// coordinator may open the sentence before it ("Of in Brussel ruwweg 1 vaststelling om de twee dagen").
const FOCUS = '(?:(?:En|Of|Maar)\\s+(?=[iIoOvV]))?(?:(?:[Vv]ooral|[Oo]ok|[Zz]elfs|[Ee]nkel|[Aa]lleen)\\s+(?=[io]))?';
// The opening of a sentence up to a fronted place: "In Vlaanderen vielen …", "Op de E40 werden …", "Ook in de kleinere zone X …".
const FRONTED_PLACE = new RegExp(`(?:^|[.!?]\\s+|\\n)\\s*${FOCUS}(?:[Ii]n|[Oo]p)\\s+(?:(?:de|het)\\s+(?:\\p{Ll}+e\\s+)?)?$`, 'u');
// The same opening for a place: also after "Voor" ("Voor Genk zijn …"), after the noun of its kind ("In de provincie Limburg
// vielen …") and behind the noun of one of the place's parts ("In het centrum van Tongeren worden …", "In de stationsomgeving
// van de stad X is …"), whose figures are the place's.
const FRONTED_PLACE_OF_A_PART = new RegExp(`(?:^|[.!?]\\s+|\\n)\\s*${FOCUS}(?:[Ii]n|[Oo]p|Voor)\\s+(?:(?:de|het)\\s+\\p{Ll}[\\p{Ll}-]*\\s+van\\s+(?:de\\s+(?:stad|gemeente|provincie)\\s+)?)?(?:de\\s+(?:stad\\s+|gemeente\\s+|provincie\\s+|regio\\s+)?|het\\s+)?$`, 'u');

/**
 * The first mention of `entityType` in the sentence a figure stands in, before the figure, that the
 * sentence opens with as `opening` says (from the sentence's start to the mention): the setting of
 * the figures in it. The sentence is the prepared text's (the one splitter).
 */
function openingMention(doc: PreparedText, figureStart: number, mentions: MentionIndex, entityType: Mention['entityType'], opening: RegExp): Mention | undefined {
  const [sentenceStart] = doc.figureSentenceAt(figureStart);
  return mentions.startingIn(sentenceStart, figureStart).find((m) => m.entityType === entityType && m.start >= sentenceStart && m.end <= figureStart && opening.test(doc.text.slice(Math.max(0, sentenceStart - 2), m.start)));
}

/** The place a sentence opens with ("In Gent werden 2.982 pv's opgesteld"), the setting of the figures in it. */
const frontedPlace = (doc: PreparedText, figureStart: number, mentions: MentionIndex) => openingMention(doc, figureStart, mentions, 'location', FRONTED_PLACE_OF_A_PART);

/**
 * The actor a sentence opens with as its setting ("In de gevangenis van Brugge zitten 706 mannen"): the
 * facility or organisation whose figures the sentence gives (the devset's session-18 convention on a
 * prison named with its town). It names the holder only: the place stays what the figure's words name.
 */
const frontedActor = (doc: PreparedText, figureStart: number, mentions: MentionIndex) => openingMention(doc, figureStart, mentions, 'actor', FRONTED_PLACE);

// The opening of a sentence up to a place that is its grammatical subject: "Limburg heeft …", "De provincie Luxemburg telt …".
const SUBJECT_PLACE = /(?:^|[.!?:]\s+|\n)\s*(?:(?:De|de)\s+(?:provincie|stad|gemeente|regio)\s+)?$/u;

/**
 * The place that is the subject of the sentence a figure stands in ("Limburg heeft nu 2.249
 * politieagenten", "De provincie Luxemburg telt 42 politiemensen per 10.000 inwoners", "West-Vlaanderen staat op de zevende
 * plaats qua diefstallen, met … 1.930 in 2023"): the setting of the figures in it, as a fronted "In Gent" is.
 */
function subjectPlace(doc: PreparedText, f: Figure, mentions: MentionIndex): Mention | undefined {
  // "Luxemburg telt in vergelijking met de andere 9 provincies weinig agenten": places counted are no figure of the place.
  if (f.unit !== null && PLACE_CLASS_NOUNS.has(foldForMatch(f.unit))) return undefined;
  const place = openingMention(doc, f.start, mentions, 'location', SUBJECT_PLACE);
  if (!place || !VERB_AFTER_SUBJECT.test(doc.text.slice(place.end, place.end + 30))) return undefined;
  // "Dorpel heeft geëist dat elke maatschappij 500 woningen beheert": a figure in a clause of its own is not the place's.
  return ANOTHER_CLAUSE.test(doc.folded.slice(place.end, f.start)) ? undefined : place;
}
// Words that open a clause of its own between the subject place and the figure.
const ANOTHER_CLAUSE = /(?<!\p{L})(?:dat|terwijl|omdat|doordat|die|wat|waar|waarbij|als|wanneer|hoewel|zodat|nadat|voordat|tenzij|maar|want)(?!\p{L})/u;
// The word after a place that is its sentence's subject: its verb ("Limburg heeft", "West-Vlaanderen staat"), not a label's colon
// ("Limburg: de zone telt …"), a list's "en" ("Dorpel en omgeving | 458 €") or a preposition.
const VERB_AFTER_SUBJECT = /^\s+(?!(?:en|of|in|met|van|voor|op|aan|bij|uit|tot|te)(?!\p{L}))\p{Ll}+(?!\p{L})/u;

// Places joined into one phrase: by a comma, "en" or "of" (maybe with "in" or the place's kind again), a hyphen or a slash ("in
// Genk en Bree", "Herne, Lennik en Eizeringen", "Wilsele-Wijgmaal", "in A en in B", "de stad A en de gemeente B").
const PLACE_JOIN = new RegExp(String.raw`^(?:\s*,\s*|\s+(?:en|of)\s+(?:in\s+|te\s+)?(?:de\s+${PLACE_KIND}\s+)?|\s*[-/]\s*)$`, 'u');

/**
 * Whether a place mention is one of two or more places joined in one phrase ("2 uitvalsbasissen in Genk en Bree", "In Herne
 * en Lennik werd 200.000 euro geïnvesteerd"): a figure stated for them all is no one place's (the devset's convention: "in A
 * en B steeg het met 10%" has no subjectLocation).
 */
function joinedToAnotherPlace(text: string, place: Mention, places: Mention[]): boolean {
  return places.some((p) => p.entityId !== place.entityId && (p.start >= place.end ? PLACE_JOIN.test(text.slice(place.end, p.start)) : p.end <= place.start && PLACE_JOIN.test(text.slice(p.end, place.start))));
}

// Verbs of having: their subject holds what the figure counts ("Aarschot heeft 30.000 inwoners", "Kapellen telt 13 netwerken").
const HAVING_VERB = /(?<![\p{L}])(?:heeft|hebben|had|hadden|telt|tellen|telde|telden|beschikt|beschikte|omvat|omvatte)(?![\p{L}])/iu;
// What may open a clause before its subject: nothing, a subordinating conjunction, or a noun of the place's kind ("dat Anderlecht",
// "waarbij Zedelgem", "De gemeente X"); or a having verb the subject follows in inversion ("Met zijn 2.249 agenten telt Limburg").
const BEFORE_A_HOLDER = /(?:^|(?<![\p{L}])(?:dat|waarbij|waar|terwijl|omdat|want|en|maar|nu|ook))\s*(?:(?:de|het)\s+(?:gemeente|stad|provincie|regio)\s+)?$/iu;
// "gaat het om", "ging het over" right before a figure: words that present it.
const PRESENTS_THE_FIGURE = /(?<![\p{L}])(?:gaat|ging)\s+het\s+(?:om|over)\s*$/u;
// A later clause that opens with its own place phrase: "In A steeg het met 18%, in B met 30%" (and "…, in B en C met 30%").
const CLAUSE_OPENING_PLACE = /^\s*(?:en\s+|maar\s+)?(?:in|voor)\s+(?:de\s+|het\s+)?$/iu;
const AFTER_HAVING = /(?<![\p{L}])(?:heeft|had|telt|telde)\s+$/iu;
// A preposition or a subordinator between the holder and a figure after it: the figure is in a phrase or clause of its own ("Limburg
// heeft te weinig agenten in vergelijking met de andere 9 provincies", "X heeft geëist dat … duizend woningen"), not what is had.
const OWN_PHRASE_BETWEEN = /(?<![\p{L}])(?:met|van|in|op|voor|naar|tegen|bij|uit|tot|over|onder|dat|die|om|waar|wat)(?![\p{L}])/iu;
// A figure before its holder is had when the holder's possessive opens the clause with it: "Met zijn 2.249 agenten telt Limburg …".
const FRONTED_POSSESSION = /^[^\p{L}]*met\s+(?:zijn|haar|hun)\s+$/iu;

/** The span of the clause around a position: from the last clause mark before it to the next after it, within its sentence. */
function clauseAround(doc: PreparedText, start: number, end: number): [number, number] {
  const [sentenceStart, sentenceEnd] = doc.figureSentenceAt(start);
  const before = doc.text.slice(sentenceStart, start);
  const mark = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const after = /[,;:]/u.exec(doc.text.slice(end, sentenceEnd));
  return [mark < 0 ? sentenceStart : sentenceStart + mark + 1, after ? end + after.index : sentenceEnd];
}

/**
 * The place that holds what a figure counts as the subject of a verb of having in the figure's clause: "Aarschot heeft 30.000
 * inwoners", "dat Beringen amper drie camera's heeft", "waarbij Zedelgem 4 doden te betreuren heeft", "In zijn zes zones heeft
 * Brussel 768 agenten te weinig", "Met zijn 2.249 agenten telt Limburg …". A place after a preposition ("in Gent heeft de
 * politie …") is a setting, not the holder (that reading is the fronted place's), and a figure in a phrase or clause of its own
 * after the holder is not what it has.
 */
function holderPlace(doc: PreparedText, f: Figure, places: MentionIndex): Mention | undefined {
  const [from, to] = clauseAround(doc, f.start, f.end);
  if (!HAVING_VERB.test(doc.text.slice(from, to))) return undefined;
  const { text } = doc;
  return places.startingIn(from, to).find((m) => {
    if (m.start < from || m.end > to || overlaps(m, f)) return false;
    const before = text.slice(from, m.start);
    if (!AFTER_HAVING.test(before) && !(BEFORE_A_HOLDER.test(before) && HAVING_VERB.test(text.slice(m.end, to)))) return false;
    return m.end <= f.start ? !OWN_PHRASE_BETWEEN.test(text.slice(m.end, f.start)) : FRONTED_POSSESSION.test(text.slice(from, f.start));
  });
}

// Between a place and its share: "Alveringem is goed voor 15 procent"; in a later clause that leaves the verb out, "en Lo-Reninge voor 10 procent".
const GOOD_FOR = /^\s*(?:is|zijn|was|waren)\s+(?:\p{L}+\s+)?goed\s+voor\s+(?:(?:zo['’]n|ruim|bijna|ongeveer|nog)\s+)?$/iu;
const GAPPED_GOOD_FOR = /^\s*voor\s+(?:(?:zo['’]n|ruim|bijna|ongeveer|nog)\s+)?$/iu;

/**
 * The place a clause gives a figure to with "goed voor": "Alveringem is goed voor 15 procent en Lo-Reninge voor 10 procent" (the
 * place opens its clause, and a gapped clause after one with "goed voor" leaves the verb out).
 */
function goodForPlace(doc: PreparedText, f: Figure, places: MentionIndex): Mention | undefined {
  const [from] = clauseAround(doc, f.start, f.end);
  const [sentenceStart] = doc.figureSentenceAt(f.start);
  const { text } = doc;
  return places.startingIn(from, f.start).find((m) => {
    if (m.start < from || m.end > f.start || !BEFORE_A_HOLDER.test(text.slice(from, m.start))) return false;
    const between = text.slice(m.end, f.start);
    return GOOD_FOR.test(between) || (GAPPED_GOOD_FOR.test(between) && /goed\s+voor/iu.test(text.slice(sentenceStart, m.start)));
  });
}

// The locative "daar" ("want daar werd 53 keer ingebroken"; "daar waar" is a conjunction of contrast), and a town named by its class
// alone ("in de gemeente", "De Vlaams-Brabantse gemeente", "de stad"; no name after it). Both are matched in the text as written.
const THERE = /(?<![\p{L}])[Dd]aar(?![\p{L}])(?!\s+waar(?![\p{L}]))/gu;
const THE_TOWN = /(?<![\p{L}])[Dd]e\s+(?:[\p{L}-]+\s+)?(?:gemeente|stad)(?![\p{L}])(?!\s+\p{Lu})/gu;

/**
 * "Vooral Antwerpen laat een daling optekenen: daar werden 1.083 woninginbraken minder genoteerd", "Tielt-Winge spant de kroon want
 * daar werd 53 keer ingebroken", "… het vaakst toesloegen in Linkebeek. In de gemeente werd in meer dan 3 op de 100 woningen
 * ingebroken": a word pointing to a place before the figure in its sentence is the last place named before that word, none when that
 * place stands in a list. "de gemeente" also reaches the sentence before; "daar" does not, as there it is as often a pronoun's adverb
 * ("Daar valt een daling … te noteren", "Als daar … bij gerekend worden").
 */
function placePointedTo(doc: PreparedText, f: Figure, places: Mention[], placesByOffset: MentionIndex): Mention | undefined {
  const [sentenceStart] = doc.figureSentenceAt(f.start);
  const before = doc.text.slice(sentenceStart, f.start);
  const there = [...before.matchAll(THERE)].at(-1);
  const town = there ? undefined : [...before.matchAll(THE_TOWN)].at(-1);
  const pointer = there ?? town;
  if (!pointer) return undefined;
  const at = sentenceStart + pointer.index;
  const index = spanIndexAt(doc.figureSentences, f.start);
  const from = town && index > 0 ? doc.figureSentences[index - 1]![0] : sentenceStart;
  const place = placesByOffset.startingIn(from, at).filter((m) => m.start >= from && m.end <= at).at(-1);
  return place && !joinedToAnotherPlace(doc.text, place, places) ? place : undefined;
}

// "één van de grootste in Vlaanderen", "het meest in A": a superlative's place is the set it ranks in, no setting; "het
// verwerkingscentrum in Gent", "de onderzoeksrechter in Tongeren": a place right after a noun with its article is where that thing is;
// "ook in A", "vooral in B": a part of the events singled out.
const NOT_A_SETTING_BEFORE = /(?<![\p{L}])(?:\p{L}+ste|meest|(?:de|het|een)\s+\p{Ll}[\p{L}-]*|ook|vooral|zelfs|onder\s+meer|met\s+name|zoals)\s+$/iu;

/**
 * "In 2022 was zakkenrollerij met 14.080 meldingen de meest geregistreerde vorm van diefstal in het Brussels gewest": the one place a
 * sentence names, as the setting of its events ("in A", "in het Brussels gewest"), is where its figure counts when nothing nearer
 * placed it. Not when the sentence names another place too, or an actor (whose own place or seat it may be), when another figure
 * stands nearer to it ("… en de hoogste snelheid was 144 km/uur in een zone 90 in Hooglede", "303 euro, daar waar men in Vlaanderen
 * 147 euro betaalt": the place is that figure's), or when the place is the set a superlative ranks in, where a thing named right
 * before it is, or a part singled out ("ook in A").
 */
function sentenceSetting(doc: PreparedText, f: Figure, mentions: MentionIndex, figures: readonly Figure[]): Mention | undefined {
  const [from, to] = doc.figureSentenceAt(f.start);
  const inSentence = mentions.startingIn(from, to).filter((m) => m.start >= from && m.end <= to);
  const places = inSentence.filter((m) => m.entityType === 'location');
  if (places.length === 0 || places.length < inSentence.length || places.some((m) => m.entityId !== places[0]!.entityId)) return undefined;
  const distance = (g: Figure, m: Mention) => (m.start >= g.end ? m.start - g.end : g.start >= m.end ? g.start - m.end : 0);
  const nearerToAnother = (m: Mention) => figures.some((g) => g !== f && g.start >= from && g.end <= to && distance(g, m) < distance(f, m));
  return places.find((m) => {
    const before = doc.text.slice(Math.max(from, m.start - 48), m.start);
    return namesSetting(before.slice(-8), m) && !NOT_A_SETTING_BEFORE.test(before.replace(/\s*in\s+(?:(?:de|het)\s+)?$/u, ' ')) && !nearerToAnother(m);
  });
}

/**
 * The place a later, gapped clause of the sentence opens with, before the figure: "In A steeg de bevolking met 18%, in B met 30%"
 * (B's 30%), not the place the sentence opened with. A clause with a verb of its own ("…, in B heeft de politie 5 kilo in beslag
 * genomen") sets its place as a scene, which is the fronted place's reading.
 */
function clauseOpeningPlace(doc: PreparedText, f: Figure, places: MentionIndex): Mention | undefined {
  const [from, to] = clauseAround(doc, f.start, f.end);
  // "…, voor Waregem gaat het om 150.000 euro": "gaat het om" before the figure only presents it, no verb of a scene.
  const presented = doc.folded.slice(from, f.start).replace(PRESENTS_THE_FIGURE, '');
  if (from === doc.figureSentenceAt(f.start)[0] || splitAtNonLetters(presented + doc.folded.slice(f.start, to)).some((w) => FINITE_VERBS.has(w))) return undefined;
  return places.startingIn(from, f.start).find((m) => m.start >= from && m.end <= f.start && CLAUSE_OPENING_PLACE.test(doc.text.slice(from, m.start)));
}

// A list of short lines under a heading that ends in a colon ("Personeel van de dienst:"): at most
// this many lines, each at most this long, between the heading and the figure.
const LIST_LINES = 4;
const LIST_LINE_LENGTH = 160;

/**
 * The actor named by the heading of the list a figure stands in: "Personeel Parket X:" followed
 * by short lines "Magistraten = 89 op 95", "Gerechtspersoneel = 221 op 262". Prose (a long line)
 * between them ends the list.
 */
function headingActor(text: string, figureStart: number, mentions: MentionIndex): Mention | undefined {
  let lineStart = text.lastIndexOf('\n', figureStart - 1) + 1;
  const lineEnd = text.indexOf('\n', figureStart);
  if ((lineEnd < 0 ? text.length : lineEnd) - lineStart > LIST_LINE_LENGTH) return undefined;
  let n = 0;
  while (n < LIST_LINES && lineStart > 0) {
    const end = lineStart - 1;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end).trim();
    if (line === '') continue;
    if (line.length > LIST_LINE_LENGTH) return undefined;
    if (line.endsWith(':')) return longest(mentions.startingIn(lineStart, end).filter((m) => m.entityType === 'actor' && m.start >= lineStart && m.end <= end));
    n++;
  }
  return undefined;
}

// "in Vlaanderen 147 euro", "er in Vlaanderen 310 doden", "in de haven van X nog 2 ton", "in de provincie Antwerpen 133", "in het Waalse Hoei 84": a place
// phrase right before the figure.
const PLACE_BEFORE = new RegExp(String.raw`(?:^|[\s,])(?:in|voor)\s+(?:de\s+|het\s+)?(?:(?:provincie|stad|gemeente|regio)\s+|${PLACE_ADJECTIVE_PATTERN}\s+)?$`, 'u');
// The one word that may stand between a place and its figure ("in Vlaanderen liefst 147 euro"), and up to two focus words ("in
// Zeebrugge ook al 20 miljoen"); a conjunction opens the next conjunct, whose figure is not the place's ("180 in Hasselt en 96 in Genk").
// A colon may stand between them: "verslechterde vooral in Wallonië: 59 doden".
const BETWEEN_PLACE_AND_FIGURE = /^(?:\s*:)?\s*(?:(?!(?:en|of|maar|terwijl)\s)[\p{L}'’]+\s+)?(?:(?:ook|al|nog|zelfs)\s+){0,2}$/u;
// "op de" right before a place's adjective: "op de Limburgse wegen".
const ON_BEFORE = /(?:^|[\s,])op\s+(?:de\s+|het\s+)?$/u;
// "2,5% voor België", "12 panden gesloten in de Alhambrawijk": a place phrase right after the figure (one word may stand between).
const PLACE_AFTER = /^\s*(?:(?!(?:en|of|maar)\s)\p{L}+\s+)?(?:in|voor)\s+(?:de\s+|het\s+)?$/u;

/**
 * The place that ends at most 8 characters before a figure, with only what `between` allows between them, and what `opening`
 * asks for in the `reach` characters before the place ("in de provincie A 133", a list's "namelijk A 21,6%"); of the mentions
 * given, only one that `fits` (an actor, for {@link holderRightBefore}).
 */
function placeRightBefore(text: string, f: { start: number }, places: MentionIndex, between: RegExp, opening: RegExp, reach: number, fits: (m: Mention) => boolean = () => true): Mention | undefined {
  return places.endingIn(f.start - BESIDE_REACH, f.start).find((m) => fits(m) && m.end <= f.start && f.start - m.end <= BESIDE_REACH && between.test(text.slice(m.end, f.start)) && opening.test(text.slice(Math.max(0, m.start - reach), m.start)));
}
// How far a place may end before the figure it stands beside: one word between ("in het Limburgse verkeer 14 mensen").
const BESIDE_REACH = 16;

/** The place a figure is stated for when a place phrase stands right beside it, before or after. */
function besidePlace(text: string, f: Figure, places: MentionIndex): Mention | undefined {
  // "op de Limburgse wegen 17 doden": a place's adjective after "op" sets the scene as "in" does.
  const onAdjective = () => {
    const m = placeRightBefore(text, f, places, BETWEEN_PLACE_AND_FIGURE, ON_BEFORE, 24);
    return m && PLACE_ADJECTIVE_FORM.test(m.quote) ? m : undefined;
  };
  const before = placeRightBefore(text, f, places, BETWEEN_PLACE_AND_FIGURE, PLACE_BEFORE, 24) ?? onAdjective();
  // "in de gemeente Lennik (26,41%)": a figure in brackets right after a place is stated for it, so is one a few words into them
  // ("in Vlaanderen (met een overbevolking van 1.058 gedetineerden)").
  const bracketed = bracketedAfter(text, f, places, 'location') ?? placeBeforeBracketWords(text, f, places);
  if (bracketed) return bracketed;
  // "14 agenten per 10.000 inwoners in Limburg": the base of a rate stands between the figure and its place; so does an aside in
  // brackets ("8.421 (8.042 in 2017) in het Waals Gewest"), whose own figure is of the place after its brackets too.
  const after = text.slice(f.end, f.end + AFTER_FIGURE_REACH);
  const end = f.end + ((RATE_BASE.exec(after) ?? BRACKETED_ASIDE.exec(after))?.[0].length ?? 0);
  return before ?? places.startingIn(end, end + 30).find((m) => m.start >= end && m.start - end <= 30 && PLACE_AFTER.test(text.slice(end, m.start)));
}
// A rate's base right after a figure ("per 1.000 inwoners"); it and an aside are read within AFTER_FIGURE_REACH characters.
const RATE_BASE = /^\s*per\s+[\d.,]+\s+\p{L}+/u;
const AFTER_FIGURE_REACH = 40;
// An aside in brackets after a figure, or the rest of the brackets a figure stands in: "(8.042 in 2017)", " in 2017)".
const BRACKETED_ASIDE = /^(?:\s*\([^()]{1,30}\)|[^()]{1,20}\))/u;

/** The place mentions that are not inside a longer actor mention: a place that only qualifies an actor ("de politiezone Oostende") names no place of a figure's own. */
function placesOutsideActors(mentions: readonly Mention[]): Mention[] {
  const actorMentions = mentions.filter((m) => m.entityType === 'actor');
  return mentions.filter((m) => m.entityType === 'location' && !actorMentions.some((a) => a.start <= m.start && a.end >= m.end && a.end - a.start > m.end - m.start));
}

/** The mentions without a place's adjective right before another place ("het Waalse Hoei"): only the place it qualifies is a figure's place. */
function withoutQualifyingAdjectives(mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => !(m.entityType === 'location' && PLACE_ADJECTIVE_FORM.test(m.quote) && mentions[i + 1]?.entityType === 'location' && mentions[i + 1]!.start === m.end + 1));
}

// What opens a list item: a separator or a conjunction ("namelijk A 21,6%, B 29% en C 21,3%", "gevolgd door A -11%", "• A | € 3.366.808").
const ITEM_OPENING = /(?:^|[,;:|•(\n]|(?<![\p{L}])(?:en|of|namelijk|door|zoals))\s*$/u;
// Between an item's place and its figure: nothing, "met", a colon, a table's bar, a sign, a focus adverb ("A met 15%", "A: 12",
// "A -11%", "Vorst 7 en Sint-Gillis ook 7").
const PLACE_TO_ITEM_FIGURE = /^\s*(?:met\s+|:\s*|\|\s*|(?:ook|zelfs|nog|slechts|maar|amper)\s+)?(?:[+\-–]\s*)?$/u;
// Between one item's figure and the next item's place: separators and a conjunction only.
const BETWEEN_LISTED_ITEMS = /^[\s,;|•]*(?:(?:en|of)\s+)?[\s|•]*$/u;

/**
 * The places of figures listed as items that each open with a place, its figure right after it: "de verdeelsleutel, namelijk
 * Bonheiden 21,6%, Duffel 29% en Putte 21,3%", "Turnhout met 15% en Geel met 9%", the rows "• Duffel | € 3.366.808;". Each
 * figure is its place's. An item counts as listed only next to another such item, with nothing but separators between them:
 * a place before a lone number ("Gent 5 agenten") is no list.
 */
function listedPlaces(text: string, figures: readonly Figure[], places: MentionIndex): Map<Figure, Mention> {
  const items: Array<{ f: Figure; place: Mention }> = [];
  for (const f of [...figures].sort((a, b) => a.start - b.start)) {
    const place = placeRightBefore(text, f, places, PLACE_TO_ITEM_FIGURE, ITEM_OPENING, 12);
    if (place) items.push({ f, place });
  }
  const adjacent = (a: { f: Figure } | undefined, b: { place: Mention } | undefined) => a !== undefined && b !== undefined && a.f.end <= b.place.start && BETWEEN_LISTED_ITEMS.test(text.slice(a.f.end, b.place.start));
  return new Map(items.filter((item, i) => adjacent(items[i - 1], item) || adjacent(item, items[i + 1])).map(({ f, place }) => [f, place]));
}

/**
 * "In de buurlanden Nederland, Frankrijk en Luxemburg maken buitenlanders respectievelijk 22,0, 18,4 en 72,2 procent … uit": the
 * figures after "respectievelijk" are, in order, of the places listed before it in their sentence, as many as they are.
 */
function respectivePlaces(doc: PreparedText, figures: readonly Figure[], places: readonly Mention[]): Map<Figure, Mention> {
  const found = new Map<Figure, Mention>();
  for (const m of doc.folded.matchAll(RESPECTIVELY)) {
    const [start, end] = doc.figureSentenceAt(m.index);
    const values = figures.filter((f) => f.start >= m.index && f.end <= end).sort((a, b) => a.start - b.start);
    const before = places.filter((p) => p.start >= start && p.end <= m.index).sort((a, b) => a.start - b.start);
    // The last run of places joined by separators and a conjunction only ("Nederland, Frankrijk en Luxemburg"), as listed items are.
    let first = before.length - 1;
    while (first > 0 && BETWEEN_LISTED_ITEMS.test(doc.text.slice(before[first - 1]!.end, before[first]!.start))) first--;
    const listed = before.slice(first);
    if (listed.length < 2 || listed.length !== values.length) continue;
    values.forEach((f, i) => found.set(f, listed[i]!));
  }
  return found;
}
const RESPECTIVELY = /(?<![\p{L}])respectievelijk(?![\p{L}])/gu;

/**
 * The place a table row is labelled with, for a figure in another cell of that row: "Gent | 87.114.857 € | 327 € |" states both
 * amounts for Gent, "Alken 44 36 48" under "2016 2017 2018" three years' counts of Alken. The label holds the place's name and
 * nothing else.
 */
function rowLabelPlace(doc: PreparedText, f: Figure, places: MentionIndex): Mention | undefined {
  const { text } = doc;
  const label = rowLabelCell(text, f.start) ?? doc.yearTables.rowAt(f.start)?.label;
  if (!label || f.start < label[1]) return undefined;
  const name = text.slice(...label).trim();
  return places.startingIn(label[0], label[1]).find((m) => m.start >= label[0] && m.end <= label[1] && m.quote === name);
}

/**
 * "Hasselt (48), Dendermonde (47)" where the towns stand for their prisons: a count in brackets right after an institution
 * is the institution's. A police zone so named is where something was counted ("woninginbraken in politiezone Tielt (+ 32%)"):
 * the devset's convention gives such figures no actor.
 */
function bracketedInstitution(text: string, f: Figure, mentions: MentionIndex, actors: ReadonlyMap<string, ActorEntry>): Mention | undefined {
  const named = bracketedAfter(text, f, mentions, 'actor');
  return named && !isPolice(actors.get(named.entityId)) ? named : undefined;
}

/** The mention of an entity of `type` a figure stands in brackets right after: "in de gemeente Lennik (26,41%)", "Hasselt (48)" for its prison. */
function bracketedAfter(text: string, f: Figure, mentions: MentionIndex, type: Mention['entityType']): Mention | undefined {
  return mentions.endingIn(f.start - 6, f.start).find((m) => m.entityType === type && m.end <= f.start && f.start - m.end <= 6 && BRACKET_OPEN.test(text.slice(m.end, f.start)));
}
const BRACKET_OPEN = /^\s*\(\s*[+\-–]?\s*$/u;
/** A bracket opened right after a name and at most five words in it, no number among them: "(met een overbevolking van ". */
const BRACKET_OPEN_WORDS = /^\s*\(\s*(?:[\p{L}'’-]+\s+){1,5}$/u;
/** How far before a figure the name before such a bracket may end. */
const BRACKET_WORDS_REACH = 50;

/** The place a figure stands a few words into the brackets after: "in Vlaanderen (met een overbevolking van 1.058 gedetineerden)". */
const placeBeforeBracketWords = (text: string, f: Figure, places: MentionIndex): Mention | undefined =>
  places.endingIn(f.start - BRACKET_WORDS_REACH, f.start).findLast((m) => m.entityType === 'location' && m.end <= f.start && BRACKET_OPEN_WORDS.test(text.slice(m.end, f.start)));

// "een dotatie aan Politiezone Hageland", "het budget voor de federale politie": the actor right after an amount's subject that the money goes to.
const ACTOR_PHRASE = /^\s*(?:aan|voor)\s+(?:de\s+|het\s+)?$/u;

/** The actor an amount's subject is given to, named right after it ("een dotatie aan de zone X"). */
function actorAfter(text: string, subject: { start: number; end: number }, mentions: MentionIndex): Mention | undefined {
  return mentions.startingIn(subject.end, subject.end + 12).find((m) => m.entityType === 'actor' && m.start >= subject.end && m.start - subject.end <= 12 && ACTOR_PHRASE.test(text.slice(subject.end, m.start)));
}

// How far back an amount's subject noun is looked for where it was introduced ("de extra investering voor de politie").
const ANTECEDENT_WINDOW = 600;

/**
 * The actor an amount's subject was given to where its noun was introduced before: "… keurde de extra
 * investering voor de Geïntegreerde Politie goed. Deze bijkomende investering wordt gespreid: €50 miljoen …".
 */
function actorOfAntecedent(text: string, subject: { start: number; end: number }, mentions: MentionIndex): Mention | undefined {
  const head = foldForMatch(text.slice(subject.start, subject.end)).split(/\s+/u).at(-1);
  if (!head || head.length < 4) return undefined;
  const from = Math.max(0, subject.start - ANTECEDENT_WINDOW);
  const before = foldForMatch(text.slice(from, subject.start));
  for (let at = before.lastIndexOf(head); at >= 0; at = at === 0 ? -1 : before.lastIndexOf(head, at - 1)) {
    const end = from + at + head.length;
    if (/\p{L}/u.test(before[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
    const actor = actorAfter(text, { start: from + at, end }, mentions);
    if (actor) return actor;
  }
  return undefined;
}

// "vijf gemeenten van de politiezone", "drie commissariaten in de zone X", "dossiers in een onderzoek van de lokale
// politie X": a phrase right after the subject that says whose the counted things are. At most one other phrase of a
// preposition, an article and one or two words ("in een gerechtelijk onderzoek"), or a word of where staff work ("27.379 actief bij
// de lokale"), stands between; no punctuation.
const OWNER_PHRASE = /^(?:\s+(?:in|op|bij|uit)\s+(?:een|de|het)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\s+(?:actief|werkzaam|tewerkgesteld|aan\s+het\s+werk))?\s+(?:van|in|bij)\s+(?:de|het|onze|ons|hun)\s+$/u;
// The same phrase naming the organisation by its kind only ("van de politiezone", "in onze zone", "van het korps"); "zone 30" is a speed zone.
const KIND_OWNER_PHRASE = /^(?:\s+(?:in|op|bij|uit)\s+(?:een|de|het)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:van|in|bij)\s+(?:de|het|onze|ons|hun)\s+(?:(?:nieuwe|lokale)\s+)?(?:politiezone|zone(?!\s*\d)|korps|politie)(?![\p{L}\s]*\p{Lu})/u;

/**
 * Whether a figure counts or sums things an organisation can have (its members, buildings, files, staff, money); a share or a
 * rate ("de criminaliteit in de zone daalde met 15 procent", "de patrouille-uren van de politie stegen met 60 procent") measures
 * what happens, whose performer is not the subject's actor (the devset convention).
 */
const countsHoldings = (f: Figure) => f.unitKind !== 'percentage' && f.unitKind !== 'fraction';

/** The actor a phrase after the subject names as the owner of what the figure counts ("drie commissariaten in de zone X"). */
function ownerAfter(text: string, f: Figure, subject: { start: number; end: number }, mentions: MentionIndex): Mention | undefined {
  if (!countsHoldings(f)) return undefined;
  return mentions.startingIn(subject.end, subject.end + 60).find((m) => m.entityType === 'actor' && m.start >= subject.end && m.start - subject.end <= 60 && OWNER_PHRASE.test(text.slice(subject.end, m.start)));
}

/**
 * The owner a phrase right after the figure names when its subject stands before it, named by an earlier figure
 * ("335 fietsen van A en nog eens 75 van de B": the 75 are B's).
 */
const ownerOfRemnant = (text: string, f: Figure, mentions: MentionIndex) => (f.subjectEnd !== null && f.subjectEnd <= f.start ? ownerAfter(text, f, f, mentions) : undefined);

// Verbs of having, acquiring and spending (folded): what the organisation so holds is its own.
const HOLDING_VERBS = String.raw`(?:heeft|had|telt|telde|beschikt|beschikte|krijgt|kreeg|koopt|kocht|least|leasede|huurt|huurde|investeert|investeerde|trekt|trok|besteedt|besteedde|betaalt|betaalde|schaft|schafte)`;
// The police named by its kind: the organisation, not a unit or one of its people.
const POLICE_KIND = String.raw`(?:politiezone|zone|korps|politie)`;
// The police organisation named by its kind ("de politiezone", "het korps"), one of its units ("de interventieploegen", "het
// jeugdteam") or a thing of its own ("het wagenpark van de politie").
const POLICE_BY_KIND = String.raw`(?:de|het)\s+(?:politiezone|zone|korps|\p{L}*(?:ploegen|ploeg|teams|team|diensten|brigade)|\p{L}+\s+van\s+(?:de|het)\s+${POLICE_KIND})`;
// A clause that opens with the police organisation named by its kind and a verb of holding: "De politiezone trekt", "Daarnaast least de
// zone", "Het korps koopt", "De interventieploegen krijgen", "Het wagenpark van de politie telt".
const KIND_HOLDER_OPENS = new RegExp(String.raw`^\s*(?:${POLICE_BY_KIND}\s+(?:${HOLDING_VERBS}|krijgen|kregen|tellen|telden|kopen|kochten)|(?:\p{L}+\s+)?${HOLDING_VERBS}\s+(?:de|het)\s+(?:politiezone|zone|korps))(?![\p{L}])`, 'u');
// Bought or leased by the police named by its kind, for the sum right after: "is door de politiezone gekocht voor".
const BOUGHT_BY_KIND = new RegExp(String.raw`(?<![\p{L}])door\s+(?:de|het)\s+${POLICE_KIND}\s+(?:aangekocht|gekocht|gehuurd|geleased|geleaset)\s+(?:voor|aan)\s+$`, 'u');

/**
 * "De politiezone trekt 461.000 euro uit voor de camera's", "is door de politiezone gekocht voor 37.000 euro": the figure's sentence
 * opens with the police, named by its kind, holding it, or names the police as the buyer of a thing at that price.
 */
const heldByKindOpening = (doc: PreparedText, f: Figure) => {
  if (!countsHoldings(f)) return false;
  const before = doc.folded.slice(doc.figureSentenceAt(f.start)[0], f.start);
  return KIND_HOLDER_OPENS.test(before) || (f.unitKind === 'money_eur' && BOUGHT_BY_KIND.test(before));
};

// Before a police organisation named at a sentence's opening: an article and maybe an adjective ("De lokale politiezone A"), or its kind and
// "van" ("Het politiekorps van A", "De politie van A").
const NAMED_HOLDER_OPENING = /^\s*(?:(?:de|het)\s+)?(?:\p{Ll}+e\s+)?(?:(?:politiekorps|korps|politiezone|politie)\s+van\s+)?$/u;
// After a police organisation named at a sentence's opening: a verb of holding, installing or consisting of right after it, then words only up to the figure.
const NAMED_HOLDER_VERB = new RegExp(String.raw`^\s+(?:${HOLDING_VERBS}|installeert|installeerde|plaatst|plaatste|bestaat|bestond|omvat|omvatte)(?:\s+[\p{L}'’-]+){0,5}\s+$`, 'u');

/**
 * "De politie Westkust installeert dit jaar 16 extra ANPR-camera's", "Politiezone Noord koopt 5 combi's", "De politiezone Montgomery
 * bestaat uit drie gemeenten": the police organisation named at the opening of the figure's sentence, a verb of holding, installing
 * or consisting of right after it, holds what the figure counts.
 */
function heldByNamedOpening(doc: PreparedText, f: Figure, holders: readonly Mention[], opening = NAMED_HOLDER_OPENING, verb = NAMED_HOLDER_VERB): Mention | undefined {
  if (!countsHoldings(f)) return undefined;
  const [sentenceStart] = doc.figureSentenceAt(f.start);
  const holder = holders.find((m) => m.start >= sentenceStart && m.end <= f.start && opening.test(doc.folded.slice(sentenceStart, m.start)) && verb.test(doc.folded.slice(m.end, f.start)));
  return holder && !doneNotHeld(doc, f) ? holder : undefined;
}

/**
 * "De politie heeft vorig jaar 1.713 fietsdiefstallen geregistreerd": a perfect tense after the figure makes "heeft" an auxiliary, and
 * what was done is no holding; what was bought is ("De politiezone heeft vier nieuwe dienstvoertuigen gekocht").
 */
function doneNotHeld(doc: PreparedText, f: Figure): boolean {
  const after = doc.folded.slice(f.end, doc.figureSentenceAt(f.start)[1]);
  return PERFECT_AFTER.test(after) && !ACQUIRED_AFTER.test(after);
}
// A verb of counting or having right before its holder (and maybe its article): "Momenteel telt", "In 2020 had de".
const COUNTING_VERB_BEFORE = /(?<![\p{L}])(?:telt|telde|tellen|telden|heeft|hebben|had|hadden)\s+(?:(?:de|het)\s+)?$/u;

/**
 * "Momenteel telt N-VA 45 burgemeesters", "In 2020 had de zone 120 agenten": an organisation named right after a verb of counting or
 * having, right before the figure (the subject of an inverted clause), holds what the figure counts; what it did with "heeft" as an
 * auxiliary is no holding.
 */
function heldAfterItsVerb(doc: PreparedText, f: Figure, organisations: readonly Mention[]): Mention | undefined {
  // "In 2017 telde de NMBS 1.165 incidenten": occurrences are counted by who records them, not held.
  if (!countsHoldings(f) || (f.unit !== null && EVENT_NOUNS.has(foldForMatch(f.unit)))) return undefined;
  const [sentenceStart] = doc.figureSentenceAt(f.start);
  const holder = organisations.findLast((m) => m.start >= sentenceStart && m.end <= f.start && doc.folded.slice(m.end, f.start).trim() === '');
  return holder && COUNTING_VERB_BEFORE.test(doc.folded.slice(sentenceStart, holder.start)) && !doneNotHeld(doc, f) ? holder : undefined;
}

// Before an institution named at a sentence's opening: an article only ("Het justitiehuis van Gent", "De Dienst Vreemdelingenzaken").
const INSTITUTION_OPENING = /^\s*(?:(?:de|het)\s+)?$/u;
// After it: a verb of holding, or of receiving or handling what it counts ("ontving 1.056 nieuwe dossiers", "behandelde 900 zaken").
const INSTITUTION_VERB = new RegExp(String.raw`^\s+(?:${HOLDING_VERBS}|ontvangt|ontving|behandelt|behandelde|verwerkt|verwerkte|registreert|registreerde)(?:\s+[\p{L}'’-]+){0,5}\s+$`, 'u');
/** An institution that holds or handles what a figure counts: an organisation or unit of the gazetteer that is not the police. */
const isInstitution = (entry: ActorEntry | undefined) => entry !== undefined && (entry.kind === 'organisation' || entry.kind === 'unit') && !isPolice(entry);

// A past participle anywhere after a figure in its clause, of a separable verb too ("heeft … geregistreerd", "heeft … uitgeschreven"):
// the perfect tense. Wider than DONE_AFTER, which reads participles of doing right after a count. A number's separators end no clause
// ("heeft celstraffen tot twaalf jaar en boetes tot 66.000 euro uitgesproken").
const PERFECT_AFTER = /^(?:[^.,;:!?]|(?<=\d)[.,](?=\d))*?(?<![\p{L}])(?:\p{L}{2,6})?ge\p{L}{3,}(?:d|t|en)(?![\p{L}])/u;

// The participle of buying, hiring or ordering right after a figure's clause goes on: "… vier dienstvoertuigen gekocht", "… aangeschaft".
const ACQUIRED_AFTER = /^(?:[^.,;:!?]|(?<=\d)[.,](?=\d))*?(?<![\p{L}])(?:aangekocht|gekocht|aangeschaft|gehuurd|geleased|besteld)(?![\p{L}])/u;

/** Whether a phrase after the subject names its owner by kind only ("de vijf gemeenten van de politiezone"): the text's police organisation. */
const ownerByKindAfter = (text: string, f: Figure) => countsHoldings(f) && f.subjectEnd !== null && KIND_OWNER_PHRASE.test(text.slice(f.subjectEnd, f.subjectEnd + 80));

/**
 * A prison or a court of appeal: its figures are the institution's, not its town's (the devset's convention: 41 of 43 gold
 * figures of a prison and all 14 of a court of appeal state no place), so its seat is no subjectLocation.
 */
const SEATLESS_INSTITUTION = /^(?:gevangenis|hulpgevangenis|hof van beroep)(?![\p{L}])/u;
const isSeatlessInstitution = (entry: ActorEntry | undefined) => entry !== undefined && SEATLESS_INSTITUTION.test(foldForMatch(entry.name));
/** A police organisation: a zone, or a service or body whose name says it is police ("Federale Wegpolitie"). */
const isPolice = (entry: ActorEntry | undefined) => entry !== undefined && (entry.kind === 'police_zone' || (entry.kind !== 'person' && foldForMatch(entry.name).includes('politie')));

/**
 * Whether a figure's subject is what a police organisation has: its staff ("agenten", "personeel") or its
 * corps, shortage, service or budget ("korps", "tekort", "dienst", "budget"). A staff figure whose
 * subject is a task ("terrorismebestrijding") or a generic "team" is not claimed, nor magistrates or soldiers.
 */
function isPoliceResource(text: string, f: Figure): boolean {
  const words = f.subject?.split(/[\s'’]+/u) ?? [];
  if (words.some((w) => endsInNoun(w, NON_POLICE_STAFF_ENDINGS))) return false;
  // "vier politiezones", "6 zones": a count of organisations is no one organisation's.
  if (f.unit !== null && endsInNoun(f.unit, COUNTED_ORGANISATIONS)) return false;
  // "22 patrouilles georganiseerd": things the clause reports as done are actions, not what the organisation has.
  if (f.unitKind === 'count' && doneAfter(text, f)) return false;
  // "9,4 per 1.000 inwoners": a density is a measure of an area, no holding.
  if (RATE_BASE.test(text.slice(f.end, f.end + AFTER_FIGURE_REACH))) return false;
  if (words.some((w) => endsInNoun(w, ORGANISATION_RESOURCE_ENDINGS) || isStaffNoun(w))) return true;
  if (f.unitKind !== 'staff' || f.unit === null) return false;
  // "negentig plaatsen ingevuld": staff that are their own subject.
  if (f.subject !== null && foldForMatch(f.subject) === foldForMatch(f.unit)) return true;
  // "Het jeugdteam wordt versterkt met drie inspecteurs": staff named by a staff noun, joining a unit the subject names by
  // its kind; a subject that names another owner ("de regering wil 1.600 agenten") is no unit of the police.
  return isStaffNoun(f.unit) && !endsInNoun(f.unit, NON_POLICE_STAFF_ENDINGS) && words.some((w) => endsInNoun(w, UNIT_NOUNS));
}

// Nouns (folded word endings) of the units of a force: "het jeugdteam", "de cel", "de interventieploeg", "de brigade".
const UNIT_NOUNS = ['team', 'teams', 'cel', 'ploeg', 'ploegen', 'afdeling', 'brigade', 'eenheid', 'sectie', 'dienst', 'zone', 'korps'];

// Organisations counted as such ("6 zones", "vier politiezones"), folded word endings.
const COUNTED_ORGANISATIONS = ['zone', 'zones', 'korps', 'korpsen'];
// A past participle of doing ("georganiseerd", "gehouden") right after a count, before the clause ends.
const DONE_AFTER = /^[^.;:!?\n]{0,40}?(?<![\p{L}])ge\p{L}{3,}(?:d|t|en)(?![\p{L}])/u;
const doneAfter = (text: string, f: Figure) => DONE_AFTER.test(text.slice(f.end, f.end + 60));

/** {@link zoneUmbrellas} per actor table: a walk of the whole gazetteer, once per matcher rather than per document. */
const umbrellasOf = new WeakMap<ReadonlyMap<string, ActorEntry>, ReadonlySet<string>>();

/** Umbrellas of police zones ("Lokale politie"): the zones together, not one organisation with its own staff or means. */
function zoneUmbrellas(actors: ReadonlyMap<string, ActorEntry>): ReadonlySet<string> {
  let umbrellas = umbrellasOf.get(actors);
  if (umbrellas === undefined) {
    umbrellas = new Set([...actors.values()].filter((a) => a.kind === 'police_zone' && a.parent !== null).map((a) => a.parent!));
    umbrellasOf.set(actors, umbrellas);
  }
  return umbrellas;
}

/**
 * The police organisation a text is about, for a figure of its staff or means that names no owner
 * ("het korps werd uitgebreid tot 271 agenten" in a report on one zone): the one police organisation
 * named in the figure's sentence, else in the sentence before, else in the whole text. Two different
 * ones at the nearest level that names any make it ambiguous: null.
 */
function topicPolice(f: Figure, sentences: ReadonlyArray<[number, number]>, police: Mention[], umbrellaMentions: Mention[], inWholeText: () => string | null): string | null {
  const at = spanIndexAt(sentences, f.start);
  const scopes: Array<[number, number]> = at < 0 ? [] : [sentences[at]!];
  if (at > 0) scopes.push(sentences[at - 1]!);
  const inScope = (start: number, end: number) => (m: Mention) => m.start >= start && m.end <= end;
  for (const [n, [start, end]] of scopes.entries()) {
    const ids = new Set(police.filter(inScope(start, end)).map((m) => m.entityId));
    // "37.008 agenten, waarvan 27.379 bij de lokale en 9.629 bij de federale politie": beside the zones' umbrella in the figure's
    // own sentence, the levels.
    const levels = n === 0 && umbrellaMentions.some(inScope(start, end));
    if (ids.size > 0) return ids.size === 1 && !levels ? [...ids][0]! : null;
  }
  return inWholeText();
}

/**
 * The one police organisation of {@link outsideLists}, else null: the text's topic, the same for every figure (computed once per
 * document). A sentence that sets it beside the zones' umbrella ("bij de lokale en … bij de federale politie") counts the levels,
 * no topic.
 */
function wholeTextPolice(police: Mention[], umbrellaMentions: Mention[], sentences: ReadonlyArray<[number, number]>): string | null {
  const umbrellaSentences = new Set(umbrellaMentions.map((m) => spanIndexAt(sentences, m.start)));
  const ids = new Set(outsideLists(police, sentences).filter((m) => !umbrellaSentences.has(spanIndexAt(sentences, m.start))).map((m) => m.entityId));
  return ids.size === 1 ? [...ids][0]! : null;
}

// A sentence that names this many police organisations lists them ("naburige zones (PZ A, PZ B, PZ C)").
const LISTED = 3;

/** The police mentions outside sentences that list several: organisations named in passing are no topic of the text. */
function outsideLists(police: Mention[], sentences: ReadonlyArray<[number, number]>): Mention[] {
  const sentenceOf = (m: Mention) => spanIndexAt(sentences, m.start);
  const bySentence = new Map<number, Set<string>>();
  for (const m of police) {
    const ids = bySentence.get(sentenceOf(m)) ?? new Set<string>();
    ids.add(m.entityId);
    bySentence.set(sentenceOf(m), ids);
  }
  return police.filter((m) => bySentence.get(sentenceOf(m))!.size < LISTED);
}

/**
 * The police zone of the place a document is about: the one zone that serves it now (its areas) or
 * is seated there; null when the place has none or several.
 */
export function scopeZone(scopeLocationId: string | null, actors: ReadonlyMap<string, ActorEntry>): string | null {
  if (scopeLocationId === null) return null;
  const zones = [...actors.values()].filter((a) => a.kind === 'police_zone' && (a.location === scopeLocationId || a.areas.some((area) => area.location === scopeLocationId && area.end === null)));
  return zones.length === 1 ? zones[0]!.id : null;
}

// A police zone or corps named by its kind ("onze politiezone", "het korps", "de korpschef"); "zone 30" is a speed zone.
const ZONE_BY_KIND = /(?<![\p{L}])(?:politiezone|zone(?!\s*\d)|korps|korpschef)(?![\p{L}])/u;

export interface LinkOptions {
  /** The place the document is about: its police zone owns the police staff and means of a text that names no police organisation. */
  scopeLocationId?: string | null;
  /** The province the document speaks of ({@link documentProvince}): where "onze provincie" is. */
  provinceId?: string | null;
  /** The country the document's scope place lies in ({@link documentCountry}): where "ons land" is. */
  countryId?: string | null;
  /** A place and the places it lies in, nearest first (the gazetteer's parents): where a place named inside another one lies. */
  placeLineage?: (locationId: string) => readonly string[];
}

// "in onze provincie": the province of the text's own readers.
const OUR_PROVINCE = /(?<![\p{L}])onze\s+provincie(?![\p{L}])/gu;
// "ons land", "overal in het land", "in heel het land", "in het hele land": the text's own country; a bare "het land" may be another
// one just named ("twee Albanezen die illegaal in het land waren").
const OUR_COUNTRY = /(?<![\p{L}])(?:ons\s+land|heel\s+het\s+land|(?<=(?:overal\s+in|doorheen|over)\s+)het\s+(?:(?:hele|gehele|ganse)\s+)?land|(?<=in\s+)het\s+(?:hele|gehele|ganse)\s+land)(?![\p{L}])/gu;

/**
 * "In de eerste zes maanden van dit jaar waren in onze provincie 1.551 verkeersongevallen", "In 2015 werd er 67.103 keer ingebroken
 * in ons land": the words the text's readers use for their own province and country name the province the text speaks of and the
 * country it is in, as the devset's gold reads them (session 18's deictic place). They link figures as a place mention would
 * (their sentence's figures, the account after them) but are no mention of their own: the text names no place there.
 */
function deicticPlaces(doc: PreparedText, options: LinkOptions): Mention[] {
  const named = (pattern: RegExp, entityId: string | null | undefined): Mention[] =>
    entityId ? [...doc.folded.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, quote: doc.text.slice(m.index, m.index + m[0].length), entityType: 'location' as const, entityId })) : [];
  return [...named(OUR_PROVINCE, options.provinceId), ...named(OUR_COUNTRY, options.countryId)];
}

/**
 * Sets `subjectActorId` and `subjectLocationId`; people counted for an actor that is not a person are its staff.
 * `input` is the document text or its prepared text (whose folding and sentences the figures stage made already).
 */
export function linkSubjects(input: string | PreparedText, figures: Figure[], mentions: Mention[], actors: ReadonlyMap<string, ActorEntry>, options: LinkOptions = {}): Figure[] {
  const doc = prepared(input);
  const deictic = deicticPlaces(doc, options);
  return linkEach(doc, figures, deictic.length === 0 ? mentions : [...mentions, ...deictic].sort((a, b) => a.start - b.start), actors, options);
}

/** The figure with the holder found as its subject actor, or as it was when none was found. */
const withHolder = (f: Figure, holder: Mention | undefined): Figure => (holder ? { ...f, subjectActorId: holder.entityId } : f);

/** {@link linkSubjects} once the deictic places are among the mentions. */
function linkEach(doc: PreparedText, figures: Figure[], mentions: Mention[], actors: ReadonlyMap<string, ActorEntry>, options: LinkOptions): Figure[] {
  const { text } = doc;
  mentions = withoutQualifyingAdjectives(mentions);
  const ownPlaceList = placesOutsideActors(mentions);
  const ownPlaceMentions = new MentionIndex(ownPlaceList);
  const respective = respectivePlaces(doc, figures, ownPlaceList);
  const listed = new Map([...listedPlaces(text, figures, ownPlaceMentions), ...respective]);
  const byOffset = new MentionIndex(mentions);
  const places = mentions.filter((m) => m.entityType === 'location');
  const placesByOffset = new MentionIndex(places);
  const lineage = options.placeLineage;
  const links = figures.map((f) => {
    const l = withSetting(doc, linkSubject(doc, f, byOffset, places, placesByOffset, actors, listed.get(f) ?? rowLabelPlace(doc, f, ownPlaceMentions)), byOffset, figures);
    return lineage && !listed.has(f) ? { ...l, figure: narrowedPlace(doc, l.figure, placesByOffset, lineage) } : l;
  });
  const institutions = mentions.filter((m) => m.entityType === 'actor' && isInstitution(actors.get(m.entityId)));
  // "Het justitiehuis van Gent ontving 1.056 nieuwe dossiers": the institution that opens the sentence holds what it received.
  const organisations = mentions.filter((m) => m.entityType === 'actor' && actors.get(m.entityId)?.kind !== 'person');
  const linked = links.map(({ figure: f }) => (f.subjectActorId === null ? withHolder(f, heldByNamedOpening(doc, f, institutions, INSTITUTION_OPENING, INSTITUTION_VERB) ?? heldAfterItsVerb(doc, f, organisations)) : f));
  // Figures stated for several places take no place carried from the account before them, and items of a list of places
  // ("Anderlecht telt 14 raadsleden, Vorst 7 en Sint-Gillis ook 7") hand theirs on to none after them.
  const ownPlaces = new Set(links.flatMap((l, i) => (l.severalPlaces || listed.has(figures[i]!) ? [i] : [])));
  const umbrellas = zoneUmbrellas(actors);
  const police = mentions.filter((m) => m.entityType === 'actor' && !umbrellas.has(m.entityId) && isPolice(actors.get(m.entityId)));
  // A text on a town's police that speaks of "de zone" or "het korps" and never names it: the zone of its scope place.
  const scoped = police.length === 0 && ZONE_BY_KIND.test(doc.folded) ? scopeZone(options.scopeLocationId ?? null, actors) : null;
  if (police.length === 0 && scoped === null) return withDatelinePlace(doc, withKickerPlaces(text, carryAccountPlace(doc, linked, mentions, ownPlaces), mentions), mentions);
  const sentences = doc.figureSentences;
  let wholeText: string | null | undefined;
  const umbrellaMentions = mentions.filter((m) => m.entityType === 'actor' && umbrellas.has(m.entityId));
  const inWholeText = () => (wholeText === undefined ? (wholeText = wholeTextPolice(police, umbrellaMentions, sentences)) : wholeText);
  const owner = (f: Figure) => (scoped ?? topicPolice(f, sentences, police, umbrellaMentions, inWholeText));
  const owned = linked.map((f) => {
    if (f.subjectActorId !== null) return f;
    const named = heldByNamedOpening(doc, f, police);
    if (named) return withHolder(f, named);
    return isPoliceResource(text, f) || ownerByKindAfter(text, f) || heldByKindOpening(doc, f) ? { ...f, subjectActorId: owner(f) } : f;
  });
  const carried = withKickerPlaces(text, carryAccountPlace(doc, owned, mentions, ownPlaces), mentions);
  return police.length === 0 ? withDatelinePlace(doc, carried, mentions) : carried;
}

/**
 * "In het Antwerpse havengebied, en meer bepaald op een schip dat … aankwam in de Waaslandhaven, heeft de douane 408 kilogram
 * cocaïne onderschept": a place the figure's sentence names after its place and before the figure, and that lies inside it, says
 * more precisely where the figure counts.
 */
function narrowedPlace(doc: PreparedText, f: Figure, places: MentionIndex, lineage: (locationId: string) => readonly string[]): Figure {
  const outerId = f.subjectLocationId;
  if (outerId === null) return f;
  const before = places.startingIn(doc.figureSentenceAt(f.start)[0], f.start).filter((m) => m.end <= f.start);
  const outer = before.find((m) => m.entityId === outerId);
  const inner = outer && before.filter((m) => m.start >= outer.end && m.entityId !== outerId && lineage(m.entityId).includes(outerId)).at(-1);
  return inner ? { ...f, subjectLocationId: inner.entityId } : f;
}

// A dateline: the place that opens the text, then a colon or a dash and a sentence of its own ("Lier: Burgemeester …", "GENT – De
// politie …"; "Limburg: de zone telt …" labels a line instead).
const DATELINE_END = /^[^\S\n]*(?::|[–—-])[^\S\n]*["“‘']?\p{Lu}/u;

/**
 * "Lier: Burgemeester … stelden het jaarverslag 2016 van de politie voor. …": a text that opens with a place's dateline and names
 * no other place tells of that place throughout, so each figure with no place of its own is of it. Not called for a text that names a
 * police body ("Lochristi – De politieraad van de zone Puyenbroeck …"): its figures are that body's, the dateline only the news desk's.
 */
function withDatelinePlace(doc: PreparedText, figures: Figure[], mentions: Mention[]): Figure[] {
  const places = placesOutsideActors(mentions);
  const first = places[0];
  if (!first || doc.text.slice(0, first.start).trim() !== '' || !DATELINE_END.test(doc.text.slice(first.end)) || places.some((m) => m.entityId !== first.entityId)) return figures;
  return figures.map((f) => (f.subjectLocationId === null ? { ...f, subjectLocationId: first.entityId } : f));
}

// After a section's kicker: a full stop, a colon or a dash, then the line goes on ("BRUSSEL. 211 arrestaties, …").
const KICKER_END = /^[^\S\n]*[.:–—-][^\S\n]+\S/u;
/** Whether place mention `m` is a section's kicker: written in capitals, it opens its line and a full stop, colon or dash follows it. */
const isKicker = (text: string, m: Mention) => (m.start === 0 || text[m.start - 1] === '\n') && !/\p{Ll}/u.test(m.quote) && /\p{Lu}{2}/u.test(m.quote) && KICKER_END.test(text.slice(m.end, m.end + 4));

/**
 * "BRUSSEL. 211 arrestaties, 16 wagens in brand gestoken ⏎ … ANTWERPEN. Dertigtal mensen opgepakt": a report in sections, each
 * opened by its place's kicker, tells of that place until the next kicker; a figure with no place of its own there is of it.
 */
function withKickerPlaces(text: string, figures: Figure[], mentions: Mention[]): Figure[] {
  const kickers = placesOutsideActors(mentions).filter((m) => isKicker(text, m));
  if (kickers.length === 0) return figures;
  return figures.map((f) => {
    const kicker = f.subjectLocationId === null ? kickers.findLast((m) => m.start <= f.start) : undefined;
    return kicker ? { ...f, subjectLocationId: kicker.entityId } : f;
  });
}

// A turn to a general figure ("het landelijk gemiddelde", "nationaal") or to a whole zone of several towns ("in de volledige
// politiezone"): the account of the place stops there.
const GENERAL_TURN = /(?<![\p{L}])(?:landelijk|nationaa?l|gemiddel|(?:volledige|hele|gehele|ganse)\s+(?:politie)?zone(?![\p{L}]))/iu;
// "Vier teams rijden in A. De vijf andere teams …", "de overige 20": the rest, set apart from the place just told of.
const SET_APART = /(?<![\p{L}])(?:andere|overige|resterende)(?![\p{L}])/iu;
// A sum of money or a mass describes a thing (a fine, a seizure, a device), not the place's account: it takes a place but hands none on.
const DESCRIBES_A_THING = new Set<Figure['unitKind']>(['money_eur', 'mass_kg']);

/**
 * A figure continuing the account of a place takes that place as subjectLocation (the devset's
 * session-18 convention): "In 2018 waren er in Vlaanderen 310 doden, in 2019 waren er 315", "In
 * Kortrijk daalden de inbraken met 20%. De autodiefstallen met 35%". The place comes from the last
 * figure before it in the same paragraph whose place a location mention of that figure's sentence
 * names (a place inside an actor's name, such as "politiezone Gent", or the text's scope hands none
 * on), and it stops at a paragraph break, at another place named in between, at an actor named in
 * between or in the figure's own sentence (a new topic; not a passive's agent: "134 werden vastgesteld
 * door de lokale politie" tells who counted them there), at a figure of another actor, at a general
 * turn ("landelijk") and at a figure stated for several places at once (`severalPlaces`, indexes into
 * `figures`: "2 bases in A en B"), which takes none.
 */
export function carryAccountPlace(doc: PreparedText, figures: Figure[], mentions: Mention[], severalPlaces: ReadonlySet<number> = new Set()): Figure[] {
  const { text } = doc;
  const actorMentions = mentions.filter((m) => m.entityType === 'actor');
  const places = placesOutsideActors(mentions);
  const actorsByOffset = new MentionIndex(actorMentions);
  const placesByOffset = new MentionIndex(places);
  const namedIn = (from: number, to: number, ms: MentionIndex, which: (m: Mention) => boolean = () => true) => ms.startingIn(from, to).some((m) => m.start >= from && m.end <= to && which(m));
  const byPosition = figures.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start);
  const leads = leadPlaces(doc, figures, places, placesByOffset, actorsByOffset);
  const out = [...figures];
  let source: { place: string; end: number; actor: string | null; lead?: boolean } | null = null;
  // The last sum or mass with a place: it hands that place on to the next step of its own change only.
  let thing: { place: string; value: number; unit: string | null; start: number } | null = null;
  let previousEnd = 0;
  for (const { f, i } of byPosition) {
    // A lead sentence between the previous figure and this one opens a new account.
    const lead = leads.findLast((m) => m.end <= f.start && m.start >= previousEnd);
    if (lead) source = { place: lead.entityId, end: lead.end, actor: null, lead: true };
    previousEnd = f.end;
    let place = f.subjectLocationId;
    if (severalPlaces.has(i)) {
      source = null;
      continue;
    }
    if (place === null && source !== null) {
      const [sentenceStart, sentenceEnd] = doc.figureSentenceAt(f.start);
      // The place itself named again in between ("40 boetes in A. In 9 op de 10 gevallen …") goes on with its account.
      const otherPlace = (m: Mention) => m.entityId !== source!.place;
      const continues = !text.slice(source.end, f.start).includes('\n') && !namedIn(source.end, f.start, placesByOffset, otherPlace) && !namedIn(source.end, sentenceEnd, actorsByOffset, (m) => !endsOnPassiveAgent(text.slice(Math.max(0, m.start - 12), m.start)) && !endsOnSource(text.slice(Math.max(0, m.start - 60), m.start)));
      const sameHolder = f.subjectActorId === null || f.subjectActorId === source.actor;
      // A lead sentence sets the scene of events: police staff sent there are an organisation's, and "ons land" is the country.
      const leadFits = !source.lead || (!isPoliceResource(text, f) && doc.folded.slice(sentenceStart, sentenceEnd).search(OUR_COUNTRY) < 0);
      if (continues && sameHolder && leadFits && !SET_APART.test(text.slice(Math.max(0, f.start - 12), f.end)) && !GENERAL_TURN.test(text.slice(sentenceStart, sentenceEnd))) {
        place = source.place;
        out[i] = { ...f, subjectLocationId: place };
      }
    }
    // "In 2016 werd in ons land nog 29,8 ton onderschept door de douane, in 2017 was dat 41 ton": a step of a sum's or a mass's change
    // is where the value it changes from was.
    if (thing !== null && place === null && f.previousValue === thing.value && f.unit === thing.unit && doc.figureSentenceAt(thing.start)[0] === doc.figureSentenceAt(f.start)[0]) {
      place = thing.place;
      out[i] = { ...f, subjectLocationId: place };
    }
    thing = place !== null && DESCRIBES_A_THING.has(f.unitKind) ? { place, value: f.value, unit: f.unit, start: f.start } : null;
    if (place === null || DESCRIBES_A_THING.has(f.unitKind)) continue;
    // The place hands on when this figure's own sentence names it (or the figure carries it already).
    const carried = place !== f.subjectLocationId;
    const named = namedIn(...doc.figureSentenceAt(f.start), placesByOffset, (m) => m.entityId === place);
    if (carried || named) source = { place, end: f.end, actor: f.subjectActorId };
    else source = null;
  }
  return out;
}

// "in A", "in heel A", "in de Belgische gevangenissen", "in de Kempen": the place where the events told happen; a place the sentence is about ("A
// was rustig") opens no account of figures.
const SETTING_BEFORE = /(?<![\p{L}])in\s+(?:(?:de|het)\s+)?(?:heel\s+)?$/iu;
// "op West-Vlaamse wegen", "op Antwerps grondgebied": a place's adjective after "op" sets the scene too ("op de N303" is a road, no account).
const ADJECTIVE_SETTING_BEFORE = /(?<![\p{L}])op\s+$/u;
/** Whether place mention `m` is the setting of its sentence's events, in the text right before it. */
const namesSetting = (before: string, m: Mention) => SETTING_BEFORE.test(before) || (ADJECTIVE_SETTING_BEFORE.test(before) && PLACE_ADJECTIVE_FORM.test(m.quote));

/**
 * The places that open an account without a figure of their own: the one place a sentence with no
 * figure and no actor names as the setting of its events, after "in" or "in de", or as an adjective after "op" ("De politie viel binnen in
 * een woning in A. Ze vonden er 8 kilogram speed", "De criminaliteit in B daalt. In 2023 werden 70.000 feiten geregistreerd in onze
 * provincie"). The figures after it go on with that place as one after a located figure would.
 */
function leadPlaces(doc: PreparedText, figures: Figure[], places: Mention[], placesByOffset: MentionIndex, actorMentions: MentionIndex): Mention[] {
  const inSpan = ([start, end]: [number, number], m: { start: number }) => m.start >= start && m.start < end;
  return places.filter((m) => {
    const sentence = doc.figureSentenceAt(m.start);
    // The paragraph up to this sentence names no other place: a paragraph going from place to place ("In A … In B … In totaal 11") has no one account.
    const paragraphStart = doc.text.lastIndexOf('\n', m.start) + 1;
    const others = placesByOffset.startingIn(paragraphStart, sentence[1]).filter((p) => inSpan([paragraphStart, sentence[1]], p) && p.entityId !== m.entityId);
    return namesSetting(doc.text.slice(Math.max(sentence[0], m.start - 8), m.start), m) && others.length === 0 && !figures.some((f) => inSpan(sentence, f)) && !actorMentions.startingIn(...sentence).some((a) => inSpan(sentence, a));
  }).sort((a, b) => a.end - b.end);
}

/** A linked figure that no nearer words placed, and that is not stated for several places, set where its sentence is ({@link sentenceSetting}). */
function withSetting(doc: PreparedText, l: Linked, mentions: MentionIndex, figures: readonly Figure[]): Linked {
  if (l.figure.subjectLocationId !== null || l.severalPlaces) return l;
  const setting = sentenceSetting(doc, l.figure, mentions, figures);
  return setting ? { ...l, figure: { ...l.figure, subjectLocationId: setting.entityId } } : l;
}

/** A figure with its subject linked, and whether it is stated for several places at once (then it has none, and takes none on). */
interface Linked {
  figure: Figure;
  severalPlaces: boolean;
}

/** The actor and place of one figure's subject, from what its own words and their surroundings name. */
function linkSubject(doc: PreparedText, f: Figure, mentions: MentionIndex, places: Mention[], placesByOffset: MentionIndex, actors: ReadonlyMap<string, ActorEntry>, listedPlace?: Mention): Linked {
  const { text } = doc;
  if (f.subjectStart === null || f.subjectEnd === null) {
    const heading = headingActor(text, f.start, mentions);
    const figure = heading ? { ...f, subjectActorId: heading.entityId, subjectLocationId: actors.get(heading.entityId)?.location ?? null } : f;
    return { figure: listedPlace ? { ...figure, subjectLocationId: listedPlace.entityId } : figure, severalPlaces: false };
  }
  const subject = { start: f.subjectStart, end: f.subjectEnd };
  const inside = mentions.overlapping(subject);
  const money = f.unitKind === 'money_eur';
  const actor = longest(inside.filter((m) => m.entityType === 'actor')) ?? bracketedInstitution(text, f, mentions, actors) ?? (money ? actorAfter(text, subject, mentions) ?? actorOfAntecedent(text, subject, mentions) : undefined) ?? ownerAfter(text, f, subject, mentions) ?? ownerOfRemnant(text, f, mentions) ?? headingActor(text, f.start, mentions);
  // "5.600 West-Vlaamse dossiers": a place word inside the figure's own quote is where it counts.
  let place = longest(inside.filter((m) => m.entityType === 'location')) ?? mentions.startingIn(f.start + 1, f.end).find((m) => m.entityType === 'location' && m.start > f.start && m.end < f.end);
  // "… in Vlaanderen (5.615). In het Brussels Hoofdstedelijk Gewest telde men er 1.966": a subject taken up from a sentence before has
  // that sentence's place beside it, which a place named in the figure's own sentence replaces.
  const [sentenceStart, sentenceEnd] = doc.figureSentenceAt(f.start);
  const takenUp = subject.start < sentenceStart && placesByOffset.startingIn(sentenceStart, sentenceEnd).some((m) => m.start >= sentenceStart && m.end <= sentenceEnd);
  if (!place && !takenUp) {
    // "zeventien verdachten in ons land en drie in Portugal": a place past another number is that number's.
    place = mentions.startingIn(subject.end, subject.end + 60).find((m) => m.entityType === 'location' && m.start >= subject.end && m.start - subject.end <= 60 && PLACE_PHRASE.test(text.slice(subject.end, m.start)) && !namesANumber(text.slice(subject.end, m.start)));
  }
  // "werd vorig jaar in Mechelen een GAS-PV uitgeschreven …, 325 om precies te zijn": a subject in a clause before the figure's has
  // the place beside it.
  const besideSubject = () => (subject.end <= clauseAround(doc, f.start, f.end)[0] ? placeRightBefore(text, subject, placesByOffset, BETWEEN_PLACE_AND_FIGURE, PLACE_BEFORE, 24) : undefined);
  place = listedPlace ?? besidePlace(text, f, placesByOffset) ?? relativeClausePlace(text, f, placesByOffset) ?? place ?? besideSubject() ?? clauseOpeningPlace(doc, f, placesByOffset) ?? frontedPlace(doc, f.start, mentions) ?? subjectPlace(doc, f, mentions) ?? holderPlace(doc, f, placesByOffset) ??
    placePointedTo(doc, f, places, placesByOffset);
  // A figure stated for several places at once is no one place's, nor its actor's seat's; the subject of "is goed voor" is one place
  // whatever stands before it ("in Veurne, Alveringem is goed voor 15 procent").
  const severalPlaces = place !== undefined && place !== listedPlace && joinedToAnotherPlace(text, place, places);
  place ??= goodForPlace(doc, f, placesByOffset);
  const entry = actor ? actors.get(actor.entityId) : undefined;
  // mayBeStaff: people named only as people ("40 mensen"), a count until an organisation claims them.
  const unitKind = f.unitKind === 'count' && mayBeStaff(f.unit) && entry && entry.kind !== 'person' ? 'staff' : f.unitKind;
  // A holder the figure's own words do not name (an item's organisation, a sentence's fronted one) gives it no place: where it sits is
  // not where the figure counts.
  const holder = actor ?? itemWith(text, f, mentions) ?? frontedActor(doc, f.start, mentions) ?? holderRightBefore(text, f, mentions, actors);
  const subjectLocationId = severalPlaces ? null : place?.entityId ?? (isPolice(entry) || isSeatlessInstitution(entry) ? null : entry?.location) ?? null;
  return { figure: { ...f, unitKind, subjectActorId: holder?.entityId ?? null, subjectLocationId }, severalPlaces };
}

// "in de gevangenis van Merksplas 35 personeelsleden": "in" or "bij" and an article before an organisation right before the figure.
const HOLDER_BEFORE = /(?:^|[\s,])(?:in|bij)\s+(?:de\s+|het\s+)?$/u;

/**
 * "zijn er alleen al in de gevangenis van Merksplas 35 personeelsleden te weinig": an institution "in" or "bij" which staff, inmates or
 * places are counted, right before the figure inside the clause (one word between at most), holds them, as a fronted one does. Cases
 * and offences counted "in de zone" are recorded there, not held (the devset's convention), so the police and other counts are left.
 */
function holderRightBefore(text: string, f: Figure, mentions: MentionIndex, actors: ReadonlyMap<string, ActorEntry>): Mention | undefined {
  if (f.unit === null || !(f.unitKind === 'staff' || isStaffNoun(f.unit) || HELD_PEOPLE_AND_PLACES.has(foldForMatch(f.unit)))) return undefined;
  return placeRightBefore(text, f, mentions, BETWEEN_PLACE_AND_FIGURE, HOLDER_BEFORE, 24, (m) => m.entityType === 'actor' && isInstitution(actors.get(m.entityId)));
}
// What an institution holds besides staff: its inmates and its places ("47 gedetineerden", "3 extra plaatsen").
const HELD_PEOPLE_AND_PLACES: ReadonlySet<string> = new Set(['gedetineerden', 'gevangenen', 'plaatsen', 'cellen', 'bedden']);

// From a named item to its figure: its bracket, "met" and no clause mark but a number's separators ("Balen-Dessel-Mol met 54,24 euro
// per inwoner en 3,7 miljoen", "de zone Neteland (Herentals, Olen) met 3,5 miljoen").
const ITEM_WITH = /^\s*(?:\([^()]*\)\s*)?met\s+(?:[^,;:.!?()]|(?<=\d)[,.](?=\d))*$/u;
const ITEM_REACH = 120;

/** "Daarna volgen nog Balen-Dessel-Mol met 54,24 euro per inwoner": an organisation listed "met" its figures holds them. */
function itemWith(text: string, f: Figure, mentions: MentionIndex): Mention | undefined {
  // "door de politiezone Polder met de mobiele camera … gecontroleerd van 12312 voertuigen": "met" an instrument, a verb before the figure.
  const listed = (between: string) => ITEM_WITH.test(between) && !splitAtNonLetters(foldForMatch(between)).some((w) => isPastParticiple(w) || FINITE_VERBS.has(w));
  return lastMentionBefore(text, f.start, mentions, ITEM_REACH, (m, between) => m.entityType === 'actor' && listed(between));
}

/** The last mention ending at most `reach` characters before `at` that `fits`, given the text between the two. */
function lastMentionBefore(text: string, at: number, mentions: MentionIndex, reach: number, fits: (m: Mention, between: string) => boolean): Mention | undefined {
  return mentions.endingIn(at - reach, at).findLast((m) => m.end <= at && fits(m, text.slice(m.end, at)));
}

// From a place to a figure in the relative clause that place opens: "België, dat met 134 gevangenen", "Gent, dat 300 agenten telt".
const RELATIVE_AFTER_PLACE = /^\s*,\s*(?:dat|die)\s+[^,.;:!?()]*$/u;
const RELATIVE_REACH = 60;

/** "net als in Cyprus (138) en België, dat met 134 gevangenen voor 100 plaatsen op de vierde plaats komt": the relative clause's antecedent. */
function relativeClausePlace(text: string, f: Figure, places: MentionIndex): Mention | undefined {
  return lastMentionBefore(text, f.start, places, RELATIVE_REACH, (_m, between) => RELATIVE_AFTER_PLACE.test(between));
}

/** How Dutch place adjectives end: "Kempense", "West-Vlaamse", "Brusselse", "Limburgs". */
const PLACE_ADJECTIVE_ENDING = /(?:se|s)$/u;

/**
 * The mentions without the places that are the very noun a count counts ("346 Vlamingen", "120 Limburgers"), or an adjective
 * between it and its number ("5.600 West-Vlaamse dossiers"): the
 * figure's quote holds the word and its subjectLocation the place, so it is no place mention of its own (the
 * devset's fresh15 convention, as for a place adjective inside a count). A share's base ("één op vijf Vlamingen")
 * is no count and keeps its mention.
 */
export function withoutCountedPlaces(text: string, mentions: readonly Mention[], figures: readonly Figure[]): Mention[] {
  const counted = (m: Mention) =>
    figures.some((f) => f.kind === 'count' && f.unit !== null && f.start <= m.start && f.end === m.end && f.unit === text.slice(m.start, m.end).toLowerCase());
  // "5.600 West-Vlaamse dossiers", "12 Kempense gemeenten": a place adjective between a count and its noun (the devset's convention since fresh).
  const describesCount = (m: Mention) =>
    figures.some((f) => f.kind === 'count' && f.unit !== null && f.start < m.start && m.end < f.end && PLACE_ADJECTIVE_ENDING.test(text.slice(m.start, m.end)));
  return mentions.filter((m) => m.entityType !== 'location' || (!counted(m) && !describesCount(m)));
}
