/**
 * Places above the municipality: administrative arrondissements and provinces, in the seed
 * gazetteer (complete and consistent with the NIS codes) and in texts (invented sentences).
 */
import t from 'tap';
import { compileGazetteer, extractMentions, inhabitantSingular } from '../../src/ingest/entities.js';
import { InputError } from '../../src/ingest/errors.js';
import { proposeCandidates } from '../../src/ingest/candidates.js';
import { locationClosure } from '../../src/ingest/load.js';
import { segmentDocument } from '../../src/ingest/segment.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { fixtureLocations, writeZoneSeeds } from '../helpers/zone-fixture.js';

const { gazetteer } = readBuildInputs(defaultSeedsDir);
const matcher = compileGazetteer(gazetteer);
const byId = new Map(gazetteer.locations.map((l) => [l.id, l]));
const mentions = (text: string, scopeLocationId: string | null = null) => extractMentions(text, matcher, { scopeLocationId }).map((m) => [m.quote, m.entityId]);

/** A place and every place above it. */
function lineage(id: string): string[] {
  const ids: string[] = [];
  for (let l = byId.get(id); l; l = l.parent ? byId.get(l.parent) : undefined) ids.push(l.id);
  return ids;
}

t.test('every Belgian municipality lies in the administrative arrondissement its NIS code names', async (t) => {
  const arrondissements = gazetteer.locations.filter((l) => l.kind === 'arrondissement');
  // 43 arrondissements since 2019: 42 here, and Brussel-Hoofdstad, which is its region.
  t.equal(arrondissements.length, 42);
  const byCode = new Map(arrondissements.map((a) => [a.nis!.slice(0, 2), a.id]));
  byCode.set('21', 'brussels-hoofdstedelijk-gewest');
  const municipalities = gazetteer.locations.filter((l) => l.kind === 'municipality' && l.nis !== null);
  t.equal(municipalities.length, 565, 'the Belgian municipalities since the 2025 mergers');
  const astray = municipalities.filter((m) => m.parent !== byCode.get(m.nis!.slice(0, 2)));
  t.same(astray.map((m) => m.id), [], 'each municipality is a child of its arrondissement');
  for (const a of arrondissements) t.equal(byId.get(a.parent!)?.kind, 'province', `${a.name} lies in a province`);
  t.ok(lineage('halle').includes('vlaams-brabant'), 'a town still lies in its province, through its arrondissement');
});

t.test('an arrondissement is named without its kind noun, and its towns stay towns', async (t) => {
  t.same(mentions('In het arrondissement Halle-Vilvoorde liggen Halle en Vilvoorde.'), [
    ['Halle-Vilvoorde', 'arrondissement-halle-vilvoorde'],
    ['Halle', 'halle'],
    ['Vilvoorde', 'vilvoorde'],
  ]);
  t.same(mentions('Het bestuurlijk arrondissement Leuven telt meer inwoners dan Leuven zelf.'), [
    ['Leuven', 'arrondissement-leuven'],
    ['Leuven', 'leuven'],
  ]);
  t.same(mentions('Halle-Vilvoorde kampt met een tekort; in Doornik-Moeskroen is het niet beter.'), [
    ['Halle-Vilvoorde', 'arrondissement-halle-vilvoorde'],
    ['Doornik-Moeskroen', 'arrondissement-doornik-moeskroen'],
  ]);
  t.same(mentions('De gouverneur van de provincie Limburg en die van de provincie Antwerpen.'), [
    ['Limburg', 'limburg'],
    ['Antwerpen', 'provincie-antwerpen'],
  ]);
});

t.test('a police noun before a province or an arrondissement names no zone', async (t) => {
  // Many zones serve a province; before, the seat of one zone (WOKRA's is the province) won.
  t.same(mentions('De politie Vlaams-Brabant en de zone Halle-Vilvoorde kampen met tekorten.'), [
    ['Vlaams-Brabant', 'vlaams-brabant'],
    ['Halle-Vilvoorde', 'arrondissement-halle-vilvoorde'],
  ]);
  t.same(mentions('De politiezone Vilvoorde-Machelen en de politie van Halle.'), [
    ['politiezone Vilvoorde-Machelen', 'politiezone-vilvoorde-machelen'],
    ['politie van Halle', 'politiezone-zennevallei'],
  ]);
});

t.test('a list after a plural police noun names a zone with each item', async (t) => {
  t.same(mentions('De tekorten treffen vooral de politiezones Halle, WOKRA en Vilvoorde-Machelen, niet Asse.'), [
    ['Halle', 'politiezone-zennevallei'],
    ['WOKRA', 'politiezone-wokra'],
    ['Vilvoorde-Machelen', 'politiezone-vilvoorde-machelen'],
    ['Asse', 'asse'],
  ]);
  t.same(mentions('Twee zones, Gent en Aalst, delen hun cijfers met Brussel.'), [
    ['Gent', 'gent'],
    ['Aalst', 'aalst'],
    ['Brussel', 'brussel'],
  ], 'a list set off by a comma is no elliptical name');
  t.same(mentions('In de zones Gent of Aalst, en in Leuven.'), [
    ['Gent', 'politiezone-gent'],
    ['Aalst', 'politiezone-aalst'],
    ['Leuven', 'leuven'],
  ], 'the list ends where its items stop naming zones');
  t.same(mentions('De meeste arrestaties gebeurden in de zones West, Zuid en Polbru.', 'brussels-hoofdstedelijk-gewest'), [
    ['West', 'politiezone-brussel-west'],
    ['Zuid', 'politiezone-brussel-zuid'],
    ['Polbru', 'politiezone-brussel-hoofdstad-elsene'],
  ], 'in a text about its area an item is a zone\'s short name too ("zone West" about Brussels; fresh31 402: a candidate)');
  t.same(mentions('De meeste arrestaties gebeurden in de zones West en Polbru.').map((m) => m[0]), ['Polbru'], 'not in a text about nowhere');
});

t.test('every sovereign country, with its continent; adjectives name the country', async (t) => {
  const countries = gazetteer.locations.filter((l) => l.kind === 'country');
  // The 193 UN member states, the Holy See, Kosovo and Taiwan.
  t.equal(countries.length, 196);
  t.same(countries.filter((c) => byId.get(c.parent!)?.kind !== 'continent').map((c) => c.id), [], 'each country lies in a continent');
  t.same(mentions('De cocaïne kwam uit Paraguay en Venezuela via Curaçao; Chinese en Russische netwerken kochten ze in Congo.'), [
    ['Paraguay', 'paraguay'],
    ['Venezuela', 'venezuela'],
    ['Curaçao', 'curacao'],
    ['Chinese', 'china'],
    ['Russische', 'rusland'],
    ['Congo', 'democratische-republiek-congo'],
  ]);
  t.same(mentions('Hij bestelde chili bij de frieten; de polen smelten.'), [], 'common words that are also country names need evidence');
  t.same(mentions('Een transport uit Chili naar Polen.'), [['Chili', 'chili'], ['Polen', 'polen']]);
});

t.test('a judicial arrondissement holds the towns of the places it comprises', async (t) => {
  const closure = locationClosure(gazetteer.locations);
  const inside = (ancestor: string) => new Set(closure.filter((r) => r.ancestorId === ancestor).map((r) => r.locationId));
  const brussels = inside('gerechtelijk-arrondissement-brussel');
  for (const id of ['elsene', 'brussel', 'vilvoorde', 'pajottegem', 'laken']) t.ok(brussels.has(id), `${id} lies in the judicial arrondissement Brussel`);
  t.notOk(brussels.has('leuven'), 'Leuven has its own');
  const eupen = inside('gerechtelijk-arrondissement-eupen');
  const liege = inside('gerechtelijk-arrondissement-luik');
  t.ok(eupen.has('sankt-vith') && !liege.has('sankt-vith'), 'the German-speaking towns lie in Eupen, not Luik');
  t.ok(liege.has('verviers') && liege.has('luik') && !eupen.has('verviers'), 'the rest of the province lies in Luik');
  const judicial = gazetteer.locations.filter((l) => l.kind === 'judicial_arrondissement').map((l) => l.id);
  t.equal(judicial.length, 12, 'the twelve judicial arrondissements since 2014');
  const belgian = gazetteer.locations.filter((l) => l.kind === 'municipality' && l.nis !== null).map((l) => l.id);
  const covering = belgian.map((id) => judicial.filter((j) => inside(j).has(id)).length);
  t.same([...new Set(covering)], [1], 'every Belgian municipality lies in exactly one');
  const rows = closure.filter((r) => r.locationId === 'elsene').map((r) => `${r.ancestorId}:${r.depth}`);
  t.same(rows.sort(), ['belgie:2', 'brussels-hoofdstedelijk-gewest:1', 'elsene:0', 'europa:3', 'gerechtelijk-arrondissement-brussel:2'].sort(), 'each ancestor once, at its least depth');
  t.same(mentions('Cijfers voor het gerechtelijk arrondissement Antwerpen en het arrondissement Eupen.'), [
    ['Antwerpen', 'gerechtelijk-arrondissement-antwerpen'],
    ['Eupen', 'gerechtelijk-arrondissement-eupen'],
  ]);
});

t.test('the gazetteer refuses a comprised place that is unknown or holds the territory', async (t) => {
  const refused = (change: (locations: any[]) => void) => {
    const locations = structuredClone(fixtureLocations) as any[];
    change(locations);
    try {
      readBuildInputs(writeZoneSeeds(t.testdir(), { locations }));
    } catch (e) {
      if (e instanceof InputError) return e.message;
      throw e;
    }
    return 'accepted';
  };
  t.match(refused((l) => l.push({ id: 'kanton', name: 'Kanton', kind: 'judicial_arrondissement', parent: 'vlaanderen', comprises: ['atlantis'] })), /unknown location "atlantis"/);
  t.match(refused((l) => l.push({ id: 'kanton', name: 'Kanton', kind: 'judicial_arrondissement', parent: 'westland', comprises: ['vlaanderen'] })), /"kanton" lies in "vlaanderen", so it cannot comprise it/);
  t.equal(refused((l) => l.push({ id: 'kanton', name: 'Kanton', kind: 'judicial_arrondissement', parent: 'vlaanderen', comprises: ['westland'] })), 'accepted');
});

t.test('a name that keeps a hyphenated word whole wins over a longer one that cuts it', async (t) => {
  t.same(mentions('De zones van het administratief arrondissement Brussel-Hoofdstad en het arrondissement Brussel.'), [
    ['Brussel-Hoofdstad', 'brussels-hoofdstedelijk-gewest'],
    ['Brussel', 'gerechtelijk-arrondissement-brussel'],
  ]);
  t.same(mentions('Inbraken in Lanaken-Maasmechelen.'), [['Lanaken', 'lanaken'], ['Maasmechelen', 'maasmechelen']], 'two towns still split when no compound name is known');
  t.same(mentions('Zopas verscheen het Vias Institute-rapport over de verkeersslachtoffers.'), [['Vias Institute', 'vias']], 'a name compounded with a common noun is whole, not cut to a shorter name inside it');
});

t.test('the Brussels region written without the adjective\'s "s" or with a hyphen is the region, not the city (fresh31 402: "van het Brussel Hoofdstedelijk Gewest" was the city)', async (t) => {
  t.same(mentions('De brandweer van het Brussel Hoofdstedelijk Gewest en het Brussels-Hoofdstedelijk Gewest.'), [
    ['Brussel Hoofdstedelijk Gewest', 'brussels-hoofdstedelijk-gewest'],
    ['Brussels-Hoofdstedelijk Gewest', 'brussels-hoofdstedelijk-gewest'],
  ]);
});

t.test('the former municipalities of the central cities, and city nicknames', async (t) => {
  t.same(mentions('Meer fietsdiefstallen in Heverlee en Kessel-Lo, minder in Assebroek en Kuringen.'), [
    ['Heverlee', 'heverlee'],
    ['Kessel-Lo', 'kessel-lo'],
    ['Assebroek', 'assebroek'],
    ['Kuringen', 'kuringen'],
  ]);
  t.same(lineage('heverlee').slice(0, 3), ['heverlee', 'leuven', 'arrondissement-leuven'], 'a deelgemeente lies in its city');
  t.same(mentions('Hij leest de krant en wil de taks heffen.'), [], 'names that are common words need evidence');
  t.same(mentions('In de Dijlestad, de Jeneverstad en de Guldensporenstad.'), [['Dijlestad', 'mechelen'], ['Jeneverstad', 'hasselt'], ['Guldensporenstad', 'kortrijk']]);
  t.same(mentions('Een wijkagent in Hofstade.'), [], 'a name two places bear counts only in a document about its city');
  t.same(mentions('Een wijkagent in Hofstade.', 'aalst'), [['Hofstade', 'hofstade-aalst']]);
});

t.test('the sections (deelgemeenten) of every Flemish municipality, under their municipality', async (t) => {
  t.same(mentions('Inbraakgolf in Melsele, Wilsele en Houthalen; nieuwe camera\'s in Landegem.'), [
    ['Melsele', 'melsele'],
    ['Wilsele', 'wilsele'],
    ['Houthalen', 'houthalen'],
    ['Landegem', 'landegem'],
  ]);
  t.same(lineage('melsele').slice(0, 3), ['melsele', 'beveren', 'beveren-kruibeke-zwijndrecht'], 'a section of a town merged in 2025 lies in the town and the merged municipality');
  t.same(lineage('landegem').slice(0, 3), ['landegem', 'nevele', 'deinze'], 'a municipality merged in 2019 is a district of the new one, with its own sections');
  t.equal(byId.get('houthalen')?.parent, 'houthalen-helchteren');
  t.same(mentions('De politie van Melsele en de politiezone Landegem.'), [
    ['politie van Melsele', 'politiezone-scheldewaas'],
    ['politiezone Landegem', 'politiezone-deinze-zulte-lievegem'],
  ], 'a section names the zone of its municipality');
  const sections = gazetteer.locations.filter((l) => l.kind === 'district');
  const strays = sections.filter((l) => !lineage(l.id).slice(1).some((id) => byId.get(id)?.kind === 'municipality'));
  t.same(strays.map((l) => l.id), [], 'every district lies in a municipality');
});

t.test('a section that is also a Dutch word needs evidence of a place', async (t) => {
  t.same(mentions('Meer blauw op straat en meer camera\'s.'), [], 'a word that opens its sentence is the word');
  t.same(mentions('Een nieuw wijkkantoor in Meer.'), [['Meer', 'meer']], 'after a place preposition it is the section');
  t.same(mentions('De agenten melden de feiten.'), [], 'a lowercase word is never the section');
  t.same(mentions('Handhaving\n\n • Meer samenwerking tegen criminaliteit.', 'vlaanderen'), [], 'a region as scope is no evidence for one of its hundreds of towns');
  t.same(mentions('Handhaving\n\n • Meer samenwerking tegen criminaliteit.', 'hoogstraten'), [['Meer', 'meer']], 'the municipality as scope is');
  t.same(mentions('De zone omvat zes gemeenten: Meer, Hoogstraten en Rijkevorsel.', 'provincie-antwerpen'), [
    ['Meer', 'meer'],
    ['Hoogstraten', 'hoogstraten'],
    ['Rijkevorsel', 'rijkevorsel'],
  ], 'an item of a list beside a place named without doubt is a place');
  t.same(mentions('Meer, beter en sneller.', 'provincie-antwerpen'), [], 'a list of words is not');
});

t.test('a section that shares its name with another place counts only in a document about its municipality', async (t) => {
  t.same(mentions('Een wijkagent in Ruisbroek.'), [], 'two Ruisbroeks: neither without scope');
  t.same(mentions('Een wijkagent in Ruisbroek.', 'sint-pieters-leeuw'), [['Ruisbroek', 'ruisbroek-sint-pieters-leeuw']]);
  t.same(mentions('Een wijkagent in Ruisbroek.', 'puurs-sint-amands'), [['Ruisbroek', 'ruisbroek-puurs-sint-amands']]);
  t.same(mentions('Een wijkagent in Hofstade.', 'zemst'), [['Hofstade', 'hofstade-zemst']]);
  t.same(mentions('Een wijkagent in Hofstade.', 'aalst'), [['Hofstade', 'hofstade-aalst']]);
  t.same(mentions('Ze trokken van Duisburg naar Middelburg.'), [], 'cities abroad are not the sections of Tervuren and Maldegem');
  t.same(mentions('Een camera in Duisburg.', 'tervuren'), [['Duisburg', 'duisburg-tervuren']]);
  t.same(mentions('Veel inbraken in Kapellen.'), [['Kapellen', 'kapellen']], 'a municipality\'s name stays the municipality');
});

t.test('parts of continents and the regional airports', async (t) => {
  t.same(mentions('De cocaïne komt via het Midden-Oosten, de Caraïben en Oost-Europa naar Liege Airport en de luchthaven van Charleroi.'), [
    ['Midden-Oosten', 'azie'],
    ['Caraïben', 'noord-amerika'],
    ['Oost-Europa', 'europa'],
    ['Liege Airport', 'liege-airport'],
    ['luchthaven van Charleroi', 'brussels-south-charleroi-airport'],
  ]);
});

t.test('a list after "provincies" names a province with each item, though the bare name is the city', async (t) => {
  t.same(mentions('De meeste buurtnetwerken liggen in de provincies Antwerpen en Oost-Vlaanderen, minder in Antwerpen zelf.'), [
    ['Antwerpen', 'provincie-antwerpen'],
    ['Oost-Vlaanderen', 'oost-vlaanderen'],
    ['Antwerpen', 'antwerpen'],
  ]);
});

t.test('a town\'s name whose nearest places before and after it are provinces names the province it shares its name with (session 55, fresh43 548)', async (t) => {
  const text = (between: string) => `Vorig jaar vielen nergens meer doden dan in West-Vlaanderen. ${between} In Oost-Vlaanderen waren dat er 28.`;
  t.same(mentions(text('In Antwerpen lieten al 30 mensen het leven.')), [
    ['West-Vlaanderen', 'west-vlaanderen'],
    ['Antwerpen', 'provincie-antwerpen'],
    ['Oost-Vlaanderen', 'oost-vlaanderen'],
  ]);
  t.same(mentions(text('In de stad Antwerpen lieten al 30 mensen het leven.'))[1], ['Antwerpen', 'antwerpen'], 'a noun of the town before it');
  t.same(mentions(text('In Antwerpen en Gent lieten al 30 mensen het leven.')).slice(1, 3), [['Antwerpen', 'antwerpen'], ['Gent', 'gent']], 'a town named after it');
});

t.test('"gemeente" and "stad" before a town are its kind noun, not part of its quoted name', async (t) => {
  t.same(mentions('De interventies in de gemeente Bever en de stad Halle.'), [
    ['Bever', 'bever'],
    ['Halle', 'halle'],
  ]);
});

t.test('a context alias two places share names the one of the scope', async (t) => {
  const text = 'Gent telt meer pv’s dan Antwerpen. In de haven werd cocaïne gevonden.';
  t.same(mentions(text, 'gent'), [
    ['Gent', 'gent'],
    ['Antwerpen', 'antwerpen'],
    ['haven', 'haven-van-gent'],
  ]);
  t.same(mentions(text, 'antwerpen').at(-1), ['haven', 'haven-van-antwerpen']);
});

t.test('the areas of Flanders ("streken") are places, and a zone named after one stays a zone', async (t) => {
  t.same(mentions('In de Kempen, het Pajottenland en de Vlaamse Rand rond Brussel stijgt het aantal inbraken.'), [
    ['Kempen', 'kempen'],
    ['Pajottenland', 'pajottenland'],
    ['Vlaamse Rand', 'vlaamse-rand'],
    ['Brussel', 'brussel'],
  ]);
  t.same(mentions('De politiezone Pajottenland patrouilleert in het Pajottenland.'), [
    ['politiezone Pajottenland', 'politiezone-pajottenland'],
    ['Pajottenland', 'pajottenland'],
  ]);
});

t.test('a one-word name inside a longer proper name the gazetteer lacks names nothing', async (t) => {
  t.same(mentions('De Koninklijke Vlaamse Schouwburg ligt in Brussel; de Vlaamse regering betaalt.'), [
    ['Brussel', 'brussel'],
    ['Vlaamse regering', 'vlaamse-regering'],
  ]);
  // "Hasselt-Noord", "Genk-Centrum": a compass point or "Centrum" after the hyphen names a part of the town, not the town (session 8).
  t.same(mentions('Het merendeel werd gestolen in Charleroi-centrum, de rest in Leuven en Hasselt-Noord.').map(([quote]) => quote), ['Leuven']);
  t.same(mentions('Het merendeel werd gestolen in Leuven-centrum.'), [['Leuven-centrum', 'centrum-leuven']], 'the centre of a Flemish or Brussels municipality is in the gazetteer (session 9)');
  t.same(mentions('De rest in Antwerpen-Noord.'), [['Antwerpen-Noord', 'antwerpen-noord']], 'a compound the gazetteer has is its own place');
  t.same(mentions('PZ CARMA werkt aan CARMA 2.0. Het magazine CARMA Connect verschijnt, CARMA zelf groeit en N-VA ook in Gent.'), [
    ['PZ CARMA', 'politiezone-carma'],
    ['CARMA', 'politiezone-carma'],
    ['N-VA', 'n-va'],
    ['Gent', 'gent'],
  ]);
  // A version has one or two digits after its point; three are a thousands group, a count after the name (session 55).
  t.same(mentions('In 2017 telde de NMBS 1.165 incidenten.'), [['NMBS', 'nmbs']]);
});

t.test('a place after a "Van" that opens a sentence is a place, unless the text reads it as a surname', async (t) => {
  // The sentence's capital shows no surname particle; a sentence may end inside its brackets (session 55).
  t.same(mentions('Er waren 154 dossiers. (Twintig minder.) Van Kortrijk 61 en van Roeselare 12.'), [
    ['Kortrijk', 'kortrijk'],
    ['Roeselare', 'roeselare'],
  ]);
  t.same(mentions('Van Gent zegt dat het goed gaat.'), [], 'a verb of saying after it: the surname of a speaker');
  t.same(mentions('Volgens Jan Van Gent kwamen er 61. Van Gent wil meer.').map(([quote]) => quote), [], 'the name written after a given name before');
});

t.test('an inhabitant named in the singular names the place whose gazetteer entry has the plural', async (t) => {
  t.same(
    ['Vilvoordenaars', 'Antwerpenaren', 'Italianen', 'Limburgers', 'Indiërs', 'Brugse', 'Amerika', 'haven'].map(inhabitantSingular),
    ['Vilvoordenaar', 'Antwerpenaar', 'Italiaan', 'Limburger', 'Indiër', null, null, null],
  );
  t.same(mentions('De Vilvoordenaar betaalt meer dan een Turnhoutenaar of een Italiaan.'), [
    ['Vilvoordenaar', 'vilvoorde'],
    ['Turnhoutenaar', 'turnhout'],
    ['Italiaan', 'italie'],
  ]);
  t.same(mentions('Elke vilvoordenaar betaalt.'), [], 'a derived inhabitant name needs its capital');
});

t.test('a compound broken after its hyphen is one name; a hyphen left open before "en" is not', async (t) => {
  t.same(mentions('Vooruitzichten voorspellen voor Halle- Vilvoorde een groei.'), [['Halle- Vilvoorde', 'arrondissement-halle-vilvoorde']]);
  // Not one name "Oost- en West-Vlaanderen": two, the suspended first part quoted with its hyphen (fresh6's convention, place-readings.test.ts).
  t.same(mentions('In Oost- en West-Vlaanderen.'), [['Oost-', 'oost-vlaanderen'], ['West-Vlaanderen', 'west-vlaanderen']]);
});

t.test('Dutch names of countries and city nicknames from the gazetteer', async (t) => {
  t.same(mentions('Uit Indië naar de Zennestad.'), [['Indië', 'india'], ['Zennestad', 'vilvoorde']]);
});

t.test('a zone list after a colon, with compound items and items the gazetteer lacks', async (t) => {
  t.same(mentions('Het tekort treft twee zones: Brussel-Hoofdstad-Elsene en Brussel-West met Molenbeek.'), [
    ['Brussel-Hoofdstad-Elsene', 'politiezone-brussel-hoofdstad-elsene'],
    ['Brussel-West', 'politiezone-brussel-west'],
    ['Molenbeek', 'sint-jans-molenbeek'],
  ]);
  const text = 'Het ging om de politiezones B-H-T, Kempenland, Hanolo en Lommel. Daarna Gent.';
  const found = extractMentions(text, matcher);
  t.same(found.map((m) => [m.quote, m.entityId]), [
    ['B-H-T', 'politiezone-beringen-ham-tessenderlo'],
    ['Kempenland', 'politiezone-kempenland'],
    ['Lommel', 'politiezone-noord-limburg'],
    ['Gent', 'gent'],
  ]);
  t.same(
    proposeCandidates(text, segmentDocument(text), found, matcher).map((c) => [c.quote, c.kind, c.cue]),
    [['Hanolo', 'police_zone', 'politiezones']],
    'an unknown item is proposed as a zone',
  );
  t.same(mentions('Twee zones: de ene in Gent, de andere in Aalst.'), [['Gent', 'gent'], ['Aalst', 'aalst']], 'a colon before words that are no names opens no list');
  t.same(mentions('De politiezones Gent en Brussel-Zaventem werken samen.'), [['Gent', 'politiezone-gent'], ['Brussel', 'brussel'], ['Zaventem', 'zaventem']], 'an item whose words name places but no zone ends the list and keeps its places');
});

t.test('a zone named after three towns is also written by their initials', async (t) => {
  t.same(mentions('De korpschef van B-H-T en die van B-D-M.'), [
    ['B-H-T', 'politiezone-beringen-ham-tessenderlo'],
    ['B-D-M', 'politiezone-balen-dessel-mol'],
  ]);
  t.same(mentions('De zones L-M en V-M.'), [], 'two towns give no initials');
});

t.test('"zone West" is Brussel-West in a text about Brussels, and nothing elsewhere', async (t) => {
  t.same(mentions('In Brussel kampt vooral de zone West met tekorten.'), [['Brussel', 'brussel'], ['zone West', 'politiezone-brussel-west']]);
  t.same(mentions('De feiten: politiezone West kampt met tekorten.', 'sint-jans-molenbeek'), [['politiezone West', 'politiezone-brussel-west']]);
  t.same(mentions('In Kortrijk kampt vooral de zone West met tekorten.'), [['Kortrijk', 'kortrijk']]);
});

t.test('a compound name after a police noun is one zone name, whose parts name nothing', async (t) => {
  const text = 'De fusie tot de politiezone Noord-West-Limburg gaat niet door, zegt Limburg.';
  const found = extractMentions(text, matcher);
  t.same(found.map((m) => [m.quote, m.entityId]), [['Limburg', 'limburg']]);
  t.same(proposeCandidates(text, segmentDocument(text), found, matcher).map((c) => [c.quote, c.kind]), [['politiezone Noord-West-Limburg', 'police_zone']]);
  t.same(mentions('De politiezone Noord en het Hasselt-Maasplan.'), [['politiezone Noord', 'politiezone-noord'], ['Hasselt', 'hasselt']], 'without a police noun before it a compound still holds its place');
});

t.test('the neighbourhoods and squares of the central cities; a qualified one that is a word counts only in a document about its city', async (t) => {
  t.same(mentions('Overlast in Zurenborg, de Marollen en op de Groenplaats; in Gent op de Graslei en in Macharius-Heirnis.'), [
    ['Zurenborg', 'zurenborg'],
    ['Marollen', 'marollen'],
    ['Groenplaats', 'groenplaats'],
    ['Gent', 'gent'],
    ['Graslei', 'graslei'],
    ['Macharius-Heirnis', 'macharius-heirnis'],
  ]);
  t.same(mentions('In Runkst en Godsheide, in het Westerkwartier van Oostende.'), [['Runkst', 'runkst'], ['Godsheide', 'godsheide'], ['Westerkwartier', 'westerkwartier'], ['Oostende', 'oostende']]);
  t.same(mentions('Er kwam een dam in de rivier en de Dam werd afgesloten.'), [], '"Dam (Antwerpen)" is a word elsewhere');
  t.same(mentions('In de Antwerpse wijk Dam werd gepatrouilleerd.'), [['Antwerpse', 'antwerpen'], ['Dam', 'dam-antwerpen']]);
  t.same(lineage('macharius-heirnis').slice(0, 2), ['macharius-heirnis', 'gent'], 'a neighbourhood lies in its city');
});

t.test("a city's nickname names the city", async (t) => {
  t.same(mentions('In de Pallieterstad en de Suikerstad, net als in de Ros Beiaardstad, de Hoppestad en de Egmontstad.'), [
    ['Pallieterstad', 'lier'],
    ['Suikerstad', 'tienen'],
    ['Ros Beiaardstad', 'dendermonde'],
    ['Hoppestad', 'poperinge'],
    ['Egmontstad', 'zottegem'],
  ]);
});

t.test('regions by their adjectives and the Rand around Brussels, which as a word is only a capitalised name', async (t) => {
  t.same(mentions('In de Rand rond Brussel, de Halle-Vilvoordse politiezones, de Pajotse dorpen, het Brugse Ommeland en de Waaslandse gemeenten.'), [
    ['Rand', 'vlaamse-rand'],
    ['Brussel', 'brussel'],
    ['Halle-Vilvoordse', 'arrondissement-halle-vilvoorde'],
    ['Pajotse', 'pajottenland'],
    ['Brugse Ommeland', 'brugse-ommeland'],
    ['Waaslandse', 'waasland'],
  ]);
  t.same(mentions('Aan de rand van de stad staat een huis. Rand en centrum.'), [], 'the common noun, and a capital only the sentence gives');
});
