/** Proactive content negotiation (RFC 9110 §12.5.1) over a route's list of offered media types. */

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part) => {
    const [range = '', ...params] = part.trim().split(';');
    const [type, subtype] = range.trim().toLowerCase().split('/');
    if (!type || !subtype) return [];
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return Number.isFinite(q) ? [{ type, subtype, q }] : [];
  });
}

/** How specifically `range` matches `offer` (2 exact, 1 type/*, 0 star/star), or -1. */
function specificity(range: MediaRange, offer: string): number {
  const [type, subtype] = offer.split('/');
  if (range.type === '*' && range.subtype === '*') return 0;
  if (range.type !== type) return -1;
  if (range.subtype === '*') return 1;
  return range.subtype === subtype ? 2 : -1;
}

/**
 * The offer the client prefers: the quality of each offer is that of its most specific
 * matching range; ties go to the earlier offer (the default). No Accept means the first offer;
 * undefined means nothing offered is acceptable (406).
 */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | undefined {
  if (accept === undefined || accept.trim() === '') return offers[0];
  const ranges = parseAccept(accept);
  let best: string | undefined;
  let bestQ = 0;
  for (const offer of offers) {
    let q = 0;
    let spec = -1;
    for (const range of ranges) {
      const s = specificity(range, offer);
      if (s > spec) [spec, q] = [s, range.q];
    }
    if (q > bestQ) [best, bestQ] = [offer, q];
  }
  return best;
}
