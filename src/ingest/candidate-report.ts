import { foldForMatch } from '../text/fold.js';
import type { Candidate } from './types.js';

/**
 * What a build tells a curator about names the gazetteer lacks: counts per kind and the most
 * frequent candidates (folded, with their kind and how many documents use them).
 */
export function candidateReport(perDocument: Candidate[][], top = 10): string[] {
  if (perDocument.every((c) => c.length === 0)) return ['no candidates: every name found is in the gazetteer'];
  const byKind = new Map<string, number>();
  const byName = new Map<string, { quote: string; kind: string; count: number; documents: number }>();
  for (const candidates of perDocument) {
    const seen = new Set<string>();
    for (const c of candidates) {
      byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
      const key = `${c.kind}|${foldForMatch(c.quote).replace(/\s+/gu, ' ')}`;
      const entry = byName.get(key) ?? { quote: c.quote, kind: c.kind, count: 0, documents: 0 };
      entry.count++;
      if (!seen.has(key)) entry.documents++;
      seen.add(key);
      byName.set(key, entry);
    }
  }
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const kinds = [...byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${n} ${k}`).join(', ');
  const frequent = [...byName.values()].sort((a, b) => b.count - a.count || a.quote.localeCompare(b.quote)).slice(0, top);
  return [
    `${total} candidates not in the gazetteer (${kinds}); most frequent:`,
    ...frequent.map((c) => `  ${c.count}× ${c.quote} (${c.kind}, ${c.documents} document${c.documents === 1 ? '' : 's'})`),
  ];
}
