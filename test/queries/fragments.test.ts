/**
 * Filters as drizzle `sql` fragments: values are always parameters, never text, so the
 * statement text depends on which filters are set and how many values they list, not on
 * the values (the prepared-statement cache stays bounded, and no value is ever SQL);
 * conditions compose with AND and OR without counting placeholders.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import t from 'tap';
import type { Db } from '../../src/db/client.js';
import { allOf, anyOf, dateRange, enumFilter, numberFilter, textFilter, whereClause, whereFragment } from '../../src/queries/filters.js';
import { measures } from '../../src/queries/measures.js';
import { relation } from '../../src/queries/related.js';
import { FACET_LIMIT, facetSql } from '../../src/queries/facets.js';
import { hitKinds, searchTypes } from '../../src/queries/search.js';
import { code, placeholderRow, positionalStatement, staticText, summaryFragment, toQuery } from '../../src/queries/sql.js';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

/** Text that looks like SQL or like the placeholders and patterns string building trips on. */
const nasty = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('?', "'", "' OR 1=1 --", '$&', ':set', '?, ?', 'j.value'));
const noDb = undefined as unknown as Db;

t.test('anyOf and allOf compose conditions with their parameters in order', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 1, maxLength: 6 }), (values) => {
        const condition = (v: string) => sql`(x.a = ${v} OR x.b = ${v})`;
        const any = toQuery(anyOf(values.map(condition)));
        const all = toQuery(allOf(values.map(condition)));
        const doubled = values.flatMap((v) => [v, v]);
        return (
          JSON.stringify(any.params) === JSON.stringify(doubled) &&
          JSON.stringify(all.params) === JSON.stringify(doubled) &&
          any.sql.split('?').length - 1 === doubled.length &&
          (values.length === 1 ? any.sql === '(x.a = ? OR x.b = ?)' : any.sql === `(${values.map(() => '(x.a = ? OR x.b = ?)').join(' OR ')})`) &&
          all.sql === values.map(() => '(x.a = ? OR x.b = ?)').join(' AND ')
        );
      }),
      { numRuns: 200 },
    ),
  );
  t.same(toQuery(allOf([])), { sql: '1', params: [] }, 'no condition holds for every row');
});

t.test('a value is a parameter, never text: the statement does not depend on it', async (t) => {
  const kind = enumFilter(['a', 'b'], (value) => sql`x.kind = ${value}`, 'k');
  const bound = numberFilter((value) => sql`x.value >= ${value}`, 'n');
  const { dateFrom, dateTo } = dateRange(sql`x.date`, 'date', (c) => sql`x.id IN (SELECT id FROM d WHERE ${c})`);
  const text = textFilter('measure', sql`x.id`);
  const textOf = (where: ReturnType<typeof kind.where>) => toQuery(where);
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(nasty, nasty, fc.double({ noNaN: true }), (a, b, n) => {
        const same = (f: (v: never) => ReturnType<typeof kind.where>, x: unknown, y: unknown) => textOf(f(x as never)).sql === textOf(f(y as never)).sql;
        return (
          same((v) => kind.where(noDb, v, 'kind'), a, b) &&
          same((v) => bound.where(noDb, v, 'valueMin'), n, 0) &&
          same((v) => dateFrom.where(noDb, v, 'dateFrom'), a, b) &&
          textOf(dateTo.where(noDb, a as never, 'dateTo')).params[0] === `${a}~` &&
          textOf(kind.where(noDb, a as never, 'kind')).params[0] === a
        );
      }),
      { numRuns: 200 },
    ),
  );
  // The text filter counts its matches first (a bounded read: src/queries/bounds.ts), so it needs a database.
  const app = await fixtureApp();
  const search = toQuery(text.where(app.db, 'camera' as never, 'q'));
  t.equal(search.sql, 'x.id IN (SELECT ref FROM search_index WHERE search_index MATCH ? AND rowid >= 0 AND kind = ?)');
  t.equal(search.params[1], 'measure', 'the indexed kind too is a parameter');
});

t.test('reference filters: one condition per named record, OR-ed; the text depends on their number only', async (t) => {
  const app = await fixtureApp();
  const [a, b] = Object.values(fixture.docs).map((d) => d!.id);
  const one = toQuery(whereFragment(app.db, measures.filters, { document: a }));
  t.same(one, { sql: 'm.document_id = ?', params: [a] });
  const two = toQuery(whereFragment(app.db, measures.filters, { document: `${a},${b}` }));
  t.same(two, { sql: '(m.document_id = ? OR m.document_id = ?)', params: [a, b] });
  const combined = whereClause(app.db, measures.filters, { document: a, statementKind: 'commitment' });
  t.same(combined, toQuery(whereFragment(app.db, measures.filters, { document: a, statementKind: 'commitment' })), 'whereClause is the text of the fragment');
  t.equal(combined.sql, 'm.document_id = ? AND m.statement_kind = ?');
  t.same(combined.params, [a, 'commitment']);
  const located = toQuery(whereFragment(app.db, measures.filters, { location: 'gent' }));
  t.equal(located.sql.split('?').length - 1, 1, 'a place: its id once');
  t.same(located.params, ['gent']);
});

t.test("a relation's join is static SQL: a parameter in it is refused when the relation is defined", async (t) => {
  t.throws(() => relation(measures, sql`measures m ON m.document_id = ${'doc'}`), /takes no parameters/);
  t.doesNotThrow(() => relation(measures, sql`measures m ON m.document_id = j.value`));
  t.throws(() => relation(measures, { where: sql`m.document_id = ${'doc'}` }), /takes no parameters/, 'nor in the condition of the entity\'s own rows');
  t.doesNotThrow(() => relation(measures, { where: sql`m.document_id = j.value` }));
});

t.test("a facet's statement carries the filtered set's parameters, then its limit; its text does not depend on the values", async (t) => {
  const setOf = (value: string) => sql`SELECT m.id FROM measures m WHERE m.document_id = ${value}`;
  const theme = measures.facets.theme!;
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const [x, y] = [toQuery(facetSql(theme, setOf(a))), toQuery(facetSql(theme, setOf(b)))];
        return x.sql === y.sql && JSON.stringify(x.params) === JSON.stringify([a, FACET_LIMIT]);
      }),
      { numRuns: 200 },
    ),
  );
  const whole = toQuery(facetSql(theme, null));
  t.same(whole.params, [FACET_LIMIT], 'over the whole collection: the limit only');
  t.notMatch(whole.sql, /\bIN \(/, 'no set of ids over the whole collection');
});

t.test('search kinds: one parameter per kind', async (t) => {
  t.same(toQuery(hitKinds(undefined)), { sql: 'kind IN (?, ?, ?)', params: [...searchTypes] });
  t.same(toQuery(hitKinds('figure')), { sql: 'kind IN (?)', params: ['figure'] });
});

t.test('SQL written in code as text: refused when it holds a parameter', async (t) => {
  t.equal(staticText(sql`x.a = ${sql.identifier('b')}`), 'x.a = "b"');
  t.throws(() => staticText(sql`x.a = ${'b'}`), /takes no parameters/);
  t.equal(staticText(summaryFragment('documents', code('m.document_id'), code('s.title'))), 'json((SELECT json_object(\'id\', s.id, \'name\', s.title, \'url\', s.id) FROM "documents" s WHERE s.id = m.document_id))');
});

t.test('positional statements: placeholders only, bare or wrapped in a column Param by the query builder', async (t) => {
  // Db is typed with the app's schema; the statement helpers only use the connection.
  const db = drizzle(new Database(':memory:')) as unknown as Db;
  const pairs = sqliteTable('pairs', { a: integer('a').notNull(), b: text('b') });
  db.run(sql`CREATE TABLE pairs (a INTEGER NOT NULL, b TEXT)`);
  const raw = positionalStatement(db, sql`SELECT * FROM (VALUES ${placeholderRow('a', 'b')})`);
  t.same(raw.raw().get(1, 2), [1, 2], 'bound by position, in the placeholders\' order');
  const insert = positionalStatement(db, db.insert(pairs).values({ a: sql.placeholder('a'), b: sql.placeholder('b') }).getSQL());
  insert.run(7, 'seven');
  t.same(db.select().from(pairs).all(), [{ a: 7, b: 'seven' }], 'a query builder\'s Param-wrapped placeholders are placeholders');
  t.throws(() => positionalStatement(db, sql`SELECT ${'a value'}`), /placeholders only/, 'a value is refused: it would be bound once for every row');
});
