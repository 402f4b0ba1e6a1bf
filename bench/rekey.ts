/**
 * Re-keys a database and its extraction cache, built by other code from the same rows, to the code
 * of a checkout, so a warm build of that code starts from them (measuring a load change at 10k
 * without a cold build of each version: the build's hashes name the code, see build.ts):
 *
 *   node --import tsx bench/rekey.ts CORPUS DB CACHE OLD_ROOT [NEW_ROOT]
 *
 * OLD_ROOT is a tree (`src/`, `migrations/`) of the code that built DB (say `git archive COMMIT src
 * migrations | tar -x -C DIR`); NEW_ROOT the code to key for (default this checkout). Refuses when
 * DB's `reference_hash` is not OLD_ROOT's. Only valid when both codes give the same rows and
 * extractions: it rewrites keys, not contents (the cache's extractions and its remembered file checks).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildHash, pipelineHash, referenceHash, type CodeTree } from '../src/ingest/build.js';
import { openExtractionCache } from '../src/ingest/cache.js';
import { readCorpus } from '../src/ingest/sources.js';
import { packageRoot } from '../src/paths.js';

const [corpusDir, dbPath, cachePath, oldRoot, newRoot = packageRoot] = process.argv.slice(2);
if (corpusDir === undefined || dbPath === undefined || cachePath === undefined || oldRoot === undefined) throw new Error('usage: bench/rekey.ts CORPUS DB CACHE OLD_ROOT [NEW_ROOT]');
const tree = (root: string): CodeTree => ({ code: join(root, 'src'), migrations: join(root, 'migrations') });
const [from, to] = [tree(oldRoot), tree(newRoot)];
const corpus = readCorpus(corpusDir);

const db = new Database(dbPath, { fileMustExist: true });
const stored = (db.prepare('SELECT value FROM meta WHERE key = \'reference_hash\'').get() as { value: string } | undefined)?.value;
if (stored !== referenceHash(corpus, from)) throw new Error(`${dbPath} was not built by the code in ${oldRoot} from ${corpusDir}`);
const setMeta = db.prepare('UPDATE meta SET value = ? WHERE key = ?');
db.transaction(() => {
  setMeta.run(referenceHash(corpus, to), 'reference_hash');
  setMeta.run(buildHash(corpus.inputHash, to), 'input_hash');
})();
db.close();

// Only each cache's key function is used: an in-memory cache of each key space.
const [oldKeys, newKeys] = [from, to].map((code) => openExtractionCache(null, pipelineHash(corpus, code)));
const cache = new Database(cachePath, { fileMustExist: true });
const move = cache.prepare('UPDATE extractions SET key = ? WHERE key = ?');
const moveChecked = cache.prepare('UPDATE checked_documents SET entry = ? WHERE entry = ?');
// The summaries' own table (src/ingest/cache.ts; made on the cache's first open by code that has it).
const hasSummaries = cache.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'summaries'").get() !== undefined;
const moveSummary = hasSummaries ? cache.prepare('UPDATE summaries SET key = ? WHERE key = ?') : undefined;
let moved = 0;
cache.transaction(() => {
  for (const entry of corpus.manifest.documents) {
    const options = { documentDate: entry.date.value, scopeLocationId: entry.scope.value };
    const [newKey, oldKey] = [newKeys!.keyOf({ sha256: entry.sha256, options }), oldKeys!.keyOf({ sha256: entry.sha256, options })];
    moved += move.run(newKey, oldKey).changes;
    moveSummary?.run(newKey, oldKey);
    moveChecked.run(newKeys!.entryKeyOf(entry), oldKeys!.entryKeyOf(entry));
  }
})();
cache.close();
for (const keys of [oldKeys, newKeys]) keys!.close();
console.log(`${dbPath}: keyed to ${newRoot}; ${moved} of ${corpus.manifest.documents.length} extractions moved`);
