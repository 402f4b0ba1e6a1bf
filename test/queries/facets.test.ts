/**
 * Facets and counts: over the whole collection (no set of ids built; the count kept once
 * computed) and over a filtered set they agree with the records themselves, and the
 * whole-collection facets of measures scan one index.
 */
import t from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { countRecords, facetCounts, iterateRecords, type FacetValue } from '../../src/queries/entity.js';
import { facetSql } from '../../src/queries/facets.js';
import { figures } from '../../src/queries/figures.js';
import { measures } from '../../src/queries/measures.js';
import { toQuery } from '../../src/queries/sql.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

type Summary = { id: string; name: string };

/** Counts of `values` of each record, as a facet orders them: most frequent first, then by value. */
function tally(values: Iterable<Summary>): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const { id, name } of values) counts.set(id, { value: id, name, count: (counts.get(id)?.count ?? 0) + 1 });
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

t.test('facets of measures, whole and filtered, match the records', async (t) => {
  const db = openReadOnly(fixtureDatabase());
  t.teardown(() => db.$client.close());
  // Twice each, interleaved: a whole collection's facets are kept once computed, and must not answer for a filtered set.
  for (const filters of [{}, { statementKind: 'commitment' }, {}, { statementKind: 'commitment' }]) {
    const records = [...iterateRecords(db, measures, filters, {})];
    const got = facetCounts(db, measures, filters, ['theme', 'location', 'actor', 'document', 'statementKind']);
    const label = JSON.stringify(filters);
    t.ok(records.length > 0, `${label}: the fixture has such measures`);
    t.same(got.theme, tally(records.flatMap((r) => r.themes)), `${label}: theme`);
    t.same(got.location, tally(records.flatMap((r) => r.locations)), `${label}: location`);
    t.same(got.actor, tally(records.flatMap((r) => r.actors)), `${label}: actor`);
    t.same(got.document, tally(records.map((r) => r.document)), `${label}: document`);
    t.same(got.statementKind, tally(records.flatMap((r) => (r.statementKind === null ? [] : [{ id: r.statementKind, name: r.statementKind }]))), `${label}: statementKind`);
  }
  const figureRecords = [...iterateRecords(db, figures, {}, {})];
  const themesOf = new Map([...iterateRecords(db, measures, {}, {})].map((m) => [m.id, m.themes]));
  t.same(facetCounts(db, figures, {}, ['theme']).theme, tally(figureRecords.flatMap((f) => themesOf.get(f.measure.id) ?? [])), 'figures by the themes of their measures');
});

t.test('a facet over the whole collection scans one covering index and builds no set of ids', async (t) => {
  const db = openReadOnly(fixtureDatabase());
  t.teardown(() => db.$client.close());
  const query = toQuery(facetSql(measures.facets.theme!, null));
  const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as Array<{ detail: string }>).map((p) => p.detail);
  t.ok(plan.some((d) => d === 'SCAN l USING COVERING INDEX measure_themes_theme'), `one index scan: ${plan.join('; ')}`);
  t.notOk(plan.some((d) => /LIST SUBQUERY|SCAN m\b|SCAN x\b/.test(d)), 'no list of ids, no scan of the measures');
});

t.test('counts of the whole collection and of filtered sets match the records, whatever was counted before', async (t) => {
  const db = openReadOnly(fixtureDatabase());
  t.teardown(() => db.$client.close());
  const all = [...iterateRecords(db, measures, {}, {})].length;
  const commitments = [...iterateRecords(db, measures, { statementKind: 'commitment' }, {})].length;
  t.ok(commitments > 0 && commitments < all, 'the filter keeps some measures');
  for (const round of ['first', 'again']) {
    t.equal(countRecords(db, measures, {}), all, `${round}: the whole collection`);
    t.equal(countRecords(db, measures, { statementKind: 'commitment' }), commitments, `${round}: a filtered set`);
    t.equal(countRecords(db, figures, {}), [...iterateRecords(db, figures, {}, {})].length, `${round}: another collection of the same database`);
  }
});
