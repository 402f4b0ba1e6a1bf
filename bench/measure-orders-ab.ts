/**
 * The four tables that order measures for lists written from a built file's rows, alternately
 * in one process, by the statements of src/ingest/load.ts (`measureOrderWrites`) reading each
 * measure's (id, document_id, ordinal) from different places:
 *
 * - `measures`: from `measures` itself, through its id index and then the row (the statements as
 *   a fresh file ran them up to main 686591a, and as an incremental build still runs them);
 * - `keys`: from a narrow copy sorted by id (`withMeasureKeys`, what a fresh file now does), the
 *   copy's own making and dropping timed apart;
 * - `index` (with `--index SCRATCH.db`): from a covering index `measures(id, document_id, ordinal)`
 *   made for the run (`INDEXED BY`: the planner keeps the primary key's index otherwise) and
 *   dropped after. SQLite cannot make a temporary index on a table of another file, so this runs
 *   on SCRATCH.db, made once if missing from BUILT.db's tables the statements read, narrowed to the
 *   columns they read (`measures`' id, document_id and ordinal, `documents`' id and date) with
 *   their keys and indexes; there `keys` runs beside it, and `measures` does not (its cost is the
 *   random reads into the wide rows, which the narrowed table does not have). The index's and the
 *   copy's own times there read the narrow table, not the wide one.
 *
 * Prints the wall and CPU seconds of each statement (the build's page cache, 64 MB) and fails if
 * a table's rows differ between the ways (first round: a digest of every row in key order).
 *
 *   node --import tsx bench/measure-orders-ab.ts BUILT.db [ROUNDS] [--index SCRATCH.db]
 *
 * BUILT.db is only read (opened read-only). The rows go to temporary tables of the order tables'
 * names, which SQLite resolves before the file's own, so the statements run unchanged and nothing
 * but the temporary file (some 2 GB at 100k documents) is written. SCRATCH.db is some 2 GB at 100k.
 * BUILT.db carries the statistics of `ANALYZE`, which a build has not yet made when it writes these
 * tables: the date rows read from `measures` are then planned differently (documents scanned, each
 * one's measures by the document index, not `measures` scanned); the other plans are the build's.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../src/db/client.js';
import * as schema from '../src/db/schema.js';
import { FRESH_LOAD_CACHE_KIB, MEASURES, type MeasureKeys, measureOrderWrites, withMeasureKeys } from '../src/ingest/load.js';

const args = process.argv.slice(2);
const indexAt = args.indexOf('--index');
const scratch = indexAt >= 0 ? args.splice(indexAt, 2)[1] : undefined;
const [built, roundsArg] = args as [string, string?];
if (built === undefined || (indexAt >= 0 && scratch === undefined)) throw new Error('usage: bench/measure-orders-ab.ts BUILT.db [ROUNDS] [--index SCRATCH.db]');
const rounds = Number(roundsArg ?? 3);
const open = (path: string, readonly: boolean) => drizzle(new Database(path, { readonly, fileMustExist: readonly }), { schema }) as Db;

/** The tables the statements read, narrowed to the columns they read, with their keys and indexes (and the order tables, empty). */
function makeScratch(from: Db, path: string) {
  const to = open(path, false);
  to.$client.pragma('journal_mode = OFF');
  to.$client.pragma('foreign_keys = OFF');
  const definitions = (table: string) => from.values<[string]>(sql`SELECT sql FROM sqlite_schema WHERE tbl_name = ${table} AND sql IS NOT NULL ORDER BY type DESC`).map(([d]) => d);
  to.run(sql`CREATE TABLE measures (id text PRIMARY KEY NOT NULL, document_id text NOT NULL, ordinal integer NOT NULL)`);
  to.run(sql`CREATE TABLE documents (id text PRIMARY KEY NOT NULL, date text)`);
  for (const [table, other] of [['measure_themes', 'theme_id'], ['measure_actors', 'actor_id'], ['measure_locations', 'location_id']] as const) {
    to.run(sql`CREATE TABLE ${sql.identifier(table)} (measure_id text NOT NULL, ${sql.identifier(other)} text NOT NULL, PRIMARY KEY (measure_id, ${sql.identifier(other)})) WITHOUT ROWID`);
  }
  for (const table of ['location_ancestors', ...measureOrderWrites(from, MEASURES).map(([t]) => t)]) to.run(sql.raw(definitions(table).find((d) => d.startsWith('CREATE TABLE'))!));
  const copies: Array<[string, string]> = [
    ['measures', 'SELECT id, document_id, ordinal FROM measures ORDER BY rowid'],
    ['documents', 'SELECT id, date FROM documents ORDER BY rowid'],
    ['measure_themes', 'SELECT measure_id, theme_id FROM measure_themes ORDER BY 1, 2'],
    ['measure_actors', 'SELECT measure_id, actor_id FROM measure_actors ORDER BY 1, 2'],
    ['measure_locations', 'SELECT measure_id, location_id FROM measure_locations ORDER BY 1, 2'],
    ['location_ancestors', 'SELECT * FROM location_ancestors ORDER BY ancestor_id, location_id'],
  ];
  for (const [table, select] of copies) {
    // Row by row between two connections: BUILT.db stays read-only (an attached file would be opened for writing).
    const read = from.$client.prepare(select).raw();
    const insert = to.$client.prepare(`INSERT INTO "${table}" VALUES (${read.columns().map(() => '?').join(', ')})`);
    to.$client.transaction(() => {
      for (const row of read.iterate()) insert.run(row as unknown[]);
    })();
  }
  // The indexes the statements may use (not `measures`' other two, nor `documents`': only its key is read).
  for (const table of ['measures', 'measure_themes', 'measure_actors', 'measure_locations', 'location_ancestors']) {
    const indexes = definitions(table).filter((d) => /^CREATE (UNIQUE )?INDEX/.test(d) && (table !== 'measures' || d.includes('measures_document_ordinal')));
    for (const definition of indexes) to.run(sql.raw(definition));
  }
  to.$client.close();
}

if (scratch !== undefined && !existsSync(scratch)) {
  const from = open(built, true);
  const at = performance.now();
  makeScratch(from, scratch);
  from.$client.close();
  console.log(`made ${scratch} in ${((performance.now() - at) / 1000).toFixed(1)} s`);
}
const db = scratch === undefined ? open(built, true) : open(scratch, false);
db.$client.pragma(`cache_size = -${FRESH_LOAD_CACHE_KIB}`);
db.$client.pragma(`temp.cache_size = -${FRESH_LOAD_CACHE_KIB}`);
if (scratch !== undefined) db.$client.pragma('journal_mode = OFF');

const tables = measureOrderWrites(db, MEASURES).map(([table]) => table);
for (const table of tables) {
  const [definition] = db.values<[string]>(sql`SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = ${table}`)[0]!;
  db.run(sql.raw(definition.replace(/^CREATE TABLE/, 'CREATE TEMP TABLE')));
}

const clock = () => {
  const { user, system } = process.cpuUsage();
  return { wall: performance.now() / 1000, cpu: (user + system) / 1e6 };
};
type Clock = ReturnType<typeof clock>;
const since = (at: Clock) => {
  const now = clock();
  return `${(now.wall - at.wall).toFixed(1)}/${(now.cpu - at.cpu).toFixed(1)}`;
};

/** Runs the statements reading `keys`, each timed; `extra` names the time taken around them (the keys' making and dropping). */
function writeAll(keys: MeasureKeys, line: string[]) {
  for (const [table, write] of measureOrderWrites(db, keys)) {
    db.run(sql`DELETE FROM temp.${sql.identifier(table)}`);
    const at = clock();
    write();
    line.push(`${table.replace(/^measure_|_order$/g, '')} ${since(at)}`);
  }
}

const ways: Array<[string, (line: string[]) => void]> = [
  ...(scratch === undefined ? [['measures', (line: string[]) => writeAll(MEASURES, line)] as [string, (line: string[]) => void]] : []),
  ['keys', (line) => {
    let at = clock();
    withMeasureKeys(db, (keys) => {
      line.push(`copy ${since(at)}`);
      writeAll(keys, line);
      at = clock();
    });
    line.push(`drop ${since(at)}`);
  }],
];
if (scratch !== undefined) {
  ways.push(['index', (line) => {
    let at = clock();
    db.run(sql`CREATE INDEX measures_keys_ab ON measures (id, document_id, ordinal)`);
    line.push(`index ${since(at)}`);
    try {
      writeAll(sql`measures m INDEXED BY measures_keys_ab`, line);
    } finally {
      at = clock();
      db.run(sql`DROP INDEX measures_keys_ab`);
      line.push(`drop ${since(at)}`);
    }
  }]);
}

/** A digest of a table's rows in key order (the order tables are `WITHOUT ROWID`: stored in that order). */
function digest(table: string) {
  const hash = createHash('sha256');
  let rows = 0;
  for (const row of db.$client.prepare(`SELECT * FROM temp."${table}"`).raw().iterate()) {
    hash.update(JSON.stringify(row));
    rows++;
  }
  return `${rows}:${hash.digest('hex').slice(0, 16)}`;
}

const expected = new Map<string, string>();
console.log('wall/CPU s per statement (places = measure_places: own places and their ancestors)');
for (let round = 0; round < rounds; round++) {
  // Alternate which way goes first, so neither always finds the other's pages in the caches.
  const order = round % 2 === 0 ? ways : [...ways].reverse();
  for (const [name, run] of order) {
    const line: string[] = [];
    const at = clock();
    run(line);
    console.log(`round ${round + 1} ${name.padEnd(8)} total ${since(at)}  ${line.join('  ')}`);
    if (round > 0) continue;
    for (const table of tables) {
      const got = digest(table);
      if (!expected.has(table)) expected.set(table, got);
      else if (expected.get(table) !== got) throw new Error(`${name}: ${table} differs (${got} against ${expected.get(table)})`);
    }
  }
}
console.log(`rows equal across ways: ${[...expected].map(([table, d]) => `${table} ${d}`).join(', ')}`);
db.$client.close();
