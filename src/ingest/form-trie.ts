/**
 * A token trie over every folded surface form of the gazetteer, so that finding all forms
 * in a text costs one walk per token start, bounded by the longest form's token count and
 * independent of how many forms there are.
 *
 * A trie of tokens rather than a character automaton (Aho-Corasick): the matcher's rules are
 * whole words (a form never matches inside "Bruggestraat") and whitespace runs that count as
 * one space; with tokens as edges both hold by construction, while a character automaton
 * reports every form inside every longer word ("as" in each "was") and needs a boundary
 * check per report.
 */
import { matchTokens, type MatchToken } from '../text/tokens.js';

/**
 * The tokens as the trie keys them: a hyphen joining two words ("Brussel-Hoofdstad") counts as
 * the space between them, so "politie van Brussel Hoofdstad-Elsene" finds the form
 * "politie van Brussel-Hoofdstad-Elsene" and the other way round. A hyphen glued to a word
 * with a space after it joins the next word as well ("Halle- Vilvoorde", a compound broken at a
 * line end) unless that word is a conjunction: "Oost- en West-Vlaanderen" leaves the second
 * part to the reader. A hyphen with a space before it ("Gent - Brugge") stays a token of its own. A slash glued between two
 * words joins them as a hyphen does ("politiezone Brussel Hoofdstad/Elsene").
 */
function trieKeys(tokens: MatchToken[]): MatchToken[] {
  let keys = keysOfTokens.get(tokens);
  if (keys === undefined) keysOfTokens.set(tokens, (keys = keysOf(tokens)));
  return keys;
}

/**
 * The keys of a token list, kept while the list lives: a document's tokens are walked by several
 * tries (the forms, the bare zone names, titled and honorific surnames…), each with the same keys.
 * The token lists are not changed once made (`PreparedText.matchTokens`, a form's tokens).
 */
const keysOfTokens = new WeakMap<MatchToken[], MatchToken[]>();

function keysOf(tokens: MatchToken[]): MatchToken[] {
  const keys: MatchToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const joins = (token.bare === '-' && i > 0 && !token.key.startsWith(' ') && next !== undefined && (!next.key.startsWith(' ') || brokenCompound(tokens[i - 1]!, next))) ||
      (token.bare === '/' && i > 0 && !token.key.startsWith(' ') && next !== undefined && !next.key.startsWith(' ') && LETTER.test(tokens[i - 1]!.bare) && LETTER.test(next.bare));
    if (!joins) keys.push(sameAsEn(token));
    else {
      keys.push({ ...next, key: ` ${next.bare}` });
      i++;
    }
  }
  return keys;
}

/**
 * "&" keyed as the word "en": names are written both ways ("Kortrijk & Kuurne", "Kortrijk en
 * Kuurne"), and one key on both the form side and the text side makes either find the other.
 */
const sameAsEn = (token: MatchToken): MatchToken =>
  token.bare === '&' ? { ...token, key: token.key.startsWith(' ') ? ' en' : 'en', bare: 'en' } : token;

const LETTER = /\p{L}/u;

/** Words after which a hyphen left open ends a suspended compound ("Oost- en West-Vlaanderen"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['en', 'of', 'tot', 'als', 'noch', 'maar']);
const WORD = /^[\p{L}\p{N}]/u;

/** "Halle- Vilvoorde": a word, a hyphen glued to it, a space, and a word that is not a conjunction. */
const brokenCompound = (before: MatchToken, next: MatchToken) => WORD.test(before.bare) && WORD.test(next.bare) && !CONJUNCTIONS.has(next.bare);

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

const emptyNode = <T>(): TrieNode<T> => ({ next: new Map(), values: [] });

/** A found form: the tokens it spans (as UTF-16 offsets) and the values stored under it. */
export interface TrieHit<T> {
  start: number;
  end: number;
  value: T;
}

/** Work done by {@link FormTrie.findAll}; the linearity test reads it. */
export interface TrieStats {
  /** Trie edges followed: at most (tokens × the longest form's token count). */
  steps: number;
}

export class FormTrie<T> {
  readonly #root: TrieNode<T> = emptyNode();
  /** The last text's tokens and their hits: a document's mentions walk the surname tries twice. */
  #last?: { tokens: MatchToken[]; hits: Array<TrieHit<T>> };

  /** Adds a value under a folded form (whitespace runs in the form count as one space). */
  add(folded: string, value: T): void {
    this.#last = undefined;
    const tokens = keysOf(matchTokens(folded));
    let node = this.#root;
    tokens.forEach((token, i) => {
      const key = i === 0 ? token.bare : token.key;
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = emptyNode()));
      node = child;
    });
    if (tokens.length > 0) node.values.push(value);
  }

  /**
   * Every occurrence of every form in the tokens of a folded text, ordered by start and
   * then length; values stored under one form keep the order they were added in.
   */
  findAll(textTokens: MatchToken[], stats?: TrieStats): Array<TrieHit<T>> {
    if (stats === undefined && this.#last?.tokens === textTokens) return [...this.#last.hits];
    const tokens = trieKeys(textTokens);
    const hits: Array<TrieHit<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      let node = this.#root.next.get(tokens[i]!.bare);
      for (let j = i; node; node = tokens[++j] ? node.next.get(tokens[j]!.key) : undefined) {
        if (stats) stats.steps++;
        for (const value of node.values) hits.push({ start: tokens[i]!.start, end: tokens[j]!.end, value });
      }
    }
    if (stats === undefined) this.#last = { tokens: textTokens, hits: [...hits] };
    return hits;
  }
}
