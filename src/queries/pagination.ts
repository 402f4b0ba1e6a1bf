/**
 * Sorting and keyset pagination. A cursor is the sort key of the last row returned plus
 * its id, so the next page starts strictly after it whatever was inserted elsewhere and
 * however deep the page is: no OFFSET scans.
 */
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import { ApiError } from '../errors.js';

/** Default and maximum page sizes. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** One sort key: a non-NULL SQL expression (NULLs are coalesced so comparisons stay total). */
export interface SortKey {
  field: string;
  sql: string;
  desc: boolean;
}

/** Longest accepted sort text, and most fields a sort may name (the id is added after them). */
export const MAX_SORT_LENGTH = 100;
export const MAX_SORT_KEYS = 3;

const invalidSort = (detail: string) => new ApiError('INVALID_PARAMETER', detail, { parameter: 'sort' });

/** One `field` or `-field` of a sort, checked against the whitelist. */
function sortKey(part: string, whitelist: Readonly<Record<string, string>>): SortKey {
  const desc = part.startsWith('-');
  const field = desc ? part.slice(1) : part;
  const sql = Object.hasOwn(whitelist, field) ? whitelist[field] : undefined;
  if (sql === undefined) throw invalidSort(`Cannot sort by "${field}"; sortable fields: ${Object.keys(whitelist).join(', ')} (prefix "-" for descending).`);
  return { field, sql, desc };
}

/**
 * Parses `sort=-date,title` against a whitelist of field → SQL expression. The record id
 * is always the last key, so the order is total and cursors are unambiguous. At most
 * {@link MAX_SORT_KEYS} distinct fields in at most {@link MAX_SORT_LENGTH} characters:
 * this bounds the keyset condition, the ORDER BY and the number of distinct statements
 * (REST and GraphQL both sort through here).
 */
export function parseSort(sort: string, whitelist: Readonly<Record<string, string>>, idSql: string): SortKey[] {
  if (sort.length > MAX_SORT_LENGTH) throw invalidSort(`The sort is longer than ${MAX_SORT_LENGTH} characters.`);
  const parts = sort.split(',').filter(Boolean);
  if (parts.length > MAX_SORT_KEYS) throw invalidSort(`A sort names at most ${MAX_SORT_KEYS} fields; "${sort}" names ${parts.length}.`);
  const keys = parts.map((part) => sortKey(part, whitelist));
  const repeated = keys.find((k, i) => keys.findIndex((other) => other.field === k.field) !== i);
  if (repeated !== undefined) throw invalidSort(`The sort names "${repeated.field}" more than once.`);
  if (!keys.some((k) => k.sql === idSql)) keys.push({ field: 'id', sql: idSql, desc: false });
  return keys;
}

/** The canonical text of a sort, stored in cursors so a cursor cannot be replayed under another order. */
export const sortText = (keys: readonly SortKey[]) => keys.map((k) => (k.desc ? '-' : '') + k.field).join(',');

type KeyValue = string | number;

interface CursorPayload {
  s: string;
  k: KeyValue[];
}

/** The opaque cursor after a row whose sort-key values are `values`. */
export function encodeCursor(keys: readonly SortKey[], values: KeyValue[]): string {
  const payload: CursorPayload = { s: sortText(keys), k: values };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

const invalidCursor = (why: string) => new ApiError('INVALID_CURSOR', `The cursor is not valid for this request: ${why}. Use the "next" link of a previous page.`, { parameter: 'cursor' });

/** Decodes a cursor made by `encodeCursor` for the same sort; anything else is INVALID_CURSOR. */
export function decodeCursor(keys: readonly SortKey[], cursor: string): KeyValue[] {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('it is not base64url-encoded JSON');
  }
  const { s, k } = (payload ?? {}) as Partial<CursorPayload>;
  if (typeof s !== 'string' || !Array.isArray(k) || k.length !== keys.length || !k.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw invalidCursor('it was not issued by this API');
  }
  if (s !== sortText(keys)) throw invalidCursor(`it was issued for sort "${s}"`);
  return k;
}

/** A sort key's expression, from an entity's whitelist in code (never from a request). */
const keySql = (key: SortKey): SQL => sql.raw(key.sql);

/**
 * Condition selecting rows strictly after `values` in the order of `keys`:
 * (k0 > v0) OR (k0 = v0 AND k1 > v1) OR … — written out because directions may differ —
 * and the first key's bound on its own, k0 >= v0: SQLite cannot start an index scan at an
 * OR of terms, so without it a page deep into a list read every row before the cursor.
 * The values are parameters of the fragment, or placeholders (`sql.placeholder`) of a statement
 * compiled once and filled with each cursor's values.
 */
export function keysetCondition(keys: readonly SortKey[], values: ReadonlyArray<KeyValue | Placeholder>): SQL {
  const first = keys[0]!;
  const after = (key: SortKey, value: KeyValue | Placeholder) => sql`${keySql(key)} ${sql.raw(key.desc ? '<' : '>')} ${value}`;
  const ors = keys.map((key, i) => sql`(${sql.join([...keys.slice(0, i).map((k, j) => sql`${keySql(k)} = ${values[j]!}`), after(key, values[i]!)], sql` AND `)})`);
  return sql`(${keySql(first)} ${sql.raw(first.desc ? '<=' : '>=')} ${values[0]!} AND (${sql.join(ors, sql` OR `)}))`;
}

/**
 * The keys a page walks in: the sort's own for a page after a cursor; for a page before
 * one (GraphQL `last`/`before`), every direction flipped, so the rows nearest the cursor
 * come first and a LIMIT keeps them — the caller then reverses them into sort order.
 * Cursors stay those of the sort's own keys, so either walk can continue the other's.
 */
export const walkingKeys = (keys: readonly SortKey[], backward: boolean): readonly SortKey[] => (backward ? keys.map((k) => ({ ...k, desc: !k.desc })) : keys);

/**
 * The keyset condition for the rows after `cursor` (decoded against `keys`) — before it
 * when `backward` — or `1` without a cursor.
 */
export function afterCursorCondition(keys: readonly SortKey[], cursor: string | undefined, backward = false): SQL {
  return cursor === undefined ? sql`1` : keysetCondition(walkingKeys(keys, backward), decodeCursor(keys, cursor));
}

/** The `ORDER BY` terms of `keys`. */
export const orderByTerms = (keys: readonly SortKey[]): SQL => sql.join(keys.map((k) => (k.desc ? sql`${keySql(k)} DESC` : keySql(k))), sql`, `);

/** The values of sort `keys` as columns `_k0`, `_k1`, …, from which a row's cursor is made (`rowCursor` in entity.ts). */
export const keyColumnList = (keys: readonly SortKey[]): SQL => sql.join(keys.map((k, i) => sql`${keySql(k)} AS ${sql.identifier(`_k${i}`)}`), sql`, `);
