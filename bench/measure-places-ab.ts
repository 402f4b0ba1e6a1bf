/**
 * `measure_places` written two ways in one process, alternating, on a scratch file holding a
 * built file's tables it reads (measures, their places, the location tree): the statement of
 * main 7b0a005 (every joined row through one sort and a temporary b-tree for `DISTINCT`) and
 * the build's `insertMeasurePlaces` (src/ingest/load.ts: each measure's places sorted once, the
 * tree read by ancestor). Prints the CPU seconds of each round (the build's page cache, 64 MB)
 * and fails if the rows differ.
 *
 *   node --import tsx bench/measure-places-ab.ts BUILT.db SCRATCH.db [ROUNDS]
 *
 * BUILT.db is only read (the 10k file: `/work/main/bench-output/build-10000/blauwdruk.db`);
 * SCRATCH.db is made once if missing (some 360 MB at 10k), then written by every round.
 */
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openForBuild } from '../src/db/client.js';
import { FRESH_LOAD_CACHE_KIB, insertMeasurePlaces } from '../src/ingest/load.js';

const [built, scratch, roundsArg] = process.argv.slice(2) as [string, string, string?];
if (built === undefined || scratch === undefined) throw new Error('usage: bench/measure-places-ab.ts BUILT.db SCRATCH.db [ROUNDS]');
const rounds = Number(roundsArg ?? 3);
const fresh = !existsSync(scratch);
const db = openForBuild(scratch);
db.$client.pragma('foreign_keys = OFF');
db.$client.pragma(`cache_size = -${FRESH_LOAD_CACHE_KIB}`);
if (fresh) {
  db.run(sql`ATTACH ${built} AS built`);
  for (const table of ['measures', 'measure_locations', 'location_ancestors', 'measure_places']) {
    const definitions = db.values<[string, string]>(sql`SELECT type, sql FROM built.sqlite_schema WHERE tbl_name = ${table} AND sql IS NOT NULL ORDER BY type DESC`);
    for (const [type, definition] of definitions) if (type === 'table') db.run(sql.raw(definition));
    if (table !== 'measure_places') db.run(sql.raw(`INSERT INTO main.${table} SELECT * FROM built.${table}`));
    for (const [type, definition] of definitions) if (type === 'index') db.run(sql.raw(definition));
  }
  db.run(sql`DETACH built`);
}

const before = () => db.run(sql`INSERT INTO measure_places (ancestor_id, document_id, ordinal, measure_id)
  SELECT DISTINCT la.ancestor_id, m.document_id, m.ordinal, m.id
  FROM measure_locations ml JOIN location_ancestors la ON la.location_id = ml.location_id JOIN measures m ON m.id = ml.measure_id WHERE 1 ORDER BY 1, 2, 3, 4`);
const after = () => insertMeasurePlaces(db, sql`1`);
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
db.run(sql`CREATE TEMP TABLE expected AS SELECT * FROM measure_places WHERE 0`);
for (let round = 0; round < rounds; round++) {
  const line = [`round ${round + 1}`];
  for (const [name, write] of [['before', before], ['after', after]] as const) {
    db.run(sql`DELETE FROM measure_places`);
    const at = cpuSeconds();
    write();
    line.push(`${name} ${(cpuSeconds() - at).toFixed(2)} s`);
    // The same rows either way (a table without rowid: stored in its key's order whatever the insert order).
    if (db.values<[number]>(sql`SELECT count(*) FROM temp.expected`)[0]![0] === 0) db.run(sql`INSERT INTO temp.expected SELECT * FROM measure_places`);
    const [rows, missing, extra] = db.values<[number, number, number]>(sql`SELECT (SELECT count(*) FROM measure_places),
      (SELECT count(*) FROM (SELECT * FROM temp.expected EXCEPT SELECT * FROM measure_places)), (SELECT count(*) FROM (SELECT * FROM measure_places EXCEPT SELECT * FROM temp.expected))`)[0]!;
    if (missing + extra > 0) throw new Error(`${name}: the rows differ (${missing} missing, ${extra} more)`);
    line.push(`(${rows} rows)`);
  }
  console.log(line.join('  '));
}
db.$client.close();
