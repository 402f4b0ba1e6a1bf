/**
 * The table digests of a built file (src/ingest/table-digests.ts) computed both ways in one
 * process, alternating: `rowsDigest` (each row's JSON written by SQLite where it is the text
 * JavaScript writes) and the definition (every row read into JavaScript and stringified there).
 * Prints the CPU ms of each per table (median of rounds) and fails if any digest differs.
 *
 *   node --import tsx bench/table-digest-cost.ts DB [ROUNDS]
 */
import { sql } from 'drizzle-orm';
import { openReadOnly } from '../src/db/client.js';
import { addRows, HASHED_TABLES, rowsDigest } from '../src/ingest/table-digests.js';
import { statement } from '../src/queries/sql.js';

const [path, roundsArg] = process.argv.slice(2) as [string, string?];
const rounds = Number(roundsArg ?? 3);
// As a digest worker opens the file (digest-pass.ts `digestSource`).
const db = openReadOnly(path, { mmapBytes: 0, cacheKiB: 16_000 });
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const defined = (table: string) => {
  const { stmt, params } = statement(db, sql`SELECT * FROM ${sql.identifier(table)}`);
  return addRows(0n, table, stmt.raw(true).iterate(...params) as Iterable<unknown[]>);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times = new Map<string, { before: number[]; after: number[] }>();
let differing = 0;
for (let round = 0; round < rounds; round++) {
  for (const table of HASHED_TABLES) {
    const t = times.get(table) ?? { before: [], after: [] };
    times.set(table, t);
    let at = cpuMs();
    const old = defined(table);
    t.before.push(cpuMs() - at);
    at = cpuMs();
    const now = rowsDigest(db, table);
    t.after.push(cpuMs() - at);
    if (old !== now) {
      differing++;
      process.stderr.write(`${table}: digests differ (${old.toString(16)} / ${now.toString(16)})\n`);
    }
  }
}
let before = 0;
let after = 0;
process.stdout.write('| table | rows | JavaScript CPU ms | SQLite JSON CPU ms |\n|---|---|---|---|\n');
for (const [table, t] of times) {
  const rows = db.values<[number]>(sql`SELECT count(*) FROM ${sql.identifier(table)}`)[0]![0];
  before += median(t.before);
  after += median(t.after);
  process.stdout.write(`| ${table} | ${rows} | ${median(t.before).toFixed(0)} | ${median(t.after).toFixed(0)} |\n`);
}
process.stdout.write(`| all | | ${before.toFixed(0)} | ${after.toFixed(0)} (${(after / before).toFixed(2)}×) |\n`);
db.$client.close();
if (differing > 0) process.exit(1);
