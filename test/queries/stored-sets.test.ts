/**
 * Stored counts (issue 12, src/queries/stored-counts.ts): the build stores the exact size and
 * facets of each large set — a whole collection, and each place (with everything inside it),
 * theme and actor whose measures exceed a minimum — and a count or facet request whose
 * filters are exactly one such record reads them with one statement on `stored_counts`,
 * exact whatever the bounds; any other combination is counted live, bounded and flagged.
 * On fixture copies stored with a minimum low enough for the fixture's places, themes and
 * actors to have sets above it (the build's minimum is a parameter, not a special case).
 */
import Database from 'better-sqlite3';
import t from 'tap';
import { boundedCount, boundedCountAndFacets, boundedFacets, type FacetValue } from '../../src/queries/entity.js';
import { measures } from '../../src/queries/measures.js';
import { STORED_COUNTS_KEY, storedCountsDescriptionSchema } from '../../src/queries/stored-counts.js';
import { withBoundsOn } from '../helpers/bounds.js';
import { fixtureCopy, fixtureDatabase, openedReadOnly, storedCountsCopy } from '../helpers/fixture-db.js';
import { statementsOn } from '../helpers/plans.js';

/** The minimum the copies are stored with: sets of more than 2 measures. */
const MINIMUM = 2;

/** A copy of the fixture with stored counts of the sets above `minimum`, then changed by `edit`. */
const storedCopy = (t: { teardown(fn: () => unknown): void }, minimum = MINIMUM, edit?: (db: Database.Database) => void) => storedCountsCopy(t, minimum, edit);

const fixture = new Database(fixtureDatabase(), { readonly: true });
t.teardown(() => fixture.close());
const column = <T>(sql: string, ...params: unknown[]) => fixture.prepare(sql).pluck().all(...params) as T[];

/** The measures of each kind of stored filter, by hand: a place's with everything inside it, a theme's, an actor's. */
const setSql: Record<'location' | 'theme' | 'actor', string> = {
  location: 'SELECT DISTINCT measure_id FROM measure_places WHERE ancestor_id = ?',
  theme: 'SELECT measure_id FROM measure_themes WHERE theme_id = ?',
  actor: 'SELECT measure_id FROM measure_actors WHERE actor_id = ?',
};
const sizeOf = (filter: keyof typeof setSql, key: string) => column<string>(setSql[filter], key).length;

/** Theme and actor counts of a set, by hand, as a facet lists them: most frequent first, then by value. */
function byHand(filter: keyof typeof setSql, key: string, facet: 'theme' | 'actor') {
  const link = facet === 'theme' ? 'SELECT theme_id AS value FROM measure_themes' : 'SELECT actor_id AS value FROM measure_actors';
  return fixture.prepare(`SELECT value, count(*) AS count FROM (${link} WHERE measure_id IN (${setSql[filter]})) GROUP BY value ORDER BY count DESC, value`).all(key) as Array<{ value: string; count: number }>;
}
const valueCounts = (values: readonly FacetValue[]) => values.map(({ value, count }) => ({ value, count }));

/** Every record of each stored filter whose set is above the minimum. */
const stored = (['location', 'theme', 'actor'] as const).flatMap((filter) =>
  column<string>(`SELECT id FROM ${filter === 'location' ? 'locations' : `${filter}s`} ORDER BY id`).filter((key) => sizeOf(filter, key) > MINIMUM).map((key) => ({ filter, key })));

/** Statements that read the measures or their links (a live count or facet), not the stored rows. */
const liveReads = /measure_places|measure_theme_order|measure_actor_order|measure_themes|measure_actors|measure_locations|FROM "?measures"?/;

t.test('the fixture has sets of each stored filter above the minimum, and some within it', async (t) => {
  for (const filter of ['location', 'theme', 'actor'] as const) t.ok(stored.some((s) => s.filter === filter), `a ${filter} with more than ${MINIMUM} measures`);
  t.ok(column<string>('SELECT id FROM themes').some((key) => sizeOf('theme', key) > 0 && sizeOf('theme', key) <= MINIMUM), 'a theme with measures, within the minimum');
});

t.test('one stored record: its exact size and facets, read from stored_counts alone, whatever the bounds', async (t) => {
  const db = openedReadOnly(t, storedCopy(t));
  for (const { filter, key } of stored) {
    const filters = { [filter]: key };
    let count: ReturnType<typeof boundedCount> | undefined;
    let facets: ReturnType<typeof boundedFacets> | undefined;
    // Bounds of one record: live, each count and facet would stop at once and be flagged.
    const reads = statementsOn(/./, () => withBoundsOn(db, { countLimit: 1, facetSample: 1 }, () => {
      count = boundedCount(db, measures, filters);
      facets = boundedFacets(db, measures, filters, ['theme', 'actor']);
    }));
    t.same(count, { total: sizeOf(filter, key), exact: true }, `${filter}=${key}: the size, exact`);
    t.equal(facets!.exact, true, `${filter}=${key}: facets exact`);
    t.same(valueCounts(facets!.facets.theme!), byHand(filter, key, 'theme'), `${filter}=${key}: themes of the whole set`);
    t.same(valueCounts(facets!.facets.actor!), byHand(filter, key, 'actor'), `${filter}=${key}: actors of the whole set`);
    t.same(reads.filter((r) => liveReads.test(r.sql)).map((r) => r.sql), [], `${filter}=${key}: no statement reads the set`);
    t.equal(reads.filter((r) => /stored_counts/.test(r.sql)).length, 2, `${filter}=${key}: one statement for the count, one for the facets`);
  }
});

t.test('the stored rows are what is read: a changed row shows', async (t) => {
  const [{ filter, key }] = stored as [(typeof stored)[number]];
  const db = openedReadOnly(t, storedCopy(t, MINIMUM, (raw) => {
    raw.prepare("UPDATE stored_counts SET count = count + 1000 WHERE collection = 'measures' AND filter = ? AND key = ? AND facet IN ('', 'theme')").run(filter, key);
  }));
  t.equal(boundedCount(db, measures, { [filter]: key }).total, sizeOf(filter, key) + 1000);
  t.equal(boundedFacets(db, measures, { [filter]: key }, ['theme']).facets.theme![0]!.count, byHand(filter, key, 'theme')[0]!.count + 1000);
});

t.test('any other combination is counted live, bounded and flagged', async (t) => {
  const db = openedReadOnly(t, storedCopy(t));
  const place = stored.find((s) => s.filter === 'location')!.key;
  const [theme] = byHand('location', place, 'theme').map((v) => v.value) as [string];
  const combinations = [
    { location: place, theme },
    { location: `${place},${stored.filter((s) => s.filter === 'location')[1]!.key}` },
    { location: place, statementKind: 'commitment' },
  ];
  for (const filters of combinations) {
    const live = boundedCount(db, measures, filters);
    t.equal(live.exact, true, `${JSON.stringify(filters)}: within the default bounds, exact`);
    const reads = statementsOn(/./, () => withBoundsOn(db, { countLimit: 1, facetSample: 1 }, () => {
      if (live.total > 1) t.same(boundedCount(db, measures, filters), { total: 1, exact: false }, `${JSON.stringify(filters)}: counted to the limit, flagged`);
      t.equal(boundedFacets(db, measures, filters, ['theme']).exact, live.total <= 1, `${JSON.stringify(filters)}: facets flagged when sampled`);
    }));
    t.ok(reads.some((r) => liveReads.test(r.sql)), `${JSON.stringify(filters)}: read live`);
  }
});

t.test('a count with facets reads a stored set once and a live set without counting it twice; every set gives what the count and the facets give alone', async (t) => {
  const db = openedReadOnly(t, storedCopy(t));
  const place = stored.find((s) => s.filter === 'location')!.key;
  const small = column<string>('SELECT id FROM themes ORDER BY id').find((key) => sizeOf('theme', key) > 0 && sizeOf('theme', key) <= MINIMUM)!;
  const sets = [...stored.map(({ filter, key }) => ({ [filter]: key })), {}, { theme: small }, { location: place, statementKind: 'commitment' }];
  for (const filters of sets) {
    for (const bounds of [{}, { countLimit: 1, facetSample: 1 }]) {
      const alone = withBoundsOn(db, bounds, () => ({ count: boundedCount(db, measures, filters), facets: boundedFacets(db, measures, filters, ['theme', 'actor', 'theme']) }));
      let together: ReturnType<typeof boundedCountAndFacets> | undefined;
      const reads = statementsOn(/./, () => withBoundsOn(db, bounds, () => (together = boundedCountAndFacets(db, measures, filters, ['theme', 'actor', 'theme']))));
      t.same(together, alone, `${JSON.stringify(filters)} ${JSON.stringify(bounds)}: the same count and facets`);
      const storedSet = stored.some((s) => (filters as Record<string, string>)[s.filter] === s.key && Object.keys(filters).length === 1);
      if (storedSet) t.equal(reads.filter((r) => /stored_counts/.test(r.sql)).length, 1, `${JSON.stringify(filters)}: one statement for both`);
      else if (Object.keys(filters).length > 0) {
        const readsAlone = statementsOn(/./, () => withBoundsOn(db, bounds, () => [boundedCount(db, measures, filters), boundedFacets(db, measures, filters, ['theme', 'actor'])]));
        const live = (list: typeof reads) => list.filter((r) => liveReads.test(r.sql)).length;
        t.equal(live(reads), live(readsAlone) - 1, `${JSON.stringify(filters)} ${JSON.stringify(bounds)}: the set is not counted again for the facets`);
      }
    }
  }
});

t.test('facets of a set read live build the set once, in one statement for every facet, and count each as alone', async (t) => {
  const db = openedReadOnly(t, storedCopy(t));
  const place = stored.find((s) => s.filter === 'location')!.key;
  const filters = { location: place, statementKind: 'commitment' };
  const set = 'SELECT DISTINCT mp.measure_id FROM measure_places mp JOIN measures m ON m.id = mp.measure_id WHERE mp.ancestor_id = ? AND m.statement_kind = \'commitment\'';
  const byHandOf = (link: string) => fixture.prepare(`SELECT value, count(*) AS count FROM (${link} WHERE measure_id IN (${set})) GROUP BY value ORDER BY count DESC, value`).all(place);
  let facets: ReturnType<typeof boundedFacets> | undefined;
  const reads = statementsOn(/./, () => (facets = boundedFacets(db, measures, filters, ['theme', 'actor'])));
  t.equal(facets!.exact, true, 'within the sample');
  t.same(valueCounts(facets!.facets.theme!), byHandOf('SELECT theme_id AS value FROM measure_themes'), 'themes of the set');
  t.same(valueCounts(facets!.facets.actor!), byHandOf('SELECT actor_id AS value FROM measure_actors'), 'actors of the set');
  t.equal(reads.filter((r) => /GROUP BY/.test(r.sql)).length, 1, 'one statement counts both facets');
  t.equal(reads.filter((r) => /GROUP BY/.test(r.sql)).map((r) => r.sql.match(/measure_places/g)?.length)[0], 1, 'which reads the set once');
});

t.test('a set within the minimum has no rows and is counted live, exactly', async (t) => {
  const db = openedReadOnly(t, storedCopy(t));
  const small = column<string>('SELECT id FROM themes ORDER BY id').find((key) => sizeOf('theme', key) > 0 && sizeOf('theme', key) <= MINIMUM)!;
  t.equal(db.$client.prepare("SELECT count(*) FROM stored_counts WHERE filter = 'theme' AND key = ?").pluck().get(small), 0, 'no rows');
  const reads = statementsOn(/./, () => t.same(boundedCount(db, measures, { theme: small }), { total: sizeOf('theme', small), exact: true }));
  t.ok(reads.some((r) => liveReads.test(r.sql)), 'read live');
});

t.test('the whole collection is stored too: exact facets whatever the sample; without stored counts, sampled', async (t) => {
  const all = column<string>('SELECT id FROM measures');
  const themesOfAll = fixture.prepare('SELECT theme_id AS value, count(*) AS count FROM measure_themes GROUP BY 1 ORDER BY count DESC, value').all();
  // The build stores them: the fixture database itself.
  const built = openedReadOnly(t, fixtureDatabase());
  const whole = withBoundsOn(built, { facetSample: 1 }, () => boundedFacets(built, measures, {}, ['theme']));
  t.same([whole.exact, valueCounts(whole.facets.theme!)], [true, themesOfAll], `all ${all.length} measures, exact`);
  const without = openedReadOnly(t, fixtureCopy(t, (raw) => raw.prepare('DELETE FROM meta WHERE key = ?').run(STORED_COUNTS_KEY)));
  t.equal(withBoundsOn(without, { facetSample: 1 }, () => boundedFacets(without, measures, {}, ['theme'])).exact, false, 'a file without them: the first record, flagged');
});

t.test('stored counts of another facet limit or format are not read', async (t) => {
  const [{ filter, key }] = stored as [(typeof stored)[number]];
  const edits = {
    'another facet limit': (raw: Database.Database) => {
      const description = storedCountsDescriptionSchema.parse(JSON.parse(raw.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(STORED_COUNTS_KEY) as string));
      raw.prepare('UPDATE meta SET value = ? WHERE key = ?').run(JSON.stringify({ ...description, facetLimit: description.facetLimit + 1 }), STORED_COUNTS_KEY);
    },
    'not JSON': (raw: Database.Database) => raw.prepare("UPDATE meta SET value = '{' WHERE key = ?").run(STORED_COUNTS_KEY),
  };
  for (const [what, edit] of Object.entries(edits)) {
    const db = openedReadOnly(t, storedCopy(t, MINIMUM, edit));
    const reads = statementsOn(/./, () => t.same(withBoundsOn(db, { countLimit: 1 }, () => boundedCount(db, measures, { [filter]: key })), { total: 1, exact: false }, `${what}: counted live, flagged`));
    t.notOk(reads.some((r) => /stored_counts/.test(r.sql)), `${what}: the rows are not read`);
  }
});

t.test('a build stores the whole collections and the sets above its minimum, with their description', async (t) => {
  const path = storedCopy(t);
  const db = openedReadOnly(t, path);
  const description = storedCountsDescriptionSchema.parse(JSON.parse(db.$client.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(STORED_COUNTS_KEY) as string));
  t.same(description.collections.measures, { filters: ['location', 'theme', 'actor'], facets: Object.keys(measures.facets) });
  t.equal(description.minimum, MINIMUM);
  const sets = db.$client.prepare("SELECT filter, key FROM stored_counts WHERE collection = 'measures' AND facet = '' AND filter <> '' ORDER BY filter, key").all();
  t.same(sets, [...stored].sort((a, b) => (a.filter + a.key < b.filter + b.key ? -1 : 1)).map(({ filter, key }) => ({ filter, key })), 'exactly the sets above the minimum');
  const plan = db.$client.prepare("EXPLAIN QUERY PLAN SELECT facet, value, name, count FROM stored_counts WHERE collection = 'measures' AND filter = 'location' AND key = 'gent' AND facet IN ('', 'theme') ORDER BY facet, count DESC, value").all() as Array<{ detail: string }>;
  t.match(plan[0]!.detail, /^SEARCH stored_counts USING INDEX/, 'read by its primary key');
});
