/** Qualifiers before a number: "maar liefst", "meer dan", "ruim", and when "tot" is one. */
import type { Token } from './tokens.js';
import { QUALIFIERS, TOT_GOVERNING_PREFIXES } from './words.js';

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
  for (const [seq, phrase] of QUALIFIERS) {
    const first = i - seq.length;
    if (first < minIdx) continue;
    if (!seq.every((w, n) => tokens[first + n]!.norm === w)) continue;
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
