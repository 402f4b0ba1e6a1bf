import t from 'tap';
import { markedText } from '../../src/publish/components.js';
import { figureSpan, figureSpans, type WarningLog } from '../../src/publish/highlight.js';
import { measureView } from '../../src/publish/records.js';
import type { FigureRecord } from '../../src/queries/shapes.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

const MEASURE = fixture.measures.staffing!.id;

/** A logger that keeps its warnings. */
function recorder() {
  const warnings: Array<{ details: object; message: string }> = [];
  const log: WarningLog = { warn: (details, message) => warnings.push({ details, message }) };
  return { log, warnings };
}

t.test('figures are marked where their offsets say, never where the quote is found', async (t) => {
  const app = await fixtureApp();
  const { measure, figures } = measureView(app.db, MEASURE);
  const figure = figures.find((f) => f.quote === 'van 120 naar 155 personeelsleden')!;
  const base = measure.provenance.start;
  // The quote twice; the offsets point at the second copy.
  const text = `${figure.quote} en opnieuw ${figure.quote}.`;
  const second = [...text].length - 1 - [...figure.quote].length;
  const doubled = { ...measure, text };
  const at = (start: number): FigureRecord => ({ ...figure, provenance: { ...figure.provenance, start: base + start, end: base + start + [...figure.quote].length } });
  const { log, warnings } = recorder();

  t.same(figureSpan(doubled, at(second), log), { start: second, end: second + [...figure.quote].length, item: at(second) }, 'the span of the offsets');
  t.same(warnings, [], 'no warning when offsets slice to the quote');

  t.equal(figureSpan(doubled, at(3), log), undefined, 'offsets that slice to something else give no span');
  t.equal(warnings.length, 1, 'and are logged');
  t.match(warnings[0], { details: { figure: figure.id, measure: measure.id, quote: figure.quote }, message: /offsets/ });
  t.same(figureSpans(doubled, [at(3), at(second)], log).map((s) => s.start), [second], 'only figures with agreeing offsets are marked');
});

t.test('a measure whose figure offsets disagree is shown with that figure unmarked', async (t) => {
  const app = await fixtureApp();
  const { measure, figures } = measureView(app.db, MEASURE);
  const shifted = figures.map((f) => ({ ...f, provenance: { ...f.provenance, start: f.provenance.start + 1, end: f.provenance.end + 1 } }));
  const { log, warnings } = recorder();
  t.match(markedText(measure, figures, log).value, '<mark>van 120 naar 155 personeelsleden</mark>', 'agreeing offsets: marked');
  const unmarked = markedText(measure, shifted, log).value;
  t.notMatch(unmarked, '<mark>', 'disagreeing offsets: nothing marked');
  t.match(unmarked, 'van 120 naar 155 personeelsleden', 'the text is all there');
  t.equal(warnings.length, shifted.length, 'each disagreeing figure logged');
});
