/**
 * Organisation classes the gazetteer gained in session 17 (actors21), in invented sentences with the
 * seed gazetteer: the hospitals of Flanders and Brussels (the FOD Volksgezondheid's list of hospital
 * sites), a name two hospitals share read by the place the text is about, and a merged hospital's
 * former names; media and polling firms; the waste intercommunales; a zone styled "Lokale Politiezone X"; a unit named by its
 * noun and town ("brandweerpost Roeselare") and an acronym listed beside a known body, as candidates.
 * The supermarket chains, electronics chains and the largest other retail chains of Belgium (session 20); the RSZ and the
 * RVA beside the social inspection services (session 26).
 */
import t from 'tap';
import { proposeCandidates } from '../../src/ingest/candidates.js';
import { compileGazetteer, extractMentions, seatForms } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const matcher = compileGazetteer(readBuildInputs(defaultSeedsDir).gazetteer);
const actors = (text: string) =>
  extractMentions(text, matcher)
    .filter((m) => m.entityType === 'actor')
    .map((m) => [m.quote, m.entityId]);

t.test('a hospital by its name, its town outside the name a place of its own', async (t) => {
  t.same(extractMentions('De gewonde werd naar het AZ Groeninge in Kortrijk gebracht.', matcher).map((m) => [m.quote, m.entityId]), [
    ['AZ Groeninge', 'az-groeninge'],
    ['Kortrijk', 'kortrijk'],
  ]);
  t.same(actors('Het UZA, het UZ Gent en UZ Leuven; het Jessa Ziekenhuis en het ZOL.'), [
    ['UZA', 'uza'],
    ['UZ Gent', 'uz-gent'],
    ['UZ Leuven', 'uz-leuven'],
    ['Jessa Ziekenhuis', 'jessa-ziekenhuis'],
    ['ZOL', 'zol'],
  ]);
  t.same(actors('Het AZ Herentals meldt een stijging.'), [['AZ Herentals', 'az-herentals']]);
});

t.test('a name two hospitals share is the one of the place the text is about, and none without a place', async (t) => {
  t.same(actors('In Gent werd het slachtoffer naar het AZ Sint-Lucas overgebracht.'), [['AZ Sint-Lucas', 'az-sint-lucas-gent']]);
  t.same(actors('In Brugge werd het slachtoffer naar het AZ Sint-Lucas overgebracht.'), [['AZ Sint-Lucas', 'az-sint-lucas-brugge']]);
  t.same(actors('In Lier zit het Heilig Hartziekenhuis vol.'), [['Heilig Hartziekenhuis', 'heilig-hartziekenhuis-lier']]);
  t.same(actors('Het slachtoffer werd naar het AZ Sint-Lucas overgebracht.'), []);
});

t.test('a merged hospital is named by its campuses and its former names', async (t) => {
  t.same(actors('Hij ligt in ZNA Middelheim, zegt het ZNA; GZA Sint-Augustinus en het Ziekenhuis aan de Stroom.'), [
    ['ZNA Middelheim', 'zas'],
    ['ZNA', 'zas'],
    ['GZA Sint-Augustinus', 'zas'],
    ['Ziekenhuis aan de Stroom', 'zas'],
  ]);
});

t.test('a zone styled with a capitalised "Lokale" before "Politiezone" is named by the whole phrase; lowercase "lokale" stays outside', async (t) => {
  t.same(actors('Het droneteam van de Lokale Politiezone Deinze-Zulte-Lievegem wordt druk bevraagd.'), [['Lokale Politiezone Deinze-Zulte-Lievegem', 'politiezone-deinze-zulte-lievegem']]);
  t.same(actors('Dat zei de korpschef van de lokale politiezone Rupel.'), [['politiezone Rupel', 'politiezone-rupel']]);
  t.same(actors('De Lokale politie Rupel en de Lokale Politiezone.'), [['Lokale politie Rupel', 'politiezone-rupel']]);
});

t.test('the waste intercommunales by their names', async (t) => {
  t.same(actors('Het transport naar ILVA, IVBO, Incovo en Verko; de werkgroep met ILvA en de lokale politie.'), [
    ['ILVA', 'ilva'],
    ['IVBO', 'ivbo'],
    ['Incovo', 'incovo'],
    ['Verko', 'verko'],
    ['ILvA', 'ilva'],
    ['lokale politie', 'lokale-politie'],
  ]);
});

t.test('media and polling firms by their names; a broadcaster named after a city leaves the city out', async (t) => {
  t.same(actors('Een peiling van onderzoeksbureau Ipsos voor VTM en Radio 2, Studio Brussel en Qmusic; Le Vif en iVox.'), [
    ['Ipsos', 'ipsos'],
    ['VTM', 'vtm'],
    ['Radio 2', 'radio-2'],
    ['Studio Brussel', 'studio-brussel'],
    ['Qmusic', 'qmusic'],
    ['Le Vif', 'le-vif'],
    ['iVox', 'ivox'],
  ]);
  t.same(extractMentions('Studio Brussel meldt dat.', matcher).map((m) => m.entityId), ['studio-brussel']);
  t.same(actors('RTV Kempen meldt dat.'), [['RTV Kempen', 'rtv']]);
});

const candidates = (text: string) =>
  proposeCandidates(text, [], extractMentions(text, matcher), matcher)
    .filter((c) => c.kind === 'organisation')
    .map((c) => [c.quote, c.cue]);

t.test('a unit named by its noun and its town is a candidate, the town no place of its own; "in" keeps the town', async (t) => {
  t.same(extractMentions('Hij is postoverste van de brandweerpost Roeselare.', matcher), []);
  t.same(candidates('Hij is postoverste van de brandweerpost Roeselare.'), [['brandweerpost Roeselare', 'brandweerpost']]);
  t.same(candidates('De Brandweerpost Sint-Niklaas en de wijkpost Kessel-Lo rukten uit.'), [
    ['Brandweerpost Sint-Niklaas', 'brandweerpost'],
    ['wijkpost Kessel-Lo', 'wijkpost'],
  ]);
  t.same(extractMentions('In de brandweerpost in Roeselare.', matcher).map((m) => m.entityId), ['roeselare']);
});

t.test('an unknown acronym beside a known body after "en de" is a body, and so is every other use of it in the text', async (t) => {
  // An invented acronym: ILVA, the one of fresh9 139, is a gazetteer waste intercommunale now.
  t.same(candidates('Het transport naar IKWA kost geld. De werkgroep wordt versterkt door IKWA en de lokale politie.'), [
    ['IKWA', null],
    ['IKWA', null],
  ]);
  t.same(candidates('Het transport naar IKWA kost geld.'), []);
});

t.test('a community institution is also named by its compound\'s head and its place', async (t) => {
  t.same(seatForms('gemeenschapsinstelling Everberg'), ['gemeenschapsinstelling everberg', 'gemeenschapsinstelling van everberg', 'instelling everberg', 'instelling van everberg']);
  t.same(actors('Ze werden vrijgelaten wegens geen plaats in de instelling van Everberg.'), [['instelling van Everberg', 'gemeenschapsinstelling-de-grubbe']]);
  t.same(actors('Het is een instelling van openbaar nut.'), []);
});

t.test('the supermarket chains of Belgium by their names and banners; a banner is its chain', async (t) => {
  t.same(actors('Winkels als Colruyt, Aldi, Lidl en Albert Heijn melden meer winkeldiefstallen dan Carrefour Market.'), [
    ['Colruyt', 'colruyt'],
    ['Aldi', 'aldi'],
    ['Lidl', 'lidl'],
    ['Albert Heijn', 'albert-heijn'],
    ['Carrefour Market', 'carrefour'],
  ]);
  t.same(actors('Ook AD Delhaize, Makro, Intermarché en Bio-Planet hangen camera’s op.'), [
    ['AD Delhaize', 'delhaize'],
    ['Makro', 'makro'],
    ['Intermarché', 'intermarche'],
    ['Bio-Planet', 'bio-planet'],
  ]);
  t.same(actors('Op het carrefour van twee wegen staat een winkel.'), [], 'the French common noun in lower case is no chain');
});

t.test('the electronics chains and the largest other retail chains of Belgium by their names', async (t) => {
  t.same(actors('Dieven sloegen toe bij MediaMarkt, Krëfel, Fnac en Coolblue.'), [
    ['MediaMarkt', 'mediamarkt'],
    ['Krëfel', 'krefel'],
    ['Fnac', 'fnac'],
    ['Coolblue', 'coolblue'],
  ]);
  t.same(actors('De Media Markt aan de ring en de winkels van Kruidvat, Hubo, H&M, C&A en ZEB.'), [
    ['Media Markt', 'mediamarkt'],
    ['Kruidvat', 'kruidvat'],
    ['Hubo', 'hubo'],
    ['H&M', 'h-en-m'],
    ['C&A', 'c-en-a'],
    ['ZEB', 'zeb'],
  ]);
});

t.test('the federal social-security institutions beside the social inspection services (session 26)', async (t) => {
  t.same(actors('De SIOD werkt samen met de RSZ en de Rijksdienst voor Arbeidsvoorziening (RVA).'), [
    ['SIOD', 'siod'],
    ['RSZ', 'rsz'],
    ['Rijksdienst voor Arbeidsvoorziening', 'rva'],
    ['RVA', 'rva'],
  ]);
});

t.test('an acronym an organisation candidate defines in brackets is that organisation too, in its bracket and wherever the text writes it again (fresh28 371: "het TON" was no candidate)', async (t) => {
  t.same(candidates('Het team Openbare Netheid (TON) ruimt op. Daarna schrijft het TON een boete uit.'), [
    ['team Openbare Netheid', 'team'],
    ['TON', null],
    ['TON', null],
  ]);
  t.same(candidates('Het team Openbare Netheid (ABC) ruimt op.'), [['team Openbare Netheid', 'team']], 'a bracket that spells no initials is no acronym of it');
  const inSentences = (text: string) => proposeCandidates(text, [{ start: 0, end: text.length, quote: text }], extractMentions(text, matcher), matcher).map((c) => c.quote);
  t.same(inSentences('Haast dagelijks gaat het Team Openbare Netheid (TON) op pad.'), ['Team Openbare Netheid', 'TON'], 'a name read from its sentence defines one too');
  t.same(inSentences('Haast dagelijks gaat een Team Openbare Netheid (TON) op pad.'), ['Team Openbare Netheid'], 'after "een": a kind of body, its acronym none');
});

t.test('one capitalised word joined by "en" right before a known organisation names another organisation, there and where the text names it again (fresh28 372: "Interza en Incovo" proposed no Interza)', async (t) => {
  t.same(candidates('Toch zien Interza en Incovo dat de inspanningen werken. Vooral Interza bestrijdt sluikstorters.').map((c) => c[0]), ['Interza', 'Interza']);
  t.same(candidates('Toch zien Interza en de politie dat het werkt.').map((c) => c[0]), [], 'beside a police body: no organisation read');
});
