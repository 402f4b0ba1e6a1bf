import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { z } from 'zod';
import { candidateReport } from '../../src/ingest/candidate-report.js';
import { proposeCandidates } from '../../src/ingest/candidates.js';
import { compileGazetteer, extractMentions, extractPersonFacts, isSubjectOf } from '../../src/ingest/entities.js';
import { actorEntrySchema, locationEntrySchema } from '../../src/ingest/gazetteer.js';
import { segmentDocument } from '../../src/ingest/segment.js';

const fixtures = join(import.meta.dirname, 'fixtures/entities');
const gazetteer = z
  .object({ locations: z.array(locationEntrySchema), actors: z.array(actorEntrySchema), commonWords: z.array(z.string()) })
  .parse(JSON.parse(readFileSync(join(fixtures, 'gazetteer.json'), 'utf8')));
const matcher = compileGazetteer(gazetteer);

const expectedSchema = z.object({
  scope: z.string().nullable(),
  mentions: z.array(z.object({ quote: z.string(), entityId: z.string() })),
  responsible: z.array(z.string()).optional(),
  persons: z.array(z.object({ actorId: z.string(), role: z.string().nullable(), partyId: z.string().nullable(), quote: z.string() })).optional(),
});

for (const name of readdirSync(fixtures).filter((f) => statSync(join(fixtures, f)).isDirectory())) {
  t.test(`entities: ${name}`, async (t) => {
    const text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8');
    const expected = expectedSchema.parse(JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')));
    const mentions = extractMentions(text, matcher, { scopeLocationId: expected.scope });
    t.same(mentions.map(({ quote, entityId }) => ({ quote, entityId })), expected.mentions);
    for (const m of mentions) t.equal(text.slice(m.start, m.end), m.quote);
    if (expected.responsible) {
      const sentences = segmentDocument(text);
      const subjects = mentions.filter((m) => m.entityType === 'actor' && sentences.some((s) => s.start <= m.start && m.end <= s.end && isSubjectOf(s, m, text)));
      t.same(subjects.map((m) => m.entityId), expected.responsible, 'grammatical subjects');
    }
    if (expected.persons) {
      const facts = extractPersonFacts(text, mentions, matcher);
      t.same(facts.map((f) => ({ actorId: f.actorId, role: f.role, partyId: f.partyId, quote: f.evidence.quote })), expected.persons);
    }
  });
}

t.test('unknown capitalised names are proposed as candidates, never as mentions', async (t) => {
  const text = 'De korpschef overlegt met Jan Peeters en het Comité Veilige Haven. Daarna spreekt Politiezone Brugge.';
  const mentions = extractMentions(text, matcher);
  const candidates = proposeCandidates(text, segmentDocument(text), mentions, matcher);
  t.same(candidates.map((c) => [c.quote, c.kind]), [
    ['Jan Peeters', 'person'],
    ['Comité Veilige Haven', 'organisation'],
  ]);
});

t.test('unknown persons with a role, organisations with a cue noun, zones and roads become candidates with a kind', async (t) => {
  const text =
    'Volgens korpschef Jan Peeters en minister van Binnenlandse Zaken Els Van Damme werkt de dienst Preventie en Veiligheid samen met de Drugscel. ' +
    'De politiezone Kempen en de politie van Lier zien de file op de N404 en de Grote Ring. De burgemeester wil een Comité Veilige Straten.';
  const mentions = extractMentions(text, matcher);
  const candidates = proposeCandidates(text, segmentDocument(text), mentions, matcher);
  t.same(candidates.map((c) => [c.quote, c.kind, c.cue]), [
    ['Jan Peeters', 'person', 'korpschef'],
    ['Els Van Damme', 'person', 'minister'],
    ['dienst Preventie en Veiligheid', 'organisation', 'dienst'],
    ['Drugscel', 'organisation', null],
    ['politiezone Kempen', 'police_zone', 'politiezone'],
    ['politie van Lier', 'police_zone', 'politie van'],
    ['N404', 'road', 'N'],
    ['Grote Ring', 'road', 'ring'],
    ['Comité Veilige Straten', 'organisation', null],
  ]);
  for (const c of candidates) t.equal(text.slice(c.start, c.end), c.quote);
});

t.test('candidates: a role after the name, streets, a name opening its sentence, acronym compounds', async (t) => {
  const text =
    'Sofie Claes, woordvoerster van het parket, bevestigt het. Marc Wouters zegt dat de ANPR-camera’s in de Kerkstraat en op de Grote Markt hangen. ' +
    'Volgens Els Goossens gebeurt niets, zegt de staatssecretaris voor Bestrijding van Sociale Fraude.';
  const candidates = proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher);
  t.same(candidates.map((c) => [c.quote, c.kind]), [
    ['Sofie Claes', 'person'],
    ['Marc Wouters', 'person'],
    ['Kerkstraat', 'place'],
    ['Grote Markt', 'place'],
    ['Els Goossens', 'person'],
  ]);
});

t.test('candidates: a square named after a person is a place; a title or role opening a sentence is no part of a name, its surname is one; an adjective is none', async (t) => {
  const text =
    'De fietsen stonden op het plein en aan de professor Van Overstraetenplein, niet aan de Itterbeeksebaan. ' +
    'Mevrouw Peeters vraagt het. Minister van Justitie zei niets. Burgemeester Jan Claes wel. Federale Bestuurlijke en de rest.';
  const candidates = proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher);
  t.same(candidates.map((c) => [c.quote, c.kind]), [
    ['Van Overstraetenplein', 'place'],
    ['Itterbeeksebaan', 'place'],
    // Issue 9 §3: persons with a title or role become candidates, the surname alone too (cands22).
    ['Peeters', 'person'],
    ['Jan Claes', 'person'],
  ]);
});

t.test('candidates: "Aan" opening a sentence is a preposition, no part of a name; a name after it still is one', async (t) => {
  const propose = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind]);
  t.same(propose('Het kost veel. Aan Nederlandstalige kant denkt men anders.'), []);
  t.same(propose('Het kost veel. Aan Jan Claes vroegen we het.'), [['Jan Claes', 'person']]);
});

t.test('candidates: a person the gazetteer lacks is then proposed by surname alone, when one earlier candidate has it', async (t) => {
  const propose = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind]);
  t.same(propose('Segers wacht. Dat zegt burgemeester Willy Segers. “Het moet”, aldus Segers. Mevrouw Segers knikt.'), [
    ['Willy Segers', 'person'],
    ['Segers', 'person'],
    ['Segers', 'person'],
  ]);
  t.same(propose('Volgens schepen Jan Peeters en korpschef Els Peeters klopt het, zegt Peeters.'), [
    ['Jan Peeters', 'person'],
    ['Els Peeters', 'person'],
  ], 'a surname two earlier candidates share names neither');
});

t.test('candidates: a person after an academic title, and a role before a name and the body it belongs to', async (t) => {
  const propose = (text: string) => proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => [c.quote, c.kind, c.cue]);
  t.same(propose('Uit een studie van prof. dr. Jelle Jansens blijkt het. Dat zegt Directeur Kris Vandepaer van de Federale Gerechtelijke Politie.'), [
    ['Jelle Jansens', 'person', 'prof.'],
    ['Kris Vandepaer', 'person', 'directeur'],
  ]);
  t.same(propose('Dat zegt de directeur van de Federale Gerechtelijke Politie. Het is prof. werk.'), [], 'a role before a body, an abbreviation before no name');
});

t.test('the build report counts candidates per kind and lists the most frequent', async (t) => {
  const c = (quote: string, kind: 'person' | 'road') => ({ quote, kind, cue: null, start: 0, end: quote.length });
  t.same(candidateReport([[c('N16', 'road'), c('Jan Peeters', 'person'), c('N16', 'road')], [c('n16', 'road')]], 2), [
    '4 candidates not in the gazetteer (3 road, 1 person); most frequent:',
    '  3× N16 (road, 2 documents)',
    '  1× Jan Peeters (person, 1 document)',
  ]);
  t.same(candidateReport([[], []]), ['no candidates: every name found is in the gazetteer']);
});

t.test('a zone is found through the municipalities it serves, current ones before former ones, and by its former names', async (t) => {
  const zone = (id: string, name: string, location: string, areas: Array<{ location: string; start: string | null; end: string | null }>, formerNames: string[] = []) =>
    actorEntrySchema.parse({ id, name, kind: 'police_zone', location, areas, formerNames: formerNames.map((n) => ({ name: n, start: null, end: '2024' })) });
  const places = ['merelbeke', 'melle', 'oosterzele'].map((id) => locationEntrySchema.parse({ id, name: id[0]!.toUpperCase() + id.slice(1), kind: 'municipality' }));
  const zoned = compileGazetteer({
    locations: places,
    actors: [
      zone('pz-rhode', 'Politiezone Rhode', 'oosterzele', [{ location: 'melle', start: null, end: '2024' }], ['Politiezone Schelde-Rhode']),
      zone('pz-merelbeke-melle', 'Politiezone Merelbeke-Melle', 'merelbeke', [{ location: 'melle', start: '2025', end: null }]),
    ],
  });
  const text = 'De politie van Melle en PZ Oosterzele. De Politiezone Schelde-Rhode bestaat niet meer.';
  t.same(extractMentions(text, zoned).map((m) => [m.quote, m.entityId]), [
    ['politie van Melle', 'pz-merelbeke-melle'],
    ['PZ Oosterzele', 'pz-rhode'],
    ['Politiezone Schelde-Rhode', 'pz-rhode'],
  ]);
});
