/**
 * Readings of place names on text the pipeline has not seen (session 14, places18; issue 9 §3, §4):
 * a town in a list after a plural facility noun names the facility, a suspended compound of two
 * places names both, a city's adjective before a regional institution names the region, and a name
 * inside a web address names nothing. Invented sentences, each rule with the reading that names
 * and one that does not.
 */
import t from 'tap';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const { gazetteer } = readBuildInputs(defaultSeedsDir);
const matcher = compileGazetteer(gazetteer);
const places = (text: string, scopeLocationId: string | null = null) =>
  extractMentions(text, matcher, { scopeLocationId, documentDate: '2024-06-01' })
    .filter((m) => m.entityType === 'location')
    .map((m) => [m.quote, m.entityId]);
/** Every mention, actors too: a place that names a body by context becomes an actor. */
const mentions = (text: string) => extractMentions(text, matcher, { documentDate: '2024-06-01' }).map((m) => [m.quote, m.entityId]);

t.test('a town in a list after a plural facility noun names the facility; the town that named it names it later after a place preposition', async (t) => {
  t.same(places('De grenscontrole gebeurt op de vier luchthavens: Zaventem, Charleroi, Deurne en Wevelgem. In Charleroi wachten reizigers het langst.'), [
    ['Zaventem', 'brussels-airport'],
    ['Charleroi', 'brussels-south-charleroi-airport'],
    ['Deurne', 'antwerp-airport'],
    ['Wevelgem', 'kortrijk-wevelgem-airport'],
    ['Charleroi', 'brussels-south-charleroi-airport'],
  ]);
  t.same(places('Op de luchthavens van Oostende en Bierset landen vrachtvliegtuigen.'), [
    ['Oostende', 'ostend-bruges-airport'],
    ['Bierset', 'liege-airport'],
  ], 'a town the gazetteer lacks ("Bierset") names the facility that bears its name');
  t.same(places('De havens van Antwerpen en Zeebrugge onderschepten cocaïne.'), [
    ['Antwerpen', 'haven-van-antwerpen'],
    ['Zeebrugge', 'haven-van-zeebrugge'],
  ]);
  t.same(places('In Zaventem, Charleroi en Deurne wonen veel pendelaars. De burgemeester van Charleroi reageert.'), [
    ['Zaventem', 'zaventem'],
    ['Charleroi', 'charleroi'],
    ['Deurne', 'deurne'],
    ['Charleroi', 'charleroi'],
  ], 'without the facility noun the towns stay towns');
  t.same(places('De luchthavens: Zaventem en Charleroi. De burgemeester van Charleroi reageert.'), [
    ['Zaventem', 'brussels-airport'],
    ['Charleroi', 'brussels-south-charleroi-airport'],
    ['Charleroi', 'charleroi'],
  ], 'after "van" the town stays the town');
});

t.test('a town in a list after "gevangenissen" names its prison (an actor), a town with two prisons stays the town', async (t) => {
  t.same(mentions('De gevangenissen van Lantin, Brugge en Mechelen zitten overvol. In Brugge slapen 25 mensen op de grond.'), [
    ['Lantin', 'gevangenis-lantin'],
    ['Brugge', 'gevangenis-brugge'],
    ['Mechelen', 'gevangenis-mechelen'],
    ['Brugge', 'gevangenis-brugge'],
  ]);
  t.same(mentions('De gevangenissen Leuven en Hasselt.'), [
    ['Leuven', 'leuven'],
    ['Hasselt', 'hasselt'],
  ], 'the list ends at an item that names no one prison');
  t.same(mentions('In de gevangenissen slapen mensen op de grond, zoals in Brugge.'), [['Brugge', 'brugge']], 'without a list the town stays the town');
});

t.test('a suspended compound of two places ("Neer- en Opoeteren") names both, the first quoted with its hyphen', async (t) => {
  t.same(places('De wijkteams van Neer- en Opoeteren en van Oost- en West-Vlaanderen.'), [
    ['Neer-', 'neeroeteren'],
    ['Opoeteren', 'opoeteren'],
    ['Oost-', 'oost-vlaanderen'],
    ['West-Vlaanderen', 'west-vlaanderen'],
  ]);
  t.same(places('De wijkzones Neer-en Opoeteren.'), [
    ['Neer-', 'neeroeteren'],
    ['Opoeteren', 'opoeteren'],
  ], 'also without a space after the hyphen');
  t.same(places('Het Justitie- en Veiligheidsbeleid en het Boven- en Benedendorp van Genk.'), [['Genk', 'genk']], 'a first part that makes no place with the second\'s tail names nothing');
});

t.test('a city\'s adjective that its region shares, before a regional institution, names the region; before other nouns the city', async (t) => {
  t.same(places('Volgens Brussels N-VA-parlementslid Jan Peeters is jeugdrecht een Brusselse bevoegdheid.'), [
    ['Brussels', 'brussels-hoofdstedelijk-gewest'],
    ['Brusselse', 'brussels-hoofdstedelijk-gewest'],
  ]);
  t.same(places('De Brusselse parlementsleden en de Brussels volksvertegenwoordiger debatteren.'), [
    ['Brusselse', 'brussels-hoofdstedelijk-gewest'],
    ['Brussels', 'brussels-hoofdstedelijk-gewest'],
  ]);
  t.same(places('De Brusselse binnenstad en de Brussels burgemeester.'), [
    ['Brusselse', 'brussel'],
    ['Brussels', 'brussel'],
  ], 'the mayor and the inner city are the city\'s');
  t.same(places('Een Gentse bevoegdheid.'), [['Gentse', 'gent']], 'a town whose name no region shares stays the town');
});

t.test('a name inside a web or e-mail address names nothing', async (t) => {
  t.same(places('Meer info op https://www.leuven.be/veiligheid of via info@gent.be en op kortrijk.be.'), []);
  t.same(places('Meer info in Leuven. Daarna in Gent.'), [
    ['Leuven', 'leuven'],
    ['Gent', 'gent'],
  ], 'a sentence ending on a name is no address');
});

t.test('"Sint" abbreviated as "St.-", "St-", "St. " or "St " opens the same place\'s name', async (t) => {
  t.same(places('In St.-Niklaas, St-Truiden, St. Pieters-Leeuw en St Genesius-Rode.'), [
    ['St.-Niklaas', 'sint-niklaas'],
    ['St-Truiden', 'sint-truiden'],
    ['St. Pieters-Leeuw', 'sint-pieters-leeuw'],
    ['St Genesius-Rode', 'sint-genesius-rode'],
  ]);
  t.same(places('Het st. niklaas-feest en st-truiden in kleine letters.'), [], 'the abbreviation is written as a name, with capitals');
});

t.test('the inhabitants of the Flemish provinces with a compound name and of the Kempen name their province or region, not Vlaanderen', async (t) => {
  t.same(places('De West-Vlaming, de Oost-Vlamingen, de Vlaams-Brabanders en de Kempenaar; de Vlaming.'), [
    ['West-Vlaming', 'west-vlaanderen'],
    ['Oost-Vlamingen', 'oost-vlaanderen'],
    ['Vlaams-Brabanders', 'vlaams-brabant'],
    ['Kempenaar', 'kempen'],
    ['Vlaming', 'vlaanderen'],
  ]);
});

// Session 15 (places19): extras on text the pipeline had not seen.

t.test('a town right after a capitalised word mid-sentence ends a name the gazetteer lacks; after a kind noun, a place word or a race it stays the town', async (t) => {
  t.same(places('Het resultaat van Samen Ninove was goed, zei Peter Mol.'), [], 'a local list and a person whose surname is a town');
  t.same(places('Hij speelt bij Club Geel en woont in Geel.'), [['Geel', 'geel']], 'the club\'s town counts where the town is named');
  t.same(places('Samen Ninove wint.'), [['Ninove', 'ninove']], 'a sentence\'s capital is no evidence of a name');
  t.same(places('De cijfers van Provincie Limburg, Sint Amands en de regio In Mol.'), [
    ['Limburg', 'limburg'],
    ['Sint Amands', 'sint-amands'],
    ['Mol', 'mol'],
  ], 'a kind noun, a word opening a place\'s own name, a place preposition of a title-case line');
  t.same(places('De loopwedstrijd Challenge Ninove en de Marathon Geel trekken veel volk.'), [
    ['Ninove', 'ninove'],
    ['Geel', 'geel'],
  ], 'a race named after a town names the town');
});

t.test('a town\'s adjective before a capitalised street word is part of the street\'s name', async (t) => {
  t.same(places('Camera\'s op de Gentse Steenweg en aan de Brusselse Poort in Mechelen.'), [['Mechelen', 'mechelen']]);
  t.same(places('De Gentse politie patrouilleert.'), [], 'before another noun the adjective is what it was (here inside the zone)');
  t.same(places('Het Gentse stadsbestuur en de Brusselse steenwegen.'), [['Brusselse', 'brussel']], 'a lowercase street word names no street');
});

t.test('"arrondissement A of arrondissement B": a name both kinds of arrondissement bear is judicial beside one only the judicial bears', async (t) => {
  t.same(places('Magistraten van het arrondissement Oost-Vlaanderen of arrondissement Antwerpen zijn bevoegd.'), [
    ['Oost-Vlaanderen', 'gerechtelijk-arrondissement-oost-vlaanderen'],
    ['Antwerpen', 'gerechtelijk-arrondissement-antwerpen'],
  ]);
  t.same(places('Het arrondissement Antwerpen en het arrondissement Mechelen.'), [
    ['Antwerpen', 'arrondissement-antwerpen'],
    ['Mechelen', 'arrondissement-mechelen'],
  ], 'beside an administrative one it stays administrative');
  t.same(places('Het arrondissement Antwerpen telt 1,1 miljoen inwoners.'), [['Antwerpen', 'arrondissement-antwerpen']]);
});

t.test('a town compared by ellipsis names a thing of the kind it is compared with', async (t) => {
  t.same(mentions('De nieuwe zone wordt de op één na grootste politiezone van het land na Leuven, zei de korpschef.'), [
    ['Leuven', 'politiezone-leuven'],
  ], 'after a superlative of a police noun and "na": the town\'s zone');
  t.same(mentions('Na Leuven trekt de karavaan naar Gent.'), [
    ['Leuven', 'leuven'],
    ['Gent', 'gent'],
  ], 'without the superlative "na" is a preposition of time or order');
  t.same(places('In Limburg - op Antwerpen na - is de drugscriminaliteit het hoogst.'), [
    ['Limburg', 'limburg'],
    ['Antwerpen', 'provincie-antwerpen'],
  ], '"op X na" beside a province: the province of that name');
  t.same(places('Alle gemeenten van Limburg doen mee. Op Genk na zijn alle burgemeesters akkoord; in Hasselt op Antwerpen na ook.'), [
    ['Limburg', 'limburg'],
    ['Genk', 'genk'],
    ['Hasselt', 'hasselt'],
    ['Antwerpen', 'antwerpen'],
  ], 'a town with no province of its name, or compared with a town, stays the town');
});

// Session 16 (places20): a bare airport, a bracketed prefix, an acronym before a town, a zone written in capitals.
t.test('a bare "de luchthaven" in a text about a town with an airport names that airport', async (t) => {
  t.same(places('De douane vond op de luchthaven in Zaventem 40 kilo cocaïne.', 'zaventem'), [
    ['luchthaven', 'brussels-airport'],
    ['Zaventem', 'zaventem'],
  ]);
  t.same(places('De groei van de luchthaven vraagt meer agenten.', 'belgie'), [], 'a text about the country names no one airport');
  t.same(places('De luchthaven van Charleroi groeit sneller dan die van Zaventem.', 'zaventem'), [
    ['luchthaven van Charleroi', 'brussels-south-charleroi-airport'],
    ['Zaventem', 'zaventem'],
  ], 'a name after "luchthaven van" is the airport it names');
});

t.test('a bracketed prefix before a place is no mention; a town after an acronym ends an organisation\'s name', async (t) => {
  t.same(places('Het plan wordt toegepast in (Halle-)Vilvoorde.'), [['Vilvoorde', 'vilvoorde']]);
  t.same(places('Na de match van KFC Herentals tegen Club bleef het rustig in Herentals.'), [['Herentals', 'herentals']]);
  t.same(places('Het incident gebeurde na de galawedstrijd KFC Herentals tegen een Engelse ploeg.'), [], 'an event word before an acronym does not make the club an event');
  t.same(mentions('De agenten van PZ Genk waren er.'), [['PZ Genk', 'politiezone-carma']], 'a police noun before a town is no organisation\'s name');
});

t.test('a region\'s name written in capitals as a zone writes its short name names the zone where the text speaks of zones', async (t) => {
  t.same(mentions('Twee politiezones willen fuseren met CARMA. Ook bij MAASLAND is er sprake van een fusie.'), [
    ['CARMA', 'politiezone-carma'],
    ['MAASLAND', 'politiezone-maasland'],
  ]);
  t.same(mentions('In het Maasland zijn er veel fietsers. Ook bij MAASLAND fietst men graag.'), [
    ['Maasland', 'maasland'],
    ['MAASLAND', 'maasland'],
  ], 'without talk of zones the capitals name the region');
});

t.test("a town's regular inhabitants' names are the town (session 18, known22)", async (t) => {
  t.same(mentions('De incidenten hebben de Zottegemnaar ongerust gemaakt, en ook de Aalstenaren.'), [
    ['Zottegemnaar', 'zottegem'],
    ['Aalstenaren', 'aalst'],
  ]);
  t.same(mentions('De molenaar Jan Molenaar en een zottegemnaar.'), [], 'no town that is a word ("Mol"), no name without its capital');
});

t.test('a deelgemeente whose official name carries "bij" is written without it ("Sint-Gillis-Dendermonde"): the district, not the station named after it (bug: read as the station; fresh44 559)', async (t) => {
  t.same(mentions('Er waren al elf inbraken in Sint-Gillis-Dendermonde.'), [['Sint-Gillis-Dendermonde', 'sint-gillis-bij-dendermonde']]);
  t.same(mentions('Er waren al elf inbraken in Sint-Gillis-bij-Dendermonde.'), [['Sint-Gillis-bij-Dendermonde', 'sint-gillis-bij-dendermonde']]);
});

t.test('a plain town name gives way to the part of a town the text names that bears it ("Nieuwerkerken" beside Aalst is Aalst\'s deelgemeente), unless the text also names the plain town\'s own parent (bug: read as the municipality of Limburg; found while reading fresh44 559)', async (t) => {
  t.same(mentions('In Aalst werd ingebroken. Ook in Nieuwerkerken waren er twee inbraken.'), [['Aalst', 'aalst'], ['Nieuwerkerken', 'nieuwerkerken-aalst']]);
  t.same(mentions('In Roeselare werd ingebroken. Ook in Beveren waren er twee inbraken.'), [['Roeselare', 'roeselare'], ['Beveren', 'beveren-roeselare']]);
  t.same(mentions('In Sint-Niklaas werd ingebroken. Ook in Beveren waren er twee inbraken.'), [['Sint-Niklaas', 'sint-niklaas'], ['Beveren', 'beveren']], 'no town of a deelgemeente Beveren named: the municipality');
  t.same(mentions('Ook in Nieuwerkerken waren er twee inbraken.'), [['Nieuwerkerken', 'nieuwerkerken']], 'no town named at all: the municipality');
});

t.test('"Sint-Gillis" in a text on Dendermonde is its deelgemeente Sint-Gillis-bij-Dendermonde, elsewhere the Brussels municipality (bug: the Brussels one; fresh44 559)', async (t) => {
  t.same(mentions('In Dendermonde daalt het aantal inbraken. In Sint-Gillis waren er vijf patrouilles.'), [['Dendermonde', 'dendermonde'], ['Sint-Gillis', 'sint-gillis-bij-dendermonde']]);
  t.same(mentions('In Sint-Gillis waren er vijf patrouilles.'), [['Sint-Gillis', 'sint-gillis']]);
});
