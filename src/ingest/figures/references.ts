/**
 * Units for numbers written without their own noun: back-references ("dit aantal slechts 462",
 * "het aantal inbraken daalde tot 1.829"), partitives ("7 van de 19 gemeenten") and the bare
 * numbers that are still worth quoting.
 */
import type { FigureKind } from '../../vocabulary.js';
import type { FigureReading } from '../types.js';
import type { Ctx, Draft } from './shapes.js';
import { lower, parseAtom, type Token } from './tokens.js';
import { findCountedNoun } from './units.js';
import { COUNT_REFERENCE_NOUNS, QUANTITY_VERBS } from './words.js';

/**
 * For a number without its own noun: after a partitive "er", or if "aantal"/"teller"/"cijfer"
 * comes earlier in the sentence, the unit is the noun after it ("het aantal agenten … 312") or, when there is none
 * ("dit aantal … 462"), the unit of the closest preceding count or quantity.
 * Returns undefined when there is no such reference.
 */
export function backReference(ctx: Ctx, d: Draft, lead: number, previous: FigureReading[]): { kind: FigureKind; unit: string | null } | undefined {
  const { tokens } = ctx;
  // Partitive "er" ("waren dat er amper 151", "verwacht ze er 2.100") points back to a counted noun.
  if (tokens[lead - 1]?.norm === 'er') return antecedent(ctx, lead - 1, previous);
  const [s] = ctx.sentenceOf(d.first);
  for (let k = d.first - 1; k >= 0 && tokens[k]!.start >= s && k >= d.first - 12; k--) {
    if (!COUNT_REFERENCE_NOUNS.has(tokens[k]!.norm)) continue;
    const own = nounAfterReference(tokens, k);
    if (own !== null && own < d.first) return { kind: 'count', unit: lower(tokens[own]!) };
    return antecedent(ctx, k, previous);
  }
  return undefined;
}

/** The noun after "aantal" ("het aantal geregistreerde inbraken" → index of "inbraken"). */
function nounAfterReference(tokens: Token[], k: number): number | null {
  let n = k + 1;
  if (tokens[n]?.norm === 'aan' || tokens[n]?.norm === 'van') n++;
  return findCountedNoun(tokens, n, 2);
}

/**
 * What "dit aantal" at token `k` refers to: the closer of the last count/quantity figure and the
 * last "het aantal <noun>" phrase before it ("het aantal woninginbraken is gehalveerd. Dat aantal…").
 */
function antecedent(ctx: Ctx, k: number, previous: FigureReading[]): { kind: FigureKind; unit: string | null } {
  const { tokens } = ctx;
  const before = tokens[k]!.start;
  let fig: FigureReading | undefined;
  for (let p = previous.length - 1; p >= 0 && !fig; p--) {
    const f = previous[p]!;
    if (f.end <= before && (f.kind === 'count' || f.kind === 'quantity') && f.unit !== null) fig = f;
  }
  for (let j = k - 1; j >= 0; j--) {
    if (fig && tokens[j]!.end <= fig.end) break;
    if (!COUNT_REFERENCE_NOUNS.has(tokens[j]!.norm)) continue;
    const noun = nounAfterReference(tokens, j);
    if (noun !== null && noun < k) return { kind: 'count', unit: lower(tokens[noun]!) };
  }
  return fig ? { kind: fig.kind, unit: fig.unit } : { kind: 'count', unit: null };
}

/** "7 van de 19 gemeenten": a bare number counted out of a following count takes its noun. */
export function partitiveUnit(ctx: Ctx, d: Draft): string | null {
  const { tokens } = ctx;
  let k = d.last + 1;
  if (tokens[k]?.norm !== 'van') return null;
  k++;
  if (['de', 'het', 'die', 'deze'].includes(tokens[k]?.norm ?? '')) k++;
  const whole = parseAtom(tokens, k);
  if (!whole || whole.value <= d.value) return null;
  const noun = findCountedNoun(tokens, whole.last + 1, whole.value);
  return noun === null ? null : lower(tokens[noun]!);
}

/** Whether a bare number (no unit) is still worth quoting. */
export function bareNumberKept(ctx: Ctx, d: Draft, hasQualifier: boolean): boolean {
  if (d.wordsOnly) return false;
  if (d.structured || hasQualifier) return true;
  const p = ctx.tokens[d.first - 1];
  return p !== undefined && QUANTITY_VERBS.has(p.norm);
}
