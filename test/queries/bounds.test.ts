/**
 * Bounded counts, facets and sorts (issue 12, src/queries/bounds.ts), on the fixture with
 * the limits lowered by the bounds parameter — never by the input: a count stops at its
 * limit and says so, facets of a larger set count its first records in list order and say
 * so, a list SQLite would answer by sorting more than the budget is a 422 `QUERY_TOO_BROAD`
 * (REST problem+json, GraphQL error code), and lists an index holds in order are never
 * refused. Below the limits every answer is the exact one.
 */
import t from 'tap';
import { DEFAULT_BOUNDS, type QueryBounds } from '../../src/queries/bounds.js';
import { boundedCount, boundedFacets, listRecords, type FacetValue } from '../../src/queries/entity.js';
import { figures } from '../../src/queries/figures.js';
import { measures } from '../../src/queries/measures.js';
import { fixtureApp, freshFixtureApp } from '../helpers/fixture-db.js';
import { withBoundsOn } from '../helpers/bounds.js';
import { planOf, statementsOn } from '../helpers/plans.js';
import { gql, ids as nodeIds, recordStatements } from '../graphql/helpers.js';
import { statementRuns } from '../helpers/statements.js';

const exactApp = await fixtureApp();
const db = exactApp.db;

/** Runs `read` with the fixture's bounds changed to `bounds`. */
const withBounds = <T>(bounds: Partial<QueryBounds>, read: () => T): T => withBoundsOn(db, bounds, read);

const commitments = { statementKind: 'commitment' } as const;
const ids = (filters: Record<string, unknown>, limit: number, sort?: string) => listRecords(db, measures, filters, { limit, sort, fields: ['id'] }).items.map((m) => m.id);
const committed = ids(commitments, 500);

t.test('the fixture has a filtered set of more than a few measures', async (t) => {
  t.ok(committed.length > 10, `${committed.length} commitments`);
  t.ok(committed.length < DEFAULT_BOUNDS.countLimit && committed.length < DEFAULT_BOUNDS.facetSample, 'within the default limits');
});

t.test('a count is exact up to its limit, and past it is the limit flagged inexact', async (t) => {
  const n = committed.length;
  t.same(boundedCount(db, measures, commitments), { total: n, exact: true }, 'default limits');
  t.same(withBounds({ countLimit: n }, () => boundedCount(db, measures, commitments)), { total: n, exact: true }, 'a limit equal to the size');
  t.same(withBounds({ countLimit: n - 1 }, () => boundedCount(db, measures, commitments)), { total: n - 1, exact: false }, 'one record over the limit');
  t.same(withBounds({ countLimit: 3 }, () => boundedCount(db, measures, commitments)), { total: 3, exact: false }, 'far over');
  const all = boundedCount(db, measures, {});
  t.same(withBounds({ countLimit: 3 }, () => boundedCount(db, measures, {})), all, 'a whole collection is counted exactly');
  t.equal(all.exact, true);
});

/** Facet values as counted from records: for each value of `valuesOf(record)`, the number of records having it. */
function tally(values: readonly string[]): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

const themesOf = (measureIds: readonly string[]) => {
  const records = listRecords(db, measures, {}, { limit: 500 }).items;
  const wanted = new Set(measureIds);
  return records.filter((m) => wanted.has(m.id)).flatMap((m) => m.themes.map((th) => th.id));
};
const valueCounts = (values: FacetValue[]) => values.map(({ value, count }) => ({ value, count }));

t.test('facets of a set larger than the sample count its first records in list order, flagged', async (t) => {
  const exact = boundedFacets(db, measures, commitments, ['theme']);
  t.equal(exact.exact, true, 'within the sample: exact');
  t.same(valueCounts(exact.facets.theme!), tally(themesOf(committed)), 'the whole set');
  const sample = 7;
  const sampled = withBounds({ facetSample: sample }, () => boundedFacets(db, measures, commitments, ['theme']));
  t.equal(sampled.exact, false, 'flagged');
  t.same(valueCounts(sampled.facets.theme!), tally(themesOf(committed.slice(0, sample))), `the first ${sample} in list order`);
  const place = 'gent';
  const inPlace = ids({ location: place }, 500);
  t.ok(inPlace.length > sample, `${place} has more than ${sample} measures`);
  const ranged = withBounds({ facetSample: sample }, () => boundedFacets(db, measures, { location: place }, ['theme']));
  t.same([ranged.exact, valueCounts(ranged.facets.theme!)], [false, tally(themesOf(inPlace.slice(0, sample)))], 'a place: the first records of its range');
  const whole = withBounds({ facetSample: sample }, () => boundedFacets(db, measures, {}, ['theme']));
  // The whole collection's facets are stored by the build (stored-counts.ts): exact whatever the sample; a file without them samples (test/queries/stored-counts.test.ts).
  t.same([whole.exact, valueCounts(whole.facets.theme!)], [true, tally(themesOf(ids({}, 500)))], 'the whole collection: stored, exact');
  t.same(withBounds({ facetSample: committed.length }, () => boundedFacets(db, measures, commitments, ['theme'])), exact, 'a sample as large as the set: exact');
});

const isTooBroad = { name: 'ApiError', code: 'QUERY_TOO_BROAD', status: 422 };

t.test('a list that must sort more candidates than the budget is refused; one an index holds in order never is', async (t) => {
  // No index holds measures by start: the commitments are read by the statement kind's index and sorted.
  const byStart = ids(commitments, 500, 'start');
  t.same(withBounds({ sortBudget: committed.length }, () => ids(commitments, 500, 'start')), byStart, 'within the budget: the same page');
  t.throws(() => withBounds({ sortBudget: committed.length - 1 }, () => ids(commitments, 5, 'start')), isTooBroad, 'over the budget: QUERY_TOO_BROAD');
  t.throws(() => withBounds({ sortBudget: 3 }, () => ids({}, 5, '-statementKind')), isTooBroad, 'a sort on an expression no index holds');
  t.throws(() => withBounds({ sortBudget: 3 }, () => listRecords(db, figures, {}, { limit: 5, sort: 'kind' })), isTooBroad, "figures by kind: a kind's figures would be sorted by id");
  const budget1 = <T>(read: () => T) => withBounds({ sortBudget: 1 }, read);
  t.same(budget1(() => ids({}, 60)), ids({}, 60), 'the default order (its index; only ties sorted)');
  t.same(budget1(() => ids({ location: 'gent' }, 60)), ids({ location: 'gent' }, 60), "a place's range");
  t.same(budget1(() => ids({}, 60, '-date')), ids({}, 60, '-date'), 'newest first (the date range)');
  const unit = db.$client.prepare('SELECT unit FROM figures WHERE unit IS NOT NULL GROUP BY unit ORDER BY count(*) DESC, unit').pluck().get() as string;
  const ofUnit = listRecords(db, figures, { unit }, { limit: 50 });
  t.same(budget1(() => listRecords(db, figures, { unit }, { limit: 50 })), ofUnit, 'figures of a unit (its ordered index)');
  t.ok(ofUnit.items.length >= 2, `${ofUnit.items.length} figures in ${unit}`);
});

t.test('the sort guard asks the plan of a list text once when it walks in order, and again for each list that sorts', async (t) => {
  const explained = (read: () => unknown) => statementRuns(['all', 'get', 'iterate'], read).filter((r) => r.sql.startsWith('EXPLAIN QUERY PLAN')).length;
  const document = db.$client.prepare('SELECT document_id FROM measures GROUP BY document_id ORDER BY count(*) DESC, document_id').pluck().all() as string[];
  t.ok(document.length >= 2, 'two documents');
  const ofDocument = (id: string) => () => listRecords(db, measures, { document: id, statementKind: 'commitment' }, { limit: 3 });
  t.equal(explained(ofDocument(document[0]!)), 1, 'the first list of its text: its plan asked');
  t.equal(explained(ofDocument(document[0]!)), 0, 'the same list again: walks in order, not asked');
  t.equal(explained(ofDocument(document[1]!)), 0, 'another document (the same text): not asked');
  // No index holds measures by start: sorted, so asked (and counted) for each request's values.
  const byStart = () => listRecords(db, measures, commitments, { limit: 3, sort: 'start' });
  t.equal(explained(byStart), 1, 'a sorting list: asked');
  t.equal(explained(byStart), 1, 'and asked again');
  t.throws(() => withBounds({ sortBudget: 3 }, byStart), isTooBroad, 'and still refused over the budget');
});

t.test('figures of a unit are one range of figures_unit_order, with no sort', async (t) => {
  const unit = db.$client.prepare('SELECT unit FROM figures WHERE unit IS NOT NULL GROUP BY unit ORDER BY count(*) DESC, unit').pluck().get() as string;
  const [list] = statementsOn(/FROM "figures" "f"/, () => listRecords(db, figures, { unit }, { limit: 50 }));
  const plan = planOf(db, list!.sql, list!.params);
  t.match(plan[0], /^SEARCH f USING (COVERING )?INDEX figures_unit_order \(unit=\?\)$/, plan.join(' | '));
  t.notOk(plan.some((step) => /TEMP B-TREE/.test(step)), 'no sort');
});

t.test('a theme lists its measures in text order, one range of measure_theme_order, never refused', async (t) => {
  const theme = db.$client.prepare('SELECT theme_id FROM measure_themes GROUP BY theme_id ORDER BY count(*) DESC, theme_id').pluck().get() as string;
  const expected = db.$client.prepare('SELECT m.id FROM measure_themes mt JOIN measures m ON m.id = mt.measure_id WHERE mt.theme_id = ? ORDER BY m.document_id, m.ordinal, m.id').pluck().all(theme) as string[];
  t.ok(expected.length > 7, `${expected.length} measures of ${theme}`);
  const walk = (sort?: string) => {
    const got: string[] = [];
    let cursor: string | undefined;
    do {
      const page = withBounds({ sortBudget: 1 }, () => listRecords(db, measures, { theme }, { limit: 7, sort, cursor, fields: ['id'] }));
      got.push(...page.items.map((m) => m.id));
      cursor = page.next ?? undefined;
    } while (cursor !== undefined);
    return got;
  };
  t.same(walk(), expected, 'every page, in text order, with a sort budget of 1');
  t.same(walk('-document,-ordinal,-id'), [...expected].reverse(), 'descending');
  t.same(boundedCount(db, measures, { theme }), { total: expected.length, exact: true }, 'counted from the range');
  const [list] = statementsOn(/measure_theme_order/, () => listRecords(db, measures, { theme }, { limit: 5 }));
  const plan = planOf(db, list!.sql, list!.params);
  t.match(plan[0], /^SEARCH mto USING PRIMARY KEY \(theme_id=\?\)$/, plan.join(' | '));
  t.notOk(plan.some((step) => /TEMP B-TREE/.test(step)), 'no sort');
});

t.test('an actor lists its measures in text order, one range of measure_actor_order, never refused whatever its size', async (t) => {
  const actor = db.$client.prepare('SELECT actor_id FROM measure_actors GROUP BY actor_id ORDER BY count(*) DESC, actor_id').pluck().get() as string;
  const expected = db.$client.prepare('SELECT m.id FROM measure_actors ma JOIN measures m ON m.id = ma.measure_id WHERE ma.actor_id = ? ORDER BY m.document_id, m.ordinal, m.id').pluck().all(actor) as string[];
  t.ok(expected.length > 7, `${expected.length} measures naming ${actor}`);
  // A set limit and a sort budget of 1: the actor's measures are more than a set may hold and than a list may sort.
  const tight = { setLimit: 1, sortBudget: 1 };
  const walk = (sort?: string) => {
    const got: string[] = [];
    let cursor: string | undefined;
    do {
      const page = withBounds(tight, () => listRecords(db, measures, { actor }, { limit: 7, sort, cursor, fields: ['id'] }));
      got.push(...page.items.map((m) => m.id));
      cursor = page.next ?? undefined;
    } while (cursor !== undefined);
    return got;
  };
  t.same(walk(), expected, 'every page, in text order');
  t.same(walk('-document,-ordinal,-id'), [...expected].reverse(), 'descending');
  const [list] = statementsOn(/measure_actor_order/, () => withBounds(tight, () => listRecords(db, measures, { actor }, { limit: 5 })));
  const plan = planOf(db, list!.sql, list!.params);
  t.match(plan[0], /^SEARCH mao USING PRIMARY KEY \(actor_id=\?\)$/, plan.join(' | '));
  t.notOk(plan.some((step) => /TEMP B-TREE/.test(step)), 'no sort');
  const bounded = await freshFixtureApp(t, { responseCache: false, queryBounds: tight });
  const res = await bounded.inject(`/v1/actors/${encodeURIComponent(actor)}/measures?limit=3`);
  t.equal(res.statusCode, 200, `${res.statusCode} ${res.body.slice(0, 200)}`);
  const page = res.json() as { data: Array<{ id: string }>; next: string | null };
  t.same(page.data.map((m) => m.id), expected.slice(0, 3), 'REST: the first page');
  const next = await bounded.inject(page.next!.replace(/^https?:\/\/[^/]+/, ''));
  t.same((next.json() as { data: Array<{ id: string }> }).data.map((m) => m.id), expected.slice(3, 6), 'REST: its next page');
  // GraphQL: the actor's connection reads the actor's range, not every measure naming it ranked.
  const connection = (after?: string) => `{ actor(id: ${JSON.stringify(actor)}) { measures(first: 3${after === undefined ? '' : `, after: ${JSON.stringify(after)}`}) { nodes { id } pageInfo { endCursor } } } }`;
  const recorded = recordStatements(bounded.db);
  const first = await gql(bounded, connection());
  recorded.stop();
  t.same(nodeIds(first.body.data.actor.measures), expected.slice(0, 3), 'GraphQL: the first page');
  t.ok(recorded.sql.some((text) => /FROM measure_actor_order mao/.test(text)), 'GraphQL: read from the range');
  t.notOk(recorded.sql.some((text) => /row_number\(\)/.test(text)), 'GraphQL: no ranking of every measure naming the actor');
  t.same(nodeIds((await gql(bounded, connection(first.body.data.actor.measures.pageInfo.endCursor))).body.data.actor.measures), expected.slice(3, 6), 'GraphQL: its next page');
});

t.test('REST: totalExact and facetsExact, and QUERY_TOO_BROAD as problem+json', async (t) => {
  const bounded = await freshFixtureApp(t, { responseCache: false, queryBounds: { countLimit: 5, facetSample: 5, sortBudget: 5 } });
  const inGent = ids({ location: 'gent' }, 500);
  const url = '/v1/measures?location=gent&count=true&facet=theme&limit=2';
  const exact = (await exactApp.inject({ url })).json();
  t.match(exact, { total: inGent.length, totalExact: true, facetsExact: true });
  const res = await bounded.inject({ url });
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.match(body, { total: 5, totalExact: false, facetsExact: false });
  t.same(body.data, exact.data, 'the same page');
  t.same(body.facets.theme.map((f: FacetValue) => ({ value: f.value, count: f.count })), tally(themesOf(inGent.slice(0, 5))), 'facets of the first five');
  const broad = await bounded.inject({ url: '/v1/measures?statementKind=commitment&sort=start' });
  t.equal(broad.statusCode, 422);
  t.match(broad.headers['content-type'], /^application\/problem\+json/);
  t.match(broad.json(), { code: 'QUERY_TOO_BROAD', type: '/problems/query-too-broad', status: 422, parameter: 'sort', budget: 5 });
  t.equal((await bounded.inject({ url: '/v1/measures?limit=3' })).statusCode, 200, 'the default order of the collection is never refused');
  const csv = await bounded.inject({ url: '/v1/measures.csv?sort=-statementKind' });
  t.equal(csv.statusCode, 422, 'nor streamed as an export');
});

t.test('GraphQL: totalCountExact, and QUERY_TOO_BROAD as the error code', async (t) => {
  const bounded = await freshFixtureApp(t, { responseCache: false, queryBounds: { countLimit: 5, sortBudget: 5 } });
  const query = '{ measures(location: "gent", first: 2) { totalCount totalCountExact } }';
  t.same((await gql(exactApp, query)).body.data.measures, { totalCount: ids({ location: 'gent' }, 500).length, totalCountExact: true });
  t.same((await gql(bounded, query)).body.data.measures, { totalCount: 5, totalCountExact: false });
  t.same((await gql(bounded, '{ measures(first: 2) { totalCount totalCountExact } }')).body.data.measures, { totalCount: (await gql(exactApp, '{ measures { totalCount } }')).body.data.measures.totalCount, totalCountExact: true }, 'the whole collection: exact');
  const broad = await gql(bounded, '{ measures(statementKind: commitment, sort: "start") { nodes { id } } }');
  t.equal(broad.body.errors?.[0]?.extensions.code, 'QUERY_TOO_BROAD');
});
