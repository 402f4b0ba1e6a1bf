/**
 * Case- and diacritics-insensitive folding that keeps string length stable
 * (one UTF-16 unit in, one out) so offsets found in folded text are valid in the
 * original. Typographic apostrophes fold to ASCII so "camera’s" and "camera's" match.
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const folded = base.length === ch.length ? base.toLowerCase() : ch.toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out.replace(/[’‘`´]/g, "'");
}

/** Lowercase ASCII slug: "Federale Politie Antwerpen" → "federale-politie-antwerpen". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
