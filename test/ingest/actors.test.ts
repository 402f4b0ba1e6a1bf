/**
 * Actors in invented sentences with the seed gazetteer: classes of names (federal bodies,
 * committees of the Chamber, word-order variants) and portfolios that are not actors.
 */
import t from 'tap';
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

t.test('a party after "Jong" is its youth organisation, not the party', async (t) => {
  t.same(actors('Jong N-VA en Jong CD&V steunen de N-VA.'), [['N-VA', 'n-va']]);
});
