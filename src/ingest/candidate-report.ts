import { foldForMatch } from '../text/fold.js';
import type { Candidate } from './types.js';

/**
 * Names the gazetteer lacks, counted per kind and per folded name as each document's
 * candidates come: what a build tells the curator, without holding every document's list.
 */
export class CandidateTally {
  readonly #byKind = new Map<string, number>();
  readonly #byName = new Map<string, { quote: string; kind: string; count: number; documents: number }>();

  /** Counts one document's candidates. */
  add(candidates: readonly Candidate[]) {
    const seen = new Set<string>();
    for (const c of candidates) {
      this.#byKind.set(c.kind, (this.#byKind.get(c.kind) ?? 0) + 1);
      const key = `${c.kind}|${foldForMatch(c.quote).replace(/\s+/gu, ' ')}`;
      const entry = this.#byName.get(key) ?? { quote: c.quote, kind: c.kind, count: 0, documents: 0 };
      entry.count++;
      if (!seen.has(key)) entry.documents++;
      seen.add(key);
      this.#byName.set(key, entry);
    }
  }

  /** The report: counts per kind and the `top` most frequent candidates (folded, with their kind and how many documents use them). */
  report(top = 10): string[] {
    if (this.#byKind.size === 0) return ['no candidates: every name found is in the gazetteer'];
    const total = [...this.#byKind.values()].reduce((a, b) => a + b, 0);
    const kinds = [...this.#byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${n} ${k}`).join(', ');
    const frequent = [...this.#byName.values()].sort((a, b) => b.count - a.count || a.quote.localeCompare(b.quote)).slice(0, top);
    return [
      `${total} candidates not in the gazetteer (${kinds}); most frequent:`,
      ...frequent.map((c) => `  ${c.count}× ${c.quote} (${c.kind}, ${c.documents} document${c.documents === 1 ? '' : 's'})`),
    ];
  }
}

/** The report of {@link CandidateTally} over every document's candidates. */
export function candidateReport(perDocument: Iterable<readonly Candidate[]>, top = 10): string[] {
  const tally = new CandidateTally();
  for (const candidates of perDocument) tally.add(candidates);
  return tally.report(top);
}
