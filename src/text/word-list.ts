/**
 * Word lists written once: a list that names a word twice is a slip (two people adding the same
 * word, or a word filed under two headings of one list), so building one fails at load, naming
 * the word, instead of hiding it in a set.
 */
export function wordList<const T extends readonly string[]>(words: T): T {
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word)) throw new Error(`word list names "${word}" twice`);
    seen.add(word);
  }
  return words;
}

/** {@link wordList} as a set, for lookups. */
export const wordSet = (words: readonly string[]): ReadonlySet<string> => new Set(wordList(words));
