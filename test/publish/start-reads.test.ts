/**
 * Building the app reads no measure's links (issue 12: start ≤ 1 s at 100 000 documents):
 * what the home page and the place pages show — measures counted per municipality over
 * every measure, 23 s of a 10 000-document server's start — is read on the first request
 * that shows it, once. (Whole-table counts and the catalogue's period are still read at
 * start: README "At 10k–100k documents".)
 */
import Database from 'better-sqlite3';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { seedDatabase } from '../helpers/dataset.js';

/** The links of measures: rows per measure and place, theme or actor. */
const LINK_TABLES = /\b(measure_places|measure_locations|measure_themes|measure_actors)\b/;
/** The database check reads the first row of every table: constant work. */
const firstRowOnly = (statement: string) => / LIMIT 1$/.test(statement);

/** The statements run (any connection) while `run` runs. */
async function statementsRun(run: () => Promise<unknown>): Promise<string[]> {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'all' | 'get' | 'iterate' | 'run', (...params: unknown[]) => unknown>;
  probe.close();
  const methods = ['all', 'get', 'iterate', 'run'] as const;
  const originals = Object.fromEntries(methods.map((m) => [m, proto[m]])) as typeof proto;
  const seen: string[] = [];
  for (const m of methods) {
    proto[m] = function (this: Database.Statement, ...params: unknown[]) {
      seen.push(this.source);
      return originals[m].apply(this, params);
    };
  }
  try {
    await run();
  } finally {
    Object.assign(proto, originals);
  }
  return seen;
}

t.test('building the app reads no link of a measure; the home page reads them on first request, once', async (t) => {
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  // Built (when stale) before statements are recorded: a build reads every table.
  const dbPath = seedDatabase();
  const atStart = await statementsRun(async () => {
    app = await buildApp({ dbPath });
    await app.ready();
  });
  t.teardown(() => app?.close());
  t.same(atStart.filter((s) => LINK_TABLES.test(s) && !firstRowOnly(s)), [], 'no statement at start reads the links of measures');
  const measureCounts = atStart.filter((s) => /^SELECT count\(\*\) FROM "measures"$/.test(s));
  t.equal(measureCounts.length, 1, 'the collections are counted once, however many plugins show the counts');
  const home = await statementsRun(() => app!.inject('/'));
  t.ok(home.some((s) => /measure_places/.test(s)), 'the home page counts the measures per municipality');
  const place = await statementsRun(() => app!.inject('/browse/locations/antwerpen'));
  t.notOk(place.some((s) => /FROM locations c\s+JOIN measure_places/.test(s)), 'a place page reuses those counts');
});
