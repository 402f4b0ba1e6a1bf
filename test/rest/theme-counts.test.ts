/**
 * The themes list's `measureCount` and its measure filters (issue 12, the reference lists'
 * filters): a theme's count of all measures, and with `location=`/`actor=` of one record whose
 * large set the build counted, the themes of that set and their counts, are read from the
 * stored counts (stored-counts.ts) — a changed stored row shows — where each request read every
 * theme's measures (310 ms of CPU at 10k documents for a province, 86 ms of it for the counts
 * of the whole collection). A combination counted live past the facet sample is refused
 * rather than shown as counts that look exact. On fixture copies stored with a low minimum.
 */
import Database from 'better-sqlite3';
import t from 'tap';
import { fixtureDatabase, freshFixtureApp, storedCountsCopy } from '../helpers/fixture-db.js';

const fixture = new Database(fixtureDatabase(), { readonly: true });
t.teardown(() => fixture.close());
const place = 'gent';
/** Each theme's measures among the place's, by hand (themes without any left out). */
const inPlace = new Map((fixture.prepare('SELECT mt.theme_id AS theme, count(*) AS n FROM measure_places mp JOIN measure_themes mt ON mt.measure_id = mp.measure_id WHERE mp.ancestor_id = ? GROUP BY 1').all(place) as Array<{ theme: string; n: number }>).map((r) => [r.theme, r.n]));
const everywhere = new Map((fixture.prepare('SELECT theme_id AS theme, count(*) AS n FROM measure_themes GROUP BY 1').all() as Array<{ theme: string; n: number }>).map((r) => [r.theme, r.n]));
const [changed] = [...inPlace.keys()].sort() as [string];

type Theme = { id: string; measureCount: number };
const themesOf = async (app: Awaited<ReturnType<typeof freshFixtureApp>>, query: string) => {
  const res = await app.inject({ method: 'GET', url: `/v1/themes?limit=500${query}` });
  return { status: res.statusCode, themes: res.statusCode === 200 ? (res.json().data as Theme[]) : [], body: res.json() };
};
const counts = (themes: readonly Theme[]) => new Map(themes.map((th) => [th.id, th.measureCount]));

t.test('one stored place: its themes and their counts, read from the stored rows', async (t) => {
  const app = await freshFixtureApp(t, { dbPath: storedCountsCopy(t, 2) });
  t.ok(inPlace.size > 1, `${inPlace.size} themes in ${place}`);
  t.same(counts((await themesOf(app, `&location=${place}`)).themes), inPlace, 'the themes of its measures, each with its count there');
  const all = (await themesOf(app, '')).themes;
  t.same(counts(all), new Map(all.map((th) => [th.id, everywhere.get(th.id) ?? 0])), 'unfiltered: each theme\'s count of all measures');
  const tampered = await freshFixtureApp(t, {
    dbPath: storedCountsCopy(t, 2, (db) => db.prepare("UPDATE stored_counts SET count = count + 1000 WHERE collection = 'measures' AND facet = 'theme' AND value = ? AND ((filter = 'location' AND key = ?) OR filter = '')").run(changed, place)),
  });
  t.equal(counts((await themesOf(tampered, `&location=${place}`)).themes).get(changed), inPlace.get(changed)! + 1000, 'the stored count of the place is what shows');
  t.equal(counts((await themesOf(tampered, '')).themes).get(changed), everywhere.get(changed)! + 1000, 'the stored count of the whole collection is what shows');
});

t.test('a combination counted live past the facet sample is refused, within it exact', async (t) => {
  const app = await freshFixtureApp(t, { dbPath: storedCountsCopy(t, 2), queryBounds: { facetSample: 1 } });
  const actor = fixture.prepare('SELECT ma.actor_id FROM measure_places mp JOIN measure_actors ma ON ma.measure_id = mp.measure_id WHERE mp.ancestor_id = ? GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1').pluck().get(place) as string;
  const both = fixture.prepare('SELECT count(*) FROM measure_places mp JOIN measure_actors ma ON ma.measure_id = mp.measure_id AND ma.actor_id = ? WHERE mp.ancestor_id = ?').pluck().get(actor, place) as number;
  t.ok(both > 1, `${both} measures of ${actor} in ${place}`);
  const refused = await themesOf(app, `&location=${place}&actor=${actor}`);
  t.same([refused.status, refused.body.code], [422, 'QUERY_TOO_BROAD']);
  t.equal((await themesOf(app, `&location=${place}`)).status, 200, 'one stored place: exact, whatever the sample');
  const live = await freshFixtureApp(t, { dbPath: storedCountsCopy(t, 2) });
  t.equal((await themesOf(live, `&location=${place}&actor=${actor}`)).status, 200, 'within the default sample: counted');
});
