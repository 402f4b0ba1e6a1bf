import { sql, type SQL } from 'drizzle-orm';
import t from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { ApiError } from '../../src/errors.js';
import { textFilter } from '../../src/queries/filters.js';
import { ftsQuery } from '../../src/queries/fulltext.js';
import { firstColumn } from '../../src/queries/sql.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';

const db = openReadOnly(fixtureDatabase());
t.teardown(() => db.$client.close());

/** Ids of `table alias` whose rows meet `condition`, sorted. */
const idsWhere = (table: string, alias: string, condition: SQL) => firstColumn<string>(db, sql`SELECT ${sql.raw(alias)}.id FROM ${sql.raw(table)} ${sql.raw(alias)} WHERE ${condition} ORDER BY 1`);

/** Refs of one kind matching `q`, straight from FTS5 with no range, sorted. */
const matching = (kind: string, q: string) =>
  (db.$client.prepare('SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = ? ORDER BY ref').pluck().all(ftsQuery(q), kind) as string[]).filter((v, i, all) => all.indexOf(v) === i);

/** Index rows of the documents' kinds matching `q`. */
const documentRows = (q: string) => db.$client.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND kind IN ('document', 'measure', 'figure')").pluck().get(ftsQuery(q)) as number;

t.test('under its limit the q filter selects what the index matches, for every kind', async (t) => {
  const cases: Array<[string, string, string, string]> = [
    ['measure', 'measures', 'm', 'politie'], ['figure', 'figures', 'f', 'politie'], ['document', 'documents', 'd', 'camera'],
    ['actor', 'actors', 'a', 'politie'], ['location', 'locations', 'l', 'gent'], ['theme', 'themes', 'th', 'camera'], ['programme', 'programmes', 'p', 'veiligheid'],
  ];
  for (const [kind, table, alias, q] of cases) {
    const filter = textFilter(kind as never, sql.raw(`${alias}.id`));
    const expected = matching(kind, q);
    t.ok(expected.length > 0, `${kind} ${q}: the fixture has matches`);
    t.same(idsWhere(table, alias, filter.where(db, q as never, 'q')), expected, `${kind} ${q}`);
  }
});

t.test('over its limit the q filter of a documents\' kind is refused before its set is read', async (t) => {
  const rows = documentRows('politie');
  t.ok(rows > 3, 'politie matches more than 3 rows of documents, measures and figures');
  for (const kind of ['measure', 'figure', 'document'] as const) {
    const filter = textFilter(kind, sql`x.id`, 3);
    let error: unknown;
    try {
      filter.where(db, 'politie' as never, 'q');
    } catch (e) {
      error = e;
    }
    t.ok(error instanceof ApiError, `${kind}: refused`);
    t.match(error, { code: 'QUERY_TOO_BROAD', status: 422, extra: { parameter: 'q' } }, `${kind}: 422 QUERY_TOO_BROAD on q`);
    t.doesNotThrow(() => textFilter(kind, sql`x.id`, rows).where(db, 'politie' as never, 'q'), `${kind}: at the limit it is read`);
  }
  const actors = textFilter('actor', sql`a.id`, 0);
  t.same(idsWhere('actors', 'a', actors.where(db, 'politie' as never, 'q')), matching('actor', 'politie'), 'the reference kinds (as many rows as the gazetteer) are never refused');
});
