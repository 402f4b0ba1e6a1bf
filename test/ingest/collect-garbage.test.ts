/**
 * `collectGarbage` (src/ingest/collect-garbage.ts) collects the heap when asked, in a process
 * started without --expose-gc (as the command line and the server are), and leaves new contexts
 * without `gc`, as they were.
 */
import { runInNewContext } from 'node:vm';
import t from 'tap';
import { collectGarbage } from '../../src/ingest/collect-garbage.js';

t.test('an object nobody holds is gone after a collection', async (t) => {
  t.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'this test runs without --expose-gc');
  const ref = new WeakRef({ garbage: 'x'.repeat(1000) });
  // A WeakRef keeps its target until the end of the job that made it.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  t.equal(ref.deref(), undefined);
  t.equal(runInNewContext('typeof gc'), 'undefined', 'the flag is unset again');
});
