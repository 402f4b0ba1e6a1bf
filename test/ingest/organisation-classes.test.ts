/**
 * Organisation classes of the gazetteer at national scale (session 13, orgs17) in invented
 * sentences with the seed gazetteer: the regional computer crime units and two central services of
 * the judicial police, the provincial councils and deputations, the Flemish administration's
 * agencies, the family justice centres (by their generic name only where the text is about their
 * place), names that are also common Dutch phrases, the Walloon fire and rescue zones, and the
 * generic plurals that name no actor.
 */
import t from 'tap';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const matcher = compileGazetteer(readBuildInputs(defaultSeedsDir).gazetteer);
const actors = (text: string, scopeLocationId?: string) =>
  extractMentions(text, matcher, { scopeLocationId })
    .filter((m) => m.entityType === 'actor')
    .map((m) => [m.quote, m.entityId]);

t.test('a regional computer crime unit by its arrondissement or its seat; the bare acronym is the national network', async (t) => {
  t.same(actors('De RCCU Gent en de RCCU van Limburg analyseerden de gsm’s; daarna nam de RCCU het dossier over.'), [
    ['RCCU Gent', 'rccu-oost-vlaanderen'],
    ['RCCU van Limburg', 'rccu-limburg'],
    ['RCCU', 'rccu'],
  ]);
  t.same(matcher.actors.get('rccu-west-vlaanderen')?.parent, 'fgp-west-vlaanderen', 'each unit belongs to its judicial directorate');
});

t.test('central services of the judicial police: the missing persons unit under its current and former names, disaster victim identification', async (t) => {
  t.same(actors('De Cel Vermiste Personen, vroeger de Nationale Cel Verdwijningen, werkt samen met het DVI.'), [
    ['Cel Vermiste Personen', 'cel-vermiste-personen'],
    ['Nationale Cel Verdwijningen', 'cel-vermiste-personen'],
    ['DVI', 'dvi'],
  ]);
});

t.test('the provincial council and the deputation of a Flemish province; the bare nouns name none', async (t) => {
  t.same(actors('De Limburgse provincieraad en de deputatie van Oost-Vlaanderen keurden het veiligheidsplan goed.'), [
    ['Limburgse provincieraad', 'provincieraad-limburg'],
    ['deputatie van Oost-Vlaanderen', 'deputatie-oost-vlaanderen'],
  ]);
  t.same(actors('De provincieraad besprak het voorstel, de deputatie stemde in.'), []);
});

t.test('agencies of the Flemish administration by name and acronym', async (t) => {
  t.same(actors('Het ANB, de VMM en de OVAM controleren samen met het Agentschap Maritieme Dienstverlening en Kust.'), [
    ['ANB', 'agentschap-natuur-en-bos'],
    ['VMM', 'vlaamse-milieumaatschappij'],
    ['OVAM', 'ovam'],
    ['Agentschap Maritieme Dienstverlening en Kust', 'agentschap-mdk'],
  ]);
});

t.test('a name that is also a Dutch phrase is the organisation only written as a name', async (t) => {
  t.same(actors('Kind en Gezin werkt samen met Gezond Leven en het Agentschap Natuur en Bos.'), [
    ['Kind en Gezin', 'kind-en-gezin'],
    ['Gezond Leven', 'gezond-leven'],
    ['Agentschap Natuur en Bos', 'agentschap-natuur-en-bos'],
  ]);
  t.same(actors('De zorg voor kind en gezin vraagt tijd. Gezond leven begint bij natuur en bos.'), []);
});

t.test('"Family Justice Center" names the centre of the place the text is about, and none without one', async (t) => {
  t.same(actors('In Hasselt meldde het Family Justice Center 300 dossiers.'), [['Family Justice Center', 'fjc-limburg']]);
  t.same(actors('Het FJC Kortrijk opende in 2023.'), [['FJC Kortrijk', 'fjc-kortrijk']]);
  t.same(actors('Het Family Justice Center meldde 300 dossiers.'), []);
});

t.test('a generic plural of the police names no actor; the singular names the police', async (t) => {
  t.same(actors('De lokale politiekorpsen en de federale politiediensten werken samen.'), []);
  t.same(actors('De lokale politie en de federale politie werken samen.'), [
    ['lokale politie', 'lokale-politie'],
    ['federale politie', 'federale-politie'],
  ]);
});

t.test('the Walloon fire and rescue zones by their Dutch and French names; the fire services\' umbrella bodies', async (t) => {
  t.same(actors('De brandweerzone NAGE hielp de Zone de secours Hainaut-Centre en de Hulpverleningszone Warche-Amblève-Lienne.'), [
    ['brandweerzone NAGE', 'hulpverleningszone-nage'],
    ['Zone de secours Hainaut-Centre', 'hulpverleningszone-hainaut-centre'],
    ['Hulpverleningszone Warche-Amblève-Lienne', 'hulpverleningszone-wal'],
  ]);
  t.same(actors('De Brandweervereniging Vlaanderen en de AD Civiele Veiligheid evalueren de zones.'), [
    ['Brandweervereniging Vlaanderen', 'brandweervereniging-vlaanderen'],
    ['AD Civiele Veiligheid', 'ad-civiele-veiligheid'],
  ]);
});
