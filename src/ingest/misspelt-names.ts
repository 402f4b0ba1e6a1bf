/**
 * Known names misspelt by one letter: "Gerda Proefsteekamp" for a gazetteer's Gerda Proefsteenkamp,
 * Zandhoven written "Zanhoven", "KnokkeHeist" for Knokke-Heist. A text's
 * misspelling is quoted as written and named by its meaning (the devset's typo convention); the
 * extractor reads it so only where the name is long and the slip small and inside a word, so
 * that the inflections Dutch writes at a word's end ("Limburgs", "Brugse") and names that differ
 * from a known one by a letter in the middle of a short word stay what they are.
 */
import type { Span } from './types.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Where a one-letter edit may fall in a folded name: anywhere, or only inside a word of some length. */
export interface OneLetterOptions {
  /**
   * Only edits inside a word of at least this many letters (counted in the shorter spelling): a
   * letter neither first nor last of its word left out or added, wherever in a run of equal letters
   * the edit is placed ("zandhovenn" adds a last letter, not one inside).
   */
  insideWordsOf?: number;
  /** Characters that may be added besides the letters ("-": a hyphen left out of "Knokke-Heist"). */
  alsoAdded?: string;
  /**
   * The known forms by their text with one letter (or `alsoAdded` character) left out
   * ({@link oneLetterOutIndex}, built with the same `alsoAdded`): where given, the forms one letter
   * longer than the text are read from it in one lookup instead of trying every letter at every place.
   */
  longerForms?: ReadonlyMap<string, readonly string[]>;
}

const isWordChar = (c: string | undefined) => c !== undefined && c !== ' ';

/** The word of `s` around index `at`: its start and end. */
function wordAround(s: string, at: number): [number, number] {
  const start = s.lastIndexOf(' ', at - 1) + 1;
  const end = s.indexOf(' ', at);
  return [start, end === -1 ? s.length : end];
}

/**
 * Whether the one letter by which `a` and `b` differ (one is the other with a letter more) lies
 * inside a word of at least `minWord` letters: every place the extra letter can be said to stand
 * (the run of equal letters it joins) has a letter of its word on both sides.
 */
export function editInsideWord(a: string, b: string, minWord: number): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let prefix = 0;
  while (prefix < short.length && long[prefix] === short[prefix]) prefix++;
  let suffix = 0;
  while (suffix < short.length && long[long.length - 1 - suffix] === short[short.length - 1 - suffix]) suffix++;
  const places = [Math.max(0, long.length - 1 - suffix), Math.min(prefix, long.length - 1)];
  return places.every((at) => isWordChar(long[at]) && isWordChar(long[at - 1]) && isWordChar(long[at + 1]) && wordAround(long, at)[1] - wordAround(long, at)[0] - 1 >= minWord);
}

/**
 * The values `lookup` gives for the forms one letter apart from `folded`: the folded text with one
 * letter left out (the writer added one) or with one added (the writer left one out); never one
 * letter changed, since many real names differ so ("Gellingen", "Bellingen"). Each value once, in no
 * promised order (the index of `longerForms` and the search meet them in different orders; callers count them).
 */
export function formsOneLetterApart<T>(folded: string, lookup: (form: string) => T | undefined, options: OneLetterOptions = {}): T[] {
  const found = new Set<T>();
  const keep = (form: string) => {
    const value = lookup(form);
    if (value !== undefined && (options.insideWordsOf === undefined || editInsideWord(folded, form, options.insideWordsOf))) found.add(value);
  };
  for (let i = 0; i < folded.length; i++) keep(folded.slice(0, i) + folded.slice(i + 1));
  if (options.longerForms) {
    for (const form of options.longerForms.get(folded) ?? []) keep(form);
    return [...found];
  }
  const added = LETTERS + (options.alsoAdded ?? '');
  for (let i = 0; i <= folded.length; i++) {
    const head = folded.slice(0, i);
    const tail = folded.slice(i);
    for (const letter of added) keep(head + letter + tail);
  }
  return [...found];
}

/**
 * Known folded forms by each text they give with one letter (or one of `alsoAdded`) left out: the
 * forms a text with that letter missing misspells ({@link OneLetterOptions.longerForms}). Given
 * `insideWordsOf`, only the letters whose leaving out {@link editInsideWord} can accept with that
 * length: one with a character of its word on both sides, in a word of at least that many letters
 * without it. The forms it leaves out of a text's entry are those the search with that option would
 * refuse anyway (the edit's run of equal letters has a letter so placed wherever it passes), so the
 * search finds the same forms from a smaller index, built in less time.
 */
export function oneLetterOutIndex(forms: Iterable<string>, alsoAdded = '', insideWordsOf?: number): Map<string, string[]> {
  const removable = new Set(LETTERS + alsoAdded);
  const index = new Map<string, string[]>();
  for (const form of forms) {
    let wordStart = 0;
    for (let i = 0; i < form.length; i++) {
      if (form[i] === ' ') wordStart = i + 1;
      if (!removable.has(form[i]!)) continue;
      if (insideWordsOf !== undefined && !insideALongWord(form, i, wordStart, insideWordsOf)) continue;
      const key = form.slice(0, i) + form.slice(i + 1);
      const longer = index.get(key);
      if (!longer) index.set(key, [form]);
      else if (!longer.includes(form)) longer.push(form);
    }
  }
  return index;
}

/**
 * Whether character `at` of `form` (in the word that starts at `wordStart`) has a character of its
 * word on both sides, in a word of at least `minWord` letters without it: where {@link editInsideWord}
 * may place an edit.
 */
function insideALongWord(form: string, at: number, wordStart: number, minWord: number): boolean {
  if (at === wordStart || !isWordChar(form[at + 1])) return false;
  const end = form.indexOf(' ', at);
  return (end === -1 ? form.length : end) - wordStart - 1 >= minWord;
}

/** A run of one to four capitalised words on one line ("Gerda Proefsteekamp", "KnokkeHeist", "D’haene"). */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’&.-])\p{Lu}[\p{L}'’-]*\p{L}(?: \p{Lu}[\p{L}'’-]*\p{L}){0,3}(?![\p{L}\p{N}&-])/gu;

/** The shortest word an edit may fall in, and the shortest name, in letters: shorter names differ from each other by one letter too often. */
export const MIN_EDITED_WORD = 7;
/** What a writer may leave out of a name besides a letter: its hyphen ("KnokkeHeist"). */
export const MAY_BE_LEFT_OUT = '-';
const MIN_NAME = 8;

/** The entity a known folded form names, and the form's number of words, as `entityOf` gives it. */
export interface KnownForm {
  entityType: 'actor' | 'location';
  entityId: string;
  words: number;
}

/** A span of the text that misspells a known name, with the entity it stands for. */
export type MisspeltName = Span & Pick<KnownForm, 'entityType' | 'entityId'>;

/**
 * What {@link misspeltNames} found for each form it looked up, by the form's number of words less one: a caller that reads
 * every text with the same `isKnown`, `entityOf` and `longerForms` (a gazetteer's) keeps one, so that a name a corpus writes
 * again and again ("Jongeren tussen", "Cameratoezicht") is searched once, not the length of its form in lookups every time.
 */
export type MisspeltMemo = Array<Map<string, string | null>>;
/** Forms a memo holds before it is emptied, which bounds its memory on any corpus. */
const MAX_MEMO = 100_000;

/**
 * Spans of the text that misspell one known name by one letter inside a long word
 * ({@link formsOneLetterApart} inside a word of {@link MIN_EDITED_WORD} letters, a hyphen among the letters a writer may leave
 * out): a run of capitalised words, or its longest part, on characters no mention holds, whose
 * folded form is no known form itself and is one letter apart from the forms of exactly one
 * entity that `entityOf` accepts (the caller says which: persons' full names, places; `longerForms`,
 * their {@link oneLetterOutIndex} with {@link MAY_BE_LEFT_OUT} and {@link MIN_EDITED_WORD}, makes the search one lookup a
 * place). A name of one word needs {@link MIN_NAME} letters; a person's name needs two words, so a surname alone is
 * never read as a misspelt person. `folded` is the text folded (`foldForMatch` in src/text/fold.ts, offsets kept): a run's form is
 * read from it, as folding the run alone would give it (folding is one character at a time). A `memo` ({@link MisspeltMemo})
 * keeps each form's answer for the next texts.
 */
export function misspeltNames(
  text: string,
  folded: string,
  claimed: Uint8Array,
  isKnown: (folded: string) => boolean,
  entityOf: (folded: string) => KnownForm | undefined,
  longerForms?: ReadonlyMap<string, readonly string[]>,
  memo?: MisspeltMemo,
): MisspeltName[] {
  const found: MisspeltName[] = [];
  // The entity a form of n words misspells ("actor id", "location id"), or null: the same for every text read with these lookups.
  const misspelt = (form: string, n: number): string | null => {
    const known = memo?.[n - 1]?.get(form);
    if (known !== undefined) return known;
    let entity: string | null = null;
    if (!isKnown(form)) {
      const entities = formsOneLetterApart(form, (other) => {
        const entry = entityOf(other);
        return entry && entry.words === n ? `${entry.entityType} ${entry.entityId}` : undefined;
      }, { insideWordsOf: MIN_EDITED_WORD, alsoAdded: MAY_BE_LEFT_OUT, longerForms });
      if (entities.length === 1) entity = entities[0]!;
    }
    if (memo) {
      const byForm = (memo[n - 1] ??= new Map());
      if (byForm.size >= MAX_MEMO) byForm.clear();
      byForm.set(form, entity);
    }
    return entity;
  };
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const words = wordsOfRun(run[0], run.index);
    let from = 0;
    while (from < words.length) {
      let taken = 0;
      for (let n = Math.min(3, words.length - from); n >= 1 && taken === 0; n--) {
        const start = words[from]!.start;
        const end = words[from + n - 1]!.end;
        // Its letters (the run's words are one space apart) before anything is sliced or looked up.
        if (end - start - (n - 1) < MIN_NAME || claimedAny(claimed, start, end)) continue;
        const entity = misspelt(folded.slice(start, end), n);
        if (entity === null) continue;
        const [entityType, entityId] = entity.split(' ') as ['actor' | 'location', string];
        found.push({ start, end, quote: text.slice(start, end), entityType, entityId });
        taken = n;
      }
      from += Math.max(taken, 1);
    }
  }
  return found;
}

/** The words of a {@link CAPITALISED_RUN} match found at `at`, one space apart: their spans in the text. */
function wordsOfRun(run: string, at: number): Array<{ start: number; end: number }> {
  const words: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const word of run.split(' ')) {
    words.push({ start: at + start, end: at + start + word.length });
    start += word.length + 1;
  }
  return words;
}

/** Whether any character from `start` to `end` is claimed. */
function claimedAny(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i] === 1) return true;
  return false;
}
