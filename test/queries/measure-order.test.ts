/**
 * A measure's place in its document is unique (migration 0016): the lists of a programme's or a
 * document's measures in text order walk an index that holds the whole order, ties and all,
 * so SQLite neither sorts the page's rows by id in a temporary b-tree nor reads past its limit.
 */
import t from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { listRecords } from '../../src/queries/entity.js';
import { measures } from '../../src/queries/measures.js';
import { readTogether } from '../../src/queries/sql.js';
import { seedDatabase } from '../helpers/dataset.js';
import { planOf } from '../helpers/plans.js';
import { statementRuns } from '../helpers/statements.js';

const db = openReadOnly(seedDatabase());
t.teardown(() => db.$client.close());

/** The plan of every `SELECT` that `read` runs with `all`, by statement text. */
const plansOf = (read: () => unknown): Map<string, string[]> =>
  new Map(statementRuns(['all'], () => readTogether(db, read)).filter(({ sql }) => sql.startsWith('SELECT')).map(({ sql, params }) => [sql, planOf(db, sql, params)]));

t.test('the indexes of a measure’s place are unique', async (t) => {
  const unique = new Map((db.$client.pragma('index_list(measures)') as Array<{ name: string; unique: number }>).map((i) => [i.name, i.unique]));
  t.equal(unique.get('measures_document_ordinal'), 1, '(document_id, ordinal)');
  t.equal(unique.get('measures_programme'), 1, '(programme_id, document_id, ordinal)');
});

for (const [filter, column] of [['programme', 'programme_id'], ['document', 'document_id']] as const) {
  t.test(`a ${filter}'s measures in text order: the index holds the order, no tie sorted`, async (t) => {
    const id = db.$client.prepare(`SELECT ${column} FROM measures WHERE ${column} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string;
    const plans = plansOf(() => listRecords(db, measures, { [filter]: id }, { limit: 5 }));
    const [plan] = [...plans].filter(([source]) => source.includes('FROM "measures" "m"')).map(([, plan]) => plan);
    t.ok(plan?.some((step) => step.startsWith('SEARCH m USING INDEX')), `the page walks an index: ${plan?.join('; ')}`);
    t.notOk(plan?.some((step) => step.includes('TEMP B-TREE')), 'no temporary b-tree for the id');
  });
}
