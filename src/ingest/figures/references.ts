/**
 * Units for numbers written without their own noun: back-references ("dit aantal slechts 462",
 * "het aantal inbraken daalde tot 1.829"), partitives ("7 van de 19 gemeenten") and the bare
 * numbers that are still worth quoting.
 */
import type { FigureKind } from '../../vocabulary.js';
import type { FigureReading } from '../types.js';
import type { Ctx, Draft } from './shapes.js';
import { tokenIndexAt } from '../../text/tokens.js';
import { bracketsAYearsCount, CALENDAR_YEAR, countedByAantalBefore, isCap, isNamedListItem, isPluralOf, lower, parseAtom, parseDigits, partitiveBefore, secondOfTwoYears, type Token } from './tokens.js';
import { saysNow, yearOf } from './dates.js';
import { cellAt, headerCellOver, type TableCell } from './tables.js';
import { factLineLabel, findCountedNoun, isAdjectiveLike, isPastParticiple, leadNamedAfter } from './units.js';
import { AIM_NOUNS, CHANGE_NOUNS, CLAUSE_END_MARKS, COMPARATIVES, DEMONSTRATIVE_SUBJECTS, EVENT_NOUNS, FOCUS_BEFORE_NUMBER, FORMS_OF_ZIJN, PASSIVE_AUXILIARIES, TARGET_NOUNS, COUNT_REFERENCE_NOUNS, EARLIER_TIME_PHRASE, LABEL_COMPLEMENT_PREPOSITIONS, MONEY_NOUN_HEADS, MONEY_PARTICIPLES, PARTITIVE_POINTERS, FINITE_VERBS, MONTHS, MULTIPLIED_VERB, NON_NOUNS, PLACE_CLASS_NOUNS, NP_DETERMINERS, QUANTITY_VERBS, RESTATING_WORDS, SENTENCE_END_MARKS, TIME_UNITS, MULTIPLIERS } from './words.js';

// Words that open a bracket restating a count in other terms: "113 (of 2,63% van de) bestuurders", "(ofwel …)".
const RESTATING_BRACKET_OPENERS: ReadonlySet<string> = new Set(['of', 'ofwel', 'oftewel']);
// How many tokens such a bracket may hold.
const RESTATING_BRACKET_REACH = 8;

/**
 * "113 (of 2,63% van de) bestuurders werd geflitst": a number whose bracket restates it in other terms ("of" and a share) counts the
 * noun right after the bracket.
 */
function nounPastItsShare(tokens: Token[], d: Draft): { kind: FigureKind; unit: string } | undefined {
  if (tokens[d.last + 1]?.text !== '(' || !RESTATING_BRACKET_OPENERS.has(tokens[d.last + 2]?.norm ?? '')) return undefined;
  for (let k = d.last + 3; k <= d.last + 2 + RESTATING_BRACKET_REACH && tokens[k] !== undefined; k++) {
    if (tokens[k]!.text === '(' || SENTENCE_END_MARKS.has(tokens[k]!.norm)) return undefined;
    if (tokens[k]!.text !== ')') continue;
    const noun = findCountedNoun(tokens, k + 1, d.value);
    return noun === k + 1 ? { kind: 'count', unit: lower(tokens[noun]!) } : undefined;
  }
  return undefined;
}

/**
 * For a number without its own noun: after a partitive "er", or if "aantal"/"teller"/"cijfer"
 * comes earlier in the sentence, the unit is the noun after it ("het aantal agenten … 312") or, when there is none
 * ("dit aantal … 462"), the unit of the closest preceding count or quantity.
 * Returns undefined when there is no such reference.
 */
export function backReference(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string | null } | undefined {
  const { tokens } = ctx;
  const column = tableColumnUnit(ctx, lead) ?? yearTableUnit(ctx, lead, previous) ?? nounPastItsShare(tokens, d);
  if (column) return column;
  // A noun the text counted before the number in a way of its own: loosely, as a change's, as the rest's, as a whole before a colon.
  const namedBefore = exactCountOf(ctx, d, lead) ?? changedNounBefore(ctx, d, lead) ?? othersCounted(ctx, d, lead, previous) ?? partAfterColon(ctx, d, lead, previous) ?? differenceOfCount(ctx, d, lead, previous);
  if (namedBefore) return namedBefore;
  // "van 76 in 2015 over 53 in 2016 naar 28": a step of a chain counts what the change before it counts.
  const last = previous.at(-1);
  if (last && last.unit !== null && chainedOldValue(ctx, d, previous) !== null) return { kind: last.kind, unit: last.unit };
  // The figure right before, in this sentence and with a unit: what a framework's size or a count in another state counts.
  const countBefore = last && last.unit !== null && last.start >= ctx.sentenceOf(lead)[0] ? { kind: last.kind, unit: last.unit, end: last.end } : undefined;
  // "Vorig jaar werden 1.200 GAS-boetes uitgeschreven, dit jaar mikken we op 1.500": a number a verb of aiming names is a target of
  // what the count before it in its sentence counts.
  if (countBefore && aimedAt(tokens, lead)) return { kind: countBefore.kind, unit: countBefore.unit };
  // "8.421 (8.042 in 2017)", "15.806 feiten geregistreerd (15.764 in 2017)": the same count in another year, in brackets after it.
  if (countBefore && countInAnotherYear(tokens, d, lead, countBefore.end)) return { kind: countBefore.kind, unit: countBefore.unit };
  // "Daar waar er in 2013 nog 8.644 woninginbraken werden vastgesteld, waren dit in 2017 nog 5.173": a demonstrative that is a copula's
  // subject, right before the number but for its time and qualifiers, takes up the count before it in its sentence.
  if (countBefore && DEMONSTRATIVE_COPULA_BEFORE.test(ctx.folded.slice(countBefore.end, tokens[lead]!.start))) return { kind: countBefore.kind, unit: countBefore.unit };
  const averaged = averageOfTheCountBefore(ctx, lead, last);
  if (averaged) return averaged;
  // Partitive "er" ("waren dat er amper 151", "waar het er in principe 550 zouden moeten zijn")
  // and "waarvan" ("561 aanhoudingen, waarvan 159 …") point back to a counted noun.
  // "Dat zijn er op jaarbasis (52.500) minder": a number in brackets after a lowercase word that is no counted noun (nor a name) is the clause's.
  const bracketAfterWord = tokens[lead - 1]?.text === '(' && /^\p{Ll}/u.test(tokens[lead - 2]?.text ?? '') && findCountedNoun(tokens, lead - 2, 2) !== lead - 2;
  const partitive = partitiveBefore(tokens, lead) ?? (bracketAfterWord ? partitiveBefore(tokens, lead - 1) : null);
  // "een beroep op de buurtinformatienetwerken (BIN’s), waarvan de zone er 53 heeft": the noun "waarvan" follows is the whole.
  const whole = partitive === null ? null : nounBeforeRelative(tokens, partitive);
  // "2.340 processen-verbaal voor verkeersinbreuken, waarvan 1.210 voor snelheid": a part in a category of its own ("voor …") is of
  // the count whose category that noun was, not of the category.
  const ofTheCount = whole !== null && countBefore !== undefined && tokens[whole - 1]?.norm === 'voor' && tokens[d.last + 1]?.norm === 'voor' && countBefore.end <= tokens[whole]!.start;
  if (ofTheCount) return { kind: countBefore.kind, unit: countBefore.unit };
  if (whole !== null) return { kind: 'count', unit: lower(tokens[whole]!) };
  if (partitive !== null) return namedAfterPartitive(tokens, partitive, lead) ?? antecedent(ctx, partitive, previous, tokens[partitive]!.norm === 'er' ? 0 : d.value, nounOfTheNextCount(ctx, d));
  // "De meeste verdwijningen werden geregistreerd in Antwerpen (181), gevolgd door Luik (164)": a count in brackets after a name
  // inside the sentence is that place's share of what the sentence opens with.
  const opening = namedShareOfOpeningNoun(ctx, d, lead);
  if (opening) return opening;
  const gapped = gappedUnit(ctx, d, lead, previous) ?? unitOfTheLastItem(ctx, d, lead);
  if (gapped) return gapped;
  const ratedPer = ratedNounOfTheText(ctx, d, lead, previous);
  if (ratedPer) return ratedPer;
  const capacity = capacityOf(ctx, lead, previous) ?? amountCurrency(ctx, lead, previous) ?? respectiveUnit(ctx, lead, previous) ?? frontedWhole(ctx, lead, previous) ??
    wholeOfReadPart(ctx, lead, previous);
  if (capacity) return capacity;
  const bracketed = bracketedListUnit(ctx, d, lead, previous) ?? partsOfTheCountBefore(ctx, d, lead, previous) ?? partsByAdjective(ctx, d, lead, previous);
  if (bracketed) return bracketed;
  // "iets minder inbraken - 396 in de plaats van 413 -": a number in an aside between dashes right after a counted lowercase noun counts it.
  if (DASHES.has(tokens[lead - 1]?.text ?? '') && DASHES.has(tokens[d.last + 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[lead - 2]?.text ?? '') &&
    findCountedNoun(tokens, lead - 2, 2) === lead - 2) return { kind: 'count', unit: lower(tokens[lead - 2]!) };
  const continued = categoryListContinued(ctx, d, lead, previous);
  if (continued) return continued;
  // "pv's (21.486)", "vacatures (6), delegaties (4)": a number in brackets after a counted lowercase noun counts it (unless a list's
  // first bracket named what its items count: "slagen (72 dossiers), bedreigingen (32)", above).
  if (tokens[lead - 1]?.text === '(' && /^\p{Ll}/u.test(tokens[lead - 2]?.text ?? '') && findCountedNoun(tokens, lead - 2, 2) === lead - 2) return { kind: 'count', unit: lower(tokens[lead - 2]!) };
  const category = categoryItemUnit(ctx, d, lead, previous);
  if (category) return category;
  const listed = namedItemsUnit(ctx, d, lead, previous) ?? namedByTheNextSentence(ctx, d, lead);
  if (listed) return listed;
  // "een pak minder dan in piekjaar 2015 (502) en iets minder dan in 2014 (397)": a bare count in brackets right after a year is that
  // year's value of the count its sentence, or the one before, gives.
  if (tokens[d.last + 1]?.text === ')' && bracketsAYearsCount(tokens, lead - 1)) {
    if ((previous.at(-1)?.end ?? -1) > sentenceBeforeStart(ctx, ctx.sentenceOf(lead)[0])) {
      const counted = antecedent(ctx, lead, previous);
      if (counted.unit !== null) return counted;
    }
    // "maar het aantal dodelijke weekendverkeersslachtoffers is nu al even hoog als in het hele jaar 2016 (19)": what "het aantal" counts.
    const aantal = countedByAantalBefore(tokens, lead - 1) ?? aantalLaterInSentence(ctx, d.last + 1);
    const noun = aantal === null ? null : findCountedNoun(tokens, aantal + 1, 2);
    if (noun !== null) return { kind: 'count', unit: lower(tokens[noun]!) };
  }
  // "Inbraken (1.234)" opening a line or a sentence: a capitalised counted noun (inside a sentence, "in Vlaanderen (van 339 naar
  // 302)", a capitalised word is a name).
  const opener = tokens[lead - 2];
  if (tokens[lead - 1]?.text === '(' && opener && (opener.lineStart || opener.start === ctx.sentenceOf(lead - 2)[0]) && findCountedNoun(tokens, lead - 2, 2) === lead - 2) {
    return { kind: 'count', unit: lower(opener) };
  }
  // A breakdown of the count before: by month in brackets ("pieken in maart (190) en oktober
  // (185)"), or a count after a share in brackets ("gauwdiefstallen (- 30 procent, 103)").
  const byMonth = tokens[lead - 1]?.text === '(' && (tokens[lead - 2]?.norm ?? '') in MONTHS;
  const afterShare = tokens[d.last + 1]?.text === ')' && tokens[lead - 1]?.text === ',' && previous.at(-1)?.kind === 'percentage' &&
    BRACKET_OPEN.test(ctx.folded.slice(Math.max(0, previous.at(-1)!.start - 4), previous.at(-1)!.start)) && previous.at(-1)!.end <= tokens[lead - 1]!.start;
  if ((byMonth && tokens[d.last + 1]?.text === ')') || afterShare) {
    const counted = antecedent(ctx, lead, previous);
    return counted.unit === null ? undefined : counted;
  }
  // "Er waren er 98, of 22 minder dan vorig jaar": a difference counts what the count before it counts; in words too when it stands in
  // apposition to that count ("275 hoofdinspecteurs, negen meer dan vooropgesteld").
  const apposed = tokens[lead - 1]?.text === ',' && d.value >= 2;
  if ((tokens[d.last + 1]?.norm === 'minder' || tokens[d.last + 1]?.norm === 'meer') && tokens[d.last + 2]?.norm === 'dan' && (!d.wordsOnly || apposed)) {
    return antecedent(ctx, d.first, previous);
  }
  // ", namelijk 11.961,", ", met 299,": a parenthetical that states the count its sentence (or the one before) named.
  if (isRestatingAside(tokens, lead, d.last)) {
    const [sentenceStart] = ctx.sentenceOf(d.first);
    const vague = vaguelyCounted(tokens, sentenceStart, lead);
    const counted = vague === null ? antecedent(ctx, lead, previous) : { kind: 'count' as const, unit: lower(tokens[vague]!) };
    if (counted.unit !== null) return counted;
  }
  const part = partOpeningASentence(ctx, d, lead, previous);
  if (part) return part;
  const approximated = approximationInApposition(tokens, d, lead);
  if (approximated !== null) return { kind: 'count', unit: lower(tokens[approximated]!) };
  // "250 van hen", "Vijf onder hen", "30 daarvan": a part of the count before.
  const partOf = tokens[d.last + 1]?.norm === 'van' || tokens[d.last + 1]?.norm === 'onder';
  const pointer = partOf ? tokens[d.last + 2]?.norm ?? '' : tokens[d.last + 1]?.norm ?? '';
  if (['hen', 'hun', 'ervan', 'daarvan'].includes(pointer)) {
    // "hen" and "hun" are people: a measure before ("voor zes maanden") is none of them.
    const people = pointer === 'hen' || pointer === 'hun';
    return antecedent(ctx, d.first, people ? previous.filter((f) => f.kind !== 'quantity') : previous, d.value);
  }
  // "Die telt 128 agenten, waar de norm 107 is": a bare number right after a framework's noun and its article is the framework's size in
  // what the count before it in its sentence counts.
  if (FRAMEWORK_NOUNS.has(tokens[lead - 1]?.norm ?? '') && ['de', 'het'].includes(tokens[lead - 2]?.norm ?? '') && countBefore?.kind === 'count') {
    return { kind: countBefore.kind, unit: countBefore.unit };
  }
  // "(75 voorzien)", "(80 begroot)": a count in brackets with a participle, after a count, counts what that count counts (in another state).
  const state = tokens[d.last + 1]?.norm ?? '';
  if (tokens[lead - 1]?.text === '(' && (isPastParticiple(state) || STATE_PARTICIPLES.has(state)) && tokens[d.last + 2]?.text === ')' && countBefore && countBefore.end <= tokens[lead - 1]!.start) {
    return { kind: countBefore.kind, unit: countBefore.unit };
  }
  // "Inbraken: 1.234", "Magistraten = actueel 89": a number after a counted noun and a colon or
  // equals sign (and a word of time) counts that noun; after "=" so does any word that opens its
  // line ("Gerechtspersoneel = 221"), where a colon may only name a topic ("Doel: 50").
  const label = tokens[lead - 1]?.type === 'word' && LABEL_ADVERBS.has(tokens[lead - 1]!.norm) ? lead - 1 : lead;
  const sign = tokens[label - 1]?.text ?? '';
  const named = tokens[label - 2];
  const aantalLabel = sign === ':' || sign === '=' ? nounOfAantalLine(tokens, label - 2) : null;
  if (aantalLabel !== null) return { kind: 'count', unit: lower(tokens[aantalLabel]!) };
  // "Verkeersongevallen met gewonden: 234": the label's head, before the complement a preposition opens, is what it counts.
  const head = (sign === ':' || sign === '=') ? labelHeadBeforeComplement(ctx, label - 2) : null;
  if (head !== null) return { kind: 'count', unit: lower(tokens[head]!) };
  // "werd opgetrokken: van 1.000 naar 1.237", "blijkt het hoogst te scoren: 91": a participle or an infinitive before the colon says
  // what happened, it names nothing counted.
  if ((sign === ':' || sign === '=') && named && !isPastParticiple(named.norm) && tokens[label - 3]?.norm !== 'te' && (findCountedNoun(tokens, label - 2, 2) === label - 2 || (sign === '=' && opensLine(ctx, named)))) return { kind: 'count', unit: lower(named) };
  // "12.345 interventies, of 34 per dag": a rate of the count before it in the sentence counts what it counts.
  const rated = previous.at(-1);
  if (tokens[d.last + 1]?.norm === 'per' && TIME_UNITS.has(tokens[d.last + 2]?.norm ?? '') && rated && rated.kind === 'count' && rated.unit !== null && rated.start >= ctx.sentenceOf(d.first)[0]) {
    return { kind: 'count', unit: rated.unit };
  }
  const fact = d.first === lead ? factLineLabel(tokens, d.first, d.last) : null;
  if (fact !== null) return { kind: 'count', unit: lower(tokens[fact]!) };
  // "238 woninginbraken (2020: 301)": the value of another year in brackets counts what the figure before it counts.
  const yearBefore = parseAtom(tokens, lead - 2);
  const before = previous.at(-1);
  if (sign === ':' && label === lead && yearBefore?.yearLike && tokens[lead - 3]?.text === '(' && before && before.unit !== null && before.end <= tokens[lead - 3]!.start && before.start >= ctx.sentenceOf(lead)[0]) {
    return { kind: before.kind, unit: before.unit };
  }
  // "GAS-PV's:" over lines "2020: 61", "2021: 38": a count per year under a label line counts the label's noun.
  if (sign === ':' && label === lead) {
    const header = yearLinesLabel(tokens, lead, d.last);
    if (header !== null) return { kind: 'count', unit: lower(tokens[header]!) };
  }
  // "Q1: 12 inbraken, Q2: 9": a list of labelled numbers counts what its first item counts.
  if (sign === ':' && label === lead) {
    const item = labelledItemBefore(ctx, lead, previous);
    if (item) return item;
  }
  // "89 op 95", "24 magistraten op 24": the norm a count is set against counts what it counts; so does one in brackets after the
  // count's clause ("1.610 agenten te kort (op 13.500)").
  const countedBefore = previous.at(-1);
  if (tokens[lead - 1]?.norm === 'op' && countedBefore && countedBefore.unit !== null && countedBefore.value <= d.value && (countedBefore.end === tokens[lead - 2]?.end || normInBrackets(ctx, countedBefore, lead))) {
    return { kind: countedBefore.kind, unit: countedBefore.unit };
  }
  const speed = impliedSpeed(ctx, d, lead, previous);
  if (speed) return speed;
  const [s] = ctx.sentenceOf(d.first);
  // "bijna 800 agenten te kort op een totaal kader van 7.012": a framework sized in what the sentence counts.
  const counted = previous.at(-1);
  if (tokens[lead - 1]?.norm === 'van' && SIZED_FRAMES.test(tokens[lead - 2]?.norm ?? '') && counted && counted.start >= s && counted.kind === 'count' && counted.unit !== null) {
    return { kind: 'count', unit: counted.unit };
  }
  // "goed voor 21.388 in totaal": the total of what the text counted before.
  if (namesATotal(tokens, d.last + 2)) {
    const counted = antecedent(ctx, d.first, previous);
    if (counted.unit !== null) return counted;
  }
  // "Het aantal jaarlijkse gevallen schommelt … met een daling tot 4.199 in 2017 en een daling naar 3.614": a value a change reached
  // is of the count the sentence named, however far back in it; so is a change from one value to another ("Het aantal doden is met
  // 11 procent gedaald in Vlaanderen (…) en met 8 procent in Wallonië (van 314 naar 289)").
  // "Ook het aantal letselongevallen … was in de eerste helft van dit jaar historisch laag: 1.387": a value after the colon that
  // closes the clause is of the count the clause spoke of, however long the clause.
  const reach = d.previousValue !== null || reachedByAChange(ctx, lead, s) || tokens[lead - 1]?.text === ':' ? Infinity : 12;
  for (let k = d.first - 1; k >= 0 && tokens[k]!.start >= s && k >= d.first - reach; k--) {
    const total = namesATotal(tokens, k);
    // "in een aantal andere grote steden" quantifies vaguely, it names no count.
    if ((!COUNT_REFERENCE_NOUNS.has(tokens[k]!.norm) || tokens[k - 1]?.norm === 'een') && !total) continue;
    const own = total ? null : nounAfterReference(tokens, k);
    if (own !== null && own < d.first) return { kind: 'count', unit: lower(tokens[own]!) };
    return antecedent(ctx, k, previous);
  }
  // "In 2016 kwamen er 670 mensen om, in 2017 daalde dat verder tot 615": a value a change of "dat"/"dit" reached is of the count
  // before it in its sentence, past the change's own rate ("… 334 feiten, vorig jaar is dat met 40 procent gestegen tot 468").
  const taken = lastPastOwnRates(previous, s);
  if (taken && taken.kind === 'count' && taken.unit !== null && taken.start >= sentenceBeforeStart(ctx, s) && reachedByAChange(ctx, lead, s)) {
    for (let k = tokenIndexAt(tokens, taken.end); k < lead; k++) if (DEMONSTRATIVE_SUBJECTS.has(tokens[k]!.norm)) return { kind: 'count', unit: taken.unit };
  }
  // "Ook de fietsdiefstallen zakten naar 75 tegenover 141": a change of a bare number counts the plural noun its sentence opens with;
  // "Op twee jaar tijd daalden de woninginbraken van 543 naar 261": or the one right before its "van", after the verb.
  if (d.previousValue !== null) {
    const noun = openingNoun(tokens, tokenIndexAt(tokens, s), d.first) ?? nounAfterQua(tokens, tokenIndexAt(tokens, s), d.first) ?? nounBeforeTheChange(tokens, d.first) ?? countOfTheSentenceBefore(ctx, d);
    if (noun !== null) return { kind: 'count', unit: lower(tokens[noun]!) };
  }
  return undefined;
}

// Verbs of aiming at a number: "mikken op", "streven naar", "rekenen op", "hopen op".
const AIMING_VERBS: ReadonlySet<string> = new Set(['mikken', 'mikt', 'mikte', 'mikten', 'streven', 'streeft', 'streefde', 'rekenen', 'rekent', 'rekende', 'hopen', 'hoopt', 'hoopte']);
const AIM_PREPOSITIONS: ReadonlySet<string> = new Set(['op', 'naar']);

/**
 * Whether the number at `lead` follows a verb of aiming and its preposition, a pronoun between them at most ("mikken we op 1.500"),
 * or an aim's noun and "van" ("zijn objectief van 200").
 */
function aimedAt(tokens: Token[], lead: number): boolean {
  if (tokens[lead - 1]?.norm === 'van' && AIM_NOUNS.has(tokens[lead - 2]?.norm ?? '')) return true;
  if (!AIM_PREPOSITIONS.has(tokens[lead - 1]?.norm ?? '')) return false;
  return AIMING_VERBS.has(tokens[lead - 2]?.norm ?? '') || (AIMING_VERBS.has(tokens[lead - 3]?.norm ?? '') && tokens[lead - 2]?.type === 'word' && NON_NOUNS.has(tokens[lead - 2]!.norm));
}

/** The lowercase counted noun with its article right before the "van" that opens a change at token `first` ("daalden de woninginbraken van 543 …"), or null. */
function nounBeforeTheChange(tokens: Token[], first: number): number | null {
  const noun = first - 1;
  if (tokens[first]?.norm !== 'van' || tokens[noun - 1]?.norm !== 'de' || !/^\p{Ll}/u.test(tokens[noun]?.text ?? '')) return null;
  return findCountedNoun(tokens, noun, 2) === noun ? noun : null;
}

/**
 * "… wijzen op een forse toename van het aantal intercepties. Het gaat om ruim een vervijfvoudiging: van 1.891 in 2014 naar 9.915 in
 * 2016": a change of bare numbers in a sentence that names no counted noun before it counts the noun of "het aantal" in the sentence
 * before (its last). The noun's token index, or null.
 */
function countOfTheSentenceBefore(ctx: Ctx, d: Draft): number | null {
  const { tokens } = ctx;
  const sentenceStart = tokenIndexAt(tokens, ctx.sentenceOf(d.first)[0]);
  // A capitalised word inside the sentence is a name ("In het Brussels Hoofdstedelijk Gewest was er …"), no counted noun.
  for (let k = sentenceStart; k < d.first; k++) if (findCountedNoun(tokens, k, 0) === k && (k === sentenceStart || /^\p{Ll}/u.test(tokens[k]!.text))) return null;
  // "Het aantal doden is nauwelijks veranderd … Dat aantal stagneert sinds 2014. In Brussel is het gestegen van 9 naar 15": a count
  // the sentence before takes up with "dat aantal" is the one the sentence before that names.
  let end = sentenceStart;
  for (let sentences = 0; sentences < 2 && end > 0; sentences++) {
    const previousStart = tokenIndexAt(tokens, ctx.sentenceOf(end - 1)[0]);
    const aantal = tokens.slice(previousStart, end).findLastIndex((t) => t.norm === 'aantal');
    if (aantal < 0) return null;
    const noun = nounAfterReference(tokens, previousStart + aantal);
    if (noun !== null || !DEMONSTRATIVE_SUBJECTS.has(tokens[previousStart + aantal - 1]?.norm ?? '')) return noun;
    end = previousStart;
  }
  return null;
}

/**
 * The head of a label line whose last word is the noun of a complement: "Verkeersongevallen met gewonden: 234" → "Verkeersongevallen".
 * The head opens the line and is a counted noun; the complement is one preposition and one or two words. Null otherwise.
 */
function labelHeadBeforeComplement(ctx: Ctx, last: number): number | null {
  const { tokens } = ctx;
  for (let p = last - 1; p >= Math.max(1, last - 2); p--) {
    if (!LABEL_COMPLEMENT_PREPOSITIONS.has(tokens[p]?.norm ?? '')) continue;
    const head = p - 1;
    return tokens[head]?.type === 'word' && opensLine(ctx, tokens[head]!) && findCountedNoun(tokens, head, 2) === head ? head : null;
  }
  return null;
}

/** The last figure read, past the shares read in the sentence that starts at `sentenceStart` (a change's own rate: "met 40 procent gestegen tot"). */
const lastPastOwnRates = (previous: FigureReading[], sentenceStart: number) => previous.findLast((f) => f.kind !== 'percentage' || f.start < sentenceStart);

/** Whether the value at token `lead` is what a change reached: "tot"/"naar" after a change noun ("een daling naar") or a verb of change ("steeg vorig jaar tot"). */
function reachedByAChange(ctx: Ctx, lead: number, sentenceStart: number): boolean {
  const { tokens } = ctx;
  if (!['tot', 'naar'].includes(tokens[lead - 1]?.norm ?? '')) return false;
  return CHANGE_NOUNS.has(tokens[lead - 2]?.norm ?? '') || CHANGED_TO.test(ctx.folded.slice(sentenceStart, tokens[lead]!.start));
}

// A speed as the figures stage writes its unit: "km/u", "kilometer per uur", "km per u".
const SPEED_UNIT = /^(?:(?:km|kilometer)(?:\/|\s+per\s+)|per\s+)(?:u|h|uur)$/u;
// Words right before a bare number that make it a speed limit ("boven de toegelaten 30", "maximaal 90").
const LIMIT_WORDS = new Set(['toegelaten', 'maximaal', 'maximum']);
// How far back (UTF-16 units) a speed the text stated may stand: a limit taken up a few sentences on ("In de Xstraat geldt 30 km
// per uur. Er passeerden 412 wagens. Eén wagen reed harder dan de toegelaten 30").
const SPEED_REACH = 300;

/**
 * "terwijl men er 90 mag rijden", "boven de toegelaten 30": a bare number that a limit word or "mag rijden" makes a speed
 * limit is in the unit of the speed the text stated just before; without such a speed it stays a bare number.
 */
function impliedSpeed(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  // "waar je 90 mag rijden", "waar slechts negentig is toegelaten": a limit said after the number.
  const driven = (['mag', 'mogen'].includes(tokens[d.last + 1]?.norm ?? '') && tokens[d.last + 2]?.norm === 'rijden') || (tokens[d.last + 1]?.norm === 'is' && tokens[d.last + 2]?.norm === 'toegelaten');
  if (!driven && !LIMIT_WORDS.has(tokens[lead - 1]?.norm ?? '')) return undefined;
  const from = tokens[d.first]!.start;
  // The nearest speed within reach, past the counts between ("… 412 wagens. Eén wagen reed harder dan de toegelaten 30").
  for (let k = previous.length - 1; k >= 0 && from - previous[k]!.end <= SPEED_REACH; k--) {
    const speed = previous[k]!;
    if (speed.kind === 'quantity' && speed.unit !== null && SPEED_UNIT.test(speed.unit)) return { kind: 'quantity', unit: speed.unit };
  }
  return undefined;
}

/**
 * A bare number alone in a cell of a table written with bars ("| Aantal meldingen | Tonnage |" over "2021 | 2.315 | 75 ton |")
 * counts the noun of its column's header: the first line of the run of barred lines it stands in, its cells matched to the
 * row's from the right (a row's label, such as its year, has no header of its own). Undefined outside such a table, or when
 * the header cell names no counted noun ("Aantal meldingen" → "meldingen", "Inbraken" → "inbraken").
 */
function tableColumnUnit(ctx: Ctx, lead: number): { kind: FigureKind; unit: string } | undefined {
  const { tokens, folded } = ctx;
  const number = tokens[lead]!;
  const cell = numberAloneInCell(folded, number.start, number.end);
  if (!cell) return undefined;
  const named = headerCellOver(folded, cell);
  if (!named) return undefined;
  const noun = headerNoun(tokens, named);
  if (noun !== null) return { kind: 'count', unit: lower(tokens[noun]!) };
  // "| aantal inbraken 2016 | gemiddelde per 100 wooneenheden |": a rate whose header names only its base counts what the column
  // before it counts.
  const before = RATE_BASE_ONLY.test(folded.slice(...named)) && cell.index > 0 ? headerCellOver(folded, { ...cell, index: cell.index - 1 }) : undefined;
  const counted = before ? headerNoun(tokens, before) : null;
  return counted !== null ? { kind: 'count', unit: lower(tokens[counted]!) } : undefined;
}

/** The cell of a barred table that holds the span `start`–`end` and nothing but a number ("| 68 |"), or undefined. */
function numberAloneInCell(folded: string, start: number, end: number): TableCell | undefined {
  const cell = cellAt(folded, start, end);
  return cell && /^\s*[\d.,]+\s*$/u.test(folded.slice(cell.start, cell.end)) ? cell : undefined;
}

/**
 * "| Gemeente | Inbraken 2016 | Inbraken 2017 |" over "| Linkebeek | 68 | 70 |": a number alone in a cell of a barred table is of
 * the one calendar year its column's header names. The index of that year's token, or undefined.
 */
export function columnYear(ctx: Ctx, d: Draft): number | undefined {
  const { tokens, folded } = ctx;
  const cell = numberAloneInCell(folded, tokens[d.first]!.start, tokens[d.last]!.end);
  if (!cell) return undefined;
  const header = headerCellOver(folded, cell);
  if (!header) return undefined;
  const years: number[] = [];
  for (let k = tokenIndexAt(tokens, header[0]); k < tokens.length && tokens[k]!.end <= header[1]; k++) if (CALENDAR_YEAR.test(tokens[k]!.text)) years.push(k);
  return years.length === 1 ? years[0] : undefined;
}

// A header cell of a rate that names its base alone: "gemiddelde per 100 wooneenheden", "per 1.000 inwoners".
const RATE_BASE_ONLY = /^\s*(?:\p{L}+\s+)?per\s+[\d.]+\s+\p{L}/u;

/** The index of the noun a table's header cell (its span) names as counted ("Aantal meldingen" → "meldingen"), or null. */
function headerNoun(tokens: Token[], [start, end]: [number, number]): number | null {
  let k = tokenIndexAt(tokens, start);
  while (tokens[k]?.type === 'sym') k++;
  const noun = COUNT_REFERENCE_NOUNS.has(tokens[k]?.norm ?? '') ? nounAfterReference(tokens, k) : findCountedNoun(tokens, k, 2);
  return noun !== null && tokens[noun]!.end <= end ? noun : null;
}

/**
 * A count in a cell of a table whose columns are years ("Alken 44 36 48 32" under "2016 2017 2018 2019") counts the noun its block's
 * label opens with ("1. Agenten lokale politie die er wonen"), else the noun the line of years opens with ("Woninginbraken 2016 2017
 * …"), else the last count of the paragraph the table follows ("In 2019 stelde de zone 122 woninginbraken vast …"), else the noun of
 * "aantal" in that paragraph, the table's caption ("Aantal woninginbraken per gemeente"). Undefined outside such a table, or when none
 * names a noun.
 */
function yearTableUnit(ctx: Ctx, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  const cell = ctx.yearTables.cellAt(tokens[lead]!.start);
  const row = cell ? ctx.yearTables.rowAt(tokens[lead]!.start) : undefined;
  if (!row) return undefined;
  for (const labelStart of [cell!.column?.[0], row.section?.[0], row.header]) {
    if (labelStart === undefined) continue;
    const label = tokenIndexAt(tokens, labelStart);
    const named = tokens[label]?.type === 'word' ? findCountedNoun(tokens, label, 2) : null;
    if (named !== null) return { kind: 'count', unit: lower(tokens[named]!) };
  }
  const count = previous.findLast((f) => f.end <= row.header && f.start >= row.lead && f.kind === 'count' && f.unit !== null);
  if (count) return { kind: 'count', unit: count.unit! };
  // "Aantal woninginbraken per gemeente" over the table: its caption names what it counts.
  for (let k = tokenIndexAt(tokens, row.lead); k < tokens.length && tokens[k]!.end <= row.header; k++) {
    const noun = COUNT_REFERENCE_NOUNS.has(tokens[k]!.norm) ? nounAfterReference(tokens, k) : null;
    if (noun !== null && tokens[noun]!.end <= row.header) return { kind: 'count', unit: lower(tokens[noun]!) };
  }
  // "1 Diefstal en afpersing 825 990" under "2016 2015": a row labelled with a category counts it.
  const label = categoryLabelWords(tokens, row.label);
  return label ? { kind: 'count', unit: label.map(lower).join(' ') } : undefined;
}

/**
 * "2017 ⏎ 2018" over "4925 ⏎ 5310": the value of a cell of a table of one row set out a cell per line changes from the cell of the
 * year before it (`YearCell.yearBefore`), the yearly series' step. Null for any other number.
 */
export function tableSeriesOldValue(ctx: Ctx, d: Draft, previous: FigureReading[]): number | null {
  const before = ctx.yearTables.cellAt(ctx.tokens[d.first]!.start)?.yearBefore;
  return before === undefined ? null : previous.findLast((f) => f.start === before)?.value ?? null;
}

/**
 * The words of a table row's label that names a category rather than a place ("Diefstal en afpersing", "Verdovende middelen"): a
 * lowercase word of three letters or more after its first word, which a place's name ("Sint-Pieters-Leeuw", "PZ Regio Tielt") has
 * not. Undefined for another label.
 */
export function categoryLabelWords(tokens: Token[], label: readonly [number, number]): Token[] | undefined {
  const words: Token[] = [];
  for (let k = tokenIndexAt(tokens, label[0]); k < tokens.length && tokens[k]!.end <= label[1]; k++) words.push(tokens[k]!);
  const lowercase = words.slice(1).some((t) => t.type === 'word' && t.text.length >= 3 && /^\p{Ll}/u.test(t.text));
  return lowercase && words.every((t) => t.type === 'word') ? words : undefined;
}

// How many words may stand between a count and the bracket of the norm it is set against ("1.610 agenten te kort (op 13.500)").
const NORM_BRACKET_REACH = 3;

/** Whether "(op" opens right before token `lead` a few words after `count`, words only between: "1.610 agenten te kort (op 13.500)". */
function normInBrackets(ctx: Ctx, count: FigureReading, lead: number): boolean {
  const { tokens } = ctx;
  if (tokens[lead - 2]?.text !== '(' || tokens[lead - 2]!.start < count.end) return false;
  const between = tokens.slice(tokenIndexAt(tokens, count.end), lead - 2);
  return between.length <= NORM_BRACKET_REACH && between.every((t) => t.type === 'word');
}

// How many words may stand between a figure and the bracket after it ("15.806 feiten geregistreerd (15.764 in 2017)").
const BRACKET_AFTER_REACH = 2;

/**
 * Whether the number at `d` opens brackets a few words at most after a figure that ends at `countEnd`, a year right after it
 * closing them: "8.421 (8.042 in 2017)", "15.806 feiten geregistreerd (15.764 in 2017)", that figure's count in another year.
 */
function countInAnotherYear(tokens: Token[], d: Draft, lead: number, countEnd: number): boolean {
  if (tokens[lead - 1]?.text !== '(' || tokens[lead - 1]!.start < countEnd) return false;
  const year = tokens[d.last + 2];
  if (tokens[d.last + 1]?.norm !== 'in' || year?.type !== 'num' || !CALENDAR_YEAR.test(year.text) || tokens[d.last + 3]?.text !== ')') return false;
  const between = tokens.slice(tokenIndexAt(tokens, countEnd), lead - 1);
  return between.length <= BRACKET_AFTER_REACH && between.every((t) => t.type === 'word');
}

// Relative partitives, which follow the noun of the whole they count a part of.
const RELATIVE_PARTITIVES: ReadonlySet<string> = new Set(['waarvan', 'waaronder']);
// How many tokens before "er" a relative partitive may stand ("waarvan de zone er 53 heeft").
const RELATIVE_REACH = 4;

/**
 * The noun right before the relative partitive at or a few words before token `partitive` ("de buurtinformatienetwerken (BIN’s),
 * waarvan de zone er 53 heeft"), past a comma and a bracketed abbreviation: a lowercase noun no number counts, else null. Without
 * such a noun there ("561 aanhoudingen, waarvan 159") the count before is found as for any partitive.
 */
function nounBeforeRelative(tokens: Token[], partitive: number): number | null {
  let k = partitive;
  while (k > partitive - RELATIVE_REACH && k > 0 && !RELATIVE_PARTITIVES.has(tokens[k]!.norm)) k--;
  if (!RELATIVE_PARTITIVES.has(tokens[k]?.norm ?? '')) return null;
  let j = k - 1;
  if (tokens[j]?.text === ',') j--;
  if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(') j -= 3;
  const t = tokens[j];
  // A noun a number counts ("561 aanhoudingen in 12 zones, waarvan 159", "2,4 miljoen euro, waarvan") leaves the whole to the figures read.
  const counted = [1, 2, 3].some((n) => tokens[j - n]?.type === 'num');
  return t && !counted && /^\p{Ll}/u.test(t.text) && findCountedNoun(tokens, j, 2) === j ? j : null;
}

/**
 * "komen er van dit type camera nog twee bij": a partitive "er van …" names what the number counts, the last noun before the
 * number and its adverbs. Null when no "van" follows the partitive.
 */
function namedAfterPartitive(tokens: Token[], partitive: number, lead: number): { kind: FigureKind; unit: string } | null {
  if (tokens[partitive + 1]?.norm !== 'van') return null;
  let k = lead - 1;
  while (k > partitive + 1 && NON_NOUNS.has(tokens[k]!.norm)) k--;
  return k > partitive + 1 && tokens[k]!.type === 'word' ? { kind: 'count', unit: lower(tokens[k]!) } : null;
}

// How many tokens after a bare number its clause may name another count ("84 zijn voor 21.000 inwoners").
const NEXT_COUNT_REACH = 4;

/** The noun of the count right after the bare number at `d` in its clause ("84 zijn voor 21.000 inwoners" → "inwoners"), or null. */
function nounOfTheNextCount(ctx: Ctx, d: Draft): string | null {
  const { tokens } = ctx;
  for (let k = d.last + 1; k <= d.last + NEXT_COUNT_REACH && tokens[k]; k++) {
    const t = tokens[k]!;
    if (t.type === 'sym') return null;
    if (t.type === 'num' || parseAtom(tokens, k)?.isWord === true) {
      const noun = findCountedNoun(tokens, k + 1, 2);
      return noun === null ? null : lower(tokens[noun]!);
    }
  }
  return null;
}

// How many sentences before its own a rate's numerator looks for the noun the text rates ("de meeste agenten per inwoners").
const RATED_NOUN_REACH = 2;

// "het gemiddelde", "het Belgische gemiddelde" in a clause that runs on to the number, no comma, colon or semicolon between.
const AVERAGE_IN_CLAUSE = /(?<![\p{L}])het\s+(?:\p{L}+\s+)?gemiddelde(?![\p{L}])[^,;:]*$/u;

/**
 * "Limburg heeft recht op 27 politiemensen per 10.000 inwoners, terwijl het gemiddelde in België 41 is", "Het Vlaamse gemiddelde
 * bedraagt 31.": a bare number that "het gemiddelde" in its clause is the value of counts what the count before it, in its sentence
 * or the one before, counts. Undefined otherwise.
 */
function averageOfTheCountBefore(ctx: Ctx, lead: number, last: FigureReading | undefined): { kind: FigureKind; unit: string } | undefined {
  if (!last || last.unit === null || (last.kind !== 'count' && last.kind !== 'quantity')) return undefined;
  const [sentenceStart] = ctx.sentenceOf(lead);
  if (last.start < sentenceBeforeStart(ctx, sentenceStart)) return undefined;
  return AVERAGE_IN_CLAUSE.test(ctx.folded.slice(Math.max(last.end, sentenceStart), ctx.tokens[lead]!.start)) ? { kind: last.kind, unit: last.unit } : undefined;
}

/**
 * "… gemeenten met de meeste agenten per inwoners. Blankenberge klokt af op 39,4 per 10.000 inwoners": a bare number before "per"
 * and a base counts the noun the text rates per that base ("agenten per inwoners"), in its sentence or the two before; else, as a
 * rate of a count its sentence states ("De zone telt 300 agenten, of 2,4 per 1.000 inwoners"), what that count counts (not the
 * base's noun: "9.478 agenten … voor 1,006 miljoen inwoners of 9,4 per 1.000 inwoners"). Undefined when the number is no rate's
 * or no such noun is named.
 */
function ratedNounOfTheText(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (tokens[d.last + 1]?.norm !== 'per') return undefined;
  let base = d.last + 2;
  if (tokens[base]?.type === 'num') base++;
  const baseNoun = tokens[base];
  if (baseNoun?.type !== 'word') return undefined;
  let [from] = ctx.sentenceOf(lead);
  for (let n = 0; n < RATED_NOUN_REACH && from > 0; n++) from = ctx.sentenceOf(tokenIndexAt(tokens, from) - 1)[0];
  for (let k = lead - 2; k > 0 && tokens[k]!.start >= from; k--) {
    if (tokens[k]!.norm !== 'per') continue;
    const next = tokens[k + 1]?.type === 'num' ? k + 2 : k + 1;
    const rated = tokens[k - 1]!;
    if (tokens[next]?.norm === baseNoun.norm && rated.type === 'word' && findCountedNoun(tokens, k - 1, 2) === k - 1) return { kind: 'count', unit: lower(rated) };
  }
  const [sentenceStart] = ctx.sentenceOf(lead);
  const stated = previous.findLast((f) => f.start >= sentenceStart && f.kind === 'count' && f.unit !== null && f.unit.toLowerCase() !== baseNoun.norm);
  return stated?.unit != null ? { kind: 'count', unit: stated.unit } : undefined;
}

/**
 * "Van de 30 open vacatures zijn er 18 ingevuld" reads with "er"; "bij de recherche zijn er van de 30 open vacatures 18 ingevuld"
 * fronts the whole right before the part: a bare number right after a count introduced by "van (de)", and smaller than it,
 * is a part of that count and counts its noun. Null otherwise.
 */
function frontedWhole(ctx: Ctx, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string | null } | null {
  const { tokens } = ctx;
  const whole = previous.at(-1);
  const d = parseAtom(tokens, lead);
  if (!whole || !d || whole.kind !== 'count' || whole.unit === null || whole.end !== tokens[lead - 1]?.end || d.value >= whole.value) return null;
  return introducedByVan(tokens, tokenIndexAt(tokens, whole.start)) ? { kind: 'count', unit: whole.unit } : null;
}

/**
 * The unit of the labelled item before a bare number that follows a label and a colon ("Q1: 12
 * inbraken, Q2: 9", or one item per line): the figure just before, when it too followed a colon,
 * stands in the same sentence or on the line before, and had a unit; else null.
 */
function labelledItemBefore(ctx: Ctx, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string | null } | null {
  const { tokens } = ctx;
  const f = previous.at(-1);
  if (!f || f.unit === null) return null;
  const colonBefore = /:\s*(?:[-+]\s*)?$/u.test(ctx.folded.slice(Math.max(0, f.start - 4), f.start));
  if (!colonBefore) return null;
  const between = ctx.folded.slice(f.end, tokens[lead]!.start);
  const sameSentence = f.start >= ctx.sentenceOf(lead)[0];
  const lineBefore = (between.match(/\n/g) ?? []).length === 1 && !/\n\s*\n/u.test(between);
  return sameSentence || lineBefore ? { kind: f.kind, unit: f.unit } : null;
}

const OPENING_FOCUS = new Set(['ook', 'zelfs', 'enkel', 'alleen', 'vooral', 'de', 'het', 'die', 'deze', 'alle', 'meeste']);

/** The plural noun that opens a sentence (after focus words, an article and adjectives) and that a word follows, before token `end`; else null. */
function openingNoun(tokens: Token[], from: number, end: number): number | null {
  let k = from;
  while (k < end && (tokens[k]!.type === 'sym' || OPENING_FOCUS.has(tokens[k]!.norm))) k++;
  const noun = k < end ? findCountedNoun(tokens, k, 2) : null;
  // "West-Vlaanderen staat op de zevende plaats …": a name of capitalised parts is no plural noun.
  return noun !== null && noun < end - 1 && tokens[noun + 1]?.type === 'word' && !NAME_OF_PARTS.test(tokens[noun]!.text) ? noun : null;
}
// A name whose parts a hyphen joins, each capitalised: "West-Vlaanderen", "Sint-Niklaas".
const NAME_OF_PARTS = /^\p{Lu}\p{L}*-\p{Lu}/u;

/** "staat op de zevende plaats qua geregistreerde diefstallen, met een trend van 1.633 naar 1.930": the plural noun "qua" names before token `end`. */
function nounAfterQua(tokens: Token[], from: number, end: number): number | null {
  for (let k = from; k < end; k++) if (tokens[k]!.norm === 'qua') return findCountedNoun(tokens, k + 1, 2);
  return null;
}

/** A word that opens its line ("Gerechtspersoneel = 221"): the label of what follows it. */
const opensLine = (ctx: Ctx, t: Token) => t.type === 'word' && !NON_NOUNS.has(t.norm) && /(?:^|\n)[^\S\n]*$/u.test(ctx.folded.slice(Math.max(0, t.start - 8), t.start));
const LABEL_ADVERBS = new Set(['actueel', 'momenteel', 'nu', 'thans', 'vandaag', 'samen', 'totaal']);
// How far back from the colon a label line may open with "Aantal" ("Aantal vastgestelde inbreuken in verband met de rij- en rusttijden").
const AANTAL_LABEL_REACH = 12;

/**
 * "Aantal vastgestelde inbreuken in verband met alcohol : 3 960": a label line that opens with "Aantal"
 * counts the noun after it, not the last word before the colon (a topic: "alcohol", "drugs"). The
 * index of that noun, or null when the line before the colon at token `end` does not open so.
 */
function nounOfAantalLine(tokens: Token[], end: number): number | null {
  for (let k = end; k >= 0 && k >= end - AANTAL_LABEL_REACH; k--) {
    const t = tokens[k]!;
    if (t.type === 'word' && FINITE_VERBS.has(t.norm)) return null;
    if (t.lineStart) return t.norm === 'aantal' ? findCountedNoun(tokens, k + 1, 2) : null;
  }
  return null;
}
const COORDINATORS = new Set([',', 'en', 'of']);
const CONTRASTS = new Set(['tegenover', 'versus', 'vs', 'tov']);

/**
 * The number of tokens of a contrast ending right before token `k`: "tegenover", "tov" (1),
 * "ten opzichte van" (3), "t.o.v." (5 or 6 tokens); 0 when none ends there.
 */
export function contrastBefore(tokens: Token[], k: number): number {
  if (CONTRASTS.has(tokens[k - 1]?.norm ?? '')) return 1;
  if (tokens[k - 1]?.norm === 'van' && tokens[k - 2]?.norm === 'opzichte' && tokens[k - 3]?.norm === 'ten') return 3;
  const dotted = tokens[k - 1]?.text === '.' ? 1 : 0;
  if (tokens[k - 1 - dotted]?.norm === 'v' && tokens[k - 3 - dotted]?.norm === 'o' && tokens[k - 5 - dotted]?.norm === 't' && tokens[k - 2 - dotted]?.text === '.') return 5 + dotted;
  return 0;
}

/** The token after a contrast that starts at token `k` ("tegenover", "ten opzichte van", "t.o.v."), or null. */
export function contrastAfter(tokens: Token[], k: number): number | null {
  // "t.o.v." before "t.o.v": read without its last full stop, the dotted form would end on that stop.
  for (const n of [1, 3, 6, 5]) if (contrastBefore(tokens, k + n) === n) return k + n;
  return null;
}
const GAPPING_PREPOSITIONS = new Set(['voor', 'wegens', 'omwille', 'bij', 'in', 'op', 'uit', 'tegen', 'van', 'naar', 'aan', 'met', 'door']);
// Prepositions that say where an item is ("op de afdeling", "bij de vrouwen", "in Gent").
const WHERE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'op', 'bij']);
// A gapped item ends its clause: a clause mark, or "en" that opens the next item ("…, de lokale politie 34.000 en …").
const GAPPED_ITEM_ENDS: ReadonlySet<string> = new Set([...CLAUSE_END_MARKS, 'en']);
const LIST_FILLERS = new Set(['nog', 'eens', 'ook', 'dan']);
// A time that opens a gapped item: "in 2017", "vorig jaar", "een jaar eerder", "het jaar ervoor".
const TIME_AFTER_ITEM = /^(?:(?:in|tijdens)\s+(?:19|20)\d\d(?!\d)|(?:vorig|verleden)\s+jaar|(?:een|het)\s+jaar\s+(?:eerder|ervoor|daarvoor|voordien|later|nadien|daarna))/u;
// An opening bracket, with a sign, right before a figure: "(13,5 procent)", "(- 30 procent".
const BRACKET_OPEN = /\(\s*[-+]?\s*$/u;

/**
 * A bare number in a list that leaves its noun out after the first item: "71 aanhoudingen
 * omwille van geweld, 43 omwille van fraude en 42 omwille van …" (the word after both is the
 * same), or that leaves out verb and noun and ends its clause: "De federale politie telt 12.000
 * personeelsleden, de lokale politie 34.000", "561 aanhoudingen in 2019, in 2020 600", or that
 * goes on without noun or preposition ("25 vacatures lopende en 4 nog te publiceren"). It takes
 * the unit of the item just before it in the sentence (the count, when the figure before is its
 * amount: "vijf boetes van 250 euro en twee van 350 euro").
 */
function gappedUnit(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string | null } | undefined {
  const { tokens } = ctx;
  // A share in brackets after an item ("232 aangiftes in Heverlee (13,5 procent), 123 in Kessel-Lo")
  // is an aside: the list goes on from the item before it. Inside the brackets ("(1 reeds in bezit, 5
  // nieuwe)") the list is the bracket's own.
  const aside = previous.at(-1);
  const closedAside = aside !== undefined && previous.length > 1 && BRACKET_OPEN.test(ctx.folded.slice(Math.max(0, aside.start - 4), aside.start)) &&
    ctx.folded.slice(aside.end, tokens[lead]!.start).includes(')');
  const last = itemOf(ctx, previous, previous.length - (closedAside ? 2 : 1));
  if (!last || last.unit === null || last.start < ctx.sentenceOf(d.first)[0]) return undefined;
  const inherited = { kind: last.kind, unit: last.unit };
  // "450 GAS-boetes, tegenover 380 in Genk": the count it is set against (against an earlier time it is the old value of one change).
  if (contrastBefore(tokens, lead) > 0) return inherited;
  // "502 camera's in gebruik tegen 12 in Wallonië": "tegen" sets the count in another named place against it.
  if (tokens[lead - 1]?.norm === 'tegen' && d.last === lead && tokens[lead + 1]?.norm === 'in' && /^\p{Lu}/u.test(tokens[lead + 2]?.text ?? '')) return inherited;
  // "…, en nog eens 75 van de universiteit": focus words between the coordinator and the number.
  while (lead > 0 && LIST_FILLERS.has(tokens[lead - 1]!.norm)) lead--;
  if (COORDINATORS.has(tokens[lead - 1]?.norm ?? '')) {
    const after = tokens[d.last + 1];
    // The token right after the figure before: searched back from this one, within the sentence.
    let lastEnd = lead - 1;
    while (lastEnd > 0 && tokens[lastEnd - 1]!.start >= last.end) lastEnd--;
    // "120 diefstallen (2019) en 110 (2020)": both items' brackets say the same of each.
    if (after?.text === '(' && tokens[lastEnd]?.text === '(' && tokens[lastEnd]!.start >= last.end) return inherited;
    // "1.744 fietsdiefstallen en 1.713 in 2017", "waren dat er zelfs 2.149 en 2.272.": one number coordinated right after the count
    // (no "respectievelijk" list, no change "van … naar …"), the same count at another time, or closing the clause with it.
    const closing = tokens[lead - 1]!.norm === 'en' && (after === undefined || CLAUSE_END_MARKS.has(after.norm));
    const single = d.valueMax === null && d.previousValue === null && tokens[lead]!.type === 'num' && respectiveList(tokens, lead) === null;
    if (single && lastEnd === lead - 1 && (closing || (after !== undefined && TIME_AFTER_ITEM.test(ctx.folded.slice(after.start, after.start + 24))))) return inherited;
    if (!after || after.type !== 'word' || tokens[lastEnd]!.start < last.end) return undefined;
    if (tokens[lastEnd]!.norm === after.norm) return inherited;
    // "1.045 pv's opgesteld voor snelheid en 312 voor rijden onder invloed": the same preposition opens both items' complement.
    // "in Geetbets veertien, negentien in Kortenaken": or the one that opened the item before, ahead of its number, with its object
    // between ("een boete van 150 euro en twee van 300 euro": "van" right before the amount frames it, it opens no item).
    const lastFirst = tokenIndexAt(tokens, last.start);
    // "365 bedden op de mannenafdeling en 62 bij de vrouwen": prepositions of where stand for each other.
    const sameRole = (t: Token) => t.norm === after.norm || (WHERE_PREPOSITIONS.has(t.norm) && WHERE_PREPOSITIONS.has(after.norm));
    const parallel = GAPPING_PREPOSITIONS.has(after.norm) && (tokens.slice(lastEnd, lead - 1).some((t, n) => n <= 3 && sameRole(t)) ||
      tokens.slice(Math.max(0, lastFirst - 3), lastFirst - 1).some((t) => t.norm === after.norm && t.start >= ctx.sentenceOf(d.first)[0]));
    if (parallel) return inherited;
    // "25 vacatures lopende en 4 nog te publiceren": an item that goes on without a noun or preposition.
    return !GAPPING_PREPOSITIONS.has(after.norm) && closesGappedItem(tokens.slice(lastEnd, lead - 1), last) ? inherited : undefined;
  }
  const next = tokens[d.last + 1];
  if (next && !GAPPED_ITEM_ENDS.has(next.norm)) return undefined;
  // Between the coordinator and the number: the contrasted phrase ("de lokale politie", "in 2020"), no verb.
  // A preposition right before the number governs it ("onder de grens van 300"): a phrase of its own.
  if (GAPPING_PREPOSITIONS.has(tokens[lead - 1]?.norm ?? '')) return undefined;
  for (let k = lead - 1; k >= 0 && k >= lead - 6 && tokens[k]!.start >= last.end; k--) {
    const t = tokens[k]!;
    if (COORDINATORS.has(t.norm)) return k < lead - 1 ? inherited : undefined;
    // ", ofwel 31,5 miljoen" restates an amount in another unit; it leaves nothing out.
    if (FINITE_VERBS.has(t.norm) || RESTATING_WORDS.has(t.norm) || (t.type === 'num' && !/^(?:19|20)\d\d$/.test(t.text)) || t.type === 'sym') return undefined;
  }
  return undefined;
}

/** The most year lines {@link yearLinesLabel} reads back over to their label. */
const YEAR_LINES = 12;

/**
 * A number alone on a line after a year and a colon ("2021: 521"), in a run of such lines under a label line that
 * ends in a colon and opens with a plural noun ("Criminaliteitscijfers uit de barometer:", "GAS-PV's:"), or that is the
 * plural noun alone ("Woninginbraken"): the index
 * of that noun, which each line's number counts; null when the lines are not such a run.
 */
export function yearLinesLabel(tokens: Token[], lead: number, last: number): number | null {
  const isYearLine = (from: number, to: number) =>
    from >= 0 && to - from === 3 && tokens[from]?.type === 'num' && CALENDAR_YEAR.test(tokens[from]!.text) && tokens[from + 1]?.text === ':' && tokens[from + 2]?.type === 'num';
  const after = tokens[last + 1];
  if ((after !== undefined && !after.lineStart) || !isYearLine(lead - 2, lead + 1)) return null;
  let lineStart = lead - 2;
  if (!tokens[lineStart]!.lineStart) return null;
  for (let n = 0; n <= YEAR_LINES && lineStart > 0; n++) {
    let previous = lineStart - 1;
    while (previous > 0 && !tokens[previous]!.lineStart) previous--;
    if (isYearLine(previous, lineStart)) {
      lineStart = previous;
      continue;
    }
    // "GAS-PV's:" closes with a colon; "Woninginbraken" alone on its line, as a heading, names the lines' noun too.
    const closesWithColon = tokens[lineStart - 1]!.text === ':';
    const loneNoun = lineStart - previous === 1;
    return (closesWithColon || loneNoun) && findCountedNoun(tokens, previous, 2) === previous ? previous : null;
  }
  return null;
}

/** The most items and the most tokens per item that {@link unitOfTheLastItem} reads ahead. */
const FORWARD_ITEMS = 4;
const FORWARD_ITEM_TOKENS = 8;

/**
 * A bare number in a list whose noun only the last item names: "in Antwerpen 133, in Oost-Vlaanderen
 * 75 en in Limburg 86 tijdelijke huisverboden" (the noun is said once, at the end). Each item opens with
 * the same preposition (the parallel that makes it a list, not two clauses) and holds one number; the
 * number is the last token of its item, right before the comma or "en" that opens the next. The unit is
 * the counted noun after the last item's number; undefined when the items are not parallel or no item
 * within {@link FORWARD_ITEMS} names one.
 */
function unitOfTheLastItem(ctx: Ctx, d: Draft, lead: number): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  const [, sentenceEnd] = ctx.sentenceOf(d.first);
  const opener = itemOpener(tokens, lead);
  if (opener === null) return undefined;
  let k = d.last + 1;
  for (let item = 0; item < FORWARD_ITEMS; item++) {
    if (!LIST_JOINERS.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== opener) return undefined;
    let number = k + 2;
    while (number < k + 1 + FORWARD_ITEM_TOKENS && tokens[number] && tokens[number]!.type !== 'num') {
      if (tokens[number]!.end > sentenceEnd || FINITE_VERBS.has(tokens[number]!.norm) || LIST_JOINERS.has(tokens[number]!.norm)) return undefined;
      number++;
    }
    if (tokens[number]?.type !== 'num') return undefined;
    const noun = findCountedNoun(tokens, number + 1, 2);
    if (noun !== null) return { kind: 'count', unit: lower(tokens[noun]!) };
    k = number + 1;
  }
  return undefined;
}

/** The preposition that opens the list item ending at token `lead - 1` ("in" of "in de provincie Antwerpen 133"): the nearest word of {@link GAPPING_PREPOSITIONS} before it, with only words between and no verb; else null. */
function itemOpener(tokens: Token[], lead: number): string | null {
  for (let k = lead - 1; k >= 0 && k >= lead - FORWARD_ITEM_TOKENS; k--) {
    const t = tokens[k]!;
    // "in 133" is the preposition's own object, no item that names something before its number.
    if (GAPPING_PREPOSITIONS.has(t.norm)) return k < lead - 1 ? t.norm : null;
    if (t.type !== 'word' || FINITE_VERBS.has(t.norm) || LIST_JOINERS.has(t.norm)) return null;
  }
  return null;
}

/**
 * The list item a figure belongs to: the count before it when the figure is that count's amount
 * ("vijf boetes van 250 euro en twee van 350 euro": the item is "vijf boetes"), else the figure.
 */
function itemOf(ctx: Ctx, previous: FigureReading[], index: number): FigureReading | undefined {
  const figure = previous[index];
  const owner = previous[index - 1];
  if (!figure || figure.kind !== 'money' || !owner || owner.kind !== 'count') return figure;
  const between = ctx.folded.slice(owner.end, figure.start);
  return /^\s+van\s+$/u.test(between) ? owner : figure;
}

/**
 * Whether the words between a counted figure and the coordinator before a bare number close a
 * list item whose noun the next item leaves out: at most four words of a predicate or adverbial
 * without a finite verb or another number ("25 vacatures lopende en 4 nog te publiceren", "1
 * reeds in bezit, 5 nieuwe aangekocht"). A verb there starts a clause of its own.
 */
function closesGappedItem(between: Token[], item: FigureReading): boolean {
  return item.kind === 'count' && between.length > 0 && between.length <= 4 && between.every((t) => t.type === 'word' && !FINITE_VERBS.has(t.norm));
}

/** Whether a bare number stands alone between a comma and "namelijk" or "met" and a comma or full stop. */
function isRestatingAside(tokens: Token[], lead: number, last: number): boolean {
  return ASIDE_OPENERS.has(tokens[lead - 1]?.norm ?? '') && tokens[lead - 2]?.text === ',' && ASIDE_CLOSERS.has(tokens[last + 1]?.text ?? '.');
}
const ASIDE_OPENERS = new Set(['namelijk', 'met']);
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
const ASIDE_CLOSERS = new Set([',', '.', ';']);

const OPENING_QUOTES = /^[\s‘“'"«]*$/u;

/**
 * "De politie controleerde 5.501 bestuurders. 373 reden te snel.", "Er waren 50 klachten. 12 werden geseponeerd.", "… nog zo'n
 * honderdvijftig. ‘Een tiental was ook dronken": a bare number in digits (or an approximate "-tal" with its article) opening its
 * sentence, a lowercase word (its verb) right after it, is a part of the count the sentence before ends on (the last count
 * there, larger than it) and counts what that counts.
 */
function partOpeningASentence(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  const [start] = ctx.sentenceOf(d.first);
  const verb = tokens[d.last + 1];
  // "Een tiental was ook serieus dronken": an approximate "-tal" opens its sentence as digits do (with its article).
  const opener = d.approx && tokens[d.first - 1]?.norm === 'een' ? d.first - 1 : d.first;
  // A quotation may open the sentence ("‘Een tiental was …").
  const opens = OPENING_QUOTES.test(ctx.folded.slice(start, tokens[opener]!.start));
  if ((d.wordsOnly && !d.approx) || lead !== d.first || !opens || !verb || verb.type !== 'word' || !/^\p{Ll}/u.test(verb.text)) return undefined;
  const counted = previous.at(-1);
  if (!counted || counted.kind !== 'count' || counted.unit === null || counted.value <= d.value || counted.end > start) return undefined;
  const [before] = ctx.sentenceOf(tokenIndexAt(tokens, counted.start));
  return before === ctx.sentenceOf(tokenIndexAt(tokens, start) - 1)[0] ? { kind: 'count', unit: counted.unit } : undefined;
}

/**
 * "Vooral griffiers, een 130-tal.": an approximate number ("-tal") alone after a comma, closing its
 * clause, is in apposition to the plural noun before the comma and counts it. The index of that
 * noun, or null. Only "-tal" numbers: an exact bare number after a noun and a comma is as often a
 * new item of a list ("inbraken, 12 diefstallen") as an apposition.
 */
function approximationInApposition(tokens: Token[], d: Draft, lead: number): number | null {
  if (!d.approx) return null;
  const article = tokens[lead - 1]?.norm === 'een' ? lead - 1 : lead;
  const noun = article - 2;
  if (tokens[article - 1]?.text !== ',' || !ASIDE_CLOSERS.has(tokens[d.last + 1]?.text ?? '.')) return null;
  return findCountedNoun(tokens, noun, 2) === noun ? noun : null;
}

/**
 * The closest noun counted by a vague quantifier or a comparative ("enkele agenten", "meer
 * interventies") in the sentence that starts at offset `sentenceStart`, before token `end`; null
 * when there is none.
 */
function vaguelyCounted(tokens: Token[], sentenceStart: number, end: number): number | null {
  for (let k = end - 1; k > 0 && tokens[k - 1]!.start >= sentenceStart; k--) {
    if (!VAGUE_QUANTIFIERS.has(tokens[k - 1]!.norm)) continue;
    const noun = findCountedNoun(tokens, k, 2);
    if (noun !== null && noun < end) return noun;
  }
  return null;
}
const VAGUE_QUANTIFIERS = new Set(['enkele', 'enige', 'veel', 'vele', 'meer', 'minder', 'weinig', 'verschillende', 'diverse', 'talrijke']);

const TOTAL_MARKERS = new Set(['het', 'dat', 'dit', 'in']);
/** Whether token `k` is "totaal" as a noun ("het totaal", "in totaal"), not the adverb of "een totaal kader". */
const namesATotal = (tokens: Token[], k: number) => tokens[k]?.norm === 'totaal' && TOTAL_MARKERS.has(tokens[k - 1]?.norm ?? '');

/** The noun after "aantal" ("het aantal geregistreerde inbraken" → index of "inbraken"). */
function nounAfterReference(tokens: Token[], k: number): number | null {
  let n = k + 1;
  if (tokens[n]?.norm === 'aan' || tokens[n]?.norm === 'van') n++;
  const noun = findCountedNoun(tokens, n, 2);
  // "moet dat aantal opgetrokken worden tot 200", "werd dat cijfer opgedreven tot 1.300": a participle with its auxiliary or the
  // preposition of its change after the reference is the clause's verb, no noun it counts; "het aantal gemeenschapswachten groeide"
  // has the participle's shape but neither.
  const verb = noun !== null && isPastParticiple(tokens[noun]!.norm) && (PASSIVE_AUXILIARIES.has(tokens[noun + 1]?.norm ?? '') || CHANGE_ENDS.has(tokens[noun + 1]?.norm ?? ''));
  return verb ? null : noun;
}
const CHANGE_ENDS: ReadonlySet<string> = new Set(['tot', 'naar']);

const CAPACITY = /capaciteit$/u;
const ROOM_NOUNS = new Set(['plaats', 'plaatsen', 'ruimte']);

/**
 * A bare capacity counts what the count before it in its sentence counts: "283 gevangenen verblijven bovenop de
 * maximumcapaciteit van 744", "12.635 gevangenen …, terwijl er slechts plaats is voor 11.040" (the room for them), and the number above
 * it, "een capaciteit van 612 gevangenen plus 142". Undefined when it follows no such phrase or no count with a noun.
 */
function capacityOf(ctx: Ctx, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  const before = previous.at(-1);
  if (!before || before.kind !== 'count' || before.unit === null || before.start < ctx.sentenceOf(lead)[0]) return undefined;
  const p = tokens[lead - 1]?.norm;
  // "plaats voor 11.040", "plaats is voor 11.040".
  const room = p === 'voor' && (ROOM_NOUNS.has(tokens[lead - 2]?.norm ?? '') || (FORMS_OF_ZIJN.has(tokens[lead - 2]?.norm ?? '') && ROOM_NOUNS.has(tokens[lead - 3]?.norm ?? '')));
  const framed = (p === 'van' && CAPACITY.test(tokens[lead - 2]?.norm ?? '')) || room;
  const above = p === 'plus' && tokens[lead - 2]?.end === before.end;
  return framed || above ? { kind: 'count', unit: before.unit } : undefined;
}

const LIST_JOINERS = new Set(['en', ',']);

/**
 * "706 mannen en 120 vrouwen …, terwijl de capaciteit beperkt is tot respectievelijk 478 en 114": bare numbers listed after
 * "respectievelijk" count, in order, what the same number of counts before them in their sentence count. Undefined when
 * the number is not in such a list or the sentence has too few counts with a noun before it.
 */
function respectiveUnit(ctx: Ctx, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const list = respectiveList(ctx.tokens, lead);
  if (!list) return undefined;
  const [sentenceStart] = ctx.sentenceOf(lead);
  const counts = previous.filter((f) => f.start >= sentenceStart && f.end <= ctx.tokens[list.first]!.start && f.kind === 'count' && f.unit !== null).slice(-list.size);
  const own = counts[list.position];
  return counts.length === list.size && own ? { kind: 'count', unit: own.unit! } : undefined;
}

/**
 * The list of numbers after "respectievelijk" the number at token `lead` stands in ("respectievelijk 478 en 114", "respectievelijk
 * 215, 199 en 180 feiten"): its first token, its size and the number's place in it; null when it stands in none.
 */
function respectiveList(tokens: Token[], lead: number): { first: number; size: number; position: number } | null {
  const list = numberList(tokens, lead);
  return tokens[list.first - 1]?.norm === 'respectievelijk' ? list : null;
}

/** The list of bare numbers joined by "en" or commas that the number at token `lead` stands in (a list of one when none). */
function numberList(tokens: Token[], lead: number): { first: number; size: number; position: number } {
  const listed = (k: number) => LIST_JOINERS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.type === 'num';
  let first = lead;
  while (tokens[first - 2]?.type === 'num' && listed(first - 1)) first -= 2;
  let size = 1;
  for (let k = first + 1; listed(k); k += 2) size++;
  return { first, size, position: (lead - first) / 2 };
}

/** "120 diefstallen (2019) en 110 (2020)": the token index of a year in brackets right after a figure, its own; else undefined. */
export function bracketedYear(ctx: Ctx, d: Draft): number | undefined {
  const { tokens } = ctx;
  const year = tokens[d.last + 2];
  return tokens[d.last + 1]?.text === '(' && tokens[d.last + 3]?.text === ')' && year?.type === 'num' && CALENDAR_YEAR.test(year.text) ? d.last + 2 : undefined;
}

/**
 * "vergeleken met 2016 en 2017, toen er nog respectievelijk 215 en 199 feiten": numbers listed after "respectievelijk" are of, in
 * order, as many years coordinated before them in their sentence. The token index of the number's year, or undefined.
 */
export function respectiveYear(ctx: Ctx, d: Draft): number | undefined {
  const { tokens } = ctx;
  const list = d.first === d.anchor ? numberList(tokens, d.first) : null;
  if (!list || list.size < 2) return undefined;
  // "in 2009 en 2011 waren dat er zelfs 2.149 en 2.272": without "respectievelijk", the years open the clause's place of time ("in"),
  // no period ("tussen 2009 en 2011"), and nothing but words stands between them and the numbers.
  const respective = tokens[list.first - 1]?.norm === 'respectievelijk';
  const [sentenceStart] = ctx.sentenceOf(d.first);
  const isYear = (k: number) => tokens[k]!.type === 'num' && CALENDAR_YEAR.test(tokens[k]!.text);
  let last = list.first - 2;
  while (last >= 0 && tokens[last]!.start >= sentenceStart && !isYear(last)) last--;
  if (last < 0 || tokens[last]!.start < sentenceStart) return undefined;
  const years = [last];
  while (LIST_JOINERS.has(tokens[years[0]! - 1]?.norm ?? '') && years[0]! >= 2 && isYear(years[0]! - 2)) years.unshift(years[0]! - 2);
  const plain = tokens[years[0]! - 1]?.norm === 'in' && tokens.slice(last + 1, list.first).every((t) => t.type === 'word');
  return years.length === list.size && (respective || plain) ? years[list.position] : undefined;
}

// Nouns whose "van" phrase states an amount of money ("een budget van 250.000", "een impact van 673000").
const MONEY_FRAME_NOUNS = ['budget', 'begroting', 'bedrag', 'impact'];
const endsInOneOf = (nouns: readonly string[]) => new RegExp(`(?:${nouns.join('|')})$`, 'u');
const AMOUNT_FRAMES = endsInOneOf(MONEY_FRAME_NOUNS);
// The money frames and those that size a framework of staff ("een totaal kader van 7.012", "het tekort van 320").
const SIZED_FRAMES = endsInOneOf([...MONEY_FRAME_NOUNS, 'kader', 'tekort', 'effectief']);

/**
 * The unit of a bare amount after "van" ("De begroting heeft een impact van 673000 op …"): the currency of the last sum of
 * money the text stated before it; undefined when there is none (the number may still be kept bare).
 */
function amountCurrency(ctx: Ctx, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (tokens[lead - 1]?.norm !== 'van' || !AMOUNT_FRAMES.test(tokens[lead - 2]?.norm ?? '')) return undefined;
  const money = previous.findLast((f) => f.kind === 'money' && f.unit !== null);
  return money ? { kind: 'money', unit: money.unit! } : undefined;
}

// Comparatives that quantify a counted noun: "minder misdrijven", "meer inbraken".
const COMPARED_QUANTITIES: ReadonlySet<string> = new Set(['minder', 'meer']);

/**
 * What "dit aantal" at token `k` refers to: the closer of the last count/quantity figure and the
 * last "het aantal <noun>" phrase before it ("het aantal woninginbraken is gehalveerd. Dat aantal…").
 * For a part of `partOf` ("20 daarvan"), a count smaller than the part is no whole it can be of; a count of `notUnit`, the noun
 * the number's own clause counts apart ("terwijl er in Hoei 84 zijn voor 21.000 inwoners"), is not what the number counts.
 */
function antecedent(ctx: Ctx, k: number, previous: FigureReading[], partOf = 0, notUnit: string | null = null): { kind: FigureKind; unit: string | null } {
  const { tokens } = ctx;
  const before = tokens[k]!.start;
  let fig: { kind: FigureKind; unit: string | null; end: number } | undefined;
  for (let p = previous.length - 1; p >= 0 && !fig; p--) {
    const f = previous[p]!;
    if (f.end > before) continue;
    // A part ("20 daarvan") is of a whole at least as large: "245 grondslapers verdeeld over 8 inrichtingen. 20 daarvan …".
    if ((f.kind === 'count' || f.kind === 'quantity') && f.unit !== null && (f.kind !== 'count' || (f.valueMax ?? f.value) >= partOf) && f.unit !== notUnit) fig = f;
    else if (f.kind === 'percentage') {
      const noun = nounOfShare(tokens, f.end, k);
      if (noun !== null) fig = { kind: 'count', unit: lower(tokens[noun]!), end: f.end };
    }
  }
  for (let j = k - 1; j >= 0; j--) {
    if (fig && tokens[j]!.end <= fig.end) break;
    // "De politie heeft minder misdrijven geregistreerd. Het waren er 1,14 miljoen": a noun a comparative quantifies is counted too
    // ("één of meer feiten" quantifies none).
    const compared = COMPARED_QUANTITIES.has(tokens[j]!.norm) && tokens[j - 1]?.norm !== 'of' ? findCountedNoun(tokens, j + 1, 2) : null;
    if (compared !== null && compared < k) return { kind: 'count', unit: lower(tokens[compared]!) };
    if (!COUNT_REFERENCE_NOUNS.has(tokens[j]!.norm)) continue;
    const noun = nounAfterReference(tokens, j);
    if (noun !== null && noun < k) return { kind: 'count', unit: lower(tokens[noun]!) };
  }
  return fig ? { kind: fig.kind, unit: fig.unit } : { kind: 'count', unit: introducedNoun(ctx, k) };
}

// How many tokens back a partitive looks for the thing the text introduced with "een".
const INTRODUCED_REACH = 40;

/**
 * "Op het kruispunt komt nog een camera met nummerplaatherkenning. En Anzegem krijgt er nog eentje": with no count before it, a
 * partitive takes up the last thing the text introduced with "een", in its plural as the text writes it ("de camera’s" before),
 * else as introduced. Null when there is none.
 */
function introducedNoun(ctx: Ctx, k: number): string | null {
  const { tokens } = ctx;
  for (let j = k - 1; j >= 0 && j >= k - INTRODUCED_REACH; j--) {
    if (tokens[j]!.norm !== 'een' && tokens[j]!.norm !== 'één') continue;
    let n = j + 1;
    while (n < k && isAdjectiveLike(tokens[n]!) && tokens[n + 1]?.type === 'word') n++;
    const noun = tokens[n];
    if (!noun || noun.type !== 'word' || !/^\p{Ll}/u.test(noun.text) || NON_NOUNS.has(noun.norm) || FINITE_VERBS.has(noun.norm) || isPastParticiple(noun.norm)) continue;
    const singular = lower(noun);
    for (let p = n - 1; p >= 0; p--) if (isPluralOf(lower(tokens[p]!), singular)) return lower(tokens[p]!);
    return singular;
  }
  return null;
}

/** "50 procent minder verkeersdoden": the noun a share of more or fewer counts, right after it (before token `limit`); else null. */
function nounOfShare(tokens: Token[], shareEnd: number, limit: number): number | null {
  let j = limit - 1;
  while (j > 0 && tokens[j - 1]!.start >= shareEnd) j--;
  if (tokens[j]?.start !== undefined && tokens[j]!.start < shareEnd) return null;
  if (tokens[j]?.norm !== 'meer' && tokens[j]?.norm !== 'minder') return null;
  const noun = findCountedNoun(tokens, j + 1, 2);
  return noun !== null && noun < limit ? noun : null;
}

/**
 * "7 van de 19 gemeenten": a bare number counted out of a following count takes its noun; so does one counted out of a whole
 * named by a definite plural ("40 van de bewoners tekenden", "acht van die agenten"). "Eén van de …" is no count (the
 * devset's convention).
 */
export function partitiveUnit(ctx: Ctx, d: Draft): string | null {
  const { tokens } = ctx;
  let k = d.last + 1;
  if (tokens[k]?.norm !== 'van') return null;
  k++;
  const determined = PARTITIVE_DETERMINERS.has(tokens[k]?.norm ?? '');
  if (determined) k++;
  // "98 van de beloofde 2.500 extra agenten": an adjective before the whole's number.
  if (determined && tokens[k]?.type === 'word' && tokens[k + 1]?.type === 'num' && isAdjectiveLike(tokens[k]!)) k++;
  const whole = parseAtom(tokens, k);
  if (!whole) {
    if (!determined || d.value <= 1 || d.first !== d.last) return null;
    // "40 van de Universiteit Gent": a name after "van de" is whose they are, not the whole they are part of.
    const noun = findCountedNoun(tokens, k, d.value);
    return noun === null || !/^\p{Ll}/u.test(tokens[noun]!.text) ? null : lower(tokens[noun]!);
  }
  if (whole.value <= d.value) return null;
  const noun = findCountedNoun(tokens, whole.last + 1, whole.value);
  return noun === null ? repeatedPartitive(ctx, d) : lower(tokens[noun]!);
}
// Possessives too: "vier van onze vijf gemeenten", "acht van zijn agenten".
const PARTITIVE_DETERMINERS = new Set(['de', 'het', 'die', 'deze', 'onze', 'ons', 'hun', 'zijn', 'haar', 'uw', 'jullie', 'mijn']);

/**
 * "6 van de 15 verdachten waren minderjarig en in de andere wijk 5 van de 12": a part and whole without a noun repeat the
 * partitive read before them in their sentence, and count its noun (the noun of the last figure, itself a whole after "van").
 */
function repeatedPartitive(ctx: Ctx, d: Draft): string | null {
  const whole = ctx.read.at(-1);
  if (!whole || whole.kind !== 'count' || whole.unit === null || whole.start < ctx.sentenceOf(d.first)[0]) return null;
  const k = tokenIndexAt(ctx.tokens, whole.start);
  return introducedByVan(ctx.tokens, k) ? whole.unit : null;
}

/** The index of the "van" before token `k`, past a determiner ("van de 15 verdachten", "van 30"); -1 when there is none. */
function vanBefore(tokens: Token[], k: number): number {
  const before = PARTITIVE_DETERMINERS.has(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  return tokens[before]?.norm === 'van' ? before : -1;
}

/** Whether the token before `k` (past a determiner) is "van". */
const introducedByVan = (tokens: Token[], k: number) => vanBefore(tokens, k) >= 0;

// Between a part and its whole: "1.200 politiemensen op een totaal van 12.000", "op een geheel van".
const TOTAL_OF = /^\s*(?:op|van|uit)\s+(?:een\s+)?(?:totaal|geheel)\s+van\s*$/u;

/** "5 van de 12" after "5" was read as a part, "1.200 politiemensen op een totaal van 12.000": the whole counts what the part counts. Null otherwise. */
function wholeOfReadPart(ctx: Ctx, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string | null } | null {
  const part = previous.at(-1);
  const van = vanBefore(ctx.tokens, lead);
  if (!part || part.kind !== 'count' || part.unit === null || van < 0 || part.value >= (parseAtom(ctx.tokens, lead)?.value ?? 0)) return null;
  return part.end === ctx.tokens[van - 1]?.end || TOTAL_OF.test(ctx.folded.slice(part.end, ctx.tokens[lead]!.start)) ? { kind: 'count', unit: part.unit } : null;
}

/** Whether a bare number (no unit) is still worth quoting. */
export function bareNumberKept(ctx: Ctx, d: Draft, hasQualifier: boolean): boolean {
  if (d.wordsOnly) return false;
  if (d.structured || hasQualifier) return true;
  const p = ctx.tokens[d.first - 1];
  if (p === undefined) return false;
  // "op een totaal kader van 7.012", "een budget van 250.000", "een impact van 673000": the size of a framework or amount.
  if (p.norm === 'van' && SIZED_FRAMES.test(ctx.tokens[d.first - 2]?.norm ?? '')) return true;
  return QUANTITY_VERBS.has(p.norm) || statedExactly(ctx.tokens, d.last + 1);
}

/**
 * "Daarvan waren er 266 met lichte fysieke geweldplegingen en zelfs 189 met slagen en verwondingen": a bare number coordinated with
 * the figure right before it in its sentence, each followed by the same preposition, is a figure like that one (a parallel count):
 * its kind and unit. Undefined otherwise.
 */
export function coordinatedWithTheFigureBefore(ctx: Ctx, d: Draft, previous: FigureReading[]): { kind: FigureKind; unit: string | null } | undefined {
  const { tokens } = ctx;
  let k = d.first - 1;
  while (k >= 0 && FOCUS_BEFORE_NUMBER.has(tokens[k]!.norm)) k--;
  const before = previous.at(-1);
  if (tokens[k]?.norm !== 'en' || !before || before.start < ctx.sentenceOf(d.first)[0] || before.kind !== 'count') return undefined;
  const afterBefore = tokens[tokenIndexAt(tokens, before.end)];
  const after = tokens[d.last + 1];
  const parallel = after?.type === 'word' && LABEL_COMPLEMENT_PREPOSITIONS.has(after.norm) && afterBefore?.norm === after.norm && tokenIndexAt(tokens, afterBefore.end) <= k;
  return parallel ? { kind: before.kind, unit: before.unit } : undefined;
}

const EXACTLY = new Set(['precies', 'exact', 'juist', 'preciezer']);
// Words that count loosely what an exact number after them counts ("een GAS-PV per dag …, 325 om precies te zijn", "meer rijbewijzen
// ingetrokken: 54").
const LOOSE_COUNTS = new Set(['veel', 'vele', 'talrijke', 'meerdere', 'enkele', 'verschillende', 'honderden', 'duizenden', 'tientallen', 'meer', 'minder']);

/** "…, 325 om precies te zijn": the phrase after a bare number says it is the exact count of what the clause named. */
const statedExactly = (tokens: Token[], k: number) =>
  tokens[k]?.norm === 'om' && EXACTLY.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'te' && tokens[k + 3]?.norm === 'zijn';

/**
 * "Zowat elke dag werd vorig jaar een GAS-PV uitgeschreven voor sluikstorten, 325 om precies te zijn", "Er werden veel inbraken
 * gepleegd, 325 om precies te zijn": an exact number counts the noun its sentence counted loosely before it; so does a number right
 * after a colon ("werden er meer rijbewijzen ingetrokken: 54 ten opzichte van 45"), a plural counted loosely only.
 */
function exactCountOf(ctx: Ctx, d: Draft, lead: number): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  const exactly = statedExactly(tokens, d.last + 1);
  if (!exactly && tokens[lead - 1]?.text !== ':') return undefined;
  const [from] = ctx.sentenceOf(lead);
  for (let k = lead - 1; k >= 0 && tokens[k]!.start >= from; k--) {
    const one = exactly && tokens[k]!.norm === 'een';
    if (!one && !LOOSE_COUNTS.has(tokens[k]!.norm)) continue;
    const noun = findCountedNoun(tokens, k + 1, one ? 1 : 2);
    if (noun !== null) return { kind: 'count', unit: lower(tokens[noun]!) };
  }
  return undefined;
}

// How many sentences before its own a bare number still takes up a count ("250 fans … Tot de politie … “Ze waren met zo’n 250”").
const RESTATEMENT_REACH = 2;

/**
 * "250 fans waren op weg naar Genk. Tot de politie hen tegenhield. “Ze waren met zo’n 250”": a bare number with the value of a
 * count read in its own sentence or the two before takes that count up (a restatement, often in a quote), no figure of its own.
 */
export function restatesACount(ctx: Ctx, d: Draft, previous: FigureReading[]): boolean {
  let [from] = ctx.sentenceOf(d.first);
  let k = d.first - 1;
  for (let n = 0; n < RESTATEMENT_REACH; n++) {
    while (k >= 0 && ctx.tokens[k]!.start >= from) k--;
    if (k < 0) break;
    [from] = ctx.sentenceOf(k);
  }
  return previous.some((f) => f.start >= from && f.kind === 'count' && f.unit !== null && f.valueMax === null && f.value === d.value);
}

/**
 * "Zo'n 11 miljoen werd cash in beslag genomen", "ofwel 31,5 miljoen": a scaled amount without a
 * unit takes the currency of the closest money figure before it in its sentence or the one before, else of the last scaled amount
 * before those when that is money;
 * "bijna 1,1 miljoen buitgemaakt": right before a participle of money it is in euro; and so is any amount of a noun of money
 * ({@link amountOfMoneyNoun}).
 */
export function inheritedCurrency(ctx: Ctx, d: Draft, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  if (d.kind === 'count' && amountOfMoneyNoun(ctx.tokens, d.first)) return { kind: 'money', unit: 'EUR' };
  // "De kostprijs stijgt van de geschatte 150 à 180 miljoen naar 226 miljoen euro": a scaled amount (or range) right before a change's new
  // amount in euro, its old one, is in that currency.
  const [step, next, scale, currency] = d.kind !== 'count' ? [] : ctx.tokens.slice(d.last + 1, d.last + 5);
  if ((step?.norm === 'naar' || step?.norm === 'tot') && next?.type === 'num' && scale?.norm === ctx.tokens[d.last]!.norm && scale.norm in MULTIPLIERS && (currency?.norm === 'euro' || currency?.text === '€')) return { kind: 'money', unit: 'EUR' };
  const atom = parseAtom(ctx.tokens, d.anchor);
  if (!atom || atom.multiplier === 1 || d.kind !== 'count') return undefined;
  if (MONEY_PARTICIPLES.has(ctx.tokens[d.last + 1]?.norm ?? '')) return { kind: 'money', unit: 'EUR' };
  const [sentenceStart] = ctx.sentenceOf(d.first);
  let k = d.first;
  while (k > 0 && ctx.tokens[k]!.start >= sentenceStart) k--;
  const from = k < d.first && ctx.tokens[k]!.start < sentenceStart ? ctx.sentenceOf(k)[0] : sentenceStart;
  for (let p = previous.length - 1; p >= 0 && previous[p]!.start >= from; p--) {
    const f = previous[p]!;
    if (f.kind === 'money' && f.unit !== null) return { kind: 'money', unit: f.unit };
  }
  // "Bijna 578 miljoen euro. … Financieel leidt dit tot een bijna gelijke verdeling: 299 miljoen voor het federale niveau": further
  // back, the last scaled amount the text wrote ("miljoen", "miljard") says what its scaled amounts are.
  const scaled = previous.findLast((f) => f.start < from && SCALED.test(ctx.folded.slice(f.start, f.end)));
  return scaled?.kind === 'money' && scaled.unit !== null ? { kind: 'money', unit: scaled.unit } : undefined;
}
// A scale word written in a figure's quote.
const SCALED = /(?<![\p{L}])(?:miljoen|miljard)(?![\p{L}])/u;

/**
 * "We hebben in 2015 200 miljoen, in 2016 400 en nu nog eens 300 miljoen vrijgemaakt": a scaled amount with no unit takes the currency
 * of a scaled amount of money later in its sentence (read after every figure of the text; `sentenceOf` gives a figure's sentence).
 */
export function withLaterCurrency(figures: FigureReading[], sentenceOf: (pos: number) => [number, number]): FigureReading[] {
  return figures.map((f, i) => {
    if (f.kind !== 'count' || f.unit !== null || !SCALED.test(f.quote)) return f;
    const [, end] = sentenceOf(f.start);
    for (let k = i + 1; k < figures.length && figures[k]!.start < end; k++) {
      const g = figures[k]!;
      if (g.kind === 'money' && g.unit !== null && SCALED.test(g.quote)) return { ...f, kind: 'money', unit: g.unit };
    }
    return f;
  });
}

// Words that state a value as the one a later change started from: "Aanvankelijk ging dit om 4 plaatsen".
const INITIAL_WORDS = /(?:^|[^\p{L}])(?:aanvankelijk|oorspronkelijk|initieel|eerst)(?![\p{L}])/u;

/**
 * The old value of a change whose old value stands in a clause of its own: "Aanvankelijk ging dit om 4 plaatsen,
 * maar dat werd verhoogd naar 7 plaatsen" (devset convention since fresh8: two figures, the new one with the old as
 * previousValue). The figure at `d` must follow "naar" and the figure before it in its sentence count the same noun
 * after a word that makes it the initial value; null otherwise.
 */
export function initialValue(ctx: Ctx, d: Draft, previous: FigureReading[]): number | null {
  const { tokens } = ctx;
  const before = previous.at(-1);
  if (tokens[d.first - 1]?.norm !== 'naar' || d.unit === null || !before || before.unit !== d.unit || before.previousValue !== null || before.valueMax !== null) return null;
  const [sentenceStart] = ctx.sentenceOf(d.first);
  if (before.start < sentenceStart) return null;
  return INITIAL_WORDS.test(ctx.folded.slice(sentenceStart, before.start)) ? before.value : null;
}

/**
 * "steeg van 1.845 in 2020, naar 2.324 in 2021 en 2.588 in 2022": a chain of changes, each step's old value the value
 * before it (devset convention since fresh10). The value of the change just read when the number at `d` goes on from it
 * (its year, then "en", a comma or both) with a year of its own; null otherwise.
 */
export function chainedOldValue(ctx: Ctx, d: Draft, previous: FigureReading[]): number | null {
  const { tokens } = ctx;
  const step = previous.at(-1);
  if (!step || step.previousValue === null || step.start < ctx.sentenceOf(d.first)[0]) return null;
  const isYearAt = (k: number) => tokens[k]?.norm === 'in' && parseAtom(tokens, k + 1)?.yearLike === true;
  // The joint: "en", a comma, or both (", en"); or "naar" or "tot" after the middle step of "van 76 in 2015 over 53 in 2016
  // naar 28", which needs no year after the value it reaches.
  let year = d.first - 1;
  const reached = tokens[year]?.norm === 'naar' || tokens[year]?.norm === 'tot';
  if (reached) year--;
  if (!reached && tokens[year]?.norm === 'en') year--;
  if (tokens[year]?.text === ',') year--;
  if (year === d.first - 1 || !isYearAt(year - 1) || tokens[year - 2]?.end !== step.end || !(reached || isYearAt(d.last + 1))) return null;
  // "18 overtredingen dit jaar ten opzichte van 51 in 2018 en 106 in 2017": a value of an earlier year than the step's goes back, no step.
  if (!reached && parseAtom(tokens, d.last + 2)!.value <= parseAtom(tokens, year)!.value) return null;
  return step.value;
}

// Adverbs that set the values listed after them in order of time: "opeenvolgend 221, 235 en 237", "achtereenvolgens 12, 15 en 19".
const SUCCESSIVE_WORDS: ReadonlySet<string> = new Set(['opeenvolgend', 'achtereenvolgens', 'opeenvolgens']);
// How many tokens a list of values after such an adverb may run before the value at hand.
const SUCCESSIVE_REACH = 12;

/**
 * "bleef het aantal inbraken stabiel met opeenvolgend 221, 235 en 237 vaststellingen": values listed after an adverb of succession
 * form a series, each after the first changing from the one right before it. That one's value, or null.
 */
export function successiveOldValue(ctx: Ctx, d: Draft, previous: FigureReading[]): number | null {
  const { tokens } = ctx;
  const before = previous.at(-1);
  const joint = tokens[d.first - 1];
  if (!before || (joint?.text !== ',' && joint?.norm !== 'en') || tokens[d.first - 2]?.end !== before.end) return null;
  let k = d.first - 1;
  while (k > d.first - SUCCESSIVE_REACH && (tokens[k]?.type === 'num' || tokens[k]?.text === ',' || tokens[k]?.norm === 'en')) k--;
  return SUCCESSIVE_WORDS.has(tokens[k]?.norm ?? '') ? before.value : null;
}

/**
 * "tussen 2017 (1.194) en 2018 (2.163)": the second of two years' bracketed counts joined by "en" changes from the first (a later
 * year than it). The first's value, or null.
 */
export function betweenYearsOldValue(ctx: Ctx, d: Draft, referenceDate: string | null, previous: FigureReading[]): number | null {
  const { tokens } = ctx;
  const open = d.first - 1;
  const first = previous.at(-1);
  if (!first || tokens[d.last + 1]?.text !== ')' || !secondOfTwoYears(tokens, open) || first.end !== tokens[open - 4]!.end) return null;
  return valueOfAnEarlierYear(first, referenceDate);
}

/** The value of figure `first` when its year is before the year of `referenceDate`: the old value of a later year's count; else null. */
function valueOfAnEarlierYear(first: FigureReading, referenceDate: string | null): number | null {
  const year = yearOf(referenceDate);
  const firstYear = yearOf(first.referenceDate);
  return year !== null && firstYear !== null && firstYear < year ? first.value : null;
}

/**
 * "Sinds 2017 (134) werd er … een dalende trend vastgesteld inzake het aantal ongevallen": the "aantal" of "het aantal …" later in the
 * sentence, after token `from`, that a year's bracketed count before it is a value of; null when the sentence names none.
 */
function aantalLaterInSentence(ctx: Ctx, from: number): number | null {
  const { tokens } = ctx;
  const [, sentenceEnd] = ctx.sentenceOf(from);
  for (let k = from; k < tokens.length && tokens[k]!.start < sentenceEnd; k++) {
    if (COUNT_REFERENCE_NOUNS.has(tokens[k]!.norm) && tokens[k - 1]?.norm === 'het') return k;
  }
  return null;
}

// A copula and "dit"/"dat" (either order), then only a time and qualifiers before a number: "waren dit in 2017 nog", "dat was vorig jaar".
const DEMONSTRATIVE_COPULA_BEFORE = /(?<![\p{L}])(?:(?:waren|was|zijn|is)\s+(?:dit|dat)|(?:dit|dat)\s+(?:waren|was|zijn|is))(?:\s+(?:in\s+\d{4}|(?:vorig|verleden)\s+jaar|nog|al|maar|slechts|amper|ruim|bijna|ongeveer))*\s*$/u;

// The words before the first year of a span: "sinds 2017 (134)", "vanaf 2017 (134)", "van 2017 (134)".
const SPAN_START_LEADS: ReadonlySet<string> = new Set(['sinds', 'sedert', 'vanaf', 'van']);
// The words before its last year: "tot 2020 (114)", "tot en met 2020 (114)", "naar 2020 (114)".
const SPAN_END_LEADS: ReadonlySet<string> = new Set(['tot', 'met', 'naar']);

/**
 * "Sinds 2017 (134) werd er tot en met 2020 (114) een dalende trend vastgesteld": the bracketed count of a span's last year changes
 * from the bracketed count of its first year, the figure right before it in its sentence (a later year than it). The first's value,
 * or null.
 */
export function spanOfYearsOldValue(ctx: Ctx, d: Draft, referenceDate: string | null, previous: FigureReading[]): number | null {
  const { tokens } = ctx;
  const open = d.first - 1;
  const first = previous.at(-1);
  if (!first || tokens[d.last + 1]?.text !== ')' || !SPAN_END_LEADS.has(tokens[open - 2]?.norm ?? '') || !bracketsAYearsCount(tokens, open)) return null;
  const firstAt = tokenIndexAt(tokens, first.start);
  const firstOpen = firstAt - 1;
  if (tokens[firstOpen]?.text !== '(' || !CALENDAR_YEAR.test(tokens[firstOpen - 1]?.text ?? '') || !SPAN_START_LEADS.has(tokens[firstOpen - 2]?.norm ?? '')) return null;
  if (first.start < ctx.sentenceOf(d.first)[0] || first.kind !== d.kind) return null;
  return valueOfAnEarlierYear(first, referenceDate);
}

// "om", a few words, "te" and the infinitive of a verb of change, then "tot" or "naar" right before a value: "om in 2019 weer
// te dalen naar", "om daarna bijna te verdubbelen tot", "om vorig jaar op te lopen tot".
const THEN_CHANGED_TO = /(?<![\p{L}])om(?:\s+[\p{L}\d]+){0,4}?\s+(?:op\s+)?te\s+(?:dalen|stijgen|zakken|klimmen|lopen|groeien|krimpen|verdubbelen|verdrievoudigen|halveren|verminderen|toenemen|afnemen)\s+(?:tot|naar)\s+$/u;

/**
 * "De schade steeg van 7 naar 15 miljoen euro, om in 2019 weer te dalen naar 10 miljoen euro": a clause "om … te <verb of
 * change> naar/tot" goes on from the value before it in its sentence, which is its old value (devset convention since fresh10:
 * one change per step). That value when it counts the same (kind and unit) and is no range; null otherwise.
 */
export function continuedOldValue(ctx: Ctx, d: Draft, kind: FigureKind, unit: string | null, previous: FigureReading[]): number | null {
  const before = previous.at(-1);
  const [sentenceStart] = ctx.sentenceOf(d.first);
  if (!before || unit === null || before.unit !== unit || before.kind !== kind || before.valueMax !== null || before.start < sentenceStart) return null;
  return THEN_CHANGED_TO.test(ctx.folded.slice(before.end, ctx.tokens[d.first]!.start)) ? before.value : null;
}

// "dat aantal", "dit cijfer", then a verb of change and "tot" or "naar" right before a value: "moet dat aantal opgetrokken worden tot",
// "kon dat cijfer doorheen de jaren teruggebracht worden naar", "In 2018 was dat bedrag vertienvoudigd tot".
const THAT_COUNT_CHANGED_TO = new RegExp(String.raw`(?<![\p{L}])(?:dat|dit)\s+(?:aantal|cijfer|bedrag|totaal)(?:\s+\p{L}+){0,3}?\s+(?:opgetrokken|verhoogd|verlaagd|uitgebreid|teruggebracht|opgedreven|afgebouwd|optrekken|verhogen|verlagen|uitbreiden|terugbrengen|opdrijven|afbouwen|stijgen|dalen|groeien|toenemen|afnemen|gestegen|gedaald|gegroeid|steeg|daalde|groeide|${MULTIPLIED_VERB})(?:\s+\p{L}+){0,2}?\s+(?:tot|naar)\s+$`, 'u');

// A verb of change in the past before "dit", "dat" or "het" (which takes up the value before), then "tot" or "naar" and a qualifier
// right before a value: "in 2013 steeg dit tot bijna", "daalde dat aantal naar", "liep het op tot".
const CHANGED_THAT_TO = /(?<![\p{L}])(?:steeg|stegen|daalde|daalden|groeide|groeiden|klom|klommen|zakte|zakten|liep|liepen)\s+(?:dit|dat|het)(?:\s+(?:aantal|bedrag|cijfer|totaal))?(?:\s+\p{L}+){0,2}?\s+(?:op\s+)?(?:tot|naar)(?:\s+(?:bijna|ruim|zowat|ongeveer|nagenoeg|(?:maar\s+)?liefst))?\s+$/u;

// The perfect of a verb of change after "dit", "dat" or "het" (which takes up the value before), maybe its rate between, then "tot" or
// "naar" right before a value: "vorig jaar is dat met 40 procent gestegen tot", "is het gedaald naar" (a share so reached stays a share of
// its own: "Toen bedroeg het tekort 14 procent, intussen is dat al opgelopen tot 16,3 procent", unseen 31's gold).
const THAT_HAS_CHANGED_TO = /(?<![\p{L}])(?:is|zijn|was|waren)\s+(?:dit|dat|het)(?:\s+(?:aantal|bedrag|cijfer|totaal))?(?:\s+[\p{L}\d,]+){0,4}?\s+(?:gestegen|gedaald|gegroeid|geklommen|gezakt|toegenomen|afgenomen|opgelopen),?\s+(?:tot|naar)(?:\s+(?:bijna|ruim|zowat|ongeveer|nagenoeg|nog))?\s+$/u;

// A target named by a word for it ("die doelstelling", "de ambitie"), a verb that adjusts it, and "naar" or "tot" (and a bound) right
// before a value: "is die doelstelling nu opgetrokken naar", "werd de ambitie bijgesteld: naar maximaal".
const TARGET_CHANGED_TO = new RegExp(String.raw`(?<![\p{L}])(?:die|deze|dat|dit|de|het)\s+(?:${TARGET_NOUNS}|norm)(?:\s+\p{L}+){0,3}?\s+(?:opgetrokken|bijgesteld|verhoogd|verlaagd|aangepast|teruggeschroefd|herzien|opgeschroefd)\s*:?\s+(?:naar|tot)(?:\s+(?:maximaal|minimaal|maximum|minimum|hoogstens|ten\s+hoogste|ten\s+minste))?\s+$`, 'u');

/**
 * "… wat het totaal op 74 brengt. Tegen eind 2018 moet dat aantal opgetrokken worden tot 200": "dat aantal" takes up the count before it,
 * in its sentence or the one before, and a verb of change makes the value after "tot" or "naar" a change from it (devset convention,
 * fresh16); so does "dit" after the verb ("In 2012 bedroeg het overschot 343.000 euro en in 2013 steeg dit tot bijna 700.000 euro"),
 * and a word for a target before a verb that adjusts it ("… naar 133 verkeersslachtoffers werd gestreefd, is die doelstelling nu
 * opgetrokken naar 158 doden"). That count's value when it counts the same (kind, and unit unless a target is taken up) and is no
 * range; null otherwise.
 */
export function takenUpOldValue(ctx: Ctx, d: Draft, kind: FigureKind, unit: string | null, previous: FigureReading[]): number | null {
  const [sentenceStart] = ctx.sentenceOf(d.first);
  // Past the change's own rate in this sentence ("is dat met 40 procent gestegen tot 468").
  const before = kind === 'percentage' ? previous.at(-1) : lastPastOwnRates(previous, sentenceStart);
  if (!before || unit === null || before.kind !== kind || before.valueMax !== null || before.previousValue !== null) return null;
  const previousStart = sentenceBeforeStart(ctx, sentenceStart);
  const lead = ctx.folded.slice(sentenceStart, ctx.tokens[d.first]!.start);
  if (before.start < previousStart) return null;
  // A target taken up is the target whatever noun its new value is written with ("133 verkeersslachtoffers … naar 158 doden").
  if (TARGET_CHANGED_TO.test(lead)) return before.value;
  return before.unit === unit && (THAT_COUNT_CHANGED_TO.test(lead) || CHANGED_THAT_TO.test(lead) || (kind !== 'percentage' && THAT_HAS_CHANGED_TO.test(lead))) ? before.value : null;
}

// "wat het totaal op 853 veroordelingen brengt", "brengt het totaal nu op 74": a new total that what the clause tells brings a count to.
const TOTAL_BROUGHT_TO = /(?<![\p{L}])(?:(?:wat|dat|dit|die)\s+het\s+totaal|(?:brengt|bracht|brengen|brachten)\s+het\s+totaal)(?:\s+(?:nu|al|daarmee|zo))?\s+(?:op|tot)\s+$/u;

/**
 * "In maart waren er 488 veroordelingen. De laatste maanden zijn bijna 400 personen veroordeeld, wat het totaal op 853 veroordelingen
 * brengt": a total brought to a new value changes from the last value of the same count in the sentence before (parts of the total
 * in its own sentence make none). That value, or null.
 */
export function totalBroughtToOldValue(ctx: Ctx, d: Draft, kind: FigureKind, unit: string | null, previous: FigureReading[]): number | null {
  const [sentenceStart] = ctx.sentenceOf(d.first);
  if (unit === null || !TOTAL_BROUGHT_TO.test(ctx.folded.slice(Math.max(sentenceStart, ctx.tokens[d.first]!.start - 60), ctx.tokens[d.first]!.start))) return null;
  const from = sentenceBeforeStart(ctx, sentenceStart);
  // "53 vaste en 21 mobiele camera's, wat het totaal op 74 brengt": parts summed in the total's own sentence make no change.
  if (previous.some((f) => f.start >= sentenceStart && f.unit === unit)) return null;
  const before = previous.findLast((f) => f.start >= from && f.unit === unit && f.kind === kind && f.valueMax === null);
  return before && before.value < d.value ? before.value : null;
}

// A second value coordinated after the first a change reached: "liep dat op tot 133 meldingen en een buit van 1.264.350 euro".
const COORDINATED_SECOND = /^\s*en\s+(?:een|de|het)\s+[\p{L}-]+\s+van\s+(?:(?:bijna|ruim|zowat|ongeveer)\s+)?$/u;

/**
 * "In 2020 werden 112 feiten aangegeven, goed voor een bedrag van bijna 775.000 euro. Vorig jaar liep dat op tot 133 meldingen en een
 * buit van 1.264.350 euro.": "dat" after a verb of change takes up the state the sentence before told, so each value the change
 * reaches (the first, and one coordinated after it with its own noun) changes from the last of its kind there, whatever its noun.
 * Null otherwise.
 */
export function takenUpStateOldValue(ctx: Ctx, d: Draft, kind: FigureKind, previous: FigureReading[]): number | null {
  const [sentenceStart] = ctx.sentenceOf(d.first);
  const inSentence = previous.filter((f) => f.start >= sentenceStart);
  if (inSentence.length > 1) return null;
  const first = inSentence[0];
  if (first && !COORDINATED_SECOND.test(ctx.folded.slice(first.end, ctx.tokens[d.first]!.start))) return null;
  if (!CHANGED_THAT_TO.test(ctx.folded.slice(sentenceStart, first?.start ?? ctx.tokens[d.first]!.start))) return null;
  const previousStart = sentenceBeforeStart(ctx, sentenceStart);
  const taken = previous.findLast((f) => f.start >= previousStart && f.start < sentenceStart && f.kind === kind);
  return taken && taken.valueMax === null && taken.previousValue === null ? taken.value : null;
}

/**
 * "… om in 2019 weer te dalen naar 10,6 miljoen euro. Maar afgelopen jaar steeg de totale schade tot 74,1 miljoen euro.": a value
 * reached by a verb of change, in the sentence right after one that ends on a change of the same kind and unit, is the next step
 * of that series and changes from its value (devset convention since fresh10: one change per step); so is a value reached in a
 * sentence that opens by comparing with it ("Dat record lag op 672. In vergelijking met die stand is het aantal gedaald naar 614"),
 * a value reached after one of an earlier year ("… een daling naar 3.614 in coronajaar 2020. In 2021 steeg het totale aantal
 * opnieuw tot 4.189"), and one reached by a later year after a value of now ("Vandaag … 289.080 euro. Tegen 2025 zal de factuur
 * nog stijgen tot 416.702 euro"). Null otherwise.
 */
export function nextStepOldValue(ctx: Ctx, d: Draft, kind: FigureKind, unit: string | null, referenceDate: string | null, previous: FigureReading[]): number | null {
  const before = previous.at(-1);
  const [sentenceStart] = ctx.sentenceOf(d.first);
  if (!before || unit === null || before.unit !== unit || before.kind !== kind || before.valueMax !== null || before.start >= sentenceStart) return null;
  const year = yearOf(referenceDate);
  const beforeYear = yearOf(before.referenceDate);
  const lead = ctx.folded.slice(sentenceStart, ctx.tokens[d.first]!.start);
  const previousStart = sentenceBeforeStart(ctx, sentenceStart);
  if (before.start < previousStart) return null;
  // "Vandaag betalen wij 289.080 euro. Tegen 2025 zal de factuur nog stijgen tot 416.702 euro": a value of now, then one a verb of change
  // (in any tense) reaches by a later year, is that change's start.
  if (before.referenceDate === null && year !== null && saysNow(ctx.folded.slice(ctx.sentenceOf(tokenIndexAt(ctx.tokens, before.start))[0], before.start)) && CHANGES_TO.test(lead)) return before.value;
  if (before.previousValue === null && !(year !== null && beforeYear !== null && beforeYear < year) && !COMPARED_WITH_THAT.test(lead)) return null;
  return CHANGED_TO.test(lead) ? before.value : null;
}

// The past forms of the verbs of change that both readings of a value a change reached know ("steeg", "is gedaald", "opgelopen").
const PAST_CHANGE_FORMS = ['daalde', 'daalden', 'gedaald', 'steeg', 'stegen', 'gestegen', 'zakte', 'zakten', 'gezakt', 'klom', 'klommen', 'geklommen', 'opgelopen'];

/**
 * A word of `words`, up to six words or years ("steeg het in 2022 naar"), maybe `beforeTo`, and "tot" or "naar" closing the text: the
 * words that reach the value after them.
 */
const reachedBy = (words: readonly string[], beforeTo = '') => new RegExp(String.raw`(?<![\p{L}])(?:${words.join('|')})(?:\s+(?:\p{L}+|\d{4})){0,6}?\s+${beforeTo}(?:tot|naar)\s+$`, 'u');

// A verb of change in any tense, a few words, and "tot" or "naar" right before a value: "daalt het aandeel van de Waalse veroordelingen tot".
const CHANGES_TO = reachedBy([...PAST_CHANGE_FORMS, 'daalt', 'dalen', 'stijgt', 'stijgen', 'zakt', 'zakken', 'klimt', 'klimmen', 'groeit', 'groeien', 'groeide', 'groeiden', 'gegroeid', 'loopt', 'lopen', 'liep', 'liepen'], '(?:op\\s+)?');
// The next step of a change just read, its verb left out, a year on either side: " in 2009 en zelfs naar", ", en in 2010 zelfs tot".
const NEXT_STEP = /^\s*(?:in\s+\d{4}\s*)?,?\s*(?:en\s+)?(?:in\s+\d{4}\s*,?\s*)?(?:zelfs\s+|nog\s+|verder\s+|opnieuw\s+)?(?:tot|naar)\s+$/u;

/**
 * "In 2001 waren ze goed voor 31,1%, in 2009 daalt het aandeel tot 25%, en in 2010 zelfs tot 17,5%": in one sentence, a value a verb of
 * change reaches, after a value of the same count for an earlier year, changes from it; a step that leaves the verb out ("en zelfs
 * naar", "en in 2010 zelfs tot") goes on from the change just read (devset convention since fresh10: one change per step, fresh18's
 * chain with the old value in the same sentence). Shares too: a verb of change makes them one series. Null otherwise.
 */
export function stepInSentenceOldValue(ctx: Ctx, d: Draft, kind: FigureKind, unit: string | null, referenceDate: string | null, previous: FigureReading[]): number | null {
  const before = lastStep(previous);
  if (!before || unit === null || before.unit !== unit || before.kind !== kind || before.valueMax !== null || before.start < ctx.sentenceOf(d.first)[0]) return null;
  const year = yearOf(referenceDate);
  const beforeYear = yearOf(before.referenceDate);
  if (year === null || beforeYear === null || beforeYear >= year) return null;
  const between = ctx.folded.slice(before.end, ctx.tokens[d.first]!.start);
  if (before.previousValue !== null && NEXT_STEP.test(between)) return before.value;
  return !/[.;:!?]/u.test(between) && CHANGES_TO.test(between) ? before.value : null;
}

/**
 * The last figure read, or the one before it when the last is that one's old value said after it ("daalde naar 48 (in 2020 waren er
 * dat 64) steeg het in 2022 naar 106": the series goes on from 48).
 */
function lastStep(previous: FigureReading[]): FigureReading | undefined {
  const last = previous.at(-1);
  const step = previous.at(-2);
  return last && step && step.previousValue === last.value && step.end <= last.start ? step : last;
}

// A sentence that opens by comparing with the value just named: "In vergelijking met die stand is het aantal intussen gedaald naar".
const COMPARED_WITH_THAT = /^\s*(?:in\s+vergelijking\s+met|vergeleken\s+met|tegenover|ten\s+opzichte\s+van)\s+(?:die|dat|deze|dit)\s+(?:stand|cijfer|aantal|record|niveau|piek|peil|totaal)(?![\p{L}])/u;

/** The start of the sentence before the one that starts at `sentenceStart` (that start itself for the first sentence). */
const sentenceBeforeStart = (ctx: Ctx, sentenceStart: number) => ctx.sentenceOf(Math.max(0, tokenIndexAt(ctx.tokens, sentenceStart) - 1))[0];

// A noun of money as a whole word or a compound's head: "toelage", "exploitatietoelage".
const MONEY_NOUN = new RegExp(`(?:${MONEY_NOUN_HEADS.join('|')})$`, 'u');
// Verbs that state an amount: "de boete bedraagt 150".
const AMOUNT_VERBS: ReadonlySet<string> = new Set(['bedraagt', 'bedroeg', 'bedragen', 'bedroegen']);

/**
 * Whether the number at token `lead` is the amount of a noun of money ({@link MONEY_NOUN_HEADS}): after "van" right behind it, a
 * participle between ("een toelage van 2.008.978", "een exploitatietoelage voorzien van 2.008.978"), or after a verb of amount
 * right behind it ("de boete bedraagt 150").
 */
function amountOfMoneyNoun(tokens: Token[], lead: number): boolean {
  const before = tokens[lead - 1]?.norm ?? '';
  if (before !== 'van' && !AMOUNT_VERBS.has(before)) return false;
  const noun = STATE_PARTICIPLES.has(tokens[lead - 2]?.norm ?? '') ? tokens[lead - 3] : tokens[lead - 2];
  return noun?.type === 'word' && MONEY_NOUN.test(noun.norm);
}

// A verb or noun of change, a few words, and "tot" or "naar" right before a value: "zijn opgelopen tot", "steeg vorig jaar naar", "liep … op
// tot", "nam het aantal verder af tot", "is er een terugval tot".
const CHANGED_TO = reachedBy([...PAST_CHANGE_FORMS, 'toegenomen', 'afgenomen', 'op', 'af', 'toe', 'terugval', 'daling', 'stijging', 'toename', 'afname']);
// "zijn ze nu al goed voor 30%. In 2017 was dat nog 14%": a value reached by now, the old one after it.
const ALREADY_NOW = /(?<![\p{L}])(?:nu|inmiddels|intussen)\s+al(?![\p{L}])/u;
// ", in 2016 nog maar" right before a value: the clause of an earlier year still.
const EARLIER_YEAR_STILL = /^\s*,\s*(?:en\s+)?in\s+\d{4}\s+nog(?:\s+(?:maar|slechts|amper))?\s*$/u;
// A clause of a later year that leaves out the verb: ", in 2016 zelfs 101", "en in 2016 nog 101".
const LATER_YEAR_CLAUSE = /^\s*(?:,\s*(?:en\s+)?|en\s+)in\s+\d{4}\s+(?:(?:zelfs|nog|al|maar|slechts|amper|ruim|bijna)\s+)?$/u;

/**
 * "Vorig jaar waren er 54 inbraken. In 2015 waren dat er 72, in 2016 zelfs 101.": a value of a year between the old value just taken
 * up (72, of 2015) and the figure it was the old value of (54, of 2017) is a step between them: that figure's old value becomes this
 * one, and this one's the value taken up (the devset's chain, fresh10 and fresh18). The index in `previous` of the figure whose old
 * value this one becomes, and the old value of this one; null otherwise.
 */
export function stepBetween(ctx: Ctx, d: Draft, kind: FigureKind, unit: string | null, referenceDate: string | null, previous: FigureReading[]): { newer: number; older: number } | null {
  const before = previous.at(-1);
  const newer = previous.at(-2);
  if (!before || !newer || d.valueMax !== null || newer.previousValue !== before.value || before.previousValue !== null) return null;
  if ([before, newer].some((f) => f.kind !== kind || f.unit !== unit) || before.start < ctx.sentenceOf(d.first)[0]) return null;
  const [year, olderYear, newerYear] = [yearOf(referenceDate), yearOf(before.referenceDate), yearOf(newer.referenceDate)];
  if (year === null || olderYear === null || newerYear === null || !(olderYear < year && year < newerYear)) return null;
  return LATER_YEAR_CLAUSE.test(ctx.folded.slice(before.end, ctx.tokens[d.first]!.start)) ? { newer: previous.length - 2, older: before.value } : null;
}

// "dat" or "dit" and "nog" right before a value: "Twee jaar geleden was dat nog 80", "In 2020 waren er dat nog maar 60".
const THAT_STILL_BEFORE = /(?<![\p{L}])(?:dat|dit)\s+nog(?:\s+(?:maar|slechts|amper|ruim|bijna))?\s*$/u;

/**
 * "De kosten stegen tot 9.500 euro. Drie jaar eerder was dat nog 6.000 euro.": a new value followed by its old one in a
 * sentence of its own, which takes it up with "dat … nog" (devset convention since fresh10: two figures, the first with the
 * old value as previousValue). The index in `previous` of the figure of the sentence before that the number at `d` (its unit
 * read) is the old value of; null otherwise.
 */
export function newValueBefore(ctx: Ctx, d: Draft, kind: FigureKind, unit: string | null, previous: FigureReading[]): number | null {
  const index = previous.length - 1;
  const before = previous[index];
  const [sentenceStart] = ctx.sentenceOf(d.first);
  if (!before || unit === null || before.unit !== unit || before.kind !== kind || before.previousValue !== null || before.valueMax !== null || before.value === d.value) return null;
  // "… goed voor 30%. In 2017 was dat nog 14%, in 2016 nog maar 7%": an old value goes back one more year in a clause that leaves out
  // the verb; it is the old value of the one before it.
  if (before.start >= sentenceStart) {
    const olderStill = previous[index - 1]?.previousValue === before.value && EARLIER_YEAR_STILL.test(ctx.folded.slice(before.end, ctx.tokens[d.first]!.start));
    return olderStill ? index : null;
  }
  // The figure before stands in the sentence right before this one.
  const previousStart = sentenceBeforeStart(ctx, sentenceStart);
  if (before.start < previousStart) return null;
  // The figure before is where a change went ("liepen op tot", "steeg naar"): values merely set side by side ("de wijk telt 7
  // procent van de feiten. Vroeger was dit nog 9 procent") stay two of their own.
  const lead = ctx.folded.slice(previousStart, before.start);
  const opening = ctx.folded.slice(sentenceStart, ctx.tokens[d.first]!.start);
  // "… werd 15,4 procent opgehelderd. Het jaar voordien was dat 12,1 procent": the year right before, named where the sentence
  // opens, pairs the two values as a change even where the first sentence names none.
  if (YEAR_BEFORE_WAS_THAT.test(opening)) return index;
  if (!CHANGED_TO.test(lead) && !ALREADY_NOW.test(lead)) return null;
  return THAT_STILL_BEFORE.test(opening) ? index : null;
}

// A sentence that opens with the year before and takes the value up with "was dat": "Het jaar voordien was dat", "Een jaar eerder
// waren dat er nog".
const YEAR_BEFORE_WAS_THAT = new RegExp(String.raw`^\W*${EARLIER_TIME_PHRASE}\s+(?:was|waren)\s+(?:dat|dit|het)(?:\s+er)?(?:\s+(?:nog|maar|slechts|amper|ruim|bijna))*\s*$`, 'u');

// Words right before a value that take up the count before it for another year: "in 2020 waren dat er 3.757", "waren dat er vorig jaar
// nog ruim 860.000", "In 2021 waren er dat
// nog maar 2.297", "In 2018 waren er dit 1.560", "Het jaar ervoor waren het er slechts 225", "Vorig jaar waren er dat in dezelfde periode nog 20", "in 2022 al om 371", "en in 2020 al 945", "minder dan in 2016, toen er 386", "minder
// dan in 2017 waar 618", "is dat voor 2023 maar liefst 4.022.375 euro", and a clause of another year that leaves out the verb and the noun and says "nog" ("In 2016 telde de zone
// nog 230 inbraken, vorig jaar nog maar 140"; "In 2020 waren dit er opvallend meer: 23", a comparative and a colon before the value; "een piek met 179 en in 2015 zelfs 188" stays two, and so does "In 2015 waren er 295
// inbraken, in 2016 waren er 279": the devset's gold reads such a pair as two figures).
const TAKES_UP_FOR_ANOTHER_YEAR = /(?<![\p{L}])(?:(?:(?:(?:dat|dit)(?:\s+er)?(?:\s+(?:(?:voor|in)\s+\d{4}|(?:vorig|verleden)\s+jaar))?|er\s+(?:dat|dit)|het\s+er)(?:\s+(?:in|rond|op)\s+(?:dezelfde|diezelfde|die|de\s+zelfde|hetzelfde|datzelfde)\s+(?:periode|tijd|moment|dag|datum))?|toen(?:\s+(?:waren|werden))?\s+er|(?:dan|als)\s+in\s+\d{4},?\s+(?:toen|waar)|(?:,\s*|\s+en\s+)(?:(?:vorig|verleden)\s+jaar|in\s+\d{4})\s+nog)(?:\s+(?:nog|al|weer|opnieuw))?(?:\s+(?:maar\s+liefst|maar|slechts|amper|ruim|bijna|zelfs|net\s+geen|nog\s+geen))?(?:\s+(?:\p{L}+\s+)?(?:meer|minder)\s*:)?|al(?:\s+om)?)\s*$/u;

// A clause of another year that is nothing but its year after a comma or "en": "In 2017 kwamen er 5.710 meldingen binnen, in 2018 4.732",
// "Vorig jaar waren dat er 1.300, in 2020 1.165", "In 2021 waren er 58 dodelijke ongevallen, in 2020 51 en in 2019 58".
const YEAR_ALONE_AFTER_COMMA = new RegExp(String.raw`(?:,\s*(?:en\s+)?|\s+en\s+)(?:in\s+\d{4}|${EARLIER_TIME_PHRASE})\s*$`, 'u');

// A clause set against the one before by "terwijl", its year, then only small words up to its value: "In 2015 werden nog 686 inbraken
// geregistreerd, terwijl er vorig jaar 'maar' 637 …", "…, terwijl in 2017 nog 40".
const WHILE_IN_ANOTHER_YEAR = new RegExp(String.raw`,\s*terwijl\s+(?:er\s+)?(?:in\s+\d{4}|${EARLIER_TIME_PHRASE})(?:\s+['‘’"“”]?(?:er|nog|maar|slechts|amper|al|ruim|bijna)['‘’"“”]?)*\s*$`, 'u');

// "In 2019 waren er … 156 feiten. In 2018 waren er nog 150 feiten": a state that still held in an earlier year ("werden er nog" may
// count another batch, and "in 2016 waren er nog 40" after 2015's count goes on from it: both stay figures of their own).
const STILL_THEN = /(?<![\p{L}])waren\s+er\s+nog(?:\s+(?:maar|slechts|amper|ruim|bijna))?\s*$/u;

/** Whether the sentence of figure `f` states a calendar year itself (not one its frame gives it). */
function statesAYear(ctx: Ctx, f: FigureReading): boolean {
  const [start, end] = ctx.sentenceOf(tokenIndexAt(ctx.tokens, f.start));
  for (let k = tokenIndexAt(ctx.tokens, start); k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) {
    if (ctx.tokens[k]!.type === 'num' && CALENDAR_YEAR.test(ctx.tokens[k]!.text)) return true;
  }
  return false;
}

// A change set against an earlier time, then words only up to the value: "Dit is een opmerkelijke stijging tegenover het jaar daarvoor
// toen de onmiddellijke inningen" (322 miljoen euro).
const CHANGE_SET_AGAINST = /(?<![\p{L}])(?:stijging|daling|toename|afname|verhoging|vermindering)(?:\s+\p{L}+){0,2}?\s+(?:tegenover|ten\s+opzichte\s+van|in\s+vergelijking\s+met|vergeleken\s+met)(?:\s+\p{L}+){1,10}\s*$/u;

// An earlier year a value is set against, then a clause of that time in words only up to its value: "gaan de cijfers omhoog ten
// opzichte van 2017, toen het nog om 10.239 feiten ging".
const SET_AGAINST_A_YEAR_THEN = /(?<![\p{L}])(?:tegenover|ten\s+opzichte\s+van|in\s+vergelijking\s+met|vergeleken\s+met)\s+(?:in\s+)?\d{4}\s*,?\s+toen(?:\s+\p{L}+){0,4}\s*$/u;

// A comparative in the value's own clause, then "als" or "dan" and an earlier year with its value in brackets: "lag met 137 meer dan dubbel zo
// hoog als in 2012 (60)" (after a comma, "386 werden uitgeschreven, een pak minder dan in 2015 (502)", the levels are set side by side).
const COMPARED_WITH_A_YEAR = /^[^,;:()]*?(?<![\p{L}])(?:als|dan)\s+in\s+\d{4}\s*\(\s*$/u;
// A comparison with a year, named or the one before, and its value in brackets right after: "daalde in 2019 (262) met 24,5% in
// vergelijking met het jaar ervoor (347)", "ten opzichte van 2018 (347)".
const SET_AGAINST_A_BRACKETED_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:in\s+vergelijking\s+met|vergeleken\s+met|ten\s+opzichte\s+van|tegenover)\s+(?:\d{4}|${EARLIER_TIME_PHRASE})\s*\(\s*$`, 'u');

// A noun or participle of change ("een stijging", "gedaald"), past words and years only: no other number comes between.
const CHANGE_NAMED_AFTER = /^(?:[^\d.;!?]|(?<![\p{L}\d])\d{4}(?![\d]))*?(?<![\p{L}])(?:stijging|daling|toename|afname|terugval|verdubbeling|halvering|gestegen|gedaald|toegenomen|afgenomen)(?![\p{L}])/u;

/** "Met 443 vaststellingen in 2019 is er dus sprake van een stijging van 78,6%": the clause of the value at `d` says it changed. */
const namesItsChange = (ctx: Ctx, d: Draft) => CHANGE_NAMED_AFTER.test(ctx.folded.slice(ctx.tokens[d.last]!.end, ctx.sentenceOf(d.last)[1]));

// An earlier time named before a value: "vorig jaar", "een jaar eerder", "het jaar ervoor".
const EARLIER_TIME = new RegExp(String.raw`(?<![\p{L}])${EARLIER_TIME_PHRASE}(?![\p{L}\d])`, 'u');

// A part of a year named before a value: "in het eerste trimester van 2024", "de eerste helft van 2023", "in de eerste drie maanden van".
const PART_OF_A_YEAR = /(?<![\p{L}])(?:trimester|kwartaal|semester|helft|jaarhelft|maanden)\s+van(?![\p{L}])/u;

// Nouns of a framework whose size a bare number after them gives: "de norm 107", "het kader 150".
const FRAMEWORK_NOUNS: ReadonlySet<string> = new Set(['norm', 'kader', 'personeelskader', 'minimumnorm', 'minimumkader', 'personeelsnorm']);

// Participles without "ge-" that say in what state a count is: "(75 voorzien)", "(80 begroot)", "(12 vereist)".
const STATE_PARTICIPLES: ReadonlySet<string> = new Set(['voorzien', 'begroot', 'beoogd', 'bepaald', 'vereist', 'verwacht', 'erkend', 'ontvangen', 'toegestaan', 'bezet']);

/**
 * Where the figure before a value may stand to pair with it ({@link yearPair}): the start of the sentence before the value's, or of
 * the one before that when the sentence between holds no figure ("… 13 mensen in het verkeer. Het gaat dan om personen die ter
 * plaatse sterven. In vergelijking met dezelfde periode vorig jaar waren dat er nog 15").
 */
function pairWindowStart(ctx: Ctx, sentenceStart: number, previous: FigureReading[]): number {
  const sentenceBefore = sentenceBeforeStart(ctx, sentenceStart);
  const last = previous.at(-1);
  return sentenceBefore === sentenceStart || (last !== undefined && last.start >= sentenceBefore) ? sentenceBefore : sentenceBeforeStart(ctx, sentenceBefore);
}

// Nouns of occurrences for a pair of years: the event nouns, and the reports and notifications of them ("1.172 aangiftes … sinds
// 2010, toen er 1.477 gevallen").
const OCCURRENCE_NOUNS: ReadonlySet<string> = new Set([...EVENT_NOUNS, 'aangiftes', 'aangiften', 'meldingen']);
/**
 * Whether two units count the same: one noun, a compound and its head ("163.193 nieuwe jeugdbeschermingszaken …, toen er 161.177
 * zaken"), or two nouns of occurrences ("355 incidenten … 618 gevallen").
 */
const countsTheSame = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && (isHeadOf(a, b) || isHeadOf(b, a) || (OCCURRENCE_NOUNS.has(a.toLowerCase()) && OCCURRENCE_NOUNS.has(b.toLowerCase()))));
// The shortest head a compound is taken up by: "zaken", "feiten" (a shorter one, "ten" in "agenten", is no head).
const SHORTEST_HEAD = 5;
/**
 * Whether `head` is the last part of the one-word compound `compound` ("zaken" of "jeugdbeschermingszaken"); a hyphen marks a kind
 * set apart ("ANPR-camera's" beside "camera's").
 */
const isHeadOf = (head: string, compound: string) => head.length >= SHORTEST_HEAD && compound.length > head.length && !/[\s-]/u.test(compound) && compound.toLowerCase().endsWith(head.toLowerCase());

const THIS_YEAR = /(?<![\p{L}])dit\s+jaar(?![\p{L}])/u;
// A clause in the past that takes up the count before it: "waren dat er", "was het er".
const TAKEN_UP_IN_THE_PAST = /(?<![\p{L}])(?:waren|was)\s+(?:(?:dat|dit|het)\s+er|er\s+(?:dat|dit))(?:\s+(?:nog|al|maar|slechts|amper|ruim|bijna|zelfs))*\s*$/u;
// The same with "nog", which says the count was lower or higher then than it is now: "waren dat er nog maar".
const TAKEN_UP_STILL_IN_THE_PAST = /(?<![\p{L}])(?:waren|was)\s+(?:(?:dat|dit|het)\s+er|er\s+(?:dat|dit))\s+nog(?:\s+(?:maar|slechts|amper|ruim|bijna))?\s*$/u;

/**
 * Two values of one count for two years, the second taking up the first ("In 2021 ontving de provincie 3.812 vaststellingen, in 2020
 * waren dat er 3.757"; "in 2018 werden 495 enkelbanden aangesloten, in 2019 waren dat er 590 en in 2020 al 945"), in one sentence
 * or two in a row: the later year's value changes from the earlier's (devset convention, fresh8 and fresh10: the old value from
 * the same or the next sentence; fresh18's yearly series), also when the earlier value is what a change is set against ("… 371
 * miljoen euro. Dit is een stijging tegenover het jaar daarvoor toen de inningen 322 miljoen euro bedroegen") or a comparative
 * compares with it ("met 137 meer dan dubbel zo hoog als in 2012 (60)"), as does a later
 * year's value whose clause names its change ("In 2018 waren er 248 vaststellingen. Met 443 vaststellingen in 2019 is er sprake
 * van een stijging"). Returns the figure before (its index in `previous`) and whether the value at `d` is the old one (an earlier
 * year) or the new one; null when they are not such a pair.
 */
export function yearPair(ctx: Ctx, d: Draft, kind: FigureKind, unit: string | null, referenceDate: string | null, previous: FigureReading[]): { index: number; older: boolean } | null {
  // "bij 65 ongevallen … lieten 69 mensen het leven. Een forse stijging met het jaar voordien, toen er 57 dodelijke ongevallen waren":
  // the last figure of the same count, past figures of other counts.
  const windowStart = pairWindowStart(ctx, ctx.sentenceOf(d.first)[0], previous);
  let index = previous.length - 1;
  while (index > 0 && !countsTheSame(previous[index]!.unit, unit) && previous[index]!.start >= windowStart) index--;
  const before = previous[index];
  if (!before || unit === null || !countsTheSame(before.unit, unit) || before.kind !== kind || before.valueMax !== null || d.valueMax !== null || d.previousValue !== null) return null;
  // Two shares side by side stay two ("neemt de wijk 6 procent voor haar rekening. In 2015 was dit nog 8,5 procent", fresh7); values of
  // several years listed together ("in 2009 en 2011 waren dat er zelfs 2.149 en 2.272") are levels, no one old value.
  if (kind === 'percentage' || kind === 'fraction' || numberList(ctx.tokens, d.first).size > 1) return null;
  // "het jaar voordien waren er dat 126 meer": a difference from the count, no value of it.
  if (COMPARATIVES.has(ctx.tokens[d.last + 1]?.norm ?? '')) return null;
  const year = yearOf(referenceDate);
  const beforeYear = yearOf(before.referenceDate);
  const [sentenceStart] = ctx.sentenceOf(d.first);
  if (before.start < windowStart) return null;
  const start = ctx.tokens[d.first]!.start;
  const from = Math.max(sentenceStart, before.end);
  const lead = ctx.folded.slice(from, start);
  // Across a sentence with no figure only a clause that takes up the count makes a pair.
  if (before.start < sentenceBeforeStart(ctx, sentenceStart) && !TAKES_UP_FOR_ANOTHER_YEAR.test(lead)) return null;
  // "De teller staat nu op 31. Vorig jaar waren er dat 13.": a count of now, then its value at an earlier time taken up, is a pair
  // though neither has a year (an undated text).
  const beforeOpening = ctx.folded.slice(ctx.sentenceOf(tokenIndexAt(ctx.tokens, before.start))[0], before.start);
  const nowThenEarlier = (year === null || beforeYear === null) && saysNow(beforeOpening) && EARLIER_TIME.test(lead) && TAKES_UP_FOR_ANOTHER_YEAR.test(lead);
  // "in de eerste negen maanden van dit jaar 45 verkeersslachtoffers. In dezelfde periode van 2018 waren dat er 32.": in an undated
  // text, a year whose count is taken up in the past tense is before the text's "dit jaar".
  const thisYearThenAYear = beforeYear === null && year !== null && THIS_YEAR.test(beforeOpening) && TAKEN_UP_IN_THE_PAST.test(lead);
  // "In alle politiezones samen zijn er 923 ANPR-camera's actief, in 2015 waren dat er nog maar 502": an undated count, then its value
  // in a year taken up in the past with "nog" in the same sentence, is a pair too.
  const stillInAYear = beforeYear === null && year !== null && before.start >= sentenceStart && TAKEN_UP_STILL_IN_THE_PAST.test(lead);
  if (nowThenEarlier || thisYearThenAYear || stillInAYear) return before.previousValue === null ? { index, older: true } : null;
  if (year === null || beforeYear === null || year === beforeYear) return null;
  // "In het eerste trimester van 2024 waren dit al 9.069 incidenten": a part of a year counts no step of a yearly series.
  if (PART_OF_A_YEAR.test(ctx.folded.slice(sentenceStart, start))) return null;
  const older = year < beforeYear;
  if (older && countInAnotherYear(ctx.tokens, d, d.first, before.end)) return { index, older };
  if (!TAKES_UP_FOR_ANOTHER_YEAR.test(lead) && !YEAR_ALONE_AFTER_COMMA.test(lead) && !WHILE_IN_ANOTHER_YEAR.test(lead) && !(older && ((STILL_THEN.test(lead) && statesAYear(ctx, before)) || CHANGE_SET_AGAINST.test(lead) || SET_AGAINST_A_YEAR_THEN.test(lead) || COMPARED_WITH_A_YEAR.test(lead) || SET_AGAINST_A_BRACKETED_YEAR.test(lead))) && !(!older && namesItsChange(ctx, d))) return null;
  // The old value's figure has its own old value already: the pair is no step of this count.
  if (older && before.previousValue !== null) return null;
  return { index: older ? index : latestEarlierYear(previous, index, windowStart, unit, kind, year), older };
}

/**
 * "… in 2019 (262) … in vergelijking met het jaar ervoor (347). In 2020 (203) …": the step to a later year goes on from the value of
 * the latest earlier year in the window (2019's), which may stand before the last value of the count (2018's); the index of that
 * value, the one at `index` (the last of the count) unless an earlier one has a later year.
 */
function latestEarlierYear(previous: FigureReading[], index: number, windowStart: number, unit: string, kind: FigureKind, year: number): number {
  let best = index;
  let bestYear = yearOf(previous[index]!.referenceDate)!;
  for (let k = index - 1; k >= 0 && previous[k]!.start >= windowStart; k--) {
    const e = previous[k]!;
    const y = yearOf(e.referenceDate);
    if (y === null || !countsTheSame(e.unit, unit) || e.kind !== kind || e.valueMax !== null || y >= year || y <= bestYear) continue;
    best = k;
    bestYear = y;
  }
  return best;
}

/**
 * "… telt 59 grondslapers, gevolgd door Hasselt (48), Dendermonde (47) en Gent (41)": a bare number in brackets after a
 * name, in a list of such items ({@link isNamedListItem}), counts what the last count before it counts, in its sentence
 * or the one before ("Ook Brugge (34) en Mechelen (8) blijven getroffen" after such a list); it is a sum in the currency of the
 * list's first item when that is one ({@link firstItemOfTheList}).
 */
function namedItemsUnit(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (d.first !== lead || d.last !== lead || !isNamedListItem(tokens, lead - 1)) return undefined;
  const [sentenceStart] = ctx.sentenceOf(lead);
  const first = tokenIndexAt(tokens, sentenceStart);
  const windowStart = first > 0 ? ctx.sentenceOf(first - 1)[0] : sentenceStart;
  for (let p = previous.length - 1; p >= 0 && previous[p]!.start >= windowStart; p--) {
    const f = previous[p]!;
    if (f.end <= tokens[lead]!.start && (f.kind === 'count' || f.kind === 'quantity' || (f.kind === 'money' && firstItemOfTheList(ctx, f, sentenceStart))) && f.unit !== null) return { kind: f.kind, unit: f.unit };
  }
  return undefined;
}

/**
 * "in Antwerpen (437 euro), Knokke-Heist (386), De Haan (356)": a sum in brackets right after a name, in the sentence that starts at
 * `sentenceStart`, opens a list whose bare items are sums too; a sum elsewhere in the sentence before names no unit for them.
 */
function firstItemOfTheList(ctx: Ctx, f: FigureReading, sentenceStart: number): boolean {
  const { tokens } = ctx;
  const open = tokenIndexAt(tokens, f.start) - 1;
  const close = tokenIndexAt(tokens, f.end);
  return f.start >= sentenceStart && tokens[open]?.text === '(' && tokens[open - 1] !== undefined && isCap(tokens[open - 1]!) && tokens[close]?.text === ')' && LIST_JOINERS.has(tokens[close + 1]?.norm ?? '');
}

/**
 * "441.843. Zoveel misdrijven werden vorig jaar geregistreerd": a number that is a sentence of its own, as a lead, counts the
 * noun the next sentence names it by with "zoveel" (or "zo veel").
 */
function namedByTheNextSentence(ctx: Ctx, d: Draft, lead: number): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (lead > 0 && ctx.sentenceOf(lead - 1)[0] === ctx.sentenceOf(lead)[0]) return undefined;
  const noun = leadNamedAfter(tokens, d.last, d.value);
  return noun === null ? undefined : { kind: 'count', unit: lower(tokens[noun]!) };
}

/**
 * A bare number in brackets right after a capitalised name that does not open its sentence, in a sentence that opens with a plural
 * noun and its verb ("De meeste onrustwekkende verdwijningen werden geregistreerd in de provincie Antwerpen (181)"): it counts
 * that noun. Undefined otherwise.
 */
function namedShareOfOpeningNoun(ctx: Ctx, d: Draft, lead: number): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  const name = tokens[lead - 2];
  if (tokens[lead - 1]?.text !== '(' || tokens[d.last + 1]?.text !== ')' || name?.type !== 'word' || !/^\p{Lu}/u.test(name.text)) return undefined;
  const sentenceStart = tokenIndexAt(tokens, ctx.sentenceOf(d.first)[0]);
  if (lead - 2 <= sentenceStart) return undefined;
  const sentenceEnd = tokenIndexAt(tokens, ctx.sentenceOf(d.first)[1]);
  const opening = openingNoun(tokens, sentenceStart, lead - 2);
  // "De provincies met de hoogste tol aan verkeersdoden waren Henegouwen (97)": the places' class names the items, the noun it
  // is ranked by is what they count; "In Waals-Brabant (19) en Luxemburg (34) vielen het minste dodelijke slachtoffers" ranks after.
  const placeClass = opening !== null && PLACE_CLASS_NOUNS.has(tokens[opening]!.norm);
  const noun = (placeClass ? null : opening) ?? rankedNoun(tokens, sentenceStart, placeClass ? lead - 2 : sentenceEnd);
  // A name opening the sentence ("Antwerpen telt 59 grondslapers, gevolgd door Hasselt (48)") is no counted noun.
  return noun === null || !/^\p{Ll}/u.test(tokens[noun]!.text) ? undefined : { kind: 'count', unit: lower(tokens[noun]!) };
}

// Superlatives and comparatives of a quantity that rank or compare places by a count: "het minste inbraken", "de meeste diefstallen",
// "evenveel woninginbraken in A (5.615) als in B (5.544)", "meer inbraken in A (23.537) dan in B (22.281)".
const RANKING_SUPERLATIVES: ReadonlySet<string> = new Set(['meeste', 'minste', 'evenveel', 'meer', 'minder']);
// Superlatives of a toll or a number that rank by the noun after "aan"/"van": "de hoogste tol aan verkeersdoden".
const RANKING_LEVELS: ReadonlySet<string> = new Set(['hoogste', 'laagste', 'grootste', 'kleinste']);
// The place of a rank: "op de tweede plaats van …", "op de derde plek qua …".
const RANK_PLACES: ReadonlySet<string> = new Set(['plaats', 'plek']);

/**
 * "Vorig jaar waren er het minste inbraken in Lubbeek (30)", "met de hoogste tol aan verkeersdoden", "op de vierde plaats van
 * dodelijke verkeersongevallen": the noun a superlative of quantity, a toll or a number with "aan"/"van", or a rank's place with
 * "van"/"qua", ranks by, before token `end`; else null.
 */
function rankedNoun(tokens: Token[], from: number, end: number): number | null {
  for (let k = from; k < end - 1; k++) {
    if (RANKING_SUPERLATIVES.has(tokens[k]!.norm)) return findCountedNoun(tokens, k + 1, 2);
    // "op de vierde plaats van dodelijke verkeersongevallen na Henegouwen (98)": a rank's place names what it ranks by.
    if (RANK_PLACES.has(tokens[k]!.norm) && (tokens[k + 1]?.norm === 'van' || tokens[k + 1]?.norm === 'qua')) return findCountedNoun(tokens, k + 2, 2);
    if (!RANKING_LEVELS.has(tokens[k]!.norm)) continue;
    const of = tokens[k + 2]?.norm;
    if (of === 'aan' || of === 'van') return findCountedNoun(tokens, k + 3, 2);
  }
  return null;
}

/**
 * "De klachten gaan over diefstal (64 dossiers), stalking (45) en oplichting (38)": a bare number in brackets
 * after a category, in a list whose first bracket named what it counts, counts the same (a "(N noun)" earlier in the sentence).
 */
function bracketedListUnit(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (tokens[lead - 1]?.text !== '(' || tokens[d.last + 1]?.text !== ')') return undefined;
  const [sentenceStart] = ctx.sentenceOf(d.first);
  for (let k = previous.length - 1; k >= 0 && previous[k]!.start >= sentenceStart; k--) {
    const f = previous[k]!;
    const first = tokenIndexAt(tokens, f.start);
    const last = tokenIndexAt(tokens, f.end) - 1;
    if (f.kind === 'count' && f.unit !== null && tokens[first - 1]?.text === '(' && tokens[last + 1]?.text === ')' && f.quote.toLowerCase().endsWith(f.unit)) return { kind: 'count', unit: f.unit };
  }
  return undefined;
}

// How many words a list of bare counts in brackets may have between two of its counts: "(10), nachtlawaai (7)", "(133), het
// oneigenlijk gebruik van middelen (10)".
const PART_ITEM_WORDS = 6;

/** The opening brackets of a list of bare counts in brackets ("fout parkeren (133), … nachtlawaai (7) en geluidsoverlast (5)") that holds the one opening at `open`, in order. */
function bareCountList(tokens: Token[], open: number): number[] {
  const bare = (k: number) => tokens[k]?.text === '(' && tokens[k + 1]?.type === 'num' && tokens[k + 2]?.text === ')';
  // The words between a closing bracket and the next item's opening one: a comma or "en" first, then words only.
  const joins = (close: number, next: number) => {
    let k = close + 1;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.norm === 'en' || tokens[k]?.norm === 'of') k++;
    return k > close + 1 && next - k >= 1 && next - k <= PART_ITEM_WORDS && tokens.slice(k, next).every((t) => t.type === 'word');
  };
  const items = [open];
  for (let k = open - 2; k >= 0 && k >= items[0]! - PART_ITEM_WORDS - 4; k--) {
    if (bare(k) && joins(k + 2, items[0]!)) items.unshift(k);
  }
  for (let k = open + 4; k < tokens.length && k <= items.at(-1)! + PART_ITEM_WORDS + 6; k++) {
    if (bare(k) && joins(items.at(-1)! + 2, k)) items.push(k);
  }
  return items;
}

/**
 * "De lokale politie stelde 177 inbreuken vast. Het grootste aantal werd vastgesteld bij fout parkeren (133), … nachtlawaai (7) en
 * geluidsoverlast (5)", "134 inbreuken, waarbij het onderhoud van voetpaden (71) en sluikstorten (49)": bare counts in brackets after
 * categories, two or more in one list, that add up to no more than the count right before the list (in its sentence or the one before,
 * not in brackets itself) are its parts: they count what it counts.
 */
function partsOfTheCountBefore(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (tokens[lead - 1]?.text !== '(' || tokens[d.last + 1]?.text !== ')' || d.last !== lead) return undefined;
  const items = bareCountList(tokens, lead - 1);
  if (items.length < 2) return undefined;
  const listStart = tokens[items[0]!]!.start;
  const whole = previous.findLast((f) => f.end <= listStart);
  if (!whole || whole.kind !== 'count' || whole.unit === null || whole.start < sentenceBeforeStart(ctx, ctx.sentenceOf(lead)[0])) return undefined;
  if (tokens[tokenIndexAt(tokens, whole.start) - 1]?.text === '(') return undefined;
  const sum = items.reduce((total, k) => total + (parseDigits(tokens[k + 1]!.text) ?? Infinity), 0);
  return sum <= whole.value ? { kind: 'count', unit: whole.unit } : undefined;
}

// How many words may stand between a count and the brackets that list its parts ("502 camera's in gebruik (411 vaste en 91 mobiele)").
const PARTS_BRACKET_REACH = 3;

/**
 * "502 ANPR-camera's in gebruik (411 vaste en 91 mobiele)": bare numbers in brackets, each with an adjective that leaves the noun out,
 * listed with commas and "en" right after a count (a few words between at most, in its sentence), are its parts: they count what it
 * counts.
 */
function partsByAdjective(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  const endsItem = (k: number) => tokens[k]?.type === 'word' && isAdjectiveLike(tokens[k]!) && [')', ',', 'en'].includes(tokens[k + 1]?.norm ?? '');
  if (d.last !== lead || !endsItem(lead + 1)) return undefined;
  // Back over the items before this one to the opening bracket.
  let open = lead - 1;
  while (tokens[open]?.text === ',' || tokens[open]?.norm === 'en') {
    if (tokens[open - 2]?.type !== 'num' || !endsItem(open - 1)) return undefined;
    open -= 3;
  }
  const whole = previous.at(-1);
  if (tokens[open]?.text !== '(' || !whole || whole.kind !== 'count' || whole.unit === null || whole.end > tokens[open]!.start || whole.start < ctx.sentenceOf(lead)[0]) return undefined;
  const between = tokens.slice(tokenIndexAt(tokens, whole.end), open);
  return between.length <= PARTS_BRACKET_REACH && between.every((t) => t.type === 'word') ? { kind: 'count', unit: whole.unit } : undefined;
}

// How many words a list's category item may have: "loslopende dieren", "afval en zwerfvuil".
const CATEGORY_ITEM_WORDS = 3;

/**
 * "… voor afval en zwerfvuil (9), geluidshinder (3), loslopende dieren (3), opsluitingsboetes (10) en andere inbreuken (10)": an item
 * of a list of bracketed counts whose last item before it that counts a category (a noun of another, not its own noun) counts that
 * noun too, though the item ends on a plural ("dieren"); an item that is a kind of that noun ("opsluitingsboetes (10)") counts itself.
 * Undefined otherwise, as for "(16), net als het aantal aanrandingen (24)".
 */
function categoryListContinued(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (tokens[lead - 1]?.text !== '(' || tokens[d.last + 1]?.text !== ')') return undefined;
  let open = lead - 1;
  for (let index = previous.length - 1; index >= 0; index--) {
    open = listItemBefore(tokens, open) ?? -1;
    const item = previous[index]!;
    if (open < 0 || item.kind !== 'count' || item.unit === null || item.start !== tokens[open + 1]!.start) return undefined;
    if (lower(tokens[open - 1]!) === item.unit) continue;
    return lower(tokens[lead - 2]!).endsWith(item.unit) ? undefined : { kind: 'count', unit: item.unit };
  }
  return undefined;
}

/** The opening bracket of the list item right before the one whose bracket opens at `open` ("…, geluidshinder (3), loslopende dieren (3)"), or null. */
function listItemBefore(tokens: Token[], open: number): number | null {
  let close = open - 1;
  while (close > open - 1 - CATEGORY_ITEM_WORDS && tokens[close]?.type === 'word' && !NP_DETERMINERS.has(tokens[close]!.norm) && tokens[close]!.norm !== 'en') close--;
  if (tokens[close]?.norm === 'en') close--;
  if (tokens[close]?.text === ',') close--;
  return close < open - 1 && tokens[close]?.text === ')' && tokens[close - 1]?.type === 'num' && tokens[close - 2]?.text === '(' ? close - 2 : null;
}

// Prepositions that name the category a counted noun is of: "aanhoudingen voor diefstal", "opsluitingen wegens drugs".
const CATEGORY_PREPOSITIONS = new Set(['voor', 'wegens']);

/**
 * "heel wat aanhoudingen voor diefstal (772) en geweld, moord en doodslag (451)": a bare number in brackets after a lowercase
 * category counts the plural noun whose category it is ("NOUN voor|wegens …" earlier in its sentence, no number between), and an
 * item after it counts what the bracket before it in the sentence counts.
 */
function categoryItemUnit(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (tokens[lead - 1]?.text !== '(' || tokens[d.last + 1]?.text !== ')' || !/^\p{Ll}/u.test(tokens[lead - 2]?.text ?? '')) return undefined;
  const sentenceStart = tokenIndexAt(tokens, ctx.sentenceOf(lead)[0]);
  for (let k = lead - 2; k > sentenceStart; k--) {
    const t = tokens[k]!;
    if (t.text === ')') {
      const item = previous.at(-1);
      const bare = item !== undefined && item.kind === 'count' && item.unit !== null && item.end === tokens[k - 1]?.end && tokens[k - 2]?.text === '(';
      return bare ? { kind: 'count', unit: item.unit! } : undefined;
    }
    if (t.type === 'num' || t.text === ';' || t.text === ':') return undefined;
    const counted = (j: number) => /^\p{Ll}/u.test(tokens[j]!.text) && findCountedNoun(tokens, j, 2) === j;
    if (CATEGORY_PREPOSITIONS.has(t.norm) && counted(k - 1)) return { kind: 'count', unit: lower(tokens[k - 1]!) };
    // "De andere boetes werden opgelegd voor afval en zwerfvuil (9)": the noun, then its passive verb, then the category.
    if (CATEGORY_PREPOSITIONS.has(t.norm) && isPastParticiple(tokens[k - 1]?.norm ?? '') && PASSIVE_AUXILIARIES.has(tokens[k - 2]?.norm ?? '') && counted(k - 3)) {
      return { kind: 'count', unit: lower(tokens[k - 3]!) };
    }
    // "(16), net als het aantal aanrandingen (24)": a counted noun of its own after the bracket before starts another count.
    if (counted(k)) return undefined;
  }
  return undefined;
}

// Words that restate the figure right before in another unit: "45 procent hiervan of 196 miljoen euro", "ofwel 14,5 miljoen".
const RESTATING_JOINS = new Set(['of', 'ofwel', 'oftewel']);

/**
 * The date of the figure a draft is a part of or restates, for a draft its own sentence dates by nothing: "De inkomsten bedroegen in
 * 2020 435 miljoen euro. 45 procent hiervan of 196 miljoen euro vloeit terug" dates the share and the amount 2020, as the whole
 * is. The whole is the figure right before, in the same sentence or the one before; null otherwise. A share after a share of its
 * sentence is of the same time ("Zo'n 75 procent daarvan gebeurt in Veurne, Alveringem is goed voor 15 procent", after "In 2018 …"),
 * and so is a value a sentence opens with for what the one before said ("In 2020 is 35,5 ton in beslag genomen. Dat vertegenwoordigt
 * 5,32 miljard euro").
 */
export function wholeDate(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): string | null {
  const { tokens } = ctx;
  const before = previous.at(-1);
  if (!before) return null;
  if (d.kind === 'percentage' && before.kind === 'percentage' && before.start >= ctx.sentenceOf(d.first)[0] && !NOW_WORDS.test(ctx.folded.slice(before.end, tokens[lead]!.start))) {
    return before.referenceDate;
  }
  // The figure right before the join, or before its "hiervan" ("45 procent hiervan of 196 miljoen euro").
  const joined = PARTITIVE_POINTERS.has(tokens[lead - 2]?.norm ?? '') ? lead - 3 : lead - 2;
  const restates = RESTATING_JOINS.has(tokens[lead - 1]?.norm ?? '') && before.end === tokens[joined]?.end;
  const part = PARTITIVE_POINTERS.has(tokens[d.last + 1]?.norm ?? '');
  const [sentenceStart] = ctx.sentenceOf(d.first);
  const valued = VALUES_WHAT_WAS_SAID.test(ctx.folded.slice(sentenceStart, tokens[lead]!.start));
  if (!restates && !part && !valued) return null;
  const previousStart = sentenceBeforeStart(ctx, sentenceStart);
  return before.start >= previousStart ? before.referenceDate : null;
}

// A sentence that opens by valuing what the one before said: "Dat vertegenwoordigt 5,32 miljard euro", "Dit betekent 40 agenten".
const VALUES_WHAT_WAS_SAID = /^\s*["“”']?\s*(?:dat|dit)\s+(?:vertegenwoordigt|vertegenwoordigde|betekent|betekende|staat\s+voor|stond\s+voor|komt\s+neer\s+op|kwam\s+neer\s+op)\s+(?:(?:bijna|ruim|zowat|ongeveer|meer\s+dan|minder\s+dan|liefst)\s+)?$/u;

// The present moment between two shares: "In 2019 was dat 30 procent, nu 20 procent".
const NOW_WORDS = /(?<![\p{L}])(?:nu|vandaag|momenteel|thans|intussen|inmiddels)(?![\p{L}])/u;

// Nouns that count units or pieces of whatever the clause counts: "daalde het aantal woninginbraken met 15 eenheden", "is het aantal
// inbraken met vijftig stuks gedaald".
const UNITS_NOUNS = new Set(['eenheden', 'stuks', 'exemplaren']);

/**
 * The unit of a count of "eenheden" (or "stuks"): what "het aantal" of its clause counts ("daalde het aantal woninginbraken vorig jaar met 15
 * eenheden" → woninginbraken), or, where "het aantal" names no noun, what the count before it in this sentence or the one before
 * counts ("… tot 486 agenten. In 2022 nam het aantal verder af tot 474 eenheden" → agenten); the unit as read otherwise.
 */
export function unitOfUnits(ctx: Ctx, d: Draft, unit: string | null, previous: FigureReading[]): string | null {
  if (unit === null || !UNITS_NOUNS.has(unit)) return unit;
  const { tokens } = ctx;
  const [sentenceStart] = ctx.sentenceOf(d.first);
  for (let k = d.first - 1; k >= 0 && tokens[k]!.start >= sentenceStart; k--) {
    if (!COUNT_REFERENCE_NOUNS.has(tokens[k]!.norm)) continue;
    const noun = findCountedNoun(tokens, k + 1, 2);
    if (noun !== null && noun < d.first) return lower(tokens[noun]!);
    const before = previous.at(-1);
    return before && before.kind === 'count' && before.unit !== null && before.start >= sentenceBeforeStart(ctx, sentenceStart) ? before.unit : unit;
  }
  return unit;
}

/**
 * "De meest opvallende conclusie? De spectaculaire daling van ongevallen in onze zone. Van 142 in 2017 naar 71 in 2018.": a change
 * that names no noun counts what a noun of change before it, in its sentence or the one before, is of.
 */
function changedNounBefore(ctx: Ctx, d: Draft, lead: number): { kind: FigureKind; unit: string } | undefined {
  if (d.previousValue === null) return undefined;
  const { tokens } = ctx;
  const from = sentenceBeforeStart(ctx, ctx.sentenceOf(lead)[0]);
  for (let k = lead - 1; k >= 1 && tokens[k]!.start >= from; k--) {
    if (tokens[k]!.norm !== 'van' || !CHANGE_NOUNS.has(tokens[k - 1]!.norm)) continue;
    const noun = findCountedNoun(tokens, k + 1, 2);
    if (noun !== null && /^\p{Ll}/u.test(tokens[noun]!.text)) return { kind: 'count', unit: lower(tokens[noun]!) };
  }
  return undefined;
}

/**
 * "In totaal moesten 1.147 bestuurders blazen. Twaalf van hen zaten in de alarmfase, zes anderen bliezen positief": a number before
 * "anderen" counts more of what the count before it, in its sentence or the one before, counts.
 */
function othersCounted(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  return ctx.tokens[d.last + 1]?.norm === 'anderen' ? lastCountFromSentenceBefore(ctx, lead, previous) : undefined;
}

/** The noun of the last count with one, in the sentence of token `lead` or the one before, as the unit of a number that takes it up. */
function lastCountFromSentenceBefore(ctx: Ctx, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const from = sentenceBeforeStart(ctx, ctx.sentenceOf(lead)[0]);
  const count = previous.findLast((f) => f.start >= from && f.kind === 'count' && f.unit !== null);
  return count ? { kind: 'count', unit: count.unit! } : undefined;
}

/**
 * "… 154 dossiers te verwerken. (Twintig minder dan in het vorige werkingsjaar.)": a bare number that opens its sentence with "meer"
 * or "minder dan" after it is a difference of the last count of the sentence before, in its noun.
 */
function differenceOfCount(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const { tokens } = ctx;
  if (!['meer', 'minder'].includes(tokens[d.last + 1]?.norm ?? '') || tokens[d.last + 2]?.norm !== 'dan') return undefined;
  const [sentenceStart] = ctx.sentenceOf(lead);
  if (tokens.slice(tokenIndexAt(tokens, sentenceStart), lead).some((t) => t.type !== 'sym')) return undefined;
  return lastCountFromSentenceBefore(ctx, lead, previous);
}

/**
 * "35 bestuurders testten positief: 33 wegens alcohol en twee wegens drugs": a number right after the colon that closes a clause with a
 * count, and no larger than it, is a part of that count.
 */
function partAfterColon(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string } | undefined {
  const colon = ctx.tokens[lead - 1];
  if (colon?.text !== ':') return undefined;
  const whole = previous.at(-1);
  if (!whole || whole.kind !== 'count' || whole.unit === null || whole.end > colon.start || (whole.valueMax ?? whole.value) < d.value) return undefined;
  // The count's own clause: no sentence or line ends between it and the colon (a label line "Aantal inbreuken : 3 960" is no part).
  return /[.!?\n]/u.test(ctx.folded.slice(whole.end, colon.start)) ? undefined : { kind: 'count', unit: whole.unit };
}
