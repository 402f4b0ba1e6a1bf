/**
 * Measure alignment: which measures of other documents say much the same thing. A lexical
 * method, computed at build time, documented in the README:
 *
 * - terms: Dutch snowball stems of the measure's words (src/text/stem.ts), without function
 *   words, numbers and stems shorter than three letters;
 * - weights: tf-idf, w(t) = (1 + ln tf) · ln(N / df) over the N measures of the build;
 * - score: the cosine of the two weight vectors (0–1), i.e. the weighted overlap of terms;
 * - candidates: only measures of other documents whose place is the same as, inside or
 *   around the measure's document's place (a city programme against its coalition
 *   agreement and a national plan, and the other way round). Documents without a place get
 *   no candidates;
 * - kept: the {@link SIMILAR_PER_MEASURE} best with score ≥ {@link MIN_SCORE} and at least
 *   {@link MIN_SHARED_TERMS} shared terms, each with
 *   the shared terms that weigh most (as the measure writes them).
 */
import { dutchStopwords } from '../text/stopwords.js';
import { tokenize } from '../text/stem.js';

export const SIMILAR_PER_MEASURE = 5;
export const MIN_SCORE = 0.12;
/** One shared word makes no alignment: short sentences sharing one rare word ("op termijn") score high by cosine alone. */
export const MIN_SHARED_TERMS = 2;
const SHARED_TERMS = 6;

/** A measure as the method sees it. */
export interface MeasureText {
  id: string;
  documentId: string;
  /** The location the document is about, or null. */
  place: string | null;
  text: string;
}

export interface Similarity {
  measureId: string;
  similarId: string;
  rank: number;
  score: number;
  /** The shared terms, heaviest first, as the measure (`measureId`) writes them. */
  terms: string[];
}

export interface Vector {
  weights: Map<string, number>;
  /** The first surface word of each stem in the text. */
  words: Map<string, string>;
  norm: number;
}

/** Stems (with their first surface word) of the terms of a text. */
function terms(text: string): Array<[stem: string, word: string]> {
  return tokenize(text)
    .filter((t) => t.stem.length >= 3 && !/^\d/.test(t.word) && !dutchStopwords.has(t.word))
    .map((t) => [t.stem, t.word]);
}

/** tf-idf vectors of every measure. */
export function vectors(measures: readonly MeasureText[]): Map<string, Vector> {
  const bags = measures.map((m) => terms(m.text));
  const df = new Map<string, number>();
  for (const bag of bags) for (const stem of new Set(bag.map(([s]) => s))) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = measures.length;
  return new Map(
    measures.map((m, i) => {
      const tf = new Map<string, number>();
      const words = new Map<string, string>();
      for (const [stem, word] of bags[i]!) {
        tf.set(stem, (tf.get(stem) ?? 0) + 1);
        if (!words.has(stem)) words.set(stem, word);
      }
      const weights = new Map([...tf].map(([stem, count]) => [stem, (1 + Math.log(count)) * Math.log(n / df.get(stem)!)] as const));
      const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0));
      return [m.id, { weights, words, norm }];
    }),
  );
}

/**
 * For each measure, its most similar measures among the candidates. `related(a, b)` says
 * whether places a and b are the same or one lies inside the other.
 */
export function similarMeasures(measures: readonly MeasureText[], related: (a: string, b: string) => boolean): Similarity[] {
  // Only measures of a document with a place have candidates; without any, the weights (which
  // read every measure) are not needed.
  if (!measures.some((m) => m.place !== null)) return [];
  const vecs = vectors(measures);
  const postings = placePostings(measures, vecs);
  const relatedPlaces = new Map([...postings.keys()].map((p) => [p, [...postings.keys()].filter((q) => related(p, q))]));
  return measures.flatMap((m) => {
    if (m.place === null || vecs.get(m.id)!.norm === 0) return [];
    return mostSimilar(m, candidates(vecs.get(m.id)!, relatedPlaces.get(m.place)!.map((q) => postings.get(q)!)), vecs);
  });
}

/**
 * The {@link SIMILAR_PER_MEASURE} measures among `others` most similar to `m` (other documents'
 * only; score ≥ {@link MIN_SCORE} and at least {@link MIN_SHARED_TERMS} shared terms), ranked.
 */
export function mostSimilar(m: MeasureText, others: Iterable<MeasureText>, vecs: ReadonlyMap<string, Vector>): Similarity[] {
  const a = vecs.get(m.id)!;
  const scored: Array<{ id: string; score: number; shared: Array<[string, number]> }> = [];
  for (const other of others) {
    if (other.documentId === m.documentId) continue;
    const b = vecs.get(other.id)!;
    if (b.norm === 0) continue;
    const shared: Array<[string, number]> = [];
    let dot = 0;
    for (const [stem, w] of a.weights) {
      const v = b.weights.get(stem);
      if (v === undefined) continue;
      dot += w * v;
      shared.push([stem, w * v]);
    }
    const score = dot / (a.norm * b.norm);
    if (score >= MIN_SCORE && shared.length >= MIN_SHARED_TERMS) scored.push({ id: other.id, score, shared });
  }
  scored.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
  return scored.slice(0, SIMILAR_PER_MEASURE).map((s, i) => {
    const terms = s.shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, SHARED_TERMS).map(([stem]) => a.words.get(stem)!);
    return { measureId: m.id, similarId: s.id, rank: i + 1, score: Math.round(s.score * 1000) / 1000, terms };
  });
}

/** Per place, per stem, the measures about that place (with a nonzero vector) whose text has the stem. */
function placePostings(measures: readonly MeasureText[], vecs: Map<string, Vector>): Map<string, Map<string, MeasureText[]>> {
  const byPlace = new Map<string, Map<string, MeasureText[]>>();
  for (const m of measures) {
    const vec = vecs.get(m.id)!;
    if (m.place === null || vec.norm === 0) continue;
    let postings = byPlace.get(m.place);
    if (!postings) byPlace.set(m.place, (postings = new Map()));
    for (const stem of vec.weights.keys()) {
      const list = postings.get(stem);
      if (list) list.push(m);
      else postings.set(stem, [m]);
    }
  }
  return byPlace;
}

/**
 * The measures that share at least {@link MIN_SHARED_TERMS} stems with `a` in the given
 * places' postings: the only ones that can pass, found without comparing `a` with every
 * measure of its places (which made the step quadratic in the corpus).
 */
function candidates(a: Vector, places: ReadonlyArray<Map<string, MeasureText[]>>): MeasureText[] {
  const hits = new Map<MeasureText, number>();
  for (const postings of places) {
    for (const stem of a.weights.keys()) for (const other of postings.get(stem) ?? []) hits.set(other, (hits.get(other) ?? 0) + 1);
  }
  return [...hits].filter(([, n]) => n >= MIN_SHARED_TERMS).map(([m]) => m);
}
