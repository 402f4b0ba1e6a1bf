/** The folding of one character, memoised: texts repeat few distinct characters. */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const lowered = base.length === ch.length ? base.toLowerCase() : ch.toLowerCase();
    folded = lowered.length === ch.length ? lowered : ch;
    if (/[’‘`´]/.test(folded)) folded = "'";
    foldedChars.set(ch, folded);
  }
  return folded;
}

/**
 * Case- and diacritics-insensitive folding that keeps string length stable
 * (one UTF-16 unit in, one out) so offsets found in folded text are valid in the
 * original. Typographic apostrophes fold to ASCII so "camera’s" and "camera's" match.
 */
export function foldForMatch(text: string): string {
  // ASCII runs are lowercased whole (what `foldChar` does to each of their characters, the
  // backtick apart) and the other characters folded one code point at a time; a text that is one
  // such run (the common case for whole stretches) folds by lowercasing alone.
  let out = '';
  let run = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== BACKTICK) {
      i++;
      continue;
    }
    const width = (text.codePointAt(i) ?? c) > 0xffff ? 2 : 1;
    out += text.slice(run, i).toLowerCase() + foldChar(text.slice(i, i + width));
    i += width;
    run = i;
  }
  return run === 0 ? text.toLowerCase() : out + text.slice(run).toLowerCase();
}

const BACKTICK = 0x60;

/** Lowercase ASCII slug: "Federale Politie Antwerpen" → "federale-politie-antwerpen". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
