/**
 * What the load's reference tables and the build's candidate report need from the documents'
 * summaries (pipeline.ts), folded as each document comes in manifest order: the persons' roles
 * and parties as first stated, the places each programme's documents name, and the candidates'
 * tally. Its size follows the gazetteer and the programmes, not the corpus: a build that kept
 * every document's summary until the end held some 3 KB per document (300 MB at 100 000).
 */
import { CandidateTally } from './candidate-report.js';
import type { DocumentSummary } from './pipeline.js';

export class CorpusSummary {
  /** Each person's role and party as first stated in the corpus (manifest order); null where no document states it. */
  readonly persons = new Map<string, { role: string | null; partyId: string | null }>();
  /** Per programme, every place its documents name. */
  readonly programmePlaces = new Map<string, Set<string>>();
  readonly candidates = new CandidateTally();

  /** Folds in the next document's summary (manifest order), with the programme the document belongs to. */
  add(summary: DocumentSummary, programme: string | null) {
    for (const p of summary.persons) {
      const known = this.persons.get(p.actorId) ?? { role: null, partyId: null };
      this.persons.set(p.actorId, { role: known.role ?? p.role, partyId: known.partyId ?? p.partyId });
    }
    if (programme) {
      let places = this.programmePlaces.get(programme);
      if (!places) this.programmePlaces.set(programme, (places = new Set()));
      for (const id of summary.locationIds) places.add(id);
    }
    this.candidates.add(summary.candidates);
  }
}

/** The fold of documents' summaries given in manifest order with their programmes. */
export function summarizeCorpus(documents: Iterable<{ summary: DocumentSummary; programme: string | null }>): CorpusSummary {
  const corpus = new CorpusSummary();
  for (const { summary, programme } of documents) corpus.add(summary, programme);
  return corpus;
}
