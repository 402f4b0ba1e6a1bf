/**
 * Cue phrases ("verwacht", "naar verwachting", "nood aan") found as whole words in folded text.
 *
 * The figures' meaning stage asks, for every clause and sentence around every figure, whether
 * it holds any of a list of cues: before, one regular expression per list,
 * `(?<![\p{L}\d])(?:cue|cue\s+words|…)(?![\p{L}\d])`, tried at every position of the clause.
 * Here a text is cut once into its words, the maximal runs of letters and ASCII digits (the
 * characters the pattern's look-arounds refuse next to a cue), and each list looks its phrases up
 * by their first word. Both answer the same: a cue of letters and digits only matches exactly
 * where a run equals it; a phrase of several such words, where consecutive runs equal its words
 * with nothing but white space between them. A cue with another character (none today) is
 * still tried by the pattern, so a list keeps its meaning whatever is added to it.
 */
import { codePointLength, codePointTest } from '../../text/char-class.js';
import { foldForMatch } from '../../text/fold.js';

/** A character of a cue word: a letter or an ASCII digit (a word is a maximal run of them). */
const isCueCharacter = codePointTest(/[\p{L}\d]/u);
const ONLY_WORD = /^[\p{L}\d]+$/u;
const ONLY_SPACE = /^\s+$/u;

/** A text cut into the words cue phrases are made of, for several lists to test at once. */
export class CueWords {
  readonly words: string[] = [];
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  constructor(readonly text: string) {
    // The runs `/[\p{L}\d]+/gu` finds, scanned by code point without a match object per word.
    let at = 0;
    while (at < text.length) {
      if (!isCueCharacter(text, at)) {
        at += codePointLength(text, at);
        continue;
      }
      const start = at;
      do at += codePointLength(text, at);
      while (at < text.length && isCueCharacter(text, at));
      this.words.push(text.slice(start, at));
      this.#starts.push(start);
      this.#ends.push(at);
    }
  }

  /** Whether only white space stands between word `i` and the next. */
  spacedAfter(i: number): boolean {
    return ONLY_SPACE.test(this.text.slice(this.#ends[i]!, this.#starts[i + 1]));
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One list of cue phrases, compiled once. */
export class CuePhrases {
  /** Phrases of letters and digits, as word lists, by their first word. */
  readonly #byFirstWord = new Map<string, string[][]>();
  /** The pattern for cues with any other character, or null when there are none. */
  readonly #others: RegExp | null;

  constructor(cues: readonly string[]) {
    const others: string[] = [];
    for (const cue of cues) {
      const words = foldForMatch(cue).split(/\s+/u);
      if (words.every((w) => ONLY_WORD.test(w))) {
        const phrases = this.#byFirstWord.get(words[0]!) ?? [];
        phrases.push(words);
        this.#byFirstWord.set(words[0]!, phrases);
      } else {
        others.push(words.map(escapeRegExp).join('\\s+'));
      }
    }
    this.#others = others.length === 0 ? null : new RegExp(`(?<![\\p{L}\\d])(?:${others.join('|')})(?![\\p{L}\\d])`, 'u');
  }

  /** Whether the text holds one of the cues as whole words. */
  test(text: string): boolean {
    return this.in(new CueWords(text));
  }

  /** Whether a text already cut into words holds one of the cues, passing over one that starts at a word `refused` reads otherwise. */
  in(cut: CueWords, refused?: (cut: CueWords, i: number) => boolean): boolean {
    const { words } = cut;
    for (let i = 0; i < words.length; i++) {
      const phrases = this.#byFirstWord.get(words[i]!);
      if (phrases === undefined || refused?.(cut, i)) continue;
      for (const phrase of phrases) {
        let j = 1;
        while (j < phrase.length && words[i + j] === phrase[j] && cut.spacedAfter(i + j - 1)) j++;
        if (j === phrase.length) return true;
      }
    }
    return this.#others !== null && this.#others.test(cut.text);
  }
}
