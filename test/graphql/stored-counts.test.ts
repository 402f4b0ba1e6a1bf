/**
 * GraphQL `totalCount` (issue 12): a root list filtered by exactly one place, theme or actor
 * whose large set the build counted is its exact stored size (`totalCountExact` true) whatever
 * the count limit; another combination is counted live up to the limit and flagged. On a
 * fixture copy stored with a low minimum and an app whose count limit is one record.
 */
import Database from 'better-sqlite3';
import t from 'tap';
import { fixtureDatabase, freshFixtureApp, storedCountsCopy } from '../helpers/fixture-db.js';
import { data } from './helpers.js';

const fixture = new Database(fixtureDatabase(), { readonly: true });
t.teardown(() => fixture.close());
const place = 'gent';
const size = fixture.prepare('SELECT count(*) FROM measure_places WHERE ancestor_id = ?').pluck().get(place) as number;
const theme = fixture.prepare('SELECT mt.theme_id FROM measure_places mp JOIN measure_themes mt ON mt.measure_id = mp.measure_id WHERE mp.ancestor_id = ? GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1').pluck().get(place) as string;

const app = await freshFixtureApp(t, { dbPath: storedCountsCopy(t, 2), queryBounds: { countLimit: 1 } });

t.test('one stored place: its exact size; with a second filter: the count limit, flagged', async (t) => {
  t.ok(size > 2, `${place}: ${size} measures`);
  const result = await data(app, `{
    one: measures(location: ${JSON.stringify(place)}, first: 1) { totalCount totalCountExact }
    both: measures(location: ${JSON.stringify(place)}, theme: ${JSON.stringify(theme)}, first: 1) { totalCount totalCountExact }
  }`);
  t.same(result.one, { totalCount: size, totalCountExact: true });
  t.same(result.both, { totalCount: 1, totalCountExact: false });
});
