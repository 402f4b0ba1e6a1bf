/**
 * The federal police's units at national scale in invented sentences with the seed gazetteer:
 * the airport police per airport, the emergency centres per province and the information services
 * per arrondissement, the central directorates, the police schools, a union and persons with a
 * police role, acronyms that are also Dutch words, and a zone's own services (which the devset
 * conventions do not annotate as actors).
 */
import t from 'tap';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const matcher = compileGazetteer(readBuildInputs(defaultSeedsDir).gazetteer);
const mentions = (text: string, scopeLocationId?: string) => extractMentions(text, matcher, { scopeLocationId }).map((m) => [m.quote, m.entityId]);
const actors = (text: string, scopeLocationId?: string) =>
  extractMentions(text, matcher, { scopeLocationId })
    .filter((m) => m.entityType === 'actor')
    .map((m) => [m.quote, m.entityId]);

t.test('the airport police of each Schengen airport, by the airport or its town; the bare name is the national service', async (t) => {
  t.same(actors('De LPA Zaventem, de luchtvaartpolitie van Charleroi en LPA Oostende controleren de grens, net als de Luchtvaartpolitie Kortrijk-Wevelgem.'), [
    ['LPA Zaventem', 'lpa-brussels-airport'],
    ['luchtvaartpolitie van Charleroi', 'lpa-charleroi'],
    ['LPA Oostende', 'lpa-oostende'],
    ['Luchtvaartpolitie Kortrijk-Wevelgem', 'lpa-kortrijk-wevelgem'],
  ]);
  t.same(mentions('De luchtvaartpolitie in Oostende en de Directie van de luchtvaartpolitie.'), [
    ['luchtvaartpolitie', 'luchtvaartpolitie'],
    ['Oostende', 'oostende'],
    ['Directie van de luchtvaartpolitie', 'luchtvaartpolitie'],
  ], 'a place after the service that is not part of its name is a place of its own');
});

t.test('the emergency centre 101 of each province and the information service of each arrondissement', async (t) => {
  t.same(actors('Het CIC Antwerpen, het CIC van Oost-Vlaanderen en SICAD Limburg kregen meer oproepen dan het CIC.'), [
    ['CIC Antwerpen', 'cic-antwerpen'],
    ['CIC van Oost-Vlaanderen', 'cic-oost-vlaanderen'],
    ['SICAD Limburg', 'sicad-limburg'],
    ['CIC', 'cic'],
  ]);
  t.same(matcher.actors.get('sicad-limburg')?.parent, 'federale-politie-limburg', "an arrondissement's SICAD belongs to its coordination and support directorate");
});

t.test('central directorates of the judicial police and of resource management, the Committee P\'s investigators', async (t) => {
  t.same(actors('DJT, de DJMM en het CDGEFID werken samen met DRI en de Dienst Enquêtes P.'), [
    ['DJT', 'djt'],
    ['DJMM', 'djmm'],
    ['CDGEFID', 'cdgefid'],
    ['DRI', 'dri'],
    ['Dienst Enquêtes P', 'dienst-enquetes-p'],
  ]);
  t.same(actors('De Centrale directie van de speciale eenheden en de Vaste Commissie voor de Lokale Politie.'), [
    ['Centrale directie van de speciale eenheden', 'speciale-eenheden'],
    ['Vaste Commissie voor de Lokale Politie', 'vclp'],
  ]);
});

t.test('an acronym that is also a Dutch word names its unit only written in capitals', async (t) => {
  t.same(actors('De Directie openbare veiligheid (DAS) stuurde de politie te paard; het PLOT leidt op.'), [
    ['Directie openbare veiligheid', 'directie-openbare-veiligheid'],
    ['DAS', 'directie-openbare-veiligheid'],
    ['PLOT', 'plot'],
  ]);
  t.same(actors('Das is een dier. Hij droeg een das. De plot van de film. Plot twist.'), [], 'the word, also at a sentence start');
  t.same(actors('Ze studeerde aan PAULO; Paulo Fonseca niet.'), [['PAULO', 'paulo']], 'a school written as a first name is not the school');
});

t.test('police schools: the kind noun before the name stays outside the quote', async (t) => {
  t.same(actors('Ze volgen de opleiding aan de politieschool PIVO, aan ERIP-GIP in Brussel en aan de WPS.'), [
    ['PIVO', 'pivo'],
    ['ERIP-GIP', 'erip-gip'],
    ['WPS', 'pov'],
  ]);
});

t.test('a police union and persons with a police role, dated', async (t) => {
  t.same(actors('SYPOL.BE protesteert. Willy Bruggeman zat de Federale Politieraad voor; Bruggeman vertrok. DirCo Freddy Rottiers reageert.'), [
    ['SYPOL.BE', 'sypol'],
    ['Willy Bruggeman', 'willy-bruggeman'],
    ['Federale Politieraad', 'federale-politieraad'],
    ['Bruggeman', 'willy-bruggeman'],
    ['Freddy Rottiers', 'freddy-rottiers'],
  ]);
  const chairs = (id: string) =>
    matcher.actors
      .get(id)
      ?.memberships.filter((m) => m.organization === 'federale-politieraad')
      .map((m) => [m.organization, m.start, m.end]);
  t.same(chairs('willy-bruggeman'), [['federale-politieraad', null, '2024-05-07']]);
  t.same(chairs('fernand-koekelberg'), [['federale-politieraad', '2024-05-07', null]], 'the chair changes hands on one date');
});

t.test('the heads of the federal police and of the oversight bodies, by a title and the surname at the document\'s date', async (t) => {
  const dated = (text: string, documentDate: string) =>
    extractMentions(text, matcher, { documentDate })
      .filter((m) => m.entityType === 'actor')
      .map((m) => [m.quote, m.entityId]);
  t.same(dated('Commissaris-generaal Koekelberg, inspecteur-generaal Adam en directeur-generaal Van Thielen reageren.', '2010-05-01'), [
    ['Koekelberg', 'fernand-koekelberg'],
    ['Adam', 'francois-adam'],
    ['Van Thielen', 'paul-van-thielen'],
  ]);
  t.same(dated('Inspecteur-generaal Adam reageert; inspecteur-generaal Libois ook.', '2026-01-10'), [['Libois', 'olivier-libois']], 'a holder no longer in office is not named');
  t.same(dated('In Antwerpen reageert DirCo Rottiers, net als directeur-coördinator Gunst.', '2024-02-01'), [['Rottiers', 'freddy-rottiers']], "the arrondissement's DirCo at the date, in a text about its place");
  t.same(dated('DirCo Rottiers reageert.', '2024-02-01'), [], 'a local title elsewhere names nobody');
});

t.test("a zone's own service is no actor: the zone named in the phrase is, and without one nothing (not the scope's zone)", async (t) => {
  t.same(actors('De verkeersdienst van PZ Rode en de wijkdienst van de politiezone Aalst zoeken mensen.'), [
    ['PZ Rode', 'politiezone-rode'],
    ['politiezone Aalst', 'politiezone-aalst'],
  ]);
  t.same(actors('De interventiedienst, de dienst verkeer en de lokale recherche van de zone zoeken mensen.', 'aalst'), []);
  t.same(actors('Vooral bij de wijkwerking en de interventiediensten is er een tekort.', 'aalst'), []);
});

t.test('a former coordination directorate under a seat of a merged prosecutor\'s office is the directorate it merged into (session 19)', async (t) => {
  t.same(actors('De directeur-coördinator van de Coördinatie- en Steundirectie Tongeren en de CSD Kortrijk overlegden.'), [
    ['Coördinatie- en Steundirectie Tongeren', 'federale-politie-limburg'],
    ['CSD Kortrijk', 'federale-politie-west-vlaanderen'],
  ], 'Tongeren\'s office is Parket Limburg\'s, Kortrijk\'s Parket West-Vlaanderen\'s');
  t.same(actors('De directeur van de CSD Aalst en de CSD Leuven.'), [['CSD Leuven', 'federale-politie-leuven']], 'a town no merged office keeps as its seat gives no directorate');
});

t.test('the commissioner-general is a person\'s title, not the Commissariaat-generaal; the provincial police school by its other names (people21)', async (t) => {
  t.same(mentions('De commissaris-generaal van de federale politie vraagt meer middelen.'), [['federale politie', 'federale-politie']],
    'the title names the holder, whom the sentence does not name; the police is the body');
  t.same(mentions('Het Commissariaat-generaal van de federale politie vraagt meer middelen.'), [['Commissariaat-generaal van de federale politie', 'commissariaat-generaal']]);
  t.same(mentions('De Vlaams-Brabantse politieschool zoekt kandidaten.'), [['Vlaams-Brabantse politieschool', 'pivo']]);
  t.same(mentions('Het Provinciaal Instituut voor Vorming en Opleiding bouwt een schietstand.'), [['Provinciaal Instituut voor Vorming en Opleiding', 'pivo']]);
  t.same(mentions('De Vlaams-Brabantse scholen zoeken leerkrachten.'), [['Vlaams-Brabantse', 'vlaams-brabant']], 'another school noun: the province');
});
