/**
 * The development set (test/devset): real texts scored against gold written by reading them, in
 * splits, `tune` (01–12), `heldout` (13–24), `unseen` (25–36), `fresh` (37–48), `fresh2` (49–60),
 * `fresh3` (61–72), `fresh4` (73–84), `fresh5` (85–96), `fresh6` (97–108) and `fresh7` (109–120), open for per-item
 * details, `fresh8` (121–132) too since session 16, `fresh9` (133–144) since session 17, `fresh10` (145–156) since session 18, `fresh11` (157–168) since session 19, `fresh12` (169–180) since session 20, `fresh13` (181–192) since session 21, `fresh14` (193–204) since session 22, `fresh15` (205–216) since session 23, `fresh16` (217–228) since session 25, `fresh17` (229–240) since session 28, `fresh18` (241–252) since session 29, `fresh19` (253–264) since session 30, `fresh20` (265–276) since session 31, `fresh21` (277–288) since session 32, `fresh22` (289–300) since session 33, `fresh23` (301–312) since session 34, `fresh24` (313–324) since session 36, `fresh25` (325–336) since session 37, `fresh26` (337–348) since session 38, `fresh27` (349–360) since session 39, `fresh28` (361–372) since session 40, `fresh29` (373–384) since session 41, `fresh30` (385–396) since session 42, `fresh31` (397–408) since session 43, `fresh32` (409–420) since session 44, `fresh33` (421–432) since session 45, `fresh34` (433–444) since session 46, `fresh35` (445–456) since session 47, and `fresh36` (457–468) since session 48, `fresh37` (469–480) since session 49, `fresh38` (481–492) since session 50, `fresh39` (493–504) since session 51, `fresh40` (505–516) since session 52, `fresh41` (517–528) since session 53, `fresh42` (529–540) since session 54, `fresh43` (541–552) since session 55, and `fresh44` (553–564) since session 56, `fresh45` (565–576), `fresh46` (577–588), `fresh47` (589–600), `fresh48` (601–612) and `fresh49` (613–624), closed. A closed split (splits.ts) is checked
 * here for its form only (gold made from its annotations, spans, no shared passages, extracted
 * quotes): its scores are reported by
 * `score.ts --split closed` alone, never printed by `npm test`. Prints a table of precision, recall and
 * field agreement per open split, tune first (also `node --import tsx test/devset/score.ts`),
 * holds every score of each open split to its regression floor, and checks the scorer's own
 * metrics on small synthetic inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import type { DocumentExtraction } from '../../src/ingest/pipeline.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { sliceCodePoints } from '../../src/text/offsets.js';
import { SPLIT_FLOORS } from '../devset/floors.js';
import { goldFromAnnotations } from '../devset/make-gold.js';
import {
  entityAgrees,
  figureValueText,
  formatTable,
  foundOrProposed,
  goldSpanErrors,
  lenientScores,
  mentionCounts,
  pairSpans,
  proposedWithKind,
  reportRows,
  rightCandidates,
  rowScore,
  sameNumber,
  scoreDevset,
  scoreDocument,
  subjectAgrees,
  TARGETS,
  unitAgrees,
  unknownActorKind,
  type DocumentScore,
  type ScoredFigure,
} from '../devset/scoring.js';
import { closedSplits, splitDirs, splits, splitSelectionFromArgv, splitsFromArgv, type Split } from '../devset/splits.js';
import { nameResolver, type EntityResolvers, type Gold, type GoldFigure, type MentionKey } from '../helpers/gold.js';

// ---------------------------------------------------------------------------------------------
// The scorer's metrics on synthetic input

const goldFigure = (over: Partial<GoldFigure> = {}): GoldFigure => ({
  quote: '40 ton cocaïne', start: 10, end: 24, value: 40, valueMax: null, previousValue: null, unit: 'ton', referenceDate: null,
  subject: 'cocaïne', subjectStart: 17, subjectEnd: 24, subjectActor: null, subjectLocation: null, status: 'actual', unitKind: 'mass_kg',
  normalizedValue: 40000, direction: null, change: null, ...over,
});
const extracted = (over: Record<string, unknown> = {}) =>
  ({ quote: '40 ton', start: 10, end: 16, value: 40, valueMax: null, previousValue: null, unit: 'ton', referenceDate: null, ...over }) as ScoredFigure;
const mention = (start: number, end: number, entityId: string, entityType: MentionKey['entityType'] = 'actor'): MentionKey => ({ start, end, entityId, entityType });
const resolvers: EntityResolvers = { actorId: (n) => n.toLowerCase(), locationId: (n) => n.toLowerCase() };

t.test('sameNumber: equal values within decimal noise; null only equals null; undefined never agrees', async (t) => {
  t.ok(sameNumber(1 / 3, 0.3333333333333333));
  t.ok(sameNumber(0.1 + 0.2, 0.3));
  t.ok(sameNumber(43451510.07, 43451510.07));
  t.notOk(sameNumber(40, 40000));
  t.ok(sameNumber(null, null));
  t.notOk(sameNumber(null, 0));
  t.notOk(sameNumber(undefined, null));
  t.notOk(sameNumber(undefined, undefined));
});

t.test('figureValueText shows every number the value match compares (bug: a figure missed and extra on one quote showed the same value)', async (t) => {
  t.equal(figureValueText({ value: 10600000, valueMax: null, previousValue: 15500000 }), '10600000 from 15500000');
  t.equal(figureValueText({ value: 10600000, valueMax: null, previousValue: null }), '10600000');
  t.equal(figureValueText({ value: 5, valueMax: 8, previousValue: null }), '5–8');
});

t.test('pairSpans pairs one-to-one, in gold order, only overlapping spans that satisfy the test', async (t) => {
  const gold = [{ start: 0, end: 5 }, { start: 3, end: 8 }, { start: 20, end: 25 }];
  const found = [{ start: 2, end: 6 }, { start: 30, end: 35 }];
  t.same(pairSpans(gold, found), [[gold[0], found[0]]], 'one extracted span pairs with one gold span only');
  t.same(pairSpans(gold, found, (g) => g.start === 3), [[gold[1], found[0]]], 'the test decides which overlap counts');
  t.same(pairSpans([], found), []);
});

t.test('mentionCounts: exact span and entity; a repeated extracted mention counts once', async (t) => {
  const gold = [mention(0, 5, 'douane'), mention(10, 15, 'antwerpen', 'location')];
  t.same(mentionCounts(gold, [mention(0, 5, 'douane'), mention(0, 5, 'douane'), mention(10, 14, 'antwerpen', 'location')]), { hits: 1, predicted: 2, expected: 2 });
  t.same(mentionCounts(gold, [mention(0, 5, 'justitie')]), { hits: 0, predicted: 1, expected: 2 }, 'same span, other entity: wrong');
});

t.test('lenientScores: overlapping span with the same entity; one long mention may cover two gold mentions', async (t) => {
  const gold = [mention(0, 5, 'fgp'), mention(6, 10, 'fgp'), mention(20, 25, 'fgp')];
  t.same(lenientScores(gold, [mention(3, 8, 'fgp'), mention(20, 24, 'parket')]), { goldFound: 2, predictedRight: 1, predicted: 2, expected: 3 });
});

t.test('subjectAgrees: overlapping span or equal folded text; a missing field is wrong', async (t) => {
  t.ok(subjectAgrees(goldFigure(), extracted({ subject: 'cocaïne', subjectStart: 17, subjectEnd: 24 })));
  t.ok(subjectAgrees(goldFigure(), extracted({ subject: 'cocaïne onderschept', subjectStart: 17, subjectEnd: 36 })), 'overlap is enough');
  t.ok(subjectAgrees(goldFigure(), extracted({ subject: 'Cocaine' })), 'folded text without offsets');
  t.notOk(subjectAgrees(goldFigure(), extracted({ subject: 'haven', subjectStart: 40, subjectEnd: 45 })));
  t.notOk(subjectAgrees(goldFigure(), extracted()), 'no subject field at all');
  t.notOk(subjectAgrees(goldFigure(), extracted({ subject: null })));
  t.ok(subjectAgrees(goldFigure({ subject: null, subjectStart: null, subjectEnd: null }), extracted({ subject: null })));
  t.notOk(subjectAgrees(goldFigure({ subject: null, subjectStart: null, subjectEnd: null }), extracted()), 'null gold still needs the field');
});

t.test('unitAgrees folds case and apostrophes; entityAgrees needs the field', async (t) => {
  t.ok(unitAgrees('camera’s', "Camera's"));
  t.notOk(unitAgrees('camera’s', 'camera'));
  t.ok(unitAgrees(null, null));
  t.notOk(unitAgrees(null, undefined));
  t.ok(entityAgrees(null, null));
  t.ok(entityAgrees('douane', 'douane'));
  t.notOk(entityAgrees(null, undefined));
  t.notOk(entityAgrees('douane', 'justitie'));
});

t.test('nameResolver: names, aliases, then names without a kind qualifier; unknown names stay unknown', async (t) => {
  const resolve = nameResolver([
    { id: 'as', name: 'As (gemeente)', aliases: ['gemeente As'], contextAliases: [] },
    { id: 'zuid-gent', name: 'Zuid (Gent)', aliases: [], contextAliases: [] },
    { id: 'zuid', name: 'Zuid', aliases: [], contextAliases: [] },
  ]);
  t.equal(resolve('As', 'As'), 'as', 'the annotator writes the town without its kind qualifier');
  t.equal(resolve('As (gemeente)', 'As'), 'as');
  t.equal(resolve('Zuid', 'Zuid'), 'zuid', 'a place qualifier is not a kind: the written name wins');
  t.equal(resolve('Zuid (Gent)', 'Zuid'), 'zuid-gent');
  t.equal(resolve('Velo', 'Velo'), 'unknown:Velo');
});

t.test('scoreDocument and the report: hits, misses, extras, fields over hits and over gold, targets', async (t) => {
  const text = 'x'.repeat(120);
  const gold: Gold = {
    document: 'synthetic.txt', documentDate: null, notFigures: [],
    figures: [goldFigure(), goldFigure({ quote: '12 agenten', start: 50, end: 60, value: 12, unit: 'agenten', unitKind: 'staff', normalizedValue: 12, subject: 'agenten', subjectStart: 53, subjectEnd: 60, subjectActor: 'Douane' })],
    actors: [{ quote: 'douane', start: 70, end: 76, name: 'Douane' }],
    locations: [{ quote: 'Gent', start: 80, end: 84, name: 'Gent' }],
  };
  const extraction = {
    measures: [], persons: [], candidates: [],
    figures: [
      extracted({ unitKind: 'mass_kg', normalizedValue: 40000, subject: 'cocaïne', subjectStart: 17, subjectEnd: 24, subjectActorId: null, subjectLocationId: null, status: 'target', direction: null, measure: 0 }),
      extracted({ quote: '12', start: 50, end: 52, value: 13, unit: 'agenten', measure: 0 }),
      extracted({ quote: '7 dagen', start: 100, end: 107, value: 7, unit: 'dagen', measure: 0 }),
    ],
    mentions: [{ ...mention(70, 76, 'douane'), quote: 'douane', measure: 0 }, { ...mention(80, 83, 'gent', 'location'), quote: 'Gen', measure: 0 }],
  } as unknown as DocumentExtraction;
  const d = scoreDocument('synthetic.txt', text, gold, extraction, resolvers);
  t.same(d.figures, { hits: 1, predicted: 3, expected: 2, spanPairs: 2, valueAgreements: 1 }, 'the 12/13 pair overlaps but its value differs');
  t.same(d.missedFigures.map((f) => f.quote), ['12 agenten']);
  t.same(d.spuriousFigures.map((f) => f.quote), ['12', '7 dagen']);
  t.equal(d.fields.subject, 1);
  t.equal(d.fields.status, 0, 'target is not actual');
  t.equal(d.fields.unitKind, 1);
  t.same(d.actors.exact, { hits: 1, predicted: 1, expected: 1 });
  t.same(d.places.exact, { hits: 0, predicted: 1, expected: 1 });
  t.same(d.places.lenient, { goldFound: 1, predictedRight: 1, predicted: 1, expected: 1 });

  const rows = Object.fromEntries(reportRows([d]).map((r) => [r.id, r]));
  t.equal(rowScore(rows['figures.precision']!), 1 / 3);
  t.equal(rowScore(rows['figures.recall']!), 1 / 2);
  t.equal(rowScore(rows['field.subject']!), 1, 'over the hits');
  t.same(rows['field.subject']!.ofGold, { correct: 1, total: 2 }, 'over all gold figures, a miss is wrong');
  t.equal(rows['places.recall']!.target, TARGETS['places.recall']);
  const table = formatTable([d], { 'figures.recall': 0.45 });
  t.match(table, /\| figures recall \(span overlap \+ same value\) +\| 0\.50 +\| 1\/2 +\| +\| ≥ 0\.90 not met \| 0\.45 +\|/);
  t.match(table, /\| actors recall \(exact span \+ entity\) +\| 1\.00 +\| 1\/1 +\| +\| ≥ 0\.85 met +\| +\|/);
});

t.test('unknownActorKind: a person-shaped canonical name is a person, unless a word of it is a body\'s; anything else is a body', async (t) => {
  for (const name of ['Larissa Claesen', 'Roel van Elsacker', 'B. Ramaekers', 'Kathleen Van De Vijver', 'Manuel Mùgica Gonzalez']) t.equal(unknownActorKind(name), 'person', name);
  for (const name of ['Velo', 'TIM', 'Everton FC', 'Comité voor Bijzondere Jeugdzorg', 'Buurtcomité Alhambra', 'Netwerk Brandweer', 'Politiecollege Regio Tielt', 'Team PROA', 'MR-Open VLD', 'Proef Group']) t.equal(unknownActorKind(name), 'organisation', name);
});

t.test('found or proposed with its kind, and candidate precision: a candidate counts for an unknown name of its kind; one over a known name or no gold name is false', async (t) => {
  const gold: MentionKey[] = [
    { start: 0, end: 11, entityType: 'actor', entityId: 'unknown:Jan Peeters' },
    { start: 20, end: 30, entityType: 'actor', entityId: 'unknown:Buurtcomité Noord' },
    { start: 40, end: 52, entityType: 'location', entityId: 'unknown:Kerkstraat (Gent)' },
    { start: 60, end: 64, entityType: 'location', entityId: 'gent' },
    { start: 70, end: 76, entityType: 'actor', entityId: 'unknown:Piet Janssens' },
  ];
  const candidates = [
    { start: 0, end: 11, kind: 'person' },
    { start: 20, end: 30, kind: 'person' },
    { start: 40, end: 52, kind: 'place' },
    { start: 60, end: 64, kind: 'place' },
    { start: 90, end: 95, kind: 'organisation' },
  ];
  t.same(gold.map((m) => proposedWithKind(m, candidates)), [true, false, true, false, false], 'a body proposed as a person is not proposed with its kind; a known name is never "proposed"');
  t.equal(foundOrProposed(gold, [{ start: 60, end: 64, entityType: 'location', entityId: 'gent' }], candidates), 3, 'Jan Peeters and the street proposed, Gent linked');
  t.equal(foundOrProposed(gold, [{ start: 60, end: 63, entityType: 'location', entityId: 'gent' }], candidates), 2, 'a link needs the exact span');
  t.equal(rightCandidates(gold, candidates), 3, 'over Gent (known) and over no gold name: false; the wrong kind still overlaps an unknown name');
});

const allSplits = ['tune', 'heldout', 'unseen', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26', 'fresh27', 'fresh28', 'fresh29', 'fresh30', 'fresh31', 'fresh32', 'fresh33', 'fresh34', 'fresh35', 'fresh36', 'fresh37', 'fresh38', 'fresh39', 'fresh40', 'fresh41', 'fresh42', 'fresh43', 'fresh44', 'fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49'];

t.test('splitsFromArgv (make-gold): --split tune|…|fresh49|closed|all, every split by default, the closed ones too; another name throws', async (t) => {
  t.same(splitsFromArgv(['node', 'make-gold.ts']), allSplits, 'tune first');
  for (const split of allSplits) t.same(splitsFromArgv(['node', 'make-gold.ts', '--split', split]), [split]);
  t.same(splitsFromArgv(['node', 'make-gold.ts', '--split', 'all']), allSplits);
  t.same(splitsFromArgv(['node', 'make-gold.ts', '--split', 'closed']), ['fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49']);
  t.throws(() => splitsFromArgv(['node', 'make-gold.ts', '--split', 'test']), /tune, heldout, unseen, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34, fresh35, fresh36, fresh37, fresh38, fresh39, fresh40, fresh41, fresh42, fresh43, fresh44, fresh45, fresh46, fresh47, fresh48, fresh49, closed or all/);
  t.throws(() => splitsFromArgv(['node', 'make-gold.ts', '--split']), /tune, heldout, unseen, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34, fresh35, fresh36, fresh37, fresh38, fresh39, fresh40, fresh41, fresh42, fresh43, fresh44, fresh45, fresh46, fresh47, fresh48, fresh49, closed or all/);
});

t.test('splitSelectionFromArgv (score.ts): all is the open splits one by one; closed scores the closed splits together; a closed split alone is refused', async (t) => {
  const closed = ['fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49'];
  const open = allSplits.filter((s) => !closed.includes(s));
  t.same(splitSelectionFromArgv(['node', 'score.ts']), { splits: open, together: false }, 'all by default: no closed split');
  t.same(splitSelectionFromArgv(['node', 'score.ts', '--details', '--split', 'all']), { splits: open, together: false });
  t.same(splitSelectionFromArgv(['node', 'score.ts', '--split', 'closed']), { splits: closed, together: true }, 'the closed splits, one table');
  t.same(splitSelectionFromArgv(['node', 'score.ts', '--split', 'fresh5']), { splits: ['fresh5'], together: false });
  for (const split of closed) {
    t.throws(() => splitSelectionFromArgv(['node', 'score.ts', '--split', split]), /closed split is scored only with the other closed splits, by --split closed/, `--split ${split} refused`);
  }
  t.throws(() => splitSelectionFromArgv(['node', 'score.ts', '--split', 'test']), /closed or all/);
});

t.test('fresh45 (since session 52) and fresh46 (since session 53) and fresh47 (since session 54) and fresh48 (since session 55) and fresh49 (since session 56) are the closed splits, fresh6 open since session 14, fresh7 since session 15, fresh8 since session 16, fresh9 since session 17, fresh10 since session 18, fresh11 since session 19, fresh12 since session 20, fresh13 since session 21, fresh14 since session 22, fresh15 since session 23, fresh16 since session 25, fresh17 since session 28, fresh18 since session 29, fresh19 since session 30, fresh20 since session 31, fresh21 since session 32, fresh22 since session 33, fresh23 since session 34 and fresh24 since session 36, fresh25 since session 37, fresh26 since session 38, fresh27 since session 39, fresh28 since session 40, fresh29 since session 41, fresh30 since session 42, fresh31 since session 43, fresh32 since session 44, fresh33 since session 45, fresh34 since session 46, fresh35 since session 47, fresh36 since session 48, fresh37 since session 49, fresh38 since session 50, fresh39 since session 51, fresh40 since session 52, fresh41 since session 53, fresh42 since session 54, fresh43 since session 55, fresh44 since session 56; a closed split has no floors (npm test never scores it)', async (t) => {
  t.same([...closedSplits], ['fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49']);
  t.ok('fresh6' in SPLIT_FLOORS, 'fresh6, open, has floors');
  t.ok('fresh7' in SPLIT_FLOORS, 'fresh7, open, has floors');
  t.ok('fresh8' in SPLIT_FLOORS, 'fresh8, open, has floors');
  t.ok('fresh9' in SPLIT_FLOORS, 'fresh9, open, has floors');
  t.ok('fresh10' in SPLIT_FLOORS, 'fresh10, open, has floors');
  t.ok('fresh11' in SPLIT_FLOORS, 'fresh11, open, has floors');
  t.ok('fresh12' in SPLIT_FLOORS, 'fresh12, open, has floors');
  t.ok('fresh13' in SPLIT_FLOORS, 'fresh13, open, has floors');
  t.ok('fresh14' in SPLIT_FLOORS, 'fresh14, open, has floors');
  t.ok('fresh15' in SPLIT_FLOORS, 'fresh15, open, has floors');
  t.ok('fresh16' in SPLIT_FLOORS, 'fresh16, open, has floors');
  t.ok('fresh17' in SPLIT_FLOORS, 'fresh17, open, has floors');
  t.ok('fresh18' in SPLIT_FLOORS, 'fresh18, open, has floors');
  t.ok('fresh19' in SPLIT_FLOORS, 'fresh19, open, has floors');
  t.ok('fresh20' in SPLIT_FLOORS, 'fresh20, open, has floors');
  t.ok('fresh21' in SPLIT_FLOORS, 'fresh21, open, has floors');
  t.ok('fresh22' in SPLIT_FLOORS, 'fresh22, open, has floors');
  t.ok('fresh23' in SPLIT_FLOORS, 'fresh23, open, has floors');
  t.ok('fresh24' in SPLIT_FLOORS, 'fresh24, open, has floors');
  t.ok('fresh25' in SPLIT_FLOORS, 'fresh25, open, has floors');
  t.ok('fresh26' in SPLIT_FLOORS, 'fresh26, open, has floors');
  t.ok('fresh27' in SPLIT_FLOORS, 'fresh27, open, has floors');
  t.ok('fresh28' in SPLIT_FLOORS, 'fresh28, open, has floors');
  t.ok('fresh29' in SPLIT_FLOORS, 'fresh29, open, has floors');
  t.ok('fresh30' in SPLIT_FLOORS, 'fresh30, open, has floors');
  t.ok('fresh31' in SPLIT_FLOORS, 'fresh31, open, has floors');
  t.ok('fresh32' in SPLIT_FLOORS, 'fresh32, open, has floors');
  t.ok('fresh33' in SPLIT_FLOORS, 'fresh33, open, has floors');
  t.ok('fresh34' in SPLIT_FLOORS, 'fresh34, open, has floors');
  t.ok('fresh35' in SPLIT_FLOORS, 'fresh35, open, has floors');
  t.ok('fresh36' in SPLIT_FLOORS, 'fresh36, open, has floors');
  t.ok('fresh37' in SPLIT_FLOORS, 'fresh37, open, has floors');
  t.ok('fresh38' in SPLIT_FLOORS, 'fresh38, open, has floors');
  t.ok('fresh39' in SPLIT_FLOORS, 'fresh39, open, has floors');
  t.ok('fresh40' in SPLIT_FLOORS, 'fresh40, open, has floors');
  t.ok('fresh41' in SPLIT_FLOORS, 'fresh41, open, has floors');
  t.ok('fresh42' in SPLIT_FLOORS, 'fresh42, open, has floors');
  t.ok('fresh43' in SPLIT_FLOORS, 'fresh43, open, has floors');
  t.ok('fresh44' in SPLIT_FLOORS, 'fresh44, open, has floors');
  for (const split of closedSplits) t.notOk(split in SPLIT_FLOORS, `${split}: no floors`);
});

// ---------------------------------------------------------------------------------------------
// The development set itself: every split

const scored = Object.fromEntries(splits.map((split) => [split, scoreDevset(split)])) as Record<Split, DocumentScore[]>;
const textsPerSplit: Record<Split, number> = { tune: 12, heldout: 12, unseen: 12, fresh: 12, fresh2: 12, fresh3: 12, fresh4: 12, fresh5: 12, fresh6: 12, fresh7: 12, fresh8: 12, fresh9: 12, fresh10: 12, fresh11: 12, fresh12: 12, fresh13: 12, fresh14: 12, fresh15: 12, fresh16: 12, fresh17: 12, fresh18: 12, fresh19: 12, fresh20: 12, fresh21: 12, fresh22: 12, fresh23: 12, fresh24: 12, fresh25: 12, fresh26: 12, fresh27: 12, fresh28: 12, fresh29: 12, fresh30: 12, fresh31: 12, fresh32: 12, fresh33: 12, fresh34: 12, fresh35: 12, fresh36: 12, fresh37: 12, fresh38: 12, fresh39: 12, fresh40: 12, fresh41: 12, fresh42: 12, fresh43: 12, fresh44: 12, fresh45: 12, fresh46: 12, fresh47: 12, fresh48: 12, fresh49: 12 };

/**
 * Whether `text` shares a passage of {@link PASSAGE} characters (sampled every 20 characters) with any of `others`. A
 * sentence copied from one text into another shares more; a stock phrase of one publisher's pages does not ("…,
 * parketjuristen, criminologen en administratieve medewerkers.", 63 characters on two prosecutors' offices' pages in
 * fresh5 and fresh19, tripped the 60 characters this used to be).
 */
const PASSAGE = 80;
const sharesPassage = (text: string, others: string[]) =>
  others.some((o) => [...Array(Math.max(0, Math.floor((text.length - PASSAGE) / 20)))].some((_, i) => o.includes(text.slice(i * 20, i * 20 + PASSAGE))));

t.test('each split has its texts, each with gold and a source; no text is a seed or in another split', async (t) => {
  const seeds = readdirSync(defaultSeedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(defaultSeedsDir, f), 'utf8'));
  for (const split of splits) {
    const docs = scored[split];
    t.equal(docs.length, textsPerSplit[split], `${split}: ${textsPerSplit[split]} texts`);
    const golds = readdirSync(join(splitDirs[split], 'gold')).sort();
    t.same(golds, docs.map((d) => d.file.replace(/\.txt$/, '.json')).sort(), `${split}: one gold file per text in sources.json`);
    for (const d of docs) t.notOk(sharesPassage(d.text, seeds), `${split}/${d.file} shares no ${PASSAGE}-character passage with a seed`);
  }
  // Every later split against every earlier one: texts (both ways, as sharesPassage samples one side) and file names.
  for (const [i, split] of splits.entries()) {
    for (const earlier of splits.slice(0, i)) {
      const earlierTexts = scored[earlier].map((d) => d.text);
      const laterTexts = scored[split].map((d) => d.text);
      for (const d of scored[split]) t.notOk(sharesPassage(d.text, earlierTexts), `${split}/${d.file} shares no ${PASSAGE}-character passage with a ${earlier} text`);
      for (const d of scored[earlier]) t.notOk(sharesPassage(d.text, laterTexts), `${earlier}/${d.file} shares no ${PASSAGE}-character passage with a ${split} text`);
      const earlierFiles = new Set(scored[earlier].map((d) => d.file));
      t.notOk(scored[split].some((d) => earlierFiles.has(d.file)), `no file name in both ${earlier} and ${split}`);
    }
  }
});

t.test('every gold span slices back to its quote, arrays sorted, annotations disjoint', async (t) => {
  for (const split of splits) {
    for (const d of scored[split]) {
      t.same(goldSpanErrors(d.text, d.gold), [], `${split}/${d.file}`);
      const spans = [...d.gold.figures, ...d.gold.actors, ...d.gold.locations, ...d.gold.notFigures].sort((a, b) => a.start - b.start);
      t.ok(spans.every((s, i) => i === 0 || s.start >= spans[i - 1]!.end), `${split}/${d.file}: no two annotations overlap`);
    }
  }
});

t.test('the gold files are exactly what make-gold.ts makes from the annotations', async (t) => {
  for (const split of splits) {
    for (const { file, json } of goldFromAnnotations(split)) t.equal(readFileSync(join(splitDirs[split], 'gold', file), 'utf8'), json, `${split}/${file}`);
  }
});

t.test('every extracted quote slices back from its code-point offsets', async (t) => {
  for (const split of splits) {
    for (const d of scored[split]) {
      const x = d.extraction;
      t.ok([...x.measures, ...x.figures, ...x.mentions].every((s) => sliceCodePoints(d.text, s.start, s.end) === s.quote), `${split}/${d.file}`);
    }
  }
});

t.test('a table without lines per text (a closed split\'s, in score.ts) names no text', async (t) => {
  const docs = [...scored.fresh4, ...scored.fresh5];
  const together = formatTable(docs, {}, { name: 'devset closed', perText: false });
  t.match(together, new RegExp(`devset closed: ${docs.length} texts`), 'one table over every text');
  t.notMatch(together, /per text/);
  t.notOk(docs.some((d) => together.includes(d.file)), 'no file name in the table');
  t.match(formatTable(scored.tune, SPLIT_FLOORS.tune, { name: 'devset tune' }), /per text/);
});

/** Shows a score table in the test output. */
function printTable(t: Test, table: string) {
  t.comment('\n' + table);
  // tap's terminal reporter hides the comments of passing tests; the TAP stream of a piped or CI
  // run keeps them. tap runs a test with FORCE_COLOR=0 exactly when it writes that stream, so
  // otherwise the table also goes to stderr, which tap passes through to the terminal.
  if (process.env.FORCE_COLOR !== '0') process.stderr.write(`\n${table}\n`);
}

t.test('devset scores of each open split (targets beside them) hold their regression floors', async (t) => {
  for (const split of splits.filter((s) => !closedSplits.has(s))) {
    const docs = scored[split];
    const floors = SPLIT_FLOORS[split] ?? {};
    printTable(t, formatTable(docs, floors, { name: `devset ${split}` }));
    const rows = reportRows(docs);
    t.same(Object.keys(floors).sort(), rows.map((r) => r.id).sort(), `${split}: every measure has a floor`);
    for (const r of rows) t.ok(rowScore(r) >= (floors[r.id] ?? 1) - 1e-9, `${split}: ${r.label}: ${rowScore(r).toFixed(3)} ≥ floor ${floors[r.id]}`);
  }
});
