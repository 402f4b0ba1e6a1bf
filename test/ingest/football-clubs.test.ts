/**
 * Football clubs as a gazetteer class (session 16, actors20), in invented sentences with the seed
 * gazetteer: a club by its full or short name; a town or one-word name that is the club only where
 * the text shows football at it (its supporters, its match, a side of a match in a sentence about
 * football), the town everywhere else; the other side of a known club's match proposed as an
 * organisation the gazetteer lacks; the Voetbalcel and the football association.
 */
import t from 'tap';
import { proposeCandidates } from '../../src/ingest/candidates.js';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { clubFormNeedsEvidence, namesAClub } from '../../src/ingest/football.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const matcher = compileGazetteer(readBuildInputs(defaultSeedsDir).gazetteer);
const mentions = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);

t.test('a club by its full name or a short form of several words needs no evidence', async (t) => {
  t.same(mentions('Er kwamen 300 agenten naar KRC Genk en naar Club Brugge.'), [
    ['KRC Genk', 'krc-genk'],
    ['Club Brugge', 'club-brugge'],
  ]);
  t.same(mentions('Ook Oud-Heverlee Leuven en Zulte Waregem vroegen meer stewards.'), [
    ['Oud-Heverlee Leuven', 'oh-leuven'],
    ['Zulte Waregem', 'zulte-waregem'],
  ]);
  t.same(mentions('Vroeger heette de club Waasland-Beveren.'), [['Waasland-Beveren', 'sk-beveren']]);
});

t.test('a town is its club at its supporters, its match or a compound with its fans', async (t) => {
  t.same(mentions('De supporters van Genk en de Antwerp-fans trokken naar het stadion.'), [
    ['Genk', 'krc-genk'],
    ['Antwerp', 'royal-antwerp-fc'],
  ]);
  t.same(mentions('Bij de thuismatch tegen Anderlecht waren 400 agenten nodig.'), [['Anderlecht', 'rsc-anderlecht']]);
});

t.test('a town is its club as a side of a match in a sentence about football', async (t) => {
  t.same(mentions('De wedstrijd tussen Gent en Standard verliep rustig.'), [
    ['Gent', 'kaa-gent'],
    ['Standard', 'standard-luik'],
  ]);
  t.same(mentions('Westerlo speelde met 2-1 gelijk tegen Club Brugge.'), [
    ['Westerlo', 'kvc-westerlo'],
    ['Club Brugge', 'club-brugge'],
  ]);
});

t.test('without football at it the same word is the town, or nothing', async (t) => {
  t.same(mentions('De politie in Genk zette 200 agenten in voor de wedstrijd.'), [['Genk', 'genk']]);
  t.same(mentions('In Anderlecht en Gent daalde de criminaliteit.'), [
    ['Anderlecht', 'anderlecht'],
    ['Gent', 'gent'],
  ]);
  t.same(mentions('Genk won de prijs van de veiligste stad.'), [['Genk', 'genk']]);
  t.same(mentions('In Anderlecht en Brugge werden na de wedstrijd tegen Gent 20 supporters opgepakt.'), [
    ['Anderlecht', 'anderlecht'],
    ['Brugge', 'brugge'],
    ['Gent', 'kaa-gent'],
  ], 'a list after a place preposition stays places; the side after "tegen" is the club');
  t.same(mentions('Een klacht tegen Mechelen werd ingediend.'), [['Mechelen', 'mechelen']]);
  t.same(mentions('Dat is de standard in de sector, zegt de Union des Francophones.'), [['Union des Francophones', 'union-des-francophones']]);
});

t.test('a noun ranking a club before a town, or a hedge inside "een match tussen", is evidence (session 18, known22)', async (t) => {
  t.same(mentions('Vooral eersteklasser Gent en tweedeklasser Lommel kosten veel politie.'), [
    ['Gent', 'kaa-gent'],
    ['Lommel', 'lommel-sk'],
  ]);
  t.same(mentions('Voor een match tussen pakweg Westerlo en Club Brugge zijn minder agenten nodig.'), [
    ['Westerlo', 'kvc-westerlo'],
    ['Club Brugge', 'club-brugge'],
  ]);
  t.same(mentions('De eersteklassers uit Gent kregen een boete.'), [['Gent', 'gent']], 'after a place preposition it stays the town');
  t.same(mentions('Voor een bezoek aan pakweg Westerlo is geen politie nodig.'), [['Westerlo', 'westerlo']], 'a hedge alone is no match');
});

t.test('which forms of a club need evidence', async (t) => {
  t.equal(clubFormNeedsEvidence('Genk', true), true);
  t.equal(clubFormNeedsEvidence('La Louvière', true), true);
  t.equal(clubFormNeedsEvidence('Standard', false), true);
  t.equal(clubFormNeedsEvidence('KRC Genk', false), false);
  t.equal(clubFormNeedsEvidence('RSCA', false), false);
  t.equal(clubFormNeedsEvidence('Waasland-Beveren', false), false);
  t.equal(namesAClub('fans van genk', 8, 12), false, 'a lowercase word is no name');
});

t.test('the other side of a known club\'s match is an organisation the gazetteer lacks', async (t) => {
  const text = 'De gewelddadigste wedstrijd was de galawedstrijd KRC Genk tegen Everton, zegt de Voetbalcel.';
  const found = extractMentions(text, matcher);
  t.same(found.map((m) => [m.quote, m.entityId]), [
    ['KRC Genk', 'krc-genk'],
    ['Voetbalcel', 'voetbalcel'],
  ]);
  const candidates = proposeCandidates(text, [], found, matcher).map((c) => [c.quote, c.kind, c.cue]);
  t.same(candidates, [['Everton', 'organisation', 'tegen']]);
  const noMatch = 'De burgemeester van KRC Genk tegen Everton?';
  t.same(proposeCandidates(noMatch, [], extractMentions(noMatch, matcher), matcher).filter((c) => c.cue === 'tegen'), [], 'no football in the sentence: no opponent');
});

t.test('a club the gazetteer lacks after a team noun ("ploeg", "club", "-klasser") is an organisation, and so where the text names it again', async (t) => {
  const candidates = (text: string) => proposeCandidates(text, [], extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind, c.cue]);
  t.same(candidates('Morgen speelt de Griekse topploeg Olympiakos hier. De fans van Olympiakos reizen met de trein.'), [
    ['Olympiakos', 'organisation', 'ploeg'],
    ['Olympiakos', 'organisation', null],
  ]);
  t.same(candidates('Het was vooral tweedeklasser Fortuna Sittard die boetes kreeg, en de voetbalclub Ajax.'), [
    ['Fortuna Sittard', 'organisation', 'klasser'],
    ['Ajax', 'organisation', 'club'],
  ]);
  t.same(candidates('De ploeg reed uit en de club betaalde.'), [], 'the nouns alone name nobody');
});

t.test('the football cell and the association by their names', async (t) => {
  t.same(mentions('De Dienst Voetbalveiligheid en de KBVB werken samen.'), [
    ['Dienst Voetbalveiligheid', 'voetbalcel'],
    ['KBVB', 'kbvb'],
  ]);
});
