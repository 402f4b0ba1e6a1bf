/**
 * Fuzzing with a short budget (FUZZ_RUNS per operation, default 8): every REST operation
 * of /openapi.json plus the routes outside it, and every GraphQL root field, with hostile
 * parameters, headers, methods and bodies. No 5xx, every REST 4xx problem+json, every
 * answer within FUZZ_MAX_MS. The long run is `bench/fuzz.ts`.
 */
import fc from 'fast-check';
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { attackOnce, graphqlOperations, restOperations } from './fuzz-kit.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
/** Generous: the test shares the machine with the rest of the suite; bench/fuzz.ts reports real latencies. */
const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 5000);

t.test('hostile requests to every operation: no 5xx, problem+json 4xx, bounded latency', { timeout: 300_000 }, async (t) => {
  const app = await seedApp(t);
  const operations = [...(await restOperations(app)), ...graphqlOperations()];
  t.ok(operations.length > 50, `${operations.length} operations`);
  for (const operation of operations) {
    await fc.assert(
      fc.asyncProperty(operation.attack, async (attack) => {
        const { problem } = await attackOnce(app, operation.kind, attack, MAX_MS);
        if (problem !== undefined) throw new Error(`${attack.method} ${attack.url.slice(0, 300)}: ${problem}`);
      }),
      { numRuns: RUNS },
    );
  }
  t.pass(`${operations.length} operations × ${RUNS} cases`);
});
