/**
 * Scores the extractor on the development set (test/devset): real texts against gold written by
 * reading them, in fifty-two splits (splits.ts): `tune` (01–12), `heldout` (13–24), `unseen` (25–36),
 * `fresh` (37–48), `fresh2` (49–60), `fresh3` (61–72), `fresh4` (73–84) and `fresh5` (85–96), open for
 * per-item details, `fresh6` (97–108) too since session 14, `fresh7` (109–120) since session 15, `fresh8` (121–132) since session 16, `fresh9` (133–144) since session 17, `fresh10` (145–156) since session 18, `fresh11` (157–168) since session 19, `fresh12` (169–180) since session 20, `fresh13` (181–192) since session 21, `fresh14` (193–204) since session 22, `fresh15` (205–216) since session 23, `fresh16` (217–228) since session 25, `fresh17` (229–240) since session 28, `fresh18` (241–252) since session 29, `fresh19` (253–264) since session 30, `fresh20` (265–276) since session 31, `fresh21` (277–288) since session 32, `fresh22` (289–300) since session 33, `fresh23` (301–312) since session 34, `fresh24` (313–324) since session 36, `fresh25` (325–336) since session 37, `fresh26` (337–348) since session 38, `fresh27` (349–360) since session 39, `fresh28` (361–372) since session 40, `fresh29` (373–384) since session 41, `fresh30` (385–396) since session 42, `fresh31` (397–408) since session 43, `fresh32` (409–420) since session 44, `fresh33` (421–432) since session 45, `fresh34` (433–444) since session 46, `fresh35` (445–456) since session 47, and `fresh36` (457–468) since session 48, `fresh37` (469–480) since session 49, `fresh38` (481–492) since session 50, `fresh39` (493–504) since session 51, `fresh40` (505–516) since session 52, `fresh41` (517–528) since session 53, `fresh42` (529–540) since session 54, `fresh43` (541–552) since session 55, and `fresh44` (553–564) since session 56, `fresh45` (565–576), `fresh46` (577–588), `fresh47` (589–600), `fresh48` (601–612) and `fresh49` (613–624), closed: only their aggregate scores are ever reported. One implementation
 * serves every split, the test (test/ingest/devset.test.ts, which prints the tables in `npm test`) and the
 * command `node --import tsx test/devset/score.ts`.
 *
 * Figures: a gold figure and an extracted one pair when their spans overlap (one-to-one, in
 * text order); a pair is a hit when value, valueMax and previousValue agree. Precision and
 * recall count hits. The meaning fields (unit, unit kind, subject, status …) are compared on
 * the hits and reported both over the hits and over all gold figures (a missed figure counts
 * as wrong). The figure-contract fields are read when present: a missing field is wrong, not
 * a crash. Mentions: exact span and entity, and a lenient variant (overlapping span, same entity).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { compileContext, extractDocument, type DocumentExtraction } from '../../src/ingest/pipeline.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { foldForMatch } from '../../src/text/fold.js';
import { sliceCodePoints } from '../../src/text/offsets.js';
import { entityResolvers, goldMentionKeys, goldSchema, mentionKey, overlaps, type EntityResolvers, type Gold, type GoldFigure, type MentionKey, type Offsets } from '../helpers/gold.js';
import { splitDirs, type Split } from './splits.js';

/** The tune split's directory (texts 01–12); `splitDirs` names every split's. */
export const devsetDir = splitDirs.tune;

const sourcesSchema = z.object({
  documents: z.array(z.object({ file: z.string(), date: z.string().nullable(), scope: z.string().nullable() })),
});

/** An extracted figure as the scorer sees it: today's fields, and the contract's fields if present. */
export type ScoredFigure = Offsets & {
  quote: string;
  value: number;
  valueMax: number | null;
  previousValue: number | null;
  unit: string | null;
  referenceDate: string | null;
};

/** Reads an optional field of an extracted figure: undefined when the extractor does not produce it. */
function field(f: ScoredFigure, name: string): unknown {
  return (f as unknown as Record<string, unknown>)[name];
}

// ---------------------------------------------------------------------------------------------
// Metric primitives (pure; unit-tested on synthetic input in test/ingest/devset.test.ts)

/** Two numbers (or nulls) that are the same value; tolerant of decimal noise ("1/3", cents). */
export function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || b === null || a === undefined || b === undefined) return a === b && a !== undefined;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A figure's value as the details print it: with its upper bound and its old value, which sameFigureValue compares too, so
 * a figure missed and extra on the same quote shows which of them differs ("= 10600000 from 15500000" against "= 10600000").
 */
export function figureValueText(f: Pick<ScoredFigure, 'value' | 'valueMax' | 'previousValue'>): string {
  return `${f.value}${f.valueMax == null ? '' : `–${f.valueMax}`}${f.previousValue == null ? '' : ` from ${f.previousValue}`}`;
}

export const sameFigureValue = (g: GoldFigure, f: ScoredFigure) => sameNumber(f.value, g.value) && sameNumber(f.valueMax, g.valueMax) && sameNumber(f.previousValue, g.previousValue);

/**
 * One-to-one pairs of gold and extracted spans that overlap and satisfy `same`, gold in text
 * order, each taking the first free extracted span.
 */
export function pairSpans<G extends Offsets, P extends Offsets>(gold: G[], predicted: P[], same: (g: G, p: P) => boolean = () => true): Array<[G, P]> {
  const taken = new Set<number>();
  const pairs: Array<[G, P]> = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, j) => !taken.has(j) && overlaps(g, p) && same(g, p));
    if (i < 0) continue;
    taken.add(i);
    pairs.push([g, predicted[i]!]);
  }
  return pairs;
}

export interface Counts {
  hits: number;
  predicted: number;
  expected: number;
}

export const precision = (c: Counts) => (c.predicted === 0 ? 1 : c.hits / c.predicted);
export const recall = (c: Counts) => (c.expected === 0 ? 1 : c.hits / c.expected);

/** Mentions compared exactly: the same span and the same entity. */
export function mentionCounts(gold: MentionKey[], predicted: MentionKey[]): Counts {
  const expected = new Set(gold.map(mentionKey));
  const found = new Set(predicted.map(mentionKey));
  return { hits: [...found].filter((k) => expected.has(k)).length, predicted: found.size, expected: expected.size };
}

/**
 * Mentions compared leniently: overlapping span, same entity. Recall and precision keep their
 * own numerators (a gold mention that has a partner; an extracted one that has a partner),
 * since one long mention may cover two gold ones.
 */
export function lenientScores(gold: MentionKey[], predicted: MentionKey[]) {
  const same = (a: MentionKey, b: MentionKey) => a.entityId === b.entityId && overlaps(a, b);
  const goldFound = gold.filter((g) => predicted.some((p) => same(g, p))).length;
  const predictedRight = predicted.filter((p) => gold.some((g) => same(g, p))).length;
  return { goldFound, predictedRight, predicted: predicted.length, expected: gold.length };
}

/** The extracted subject agrees when its span overlaps the gold subject or its folded text is equal. */
export function subjectAgrees(g: GoldFigure, f: ScoredFigure): boolean {
  const subject = field(f, 'subject');
  if (subject === undefined) return false;
  if (g.subject === null || g.subject === undefined) return subject === null;
  if (typeof subject !== 'string') return false;
  const start = field(f, 'subjectStart');
  const end = field(f, 'subjectEnd');
  if (typeof start === 'number' && typeof end === 'number' && typeof g.subjectStart === 'number' && typeof g.subjectEnd === 'number' && overlaps({ start, end }, { start: g.subjectStart, end: g.subjectEnd })) return true;
  return foldForMatch(subject.trim()) === foldForMatch(g.subject);
}

/** Units agree when equal after folding (case, diacritics, typographic apostrophes). */
export function unitAgrees(gold: string | null, extracted: unknown): boolean {
  if (gold === null) return extracted === null;
  return typeof extracted === 'string' && foldForMatch(extracted) === foldForMatch(gold);
}

/** A gold entity name (or null) agrees with an extracted gazetteer id (or null); undefined is wrong. */
export function entityAgrees(goldId: string | null, extracted: unknown): boolean {
  return extracted !== undefined && extracted === goldId;
}

// ---------------------------------------------------------------------------------------------
// The figure fields compared on every hit

export interface FieldCheck {
  id: string;
  label: string;
  agrees: (g: GoldFigure, f: ScoredFigure, resolve: EntityResolvers) => boolean;
}

const goldEntity = (name: string | null | undefined, resolve: (n: string, q: string) => string) => (name ? resolve(name, name) : null);

export const figureFieldChecks: FieldCheck[] = [
  { id: 'unit', label: 'unit (as written)', agrees: (g, f) => unitAgrees(g.unit, f.unit) },
  { id: 'unitKind', label: 'unitKind', agrees: (g, f) => field(f, 'unitKind') !== undefined && field(f, 'unitKind') === (g.unitKind ?? null) },
  { id: 'normalizedValue', label: 'normalizedValue', agrees: (g, f) => sameNumber(field(f, 'normalizedValue') as number | null | undefined, g.normalizedValue ?? null) },
  { id: 'subject', label: 'subject', agrees: (g, f) => subjectAgrees(g, f) },
  { id: 'subjectActor', label: 'subjectActor', agrees: (g, f, r) => entityAgrees(goldEntity(g.subjectActor, r.actorId), field(f, 'subjectActorId')) },
  { id: 'subjectLocation', label: 'subjectLocation', agrees: (g, f, r) => entityAgrees(goldEntity(g.subjectLocation, r.locationId), field(f, 'subjectLocationId')) },
  { id: 'status', label: 'status', agrees: (g, f) => field(f, 'status') !== undefined && field(f, 'status') === (g.status ?? 'unknown') },
  { id: 'direction', label: 'direction', agrees: (g, f) => field(f, 'direction') !== undefined && field(f, 'direction') === (g.direction ?? null) },
  { id: 'referenceDate', label: 'referenceDate', agrees: (g, f) => f.referenceDate === g.referenceDate },
];

// ---------------------------------------------------------------------------------------------
// Scoring the set

export interface DocumentScore {
  file: string;
  text: string;
  gold: Gold;
  extraction: DocumentExtraction;
  figures: Counts & { spanPairs: number; valueAgreements: number };
  hits: Array<[GoldFigure, ScoredFigure]>;
  missedFigures: GoldFigure[];
  spuriousFigures: ScoredFigure[];
  fields: Record<string, number>;
  actors: { exact: Counts; lenient: ReturnType<typeof lenientScores>; unknown: UnknownNames; foundOrProposed: number };
  places: { exact: Counts; lenient: ReturnType<typeof lenientScores>; unknown: UnknownNames; foundOrProposed: number };
  /** The candidates proposed, and how many of them overlap a gold mention the gazetteer lacks. */
  candidates: { proposed: number; right: number };
  goldMentions: MentionKey[];
}

/**
 * Gold mentions of entities the gazetteer lacks (`unknown:` ids: they can only be missed as
 * mentions) and how many of them the extractor proposed as a candidate of any kind (span overlap):
 * what a curator gets to see of the names still to be added.
 */
export interface UnknownNames {
  gold: number;
  proposed: number;
}

function unknownNames(gold: MentionKey[], candidates: Offsets[]): UnknownNames {
  const unknown = gold.filter((m) => m.entityId.startsWith('unknown:'));
  return { gold: unknown.length, proposed: unknown.filter((m) => candidates.some((c) => overlaps(c, m))).length };
}

/** A word of a person's name: a capitalised name (hyphenated parts too), an initial, or a surname particle. */
const PERSON_NAME_WORD = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|de|De|van|Van|der|Der|den|Den|Vanden|Vander|le|Le|la|La|ter|Ter|ten|Ten)$/u;
/** A word that makes a capitalised name a body's, though shaped like a person's: "Buurtcomité Alhambra", "Netwerk Brandweer", "Politiecollege Regio Tielt", a company's "… Group". */
const BODY_WORD = /(?:dienst|diensten|cel|team|commissie|afdeling|korps|zone|politie|college|raad|comité|centrum|centra|netwerk|groep|group|post|federatie|vereniging|platform|directie|parket|rechtbank)$/iu;

/**
 * The kind of an actor the gazetteer lacks, read from the gold's canonical name: a person when it
 * is two to five words of a person's name (capitalised names, initials, particles; first and last
 * capitalised) and none of them is a body's word; an organisation otherwise ("Velo", "TIM",
 * "Everton FC", "Comité voor Bijzondere Jeugdzorg").
 */
export function unknownActorKind(name: string): 'person' | 'organisation' {
  const words = name.trim().split(/\s+/u);
  const personShaped = words.length >= 2 && words.length <= 5 && words.every((w) => PERSON_NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words.at(-1)!);
  return personShaped && !words.some((w) => BODY_WORD.test(w)) ? 'person' : 'organisation';
}

/** The candidate kinds that propose an unknown entity of the gold's type and kind: a body may be proposed as a police zone, a place as a road. */
const PROPOSING_KINDS: Record<'person' | 'organisation' | 'location', ReadonlySet<string>> = {
  person: new Set(['person']),
  organisation: new Set(['organisation', 'police_zone']),
  location: new Set(['place', 'road']),
};

/** Whether a candidate of the matching kind overlaps a gold mention of an unknown entity (`unknown:<name>`). */
export function proposedWithKind(m: MentionKey, candidates: ReadonlyArray<Offsets & { kind: string }>): boolean {
  if (!m.entityId.startsWith('unknown:')) return false;
  const kinds = PROPOSING_KINDS[m.entityType === 'location' ? 'location' : unknownActorKind(m.entityId.slice('unknown:'.length))];
  return candidates.some((c) => kinds.has(c.kind) && overlaps(c, m));
}

/**
 * Gold mentions a curator is handed: linked right (exact span and entity), or of an entity the
 * gazetteer lacks and proposed as a candidate of its kind. Counted over the same gold as exact recall,
 * of which it is the upper bound a curator can reach by adding the proposed names.
 */
export function foundOrProposed(gold: MentionKey[], predicted: MentionKey[], candidates: ReadonlyArray<Offsets & { kind: string }>): number {
  const found = new Set(predicted.map(mentionKey));
  // One per span and entity, as recall counts them.
  const unique = new Map(gold.map((m) => [mentionKey(m), m]));
  return [...unique].filter(([key, m]) => found.has(key) || proposedWithKind(m, candidates)).length;
}

/** The candidates that overlap a gold mention of an entity the gazetteer lacks; one over a known name, or over no gold mention, is a false one. */
export function rightCandidates(gold: MentionKey[], candidates: Offsets[]): number {
  const unknown = gold.filter((m) => m.entityId.startsWith('unknown:'));
  return candidates.filter((c) => unknown.some((m) => overlaps(c, m))).length;
}

export function scoreDocument(file: string, text: string, gold: Gold, extraction: DocumentExtraction, resolve: EntityResolvers): DocumentScore {
  const figures = extraction.figures as ScoredFigure[];
  const spanPairs = pairSpans(gold.figures, figures);
  const hits = pairSpans(gold.figures, figures, sameFigureValue);
  const fields = Object.fromEntries(figureFieldChecks.map((c) => [c.id, hits.filter(([g, f]) => c.agrees(g, f, resolve)).length]));
  const goldMentions = goldMentionKeys(gold, resolve);
  const of = (type: MentionKey['entityType']) => {
    const g = goldMentions.filter((m) => m.entityType === type);
    const p = extraction.mentions.filter((m) => m.entityType === type);
    return { exact: mentionCounts(g, p), lenient: lenientScores(g, p), unknown: unknownNames(g, extraction.candidates), foundOrProposed: foundOrProposed(g, p, extraction.candidates) };
  };
  return {
    file,
    text,
    gold,
    extraction,
    figures: { hits: hits.length, predicted: figures.length, expected: gold.figures.length, spanPairs: spanPairs.length, valueAgreements: spanPairs.filter(([g, f]) => sameFigureValue(g, f)).length },
    hits,
    missedFigures: gold.figures.filter((g) => !hits.some(([h]) => h === g)),
    spuriousFigures: figures.filter((f) => !hits.some(([, h]) => h === f)),
    fields,
    actors: of('actor'),
    places: of('location'),
    candidates: { proposed: extraction.candidates.length, right: rightCandidates(goldMentions, extraction.candidates) },
    goldMentions,
  };
}

/** Runs the extractor on every text of a split with the seed gazetteer and scores it. */
export function scoreDevset(split: Split = 'tune'): DocumentScore[] {
  const dir = splitDirs[split];
  const { gazetteer } = readBuildInputs(defaultSeedsDir);
  const context = compileContext(gazetteer);
  const resolve = entityResolvers(gazetteer);
  const sources = sourcesSchema.parse(JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')));
  return sources.documents.map((s) => {
    const text = readFileSync(join(dir, 'texts', s.file), 'utf8');
    const gold = goldSchema.parse(JSON.parse(readFileSync(join(dir, 'gold', s.file.replace(/\.txt$/, '.json')), 'utf8')));
    const extraction = extractDocument(text, context, { documentDate: s.date, scopeLocationId: s.scope });
    return scoreDocument(s.file, text, gold, extraction, resolve);
  });
}

/** Every gold span (figures, subjects, mentions, not-figures) that does not slice back to its quote. */
export function goldSpanErrors(text: string, gold: Gold): string[] {
  const errors: string[] = [];
  for (const s of [...gold.figures, ...gold.actors, ...gold.locations, ...gold.notFigures]) {
    if (sliceCodePoints(text, s.start, s.end) !== s.quote) errors.push(`"${s.quote}" at ${s.start}-${s.end}`);
  }
  for (const f of gold.figures) {
    if (f.subject && sliceCodePoints(text, f.subjectStart ?? -1, f.subjectEnd ?? -1) !== f.subject) errors.push(`subject "${f.subject}" of "${f.quote}"`);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// The report

/** One line of the table: a score with its counts, the issue's target and the regression floor. */
export interface Row {
  id: string;
  label: string;
  correct: number;
  total: number;
  /** The same field over all gold figures (missed = wrong), for the meaning fields. */
  ofGold?: { correct: number; total: number };
  target: number | null;
}

const ratio = (correct: number, total: number) => (total === 0 ? 1 : correct / total);

/** Targets of issue 9 §4 on texts the pipeline has not been tuned on. */
export const TARGETS: Record<string, number> = {
  'figures.precision': 0.9,
  'figures.recall': 0.9,
  'field.subject': 0.7,
  'field.subjectActor': 0.7,
  'actors.recall': 0.85,
  'places.recall': 0.85,
};

export function reportRows(docs: DocumentScore[]): Row[] {
  const sum = (f: (d: DocumentScore) => number) => docs.reduce((n, d) => n + f(d), 0);
  const hits = sum((d) => d.figures.hits);
  const gold = sum((d) => d.figures.expected);
  const row = (id: string, label: string, correct: number, total: number, ofGold?: Row['ofGold']): Row => ({ id, label, correct, total, ...(ofGold ? { ofGold } : {}), target: TARGETS[id] ?? null });
  const mentionRows = (id: 'actors' | 'places', label: string) => {
    const exactHits = sum((d) => d[id].exact.hits);
    return [
      row(`${id}.precision`, `${label} precision (exact span + entity)`, exactHits, sum((d) => d[id].exact.predicted)),
      row(`${id}.recall`, `${label} recall (exact span + entity)`, exactHits, sum((d) => d[id].exact.expected)),
      row(`${id}.lenientPrecision`, `${label} precision (overlap + entity)`, sum((d) => d[id].lenient.predictedRight), sum((d) => d[id].lenient.predicted)),
      row(`${id}.lenientRecall`, `${label} recall (overlap + entity)`, sum((d) => d[id].lenient.goldFound), sum((d) => d[id].lenient.expected)),
      row(`${id}.unknownProposed`, `${label} unknown to the gazetteer, proposed as candidates`, sum((d) => d[id].unknown.proposed), sum((d) => d[id].unknown.gold)),
      row(`${id}.foundOrProposed`, `${label} found (linked, or unknown and proposed with its kind)`, sum((d) => d[id].foundOrProposed), sum((d) => d[id].exact.expected)),
    ];
  };
  return [
    row('figures.precision', 'figures precision (span overlap + same value)', hits, sum((d) => d.figures.predicted)),
    row('figures.recall', 'figures recall (span overlap + same value)', hits, gold),
    row('figures.value', 'value agreement (of span-overlapping pairs)', sum((d) => d.figures.valueAgreements), sum((d) => d.figures.spanPairs)),
    ...figureFieldChecks.map((c) => {
      const correct = sum((d) => d.fields[c.id] ?? 0);
      return row(`field.${c.id}`, `${c.label} agreement`, correct, hits, { correct, total: gold });
    }),
    ...mentionRows('actors', 'actors'),
    ...mentionRows('places', 'places'),
    row('candidates.precision', 'candidates precision (over a name the gazetteer lacks)', sum((d) => d.candidates.right), sum((d) => d.candidates.proposed)),
  ];
}

export const rowScore = (r: Row) => ratio(r.correct, r.total);

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const num = (x: number) => x.toFixed(2);

export interface TableOptions {
  /** Names the set in the heading line ('devset', 'devset tune', 'devset unseen'). */
  name?: string;
  /** Adds one line of counts per text; off for a closed split (`closedSplits`), which reports aggregates only. */
  perText?: boolean;
}

/** A fixed-width table (readable in `npm test` output and a terminal), with targets and floors. */
export function formatTable(docs: DocumentScore[], floors: Record<string, number> = {}, { name = 'devset', perText = true }: TableOptions = {}): string {
  const rows = reportRows(docs);
  const head = ['measure', 'score', 'count', 'of gold', 'target', 'floor'];
  const body = rows.map((r) => [
    r.label,
    num(rowScore(r)),
    `${r.correct}/${r.total}`,
    r.ofGold ? `${num(ratio(r.ofGold.correct, r.ofGold.total))} (${r.ofGold.correct}/${r.ofGold.total})` : '',
    r.target === null ? '' : `≥ ${num(r.target)}${rowScore(r) >= r.target ? ' met' : ' not met'}`,
    floors[r.id] === undefined ? '' : num(floors[r.id]!),
  ]);
  const widths = head.map((h, i) => Math.max([...h].length, ...body.map((b) => [...b[i]!].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  const figureTotals = docs.reduce((n, d) => n + d.figures.expected, 0);
  const mentionTotals = docs.reduce((n, d) => n + d.goldMentions.length, 0);
  return [
    `${name}: ${docs.length} texts, ${figureTotals} gold figures, ${mentionTotals} gold mentions (test/devset; floors are regression floors, not the targets)`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    ...(perText
      ? [
          '',
          'per text (figures hits/extracted/gold; actors and places exact hits/extracted/gold):',
          ...docs.map((d) => `  ${pad(d.file, 46)} figures ${d.figures.hits}/${d.figures.predicted}/${d.figures.expected}  actors ${d.actors.exact.hits}/${d.actors.exact.predicted}/${d.actors.exact.expected}  places ${d.places.exact.hits}/${d.places.exact.predicted}/${d.places.exact.expected}`),
        ]
      : []),
  ].join('\n');
}

/** What went wrong, per text: missed and spurious figures and mentions, and disagreeing fields. */
export function formatDetails(docs: DocumentScore[], resolve: EntityResolvers): string {
  const out: string[] = [];
  for (const d of docs) {
    out.push(`== ${d.file}`);
    for (const g of d.missedFigures) out.push(`  missed figure: "${g.quote}" = ${figureValueText(g)}`);
    for (const f of d.spuriousFigures) out.push(`  extra figure: "${f.quote}" = ${figureValueText(f)}`);
    for (const [g, f] of d.hits) {
      const wrong = figureFieldChecks.filter((c) => !c.agrees(g, f, resolve)).map((c) => `${c.id} ${JSON.stringify(c.id === 'unit' ? f.unit : c.id === 'referenceDate' ? f.referenceDate : field(f, c.id === 'subjectActor' ? 'subjectActorId' : c.id === 'subjectLocation' ? 'subjectLocationId' : c.id))} (gold ${JSON.stringify(field(g as unknown as ScoredFigure, c.id) ?? null)})`);
      if (wrong.length) out.push(`  "${g.quote}": ${wrong.join(', ')}`);
    }
    const found = new Set(d.extraction.mentions.map(mentionKey));
    const expected = new Set(d.goldMentions.map(mentionKey));
    const quote = (k: string) => {
      const [span] = k.split(' ');
      const [s, e] = span!.split('-').map(Number);
      return `"${sliceCodePoints(d.text, s!, e!)}" ${k}`;
    };
    for (const k of expected) if (!found.has(k)) out.push(`  missed mention: ${quote(k)}`);
    for (const k of found) if (!expected.has(k)) out.push(`  extra mention: ${quote(k)}`);
  }
  return out.join('\n');
}
