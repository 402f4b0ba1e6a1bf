/**
 * Gazetteer classes of places filled whole (session 12, places16; issue 9 §3): numbered roads,
 * railway stations with names of their own, and regions with their member municipalities. Invented
 * sentences, each class with the reading that names it and one that does not.
 */
import t from 'tap';
import { proposeCandidates } from '../../src/ingest/candidates.js';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { locationClosure } from '../../src/ingest/load.js';
import { segmentDocument } from '../../src/ingest/segment.js';
import { defaultSeedsDir } from '../../src/paths.js';

const { gazetteer } = readBuildInputs(defaultSeedsDir);
const matcher = compileGazetteer(gazetteer);
const mentions = (text: string, scopeLocationId: string | null = null) =>
  extractMentions(text, matcher, { scopeLocationId, documentDate: '2024-06-01' }).map((m) => [m.quote, m.entityId]);

t.test('every numbered road of the first three networks and the provincial N- and R-roads of Flanders and Brussels', async (t) => {
  t.same(mentions('Op de N16 tussen Mechelen en Temse en op de N-211 in Meise flitst de politie.'), [
    ['N16', 'n16'],
    ['Mechelen', 'mechelen'],
    ['Temse', 'temse'],
    ['N-211', 'n211'],
    ['Meise', 'meise'],
  ]);
  t.same(mentions('De trajectcontrole op de N445 en de R41 rond Aalst werkt sinds mei.'), [
    ['N445', 'n445'],
    ['R41', 'r41'],
    ['Aalst', 'aalst'],
  ]);
  t.same(mentions('Hij reed met een Peugeot N41 naar huis.'), [], 'a make before the number names a model, as for the older roads');
  t.same(mentions('De agenten droegen N95-maskers.'), [], 'N95 is the mask standard, not a road: the Walloon N95 is left out');
  t.same(mentions('Op de N543 bij Charleroi staat file.'), [['Charleroi', 'charleroi']], 'the provincial roads of Wallonia are not in the class');
});

t.test('railway stations whose names are not their town\'s: the station, the noun "station" left out of the quote like a kind noun; a station named as its town is the town', async (t) => {
  t.same(mentions('Rond het station Mechelen-Nekkerspoel en in Brussel-Schuman patrouilleert de spoorwegpolitie.'), [
    ['Mechelen-Nekkerspoel', 'station-mechelen-nekkerspoel'],
    ['Brussel-Schuman', 'station-brussel-schuman'],
    ['spoorwegpolitie', 'spoorwegpolitie'],
  ]);
  t.same(mentions('Aan het station van Mechelen staan nieuwe camera\'s.'), [['Mechelen', 'mechelen']], 'the town\'s own station stays the town');
  t.equal(gazetteer.locations.find((l) => l.id === 'station-mechelen-nekkerspoel')?.parent, 'mechelen');
});

t.test('a region comprises its member municipalities, so a filter on the region finds them', async (t) => {
  const closure = locationClosure(gazetteer.locations);
  const inside = (region: string) => new Set(closure.filter((r) => r.ancestorId === region).map((r) => r.locationId));
  t.ok(inside('westkust').has('koksijde'));
  t.ok(inside('westhoek').has('poperinge'), 'through the arrondissement of Ieper');
  t.ok(inside('vlaamse-rand').has('zaventem'));
  t.notOk(inside('vlaamse-rand').has('leuven'));
  t.notOk(inside('belgische-kust').has('brugge'), 'Brugge reaches the coast only at Zeebrugge: not wholly inside');
});

t.test('a town adjective whose stem Dutch spells as a closed syllable: doubled vowel, single consonant, voiceless end', async (t) => {
  t.same(mentions('Op de Deinse markt, de Harelbeekse kermis en het Tervuurse park, en bij de Kapelse en Jetse scholen.'), [
    ['Deinse', 'deinze'],
    ['Harelbeekse', 'harelbeke'],
    ['Tervuurse', 'tervuren'],
    ['Kapelse', 'kapellen'],
    ['Jetse', 'jette'],
  ]);
  t.same(mentions('Op de Mechelse markt en de Lokerse feesten.'), [
    ['Mechelse', 'mechelen'],
    ['Lokerse', 'lokeren'],
  ], 'an unstressed e stays single');
  t.same(mentions('Kapels en kerken worden gerenoveerd.'), [], 'the plural noun opening a sentence is no adjective');
});

t.test('places the gazetteer lacks are candidates: a street with hyphenated parts, a site or building noun, a name before "in" and a town', async (t) => {
  const propose = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind]);
  t.same(propose('De camera’s komen op Labiomista in Zwartberg, aan de Sint-Truiderstraat, het Groot Strand en het Gallo-Romeins Museum.'), [
    ['Labiomista', 'place'],
    ['Sint-Truiderstraat', 'place'],
    ['Groot Strand', 'place'],
    ['Gallo-Romeins Museum', 'place'],
  ]);
  t.same(propose('De camera’s komen op zaterdag in Genk en aan het station in Hasselt.'), [], 'a lowercase word before "in" is no name');
  t.same(propose('Dat zegt schepen Jan Verpoort.'), [['Jan Verpoort', 'person']], 'a surname ending in "poort" stays a person');
  const items = 'Er komen camera’s op deze plaatsen:\n\n  • Robert Schumanlaan-Ketelveldweg\n  • Grimbergsesteenweg aan huisnummer 234\n\nPlaats en datum volgen.';
  t.same(propose(items), [
    ['Robert Schumanlaan', 'place'],
    ['Ketelveldweg', 'place'],
    ['Grimbergsesteenweg', 'place'],
  ], 'a junction written with a hyphen is two streets, and a list item or a sentence may open with a street (fresh31 405: no street was proposed); "Plaats" opening a sentence is no street');
});

t.test('a name after a place preposition the gazetteer lacks is a place candidate: a village, a square, a site; not an adjective, a document, a role or a misspelt known place', async (t) => {
  const propose = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind, c.cue]);
  t.same(propose('Na de brand te Oostergem en het feest in Kapelhoek komen er camera’s tussen Mechelen en Zuidhoek, op de Hoge Berg en naar de Vrijheidshal.'), [
    ['Oostergem', 'place', 'te'],
    ['Kapelhoek', 'place', 'in'],
    ['Zuidhoek', 'place', 'tussen'],
    ['Hoge Berg', 'place', 'op'],
    ['Vrijheidshal', 'place', 'naar'],
  ], 'Mechelen is a known town');
  t.same(propose('De patrouille rijdt tussen de kerk en De Zandberg, vlak bij Vandaele.'), [['De Zandberg', 'place', 'tussen']], '"bij" takes no place: "bij Vandaele" is as often a firm or a person');
  t.same(propose('Het park ligt in het Groene Woud.'), [['Groene Woud', 'place', 'in']], 'a name of two words, the second no adjective');
  t.same(propose('Het stond in het Veiligheidsplan en in het Staatsblad, en in Franstalige scholen zegt men het ook.'), [], 'a document, a publication, an adjective: no place');
  t.same(propose('De voetgangers op Facebook en aan Infrabel klagen.'), [], '"op" and "aan" need an article before a place');
  t.same(propose('De daling is het grootst in Herenhout.'), [], 'a known place with a letter left out is a misspelling, not a place to add (Herenthout)');
  t.same(propose('Het ongeval gebeurde in Bellingen en in Gellingen.'), [['Gellingen', 'place', 'in']], 'one letter changed is another village');
  t.same(propose('Het ongeval gebeurde in              Gellingen.'), [], 'a preposition past a long run of spaces is not looked for (and nothing crashes)');
});

t.test('regions Dutch news names beside the provinces, with their other names', async (t) => {
  t.same(mentions('In Zuid-West-Vlaanderen en het Land van Waas stijgt het aantal inbraken; de Groene Gordel volgt.'), [
    ['Zuid-West-Vlaanderen', 'zuid-west-vlaanderen'],
    ['Land van Waas', 'waasland'],
    ['Groene Gordel', 'vlaamse-rand'],
  ]);
  t.same(mentions('In Rivierenland zijn er drie zones.'), [['Rivierenland', 'rivierenland']]);
  t.same(mentions('De politiezone Rivierenland zoekt agenten.').map(([, id]) => id), ['politiezone-mechelen-willebroek'], 'after a police noun the name is the zone, as before');
});

t.test('a place\'s name inside a region\'s name the gazetteer lacks, glued after a word of direction, is not that place (fresh30 390: "Centraal-West-Vlaanderen" was West-Vlaanderen)', async (t) => {
  t.same(mentions('Vooral in Centraal-West-Vlaanderen en Noord-Limburg stijgt het aantal.'), []);
  t.same(mentions('In Zuid-West-Vlaanderen en Oost-Vlaanderen stijgt het aantal.').map(([, id]) => id), ['zuid-west-vlaanderen', 'oost-vlaanderen'], 'a region the gazetteer knows stays whole');
  t.same(mentions('In Geel-Laakdal stijgt het aantal.').map(([, id]) => id), ['geel', 'laakdal'], 'towns joined by a hyphen stay places');
});

t.test('a section whose name opens with the elided article "\'s-" is found as written, with either apostrophe', async (t) => {
  t.same(mentions('In \'s-Gravenwezel en ’s-Herenelderen rijdt de wijkagent met de fiets.'), [
    ['\'s-Gravenwezel', 's-gravenwezel'],
    ['’s-Herenelderen', 's-herenelderen'],
  ]);
  t.same(mentions('De fietsroute loopt van \'s-Gravenvoeren naar Moelingen.'), [
    ['\'s-Gravenvoeren', 's-gravenvoeren'],
    ['Moelingen', 'moelingen'],
  ]);
});

t.test('the sections (former municipalities) of every Walloon municipality, from the postal localities: a district under its municipality, the Dutch name the list gives an alias', async (t) => {
  t.same(mentions('De kerncentrale van Tihange en de woningen in Marcinelle: de brandweer van Ghlin rukte uit.'), [
    ['Tihange', 'tihange'],
    ['Marcinelle', 'marcinelle'],
    ['Ghlin', 'ghlin'],
  ]);
  t.equal(gazetteer.locations.find((l) => l.id === 'marcinelle')?.parent, 'charleroi');
  t.same(mentions('In Waasten en Dottenijs patrouilleert de grenspolitie.'), [
    ['Waasten', 'warneton'],
    ['Dottenijs', 'dottignies'],
  ]);
  t.same(mentions('In Beauvoorde en Kolmont komt een nieuwe wijkagent.'), [
    ['Beauvoorde', 'beauvoorde'],
    ['Kolmont', 'kolmont'],
  ], 'a Flemish postal locality that is no section: a neighbourhood of its town');
});

t.test('a Walloon section named like a word, a person or another place counts only in a document about its municipality', async (t) => {
  t.same(mentions('In Jambes en Bouge werden tien woningen beschoten.', 'namen'), [
    ['Jambes', 'jambes-namur'],
    ['Bouge', 'bouge-namur'],
  ]);
  t.same(mentions('In Jambes en Bouge werden tien woningen beschoten.'), [], 'elsewhere a French word and nothing');
  t.same(mentions('In Heer werd een man opgepakt.', 'hastiere'), [['Heer', 'heer-hastiere']]);
  t.same(mentions('Een bende jongeren viel de heer Peeters aan. Bende opgerold. Heer en meester van de straat.'), [], 'Dutch words, capitalised or not');
  t.same(mentions('Dave Sinardet sprak in Dave over de wachttijden.'), [], 'a first name, and the village outside a document about Namur');
});

t.test('a street-shaped name the gazetteer lacks is a place candidate whose cue is its street, square or site noun: what kind of place a curator adds', async (t) => {
  const propose = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind, c.cue]);
  t.same(propose('De flitspaal staat op de Oude Molenstraat, vlak bij het Koning Albertplein, de Groenedreef en de Nieuwe Steenweg.'), [
    ['Oude Molenstraat', 'place', 'straat'],
    ['Koning Albertplein', 'place', 'plein'],
    ['Groenedreef', 'place', 'dreef'],
    ['Nieuwe Steenweg', 'place', 'steenweg'],
  ]);
  t.same(propose('Parkeerplaatsen zijn er genoeg, zegt de schepen.'), [], 'a common noun ending in a street word opens the sentence: no name');
});

t.test('the Flemish sections of the Flanders Heritage Agency\'s list the gazetteer lacked: two merged before 1977 and a spelling', async (t) => {
  t.same(mentions('In Gelmen, Bovelingen en Valmeer zijn de wijkagenten terug.'), [
    ['Gelmen', 'gelmen'],
    ['Bovelingen', 'bovelingen'],
    ['Valmeer', 'val-meer'],
  ]);
  t.equal(gazetteer.locations.find((l) => l.id === 'gelmen')?.parent, 'sint-truiden');
});

t.test('a capitalised word listed beside a town, a part of one or a street the gazetteer lacks is a place candidate; not a person, a function word or an adjective', async (t) => {
  const propose = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind]);
  t.same(propose('De camera\'s hangen in Herne, Lennik en Hoogveld.'), [['Hoogveld', 'place']], 'after a known town');
  t.same(propose('Bever, Hoogveld en Galmaarden krijgen elk een wijkpost.'), [['Hoogveld', 'place']], 'between two');
  t.same(propose('Hoogveld, Bever en Galmaarden krijgen elk een wijkpost.'), [], 'not opening its sentence, where any word is capitalised');
  t.same(propose('Snelheidscontroles op de Molenlaan, Kerkstraat en Klein-Hoogveld.'), [
    ['Molenlaan', 'place'],
    ['Kerkstraat', 'place'],
    ['Klein-Hoogveld', 'place'],
  ], 'beside streets the gazetteer lacks, a hyphenated name whole');
  t.same(propose('Het overleg met Gent, Jan Peeters en de brandweer liep goed.'), [['Jan Peeters', 'person']], 'two capitalised words: a person, no place');
  t.same(propose('Zowel Gent als Brugge en De Panne doen mee. In Aalst en Zottegem, Vlaamse steden, blijft het rustig.'), [], 'a known place, an article, an adjective');
  t.same(propose('Vorig jaar stegen de inbraken in België en Europa.'), [], 'countries and continents hold no such list');
});
