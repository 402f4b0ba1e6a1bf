/**
 * Actors in invented sentences with the seed gazetteer: classes of names (federal bodies,
 * committees of the Chamber, word-order variants) and portfolios that are not actors.
 */
import t from 'tap';
import { proposeCandidates } from '../../src/ingest/candidates.js';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const matcher = compileGazetteer(readBuildInputs(defaultSeedsDir).gazetteer);
const actors = (text: string) => extractMentions(text, matcher).filter((m) => m.entityType === 'actor').map((m) => [m.quote, m.entityId]);

t.test('a portfolio after plural ministers is no actor', async (t) => {
  t.same(actors('Een omzendbrief van de ministers van Binnenlandse Zaken en Justitie, en een van de Minister van Justitie.'), []);
  t.same(actors('De staatssecretarissen voor Asiel en Migratie overleggen met Justitie.'), [['Justitie', 'justitie']]);
});

t.test('the federal Council of Ministers and the Chamber committees', async (t) => {
  t.same(actors('De Ministerraad keurde het ontwerp goed; het wordt besproken in de commissie Justitie en in de commissie voor Binnenlandse Zaken.'), [
    ['Ministerraad', 'ministerraad'],
    ['commissie Justitie', 'kamer-van-volksvertegenwoordigers'],
    ['commissie voor Binnenlandse Zaken', 'kamer-van-volksvertegenwoordigers'],
  ]);
});

t.test('names written in another order or shorter', async (t) => {
  t.same(actors('De gerechtelijke federale politie en de Algemene Inspectie Politie krijgen meer middelen.'), [
    ['gerechtelijke federale politie', 'federale-gerechtelijke-politie'],
    ['Algemene Inspectie Politie', 'aig'],
  ]);
});

t.test('federal, regional, European and international bodies, parties and news media', async (t) => {
  t.same(actors('Het Rekenhof en de Senaat kregen het rapport van de FOD Volksgezondheid, het Europees Parlement dat van Europol en de VN.'), [
    ['Rekenhof', 'rekenhof'],
    ['Senaat', 'senaat'],
    ['FOD Volksgezondheid', 'fod-volksgezondheid'],
    ['Europees Parlement', 'europees-parlement'],
    ['Europol', 'europol'],
    ['VN', 'verenigde-naties'],
  ]);
  t.same(actors('Het EMCDDA heet nu EUDA. De CVP werd CD&V; Volt kwam op. Dat zei de burgemeester aan TVL en aan VRT NWS.'), [
    ['EMCDDA', 'euda'],
    ['EUDA', 'euda'],
    ['CVP', 'cd-v'],
    ['CD&V', 'cd-v'],
    ['Volt', 'volt'],
    ['TVL', 'tvl'],
    ['VRT NWS', 'vrt'],
  ]);
  t.same(actors('De camera werkt op 12 volt.'), [], 'a common word needs a capital');
});

t.test('universities and the police academy', async (t) => {
  t.same(actors('Een criminoloog van de UGent en een onderzoeker van de Vrije Universiteit Brussel geven les aan de Nationale Politieacademie.'), [
    ['UGent', 'universiteit-gent'],
    ['Vrije Universiteit Brussel', 'vub'],
    ['Nationale Politieacademie', 'anpa'],
  ]);
});

t.test('members of the Flemish and federal governments, by full name and then by surname', async (t) => {
  t.same(actors('Vlaams minister Hilde Crevits (CD&V) en minister Anneleen Van Bossuyt (N-VA) overleggen. Crevits wil meer.'), [
    ['Hilde Crevits', 'hilde-crevits'],
    ['CD&V', 'cd-v'],
    ['Anneleen Van Bossuyt', 'anneleen-van-bossuyt'],
    ['N-VA', 'n-va'],
    ['Crevits', 'hilde-crevits'],
  ]);
});

t.test('a name opening with an adjective is found inflected, as after "het"', async (t) => {
  t.same(actors('Het Vlaamse Parlement, het federale parlement en het Nationale Crisiscentrum overleggen met het Vaste Comité P.'), [
    ['Vlaamse Parlement', 'vlaams-parlement'],
    ['federale parlement', 'kamer-van-volksvertegenwoordigers'],
    ['Nationale Crisiscentrum', 'nationaal-crisiscentrum'],
    ['Vaste Comité P', 'comite-p'],
  ]);
  t.same(actors('Dat is niet in het Vlaamse belang.'), [], 'a party keeps its name as written');
});

t.test('coordination ellipsis with "zowel … als" and an article after the coordinator', async (t) => {
  t.same(actors('Zowel de lokale als de federale politie, en de lokale en de federale politie.'), [
    ['lokale', 'lokale-politie'],
    ['federale politie', 'federale-politie'],
    ['lokale', 'lokale-politie'],
    ['federale politie', 'federale-politie'],
  ]);
  t.same(actors('Ze is even groot als de federale politie.'), [['federale politie', 'federale-politie']], 'a word that forms no name with the head is left alone');
});

t.test('coordination ellipsis of two words: "de Federale Bestuurlijke als de Gerechtelijke Politie"', async (t) => {
  t.same(actors('Meer personeel voor zowel de Federale Bestuurlijke als de Gerechtelijke Politie.'), [
    ['Federale Bestuurlijke', 'dga'],
    ['Gerechtelijke Politie', 'federale-gerechtelijke-politie'],
  ]);
  t.same(actors('Ook de Antwerpse lokale en federale politie.'), [
    ['lokale', 'lokale-politie'],
    ['federale politie', 'federale-politie'],
  ], 'two words are taken only when they complete a name that no other hit claims');
});

t.test('"Kamer" alone is the Chamber when capitalised, not a room, a Chamber of Commerce or a numbered room', async (t) => {
  t.same(actors('De minister antwoordde dinsdag in de Kamer.'), [['Kamer', 'kamer-van-volksvertegenwoordigers']]);
  t.same(actors('In zijn kamer lag het dossier. Kamer 12 is leeg en de Kamer van Koophandel zwijgt.'), []);
  t.same(actors('Groen van Gent stemde tegen.'), [['Groen', 'groen']], 'a known place after "van" does not lengthen the name');
});

t.test('"Binnenlandse Zaken" alone is the federal department, after "minister van" a portfolio', async (t) => {
  t.same(actors('De aanwervingen vallen onder Binnenlandse Zaken.'), [['Binnenlandse Zaken', 'fod-binnenlandse-zaken']]);
  t.same(actors('Een brief van de minister van Binnenlandse Zaken.'), []);
});

t.test('an alias "<noun> (van) <town>" is also found as "<adjective> <noun>"', async (t) => {
  t.same(actors('Het Brugse parket en het Antwerpse stadsbestuur bevestigen.'), [
    ['Brugse parket', 'parket-west-vlaanderen'],
    ['Antwerpse stadsbestuur', 'stad-antwerpen'],
  ]);
  t.same(actors('Een brugse parketvloer en de Brugse politici.'), [], 'only the noun of the alias, and the adjective capitalised');
});

t.test('an alias "<adjective> <noun>" of a town or province is also found as "<noun> (van) <place>"', async (t) => {
  t.same(actors('De brandweer van Antwerpen rukte uit, de brandweer Antwerpen bevestigt.'), [
    ['brandweer van Antwerpen', 'brandweer-zone-antwerpen'],
    ['brandweer Antwerpen', 'brandweer-zone-antwerpen'],
  ]);
  t.same(extractMentions('De directeur van de politieschool West-Vlaanderen zoekt kandidaten.', matcher).map((m) => [m.quote, m.entityId]), [
    ['politieschool West-Vlaanderen', 'pov'],
  ], 'the province nested in the body\'s name is no place mention');
  t.same(actors('De brandweer van Gent rukte uit.'), [], 'a town whose body has no adjective alias: nothing');
  t.same(actors('De coalitie van Zweden en de ombudsman van Vlaanderen.'), [], 'a country\'s or region\'s adjective ("Zweedse coalitie" of the federal government, "Vlaamse ombudsman"): no form');
  t.same(actors('De brandweer rukte uit in Antwerpen.'), [], 'the noun and the town apart');
});

t.test('a party after "Jong" is its youth organisation, not the party', async (t) => {
  t.same(actors('Jong N-VA en Jong CD&V steunen de N-VA.'), [
    ['Jong N-VA', 'jong-n-va'],
    ['Jong CD&V', 'jong-cd-v'],
    ['N-VA', 'n-va'],
  ], 'the youth organisations of the Flemish parties are in the gazetteer (session 10)');
  t.same(actors('De Jongsocialisten en Vlaams Belang Jongeren betogen; er is weinig animo.'), [
    ['Jongsocialisten', 'jongsocialisten'],
    ['Vlaams Belang Jongeren', 'vlaams-belang-jongeren'],
  ]);
});

t.test("a party's provincial branch is an actor under its own name, the province inside it", async (t) => {
  t.same(extractMentions('CD&V Vlaams-Brabant wil meer agenten; ook Vlaams Belang Limburg en sp.a West-Vlaanderen.', matcher).map((m) => [m.quote, m.entityId]), [
    ['CD&V Vlaams-Brabant', 'cd-v-vlaams-brabant'],
    ['Vlaams Belang Limburg', 'vlaams-belang-limburg'],
    ['sp.a West-Vlaanderen', 'vooruit-west-vlaanderen'],
  ]);
  t.same(extractMentions('In Vlaams-Brabant wil CD&V meer agenten, net als in Limburg.', matcher).map((m) => [m.quote, m.entityId]), [
    ['Vlaams-Brabant', 'vlaams-brabant'],
    ['CD&V', 'cd-v'],
    ['Limburg', 'limburg'],
  ], 'a party and a province apart are the party and the province');
});

t.test("a party's local branch, which the gazetteer lacks, names neither the party nor the town, and is proposed as a candidate", async (t) => {
  const text = 'Het programma van Vlaams Belang Kalmthout en CD&V De Panne; in Gent stemde N-VA tegen, Bart Somers (Open Vld) Mechelen niet.';
  const found = extractMentions(text, matcher);
  t.same(found.map((m) => [m.quote, m.entityId]), [
    ['Gent', 'gent'],
    ['N-VA', 'n-va'],
    ['Bart Somers', 'bart-somers'],
    ['Open Vld', 'open-vld'],
    ['Mechelen', 'mechelen'],
  ]);
  t.same(proposeCandidates(text, [{ start: 0, end: text.length, quote: text }], found, matcher).filter((c) => c.cue === 'partij').map((c) => c.quote), ['Vlaams Belang Kalmthout', 'CD&V De Panne']);
  t.same(extractMentions('Zo gaat het vooruit Gent in, en N-VA Gent-Centrum.', matcher).map((m) => [m.quote, m.entityId]), [
    ['Gent', 'gent'],
    ['N-VA', 'n-va'],
    ['Gent-Centrum', 'centrum-gent'],
  ], 'a lowercase word is no party, and a town going on with a hyphen is another place');
});

t.test('two parties joined by a hyphen are a joint list, which names neither party and is proposed as a candidate', async (t) => {
  const text = 'De raadsleden voor MR-Open VLD en het kartel CD&V-N-VA; de lijst sp.a-Groen haalde vijf zetels.';
  const found = extractMentions(text, matcher);
  t.same(found.map((m) => [m.quote, m.entityId]), []);
  t.same(proposeCandidates(text, [{ start: 0, end: text.length, quote: text }], found, matcher).filter((c) => c.cue === 'partij').map((c) => c.quote), ['MR-Open VLD', 'CD&V-N-VA', 'sp.a-Groen']);
  // A compound after the pair is the two parties' ("de N-VA-CD&V-meerderheid"); a longer list the gazetteer knows stays that list; a party before a role noun stays the party.
  t.same(actors('De CD&V-N-VA-meerderheid in Gent, Vld-Groen-M+ in Mechelen en N-VA-Kamerlid Michael Freilich.'), [
    ['CD&V', 'cd-v'],
    ['N-VA', 'n-va'],
    ['Vld-Groen-M+', 'voor-mechelen'],
    ['N-VA', 'n-va'],
    ['Michael Freilich', 'michael-freilich'],
  ]);
});

t.test('a joint list or a party with "-Plus" after it is a local list, which names neither party (session 19)', async (t) => {
  const text = 'In de raad zetelt Groen-CD&V-Plus naast de lijst N-VA-Plus en Open Vld-plus.';
  const found = extractMentions(text, matcher);
  t.same(found.map((m) => [m.quote, m.entityId]), []);
  t.same(proposeCandidates(text, [{ start: 0, end: text.length, quote: text }], found, matcher).filter((c) => c.cue === 'partij').map((c) => c.quote), ['Groen-CD&V-Plus', 'N-VA-Plus', 'Open Vld-plus']);
  t.same(actors('Groen plus N-VA steunen het plan; de N-VA-Plusminuslijst bestaat niet.'), [['Groen', 'groen'], ['N-VA', 'n-va'], ['N-VA', 'n-va']], '"plus" as a word, or a compound going on, is no list');
});

t.test('a news outlet quoted as the source: after "aldus", "meldt", "volgens", "bericht"', async (t) => {
  t.same(actors('Er vielen drie gewonden, aldus Le Soir. Dat meldt Het Nieuwsblad; volgens HBVL en La Libre zijn er meer, bericht ATV.'), [
    ['Le Soir', 'le-soir'],
    ['Het Nieuwsblad', 'het-nieuwsblad'],
    ['HBVL', 'het-belang-van-limburg'],
    ['La Libre', 'la-libre-belgique'],
    ['ATV', 'atv'],
  ]);
  t.same(actors("Dat schrijft L’Echo, en ook L'Echo van gisteren. Ringtv en TV Limburg brachten het, VRT Nieuws ook."), [
    ['L’Echo', 'l-echo'],
    ["L'Echo", 'l-echo'],
    ['Ringtv', 'ring-tv'],
    ['TV Limburg', 'tvl'],
    ['VRT Nieuws', 'vrt'],
  ]);
});

t.test('police unions, by their Dutch and French names, and their confederations', async (t) => {
  t.same(actors('De vakbonden VSOA Politie, ACV Politie, ACOD Politie en NSPV dienen een stakingsaanzegging in; ook SLFP Police en CGSP Police.'), [
    ['VSOA Politie', 'vsoa-politie'],
    ['ACV Politie', 'acv-politie'],
    ['ACOD Politie', 'acod-politie'],
    ['NSPV', 'nspv'],
    ['SLFP Police', 'vsoa-politie'],
    ['CGSP Police', 'acod-politie'],
  ]);
  t.same(actors('Het ACV en het ACOD steunen de actie van het SNPS.'), [
    ['ACV', 'acv'],
    ['ACOD', 'acod'],
    ['SNPS', 'nspv'],
  ]);
});

t.test('rights organisations, advisory bodies and agencies that safety news quotes', async (t) => {
  t.same(actors('Amnesty, de Liga voor Mensenrechten, Myria, het Kinderrechtencommissariaat en Vluchtelingenwerk Vlaanderen reageren, net als de Orde van Vlaamse Balies, de VVSG en Brulocalis.'), [
    ['Amnesty', 'amnesty-international'],
    ['Liga voor Mensenrechten', 'liga-voor-mensenrechten'],
    ['Myria', 'myria'],
    ['Kinderrechtencommissariaat', 'kinderrechtencommissariaat'],
    ['Vluchtelingenwerk Vlaanderen', 'vluchtelingenwerk-vlaanderen'],
    ['Orde van Vlaamse Balies', 'orde-van-vlaamse-balies'],
    ['VVSG', 'vvsg'],
    ['Brulocalis', 'brulocalis'],
  ]);
  // The airport itself is a place (locations.json); its operator is the actor.
  t.same(actors('Het CCB waarschuwt; Brussels Airport Company en skeyes, vroeger Belgocontrol, passen hun procedures op Brussels Airport aan.'), [
    ['CCB', 'ccb'],
    ['Brussels Airport Company', 'brussels-airport-company'],
    ['skeyes', 'skeyes'],
    ['Belgocontrol', 'skeyes'],
  ]);
});

t.test('a name that is also a common Dutch word or phrase counts only when capitalised', async (t) => {
  t.same(actors('Dat blijkt uit cijfers die De Tijd en Trends opvroegen; De Standaard, De Morgen en De Lijn bevestigen het.'), [
    ['De Tijd', 'de-tijd'],
    ['Trends', 'trends'],
    ['De Standaard', 'de-standaard'],
    ['De Morgen', 'de-morgen'],
    ['De Lijn', 'de-lijn'],
  ]);
  t.same(
    actors('De agenten namen de tijd, want de trends zijn zorgwekkend. Dat ligt in de lijn van de standaard die sinds de morgen geldt.'),
    [],
  );
  t.same(actors('De tijd dringt. De lijn wordt verlengd.'), [], "a sentence's capital reaches the first word of a phrase only");
  // A generic service noun is no organisation, even capitalised at the start of a sentence (seed 001).
  t.same(actors('Slachtofferhulp bouwen we verder uit.'), []);
});

t.test("the federal police's coordination and support directorates, one per judicial arrondissement", async (t) => {
  t.same(actors('De DirCo Limburg en de CSD Oost-Vlaanderen leveren versterking, net als de Coördinatie- en Steundirectie Luik.'), [
    ['DirCo Limburg', 'federale-politie-limburg'],
    ['CSD Oost-Vlaanderen', 'federale-politie-oost-vlaanderen'],
    ['Coördinatie- en Steundirectie Luik', 'federale-politie-luik'],
  ]);
});

t.test('police schools, federations and institutes quoted on safety', async (t) => {
  t.same(actors('Aspiranten van het PIVO, Campus Vesta en het POV; Unizo, Comeos en het VBO vragen meer blauw, het ABVV en het ACLVB ook. Sciensano en het VAD publiceren cijfers.'), [
    ['PIVO', 'pivo'],
    ['Campus Vesta', 'campus-vesta'],
    ['POV', 'pov'],
    ['Unizo', 'unizo'],
    ['Comeos', 'comeos'],
    ['VBO', 'vbo'],
    ['ABVV', 'abvv'],
    ['ACLVB', 'aclvb'],
    ['Sciensano', 'sciensano'],
    ['VAD', 'vad'],
  ]);
  // "plot" is a Dutch word: the Limburg school is found by its full name, and by "PLOT" only written in capitals (police-units.test.ts).
  t.same(actors('Het plot van de film. De Provincie Limburg Opleiding en Training leidt op.'), [['Provincie Limburg Opleiding en Training', 'plot']]);
});

t.test('oversight bodies and agencies: a former name is found too', async (t) => {
  t.same(actors('Het COC en de GBA, vroeger de Privacycommissie, adviseren de Federale Politieraad; de Civiele Bescherming en het FAVV helpen, meldt Apache.'), [
    ['COC', 'coc'],
    ['GBA', 'gegevensbeschermingsautoriteit'],
    ['Privacycommissie', 'gegevensbeschermingsautoriteit'],
    ['Federale Politieraad', 'federale-politieraad'],
    ['Civiele Bescherming', 'civiele-bescherming'],
    ['FAVV', 'favv'],
    ['Apache', 'apache'],
  ]);
});

t.test("a provincial prosecutor's office by its divisions, the former arrondissements", async (t) => {
  t.same(actors('Het parket van Mechelen, het Turnhoutse parket en parket Antwerpen, afdeling Turnhout.'), [
    ['parket van Mechelen', 'parket-antwerpen'],
    ['Turnhoutse parket', 'parket-antwerpen'],
    ['parket Antwerpen, afdeling Turnhout', 'parket-antwerpen'],
  ]);
  t.same(actors('Het Kortrijkse parket, het parket van Veurne, het parket Dendermonde en het parket van Tongeren.'), [
    ['Kortrijkse parket', 'parket-west-vlaanderen'],
    ['parket van Veurne', 'parket-west-vlaanderen'],
    ['parket Dendermonde', 'parket-oost-vlaanderen'],
    ['parket van Tongeren', 'parket-limburg'],
  ]);
});

t.test('local lists of the 2024 elections in the central cities, a phrase list only with a capital of its own', async (t) => {
  t.same(actors('In Mechelen won Vld-Groen-M+ in 2018; in 2024 haalde Voor Mechelen geen meerderheid.'), [
    ['Vld-Groen-M+', 'voor-mechelen'],
    ['Voor Mechelen', 'voor-mechelen'],
  ]);
  t.same(actors('Dat is goed nieuws voor Gent.'), [], 'a preposition before the town is no list');
  t.same(actors('Voor Gent is dit een goede zaak.'), [], "the sentence's capital is no evidence when the rest is a place");
  t.same(actors('De stadslijst Voor Gent won. Voor Gent haalde 30 procent.'), [
    ['stadslijst Voor Gent', 'voor-gent'],
    ['Voor Gent', 'voor-gent'],
  ], 'named without doubt once, the list is the list at a sentence start too');
  t.same(actors('In Hasselt trok Vooruit-Groen naar de kiezer, zoals RoodGroen+ in 2018.'), [
    ['Vooruit-Groen', 'vooruit-groen-hasselt'],
    ['RoodGroen+', 'vooruit-groen-hasselt'],
  ]);
  t.same(actors('Team Burgemeester won in Kortrijk.'), [['Team Burgemeester', 'team-burgemeester-stadslijst-kortrijk']]);
  t.same(actors('Team Burgemeester won in Zwevegem.'), [], 'another town has a Team Burgemeester too');
});

t.test('more local lists: a list named by a phrase counts only with capitals on every word', async (t) => {
  t.same(actors('In Oostende won Trots op Oostende; in Brugge verloor Voor Brugge en in Aalst Voor Aalst.'), [
    ['Trots op Oostende', 'trots-op-oostende'],
    ['Voor Brugge', 'voor-brugge'],
    ['Voor Aalst', 'voor-aalst'],
  ]);
  t.same(actors('We zijn trots op Oostende; een plan voor Brugge en voor Aalst.'), []);
});

t.test('a list named by a phrase ending in a place, at a sentence start, needs the list named elsewhere', async (t) => {
  t.same(actors('Trots op Oostende zijn we allemaal.'), []);
  t.same(actors('In Oostende won Trots op Oostende. Trots op Oostende vormt een coalitie.'), [
    ['Trots op Oostende', 'trots-op-oostende'],
    ['Trots op Oostende', 'trots-op-oostende'],
  ]);
});

t.test('the council of every Flemish and Brussels municipality, by "gemeenteraad van" or the town\'s adjective; a bare council is nobody', async (t) => {
  t.same(actors('De gemeenteraad van Zoersel keurde de dotatie goed, net als de Lierse gemeenteraad en de Gentse gemeenteraad.'), [
    ['gemeenteraad van Zoersel', 'gemeenteraad-zoersel'],
    ['Lierse gemeenteraad', 'gemeenteraad-lier'],
    ['Gentse gemeenteraad', 'gemeenteraad-gent'],
  ]);
  t.same(actors('In de gemeenteraad stelde een raadslid een vraag; de politieraad volgde.'), []);
  const places = extractMentions('De gemeenteraad van Zoersel vergaderde.', matcher).filter((m) => m.entityType === 'location');
  t.same(places, [], 'the town inside the council\'s name is no separate place');
});

t.test('every standing committee of the Chamber written "Kamercommissie", and the bare "Kamercommissie", is the Chamber', async (t) => {
  t.same(actors('De Kamercommissie Mobiliteit keurde de resolutie goed, na de Kamercommissie voor Landsverdediging; de Kamercommissie hoorde Securail.'), [
    ['Kamercommissie Mobiliteit', 'kamer-van-volksvertegenwoordigers'],
    ['Kamercommissie voor Landsverdediging', 'kamer-van-volksvertegenwoordigers'],
    ['Kamercommissie', 'kamer-van-volksvertegenwoordigers'],
    ['Securail', 'securail'],
  ]);
  t.same(actors('De commissie Mobiliteit van de gemeenteraad vergaderde.'), [], 'a council committee of the same name is not the Chamber');
});

t.test('emergency centres 101 and 112, the intervention corps, an anti-corruption service and the former gendarmerie', async (t) => {
  t.same(actors('De Noodcentrale 101 en het Hulpcentrum 112 kregen meer oproepen; het interventiekorps en de CDBC hielpen, zoals vroeger de rijkswacht.'), [
    ['Noodcentrale 101', 'cic'],
    ['Hulpcentrum 112', 'hulpcentrum-112'],
    ['interventiekorps', 'interventiekorps'],
    ['CDBC', 'cdbc'],
    ['rijkswacht', 'rijkswacht'],
  ]);
});

t.test("an elliptical list of prosecutors' offices: each name is an office, the plural noun none", async (t) => {
  t.same(actors('De parketten van Limburg, Antwerpen en Brugge werken samen.'), [
    ['Limburg', 'parket-limburg'],
    ['Antwerpen', 'parket-antwerpen'],
    ['Brugge', 'parket-west-vlaanderen'],
  ], 'a division names its office');
  t.same(extractMentions('In Limburg en Antwerpen werken de parketten samen.', matcher).map((m) => [m.quote, m.entityId]), [
    ['Limburg', 'limburg'],
    ['Antwerpen', 'provincie-antwerpen'],
  ], 'places before the plural noun stay places; the generic plural names no actor (the devset gold, fresh7 120)');
});

t.test('a Flemish fire zone is also written "Brandweer" or "Brandweer Zone" with its name', async (t) => {
  t.same(actors('Brandweer Fluvia en Brandweer Westhoek rukten uit, net als Brandweer Zone Oost-Limburg.'), [
    ['Brandweer Fluvia', 'hulpverleningszone-fluvia'],
    ['Brandweer Westhoek', 'hulpverleningszone-westhoek'],
    ['Brandweer Zone Oost-Limburg', 'hulpverleningszone-oost-limburg'],
  ]);
  t.same(extractMentions('In de Westhoek rukte de brandweer uit.', matcher).map((m) => [m.quote, m.entityId]), [['Westhoek', 'westhoek']], 'the region alone stays the region');
});

t.test('a bare "parlement" or committee of inquiry names the one parliament the document speaks of', async (t) => {
  t.same(actors('N-VA-Kamerlid An Peeters dient een resolutie in bij het parlement.'), [
    ['N-VA', 'n-va'],
    ['parlement', 'kamer-van-volksvertegenwoordigers'],
  ], 'a Kamerlid speaks of the Kamer');
  t.same(actors('De onderzoekscommissie naar de aanslagen gaf de Kamer een rapport.'), [
    ['onderzoekscommissie', 'kamer-van-volksvertegenwoordigers'],
    ['Kamer', 'kamer-van-volksvertegenwoordigers'],
  ]);
  t.same(actors('Een Vlaams volksvertegenwoordiger vraagt het parlement om meer geld.'), [['parlement', 'vlaams-parlement']]);
  t.same(actors('Het parlement keurde het goed.'), [], 'no parliament named: nothing');
  t.same(actors('Een Kamerlid en een Vlaams parlementslid spreken het parlement toe.'), [], 'two parliaments named: nothing');
  t.same(actors('De Kamer keurde het goed, net als het Nederlandse parlement.'), [['Kamer', 'kamer-van-volksvertegenwoordigers']], 'after an adjective it is another parliament');
});

t.test('unknown organisations proposed as candidates: a list in parentheses after a politician, a name after its legal form', async (t) => {
  const text = 'Raadslid Bart Volders (Gemeentebelangen) en burgemeester Jo Fonck (sp.a/LVB) steunen vzw Velo, net als Annelies Verlinden (CD&V).';
  const found = extractMentions(text, matcher, { documentDate: '2024-06-01' });
  const organisations = proposeCandidates(text, [{ start: 0, end: text.length, quote: text }], found, matcher).filter((c) => c.kind === 'organisation');
  t.same(organisations.map((c) => [c.quote, c.cue]), [
    ['Gemeentebelangen', 'partij'],
    ['LVB', 'partij'],
    ['Velo', 'vzw'],
  ], 'a known party in the parenthesis is a mention, not a candidate');
  t.same(proposeCandidates('Dat is (volgens mij) te weinig.', [{ start: 0, end: 30, quote: 'Dat is (volgens mij) te weinig.' }], [], matcher).filter((c) => c.cue === 'partij'), [], 'a parenthesis after no person is no list');
});

t.test('person candidates: persons listed with a plural role, an initial after a role, a name going on into a known body (session 14)', async (t) => {
  const candidates = (text: string) => proposeCandidates(text, [{ start: 0, end: text.length, quote: text }], extractMentions(text, matcher), matcher).filter((c) => c.kind === 'person').map((c) => [c.quote, c.cue]);
  t.same(candidates('Verantwoordelijken: Commissarissen Jan Proefmans en Els Testers.'), [['Jan Proefmans', 'commissarissen'], ['Els Testers', 'commissarissen']]);
  t.same(candidates('Hartelijk dank.\n\nJan Proefmans, Piet Voorbeeld en Els Testers, gemeenteraadsleden voor Groen'), [
    ['Jan Proefmans', 'gemeenteraadsleden'],
    ['Piet Voorbeeld', 'gemeenteraadsleden'],
    ['Els Testers', 'gemeenteraadsleden'],
  ]);
  t.same(candidates('Teamchef: Hoofdinspecteur B. Proefmans\n\nPolitionele medewerkers'), [['B. Proefmans', 'hoofdinspecteur']], 'the name ends at the line');
  t.same(candidates('“Het was geen goed jaar”, zegt Els Van De Testers van de FOD Justitie.'), [['Els Van De Testers', null]]);
  // A portfolio after a plural role is no person; one word left before "van" is no name.
  t.same(candidates('De ministers van Justitie en Binnenlandse Zaken vergaderden.'), []);
  t.same(candidates('Zo zei Jan van de FOD Justitie het.'), []);
});

t.test('the police oversight bodies under their shorter and longer written names', async (t) => {
  t.same(actors('Een klacht ging naar de Algemene Inspectie van de politie.'), [['Algemene Inspectie van de politie', 'aig']]);
  t.same(actors('Volgens de Algemene Inspectie van de federale politie en de lokale politie klopt het.'), [['Algemene Inspectie van de federale politie en de lokale politie', 'aig']]);
  t.same(actors('Het Vast Comité van Toezicht op de politiediensten & de Algemene Inspectie werken samen.'), [['Vast Comité van Toezicht op de politiediensten', 'comite-p'], ['Algemene Inspectie', 'aig']]);
  // Where it must not: an inspection without the body's name is no body.
  t.same(actors('Na de inspectie van de politie volgt een verslag.').filter(([, id]) => id === 'aig'), []);
});

t.test('Joëlle Milquet, minister of the Interior from 2011 to 2014, is a known person with her term (fresh19: "Minister van Binnenlandse Zaken Joëlle Milquet (CDH)" was unknown)', async (t) => {
  t.same(actors('Minister van Binnenlandse Zaken Joëlle Milquet (CDH) beloofde extra agenten. Milquet hield woord.').filter(([, id]) => id === 'joelle-milquet'), [
    ['Joëlle Milquet', 'joelle-milquet'],
    ['Milquet', 'joelle-milquet'],
  ]);
  const milquet = readBuildInputs(defaultSeedsDir).gazetteer.actors.find((a) => a.id === 'joelle-milquet');
  t.same(milquet?.memberships.filter((m) => m.role.includes('Binnenlandse Zaken')).map((m) => [m.organization, m.start, m.end]), [['federale-regering', '2011-12-06', '2014-07-22']]);
  t.equal(milquet?.party, 'les-engages');
});

t.test('the Regio Puyenbroeck zone is also named without "Regio" (fresh19: "de zone Puyenbroeck", "politiezone Puyenbroeck" were unknown)', async (t) => {
  t.same(actors('De politieraad van de zone Puyenbroeck keurde de rekeningen goed; de politiezone Puyenbroeck heeft een overschot.'), [
    ['zone Puyenbroeck', 'politiezone-regio-puyenbroeck'],
    ['politiezone Puyenbroeck', 'politiezone-regio-puyenbroeck'],
  ]);
});

t.test('in a text on the police, "de lokale" and "de federale" standing alone are the police of that level (fresh25 334: "bij de lokale zijn er dat zelfs 2.097" was no mention)', async (t) => {
  t.same(actors('De federale politie heeft 1.610 agenten te kort, bij de lokale zijn er dat 2.097. Maar de federale kon dat niet.'), [
    ['federale politie', 'federale-politie'],
    ['lokale', 'lokale-politie'],
    ['federale', 'federale-politie'],
  ]);
  t.same(actors('De federale staat betaalt de lokale besturen.').map((a) => a[1]), ['federale-overheid'], 'a noun after the adjective: "de federale staat", "de lokale besturen"');
  t.same(actors('Bij de lokale zijn er dat 2.097.'), [], 'not in a text that never speaks of the police');
});

t.test('"de lokale en … de federale politie": a level standing alone before "en" is that level\'s police when the clause names the other level\'s (fresh35 453: "27.379 actief bij de lokale en 9.629 bij de federale politie" had no mention of the local police)', async (t) => {
  t.same(actors('Ons land telde 37.008 agenten, waarvan 27.379 bij de lokale en 9.629 bij de federale politie.'), [['lokale', 'lokale-politie'], ['federale politie', 'federale-politie']]);
  t.same(actors('De federale politie werkt met de lokale en regionale besturen.'), [['federale politie', 'federale-politie']], 'no police of the other level after it');
});

t.test('an alias of a lowercase noun phrase and a place ("federale gerechtelijke politie van Limburg") is also found with the place\'s adjective before the phrase, and so is an acronym\'s ("FGP Hasselt") (fresh21 278: "de Hasseltse federale gerechtelijke politie" was a town and the federal service)', async (t) => {
  t.same(actors('De Limburgse federale gerechtelijke politie en de West-Vlaamse federale gerechtelijke politie werken samen.'), [
    ['Limburgse federale gerechtelijke politie', 'fgp-limburg'],
    ['West-Vlaamse federale gerechtelijke politie', 'fgp-west-vlaanderen'],
  ]);
  t.same(actors('De Antwerpse FGP en de Hasseltse FGP bevestigen.'), [['Antwerpse FGP', 'fgp-antwerpen'], ['Hasseltse FGP', 'fgp-limburg']], 'an acronym alone before its seat ("FGP Hasselt") is written with the seat\'s adjective too (session 38, fresh26 343: "de Antwerpse FGP" was a town and the federal service)');
  t.same(actors('De Gentse PZ bevestigt.'), [], 'an acronym no alias names with a place gives no form');
  t.same(actors('Het Zemstse College van Burgemeester en Schepenen keurde het goed.'), [['Zemstse College van Burgemeester en Schepenen', 'gemeente-zemst']], 'a phrase of nouns joined by "van" and "en" ("college van burgemeester en schepenen van Zemst") too (fresh31 405: a town and no actor)');
  t.same(actors('Het Aalsterse stadsbestuur van de stad keurde het goed.'), [['Aalsterse stadsbestuur', 'stad-aalst']], 'a place\'s class noun before its name ("stadsbestuur van de stad Aalst") is no part of the body\'s phrase');
});

t.test('the adjective of the place a body belongs to, right before its name, is the name\'s first word (fresh30 389: "het Vlaams Agentschap Binnenlands Bestuur" was a place and the agency)', async (t) => {
  const all = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);
  t.same(all('Dat blijkt uit cijfers van het Vlaams Agentschap Binnenlands Bestuur.'), [['Vlaams Agentschap Binnenlands Bestuur', 'agentschap-binnenlands-bestuur']]);
  t.same(all('Het Vlaamse Agentschap Zorg en Gezondheid antwoordt.'), [['Vlaamse Agentschap Zorg en Gezondheid', 'agentschap-zorg-en-gezondheid']]);
  t.same(all('Een Brussels Agentschap Binnenlands Bestuur bestaat niet.'), [['Brussels', 'brussel'], ['Agentschap Binnenlands Bestuur', 'agentschap-binnenlands-bestuur']], 'another place\'s adjective stays a place');
});
