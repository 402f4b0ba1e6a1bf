/**
 * An incremental build extracts the documents its cache lacks in batches on the worker pool, a
 * few at a time (src/ingest/build.ts `extractMissing`): a batch that fails fails the build with
 * its own error, whenever it fails — also when it fails first and the batches in flight with it
 * succeed (it then left the set of batches in flight before the final wait, and was lost: the
 * build went on and failed later, at the load, for want of the extractions).
 */
import t from 'tap';
import { extractMissing } from '../../src/ingest/build.js';
import type { ExtractionResult, ExtractionTask } from '../../src/ingest/extraction-task.js';

const task = (key: string): ExtractionTask => ({ key, file: `${key}.txt`, text: '', options: {} as ExtractionTask['options'] });
const result = (t: ExtractionTask): ExtractionResult => ({ key: t.key, file: t.file, extraction: '{}', summary: '{}', counts: { measures: 0, figures: 0, mentions: 0 } });
const after = <T>(ms: number, value: () => T) => new Promise<T>((resolve, reject) => setTimeout(() => {
  try {
    resolve(value());
  } catch (e) {
    reject(e);
  }
}, ms));

/** Batches of one task each, named b0, b1, …; the batch named `failing` fails after `failAfter` ms, the others succeed after `others` ms. */
function run(count: number, failing: string, failAfter: number, others: number, window: number) {
  const batches = Array.from({ length: count }, (_, i) => [task(`b${i}`)]);
  const done: string[] = [];
  const extract = (tasks: ExtractionTask[]) => after(tasks[0]!.key === failing ? failAfter : others, () => {
    if (tasks[0]!.key === failing) throw new Error(`extraction of ${failing} failed`);
    return tasks.map(result);
  });
  return { promise: extractMissing(batches, extract, window, (results) => done.push(...results.map((r) => r.key))), done };
}

t.test('every batch succeeds: each is done once', async (t) => {
  const { promise, done } = run(7, 'none', 0, 1, 2);
  await promise;
  t.same([...done].sort(), ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
});

t.test('a batch failing before those in flight with it finish fails the whole, with its error', async (t) => {
  for (const [count, failing, window] of [[2, 'b0', 2], [5, 'b0', 2], [5, 'b3', 2], [6, 'b1', 4], [1, 'b0', 2]] as const) {
    await t.rejects(run(count, failing, 0, 20, window).promise, { message: `extraction of ${failing} failed` }, `${count} batches, ${failing} fails first, ${window} at a time`);
  }
});

t.test('a batch failing last fails the whole, with its error', async (t) => {
  await t.rejects(run(5, 'b4', 50, 1, 2).promise, { message: 'extraction of b4 failed' });
});
