/**
 * `node --import tsx bench/search-parts.ts DB [Q …]`: CPU µs of each part of one uncached search
 * (page 1, default limit) in the query layer, over DB opened read only: the whole `search()`,
 * then its parts measured alone on the same page: the candidates statement (FTS5 rowids, each
 * row's length and stems from `search_rows`; read whole, and stepped row by row as `search()` reads it), the index statistics, bm25 over the candidates, the
 * display statement of the page's hits, and their snippets. Each part runs PARTS_N (default
 * 200) times in PARTS_ROUNDS (default 7) rounds, the parts alternating within a round so that
 * the drift of a loaded machine falls on all alike; prints the median and the fastest round.
 * The HTTP side (Fastify, serializer) is bench/profile-inject.ts's. DB must hold `search_rows`
 * (migration 0013): a file built before it, migrated with bench/migrate-in-place.ts (a copy),
 * or the parts of the older code run from its own tree.
 *
 * The candidates statement is also split into what each step adds, each read whole (`.all()`):
 * FTS5's rowids alone, then each row's `search_rows` lookup (its token count only), then its
 * stems as a value of their own, then the one value `search()` reads (rowid, tokens and stems
 * joined in SQL); "candidates, stepped" adds the call into SQLite per row. The parts are timed
 * alone, with warm caches: inside `search()`, after the candidates have read 301 rows, the
 * display statement costs more than alone (session 19: the parts summed to about two thirds of
 * `search()`).
 */
import { openReadOnly } from '../src/db/client.js';
import { bm25, candidateOf, candidatesStatement, displayRows, indexStatistics, search } from '../src/queries/search.js';
import { firstMatchIndex, ftsQuery, queryStems, snippet } from '../src/queries/fulltext.js';
import { compiledStatement } from '../src/queries/sql.js';
import { sql } from 'drizzle-orm';

const PER_ROUND = Math.max(1, Math.round(Number(process.env.PARTS_N ?? 200) / Number(process.env.PARTS_ROUNDS ?? 7)));
const ROUNDS = Number(process.env.PARTS_ROUNDS ?? 7);
const db = openReadOnly(process.argv[2]!);
const candidatesOfEveryType = compiledStatement(candidatesStatement(sql`1`));
/** The candidates statement's FTS5 subquery alone, then with each row's lookup: its token count, then its stems as a value of their own. */
const newestMatches = sql`(SELECT rowid FROM search_index WHERE search_index MATCH ${sql.placeholder('match')} AND rowid >= 0 ORDER BY rowid DESC LIMIT ${sql.placeholder('limit')}) s`;
const candidateSteps = {
  'FTS5 rowids': compiledStatement(sql`SELECT s.rowid FROM ${newestMatches}`),
  '+ row lookup (tokens)': compiledStatement(sql`SELECT r.tokens FROM ${newestMatches} JOIN search_rows r ON r.id = s.rowid ORDER BY s.rowid DESC`),
  '+ stems, a value apart': compiledStatement(sql`SELECT r.tokens, r.body FROM ${newestMatches} JOIN search_rows r ON r.id = s.rowid ORDER BY s.rowid DESC`),
};

for (const q of process.argv.length > 3 ? process.argv.slice(3) : ['camera', 'politie']) {
  const match = ftsQuery(q);
  const stems = queryStems(q);
  const statistics = indexStatistics(db, stems);
  const readCandidates = () => {
    const { stmt, params } = candidatesOfEveryType(db, { match, limit: 301 });
    return (stmt.pluck(true).all(...params) as string[]).map(candidateOf);
  };
  const candidates = readCandidates();
  const score = bm25(stems, statistics);
  const page = candidates.map(({ rowid, tokens, stems: body }) => ({ rowid, body, score: score(body, tokens) })).sort((a, b) => a.score - b.score || a.rowid - b.rowid).slice(0, 50);
  const hits = page.map((h) => h.rowid);
  const shown = displayRows(db, hits);
  const stemSet = new Set(stems);
  const parts: Record<string, () => unknown> = {
    'search(), page 1': () => search(db, { q }),
    'candidates statement': readCandidates,
    // As search() reads them: stepped row by row (so the text bound can stop the reading), one call into SQLite per row.
    'candidates, stepped': () => {
      const { stmt, params } = candidatesOfEveryType(db, { match, limit: 301 });
      const rows = [];
      for (const row of stmt.pluck(true).iterate(...params) as IterableIterator<string>) rows.push(candidateOf(row));
      return rows;
    },
    ...Object.fromEntries(
      Object.entries(candidateSteps).map(([name, statement]) => [
        `  ${name}`,
        () => {
          const { stmt, params } = statement(db, { match, limit: 301 });
          // One column plucked, as search() reads its one value; two as an array per row.
          return (stmt.columns().length === 1 ? stmt.pluck(true) : stmt.raw(true)).all(...params);
        },
      ]),
    ),
    '  + joined in one value': () => {
      const { stmt, params } = candidatesOfEveryType(db, { match, limit: 301 });
      return stmt.pluck(true).all(...params);
    },
    'index statistics': () => indexStatistics(db, stems),
    'bm25 of the candidates': () => candidates.map(({ tokens, stems: body }) => score(body, tokens)),
    'display statement': () => displayRows(db, hits),
    'snippets of the page': () => shown.map(([position, , , , text]) => snippet(text, stemSet, firstMatchIndex(page[position]!.body, stems))),
  };
  const times = new Map<string, number[]>(Object.keys(parts).map((name) => [name, []]));
  for (const run of Object.values(parts)) for (let i = 0; i < 20; i++) run();
  for (let r = 0; r < ROUNDS; r++) {
    const order = Object.entries(parts);
    for (const [name, run] of r % 2 === 0 ? order : order.reverse()) {
      const started = process.cpuUsage();
      for (let i = 0; i < PER_ROUND; i++) run();
      const used = process.cpuUsage(started);
      times.get(name)!.push((used.user + used.system) / PER_ROUND);
    }
  }
  console.log(`\n${q}: ${candidates.length} candidates, ${candidates.reduce((n, c) => n + c.stems.length, 0)} characters of stems, ${shown.length} hits shown`);
  for (const [name, values] of times) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`${name.padEnd(26)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(5)} µs  fastest ${sorted[0]!.toFixed(0).padStart(5)} µs`);
  }
}
