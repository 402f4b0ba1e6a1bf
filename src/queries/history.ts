/**
 * Following changes: when each record was first seen and last modified (build version and
 * time, from `record_states` and `builds`), the `modifiedSince` filter every collection
 * takes, and the change log (`changes`) with keyset paging. The build writes these tables
 * (src/ingest/history.ts); here they are only read.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError } from '../errors.js';
import { changeActions } from '../vocabulary.js';
import type { EntityCollection } from './dataset.js';
import type { Column } from './entity.js';
import type { Refs } from './refs.js';
import type { FilterDef } from './filters.js';
import { afterCursorCondition, DEFAULT_LIMIT, encodeCursor, parseSort } from './pagination.js';
import { firstValue, rows } from './sql.js';

/** A point in the dataset's history: the build's version and time. */
export const stampSchema = z
  .object({
    version: z.string().describe('Dataset version of the build.'),
    at: z.string().describe('Build time (ISO 8601).'),
  })
  .meta({ id: 'Stamp', description: 'A build of the dataset: its version and time.' });
export type Stamp = z.infer<typeof stampSchema>;

/** The record fields every collection gains, in its schema. */
export const historyFields = {
  firstSeen: stampSchema.describe('The build that first published this record.'),
  lastModified: stampSchema.describe('The last build that changed this record (its own fields or the summaries it carries).'),
};
export const HISTORY_FIELD_NAMES = Object.keys(historyFields) as Array<keyof typeof historyFields>;

/**
 * The stamp of the build in `buildColumn` of the record's state, read for many records at
 * once. Both stamps read the same rows — the record's state with its first and last builds
 * (both are required references, so the joins drop nothing) — so the engine reads them
 * with one statement (entity.ts `compileBatches`).
 */
const stampColumn = (collection: string, idSql: string, build: 'fb' | 'lb'): Column => ({
  batch: {
    key: idSql,
    // The collection is a code constant (one of the entity collections), written as a literal so the statement text is one per collection.
    from: 'record_states r JOIN builds fb ON fb.seq = r.first_build JOIN builds lb ON lb.seq = r.last_build',
    on: (id) => sql`r.collection = ${sql.raw(`'${collection}'`)} AND r.id = ${id}`,
    row: { version: `${build}.version`, at: `${build}.built_at` },
    many: false,
  },
});

/** The `firstSeen` and `lastModified` columns of a collection whose id is `idSql`. */
export function historyColumns(collection: string, idSql: string): Record<keyof typeof historyFields, Column> {
  return {
    firstSeen: stampColumn(collection, idSql, 'fb'),
    lastModified: stampColumn(collection, idSql, 'lb'),
  };
}

/** A version or an ISO 8601 time, as `since` and `modifiedSince` take them. */
export const sinceSchema = z.string().min(1).max(40);

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The build that `since` names, as a sequence number: what comes after it is new. `since`
 * is a dataset version (a version that appears more than once — the data went back to an
 * earlier state — means its last build: the data was identical at each) or an ISO 8601
 * time (the last build at or before it; 0 before the first). Build times are taken to
 * increase with the builds.
 */
export function buildOfSince(db: Db, since: string, parameter: string): number {
  const seq = firstValue<number | null>(db, sql`SELECT max(seq) FROM builds WHERE version = ${since}`)!;
  if (seq !== null) return seq;
  if (ISO_TIME.test(since) && !Number.isNaN(Date.parse(since))) {
    return firstValue<number>(db, sql`SELECT coalesce(max(seq), 0) FROM builds WHERE built_at <= ${new Date(since).toISOString()}`)!;
  }
  throw new ApiError('INVALID_PARAMETER', `"${since}" is neither a version in this dataset's history nor an ISO 8601 time; the versions are those of /v1/changes.`, { parameter });
}

/** The `modifiedSince` filter of a collection: records created or changed by a build after `since`. */
export function modifiedSinceFilter(collection: string, idSql: SQL): FilterDef {
  return {
    schema: sinceSchema.describe('Only records created or modified after this dataset version (or ISO 8601 time). Deletions are listed by /v1/changes.'),
    where: (db, value: string, parameter) => sql`${idSql} IN (SELECT r.id FROM record_states r WHERE r.collection = ${collection} AND r.last_build > ${buildOfSince(db, value, parameter)})`,
  };
}

/** One entry of the change log. */
export const changeSchema = z
  .object({
    seq: z.number().int().describe('Position in the change log; increases with every change.'),
    action: z.enum(changeActions).describe('`deleted` entries are tombstones: the record no longer exists.'),
    collection: z.string().describe('Collection of the record (documents, measures, …).'),
    id: z.string().describe('Record id.'),
    url: z.string().describe('URL of the record (404 once deleted).'),
    build: stampSchema,
  })
  .meta({ id: 'Change', description: 'A record created, modified or deleted by a build.' });
export type ChangeRecord = z.infer<typeof changeSchema>;

/** The reference of a change: its `url` holds the id of a record of the change's collection. */
export const changeRefs: Refs = { url: (id: string, change: ChangeRecord) => ({ collection: change.collection as EntityCollection, id }) };

const CHANGE_KEYS = parseSort('seq', { seq: 'c.seq' }, 'c.seq');

/** The changes after `since` (all without it), in log order, one keyset page at a time. */
export function listChanges(db: Db, since: string | undefined, page: { limit?: number | undefined; cursor?: string | undefined }): { items: ChangeRecord[]; next: string | null } {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const after = since === undefined ? 0 : buildOfSince(db, since, 'since');
  const found = rows<Omit<ChangeRecord, 'build'> & Stamp>(
    db,
    sql`SELECT c.seq, c.action, c.collection, c.record_id AS id, c.record_id AS url, b.version, b.built_at AS at
     FROM changes c JOIN builds b ON b.seq = c.build WHERE c.build > ${after} AND ${afterCursorCondition(CHANGE_KEYS, page.cursor)} ORDER BY c.seq LIMIT ${limit + 1}`,
  );
  const more = found.length > limit;
  if (more) found.length = limit;
  const items = found.map(({ version, at, ...change }) => ({ ...change, build: { version, at } }));
  const last = items[items.length - 1];
  return { items, next: more && last ? encodeCursor(CHANGE_KEYS, [last.seq]) : null };
}

/** The builds of the history, oldest first. */
export function listBuilds(db: Db): Stamp[] {
  return rows<Stamp>(db, sql`SELECT version, built_at AS at FROM builds ORDER BY seq`);
}

/** When the data last changed: the time of the last build that changed a record (null for a database without history). */
export function lastChange(db: Db): string | null {
  return firstValue<string | null>(db, sql`SELECT b.built_at FROM builds b WHERE b.seq = (SELECT max(build) FROM changes)`) ?? null;
}
