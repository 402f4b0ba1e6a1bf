/**
 * The facts a build stores in `meta` (src/queries/facts.ts) are the numbers the tables give:
 * the fixture's stored row equals what `computeFacts` reads, its counts equal each table's
 * rows counted here by hand, and a file without the row, or with one this code cannot read,
 * is served with the numbers computed from its tables. `bench/refresh-meta.ts` writes the
 * same row into a file built before.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { entityCollections } from '../../src/queries/dataset.js';
import { computeFacts, datasetFact, datasetInfo, FACTS_KEY, municipalitiesAfterChange, storedFacts } from '../../src/queries/facts.js';
import { measuresPerMunicipalityOf } from '../../src/queries/publish/browse.js';
import { packageRoot } from '../../src/paths.js';
import { fixtureCopy, fixtureDatabase, openedReadOnly } from '../helpers/fixture-db.js';

type Teardown = { teardown(fn: () => unknown): void };

/** A copy of the fixture whose facts row is replaced by `value` (deleted when undefined). */
function fixtureWithFacts(t: Teardown, value: string | undefined): string {
  return fixtureCopy(t, (db) => {
    db.prepare('DELETE FROM meta WHERE key = ?').run(FACTS_KEY);
    if (value !== undefined) db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(FACTS_KEY, value);
  });
}

t.test('the build stores the facts its tables give', async (t) => {
  const db = openedReadOnly(t, fixtureDatabase());
  const stored = storedFacts(db);
  t.ok(stored, 'the fixture build wrote the facts row');
  t.same(stored, computeFacts(db), 'the stored facts are what the tables give');
  const byHand = new Database(fixtureDatabase(), { readonly: true });
  t.teardown(() => byHand.close());
  for (const c of entityCollections) t.equal(stored!.counts[c], (byHand.prepare(`SELECT count(*) AS n FROM "${c}"`).get() as { n: number }).n, `${c} counted`);
  t.ok(stored!.counts.measures > 0 && stored!.municipalities.length > 0 && stored!.comparison !== null, 'the fixture has measures in municipalities');
  t.same(datasetInfo(db).counts, stored!.counts, '/v1 shows the stored counts');
});

t.test('a file without facts, or with facts this code cannot read, is served with facts computed from its tables', async (t) => {
  const expected = computeFacts(openedReadOnly(t, fixtureDatabase()));
  for (const [what, value] of [['no facts row', undefined], ['a row that is not JSON', '{counts'], ['a row of another shape', JSON.stringify({ counts: { measures: 1 } })], ['a row with one more field', JSON.stringify({ ...expected, extra: 1 })]] as const) {
    const db = openedReadOnly(t, fixtureWithFacts(t, value));
    t.equal(storedFacts(db), undefined, `${what}: nothing stored is trusted`);
    for (const key of ['counts', 'period', 'municipalities', 'comparison'] as const) t.same(datasetFact(db, key), expected[key], `${what}: ${key} computed`);
  }
});

t.test('bench/refresh-meta.ts writes the facts into a file built without them', async (t) => {
  const path = fixtureWithFacts(t, undefined);
  execFileSync(process.execPath, ['--import', 'tsx', join(packageRoot, 'bench', 'refresh-meta.ts'), path], { stdio: 'pipe' });
  t.same(storedFacts(openedReadOnly(t, path)), computeFacts(openedReadOnly(t, fixtureDatabase())), 'the row the build would have written');
});

t.test('the measures per municipality after a change are the whole less the documents deleted plus those loaded', async (t) => {
  const db = openedReadOnly(t, fixtureDatabase());
  const whole = computeFacts(db).municipalities;
  const documents = db.$client.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
  t.ok(documents.length >= 2);
  const [first, ...rest] = documents as [string, ...string[]];
  const ofFirst = measuresPerMunicipalityOf(db, [first]);
  const ofRest = measuresPerMunicipalityOf(db, rest);
  t.ok(ofFirst.length > 0 && ofRest.length > 0, 'both parts have measures in municipalities');
  t.same(municipalitiesAfterChange([], [], ofRest.concat()), municipalitiesAfterChange(ofRest, [], []), 'adding to nothing gives the part, in order');
  t.same(municipalitiesAfterChange(ofRest, [], ofFirst), whole, 'the rest plus the first document is the whole');
  t.same(municipalitiesAfterChange(whole, ofFirst, []), municipalitiesAfterChange(ofRest, [], []), 'the whole less the first document is the rest');
  t.same(measuresPerMunicipalityOf(db, []), [], 'no documents, no counts');
});
