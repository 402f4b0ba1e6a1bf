/**
 * A word-keyed memo of a pure function: a corpus has a small vocabulary, so the build's hot
 * per-word work (stems, number words, fractions) is done once per distinct word. Cleared whole
 * when it reaches `max` entries, which bounds its memory on any input.
 */
export function memoByWord<T>(compute: (word: string) => T, max = 200_000): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    // One lookup for a stored value; `has` only for a word whose value is undefined.
    const known = memo.get(word);
    if (known !== undefined || memo.has(word)) return known as T;
    if (memo.size >= max) memo.clear();
    const value = compute(word);
    memo.set(word, value);
    return value;
  };
}
