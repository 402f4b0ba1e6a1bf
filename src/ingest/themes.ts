import { foldForMatch } from '../text/fold.js';
import type { ThemeEntry } from './gazetteer.js';
import type { ThemeMatch } from './types.js';

/** A cue compiled to a test over one folded word, or over a run of words for multi-word cues. */
interface CompiledCue {
  themeId: string;
  words: Array<(word: string) => boolean>;
}

function wordTest(cue: string): (word: string) => boolean {
  const lead = cue.startsWith('*');
  const trail = cue.endsWith('*');
  const core = cue.replace(/^\*|\*$/g, '');
  if (lead && trail) return (w) => w.includes(core);
  if (trail) return (w) => w.startsWith(core);
  if (lead) return (w) => w.endsWith(core);
  return (w) => w === core;
}

/** Compiles the theme taxonomy once per run. */
export function compileThemes(themes: ThemeEntry[]): CompiledCue[] {
  return themes.flatMap((t) =>
    t.cues.map((cue) => ({ themeId: t.id, words: cue.split(/\s+/u).map((part) => wordTest(part)) })),
  );
}

// Words split on apostrophes and hyphens, as the search index does, but compounds
// written with a hyphen ("ANPR-camera") are also tried whole so "*camera*" and "anpr*" both see them.
function foldedWords(text: string): string[] {
  const words: string[] = [];
  for (const m of foldForMatch(text).matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    const parts = m[0].split('-');
    if (parts.length > 1) words.push(parts.join(''));
    words.push(...parts);
  }
  return words;
}

/**
 * Assigns themes to a text by cue words, reporting which words triggered each theme.
 * Themes come out in taxonomy order, cue words in text order without repeats.
 */
export function assignThemes(text: string, cues: CompiledCue[]): ThemeMatch[] {
  const words = foldedWords(text);
  const matched = new Map<string, string[]>();
  for (const cue of cues) {
    for (let i = 0; i + cue.words.length <= words.length; i++) {
      if (!cue.words.every((test, k) => test(words[i + k]!))) continue;
      const phrase = words.slice(i, i + cue.words.length).join(' ');
      const list = matched.get(cue.themeId) ?? [];
      if (!list.includes(phrase)) list.push(phrase);
      matched.set(cue.themeId, list);
    }
  }
  const order = [...new Set(cues.map((c) => c.themeId))];
  return order.filter((id) => matched.has(id)).map((themeId) => ({ themeId, cues: matched.get(themeId)! }));
}
