/**
 * `count=true` and `facet=` over the REST API (issue 12): exactly one place, theme or actor
 * whose large set the build counted answers exact counts and facets from the stored rows
 * (`totalExact`, `facetsExact` true) whatever the bounds; another combination is counted
 * live, bounded and flagged. On a fixture copy stored with a low minimum and an app whose
 * bounds are lowered to one record (parameters, not special cases).
 */
import Database from 'better-sqlite3';
import t from 'tap';
import { fixtureDatabase, freshFixtureApp, storedCountsCopy } from '../helpers/fixture-db.js';

const fixture = new Database(fixtureDatabase(), { readonly: true });
t.teardown(() => fixture.close());
const place = 'gent';
const size = fixture.prepare('SELECT count(*) FROM measure_places WHERE ancestor_id = ?').pluck().get(place) as number;
const themes = fixture.prepare('SELECT mt.theme_id AS value, count(*) AS count FROM measure_places mp JOIN measure_themes mt ON mt.measure_id = mp.measure_id WHERE mp.ancestor_id = ? GROUP BY 1 ORDER BY count DESC, value').all(place) as Array<{ value: string; count: number }>;

const app = await freshFixtureApp(t, { dbPath: storedCountsCopy(t, 2), queryBounds: { countLimit: 1, facetSample: 1 } });
const page = async (query: string) => {
  const res = await app.inject({ method: 'GET', url: `/v1/measures?${query}` });
  t.equal(res.statusCode, 200, query);
  return res.json() as { total: number; totalExact: boolean; facets: Record<string, Array<{ value: string; name: string; count: number }>>; facetsExact: boolean };
};

t.test('one stored place: exact total and facets of its whole set', async (t) => {
  t.ok(size > 2 && themes.length > 1, `${place}: ${size} measures, ${themes.length} themes`);
  const body = await page(`location=${place}&count=true&facet=theme&limit=1`);
  t.same([body.total, body.totalExact], [size, true], 'the size, exact');
  t.same([body.facetsExact, body.facets.theme!.map(({ value, count }) => ({ value, count }))], [true, themes], 'the themes of every measure, exact');
  t.ok(body.facets.theme!.every((v) => typeof v.name === 'string' && v.name !== ''), 'with their names');
});

t.test('another combination: counted live to the bounds, flagged', async (t) => {
  const body = await page(`location=${place}&theme=${themes[0]!.value}&count=true&facet=theme&limit=1`);
  t.ok(themes[0]!.count > 1, 'more measures than the bounds');
  t.same([body.total, body.totalExact, body.facetsExact], [1, false, false]);
});
