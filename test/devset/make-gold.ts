/**
 * Turns the hand-written annotations of a split (`<split dir>/annotations/*.json`) into gold
 * files (`<split dir>/gold/*.json`) with code-point offsets, so no offset is ever typed by hand.
 * The splits are the tune set (test/devset), the held-out set (test/devset/heldout), the unseen
 * set (test/devset/unseen), the fresh set (test/devset/fresh), the second fresh set
 * (test/devset/fresh2), the third (test/devset/fresh3), the fourth (test/devset/fresh4), the fifth
 * (test/devset/fresh5), the sixth (test/devset/fresh6, open since session 14), the seventh
 * (test/devset/fresh7, open since session 15), the eighth (test/devset/fresh8, open since session
 * 16), the ninth (test/devset/fresh9, open since session 17), the tenth (test/devset/fresh10,
 * open since session 18), the eleventh (test/devset/fresh11, open since session 19), the twelfth (test/devset/fresh12,
 * open since session 20), the thirteenth (test/devset/fresh13, open since session 21), the fourteenth (test/devset/fresh14,
 * open since session 22), the fifteenth (test/devset/fresh15,
 * open since session 23), the sixteenth (test/devset/fresh16, open since session 25), the seventeenth (test/devset/fresh17, open since session 28), the eighteenth (test/devset/fresh18, open since session 29), the nineteenth (test/devset/fresh19, open since session 30), the twentieth (test/devset/fresh20, open since session 31), the twenty-first (test/devset/fresh21, open since session 32), the twenty-second (test/devset/fresh22, open since session 33), the twenty-third (test/devset/fresh23, open since session 34), the twenty-fourth (test/devset/fresh24, open since session 36), the twenty-fifth (test/devset/fresh25, open since session 37), the twenty-sixth (test/devset/fresh26, open since session 38), the twenty-seventh (test/devset/fresh27, open since session 39), the twenty-eighth (test/devset/fresh28, open since session 40), the twenty-ninth (test/devset/fresh29, open since session 41), the thirtieth (test/devset/fresh30, open since session 42), the thirty-first (test/devset/fresh31, open since session 43), the thirty-second (test/devset/fresh32, open since session 44), the thirty-third (test/devset/fresh33, open since session 45), the thirty-fourth (test/devset/fresh34, open since session 46), the thirty-fifth (test/devset/fresh35, open since session 47), the thirty-sixth (test/devset/fresh36, open since session 48), the thirty-seventh (test/devset/fresh37, open since session 49), the thirty-eighth (test/devset/fresh38, open since session 50), the thirty-ninth (test/devset/fresh39, open since session 51), the fortieth (test/devset/fresh40, open since session 52), the forty-first (test/devset/fresh41, open since session 53), the forty-second (test/devset/fresh42, open since session 54), the forty-third (test/devset/fresh43, open since session 55), the forty-fourth (test/devset/fresh44, open since session 56), the forty-fifth, the forty-sixth, the forty-seventh, the forty-eighth and the forty-ninth, closed (test/devset/fresh45, test/devset/fresh46, test/devset/fresh47, test/devset/fresh48, test/devset/fresh49); all use this one tool and the
 * same conventions (making gold scores nothing, so it runs on a closed split too).
 *
 * An annotation names its span by a context string that occurs exactly once in the text,
 * with the quote marked by [[ ]] ("van [[Hasselt]] om"), or by the bare quote when it occurs
 * once as a whole word, or by the bare quote and `nth` (1-based whole-word occurrence).
 * The script fails, naming the file and the annotation, when a span is missing or ambiguous,
 * when two annotations overlap, or when a written span does not slice back to its quote.
 *
 *   node --import tsx test/devset/make-gold.ts                   # every split
 *   node --import tsx test/devset/make-gold.ts --split unseen    # one split (tune | heldout | unseen | fresh | fresh2 | fresh3 | fresh4 | fresh5 | fresh6 | fresh7 | fresh8 | fresh9 | fresh10 | fresh11 | fresh12 | fresh13 | fresh14 | fresh15 | fresh16 | fresh17 | fresh18 | fresh19 | fresh20 | fresh21 | fresh22 | fresh23 | fresh24 | fresh25 | fresh26 | fresh27 | fresh28 | fresh29 | fresh30 | fresh31 | fresh32 | fresh33 | fresh34 | fresh35 | fresh36 | fresh37 | fresh38 | fresh39 | fresh40 | fresh41 | fresh42 | fresh43 | fresh44 | fresh45 | fresh46 | fresh47 | fresh48 | fresh49 | closed | all)
 *
 * It reads no code from src/: the gold is made from the texts alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitDirs, splitsFromArgv, type Split } from './splits.js';

interface Located { quote: string; start: number; end: number }

type SpanSpec = string | { at: string; nth?: number };

interface FigureNote {
  at: SpanSpec;
  value: number;
  valueMax?: number | null;
  previousValue?: number | null;
  unit: string | null;
  referenceDate?: string | null;
  qualifier?: string;
  subject: SpanSpec | null;
  subjectActor?: string | null;
  subjectLocation?: string | null;
  status: 'target' | 'actual' | 'forecast' | 'unknown';
  unitKind: string | null;
  normalizedValue?: number | null;
  direction?: 'increase' | 'decrease' | null;
  note?: string;
  statusNote?: string;
}

interface Annotations {
  document: string;
  documentDate: string | null;
  documentDateNote?: string;
  figures: FigureNote[];
  actors: Array<{ at: SpanSpec; name: string; note?: string }>;
  locations: Array<{ at: SpanSpec; name: string; note?: string }>;
  notFigures: Array<{ at: SpanSpec; why: string }>;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** UTF-16 start indices of every whole-word occurrence of `needle` in `text`. */
function wordOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) found.push(i);
  }
  return found;
}

function allOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Resolves a span spec to code-point offsets, or throws a message saying why not. */
function locate(text: string, spec: SpanSpec): Located {
  const at = typeof spec === 'string' ? spec : spec.at;
  const nth = typeof spec === 'string' ? undefined : spec.nth;
  let start16: number;
  let quote: string;
  const marked = /^(.*)\[\[(.+?)\]\](.*)$/s.exec(at);
  if (marked) {
    const [, before, inner, after] = marked as unknown as [string, string, string, string];
    const hits = allOccurrences(text, before + inner + after);
    if (hits.length !== 1) throw new Error(`context "${at}" occurs ${hits.length} times`);
    start16 = hits[0]! + before.length;
    quote = inner;
  } else {
    const hits = wordOccurrences(text, at);
    if (nth === undefined && hits.length !== 1) throw new Error(`"${at}" occurs ${hits.length} times as a word; give context or nth`);
    const hit = hits[(nth ?? 1) - 1];
    if (hit === undefined) throw new Error(`"${at}" has no occurrence ${nth}`);
    start16 = hit;
    quote = at;
  }
  const start = [...text.slice(0, start16)].length;
  const end = start + [...quote].length;
  if ([...text].slice(start, end).join('') !== quote) throw new Error(`"${quote}" does not slice back at ${start}-${end}`);
  return { quote, start, end };
}

function figureGold(text: string, f: FigureNote) {
  const span = locate(text, f.at);
  const subject = f.subject === null ? null : locate(text, f.subject);
  const previousValue = f.previousValue ?? null;
  const change = previousValue === null ? null : f.value - previousValue;
  const direction = f.direction !== undefined ? f.direction : change === null || change === 0 ? null : change > 0 ? 'increase' : 'decrease';
  return {
    ...span,
    value: f.value,
    valueMax: f.valueMax ?? null,
    previousValue,
    unit: f.unit,
    referenceDate: f.referenceDate ?? null,
    ...(f.qualifier === undefined ? {} : { qualifier: f.qualifier }),
    subject: subject?.quote ?? null,
    subjectStart: subject?.start ?? null,
    subjectEnd: subject?.end ?? null,
    subjectActor: f.subjectActor ?? null,
    subjectLocation: f.subjectLocation ?? null,
    status: f.status,
    unitKind: f.unitKind,
    normalizedValue: f.normalizedValue !== undefined ? f.normalizedValue : f.value,
    direction,
    change,
    ...(f.note === undefined ? {} : { note: f.note }),
    ...(f.statusNote === undefined ? {} : { statusNote: f.statusNote }),
  };
}

/** The gold of one annotation file, from the annotations and the text alone (pure). */
export function makeGold(file: string, notes: Annotations, text: string) {
  const at = <T>(what: string, i: number, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      throw new Error(`${file}: ${what}[${i}]: ${(e as Error).message}`);
    }
  };
  const byStart = <T extends { start: number }>(xs: T[]) => xs.sort((a, b) => a.start - b.start);
  const gold = {
    document: notes.document,
    documentDate: notes.documentDate,
    ...(notes.documentDateNote === undefined ? {} : { documentDateNote: notes.documentDateNote }),
    conventions: 'test/gold/README.md, extended by test/devset/README.md',
    figures: byStart(notes.figures.map((f, i) => at('figures', i, () => figureGold(text, f)))),
    actors: byStart(notes.actors.map((a, i) => at('actors', i, () => ({ ...locate(text, a.at), name: a.name, ...(a.note ? { note: a.note } : {}) })))),
    locations: byStart(notes.locations.map((l, i) => at('locations', i, () => ({ ...locate(text, l.at), name: l.name, ...(l.note ? { note: l.note } : {}) })))),
    notFigures: byStart(notes.notFigures.map((n, i) => at('notFigures', i, () => ({ ...locate(text, n.at), why: n.why })))),
  };
  const spans = byStart([...gold.figures, ...gold.actors, ...gold.locations, ...gold.notFigures].map((s) => ({ ...s })));
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw new Error(`${file}: "${spans[i - 1]!.quote}" (${spans[i - 1]!.start}) overlaps "${spans[i]!.quote}" (${spans[i]!.start})`);
  }
  return gold;
}

/** Every annotation file of a split with the gold made from it, serialised as the gold file is. */
export function goldFromAnnotations(split: Split = 'tune'): Array<{ file: string; json: string }> {
  const dir = splitDirs[split];
  return readdirSync(join(dir, 'annotations'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const notes = JSON.parse(readFileSync(join(dir, 'annotations', file), 'utf8')) as Annotations;
      const text = readFileSync(join(dir, 'texts', notes.document), 'utf8');
      return { file, json: JSON.stringify(makeGold(file, notes, text), null, 2) + '\n' };
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const split of splitsFromArgv(process.argv)) {
    for (const { file, json } of goldFromAnnotations(split)) {
      writeFileSync(join(splitDirs[split], 'gold', file), json);
      const g = JSON.parse(json) as ReturnType<typeof makeGold>;
      console.log(`${split}/${file}: ${g.figures.length} figures, ${g.actors.length} actors, ${g.locations.length} places, ${g.notFigures.length} not-figures`);
    }
  }
}
