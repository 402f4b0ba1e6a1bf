/**
 * A list statement's ends are written once (issue 12, a list's fixed cost): its columns, sort
 * keys, tables and order hold no value, so drizzle writes them on a shape's first request;
 * later requests of the shape write only the condition, which holds their values. Drizzle
 * escapes every identifier it writes (the key aliases `_k0`…, the table and its alias), so a
 * request that writes none wrote neither ends nor tables again. The statements are kept per entity
 * object, and other test files of the same process (`npm test` runs a folder's files in one) may
 * have listed the same entities already: each case lists a copy of its entity, whose first request
 * is then its first.
 */
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import t from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { listRecords } from '../../src/queries/entity.js';
import { figures } from '../../src/queries/figures.js';
import { measures } from '../../src/queries/measures.js';
import { readTogether } from '../../src/queries/sql.js';
import { seedDatabase } from '../helpers/dataset.js';

const db = openReadOnly(seedDatabase());
t.teardown(() => db.$client.close());

/** The identifiers drizzle writes while `read` runs, and what `read` returns. */
function identifiersWritten<T>(read: () => T): { names: string[]; value: T } {
  const proto = SQLiteSyncDialect.prototype;
  const original = proto.escapeName;
  const names: string[] = [];
  proto.escapeName = function (this: SQLiteSyncDialect, name: string) {
    names.push(name);
    return original.call(this, name);
  };
  try {
    return { names, value: readTogether(db, read) };
  } finally {
    proto.escapeName = original;
  }
}

const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((r) => r.id);

/** A copy of an entity: the same lists, none of them written yet for it. */
const unlisted = <E extends object>(e: E): E => ({ ...e });

t.test('a list statement’s ends are written on its shape’s first request only, and pages stay right', async (t) => {
  const [first, second] = db.$client.prepare('SELECT programme_id FROM measures WHERE programme_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 2').pluck().all() as [string, string];
  const cases = [
    { name: 'a programme’s measures', e: unlisted(measures), filters: [{ programme: first }, { programme: second }], sort: undefined },
    { name: 'measures by date, descending', e: unlisted(measures), filters: [{ programme: first }, { programme: second }], sort: '-date' },
    { name: 'figures of a unit', e: unlisted(figures), filters: [{ unit: 'personeelsleden' }, { unit: 'mensen' }], sort: undefined },
  ];
  for (const { name, e, filters, sort } of cases) {
    const written = identifiersWritten(() => listRecords(db, e, filters[0]!, { limit: 1, sort }));
    t.ok(written.names.length > 0, `${name}: the first request writes the statement’s identifiers (${written.names.join(', ')})`);
    const again = identifiersWritten(() => listRecords(db, e, filters[1]!, { limit: 2, sort }));
    t.same(again.names, [], `${name}: another value and limit of the shape write none`);
    const withCursor = identifiersWritten(() => listRecords(db, e, filters[0]!, { limit: 2, sort, cursor: written.value.next! }));
    t.same(withCursor.names.filter((n) => /^_k\d$/.test(n)), [], `${name}: a page after a cursor writes no key column again`);
    const all = readTogether(db, () => listRecords(db, e, filters[0]!, { limit: 100, sort }));
    t.same(ids(written.value.items), ids(all.items).slice(0, 1), `${name}: the first page is the list’s start`);
    t.same(ids(withCursor.value.items), ids(all.items).slice(1, 3), `${name}: the page after the cursor continues it`);
  }
});
