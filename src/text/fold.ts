/**
 * Case- and diacritics-insensitive folding that keeps string length stable
 * (one UTF-16 unit in, one out) so offsets found in folded text are valid in the
 * original. Typographic apostrophes fold to ASCII so "camera’s" and "camera's" match.
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldChar(ch);
  return out.replace(/[’‘`´]/g, "'");
}

/** Folded forms of the non-ASCII characters met so far (a text uses few); ASCII needs only lower-casing. */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const lower = base.length === ch.length ? base.toLowerCase() : ch.toLowerCase();
    folded = lower.length === ch.length ? lower : ch;
    foldedChars.set(ch, folded);
  }
  return folded;
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
