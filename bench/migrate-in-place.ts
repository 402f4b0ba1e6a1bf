/**
 * `node --import tsx bench/migrate-in-place.ts DB`: brings a built database to this code's
 * schema without rebuilding it — for the 100k bench database, whose build takes hours.
 * Applies the pending migrations in one transaction (drizzle's migrator: each migration's
 * DDL and any `INSERT … SELECT` filling it), then gathers planner statistics again for every table
 * with an index that has none (a new index would otherwise be planned without the
 * `sqlite_stat1` rows its siblings have, or against older ones). The file is written in place: copy it first if it must survive a
 * failure. The server refuses a database whose migrations differ from its code's
 * (src/db/check.ts), so this is what lets a new index reach an existing corpus.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsDir } from '../src/paths.js';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: node --import tsx bench/migrate-in-place.ts DB');
  process.exit(2);
}
const sqlite = new Database(path, { fileMustExist: true });
try {
  const applied = () => sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  const before = applied();
  const started = performance.now();
  migrate(drizzle(sqlite), { migrationsFolder: migrationsDir });
  console.log(`${path}: ${applied() - before} migration(s) applied in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const hasStats = sqlite.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'").pluck().get() === 1;
  if (hasStats) {
    // Whole tables, not the new index alone: statistics gathered at different times disagree
    // (on the 10k corpus the build's said 1 819 figures per unit, a new index's 28 111), and
    // the planner then picks the index the older numbers flatter.
    // A table a migration wrote anew (0014: the same rows stored without rowid) lost its statistics with the old table, so it has none at all.
    const tables = sqlite.prepare("SELECT DISTINCT tbl_name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)").pluck().all() as string[];
    for (const table of tables) {
      const start = performance.now();
      sqlite.exec(`ANALYZE "${table.replaceAll('"', '""')}"`);
      console.log(`  statistics of ${table} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  }
} finally {
  sqlite.close();
}
