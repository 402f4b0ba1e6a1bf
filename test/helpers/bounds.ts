/**
 * Bounds changed for one read: the tests of the bounded queries lower a limit on the fixture
 * (a parameter of the database's query bounds, never a special case of the input).
 */
import type { Db } from '../../src/db/client.js';
import { queryBounds, setQueryBounds, type QueryBounds } from '../../src/queries/bounds.js';

/** Runs `read` with the bounds of `db` changed to `bounds`, then puts the old ones back. */
export function withBoundsOn<T>(db: Db, bounds: Partial<QueryBounds>, read: () => T): T {
  const before = queryBounds(db);
  setQueryBounds(db, bounds);
  try {
    return read();
  } finally {
    setQueryBounds(db, before);
  }
}
