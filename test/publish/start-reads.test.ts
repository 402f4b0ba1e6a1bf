/**
 * Building the app reads nothing whose size grows with the corpus (issue 12: start ≤ 1 s at
 * 100 000 documents), and neither do the first home page and place page: the collections'
 * counts, the catalogue's period, the measures counted per municipality and the home page's
 * comparison — a second of the start and minutes of the first home page at 100 000
 * documents — are read from the facts the build stored in `meta` (src/queries/facts.ts). A
 * file built without them has them computed once per connection, however many plugins ask.
 */
import Database from 'better-sqlite3';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FACTS_KEY } from '../../src/queries/facts.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';
import { statementsRun } from '../helpers/statements.js';

/** The links of measures: rows per measure and place, theme or actor. */
const LINK_TABLES = /\b(measure_places|measure_locations|measure_themes|measure_actors)\b/;
/** Counts of a whole collection, and the reads of every figure (the catalogue's period). */
const WHOLE_COLLECTION = /^SELECT count\(\*\) FROM "(documents|programmes|measures|figures|series|actors|locations|themes)"$|\bFROM figures\b/;
/** The scope of every document and programme: the catalogue's cities. */
const EVERY_SCOPE = /SELECT scope_location_id AS id FROM documents UNION SELECT scope_location_id FROM programmes/;
/** The database check reads the first row of every table: constant work. */
const firstRowOnly = (statement: string) => / LIMIT 1$/.test(statement);

/** The app over `dbPath`, built while statements are recorded: those of its start. */
async function started(t: { teardown(fn: () => unknown): void }, dbPath: string) {
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  const atStart = await statementsRun(async () => {
    app = await buildApp({ dbPath });
    await app.ready();
  });
  t.teardown(() => app?.close());
  return { app: app!, atStart };
}

t.test('building the app and its first home and place pages read nothing that grows with the corpus', async (t) => {
  // Built (when stale) before statements are recorded: a build reads every table.
  const { app, atStart } = await started(t, fixtureDatabase());
  t.same(atStart.filter((s) => LINK_TABLES.test(s) && !firstRowOnly(s)), [], 'no statement at start reads the links of measures');
  t.same(atStart.filter((s) => WHOLE_COLLECTION.test(s) && !firstRowOnly(s)), [], 'no statement at start counts a collection or reads every figure');
  t.same(atStart.filter((s) => EVERY_SCOPE.test(s)), [], 'no statement at start reads every document\'s and programme\'s scope (the catalogue\'s cities)');
  for (const url of ['/', '/browse/locations/gent', '/catalog']) {
    const read = await statementsRun(() => app.inject(url));
    t.same(read.filter((s) => (LINK_TABLES.test(s) || WHOLE_COLLECTION.test(s)) && !/WHERE/.test(s)), [], `${url}: no statement over a whole collection or every link`);
  }
  const home = await statementsRun(() => app.inject('/'));
  t.notOk(home.some((s) => /measure_places/.test(s)), 'the home page reads its counts per municipality from the facts');
});

t.test('a file built without the facts computes them once, however many plugins show them', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'start-reads-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'old.db');
  copyFileSync(fixtureDatabase(), path);
  const db = new Database(path);
  db.prepare('DELETE FROM meta WHERE key = ?').run(FACTS_KEY);
  db.close();
  const { app, atStart } = await started(t, path);
  t.equal(atStart.filter((s) => /^SELECT count\(\*\) FROM "measures"$/.test(s)).length, 1, 'the collections are counted once');
  t.same(atStart.filter((s) => LINK_TABLES.test(s) && !firstRowOnly(s)), [], 'the home page\'s numbers are not computed at start');
  t.equal((await app.inject('/v1')).json().counts.measures, (new Database(path, { readonly: true }).prepare('SELECT count(*) AS n FROM measures').get() as { n: number }).n, 'and shown right');
  const home = await statementsRun(() => app.inject('/'));
  t.notOk(home.some((s) => /^SELECT count\(\*\) FROM "measures"$/.test(s)), 'the home page reuses them');
});
