/**
 * Exports are pulled, not pushed: a CSV or NDJSON stream reads records from the database
 * iterator only as fast as its reader takes bytes, so a whole-set export of any size holds
 * a few chunks in memory, never the set.
 */
import t from 'tap';
import { z } from 'zod';
import { csvStream, ndjsonStream } from '../../src/rest/formats.js';

/** A set far larger than any buffer, counting the records asked of it. */
function counted(total: number) {
  const state = { taken: 0 };
  function* records() {
    for (let i = 0; i < total; i++) {
      state.taken++;
      yield { id: `r${i}`, text: `record ${i} ${'x'.repeat(200)}` };
    }
  }
  return { state, records: records() };
}

const schema = z.object({ id: z.string(), text: z.string() });
const TOTAL = 1_000_000;

for (const [name, make] of [
  ['NDJSON', (records: Iterable<Record<string, unknown>>) => ndjsonStream({ records, refs: {}, origin: 'http://localhost' })],
  ['CSV', (records: Iterable<Record<string, unknown>>) => csvStream(schema, { records, refs: {}, origin: 'http://localhost' })],
] as const) {
  t.test(`${name}: records are read as the reader takes bytes`, async (t) => {
    const { state, records } = counted(TOTAL);
    const stream = make(records);
    let bytes = 0;
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      if (bytes > 100_000) break;
    }
    t.ok(state.taken > 0, 'records were read');
    t.ok(state.taken < 2_000, `${state.taken} of ${TOTAL} records read for ${bytes} bytes taken`);
    stream.destroy();
  });
}
