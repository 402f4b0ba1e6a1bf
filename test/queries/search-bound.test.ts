import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fillPlaceholders } from 'drizzle-orm';
import t from 'tap';
import { openReadOnly } from '../../src/db/client.js';
import { migrationsDir } from '../../src/paths.js';
import { ftsQuery } from '../../src/queries/fulltext.js';
import { candidateOf, candidatesStatement, hitKinds, RANK_LIMIT, RANK_TEXT_LIMIT, search, type SearchHit } from '../../src/queries/search.js';
import { toQuery } from '../../src/queries/sql.js';
import { fixtureDatabase } from '../helpers/fixture-db.js';
import { planOf } from '../helpers/plans.js';

const db = openReadOnly(fixtureDatabase());
t.teardown(() => db.$client.close());

const UNBOUNDED = { rows: 1_000_000, characters: 1e12 };

/**
 * The number of tokens FTS5 holds for each row of `search_index`, from its own positions (an
 * fts5vocab table of instances, one row per token occurrence): the index keeps no length of
 * its own (`columnsize = 0`, migration 0014). Rows without a token are absent.
 */
function indexedTokens(path: string): Map<number, number> {
  // A connection of its own that may write: the vocabulary table is a temporary one, the file is not written.
  const connection = new Database(path);
  try {
    connection.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_instances USING fts5vocab(main, search_index, instance)');
    return new Map(connection.prepare('SELECT doc, count(*) FROM temp.search_instances GROUP BY doc').raw().all() as Array<[number, number]>);
  } finally {
    connection.close();
  }
}

/** Every hit of a search, page after page of `limit` by cursor, and the pages' flags. */
function allPages(q: string, limit: number, bounds: Parameters<typeof search>[2]) {
  const hits: SearchHit[] = [];
  const flags = new Set<string>();
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = search(db, { q, limit, cursor }, bounds);
    hits.push(...page.items);
    flags.add(`${page.rankingExact}/${page.ranked}`);
    cursor = page.next ?? undefined;
    pages++;
  } while (cursor !== undefined && pages < 1000);
  return { hits, pages, flags: [...flags] };
}

/** The matching index rows of the hit kinds, newest first: (rowid, kind, ref), straight from FTS5. */
const newestMatches = (q: string) =>
  db.$client.prepare('SELECT rowid, kind, ref FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC').all(ftsQuery(q)) as Array<{ rowid: number; kind: string; ref: string }>;

const HIT_KINDS = new Set(['measure', 'figure', 'document']);

t.test('below the bounds the ranking is exact and is FTS5\'s own bm25 ranking, scores and all', async (t) => {
  for (const q of ['politie', 'camera', 'camera politie', 'wijkagent', 'cocaine']) {
    const page = search(db, { q, limit: 500 });
    t.equal(page.rankingExact, true, `${q}: exact`);
    t.equal(page.ranked, page.items.length, `${q}: every hit ranked`);
    const fts = db.$client
      .prepare('SELECT ref, bm25(search_index) AS score FROM search_index WHERE search_index MATCH ? AND kind IN (\'measure\', \'figure\', \'document\') ORDER BY rank, rowid')
      .all(ftsQuery(q)) as Array<{ ref: string; score: number }>;
    t.ok(fts.length > 0, `${q}: matches`);
    t.same(page.items.map((h) => [h.id, h.score]), fts.map((r) => [r.ref, r.score]), `${q}: the same hits, order and scores as FTS5's bm25`);
  }
});

t.test('over the row bound only the newest matches are ranked, flagged, and cursors walk them once each', async (t) => {
  const q = 'politie';
  const matches = newestMatches(q);
  const cap = 7;
  t.ok(matches.length > cap + 3, 'the fixture has more matches than the cap');
  const ranked = matches.slice(0, cap).filter((m) => HIT_KINDS.has(m.kind));
  const whole = search(db, { q, limit: 500 }, { rows: cap, characters: 1e12 });
  t.equal(whole.rankingExact, false, 'flagged');
  t.equal(whole.ranked, ranked.length, 'ranked: the hits among the newest cap matches');
  t.same(whole.items.map((h) => h.id).sort(), ranked.map((m) => m.ref).sort(), 'exactly the newest cap matches of the hit kinds');
  t.equal(whole.next, null, 'no page past the ranked hits');
  const exact = new Map(search(db, { q, limit: 500 }, UNBOUNDED).items.map((h) => [h.id, h.score]));
  t.same(whole.items.map((h) => h.score), whole.items.map((h) => exact.get(h.id)), 'each score is the hit\'s bm25 over the whole index');
  t.same(whole.items.map((h) => h.score), [...whole.items.map((h) => h.score)].sort((a, b) => a - b), 'best first');
  for (const limit of [1, 2, 3]) {
    const { hits, pages, flags } = allPages(q, limit, { rows: cap, characters: 1e12 });
    t.same(hits.map((h) => h.id), whole.items.map((h) => h.id), `pages of ${limit}: the one ranking, no hit skipped or repeated`);
    t.equal(pages, Math.max(1, Math.ceil(ranked.length / limit)), `pages of ${limit}: no empty page at the end`);
    t.same(flags, [`false/${ranked.length}`], `pages of ${limit}: every page carries the same flag`);
  }
});

t.test('over the text bound reading stops at the row that reaches it', async (t) => {
  const q = 'politie';
  const matches = newestMatches(q);
  const page = search(db, { q, limit: 500 }, { rows: 1000, characters: 1 });
  t.equal(page.rankingExact, false, 'flagged');
  t.same(page.items.map((h) => h.id), HIT_KINDS.has(matches[0]!.kind) ? [matches[0]!.ref] : [], 'the newest match only');
  t.equal(search(db, { q, limit: 500 }, { rows: 1000, characters: 1e12 }).rankingExact, true, 'exact with room for the text');
});

t.test('the reference data\'s rows are neither read nor counted in the bound: never hits', async (t) => {
  const q = 'politie';
  const matches = newestMatches(q);
  const hits = matches.filter((m) => HIT_KINDS.has(m.kind));
  t.ok(hits.length < matches.length, 'the word also matches reference rows (actors, places)');
  const page = search(db, { q, limit: 500 }, { rows: hits.length, characters: 1e12 });
  t.equal(page.rankingExact, true, 'a bound of the hits\' number reads them all, and says so');
  t.equal(page.ranked, hits.length);
});

t.test('a type filter ranks the hits of that type among the matches read', async (t) => {
  const q = 'politie';
  const cap = 9;
  const measures = newestMatches(q).slice(0, cap).filter((m) => m.kind === 'measure');
  const page = search(db, { q, type: 'measure', limit: 500 }, { rows: cap, characters: 1e12 });
  t.same(page.items.map((h) => h.id).sort(), measures.map((m) => m.ref).sort());
  t.equal(page.ranked, measures.length);
});

t.test('the bounded statement streams the index newest first and stops: no sort, no scan of the matches', async (t) => {
  const { sql: text, params } = toQuery(candidatesStatement(hitKinds(undefined)));
  const values = fillPlaceholders(params, { match: ftsQuery('politie'), limit: RANK_LIMIT + 1 });
  t.match(text, /MATCH \? AND rowid >= 0 ORDER BY rowid DESC LIMIT \?\)/, 'a LIMIT ends the reading of the index, of the documents\' rows only');
  const plan = planOf(db, text, values).join('\n');
  t.match(plan, /VIRTUAL TABLE INDEX/, 'read through the FTS5 index');
  t.match(plan, /SEARCH r USING INTEGER PRIMARY KEY/, 'each row read from search_rows by its rowid, in one lookup');
  t.notMatch(plan, /docsize|search_index_content/, 'no other table read per row');
  t.notMatch(plan, /TEMP B-TREE/, 'FTS5 gives the rowid order itself: nothing is sorted, so the LIMIT stops the reading');
  t.same(db.$client.prepare(text).columns().map((c) => c.name), ['candidate'], 'one value per row (rowid, tokens and stems in one text): no array of three handed to JavaScript per candidate');
  t.same(candidateOf('4711 3 camera politie camera'), { rowid: 4711, tokens: 3, stems: 'camera politie camera' });
  t.same(candidateOf('12 0 '), { rowid: 12, tokens: 0, stems: '' }, 'a row without a word');
  t.ok(RANK_LIMIT > 0 && RANK_TEXT_LIMIT > 0);
});

t.test('search_rows holds the index\'s own rows, and each row\'s tokens are the number of tokens FTS5 indexed for it', async (t) => {
  const index = db.$client.prepare('SELECT rowid, kind, ref, body FROM search_index ORDER BY rowid').raw().all();
  const rows = db.$client.prepare('SELECT id, kind, ref, body FROM search_rows ORDER BY id').raw().all();
  t.ok(index.length > 100, 'the fixture has an index');
  t.same(rows, index, 'the index reads its columns from search_rows');
  t.same(db.$client.prepare("SELECT name FROM sqlite_schema WHERE name IN ('search_index_content', 'search_index_docsize')").pluck().all(), [], 'FTS5 keeps no copy of the rows and no record of their lengths');
  const counted = indexedTokens(fixtureDatabase());
  const sizes = db.$client.prepare('SELECT id, tokens, body FROM search_rows').raw().all() as Array<[number, number, string]>;
  t.same(sizes.filter(([id, tokens]) => tokens !== (counted.get(id) ?? 0)), [], 'tokens is FTS5\'s own count of the body\'s tokens, on every row');
  t.same(sizes.filter(([, tokens, body]) => tokens !== (body === '' ? 0 : body.split(' ').length)), [], 'which is the number of stems');
  t.ok(sizes.some(([, tokens]) => tokens >= 128), 'some rows are long');
});

t.test('the statistics in search_terms are the index\'s own, and migrations 0009 and later fill their tables in an existing database', async (t) => {
  const terms = (q: string) => db.$client.prepare('SELECT rows FROM search_terms WHERE term = ?').pluck().get(q);
  for (const stem of ['politie', 'camera', 'wijkagent']) {
    t.equal(terms(stem), db.$client.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck().get(`"${stem}"`), `${stem}: rows holding it`);
  }
  t.equal(terms(''), db.$client.prepare('SELECT count(*) FROM search_index').pluck().get(), 'the empty term: every row');
  const dir = mkdtempSync(join(tmpdir(), 'search-terms-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, 'before-0009.db');
  copyFileSync(fixtureDatabase(), copy);
  const before = new Database(copy);
  const filled = { terms: 'SELECT * FROM search_terms ORDER BY term', themeOrder: 'SELECT * FROM measure_theme_order ORDER BY 1, 2, 3, 4', actorOrder: 'SELECT * FROM measure_actor_order ORDER BY 1, 2, 3, 4', rows: 'SELECT * FROM search_rows ORDER BY id' };
  const loaded = { terms: before.prepare(filled.terms).all(), themeOrder: before.prepare(filled.themeOrder).all(), actorOrder: before.prepare(filled.actorOrder).all(), rows: before.prepare(filled.rows).all() };
  // The database as it was before migration 0009: without what 0009 and the migrations after
  // it create, and none of them recorded (drizzle's migrator runs only those newer than the last recorded).
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string; when: number }> };
  const since = journal.entries.filter((e) => e.tag >= '0009');
  before.exec('DROP TABLE search_terms; DROP TABLE search_vocab; DROP TABLE measure_theme_order; DROP INDEX figures_unit_order; DROP TABLE stored_counts; DROP TABLE measure_actor_order');
  // And the index as it was before search_rows: FTS5 holding its own rows (migration 0001).
  before.exec(`DROP TRIGGER search_rows_insert; DROP TRIGGER search_rows_delete; DROP TRIGGER search_rows_update; DROP TABLE search_index;
    CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO search_index (rowid, kind, ref, body) SELECT id, kind, ref, body FROM search_rows ORDER BY id;
    DROP TABLE search_rows;`);
  before.prepare('DELETE FROM __drizzle_migrations WHERE created_at >= ?').run(since[0]!.when);
  before.close();
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/migrate-in-place.ts', copy], { encoding: 'utf8' });
  t.match(output, new RegExp(`: ${since.length} migration\\(s\\) applied`));
  const after = new Database(copy, { readonly: true });
  t.teardown(() => after.close());
  t.same(after.prepare(filled.terms).all(), loaded.terms, 'search_terms: the same rows as the load wrote');
  t.same(after.prepare(filled.themeOrder).all(), loaded.themeOrder, 'measure_theme_order: the same rows as the load wrote');
  t.ok(loaded.actorOrder.length > 0, 'the load wrote measure_actor_order');
  t.same(after.prepare(filled.actorOrder).all(), loaded.actorOrder, 'measure_actor_order: the same rows as the load wrote');
  t.ok(after.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'figures_unit_order'").get(), 'the unit index is back');
  t.same(after.prepare(filled.rows).all(), loaded.rows, 'search_rows: the same rows as the load wrote, tokens included');
  t.same(after.prepare("SELECT rowid FROM search_index WHERE search_index MATCH '\"politie\"' ORDER BY rowid").pluck().all(), db.$client.prepare("SELECT rowid FROM search_index WHERE search_index MATCH '\"politie\"' ORDER BY rowid").pluck().all(), 'the index rebuilt over them finds what the loaded one does');
  const writable = new Database(copy);
  t.teardown(() => writable.close());
  t.doesNotThrow(() => writable.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run(), 'FTS5\'s integrity check: the index is the index of search_rows');
});
