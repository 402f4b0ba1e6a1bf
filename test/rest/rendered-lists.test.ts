/**
 * Stored list renderings (src/queries/renderings.ts, written beside the database by
 * src/ingest/render-lists.ts): a list page answered from the records' renderings is, byte for
 * byte, the page answered live — over every list of the fixture, with values that hold what a
 * rendering's URL marker is written with (a literal `\ud800`, quotes, backslashes, a surrogate
 * pair, a control character) — and renderings are used only while they are current (this file's
 * build, this code).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import type { Db } from '../../src/db/client.js';
import { renderListsBeside } from '../../src/ingest/render-lists.js';
import { renderingsFilesFor } from '../../src/paths.js';
import { collectionEntities } from '../../src/queries/collections.js';
import { measures } from '../../src/queries/measures.js';
import { attachRenderings, renderedPage } from '../../src/queries/renderings.js';
import { SERVING } from '../../src/db/client.js';
import { themes } from '../../src/queries/themes.js';
import { link, linkRendered, RENDERING_ORIGIN } from '../../src/urls.js';
import { asciiJson } from '../../src/text/ascii-json.js';
import { recordRefs } from '../../src/queries/entity.js';
import { blauwdrukInProcess } from '../helpers/cli.js';
import { fixture, fixtureCopy, freshFixtureApp, openedReadOnly } from '../helpers/fixture-db.js';

/** Values a rendering's URL marker must not be confused with, written into the copy's records. */
const AWKWARD = 'a literal \\ud800/v1/x, "\\ud800/ quoted, a pair 🐀 (\ud83d\udc00), a control \u0001 and \\" end';

/** Gives two measures and a document awkward texts (the same edit for the live and the rendered copy). */
function awkward(db: Database.Database): void {
  const [first, second] = Object.values(fixture.measures);
  db.prepare('UPDATE measures SET text = ? WHERE id = ?').run(`"\\ud800/${AWKWARD}`, first!.id);
  db.prepare('UPDATE measures SET section = ? WHERE id = ?').run(`\\ud800/v1/${AWKWARD}`, second!.id);
  db.prepare('UPDATE documents SET title = ? WHERE id = ?').run(`"\\ud800${AWKWARD}`, first!.document);
}

/** A copy of the fixture (edited by `edit`) with every collection rendered beside it (those whose fields follow the filters are skipped). */
function renderedCopy(t: Test, edit: (db: Database.Database) => void = () => {}): string {
  const path = fixtureCopy(t, edit);
  renderListsBeside(path, { entities: Object.values(collectionEntities) });
  return path;
}

/** Edits the base renderings file beside the database at `path`. */
function editBase(path: string, edit: (db: Database.Database) => void): void {
  const db = new Database(renderingsFilesFor(path).base);
  edit(db);
  db.close();
}

/** A read-only connection to `path` with its renderings attached, as the server opens them. */
function served(t: Test, path: string): Db {
  const db = openedReadOnly(t, path);
  attachRenderings(db, renderingsFilesFor(path), SERVING);
  return db;
}

/** Every JSON list URL of the API over the fixture, with pages, counts, facets, sorts and the next page of each. */
async function listUrls(app: Awaited<ReturnType<typeof freshFixtureApp>>): Promise<string[]> {
  const openapi = JSON.parse((await app.inject('/openapi.json')).body) as { paths: Record<string, { get?: unknown }> };
  const firstId = async (collection: string) => (JSON.parse((await app.inject(`/v1/${collection}?limit=1`)).body) as { data: Array<{ id: string }> }).data[0]!.id;
  const urls: string[] = [];
  for (const [path, item] of Object.entries(openapi.paths)) {
    const collection = path.split('/').at(-1)!;
    if (item.get === undefined || !path.startsWith('/v1/') || !Object.hasOwn(collectionEntities, collection) || path.endsWith('}')) continue;
    const filled = path.includes('{id}') ? path.replace('{id}', encodeURIComponent(await firstId(path.split('/')[2]!))) : path;
    const facets = Object.keys(collectionEntities[collection as keyof typeof collectionEntities].facets).join(',');
    urls.push(filled, `${filled}?limit=2`, `${filled}?limit=2&count=true`, ...(facets === '' ? [] : [`${filled}?limit=3&count=true&facet=${facets}`]));
  }
  urls.push('/v1/measures?sort=-date&limit=4', '/v1/measures?location=gent&limit=3', '/v1/measures?q=camera&limit=5', '/v1/figures?sort=-value&limit=3');
  // The next page of each, by its own Link.
  for (const url of [...urls]) {
    const next = (await app.inject(url)).headers.link;
    if (typeof next === 'string') urls.push(new URL(/<([^>]+)>/.exec(next)![1]!).pathname + new URL(/<([^>]+)>/.exec(next)![1]!).search);
  }
  return urls;
}

t.test('every list page of the fixture answered from renderings is the live page, byte for byte', async (t) => {
  const livePath = fixtureCopy(t, awkward);
  const renderedPath = renderedCopy(t, awkward);
  t.ok(renderedPage(served(t, renderedPath), measures, {}, { limit: 2 }), 'the rendered copy answers measures from renderings');
  t.equal(renderedPage(served(t, livePath), measures, {}, { limit: 2 }), undefined, 'the live copy has none');
  for (const publicUrl of [undefined, 'https://api.example.org/']) {
    const live = await freshFixtureApp(t, { dbPath: livePath, responseCache: false, ...(publicUrl ? { publicUrl } : {}) });
    const rendered = await freshFixtureApp(t, { dbPath: renderedPath, responseCache: false, ...(publicUrl ? { publicUrl } : {}) });
    const urls = await listUrls(live);
    let awkwardPages = 0;
    for (const url of urls) {
      const [a, b] = [await live.inject(url), await rendered.inject(url)];
      t.equal(b.statusCode, a.statusCode, `${url}: status`);
      t.equal(b.body, a.body, `${url}: body`);
      t.equal(b.headers.etag, a.headers.etag, `${url}: ETag`);
      if (a.body.includes('\\\\ud800/')) awkwardPages++;
    }
    t.ok(urls.length >= 60, `${urls.length} pages compared (origin ${publicUrl ?? 'of the request'})`);
    t.ok(awkwardPages > 0, `${awkwardPages} of them hold the awkward values`);
  }
});

t.test('the route serves what is stored: a rendering changed in the file shows in its page', async (t) => {
  const [first] = Object.values(fixture.measures);
  const path = renderedCopy(t);
  editBase(path, (db) => db.prepare("UPDATE list_renderings SET json = replace(json, '\"text\":', '\"text\":\"changed\",\"was\":') WHERE collection = 'measures' AND id = ?").run(first!.id));
  const app = await freshFixtureApp(t, { dbPath: path, responseCache: false });
  const live = await freshFixtureApp(t, { responseCache: false });
  const url = `/v1/documents/${encodeURIComponent(first!.document)}/measures?limit=50`;
  const body = (await app.inject(url)).body;
  t.match(body, '"text":"changed","was":');
  t.not(body, (await live.inject(url)).body);
});

t.test('renderings of another build or other code, or with a record missing, are not used', async (t) => {
  const cases: Record<string, string> = {
    'another build time': "UPDATE list_rendering_stamps SET built_at = '2000-01-01T00:00:00.000Z'",
    'another version': "UPDATE list_rendering_stamps SET version = 'another'",
    'another build': 'UPDATE list_rendering_stamps SET seq = seq + 1',
    'a delta alone': 'UPDATE list_rendering_stamps SET since = seq',
    'other code': "UPDATE list_rendering_stamps SET code = 'other code'",
    'a record without one': `DELETE FROM list_renderings WHERE collection = 'measures' AND id = '${Object.values(fixture.measures)[0]!.id}'`,
  };
  const live = await freshFixtureApp(t, { responseCache: false });
  for (const [name, edit] of Object.entries(cases)) {
    const path = renderedCopy(t);
    editBase(path, (db) => {
      // Renderings that would show if they were used.
      db.exec("UPDATE list_renderings SET json = replace(json, '\"text\":', '\"text\":\"stale\",\"was\":')");
      db.exec(edit);
    });
    const app = await freshFixtureApp(t, { dbPath: path, responseCache: false });
    for (const url of ['/v1/measures?limit=50', '/v1/measures?limit=50&count=true&facet=theme']) t.equal((await app.inject(url)).body, (await live.inject(url)).body, `${name}: ${url} answered live`);
  }
});

t.test('entities whose listed fields follow the filters are never rendered', async (t) => {
  const path = fixtureCopy(t, () => {});
  const written = renderListsBeside(path, { entities: [themes, measures] });
  t.same(written.collections.map((w) => w.collection), ['measures']);
  t.equal(renderedPage(served(t, path), themes, {}, { limit: 2 }), undefined);
  t.ok(renderedPage(served(t, path), measures, {}, { limit: 2 }));
});

t.test('a rendering linked at the edge is the record linked there, for any origin', async (t) => {
  const live = await freshFixtureApp(t, { responseCache: false });
  const record = JSON.parse((await live.inject('/v1/measures?limit=1')).body).data[0] as Record<string, unknown>;
  const unlinked = { ...record, id: `"\\ud800/${AWKWARD}`, url: `"\\ud800/${AWKWARD}`, figuresUrl: 'x\ud83d\udc00' };
  for (const origin of ['', 'https://api.example', 'https://é.example', 'http://a"b\\c', '\ud800']) {
    const rendered = asciiJson(JSON.stringify(link(structuredClone(unlinked), recordRefs(measures), RENDERING_ORIGIN)));
    // The response's ASCII pass (src/plugins/ascii-json.ts) escapes an origin's non-ASCII characters on both paths.
    t.equal(asciiJson(linkRendered(rendered, origin)), asciiJson(JSON.stringify(link(structuredClone(unlinked), recordRefs(measures), origin))), JSON.stringify(origin));
  }
});

t.test('blauwdruk render-lists renders the measures and figures beside a built file, once, and takes no collections', async (t) => {
  const path = fixtureCopy(t, () => {});
  t.equal(renderedPage(served(t, path), measures, {}, { limit: 2 }), undefined, 'none before');
  const run = await blauwdrukInProcess('render-lists', '--db', path);
  t.equal(run.code, 0, run.stderr);
  t.match(run.stderr, /^list renderings: base of \d+ measures, \d+ figures beside /);
  t.ok(existsSync(renderingsFilesFor(path).base), 'a file beside the database');
  t.ok(renderedPage(served(t, path), measures, {}, { limit: 2 }), 'measures rendered');
  const again = await blauwdrukInProcess('render-lists', '--db', path);
  t.match(again.stderr, /^list renderings current beside /, 'current renderings are left as they are');
  const wrong = await blauwdrukInProcess('render-lists', '--db', path, 'themes');
  t.equal(wrong.code, 2);
});
