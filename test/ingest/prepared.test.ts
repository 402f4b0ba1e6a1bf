/**
 * The prepared text: made once per document, shared by every stage, and giving each stage
 * exactly what the stage computed from the raw text before (the extraction must not change).
 */
import fc from 'fast-check';
import t from 'tap';
import { extractFigures } from '../../src/ingest/figures/index.js';
import { PreparedText } from '../../src/ingest/prepared.js';
import { segmentDocument } from '../../src/ingest/segment.js';
import { assignThemes, compileThemes } from '../../src/ingest/themes.js';
import type { ThemeMatch } from '../../src/ingest/types.js';
import { foldForMatch } from '../../src/text/fold.js';

const taxonomy = [
  { id: 'drugs', labelNl: 'Drugs', labelEn: 'Drugs', cues: ['drug*', 'cocaine', '*dealer', 'dealer*'] },
  { id: 'camera', labelNl: 'Camera', labelEn: 'CCTV', cues: ['*camera*', 'anpr', 'anpr camera'] },
  { id: 'samen', labelNl: 'Samen', labelEn: 'Together', cues: ['onder een dak', 'samen*', '*werk', 'politie* samen*'] },
];
const cues = compileThemes(taxonomy);

/** The specification the cue index must meet: every cue tested at every word, as theme assignment first did. */
function themesByScan(text: string): Array<[string, string[]]> {
  const test = (cue: string) => {
    const core = cue.replace(/^\*|\*$/g, '');
    if (cue.startsWith('*') && cue.endsWith('*')) return (w: string) => w.includes(core);
    if (cue.endsWith('*')) return (w: string) => w.startsWith(core);
    if (cue.startsWith('*')) return (w: string) => w.endsWith(core);
    return (w: string) => w === core;
  };
  const words: string[] = [];
  for (const m of foldForMatch(text).matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    const parts = m[0].split('-');
    if (parts.length > 1) words.push(parts.join(''));
    words.push(...parts);
  }
  const matched = new Map<string, string[]>();
  for (const theme of taxonomy) {
    for (const cue of theme.cues) {
      const tests = cue.split(/\s+/u).map(test);
      for (let i = 0; i + tests.length <= words.length; i++) {
        if (!tests.every((f, k) => f(words[i + k]!))) continue;
        const phrase = words.slice(i, i + tests.length).join(' ');
        const list = matched.get(theme.id) ?? [];
        if (!list.includes(phrase)) list.push(phrase);
        matched.set(theme.id, list);
      }
    }
  }
  return taxonomy.filter((th) => matched.has(th.id)).map((th) => [th.id, matched.get(th.id)!]);
}

const pairs = (matches: ThemeMatch[]) => matches.map((m): [string, string[]] => [m.themeId, m.cues]);

/** Dutch-like documents: words, hyphens, apostrophes, accents, sentence ends, line breaks and bullets. */
const documents = fc
  .array(fc.constantFrom('Drugsdealers', 'cocaïne', 'ANPR', '-', 'camera', '’s', 'politie', 'samenwerken', 'werk', 'onder', 'één', 'dak', 'De', 'we', '.', ', ', ' ', ' ', ' ', '\n', '\n\n', '- ', '2023', 'ANPR-camera’s', 'bewakingscamera'), { maxLength: 60 })
  .map((parts) => parts.join(''));

t.test('themes over a prepared document equal the per-cue scan of each measure quote', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(documents, (text) => {
        const doc = new PreparedText(text);
        for (const s of segmentDocument(doc)) {
          const expected = themesByScan(s.quote);
          if (JSON.stringify(pairs(assignThemes(doc, cues, s))) !== JSON.stringify(expected)) return false;
          if (JSON.stringify(pairs(assignThemes(s.quote, cues))) !== JSON.stringify(expected)) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    ),
  );
});

t.test('a theme lists its cue words in cue order, then text order, once each', async (t) => {
  const text = 'Samenwerken is werk: politie samenwerking, werk.';
  t.same(pairs(assignThemes(text, cues)), [['samen', ['samenwerken', 'samenwerking', 'werk', 'politie samenwerking']]]);
  t.same(pairs(assignThemes(text, cues)), themesByScan(text));
  t.same(pairs(assignThemes('de ANPR camera en de ANPR-camera', cues)), themesByScan('de ANPR camera en de ANPR-camera'));
});

t.test('each part is prepared once and shared', async (t) => {
  const doc = new PreparedText('Het korps telt 312 medewerkers.\n\n- Eind 2023 waren er 40 agenten.');
  t.equal(doc.figureTokens, doc.figureTokens);
  t.equal(doc.matchTokens, doc.matchTokens);
  t.equal(doc.blocks, doc.blocks);
  t.equal(doc.figureSentences, doc.figureSentences);
  t.equal(doc.folded, foldForMatch(doc.text));
  t.same(extractFigures(doc), extractFigures(doc.text), 'a stage reads the same from the prepared text as from the string');
});

t.test('the folded text sliced at any measure equals the measure folded on its own', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(documents, (text) => {
        const doc = new PreparedText(text);
        return segmentDocument(doc).every((s) => doc.folded.slice(s.start, s.end) === foldForMatch(s.quote));
      }),
      { numRuns: 300 },
    ),
  );
});
