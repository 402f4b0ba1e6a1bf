/**
 * Test oracle: the all-pairs alignment as it stood before candidates came from per-place
 * postings (src/ingest/similarity.ts). It shares the weights and the ranking of one measure
 * (`vectors`, `mostSimilar`) and differs only where the change was made: every measure of a
 * related place is a candidate, so the postings method must give exactly its output.
 */
import { mostSimilar, vectors, type MeasureText, type Similarity } from '../../src/ingest/similarity.js';

export function similarMeasures(measures: readonly MeasureText[], related: (a: string, b: string) => boolean): Similarity[] {
  if (!measures.some((m) => m.place !== null)) return [];
  const vecs = vectors(measures);
  return measures.flatMap((m) => {
    const place = m.place;
    if (place === null || vecs.get(m.id)!.norm === 0) return [];
    return mostSimilar(m, measures.filter((other) => other.place !== null && related(place, other.place)), vecs);
  });
}
