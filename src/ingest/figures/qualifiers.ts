/** Qualifiers before a number: "maar liefst", "meer dan", "ruim", and when "tot" is one. */
import { phraseAt, type Token } from './tokens.js';
import { QUALIFIERS, TOT_GOVERNING_PREFIXES } from './words.js';

/** {@link QUALIFIERS} grouped by their last word, each group in the list's order (longest first where it matters). */
const QUALIFIERS_BY_LAST_WORD = new Map<string, Array<(typeof QUALIFIERS)[number]>>();
for (const q of QUALIFIERS) {
  const last = q[0][q[0].length - 1]!;
  const group = QUALIFIERS_BY_LAST_WORD.get(last);
  if (group) group.push(q);
  else QUALIFIERS_BY_LAST_WORD.set(last, [q]);
}

interface Qualifier {
  phrase: string;
  first: number;
}

/**
 * The qualifier right before token `i` ("maar liefst", "meer dan", "ruim"), longest first.
 * "tot" only counts when it means "up to": not before a range ("uitgroeien tot 70 tot 80")
 * and not after a verb of change ("steeg tot 462").
 */
export function findQualifier(tokens: Token[], i: number, minIdx: number, opensRange: boolean): Qualifier | null {
  // Every qualifier ends on the token before `i`: only those whose last word it is are tried, in their order.
  const before = i - 1 >= minIdx ? tokens[i - 1] : undefined;
  for (const [seq, phrase] of (before && QUALIFIERS_BY_LAST_WORD.get(before.norm)) || []) {
    const first = i - seq.length;
    if (first < minIdx) continue;
    if (!phraseAt(tokens, first, seq)) continue;
    if (seq.length === 1 && seq[0] === 'tot') {
      if (opensRange) continue;
      // A verb of change shortly before ("steeg in 2023 met 12 procent tot 3.400") makes "tot" the target.
      const window = tokens.slice(Math.max(0, first - 8), first);
      if (window.some((w) => TOT_GOVERNING_PREFIXES.some((g) => w.norm.startsWith(g)))) continue;
      const p = tokens[first - 1];
      if (p?.norm === 'van' || p?.norm === 'en') continue;
    }
    return { phrase, first };
  }
  return null;
}
