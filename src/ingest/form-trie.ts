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
 * "politie van Brussel-Hoofdstad-Elsene" and the other way round. A hyphen with a space on
 * either side ("Oost- en West-Vlaanderen", "Gent - Brugge") stays a token of its own.
 */
function trieKeys(tokens: MatchToken[]): MatchToken[] {
  const keys: MatchToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const joins = token.bare === '-' && i > 0 && !token.key.startsWith(' ') && next !== undefined && !next.key.startsWith(' ');
    if (!joins) keys.push(token);
    else {
      keys.push({ ...next, key: ` ${next.bare}` });
      i++;
    }
  }
  return keys;
}

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

  /** Adds a value under a folded form (whitespace runs in the form count as one space). */
  add(folded: string, value: T): void {
    const tokens = trieKeys(matchTokens(folded));
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
    const tokens = trieKeys(textTokens);
    const hits: Array<TrieHit<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      let node = this.#root.next.get(tokens[i]!.bare);
      for (let j = i; node; node = tokens[++j] ? node.next.get(tokens[j]!.key) : undefined) {
        if (stats) stats.steps++;
        for (const value of node.values) hits.push({ start: tokens[i]!.start, end: tokens[j]!.end, value });
      }
    }
    return hits;
  }
}
