/**
 * General Dutch rules for how texts write police zones and towns (session 9, issue 9 §3), each on
 * invented sentences, with both readings where a name is ambiguous.
 */
import t from 'tap';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const { gazetteer } = readBuildInputs(defaultSeedsDir);
const matcher = compileGazetteer(gazetteer);
const mentions = (text: string, scopeLocationId: string | null = null) =>
  extractMentions(text, matcher, { scopeLocationId, documentDate: '2024-06-01' }).map((m) => [m.quote, m.entityId]);

t.test('a town adjective before "korps", and "het korps van" a town, name the town\'s police zone', async (t) => {
  t.same(mentions('Het Lierse korps zoekt tien inspecteurs.'), [['Lierse korps', 'politiezone-lier']]);
  t.same(mentions('Volgens het korps van Lier is dat te weinig.'), [['korps van Lier', 'politiezone-lier']]);
  t.same(mentions('Op de Lierse markt stonden twee agenten.'), [['Lierse', 'lier']], 'without "korps" the adjective is the town');
});

t.test('"stad" written as a common noun before a town\'s name: the town; written as a name: its government', async (t) => {
  t.same(mentions('De stad Mechelen telt meer inwoners dan vroeger.'), [['Mechelen', 'mechelen']]);
  t.same(mentions('Stad Mechelen betaalt de nieuwe camera\'s.'), [['Stad Mechelen', 'stad-mechelen']]);
  t.same(mentions('Het stadsbestuur van Mechelen betaalt de nieuwe camera\'s.'), [['stadsbestuur van Mechelen', 'stad-mechelen']]);
});

t.test('a zone named by its towns joined by spaced dashes after a police noun', async (t) => {
  t.same(mentions('De politie Beringen – Ham – Tessenderlo patrouilleert vaker.'), [['politie Beringen – Ham – Tessenderlo', 'politiezone-beringen-ham-tessenderlo']]);
  t.same(mentions('De politie Beringen – Hasselt: een nieuwe fietsroute.'), [
    ['politie Beringen', 'politiezone-beringen-ham-tessenderlo'],
    ['Hasselt', 'hasselt'],
  ], 'a town the zone does not serve is a place of its own');
  t.same(mentions('De fietsroute loopt van Beringen – Ham naar Diest.'), [
    ['Beringen', 'beringen'],
    ['Ham', 'ham'],
    ['Diest', 'diest'],
  ], 'without a police noun, towns joined by a spaced dash stay towns');
});

t.test('"&" written for "en": in a name of the gazetteer and between a zone\'s towns after its police noun', async (t) => {
  t.same(mentions('Het Agentschap Justitie & Handhaving zegt het.'), [['Agentschap Justitie & Handhaving', 'agentschap-justitie-en-handhaving']]);
  t.same(mentions('De Politiezone Kortrijk & Kuurne patrouilleert.'), [['Politiezone Kortrijk & Kuurne', 'politiezone-vlas']]);
  // Where it must not: towns joined by "&" without a police noun stay towns.
  t.same(mentions('De fietsers van Kortrijk & Kuurne reden mee.'), [
    ['Kortrijk', 'kortrijk'],
    ['Kuurne', 'kuurne'],
  ]);
});

t.test('towns joined by hyphens, in any order, name the zone they make up after a police noun; without one they stay towns', async (t) => {
  t.same(mentions('De politie Riemst-Bilzen-Hoeselt controleert.'), [['politie Riemst-Bilzen-Hoeselt', 'politiezone-bilzen-hoeselt-riemst']]);
  t.same(mentions('De zone Lanaken-Maasmechelen controleert.'), [['zone Lanaken-Maasmechelen', 'politiezone-lanaken-maasmechelen']]);
  t.same(mentions('De fietsroute Lanaken-Maasmechelen is klaar.'), [
    ['Lanaken', 'lanaken'],
    ['Maasmechelen', 'maasmechelen'],
  ]);
});

t.test('a zone named otherwise ("HerKo") written as all its towns where a police noun governs them; towns glossing another noun stay towns', async (t) => {
  t.same(mentions('In andere politiezones, zoals Kortenberg-Herent, loopt het project.'), [['Kortenberg-Herent', 'politiezone-herko']]);
  t.same(mentions('De politie Herent-Kortenberg controleert.'), [['politie Herent-Kortenberg', 'politiezone-herko']]);
  t.same(mentions('Er hangen camera\'s in de politiezones Overijse en Herent-Kortenberg.'), [
    ['Overijse', 'politiezone-druivenstreek'],
    ['Herent-Kortenberg', 'politiezone-herko'],
  ]);
  t.same(mentions('De fietsroute Kortenberg-Herent is klaar.'), [
    ['Kortenberg', 'kortenberg'],
    ['Herent', 'herent'],
  ]);
  // The towns in brackets gloss a noun that is no police noun, in a text that speaks of the police.
  t.same(mentions('De politie telde meer inbraken in de HK-gemeenten (Herent-Kortenberg) dan vorig jaar.'), [
    ['Herent', 'herent'],
    ['Kortenberg', 'kortenberg'],
  ]);
});

t.test('an elliptical list of zones whose items are names of several words', async (t) => {
  t.same(mentions('De zones Kempen Noord-Oost en Noorderkempen praten over een fusie.'), [
    ['Kempen Noord-Oost', 'politiezone-kempen-noord-oost'],
    ['Noorderkempen', 'politiezone-noorderkempen'],
  ]);
  t.same(mentions('Wie houdt van de Kempen, wandelt in de Noorderkempen.'), [
    ['Kempen', 'kempen'],
    ['Noorderkempen', 'noorderkempen'],
  ], 'outside a list of zones the regions stay regions');
});

t.test('a zone\'s name without a police noun, with evidence that the zone is meant', async (t) => {
  t.same(mentions('Twee zones stemden tegen: Geel-Laakdal-Meerhout en Regio Turnhout.'), [
    ['Geel-Laakdal-Meerhout', 'politiezone-geel-laakdal-meerhout'],
    ['Regio Turnhout', 'politiezone-regio-turnhout'],
  ], 'a name of several parts that is no place, where the text speaks of zones');
  t.same(mentions('Twee zones stemden tegen: Neteland en de Polder.'), [], 'one plain word ("Polder" is also a word) needs the zone named elsewhere');
  t.same(mentions('De zone Hermeton et Heure ontvangt 188 euro, naar Lesse et Lhomme gaat er 170 euro per inwoner.'), [
    ['zone Hermeton et Heure', 'politiezone-hermeton-et-heure'],
    ['Lesse et Lhomme', 'politiezone-lesse-et-lhomme'],
  ], 'a French name keeps its joint "et" in lowercase, the name still written as a name (fresh34 437: "Lesse et Lhomme" was no mention)');
  t.same(mentions('De korpschefs van Neteland en Grensleie schreven samen met de zone Neteland een brief.'), [
    ['Neteland', 'politiezone-neteland'],
    ['zone Neteland', 'politiezone-neteland'],
  ], 'once the text names the zone, its one-word name alone is the zone');
  t.same(mentions('Over Geel-Laakdal-Meerhout schreef de krant niets.'), [
    ['Geel', 'geel'],
    ['Laakdal', 'laakdal'],
    ['Meerhout', 'meerhout'],
  ], 'without talk of the police the towns stay towns');
  t.same(mentions('De politiezone Westkust zoekt agenten. Toeristen aan de Westkust melden minder diefstallen. Samen met Westkust werkt ook Koksijde mee.'), [
    ['politiezone Westkust', 'politiezone-westkust'],
    ['Westkust', 'westkust'],
    ['Westkust', 'politiezone-westkust'],
    ['Koksijde', 'koksijde'],
  ], 'a region named like its zone: the area after an article, the zone once the text names it');
  t.same(mentions('Aan de Westkust en in Westkust-dorpen is het druk.'), [['Westkust', 'westkust']], 'a document that never names the zone keeps the region');
});

t.test('the federal road police\'s provincial units and the shipping police\'s sections, by name, abbreviation and adjective', async (t) => {
  t.same(mentions('De Limburgse wegpolitie en WPR Oost-Vlaanderen controleerden samen.'), [
    ['Limburgse wegpolitie', 'wegpolitie-limburg'],
    ['WPR Oost-Vlaanderen', 'wegpolitie-oost-vlaanderen'],
  ]);
  t.same(mentions('De wegpolitie van Antwerpen flitste 300 chauffeurs.'), [['wegpolitie van Antwerpen', 'wegpolitie-antwerpen']]);
  t.same(mentions('De wegpolitie controleerde in Limburg en Namen.'), [
    ['wegpolitie', 'wegpolitie'],
    ['Limburg', 'limburg'],
    ['Namen', 'provincie-namen'],
  ], 'the service and a place it works in are two mentions');
  t.same(mentions('De Scheepvaartpolitie Gent en de Gentse scheepvaartpolitie zijn één afdeling.'), [
    ['Scheepvaartpolitie Gent', 'scheepvaartpolitie-gent'],
    ['Gentse scheepvaartpolitie', 'scheepvaartpolitie-gent'],
  ]);
  t.same(mentions('De Antwerpse spoorwegpolitie en SPC Brussel patrouilleren op de treinen.'), [
    ['Antwerpse spoorwegpolitie', 'spoorwegpolitie-antwerpen'],
    ['SPC Brussel', 'spoorwegpolitie-brussel'],
  ], 'the railway police\'s dispatchings likewise');
  t.same(mentions('De scheepvaartpolitie in Antwerpen kreeg versterking.'), [
    ['scheepvaartpolitie', 'federale-scheepvaartpolitie'],
    ['Antwerpen', 'antwerpen'],
  ]);
});

t.test('every Belgian motorway by its A-number, and a road number that is a car model, a paper size or a licence is no road', async (t) => {
  t.same(mentions('Een ongeval op de A1 en file op de snelweg A14 richting R0.'), [
    ['A1', 'a1'],
    ['A14', 'a14'],
    ['R0', 'r0'],
  ]);
  t.same(mentions('Een gestolen Audi A4 en een Renault R5 werden teruggevonden.'), [], 'a make before the number names a car model');
  t.same(mentions('Het verslag telt tien bladzijden op A4; wie rijbewijs A2 heeft, mag rijden.'), [], 'A1 to A10 without an article or road noun are no roads');
  t.same(mentions('E40 en R4 blijven dicht. Op E17 staat file.'), [
    ['E40', 'e40'],
    ['R4', 'r4'],
    ['E17', 'e17'],
  ], 'other road numbers need no article, and a preposition opening the sentence is no make');
});

t.test('a road is written with its capital letter: a lowercase or accented letter before a number is none (fresh22: "op 1 à 2 jaar" was the A2)', async (t) => {
  t.same(mentions('Volgens hem is dat op 1 à 2 jaar haalbaar, of op de a 2.'), []);
  t.same(mentions('Op de E 40 en de A-12 stond file.'), [
    ['E 40', 'e40'],
    ['A-12', 'a12'],
  ], 'with a space or a hyphen');
});

t.test('a town adjective without its "-e" before a role or neuter noun is the town; a Dutch word of that form opening a sentence is not', async (t) => {
  t.same(mentions('Volgens Lommels schepen Jan Proef en het Zoersels raadslid klopt dat.'), [
    ['Lommels', 'lommel'],
    ['Zoersels', 'zoersel'],
  ]);
  t.same(mentions('Voorts vraagt de raad meer camera\'s.'), [], '"Voorts" is the adverb, not the adjective of Voort');
  t.same(mentions('De Lommelse politie en de Zoerselse raad.'), [
    ['Lommelse politie', 'politiezone-noord-limburg'],
    ['Zoerselse', 'zoersel'],
  ], 'the inflected adjective as before');
  t.same(mentions('Het werk komt in gevaar, aldus raadsheer Moens.'), [], 'no noun after it: a surname, not the adjective of Moen (fresh17)');
  t.same(mentions('Dat zegt het Zoersels, een dialect.'), [], 'a comma after it: no noun it modifies');
});

t.test('a town centre is found with its town\'s name, not by the word "Centrum" alone', async (t) => {
  t.same(mentions('In Hasselt centrum en Tervuren-centrum komen camera\'s.'), [
    ['Hasselt centrum', 'centrum-hasselt'],
    ['Tervuren-centrum', 'centrum-tervuren'],
  ]);
  t.same(mentions('In Hasselt opent het Centrum voor Geestelijke Gezondheidszorg.'), [['Hasselt', 'hasselt']], 'in a text about the town, "Centrum" alone is no place');
});

t.test('a court or prosecutor\'s office named after its division\'s town is the arrondissement\'s (since the 2014 reform)', async (t) => {
  t.same(mentions('De correctionele rechtbank van Kortrijk en de Turnhoutse rechtbank volgden het parket van Oudenaarde.'), [
    ['correctionele rechtbank van Kortrijk', 'rechtbank-west-vlaanderen'],
    ['Turnhoutse rechtbank', 'rechtbank-antwerpen'],
    ['parket van Oudenaarde', 'parket-oost-vlaanderen'],
  ]);
  t.same(mentions('De zaak komt voor de rechtbank in Veurne.'), [['rechtbank', 'rechtbank-west-vlaanderen'], ['Veurne', 'veurne']], 'after "in" the town is a place of its own (and the noun, since session 12, the court that sits there)');
});

t.test('a town adjective that its region shares, before a police noun: a place word for the region\'s zones together, or the town\'s zone', async (t) => {
  t.same(mentions('De Brusselse politie pakte gisteren een verdachte op.', 'brussel'), [['Brusselse politie', 'politiezone-brussel-hoofdstad-elsene']], 'in a text about the town: its zone');
  t.same(mentions('De Brusselse politie pakte gisteren een verdachte op.', 'schaarbeek'), [['Brusselse', 'brussels-hoofdstedelijk-gewest']], 'in a text about another town of the region: the region\'s place word, no zone');
  t.same(mentions('De Brusselse politie is verdeeld over zes zones met elk een korpschef.'), [['Brusselse', 'brussels-hoofdstedelijk-gewest']], 'a sentence that speaks of zones in the plural');
  t.same(mentions('De Brusselse politiezones vragen meer geld.', 'brussel'), [['Brusselse', 'brussels-hoofdstedelijk-gewest']], 'police nouns in the plural: the region\'s zones');
  t.same(mentions('In samenwerking met de andere Brusselse korpsen.', 'schaarbeek'), [['Brusselse', 'brussels-hoofdstedelijk-gewest']], '"korpsen" too');
  t.same(mentions('De Brusselse scholen vragen meer geld.', 'schaarbeek'), [['Brusselse', 'brussel']], 'before another noun the adjective stays the town');
  t.same(mentions('De Gentse politiezones: een vergissing van de krant.', 'gent'), [['Gentse', 'gent']], 'a town whose region has another name stays the town');
  t.same(mentions('De Gentse politie is verdeeld over zes wijken.', 'gent'), [['Gentse politie', 'politiezone-gent']], 'a town whose region has another name keeps its zone');
});

t.test('a zone named by its towns as a whole coordinated list after a police noun (session 11)', async (t) => {
  t.same(mentions('De problemen in de Politiezone Sint-Genesius-Rode, Drogenbos en Linkebeek zijn groot.'), [['Politiezone Sint-Genesius-Rode, Drogenbos en Linkebeek', 'politiezone-rode']]);
  t.same(mentions('De Politiezone Sint-Genesius-Rode en Drogenbos zoekt agenten.'), [['Politiezone Sint-Genesius-Rode en Drogenbos', 'politiezone-rode']], 'two towns joined by "en"');
  t.same(mentions('De andere twee gemeenten van de politiezone Zuid, Anderlecht en Sint-Gillis, doen al mee.'), [
    ['politiezone Zuid', 'politiezone-brussel-zuid'],
    ['Anderlecht', 'anderlecht'],
    ['Sint-Gillis', 'sint-gillis'],
  ], 'after a name that ends on no town of the zone the list is an apposition: its towns stay places (session 55, fresh43 541)');
  t.same(mentions('De Politiezone Sint-Genesius-Rode, Drogenbos, Linkebeek: drie gemeenten.'), [
    ['Politiezone Sint-Genesius-Rode', 'politiezone-rode'],
    ['Drogenbos', 'drogenbos'],
    ['Linkebeek', 'linkebeek'],
  ], 'a list without its last "en" is no name: the towns stay places');
  t.same(mentions('De politiezone Sint-Genesius-Rode en Halle werken samen.'), [
    ['politiezone Sint-Genesius-Rode', 'politiezone-rode'],
    ['Halle', 'halle'],
  ], 'a town another zone serves is not part of the name');
});

t.test('a police noun before a whole list of exactly the towns one zone serves names that zone, noun included; "in de zone" and "van" speak of the towns (session 40)', async (t) => {
  t.same(mentions('De politieraad van de zone Wetteren, Laarne en Wichelen keurde de begroting goed.'), [['zone Wetteren, Laarne en Wichelen', 'politiezone-wetteren-laarne-wichelen']]);
  t.same(mentions('De PZ Geel, Meerhout en Laakdal zoekt agenten.'), [['PZ Geel, Meerhout en Laakdal', 'politiezone-geel-laakdal-meerhout']], 'in any order');
  t.same(mentions('De politiezorg in de zone Geel, Laakdal en Meerhout wordt herbekeken.'), [
    ['zone Geel', 'politiezone-geel-laakdal-meerhout'],
    ['Laakdal', 'laakdal'],
    ['Meerhout', 'meerhout'],
  ], 'in the zone: its area, the towns stay places');
  t.same(mentions('De zone Geel, Laakdal en Mol werken samen.'), [
    ['zone Geel', 'politiezone-geel-laakdal-meerhout'],
    ['Laakdal', 'laakdal'],
    ['Mol', 'mol'],
  ], 'a town of another zone: no name of the zone');
});

t.test('the administration of a Flemish city (stadstitel) is "Stad X", also written "stadsbestuur van X" (session 11)', async (t) => {
  t.same(mentions('Het nieuwe stadsbestuur van Ninove zet in op veiligheid.'), [['stadsbestuur van Ninove', 'gemeente-ninove']]);
  t.same(mentions('Stad Tienen betaalt de nieuwe camera\'s.'), [['Stad Tienen', 'gemeente-tienen']]);
  t.same(mentions('Het gemeentebestuur van Lier kiest voor meer camera\'s.'), [['gemeentebestuur van Lier', 'gemeente-lier']], 'the old name stays an alias');
  t.same(mentions('De stad Geel telt meer inwoners dan vroeger.'), [['Geel', 'geel']], 'a lowercase "stad" before the name is the town');
  t.equal(matcher.actors.get('gemeente-ninove')?.name, 'Stad Ninove');
  t.equal(matcher.actors.get('gemeente-boom')?.name, 'Gemeentebestuur Boom', 'a municipality without the title keeps its name');
});

t.test('names of Brussels bodies and of the region as texts write them (session 11)', async (t) => {
  t.same(mentions('Volgens Brussel Preventie & Veiligheid (BPS) daalt de criminaliteit.'), [
    ['Brussel Preventie & Veiligheid', 'brussel-preventie-en-veiligheid'],
    ['BPS', 'brussel-preventie-en-veiligheid'],
  ], 'the French acronym of Bruxelles Prévention & Sécurité');
  t.same(mentions('In Vlaams-Brabant (zonder het Hoofdstedelijk Gewest Brussel) waren er 2 362 oproepen.'), [
    ['Vlaams-Brabant', 'vlaams-brabant'],
    ['Hoofdstedelijk Gewest Brussel', 'brussels-hoofdstedelijk-gewest'],
  ]);
});

t.test('a name that needs its town (a qualifier) is evidenced by a list neighbour the text names without doubt (session 11)', async (t) => {
  const text = 'De criminaliteit in Brussel daalt. De wijken in het centrum: Grote Markt, Kuregem en Matonge.';
  t.same(mentions(text, 'brussels-hoofdstedelijk-gewest'), [
    ['Brussel', 'brussel'],
    ['Grote Markt', 'grote-markt-brussel'],
    ['Kuregem', 'kuregem'],
    ['Matonge', 'matonge'],
  ]);
  t.same(mentions('De wijken in het centrum: Grote Markt, Kuregem en Matonge.', 'brussels-hoofdstedelijk-gewest'), [
    ['Kuregem', 'kuregem'],
    ['Matonge', 'matonge'],
  ], 'a text that does not name the town: the square of which town?');
});

t.test('"crisiscentrum" is a common noun: only written as a name is it the national crisis centre (session 11)', async (t) => {
  t.same(mentions('De zone heeft de leiding over het centraal crisiscentrum.'), []);
  t.same(mentions('Het Crisiscentrum verhoogt het dreigingsniveau.'), [['Crisiscentrum', 'nationaal-crisiscentrum']]);
});

t.test('a nickname towns of one arrondissement share names the town of the document\'s scope (session 11)', async (t) => {
  t.same(mentions('Het nieuwe bestuursakkoord voor de Denderstad is rond.', 'ninove'), [['Denderstad', 'ninove']]);
  t.same(mentions('Het nieuwe bestuursakkoord voor de Denderstad is rond.', 'dendermonde'), [['Denderstad', 'dendermonde']]);
  t.same(mentions('Het nieuwe bestuursakkoord voor de Denderstad is rond.'), [], 'in a text about no Dender town it names none');
  t.same(mentions('Het nieuwe bestuursakkoord voor de Denderstad is rond.', 'gent'), [], 'nor in a text about another town');
});

t.test('a zone by its town is the zone the text names in full with that town (session 18, known22)', async (t) => {
  t.same(mentions('PZ LAN telt 55 agenten en PZ Tienen-Hoegaarden 87. Voor de zone Tienen is de fusie goed.'), [
    ['PZ LAN', 'politiezone-lan'],
    ['PZ Tienen-Hoegaarden', 'politiezone-tienen-hoegaarden'],
    ['zone Tienen', 'politiezone-tienen-hoegaarden'],
  ], 'a zone that merged away, named in full, then by its town');
  t.same(mentions('Voor de zone Tienen is de fusie goed.'), [['zone Tienen', 'politiezone-getevallei']], 'not named in full: the zone of now');
  t.same(mentions('PZ LAN en de politie van Hoegaarden.'), [
    ['PZ LAN', 'politiezone-lan'],
    ['politie van Hoegaarden', 'politiezone-getevallei'],
  ], 'a zone named in full without the town: the zone of now');
});

t.test('a zone\'s official name, or all its towns joined by slashes, commas and "en", in brackets after its short name is one more mention of the zone; one of its towns, or towns joined by hyphens, stay places (fresh20 271, 275)', async (t) => {
  t.same(mentions('De zone Polbru (Brussel Hoofdstad - Elsene, red.) spendeerde 900 uren.'), [
    ['zone Polbru', 'politiezone-brussel-hoofdstad-elsene'],
    ['Brussel Hoofdstad - Elsene', 'politiezone-brussel-hoofdstad-elsene'],
  ]);
  t.same(mentions('De zone Polbru (Elsene) spendeerde 900 uren.'), [
    ['zone Polbru', 'politiezone-brussel-hoofdstad-elsene'],
    ['Elsene', 'elsene'],
  ], 'one town the zone serves is that town');
  t.same(mentions('De politiezone Brussel-Noord (Schaarbeek/Evere/Sint-Joost-ten-Node) patrouilleert.'), [
    ['politiezone Brussel-Noord', 'politiezone-brussel-noord'],
    ['Schaarbeek/Evere/Sint-Joost-ten-Node', 'politiezone-brussel-noord'],
  ], 'all the towns of the zone, slash-joined');
  t.same(mentions('Politiezone KASTZE (Kampenhout / Steenokkerzeel / Zemst) flitste meer.'), [
    ['Politiezone KASTZE', 'politiezone-kastze'],
    ['Kampenhout / Steenokkerzeel / Zemst', 'politiezone-kastze'],
  ], 'spaced slashes');
  t.same(mentions('Hetzelfde klinkt in de zone WOKRA (Wezembeek-Oppem en Kraainem).'), [
    ['zone WOKRA', 'politiezone-wokra'],
    ['Wezembeek-Oppem en Kraainem', 'politiezone-wokra'],
  ], 'joined by "en"');
  t.same(mentions('De politiezone Brussel-Noord (Schaarbeek/Evere) patrouilleert.').map((m) => m[1]), ['politiezone-brussel-noord', 'schaarbeek', 'evere'], 'a town short: places');
  t.same(mentions('In de politiezone Grensleie (Menen-Wevelgem-Ledegem) daalt de criminaliteit.').map((m) => m[1]), ['politiezone-grensleie', 'menen', 'wevelgem', 'ledegem'], 'hyphen-joined: places');
});

t.test('a zone named by letters joined by hyphens ("K-L-M") is also written as one acronym after a police noun; the acronym alone names no zone', async (t) => {
  t.same(mentions('Het aantal inbraken is in de politiezone KLM sterk gedaald.'), [['politiezone KLM', 'politiezone-k-l-m']]);
  t.same(mentions('De PZ K-L-M patrouilleert.'), [['PZ K-L-M', 'politiezone-k-l-m']]);
  t.same(mentions('De politie zag hoe KLM naar Amsterdam vloog.'), [['Amsterdam', 'amsterdam']]);
});

t.test('a zone named "Regio …" is also written "de regio …" in running text when the rest of its name names no place (fresh20 276: "de regio Rhode & Schelde" was the river Schelde)', async (t) => {
  t.same(mentions('De politiezone zet in op buurtwerking. Zo telt de regio Rhode & Schelde maar liefst tien BIN\'s.'), [['regio Rhode & Schelde', 'politiezone-regio-rhode-schelde']]);
  t.same(mentions('De politiezone zet in op buurtwerking. In de regio Turnhout zijn er tien BIN\'s.'), [['Turnhout', 'turnhout']], 'the rest a town: the area');
});

t.test('a zone\'s name of several parts that is no place names the zone after a place preposition too ("de werkdruk in Brussel-West"); a one-word name there is the area (fresh23 307: missed)', async (t) => {
  t.same(mentions('De korpschef begrijpt de zware werkdruk bij de politie in Brussel-West.'), [['Brussel-West', 'politiezone-brussel-west']]);
  t.same(mentions('De politie wandelt aan de Westkust.').filter(([, id]) => id?.startsWith('politiezone-')), [], 'a one-word name after "aan de": the area');
});

t.test('a slash glued between two words of a name joins them as a hyphen does ("politiezone Brussel Hoofdstad/Elsene"; fresh19 259, fresh22 297: the zone was cut at the slash); one with spaces around it joins nothing', async (t) => {
  t.same(mentions('De politiezone Brussel Hoofdstad/Elsene telt 2.600 agenten.'), [['politiezone Brussel Hoofdstad/Elsene', 'politiezone-brussel-hoofdstad-elsene']]);
  t.same(mentions('Zone Brussel Hoofdstad/Elsene'), [['Zone Brussel Hoofdstad/Elsene', 'politiezone-brussel-hoofdstad-elsene']]);
  t.notSame(mentions('De politiezone Brussel Hoofdstad / Elsene telt 2.600 agenten.')[0], ['politiezone Brussel Hoofdstad / Elsene', 'politiezone-brussel-hoofdstad-elsene'], 'spaced: two items');
});
