/**
 * The load's reference tables and the candidate report read the documents' summaries through
 * one fold (src/ingest/corpus-summary.ts), taken as the documents go by, so a build holds no
 * list of every document's summary (3 KB a document: 300 MB at 100 000). The fold says what
 * the lists said: roles and parties as first stated in manifest order, the places each
 * programme's documents name, the candidates' tally.
 */
import t from 'tap';
import { CorpusSummary, summarizeCorpus } from '../../src/ingest/corpus-summary.js';
import { candidateReport } from '../../src/ingest/candidate-report.js';
import type { DocumentSummary } from '../../src/ingest/pipeline.js';

const span = { start: 0, end: 1, quote: 'x' };
const person = (actorId: string, role: string | null, partyId: string | null) => ({ actorId, role, partyId, evidence: span });
const candidate = (quote: string, kind: 'person' | 'road') => ({ quote, kind, cue: null, start: 0, end: quote.length });
const summary = (parts: Partial<DocumentSummary>): DocumentSummary => ({ persons: [], locationIds: [], candidates: [], ...parts });

t.test('a person\'s role and party are each the first stated, in manifest order', async (t) => {
  const corpus = summarizeCorpus([
    { summary: summary({ persons: [person('jan', null, 'groen')] }), programme: null },
    { summary: summary({ persons: [person('jan', 'burgemeester', 'n-va'), person('an', 'schepen', null)] }), programme: null },
    { summary: summary({ persons: [person('jan', 'schepen', null)] }), programme: null },
  ]);
  t.same([...corpus.persons], [['jan', { role: 'burgemeester', partyId: 'groen' }], ['an', { role: 'schepen', partyId: null }]]);
});

t.test('each programme collects the places its documents name; documents of no programme add none', async (t) => {
  const corpus = new CorpusSummary();
  corpus.add(summary({ locationIds: ['gent', 'ledeberg'] }), 'p-gent');
  corpus.add(summary({ locationIds: ['antwerpen'] }), null);
  corpus.add(summary({ locationIds: ['gent', 'oostakker'] }), 'p-gent');
  t.same([...corpus.programmePlaces].map(([p, places]) => [p, [...places].sort()]), [['p-gent', ['gent', 'ledeberg', 'oostakker']]]);
});

t.test('the candidates\' tally reports what the report over every document\'s list reports', async (t) => {
  const perDocument = [[candidate('N16', 'road'), candidate('Jan Peeters', 'person'), candidate('N16', 'road')], [], [candidate('n16', 'road')]];
  const corpus = summarizeCorpus(perDocument.map((candidates) => ({ summary: summary({ candidates }), programme: null })));
  t.same(corpus.candidates.report(2), candidateReport(perDocument, 2));
  t.same(new CorpusSummary().candidates.report(), ['no candidates: every name found is in the gazetteer']);
});
