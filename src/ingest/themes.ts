import { tokenIndexAt, type MatchToken } from '../text/tokens.js';
import type { ThemeEntry } from './gazetteer.js';
import { prepared, type PreparedText } from './prepared.js';
import type { Span, ThemeMatch } from './types.js';

/** A cue: its theme and the ids of its word patterns, one per word ("onder een dak" has three). */
interface CompiledCue {
  themeId: string;
  parts: number[];
}

/**
 * The theme taxonomy compiled for matching: every distinct cue word pattern ("drug*", "*camera*",
 * "anpr") gets an id, indexed by how it matches (whole word, prefix, suffix, infix). A word's
 * matching patterns are found with one map lookup per prefix and suffix of the word, not one
 * test per cue, and are memoised: a corpus repeats a small vocabulary.
 */
export interface CompiledThemes {
  cues: CompiledCue[];
  /** Cue indices by the id of their first word pattern. */
  cuesByFirstPart: Map<number, number[]>;
  exact: Map<string, number[]>;
  prefixes: Map<string, number[]>;
  suffixes: Map<string, number[]>;
  infixes: Array<[core: string, part: number]>;
  /** Theme ids in taxonomy order. */
  order: string[];
  /** Word → ids of the patterns it matches, ascending. */
  memo: Map<string, number[]>;
}

const MAX_MEMO = 200_000;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Compiles the theme taxonomy once per run. */
export function compileThemes(themes: ThemeEntry[]): CompiledThemes {
  const compiled: CompiledThemes = { cues: [], cuesByFirstPart: new Map(), exact: new Map(), prefixes: new Map(), suffixes: new Map(), infixes: [], order: [], memo: new Map() };
  const partIds = new Map<string, number>();
  const partOf = (pattern: string): number => {
    let id = partIds.get(pattern);
    if (id !== undefined) return id;
    id = partIds.size;
    partIds.set(pattern, id);
    const lead = pattern.startsWith('*');
    const trail = pattern.endsWith('*');
    const core = pattern.replace(/^\*|\*$/g, '');
    if (lead && trail) compiled.infixes.push([core, id]);
    else if (trail) push(compiled.prefixes, core, id);
    else if (lead) push(compiled.suffixes, core, id);
    else push(compiled.exact, core, id);
    return id;
  };
  for (const t of themes) {
    if (t.cues.length > 0 && !compiled.order.includes(t.id)) compiled.order.push(t.id);
    for (const cue of t.cues) {
      const parts = cue.split(/\s+/u).map(partOf);
      push(compiled.cuesByFirstPart, parts[0]!, compiled.cues.length);
      compiled.cues.push({ themeId: t.id, parts });
    }
  }
  return compiled;
}

/** Ids of the cue word patterns a folded word matches, ascending (memoised). */
function matchingParts(word: string, themes: CompiledThemes): number[] {
  let parts = themes.memo.get(word);
  if (parts !== undefined) return parts;
  parts = [...(themes.exact.get(word) ?? [])];
  for (let n = 0; n <= word.length; n++) {
    parts.push(...(themes.prefixes.get(word.slice(0, n)) ?? []), ...(themes.suffixes.get(word.slice(word.length - n)) ?? []));
  }
  for (const [core, id] of themes.infixes) if (word.includes(core)) parts.push(id);
  parts = [...new Set(parts)].sort((a, b) => a - b);
  if (themes.memo.size >= MAX_MEMO) themes.memo.clear();
  themes.memo.set(word, parts);
  return parts;
}

const isWord = (t: MatchToken) => t.bare.length > 1 || /[\p{L}\p{N}]/u.test(t.bare);

/** Whether a hyphen glued to word `i` and to a word after it, inside the span, joins the two ("anpr-camera"). */
const hyphenJoinsNext = (tokens: MatchToken[], i: number, end: number) =>
  tokens[i + 2] !== undefined && tokens[i + 2]!.end <= end && tokens[i + 1]!.bare === '-' && tokens[i + 1]!.start === tokens[i]!.end && tokens[i + 2]!.start === tokens[i + 1]!.end && isWord(tokens[i + 2]!);

/**
 * The cue words of a stretch of text, from the document's match tokens: words split on
 * apostrophes and hyphens, as the search index does, but compounds written with a hyphen
 * ("ANPR-camera") are also tried whole so "*camera*" and "anpr*" both see them.
 */
function cueWords(tokens: MatchToken[], span: Pick<Span, 'start' | 'end'>): string[] {
  const words: string[] = [];
  for (let i = tokenIndexAt(tokens, span.start); i < tokens.length && tokens[i]!.end <= span.end; i++) {
    if (!isWord(tokens[i]!)) continue;
    // Most words stand alone: pushed as they are, without the array of parts a compound needs.
    if (!hyphenJoinsNext(tokens, i, span.end)) {
      words.push(tokens[i]!.bare);
      continue;
    }
    // A hyphen glued to words on both sides joins them: "anpr-camera".
    const parts = [tokens[i]!.bare];
    while (hyphenJoinsNext(tokens, i, span.end)) {
      parts.push(tokens[i + 2]!.bare);
      i += 2;
    }
    if (parts.length > 1) words.push(parts.join(''));
    words.push(...parts);
  }
  return words;
}

/**
 * Assigns themes to a text (or to `span` of a prepared document) by cue words, reporting which
 * words triggered each theme. Themes come out in taxonomy order; a theme's cue words in cue
 * order, then text order, without repeats.
 */
export function assignThemes(input: string | PreparedText, themes: CompiledThemes, span?: Pick<Span, 'start' | 'end'>): ThemeMatch[] {
  const doc = prepared(input);
  const words = cueWords(doc.matchTokens, span ?? { start: 0, end: doc.text.length });
  const partsAt = words.map((w) => matchingParts(w, themes));
  // A hit of cue c at word i is the number c × (words + 1) + i: ordered by cue, then by word, as a number, sorted without a
  // comparator and without a pair per hit (the hits' pairs and their sort were a sixth of the stage's allocation).
  const stride = words.length + 1;
  const hits: number[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const first of partsAt[i]!) {
      for (const c of themes.cuesByFirstPart.get(first) ?? []) {
        const { parts } = themes.cues[c]!;
        if (i + parts.length > words.length) continue;
        if (parts.every((p, k) => k === 0 || partsAt[i + k]!.includes(p))) hits.push(c * stride + i);
      }
    }
  }
  const matched = new Map<string, string[]>();
  for (const hit of Float64Array.from(hits).sort()) {
    const c = Math.floor(hit / stride);
    const i = hit - c * stride;
    const { themeId, parts } = themes.cues[c]!;
    const phrase = parts.length === 1 ? words[i]! : words.slice(i, i + parts.length).join(' ');
    const list = matched.get(themeId) ?? [];
    if (!list.includes(phrase)) list.push(phrase);
    matched.set(themeId, list);
  }
  return themes.order.filter((id) => matched.has(id)).map((themeId) => ({ themeId, cues: matched.get(themeId)! }));
}
