/**
 * Acronyms a text defines for a name it has just written: "het gerechtelijk arrondissement Leuven
 * (GAL)", "de Federale Wegpolitie (FW)". The bracketed acronym is a mention of the entity the name
 * names, and so is the acronym wherever the text writes it again (the devset's convention: the
 * official name before its abbreviation gives two mentions). An acronym the gazetteer knows is
 * found by the gazetteer; this reads the ones it does not, from the name's initials.
 */
import { escapeRegExp } from '../text/regexp.js';
import type { Span } from './types.js';

/** A bracketed acronym right after a name: two to six capitals ("(GAL)", "(FW)"). */
const BRACKETED_ACRONYM = /^\s*\((\p{Lu}{2,6})\)/u;
/** Words Dutch names keep in lower case, which an acronym may take or skip ("Comité voor de Veiligheid (CV)", "(CVDV)"). */
const PARTICLE = /^(?:van|voor|de|het|der|den|en|op|in|tegen|ter|te)$/u;
/** The words before a bracket, at most eight: the name the acronym abbreviates ends there. */
const WORDS_BEFORE = /(?:[\p{L}'’-]+\s+){0,7}[\p{L}'’-]+\s*$/u;

/** The words (with their starts) of {@link WORDS_BEFORE} ending at `at`, where a name an acronym abbreviates may stand; none when no word ends there. */
function wordsBefore(text: string, at: number): Array<{ word: string; start: number }> {
  const window = text.slice(Math.max(0, at - 120), at);
  const name = WORDS_BEFORE.exec(window);
  if (!name) return [];
  const base = at - window.length + name.index;
  return [...name[0].matchAll(/[\p{L}'’-]+/gu)].map((w) => ({ word: w[0], start: base + w.index }));
}

/** A name the text has named, with its entity. */
export interface NamedSpan {
  start: number;
  end: number;
  entityType: 'actor' | 'location';
  entityId: string;
}

/**
 * Whether `acronym` spells the initials of the last words of `words` (each a word with its start),
 * back to a word at or before `from`: particles may count or not, a hyphenated word gives its parts'
 * initials or its first ("Coördinatie- en Steundirectie" as C S or C).
 */
function spellsInitials(acronym: string, words: Array<{ word: string; start: number }>, from: number): boolean {
  const target = acronym.toLowerCase();
  // Matches the acronym's letters backwards over the words, trying each reading of each word.
  const match = (wordIndex: number, letters: number): boolean => {
    if (letters === 0) return wordIndex < 0 || words[wordIndex + 1]!.start <= from;
    if (wordIndex < 0) return false;
    const word = words[wordIndex]!.word.toLowerCase();
    const parts = word.split('-').filter((p) => p.length > 0);
    const readings = [parts.map((p) => p[0]).join(''), word[0]!];
    if (PARTICLE.test(word)) readings.push('');
    return readings.some((initials) => initials.length <= letters && target.slice(letters - initials.length, letters) === initials && match(wordIndex - 1, letters - initials.length));
  };
  return match(words.length - 1, target.length);
}

/**
 * The acronyms defined in brackets after a named entity ({@link NamedSpan}) whose name's initials
 * they spell, as spans naming that entity: the bracketed one and every later one the text writes
 * as a whole word in the same capitals, on characters no other mention holds (`claimed`).
 */
export function definedAcronyms(text: string, named: readonly NamedSpan[], claimed: Uint8Array): Array<Span & Pick<NamedSpan, 'entityType' | 'entityId'>> {
  const found: Array<Span & Pick<NamedSpan, 'entityType' | 'entityId'>> = [];
  for (const h of named) {
    const bracket = BRACKETED_ACRONYM.exec(text.slice(h.end, h.end + 12));
    if (!bracket) continue;
    const acronym = bracket[1]!;
    const words = wordsBefore(text, h.end);
    if (words.length === 0 || !spellsInitials(acronym, words, h.start)) continue;
    const at = h.end + bracket[0].indexOf(acronym);
    for (const m of text.slice(at).matchAll(new RegExp(`(?<![\\p{L}\\p{N}&-])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}&-])`, 'gu'))) {
      const start = at + m.index;
      const end = start + acronym.length;
      if (claimed.subarray(start, end).includes(1)) continue;
      claimed.fill(1, start, end);
      found.push({ start, end, quote: acronym, entityType: h.entityType, entityId: h.entityId });
    }
  }
  return found;
}

/** A bracketed acronym anywhere in a text: two to six capitals. */
const ACRONYM_IN_BRACKETS = /\((\p{Lu}{2,6})\)/gu;

/**
 * Names a text defines an acronym for that no mention holds ("de sociale dienst jeugdrechtbank (SDJ)", "het Team Openbare
 * Netheid (TON)"): the fewest words right before the bracket whose initials spell the acronym, when `accepts` takes them
 * (the caller's test of what the name names). Each as the name's span; {@link definedAcronyms} then reads the acronym.
 */
export function namesOfAcronyms(text: string, claimed: Uint8Array, accepts: (words: readonly string[]) => boolean): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = m[1]!;
    const words = wordsBefore(text, m.index);
    for (let first = words.length - 1; first >= 0; first--) {
      const run = words.slice(first);
      if (PARTICLE.test(run[0]!.word.toLowerCase()) || !spellsInitials(acronym, run, run[0]!.start)) continue;
      const last = run.at(-1)!;
      const span = { start: run[0]!.start, end: last.start + last.word.length };
      if (!claimed.subarray(span.start, m.index + m[0].length).includes(1) && accepts(run.map((w) => w.word))) found.push({ ...span, quote: text.slice(span.start, span.end) });
      break;
    }
  }
  return found;
}
