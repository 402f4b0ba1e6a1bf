/**
 * Properties of keyset cursors (fast-check): a cursor decodes to the values it was made
 * from under the same sort, and anything else — another sort, any other text — is an
 * INVALID_CURSOR error, never another failure.
 */
import fc from 'fast-check';
import t from 'tap';
import { ApiError } from '../../src/errors.js';
import { decodeCursor, encodeCursor, parseSort, type SortKey } from '../../src/queries/pagination.js';

const WHITELIST = { id: 'x.id', name: 'x.name', date: "coalesce(x.date, '')", value: 'x.value' };
const field = fc.constantFrom(...Object.keys(WHITELIST).filter((f) => f !== 'id'));

/** A valid sort of up to three distinct fields, each ascending or descending. */
const sort = fc.uniqueArray(field, { minLength: 0, maxLength: 3 }).chain((fields) =>
  fc.tuple(...fields.map((f) => fc.boolean().map((desc) => (desc ? '-' : '') + f))).map((parts) => parts.join(',')),
);
const keysOf = (s: string): SortKey[] => parseSort(s, WHITELIST, 'x.id');
/** A key value as SQLite returns it: text, an integer or a finite double (no -0, which JSON writes as 0). */
const keyValue = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)));

const isInvalidCursor = (error: unknown) => error instanceof ApiError && error.code === 'INVALID_CURSOR' && error.extra.parameter === 'cursor';

t.test('a cursor decodes to its values under its own sort', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(sort.chain((s) => fc.tuple(fc.constant(s), fc.array(keyValue, { minLength: keysOf(s).length, maxLength: keysOf(s).length }))), ([s, values]) => {
    const keys = keysOf(s);
    t.same(decodeCursor(keys, encodeCursor(keys, values)), values);
    return true;
  }), { numRuns: 300 }));
});

t.test('a cursor of another sort is INVALID_CURSOR', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(sort, sort, fc.array(keyValue, { maxLength: 4 }), (a, b, values) => {
    fc.pre(a !== b);
    const cursor = encodeCursor(keysOf(a), values.slice(0, keysOf(a).length));
    try {
      decodeCursor(keysOf(b), cursor);
      return false;
    } catch (error) {
      return isInvalidCursor(error);
    }
  }), { numRuns: 300 }));
});

t.test('any other text is INVALID_CURSOR or, if it happens to be a cursor of this sort, its values', async (t) => {
  const json = fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url'));
  t.doesNotThrow(() => fc.assert(fc.property(sort, fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), json), (s, text) => {
    try {
      const values = decodeCursor(keysOf(s), text);
      return values.length === keysOf(s).length;
    } catch (error) {
      return isInvalidCursor(error);
    }
  }), { numRuns: 1000 }));
});
