/**
 * Follow changes across builds. After a build has loaded its records, compare them with the
 * records of the previous database at the target path (ids are stable, so a record is
 * matched exactly by collection and id) and carry the history forward: the builds that
 * changed something, each record's first and last build, and the change log of records
 * created, modified and deleted. A record is modified when its published representation
 * changes (history fields aside): its own fields or the summaries of related records it
 * carries, e.g. a measure whose document was retitled. A build that changes nothing adds
 * no build (unless the version moved through data no collection shows, e.g. mentions).
 */
import { hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { placeholderRow, positionalStatement, statement } from '../queries/sql.js';
import { collectionEntities, historyCollections, type HistoryCollection } from '../queries/collections.js';
import { iterateRecords, recordsByIds } from '../queries/entity.js';
import { HISTORY_FIELD_NAMES } from '../queries/history.js';
import type { ChangeAction } from '../vocabulary.js';
import { insertAll } from './insert.js';

type Build = typeof t.builds.$inferSelect;
type RecordState = typeof t.recordStates.$inferSelect;
type Change = typeof t.changes.$inferSelect;

/** The history held by a database: empty for none, or one built before history was kept. */
export interface History {
  builds: Build[];
  states: RecordState[];
  changes: Change[];
}

/** The history of no database: every record is new. */
export const EMPTY_HISTORY: History = { builds: [], states: [], changes: [] };

/**
 * A previous build's history as {@link carryHistory} reads it: its builds (one row per build
 * that changed something), and its record states and change log streamed in key order, so a
 * history of millions of records is never held in memory.
 */
export interface HistorySource {
  builds: Build[];
  states(): Iterable<RecordState>;
  changes(): Iterable<Change>;
}

/** A history held in memory as a {@link HistorySource}. */
export const historyInMemory = (history: History): HistorySource => ({ builds: history.builds, states: () => history.states, changes: () => history.changes });

/** Whether the database holds a history (a file from before history was kept does not). */
const hasHistory = (sqlite: Database.Database) =>
  drizzle(sqlite).values<[number]>(sql`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('builds', 'record_states', 'changes')`)[0]?.[0] === 3;

/** Opens the database at `path` read-only, or undefined when there is none with a history there. */
function openWithHistory(path: string): Database.Database | undefined {
  if (!existsSync(path)) return undefined;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    if (hasHistory(sqlite)) return sqlite;
  } catch {
    // Unreadable: as if there were no database.
  }
  sqlite?.close();
  return undefined;
}

/** The rows of `query` in the database at `path`, read when iterated, on a connection of their own closed at the end. */
function streamedRows<T>(path: string, query: SQL): Iterable<T> {
  return {
    * [Symbol.iterator]() {
      const sqlite = openWithHistory(path);
      if (!sqlite) return;
      try {
        const { stmt, params } = statement(drizzle(sqlite), query);
        yield * (stmt.iterate(...params) as IterableIterator<T>);
      } finally {
        sqlite.close();
      }
    },
  };
}

/**
 * The history in the database at `path`, or none when there is no readable database with
 * history there (the first build, or a file from before history was kept: every record
 * then counts as created). Its builds are read now; its states and changes when iterated.
 */
export function previousHistory(path: string): HistorySource {
  const sqlite = openWithHistory(path);
  if (!sqlite) return historyInMemory(EMPTY_HISTORY);
  try {
    return {
      builds: drizzle(sqlite).select().from(t.builds).orderBy(t.builds.seq).all(),
      states: () => streamedRows<RecordState>(path, sql`SELECT collection, id, digest, first_build AS firstBuild, last_build AS lastBuild FROM record_states ORDER BY collection, id`),
      changes: () => streamedRows<Change>(path, sql`SELECT seq, build, collection, record_id AS recordId, action FROM changes ORDER BY seq`),
    };
  } finally {
    sqlite.close();
  }
}

/** The fields of a collection's records that history compares: all but the history fields. */
const comparedFields = (collection: HistoryCollection) => Object.keys(collectionEntities[collection].columns).filter((f) => !(HISTORY_FIELD_NAMES as string[]).includes(f));
const digestOf = (record: unknown) => hash('sha256', JSON.stringify(record), 'hex').slice(0, 32);

/** Digest of every record of the collections (all by default) as published, history fields left out. */
export function recordDigests(db: Db, collections: readonly HistoryCollection[] = historyCollections): Map<string, string> {
  const digests = new Map<string, string>();
  for (const collection of collections) {
    for (const record of iterateRecords(db, collectionEntities[collection], {}, { fields: comparedFields(collection) })) {
      digests.set(stateKey(collection, (record as { id: string }).id), digestOf(record));
    }
  }
  return digests;
}

/**
 * The records that change only with the documents a build loads or deletes: the documents, their
 * measures and figures, and the series those figures are points of.
 */
export interface DocumentRecords {
  documents: string[];
  measures: string[];
  figures: string[];
  series: string[];
}

/** Collections whose records change only with the documents loaded or deleted; the others are reference data, small enough to compare whole. */
const DOCUMENT_COLLECTIONS = ['documents', 'measures', 'figures', 'series'] as const satisfies ReadonlyArray<keyof DocumentRecords & HistoryCollection>;
const REFERENCE_COLLECTIONS = historyCollections.filter((c) => !(DOCUMENT_COLLECTIONS as readonly string[]).includes(c));

/**
 * How many records history reads at once: `ids` records, and for a collection whose records grow
 * with the corpus (a series carries every one of its points) at most `points` of what they carry,
 * unless one record alone holds more. `onPage` is told each page read (for tests).
 */
export interface HistoryPaging {
  ids: number;
  points: number;
  onPage?: (collection: HistoryCollection, ids: readonly string[]) => void;
}

/** Pages of 500 records, of series at most 20 000 points (at 100 000 documents a series holds some 5 000, and 500 series all 6 million). */
export const HISTORY_PAGING: HistoryPaging = { ids: 500, points: 20_000 };

/** The column that says how much a record of the collection carries, for those whose records grow with the corpus. */
const RECORD_WEIGHT: Partial<Record<HistoryCollection, string>> = { series: 'points' };

/** `ids` (in their order) cut into the pages history reads: at most `paging.ids` records, and within the points budget where records carry points. */
export function* recordPages(db: Db, collection: HistoryCollection, ids: readonly string[], paging: HistoryPaging): Generator<string[]> {
  const weightColumn = RECORD_WEIGHT[collection];
  for (let i = 0; i < ids.length; i += paging.ids) {
    const chunk = ids.slice(i, i + paging.ids);
    if (weightColumn === undefined) {
      yield chunk;
      continue;
    }
    const { table } = collectionEntities[collection];
    const weights = new Map(db.values<[string, number]>(sql`SELECT id, ${sql.identifier(weightColumn)} FROM ${sql.identifier(table)} WHERE id IN (SELECT value FROM json_each(${JSON.stringify(chunk)}))`));
    let page: string[] = [];
    let weight = 0;
    for (const id of chunk) {
      const w = weights.get(id) ?? 0;
      if (page.length > 0 && weight + w > paging.points) {
        yield page;
        [page, weight] = [[], 0];
      }
      page.push(id);
      weight += w;
    }
    if (page.length > 0) yield page;
  }
}

/** Digests of some records of a collection, by id, read a page at a time. */
function digestsOf(db: Db, collection: HistoryCollection, ids: readonly string[], into: Map<string, string>, paging: HistoryPaging = HISTORY_PAGING) {
  for (const page of recordPages(db, collection, ids, paging)) {
    paging.onPage?.(collection, page);
    for (const record of recordsByIds(db, collectionEntities[collection], page, comparedFields(collection))) {
      if (record) into.set(stateKey(collection, (record as { id: string }).id), digestOf(record));
    }
  }
}

const stateKey = (collection: string, id: string) => `${collection}\u0000${id}`;
const splitKey = (key: string) => key.split('\u0000') as [string, string];

/**
 * The history after a build of `version` at `builtAt` whose records have `digests`,
 * given the `previous` history. Pure: the caller writes it.
 */
export function nextHistory(previous: History, digests: ReadonlyMap<string, string>, version: string, builtAt: string): History {
  const before = new Map(previous.states.map((s) => [stateKey(s.collection, s.id), s]));
  const diff: Array<[key: string, action: ChangeAction]> = [];
  for (const [key, digest] of digests) {
    const old = before.get(key);
    if (old === undefined) diff.push([key, 'created']);
    else if (old.digest !== digest) diff.push([key, 'modified']);
  }
  for (const key of before.keys()) if (!digests.has(key)) diff.push([key, 'deleted']);
  diff.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const lastBuild = previous.builds[previous.builds.length - 1];
  const newBuild = diff.length > 0 || lastBuild?.version !== version;
  const build: Build = newBuild ? { seq: (lastBuild?.seq ?? 0) + 1, version, builtAt } : lastBuild!;
  const changed = new Map(diff);
  const states = [...digests].map(([key, digest]): RecordState => {
    const [collection, id] = splitKey(key);
    const old = before.get(key);
    if (old === undefined) return { collection, id, digest, firstBuild: build.seq, lastBuild: build.seq };
    return { collection, id, digest, firstBuild: old.firstBuild, lastBuild: changed.has(key) ? build.seq : old.lastBuild };
  });
  let seq = previous.changes[previous.changes.length - 1]?.seq ?? 0;
  const changes = diff.map(([key, action]): Change => {
    const [collection, recordId] = splitKey(key);
    return { seq: ++seq, build: build.seq, collection, recordId, action };
  });
  return { builds: newBuild ? [...previous.builds, build] : previous.builds, states, changes: [...previous.changes, ...changes] };
}

/** Ids of a collection's records, `size` at a time in id order (its table's primary key). */
export function* idPages(db: Db, collection: HistoryCollection, size: number): Generator<string[]> {
  const { table } = collectionEntities[collection];
  for (let after = ''; ;) {
    const ids = db.all<{ id: string }>(sql`SELECT id FROM ${sql.identifier(table)} WHERE id > ${after} ORDER BY id LIMIT ${size}`).map((r) => r.id);
    if (ids.length > 0) yield ids;
    if (ids.length < size) return;
    after = ids[ids.length - 1]!;
  }
}

/** The digests of the records `ids` of a collection that exist, as `[id, digest]`, read a page at a time (see {@link HistoryPaging}). */
export function digestRecords(db: Db, collection: HistoryCollection, ids: readonly string[], paging: HistoryPaging = HISTORY_PAGING): Array<[id: string, digest: string]> {
  const digests = new Map<string, string>();
  digestsOf(db, collection, ids, digests, paging);
  return [...digests].map(([key, digest]) => [splitKey(key)[1], digest]);
}

/**
 * Every current record's digest, as {@link carryHistory} compares them with the previous
 * history: a temporary table on the build's connection, filled here a page at a time, or by the
 * caller from digests computed elsewhere (worker threads reading the committed file, see
 * load.ts) and put as they come.
 */
export class CurrentDigests {
  readonly #put: ReturnType<typeof positionalStatement>;

  constructor(private readonly db: Db) {
    db.run(sql`CREATE TEMP TABLE current_digests (collection TEXT NOT NULL, id TEXT NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (collection, id)) WITHOUT ROWID`);
    this.#put = positionalStatement(db, sql`INSERT INTO temp.current_digests (collection, id, digest) SELECT ${sql.placeholder('collection')}, value ->> 0, value ->> 1 FROM json_each(${sql.placeholder('digests')})`);
  }

  /** Puts a page of digests with one statement (the pairs as a JSON array; ids are ASCII): a statement run per record cost the build's thread 1.7 times the CPU (126 000 records: 0.51–0.59 s against 0.31–0.34). */
  put(collection: HistoryCollection, digests: Iterable<readonly [id: string, digest: string]>) {
    this.#put.run(collection, JSON.stringify(Array.isArray(digests) ? digests : [...digests]));
  }

  /** Digests every record of every collection here, a page of ids at a time. */
  fill(paging: HistoryPaging = HISTORY_PAGING) {
    for (const collection of historyCollections) {
      for (const ids of idPages(this.db, collection, paging.ids)) this.put(collection, digestRecords(this.db, collection, ids, paging));
    }
  }

  drop() {
    this.db.run(sql`DROP TABLE IF EXISTS temp.current_digests`);
  }
}

/**
 * Writes into the freshly loaded `db` (the build's version and time given) the history that
 * follows `previous` (the history of the database this build replaces; {@link EMPTY_HISTORY}
 * for none) and returns how many records this build created, modified and deleted. Runs in
 * the caller's transaction. The same history as {@link nextHistory}, but every record's
 * digest goes to a temporary table a page at a time and the comparison is SQL, so memory does
 * not grow with the corpus (at 100 000 documents there are some 19 million records). The
 * digests are computed here (`paging`), or were put into `current` by the caller.
 */
export function carryHistory(db: Db, previous: HistorySource, version: string, builtAt: string, paging: HistoryPaging = HISTORY_PAGING, current?: CurrentDigests): Record<ChangeAction, number> {
  const digests = current ?? new CurrentDigests(db);
  try {
    if (current === undefined) digests.fill(paging);
    db.run(sql`CREATE TEMP TABLE previous_states (collection TEXT NOT NULL, id TEXT NOT NULL, digest TEXT NOT NULL, first_build INTEGER NOT NULL, last_build INTEGER NOT NULL, PRIMARY KEY (collection, id)) WITHOUT ROWID`);
    const putState = positionalStatement(db, sql`INSERT INTO temp.previous_states (collection, id, digest, first_build, last_build) VALUES ${placeholderRow('collection', 'id', 'digest', 'firstBuild', 'lastBuild')}`);
    for (const s of previous.states()) putState.run(s.collection, s.id, s.digest, s.firstBuild, s.lastBuild);
    // The records created or modified, then those deleted; ordered as nextHistory orders them (ids are ASCII).
    const diff = sql`SELECT d.collection, d.id AS record_id, CASE WHEN p.digest IS NULL THEN 'created' ELSE 'modified' END AS action
        FROM temp.current_digests d LEFT JOIN temp.previous_states p ON p.collection = d.collection AND p.id = d.id
        WHERE p.digest IS NULL OR p.digest <> d.digest
      UNION ALL
      SELECT p.collection, p.id, 'deleted' FROM temp.previous_states p
        WHERE NOT EXISTS (SELECT 1 FROM temp.current_digests d WHERE d.collection = p.collection AND d.id = p.id)`;
    const counts = db.get<Record<ChangeAction, number>>(sql`SELECT count(*) FILTER (WHERE action = 'created') AS created, count(*) FILTER (WHERE action = 'modified') AS modified,
      count(*) FILTER (WHERE action = 'deleted') AS deleted FROM (${diff})`)!;
    const lastBuild = previous.builds[previous.builds.length - 1];
    const newBuild = counts.created + counts.modified + counts.deleted > 0 || lastBuild?.version !== version;
    const build: Build = newBuild ? { seq: (lastBuild?.seq ?? 0) + 1, version, builtAt } : lastBuild!;
    insertAll(db, t.builds, newBuild ? [...previous.builds, build] : previous.builds);
    db.run(sql`INSERT INTO record_states (collection, id, digest, first_build, last_build)
      SELECT d.collection, d.id, d.digest, coalesce(p.first_build, ${build.seq}), CASE WHEN p.digest IS NULL OR p.digest <> d.digest THEN ${build.seq} ELSE p.last_build END
      FROM temp.current_digests d LEFT JOIN temp.previous_states p ON p.collection = d.collection AND p.id = d.id ORDER BY d.collection, d.id`);
    let lastSeq = 0;
    insertAll(db, t.changes, (function* () {
      for (const change of previous.changes()) {
        lastSeq = change.seq;
        yield change;
      }
    })());
    db.run(sql`INSERT INTO changes (seq, build, collection, record_id, action)
      SELECT ${lastSeq} + row_number() OVER (ORDER BY collection, record_id), ${build.seq}, collection, record_id, action FROM (${diff}) ORDER BY collection, record_id`);
    return counts;
  } finally {
    digests.drop();
    db.run(sql`DROP TABLE IF EXISTS temp.previous_states`);
  }
}

const countActions = (added: Change[]): Record<ChangeAction, number> => ({
  created: added.filter((c) => c.action === 'created').length,
  modified: added.filter((c) => c.action === 'modified').length,
  deleted: added.filter((c) => c.action === 'deleted').length,
});

/** What an incremental build touched: the records of the documents it loaded and of those it deleted. */
export interface TouchedRecords {
  loaded: DocumentRecords;
  removed: DocumentRecords;
}

/**
 * {@link carryHistory} for a database that already holds the previous build's history (an
 * incremental build works on a copy): only the records that can have changed are compared, the
 * reference collections whole and the records of the documents loaded or deleted (with the series
 * their figures are points of), so the result equals comparing every record. The records of an unchanged document are unchanged:
 * what they publish comes from their own rows and from reference data (names and titles), and
 * a build starts incrementally only from the same reference data.
 */
export function carryHistoryOf(db: Db, touched: TouchedRecords, version: string, builtAt: string): Record<ChangeAction, number> {
  // A record loaded or deleted (a series may lose points and keep others) is compared; one deleted and not loaded again has no digest, so it is deleted.
  const touchedIds = (c: keyof DocumentRecords) => [...new Set([...touched.loaded[c], ...touched.removed[c]])];
  const ids = (c: keyof DocumentRecords) => JSON.stringify(touchedIds(c));
  const stateColumns = sql`collection, id, digest, first_build AS firstBuild, last_build AS lastBuild`;
  const states = [
    ...db.all<RecordState>(sql`SELECT ${stateColumns} FROM record_states WHERE collection IN (SELECT value FROM json_each(${JSON.stringify(REFERENCE_COLLECTIONS)}))`),
    ...DOCUMENT_COLLECTIONS.flatMap((c) => db.all<RecordState>(sql`SELECT ${stateColumns} FROM record_states WHERE collection = ${c} AND id IN (SELECT value FROM json_each(${ids(c)}))`)),
  ];
  const lastChange = db.all<Change>(sql`SELECT seq, build, collection, record_id AS recordId, action FROM changes ORDER BY seq DESC LIMIT 1`);
  const previous: History = { builds: db.all<Build>(sql`SELECT seq, version, built_at AS builtAt FROM builds ORDER BY seq`), states, changes: lastChange };
  const digests = recordDigests(db, REFERENCE_COLLECTIONS);
  for (const c of DOCUMENT_COLLECTIONS) digestsOf(db, c, touchedIds(c), digests);
  const next = nextHistory(previous, digests, version, builtAt);
  // The new build first: a state or change inserted before the build it names is a deferred
  // foreign-key violation, and the build's row, inserted then, had SQLite search record_states and
  // changes (millions of rows, no index on their build columns) for the rows it satisfies: 1 s of a
  // +1 build's CPU at 10 000 documents.
  insertAll(db, t.builds, next.builds.slice(previous.builds.length));
  // The compared records' states are replaced; every other record's state stands.
  db.run(sql`DELETE FROM record_states WHERE collection IN (SELECT value FROM json_each(${JSON.stringify(REFERENCE_COLLECTIONS)}))`);
  for (const c of DOCUMENT_COLLECTIONS) db.run(sql`DELETE FROM record_states WHERE collection = ${c} AND id IN (SELECT value FROM json_each(${ids(c)}))`);
  insertAll(db, t.recordStates, next.states);
  const added = next.changes.slice(previous.changes.length);
  insertAll(db, t.changes, added);
  return countActions(added);
}
