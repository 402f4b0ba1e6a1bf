/**
 * The history of a full load reads records a page at a time, and a collection whose records grow
 * with the corpus (a series carries all its points) within a budget of points: with small pages
 * the step reads the expected pages and writes the same history rows as with the default ones.
 * The previous build's history is streamed from its file, not read whole.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { openForBuild } from '../../src/db/client.js';
import { carryHistory, EMPTY_HISTORY, HISTORY_PAGING, historyInMemory, previousHistory, type HistoryPaging, type HistorySource } from '../../src/ingest/history.js';
import { historyCollections, type HistoryCollection } from '../../src/queries/collections.js';
import { FIXTURE_BUILT_AT, fixtureDatabase } from '../helpers/fixture-db.js';

const work = mkdtempSync(join(tmpdir(), 'blauwdruk-history-paging-'));
t.teardown(() => rmSync(work, { recursive: true, force: true }));

const HISTORY_ROWS = ['SELECT seq, version, built_at FROM builds ORDER BY seq', 'SELECT * FROM record_states ORDER BY collection, id', 'SELECT * FROM changes ORDER BY seq'];
const historyOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return HISTORY_ROWS.map((q) => db.prepare(q).raw().all());
  } finally {
    db.close();
  }
};

/** The fixture's history written again by `carryHistory` with `paging`, and the pages it read. */
function rewrite(name: string, paging: Omit<HistoryPaging, 'onPage'>, previous: HistorySource = historyInMemory(EMPTY_HISTORY)) {
  const path = join(work, `${name}.db`);
  copyFileSync(fixtureDatabase(), path);
  const pages: Array<[HistoryCollection, string[]]> = [];
  const db = openForBuild(path);
  try {
    const version = db.values<[string]>(sql`SELECT value FROM meta WHERE key = 'version'`)[0]![0];
    db.transaction(() => {
      for (const table of ['changes', 'record_states', 'builds']) db.run(sql`DELETE FROM ${sql.identifier(table)}`);
      carryHistory(db, previous, version, FIXTURE_BUILT_AT, { ...paging, onPage: (c, ids) => pages.push([c, [...ids]]) });
    });
  } finally {
    db.$client.close();
  }
  return { history: historyOf(path), pages };
}

const counts = (() => {
  const db = new Database(fixtureDatabase(), { readonly: true });
  try {
    return Object.fromEntries(historyCollections.map((c) => [c, db.prepare(`SELECT count(*) FROM "${c}"`).pluck().get() as number]));
  } finally {
    db.close();
  }
})();
const seriesPoints = (() => {
  const db = new Database(fixtureDatabase(), { readonly: true });
  try {
    return new Map(db.prepare('SELECT id, points FROM series').raw().all() as Array<[string, number]>);
  } finally {
    db.close();
  }
})();

t.test('the default pages write the history a full load wrote', async (t) => {
  t.same(rewrite('default', HISTORY_PAGING).history, historyOf(fixtureDatabase()));
});

t.test('two records a page: every collection read in ceil(n / 2) pages, the same history', async (t) => {
  t.ok(counts.series! >= 2 && [...seriesPoints.values()].every((p) => p >= 1), 'the fixture has series with points');
  const { history, pages } = rewrite('two', { ids: 2, points: 1_000 });
  t.same(history, historyOf(fixtureDatabase()));
  for (const c of historyCollections) {
    const of = pages.filter(([collection]) => collection === c).map(([, ids]) => ids);
    t.equal(of.length, Math.ceil(counts[c]! / 2), `${c}: pages`);
    t.ok(of.every((ids) => ids.length <= 2), `${c}: at most two records a page`);
    t.equal(new Set(of.flat()).size, counts[c], `${c}: every record once`);
  }
});

t.test('a points budget below two series cuts their page in two, with the same history', async (t) => {
  const budget = Math.max(...seriesPoints.values());
  const { history, pages } = rewrite('points', { ids: 2, points: budget });
  t.same(history, historyOf(fixtureDatabase()));
  const series = pages.filter(([c]) => c === 'series').map(([, ids]) => ids);
  t.equal(series.length, counts.series, 'one series a page');
  for (const ids of series) t.ok(ids.length === 1 || ids.reduce((sum, id) => sum + seriesPoints.get(id)!, 0) <= budget, 'within the budget');
  t.equal(pages.filter(([c]) => c === 'measures').length, Math.ceil(counts.measures! / 2), 'other collections are paged by records alone');
});

t.test('the previous history streamed from its file: the same version again changes nothing', async (t) => {
  const { history } = rewrite('again', HISTORY_PAGING, previousHistory(fixtureDatabase()));
  t.same(history, historyOf(fixtureDatabase()));
  t.same(rewrite('none', HISTORY_PAGING, previousHistory(join(work, 'missing.db'))).history, historyOf(fixtureDatabase()), 'no file: every record created, as the first build');
});
