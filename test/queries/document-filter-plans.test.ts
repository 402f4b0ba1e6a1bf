/**
 * The measures' filters on their document's columns (`kind`, `issuer`, `dateFrom`/`dateTo`)
 * are not bounded as sets of measures (issue 12): their set is of documents (at most the
 * documents, read by a documents index), and SQLite answers a page by walking that list
 * in document order, each document's measures by `measures_document_ordinal`, and stops at
 * the page: the plan and the statements of a page show it. `issuer` (a document's or a
 * programme's issuer: two lists joined by OR) gathers its measures and sorts them, so the
 * sort guard bounds it: its candidates are counted up to the sort budget + 1, and past the
 * budget the list is refused.
 */
import t from 'tap';
import { listRecords } from '../../src/queries/entity.js';
import { measures } from '../../src/queries/measures.js';
import { fixtureApp } from '../helpers/fixture-db.js';
import { withBoundsOn } from '../helpers/bounds.js';
import { planOf, statementsOn } from '../helpers/plans.js';

const app = await fixtureApp();
const db = app.db;
const kind = db.$client.prepare('SELECT kind FROM documents GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
const issuer = db.$client.prepare('SELECT issuer_id FROM documents WHERE issuer_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;

for (const [name, filters, index] of [['kind', { kind }, 'documents_kind'], ['dateFrom', { dateFrom: '2000' }, 'documents_date']] as const) {
  t.test(`${name}: a list of documents by their index, their measures in order, stopped at the page`, async (t) => {
    const run = statementsOn(/FROM "measures"/, () => listRecords(db, measures, filters, { limit: 2 }));
    const list = run.find((r) => /ORDER BY/.test(r.sql))!;
    t.match(list.sql, /LIMIT \?$/, 'a page');
    t.equal(list.params.at(-1), 3, 'of the page size and one more');
    const plan = planOf(db, list.sql, list.params);
    t.ok(plan.some((step) => step.includes(`USING INDEX ${index}`) || step.includes(`USING COVERING INDEX ${index}`)), `documents by ${index}: ${plan.join(' | ')}`);
    t.ok(plan.some((step) => /SEARCH m USING (COVERING )?INDEX measures_document_ordinal \(document_id=\?\)/.test(step)), 'each document\'s measures by their index');
    t.notOk(plan.some((step) => /^SCAN m\b|TEMP B-TREE FOR ORDER BY/.test(step)), 'no scan of the measures, no sort of all of them');
  });
}

t.test('issuer: its measures sorted, so bounded by the sort guard', async (t) => {
  const all = listRecords(db, measures, { issuer }, { limit: 500, fields: ['id'] }).items;
  t.ok(all.length > 2, `${all.length} measures issued by ${issuer}`);
  t.same(withBoundsOn(db, { sortBudget: all.length }, () => listRecords(db, measures, { issuer }, { limit: 500, fields: ['id'] })).items, all, 'within the budget: answered');
  const run = statementsOn(/FROM "measures"/, () => t.throws(() => withBoundsOn(db, { sortBudget: 2 }, () => listRecords(db, measures, { issuer }, { limit: 1 })), { code: 'QUERY_TOO_BROAD', extra: { parameter: 'sort' } }, 'past it: refused'));
  t.same(run.map((r) => /^SELECT count\(\*\) FROM \(SELECT 1 FROM/.test(r.sql) && r.params.at(-1) === 3), [true], 'after one count of the budget + 1 candidates, and no list');
});
