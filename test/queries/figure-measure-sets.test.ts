/**
 * The figures' filters on their measure's columns (`statementKind`, `programme`) are
 * membership in a set of measure ids, which SQLite builds whole (issue 12): declared as sets
 * (FilterDef `sets`, with a per-row test `each`), they are counted with a stop, refused past
 * the set limit by name, and tested per row when another filter's smaller set drives. Before,
 * `figures?statementKind=commitment` built a third of all measures' ids (270–410 ms of CPU at
 * 10k documents) only to be refused by the sort guard. On the fixture, bounds lowered.
 */
import t from 'tap';
import { listRecords } from '../../src/queries/entity.js';
import { figures } from '../../src/queries/figures.js';
import { withBoundsOn } from '../helpers/bounds.js';
import { fixtureApp } from '../helpers/fixture-db.js';
import { statementsOn } from '../helpers/plans.js';

const app = await fixtureApp();
const db = app.db;
const column = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).pluck().all(...params) as T[];
const figureIds = (filters: Record<string, unknown>) => listRecords(db, figures, filters, { limit: 500, fields: ['id'] }).items.map((f) => f.id).sort();
const isTooBroad = (parameter: string) => ({ name: 'ApiError', code: 'QUERY_TOO_BROAD', status: 422, extra: { parameter } });

const kind = 'commitment';
const kindSize = column<string>('SELECT id FROM measures WHERE statement_kind = ?', kind).length;
const byHand = column<string>('SELECT f.id FROM figures f JOIN measures m ON m.id = f.measure_id WHERE m.statement_kind = ? ORDER BY f.id', kind);
const programme = column<string>('SELECT programme_id FROM measures WHERE programme_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1')[0]!;
const programmeSize = column<string>('SELECT id FROM measures WHERE programme_id = ?', programme).length;

t.test('within the limit: the figures of the measures of that kind or programme', async (t) => {
  t.ok(kindSize > 3 && byHand.length > 0, `${kindSize} ${kind} measures, ${byHand.length} figures`);
  t.same(withBoundsOn(db, { setLimit: kindSize }, () => figureIds({ statementKind: kind })), byHand, 'a limit equal to the set');
  t.same(withBoundsOn(db, { setLimit: programmeSize }, () => figureIds({ programme })), column<string>('SELECT f.id FROM figures f JOIN measures m ON m.id = f.measure_id WHERE m.programme_id = ? ORDER BY f.id', programme));
});

t.test('past the limit: refused by name, after reading at most limit + 1 ids, never the set', async (t) => {
  const limit = 3;
  const run = statementsOn(/measures/, () => t.throws(() => withBoundsOn(db, { setLimit: limit }, () => figureIds({ statementKind: kind })), isTooBroad('statementKind')));
  t.ok(run.length > 0);
  for (const r of run) t.match(r.sql, /LIMIT \?/, `bounded: ${r.sql}`);
  t.ok(run.some((r) => r.params.includes(limit + 1)), 'counted to the limit + 1');
  t.throws(() => withBoundsOn(db, { setLimit: programmeSize - 1 }, () => figureIds({ programme })), isTooBroad('programme'));
});

t.test('beside a smaller set, tested on its rows: the kind is not built, and not refused', async (t) => {
  const place = 'gent';
  const filters = { location: place, statementKind: kind };
  const expected = column<string>('SELECT f.id FROM figures f JOIN measures m ON m.id = f.measure_id WHERE m.statement_kind = ? AND m.id IN (SELECT measure_id FROM measure_places WHERE ancestor_id = ?) ORDER BY f.id', kind, place);
  const placeSize = column<string>('SELECT measure_id FROM measure_places WHERE ancestor_id = ?', place).length;
  t.ok(placeSize < kindSize, `${placeSize} measures in ${place}`);
  let listed: string[] = [];
  const run = statementsOn(/"figures"/, () => (listed = withBoundsOn(db, { setLimit: placeSize }, () => figureIds(filters))));
  t.same(listed, expected, 'the same figures');
  const list = run.find((r) => /ORDER BY/.test(r.sql))!;
  t.match(list.sql, /EXISTS \(SELECT 1 FROM measures WHERE id = f\.measure_id AND statement_kind = \?\)/, 'the kind tested per row');
  t.notMatch(list.sql, /IN \(SELECT id FROM measures WHERE statement_kind/, 'its set not built');
});
