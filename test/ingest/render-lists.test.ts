/**
 * The build's list renderings (src/ingest/render-lists.ts) beside the database it swaps in: a
 * first build writes the base; a +1 build a delta of the records it changed, whose renderings with
 * the base's are those a full render of the new file gives, and whose pages are the live ones;
 * an unchanged build writes nothing; too many changes or other code write a new base; a failure
 * while rendering leaves the previous renderings as they were.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { addDocuments } from '../../src/ingest/add.js';
import { buildDatabase, type BuildOptions } from '../../src/ingest/build.js';
import { renderListsBeside } from '../../src/ingest/render-lists.js';
import { defaultSeedsDir, renderingsFilesFor } from '../../src/paths.js';
import { fixtureHtml } from '../helpers/documents.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every rendering in the renderings files beside `dbPath`, the delta's over the base's, by collection and id. */
function renderingsOf(dbPath: string): Map<string, string> {
  const files = renderingsFilesFor(dbPath);
  const all = new Map<string, string>();
  for (const file of [files.base, files.delta]) {
    if (!existsSync(file)) continue;
    const db = new Database(file, { readonly: true });
    for (const [collection, id, json] of db.prepare('SELECT collection, id, json FROM list_renderings').raw().all() as Array<[string, string, string]>) all.set(`${collection} ${id}`, json);
    db.close();
  }
  return all;
}

/** The stamps of the renderings file at `path`. */
function stampsIn(path: string): Array<{ collection: string; since: number | null; seq: number; records: number }> {
  const db = new Database(path, { readonly: true });
  const stamps = db.prepare('SELECT collection, since, seq, records FROM list_rendering_stamps ORDER BY collection').all() as Array<{ collection: string; since: number | null; seq: number; records: number }>;
  db.close();
  return stamps;
}

/** A corpus (the seeds) and a page to add to it, in a test folder. */
function corpusDir(t: Test): { dir: string; corpus: string } {
  const dir = t.testdir({ corpus: {}, page: { 'akkoord.html': fixtureHtml() } });
  cpSync(defaultSeedsDir, join(dir, 'corpus'), { recursive: true });
  return { dir, corpus: join(dir, 'corpus') };
}

/** The JSON list pages `urls` of the app over `dbPath` (its renderings beside it, if any). */
async function pages(dbPath: string, urls: readonly string[]): Promise<string[]> {
  const app = await buildApp({ dbPath, responseCache: false });
  try {
    return await Promise.all(urls.map(async (url) => (await app.inject(url)).body));
  } finally {
    await app.close();
  }
}

t.test('a +1 build writes a delta of what it changed: with the base, the renderings of a full render, the live pages', async (t) => {
  const { dir, corpus } = corpusDir(t);
  const live = join(dir, 'live.db');
  const options: BuildOptions = { dbPath: live, seedsDir: corpus, cachePath: join(dir, 'cache.db') };
  const first = buildDatabase(options);
  t.equal(first.lists?.wrote, 'base', 'the first build writes the base');
  const files = renderingsFilesFor(live);
  t.same(readdirSync(dir).filter((f) => f.startsWith('live')).sort(), ['live.db', 'live.renderings.db'], 'beside the database, not in it');
  const baseBefore = sha256(files.base);
  t.equal(new Database(live, { readonly: true }).prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'list_render%'").pluck().get(), 0, 'the database (the dump) holds no renderings');

  const unchanged = buildDatabase(options);
  t.equal(unchanged.lists?.wrote, 'nothing', 'a build that changes no record writes nothing');
  t.equal(sha256(files.base), baseBefore);

  await addDocuments(corpus, [join(dir, 'page/akkoord.html')], { scope: 'gent' });
  const added = buildDatabase({ ...options, renderLists: true });
  t.ok(added.incremental);
  t.equal(added.lists?.wrote, 'delta', 'a +1 build writes a delta');
  t.equal(sha256(files.base), baseBefore, 'and leaves the base as it was');
  const delta = stampsIn(files.delta);
  const baseSeq = stampsIn(files.base)[0]!.seq;
  t.ok(delta.every((s) => s.since === baseSeq && s.seq > baseSeq), 'the delta follows the base');
  t.ok(delta.find((s) => s.collection === 'measures')!.records > 0, 'it holds the new measures');
  const data = new Database(live, { readonly: true });
  for (const s of delta) {
    const changed = data.prepare(`SELECT count(DISTINCT record_id) FROM changes WHERE collection = ? AND build > ? AND record_id IN (SELECT id FROM ${s.collection})`).pluck().get(s.collection, baseSeq);
    t.equal(s.records, changed, `${s.collection}: the delta holds the records the build created or modified, only`);
    t.ok(s.records < (data.prepare(`SELECT count(*) FROM ${s.collection}`).pluck().get() as number), `${s.collection}: not every record`);
  }
  data.close();

  // A full render of the same file, elsewhere.
  const fresh = join(dir, 'fresh.db');
  copyFileSync(live, fresh);
  t.equal(renderListsBeside(fresh).wrote, 'base');
  const [incremental, full] = [renderingsOf(live), renderingsOf(fresh)];
  t.equal(incremental.size >= full.size, true);
  t.same([...full].filter(([key, json]) => incremental.get(key) !== json).map(([key]) => key), [], 'every record: the delta or the base holds what a full render gives');

  const newDocument = (new Database(live, { readonly: true }).prepare('SELECT id FROM documents ORDER BY rowid DESC LIMIT 1').pluck().get()) as string;
  const urls = ['/v1/measures?limit=500', '/v1/figures?limit=500', `/v1/documents/${newDocument}/measures?limit=50`, '/v1/measures?location=gent&limit=50&count=true', '/v1/measures?sort=-date&limit=100'];
  const bare = join(dir, 'bare.db');
  copyFileSync(live, bare);
  t.same(await pages(live, urls), await pages(bare, urls), 'the pages read from base and delta are the live pages');
});

t.test('current renderings are left alone; other code, or too many changes, write a new base and remove the delta', async (t) => {
  const { dir, corpus } = corpusDir(t);
  const live = join(dir, 'live.db');
  const files = renderingsFilesFor(live);
  const options: BuildOptions = { dbPath: live, seedsDir: corpus, cachePath: join(dir, 'cache.db') };
  buildDatabase(options);
  await addDocuments(corpus, [join(dir, 'page/akkoord.html')], { scope: 'gent' });
  t.equal(buildDatabase(options).lists?.wrote, 'delta');
  t.equal(renderListsBeside(live, { share: 1e-6 }).wrote, 'nothing', 'a base and its delta as of the last build are current, whatever the share');
  rmSync(files.delta);
  t.equal(renderListsBeside(live).wrote, 'delta', 'without its delta, the base gets one');
  const db = new Database(files.base);
  db.exec("UPDATE list_rendering_stamps SET code = 'other code'");
  db.close();
  t.equal(renderListsBeside(live).wrote, 'base', 'a base of other code is written anew');
  t.notOk(existsSync(files.delta), 'the delta removed');
  t.same(stampsIn(files.base).map((s) => s.seq), stampsIn(files.base).map(() => 2), 'as of the last build');
  t.equal(renderListsBeside(live).wrote, 'nothing');
});

t.test('changes beyond the share write a new base', async (t) => {
  const { dir, corpus } = corpusDir(t);
  const live = join(dir, 'live.db');
  const options: BuildOptions = { dbPath: live, seedsDir: corpus, cachePath: join(dir, 'cache.db') };
  buildDatabase(options);
  await addDocuments(corpus, [join(dir, 'page/akkoord.html')], { scope: 'gent' });
  t.equal(buildDatabase({ ...options, renderLists: false }).lists, undefined, 'a build asked not to render');
  t.equal(renderListsBeside(live, { share: 1e-6 }).wrote, 'base');
  t.notOk(existsSync(renderingsFilesFor(live).delta));
});

t.test('a failure while rendering leaves the previous renderings byte-identical, and no temporary file; the data is in place', async (t) => {
  const { dir, corpus } = corpusDir(t);
  const live = join(dir, 'live.db');
  const files = renderingsFilesFor(live);
  const options: BuildOptions = { dbPath: live, seedsDir: corpus, cachePath: join(dir, 'cache.db') };
  buildDatabase(options);
  const [dataBefore, baseBefore] = [sha256(live), sha256(files.base)];
  let rendered = 0;
  const failing = () => {
    if (++rendered > 10) throw new Error('disk full while rendering');
    return '{}';
  };
  const db = new Database(files.base);
  db.exec("UPDATE list_rendering_stamps SET code = 'other code'");
  db.close();
  const stale = sha256(files.base);
  t.throws(() => renderListsBeside(live, { render: failing }), /disk full while rendering/);
  t.equal(sha256(files.base), stale, 'a new base that fails leaves the old one');
  t.same(readdirSync(dir).filter((f) => f.startsWith('live')).sort(), ['live.db', 'live.renderings.db'], 'no temporary file left behind');
  t.equal(sha256(live), dataBefore);
  t.not(stale, baseBefore);

  // Through the build: the +1's data is swapped in, the failure is the build's, the renderings stay.
  const { buildDatabase: failingBuild } = await t.mockImport<typeof import('../../src/ingest/build.js')>('../../src/ingest/build.js', {
    '../../src/rest/rendering.ts': {
      ...(await import('../../src/rest/rendering.js')),
      renderListRecord: () => {
        throw new Error('rendering failed');
      },
    },
  });
  await addDocuments(corpus, [join(dir, 'page/akkoord.html')], { scope: 'gent' });
  t.throws(() => failingBuild(options), /rendering failed/);
  t.not(sha256(live), dataBefore, 'the data is swapped in first');
  t.equal(sha256(files.base), stale, 'the renderings as they were');
  t.same(readdirSync(dir).filter((f) => f.startsWith('live')).sort(), ['live.db', 'live.renderings.db']);
});
