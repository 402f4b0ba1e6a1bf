/**
 * Scores the whole pipeline against the hand-made gold annotations of the seed corpus
 * (test/gold, written from the texts, not from pipeline output). Every gold figure must be
 * found with its values; mentions must reach the precision and recall floors below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { compileContext, extractDocument } from '../../src/ingest/pipeline.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir, packageRoot } from '../../src/paths.js';
import { sliceCodePoints } from '../../src/text/offsets.js';
import { entityResolvers, goldMentionKeys, goldSchema, mentionKey, overlaps } from '../helpers/gold.js';

/** Floors for mention matching, per document and over the whole corpus (exact span and entity). */
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.95;

const inputs = readBuildInputs(defaultSeedsDir);
const context = compileContext(inputs.gazetteer);

const resolve = entityResolvers(inputs.gazetteer);
const totals = { expected: 0, found: 0, correct: 0 };

for (const doc of inputs.documents) {
  const gold = goldSchema.parse(JSON.parse(readFileSync(join(packageRoot, 'test/gold', doc.entry.file.replace(/\.txt$/, '.json')), 'utf8')));
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

t.test('mention precision and recall over the corpus', async (t) => {
  const precision = totals.correct / totals.found;
  const recall = totals.correct / totals.expected;
  t.comment(`precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${totals.correct} correct, ${totals.found} found, ${totals.expected} expected)`);
  t.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(3)} ≥ ${MIN_PRECISION}`);
  t.ok(recall >= MIN_RECALL, `recall ${recall.toFixed(3)} ≥ ${MIN_RECALL}`);
});
