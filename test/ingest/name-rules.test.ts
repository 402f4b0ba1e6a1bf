/**
 * General Dutch rules for names (session 8, issue 9 §3–4), each on invented sentences, with
 * both readings where a word is ambiguous.
 */
import t from 'tap';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const { gazetteer } = readBuildInputs(defaultSeedsDir);
const matcher = compileGazetteer(gazetteer);
const mentions = (text: string, scopeLocationId: string | null = null, documentDate: string | null = null) =>
  extractMentions(text, matcher, { scopeLocationId, documentDate }).map((m) => [m.quote, m.entityId]);

t.test('a town that shares its name with a province, in a list of provinces, is the province', async (t) => {
  t.same(mentions('Er zijn tekorten in Antwerpen, Henegouwen en Oost-Vlaanderen.'), [
    ['Antwerpen', 'provincie-antwerpen'],
    ['Henegouwen', 'henegouwen'],
    ['Oost-Vlaanderen', 'oost-vlaanderen'],
  ]);
  t.same(mentions('Limburg en Antwerpen kregen extra middelen.'), [
    ['Limburg', 'limburg'],
    ['Antwerpen', 'provincie-antwerpen'],
  ]);
  // A list with a town in it keeps its towns.
  t.same(mentions('Er kwamen klachten uit Gent, Antwerpen en Limburg.'), [
    ['Gent', 'gent'],
    ['Antwerpen', 'antwerpen'],
    ['Limburg', 'limburg'],
  ]);
  t.same(mentions('In Antwerpen werd een nieuw commissariaat geopend.'), [['Antwerpen', 'antwerpen']]);
});

t.test('a list of provinces whose items each have a gloss in brackets is still a list of provinces (session 23)', async (t) => {
  t.same(mentions('In Limburg (-5 doden), Antwerpen (-3 doden) en Vlaams-Brabant (-3) was de balans beter.'), [
    ['Limburg', 'limburg'],
    ['Antwerpen', 'provincie-antwerpen'],
    ['Vlaams-Brabant', 'vlaams-brabant'],
  ]);
  t.same(mentions('In Gent (-5 doden), Antwerpen (-3 doden) en Limburg was het anders.'), [
    ['Gent', 'gent'],
    ['Antwerpen', 'antwerpen'],
    ['Limburg', 'limburg'],
  ], 'a town among the glossed items keeps the towns');
});

t.test('a town adjective in a list of region adjectives is the region', async (t) => {
  t.same(mentions('De Vlaamse, Brusselse en Waalse gemeenten betalen elk een deel.'), [
    ['Vlaamse', 'vlaanderen'],
    ['Brusselse', 'brussels-hoofdstedelijk-gewest'],
    ['Waalse', 'wallonie'],
  ]);
  t.same(mentions('De Brusselse en Gentse scholen sluiten vroeger.'), [
    ['Brusselse', 'brussel'],
    ['Gentse', 'gent'],
  ]);
});

t.test('beside a region, a town no region is named after names the province of its name', async (t) => {
  t.same(mentions('Het aantal verkeersdoden daalt in Vlaanderen en Antwerpen.'), [
    ['Vlaanderen', 'vlaanderen'],
    ['Antwerpen', 'provincie-antwerpen'],
  ]);
  t.same(mentions('De lokale besturen in Wallonië en Namen volgen.'), [
    ['Wallonië', 'wallonie'],
    ['Namen', 'provincie-namen'],
  ]);
  t.same(mentions('De lokale besturen in Vlaanderen en Brussel volgen.'), [
    ['Vlaanderen', 'vlaanderen'],
    ['Brussel', 'brussels-hoofdstedelijk-gewest'],
  ], 'a town a region is named after still names the region');
  t.same(mentions('Het aantal verkeersdoden daalt in Vlaanderen en Gent.'), [
    ['Vlaanderen', 'vlaanderen'],
    ['Gent', 'gent'],
  ], 'a town no province is named after stays the town');
});

t.test('a zone written as its towns joined by "/" or "-" is the zone where the text speaks of zones or the police', async (t) => {
  t.same(mentions('Het aantal inbraken steeg in sommige zones; in andere zones, zoals Bredene/De Haan, halveerde het.'), [
    ['Bredene/De Haan', 'politiezone-bredene-de-haan'],
  ]);
  t.same(mentions('De politie kampt met een tekort. Het tekort voor Brussel-Elsene bedraagt 40 agenten.'), [
    ['Brussel-Elsene', 'politiezone-brussel-hoofdstad-elsene'],
  ]);
  // After a place preposition the towns stay towns.
  t.same(mentions('De politie telde vorig jaar minder diefstallen in Bredene/De Haan.'), [
    ['Bredene', 'bredene'],
    ['De Haan', 'de-haan'],
  ]);
  // Without police in the text, two towns are two towns.
  t.same(mentions('De fietsroute Bredene/De Haan is vernieuwd.'), [
    ['Bredene', 'bredene'],
    ['De Haan', 'de-haan'],
  ]);
});

t.test('a town before "-Centrum" or a compass point names a part of the town, not the town', async (t) => {
  t.same(mentions('Eerst komen er camera\'s in Charleroi-Centrum en daarna in Hasselt.'), [['Hasselt', 'hasselt']]);
  t.same(mentions('Eerst komen er camera\'s in Hasselt-Centrum en daarna in Hasselt.'), [
    ['Hasselt-Centrum', 'centrum-hasselt'],
    ['Hasselt', 'hasselt'],
  ], 'a centre the gazetteer has (every Flemish and Brussels municipality\'s, session 9) is its own place');
  t.same(mentions('De wijk Tienen-West wordt heraangelegd.'), []);
  // Another capitalised word after the hyphen keeps the place: a plan named after it.
  t.same(mentions('Het Limburg-Maasplan werd voorgesteld.'), [['Limburg', 'limburg']]);
});

t.test('the head of an elided compound is no name: "het Justitie- en Veiligheidsbeleid"', async (t) => {
  t.same(mentions('Het Justitie- en Veiligheidsbeleid moet beter.'), []);
  t.same(mentions('Justitie en politie werken samen.'), [
    ['Justitie', 'justitie'],
  ]);
});

t.test('a party acronym before a role noun is the party: "CD&V Kamerlid", "N-VA Schepen"', async (t) => {
  t.same(mentions('Dat zegt CD&V Kamerlid Jan Peeters.').filter(([, id]) => id === 'cd-v'), [['CD&V', 'cd-v']]);
  t.same(mentions('Volgens N-VA Schepen Els Janssens is dat nodig.').filter(([, id]) => id === 'n-va'), [['N-VA', 'n-va']]);
  // Before another capitalised word the acronym opens a longer name the gazetteer lacks.
  t.same(mentions('Het magazine CARMA Connect verschijnt elk kwartaal.'), []);
});

t.test('"de lokale politie van de zone X" names the zone only', async (t) => {
  t.same(mentions('De lokale politie van de zone Brussel-Noord patrouilleert vaker.'), [['zone Brussel-Noord', 'politiezone-brussel-noord']]);
  t.same(mentions('De lokale politie en de zone Brussel-Noord patrouilleren vaker.'), [
    ['lokale politie', 'lokale-politie'],
    ['zone Brussel-Noord', 'politiezone-brussel-noord'],
  ]);
});

t.test('a town adjective before a place in that town is one mention of the place', async (t) => {
  t.same(mentions('De reizigers wachtten in het Brusselse Noordstation.'), [['Brusselse Noordstation', 'brussel-noord']]);
  t.same(mentions('De Gentse Noordstation-reizigers.').some(([q]) => q === 'Gentse'), true, 'the adjective of another town stays a place');
});

t.test('a town or a part of a town with its own name after its region\'s or province\'s adjective is a mention of its own beside the adjective\'s (fresh19, fresh18: "het Waalse Hoei", "het Limburgse Hoepertingen" were one mention of the town)', async (t) => {
  t.same(mentions('Er zijn in het Waalse Hoei meer agenten.'), [['Waalse', 'wallonie'], ['Hoei', 'hoei']]);
  t.same(mentions('De aanrijding gebeurde in het Limburgse Hoepertingen.'), [['Limburgse', 'limburg'], ['Hoepertingen', 'hoepertingen']]);
  t.same(mentions('Dat geldt ook voor de Brusselse Kanaalzone.'), [['Brusselse Kanaalzone', 'kanaalzone-brussel']], 'a quarter stays one mention with its town\'s adjective');
});

t.test('a place adjective between a number and its noun is part of the count, not a place', async (t) => {
  t.same(mentions('Samen met 15 andere Limburgse gemeenten kopen we camera\'s.'), []);
  t.same(mentions('Twaalf Kempense gemeenten doen mee.'), []);
  t.same(mentions('Een Limburgse gemeente doet mee, net als de Kempense gemeenten.'), [
    ['Limburgse', 'limburg'],
    ['Kempense', 'kempen'],
  ]);
});

t.test('"lokaal bestuur X" is the administration of the municipality X; a bare "lokaal bestuur" is nobody', async (t) => {
  t.same(mentions('Het protocol tussen de politiezone en het lokaal bestuur Boom wordt aangepast.'), [['lokaal bestuur Boom', 'gemeente-boom']]);
  t.same(mentions('Het lokaal bestuur van Gent investeert in camera\'s.'), [['lokaal bestuur van Gent', 'stad-gent']]);
  t.same(mentions('Elk lokaal bestuur beslist zelf.'), []);
});

t.test('a zone named after a town, a word and another town is also "zone <word>" in a text about the area', async (t) => {
  t.same(mentions('De diefstallen daalden in de zone Hoofdstad.', 'brussel'), [['zone Hoofdstad', 'politiezone-brussel-hoofdstad-elsene']]);
  t.same(mentions('De diefstallen daalden in de zone Hoofdstad.', 'gent'), [], 'elsewhere the word names no zone');
});

t.test('a zone list reads past a parenthesis after an item; the parenthesis keeps its places', async (t) => {
  t.same(mentions('De politiezones Zennevallei (Halle en Beersel) en Pajottenland (Lennik) werken samen.'), [
    ['Zennevallei', 'politiezone-zennevallei'],
    ['Halle', 'halle'],
    ['Beersel', 'beersel'],
    ['Pajottenland', 'politiezone-pajottenland'],
    ['Lennik', 'lennik'],
  ]);
  t.same(mentions('De politiezones Zennevallei (Halle en Beersel) werken samen met Pajottenland.').at(-1), ['Pajottenland', 'pajottenland'], 'without a separator after the parenthesis the list ends');
});

t.test('gazetteer classes filled in session 8: Dutch names of Walloon cities, coast regions, government nicknames, fire and rescue zones, merged zones', async (t) => {
  t.same(mentions('Ook de collega\'s in Luik en Namen kampen met tekorten.'), [['Luik', 'luik'], ['Namen', 'namen']]);
  t.same(mentions('Het tweede luik van het plan noemt de namen van de bergen.'), [], 'the Dutch words stay words');
  t.same(mentions('De zones aan de Westkust en de Middenkust werken samen.'), [['Westkust', 'westkust'], ['Middenkust', 'middenkust']]);
  t.same(mentions('De Zweedse regering en de Vivaldiregering deden het anders.'), [['Zweedse regering', 'federale-regering'], ['Vivaldiregering', 'federale-regering']]);
  t.same(mentions('Onze dotatie aan de brandweerzone Oost verdubbelde.', 'bekkevoort'), [['brandweerzone Oost', 'hulpverleningszone-oost-vlaams-brabant']]);
  t.same(mentions('Onze dotatie aan de brandweerzone Oost verdubbelde.', 'lede'), [['brandweerzone Oost', 'hulpverleningszone-oost-oost-vlaanderen']]);
  t.same(mentions('Hulpverleningszone Fluvia en Brandweerzone Midwest rukten uit.'), [['Hulpverleningszone Fluvia', 'hulpverleningszone-fluvia'], ['Brandweerzone Midwest', 'hulpverleningszone-midwest']]);
  t.same(mentions('De dienst Hondensteun en de luchthavenpolitie.'), [['Hondensteun', 'directie-hondensteun'], ['luchthavenpolitie', 'luchtvaartpolitie']]);
  t.same(mentions('De zone MidLim fuseert met de zone Noordoost-Limburg.'), [['zone MidLim', 'politiezone-midlim'], ['zone Noordoost-Limburg', 'politiezone-noordoost-limburg']]);
  t.same(mentions('Het Nieuwsblad op Zondag schrijft het.'), [['Het Nieuwsblad op Zondag', 'het-nieuwsblad']]);
});

t.test('office holders filled in session 8: the administration of every municipality with a council, mayors and colleges, a zone chief, members of the Chamber', async (t) => {
  t.same(mentions('Het lokaal bestuur Bekkevoort en het gemeentebestuur van Haaltert.'), [['lokaal bestuur Bekkevoort', 'gemeente-bekkevoort'], ['gemeentebestuur van Haaltert', 'gemeente-haaltert']]);
  t.same(mentions('Volgens burgemeester Vandenberg is de dotatie te hoog.', 'bekkevoort', '2019-03-01'), [['Vandenberg', 'hans-vandenberg']]);
  t.same(mentions('Volgens burgemeester Thielemans daalde de criminaliteit.', 'brussel', '2005-06-01'), [['Thielemans', 'freddy-thielemans']]);
  t.same(mentions('Volgens burgemeester Thielemans daalde de criminaliteit.', 'brussel', '2015-06-01'), [], 'no longer mayor then');
  t.same(mentions('Kamerlid Ortwin Depoortere (Vlaams Belang) vraagt meer agenten, aldus Depoortere.'), [
    ['Ortwin Depoortere', 'ortwin-depoortere'],
    ['Vlaams Belang', 'vlaams-belang'],
    ['Depoortere', 'ortwin-depoortere'],
  ]);
  t.same(mentions('Korpschef Sébastien Verbeke zoekt tien agenten.'), [['Sébastien Verbeke', 'sebastien-verbeke']]);
});

t.test('after "grondgebied van" a town\'s government names the town', async (t) => {
  t.same(mentions('De zone omvat de grondgebieden van de Stad Brussel en van Elsene.'), [['Brussel', 'brussel'], ['Elsene', 'elsene']]);
  t.same(mentions('De Stad Brussel betaalt de helft.'), [['Stad Brussel', 'stad-brussel']], 'elsewhere it is the government');
});

t.test('an honorific with a surname one gazetteer person alone bears names that person', async (t) => {
  t.same(mentions('Mevrouw Verlinden antwoordt op de vraag.'), [['Verlinden', 'annelies-verlinden']]);
  t.same(mentions('Mijnheer Depoortere krijgt het woord.'), [['Depoortere', 'ortwin-depoortere']]);
  t.same(mentions('Meneer Thielemans krijgt het woord.'), [], 'two gazetteer persons bear the surname: neither is named');
  t.same(mentions('De heer Janssens woont hier.'), [], 'a common surname names nobody');
  t.same(mentions('Het depoortere werk.'), [], 'no honorific, no person');
  t.same(mentions('De heer Olivier antwoordt op de vraag.'), [['Olivier', 'jurgen-olivier']]);
  t.same(mentions('De heer Olivier Janssens antwoordt op de vraag.'), [], 'a capitalised word after it: a given name, another person (session 22)');
  t.same(mentions('De heer Olivier, Kamerlid, antwoordt.'), [['Olivier', 'jurgen-olivier']], 'a comma after it: the surname');
  t.same(mentions('Volgens burgemeester Thielemans Peeters daalde de criminaliteit.', 'brussel', '2005-06-01'), [], 'after a title too');
});

t.test('an honorific abbreviated as in minutes and forms ("Dhr.", "Mevr.", "Mw.") is the honorific (session 23)', async (t) => {
  t.same(mentions('Vraag voor de bevoegde beleidsverantwoordelijke | Dhr. Depoortere |'), [['Depoortere', 'ortwin-depoortere']]);
  t.same(mentions('Het antwoord van Mw. Verlinden volgt.'), [['Verlinden', 'annelies-verlinden']]);
  t.same(mentions('Dhr. Thielemans krijgt het woord.'), [], 'two gazetteer persons bear the surname: neither is named');
  t.same(mentions('Dhr. Janssens woont hier.'), [], 'a common surname names nobody');
});

t.test('an acronym that is also a word counts only written as an acronym, in capitals or by syllables (session 18, known22)', async (t) => {
  t.same(mentions('Van een fusie is voor LAMA geen sprake, zegt de politie.'), [['LAMA', 'politiezone-lanaken-maasmechelen']]);
  t.same(mentions('Ook LaMa telt 128 agenten.'), [['LaMa', 'politiezone-lanaken-maasmechelen']]);
  t.same(mentions('Lama en kameel: de lama in de zoo.'), [], 'the animal, also opening a sentence');
  t.same(mentions('De Vlaams Belang (VB) kandidaten trokken door de stad.'), [
    ['Vlaams Belang', 'vlaams-belang'],
    ['VB', 'vlaams-belang'],
  ]);
  t.same(mentions('Neem vb. een boete van 50 euro.'), [], 'vb. is "voorbeeld"');
});

t.test('a party before a hyphen and a capitalised role ("Vlaams Belang-Kamerlid") is the party, not cut into a place adjective (fresh18: "Vlaams Belang-Kamerlid Barbara Pas" gave "Vlaams" → Vlaanderen)', async (t) => {
  t.same(mentions('Op een vraag van Vlaams Belang-Kamerlid Barbara Pas.').slice(0, 1), [['Vlaams Belang', 'vlaams-belang']]);
  t.same(mentions('Ook Vlaams Belang-Senator Pas stelde een vraag.').slice(0, 1), [['Vlaams Belang', 'vlaams-belang']], 'another role');
  t.same(mentions('De wijk Brussel-Noord werd heraangelegd.').map(([, id]) => id).includes('brussel'), false, 'a capitalised word that is no role still keeps the name whole');
});

t.test('a ranking of provinces ("gevolgd door") with Brussels among them still names each town\'s namesake province (fresh18: "in de provincie Antwerpen (181), gevolgd door Luik (164), Henegouwen (163), Brussel (146) en Oost-Vlaanderen (139)" kept Luik the city)', async (t) => {
  const ids = (text: string) => mentions(text).map(([, id]) => id);
  t.same(ids('De meeste feiten in de provincie Antwerpen (181), gevolgd door Luik (164), Henegouwen (163), Brussel (146) en Oost-Vlaanderen (139).'), ['provincie-antwerpen', 'provincie-luik', 'henegouwen', 'brussel', 'oost-vlaanderen']);
  t.same(ids('Ook in Brussel en Antwerpen.'), ['brussel', 'antwerpen'], 'Brussels beside no province: the towns');
  t.same(ids('Vooral Gent, gevolgd door Antwerpen.'), ['gent', 'antwerpen'], 'a ranking of towns keeps its towns');
});

t.test('a town\'s adjective before a plural of zones or corps names the province that shares the town\'s name (fresh22: "Heel wat Antwerpse zones zullen … krijgen" named the city)', async (t) => {
  const ids = (text: string) => mentions(text).map(([, id]) => id);
  t.same(ids('Heel wat Antwerpse zones krijgen een dotatie, net als de Luikse politiezones.'), ['provincie-antwerpen', 'provincie-luik']);
  t.same(ids('De Gentse zones en de Antwerpse zone.'), ['gent', 'antwerpen'], 'a town no province shares its name with, or one zone: the town');
});

t.test('in a list of provinces, a town a province shares its name with, after another such town, is that province too (fresh22: "Henegouwen (97), Antwerpen (92), Luik (78) en West-Vlaanderen (72)" kept Antwerpen and Luik the cities)', async (t) => {
  const ids = (text: string) => mentions(text).map(([, id]) => id);
  t.same(ids('De provincies met de meeste doden waren Henegouwen (97), Antwerpen (92), Luik (78) en West-Vlaanderen (72).'), ['henegouwen', 'provincie-antwerpen', 'provincie-luik', 'west-vlaanderen']);
  t.same(ids('De doden vielen in Antwerpen en Luik.'), ['antwerpen', 'luik'], 'no province among them: the towns');
  t.same(ids('De doden vielen in Gent, Antwerpen en Limburg.'), ['gent', 'antwerpen', 'limburg'], 'a town with no province of its name keeps the towns');
  t.same(ids('In Waals-Brabant (19) en Luxemburg (34) vielen de minste doden.'), ['waals-brabant', 'provincie-luxemburg'], 'a country a province shares its name with, beside a province');
  t.same(ids('Ook in Nederland, Frankrijk en Luxemburg.'), ['nederland', 'frankrijk', 'luxemburg'], 'beside countries: the country');
});

t.test('a ranking\'s place after a list item ("op de tweede plaats") still joins the list (fresh23 311: "Henegouwen op de tweede plaats en Luik op de derde plaats" kept Luik the city)', async (t) => {
  const ids = (text: string) => mentions(text).map(([, id]) => id);
  t.same(ids('De meeste diefstallen waren er in Henegouwen op de tweede plaats en Luik op de derde plaats.'), ['henegouwen', 'provincie-luik']);
  t.same(ids('Gent staat op de eerste plaats en Antwerpen op de tweede plaats.'), ['gent', 'antwerpen'], 'no province among them: the towns');
});

t.test('in a paragraph that speaks of provinces, a town\'s bare name that a province shares names that province, unless a noun of the town stands before it (fresh38 487: "van alle Vlaamse provincies wel het kleinst in Antwerpen" named the city)', async (t) => {
  const ids = (text: string) => mentions(text).map(([, id]) => id);
  t.same(ids('Het aantal doden daalde ook in Antwerpen. De daling was van alle Vlaamse provincies het kleinst in Antwerpen.'), ['provincie-antwerpen', 'vlaanderen', 'provincie-antwerpen']);
  t.same(ids('De daling was van alle provincies het kleinst in de stad Antwerpen.'), ['antwerpen'], 'the noun of the town');
  t.same(ids('Het aantal doden daalde ook in Antwerpen.\nDe daling was van alle provincies het kleinst in Limburg.'), ['antwerpen', 'limburg'], 'another paragraph');
});

t.test('"het federale korps" is the federal police, as "de federale politie" is (fresh38 490: no mention)', async (t) => {
  t.same(mentions('Dit veroorzaakt manco\'s, zowel bij sommige plaatselijke als het federale korps.'), [['federale korps', 'federale-politie']]);
});
