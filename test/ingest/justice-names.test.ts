/**
 * The justice side of the gazetteer (session 12, issue 9 §3): prisons, justice houses, police,
 * labour, enterprise and assize courts and the divisions of courts, each class with a few of its
 * entries found, and the rules that find them ({@link seatForms}, a court's division), each with
 * the reading where it names nothing.
 */
import t from 'tap';
import { compileGazetteer, extractMentions, seatForms } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const { gazetteer } = readBuildInputs(defaultSeedsDir);
const matcher = compileGazetteer(gazetteer);
const mentions = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);

t.test('a seat noun and a capitalised place are found with and without "van"', async (t) => {
  t.same(seatForms('gevangenis Brugge'), ['gevangenis brugge', 'gevangenis van brugge', 'arresthuis brugge', 'arresthuis van brugge']);
  t.same(seatForms('Gevangenis van Antwerpen'), ['gevangenis antwerpen', 'gevangenis van antwerpen', 'arresthuis antwerpen', 'arresthuis van antwerpen']);
  t.same(seatForms('rechtbank van eerste aanleg Leuven'), ['rechtbank van eerste aanleg leuven', 'rechtbank van eerste aanleg van leuven']);
  t.same(seatForms('hof van assisen Oost-Vlaanderen').at(1), 'hof van assisen van oost-vlaanderen');
  // Not a seat noun, no capitalised place, or a division after the place: nothing.
  t.same(seatForms('Parket-generaal'), []);
  t.same(seatForms('politiezone Gent'), []);
  t.same(seatForms('rechtbank van eerste aanleg'), []);
  t.same(seatForms('rechtbank Antwerpen, afdeling Mechelen'), []);
});

t.test('prisons: by their town after "van", with its adjective, and by their own names', async (t) => {
  t.same(mentions('Hij zit in de gevangenis van Brugge.'), [['gevangenis van Brugge', 'gevangenis-brugge']]);
  t.same(mentions('De Brugse gevangenis kreeg extra cipiers.'), [['Brugse gevangenis', 'gevangenis-brugge']]);
  t.same(mentions('De gevangenis Lantin en de Prison de Saint-Gilles.'), [['gevangenis Lantin', 'gevangenis-lantin'], ['Prison de Saint-Gilles', 'gevangenis-sint-gillis']]);
  t.same(mentions('Hij werd overgebracht naar Leuven-Centraal.'), [['Leuven-Centraal', 'gevangenis-leuven-centraal']]);
  t.same(mentions('De nieuwe gevangenis van Haren opende in 2022.'), [['gevangenis van Haren', 'gevangenis-haren']]);
  t.same(mentions('Het FPC Gent en het Penitentiair Complex Brugge.'), [['FPC Gent', 'fpc-gent'], ['Penitentiair Complex Brugge', 'gevangenis-brugge']]);
});

t.test('a town\'s prison as its remand prison ("arresthuis"), where the town has one prison', async (t) => {
  t.same(mentions('Het arresthuis van Turnhout is overvol, meldt de directie.'), [['arresthuis van Turnhout', 'gevangenis-turnhout']], 'the prison, the town nested in its name');
  t.same(mentions('In het arresthuis Mechelen slapen twaalf gedetineerden op de grond.'), [['arresthuis Mechelen', 'gevangenis-mechelen']]);
  t.same(mentions('Het arresthuis van Leuven krijgt een nieuwe vleugel.'), [['Leuven', 'leuven']], 'Leuven has two prisons: no prison, the town stays');
  t.same(mentions('Het arresthuis is overvol en in Turnhout wacht men.'), [['Turnhout', 'turnhout']], 'the noun alone names no prison');
});

t.test('"in" or "te" between a seat noun and a place: the noun is the body that sits there, the place a place', async (t) => {
  t.same(mentions('De gevangenis in Hasselt is overvol, de Merksplasse cellen niet.'), [
    ['gevangenis', 'gevangenis-hasselt'],
    ['Hasselt', 'hasselt'],
    ['Merksplasse', 'merksplas'],
  ]);
  t.same(mentions('Het parket te Kortrijk en de correctionele rechtbank in Brugge.'), [
    ['parket', 'parket-west-vlaanderen'],
    ['Kortrijk', 'kortrijk'],
    ['correctionele rechtbank', 'rechtbank-west-vlaanderen'],
    ['Brugge', 'brugge'],
  ], 'the generic "parket" gives way; the longer noun is tried first');
  // No such body there: the noun stays what it was (the generic office), the place a place.
  t.same(mentions('Het parket in Wervik.'), [['parket', 'parket'], ['Wervik', 'wervik']]);
  t.same(mentions('Hij woont in Gent en werkt in de gevangenis.'), [['Gent', 'gent']]);
});

t.test('a form two prisons would share names neither: Leuven has two', async (t) => {
  t.same(mentions('De gevangenis van Leuven is oud.'), [['Leuven', 'leuven']]);
  t.same(mentions('De gevangenis in Leuven is oud.'), [['Leuven', 'leuven']]);
});

t.test('a seat noun without a place, or a place without a seat noun, names no body', async (t) => {
  t.same(mentions('Hij werd gehoord in de rechtbank.'), []);
  t.same(mentions('De gevangenis is oud. In Brugge regent het.'), [['Brugge', 'brugge']]);
  t.same(mentions('Hij kwam uit de gevangenis en woont in Brugge.'), [['Brugge', 'brugge']]);
});

t.test('a seat noun alone after the text named one body of that noun names that body again', async (t) => {
  t.same(mentions('De gevangenis van Hasselt is overvol. De gevangenis telt 450 plaatsen.'), [
    ['gevangenis van Hasselt', 'gevangenis-hasselt'],
    ['gevangenis', 'gevangenis-hasselt'],
  ]);
  t.same(mentions('Het hof van beroep in Gent zoekt raadsheren. Het hof van beroep heeft er te weinig.'), [
    ['hof van beroep', 'hof-van-beroep-gent'],
    ['Gent', 'gent'],
    ['hof van beroep', 'hof-van-beroep-gent'],
  ]);
  t.same(mentions('Het Brugse parket onderzoekt de zaak, zo bevestigt het parket.'), [
    ['Brugse parket', 'parket-west-vlaanderen'],
    ['parket', 'parket-west-vlaanderen'],
  ], 'the generic "parket" gives way');
  // Before the body is named, after an indefinite article, with a place after it, or with two bodies of the noun named: no body.
  t.same(mentions('De gevangenis is oud, zegt de directeur van de gevangenis van Hasselt.'), [['gevangenis van Hasselt', 'gevangenis-hasselt']]);
  t.same(mentions('De gevangenis van Hasselt is overvol. Een gevangenis telt er 450 plaatsen.'), [['gevangenis van Hasselt', 'gevangenis-hasselt']]);
  t.same(mentions('Het hof van beroep in Gent is druk. Het hof van beroep van Brussel minder.').at(-1), ['hof van beroep van Brussel', 'hof-van-beroep-brussel']);
  t.same(mentions('De gevangenis van Hasselt en de gevangenis van Brugge zijn vol. De gevangenis telt 450 plaatsen.'), [
    ['gevangenis van Hasselt', 'gevangenis-hasselt'],
    ['gevangenis van Brugge', 'gevangenis-brugge'],
  ]);
});

t.test('the head of a seat noun with a complement names its body again alone: "het hof" after "het hof van beroep" (fresh17: three "het hof" were no mention)', async (t) => {
  t.same(mentions('Het Brusselse hof van beroep werkt zijn achterstand weg. Van de 74 magistraten die het hof zou moeten tellen, zijn er 60.'), [
    ['Brusselse hof van beroep', 'hof-van-beroep-brussel'],
    ['hof', 'hof-van-beroep-brussel'],
  ]);
  t.same(mentions('De rechtbank van eerste aanleg Leuven is overbelast. De rechtbank zoekt griffiers.').map((m) => m[1]), ['rechtbank-leuven', 'rechtbank-leuven']);
  // Another complement after the head, an indefinite article, or two bodies of the noun named before: no body.
  t.same(mentions('Het Brusselse hof van beroep werkt. Het hof van assisen niet.').map((m) => m[0]), ['Brusselse hof van beroep']);
  t.same(mentions('Het Brusselse hof van beroep werkt. Een hof telt raadsheren.').map((m) => m[0]), ['Brusselse hof van beroep']);
  t.same(mentions('Het hof van beroep van Gent en het hof van beroep van Brussel zijn druk. Het hof zoekt raadsheren.').map((m) => m[0]), ['hof van beroep van Gent', 'hof van beroep van Brussel']);
});

t.test('"de provinciale rechtbank" and "het provinciale parket" are the bodies of the province named last before them, else of a province in scope (fresh17: "de provinciale rechtbank" after Oost-Vlaanderen was no mention)', async (t) => {
  t.same(mentions('De toestand in Oost-Vlaanderen is schrijnend. De voorzitter van de provinciale rechtbank sloot kamers. Het provinciale parket volgt.'), [
    ['Oost-Vlaanderen', 'oost-vlaanderen'],
    ['provinciale rechtbank', 'rechtbank-oost-vlaanderen'],
    ['provinciale parket', 'parket-oost-vlaanderen'],
  ]);
  t.same(extractMentions('De provinciale rechtbank sloot kamers.', matcher, { scopeLocationId: 'limburg' }).map((m) => [m.quote, m.entityId]), [['provinciale rechtbank', 'rechtbank-limburg']], 'the document\'s province');
  t.same(mentions('De provinciale rechtbank sloot kamers.'), [], 'no province: no body');
  t.same(mentions('In Gent sloot de provinciale rechtbank kamers.'), [['Gent', 'gent']], 'a town is no province');
});

t.test('the capitalised head of a body named with "van" names it again alone, after a definite article (session 22)', async (t) => {
  t.same(mentions('Dat blijkt uit cijfers van het College van procureurs-generaal. Volgens het College daalt de instroom.'), [
    ['College van procureurs-generaal', 'college-van-procureurs-generaal'],
    ['College', 'college-van-procureurs-generaal'],
  ]);
  // Lower case, another complement after it, before the body is named, or an indefinite article: no body.
  t.same(mentions('Het College van procureurs-generaal telt mee. Het college van burgemeester en schepenen beslist.'), [['College van procureurs-generaal', 'college-van-procureurs-generaal']]);
  t.same(mentions('Het College van procureurs-generaal telt mee. Het College van Burgemeester en Schepenen beslist.'), [['College van procureurs-generaal', 'college-van-procureurs-generaal']]);
  t.same(mentions('Het College beslist, zegt het College van procureurs-generaal.'), [['College van procureurs-generaal', 'college-van-procureurs-generaal']]);
  t.same(mentions('Het College van procureurs-generaal telt mee. Een College beslist.'), [['College van procureurs-generaal', 'college-van-procureurs-generaal']]);
});

t.test('the head of a body named with an adjective before it and a "voor" complement names it again alone', async (t) => {
  t.same(mentions('Het Federaal kenniscentrum voor de Civiele Veiligheid telde de branden. In heel het land ziet het Kenniscentrum een stijging.'), [
    ['Federaal kenniscentrum voor de Civiele Veiligheid', 'kcce'],
    ['Kenniscentrum', 'kcce'],
  ]);
  // Lower case ("het kenniscentrum" is any), or another complement after it: no body.
  t.same(mentions('Het Federaal Kenniscentrum voor de Civiele Veiligheid telde de branden. Het kenniscentrum van de stad niet.'), [['Federaal Kenniscentrum voor de Civiele Veiligheid', 'kcce']]);
  t.same(mentions('Het Federaal Kenniscentrum voor de Civiele Veiligheid telde de branden. Het Kenniscentrum voor Verkeer niet.'), [['Federaal Kenniscentrum voor de Civiele Veiligheid', 'kcce']]);
});

t.test('a prosecutor\'s function title with the place of the office: the place, the title no actor (fresh14 convention)', async (t) => {
  t.same(mentions('Volgens de procureur-generaal van Brussel daalt de instroom.'), [['Brussel', 'brussel']]);
  t.same(mentions('Volgens de Procureur des Konings in West-Vlaanderen ligt het anders.'), [['West-Vlaanderen', 'west-vlaanderen']]);
  // The office named by its own noun stays the office.
  t.same(mentions('Het parket-generaal van Brussel en het parket van Brussel vervolgen.'), [
    ['parket-generaal van Brussel', 'parket-generaal-brussel'],
    ['parket van Brussel', 'parket-brussel'],
  ]);
});

t.test('justice houses, police, labour, enterprise and assize courts, by town or division', async (t) => {
  t.same(mentions('Het justitiehuis Mechelen volgt hem op.'), [['justitiehuis Mechelen', 'justitiehuis-mechelen']]);
  t.same(mentions('De politierechtbank van Dendermonde trok zijn rijbewijs in.'), [['politierechtbank van Dendermonde', 'politierechtbank-oost-vlaanderen']]);
  t.same(mentions('De Kortrijkse politierechtbank en de arbeidsrechtbank te Roeselare.'), [
    ['Kortrijkse politierechtbank', 'politierechtbank-west-vlaanderen'],
    ['arbeidsrechtbank', 'arbeidsrechtbank-gent'],
    ['Roeselare', 'roeselare'],
  ]);
  t.same(mentions('De ondernemingsrechtbank Antwerpen, afdeling Tongeren, sprak het faillissement uit.'), [['ondernemingsrechtbank Antwerpen, afdeling Tongeren', 'ondernemingsrechtbank-antwerpen']]);
  t.same(mentions('Het hof van assisen van Oost-Vlaanderen en het Antwerpse assisenhof.'), [
    ['hof van assisen van Oost-Vlaanderen', 'hof-van-assisen-oost-vlaanderen'],
    ['Antwerpse assisenhof', 'hof-van-assisen-antwerpen'],
  ]);
  t.same(mentions('De Gentse jeugdrechtbank en de strafuitvoeringsrechtbank van Antwerpen.'), [
    ['Gentse jeugdrechtbank', 'rechtbank-oost-vlaanderen'],
    ['strafuitvoeringsrechtbank van Antwerpen', 'rechtbank-antwerpen'],
  ]);
  t.same(mentions('Agentschap Opgroeien, DG EPI en de gemeenschapsinstelling De Grubbe.'), [
    ['Agentschap Opgroeien', 'opgroeien'],
    ['DG EPI', 'dg-epi'],
    ['gemeenschapsinstelling De Grubbe', 'gemeenschapsinstelling-de-grubbe'],
  ]);
});

t.test('"afdeling <place>" after a court joins its mention only where the court has that division', async (t) => {
  t.same(mentions('De Antwerpse arbeidsrechtbank, afdeling Hasselt, oordeelde anders.'), [['Antwerpse arbeidsrechtbank, afdeling Hasselt', 'arbeidsrechtbank-antwerpen']]);
  t.same(mentions('Het Gentse parket, afdeling Oudenaarde, seponeerde.'), [['Gentse parket, afdeling Oudenaarde', 'parket-oost-vlaanderen']]);
  t.same(mentions('De politierechtbank Oost-Vlaanderen - afdeling Aalst.'), [['politierechtbank Oost-Vlaanderen - afdeling Aalst', 'politierechtbank-oost-vlaanderen']]);
  // Gent is no division of the Antwerp court; a police zone has no divisions.
  t.same(mentions('De rechtbank Antwerpen, afdeling Gent.'), [['rechtbank Antwerpen', 'rechtbank-antwerpen'], ['Gent', 'gent']]);
  t.same(mentions('De politie van Gent, afdeling Sint-Amandsberg.'), [['politie van Gent', 'politiezone-gent'], ['Sint-Amandsberg', 'sint-amandsberg']]);
});

t.test('every prison, court and justice house of the block has a source and a known parent and place', async (t) => {
  const actors = new Map(gazetteer.actors.map((a) => [a.id, a]));
  const places = new Set(gazetteer.locations.map((l) => l.id));
  const justice = gazetteer.actors.filter((a) => /^(?:gevangenis|justitiehuis-|politierechtbank|arbeidsrechtbank|arbeidshof|ondernemingsrechtbank|hof-van-assisen)/u.test(a.id));
  t.ok(justice.length >= 90, `${justice.length} entries`);
  for (const a of justice) {
    t.ok(a.source, `${a.id} has a source`);
    t.ok(a.parent && actors.has(a.parent), `${a.id}'s parent is known`);
    t.ok(a.location && places.has(a.location), `${a.id}'s place is known`);
  }
});

t.test('in a text about a police judge, a court named by its seat is the police court, and a bare "de rechtbank" after it too (session 19)', async (t) => {
  t.same(mentions('Tien chauffeurs stonden voor de rechtbank van Gent. Politierechter An Peeters gaf hen boetes. Niemand verscheen voor de rechtbank.'), [
    ['rechtbank van Gent', 'politierechtbank-oost-vlaanderen'],
    ['rechtbank', 'politierechtbank-oost-vlaanderen'],
  ]);
  t.same(mentions('Tien chauffeurs stonden voor de rechtbank van Gent. De rechter gaf hen boetes. Niemand verscheen voor de rechtbank.'), [['rechtbank van Gent', 'rechtbank-oost-vlaanderen'], ['rechtbank', 'rechtbank-oost-vlaanderen']], 'without a police judge: the court of first instance, and a bare "rechtbank" after it that court again (the head of "rechtbank van eerste aanleg", session 28)');
  t.same(mentions('Politierechter An Peeters sprak. De correctionele rechtbank van Gent oordeelt anders.'), [['correctionele rechtbank van Gent', 'rechtbank-oost-vlaanderen']], 'a court named by its chamber stays that court');
  t.same(mentions('Politierechter An Peeters sprak; later oordeelt de rechtbank.'), [], 'a bare "de rechtbank" with no court named before it names nothing');
});
