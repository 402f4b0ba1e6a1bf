/**
 * The build stores every candidate of every document with its provenance: the quote slices
 * back from the document text at its code-point offsets, and its measure holds it.
 */
import Database from 'better-sqlite3';
import t from 'tap';
import { compileContext, extractDocument } from '../../src/ingest/pipeline.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { sliceCodePoints } from '../../src/text/offsets.js';
import { candidateKinds } from '../../src/vocabulary.js';
import { seedDatabase } from '../helpers/dataset.js';

t.test('candidates are stored with kind, cue, offsets, quote, document and measure', async (t) => {
  const db = new Database(seedDatabase(), { readonly: true });
  t.teardown(() => db.close());
  const rows = db.prepare(
    `SELECT c.kind, c.cue, c.quote, c.start, c."end", d.text, m.start AS measureStart, m."end" AS measureEnd
     FROM candidates c JOIN documents d ON d.id = c.document_id LEFT JOIN measures m ON m.id = c.measure_id`,
  ).all() as Array<{ kind: string; cue: string | null; quote: string; start: number; end: number; text: string; measureStart: number | null; measureEnd: number | null }>;
  const inputs = readBuildInputs(defaultSeedsDir);
  const context = compileContext(inputs.gazetteer);
  const expected = inputs.documents.flatMap((d) => extractDocument(d.text, context, { documentDate: d.entry.date.value, scopeLocationId: d.entry.scope.value }).candidates);
  t.equal(rows.length, expected.length, 'one row per candidate of the extraction');
  t.ok(rows.length > 0, 'the seeds have candidates');
  for (const r of rows) {
    t.ok((candidateKinds as readonly string[]).includes(r.kind), `kind ${r.kind}`);
    t.equal(sliceCodePoints(r.text, r.start, r.end), r.quote, 'the quote slices back');
    if (r.measureStart !== null) t.ok(r.measureStart <= r.start && r.end <= r.measureEnd!, 'its measure holds it');
  }
});
