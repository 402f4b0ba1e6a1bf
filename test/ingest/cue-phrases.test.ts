/**
 * The cue-phrase lookup of the meaning stage (src/ingest/figures/cue-phrases.ts) answers as the
 * whole-word regular expression it replaced, over generated texts made of the cues' own words,
 * their neighbours (prefixes, suffixes, digits), white space of several kinds, punctuation,
 * combining marks and astral characters; and over the real cue lists.
 */
import fc from 'fast-check';
import t from 'tap';
import { CuePhrases, CueWords } from '../../src/ingest/figures/cue-phrases.js';
import { FINITE_VERBS, FORECAST_CUES, PAST_VERBS, TARGET_CUES } from '../../src/ingest/figures/words.js';
import { foldForMatch } from '../../src/text/fold.js';

/** The pattern the meaning stage compiled before, kept here as the reference. */
function referencePattern(cues: readonly string[]): RegExp {
  const alternatives = cues.map((c) => foldForMatch(c).split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'u');
}

const lists: Array<[string, readonly string[]]> = [
  ['forecast', FORECAST_CUES],
  ['target', TARGET_CUES],
  ['past', [...PAST_VERBS]],
  ['finite', [...FINITE_VERBS]],
  // Phrases, a cue inside another, and cues with characters other than letters and digits (the pattern's fallback).
  ['made up', ['nood aan', 'nood', 'gaan we nu', 'zo\'n', 'mini-cel', 'a.s.', '2de', 'x y']],
];

t.test('answers as the regular expression on generated texts', async (t) => {
  for (const [name, cues] of lists) {
    const cueWords = [...new Set(cues.flatMap((c) => foldForMatch(c).split(/\s+/u)))].slice(0, 40);
    const piece = fc.oneof(
      fc.constantFrom(...cueWords),
      fc.constantFrom(...cueWords).map((w) => `${w}s`),
      fc.constantFrom(...cueWords).map((w) => `ge${w}`),
      fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ', ', '-', "'", '.', '7', 'é', 'e\u0301', '𝔸', 'x', 'aan', 'we'),
    );
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
    const pattern = referencePattern(cues);
    const phrases = new CuePhrases(cues);
    t.doesNotThrow(() => fc.assert(fc.property(text, (s) => phrases.test(s) === pattern.test(s)), { numRuns: 3000 }), name);
  }
});

t.test('finds phrases only with white space between their words', async (t) => {
  const phrases = new CuePhrases(['nood aan', 'naar verwachting']);
  t.ok(phrases.test('er is nood  aan agenten'));
  t.ok(phrases.test('naar\nverwachting 30'));
  t.notOk(phrases.test('nood, aan'), 'a comma between the words');
  t.notOk(phrases.test('noodaan'), 'one word');
  t.notOk(phrases.test('de nood aangeven'), 'a longer word');
  const cut = new CueWords('de 12 agenten, 2de');
  t.same(cut.words, ['de', '12', 'agenten', '2de']);
});
