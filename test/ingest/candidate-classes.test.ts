/**
 * What a curator is handed (issue 9 §3, session 20, cands20): the classes of wrong and missing
 * candidates that recur in two or more open devset splits (`node --import tsx bench/place-errors.ts
 * --candidates`), each rule on invented sentences, where it applies and where it must not.
 */
import t from 'tap';
import { proposeCandidates } from '../../src/ingest/candidates.js';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { segmentDocument } from '../../src/ingest/segment.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const matcher = compileGazetteer(readBuildInputs(defaultSeedsDir).gazetteer);
/** The candidates of a text with the seed gazetteer, as quote and kind. */
const candidates = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind]);

t.test('a capitalised name of a plan, a survey, an index, a database or a day is no candidate; a person or body beside one still is', async (t) => {
  t.same(candidates('De opmaak van het Zonaal Veiligheidsplan loopt. Ook de Lokale Veiligheidsbevraging is klaar.'), []);
  t.same(candidates('Volgens de Europese Misdaadindex en de Centrale Wapendatabank daalt het aantal feiten.'), []);
  t.same(candidates('De Kadernota Sociale Cohesie legt de prioriteiten vast.'), []);
  t.same(candidates('Op de Dag van de Politieagent kwamen veel bezoekers.'), []);
  t.same(candidates('Het plan komt van Hanne Kaplan en Tom Dewet, zegt Jonas Vermeulen.'), [['Hanne Kaplan', 'person'], ['Tom Dewet', 'person'], ['Jonas Vermeulen', 'person']], 'a surname that merely ends like a document head is kept');
  t.same(candidates('Dat bleek in het Strategisch Preventieplan van de stad.'), [], 'an uninflected adjective after "in het" names no place');
  t.same(candidates('Het gebeurde in het Groot Begijnhof van de stad.'), [['Groot Begijnhof', 'place']]);
});

t.test('a capitalised run ending in a suspended compound ("Veiligheids- en") is no candidate; a hyphenated name is one', async (t) => {
  t.same(candidates('Dat staat in het Stedelijk Mobiliteits- en Parkeerplan van de stad.'), []);
  t.same(candidates('Ze volgt een opleiding Bachelor Verpleeg- en vroedkunde aan de hogeschool.'), []);
  t.same(candidates('Volgens Anne-Marie Proefhyphen-Janssens is het klaar.'), [['Anne-Marie Proefhyphen-Janssens', 'person']]);
});

t.test('a portfolio is no name: each item of a list of portfolios after a role and "van", and a title after a sentence opener', async (t) => {
  t.same(candidates('Dat schreven de ministers van Landbouw en Maritieme Zaken aan de gemeenten.'), []);
  t.same(candidates('Een brief aan de minister van Sport, Culturele Zaken en Digitale Innovatie volgt.'), []);
  t.same(candidates('De Minister van Landbouw heeft het plan goedgekeurd.'), []);
  // Where it must not: a person named after a list that no role opens, and after the portfolio's role.
  t.same(candidates('Het komt van de mensen van Sport, Ruben Proefsport en Lies Proefcultuur.'), [['Ruben Proefsport', 'person'], ['Lies Proefcultuur', 'person']]);
  t.same(candidates('De Minister van Landbouw Ruben Proefsport heeft het plan goedgekeurd.'), [['Ruben Proefsport', 'person']]);
});

t.test('a capitalised run ending in a role noun names the role, no one by name; a name before a role still is one', async (t) => {
  t.same(candidates('Een aantal bewoners laat De Inspecteur weten dat ze klagen.'), []);
  t.same(candidates('Het vuur woedde lang. Toenmalig Gouverneur van de provincie kwam kijken.'), []);
  t.same(candidates('Dat zegt Ruben Proefrol, inspecteur bij de politie.'), [['Ruben Proefrol', 'person']]);
  t.same(candidates('Dat besliste het Kabinet van de Burgemeester gisteren.').map(([quote]) => quote), ['Kabinet van de Burgemeester'], 'a body named after its member');
});

t.test('a capitalised sentence start that opens no name: a possessive, a former office, a number or an ordinal', async (t) => {
  t.same(candidates('De mail heeft als onderwerp “Uw Betaling” en vraagt een code.'), []);
  t.same(candidates('Sinds de Vierde Hervorming is dat anders. Negen Franstalige rechters gingen met pensioen.'), []);
  // Where it must not: a name opening its sentence, and one after a number that is no part of it.
  t.same(candidates('Ruben Proefnummer zegt dat het werkt.'), [['Ruben Proefnummer', 'person']]);
  t.same(candidates('Volgens Ruben Proefnummer waren er zeven klachten.'), [['Ruben Proefnummer', 'person']]);
});

t.test('a heading or line ending in a cue noun or a plural police noun takes no name from the next line', async (t) => {
  t.same(candidates('Het plan van het korps\n\nIn fase 2 volgen de acties.'), []);
  t.same(candidates('Samenwerking tussen de politiezones\nOpenbare vergadering van de raad.'), []);
  // Where it must not: the same on one line.
  t.same(candidates('Het plan van het korps Proefkorps is klaar.'), [['korps Proefkorps', 'organisation']]);
  t.same(candidates('Dat geldt voor de politiezones Proefzone en Proefland.'), [['Proefzone', 'police_zone'], ['Proefland', 'police_zone']]);
});

t.test('the kind of a name the gazetteer lacks: a surname with an apostrophe is a person\'s (and found again alone), a network or group an organisation', async (t) => {
  t.same(candidates('Het vonnis van politierechter Tom D’proef was streng. Later bevestigde D’proef dat.'), [['Tom D’proef', 'person'], ['D’proef', 'person']]);
  t.same(candidates('Er werken ook Proefnetwerk Zorg en Proef Group mee.'), [['Proefnetwerk Zorg', 'organisation'], ['Proef Group', 'organisation']]);
  // Where it must not: a person's name without either stays a person's.
  t.same(candidates('Het vonnis van politierechter Tom Proefrechter was streng.'), [['Tom Proefrechter', 'person']]);
});

t.test('a run opening its sentence with a body noun is a body\'s name, kept whole; a function word opening one is dropped', async (t) => {
  t.same(candidates('Proefnetwerk Zorg publiceert nieuwe cijfers.'), [['Proefnetwerk Zorg', 'organisation']]);
  t.same(candidates('Dienst Proefzaken opent een loket.'), [['Dienst Proefzaken', 'organisation']]);
  t.same(candidates('Volgens Proefzaken komt er meer.'), [], 'a function word opening the run is dropped, one word is left');
});

t.test('a cue noun makes a name an organisation only as a whole word or a compound head, not inside a word', async (t) => {
  t.same(candidates('Volgens Marcel Proefman is het klaar.'), [['Marcel Proefman', 'person']], '"cel" ends a first name of three letters before it');
  t.same(candidates('Volgens Ingrid Raadsheer is het klaar.'), [['Ingrid Raadsheer', 'person']], '"raad" opens a surname, it heads no compound');
  // Where it must not: the cue as a word, as a compound head, and in one part of a hyphenated word.
  t.same(candidates('Volgens Dienst Proefstad is het klaar.'), [['Dienst Proefstad', 'organisation']]);
  t.same(candidates('Ze werkt bij de Drugscel sinds maart.'), [['Drugscel', 'organisation']]);
  t.same(candidates('Volgens Zonneveld Proefgroep is het klaar.'), [['Zonneveld Proefgroep', 'organisation']]);
  t.same(candidates('Volgens de Proefstad-Jeugddienst Noord is het klaar.').map(([, kind]) => kind), ['organisation']);
});

/** The candidates of a text as quote, kind and cue: the role or heading that made a person one. */
const withCues = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind, c.cue]);

t.test('a role or an honorific before a surname alone proposes the surname as a person, with the role as its cue (issue 9 §3, cands22)', async (t) => {
  t.same(withCues('Dat zegt burgemeester Proefeeters in de raad.'), [['Proefeeters', 'person', 'burgemeester']]);
  t.same(withCues('Volgens korpschef Proefmeulen is het rustig.'), [['Proefmeulen', 'person', 'korpschef']]);
  t.same(withCues('Het vroeg schepen Van den Proefbossche gisteren.'), [['Van den Proefbossche', 'person', 'schepen']]);
  t.same(withCues('Burgemeester Proefclaes zegt dat het klopt.'), [['Proefclaes', 'person', 'burgemeester']], 'a role opening its sentence');
  t.same(withCues('Mevrouw Proefeeters vraagt het. Dat bevestigt de heer Proefmans.'), [['Proefeeters', 'person', 'mevrouw'], ['Proefmans', 'person', 'de heer']]);
  // Where it must not: a full name stays whole, a portfolio after "van" or a known place is no surname, nor a number, an adjective or a place's word.
  t.same(withCues('Dat zegt burgemeester Jan Proefclaes.'), [['Jan Proefclaes', 'person', 'burgemeester']]);
  t.same(withCues('De minister van Justitie zegt het. Dat zei burgemeester Gent niet.'), []);
  t.same(withCues('Het vroeg minister Twee. Het zegt de minister Vlaamse beleid.'), []);
  t.same(withCues('Volgens korpschef Proefnoordwijk klopt het.'), [['Proefnoordwijk', 'place', 'wijk']]);
});

t.test('a full name as an apposition after a role is a person with the role as its cue, the role\'s body between them too', async (t) => {
  t.same(withCues('Volgens de burgemeester, Jan Proefeeters, is het rustig.'), [['Jan Proefeeters', 'person', 'burgemeester']]);
  t.same(withCues('Dat zegt de korpschef van de zone, An Proefclaes, aan de pers.'), [['An Proefclaes', 'person', 'korpschef']]);
  // Where it must not: roles listed without a name, and a name that goes on into a list is not the role's apposition.
  t.same(withCues('Volgens de burgemeester, de schepen en de korpschef klopt het.'), []);
  t.same(withCues('Volgens de burgemeester, Jan Proefeeters en An Proefclaes zijn er.'), [['Jan Proefeeters', 'person', null], ['An Proefclaes', 'person', null]]);
});

t.test('an attendance line of minutes: each full name a person, its heading word none, without a final "en"', async (t) => {
  t.same(withCues('Afwezig: Tom Proefdewit, Lies Proefmaes'), [['Tom Proefdewit', 'person', 'afwezig'], ['Lies Proefmaes', 'person', 'afwezig']]);
  t.same(withCues('Aanwezig: Jan Proefeeters, voorzitter, An Proefclaes, schepen\nVerontschuldigd: Els Proefsmet'), [
    ['Jan Proefeeters', 'person', 'aanwezig'],
    ['An Proefclaes', 'person', 'aanwezig'],
    ['Els Proefsmet', 'person', 'verontschuldigd'],
  ], 'an item\'s role is no apposition of the next name');
  // Where it must not: roles alone, and the heading word elsewhere in a sentence.
  t.same(withCues('Aanwezig: de burgemeester, de korpschef.'), []);
  t.same(withCues('Wie aanwezig was: Jan Proefeeters.'), [['Jan Proefeeters', 'person', null]]);
});

t.test('a name with a place\'s word is a place, one with an English body\'s head a body, not a person', async (t) => {
  t.same(candidates('Het regent. De Proefnoordwijk Oost kreeg meer patrouilles.'), [['Proefnoordwijk Oost', 'place']]);
  t.same(candidates('Het regent. De Proef Crime Unit en twee Proef Justice Centra werken samen.'), [['Proef Crime Unit', 'organisation'], ['Proef Justice Centra', 'organisation']]);
  // Where it must not: a surname that merely holds such a word ("Officer", "Unitas") stays a person's.
  t.same(candidates('Het regent. Daar woont Ann Unitas met Tom Officer.'), [['Ann Unitas', 'person'], ['Tom Officer', 'person']]);
});

t.test('a surname alone after the verb of saying that closes a quote is its speaker, a person ("…”, zegt Willockx."; fresh3 63, fresh11 168, fresh26 345: no candidate)', async (t) => {
  t.same(withCues('“De vangsten komen regelmatiger voor”, zegt Willockx. “We vrezen het ergste.”'), [['Willockx', 'person', 'zegt']]);
  t.same(withCues('"Dat is een mogelijkheid", vindt Van Quathem.'), [['Van Quathem', 'person', 'vindt']]);
  t.same(withCues('“De vangsten komen regelmatiger voor”, zegt Willockx van de douane.'), [], 'the clause goes on past the word: no speaker alone');
  t.same(withCues('Willockx zegt dat de vangsten toenemen.'), [], 'no quote closed before the verb');
});

t.test('a body\'s name the text defines an acronym for by its initials is an organisation, and so is the acronym wherever it stands ("de sociale dienst jeugdrechtbank (SDJ)"; fresh14 196: neither was proposed)', async (t) => {
  t.same(candidates('Elk dossier loopt bij de sociale dienst jeugdrechtbank (SDJ). De SDJ volgt het op.'), [
    ['sociale dienst jeugdrechtbank', 'organisation'], ['SDJ', 'organisation'], ['SDJ', 'organisation'],
  ]);
  t.same(candidates('Er waren meer feiten van intrafamiliaal geweld (IFG).'), [], 'no body\'s word in the name');
  t.same(candidates('Ze werken met een zonaal veiligheidsteam (ZVT).'), [], 'after "een": a kind of body');
});

t.test('in a list of single words joined by commas and "en", two of them known organisations, the words the gazetteer lacks are organisations ("zoals Securitas, G4S, Seris en Trigion"; fresh13 185, fresh12 179: not proposed)', async (t) => {
  t.same(candidates('Je kan werken bij bedrijven zoals Securitas, G4S, Seris en Trigion.'), [['Seris', 'organisation'], ['Trigion', 'organisation']]);
  t.same(candidates('Je kan werken bij Securitas en Trigion.'), [], 'one known organisation: no list to read');
});

t.test('a minutes\' list of members: names joined by commas only, then their plural role, are persons with that role; a role at a line\'s end names nobody on the next line; "algemeen directeur" is a role (fresh15 214: four names lost, one with the mayor\'s role)', async (t) => {
  t.same(withCues('Mieke Van den Brande, Bart Vanmarcke, Lola Vanderweyen, schepenen'), [
    ['Mieke Van den Brande', 'person', 'schepenen'], ['Bart Vanmarcke', 'person', 'schepenen'], ['Lola Vanderweyen', 'person', 'schepenen'],
  ]);
  t.same(withCues('Lode Vanlooi, burgemeester\nMieke Van den Brande, Bart Vanmarcke, schepenen').map((c) => c[2]), ['burgemeester', 'schepenen', 'schepenen']);
  t.same(withCues('Ethel Van den Wijngaert, algemeen directeur'), [['Ethel Van den Wijngaert', 'person', 'directeur']]);
});

t.test('a full name right after an honorific, closing its clause or line, is a person with the honorific as its cue ("De heer Armand De Decker, Burgemeester van Ukkel"; fresh14 198: neither member proposed)', async (t) => {
  t.same(withCues('Het college is als volgt samengesteld:\nDe heer Armand Dedeckere, Burgemeester van Ukkel, Voorzitter\nMevrouw An Claeskens'), [
    ['Armand Dedeckere', 'person', 'de heer'], ['An Claeskens', 'person', 'mevrouw'],
  ]);
  t.same(withCues('Mevrouw Claeskens zei het.'), [['Claeskens', 'person', 'mevrouw']], 'a surname alone as before');
});
