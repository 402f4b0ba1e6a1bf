/**
 * What a figure means, rule by rule, on invented Dutch sentences: subject (with offsets, across
 * the sentence and back to the previous one), status (both readings of each cue), direction and
 * change, canonical unit and value, and the links of the subject to gazetteer mentions.
 */
import t from 'tap';
import { normalizedValueOf, unitKindOf } from '../../src/ingest/figures/canonical.js';
import { sentenceSpans } from '../../src/ingest/figures/dates.js';
import { extractFigures } from '../../src/ingest/figures/index.js';
import { linkSubjects, scopeZone } from '../../src/ingest/figures/links.js';
import { describeFigures } from '../../src/ingest/figures/meaning.js';
import { seriesKeyOf } from '../../src/ingest/figures/series.js';
import { actorEntrySchema, type ActorEntry } from '../../src/ingest/gazetteer.js';
import type { Figure, Mention } from '../../src/ingest/types.js';

const describe = (text: string, documentDate: string | null = '2024-05') =>
  describeFigures(text, extractFigures(text, { documentDate }), { documentDate });

/** The reference date extraction gives the first figure whose quote holds `quote`, in a text of `documentDate`. */
const referenceDateOf = (text: string, quote: string, documentDate: string | null) =>
  extractFigures(text, { documentDate }).find((f) => f.quote.includes(quote))?.referenceDate;
/** Quote and reference date of every figure a text yields, read with a document date. */
const datesOn = (documentDate: string) => (text: string) => extractFigures(text, { documentDate }).map((f) => [f.quote, f.referenceDate]);

/** The one figure of a text whose quote contains `quote`. */
function figure(text: string, quote: string, documentDate?: string | null): Figure {
  const f = describe(text, documentDate).find((x) => x.quote.includes(quote));
  if (!f) throw new Error(`no figure "${quote}" in: ${text}`);
  return f;
}

/** The direction of the one figure of a text whose quote contains `quote`. */
const direction = (text: string, quote: string) => figure(text, quote).direction;
/** The status of the one figure whose quote contains `quote`, in a text of `documentDate`. */
const statusOn = (documentDate: string) => (text: string, quote: string) => figure(text, quote, documentDate).status;

t.test('subject: the grammatical subject before the finite verb', async (t) => {
  const text = 'De Provinciale Verkeersdienst telt 85 inspecteurs.';
  const f = figure(text, '85');
  t.equal(f.subject, 'Provinciale Verkeersdienst');
  t.equal(text.slice(f.subjectStart!, f.subjectEnd!), f.subject, 'offsets slice to the subject');
});

t.test('subject: after a fronted adverbial the subject follows the finite verb (V2)', async (t) => {
  t.equal(figure('Vorig jaar kreeg de brandweer van Lier 24 nieuwe medewerkers.', '24').subject, 'brandweer');
  t.equal(figure('In 2022 werden de wijkdienst en de jeugddienst uitgebreid tot 40 medewerkers.', '40').subject, 'wijkdienst', 'the first conjunct');
  t.equal(figure('Op drie plaatsen kreeg de wijkpolitie 12 extra inspecteurs.', '12').subject, 'wijkpolitie', 'after a fronted phrase of place');
});

t.test('subject: a frame noun gives way to its "van" complement or to what it frames', async (t) => {
  t.equal(figure('Het personeel van de verkeerspolitie steeg tot 120 medewerkers.', '120').subject, 'verkeerspolitie');
  t.equal(figure('Het aantal woninginbraken daalde vorig jaar tot 1.829.', '1.829').subject, 'woninginbraken');
});

t.test('subject: the "van" complement of a share', async (t) => {
  t.equal(figure('Ongeveer 60 procent van de meldingen komt uit de binnenstad.', '60').subject, 'meldingen');
});

t.test('subject: the antecedent of a relative clause', async (t) => {
  t.equal(figure('De stad kiest voor een nieuwe wijkcel, die 12 agenten zal tellen.', '12').subject, 'nieuwe wijkcel');
});

t.test('subject: "dit aantal" and pronouns point back to the previous sentence', async (t) => {
  const text = 'De recherchedienst van Hasselt heeft nood aan 90 speurders. Eind 2023 was dit aantal slechts 71.';
  const [need, seen] = describe(text);
  t.equal(seen!.subject, 'recherchedienst', 'from the figure of the previous sentence');
  t.equal(seen!.subjectStart, need!.subjectStart, 'the same span, in the previous sentence');
  const pronoun = 'De nieuwe verkeersbrigade start met 20 agenten. Op termijn moet die groeien tot 45 agenten.';
  t.equal(figure(pronoun, '45').subject, 'nieuwe verkeersbrigade');
  const noFigureBefore = 'De cel radicalisering werkt nauw samen met de scholen. Dit jaar heeft ze 14 medewerkers.';
  t.equal(figure(noFigureBefore, '14').subject, 'cel radicalisering', "the previous sentence's subject when it has no figure");
});

t.test('subject: the speaker is no subject', async (t) => {
  t.equal(figure('We willen 200 extra wijkagenten aanwerven.', '200').subject, 'wijkagenten', 'the counted noun itself');
  const text = 'Als lid van de Politieraad Noord blijven we investeren. Deze inzet maakt 30 extra agenten mogelijk.';
  t.equal(figure(text, '30').subject, 'Politieraad Noord', 'a "van" complement of the fronted phrase of the previous sentence');
});

t.test('subject: a count of things is of what it counts; staff are of their unit', async (t) => {
  t.equal(figure('De politie heeft vorig jaar 305 inbraken vastgesteld.', '305').subject, 'inbraken');
  t.equal(figure('De politie heeft vorig jaar 305 agenten ingezet.', '305').subject, 'politie', 'staff: the unit they work for');
  t.equal(figure('Er werden 764 dossiers opgestart.', '764').subject, 'dossiers');
  t.equal(figure('Op drie plaatsen komen er nieuwe fietsenstallingen.', 'drie').subject, 'fietsenstallingen', 'the noun the clause presents');
  t.equal(figure('In 2016 deed de dienst 576 aanhoudingen. 38 personen werden aangehouden.', '38').subject, 'personen', 'a count opening its sentence');
});

t.test('subject: what an amount is spent on, and the phrase a figure measures', async (t) => {
  t.equal(figure('De stad investeerde 800.000 euro in het project.', '800.000').subject, 'project');
  t.equal(figure('Er werd voor 15 miljoen euro aan voertuigen in beslag genomen.', '15').subject, 'voertuigen');
  t.equal(figure('De stad investeerde 800.000 euro in 2022.', '800.000').subject, 'stad', 'a date is no purpose');
  t.equal(figure('We hebben een team van tien mensen nodig.', 'tien').subject, 'team');
  t.equal(figure('De zone opende een gebouw van 36 miljoen euro.', '36').subject, 'gebouw');
  t.equal(figure('De dienst heeft nood aan een personeelskader van 90 speurders.', '90').subject, 'dienst', 'a frame noun before "van" gives way');
  t.equal(figure('De dienst nam 41 voertuigen voor een waarde van 966.438 euro.', '966.438').subject, 'voertuigen', 'what "een waarde van" values');
  t.equal(figure('De zone opende een gebouw van 36 miljoen euro in het centrum.', '36').subject, 'gebouw', 'the measured phrase before a place');
  t.equal(figure('Er werden 764 dossiers opgestart, waarvan twee nieuwe moordzaken.', 'twee').subject, 'moordzaken', 'a count of things in a relative clause counts its own noun');
});

t.test('subject: a demonstrative phrase with a noun names what an amount is of; staff still point back', async (t) => {
  const text = 'De regering keurde het plan goed. Deze bijkomende investering wordt gespreid: €50 miljoen in 2021 en €70 miljoen in 2022.';
  t.equal(figure(text, '€50').subject, 'bijkomende investering');
  t.equal(figure(text, '€70').subject, 'bijkomende investering');
});

t.test('subject: a figure named again after a demonstrative is of what it was of', async (t) => {
  const text = 'De federale gerechtelijke politie vraagt 1.000 extra personeelsleden. Een team telt nu tien mensen. Die 1.000 extra personeelsleden wil de directeur inzetten tegen terreur.';
  const [asked, , again] = describe(text);
  t.equal(again!.subject, 'federale gerechtelijke politie');
  t.equal(again!.subjectStart, asked!.subjectStart, 'the span of the first mention');
});

t.test('subject: a restatement after ", ofwel" is of what the figure it restates is of', async (t) => {
  t.equal(figure('De begroting voorziet een vermindering van 2% van de federale dotaties, ofwel 14,5 miljoen euro.', '14,5').subject, 'federale dotaties');
});

t.test('subject: a change by a figure is of what changes; a count of how often is of the clause subject', async (t) => {
  t.equal(figure('• de versterking van de personeelscapaciteit van de politie met bijna 1.000 personen tijdens deze legislatuur;', '1.000').subject, 'personeelscapaciteit');
  t.equal(figure('Het labo kwam ruim 550 keer ter plaatse.', '550').subject, 'labo');
});

t.test('subject: what an amount is spent on past a participle, where it is, and what a value is of past a fixed verb phrase', async (t) => {
  t.equal(figure('En er werd meer dan 3 miljoen euro geïnvesteerd in veiligheidscamera’s.', '3 miljoen').subject, 'veiligheidscamera’s');
  t.equal(figure('• 16.786.393,84 euro op rekeningen', '16.786').subject, 'rekeningen');
  t.equal(figure('De dienst nam geld en goederen in beslag voor een totale waarde van 43.451.510,07 euro.', '43.451').subject, 'goederen', 'not "beslag"');
  t.equal(figure('Gelet op het ontwerp, die een federale dotatie van 718,4 miljoen euro voorziet.', '718,4').subject, 'federale dotatie', 'a relative pronoun before the article is no determiner (bug: read as "die een" and so as a pointer back)');
});

t.test('subject: a share is of what the count in brackets after it counts', async (t) => {
  t.equal(figure('Meer dan een derde (198 aanhoudingen) had te maken met drugs.', 'een derde').subject, 'aanhoudingen');
});

t.test('subject: the clause a figure stands in — subordinate, after a fronted subordinate clause, coordinated', async (t) => {
  t.equal(figure('De begroting voorziet 718 miljoen euro, terwijl de dotatie 721 miljoen in 2015 bedroeg.', '721').subject, 'dotatie');
  t.equal(figure('Waar in 2012 een vierde van de feiten werd opgehelderd, is dat nu de helft.', 'de helft').subject, 'feiten', '"dat" points to the figure before it');
  t.equal(figure('De douane boekte recordjaren en de hoeveelheid ervan is sinds 2013 met 660 procent gestegen.', '660').subject, 'hoeveelheid');
  t.equal(figure('Het aantal ongevallen kende een daling van dertig procent.', 'dertig').subject, 'ongevallen', '"kende" is a finite verb');
});

t.test('subject: an abbreviation in brackets stays in the phrase; an antecedent that is a figure stands for its subject', async (t) => {
  const text = 'De afdeling van de politie (FGP) in Antwerpen telt een 400-tal werknemers, waar het er 550 zouden moeten zijn.';
  t.equal(figure(text, '400').subject, 'afdeling');
  t.equal(figure(text, '550').subject, 'afdeling');
});

t.test('subject: a noun left out is the one mentioned before', async (t) => {
  t.equal(figure('De dienst verrichtte 561 aanhoudingen, waarvan 159 voor drugs.', '159').subject, 'aanhoudingen');
  t.equal(figure("Iets meer dan 12.000 pv's werden er toen opgemaakt. Vorig jaar noteerden we er 21.486.", '21.486').subject, "pv's");
});

t.test('subject: a verbless clause; "daar" points to the last phrase before; a count of things counts its own noun', async (t) => {
  t.equal(figure('Het aantal woninginbraken daalde met 40%. De autodiefstallen met 35%.', '35').subject, 'autodiefstallen');
  t.equal(figure('Ze wil de agenten inzetten voor terrorismebestrijding. Daar werken nu 200 mensen.', '200').subject, 'terrorismebestrijding');
  t.equal(figure('De korpsoversten van de zes politiezones van het arrondissement werken samen.', 'zes').subject, 'politiezones');
});

t.test('subject: staff of a fronted organisation, money for a fronted or trailing purpose; a shortage frames its count', async (t) => {
  t.equal(figure('Bij de lokale politie werken 34.000 mensen.', '34.000').subject, 'lokale politie');
  t.equal(figure('Bij de actie werden 14 agenten ingezet.', '14').subject, 'agenten', 'an action has no staff');
  t.equal(figure("Voor de nieuwe camera's trekt de stad 5 miljoen euro uit.", '5 miljoen').subject, "nieuwe camera's");
  t.equal(figure('De regering trekt 100 miljoen euro extra uit voor de politie.', '100').subject, 'politie', 'past "extra uit"');
  t.equal(figure('De federale politie heeft een tekort van 1.500 agenten.', '1.500').subject, 'federale politie', 'not "tekort"');
});

t.test('status: strong past tenses and weak ones in "-eerde" are observed', async (t) => {
  t.equal(figure('Er vielen 500 verkeersdoden.', '500').status, 'actual');
  t.equal(figure('Het parket seponeerde 60% van de dossiers.', '60').status, 'actual');
  t.equal(figure("De politie schreef 12.000 pv's uit voor snelheid.", '12.000').status, 'actual');
});

t.test('subject: people who are no one\'s staff are counted for themselves; a budget that frames nothing is the subject', async (t) => {
  t.equal(figure('De politie arresteerde 38 verdachten.', '38').subject, 'verdachten');
  t.equal(figure('Het gaat om 12 vrouwen.', '12').subject, 'vrouwen');
  t.equal(figure('Het budget bedraagt 90 miljoen euro.', '90').subject, 'budget');
  t.equal(figure('Het aantal bedraagt 462.', '462').subject, null, '"het aantal" alone names nothing');
});

t.test('subject: a measured substance', async (t) => {
  const text = 'In 2021 werd 12 ton heroïne onderschept.';
  const f = figure(text, '12 ton');
  t.equal(f.subject, 'heroïne');
  t.equal(text.slice(f.subjectStart!, f.subjectEnd!), 'heroïne');
});

t.test('status: target, actual, forecast and unknown, each cue with its other reading', async (t) => {
  t.equal(figure('De stad wil 50 extra camera’s plaatsen.', '50').status, 'target', '"wil"');
  t.equal(figure('De stad plaatste vorig jaar 50 extra camera’s.', '50').status, 'actual', 'a past reference date');
  t.equal(figure('De dienst heeft nood aan 30 analisten.', '30').status, 'target', '"nood aan"');
  t.equal(figure('De dienst heeft 30 analisten.', '30').status, 'actual', 'a present state');
  t.equal(figure('Het korps moet uitgroeien tot 400 agenten.', '400').status, 'target', '"moet uitgroeien tot"');
  t.equal(figure('Het korps was eind 2023 gegroeid tot 400 agenten.', '400').status, 'actual', 'past tense');
  t.equal(figure('Het aantal diefstallen zal naar verwachting 2.000 bedragen.', '2.000').status, 'forecast', '"naar verwachting"');
  t.equal(figure('Tegen 2030 telt het korps 500 agenten.', '500').status, 'target', 'a reference date after the document date');
  t.equal(figure('De eerste vijf trajectcontroles starten op 22 mei 2024.', 'vijf', '2024-04-28').status, 'target', 'a day after the document\'s in its year (bug: actual; fresh26 347)');
  t.equal(figure('De politie controleerde op 2 april 2024 40 chauffeurs.', '40', '2024-04-28').status, 'actual', 'a day before it');
  t.equal(figure('In 2024 telt het korps 500 agenten.', '500', '2024-04-28').status, 'actual', 'the document\'s own year is no later date');
  t.equal(figure('Een totaal van 500 agenten.', '500', null).status, 'actual', 'no verb, no cue, no date: a stated fact');
  t.equal(figure('Op vijf plaatsen komen er buurtkantoren.', 'vijf').status, 'target', '"komen er"');
  t.equal(figure('Samen met de 9 andere participerende gemeenten.', '9').status, 'actual', 'a present participle describes what exists');
});

t.test('status: budgets provide and requests ask; the present moment and weak past tenses are observed; list items continue their lead', async (t) => {
  t.equal(figure('De begroting voorziet 718 miljoen euro voor de politiezones.', '718').status, 'target', '"voorziet"');
  t.equal(figure('De begroting bedroeg 718 miljoen euro.', '718').status, 'actual', 'the other reading');
  t.equal(figure('De gerechtelijke politie vraagt 1.000 extra personeelsleden.', '1.000').status, 'target', '"vraagt"');
  t.equal(figure('Meer dan 200 camera’s ondersteunen vandaag de politie.', '200').status, 'actual', '"vandaag"');
  t.equal(figure('De sectie startte 142 nieuwe onderzoeken op.', '142').status, 'actual', 'a weak past tense ("startte")');
  const list = 'De dienst nam in 2019 goederen in beslag:\n\n• 41 voertuigen\n• 38 gebouwen';
  t.same(describe(list).map((f) => f.status), ['actual', 'actual'], 'verbless list items take the status of their lead sentence');
  const plan = 'De stad zal investeren in:\n\n• 41 voertuigen';
  t.same(describe(plan).map((f) => f.status), ['target']);
});

t.test('status: a definite count of the members of a whole is observed, whatever plan the clause states about it', async (t) => {
  t.equal(figure('De gemeenten schrapten hun plannen voor de fusie van hun drie politiezones.', 'drie').status, 'actual', 'a possessive before the count');
  t.equal(figure('Hij pleit voor een nieuwe verdeling tussen de zeven gemeenten van het arrondissement.', 'zeven').status, 'actual', 'a "van" phrase after it');
  t.equal(figure('Het plan voorziet een overleg met de twaalf korpschefs van de provincie.', 'twaalf').status, 'actual', 'a plan verb in the clause');
  // the other readings
  t.equal(figure('Hij pleit voor zeven gemeenten in het arrondissement.', 'zeven').status, 'target', 'an indefinite count is the plan’s');
  t.equal(figure('De zone wil de 40 extra agenten van het plan snel aanwerven.', '40').status, 'target', 'a planned word inside the phrase');
  t.equal(figure('De stad wil de 12 camera’s in het centrum vervangen.', '12').status, 'target', 'a definite count without its whole');
  t.equal(figure('Het plan voorziet tegen 2030 de fusie van de twaalf zones van de provincie.', 'twaalf', '2024-05').status, 'target', 'a date ahead of the document');
});

t.test('status: a comma before a conjunction or relative word closes the clause; a clause without a cue goes on in its sentence', async (t) => {
  const staff = 'De afdeling telt momenteel 400 werknemers, waar het er 550 zouden moeten zijn.';
  t.equal(figure(staff, '400').status, 'actual', 'the present state of the main clause');
  t.equal(figure(staff, '550').status, 'target', 'the norm of the clause after "waar"');
  const need = 'Daar werken nu 200 mensen, terwijl we er minstens 250 nodig hebben.';
  t.equal(figure(need, '200').status, 'actual');
  t.equal(figure(need, '250').status, 'target');
  const restated = 'De begroting voor 2025 voorziet een vermindering van 2% van de dotaties, ofwel 14,5 miljoen euro.';
  t.equal(figure(restated, '14,5', '2026-01').status, 'target', '"ofwel" restates within the clause of the plan');
  const contrast = 'In principe hebben we 550 mensen nodig, maar ons aantal medewerkers schommelt steeds rond de 400.';
  t.equal(figure(contrast, '550').status, 'target');
  t.equal(figure(contrast, '400').status, 'actual', 'a "maar" clause without a cue says what is, against the need before it (bug: target; fresh26 343)');
  t.equal(figure('We hebben 550 mensen nodig, maar we zullen er 400 aanwerven.', '400').status, 'target', 'its own cue goes first');
  t.equal(figure('Zelfs het kabinet moet nu erkennen dat er in 2023 hooguit 1.043 agenten hun opleiding konden starten.', '1.043', '2024-04').status, 'actual', 'a verb of saying or admitting opens a "dat" clause of its own (bug: the main clause\'s "moet" made it a target; fresh26 342)');
  t.equal(figure('De minister zegt dat er volgend jaar 1.600 agenten moeten starten.', '1.600', '2024-04').status, 'target', 'whose own cue stands');
  t.equal(figure('Het onderzoek naar X - die verdacht wordt van vier moorden - waarvoor nog oude zaken moeten worden herbekeken.', 'vier', '2019-11').status, 'actual', 'a dash set apart between words closes an aside (bug: target from "moeten" after it; fresh26 343)');
  t.equal(figure('Er waren in 2019 10 - 12 agenten te weinig.', '10', '2024-04').status, 'actual', 'a dash between numbers is a range');
});

t.test('status: a semicolon closes the clause', async (t) => {
  const text = 'In 2023 telde de dienst 80 medewerkers; we willen er meer.';
  t.equal(figure(text, '80').status, 'actual');
});

t.test('direction and change', async (t) => {
  const up = figure('Het team groeide van 12 naar 19 medewerkers.', '19');
  t.same([up.direction, up.change], ['increase', 7]);
  const down = figure('Het aantal ongevallen ging van 140 naar 95.', '95');
  t.same([down.direction, down.change], ['decrease', -45]);
  const cue = figure('Het aantal inbraken daalde met 12 procent.', '12');
  t.same([cue.direction, cue.change], ['decrease', null], 'a cue of decline before "met"');
  const more = figure('De zone telt 12 procent meer agenten.', '12');
  t.same([more.direction, more.subject], ['increase', 'agenten'], 'a share before "meer" is an increase of the phrase after it');
  const fewer = figure('Er waren 8 procent minder aangiftes.', '8');
  t.same([fewer.direction, fewer.subject], ['decrease', 'aangiftes']);
  t.equal(figure('Meer dan 12 procent van de agenten.', '12').direction, null, '"meer dan" before a figure is its qualifier, no direction');
});

t.test('direction: increments, comparatives of amounts, change nouns, participles after, restatements and verbless clauses', async (t) => {
  t.equal(figure('De FGP vraagt 1.000 extra personeelsleden.', '1.000').direction, 'increase', '"extra" makes an increment');
  t.equal(figure('Dat is vijf ton meer dan vorig jaar.', 'vijf ton').direction, 'increase');
  t.equal(figure('• de versterking van de capaciteit van de politie met bijna 1.000 personen;', '1.000').direction, 'increase');
  t.equal(figure('Het aantal ongevallen kende een daling van dertig procent.', 'dertig').direction, 'decrease');
  t.equal(figure('De hoeveelheid is sinds 2013 met 660 procent gestegen.', '660').direction, 'increase');
  const restated = 'De begroting voorziet een vermindering van 2% van de dotaties, ofwel 14,5 miljoen euro.';
  t.equal(figure(restated, '2%').direction, 'decrease');
  t.equal(figure(restated, '14,5').direction, 'decrease', 'as the figure it restates');
  t.equal(figure('Het aantal woninginbraken daalde met 40%. De autodiefstallen met 35%.', '35').direction, 'decrease', 'the change of the sentence before');
  t.equal(figure('De stad telt 40 agenten. De zone telt met 35 agenten meer.', '40').direction, null, 'a plain count has none');
});

t.test('canonical unit and value', async (t) => {
  t.equal(unitKindOf('count', 'medewerkers'), 'staff');
  t.equal(unitKindOf('count', 'personeelsleden'), 'staff');
  t.equal(unitKindOf('count', 'wijkagenten'), 'staff', 'a compound of a staff noun');
  t.equal(unitKindOf('count', 'mensen'), 'count', 'people who are no one\'s staff are a count (the gold contract has no persons kind)');
  t.equal(unitKindOf('count', 'camera’s'), 'count');
  t.equal(unitKindOf('money', 'EUR'), 'money_eur');
  t.equal(unitKindOf('count', null), null);
  t.equal(figure('De investering bedraagt 2,5 miljoen euro.', '2,5').normalizedValue, 2500000);
  const mass = figure('Er werd 40 ton cocaïne onderschept.', '40');
  t.same([mass.unitKind, mass.normalizedValue], ['mass_kg', 40000]);
  t.equal(normalizedValueOf('quantity', 'gram', 500), 0.5);
  t.same([normalizedValueOf('fraction', null, 0.5), unitKindOf('fraction', null)], [0.5, 'fraction'], 'a fraction as a decimal, its own kind');
  t.equal(figure('De taskforce zal 40 mensen tellen.', '40').unitKind, 'staff', 'people counted for an organisation are its staff');
  t.equal(figure('Er kwamen 40 mensen naar de hoorzitting.', '40').unitKind, 'count');
});

t.test('an amount in a currency the euro replaced keeps it as written, with no canonical kind and its value as it stands; a name after a number is no currency (fresh22: "1,46 miljard frank" and "1 miljard" after it had no unit)', async (t) => {
  const text = 'De partij berekent dat de maatregel 1,46 miljard frank zou kosten. Volgens hem is 1 miljard realistischer.';
  t.same(describe(text, '2000-06').map((f) => [f.quote, f.unit, f.unitKind, f.normalizedValue]), [
    ['1,46 miljard frank', 'frank', null, 1460000000],
    ['1 miljard', 'frank', null, 1000000000],
  ]);
  t.equal(figure('Het kost 500 BEF per maand.', '500').unit, 'bef', 'an abbreviation in capitals');
  t.same(describe('In 2019 Frank Vandenbroucke werd minister.').map((f) => f.unit), [], 'a first name after a year');
});

t.test('sentences: a full stop before a sentence that opens with digits ends it (bug: merged with the next)', async (t) => {
  const text = 'De dienst werkt samen met de politie. 90 procent van de dossiers is afgerond.';
  t.same(sentenceSpans(text).map(([s, e]) => text.slice(s, e).trim()), ['De dienst werkt samen met de politie.', '90 procent van de dossiers is afgerond.']);
  t.equal(sentenceSpans('Zie nr. 5 hierboven.').length, 1, 'an abbreviation does not');
});

t.test('links: actor and place of the subject, and series', async (t) => {
  const text = 'In 2023 werd de Verkeerspolitie Oost in Aalst versterkt tot 60 mensen.';
  const [f] = describe(text);
  const at = (quote: string) => text.indexOf(quote);
  const mentions: Mention[] = [
    { entityType: 'actor', entityId: 'verkeerspolitie-oost', start: at('Verkeerspolitie Oost'), end: at('Verkeerspolitie Oost') + 20, quote: 'Verkeerspolitie Oost' },
    { entityType: 'location', entityId: 'aalst', start: at('Aalst'), end: at('Aalst') + 5, quote: 'Aalst' },
  ];
  const actors = new Map<string, ActorEntry>([['verkeerspolitie-oost', actorEntrySchema.parse({ id: 'verkeerspolitie-oost', name: 'Verkeerspolitie Oost', kind: 'unit', location: 'belgie' })]]);
  const [linked] = linkSubjects(text, [f!], mentions, actors);
  t.equal(linked!.subjectActorId, 'verkeerspolitie-oost');
  t.equal(linked!.subjectLocationId, 'aalst', 'the place of the "in" phrase after the subject, before the seat');
  t.equal(linked!.unitKind, 'staff');
  t.equal(seriesKeyOf(linked!), 's-verkeerspolitie-oost--staff');
  const [unlinked] = linkSubjects(text, [f!], [], actors);
  t.same([unlinked!.subjectActorId, unlinked!.subjectLocationId, seriesKeyOf(unlinked!)], [null, null, null]);
  t.equal(seriesKeyOf({ subjectActorId: null, subjectLocationId: 'aalst', unitKind: 'count' }), 's-at-aalst--count');
});

t.test('unit kind: people at work or of a personnel phrase are staff; residents of a city never are (bug: "inwoners" of "stad" were staff)', async (t) => {
  t.equal(figure('Daar werken nu 200 mensen.', '200').unitKind, 'staff');
  t.equal(figure('• de versterking van de personeelscapaciteit met bijna 1.000 personen;', '1.000').unitKind, 'staff');
  const text = 'De stad Gent telt 260.000 inwoners.';
  const [f] = describe(text);
  t.equal(f!.unitKind, 'count');
  const at = text.indexOf('stad Gent');
  const mentions: Mention[] = [{ entityType: 'actor', entityId: 'stad-gent', start: at, end: at + 9, quote: 'stad Gent' }];
  const actors = new Map<string, ActorEntry>([['stad-gent', actorEntrySchema.parse({ id: 'stad-gent', name: 'Stad Gent', kind: 'government', location: 'gent' })]]);
  t.equal(linkSubjects(text, [f!], mentions, actors)[0]!.unitKind, 'count', 'not when linked to an organisation either');
});

t.test('every fixture text is described without error, subjects slicing back to their offsets', async (t) => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const root = new URL('./fixtures/figures/', import.meta.url);
  for (const name of readdirSync(root)) {
    const text = readFileSync(new URL(`${name}/input.txt`, root), 'utf8');
    for (const f of describe(text)) {
      if (f.subject !== null) t.equal(text.slice(f.subjectStart!, f.subjectEnd!), f.subject, `${name}: subject of "${f.quote}"`);
      t.ok(['target', 'actual', 'forecast', 'unknown'].includes(f.status), `${name}: status of "${f.quote}"`);
    }
  }
});

t.test('reference date: a past-tense sentence opening with its figure goes on in the date of the sentence before (bug: lost when sentences split before digits)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2017-03');
  t.equal(date('In 2016 deed de dienst 576 aanhoudingen. 38 personen werden aangehouden voor terrorisme.', '38'), '2016');
  t.equal(date('In 2016 deed de dienst 576 aanhoudingen. Vandaag zitten 38 personen in de cel.', '38'), null, 'not in the present ("vandaag zitten")');
  t.equal(date('In 2016 deed de dienst 576 aanhoudingen. 38 personen zitten nu in de cel.', '38'), null, 'not in the present tense');
  t.equal(date('In 2016 deed de dienst 576 aanhoudingen.\n\n38 personen werden aangehouden.', '38'), '2016', 'across paragraphs: the year frames the text after it');
});

t.test('reference date: the year that frames a paragraph, a list, a restatement and a section', async (t) => {
  const date = (text: string, quote: string, documentDate: string = '2020-07') => referenceDateOf(text, quote, documentDate);
  const narrated = 'In 2016 zorgde de dienst voor 576 aanhoudingen. Er werden 764 dossiers opgestart. Het labo kwam ruim 550 keer ter plaatse.';
  t.equal(date(narrated, '764'), '2016', 'a past-tense sentence not opening with its figure');
  t.equal(date(narrated, '550'), '2016', 'two sentences on');
  t.equal(date('Eind 2018 nam de zone haar nieuwe gebouw in gebruik. Het korps werd uitgebreid van 241 naar 271 agenten.', '271'), null, 'a point in time frames only its own sentence');
  const list = 'De dienst nam in 2019 geld en goederen in beslag voor 43 miljoen euro:\n\n• 16 miljoen euro op rekeningen\n• 41 voertuigen voor een waarde van 966.438 euro\n';
  t.equal(date(list, '16 miljoen'), '2019', 'a list item without a verb goes on in the sentence that opens the list');
  t.equal(date(list, '966.438'), '2019', 'and in the items before it');
  const plan = 'De investering wordt gespreid: €50 miljoen in 2021 en €100 miljoen in 2024. De investeringen zullen worden ingezet voor:\n\n• de versterking van het kader met 1.000 personen;\n';
  t.equal(date(plan, '1.000'), null, 'only the sentence that opens the list, not the paragraph before it');
  const restated = 'De douane nam dit jaar al 28.865 kilogram cocaïne in beslag. Dat is vijf ton meer dan in dezelfde periode vorig jaar, oftewel een stijging met bijna een kwart.';
  t.equal(date(restated, 'vijf ton'), '2020', '"Dat is" goes on in the sentence before; the base of a comparison is no reference date');
  t.equal(date(restated, 'een kwart'), '2020');
  t.equal(date('Waar in 2012 een vierde van de feiten werd opgehelderd, is dat nu de helft.', 'de helft'), null, '"nu" between the date and the figure');
  t.equal(date('Gezien de begroting voor 2015, gestemd op 18 december 2014, die een vermindering van 2% voorziet.', '2%'), '2015', 'the date of an act is passed over');
  t.equal(date('Beduidend minder dan de 431 inbraken in 2016.', '431'), '2016', 'a date right behind the figure, also in a comparison');
  t.equal(date('Resultaten 2019\n\nDe dienst startte 142 nieuwe onderzoeken op.', '142'), '2019', 'a heading frames its section');
});

t.test('status: a past participle without an auxiliary reports what happened, as a headline does (bug: headline figures were unknown)', async (t) => {
  t.equal(figure('Woninginbraken gedaald met twaalf procent', 'twaalf').status, 'actual');
  t.equal(figure('Negen cafés gesloten na controles', 'Negen').status, 'actual');
  t.equal(figure('Twintig gemeenten en het geweld in cijfers', 'Twintig').status, 'actual', 'nouns of a participle\'s shape report nothing: a stated fact, as any verbless line');
});

t.test('status: a figure nothing dates, conditions or plans is observed (bug: fact lists, labels and staff lists were unknown)', async (t) => {
  t.equal(figure('Oppervlakte 58,2 km²\nAantal inwoners 41.300\nPersoneelsleden 212', '212').status, 'actual', 'a fact list\'s line');
  t.equal(figure('De zone omvat drie gemeenten (oppervlakte: 74 km²).', '74').status, 'actual', 'a label in brackets');
  t.equal(figure('Wijkteams:\n• Wijk Noord: 11 inspecteurs\n• Wijk Zuid: 9 inspecteurs', '9').status, 'actual', 'a staff list');
  t.equal(figure('In 2030: 250 agenten', '250', '2024').status, 'target', 'the other reading: a date ahead is a plan');
});

t.test('status: the posts a filled part is counted against are the framework, a norm (bug: observed)', async (t) => {
  t.equal(figure('Bij de recherche zijn maar 41 van de 58 plaatsen ingevuld.', '58').status, 'target', 'the whole');
  t.equal(figure('Bij de recherche zijn maar 41 van de 58 plaatsen ingevuld.', '41').status, 'actual', 'the filled part');
  t.equal(figure('Bij de recherche zijn er van de 58 voorziene plaatsen 41 bezet.', '58').status, 'target', 'the part after the whole');
  t.equal(figure('Twee van de vijf plaatsen waar camera’s hangen, liggen in het centrum.', 'vijf').status, 'actual', 'the other reading: places, no posts filled');
});

t.test('status: the reporting clause after a closed quotation is not the quoted figure\'s clause (bug: "gaat de korpschef verder" read as a plan)', async (t) => {
  t.equal(figure('“De hulp van twaalf agenten uit de buurzone was dan ook welkom”, gaat de korpschef verder.', 'twaalf').status, 'actual');
  t.equal(figure('“We willen er nog twaalf agenten bij”, gaat de korpschef verder.', 'twaalf').status, 'target', 'the other reading: a plan inside the quote');
});

t.test('status: a framework, a norm or an entitlement is a target whatever the tense (bug: "kader voor", "norm van", "maximumboete", "recht op" were observed)', async (t) => {
  t.equal(figure('In het korps is er vandaag een kader voor 212 politiemensen.', '212').status, 'target', '"kader voor"');
  t.equal(figure('In vijf gevallen werd de maximumboete van 250 euro opgelegd.', '250').status, 'target', 'a legal maximum');
  t.equal(figure('De zone doet beter dan de norm van een wijkagent per 3.500 inwoners.', '3.500').status, 'target', 'the base of a rate a norm sets');
  t.equal(figure('Het hof heeft recht op 48 raadsheren.', '48').status, 'target', 'an entitlement');
  t.equal(figure('Het hof telt vandaag 48 raadsheren.', '48').status, 'actual', 'the other reading: a headcount');
  t.equal(figure('De boete van 250 euro werd opgelegd.', '250').status, 'actual', 'the other reading: a fine imposed');
});

t.test('reference date: a day written in numbers, day first ("op 31/12/2023", "1.3.2022"), is that day (bug: only its year; fresh26 346)', async (t) => {
  t.equal(referenceDateOf('De kastoestand op 31/12/2023 bedroeg 2.716.311 euro.', '2.716', null), '2023-12-31');
  t.equal(referenceDateOf('Op 1.3.2022 waren er 40 agenten.', '40', null), '2022-03-01');
  t.equal(referenceDateOf('In 2019-2020 waren er 40 agenten.', '40', null), '2020', 'a span of years stays its end year');
});

t.test('reference date: a headline without a verb reports in the year of the title above it (bug: undated)', async (t) => {
  const text = 'Zone Noord blikt terug op 2022\n\n420 nieuwe dossiers en 96 aanhoudingen\n\nDe zone werkte hard.';
  t.same(extractFigures(text, { documentDate: '2023-02' }).map((f) => [f.quote, f.referenceDate]), [['420 nieuwe dossiers', '2022'], ['96 aanhoudingen', '2022']]);
  t.equal(figure(text, '420', '2023-02').status, 'actual', 'dated before the document: observed');
});

t.test('subject: a share in brackets is of what it follows, and a count beside it in the bracket too (bug: null or the sentence opener)', async (t) => {
  const text = 'Bovendien waren er 410 meldingen in Noord (61 procent) en 96 in Zuid (14 procent). In 2020 meldden 312 slachtoffers (15 procent) zich online.';
  t.equal(figure(text, '61 procent').subject, 'meldingen', 'the count it closely follows');
  t.equal(figure(text, '15 procent').subject, 'slachtoffers');
  const drop = 'Vooral het aantal autodiefstallen daalde (- 12 procent, nog 204 feiten).';
  t.equal(figure(drop, '12 procent').subject, 'autodiefstallen', 'the phrase before the bracket');
  t.equal(figure(drop, '204').subject, 'autodiefstallen', 'a count beside the share');
});

t.test('subject place: a sentence that opens with a place sets its figures there (bug: "In X werden …" figures had no place)', async (t) => {
  const text = 'Het jaar was rustig. In Brugge werden 418 fietsen gestolen.';
  const [f] = describe(text);
  const at = text.indexOf('Brugge');
  const mentions: Mention[] = [{ entityType: 'location', entityId: 'brugge', start: at, end: at + 6, quote: 'Brugge' }];
  t.equal(linkSubjects(text, [f!], mentions, new Map())[0]!.subjectLocationId, 'brugge');
  const later = 'Er werden 418 fietsen gestolen, vooral in Brugge.';
  const m = later.indexOf('Brugge');
  t.equal(linkSubjects(later, describe(later), [{ entityType: 'location', entityId: 'brugge', start: m, end: m + 6, quote: 'Brugge' }], new Map())[0]!.subjectLocationId, null, 'a place later in the sentence is not fronted');
});

t.test('status: the norm a count is set against is a target, the count actual ("89 op 95 aanwezig")', async (t) => {
  const [present, norm] = describe('Agenten = actueel 89 op 95 aanwezig.');
  t.same([present!.quote, present!.status], ['89', 'actual']);
  t.same([norm!.quote, norm!.status], ['95', 'target']);
  const [a, b] = describe('Vorig jaar waren er 12 inbraken. Op 15 plaatsen werden er 20 camera’s gezet.');
  t.same([a!.status, b!.status], ['actual', 'actual'], 'a number after "op" with its own noun is no norm');
});

t.test('links: a figure in a list of short lines takes the actor its heading names ("Personeel Parket X:")', async (t) => {
  const text = 'Personeel van de Verkeerspolitie Oost:\n\nAgenten = actueel 89 op 95 aanwezig.\n\nVacatures = 6.\n';
  const at = text.indexOf('Verkeerspolitie Oost');
  const mentions: Mention[] = [{ entityType: 'actor', entityId: 'verkeerspolitie-oost', start: at, end: at + 20, quote: 'Verkeerspolitie Oost' }];
  const actors = new Map<string, ActorEntry>([['verkeerspolitie-oost', actorEntrySchema.parse({ id: 'verkeerspolitie-oost', name: 'Verkeerspolitie Oost', kind: 'unit', location: 'aalst' })]]);
  const linked = linkSubjects(text, describe(text), mentions, actors);
  // A police unit's seat is no place the text states for its figures (the devset gold: 69 of 78 police figures have none).
  t.same(linked.map((f) => [f.quote, f.subjectActorId, f.subjectLocationId]), [['89', 'verkeerspolitie-oost', null], ['95', 'verkeerspolitie-oost', null], ['6', 'verkeerspolitie-oost', null]]);
  const office = new Map<string, ActorEntry>([['verkeerspolitie-oost', actorEntrySchema.parse({ id: 'verkeerspolitie-oost', name: 'Parket Oost', kind: 'organisation', location: 'aalst' })]]);
  t.same(linkSubjects(text, describe(text), mentions, office).map((f) => f.subjectLocationId), ['aalst', 'aalst', 'aalst'], 'the heading’s prosecutor’s office: its seat');
  const prose = `Personeel van de Verkeerspolitie Oost:\n\n${'De dienst werkt in de hele regio en doet controles op alle grote wegen. '.repeat(3)}\n\nAgenten = actueel 89 op 95 aanwezig.\n`;
  const p = prose.indexOf('Verkeerspolitie Oost');
  const far = linkSubjects(prose, describe(prose), [{ ...mentions[0]!, start: p, end: p + 20 }], actors);
  t.same(far.map((f) => f.subjectLocationId), [null, null], 'a paragraph of prose between ends the list: the heading’s seat is not taken');
  t.same(far.map((f) => f.subjectActorId), ['verkeerspolitie-oost', 'verkeerspolitie-oost'], 'the staff still belong to the one police organisation the text names');
});

t.test('subject and direction read past a qualifier between the preposition and the figure (bug: "van meer dan 4%" lost its phrase)', async (t) => {
  t.equal(figure('De stad bouwt een gebouw van bijna 36 miljoen euro.', '36').subject, 'gebouw');
  t.equal(figure('Er werd een ploeg van meer dan 40 agenten ingezet.', '40').subject, 'ploeg');
  t.equal(figure('De douane vond cocaïne, goed voor een straatwaarde tot 500 miljoen euro.', '500').subject, 'straatwaarde', '"tot" as the qualifier of an amount');
  t.equal(figure('De politiecolleges van de zes politiezones van het arrondissement werkten het plan uit.', 'zes').subject, 'politiezones', 'an article after "van" is no qualifier');
  t.equal(figure('Het aantal inbraken daalde met net geen 30 procent.', '30').direction, 'decrease');
  t.equal(figure('Het aantal inbraken steeg met meer dan 30 procent.', '30').direction, 'increase');
});

t.test('subject: a frame that names a quantity of its own stands for itself; "het aantal" alone does not', async (t) => {
  t.equal(figure('Het tekort voor de zone bedraagt 320.', '320').subject, 'tekort');
  t.equal(figure('Het kader van de zone bedraagt 320.', '320').subject, 'zone', 'a complement still goes first');
  t.not(figure('Vorig jaar bedroeg het aantal 320.', '320').subject, 'aantal');
  t.equal(figure('Het aantal inbraken daalde met een daling van 30 procent.', '30').subject, 'inbraken', 'a change is of what changes');
});

t.test('subject: a share that is the amount of "bedragen" measures its subject, the "van" phrase is its base', async (t) => {
  t.equal(figure('Toen bedroeg het tekort 14 procent van het kader.', '14').subject, 'tekort');
  t.equal(figure('Hij zei dat het personeelstekort bij de politie 16,3 procent van het kader bedraagt.', '16,3').subject, 'personeelstekort');
  t.equal(figure('Ongeveer 60 procent van de meldingen bedraagt minder dan een uur werk.', '60').subject, 'meldingen', 'the share is itself the subject');
  t.equal(figure('Toen kwam 14 procent van de meldingen uit de binnenstad.', '14').subject, 'meldingen', 'without "bedragen" the "van" phrase');
});

t.test('subject: after a presentative "er" the figure counts its own noun; after a partitive one it does not', async (t) => {
  t.equal(figure('Het kader dateert van 2001, toen er 964.000 mensen in de stad woonden.', '964.000').subject, 'mensen');
  t.equal(figure('In 2023 werkten er 40 mensen in de stad.', '40').subject, 'mensen');
  // Staff "bij"/"voor" an organisation are its staff (devset convention: "whose staff it is"; heldout 19's gold).
  t.equal(figure('In 2023 werkten er 40 mensen bij de wijkdienst.', '40').subject, 'wijkdienst');
});

t.test('subject: a presentative "er" opening the sentence before its verb and a time adverbial ("Er kwamen vorig jaar 615 mensen om") makes the figure count its own noun (fresh22: the subject was "vorig jaar")', async (t) => {
  t.equal(figure('Er kwamen vorig jaar 615 mensen om in het verkeer.', '615').subject, 'mensen');
  t.equal(figure('Er kwamen 615 mensen om in het verkeer.', '615').subject, 'mensen', 'without the adverbial');
});

t.test('subject: an adverb of time that opens the sentence is no subject (bug: "Tegenwoordig" was one)', async (t) => {
  t.equal(figure('Tegenwoordig wordt de bevolking op 1,175 miljoen geschat.', '1,175').subject, 'bevolking');
  t.equal(figure('Destijds telde de zone 300 agenten.', '300').subject, 'zone');
});

t.test('subject: a rate\'s "per" phrases stand between an amount and its purpose', async (t) => {
  t.equal(figure('Ze betalen gemiddeld 303 euro per bewoner per jaar voor politie.', '303').subject, 'politie');
  t.equal(figure('De stad betaalt 303 euro per bewoner.', '303').subject, 'stad', 'no purpose: the payer');
});

t.test('subject: the predeterminer "al" before a determiner is part of the phrase a share is of ("30 procent van al deze oproepen") (fresh12: no subject)', async (t) => {
  t.equal(figure('Bijna 30 procent van al deze oproepen zijn geen noodoproepen.', '30').subject, 'oproepen');
  t.equal(figure('De helft van al die agenten werkt ’s nachts.', 'helft').subject, 'agenten');
});

t.test('subject: an amount\'s relative clause names its purpose after "voor" (fresh9: "de 37000 euro die in de politiebegroting extra is voorzien voor overuren" had no subject)', async (t) => {
  t.equal(figure('Er waren vragen bij de 37000 euro die in de begroting extra is voorzien voor overuren.', '37000').subject, 'overuren');
  t.equal(figure('De 223.000 euro die gepland was voor de modernisering van het cellencomplex is ingetrokken.', '223.000').subject, 'modernisering');
});

t.test('subject: an amount set beside one of the same unit in its sentence measures the same, when it has nothing of its own', async (t) => {
  const text = 'Ze betalen 303 euro voor politie, daar waar men in Vlaanderen 147 euro betaalt, en in Wallonië 135.';
  t.same(describe(text).map((f) => [f.quote, f.subject]), [['303 euro', 'politie'], ['147 euro', 'politie'], ['135', 'politie']]);
  t.equal(figure('In maart werd 1.400 kilo cocaïne gevonden, in juli 293 kilo op een binnenschip.', '293').subject, 'cocaïne');
  t.equal(figure('In maart werd 1.400 kilo cocaïne gevonden. In juli volgde 293 kilo.', '293').subject, null, 'not across sentences');
});

t.test('subject: a named item "met" an amount goes on with the amounts of the sentence before (bug: no subject; fresh36 457)', async (t) => {
  const text = 'De zone Noord krijgt een dotatie van 4 miljoen euro. Daarna volgen nog Balen-Dessel-Mol met 3,7 miljoen euro en de zone Zuid (Herselt, Westerlo) met 2,5 miljoen euro.';
  t.same(describe(text).map((f) => [f.quote, f.subject, f.status]), [['4 miljoen euro', 'dotatie', 'target'], ['3,7 miljoen euro', 'dotatie', 'target'], ['2,5 miljoen euro', 'dotatie', 'target']]);
  t.equal(figure('De zone Noord krijgt een dotatie van 4 miljoen euro. Daarna volgen er nog twee met 3,7 miljoen euro.', '3,7').subject, null, 'the other reading: no name before "met"');
});

t.test('subject: a count of what it names for itself is not measuring the phrase before it', async (t) => {
  t.equal(figure('De zone staat onder het gezag van 19 burgemeesters.', '19').subject, 'burgemeesters');
  t.equal(figure('We hebben een team van tien mensen nodig.', 'tien').subject, 'team', 'people who may be staff measure their team');
});

t.test('subject: people of a bare place name are from there; of an organisation they are its staff', async (t) => {
  t.equal(figure('Acht parketmagistraten van Oost-Vlaanderen werden bevoegd gemaakt.', 'Acht').subject, 'parketmagistraten');
  t.equal(figure('Er werken 500 agenten van de federale politie in de haven.', '500').subject, 'federale politie');
});

t.test('subject: a figure inside the noun phrase that opens its sentence counts its own noun (bug: "De eerstvolgende" was the subject)', async (t) => {
  const text = 'De eerstvolgende 50 ambtenaren die met pensioen gaan, worden vervangen door 50 agenten.';
  t.same(describe(text).map((f) => f.subject), ['ambtenaren', 'agenten']);
  t.equal(figure('De zone kreeg vorig jaar 12 agenten.', '12').subject, 'zone', 'a figure after the verb is no part of the opening phrase');
});

t.test('subject: "X = N" takes the label that opens the line', async (t) => {
  t.equal(figure('Magistraten = 100% opgevuld.', '100').subject, 'Magistraten');
  t.not(figure('De uitkomst is 5 + 5 = 10 procent.', '10').subject, '5');
});

t.test('subject and direction: a compound of a change names what changes; a change alone is the subject of its size', async (t) => {
  const f = figure('Het arrondissement kent een sterke bevolkingsgroei met bijna 15%.', '15');
  t.same([f.subject, f.direction], ['bevolkingsgroei', 'increase']);
  const text = 'De laatste 5 jaar werd een groei gemeten van meer dan 4%, tegenover 2,5% voor het land.';
  t.same(describe(text).map((x) => x.subject), ['groei', 'groei']);
  t.equal(figure('Het aantal inbraken kende een daling van 30 procent.', '30').subject, 'inbraken', 'a change of a named count is of that count');
});

t.test('direction: a sign before a share, a verb of change after it, a change stated before "met"/"tot"/"naar"', async (t) => {
  const dir = (text: string, quote: string) => figure(text, quote).direction;
  t.equal(dir('Minder fietsdiefstallen (- 13 procent, nog 691 feiten).', '13'), 'decrease');
  t.equal(dir('Meer diefstallen uit voertuigen (+ 38 procent, 231).', '38'), 'increase');
  t.equal(dir('Het verschil is 20 - 13 procent.', '13 procent'), null, 'a minus between numbers is no sign of direction');
  t.equal(dir('België groeide, maar nog geen 12% groeide de regio.', '12'), 'increase', 'a verb right after the share');
  t.equal(dir('Het tekort is de voorbije jaren gestegen, zelfs tot 30 procent.', '30'), 'increase');
  t.equal(dir('In Halle nam de bevolking op 20 jaar tijd toe met bijna 18%.', '18'), 'increase', 'a separable verb of change');
  t.equal(dir('Het college besliste de dienst uit te breiden met 2 medewerkers.', '2'), 'increase');
  t.equal(dir('Het budget wordt met 50% opgetrokken naar negen miljoen euro.', 'negen'), 'increase');
  t.equal(dir('Het budget gaat naar negen miljoen euro.', 'negen'), null, 'no change stated');
  t.equal(dir('We zien een stijging met 7 procent bij fietsers en zelfs met 24 procent bij voetgangers.', '24'), 'increase', 'a list goes on in the direction of its first item');
  t.equal(dir('Er werd een groei gemeten van meer dan 4%, tegenover 2,5% voor België.', '2,5'), 'increase', 'a figure set against a change');
  t.equal(dir('Dat zijn er 54 minder dan in 2016.', '54'), 'decrease');
});

t.test('status: a time still to come that names no date ("nog dit voorjaar", "binnenkort", "de eerstvolgende") makes a plan', async (t) => {
  t.equal(figure('Op het marktplein worden nog dit voorjaar zes camera’s geplaatst.', 'zes').status, 'target');
  t.equal(figure('Binnenkort worden er 12 nieuwe fietsenstallingen geïnstalleerd.', '12').status, 'target');
  t.equal(figure('De eerstvolgende 30 agenten die vertrekken, worden vervangen.', '30').status, 'target');
  // the other readings: the time has passed, or the word is no time
  t.equal(figure('Op het marktplein werden vorig voorjaar zes camera’s geplaatst.', 'zes').status, 'actual', 'a past spring');
  t.equal(figure('Dit voorjaar werden zes camera’s geplaatst.', 'zes').status, 'actual', '"dit voorjaar" without "nog" may be past');
  t.equal(figure('Vorige maand kwamen er 30 agenten bij.', '30').status, 'actual');
});

t.test('status: money an authority allots (a dotation, contribution or budget) is decided, a target; what it was is observed', async (t) => {
  t.equal(figure('De gemeente geeft dit jaar een dotatie van 512.000 euro aan de politiezone.', '512.000').status, 'target');
  t.equal(figure('De bijdrage van de stad bedraagt 1,2 miljoen euro.', '1,2').status, 'target');
  t.equal(figure('Het werkingsbudget van de zone is 3 miljoen euro.', '3').status, 'target');
  // the other readings: a past allotment, and money that is no allotment
  t.equal(figure('In 2022 bedroeg de bijdrage van de stad 1,1 miljoen euro.', '1,1').status, 'actual', 'a past tense and an earlier year');
  t.equal(figure('De renovatie van het gebouw kost 1,2 miljoen euro.', '1,2').status, 'actual', 'a cost, not an allotment');
  t.equal(figure('De dotatie van de stad is 2 procent hoger.', '2').status, 'actual', 'a share, not the amount');
});

t.test('status: the compound nouns of an aim ("streefdoel", "einddoel", "streefwaarde") make a target as "doel" does (bug: actual; fresh36 463)', async (t) => {
  t.equal(figure('Het nationale streefdoel is om 250.000 testen af te leggen.', '250.000').status, 'target');
  t.equal(figure('Het einddoel is 40 camera\'s in de stad.', '40').status, 'target');
  t.equal(figure('Het nationale cijfer is 250.000 testen.', '250.000').status, 'actual', 'the other reading: no aim');
});

t.test('status: a definite count whose relative clause says its things stand there now is observed, whatever the plan about them (bug: target; fresh36 464)', async (t) => {
  t.equal(figure("Er zullen bewakingsagenten worden ingeschakeld om de 34 camera's die zich op het grondgebied bevinden, beter uit te lezen.", '34').status, 'actual');
  t.equal(figure("De stad zal de 34 camera's die volgend jaar geplaatst worden, laten uitlezen.", '34').status, 'target', 'the other reading: things still to come');
});

t.test('status: how many may be, a clause with "mag" or "mogen" ending on "zijn", is a limit, a target (bug: actual; fresh36 467)', async (t) => {
  const text = "Nu zitten er zo'n 750 mensen in de gevangenis, terwijl dat vanaf 1 mei nog maar 680 gedetineerden mogen zijn. Vanaf 1 juli mogen het er nog slechts 660 zijn.";
  t.same(describe(text).map((f) => [f.quote, f.status]), [['750 mensen', 'actual'], ['680 gedetineerden', 'target'], ['660', 'target']]);
  t.equal(figure('We mogen dit jaar 30 nieuwe agenten verwelkomen.', '30').status, 'actual', 'the other reading: "mogen" of a welcome, no state permitted');
});

t.test('status: an investment named in the present is decided money, as an allotment is; one made in the past is observed (bug: actual; fresh36 459, fresh8, fresh27)', async (t) => {
  t.equal(figure('Het gaat om een investering van 14,5 miljoen euro.', '14,5').status, 'target');
  t.equal(figure('In 2019 bedroeg de investering 2 miljoen euro.', '2').status, 'actual', 'a past tense');
});

t.test('status: "tenslotte" and "ten slotte" have a past\'s ending but tell no time (bug: an allotment read as past; fresh36 457)', async (t) => {
  t.equal(figure('De gemeente geeft tenslotte een dotatie van 512.000 euro aan de politiezone.', '512.000').status, 'target');
  t.equal(figure('De gemeente geeft ten slotte een dotatie van 512.000 euro aan de politiezone.', '512.000').status, 'target');
  t.equal(figure('De gemeente gaf tenslotte een dotatie van 512.000 euro aan de politiezone.', '512.000').status, 'actual', 'the other reading: a past verb beside it');
});

t.test('status: a purpose clause that does not hold the figure says why something is done, not what is planned', async (t) => {
  t.equal(figure('Elke nacht gaan 14 ploegen op pad om branden te blussen.', '14').status, 'actual', 'the purpose after the figure');
  t.equal(figure('In het ruim, waar de bemanning water oppompt om de tanks te vullen, vond de douane 80 kilogram cocaïne.', '80').status, 'actual', 'the purpose before the figure, closed by a comma');
  t.equal(figure('De zone wil 13 agenten aanwerven om de wijken te versterken.', '13').status, 'target', 'another plan cue ("wil") still counts');
  // the other readings: the figure inside the purpose clause
  t.equal(figure('De zone kreeg een akkoord om de dienst uit te breiden met 4 inspecteurs.', '4').status, 'target', 'the figure after the infinitive, in the purpose clause');
  t.equal(figure('Het college keurde het plan goed om de zone te versterken met 12 agenten, zegt de burgemeester.', '12').status, 'target', 'the purpose clause runs to the comma');
});

t.test('status: a purpose clause, a change in the present passive and a staff framework are targets', async (t) => {
  const status = (text: string, quote: string) => figure(text, quote, '2016').status;
  t.equal(status('Het college gaf in 2016 zijn akkoord om de dienst uit te breiden met 2 medewerkers.', '2'), 'target');
  t.equal(status('Het college breidde de dienst in 2016 uit met 2 medewerkers.', '2'), 'actual', 'a past change without "om … te"');
  t.equal(status('Het budget wordt met 50% opgetrokken naar negen miljoen euro.', 'negen'), 'target');
  t.equal(status('Het budget werd vorig jaar opgetrokken naar negen miljoen euro.', 'negen'), 'actual', 'the past passive reports');
  t.equal(status('Het tekort bedraagt 16,3 procent van het referentiekader van 13.500 personeelsleden.', '13.500'), 'target');
  t.equal(status('Het tekort bedraagt 16,3 procent van het referentiekader van 13.500 personeelsleden.', '16,3'), 'actual', 'the shortage itself is observed');
});

t.test('links: a place phrase right beside the figure is the place it is stated for', async (t) => {
  const link = (text: string, place: string, quote: string) => {
    const at = text.indexOf(place);
    const mentions: Mention[] = [{ entityType: 'location', entityId: place.toLowerCase(), start: at, end: at + place.length, quote: place }];
    return linkSubjects(text, describe(text), mentions, new Map()).find((f) => f.quote.includes(quote))!.subjectLocationId;
  };
  t.equal(link('In 2018 waren er in Vlaanderen 310 doden.', 'Vlaanderen', '310'), 'vlaanderen');
  const two = 'Vorig jaar zijn in Veld ook al 20 miljoen sigaretten onderschept, toen voor de Dorpelse markt.';
  const mentions: Mention[] = ['Veld', 'Dorpel'].map((place) => ({ entityType: 'location', entityId: place.toLowerCase(), start: two.indexOf(place), end: two.indexOf(place) + place.length, quote: place }));
  t.equal(linkSubjects(two, describe(two), mentions, new Map()).find((f) => f.quote.startsWith('20'))!.subjectLocationId, 'veld', 'focus words between (bug: fresh35 445 had no place)');
  t.equal(link('Ze betalen 303 euro voor politie, daar waar men in Vlaanderen 147 euro betaalt.', 'Vlaanderen', '147'), 'vlaanderen');
  t.equal(link('Ze betalen 303 euro voor politie, daar waar men in Vlaanderen 147 euro betaalt.', 'Vlaanderen', '303'), null, 'a place beside another figure');
  t.equal(link('Er werd een groei gemeten van 4%, tegenover 2,5% voor België.', 'België', '2,5'), 'belgië');
  t.equal(link('Er werden 12 panden gesloten in Alhambra.', 'Alhambra', '12'), 'alhambra');
  t.equal(link('Er werden 12 panden gesloten, want de wijk Alhambra klaagde.', 'Alhambra', '12'), null, 'a place further on is not beside the figure');
  t.equal(link('In Veld werden 12 panden en in Alhambra 3 panden gesloten.', 'Alhambra', '12'), null, 'a place after "en" opens the next item (bug: fresh35 453 "3,2 en in het Vlaams Gewest 2,7" was of Vlaanderen)');
});

t.test('links: a figure in the relative clause a place opens is that place\'s ("België, dat met 134 gevangenen voor 100 plaatsen op de vierde plaats komt"; fresh35 451: the place before it)', async (t) => {
  const link = (text: string) => {
    const mentions: Mention[] = ['Dorpel', 'Veld'].map((place) => ({ entityType: 'location', entityId: place.toLowerCase(), start: text.indexOf(place), end: text.indexOf(place) + place.length, quote: place }));
    return linkSubjects(text, describe(text), mentions, new Map()).map((f) => [f.quote, f.subjectLocationId]);
  };
  t.same(link('In Dorpel is het rustig, net als in Veld, dat met 134 gevangenen op de vierde plaats komt.'), [['134 gevangenen', 'veld']]);
  t.not(link('In Dorpel is het rustig, net als in Veld, en dat met 134 gevangenen.')[0]![1], 'veld', 'no relative clause of the place');
});

t.test('links: the figures after "respectievelijk" are, in order, of the places listed before it in their sentence (fresh35 451, fresh5, fresh28: no place, the list read as several places at once)', async (t) => {
  const link = (text: string) => {
    const mentions: Mention[] = ['Dorpel', 'Veld', 'Heide'].map((place) => ({ entityType: 'location', entityId: place.toLowerCase(), start: text.indexOf(place), end: text.indexOf(place) + place.length, quote: place }));
    return linkSubjects(text, describe(text), mentions, new Map()).map((f) => [f.quote, f.subjectLocationId]);
  };
  t.same(link('In Dorpel, Veld en Heide maken buitenlanders respectievelijk 22,0, 18,4 en 72,2 procent van de bevolking uit.'), [['22,0', 'dorpel'], ['18,4', 'veld'], ['72,2 procent', 'heide']]);
  t.same(link('In Dorpel, Veld en Heide maken buitenlanders respectievelijk 22,0 en 18,4 procent van de bevolking uit.'), [['22,0', null], ['18,4 procent', null]], 'as many values as places only');
});

t.test('links: a figure in a long paragraph is no item of a list under a heading', async (t) => {
  const text = 'Parket Oost:\n\nMagistraten = 100% opgevuld.\n\nDe procureurs zijn aangesteld in 2018. Acht agenten van de zone werden bevoegd gemaakt voor de haven en omgekeerd, zodat ze elkaar kunnen bijstaan wanneer een grote zaak in een van beide havens dat nodig maakt.\n';
  const mentions: Mention[] = [{ entityType: 'actor', entityId: 'parket-oost', start: 0, end: 11, quote: 'Parket Oost' }];
  const linked = linkSubjects(text, describe(text), mentions, new Map());
  t.same(linked.map((f) => [f.quote, f.subjectActorId]), [['100%', 'parket-oost'], ['Acht agenten', null]]);
});

t.test('subject: a count of occurrences ("feiten", "gevallen", "incidenten") counts what "het aantal" or a change names', async (t) => {
  t.equal(figure('Het aantal door de politie geregistreerde drugsfeiten, vooral bezit, steeg van 52.658 feiten naar 58.112.', '58.112').subject, 'drugsfeiten');
  t.equal(figure('Opvallend is de stijging van geweld tegen de politie, met een toename van 14 gevallen naar 31 gevallen.', '31').subject, 'geweld', 'the noun phrase the change is of');
  t.equal(figure('Het aantal woninginbraken steeg sterk. Dit jaar werden er 108 incidenten geregistreerd.', '108').subject, 'woninginbraken', 'from the sentence before');
  t.equal(figure('De meeste inbreuken gebeuren met cannabis (39.846 feiten in 2018).', '39.846').subject, 'feiten', 'a breakdown in brackets counts its own noun');
  t.equal(figure('De politie registreerde 312 feiten.', '312').subject, 'feiten', 'nothing named before: its own noun, as before');
});

t.test('direction: how high an amount may run ("kunnen oplopen tot 375 euro") is its ceiling, no change (fresh31 399, fresh24 324: an increase)', async (t) => {
  t.equal(direction('Voor zes van hen werd een PV opgesteld waarbij de boetes kunnen oplopen tot 375 euro.', '375'), null);
  t.equal(direction('Bij sluikstorten kan een boete al gauw oplopen tot duizend euro.', 'duizend'), null);
  t.equal(direction('De kosten zijn opgelopen tot 500 euro.', '500'), 'increase', 'what did run up changed');
});

t.test('direction: a figure coordinated right after a change changes as it does (bug: "met 21 en 28 procent" left the second without one)', async (t) => {
  const text = 'De inbraken in garages en kelders daalden respectievelijk met 14 en 9 procent.';
  t.same(describe(text).map((f) => [f.quote, f.direction]), [['14', 'decrease'], ['9 procent', 'decrease']]);
  t.same(describe('De zone telt 14 wijkagenten en 9 procent vrouwen.').map((f) => [f.quote, f.direction]), [['14 wijkagenten', null], ['9 procent', null]], 'no change, no direction');
});

t.test('subject: a gapped list of changes gives each figure the phrase left before its "met" (bug: every item took the first subject)', async (t) => {
  const text = 'Het aantal fietsdiefstallen daalde met een derde, autodiefstallen met bijna 12 procent en het aantal overvallen op winkels met precies de helft.';
  t.same(describe(text).map((f) => f.subject), ['fietsdiefstallen', 'autodiefstallen', 'overvallen']);
  t.same(describe('Zo steeg het aantal aangiftes met 4 procent en het aantal pv’s met 9 procent.').map((f) => f.subject), ['aangiftes', 'pv’s']);
  const places = 'In Lier nam de bevolking toe met 8%, in Duffel en Nijlen met net geen 11%.';
  t.same(describe(places).map((f) => f.subject), ['bevolking', 'bevolking'], 'a place left over is where, not what');
});

t.test('subject: coordinated figures take the coordinated subjects in order ("respectievelijk")', async (t) => {
  const text = 'Zakkenrollerij en oplichting daalden respectievelijk met 14 en 9 procent.';
  t.same(describe(text).map((f) => f.subject), ['Zakkenrollerij', 'oplichting']);
  t.same(describe('Ook vandalisme en brandstichting namen af met 3 en 7 procent.').map((f) => f.subject), ['vandalisme', 'brandstichting'], 'after a focus adverb, without an article');
  t.same(describe('De diefstallen in en uit auto’s daalden met 14 en 9 procent.').map((f) => f.subject), ['diefstallen', 'diefstallen'], 'one subject for both');
});

t.test('subject: a number set against another, a fraction before its noun, a pronoun after the verb', async (t) => {
  t.same(describe('Mol heeft amper zes camera’s, ten opzichte van 140 in Geel.').map((f) => f.subject), ['camera’s', 'camera’s']);
  t.equal(figure('De wijkdienst heeft een kwart personeel te weinig.', 'kwart').subject, 'personeel');
  t.equal(figure('Bij de recherche ontbreekt één op de vier speurders.', 'één op de vier').subject, 'speurders');
  t.equal(figure('Een derde van de meldingen kwam online binnen.', 'derde').subject, 'meldingen', 'a "van" complement, as before');
  const pronoun = 'In Gent heeft de zone een kwart personeel te weinig, in Brugge is dat een derde.';
  t.equal(figure(pronoun, 'een derde').subject, 'personeel', 'what the share before is of');
});

t.test('subject: frames and restatements (bugs: "een tekort van 16,6%" read "goed", "ter waarde van" and "nl." read nothing)', async (t) => {
  t.equal(figure('De zone heeft 80 agenten te weinig, goed voor een tekort van 9,5%.', '9,5').subject, 'tekort');
  t.equal(figure('Vorig jaar kwamen er drones ter waarde van 120.000 euro bij.', '120.000').subject, 'drones');
  const text = 'De dotatie van de stad bedraagt 30.000 euro meer dan vorig jaar, nl. 1.250.000 euro. Dit is 18 % van alle dotaties.';
  const [more, total, share] = describe(text);
  t.same([more!.subject, more!.direction], ['dotatie', 'increase']);
  t.same([total!.subject, total!.direction], ['dotatie', null], 'the restated level keeps the subject, not the direction of the difference');
  t.equal(share!.subject, 'dotatie', '"Dit is X % van" is a share of what "dit" points to');
  t.equal(figure('Het aantal ter beschikking gestelden aan het parket steeg met 11 procent.', '11').subject, 'gestelden', 'a frame noun before a preposition');
  t.equal(figure('Zo nam het aantal gauwdiefstallen af met 38 procent.', '38').subject, 'gauwdiefstallen', 'a separable particle is no noun');
});

t.test('subject: shares in brackets after a place in a list are of what the list breaks down', async (t) => {
  const text = 'We zien een stijging van woninginbraken in zone Noord (+ 12%), zone Oost (+8%) en zone Zuid (+3%).';
  t.same(describe(text).map((f) => f.subject), ['woninginbraken', 'woninginbraken', 'woninginbraken']);
  t.equal(figure('De autodiefstallen (- 12 procent) daalden.', '12').subject, 'autodiefstallen', 'a phrase before the bracket, as before');
});

t.test('subject: main clauses joined by a comma each have their own subject', async (t) => {
  const text = 'Het aantal fietsdiefstallen werd met 40 procent teruggedrongen, het aantal autodiefstallen viel met 17 procent terug.';
  t.same(describe(text).map((f) => f.subject?.split(' ')[0]), ['fietsdiefstallen', 'autodiefstallen']);
  t.not(figure('De wijkpolitie, de brandweer, de civiele bescherming kregen 300 euro.', '300').subject, 'civiele bescherming', 'a list of subjects with one verb is not cut at its commas');
});

t.test('subject: frames that frame a noun, coordinated verb-first clauses, "cijfers", capacities, an amount to a named actor', async (t) => {
  t.equal(figure('Er kwamen patrouilles bij, waardoor het aantal patrouille-uren van de politie met 40 procent toenam.', '40').subject, 'patrouille-uren', 'the noun "aantal" frames, not its "van" phrase');
  t.equal(figure('Het personeel van de verkeerspolitie steeg tot 120 medewerkers.', '120').subject, 'verkeerspolitie', 'a frame that is the last word still gives way to its complement');
  t.equal(figure('Er kwamen patrouilles bij, en nam het aantal patrouille-uren in de wijk toe met 40 procent.', '40').subject, 'patrouille-uren');
  t.equal(figure('In de zone zijn de cijfers met bijna acht procent gedaald.', 'acht').subject, 'cijfers');
  t.equal(figure('De nieuwe zaal biedt plaats voor 60 personen.', '60').subject, 'nieuwe zaal');
  t.equal(figure('De zaal telt 60 personen.', '60').subject, 'zaal', 'no capacity: the clause subject, as before');
  t.equal(figure('De stad geeft voor 2025 een dotatie aan Politiezone Noord van 1,2 miljoen euro.', '1,2').subject, 'dotatie');
  t.equal(figure('De stad geeft voor 2025 een dotatie aan de zone van 1,2 miljoen euro.', '1,2').subject, 'zone', 'a common noun there may be what is measured: unchanged');
});

t.test('subject: a capacity with no holder is the capacity; a place offered by someone stays the holder\'s (fresh6, fresh8, fresh15, fresh16: "plaats is voor 84 gevangenen" was of the prisoners)', async (t) => {
  t.equal(figure('In de gevangenissen zitten 13.397 personen, terwijl er officieel plaats is voor 10.795 gedetineerden.', '10.795').subject, 'plaats');
  t.equal(figure('In Mechelen is maar plaats voor 84 gevangenen.', '84').subject, 'plaats');
  t.equal(figure('In principe is in de 35 instellingen maar plaats voor ongeveer 9.300 gedetineerden.', '9.300').subject, 'plaats', 'the copula opening the clause before a place (fresh31 403: the prisoners)');
  t.equal(figure('De nieuwe zaal biedt plaats voor 60 personen.', '60').subject, 'nieuwe zaal', 'offered: the holder');
  t.equal(figure('Er zitten 706 mannen en 120 vrouwen opgesloten, terwijl de capaciteit beperkt is tot respectievelijk 478 en 114.', '114').subject, 'capaciteit');
  t.equal(figure('Brugge heeft een capaciteit van 612 gevangenen.', '612').subject, 'capaciteit');
  t.equal(figure('De capaciteit in de instelling wordt verhoogd van 40 naar 45 plaatsen.', '45').subject, 'capaciteit');
  t.equal(figure('De capaciteit van de mannenafdeling in de gevangenis, theoretisch beperkt tot 244 plaatsen, werd uitgebreid.', '244').subject, 'capaciteit');
  t.equal(figure('Door de beperkte capaciteit konden slechts 40 dossiers behandeld worden.', '40').subject, 'dossiers', 'a capacity in another clause states nothing here');
});

t.test('subject: a capacity at an organisation a fronted "bij" names is that organisation\'s (fresh39 497: "Bij het Limburgse parket is er plaats voor 36 magistraten" was of "plaats")', async (t) => {
  t.equal(figure('Bij het Limburgse parket is er plaats voor 36 magistraten.', '36').subject, 'Limburgse parket');
  t.equal(figure('Bij het parket is maar plaats voor 36 magistraten.', '36').subject, 'parket', 'the copula opening the clause');
  t.equal(figure('In Mechelen is er plaats voor 84 gevangenen.', '84').subject, 'plaats', 'a place is no holder');
});

t.test('subject: an adverb of time or manner before a count is not what it counts (fresh16: "zitten vandaag 13.397 personen" was of "vandaag")', async (t) => {
  t.equal(figure('In de Belgische gevangenissen zitten vandaag 13.397 personen.', '13.397').subject, 'personen');
  t.equal(figure('Er zitten momenteel 11.199 gedetineerden in de cel.', '11.199').subject, 'gedetineerden');
  // Adverbs of how sure the writer is (session 55, fresh43 541: "inderdaad").
  for (const adverb of ['inderdaad', 'wellicht', 'zeker', 'waarschijnlijk']) t.equal(figure(`Er komen ${adverb} 300 nieuwe agenten bij.`, '300').subject, 'agenten', adverb);
  // A pronominal adverb (session 55, fresh43 546: "daarbij").
  t.equal(figure('In Brussel werden daarbij maar liefst 10.600 personen die een verkeerd adres opgaven, geschrapt.', '10.600').subject, 'personen');
});

/** One police zone, Politiezone Noord, as the actor table of the link tests. */
const zoneNoord = new Map<string, ActorEntry>([['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', location: 'noord' })]]);
/** The mention of Politiezone Noord where a text first names it. */
const noordMention = (text: string): Mention[] => {
  const at = text.indexOf('Politiezone Noord');
  return [{ entityType: 'actor', entityId: 'politiezone-noord', start: at, end: at + 17, quote: 'Politiezone Noord' }];
};

t.test('links: an amount given to an actor named right after its subject belongs to that actor; other counts do not', async (t) => {
  const link = (text: string, quote: string) => linkSubjects(text, [figure(text, quote)], noordMention(text), zoneNoord)[0]!.subjectActorId;
  t.equal(link('De stad geeft een dotatie aan Politiezone Noord van 1,2 miljoen euro.', '1,2'), 'politiezone-noord');
  t.equal(link('Er werden 59 dossiers voor Politiezone Noord behandeld.', '59'), null, 'a count of things is not the actor’s');
});

t.test('links: staff "actief bij" or "werkzaam bij" an organisation named right after them are its own ("waarvan 27.379 actief bij Politiezone Noord"; fresh35 453: no subject actor)', async (t) => {
  const link = (text: string, quote: string) => linkSubjects(text, describe(text), noordMention(text), zoneNoord).find((f) => f.quote.startsWith(quote))!.subjectActorId;
  t.equal(link('De provincie telt 900 vrijwilligers, waarvan 270 actief bij de Politiezone Noord.', '270'), 'politiezone-noord');
  t.equal(link('De provincie telt 900 vrijwilligers, waarvan 270 graag bij de Politiezone Noord.', '270'), null, 'another word between');
});

t.test('links: an organisation listed "met" its amounts holds them, past its bracket and the amounts before (fresh36 457: no subject actor)', async (t) => {
  const actors = new Map<string, ActorEntry>([...zoneNoord, ['politiezone-zuid', actorEntrySchema.parse({ id: 'politiezone-zuid', name: 'Politiezone Zuid', kind: 'police_zone', location: 'zuid' })]]);
  // Every mention of the two zones, in text order.
  const mentionsOf = (text: string): Mention[] => ['Politiezone Noord', 'Politiezone Zuid']
    .flatMap((name) => [...text.matchAll(new RegExp(name, 'gu'))].map((m): Mention => ({ entityType: 'actor', entityId: name.toLowerCase().replace(' ', '-'), start: m.index, end: m.index + name.length, quote: name })))
    .sort((a, b) => a.start - b.start);
  const links = (text: string) => linkSubjects(text, describe(text), mentionsOf(text), actors).map((f) => [f.quote, f.subjectActorId]);
  t.same(links('Politiezone Zuid krijgt een dotatie van 7 miljoen euro. Daarna volgen nog Politiezone Noord (Ravels, Retie) met 54,24 euro per inwoner en 3,7 miljoen, Politiezone Zuid (Herentals, Vorselaar, Herenthout, Olen, Herenthout en Grobbendonk) met 3,5 miljoen en 51,72 euro per inwoner.'), [
    ['7 miljoen euro', 'politiezone-zuid'], ['54,24 euro', 'politiezone-noord'], ['3,7 miljoen', 'politiezone-noord'], ['3,5 miljoen', 'politiezone-zuid'], ['51,72 euro', 'politiezone-zuid'],
  ]);
  t.same(links('Politiezone Zuid kocht een camera. Vorige maand werd door Politiezone Noord met de camera de snelheid gecontroleerd van 12312 voertuigen.'), [['12312 voertuigen', null]], 'the other reading: "met" an instrument, a participle before the figure');
});

t.test('links: police staff or means that name no owner belong to the one police organisation the text names (issue 9 §2)', async (t) => {
  const actors = new Map<string, ActorEntry>([
    ['lokale-politie', actorEntrySchema.parse({ id: 'lokale-politie', name: 'Lokale politie', kind: 'organisation' })],
    ['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', parent: 'lokale-politie', location: 'noord' })],
    ['politiezone-zuid', actorEntrySchema.parse({ id: 'politiezone-zuid', name: 'Politiezone Zuid', kind: 'police_zone', parent: 'lokale-politie', location: 'zuid' })],
    ['stad-noord', actorEntrySchema.parse({ id: 'stad-noord', name: 'Stad Noord', kind: 'government', location: 'noord' })],
  ]);
  const names: Array<[string, string]> = [['Politiezone Noord', 'politiezone-noord'], ['Politiezone Zuid', 'politiezone-zuid'], ['lokale politie', 'lokale-politie'], ['stad Noord', 'stad-noord']];
  /** Every occurrence of a known name is an actor mention, as the entities stage would find it. */
  const mentionsOf = (text: string): Mention[] =>
    names.flatMap(([name, entityId]) => [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({ entityType: 'actor' as const, entityId, start: m.index, end: m.index + name.length, quote: name })));
  const actorOf = (text: string, quote: string) => linkSubjects(text, [figure(text, quote)], mentionsOf(text), actors)[0]!.subjectActorId;

  const report = 'Politiezone Noord stelt haar jaarverslag voor. De burgemeester is tevreden over de samenwerking. Het korps telt 240 agenten.';
  t.equal(actorOf(report, '240'), 'politiezone-noord', 'the zone the text is about, named two sentences earlier');
  t.equal(actorOf('Politiezone Noord stelt haar jaarverslag voor. Er is een tekort van 12 procent.', '12'), 'politiezone-noord', 'a shortage in the next sentence');
  t.equal(actorOf('Politiezone Noord stelt haar jaarverslag voor. Er werden 59 diefstallen geregistreerd.', '59'), null, 'a count of offences is not the zone’s');
  t.equal(actorOf('Politiezone Noord en Politiezone Zuid stellen hun jaarverslag voor. Het korps telt 240 agenten.', '240'), null, 'two zones: ambiguous');
  const twoZones = 'Politiezone Zuid stelt haar jaarverslag voor. De burgemeester is tevreden. Bij Politiezone Noord is het anders. De burgemeester vraagt geld. Het korps telt 240 agenten.';
  t.equal(actorOf(twoZones, '240'), null, 'a text naming two zones, neither nearby: ambiguous');
  const nearer = 'Politiezone Zuid stelt haar jaarverslag voor. De burgemeester is tevreden. Politiezone Noord heeft 30 agenten te weinig, een tekort van 12 procent.';
  t.equal(actorOf(nearer, '12'), 'politiezone-noord', 'the one zone of the figure’s own sentence wins over the text');
  t.equal(actorOf('Politiezone Noord stelt haar jaarverslag voor. Acht parketmagistraten werden aangesteld.', 'Acht'), null, 'magistrates are not police staff');
  t.equal(actorOf('De lokale politie krijgt volgend jaar een dotatie van 700 miljoen euro.', '700'), null, 'the zones together are no one organisation');
  t.equal(actorOf('Politiezone Noord stelt haar jaarverslag voor. De stad Noord telt 40 agenten.', '40'), 'stad-noord', 'an owner the subject names itself is kept');
});

t.test('links: open posts, patrols, teams and the zone named by its kind are the police organisation’s too (issue 9 §2)', async (t) => {
  const actors = new Map<string, ActorEntry>([['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', location: 'noord' })]]);
  const actorOf = (text: string, quote: string) => {
    const mentions: Mention[] = [...text.matchAll(/Politiezone Noord/gu)].map((m) => ({ entityType: 'actor' as const, entityId: 'politiezone-noord', start: m.index, end: m.index + 17, quote: 'Politiezone Noord' }));
    return linkSubjects(text, [figure(text, quote)], mentions, actors)[0]!.subjectActorId;
  };
  const about = 'Politiezone Noord zoekt volk. De burgemeester is bezorgd.';
  t.equal(actorOf(`${about} Er staan nog twaalf vacatures open.`, 'twaalf'), 'politiezone-noord', 'open posts');
  t.equal(actorOf(`${about} Van de 9 patrouilles rijden er vier in het centrum.`, '9'), 'politiezone-noord', 'patrols on duty');
  t.equal(actorOf(`${about} Er zijn permanent vijf interventieploegen op ronde.`, 'vijf'), 'politiezone-noord', 'teams on duty');
  t.equal(actorOf(`${about} Op dit moment telt de zone 31 inspecteurs.`, '31'), 'politiezone-noord', 'the zone named by its kind');
  t.equal(actorOf(`${about} Het jeugdteam wordt versterkt met drie inspecteurs.`, 'drie'), 'politiezone-noord', 'staff named by a staff noun, whatever unit they join');
  t.equal(actorOf(`${about} Het jeugdteam wordt versterkt met drie mensen.`, 'drie'), null, 'people who are staff only by context: not claimed through the unit');
  t.equal(actorOf(`${about} De regering wil 1.600 extra agenten aanwerven.`, '1.600'), null, 'a subject that names another owner than a unit of the force');
  t.equal(actorOf(`${about} Het arrondissement telt 7 politiezones.`, '7'), null, 'a count of zones is no one zone’s');
  t.equal(actorOf(`${about} Er werden 22 patrouilles georganiseerd.`, '22'), null, 'patrols the clause reports as done are actions, not the zone’s');
});

t.test('links: a phrase after the counted noun that names its owner ("van de politiezone", "in de zone X") gives the subject actor', async (t) => {
  const actors = new Map<string, ActorEntry>([
    ['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', location: 'noord' })],
    ['parket-oost', actorEntrySchema.parse({ id: 'parket-oost', name: 'Parket Oost', kind: 'organisation', location: 'oost' })],
  ]);
  const names: Array<[RegExp, string]> = [[/(?:zone|Politiezone) Noord/gu, 'politiezone-noord'], [/parket Oost/gu, 'parket-oost']];
  const actorOf = (text: string, quote: string) => {
    const mentions = names.flatMap(([re, entityId]) => [...text.matchAll(re)].map((m) => ({ entityType: 'actor' as const, entityId, start: m.index, end: m.index + m[0].length, quote: m[0] })));
    return linkSubjects(text, [figure(text, quote)], mentions, actors)[0]!.subjectActorId;
  };
  t.equal(actorOf('Gisteren bleven vier van de zes wijkkantoren in de zone Noord dicht.', 'zes'), 'politiezone-noord', 'a named owner after "in de"');
  t.equal(actorOf('Er liggen 80 dossiers van het parket Oost op de plank.', '80'), 'parket-oost', 'a named owner after "van het"');
  t.equal(actorOf('In 2023 werden 30 van 90 dossiers in een lopend onderzoek van de zone Noord afgesloten.', '90'), 'politiezone-noord', 'past one phrase between');
  const about = 'Politiezone Noord legt haar begroting voor. De burgemeester is tevreden.';
  t.equal(actorOf(`${about} De verdeelsleutel onder de vier gemeenten van de politiezone blijft.`, 'vier'), 'politiezone-noord', 'the owner named by its kind: the zone the text is about');
  t.equal(actorOf(`${about} De camera’s dekken de drie gemeenten van onze zone.`, 'drie'), 'politiezone-noord', '"onze zone"');
  // the other readings: a share of what happens, an owner by kind that is not police, no owner phrase at all
  t.equal(actorOf('De diefstallen in de zone Noord daalden met 15 procent.', '15'), null, 'a share measures what happens in the zone, not what it has');
  t.equal(actorOf(`${about} De patrouille-uren van de politie stegen met 20 procent.`, '20'), null, 'a share of the police’s activity is no holding');
  t.equal(actorOf(`${about} De vier gemeenten van de provincie tekenden het akkoord.`, 'vier'), null, 'an owner by kind that is no police organisation');
  t.equal(actorOf(`${about} Er wonen 4.000 mensen in de wijk.`, '4.000'), null, 'no owner phrase: not claimed');
  t.equal(actorOf(`${about} Er staan 14 flitspalen in de zone 30.`, '14'), null, 'a speed zone is no police zone');
  t.equal(actorOf(`${about} De vier gemeenten van de politiezone Zuid betalen meer.`, 'vier'), null, 'a zone named by a name the gazetteer lacks is not the text’s zone');
});

t.test('links: a text that speaks of "de zone" or "het korps" without naming it means the zone of its scope place', async (t) => {
  const actors = new Map<string, ActorEntry>([
    ['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', location: 'noord', areas: [{ location: 'noord' }, { location: 'dorp' }] })],
    ['politiezone-zuid', actorEntrySchema.parse({ id: 'politiezone-zuid', name: 'Politiezone Zuid', kind: 'police_zone', location: 'zuid', areas: [{ location: 'zuid' }, { location: 'gehucht', end: '2019' }] })],
    ['politiezone-oost', actorEntrySchema.parse({ id: 'politiezone-oost', name: 'Politiezone Oost', kind: 'police_zone', location: 'oost', areas: [{ location: 'oost' }, { location: 'gehucht', start: '2020' }] })],
  ]);
  t.equal(scopeZone('dorp', actors), 'politiezone-noord', 'a member municipality');
  t.equal(scopeZone('gehucht', actors), 'politiezone-oost', 'the zone that serves it now, not the one it left');
  t.equal(scopeZone('elders', actors), null, 'a place no zone serves');
  t.equal(scopeZone(null, actors), null);
  const actorOf = (text: string, quote: string, scope: string | null, mentions: Mention[] = []) =>
    linkSubjects(text, [figure(text, quote)], mentions, actors, { scopeLocationId: scope })[0]!.subjectActorId;
  const korps = 'De korpschef is tevreden. Het korps telt 240 agenten.';
  t.equal(actorOf(korps, '240', 'dorp'), 'politiezone-noord');
  t.equal(actorOf(korps, '240', null), null, 'no scope: no owner');
  t.equal(actorOf('De stad wil 50 agenten extra op straat.', '50', 'dorp'), null, 'a text that never speaks of a zone or corps: the town’s plans are not the zone’s');
  t.equal(actorOf('In de zone 30 werden 40 agenten ingezet.', '40', 'dorp'), null, 'a speed zone is no police zone');
  const named = 'Politiezone Zuid helpt. Het korps telt 240 agenten.';
  const at = named.indexOf('Politiezone Zuid');
  t.equal(actorOf(named, '240', 'dorp', [{ entityType: 'actor', entityId: 'politiezone-zuid', start: at, end: at + 16, quote: 'Politiezone Zuid' }]), 'politiezone-zuid', 'a police organisation the text names wins over the scope');
});

t.test('subject: a fixed frame ("in de vorm van"), a long qualifier ("om en bij de") and an adverb of scope ("Nationaal") are read past', async (t) => {
  t.equal(figure('De steun kwam in de vorm van vijftien agenten.', 'vijftien').subject, 'agenten', '"in de vorm van" names nothing the figure measures');
  t.equal(figure('De stad kocht een terrein van vijftien hectare.', 'vijftien').subject, 'terrein', 'a plain "van" phrase still is measured');
  t.equal(figure('De lading met een straatwaarde van om en bij de vier miljoen euro werd vernietigd.', 'vier').subject, 'straatwaarde');
  t.equal(figure('De lading met een straatwaarde van om en bij de vier miljoen euro werd vernietigd.', 'vier').qualifier, 'om en bij');
  t.equal(figure('Nationaal steeg het aantal fietsdiefstallen met 8%.', '8').subject, 'fietsdiefstallen', 'after a fronted adverb of scope the subject follows the verb');
  t.equal(figure('Fietsdiefstallen stegen met 8%.', '8').subject, 'Fietsdiefstallen', 'a fronted noun is still the subject');
});

t.test('subject: the base of a rate ("één wijkagent per 2.500 inwoners") is of the noun it rates', async (t) => {
  t.equal(figure('De zone gaat naar een wijkagent per 2.500 inwoners.', '2.500').subject, 'wijkagent');
  t.equal(figure('De zone telt één inspecteur per 800 inwoners.', '800').subject, 'inspecteur');
  t.equal(figure('Er is 1 agent per 300 inwoners.', '300').subject, 'agent');
  // A rate whose numerator is a number: its base is no figure (devset convention of the fresh5 split).
  t.notOk(describe('Er komen 12 camera’s per 1.000 inwoners.').some((f) => f.quote.includes('1.000')), 'a rate whose rated count is a figure of its own: the base is none');
  t.equal(figure('De stad betaalt per 2.500 inwoners een bijdrage.', '2.500').subject, 'inwoners', 'no rated noun before "per"');
});

t.test('subject: staff of the organisation a fronted "bij die …" or "in het korps" names; a contrasting "terwijl er" clause keeps its owner', async (t) => {
  t.equal(figure('Bij die dienst zijn 40 inspecteurs nodig.', '40').subject, 'dienst', 'a demonstrative before the organisation’s noun');
  t.equal(figure('In het fusiekorps is er een kader voor 210 politiemensen.', '210').subject, 'fusiekorps');
  t.equal(figure('In Gent werken 200 agenten.', '200').subject, 'agenten', '"in" before a place is no organisation');
  t.equal(figure('In de actie werden 14 agenten ingezet.', '14').subject, 'agenten', '"in" before an event is no organisation');
  t.equal(figure('Bij die actie werden 14 agenten ingezet.', '14').subject, 'agenten', 'a demonstrative before an event');
  const [now, needed] = describe('Op dit moment telt de zone 9 inspecteurs, terwijl er 22 krachten nodig zijn.');
  t.same([now!.subject, needed!.subject, needed!.unitKind], ['zone', 'zone', 'staff'], 'the needed people are the zone’s too, so its staff');
  const [, thieves] = describe('Op dit moment telt de zone 9 inspecteurs, terwijl er 22 inbraken waren.');
  t.equal(thieves!.subject, 'inbraken', 'a count of things in the contrasting clause counts its own noun');
});

t.test('unit kind: posts ("plaatsen") filled or created are staff; vacant posts and places stay a count', async (t) => {
  t.equal(figure('Nu zijn er negentig plaatsen ingevuld.', 'negentig').unitKind, 'staff');
  t.equal(figure('Bij de recherche worden twee nieuwe plaatsen voorzien.', 'twee').unitKind, 'staff');
  t.equal(figure('Er zijn nog 98 oningevulde plaatsen.', '98').unitKind, 'count', 'vacant posts');
  t.equal(figure('Er komen camera’s op vijftien plaatsen.', 'vijftien').unitKind, 'count', 'places');
  t.equal(figure('Op vijftien plaatsen worden camera’s voorzien.', 'vijftien').unitKind, 'count', 'a participle further on is not the posts’');
  const actors = new Map<string, ActorEntry>([['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', location: 'noord' })]]);
  const text = 'Politiezone Noord zoekt volk. Nu zijn er negentig plaatsen ingevuld. Er komen camera’s op vijftien plaatsen.';
  const mentions: Mention[] = [{ entityType: 'actor', entityId: 'politiezone-noord', start: 0, end: 17, quote: 'Politiezone Noord' }];
  t.same(linkSubjects(text, describe(text), mentions, actors).map((f) => f.subjectActorId), ['politiezone-noord', null], 'filled posts are the organisation’s, places are not');
});

t.test('subject: people fronted as the object of a verb of having belong to the phrase that ends the sentence (object-verb-subject)', async (t) => {
  const [operational, civil] = describe('240 operationelen en een 50-tal burgers voor technische functies telt het stedelijke korps.');
  t.same([operational!.subject, operational!.unitKind, civil!.subject], ['stedelijke korps', 'staff', 'stedelijke korps']);
  t.equal(figure('Drie nieuwe inspecteurs kreeg de dienst.', 'Drie').subject, 'dienst');
  t.equal(figure('240 agenten hebben de opleiding gevolgd.', '240').subject, 'agenten', 'the sentence goes on after the phrase: the figure is the subject');
  t.equal(figure('240 agenten telt Gent.', '240').subject, 'agenten', 'no article: no phrase read as the owner');
  t.equal(figure('Volgens de burgemeester heeft het korps 240 agenten.', '240').subject, 'korps', 'the usual order is unchanged');
});

t.test('subject: staff a speaker ("we") wants are of the organisation the sentence before named; a comparative’s frame noun; an opening "Maar"', async (t) => {
  const [wanted] = describe('De PZ Noord trekt vlot kandidaten aan. Dit jaar willen we 17 nieuwe mensen aantrekken.');
  t.same([wanted!.subject, wanted!.unitKind], ['PZ Noord', 'staff'], 'people recruited are staff');
  const [, , grown] = describe('240 agenten en 50 burgers telt het korps. “Maar we willen uitbreiden naar een 400-tal medewerkers”, zegt de korpschef.');
  t.equal(grown!.subject, 'korps', 'the subject of the staff figure before, past an opening "Maar"');
  const [programme] = describe('De markt is het hart van de stad. We willen 50 extra agenten op straat.');
  t.equal(programme!.subject, 'agenten', 'a sentence before that names no organisation: the counted noun');
  const [, own] = describe('Het korps telt 240 agenten. Als partner van de brandweer willen we 20 mensen inzetten.');
  t.equal(own!.subject, 'brandweer', 'the speaker’s own "van" phrase wins');
  t.equal(figure('Op termijn breiden we uit met een kwart meer personeel.', 'kwart').subject, 'personeel');
  t.equal(figure('Er komen 40 procent meer patrouilles.', '40').subject, 'patrouilles');
});

t.test('links: a police organisation’s seat is not a place the text states for its figure; another actor’s seat still is', async (t) => {
  const text = 'De Politiezone Noord telt 240 agenten.';
  const at = text.indexOf('Politiezone Noord');
  const mentions: Mention[] = [{ entityType: 'actor', entityId: 'politiezone-noord', start: at, end: at + 17, quote: 'Politiezone Noord' }];
  const zone = new Map<string, ActorEntry>([['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', location: 'noord' })]]);
  const [linked] = linkSubjects(text, describe(text), mentions, zone);
  t.same([linked!.subjectActorId, linked!.subjectLocationId], ['politiezone-noord', null]);
  const service = new Map<string, ActorEntry>([['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Federale Wegpolitie Noord', kind: 'unit', location: 'noord' })]]);
  t.equal(linkSubjects(text, describe(text), mentions, service)[0]!.subjectLocationId, null, 'a police service with a seat: no place either');
  const parket = 'Het Parket Noord telt 24 magistraten.';
  const p = parket.indexOf('Parket Noord');
  const office = new Map<string, ActorEntry>([['parket-noord', actorEntrySchema.parse({ id: 'parket-noord', name: 'Parket Noord', kind: 'organisation', location: 'noord' })]]);
  const linked2 = linkSubjects(parket, describe(parket), [{ entityType: 'actor', entityId: 'parket-noord', start: p, end: p + 12, quote: 'Parket Noord' }], office);
  t.equal(linked2[0]!.subjectLocationId, 'noord', 'a prosecutor’s office: its seat');
});

t.test('subject: a pronoun after a colon points back to the sentence before; "Ten opzichte van" opens an adverbial', async (t) => {
  const [, then] = describe('Vorig jaar vond de douane 95 ton drugsafval. Ter vergelijking: in 2017 was dat nog 32 ton.');
  t.equal(then!.subject, 'drugsafval');
  const [, , same] = describe('Vorig jaar vond de douane 95 ton drugsafval. Ter vergelijking: in 2017 was er 40 ton hasj, en dat was toen 12 ton meer.');
  t.equal(same!.subject, 'hasj', 'a figure before the pronoun in its own sentence wins');
  t.equal(figure('Ten opzichte van 2018 is het aantal inbraken met 26 procent gedaald.', '26').subject, 'inbraken');
});

t.test('subject: people a participle says were acted upon count for themselves; the object of an infinitive of change', async (t) => {
  const [held, handed] = describe('De politie heeft 36 mensen gerechtelijk aangehouden, van wie er elf ter beschikking zijn gesteld.');
  t.same([held!.subject, held!.unitKind, handed!.subject, handed!.unitKind], ['mensen', 'count', 'mensen', 'count']);
  // Session 51: people taken into service are what the count is of (fresh38 484's gold, no devset text against it), still staff.
  const hired = figure('De dienst heeft 40 mensen in dienst genomen.', '40');
  t.same([hired.subject, hired.unitKind], ['mensen', 'staff'], 'people taken into service are staff, and what the count is of');
  t.equal(figure('De taskforce telt 40 mensen.', '40').unitKind, 'staff', 'no participle: the organisation’s people');
  t.equal(figure('Het college besliste om de wijkdienst uit te breiden met 2 medewerkers.', '2').subject, 'wijkdienst');
  t.equal(figure('Het college besliste om het korps te versterken met 12 agenten.', '12').subject, 'korps');
  t.equal(figure('Het college besliste om te starten met 12 agenten.', '12').subject, 'agenten', 'no infinitive of change: the rule does not fire');
});

t.test('links: police organisations a sentence lists ("naburige zones (PZ A, PZ B, PZ C)") are named in passing, no topic of the text', async (t) => {
  const ids = ['politiezone-a', 'politiezone-b', 'politiezone-c', 'politiezone-noord'];
  const actors = new Map<string, ActorEntry>(ids.map((id) => [id, actorEntrySchema.parse({ id, name: id, kind: 'police_zone' })]));
  const names: Array<[string, string]> = [['PZ A', 'politiezone-a'], ['PZ B', 'politiezone-b'], ['PZ C', 'politiezone-c'], ['Politiezone Noord', 'politiezone-noord']];
  const mentionsOf = (text: string): Mention[] =>
    names.flatMap(([name, entityId]) => [...text.matchAll(new RegExp(`${name}(?![\\p{L}])`, 'gu'))].map((m) => ({ entityType: 'actor' as const, entityId, start: m.index, end: m.index + name.length, quote: name })));
  const actorOf = (text: string, quote: string) => linkSubjects(text, [figure(text, quote)], mentionsOf(text), actors)[0]!.subjectActorId;
  const report = 'Er waren ook interventies bij naburige zones (PZ A, PZ B en PZ C). De burgemeester is tevreden. Het korps telt 240 agenten. Politiezone Noord werft verder.';
  t.equal(actorOf(report, '240'), 'politiezone-noord', 'the one zone named outside the list');
  const two = 'Er waren ook interventies bij PZ A en PZ B. De burgemeester is tevreden. Het korps telt 240 agenten. Politiezone Noord werft verder.';
  t.equal(actorOf(two, '240'), null, 'two zones named outside a list: still ambiguous');
});

t.test('links: an amount whose noun was introduced before with "voor"/"aan" an actor goes to that actor ("Deze bijkomende investering")', async (t) => {
  const actors = new Map<string, ActorEntry>([['brandweer-noord', actorEntrySchema.parse({ id: 'brandweer-noord', name: 'Brandweer Noord', kind: 'organisation', location: 'noord' })]]);
  const actorOf = (text: string, quote: string) => {
    const mentions: Mention[] = [...text.matchAll(/Brandweer Noord/gu)].map((m) => ({ entityType: 'actor' as const, entityId: 'brandweer-noord', start: m.index, end: m.index + 15, quote: 'Brandweer Noord' }));
    return linkSubjects(text, describe(text), mentions, actors).find((f) => f.quote.includes(quote))!.subjectActorId;
  };
  t.equal(actorOf('De regering keurde de extra investering voor Brandweer Noord goed. Deze bijkomende investering wordt gespreid: €5 miljoen in 2021.', '5'), 'brandweer-noord');
  t.equal(actorOf('De regering keurde de investering voor de haven goed, Brandweer Noord juicht. Deze bijkomende investering wordt gespreid: €5 miljoen in 2021.', '5'), null, 'introduced for something else');
  t.equal(actorOf('Brandweer Noord krijgt een dotatie. Deze investering bedraagt €5 miljoen.', '5'), null, 'a noun not introduced with an actor');
});

t.test('status: hopes, demands, ideals and what is being built are targets; "een hoop" is no hope', async (t) => {
  t.equal(figure('Ik hoop dit jaar nog tien extra agenten te vinden.', 'tien').status, 'target');
  t.equal(figure('Het ideale scenario is dat er slechts vier politiezones zijn.', 'vier').status, 'target');
  t.equal(figure('De provincie heeft geëist dat elke zone minimaal 200 agenten telt.', '200').status, 'target');
  t.equal(figure('Er is een cameranetwerk in aanbouw, met camera’s op twaalf plaatsen.', 'twaalf').status, 'target');
  t.equal(figure('Een hoop inwoners, 300 mensen in totaal, kwamen naar de raad.', '300').status, 'actual');
});

t.test('reference date: a stated year frames the paragraphs and untitled sections after it; a list stops at its opening sentence; an infinitive is no past', async (t) => {
  const date = (text: string, quote: string, documentDate: string = '2020-07') => referenceDateOf(text, quote, documentDate);
  const sections = 'In 2019 rukte de brandweer 40 000 keer uit.\n\nBrand\n\nBranden zorgden voor 12 000 interventies.\n\nZiekenwagen\n\nEr werden 20 000 ritten gereden.';
  t.equal(date(sections, '12 000'), '2019', 'past a heading without a year');
  t.equal(date(sections, '20 000'), '2019', 'two sections on');
  t.equal(date('Resultaten 2018\n\nDe zone telde 300 inbraken.', '300'), '2018', 'a heading with a year frames its section');
  t.equal(date('In 2019 ging alles goed.\n\nDe zone kocht in beslag:\n• 41 voertuigen', '41'), null, 'a list goes back to its opening sentence, no further');
  t.equal(date('Vorig jaar werd de zaal verbouwd.\n\nDe zaal biedt plaats voor 35 personen, om er vergaderingen te kunnen opzetten.', '35'), null, 'a present sentence: "opzetten" after a modal is an infinitive, not a weak past');
});

t.test('reference date: a period is one date only within one year; a count over years has none, a change over them is of its end (bug: the end month)', async (t) => {
  const date = (text: string, quote: string, documentDate: string = '2020-07') => referenceDateOf(text, quote, documentDate);
  t.equal(date('Tussen november 2018 en december 2019 gaan er nog negen agenten met pensioen.', 'negen'), null, 'a count over a period spanning two years');
  t.equal(date('Er vielen 44 doden tussen 1 juli 2015 en 30 juni 2017.', '44'), null, 'the period after the count');
  t.equal(date('De politie noteerde tussen januari en eind juni 3.084 feiten.', '3.084', '2017-07'), '2017', 'months of one year: that year, not the end month');
  t.equal(date('Tussen oktober 2014 en maart 2015 daalde het aantal inbraken met 20 procent.', '20 procent'), '2015', 'a change over the period: its end year');
  t.equal(date('In 2009 werd de zone opgericht. Tussen mei 2010 en mei 2014 was het rustig. Er werden 50 daders opgepakt.', '50'), null, 'a period over years frames no later sentence with an older year');
  t.equal(date('Tussen 2000 en 2014 daalde de criminaliteit met 7 procent.', '7 procent'), '2014', 'a period of bare years is read by the years: its end');
});

t.test('reference date: a comparison\'s base is not the figure\'s date, also with a noun, a number or a bracket between (bug: the base year)', async (t) => {
  const date = (text: string, quote: string, documentDate: string | null = '2022-03') => referenceDateOf(text, quote, documentDate);
  const counted = 'In 2021 registreerde de politie 800 inbraken. In vergelijking met recordjaar 2019 is dat een daling met 120 feiten.';
  t.equal(date(counted, '120'), '2021', 'set against a past base, the figure is of the frame');
  t.equal(date('In 2021 stelde de politie 130 inbraken vast (tegenover 177 in 2020, een daling met 27 procent).', '27 procent'), '2021', 'the base in a bracket');
  const restated = 'De politie noteerde in 2021 3.084 feiten. Dat is 15 procent minder dan de 3.638 feiten in dezelfde periode vorig jaar.';
  t.equal(date(restated, '15 procent'), '2021', 'a thousands point does not end the comparison');
  t.equal(date(restated, '3.638'), '2021', 'the base itself keeps the date behind it ("vorig jaar" of 2022)');
  t.equal(date(restated, '3.638', '2021-03'), '2020');
  const undated = 'Waar er in 2011 nog 300 dossiers waren, waren dat er vorig jaar 250. Antwerpen telde 40 dossiers minder dan in 2011.';
  t.equal(date(undated, '40', null), null, 'a year the text cannot resolve ("vorig jaar", no document date) frames with no earlier year of its sentence');
});

t.test('reference date: a share or a change in a present-tense sentence that observes a change is of the year the text frames (bug: no date)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2023-05');
  const framed = 'In 2022 registreerde de zone 410 diefstallen. We zien vooral een stijging bij winkeldiefstallen (+ 18 procent).';
  t.equal(date(framed, '18 procent'), '2022', 'a change observed in the present: the frame\'s year');
  t.equal(date('Vorig jaar telde de politie 900 ongevallen. In de zone zijn de ongevallen met letsel met 6 procent gedaald.', '6 procent'), '2022', 'a present perfect of change');
  t.equal(date('In 2021 hield de zone 300 controles. Van 120 naar 95 ongevallen is een daling die we toejuichen.', '95'), '2021', 'a change with its old value');
  const beside = 'In 2022 registreerde de zone 410 diefstallen. De daling is merkbaar in 14 wijken (- 9 procent).';
  t.equal(date(beside, '14'), null, 'a count beside the change is of the text\'s time');
  t.equal(date(beside, '9 procent'), '2022');
  t.equal(date('In 2022 registreerde de zone 410 diefstallen. We willen een daling van 10 procent.', '10 procent'), null, 'a change wanted is no observation');
  t.equal(date('In 2022 registreerde de zone 410 diefstallen. Sinds de fusie is het aantal inbraken met 20 procent gedaald.', '20 procent'), null, 'a change with its own base is of its own period');
  t.equal(date('In 2022 registreerde de zone 410 diefstallen. Het korps telt 12 procent vrouwen.', '12 procent'), null, 'a present share without a change: the text\'s time');
});

t.test('reference date: "minder/meer" with words before its "dan" still names a base, which frames nothing (bug: the base year framed the next sentence)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2024-01');
  const halfYear = 'Tijdens de zomer van 2023 werden 12 procent minder inbraken vastgesteld dan tijdens dezelfde maanden in 2022. De daling is het sterkst bij appartementen (- 30 procent).';
  t.equal(date(halfYear, '30 procent'), '2023', 'the frame is the year of the figures, not the base');
  t.equal(date(halfYear, '12 procent'), '2023', 'the figure keeps its own year');
  t.equal(date('In 2023 hield de politie meer controles dan in 2022. Er werden 400 bestuurders betrapt.', '400'), '2023', 'a base right after "dan" as before');
});

t.test('status: "vermoedelijk" alone hedges an observation (actual); with "zal"/"zullen" it forecasts', async (t) => {
  t.equal(figure('Er werden 900 pakketten gevonden met een vermoedelijk gewicht van 2 ton.', '2 ton').status, 'actual');
  t.equal(figure('Het tekort zal vermoedelijk 300 agenten bedragen.', '300').status, 'forecast');
});

t.test('reference date: a weekday of the news is its latest day on or before the document date, and frames the story after it (bug: no date)', async (t) => {
  // 2024-03-14 is a Thursday.
  const date = (text: string, quote: string, documentDate: string | null = '2024-03-14') => referenceDateOf(text, quote, documentDate);
  const story = 'In de haven van Oostende is maandag 800 kilo hasj onderschept. De drugs zaten verstopt in vier vrachtwagens.\n\nDe speurders vonden ook 12 gsm’s.';
  t.equal(date(story, '800'), '2024-03-11', 'the Monday before the document date');
  t.equal(date(story, 'vier'), '2024-03-11', 'the sentences after it go on on that day');
  t.equal(date(story, '12'), '2024-03-11', 'also across a paragraph');
  t.equal(date('Donderdagavond werden 40 chauffeurs gecontroleerd.', '40'), '2024-03-14', 'the document\'s own weekday is its day');
  t.equal(date('Maandag werden 40 chauffeurs gecontroleerd.', '40', '2024-03'), '2024-03', 'a document date without a day gives the month');
  t.equal(date('Maandag werden 40 chauffeurs gecontroleerd.', '40', null), null, 'no document date, no date');
  t.equal(date('Dat zei de minister dinsdag in de Kamer. Er werden 300 agenten aangeworven.', '300'), null, 'the day something was said frames nothing after it');
  t.equal(date('Er waren meer fietsdiefstallen op woensdag, donderdag en vrijdag. Er werden 300 fietsen gestolen.', '300'), null, 'a list of weekdays is a distribution, no date');
  t.equal(date('Elke zondag werden 30 bestuurders gecontroleerd.', '30'), null, 'a habit is no date');
  t.equal(date('Deze woensdag werd overgegaan tot een actie. 3 verdachten werden opgepakt.', '3'), '2024-03-13', '"deze woensdag" is a day of the news (bug: no date; fresh26 338)');
  t.equal(date('Maandag werden 5 huiszoekingen gedaan in de regio 2060 Antwerpen.', '5'), '2024-03-11', 'a postal code is no year (bug: 2060, and a target; fresh26 338)');
  t.equal(date('In 2017 waren er 40 doden in Henegouwen en in 2018 Antwerpen 20.', '40'), '2017', 'a year after "in" stays one before a name');
  t.equal(date('In 2022 hield de raad maandag een debat. Het plan is nu 84 bladzijden, eerder telde het 6 bladzijden.', '84'), null, '"nu" before the figure: of the text\'s time, not of a frame');
});

t.test('reference date: "vorige week" is a time of the news like a weekday and frames the story after it (bug: only its own sentence)', async (t) => {
  // 2024-03-14 is a Thursday; the week before it is in March.
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2024-03-14');
  const story = 'In de haven van Oostende is vorige week 800 kilo hasj onderschept. De drugs hadden een waarde van 4 miljoen euro.';
  t.equal(date(story, '800'), '2024-03', 'its own sentence, as before');
  t.equal(date(story, '4 miljoen'), '2024-03', 'the sentence after it goes on in that week');
  t.equal(date('Dat meldde de politie vorige week. De drugs hadden een waarde van 4 miljoen euro.', '4 miljoen'), null, 'when the news was told frames nothing after it');
});

t.test('reference date: "vorig weekend" is the month of the weekend before the document\'s day and frames the story after it, none when it spans two months (bug: no date)', async (t) => {
  const date = referenceDateOf;
  const story = 'Ruim 41.000 bestuurders werden vorig weekend getest. In de zone werden 765 voertuigen gecontroleerd.';
  // 2019-09-09 is a Monday: the weekend before it is 7–8 September.
  t.equal(date(story, '41.000', '2019-09-09'), '2019-09');
  t.equal(date(story, '765', '2019-09-09'), '2019-09', 'the sentence after it goes on in that weekend');
  // 2019-09-08 is a Sunday: the weekend before it is 31 August – 1 September.
  t.equal(date(story, '41.000', '2019-09-08'), null, 'a weekend over two months gives no month');
  t.equal(date(story, '41.000', '2017-06'), '2017-06', 'a document dated to a month gives the month');
  t.equal(date('Dat meldde de politie vorig weekend. Er werden 30 boetes uitgeschreven.', '30', '2019-09-09'), null, 'when the news was told frames nothing after it');
});

t.test('reference date: the last day of a story of several news days frames nothing after its sentence (bug: every later figure of that day)', async (t) => {
  // 2024-03-14 is a Thursday.
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2024-03-14');
  const twoDays = 'De politie hield maandag en dinsdag controles in de stad. Dinsdag werden 14 bestuurders betrapt. Er werden 30 boetes uitgeschreven.';
  t.equal(date(twoDays, '14'), '2024-03-12', 'the day dates its own sentence');
  t.equal(date(twoDays, '30'), null, 'the sentence after it may be of either day');
  const oneDay = 'De politie hield dinsdag controles in de stad. Dinsdagavond werden 14 bestuurders betrapt. Er werden 30 boetes uitgeschreven.';
  t.equal(date(oneDay, '30'), '2024-03-12', 'the other reading: one day named twice still frames the story');
  const said = 'Dat meldde de politie woensdag. Dinsdag werden 14 bestuurders betrapt. Er werden 30 boetes uitgeschreven.';
  t.equal(date(said, '30'), '2024-03-12', 'the day something was said is no second day of the story');
});

t.test('reference date: "toen" takes up the date just named, also a comparison\'s base (bug: the sentence\'s other year)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2018-06');
  t.equal(date('In 2016 werden 1.400 fietsen gestolen. Dat is een daling in vergelijking met 2014, toen er 1.650 fietsen werden gestolen.', '1.650'), '2014');
  t.equal(date('In 2016, na een daling in vergelijking met 2014, werden er 1.400 fietsen gestolen.', '1.400'), '2016', 'the other reading: without "toen" a base\'s date is passed over');
  t.equal(date('Dit jaar stierven 13 mensen. In vergelijking met dezelfde periode vorig jaar waren dat er nog 15.', '15'), '2017',
    'a clause in the past that takes up the count at the base\'s time (fresh30 393: the year of the sentence before)');
  t.equal(date('Dit jaar stierven 13 mensen. In vergelijking met vorig jaar zijn dat er 15 meer.', '15'), '2018', 'the other reading: in the present the base\'s date is passed over');
  t.equal(date('Het aantal verdwijningen daalde continu sinds 2010, toen er 1.477 gevallen geregistreerd werden.', '1.477'), '2010', 'the start "sinds" names, taken up by "toen" (fresh18 250: the text\'s year)');
  t.equal(date('Sinds 2010 werden er 1.477 gevallen geregistreerd.', '1.477'), null, 'the other reading: "sinds" alone starts a running count, no date');
});

t.test('direction: a sign that is the number\'s own, a multiplier of a comparison, a level lower or higher than in an earlier year (bug: no direction)', async (t) => {
  t.equal(direction('De sterkste daling is er in Herenhout, gevolgd door Herentals -11% en Grobbendonk -10%.', '11%'), 'decrease');
  t.equal(direction('Diefstallen in woningen stegen met +32% ten opzichte van 2016.', '32%'), 'increase');
  t.equal(direction('Een stijging is er in Olen met 69 feiten of +14,5%.', '14,5%'), 'increase');
  t.equal(direction('Het aandeel van de jongeren steeg tot 20-25% in 2019.', '20-25%'), 'increase', 'a range after "tot" keeps its cue, not a sign');
  t.equal(direction('De wachttijd was 10 - 15 minuten en 40% van de klanten klaagde.', '40%'), null, 'no sign before the share');
  t.equal(direction('Ook in 2023 werden er nog 3 keer meer passagiers met cocaïne betrapt dan met cannabis.', '3 keer'), 'increase');
  t.equal(direction('Het aantal fietsdiefstallen is vandaag drie keer zo hoog als tien jaar geleden.', 'drie keer'), 'increase');
  t.equal(direction('De wijkagent kwam drie keer langs.', 'drie keer'), null, 'occurrences are no comparison');
  t.equal(direction('In 2014 lag de criminaliteit 30 procent lager dan in 2000.', '30 procent'), 'decrease');
  t.equal(direction('De cijfers liggen 30% hoger dan in de rest van Vlaanderen.', '30%'), null, 'compared with a place: a level, no change');
  t.equal(direction('In Antwerpen was er een grote daling (-23 doden), in Limburg vielen meer slachtoffers (+17 doden).', '23 doden'), 'decrease',
    'a count signed right after an opening bracket is a difference (fresh30 394: no direction)');
  t.equal(direction('In Antwerpen was er een grote daling (-23 doden), in Limburg vielen meer slachtoffers (+17 doden).', '17 doden'), 'increase');
  t.equal(direction('In Limburg vielen meer slachtoffers (+ 17 doden).', '17 doden'), 'increase', 'a sign apart from the number too');
  t.equal(direction('In Limburg vielen meer slachtoffers (17 doden).', '17 doden'), null, 'no sign: a level');
});

t.test('a share "hoger" or "lager" in a sentence that sets it against an earlier time is a change (bug: no direction; found on a public page outside the devset)', async (t) => {
  t.equal(direction('Ten opzichte van 2012 ligt het totaalaantal nu 40 procent lager.', '40 procent'), 'decrease');
  t.equal(direction('De inbraken liggen 40 procent hoger in vergelijking met vorig jaar.', '40 procent'), 'increase', 'the base after the share');
  t.equal(direction('Ten opzichte van Antwerpen ligt het aantal 40 procent lager.', '40 procent'), null, 'set against a place: a level, no change');
});

t.test('reference date: "toen" opening a sentence takes up the year of the sentence before; a year after a comparison\'s base is the figure\'s (bug: no date, or the base\'s)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2026-01-01');
  const story = 'Tegenover 2024 heeft de douane in 2025 123 koeriers onderschept. "Het verschil met 2023 is nog groter." "Toen betrof het 28 koeriers."\n\nIn vergelijking met 2024 werden ook 30 voorleidingen geteld.';
  t.equal(date(story, '123'), '2025', 'the year after the base is the figure\'s');
  t.equal(date(story, '28'), '2023', '"toen": the base just named');
  t.equal(date(story, '30'), '2025', 'the frame passes over "het verschil met 2023"');
  t.equal(date('Sinds de aanslagen van 22 maart steeg het tekort. Toen bedroeg het 14 procent.', '14'), null, 'a day without its year fixes no time');
  t.equal(date('De vorige editie dateert van juni vorig jaar. Toen had 1,6 procent van de bestuurders te veel gedronken.', '1,6'), '2025-06', 'a year relative to the document is stated too (bug: null; fresh36 461)');
  t.equal(date('Sinds 2018 houdt de dienst een rapport bij. "Toen werden we geconfronteerd met 82 verkeersdoden."', '82'), '2018', 'the start of a period the sentence before names (bug: the text\'s year; fresh26 340)');
  t.equal(date('Sinds 2018 houdt de dienst in 2019 een rapport bij. Toen telden we 82 verkeersdoden.', '82'), '2019', 'a date of its own goes first');
});

t.test('reference date: a deadline\'s year ("De doelstelling tegen 2020") frames the sentence right after it, not the account after that nor a sentence that reports what was found (bug: later changes were of 2020, targets; fresh37 473)', async (t) => {
  const figureOn = (text: string, quote: string) => {
    const f = describe(text, '2018-03-07').find((x) => x.quote.includes(quote))!;
    return [f.referenceDate, f.status];
  };
  const story = 'In 2017 vielen er 31 verkeersdoden. De doelstelling tegen 2020 is om naar maximaal 200 verkeersdoden te gaan. De grootste stijging is die van 94 naar 108 doden. De stijging is meer uitgesproken in Wallonië (+6%).';
  t.same(figureOn(story, '200'), ['2020', 'target']);
  t.same(figureOn(story, '94 naar 108'), ['2020', 'target'], 'the sentence right after goes on with the plan');
  t.same(figureOn(story, '6%'), ['2017', 'actual'], 'the account after it is of the year before the deadline');
  t.same(figureOn('In 2017 vielen er 31 verkeersdoden. De doelstelling tegen 2020 is om naar 200 verkeersdoden te gaan. In alle regio\'s is er een daling vastgesteld (-3%).', '3%'), ['2017', 'actual'], 'right after it, what was found');
  t.same(figureOn('In 2017 vielen er 31 verkeersdoden. In 2020 gaan we naar maximaal 200 verkeersdoden. De grootste stijging is die van 94 naar 108 doden. De stijging is meer uitgesproken in Wallonië (+6%).', '6%'), ['2020', 'target'], 'the other reading: a year that is no deadline frames on');
});

t.test('reference date: a state dated to a written day frames the present-tense sentences after it; a law\'s or a plan\'s date does not (bug: no date)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2025-02');
  const stats = 'Uit cijfers blijkt dat op 1 februari 2025 12.635 gevangenen in de gevangenissen zitten. In Lantin verblijven 283 gevangenen bovenop de capaciteit.\n\nIn Mechelen zitten 145 gevangenen.';
  t.equal(date(stats, '283'), '2025-02-01');
  t.equal(date(stats, '145'), '2025-02-01', 'also in the next paragraph');
  t.equal(date('De zone bestaat sinds 1 januari 2015. Ze telt 260.000 inwoners.', '260.000'), null, 'a date that dates no figure of its own');
  t.equal(date('Tegen midden 2017 zal er een zone ontstaan met 400 personeelsleden. Ze telt 176.000 inwoners.', '176.000'), null, 'a date no day is written of');
});

t.test('reference date: a state told in the past on a written day frames the present-tense sentences after it; an event told on that day does not (bug: no date; fresh35 451)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2014-04');
  const report = 'Op 1 september 2013 zaten er in de Belgische gevangenissen 134 mensen per 100 plaatsen. In Italië zitten 148 mensen per 100 plaatsen.';
  t.equal(date(report, '148'), '2013-09-01');
  t.equal(date('Op 1 september 2013 werden in de gevangenis van Gent 12 gedetineerden betrapt. In Italië zitten 148 mensen per 100 plaatsen.', '148'), null, 'an event of that day: no snapshot');
});

t.test('reference date: with no year to frame it, a past state or a restatement after a snapshot is of its day; a past event is not (bug: no date; fresh35 453)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2005-06');
  const snapshot = 'Ons land telde op 31 december 2004 in totaal 37.008 agenten. ';
  t.equal(date(snapshot + 'In het Brussels Gewest waren er 9.478 agenten operationeel.', '9.478'), '2004-12-31', 'a state told in the past');
  t.equal(date(snapshot + 'Per 1.000 inwoners is dat een gemiddelde van 3,5 politieambtenaren.', '3,5'), '2004-12-31', 'a restatement');
  t.equal(date(snapshot + 'In de loop van het jaar werden 400 agenten aangeworven.', '400'), null, 'an event told in the past: no snapshot');
});

t.test('reference date: "begin", "midden", "medio" name no day, so the year (or month) as written; "eind" is the last day; "tot eind <maand>" a count of its year (bug: "begin 2019" → 2019-01-01, "tot eind mei" → the month)', async (t) => {
  const date = (text: string, quote: string, documentDate: string = '2023-08') => referenceDateOf(text, quote, documentDate);
  t.equal(date('Begin 2019 kreeg het team 3 extra inspecteurs.', '3'), '2019');
  t.equal(date('Tegen midden 2021 moet de zone 300 agenten tellen.', '300'), '2021');
  t.equal(date('Medio maart 2022 werden 12 camera’s geplaatst.', '12'), '2022-03', 'with a month: the month');
  t.equal(date('Eind 2019 telde het team 40 inspecteurs.', '40'), '2019-12-31', 'the other reading: "eind" is the year’s last day');
  t.equal(date('Eind maart 2022 hingen er 12 camera’s.', '12'), '2022-03-31', 'and the month’s last day');
  t.equal(date('Begin 2019 kreeg het team 3 extra inspecteurs. Het telt 60 agenten.', '60'), null, 'a point in a year frames no later sentence');
  t.equal(date('In 2019 kreeg het team 3 extra inspecteurs. Het telde 60 agenten.', '60'), '2019', 'the other reading: a stated year frames');
  t.equal(date('Vorig jaar werden, tot eind mei, 310 fietsen gestolen.', '310'), '2022', 'a count up to a month: its year');
  t.equal(date('Tot eind juni werden 45 pv’s opgesteld.', '45'), '2023', 'the month of the document’s year');
  t.equal(date('Vorig jaar werden in mei 310 fietsen gestolen.', '310'), '2022-05', 'the other reading: in a month, the month');
});

t.test('reference date: a month with its year named after it relative to the document ("In maart van dit jaar", "november vorig jaar") is that month; after "tot" a count up to it stays of the year (bug: the year only; fresh36 462)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2017-04');
  t.equal(date('In maart van dit jaar zaten er 10.723 gedetineerden op cel.', '10.723'), '2017-03');
  t.equal(date('In november vorig jaar was er sprake van 10,8 procent overbevolking.', '10,8'), '2016-11');
  t.equal(date('Tot en met juli van dit jaar verloren al 40 mensen het leven.', '40'), '2017', 'the other reading: a count up to a month');
});

t.test('reference date: after a later month of an earlier year, an earlier month is of the year after, once reached (bug: the earlier year; fresh36 462)', async (t) => {
  const date = (text: string, quote: string, documentDate = '2017-04') => referenceDateOf(text, quote, documentDate);
  const text = 'In november vorig jaar was er sprake van 10,8 procent overbevolking, die in maart al is opgelopen tot 16,4 procent.';
  t.equal(date(text, '16,4'), '2017-03');
  t.equal(date(text, '16,4', '2017-02'), '2016-03', 'the other reading: a March the document has not reached');
  t.equal(date('In november 2015 waren er 40, in maart 2015 nog 30.', '30'), '2015-03', 'a month with its own year');
});

t.test('direction: a new value after "naar" passes over the old value "van" opens to the verb of the change (bug: none; fresh36 460)', async (t) => {
  t.equal(figure('De kostprijs stijgt van de geschatte 150 à 180 miljoen naar 226 miljoen euro.', '226').direction, 'increase');
  t.equal(figure('Het budget daalt van ongeveer 20 à 25 miljoen naar 12 miljoen euro.', '12').direction, 'decrease');
  t.equal(figure('Het budget steeg met 5 procent, en van de 20 wagens gingen er 12 naar Gent.', '12').direction, null, 'the other reading: no "van" right before the figure passed');
});

t.test('status: a maximum capacity is observed like any capacity, a legal maximum a norm (bug: target)', async (t) => {
  t.equal(figure('In Lantin verblijven 283 gevangenen bovenop de maximumcapaciteit van 744.', '744').status, 'actual');
  t.equal(figure('Wie te snel rijdt, riskeert de maximumboete van 350 euro.', '350').status, 'target');
});

t.test('subject: a share with its own sign after "of" restates the count before it (bug: no subject)', async (t) => {
  t.equal(figure('Een stijging is er in Vorselaar met 14 inbraken of +6%.', '6%').subject, 'inbraken');
  t.equal(figure('Er waren 196 vragenlijsten of 31 % van het totaal.', '31 %').subject, 'vragenlijsten', 'without a sign, as before');
  t.notOk(figure('Er waren 14 inbraken, tegen +6% in de buurgemeente.', '6%').subject === 'inbraken', 'not after "of": no restatement');
});

t.test('status: "eisen", "vragen" and "plannen" as plural nouns plan nothing; as verbs they still do (bug: "technische eisen" read as a demand)', async (t) => {
  t.equal(figure('De politie stelde 12 overtredingen vast op het vlak van technische eisen.', '12').status, 'actual');
  t.equal(figure('Op vragen van de oppositie gaf de burgemeester 40 dossiers vrij.', '40').status, 'actual');
  t.equal(figure('De plannen lagen klaar en de zone telde 80 agenten.', '80').status, 'actual');
  t.equal(figure('De vakbonden eisen 200 extra agenten.', '200').status, 'target', 'the verb');
  t.equal(figure('Jullie vragen 30 nieuwe camera’s.', '30').status, 'target', 'after a pronoun, the verb');
  t.equal(figure('We plannen 15 extra controles.', '15').status, 'target');
});

t.test('status: a bracketed aside that does not hold the figure plans nothing for it (bug: the aside\'s "komen er" made a target)', async (t) => {
  const text = 'De stad heeft 9 vaste camera’s op 9 locaties (tegen de zomer komen er nog twee bij).';
  t.equal(figure(text, '9 vaste').status, 'actual');
  t.equal(figure(text, '9 locaties').status, 'actual');
  t.equal(figure('De stad heeft camera’s (tegen de zomer komen er nog 12 camera’s bij).', '12').status, 'target', 'the figure in the aside keeps its plan');
});

t.test('status: a relative clause on a noun before the figure plans nothing for it; on the figure\'s own noun it does (fresh17: "Van de 74 magistraten die het hof zou moeten tellen, zijn er door vacatures (6) …" made the vacancies a target)', async (t) => {
  const text = 'Van de 74 magistraten die het hof zou moeten tellen, zijn er door vacatures (6), delegaties (5) en andere oorzaken slechts 60 die rechtspreken.';
  t.equal(figure(text, '6').status, 'actual');
  t.equal(figure(text, '5').status, 'actual');
  t.equal(figure(text, '74 magistraten').status, 'target', 'the clause on the figure\'s own noun says what it is');
});

t.test('status: what is planned ("gepland") or due by a coming season or year is a target, also without a document date (bug: observed)', async (t) => {
  t.equal(figure('De 40.000 euro die gepland was voor de renovatie, is geschrapt.', '40.000', null).status, 'target');
  t.equal(figure('De burgemeester heeft 12 extra agenten gevraagd tegen de zomer.', '12', null).status, 'target');
  t.equal(figure('De toelage wordt volgend jaar met 50.000 euro verlaagd door de raad en de zone.', '50.000', null).status, 'target');
  t.equal(figure('Vorig jaar werd de toelage met 50.000 euro verlaagd.', '50.000', null).status, 'actual', 'a past year: observed');
  t.equal(figure('Tegen de muur stonden 12 fietsen.', '12', null).status, 'actual', '"tegen" without a season');
});

t.test('unit kind: the people of a fire service are staff (bug: "beroepsbrandweerlui" a count)', async (t) => {
  t.equal(unitKindOf('count', 'beroepsbrandweerlui'), 'staff');
  t.equal(unitKindOf('count', 'brandweermannen'), 'staff');
  t.equal(unitKindOf('count', 'brandweerzones'), 'count', 'the zones are no staff');
});

t.test('reference date: "sinds januari 2021" opens a period, as "sinds 2021" does, and dates nothing (bug: the month)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2022-10-05');
  t.equal(date('Sinds januari 2021 worden 3 mobiele camera’s ingezet.', '3 mobiele'), null);
  t.equal(date('Sinds 2021 worden 3 mobiele camera’s ingezet.', '3 mobiele'), null, 'as before, a bare year');
  t.equal(date('In januari 2021 werden 3 mobiele camera’s ingezet.', '3 mobiele'), '2021-01', 'the other reading: "in januari 2021" dates it');
});

t.test('reference date: "sinds de start in 2015" opens a period too, and dates none of the sentences after it (fresh32 414: the plantation found this morning was dated 2015)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2023-02');
  t.equal(date('Het was de dertigste actie sinds de start in 2015. In Zonhoven werden 2.000 planten aangetroffen.', '2.000'), null);
  t.equal(date('De actie kende een start in 2015. In Zonhoven werden 2.000 planten aangetroffen.', '2.000'), '2015', 'the other reading: without "sinds" the year frames the story');
});

t.test('reference date: a year\'s four digits after a word that opens an amount and before a noun they count are no date for the sentences after (fresh22: "onder de grens van 2000 feiten. Ook daalde diefstal … met 3 %" dated the 3 % 2000)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2020-02-10');
  t.equal(date('Het aantal misdrijven dook in 2019 onder de grens van 2000 feiten. Ook daalde diefstal met 3 %.', '3 %'), '2019');
  t.equal(date('In 2017 doken 40 dealers op. Ook daalde diefstal met 3 %.', '3 %'), '2017', 'a verb after the year: a date');
});

t.test('reference date: "sinds 19 oktober" opens a running count and dates nothing, as "sinds januari 2021" does (fresh22: "sinds 19 oktober … al 116 processen-verbaal" was dated 19 October)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2020-10-29');
  t.equal(date('De zone heeft sinds 19 oktober al 116 processen-verbaal opgesteld.', '116'), null);
  t.equal(date('Bij de zone staat de teller sinds 19 oktober op 69 pv\'s.', '69'), null);
  t.equal(date('Op 19 oktober werden 69 pv\'s opgesteld.', '69'), '2020-10-19', 'the other reading: "op 19 oktober" dates it');
});

t.test('status: the fine a rule sets is a target; fines counted or imposed in the past are observed (bug: "krijgt een GAS-boete van 53 euro" was observed)', async (t) => {
  const cases: Array<[string, string, string, string]> = [
    ['Wie tussen 51 en 55 km per uur rijdt, krijgt een GAS-boete van 58 euro.', '58', 'target', 'a rule'],
    ['Anders kunnen ze boetes van 500 of 1.500 euro krijgen.', '500', 'target', 'alternatives'],
    ['Anders kunnen ze boetes van 500 of 1.500 euro krijgen.', '1.500', 'target', 'the second alternative'],
    ['Hij kreeg een boete van 120 euro.', '120', 'actual', 'a past tense: imposed'],
    ['We zien vier boetes van 250 euro.', '250', 'actual', 'counted fines were imposed'],
  ];
  for (const [text, quote, status, why] of cases) t.equal(figure(text, quote).status, status, why);
});

t.test('subject: an interval ("om de vier dagen") is of what happens at it, a deadline ("binnen de twee dagen") of the noun before it (bug: no subject)', async (t) => {
  t.equal(figure('Gemiddeld ontvangt de wijkdienst om de vier dagen een klacht over lawaai.', 'vier dagen').subject, 'klacht');
  t.equal(figure('Het geschil moet via bemiddeling binnen de twee dagen opgelost zijn.', 'twee dagen').subject, 'bemiddeling');
  t.equal(figure('Een dader moet binnen de twee dagen voor de rechter staan.', 'twee dagen').subject, 'dader', 'a verb before "binnen": the clause’s subject, as before');
  t.equal(figure('De wijkdienst rukt om de vier dagen uit.', 'vier dagen').subject, 'wijkdienst', 'no object after the interval: the clause’s subject');
  t.equal(figure('Of in Dorpel ruwweg 1 vaststelling om de twee dagen.', 'twee dagen').subject, 'vaststelling', 'one of a noun right before it (fresh13 187: no subject)');
  t.equal(figure('Er is één melding om de drie dagen.', 'drie dagen').subject, 'melding', 'one written as a word');
});

t.test('status: a row of a table written with bars reports what was counted; the plan in the prose before it does not carry over (bug: the rows were targets)', async (t) => {
  const table = ['Er moet extra worden ingezet op handhaving.', '| Aantal meldingen | Tonnage |', '2021 | 2.315 | 75 ton |', '2022 | 2.717 | 68 ton |'].join('\n');
  t.same(describe(table, null).map((f) => [f.quote, f.status]), [['2.315', 'actual'], ['75 ton', 'actual'], ['2.717', 'actual'], ['68 ton', 'actual']]);
  const rows = ['| Aantal meldingen | Tonnage |', '2019 | 1.900 | 60 ton |', '2020 | 2.000 | 70 ton |', '2021 | 2.315 | 75 ton |', '2022 | 2.717 | 68 ton |'].join('\n');
  t.same(describe(rows, null).filter((f) => f.unit === 'meldingen').map((f) => f.subject), ['meldingen', 'meldingen', 'meldingen', 'meldingen'], 'a row far below the header still counts its column’s noun (bug: the subject was lost after two rows)');
  const prose = ['Er moet extra worden ingezet op handhaving.', 'Daarvoor 75 ton zand.'].join('\n');
  t.same(describe(prose, null).map((f) => [f.quote, f.status]), [['75 ton zand', 'target']], 'a line without bars still goes on from the plan before it');
});

t.test('subject: a bare plural noun right before "tot" is what a figure up to an amount measures (bug: the clause’s subject)', async (t) => {
  t.equal(figure('De rechtbank sprak gisteren celstraffen tot acht jaar uit.', 'acht jaar').subject, 'celstraffen');
  t.equal(figure('De jongeren riskeren nu GAS-boetes tot 250 euro.', '250 euro').subject, 'GAS-boetes');
  t.equal(figure('Het onweer trok over de stad, met windstoten tot 90 kilometer per uur.', '90 kilometer').subject, 'windstoten');
  t.equal(figure('De kosten zijn opgelopen tot 1.200 euro.', '1.200 euro').subject, null, 'a participle before "tot" names nothing measured');
  t.equal(figure('De zone wordt in Aalst versterkt tot 60 agenten.', '60 agenten').subject === 'versterkt', false, 'nor a verb');
});

t.test('a speed is speed_kmh in km/h; a limit is a norm (target), a speed driven or set is observed', async (t) => {
  const limit = figure('In de schoolstraat negeerden 40 chauffeurs de snelheidslimiet van 30 kilometer per uur.', '30 kilometer');
  t.same([limit.unitKind, limit.normalizedValue, limit.status], ['speed_kmh', 30, 'target']);
  t.equal(figure('Op de ringweg, waar de maximumsnelheid 90 km per uur bedraagt, reden drie chauffeurs te snel.', '90 km').status, 'target');
  const set = figure('De radar stond vorige week door een fout afgesteld op 90 kilometer per uur.', '90 kilometer');
  t.same([set.unitKind, set.normalizedValue, set.status], ['speed_kmh', 90, 'actual']);
  t.equal(figure('De wandelroute was vorig jaar 12 kilometer lang.', '12 kilometer').normalizedValue, 12000, 'a length stays metres');
  t.equal(figure('Op de ringweg komt een snelheidsregime van 90 kilometer per uur van kracht.', '90 kilometer').subject, 'snelheidsregime', 'no "van" phrase after a speed is what it measures');
});

t.test('recruits are a count, not staff: they do not work for the force yet (devset convention since fresh12)', async (t) => {
  t.equal(figure('De politiezone zoekt 150 rekruten.', '150 rekruten').unitKind, 'count');
  t.equal(figure('De minister beloofde 2.000 nieuwe politierekruten per jaar.', 'politierekruten').unitKind, 'count');
  t.equal(figure('De politiezone telt 150 inspecteurs.', '150 inspecteurs').unitKind, 'staff');
  t.equal(figure('De politieschool leidt 80 aspiranten op.', '80 aspiranten').unitKind, 'staff', 'aspirants in training stay staff (heldout, fresh6)');
});

t.test('subject: a bare count in brackets that counts a list’s noun is of the category it follows', async (t) => {
  const text = 'De klachten gaan over diefstal (64 dossiers), stalking (45) en oplichting (38). Er waren pieken in maart (190) en oktober (185).';
  const subjects = describe(text).map((f) => [f.quote, f.subject]);
  t.same(subjects.slice(0, 3), [['64 dossiers', 'dossiers'], ['45', 'stalking'], ['38', 'oplichting']]);
  t.same(subjects.slice(3).map(([quote]) => quote), ['190', '185']);
  t.notOk(subjects.slice(3).some(([, subject]) => subject === 'maart' || subject === 'oktober'), 'a month breaks a count down in time, it is no category');
});

t.test('year lines under a label line ("GAS-PV\'s:" over "2020: 61", "2021: 38") count the label\'s noun, of the label, dated by each line\'s year (bug: no figures)', async (t) => {
  const text = 'Dat blijkt uit de cijfers.\nGAS-PV\'s in de gemeente:\n2020: 61\n2021: 38\nWe zien een verschuiving.';
  t.same(describe(text).map((f) => [f.quote, f.value, f.unit, f.subject, f.referenceDate]), [
    ['61', 61, "gas-pv's", "GAS-PV's", '2020'],
    ['38', 38, "gas-pv's", "GAS-PV's", '2021'],
  ]);
  t.same(describe('Doel:\n2025: 50\n2030: 80'), [], 'a label that is no plural noun counts nothing');
  t.same(describe('Inbraken per jaar in de zone\n2020: 61\n2021: 38'), [], 'a label line of more words must end in a colon (a plural noun alone, as a heading, names the lines\' noun since session 29)');
  t.same(describe('Inbraken:\n2020: 61 in het centrum\n2021: 38').map((f) => f.quote), [], 'a number that does not end its line is no year line');
});

t.test('status: a figure that is the object of a search ("op zoek naar", "zoekt") is still missing, a target; a figure beside the search is not (fresh18: "Ook in de kleinere zone X zijn ze op zoek naar tien extra mensen" was actual)', async (t) => {
  t.equal(figure('Ook in de kleinere zone zijn ze op zoek naar tien extra mensen.', 'tien').status, 'target');
  t.equal(figure('De zone zoekt dringend 20 inspecteurs.', '20').status, 'target');
  t.equal(figure('Vooral in de zone is men op zoek naar extra volk, met 34 openstaande posities.', '34').status, 'actual', 'the vacancies that exist, beside the search');
});

t.test('status: money set aside in a plan or budget ("uitgetrokken", "vrijgemaakt", "ingeschreven") is a target; set aside in a narrated past it is observed (probing: "is 2,3 miljoen euro uitgetrokken" was actual)', async (t) => {
  t.equal(figure('In het meerjarenplan is 2,3 miljoen euro uitgetrokken voor nieuwe camera\'s.', '2,3').status, 'target');
  t.equal(figure('Voor de renovatie wordt 400.000 euro vrijgemaakt.', '400.000').status, 'target');
  t.equal(figure('Vorig jaar werd 400.000 euro vrijgemaakt voor de renovatie.', '400.000').status, 'actual');
  t.equal(figure('De renovatie kostte 400.000 euro.', '400.000').status, 'actual');
  t.equal(figure('De minister maakt nu 9 miljoen euro per jaar vrij voor vijf extra centra.', '9 miljoen').status, 'target', 'the separable present "maakt … vrij"');
  t.equal(figure('De minister maakt nu 9 miljoen euro per jaar vrij voor vijf extra centra.', 'vijf').status, 'target', 'what the money is set aside for');
  t.equal(figure('De regering heeft het licht op groen gezet voor 30 miljoen euro voor investeringen.', '30').status, 'target', 'money a decision gives the green light (session 55, fresh43 549)');
});

t.test('status: a reinforcement told in a past passive ("werden … versterkt, met een toename van 186 naar 312") is observed: "versterkt" is also the participle, so it is no cue of a plan (a session 30 cue that read the seed\'s Scheepvaartpolitie as a target was withdrawn)', async (t) => {
  t.equal(figure('In 2023 werden de scheepvaartpolitie en de douane verder versterkt, met een toename van het personeel van 186 naar 312 medewerkers.', '312').status, 'actual');
  t.equal(figure('De politie van Dorpel versterkte vorig jaar het korps met zes nieuwe inspecteurs.', 'zes').status, 'actual');
});

t.test('referenceDate: an aside that only looks back to an earlier year ("In 2015 was de criminaliteit nog licht gestegen") does not move the frame; a year with a count of its own, or a series of years, still does (heldout 14: every figure after the aside took 2015)', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2018-04');
  const aside = 'De politie registreerde vorig jaar 2.626 misdrijven. In 2015 was de criminaliteit nog licht gestegen. De daling komt vooral van de fietsdiefstallen (- 13 procent, nog 691 feiten).';
  t.equal(date(aside, '691'), '2017');
  t.equal(date(aside, '13 procent'), '2017');
  const counted = 'De politie registreerde vorig jaar 2.626 misdrijven. In 2014 werden nog 147 woninginbraken genoteerd. Met de pogingen erbij kwam de teller op 269 te staan.';
  t.equal(date(counted, '269'), '2014', 'a year with a count of its own frames the sentence after it');
});

t.test('status: a purpose clause that opens its sentence ends at the main clause\'s finite verb, whose figures it does not plan; a definite count of a place\'s members named by its adjective ("de zes Brusselse zones") exists whatever the clause plans (fresh19: both were targets)', async (t) => {
  t.equal(figure('Om alles veilig te laten verlopen worden ze geflankeerd door een helikopter en 8 politiepaarden.', '8').status, 'actual');
  t.equal(figure('Om de wachttijden te verkorten, wil de zone 12 extra agenten aanwerven.', '12').status, 'target');
  t.equal(figure('Om een volwaardig korps te vormen, hebben de zes Brusselse zones minstens 543 extra agenten nodig.', 'zes').status, 'actual');
  t.equal(figure('Om een volwaardig korps te vormen, hebben de zes Brusselse zones minstens 543 extra agenten nodig.', '543').status, 'target');
});

t.test('subject: the noun right after a share is what the share measures: a rate\'s noun (fresh20: none), a state measured as a share (fresh36: "sprake"), a bare plural, also after an inflected adjective (fresh42 530: "politiediensten")', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['Met 15% ophelderingsgraad doet de politiezone beter dan het gemiddelde.', '15%', 'ophelderingsgraad'],
    ['De gevangenis kent 120% bezettingsgraad.', '120%', 'bezettingsgraad'],
    ['In november was er sprake van 10,8 procent overbevolking.', '10,8 procent', 'overbevolking'],
    ['Het korps kampt met 12 procent onderbezetting.', '12 procent', 'onderbezetting'],
    ['Vorig jaar was er 8 procent ziekteverzuim bij de agenten.', '8 procent', 'ziekteverzuim'],
    ['Tijdens de campagne hebben de politiediensten 1,83 procent positieve testen afgenomen.', '1,83 procent', 'positieve testen'],
    ['Vorig jaar bleek 1,9% betrapte chauffeurs te veel gedronken te hebben.', '1,9%', 'betrapte chauffeurs'],
  ];
  for (const [text, quote, subject] of cases) t.equal(figure(text, quote).subject, subject, text);
  t.equal(figure('Het aantal inbraken daalde met 12% in Dorpel.', '12%').subject, 'inbraken', 'no rate noun after the share');
});

t.test('subject: a plural right after a share, with no article, is what it is a share of; not after a preposition (fresh35 451: no subject)', async (t) => {
  t.equal(figure('In de cellen zitten 42,9 procent buitenlanders.', '42,9 procent').subject, 'buitenlanders');
  t.equal(figure('Vorig jaar waren 30 procent daders minderjarig.', '30 procent').subject, 'daders');
  t.not(figure('Limburg moet het met een invulling van 38 procent stellen.', '38 procent').subject, 'stellen', 'a verb after a complement\'s share');
});

t.test('referenceDate: a sentence that ranks its count over earlier years ("het laagste peil in vijf jaar") is of the text\'s frame; an aside with "toen" only looks back as one with "nog" does (fresh20: null, and 2003 for the figures after "Ook in 2003 …, toen …")', async (t) => {
  const date = (text: string, quote: string) => referenceDateOf(text, quote, '2019-06');
  t.equal(date('In 2018 daalde de criminaliteit. Het aantal diefstallen staat op het laagste peil in vijf jaar (16).', '16'), '2018');
  t.equal(date('In 2018 daalde de criminaliteit. Het aantal inbraken is het hoogste van de laatste tien jaar: 320.', '320'), '2018');
  t.equal(date('In 2018 daalde de criminaliteit. De zone telt 320 agenten.', '320'), null, 'present tense, no ranking: unframed as before');
  const aside = 'Het aantal diefstallen daalde vorig jaar van 40 naar 20. Ook in 2003 was er een forse daling, toen door de helmplicht. Een stijging viel er bij de werfdiefstallen (van 6 naar 29).';
  t.equal(date(aside, 'van 6 naar 29'), '2018');
});

t.test('status: a subordinate clause inside a sentence ends at the comma after its verb, so the main clause\'s cue after it ("gaat de zone …") plans nothing of it (fresh20 269: past counts read as targets)', async (t) => {
  const text = 'Maar vergeleken met 2016, toen er nog 215 feiten vastgesteld werden, gaat de zone er nog steeds op vooruit.';
  t.equal(figure(text, '215').status, 'actual');
  t.equal(figure('Omdat er 215 feiten waren, gaat de zone 12 agenten aanwerven.', '12').status, 'target', 'the main clause\'s own figure keeps its cue');
});

t.test('status and subject: "in het kader van" is no framework, and a running count that names its own noun ("komt de teller op 14.991.932 voertuigen") counts that (fresh20 272: a target, and the subject of the count before)', async (t) => {
  t.equal(figure('De beelden deden dienst in het kader van 82 lokale onderzoeken.', '82').status, 'actual');
  t.equal(figure('De zone heeft een kader van 120 agenten.', '120').status, 'target', 'a framework still sets a target');
  t.equal(figure('Er passeerde één wagen per seconde. Zo komt de teller op 14.991.932 voertuigen.', '14.991.932').subject, 'voertuigen');
  t.equal(figure('In 2014 werden 147 inbraken genoteerd. Met de pogingen erbij kwam de teller op 269 te staan.', '269').subject, 'inbraken', 'a bare running count continues the count before');
});

t.test('subject: a strong participle after a measured substance ("3,5 kilogram heroïne verborgen") is the clause\'s verb, not the substance (fresh20 273)', async (t) => {
  t.equal(figure('Achter het dashboard was er 3,5 kilogram heroïne verborgen.', '3,5').subject, 'heroïne');
  t.equal(figure('In de koffer werd 2 kilo cocaïne aangetroffen.', '2 kilo').subject, 'cocaïne');
  t.equal(figure('De douane vond 40 kilogram zuivere cocaïne.', '40').subject, 'cocaïne', 'an inflected adjective before the noun');
  t.equal(figure('Per labo wordt gemiddeld 800 kilo chemisch afval gedumpt.', '800').subject, 'afval', 'an uninflected adjective before the noun (fresh30 388: no subject)');
  t.equal(figure('Er werd 800 kilo zichtbaar gedumpt.', '800').subject, null, 'an uninflected adjective before a participle: no noun');
});

t.test('referenceDate: "gisteren" and "eergisteren" are the days before a dated news item, and frame as a weekday of the news does (fresh20 274: "Gisteren waren dat er 10.883" took the year)', async (t) => {
  const date = referenceDateOf;
  t.equal(date('In 2019 zaten er gemiddeld 10.556 in de cel. Gisteren waren dat er 10.883.', '10.883', '2019-12-11'), '2019-12-10');
  t.equal(date('De politie controleerde eergisteren 50 wagens.', '50', '2019-12-01'), '2019-11-29');
  t.equal(date('De politie controleerde gisteren 50 wagens.', '50', '2019-12'), '2019-12', 'a document dated to its month: the month');
});

t.test('referenceDate: New Year\'s Eve ("oudejaarsnacht", "oudejaarsavond") is the 31 December nearest to the news and frames the story after it (fresh31 402, 407: thirteen figures had no date)', async (t) => {
  const date = referenceDateOf;
  const story = 'In Brussel zijn op oudejaarsnacht zes wagens in vlammen opgegaan. Daar werden in totaal 211 mensen gearresteerd.';
  t.equal(date(story, 'zes', '2023-01-01'), '2022-12-31', 'a text of New Year\'s Day: the night before');
  t.equal(date(story, '211', '2023-01-01'), '2022-12-31', 'the night frames the story after it');
  t.equal(date(story, 'zes', '2019-12'), '2019-12-31', 'a text of December: that month\'s');
  t.equal(date('Op oudejaarsavond van 2018 werden 74 mensen opgepakt.', '74', '2020-06-15'), '2018-12-31', 'a stated year');
  t.equal(date('Het verbod op oudejaarsvuurwerk gold al voor 12 gemeenten.', '12', '2023-01-01'), null, 'a compound that names no night of the news');
});

t.test('referenceDate: what someone wants ("wil openen") is of no time the story before it tells (fresh31 403: a plan dated to the year before)', async (t) => {
  const date = referenceDateOf;
  const story = 'Vorig jaar telden deze afdelingen nog tien gedetineerden. De minister maakte bekend dat hij vijftien detentiehuizen wil openen.';
  t.equal(date(story, 'vijftien', '2021-12'), null);
  t.equal(date('Vorig jaar telden deze afdelingen nog tien gedetineerden. De minister maakte bekend dat hij vijftien detentiehuizen opende.', 'vijftien', '2021-12'), '2020', 'what was done is of the story\'s time');
  t.equal(date('In 2020 werden 300 dossiers geopend. Slechts 40 procent werd vervolgd, dat wil zeggen dat 60 procent geseponeerd werd.', '60', '2021-12'), '2020', '"dat wil zeggen" wants nothing');
});

t.test('referenceDate: a past necessity done in the passive ("Er moest 165 keer uitgerukt worden") narrates in the past and takes the year the text frames; one without a passive ("of anders moesten fusioneren") does not (fresh31 407: three figures had no date)', async (t) => {
  const date = referenceDateOf;
  t.equal(date('In 2019 werden 211 mensen opgepakt. Er moest ook 165 keer uitgerukt worden.', '165', '2020-01'), '2019');
  t.equal(date('In 2019 werden 211 mensen opgepakt. Tien mensen moesten afgevoerd worden met de ziekenwagen.', 'Tien', '2020-01'), '2019');
  t.equal(date('In 2016 kwam er een nieuwe regel. Zones moesten minimaal duizend agenten tellen of anders fusioneren.', 'duizend', '2020-01'), null);
});

t.test('referenceDate: a day of the news named as a noun\'s attribute ("de flitsmarathon van gisteren") frames the story after it, even in a sentence that announces (fresh27 349: "aangekondigd" made it the day the news was told)', async (t) => {
  const date = referenceDateOf;
  const story = 'Hij was aangekondigd, de flitsmarathon van gisteren, maar toch reed één op tien chauffeurs te snel. De politie controleerde 3.000 voertuigen.';
  t.equal(date(story, '3.000', '2017-10-12'), '2017-10-11');
  const told = 'Dat heeft de politie gisteren aangekondigd. De politie controleerde 3.000 voertuigen.';
  t.equal(date(told, '3.000', '2017-10-12'), null, 'the day the news was told frames nothing after it');
  t.equal(date('De resultaten van de actie van vorig weekend werden vandaag bekendgemaakt. Er werden 40 bestuurders betrapt.', '40', '2017-10-12'), '2017-10', 'a weekend too (dated to its month)');
});

t.test('status: a subordinate clause opened by "terwijl", "omdat" … without a comma is a clause of its own; a definite count of units of the map ("De tien politiezones") exists whatever the clause plans (fresh20 275: both read as targets)', async (t) => {
  t.equal(figure('Sommige jaren werden er maar 800 aanwervingen toegelaten terwijl er 1.400 nodig waren.', '800').status, 'actual');
  t.equal(figure('Sommige jaren werden er maar 800 aanwervingen toegelaten terwijl er 1.400 nodig waren.', '1.400').status, 'target');
  t.equal(figure('De tien politiezones krijgen hun kader niet opgevuld en moeten creatief de gaten vullen.', 'tien').status, 'actual');
  t.equal(figure('De zone moet tien agenten aanwerven.', 'tien').status, 'target', 'other units keep the plan');
});

t.test('referenceDate: a month named without a year is of the year the sentence before states, unless that month lies after the document (fresh20 276: "vorig jaar … In maart werd op acht plaatsen ingebroken" took this year\'s March)', async (t) => {
  const date = referenceDateOf;
  t.equal(date('Vorig jaar kreeg de wijk het zwaar te verduren. In maart werd zelfs op acht plaatsen ingebroken.', 'acht', '2018-04-12'), '2017-03');
  t.equal(date('Ook in 2020 blijven we controleren. De politie heeft in december 15.000 bestuurders gecontroleerd.', '15.000', '2020-01-06'), '2019-12', 'a month after the document in the year before\'s: the document\'s rule');
  t.equal(date('De politie controleerde in maart 300 wagens.', '300', '2018-04-12'), '2018-03', 'no year before: the document\'s');
});

t.test('a speed or a concentration takes no subject from the word after it ("120 km/uur reed"), and "waar" opens a clause of its own without a comma, so a speed driven beside a limit is observed (fresh21: "waar een overtreder 120 km/uur reed waar de toegelaten snelheid 70 km/uur bedraagt" made "reed" the subject and the 120 a norm)', async (t) => {
  const text = 'Op de steenweg werd een bestuurder geflitst die 95 km/uur reed waar de toegelaten snelheid 50 km/uur bedraagt.';
  const driven = figure(text, '95 km/uur');
  t.equal(driven.quote, '95 km/uur');
  t.not(driven.subject, 'reed');
  t.equal(driven.status, 'actual');
  t.equal(figure(text, '50 km/uur').status, 'target', 'the limit stays a norm');
  t.equal(figure('De ademanalyse gaf 0,64 mg/l aan.', '0,64').quote, '0,64 mg/l');
});

t.test('subject: a demonstrative that names an organisation ("Dat korps telt …") is the body the staff it counts belong to, not what the sentence before counted (fresh21 287: "70 politiemensen" had the subject "inwoners")', async (t) => {
  const text = 'De zone bedient vier gemeenten met samen 52.000 inwoners. Dat korps telt een kader van 95 politiemensen.';
  t.equal(figure(text, '95 politiemensen').subject, 'korps');
  t.equal(figure('De zone bedient vier gemeenten met samen 52.000 inwoners. Die tellen samen 95 politiemensen.', '95 politiemensen').subject, 'inwoners', 'a demonstrative without a noun still takes up the sentence before');
});

t.test('subject: a part after "waarvan" is of what its whole in the same unit is of (fresh21 279: "64 ton cocaïne in beslag genomen, waarvan 62 ton in de haven" made "beslag genomen" the subject of the 62 ton)', async (t) => {
  t.equal(figure('In de havens werd 18 ton heroïne in beslag genomen, waarvan 11 ton in de haven van Gent.', '11 ton').subject, 'heroïne');
  t.not(figure('In de havens werd 18 ton heroïne in beslag genomen, en 11 kilo werd vernietigd.', '11 kilo').subject, 'heroïne', 'no "waarvan": no part');
});

t.test('subject: a count with its own noun before "ging het om" counts that noun, not what it was about (fresh21 280: "In 324 dossiers ging het om meerderjarigen" had the subject "meerderjarigen")', async (t) => {
  t.equal(figure('In 210 dossiers ging het om minderjarigen.', '210 dossiers').subject, 'dossiers');
  t.equal(figure('Bij de fraude ging het om 210 dossiers.', '210 dossiers').subject, 'dossiers', 'after "om" as before');
});

t.test('subject: a share of change followed by "in/bij het aantal X" is of X, not of the change noun; "van het aantal" names the whole a share is of (fresh21 280: "een stijging met 78% in het aantal bestuurlijke verslagen" had no subject)', async (t) => {
  t.equal(figure('Er is een daling van 12% in het aantal inbraken.', '12%').subject, 'inbraken');
  t.equal(figure('Dat is een stijging met 9 procent bij het aantal aangiftes.', '9 procent').subject, 'aangiftes');
  t.not(figure('Het gaat om 554 drugsfeiten (26 procent van het aantal registraties).', '26 procent').subject, 'registraties');
});

t.test('subject: "er is sprake van een stijging van N%" after a count in its sentence is of that count (fresh21 280: "Met 443 vaststellingen in 2019 is er dus sprake van een stijging van 78,6%" had the subject "stijging")', async (t) => {
  t.equal(figure('Met 310 inbraken in 2022 is er sprake van een daling van 14%.', '14%').subject, 'inbraken');
});

t.test('subject: a share after "met" right after "het aantal X" is of X, not of who saw it change (fresh21 278: "De speurders zagen … het aantal cannabisplantages met 30 procent toenemen" had the subject "speurders zagen")', async (t) => {
  t.equal(figure('De wijkagenten zagen het aantal fietsdiefstallen met 20 procent stijgen.', '20 procent').subject, 'fietsdiefstallen');
});

t.test('subject: "het aantal X" reaches its "met N procent" past years between, and its head ends before a determiner ("het aantal misdrijven de voorbije tien jaar") (fresh14: "het aantal zaken tussen 2009 en 2014 met 10 procent" had no subject, and a change beside "het aantal misdrijven de voorbije tien jaar" the subject "jaar")', async (t) => {
  t.equal(figure('Zo zag het parket het aantal zaken tussen 2009 en 2014 met 10 procent stijgen.', '10 procent').subject, 'zaken');
  t.equal(figure('Daar daalde het aantal misdrijven de voorbije tien jaar met 8 procent.', '8 procent').subject, 'misdrijven');
});

t.test('status: a clause after a colon spells out the target the words before it name ("werd de ambitie bijgesteld: naar maximaal 158 doden") (fresh21 285: two adjusted targets were actual)', async (t) => {
  t.equal(figure('In 2019 werd de doelstelling verlaagd: naar 40 nieuwe agenten.', '40 nieuwe agenten', '2021-05').status, 'target');
  t.equal(figure('In 2019 werd de ploeg versterkt: met 40 nieuwe agenten.', '40 nieuwe agenten', '2021-05').status, 'actual', 'no word for a target before the colon');
});

t.test('status: a count foreseen or planned ("20 voorziene inspecteurs", "30 geplande camera\'s") is a norm, while the part of it that is there is observed (fresh21 287: "9,8 van de 20 voorziene inspecteurs" made both actual)', async (t) => {
  const text = 'In de interventiedienst zijn slechts 7 van de 15 voorziene inspecteurs inzetbaar.';
  t.equal(figure(text, '15 voorziene').status, 'target');
  t.equal(figure(text, '7').status, 'actual');
  t.equal(figure('Het plan telt 30 geplande camera\'s in de binnenstad.', '30', '2022-05').status, 'target');
});

t.test('direction: a count compared with "meer/minder … dan" past one word between ("3 verkeersdoden minder gevallen dan vorig jaar") is a change (fresh21 277: no direction)', async (t) => {
  t.equal(figure('Dit jaar zijn er 5 verkeersdoden minder gevallen dan vorig jaar.', '5 verkeersdoden').direction, 'decrease');
  t.equal(figure('Dit jaar werden 12 inbraken meer gemeld dan vorig jaar.', '12 inbraken').direction, 'increase');
  t.equal(figure('Er vielen 5 verkeersdoden minder ernstig gewond.', '5 verkeersdoden').direction, null, 'no "dan": no comparison');
  t.equal(figure('Vorig jaar zijn drie mensen meer gestorven in het verkeer dan het jaar ervoor.', 'drie mensen').direction, 'increase',
    'several lowercase words between (fresh30 394: no direction)');
  t.equal(figure('Vorig jaar zijn drie mensen meer gestorven, in het verkeer dan.', 'drie mensen').direction, null, 'a comma ends the comparison');
});

t.test('status: the gap a count "meer/minder" states right after a target of the same unit is part of that target (fresh22: "moet worden uitgebreid naar 2.400 agenten, dat zijn er 600 meer dan nu" read the 600 as observed)', async (t) => {
  t.equal(figure('Het korps moet worden uitgebreid naar 2.400 agenten, dat zijn er 600 meer dan nu.', '600').status, 'target');
  t.equal(figure('De zone wil 50 extra agenten aanwerven. Dat zijn er 10 meer dan vorig jaar.', '10').status, 'target', 'in the next sentence');
  t.equal(figure('De zone telde 50 agenten. Dat zijn er 10 meer dan vorig jaar.', '10').status, 'actual', 'after an observed count: observed');
});

t.test('direction: a count "meer/minder" set against its base by "ten opzichte van", "tegenover" or "vergeleken met" is a change (fresh22: "Dat zijn er 20 minder ten opzichte van 2015" had no direction)', async (t) => {
  t.equal(figure('Er waren 34 inbraken. Dat zijn er 20 minder ten opzichte van 2015.', '20').direction, 'decrease');
  t.equal(figure('Er waren 34 inbraken. Dat zijn er 20 meer tegenover vorig jaar.', '20').direction, 'increase');
  t.equal(figure('Er waren 34 inbraken. Dat zijn er 20 meer in het centrum.', '20').direction, null, 'no base: no comparison');
});

t.test('direction: a count whose "meer/minder" follows a short complement of its noun, in a sentence set against an earlier time, is a change (fresh37 479: "3 verkeersdoden ter plaatse meer … ten opzichte van dezelfde periode vorig jaar" had none)', async (t) => {
  t.equal(figure('Er waren 3 verkeersdoden ter plaatse meer in Limburg ten opzichte van dezelfde periode vorig jaar.', '3 verkeersdoden').direction, 'increase');
  t.equal(figure('Er vielen 5 doden in het verkeer minder in Limburg in vergelijking met vorig jaar.', '5 doden').direction, 'decrease');
  t.equal(figure('Er waren 3 verkeersdoden ter plaatse meer in Limburg.', '3 verkeersdoden').direction, null, 'no earlier time: no change');
});

t.test('direction: "met N procent" reaches its participle past auxiliaries ("te zijn gedaald", "is gestegen") (fresh21 283: "met liefst 39 procent te zijn gedaald" had no direction)', async (t) => {
  t.equal(figure('De inbraken blijken sinds 2015 met 25 procent te zijn gedaald.', '25 procent').direction, 'decrease');
  t.equal(figure('Het budget zou met 8 procent zijn gestegen.', '8 procent').direction, 'increase');
});

t.test('status: "want" opens a clause of its own even without a comma, so a need before it plans nothing of the figures after it (fresh23 306: "En dat is nodig want het aantal … -930 zaken …- is enorm gestegen" read two targets)', async (t) => {
  t.equal(figure('En dat is nodig want het aantal dossiers -930 zaken in 2018- is enorm gestegen.', '930', '2019-03').status, 'actual');
  t.equal(figure('Daarvoor zijn 930 extra agenten nodig want de zone groeit.', '930', '2019-03').status, 'target', 'the need in the figure\'s own clause');
});

t.test('status: what is promised right before a figure is a target ("haar belofte om 2.500 agenten vrij te maken", "de beloofde 2.500 extra agenten", "beloofde 2.500 agenten"), a promise kept names what came (fresh23 312: three promised counts read as observed)', async (t) => {
  t.equal(figure('Na twee jaar heeft de regering haar belofte om 2.500 agenten vrij te maken nauwelijks ingelost.', '2.500', '2017-12').status, 'target');
  t.equal(figure('Het plan heeft nog maar 98 van de beloofde 2.500 extra agenten opgeleverd.', '2.500', '2017-12').status, 'target');
  t.equal(figure('Het plan heeft nog maar 98 van de beloofde 2.500 extra agenten opgeleverd.', '98', '2017-12').status, 'actual', 'the part delivered: observed');
  t.equal(figure('De minister hield zijn belofte: er kwamen 200 agenten bij.', '200', '2017-12').status, 'actual');
});

t.test('unitKind: people a section is made of ("Onze drugssectie bestaat uit acht mensen") are its staff (fresh23 309: a count)', async (t) => {
  t.equal(figure('Onze drugssectie bestaat uit acht mensen.', 'acht').unitKind, 'staff');
  t.equal(figure('Op de markt stonden acht mensen.', 'acht').unitKind, 'count', 'people of no organisation: a count');
});

t.test('status: "duren" is a finite verb, so a duration\'s own clause states what it observes and "moet" in an "indien" clause after it plans nothing of it (fresh23 301: two response times read as targets)', async (t) => {
  const f = figure('De aanrijtijden duren minstens een half uur indien men naar Lanaken moet komen.', 'half uur', '2019-03');
  t.same([f.status, f.subject], ['actual', 'aanrijtijden']);
  t.equal(figure('De interventietijd moet onder een half uur blijven.', 'half uur', '2019-03').status, 'target', 'a modal in the own clause');
});

t.test('direction: the particle of a separable verb of change after a share ("nam met 8 procent af", "liep met 10 procent op"); "liep" is a finite verb, so the subject ends before it (fresh22 289: no direction)', async (t) => {
  t.equal(figure('Ook het aantal zwaargewonden nam met 8 procent af.', '8').direction, 'decrease');
  const f = figure('De schade liep met 10 procent op.', '10');
  t.same([f.direction, f.subject], ['increase', 'schade']);
  t.equal(figure('De zone telt met 8 procent af en toe meer.', '8').direction, null, 'another verb: no change');
  t.equal(figure('Mol drong het aantal inbraken met bijna een vijfde terug.', 'vijfde').direction, 'decrease', 'the verb earlier in the clause the particle closes (fresh15 213: increase)');
  t.equal(figure('De stad bracht het tekort met 12 agenten terug.', '12').direction, 'decrease');
  t.equal(figure('Mol drong het aantal inbraken met bijna een vijfde terug naar 300.', 'vijfde').direction, null, 'a particle that closes no clause: no change read from afar');
});

t.test('referenceDate: with no frame, a change set against a year written as such is of the next year when that is the text\'s last full year or its own ("In vergelijking met 2018 is er een stijging met 78%" in 2020: 2019); a base long before, or "vorig jaar", dates nothing (fresh21 280: two figures undated)', async (t) => {
  t.equal(referenceDateOf('In vergelijking met 2018 is er een stijging met 78%.', '78', '2020-05'), '2019');
  t.equal(referenceDateOf('In vergelijking met 2012 is er een stijging met 78%.', '78', '2020-05'), null, 'a base long before the text');
  t.equal(referenceDateOf('In vergelijking met vorig jaar is er een stijging met 78%.', '78', '2020-05'), null, 'a base the text names relative to itself');
});

t.test('direction: an infinitive of change after a share ("zagen het aantal met 30 procent toenemen", "met 5 procent zien afnemen") (fresh21 278: no direction)', async (t) => {
  t.equal(figure('De speurders zagen het aantal plantages met 30 procent toenemen.', '30').direction, 'increase');
  t.equal(figure('De zone wil het aantal inbraken met 5 procent zien afnemen.', '5').direction, 'decrease');
});

t.test('direction: a count "er bijkomen" adds, its particle closing the clause ("In Deinze kwamen er vorig jaar twee BIN\'s bij"), is an increase; "waar 855 winkels bij zijn aangesloten" and "komen daar 85.000 tweedeverblijvers bij" are none (fresh20 269)', async (t) => {
  t.equal(figure('In Deinze kwamen er vorig jaar twee BIN’s bij en in Zulte zijn er gesprekken.', 'twee').direction, 'increase');
  t.equal(figure('De cijfers komen van de vzw, waar 855 winkels bij zijn aangesloten.', '855').direction, null);
  t.equal(figure('Als de zon schijnt, komen daar nog eens 85.000 tweedeverblijvers bij.', '85.000').direction, null);
});

t.test('status: "en" before a finite verb opens a clause of its own ("Tien inspecteurs zijn nog in opleiding en verwachten we pas komende zomer"), unless it joins two verbs of one clause ("de doelstelling is en blijft nul slachtoffers") (fresh3 64 and one more: a forecast and a target read across "en")', async (t) => {
  t.equal(figure('Tien inspecteurs zijn nog in opleiding en verwachten we pas komende zomer.', 'Tien', '2021-03').status, 'actual');
  t.equal(figure('De enige doelstelling is en blijft nul slachtoffers.', 'nul', '2021-03').status, 'target');
});

t.test('a change set against a year is not of that year when the frame before names it ("net als in 2017 … in vergelijking met 2017"): the year after the base (bug: the base year)', async (t) => {
  const text = 'Met de cijfers van 2018 kunnen we net als in 2017 een positief resultaat voorleggen. Het aantal diefstallen daalt verder in vergelijking met 2017 (-9%).';
  t.equal(referenceDateOf(text, '9%', '2019-04'), '2018');
  t.equal(referenceDateOf('In 2018 was het een rustig jaar. Het aantal diefstallen daalde in vergelijking met 2017 met 9%.', '9%', '2019-04'), '2018', 'a frame after the base stays');
});

t.test('a plan or an expectation after "dan" is the base of a comparison, not the figure\'s status (bug: "minder dan gepland" made a target; found outside the devset)', async (t) => {
  const status = statusOn('2023-11');
  t.equal(status('Er zijn bijna 1800 politiemensen minder dan gepland.', '1800'), 'actual');
  t.equal(status('Er waren 1800 inbraken minder dan verwacht.', '1800'), 'actual', 'an expectation: no forecast');
  t.equal(status('Er zijn 1800 extra politiemensen gepland.', '1800'), 'target', 'a plan of the figure itself');
});

t.test('a change noun with its own "van" phrase before the figure\'s "van" ("een daling van het aantal inbraken van 20 procent") gives the direction (bug: none; found outside the devset)', async (t) => {
  t.equal(direction('Er is een daling van het aantal inbraken van 20 procent.', '20 procent'), 'decrease');
  t.equal(direction('Het budget maakt een stijging van de politiesterkte van duizend man mogelijk.', 'duizend'), 'increase');
  t.equal(direction('Er is een overzicht van het aantal inbraken van 20 procent van de gemeenten.', '20 procent'), null, 'no change noun: no direction');
});

t.test('figures coordinated after "met" ("met respectievelijk 17% en 16% gedaald", "met 12, 9 en 4 procent gestegen") all change as the verb after the last says (bug: the first and the middle had none; found outside the devset)', async (t) => {
  const directions = (text: string) => describe(text).map((f) => f.direction);
  t.same(directions('De instroom en uitstroom zijn sinds 2010 met respectievelijk 17% en 16% gedaald.'), ['decrease', 'decrease']);
  t.same(directions('De feiten zijn met 12, 9 en 4 procent gestegen.'), ['increase', 'increase', 'increase']);
  t.same(directions('De feiten stegen met 10%, 20% van de daders was minderjarig.'), ['increase', null], 'a share after a comma outside a list keeps none');
});

t.test('money a present clause says is invested or set aside ("De stad investeert 1,5 miljoen euro", "trekt … 2 miljoen euro uit") is decided money, a target; invested in a narrated past it is observed (bug: actual)', async (t) => {
  const status = statusOn('2024-10');
  t.equal(status('We investeren 1,5 miljoen euro in een nieuw commissariaat.', '1,5'), 'target');
  t.equal(status('De stad trekt jaarlijks 2 miljoen euro extra uit voor preventie.', '2 miljoen'), 'target');
  t.equal(status('Vorig jaar investeerde de stad 1,5 miljoen euro in camera\'s.', '1,5'), 'actual', 'a past tense: observed');
});

t.test('verbs that multiply, halve or shrink give a direction ("verdubbelen tot 120", "halveren tot 600", "kromp met 670"; bug: none; found outside the devset)', async (t) => {
  t.equal(direction('We willen het aantal camera\'s verdubbelen tot 120.', '120'), 'increase');
  t.equal(direction('We willen het aantal GAS-boetes halveren tot 600.', '600'), 'decrease');
  t.equal(direction('Exclusief aspiranten kromp het aantal agenten met ruim 670 voltijdbanen.', '670'), 'decrease');
});

t.test('what an agreement or a plan says ("In het bestuursakkoord staat dat …", "in het meerjarenplan is opgenomen dat …") is planned, a target (bug: actual; found outside the devset)', async (t) => {
  const status = statusOn('2024-10');
  t.equal(status('In het bestuursakkoord staat dat de dotatie aan de politiezone jaarlijks met 2 procent stijgt.', '2 procent'), 'target');
  t.equal(status('In het meerjarenplan is opgenomen dat er 20 extra agenten komen.', '20'), 'target');
  t.equal(status('Het plan staat al jaren stil, terwijl 20 agenten ziek zijn.', '20'), 'actual', 'no "dat" clause of the plan');
});

t.test('a season of the document\'s year ("deze zomer", "dit najaar") and the last one past ("afgelopen zomer") date a figure (bug: no date, or the year of the base before; found outside the devset)', async (t) => {
  t.equal(referenceDateOf('Vergeleken met de 450.000 boetes in de zomer van 2015, zijn er deze zomer 22 procent meer bekeuringen uitgedeeld.', '22 procent', '2017-11'), '2017');
  t.equal(referenceDateOf('Afgelopen zomer werden 300 boetes uitgeschreven.', '300', '2018-03'), '2017', 'before the summer ends: last year\'s');
  t.equal(referenceDateOf('Afgelopen zomer werden 300 boetes uitgeschreven.', '300', '2018-10'), '2018', 'after it: this year\'s');
});

t.test('a number set beforehand ("op een vooropgesteld aantal van 739 hoofdinspecteurs") is a norm, a target; the shortage against it is observed (bug: actual; found outside the devset)', async (t) => {
  const statuses = (text: string) => describe(text, '2017-08').map((f) => f.status);
  t.same(statuses('Op een vooropgesteld aantal van 739 hoofdinspecteurs zijn er slechts 68 te weinig.'), ['target', 'actual']);
  t.same(statuses('Er werd een groot aantal van 739 boetes uitgeschreven.'), ['actual'], 'an aantal set by no one: observed');
});

t.test('a sentence told in the past is not framed by a year after the text\'s own ("De dotatie stijgt volgend jaar … Er werden 87 drugsdealers opgepakt"); a pluperfect plan may be (bug: target, next year; found on invented report sentences)', async (t) => {
  const text = 'De dotatie stijgt volgend jaar met 350.000 euro. In totaal werden 87 drugsdealers opgepakt, 23 meer dan vorig jaar.';
  t.same(describe(text, '2023-03').map((f) => [f.status, f.referenceDate]), [['target', '2024'], ['actual', null], ['actual', null]]);
  t.equal(referenceDateOf('In 2018 willen we hier verandering in brengen. We hadden een bedrag van 100.000 euro opgenomen in de meerjarenplanning.', '100.000', '2017-12-21'), '2018', 'a plan in the pluperfect keeps the year it is for (fresh12 177)');
  t.same(describe('De dotatie stijgt volgend jaar met 350.000 euro. De politie voerde 1.520 alcoholcontroles uit.', '2023-03').map((f) => [f.status, f.referenceDate]), [['target', '2024'], ['actual', null]], 'events counted in the past are not framed by next year either');
  t.same(describe('Volgend jaar zet de zone in op controles. Er komen 20 alcoholcontroles.', '2023-03').map((f) => [f.status, f.referenceDate]), [['target', '2024']], 'planned events in the present are');
});

t.test('list items under a heading that names targets ("Doelstellingen zonaal veiligheidsplan 2020-2025") are targets, whatever their tense; a base in brackets is observed (bug: actual)', async (t) => {
  const text = 'Doelstellingen zonaal veiligheidsplan 2020-2025\n\n• Het aantal woninginbraken terugdringen met 10% tegen 2025 (referentiejaar 2019: 450 feiten).\n• Minstens 4.000 alcoholcontroles per jaar.\n• Het aantal verkeersongevallen met letsel daalt jaarlijks met 5%.';
  t.same(describe(text, '2020-03').map((f) => [f.quote, f.status, f.direction]), [['10%', 'target', 'decrease'], ['450 feiten', 'actual', null], ['4.000 alcoholcontroles', 'target', null], ['5%', 'target', 'decrease']]);
  t.same(describe('Resultaten 2019\n\n• Minstens 4.000 alcoholcontroles per jaar.', '2020-03').map((f) => f.status), ['actual'], 'under a heading that names no target: as the item says');
});

t.test('the year of a plan told in the future ("We zullen dit jaar infosessies organiseren") does not date what the text tells in the past after it; the year before it does (bug: this year; fresh24 317)', async (t) => {
  const text = 'Vorig jaar liep dat op tot 133 meldingen. We zullen dit jaar infosessies organiseren.\n\nHet aantal diefstallen daalde verder in vergelijking met 2020 (-10%). Het aantal fietsdiefstallen (145) kende een stijging.';
  t.same(describe(text, '2022-03-10').map((f) => [f.quote, f.referenceDate]), [['133 meldingen', '2021'], ['10%', '2021'], ['145', '2021']]);
  t.equal(referenceDateOf('We zullen dit jaar infosessies organiseren. Dat zijn er 12, vijf meer dan vorig jaar.', '12', '2022-03-10'), '2022', 'a restatement of the plan keeps its year');
});

t.test('having to make do with what there is ("moet Limburg het met een invulling van 38 procent stellen", "het stellen met 14,1 agenten") observes it; the modal plans nothing (bug: target; fresh24 315, fresh19)', async (t) => {
  const status = statusOn('2023-02');
  t.equal(status('In Luik is er overcapaciteit, terwijl Limburg het met een invulling van 38 procent moet stellen.', '38 procent'), 'actual');
  t.equal(status('Waar er in Luik (110 procent) een overcapaciteit valt, moet Limburg het met een invulling van 38 procent stellen.', '110 procent'), 'actual');
  t.equal(status('Zo moet de zone het stellen met 14,1 politieagenten per 10.000 inwoners.', '14,1'), 'actual');
  t.equal(status('We moeten het aantal agenten optrekken tot 120.', '120'), 'target', 'a modal of a plan still plans');
  t.equal(status('Heel wat diensten moeten een derde tot de helft van hun mankracht missen.', 'een derde tot de helft'), 'actual', 'having to do without (fresh 37: target)');
});

t.test('a count whose "meer" or "minder" closes the clause is a difference with its direction ("Zo waren er vorig jaar 3.000 kandidaten minder") (bug: none; fresh24 323, fresh5)', async (t) => {
  t.equal(direction('Zo waren er vorig jaar 3.000 kandidaten minder.', '3.000'), 'decrease');
  t.equal(direction('De dalers zijn Antwerpen (1.865 dossiers minder dan in 2011) en Luik (1.886 dossiers minder).', '1.886'), 'decrease', 'closing its brackets (fresh 45: none)');
  t.equal(direction('In Luik (1.886 dossiers) waren er minder.', '1.886'), null, 'no comparative inside the brackets');
  t.equal(direction('Er zijn nu 20 agenten meer, vooral in Gent.', '20'), 'increase');
  t.equal(direction('Er zijn 20 agenten meer nodig.', '20'), null, 'a comparative inside its clause is no difference told');
});

t.test('what is feared will happen ("De vakbond vreest dat de helft … zal zijn") is a forecast; what is proposed to be done ("wij stellen voor 200 miljoen euro vrij te maken") a target (bug: target, actual; fresh24 323)', async (t) => {
  const status = statusOn('2019-05');
  t.equal(status('De vakbond vreest dat de helft van de agenten over tien jaar ouder dan vijftig zal zijn.', 'de helft'), 'forecast');
  t.equal(status('Wij stellen daarom voor 200 miljoen euro extra vrij te maken voor politie.', '200 miljoen'), 'target');
  t.equal(status('Het plan stelt 20 maatregelen voor.', '20'), 'actual', 'a plan that presents measures proposes nothing to be done');
});

t.test('status cues of session 42, each with its other reading (fresh30 385, fresh14, fresh24, fresh25 330, fresh18, fresh19: the status was another)', async (t) => {
  const status = statusOn('2021-03');
  const cases: Array<[text: string, quote: string, expected: string, reading: string]> = [
    ['De politie houdt rekening met een verdubbeling van het aantal flitsboetes, naar zo\'n 5 miljoen boetes per jaar.', '5 miljoen boetes', 'forecast', 'what is reckoned with'],
    ['De minister houdt er rekening mee dat er 300 klachten komen.', '300 klachten', 'forecast', 'what is reckoned with'],
    ['De politie schreef zo\'n 5 miljoen boetes uit.', '5 miljoen boetes', 'actual', 'the other reading: observed'],
    ['Eén bestuurder haalde 62 km/uur in een schoolomgeving, waar 30 km/uur geldt.', '30 km/uur', 'target', 'a rule in force is a norm'],
    ['Eén bestuurder haalde 62 km/uur in een schoolomgeving, waar 30 km/uur geldt.', '62 km/uur', 'actual', 'the other clause observes'],
    ['Normaal gezien zijn er 96 mensen aan het werk, maar dat aantal is gezakt.', '96 mensen', 'target', 'the usual strength is a norm'],
    ['Er zijn 96 mensen aan het werk.', '96 mensen', 'actual', 'the other reading: observed'],
    ['Waregem krijgt er acht aan het op- en afrittencomplex.', 'acht', 'target', 'what a place "krijgt er" is planned'],
    ['En Anzegem krijgt er nog twee in Kaster.', 'twee', 'target', 'what a place "krijgt er" is planned'],
    ['Waregem kreeg acht camera\'s.', 'acht', 'actual', 'the other reading: what it got'],
    ['"We hebben 7 of 8 verschillende reiswegen voorzien", zegt de korpschef.', '7 of 8', 'actual', '"voorzien" after a perfect\'s auxiliary: done'],
    ['Op vijf parkings werd \'s nachts in privébewaking voorzien.', 'vijf parkings', 'actual', '"voorzien" in a past passive: done'],
    ['De begroting voorziet 20 extra agenten.', '20 extra agenten', 'target', 'the other reading: what a budget provides'],
  ];
  for (const [text, quote, expected, reading] of cases) t.equal(status(text, quote), expected, reading);
});

t.test('status: a conditional relative clause on what a plan names is part of the plan (fresh31 403: "die samen goed zouden zijn voor 720 nieuwe plaatsen" was observed)', async (t) => {
  const status = statusOn('2021-12');
  t.equal(status('De minister wil vijftien detentiehuizen openen, die samen goed zouden zijn voor 720 nieuwe plaatsen.', '720'), 'target');
  t.equal(status('De minister opende vijftien detentiehuizen, die samen goed zouden zijn voor 720 nieuwe plaatsen.', '720'), 'actual', 'the relative clause on what was done: no plan');
});

t.test('a bare number that counts the noun of a density before it is that density for another place, a count ("13,3 beroepsmagistraten per 100.000 inwoners … Luxemburg (36)") (bug: staff; fresh24 318)', async (t) => {
  const kinds = (text: string) => describe(text, '2021-01').map((f) => [f.quote, f.unitKind]);
  t.same(kinds('België heeft 13,3 beroepsmagistraten per 100.000 inwoners. Dat is minder dan Luxemburg (36) en Oostenrijk (27).'), [['13,3 beroepsmagistraten', 'count'], ['36', 'count'], ['27', 'count']]);
  t.same(kinds('België heeft 2.600 magistraten. Luxemburg telt er 36.'), [['2.600 magistraten', 'staff'], ['36', 'staff']], 'no density: staff');
});

t.test('the police\'s ranks named by their frame ("twee basiskaders (inspecteurs)", "middenkaders") are staff (bug: count; fresh24 319)', async (t) => {
  t.equal(unitKindOf('count', 'basiskaders'), 'staff');
  t.equal(unitKindOf('count', 'middenkaders'), 'staff');
  t.equal(unitKindOf('count', 'kaders'), 'count', 'frameworks alone are no people');
});

t.test('what one is entitled to ("heeft recht op … twee basiskaders") is a norm, a target (bug: actual; fresh24 319)', async (t) => {
  const status = statusOn('2018-01');
  t.equal(status('De politie in Vleteren heeft recht op een middenkader, twee basiskaders en een bediende.', 'twee'), 'target');
  t.equal(status('De politie in Vleteren heeft twee basiskaders.', 'twee'), 'actual');
});

t.test('an infinitive of seeing or recording between a change and its size ("laten een daling zien van 15 procent") keeps the change\'s direction and subject (bug: none; found outside the devset)', async (t) => {
  t.equal(direction('Deze cijfers laten een daling zien van 15 procent.', '15'), 'decrease');
  t.equal(direction('De zone kon een stijging optekenen van 8 procent.', '8'), 'increase');
  t.equal(figure('Deze cijfers laten een daling zien van 15 procent.', '15').subject, 'daling');
});

t.test('a year after "zoveel … als" is a comparison\'s base, no date of the figure ("voerde vier keer zoveel acties uit als in 2023") (bug: 2023; found outside the devset, fresh15)', async (t) => {
  t.equal(referenceDateOf('De politie voerde vier keer zoveel gerechtelijke acties uit als in 2023.', 'vier', '2025-03'), '2024');
  t.not(referenceDateOf('In de eerste jaarhelft stond de teller op 346, dat is acht keer zoveel als in dezelfde periode in 2019.', '346', '2023-08'), '2019');
});

t.test('weak pasts after a voiceless consonant and irregular pasts ("beseften", "betrapte", "merkten", "kochten", "zochten") are past verbs: what they tell was observed (bug: target; found outside the devset, fresh10)', async (t) => {
  const status = statusOn('2020-11');
  t.equal(status('We kochten het pand aan voor een bedrag van 333.000 euro.', '333.000'), 'actual');
  t.equal(status('De agenten betrapten 12 bestuurders.', '12'), 'actual');
  t.equal(figure('98% van de gecontroleerde chauffeurs beseften dat alcohol en rijden niet samengaan.', '98%').subject, 'gecontroleerde chauffeurs', 'a past verb ends the subject\'s phrase');
});

t.test('a share after a dated share of its sentence is of the same time ("In 2018 … Zo\'n 75 procent daarvan gebeurt in Veurne, Alveringem is goed voor 15 procent"), unless "nu" stands between (bug: no date; fresh24 314)', async (t) => {
  const dates = datesOn('2019-03');
  t.same(dates('In 2018 deden we 3.000 interventies. Zo\'n 75 procent daarvan gebeurt in Veurne, Alveringem is goed voor 15 procent en Lo-Reninge voor 10 procent.'),
    [['3.000 interventies', '2018'], ['75 procent', '2018'], ['15 procent', '2018'], ['10 procent', '2018']]);
  t.same(dates('In 2018 deden we 3.000 interventies. Zo\'n 75 procent daarvan gebeurde in Veurne, nu is Alveringem goed voor 15 procent.').map((x) => x[1]), ['2018', '2018', null], 'the present after "nu"');
});

t.test('a day of the news written with its weekday and date ("deden op donderdag 14 mei een inval") frames the story after it in its paragraph, not the next (bug: no date; fresh24 321, fresh10)', async (t) => {
  const dates = datesOn('2020-05-28');
  t.same(dates('Agenten deden op donderdag 14 mei een inval in een huis. Ze vonden er 2.496 cannabisplanten. Bij de inval waren drie verdachten gearresteerd.'),
    [['2.496 cannabisplanten', '2020-05-14'], ['drie verdachten', '2020-05-14']]);
  t.same(dates('Agenten deden op donderdag 14 mei een inval in een huis.\n\nIn Gent werden 40.000 sigaretten in beslag genomen.'), [['40.000 sigaretten', null]], 'the next paragraph goes on elsewhere');
  t.same(datesOn('2023-04-28')('De eerste vijf trajectcontroles starten op maandag 22 mei.'), [['vijf trajectcontroles', '2023-05-22']], 'the year where the day falls on its weekday, the nearest to the document (bug: 2022-05-22, a Sunday; fresh26 347)');
  t.same(datesOn('2023-04-28')('De politie controleerde op 22 mei 40 chauffeurs.'), [['40 chauffeurs', '2022-05-22']], 'without a weekday, the last such day before the document');
});

t.test('a saying after "zoals" ("Zoals aangekondigd nam de zone op woensdag 18 april deel") points to an earlier telling, so the day is still the news\'s and frames the story after it (bug: no date; fresh37 470)', async (t) => {
  const dates = datesOn('2018-04');
  t.same(dates('Zoals aangekondigd nam de zone op woensdag 18 april deel aan de flitsmarathon. De verkeersdienst controleerde 4298 voertuigen.'), [['4298 voertuigen', '2018-04-18']]);
  t.same(dates('Zoals eerder gemeld nam de zone op woensdag 18 april deel aan de flitsmarathon. De verkeersdienst controleerde 4298 voertuigen.'), [['4298 voertuigen', '2018-04-18']]);
  t.same(dates('De zone kondigde op woensdag 18 april haar deelname aan. De verkeersdienst controleerde 4298 voertuigen.'), [['4298 voertuigen', null]], 'the other reading: the day the news was told');
});

t.test('status: the strong pasts of driving, running and breaking in ("reden", "liep", "braken") observe, so a sentence with one does not take the plan of the sentence before it (fresh27 350: "In totaal reden ook 433 bestuurders te snel" after "moet de bestuurder zich … verantwoorden" read as a target)', async (t) => {
  const text = 'Voor dit rijgedrag moet de bestuurder zich binnenkort verantwoorden. In totaal reden ook 433 bestuurders te snel.';
  t.equal(figure(text, '433').status, 'actual');
  t.equal(figure('De zone moet agenten inzetten. Vorig jaar braken dieven in bij 40 woningen.', '40').status, 'actual');
  t.equal(figure('De zone moet agenten inzetten. Daarna nog 40 woningen.', '40').status, 'target', 'a clause without a verb still takes the plan before it');
});

t.test('referenceDate: a speed limit is in force, not counted at the time the story tells: no date from the frame (fresh13 186: "Zestig bestuurders reden harder dan de maximumsnelheid van 50 kilometer per uur" dated the limit to the story\'s month)', async (t) => {
  const text = 'Vorig jaar hield de politie controles. Zestig bestuurders reden harder dan de maximumsnelheid van 50 kilometer per uur.';
  const dated = describe(text, '2025-03-01');
  t.equal(dated.find((f) => f.quote.startsWith('50'))?.referenceDate, null);
  t.equal(dated.find((f) => f.quote.startsWith('Zestig'))?.referenceDate, '2024', 'the drivers counted keep it');
});

t.test('status: "volgt" and "respecteert" are finite verbs, so a share keeping to a rule is observed in its own clause, not planned by the sentence before it (fresh27 352: "95 procent van onze inwoners volgt de regels" after "zal … geïnd worden" read as a target)', async (t) => {
  t.equal(figure('De rest zal via de deurwaarder geïnd worden. 95 procent van onze inwoners volgt de regels.', '95').status, 'actual');
  t.equal(figure('De zone moet meer controleren. Een op vijf bestuurders respecteert de snelheid niet.', 'vijf').status, 'actual');
});

t.test('a range read from its "van" ("boetes van 250 tot 600 euro") measures the phrase before it, and a fine agreed in a rule is a target in the past too (fresh27 353: no subject, observed)', async (t) => {
  const agreed = figure('Er werden toen boetes van 250 tot 600 euro afgesproken.', '250');
  t.equal(agreed.subject, 'boetes');
  t.equal(agreed.status, 'target');
  t.equal(figure('Hij kreeg toen een boete van 250 euro.', '250').status, 'actual', 'a fine imposed in the past is observed');
});

t.test('a speed limit is of the limit it names or of nothing, never of the driver the sentence is about; a speed driven "zo snel als toegelaten" is no limit (fresh27 350, fresh11, fresh13: limits took the driver or the flash camera as subject; fresh14 197: "152 km/uur, ruim dubbel zo snel als toegelaten" read as a norm)', async (t) => {
  const limit = figure('Eén hardrijder haalde zelfs 160 per uur waar slechts negentig is toegelaten.', 'negentig');
  t.equal(limit.status, 'target');
  t.equal(limit.subject, null);
  t.equal(figure('De maximumsnelheid bedraagt er 70 km/uur.', '70').subject, 'maximumsnelheid', 'the limit named');
  const driven = figure('Een bestuurder reed er maar liefst 152 km/uur, ruim dubbel zo snel als toegelaten.', '152');
  t.equal(driven.status, 'actual');
  t.equal(driven.subject, 'bestuurder');
});

t.test('referenceDate: "leverden", "dienden", "stuurden", "vormden" narrate in the past, so the frame the text set dates them (fresh24 322: "De 1151 afgenomen drugtesten leverden 14 positieve speekseltesten op" and "13 bestuurders dienden hun rijbewijs af te geven" were undated)', async (t) => {
  const text = 'Vorig jaar controleerde de politie 8.275 bestuurders. De 1151 afgenomen drugtesten leverden 14 positieve speekseltesten op. 13 bestuurders dienden hun rijbewijs af te geven.';
  t.equal(referenceDateOf(text, '14 positieve', '2019-12-02'), '2018');
  t.equal(referenceDateOf(text, '13 bestuurders', '2019-12-02'), '2018');
});

t.test('referenceDate: "speelde", "raakten", "ontdekte", "verdubbelde" narrate in the past, so the frame the text set dates them (heldout: "Het grootste deel van de interventies speelde zich af in de gemeente Lennik (26,41%)" was undated)', async (t) => {
  t.equal(referenceDateOf('In 2016 telde de zone 900 interventies. Het grootste deel speelde zich af in Lennik (26,41%).', '26,41', '2017-03-02'), '2016');
  t.equal(referenceDateOf('In 2019 waren er veel ongevallen in de zone. Twaalf fietsers raakten zwaargewond.', 'Twaalf', '2020-03-02'), '2019');
  t.equal(referenceDateOf('In 2019 viel de politie binnen in een loods. Ze ontdekte 300 cannabisplanten.', '300', '2020-03-02'), '2019');
});

t.test('status: "zoeken we" with its subject after the verb seeks the figure too, a target (fresh28 370: "Momenteel zoeken we drie extra werkkrachten" was actual)', async (t) => {
  t.equal(figure('Momenteel zoeken we drie extra werkkrachten voor de interventieploegen.', 'drie').status, 'target');
  t.equal(figure('Momenteel zoekt de zone vijf inspecteurs.', 'vijf').status, 'target');
  t.equal(figure('We tellen 57 personeelsleden.', '57').status, 'actual', 'no search: observed');
});

t.test('reference date: a count that runs up to a day ("Dit jaar werden tot 9 september 3.120 meldingen geregistreerd") is the year\'s count so far, dated by the year; a count on that day keeps the day (fresh28 371: dated 9 September)', async (t) => {
  t.equal(figure('Dit jaar werden tot 9 september 3.120 meldingen geregistreerd.', '3.120', '2019-09-10').referenceDate, '2019');
  t.equal(figure('Tot en met 30 juni waren er 412 inbraken.', '412', '2019-09-10').referenceDate, '2019');
  t.equal(figure('Op 9 september werden 3.120 meldingen geregistreerd.', '3.120', '2019-09-10').referenceDate, '2019-09-09');
});

t.test('status: a sum of money capped by a ceiling ("maximaal 350 euro", "maximum 200 euro") is a rule\'s bound, a target; a plain sum stays observed (fresh16 228: "maximum 350 euro" was actual)', async (t) => {
  t.equal(figure('De boete bedraagt maximaal 350 euro.', '350').status, 'target');
  t.equal(figure('Voor minderjarigen is dat maximum 175 euro.', '175').status, 'target');
  t.equal(figure('De boete bedroeg 350 euro.', '350').status, 'actual');
});

t.test('links: what a sentence opening with the police named by its kind and a verb of holding has, buys or spends is that police organisation\'s ("De politiezone trekt 461.000 euro uit", "Daarnaast least de zone twee combi\'s"); what it controls or counts is not (fresh28 366, 368: no subject actor)', async (t) => {
  const link = (text: string, quote: string) => linkSubjects(text, describe(text), noordMention(text), zoneNoord).find((f) => f.quote.includes(quote))!.subjectActorId;
  t.equal(link('De politieraad van Politiezone Noord keurde de begroting goed. De politiezone trekt 461.000 euro uit voor camera\'s.', '461.000'), 'politiezone-noord');
  t.equal(link('De politieraad van Politiezone Noord keurde de begroting goed. Daarnaast least de zone twee nieuwe wagens.', 'twee'), 'politiezone-noord');
  t.equal(link('De politieraad van Politiezone Noord vergaderde. De zone controleerde 1.300 voertuigen.', '1.300'), null, 'what it controls is no holding');
});

t.test('links: the police named by one of its units or a thing of its own with a verb of holding ("De interventieploegen krijgen drie combi\'s", "Het wagenpark van de politie telt 18 voertuigen"), its kind and "van" before its name ("Het korps van A heeft …"), and a thing "door de politiezone gekocht voor" a sum are the police organisation\'s (fresh34 433: seven figures had no subject actor)', async (t) => {
  const link = (text: string, quote: string) => linkSubjects(text, describe(text), noordMention(text), zoneNoord).find((f) => f.quote.includes(quote))!.subjectActorId;
  t.equal(link('Het korps van Politiezone Noord heeft zijn wagenpark uitgebreid met vier nieuwe voertuigen.', 'vier'), 'politiezone-noord');
  t.equal(link('Het korps van Politiezone Noord heeft zijn wagenpark uitgebreid. De interventieploegen krijgen drie nieuwe combi\'s.', 'drie'), 'politiezone-noord');
  t.equal(link('Het korps van Politiezone Noord heeft zijn wagenpark uitgebreid. Het wagenpark van de politie telt nu 18 voertuigen en 6 fietsen.', '6 fietsen'), 'politiezone-noord');
  t.equal(link('Politiezone Noord breidt uit. Het vierde voertuig is door de politiezone gekocht voor 37.000 euro.', '37.000'), 'politiezone-noord');
  t.equal(link('Politiezone Noord breidt uit. De interventieploegen controleerden 300 voertuigen.', '300'), null, 'what its units control is no holding');
  t.equal(link('Politiezone Noord breidt uit. De eigenaar is door de politiezone beboet voor 300 euro.', '300'), null, 'fined, not bought');
});

t.test('status: what a colon opens without a verb or a subject of its own spells out the plan before it ("… zal flink investeren in ANPR-camera\'s: 1.000 camera\'s op 250 sites"); a clause with its own verb tells what it tells (fresh29 377: both were actual)', async (t) => {
  const text = 'De minister kondigde aan dat de overheid flink zal investeren in camera\'s: 1.000 camera\'s op 250 sites, gespreid over het hele land.';
  t.equal(figure(text, '1.000').status, 'target');
  t.equal(figure(text, '250').status, 'target');
  t.equal(figure('We zullen investeren: vorig jaar kochten we 5 camera\'s.', '5', '2016-01').status, 'actual');
  t.equal(figure('De zone investeerde in camera\'s: 12 camera\'s op 4 sites.', '12').status, 'actual', 'a plan before the colon only');
});

t.test('links: what the police organisation named at a sentence\'s opening has, buys or installs with the verb right after its name is its own ("De Politiezone Noord installeert dit jaar 16 camera\'s"); what it did with "heeft" as an auxiliary is not (fresh29 378, fresh6: no subject actor)', async (t) => {
  const link = (text: string, quote: string) => linkSubjects(text, describe(text), noordMention(text), zoneNoord).find((f) => f.quote.includes(quote))!.subjectActorId;
  t.equal(link('De Politiezone Noord installeert dit jaar 16 extra camera\'s.', '16'), 'politiezone-noord');
  t.equal(link('Politiezone Noord beschikt over 72 wagens.', '72'), 'politiezone-noord');
  t.equal(link('Politiezone Noord heeft vorig jaar 1.713 fietsdiefstallen geregistreerd.', '1.713'), null, '"heeft" an auxiliary');
  t.equal(link('Politiezone Noord heeft 13 fietsdiefstallen en 2.500 inbraken geregistreerd.', '13'), null, '"heeft" an auxiliary past a number\'s separator (bug: "2.500" ended the clause)');
  t.equal(link('Politiezone Noord betrapte 16 chauffeurs.', '16'), null, 'no verb of holding');
  t.equal(link('De lokale Politiezone Noord heeft vier nieuwe dienstvoertuigen gekocht.', 'vier'), 'politiezone-noord', 'an adjective before its name, and what it bought with "heeft" (bug: none; fresh37 476)');
  t.equal(link('Politiezone Noord heeft 12 nieuwe camera\'s aangeschaft.', '12'), 'politiezone-noord');
});

t.test('links: an organisation right after a verb of counting or having that opens an inverted clause ("Momenteel telt N-VA 45 burgemeesters") holds what the figure counts (bug: none; fresh37 475)', async (t) => {
  const link = (text: string, quote: string) => linkSubjects(text, describe(text), noordMention(text), zoneNoord).find((f) => f.quote.includes(quote))!.subjectActorId;
  t.equal(link('Momenteel telt Politiezone Noord 45 camera\'s.', '45'), 'politiezone-noord');
  t.equal(link('In 2020 had Politiezone Noord 30 combi\'s.', '30'), 'politiezone-noord');
  t.equal(link('Vorig jaar heeft Politiezone Noord 120 boetes uitgeschreven.', '120'), null, '"heeft" an auxiliary');
  t.equal(link('Momenteel controleert Politiezone Noord 45 camera\'s.', '45'), null, 'no verb of counting or having right before it');
  t.equal(link('In 2017 telde Politiezone Noord 1.165 incidenten.', '1.165'), null, 'occurrences are counted by who records them, not held (session 55, fresh33 427)');
});

t.test('links: a police organisation named beside the zones\' umbrella ("bij de lokale en … bij de federale politie") counts the levels and is no topic of the text (fresh35 453: the country\'s and a region\'s officers were the federal police\'s)', async (t) => {
  const entries = new Map<string, ActorEntry>([
    ['lokale-politie', actorEntrySchema.parse({ id: 'lokale-politie', name: 'Lokale politie', kind: 'organisation' })],
    ['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', location: 'noord', parent: 'lokale-politie' })],
    ['federale-politie', actorEntrySchema.parse({ id: 'federale-politie', name: 'Federale politie', kind: 'organisation' })],
  ]);
  const link = (text: string) => {
    const mention = (quote: string, entityId: string): Mention => ({ entityType: 'actor', entityId, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });
    const mentions = [mention('lokale', 'lokale-politie'), mention('federale politie', 'federale-politie')].sort((a, b) => a.start - b.start);
    return linkSubjects(text, describe(text), mentions, entries).filter((f) => f.quote.startsWith('300')).map((f) => f.subjectActorId);
  };
  t.same(link('Het land telt 37.008 agenten, waarvan 27.379 bij de lokale en 9.629 bij de federale politie. Dat is weinig. In Dorpel waren er 300 agenten.'), [null]);
  t.same(link('Bij de federale politie werken 9.629 mensen. Dat is weinig. De lokale korpsen zijn groter. In Dorpel waren er 300 agenten.'), ['federale-politie'], 'no umbrella beside it: the text\'s topic');
  t.same(link('Het land telt 300 agenten, waarvan 200 bij de lokale en 100 bij de federale politie.'), [null], 'beside the umbrella in the figure\'s own sentence (bug: the federal police\'s, once the country\'s officers counted themselves)');
});

t.test('subject: people or staff whose subject is a place noun ("Ons land telde 37.008 agenten", "De stad telt 300 agenten") count themselves, as under a bare place name (fresh35 453: the subject was "land")', async (t) => {
  t.equal(figure('Ons land telde in totaal 37.008 agenten.', '37.008').subject, 'agenten');
  t.equal(figure('De stad telt 300 agenten.', '300').subject, 'agenten');
  t.equal(figure('Het korps telt 300 agenten.', '300').subject, 'korps', 'an organisation, as before');
});

t.test('subject: a sentence adverb or a correlative that opens the sentence ("Opvallend", "Gelukkig", "Zowel") is no noun of a subject (fresh16: the subject was "Opvallend"; fresh35 448: "Zowel")', async (t) => {
  t.equal(figure('Zowel de diefstallen als de inbraken stegen met 5 procent.', '5').subject, null);
  t.equal(figure('Gelukkig daalde het aantal inbraken met 10 procent.', '10').subject, 'inbraken', 'as before');
});

t.test('subject: a coordinator before a subordinator joins its clause to the one before, and the subordinator opens it ("…, maar waar de MOF-zaken met 3% stegen"; fresh35 448: the subject was the sentence\'s "Zowel")', async (t) => {
  t.equal(figure('Het aantal zaken kende een toename, maar waar de MOF-zaken met 3% stegen, daalde de rest.', '3%').subject, 'MOF-zaken');
  t.equal(figure('Het aantal zaken kende een toename, maar terwijl de diefstallen met 5% daalden, bleef de rest gelijk.', '5%').subject, 'diefstallen');
});

t.test('links: a density ("2,4 agenten per 1.000 inwoners") is a measure of an area, no holding of the police the text is about (fresh35 453: the federal police of the sentence before)', async (t) => {
  const text = 'Politiezone Noord telt 300 agenten. Dat zijn 2,4 agenten per 1.000 inwoners.';
  const linked = linkSubjects(text, describe(text), noordMention(text), zoneNoord);
  t.same(linked.filter((f) => f.unit === 'agenten').map((f) => [f.quote, f.subjectActorId]), [['300 agenten', 'politiezone-noord'], ['2,4 agenten', null]]);
});

t.test('links: what an institution named at a sentence\'s opening holds, receives or handles is its own ("Het justitiehuis van Dorpel ontving 1.056 nieuwe dossiers"; bug: no subject actor; fresh34 441, fresh6, fresh16, fresh19)', async (t) => {
  const house = new Map<string, ActorEntry>([['justitiehuis-dorpel', actorEntrySchema.parse({ id: 'justitiehuis-dorpel', name: 'Justitiehuis Dorpel', kind: 'organisation', location: 'dorpel' })]]);
  const link = (text: string, quote: string) => {
    const at = text.indexOf('justitiehuis van Dorpel');
    const mentions: Mention[] = [{ entityType: 'actor', entityId: 'justitiehuis-dorpel', start: at, end: at + 23, quote: 'justitiehuis van Dorpel' }];
    return linkSubjects(text, describe(text), mentions, house).find((f) => f.quote.includes(quote))!.subjectActorId;
  };
  t.equal(link('Het justitiehuis van Dorpel ontving vorig jaar 1.056 nieuwe dossiers.', '1.056'), 'justitiehuis-dorpel');
  t.equal(link('Het justitiehuis van Dorpel behandelde 900 zaken.', '900'), 'justitiehuis-dorpel');
  t.equal(link('Het justitiehuis van Dorpel heeft straffen tot twaalf jaar en boetes tot 66.000 euro opgevolgd.', 'twaalf'), null, '"heeft" an auxiliary past a number\'s separator');
  t.equal(link('Volgens het justitiehuis van Dorpel waren er 900 zaken.', '900'), null, 'not the sentence\'s opening');
});

t.test('links: what the police organisation named at a sentence\'s opening consists of is its own ("De Politiezone Noord bestaat uit drie gemeenten"; fresh22: no subject actor)', async (t) => {
  const link = (text: string, quote: string) => linkSubjects(text, describe(text), noordMention(text), zoneNoord).find((f) => f.quote.includes(quote))!.subjectActorId;
  t.equal(link('De Politiezone Noord bestaat uit drie gemeenten: Dorpel, Veld en Heide.', 'drie'), 'politiezone-noord');
  t.equal(link('Politiezone Noord omvat 12 wijken.', '12'), 'politiezone-noord');
});

t.test('status: a count a trend is projected on ("Als die trend zich doorzet, zouden er … 40.000 inbraken zijn") is a forecast; "de trend zet zich voort" observes (bug: target or actual; fresh32 411, 419)', async (t) => {
  t.equal(figure('Als die trend zich doorzet, zouden er dit jaar nog iets meer dan 40.000 inbraken zijn.', '40.000').status, 'forecast');
  t.equal(figure('Kortom, als de cijfers zich zo doorzetten, tellen we dit jaar 10 verkeersdoden meer dan vorig jaar.', '10').status, 'forecast', 'an adverb between');
  t.equal(figure('De dalende trend zet zich voort: vorig jaar waren er 120 inbraken.', '120').status, 'actual', 'the other reading: the main clause\'s word order observes');
});

t.test('status: a sum a fine may run up to ("de boetes kunnen oplopen tot 375 euro") is the rule\'s ceiling, a target, as "maximaal" is (bug: actual; fresh31 399)', async (t) => {
  t.equal(figure('Voor zes van hen werd een GAS-PV opgesteld waarbij de boetes kunnen oplopen tot 375 euro.', '375').status, 'target');
  t.equal(figure('De boetes liepen vorig jaar op tot 375 euro.', '375').status, 'actual', 'the other reading: a sum that ran up is observed');
});

t.test('a change noun before "van" keeps its direction past a discourse particle ("Een daling dus van 13 doden"; fresh33 431: none)', async (t) => {
  t.equal(direction('In 2016 stierven 65 mensen. Twee jaar geleden waren dat er nog 78. Een daling dus van 13 doden.', '13 doden'), 'decrease');
  t.equal(direction('Er was ook een stijging van 12 procent.', '12 procent'), 'increase');
  t.equal(direction('Het gaat dus om een groep van 13 doden.', '13 doden'), null, 'no change noun');
});

t.test('a sum stated as what a bound of its clause\'s subject is ("De maximale geldboete … blijft 175 euro") is the rule\'s bound, a target; a bound narrated in the past is not (fresh33 430: actual)', async (t) => {
  const status = (text: string, quote: string) => figure(text, quote, '2019').status;
  t.equal(status('De maximale geldboete die hen kan worden opgelegd indien de maatregelen niet werken, blijft 175 euro.', '175'), 'target');
  t.equal(status('De minimale boete bedraagt 350 euro.', '350'), 'target');
  t.equal(status('De minimale boete bedroeg vorig jaar 350 euro.', '350'), 'actual', 'a bound that was');
  t.equal(status('De hoogste boete bedraagt 350 euro.', '350'), 'actual', 'the highest may be one handed out');
  t.equal(status('De gemiddelde boete blijft 175 euro.', '175'), 'actual', 'no bound');
});

t.test('"gaan we van … naar …" tells a change, no plan ("Bij de autorijders gaan we van 113 naar 139 doden"; fresh38 488: target)', async (t) => {
  const status = statusOn('2019-08');
  t.equal(status('Bij de autorijders gaan we van 113 naar 139 doden.', '139'), 'actual');
  t.equal(status('Volgend jaar gaan we 40 agenten aanwerven.', '40'), 'target', 'the other reading: "gaan we" with an infinitive plans');
});

t.test('a count alone in brackets after a year is an aside: the verb of change before it still gives the share its direction (fresh38 489: "daalde in 2019 (262) met ongeveer 24,5%" had none)', async (t) => {
  const figures = describe('Het aantal inbraken daalde in 2019 (262) met ongeveer 24,5%.', '2022-05');
  t.equal(figures.find((f) => f.quote === '24,5%')?.direction, 'decrease');
  t.equal(direction('De kosten stegen van 10 naar 12, met 24,5%.', '24,5%'), 'increase', 'the figures of a change before it, no aside, still count');
});

t.test('"hectaren" and "hectares", the plurals of "hectare", are areas in square metres (fresh39 499: "11,5 hectaren" was a count)', async (t) => {
  const area = figure('De zone beslaat een gebied van 11,5 hectaren.', '11,5');
  t.same([area.unitKind, area.normalizedValue, area.subject], ['area_m2', 115000, 'gebied']);
  t.same([figure('Er brandde 3 hectares bos af.', '3').unitKind, figure('Er brandde 3 hectare af.', '3').unitKind], ['area_m2', 'area_m2']);
});

t.test('a count with "minder" or "meer" after its noun and a participle closing the sentence is a difference ("werden 86 diefstallen minder aangegeven"; fresh39 499 had no direction)', async (t) => {
  t.equal(direction('In diezelfde periode werden 86 diefstallen minder aangegeven.', '86'), 'decrease');
  t.equal(direction('Er werden 86 diefstallen meer geregistreerd.', '86'), 'increase');
  t.equal(direction('Er werden 86 diefstallen minder aangegeven bij de politie van de stad.', '86'), null, 'the clause goes on past the participle: no rule');
});

t.test('status: cues of a target the lists lacked: "het is de bedoeling om" states an aim, what someone has asked for ("om twintig extra agenten gevraagd") is asked, money set aside in the present ("maakt 100.000 euro vrij", "trekt 51.000 euro uit voor") is to be spent, and "gaan" right before an infinitive ("De stad gaat inzetten op …") is a future, but not before "tegen", "samen" or a number (fresh39 496, fresh38 486, fresh40 509, 510 and 511: observed)', async (t) => {
  const status = statusOn('2023-01');
  const cases: Array<[string, string, string]> = [
    ['Het is de bedoeling om uiteindelijk 100 % van de risicocontainers te scannen.', '100 %', 'target'],
    ['Vorig jaar werd 40 % van de risicocontainers gescand.', '40 %', 'actual'],
    ['De burgemeester heeft de minister vrijdag om twintig extra agenten gevraagd.', 'twintig', 'target'],
    ['De burgemeester heeft vrijdag twintig extra agenten ingezet.', 'twintig', 'actual'],
    ['De stad maakt 100.000 euro vrij.', '100.000', 'target'],
    ['Het gemeentebestuur trekt in 2023 een bedrag van 51.000 euro uit voor de aankoop van camera\'s.', '51.000', 'target'],
    ['De stad betaalt 100.000 euro.', '100.000', 'actual'],
    ['De agent trekt 100.000 euro uit de automaat.', '100.000', 'actual'],
    ['De stad gaat inzetten op twaalf camera\'s in het centrum.', 'twaalf', 'target'],
    ['Vier agenten gaan patrouilleren in het park.', 'Vier', 'target'],
    ['De stad zet in op twaalf camera\'s in het centrum.', 'twaalf', 'actual'],
    ['Twee ploegen gaan samen op pad met vier honden.', 'vier', 'actual'],
    ['De kosten gaan tegen de 400.000 euro aan.', '400.000', 'actual'],
  ];
  for (const [text, quote, expected] of cases) t.equal(status(text, quote), expected, text);
});

t.test('status: a figure in a sentence that opens by pointing at a target of the sentence before ("Dat cijfer komt overeen met zowat 20 procent") is a target too (fresh39 495: observed)', async (t) => {
  const status = statusOn('2023-01');
  const text = 'Het doel is om 220 tot 250 ton drugs in beslag te nemen. Dat cijfer komt overeen met zowat 20 procent van de drugshandel.';
  t.equal(status(text, '20 procent'), 'target');
  t.equal(status('Vorig jaar werd 110 ton drugs in beslag genomen. Dat cijfer komt overeen met zowat 10 procent van de handel.', '10 procent'), 'actual', 'pointing at an observed figure: observed');
});

t.test('referenceDate: a breakdown in brackets with no verb goes on in the time of the sentence before ("Vorig jaar leverde dat 72.618 kilogram drugs op. Vooral cocaïne (64 ton) …"; fresh38 481: undated)', async (t) => {
  const dates = datesOn('2020-06-28');
  t.same(dates('Vorig jaar leverde dat in totaal 72.618 kilogram drugs op. Vooral cocaïne (64 ton), maar ook heroïne (1,9 ton).'), [['72.618 kilogram drugs', '2019'], ['64 ton', '2019'], ['1,9 ton', '2019']]);
  t.same(dates('Vorig jaar leverde dat in totaal 72.618 kilogram drugs op. De haven telt nu 40 scanners (nieuw).').at(-1), ['40 scanners', null], 'a sentence with a verb of its own: no breakdown');
});

t.test('referenceDate: a year whose clause takes up the count for it ("het jaar voordien was dat nog 51 ton") frames nothing after its sentence; the main clause\'s year goes on (fresh38 481: "72,6 ton drugs" was of 2018)', async (t) => {
  const dates = datesOn('2020-06-28');
  t.same(dates('Vorig jaar is 64 ton in beslag genomen, het jaar voordien was dat nog 51 ton. In totaal werd ruim 72,6 ton drugs onderschept.').at(-1), ['72,6 ton drugs', '2019']);
  t.same(dates('Vorig jaar is 64 ton in beslag genomen, in 2018 werd 51 ton onderschept. In totaal werd ruim 72,6 ton drugs vernietigd.').at(-1), ['72,6 ton drugs', '2018'], 'a year of a clause of its own goes on');
});

t.test('referenceDate: the year of an old value set against a figure ("tegen 4 in het eerste kwartaal van 2018") frames nothing after it (fresh40 513: eleven figures after it were of 2018, not of the text\'s 2019)', async (t) => {
  const dates = datesOn('2019-04-10');
  const text = 'In de eerste drie maanden van dit jaar kwamen 121 mensen om. In Brussel werden 3 verkeersdoden geteld, tegen 4 in het eerste kwartaal van 2018. Het aantal gewonden steeg met 1,6 procent.';
  t.same(dates(text).at(-1), ['1,6 procent', '2019']);
  t.same(dates('In de eerste drie maanden van dit jaar kwamen 121 mensen om. In het eerste kwartaal van 2018 werden 3 verkeersdoden geteld. Het aantal gewonden steeg met 1,6 procent.').at(-1), ['1,6 procent', '2018'], 'a year of its own clause frames on');
});

t.test('direction: "zakken" is a verb of decrease ("was de overbevolking net onder de 10 procent gezakt"; fresh40 516: no direction)', async (t) => {
  t.equal(figure('In 2016 was de overbevolking net onder de 10 procent gezakt.', '10 procent').direction, 'decrease');
  t.equal(figure('Het aantal inbraken zakte met 4 procent.', '4 procent').direction, 'decrease');
});

t.test('referenceDate: a number alone in a cell of a barred table is of the one year its column header names (every cell of "| Inbraken 2016 | Inbraken 2017 |" was of 2017, the header line\'s last year)', async (t) => {
  const dates = datesOn('2018-01');
  const table = 'Het aantal inbraken per gemeente.\n| Gemeente | Inbraken 2016 | Inbraken 2017 |\n|---|---|---|\n| Linkebeek | 68 | 70 |\n| Herne | 71 | 65 |';
  t.same(dates(table), [['68', '2016'], ['70', '2017'], ['71', '2016'], ['65', '2017']]);
  t.same(dates('In 2016 telde de zone inbraken.\n| Gemeente | Inbraken |\n| Linkebeek | 68 |').at(-1), ['68', '2016'], 'a header without a year: the frame as before');
});

t.test('status: the present "het gaat om/over N" only says what the sentences before it are about, so it takes their status unless its clause or date says its own (fresh40 511: the presentative\'s present tense made it observed)', async (t) => {
  const status = statusOn('2018-06');
  t.equal(status('De stad wil investeren in vaste camera\'s. Het gaat over twaalf camera\'s.', 'twaalf'), 'target');
  t.equal(status('Er werden nieuwe dienstvoertuigen gekocht. Het gaat om vier wagens.', 'vier'), 'actual');
  t.equal(status('De stad wil investeren in vaste camera\'s. Het gaat over twaalf camera\'s die vorig jaar al geplaatst werden.', 'twaalf'), 'actual', 'a clause of its own');
  t.equal(status('De stad wil investeren in vaste camera\'s. Het ging over twaalf camera\'s.', 'twaalf'), 'actual', 'the past "ging" states its own time');
});

t.test('direction: the old value of a share\'s change, taken up for the year before ("Het jaar voordien was dat 12,1 procent"), changes nothing itself; a share that takes up a change ("Voor X is dat zelfs 56 procent") still changes as it does (bug: the old value read the new one\'s increase)', async (t) => {
  t.equal(direction('In de zone werd vorig jaar 15,4 procent van de inbraken opgehelderd. Het jaar voordien was dat 12,1 procent.', '12,1'), null);
  t.equal(direction('In de zone werd vorig jaar 15,4 procent van de inbraken opgehelderd. Het jaar voordien was dat 12,1 procent.', '15,4'), 'increase');
  t.equal(direction('Het aantal gewone diefstallen nam af met 40 procent. Voor zakkenrollerij is dat zelfs 56 procent.', '56'), 'decrease');
});

t.test('status: a clause after a colon that names a target is that target spelled out, unless it tells what happened with its own verb and no modal ("Die doelstelling zal niet gehaald worden: in 2018 vielen 604 doden"; fresh41 517: a target)', async (t) => {
  const status = statusOn('2021-01');
  t.equal(status('Die doelstelling zal niet gehaald worden: in 2018 vielen 604 doden.', '604'), 'actual');
  t.equal(status('Het was een haalbare doelstelling: tegen 2020 moest het aantal doden tot 200 teruggedrongen worden.', '200'), 'target', 'a past modal plans');
  t.equal(status('Vorig jaar werd de ambitie bijgesteld: naar maximaal 158 doden.', '158'), 'target', 'no verb of its own');
});

t.test('status: a figure dated to a month before its document\'s month, in the same year, was observed whatever the sentences before it plan ("Van januari tot maart 2018 tekende het VIAS 20% minder doden op" in a text of June 2018; fresh41 526: the plan before it carried over)', async (t) => {
  const text = 'We moeten de lat veel hoger leggen. Van januari tot maart 2018 tekende het VIAS zo\'n 20% minder dodelijke verkeersslachtoffers op dan vorig jaar.';
  t.equal(figure(text, '20%', '2018-06').status, 'actual');
  t.equal(figure('We moeten de lat veel hoger leggen. In december 2018 zijn er 20% minder doden.', '20%', '2018-06').status, 'target', 'a month after the document\'s is planned');
});

t.test('referenceDate: a deadline after another value in the clause ("Met 305 doden … ver van zijn objectief van 200 tegen 2020") is that value\'s, not the figure\'s before it (fresh41 518: 305 dated 2020, a target)', async (t) => {
  t.equal(referenceDateOf('Met 305 doden binnen 30 dagen na een ongeval zit Wallonië ver van zijn objectief van 200 doden tegen 2020.', '305', '2018-03'), null);
  t.equal(referenceDateOf('Met 305 doden binnen 30 dagen na een ongeval zit Wallonië ver van zijn objectief van 200 doden tegen 2020.', '200', '2018-03'), '2020');
  t.equal(referenceDateOf('Er moeten 200 agenten bijkomen tegen 2020.', '200', '2018-03'), '2020', 'the deadline right after its own value');
});

t.test('links: an institution "in" or "bij" which staff, inmates or places are counted, right before the figure, holds them; cases counted in a police zone are not held (bug: "in de gevangenis van Merksplas 35 personeelsleden te weinig" had no actor; fresh44 560)', async (t) => {
  const actors = new Map<string, ActorEntry>([
    ['gevangenis-noord', actorEntrySchema.parse({ id: 'gevangenis-noord', name: 'Gevangenis van Noord', kind: 'organisation', location: 'noord' })],
    ['politiezone-noord', actorEntrySchema.parse({ id: 'politiezone-noord', name: 'Politiezone Noord', kind: 'police_zone', location: 'noord' })],
  ]);
  const names: Array<[string, string]> = [['gevangenis van Noord', 'gevangenis-noord'], ['politiezone Noord', 'politiezone-noord']];
  const mentionsOf = (text: string): Mention[] =>
    names.flatMap(([name, entityId]) => [...text.matchAll(new RegExp(`${name}(?![\\p{L}])`, 'gu'))].map((m) => ({ entityType: 'actor' as const, entityId, start: m.index, end: m.index + name.length, quote: name })));
  const actorOf = (text: string, quote: string) => linkSubjects(text, [figure(text, quote)], mentionsOf(text), actors)[0]!.subjectActorId;
  t.equal(actorOf('Volgens de vakbonden zijn er alleen al in de gevangenis van Noord 35 personeelsleden te weinig.', '35'), 'gevangenis-noord');
  t.equal(actorOf('Volgens de cijfers zaten er in de gevangenis van Noord 47 gedetineerden te veel.', '47'), 'gevangenis-noord', 'inmates');
  t.equal(actorOf('Volgens het rapport werden er in de politiezone Noord 334 feiten vastgesteld.', '334'), null, 'offences recorded in a zone: no holding');
});
