/**
 * What a build stores in `stored_counts` (stored-counts.ts: what the rows are and how a
 * request reads them): for every collection with facets, its whole set; for each entity's
 * `storedCounts` filters (the measures' place, theme and actor), the set of each record
 * holding more than the minimum; each with its exact size and every facet.
 *
 * Computed set-based: the sizes of every set of a filter with one GROUP BY over the table
 * holding its sets (FilterDef `links`: `measure_places` for a place with everything inside
 * it), then each facet of each large set from that set's own range of the table, cut at
 * FACET_LIMIT in a live facet's order (count, then value) — the rows a live count and facet
 * of each record give (test/queries/store-counts.test.ts holds that per-record path as the
 * oracle). Asking each of the thousands of places, themes and actors for its size, then each
 * large set for each facet with its set built first, cost 35 s of a 10k build's CPU.
 *
 * An incremental build keeps them by difference ({@link StoredCountsChange}): what the records
 * of the documents it deletes and loads add to each set and facet value is counted from those
 * records alone, and only the sets they touch are written again; the rows equal a clean build's.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { collectionEntities } from './collections.js';
import { idSql, type Entity } from './entity.js';
import { FACET_LIMIT, facetSql, type Facet } from './facets.js';
import { linkRows, linkRowsOfIds, type FilterDef, type LinkSets } from './filters.js';
import { byBytes, code, compiledStatement, firstValue, rows } from './sql.js';
import { STORED_COUNTS_KEY, STORED_COUNTS_MINIMUM, type StoredCountsDescription } from './stored-counts.js';

/** The entities whose counts are stored: those with facets. */
const storedEntities = (): Entity[] => Object.values(collectionEntities).filter((e) => Object.keys(e.facets).length > 0);

/** The description of what is stored (the `meta` row). */
function describe(entities: readonly Entity[], minimum: number): StoredCountsDescription {
  return {
    facetLimit: FACET_LIMIT,
    minimum,
    collections: Object.fromEntries(entities.map((e) => [e.collection, { filters: [...(e.storedCounts ?? [])], facets: Object.keys(e.facets) }])),
  };
}

/** A stored filter of an entity: one of its `storedCounts` whose sets are the listed records' own, read from a table of them. */
interface StoredFilter {
  name: string;
  def: FilterDef;
  links: LinkSets;
  /** The table of the records it names: only their sets are stored. */
  table: string;
}

function storedFilters(e: Entity): StoredFilter[] {
  return (e.storedCounts ?? []).flatMap((name) => {
    const def = e.filters[name]!;
    return def.setsOfListed === true && def.links !== undefined && def.table !== undefined ? [{ name, def, links: def.links, table: def.table }] : [];
  });
}

/** A JSON array as the list of a statement (`IN (…)`). */
const jsonList = (values: readonly string[]) => sql`SELECT value FROM json_each(${JSON.stringify(values)})`;

/**
 * Counts per set and value of facet `f` over `source`, rows (`key`, `id`) of sets and their
 * members: rows `key, value, count`, every value (what some records add to each set's facet).
 */
const facetCountsSql = (f: Facet, source: SQL): SQL =>
  sql`SELECT stored_set.key AS key, ${f.value} AS value, count(*) AS count FROM (${source}) stored_set, ${f.from} WHERE ${f.idColumn} = stored_set.id AND ${f.value} IS NOT NULL GROUP BY 1, 2`;

/**
 * Inserts the stored rows of facet `f` (named `facet`) of the set of each of `keys` of filter
 * `s`: its values most frequent first, then by value, cut at FACET_LIMIT, then named — what
 * facets.ts `facetSql` gives for the set alone, counted from the set's own range of the table
 * holding it rather than testing the facet's rows against the set built first. One statement,
 * run per set: each sorts its own values (one GROUP BY of every set's pairs at once, cut by a
 * window's rank, sorted them all together and cost half as much again at 10k).
 */
function insertTopValues(db: Db, collection: string, s: StoredFilter, facet: string, f: Facet, keys: readonly string[]) {
  const key = sql.placeholder('key');
  const counts = sql`SELECT ${f.value} AS value, count(*) AS count FROM (${linkRows(s.links, sql`${key}`)}) stored_set, ${f.from}
    WHERE ${f.idColumn} = stored_set.id AND ${f.value} IS NOT NULL GROUP BY 1 ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`;
  const [name, names] = f.names === undefined
    ? [sql`c.value`, sql``]
    : [sql`stored_name.${sql.identifier(f.names.column)}`, sql` JOIN ${sql.identifier(f.names.table)} stored_name ON stored_name.id = c.value`];
  const insert = compiledStatement(sql`INSERT INTO stored_counts (collection, filter, key, facet, value, name, count)
    SELECT ${collection}, ${s.name}, ${key}, ${facet}, c.value, ${name}, c.count FROM (${counts}) c${names}`);
  for (const k of keys) {
    const { stmt, params } = insert(db, { key: k });
    stmt.run(...params);
  }
}

/** Inserts the rows of the whole collection of `e`: its size (counted from its table: the facts in `meta` may be a previous build's) and every facet. */
function insertWholeSet(db: Db, e: Entity) {
  db.run(sql`INSERT INTO stored_counts (collection, filter, key, facet, value, name, count) SELECT ${e.collection}, '', '', '', '', '', count(*) FROM ${sql.identifier(e.table)}`);
  for (const [facet, f] of Object.entries(e.facets)) {
    db.run(sql`INSERT INTO stored_counts (collection, filter, key, facet, value, name, count) SELECT ${e.collection}, '', '', ${facet}, value, name, count FROM (${facetSql(f, null)})`);
  }
}

/**
 * Inserts the rows of the sets of filter `s` of `e` holding more than `minimum` records, among
 * those of the records `keys` selects (every record of its table when undefined): their sizes
 * with one statement, each facet of all of them with one more. Returns the keys stored.
 */
function insertLargeSets(db: Db, e: Entity, s: StoredFilter, minimum: number, keys?: SQL): string[] {
  const large = rows<{ key: string; size: number }>(db, sql`SELECT key, count(*) AS size FROM (${linkRows(s.links, keys)})
    WHERE key IN (SELECT id FROM ${sql.identifier(s.table)}) GROUP BY key HAVING count(*) > ${minimum}`);
  if (large.length === 0) return [];
  const stored = large.map((r) => r.key);
  db.run(sql`INSERT INTO stored_counts (collection, filter, key, facet, value, name, count)
    SELECT ${e.collection}, ${s.name}, j.value ->> 'key', '', '', '', j.value ->> 'size' FROM json_each(${JSON.stringify(large)}) j`);
  for (const [facet, f] of Object.entries(e.facets)) insertTopValues(db, e.collection, s, facet, f, stored);
  return stored;
}

/** Every row of `e`: its whole collection and the large sets of its stored filters. */
function insertEntity(db: Db, e: Entity, minimum: number) {
  insertWholeSet(db, e);
  for (const s of storedFilters(e)) insertLargeSets(db, e, s, minimum);
}

/**
 * Writes the rows again in the order a clean build writes them — per collection its whole set,
 * then each stored filter's sets by key; in each set its size, then each facet's values most
 * frequent first — so a file kept by difference holds them at a clean build's rowids
 * (test/ingest/identity.test.ts); the display names read again (a value's name may have changed).
 */
function writeInOrder(db: Db, entities: readonly Entity[]) {
  const setOrder = entities.flatMap((e) => ['', ...storedFilters(e).map((s) => s.name)].map((filter) => [e.collection, filter]));
  const facetOrder = entities.flatMap((e) => ['', ...Object.keys(e.facets)].map((facet) => [e.collection, facet]));
  // The orders as keyed tables: joined to JSON arrays (scanned for every row, by a concatenated name) they were
  // 0.1 s of a build's 0.2 s of this statement at 10k (35 000 rows).
  db.run(sql`CREATE TEMP TABLE stored_counts_set_order (collection TEXT, filter TEXT, position INTEGER, PRIMARY KEY (collection, filter)) WITHOUT ROWID`);
  db.run(sql`CREATE TEMP TABLE stored_counts_facet_order (collection TEXT, facet TEXT, position INTEGER, PRIMARY KEY (collection, facet)) WITHOUT ROWID`);
  db.run(sql`INSERT INTO temp.stored_counts_set_order SELECT j.value ->> 0, j.value ->> 1, j.key FROM json_each(${JSON.stringify(setOrder)}) j`);
  db.run(sql`INSERT INTO temp.stored_counts_facet_order SELECT j.value ->> 0, j.value ->> 1, j.key FROM json_each(${JSON.stringify(facetOrder)}) j`);
  db.run(sql`CREATE TEMP TABLE stored_counts_written AS SELECT * FROM stored_counts`);
  db.run(sql`DELETE FROM stored_counts`);
  for (const e of entities) {
    for (const [facet, f] of Object.entries(e.facets)) {
      if (f.names === undefined) continue;
      const [table, column] = [sql.identifier(f.names.table), sql.identifier(f.names.column)];
      const rowsOfFacet = sql`collection = ${e.collection} AND facet = ${facet}`;
      // As a live facet joins the names: a value without a record is not listed.
      db.run(sql`DELETE FROM temp.stored_counts_written WHERE ${rowsOfFacet} AND value NOT IN (SELECT id FROM ${table})`);
      db.run(sql`UPDATE temp.stored_counts_written SET name = (SELECT ${column} FROM ${table} WHERE id = value) WHERE ${rowsOfFacet}`);
    }
  }
  db.run(sql`INSERT INTO stored_counts (collection, filter, key, facet, value, name, count)
    SELECT w.collection, w.filter, w.key, w.facet, w.value, w.name, w.count FROM temp.stored_counts_written w
    JOIN temp.stored_counts_set_order s USING (collection, filter) JOIN temp.stored_counts_facet_order f USING (collection, facet)
    ORDER BY s.position, w.key, f.position, w.count DESC, w.value`);
  for (const table of ['stored_counts_written', 'stored_counts_set_order', 'stored_counts_facet_order']) db.run(sql`DROP TABLE ${sql.identifier('temp')}.${sql.identifier(table)}`);
}

/** Writes the `meta` row describing the stored rows. */
function writeDescription(db: Db, description: StoredCountsDescription) {
  db.run(sql`DELETE FROM meta WHERE key = ${STORED_COUNTS_KEY}`);
  db.run(sql`INSERT INTO meta (key, value) VALUES (${STORED_COUNTS_KEY}, ${JSON.stringify(description)})`);
}

/**
 * Computes every row of `stored_counts` of the file `db` writes, in place of those stored, and
 * the `meta` row describing them (sets of at most `minimum` records are left to be counted live).
 */
export function writeStoredCounts(db: Db, minimum = STORED_COUNTS_MINIMUM): void {
  const entities = storedEntities();
  db.run(sql`DELETE FROM stored_counts`);
  for (const e of entities) insertEntity(db, e, minimum);
  writeInOrder(db, entities);
  writeDescription(db, describe(entities, minimum));
}

/** A facet value and its count. */
export interface ValueCount {
  value: string;
  count: number;
}

/** A live facet's order: most frequent first, then by value (SQLite's order of text). */
const facetOrder = (a: ValueCount, b: ValueCount) => b.count - a.count || byBytes(a.value, b.value);

/**
 * The values a facet of one set stores after a change, from those it stored (`stored`, in a
 * facet's order, at most FACET_LIMIT) and the change of each value's count (`change`, non-zero),
 * or undefined when these do not tell (the facet is then counted again). A list shorter than
 * the limit holds every value of the set, so every count after the change is known. A full list
 * may have been cut: a value it does not hold, whose count grew, is counted (`countsOf`, the
 * exact counts after the change of the values given, those of the set); the values neither
 * held nor grown ranked after the last value held, and still do, so the list is known when at
 * least FACET_LIMIT known values rank before that last one (always when no held count fell).
 */
export function facetAfterChange(stored: readonly ValueCount[], change: ReadonlyMap<string, number>, countsOf: (values: string[]) => ReadonlyMap<string, number>): ValueCount[] | undefined {
  const complete = stored.length < FACET_LIMIT;
  const counts = new Map(stored.map((v) => [v.value, v.count]));
  const outside: string[] = [];
  for (const [value, by] of change) {
    const was = counts.get(value);
    if (was !== undefined) counts.set(value, was + by);
    else if (complete) counts.set(value, by);
    else if (by > 0) outside.push(value);
  }
  if (outside.length > 0) {
    const counted = countsOf(outside);
    for (const value of outside) counts.set(value, counted.get(value) ?? 0);
  }
  // A count below zero: the stored rows are not those of the records before the change.
  if ([...counts.values()].some((count) => count < 0)) return undefined;
  const known = [...counts].filter(([, count]) => count > 0).map(([value, count]) => ({ value, count })).sort(facetOrder);
  if (complete) return known.slice(0, FACET_LIMIT);
  const last = stored[stored.length - 1]!;
  return known.filter((v) => facetOrder(v, last) <= 0).length >= FACET_LIMIT ? known.slice(0, FACET_LIMIT) : undefined;
}

/**
 * For an entity whose records are a document's own, the statement of the ids (column `id`) of
 * its records from the documents a statement selects; undefined for the others (reference data,
 * small: counted again whole).
 */
export type RecordsOfDocuments = (e: Entity) => ((documents: SQL) => SQL) | undefined;

/** One set's stored rows, or its change: the size, and per facet the count of each value. */
interface SetCounts {
  size: number;
  facets: Map<string, Map<string, number>>;
}

/**
 * The stored counts of a copy (an incremental build) kept by difference: what the records of the
 * documents deleted (`removing`, before they go) and loaded (`adding`, once they are in) add to
 * each set's size and facet values is counted from those records alone (one statement per
 * filter and facet), then `apply` writes again only the sets that changed. Sets crossing the
 * minimum are counted whole (`insertLargeSets` over their keys); a facet whose stored list does
 * not tell the new one ({@link facetAfterChange}) is counted again for its set. The reference
 * collections (not a document's records) are counted again whole: they are small.
 */
export class StoredCountsChange {
  readonly #entities = storedEntities();

  constructor(private readonly db: Db, private readonly recordsOf: RecordsOfDocuments) {
    db.run(sql`CREATE TEMP TABLE stored_counts_change (collection TEXT NOT NULL, filter TEXT NOT NULL, key TEXT NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, count INTEGER NOT NULL)`);
  }

  /** What the records of the documents `documents` (a JSON array of ids) add, with `sign`. */
  #count(documents: string, sign: 1 | -1) {
    const { db } = this;
    const ofDocuments = sql`SELECT value FROM json_each(${documents})`;
    for (const e of this.#entities) {
      const records = this.recordsOf(e)?.(ofDocuments);
      if (records === undefined) continue;
      const ids = sql`SELECT id FROM (${records})`;
      const sets: Array<[filter: string, source: SQL]> = [['', sql`SELECT '' AS key, id FROM (${records})`], ...storedFilters(e).map((s): [string, SQL] => [s.name, linkRowsOfIds(s.links, ids)])];
      for (const [filter, source] of sets) {
        db.run(sql`INSERT INTO temp.stored_counts_change SELECT ${e.collection}, ${filter}, key, '', '', ${sign} * count(*) FROM (${source}) GROUP BY key`);
        for (const [facet, f] of Object.entries(e.facets)) {
          db.run(sql`INSERT INTO temp.stored_counts_change SELECT ${e.collection}, ${filter}, key, ${facet}, value, ${sign} * count FROM (${facetCountsSql(f, source)})`);
        }
      }
    }
  }

  /** Counts what the documents `documents` (a JSON array of ids) hold, before they are deleted. */
  removing(documents: string) {
    this.#count(documents, -1);
  }

  /** Counts what the documents `documents` (a JSON array of ids) hold, once loaded. */
  adding(documents: string) {
    this.#count(documents, 1);
  }

  /** Writes the stored counts after the change (every row again when the file's were stored otherwise: another minimum, another description, none). */
  apply(minimum = STORED_COUNTS_MINIMUM) {
    const { db } = this;
    const description = describe(this.#entities, minimum);
    try {
      if (firstValue<string>(db, sql`SELECT value FROM meta WHERE key = ${STORED_COUNTS_KEY}`) !== JSON.stringify(description)) {
        writeStoredCounts(db, minimum);
        return;
      }
      const changes = this.#changes();
      for (const e of this.#entities) {
        if (this.recordsOf(e) === undefined) {
          db.run(sql`DELETE FROM stored_counts WHERE collection = ${e.collection}`);
          insertEntity(db, e, minimum);
        } else this.#applyTo(e, changes.get(e.collection) ?? new Map(), minimum);
      }
      writeInOrder(db, this.#entities);
    } finally {
      db.run(sql`DROP TABLE temp.stored_counts_change`);
    }
  }

  /** The changes counted, per collection, per set (`filter` and `key`), without those that cancel out. */
  #changes(): Map<string, Map<string, SetCounts>> {
    const out = new Map<string, Map<string, SetCounts>>();
    const counted = rows<{ collection: string; filter: string; key: string; facet: string; value: string; count: number }>(this.db,
      sql`SELECT collection, filter, key, facet, value, sum(count) AS count FROM temp.stored_counts_change GROUP BY 1, 2, 3, 4, 5 HAVING sum(count) <> 0`);
    for (const { collection, filter, key, facet, value, count } of counted) {
      let sets = out.get(collection);
      if (sets === undefined) out.set(collection, (sets = new Map()));
      const id = JSON.stringify([filter, key]);
      let set = sets.get(id);
      if (set === undefined) sets.set(id, (set = { size: 0, facets: new Map() }));
      if (facet === '') set.size += count;
      else {
        let values = set.facets.get(facet);
        if (values === undefined) set.facets.set(facet, (values = new Map()));
        values.set(value, count);
      }
    }
    return out;
  }

  /** The rows stored for one set (`facet` '' its size), in their order; undefined when the set is not stored. */
  #stored(collection: string, filter: string, key: string): { size: number; facets: Map<string, ValueCount[]> } | undefined {
    const found = rows<{ facet: string; value: string; count: number }>(this.db, sql`SELECT facet, value, count FROM stored_counts WHERE collection = ${collection} AND filter = ${filter} AND key = ${key} ORDER BY rowid`);
    const size = found.find((r) => r.facet === '');
    if (size === undefined) return undefined;
    const facets = new Map<string, ValueCount[]>();
    for (const { facet, value, count } of found) if (facet !== '') facets.set(facet, [...(facets.get(facet) ?? []), { value, count }]);
    return { size: size.count, facets };
  }

  /** The exact counts of `values` of facet `f` in a set of `e` (the whole collection when `filter` is undefined), as they are now. */
  #valueCounts(e: Entity, f: Facet, filter: StoredFilter | undefined, key: string, values: readonly string[]): Map<string, number> {
    // A filter's set tested per row (FilterDef `each`) on the rows of those values alone, found by their index.
    const inSet = filter === undefined ? sql`` : sql` AND ${filter.def.each!(this.db, key as never, filter.name)}`;
    const listed = filter === undefined ? sql`` : sql` JOIN ${sql.identifier(e.table)} ${code(e.alias)} ON ${code(idSql(e))} = ${f.idColumn}`;
    const counted = rows<{ value: string; count: number }>(this.db, sql`SELECT ${f.value} AS value, count(*) AS count FROM ${f.from}${listed} WHERE ${f.value} IN (${jsonList(values)})${inSet} GROUP BY 1`);
    return new Map(counted.map((r) => [String(r.value), r.count]));
  }

  /** Writes again the sets of `e` that `changes` touch. */
  #applyTo(e: Entity, changes: ReadonlyMap<string, SetCounts>, minimum: number) {
    const { db } = this;
    const filters = new Map(storedFilters(e).map((s) => [s.name, s]));
    // Per filter, the keys of sets not stored that grew (they may now be above the minimum), and per facet the keys of sets whose facet is counted again.
    const grown = new Map<string, string[]>();
    const recount = new Map<string, Map<string, string[]>>();
    for (const [id, change] of changes) {
      const [filter, key] = JSON.parse(id) as [string, string];
      const s = filters.get(filter);
      if (filter !== '' && s === undefined) continue;
      const stored = this.#stored(e.collection, filter, key);
      if (stored === undefined) {
        if (filter !== '' && change.size > 0) grown.set(filter, [...(grown.get(filter) ?? []), key]);
        continue;
      }
      db.run(sql`DELETE FROM stored_counts WHERE collection = ${e.collection} AND filter = ${filter} AND key = ${key}`);
      const size = stored.size + change.size;
      if (filter !== '' && size <= minimum) continue;
      const values: ValueCount[] = [{ value: '', count: size }];
      const facetRows: Array<[string, ValueCount[]]> = [];
      for (const [facet, f] of Object.entries(e.facets)) {
        const after = facetAfterChange(stored.facets.get(facet) ?? [], change.facets.get(facet) ?? new Map(), (asked) => this.#valueCounts(e, f, s, key, asked));
        if (after === undefined) {
          let keys = recount.get(filter);
          if (keys === undefined) recount.set(filter, (keys = new Map()));
          keys.set(facet, [...(keys.get(facet) ?? []), key]);
        } else facetRows.push([facet, after]);
      }
      // Names are read again for every row when the rows are written in order (writeInOrder).
      const written = [...values.map((v) => ({ facet: '', ...v })), ...facetRows.flatMap(([facet, list]) => list.map((v) => ({ facet, ...v })))];
      db.run(sql`INSERT INTO stored_counts (collection, filter, key, facet, value, name, count)
        SELECT ${e.collection}, ${filter}, ${key}, j.value ->> 'facet', j.value ->> 'value', j.value ->> 'value', j.value ->> 'count' FROM json_each(${JSON.stringify(written)}) j`);
    }
    for (const [filter, byFacet] of recount) {
      for (const [facet, keys] of byFacet) {
        const f = e.facets[facet]!;
        if (filter === '') db.run(sql`INSERT INTO stored_counts (collection, filter, key, facet, value, name, count) SELECT ${e.collection}, '', '', ${facet}, value, name, count FROM (${facetSql(f, null)})`);
        else insertTopValues(db, e.collection, filters.get(filter)!, facet, f, keys);
      }
    }
    for (const [filter, keys] of grown) insertLargeSets(db, e, filters.get(filter)!, minimum, jsonList(keys));
  }
}
