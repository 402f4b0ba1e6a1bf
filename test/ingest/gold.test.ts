/**
 * Scores the whole pipeline against the hand-made gold annotations of the seed corpus
 * (test/gold, written from the texts, not from pipeline output). Every gold figure must be
 * found with its values; mentions must reach the precision and recall floors below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { z } from 'zod';
import { seriesKeyOf } from '../../src/ingest/figures/series.js';
import { compileContext, extractDocument } from '../../src/ingest/pipeline.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir, packageRoot } from '../../src/paths.js';
import { sliceCodePoints } from '../../src/text/offsets.js';
import { figureDirections, figureStatuses } from '../../src/vocabulary.js';
import { entityResolvers, goldFigureSchema, goldMentionKeys, goldSchema, mentionKey, overlaps } from '../helpers/gold.js';

/** The seed gold states what every figure means: the meaning fields are required here. */
const seedGoldSchema = goldSchema.extend({
  figures: z.array(goldFigureSchema.extend({
    subject: z.string(), subjectStart: z.number(), subjectEnd: z.number(), subjectActor: z.string().nullable(),
    status: z.enum(figureStatuses), unitKind: z.string(), normalizedValue: z.number(), direction: z.enum(figureDirections).nullable(), change: z.number().nullable(),
  })),
});

/** Floors for mention matching, per document and over the whole corpus (exact span and entity). */
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.95;

const inputs = readBuildInputs(defaultSeedsDir);
const context = compileContext(inputs.gazetteer);

const resolve = entityResolvers(inputs.gazetteer);
const totals = { expected: 0, found: 0, correct: 0 };

for (const doc of inputs.documents) {
  const gold = seedGoldSchema.parse(JSON.parse(readFileSync(join(packageRoot, 'test/gold', doc.entry.file.replace(/\.txt$/, '.json')), 'utf8')));
  const x = extractDocument(doc.text, context, { documentDate: doc.entry.date.value, scopeLocationId: doc.entry.scope.value });

  t.test(`${doc.entry.file}: every quote slices back from its code-point offsets`, async (t) => {
    for (const s of [...x.measures, ...x.figures, ...x.mentions]) t.equal(sliceCodePoints(doc.text, s.start, s.end), s.quote);
  });

  t.test(`${doc.entry.file}: figures`, async (t) => {
    for (const g of gold.figures) {
      const f = x.figures.find((f) => overlaps(f, g) && f.value === g.value && f.valueMax === g.valueMax && f.previousValue === g.previousValue);
      if (!t.ok(f, `finds ${g.quote} = ${g.value}`)) continue;
      t.equal(f!.unit, g.unit, `unit of ${g.quote}`);
      t.equal(f!.referenceDate, g.referenceDate, `reference date of ${g.quote}`);
      t.ok(f!.subjectStart !== null && f!.subjectEnd !== null && overlaps({ start: f!.subjectStart, end: f!.subjectEnd }, { start: g.subjectStart, end: g.subjectEnd }), `subject of ${g.quote}: "${f!.subject}" stands at "${g.subject}"`);
      if (f!.subjectStart !== null) t.equal(sliceCodePoints(doc.text, f!.subjectStart, f!.subjectEnd!), f!.subject, `subject offsets of ${g.quote}`);
      t.equal(f!.status, g.status, `status of ${g.quote}`);
      t.equal(f!.unitKind, g.unitKind, `unit kind of ${g.quote}`);
      t.equal(f!.normalizedValue, g.normalizedValue, `normalised value of ${g.quote}`);
      t.equal(f!.direction, g.direction, `direction of ${g.quote}`);
      t.equal(f!.change, g.change, `change of ${g.quote}`);
      // The subject actor comes from the entities stage's mentions inside the subject: it is
      // required whenever that stage names the gold actor there ("drugstaskforce" needs the
      // gazetteer to know it), and a wrong actor is never allowed.
      const expectedActor = g.subjectActor === null ? null : resolve.actorId(g.subjectActor, g.subject);
      const named = x.mentions.some((m) => m.entityId === expectedActor && overlaps(m, { start: g.subjectStart, end: g.subjectEnd }));
      if (f!.subjectActorId !== null || named) t.equal(f!.subjectActorId, expectedActor, `subject actor of ${g.quote}`);
      else if (expectedActor !== null) t.comment(`subject actor of ${g.quote}: the entities stage names no ${expectedActor} in "${g.subject}"`);
    }
    for (const n of gold.notFigures) t.notOk(x.figures.find((f) => overlaps(f, n)), `"${n.quote}" is not a figure (${n.why})`);
    const extra = x.figures.filter((f) => !gold.figures.some((g) => overlaps(f, g)));
    t.same(extra.map((f) => f.quote), [], 'no figures beyond the gold');
  });

  t.test(`${doc.entry.file}: actor and location mentions`, async (t) => {
    const expected = goldMentionKeys(gold, resolve).map(mentionKey);
    const found = x.mentions.map(mentionKey);
    const correct = found.filter((f) => expected.includes(f));
    totals.expected += expected.length;
    totals.found += found.length;
    totals.correct += correct.length;
    t.comment(`missed: ${expected.filter((e) => !found.includes(e)).join(', ') || 'none'}`);
    t.comment(`spurious: ${found.filter((f) => !expected.includes(f)).join(', ') || 'none'}`);
    t.ok(correct.length >= MIN_RECALL * expected.length, `recall: ${correct.length}/${expected.length} gold mentions found`);
    t.ok(correct.length >= MIN_PRECISION * found.length, `precision: ${correct.length}/${found.length} reported mentions are right`);
  });
}

t.test('the staffing target and the staffing observed of one unit form one series', async (t) => {
  const doc = inputs.documents.find((d) => d.entry.file.startsWith('000_'))!;
  const x = extractDocument(doc.text, context, { documentDate: doc.entry.date.value, scopeLocationId: doc.entry.scope.value });
  const target = x.figures.find((f) => f.value === 550)!;
  const actual = x.figures.find((f) => f.value === 462)!;
  t.equal(target.status, 'target');
  t.equal(actual.status, 'actual');
  t.equal(seriesKeyOf(target), seriesKeyOf(actual));
  t.not(seriesKeyOf(target), null);
});

t.test('mention precision and recall over the corpus', async (t) => {
  const precision = totals.correct / totals.found;
  const recall = totals.correct / totals.expected;
  t.comment(`precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${totals.correct} correct, ${totals.found} found, ${totals.expected} expected)`);
  t.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(3)} ≥ ${MIN_PRECISION}`);
  t.ok(recall >= MIN_RECALL, `recall ${recall.toFixed(3)} ≥ ${MIN_RECALL}`);
});
