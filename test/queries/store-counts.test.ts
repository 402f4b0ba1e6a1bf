/**
 * The stored counts computed set-based (src/queries/store-counts.ts) are the rows the
 * per-record path gives (test/helpers/stored-counts-oracle.ts: each record's set counted, then
 * each large set's size and facets read by the live statements), in the same order; and a
 * facet's stored values after a change (`facetAfterChange`) are, whenever it says it knows
 * them, those of the values' counts after the change, cut as a live facet cuts them.
 */
import fc from 'fast-check';
import t from 'tap';
import { FACET_LIMIT } from '../../src/queries/facets.js';
import { facetAfterChange, type ValueCount } from '../../src/queries/store-counts.js';
import { storedCountsCopy } from '../helpers/fixture-db.js';
import { perRecordRows, storedCountRows } from '../helpers/stored-counts-oracle.js';

t.test('on the fixture, at minimums that store every set, some or none: the per-record path’s rows, in its order', async (t) => {
  for (const minimum of [0, 2, 5, 1_000]) {
    const path = storedCountsCopy(t, minimum);
    const rows = storedCountRows(path);
    t.ok(rows.length > 0);
    t.same(rows, perRecordRows(path, minimum), `minimum ${minimum}: ${rows.filter((r) => r.facet === '' && r.filter !== '').length} sets of a filter`);
  }
});

/** A live facet's values of counts by value: most frequent first, then by value (values here are ASCII), at most FACET_LIMIT. */
const facetOf = (counts: ReadonlyMap<string, number>): ValueCount[] =>
  [...counts].filter(([, count]) => count > 0).map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, FACET_LIMIT);

/** Counts of up to `size` values v0…, and a change of some of them (never below zero), some values new. */
const countsAndChange = (size: number) =>
  fc.tuple(fc.array(fc.nat({ max: 6 }), { minLength: 0, maxLength: size }), fc.array(fc.tuple(fc.nat({ max: size + 20 }), fc.integer({ min: -4, max: 4 })), { maxLength: 40 })).map(([before, changes]) => {
    const old = new Map(before.map((count, i) => [`v${String(i).padStart(3, '0')}`, count]));
    const after = new Map(old);
    for (const [i, by] of changes) {
      const value = `v${String(i).padStart(3, '0')}`;
      after.set(value, Math.max(0, (after.get(value) ?? 0) + by));
    }
    const change = new Map([...after].map(([value, count]) => [value, count - (old.get(value) ?? 0)] as const).filter(([, by]) => by !== 0));
    return { old, after, change };
  });

t.test('a facet after a change: when known, exactly the facet of the counts after it; known whenever no stored count fell', async (t) => {
  fc.assert(fc.property(countsAndChange(FACET_LIMIT + 30), ({ old, after, change }) => {
    const asked: string[] = [];
    const result = facetAfterChange(facetOf(old), change, (values) => {
      asked.push(...values);
      return new Map(values.map((v) => [v, after.get(v) ?? 0]));
    });
    const stored = facetOf(old);
    const fell = stored.some((v) => (change.get(v.value) ?? 0) < 0);
    // Known: the facet after the change; undecided only for a cut list whose values fell.
    const right = result === undefined ? fell && stored.length === FACET_LIMIT : JSON.stringify(result) === JSON.stringify(facetOf(after));
    // Counted only the values a cut list does not hold, that grew.
    const held = new Set(stored.map((v) => v.value));
    return right && asked.every((v) => !held.has(v) && (change.get(v) ?? 0) > 0) && (stored.length < FACET_LIMIT || asked.length === new Set(asked).size);
  }), { numRuns: 2_000 });
  t.pass('2 000 counts and changes');
});

t.test('a facet after a change: a cut list whose held values fell stays known while enough of them still rank before its last', async (t) => {
  const values = Array.from({ length: FACET_LIMIT + 10 }, (_, i) => `v${String(i).padStart(3, '0')}`);
  // Counts 210, 209, …: the list holds the first FACET_LIMIT.
  const old = new Map(values.map((v, i) => [v, 210 - i]));
  const stored = facetOf(old);
  const noCounts = () => new Map<string, number>();
  t.same(facetAfterChange(stored, new Map([[values[0]!, -5]]), noCounts), facetOf(new Map([...old, [values[0]!, 205]])), 'the first fell, still far above the last');
  t.equal(facetAfterChange(stored, new Map([[values[0]!, -200]]), noCounts), undefined, 'the first fell below the last held: a value not held may rank before it now');
  t.same(facetAfterChange(stored, new Map([[values[FACET_LIMIT + 5]!, 300]]), (asked) => new Map(asked.map((v) => [v, old.get(v)! + 300]))), facetOf(new Map([...old, [values[FACET_LIMIT + 5]!, old.get(values[FACET_LIMIT + 5]!)! + 300]])), 'a value not held that grew is counted and ranked');
});
