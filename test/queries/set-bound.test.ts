/**
 * The set limit (issue 12, src/queries/bounds.ts `setLimit`): a filter whose condition is
 * membership in a set SQLite builds whole (a place's, theme's or actor's measures, as an `IN`
 * list) is counted with a stop before any statement uses it, and refused past the limit
 * (`QUERY_TOO_BROAD`, naming the filter) — the refusal reads at most limit + 1 rows; on a
 * range walked in order the same filters are tested per row and build no set, so they are
 * never refused there. On the fixture, with the limit lowered by the bounds parameter.
 */
import t from 'tap';
import type { QueryBounds } from '../../src/queries/bounds.js';
import { boundedCount, boundedFacets, listRecords } from '../../src/queries/entity.js';
import { figures } from '../../src/queries/figures.js';
import { measures } from '../../src/queries/measures.js';
import { fixtureApp, freshFixtureApp } from '../helpers/fixture-db.js';
import { withBoundsOn } from '../helpers/bounds.js';
import { planOf, statementsOn } from '../helpers/plans.js';
import { gql } from '../graphql/helpers.js';

const app = await fixtureApp();
const db = app.db;

/** Runs `read` with the fixture's bounds changed to `bounds`. */
const withBounds = <T>(bounds: Partial<QueryBounds>, read: () => T): T => withBoundsOn(db, bounds, read);

const one = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).pluck().get(...params) as T;
const place = 'gent';
const placeSize = one<number>('SELECT count(*) FROM measure_places WHERE ancestor_id = ?', place);
// The theme with the most measures in the place, and its measures there in text order.
const theme = one<string>('SELECT mt.theme_id FROM measure_places mp JOIN measure_themes mt ON mt.measure_id = mp.measure_id WHERE mp.ancestor_id = ? GROUP BY mt.theme_id ORDER BY count(*) DESC, mt.theme_id LIMIT 1', place);
const themeSize = one<number>('SELECT count(*) FROM measure_themes WHERE theme_id = ?', theme);
const both = db.$client.prepare('SELECT mp.measure_id FROM measure_places mp JOIN measure_themes mt ON mt.measure_id = mp.measure_id AND mt.theme_id = ? WHERE mp.ancestor_id = ? ORDER BY mp.document_id, mp.ordinal, mp.measure_id').pluck().all(theme, place) as string[];
const isTooBroad = (parameter: string) => ({ name: 'ApiError', code: 'QUERY_TOO_BROAD', status: 422, extra: { parameter } });
const figureIds = (filters: Record<string, unknown>) => listRecords(db, figures, filters, { limit: 500, fields: ['id'] }).items.map((f) => f.id);

t.test('the fixture has a place and a theme with several measures, and measures with both', async (t) => {
  t.ok(placeSize > 5 && themeSize > 5 && both.length > 2, `${placeSize} in ${place}, ${themeSize} of ${theme}, ${both.length} both`);
});

t.test('a set within the limit answers as before; past it the filter is refused, by name', async (t) => {
  const expected = figureIds({ location: place });
  t.ok(expected.length > 0, `${expected.length} figures in ${place}`);
  t.same(withBounds({ setLimit: placeSize }, () => figureIds({ location: place })), expected, 'a limit equal to the set');
  t.throws(() => withBounds({ setLimit: placeSize - 1 }, () => figureIds({ location: place })), isTooBroad('location'), 'one id over');
  t.throws(() => withBounds({ setLimit: placeSize - 1 }, () => boundedCount(db, figures, { location: place })), isTooBroad('location'), 'a count too');
  t.throws(() => withBounds({ setLimit: themeSize - 1 }, () => boundedFacets(db, figures, { theme }, ['unit'])), isTooBroad('theme'), 'facets too');
  t.throws(() => withBounds({ setLimit: themeSize - 1 }, () => listRecords(db, measures, { theme, statementKind: 'commitment' }, { limit: 5, sort: 'start' })), isTooBroad('theme'), 'a theme not walked in its range');
});

t.test('with two such filters the smaller set is built and the other tested on its rows: only the smaller counts', async (t) => {
  const filters = { location: place, theme };
  const expected = figureIds(filters);
  t.ok(placeSize < themeSize);
  t.same(withBounds({ setLimit: placeSize }, () => figureIds(filters)), expected, 'the theme over the limit, the place within it');
  t.throws(() => withBounds({ setLimit: placeSize - 1 }, () => figureIds(filters)), isTooBroad('location'), 'both over: the smaller is named');
});

t.test('a list of measures driven by a set within the sort budget is not counted again by the sort guard', async (t) => {
  const filters = { location: place, theme };
  const expected = listRecords(db, measures, filters, { limit: 500, sort: 'start', fields: ['id'] }).items.map((m) => m.id);
  const run = statementsOn(/measure_places/, () => withBounds({ sortBudget: placeSize }, () => listRecords(db, measures, filters, { limit: 500, sort: 'start', fields: ['id'] })));
  t.same(run.map((s) => /^SELECT count\(\*\) FROM \(SELECT 1 FROM/i.test(s.sql)), run.map(() => false), `no candidate count: ${run.map((s) => s.sql).join('\n')}`);
  t.same(withBounds({ sortBudget: placeSize }, () => listRecords(db, measures, filters, { limit: 500, sort: 'start', fields: ['id'] })).items.map((m) => m.id), expected, 'the same list');
  t.throws(() => withBounds({ sortBudget: both.length - 1, setLimit: placeSize }, () => listRecords(db, measures, filters, { limit: 5, sort: 'start' })), { code: 'QUERY_TOO_BROAD', extra: { parameter: 'sort' } }, 'a set over the budget: counted, and refused past it');
  const figureRuns = statementsOn(/measure_places/, () => withBounds({ sortBudget: placeSize }, () => listRecords(db, figures, filters, { limit: 5 })));
  t.ok(figureRuns.some((s) => /^SELECT count\(\*\) FROM \(SELECT 1 FROM "figures"/i.test(s.sql)), 'figures of a set of measures are still counted (several per measure)');
});

t.test('several values of a filter count together', async (t) => {
  const other = one<string>('SELECT theme_id FROM measure_themes WHERE theme_id <> ? GROUP BY theme_id ORDER BY count(*) DESC, theme_id LIMIT 1', theme);
  const otherSize = one<number>('SELECT count(*) FROM measure_themes WHERE theme_id = ?', other);
  const limit = Math.max(themeSize, otherSize);
  const value = `${theme},${other}`;
  t.ok(figureIds({ theme }).length > 0);
  t.same(withBounds({ setLimit: limit }, () => figureIds({ theme })), figureIds({ theme }), 'each alone is within the limit');
  t.throws(() => withBounds({ setLimit: limit }, () => figureIds({ theme: value })), isTooBroad('theme'), 'both together are not');
});

t.test('the refusal reads at most limit + 1 ids of the set, and never builds it', async (t) => {
  const limit = 3;
  const run = statementsOn(/measure_places/, () => t.throws(() => withBounds({ setLimit: limit }, () => figureIds({ location: place })), isTooBroad('location')));
  t.equal(run.length, 1, run.map((s) => s.sql).join('\n'));
  t.match(run[0]!.sql, /^select count\(\*\) from \(SELECT measure_id FROM measure_places WHERE ancestor_id = \? limit \?\)$/i);
  t.same(run[0]!.params, [place, limit + 1]);
});

t.test('on a range walked in order, the other link filters are tested per row: no set, never refused', async (t) => {
  const filters = { location: place, theme };
  const walk = (limit: number) => {
    const got: string[] = [];
    let cursor: string | undefined;
    do {
      const page = listRecords(db, measures, filters, { limit, cursor, fields: ['id'] });
      got.push(...page.items.map((m) => m.id));
      cursor = page.next ?? undefined;
    } while (cursor !== undefined);
    return got;
  };
  t.same(walk(2), both, 'every page, default limits');
  t.same(withBounds({ setLimit: 1 }, () => walk(2)), both, 'with a set limit of 1');
  t.same(withBounds({ setLimit: 1 }, () => boundedCount(db, measures, filters)), { total: both.length, exact: true }, 'counted on the walk');
  const facets = boundedFacets(db, measures, filters, ['theme', 'actor']);
  t.same(withBounds({ setLimit: 1 }, () => boundedFacets(db, measures, filters, ['theme', 'actor'])), facets, 'facets of the walk');
  t.equal(facets.facets.theme!.find((f) => f.value === theme)?.count, both.length, 'the theme counts every measure of the walk');
  const [list] = statementsOn(/measure_places mp/, () => withBounds({ setLimit: 1 }, () => listRecords(db, measures, filters, { limit: 5 })));
  const plan = planOf(db, list!.sql, list!.params);
  t.match(plan[0], /^SEARCH mp USING PRIMARY KEY \(ancestor_id=\?\)$/, plan.join(' | '));
  t.notOk(plan.some((step) => /LIST SUBQUERY|TEMP B-TREE|BLOOM/.test(step)), `no set built, nothing sorted: ${plan.join(' | ')}`);
});

t.test('beside a range, a set small enough to sort drives the list instead of the walk, the other filter tested on its rows', async (t) => {
  t.ok(placeSize < themeSize, 'the place has the smaller set');
  const filters = { location: place, theme };
  const page = listRecords(db, measures, filters, { limit: 500, fields: ['id'] }).items.map((m) => m.id);
  t.same(page, both, 'the same measures in text order');
  t.same(boundedCount(db, measures, filters), { total: both.length, exact: true });
  const [list] = statementsOn(/ORDER BY/, () => listRecords(db, measures, filters, { limit: 5 }));
  const plan = planOf(db, list!.sql, list!.params);
  t.match(plan.join(' | '), /LIST SUBQUERY 1 \| SEARCH measure_places USING PRIMARY KEY \(ancestor_id=\?\)/, `the smaller set, the place's, is built: ${plan.join(' | ')}`);
  t.notOk(plan.some((step) => /^SEARCH mp /.test(step)), 'the range is not walked');
  t.match(list!.sql, /EXISTS \(SELECT 1 FROM measure_themes/, 'the theme is tested per row');
  t.notOk(plan.some((step) => /LIST SUBQUERY 2/.test(step)), 'one set only');
  const [walked] = statementsOn(/ORDER BY/, () => withBounds({ sortBudget: themeSize - 1 }, () => listRecords(db, measures, filters, { limit: 5 })));
  t.match(planOf(db, walked!.sql, walked!.params)[0], /^SEARCH mp USING PRIMARY KEY/, 'the other set larger than the sort budget: the range is walked');
});

t.test('REST: QUERY_TOO_BROAD as problem+json naming the filter; GraphQL: the error code', async (t) => {
  const bounded = await freshFixtureApp(t, { responseCache: false, queryBounds: { setLimit: 2 } });
  const res = await bounded.inject({ url: `/v1/figures?location=${place}` });
  t.equal(res.statusCode, 422);
  t.match(res.headers['content-type'], /^application\/problem\+json/);
  t.match(res.json(), { code: 'QUERY_TOO_BROAD', status: 422, parameter: 'location', budget: 2, detail: /location="gent" selects more than 2 measures/ });
  t.equal((await bounded.inject({ url: `/v1/measures?location=${place}&theme=${theme}&count=true&facet=actor` })).statusCode, 200, 'a place with a theme: walked');
  const broad = await gql(bounded, `{ figures(location: "${place}") { nodes { id } } }`);
  t.equal(broad.body.errors?.[0]?.extensions.code, 'QUERY_TOO_BROAD');
});
