/**
 * Following changes across three builds at one path: additions (a new document), edits (a
 * theme relabelled, which also changes every measure that carries its summary) and removals
 * (a document dropped). A harvester that held the first build and replays /v1/changes holds
 * exactly the current data; `modifiedSince`, the record stamps and the catalogue agree.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { buildDatabase } from '../../src/ingest/build.js';
import { historyCollections } from '../../src/queries/collections.js';
import { defaultSeedsDir } from '../../src/paths.js';

const ORIGIN = 'http://h.test';
type Json = Record<string, any>;

const work = mkdtempSync(join(tmpdir(), 'blauwdruk-history-'));
t.teardown(() => rmSync(work, { recursive: true, force: true }));
const seeds = join(work, 'seeds');
cpSync(defaultSeedsDir, seeds, { recursive: true });
const manifestPath = join(seeds, 'manifest.json');
const themesPath = join(seeds, 'themes.json');
const fullManifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const fullThemes = JSON.parse(readFileSync(themesPath, 'utf8'));
const dbPath = join(work, 'data.db');

function build(files: string[], themes: Json[], at: string): string {
  writeFileSync(manifestPath, JSON.stringify({ ...fullManifest, documents: fullManifest.documents.filter((d: Json) => files.includes(d.file)) }, null, 2));
  writeFileSync(themesPath, JSON.stringify(themes, null, 2));
  return buildDatabase({ dbPath, seedsDir: seeds, builtAt: new Date(at) }).version;
}

async function open(path: string): Promise<FastifyInstance> {
  const app = await buildApp({ dbPath: path, publicUrl: ORIGIN });
  t.teardown(() => app.close());
  return app;
}

const get = async (app: FastifyInstance, url: string) => {
  const res = await app.inject(url.replace(ORIGIN, ''));
  return { status: res.statusCode, body: res.statusCode === 200 ? (res.json() as Json) : null };
};

/** Every record of every collection, keyed `collection/id`, as the API serves it. */
async function everything(app: FastifyInstance): Promise<Map<string, Json>> {
  const all = new Map<string, Json>();
  for (const c of historyCollections) {
    for (let url: string | null = `/v1/${c}?limit=500`; url !== null;) {
      const page: Json = (await get(app, url)).body!;
      for (const r of page.data) all.set(`${c}/${r.id}`, r);
      url = page.next;
    }
  }
  return all;
}

/** Every change after `since`, following the next links. */
async function changesSince(app: FastifyInstance, since: string | null, limit = 37): Promise<Json[]> {
  const out: Json[] = [];
  for (let url: string | null = `/v1/changes?limit=${limit}${since ? `&since=${since}` : ''}`; url !== null;) {
    const page = await get(app, url);
    t.equal(page.status, 200, url);
    out.push(...page.body!.data);
    url = page.body!.next;
  }
  return out;
}

/** What a harvester does: apply the changes in order, fetching created and modified records. */
async function replay(app: FastifyInstance, held: Map<string, Json>, changes: Json[]): Promise<Map<string, Json>> {
  const data = new Map(held);
  for (const [i, change] of changes.entries()) {
    const key = `${change.collection}/${change.id}`;
    if (change.action === 'deleted') {
      data.delete(key);
      continue;
    }
    const fetched = await get(app, change.url);
    if (fetched.status === 404) {
      // Gone since: a later tombstone must say so.
      t.ok(changes.slice(i + 1).some((c) => c.action === 'deleted' && `${c.collection}/${c.id}` === key), `${key} is fetched 404 only when deleted later`);
      data.delete(key);
    } else data.set(key, fetched.body!);
  }
  return data;
}

const [f0, f1, f2, f3, f4] = fullManifest.documents.map((d: Json) => d.file) as [string, string, string, string, string];
const relabelled = fullThemes.map((th: Json, i: number) => (i === 0 ? { ...th, labelNl: `${th.labelNl} (herzien)` } : th));

const v1 = build([f0, f1, f2, f3], fullThemes, '2026-01-01T00:00:00.000Z');
const firstDb = join(work, 'first.db');
copyFileSync(dbPath, firstDb);
const v2 = build([f0, f1, f2, f3, f4], relabelled, '2026-02-01T00:00:00.000Z');
const secondDb = join(work, 'second.db');
copyFileSync(dbPath, secondDb);
const v3 = build([f0, f2, f3, f4], relabelled, '2026-03-01T00:00:00.000Z');

t.test('three builds with additions, edits and removals give three versions', async (t) => {
  t.not(v1, v2);
  t.not(v2, v3);
  const app = await open(dbPath);
  const { body } = await get(app, '/v1/changes?limit=1');
  t.same(body!.builds.map((b: Json) => b.version), [v1, v2, v3]);
  t.equal(body!.version, v3);
});

t.test('replaying the changes since each earlier version arrives at exactly the current data', async (t) => {
  const current = await open(dbPath);
  const now = await everything(current);
  for (const [version, path] of [[v1, firstDb], [v2, secondDb]] as const) {
    const held = await everything(await open(path));
    t.notSame([...held.keys()].sort(), [...now.keys()].sort(), `the data of ${version} differs from the current data`);
    const replayed = await replay(current, held, await changesSince(current, version));
    t.same([...replayed.keys()].sort(), [...now.keys()].sort(), `since ${version}: the same records`);
    t.ok([...now].every(([key, record]) => JSON.stringify(replayed.get(key)) === JSON.stringify(record)), `since ${version}: every record identical`);
  }
  const fromNothing = await replay(current, new Map(), await changesSince(current, null, 500));
  t.same([...fromNothing.keys()].sort(), [...now.keys()].sort(), 'the whole log replays from nothing');
});

t.test('the log says what each build did', async (t) => {
  const app = await open(dbPath);
  const v3Changes = await changesSince(app, v2, 500);
  const docId = (file: string) => `doc-${fullManifest.documents.find((d: Json) => d.file === file).sha256.slice(0, 12)}`;
  t.ok(v3Changes.some((c) => c.collection === 'documents' && c.id === docId(f1) && c.action === 'deleted'), 'the dropped document is a tombstone');
  t.ok(v3Changes.every((c) => c.build.version === v3), 'only changes of the last build');
  t.ok(v3Changes.filter((c) => c.action === 'deleted').every((c) => c.collection !== 'documents' || c.id === docId(f1)));
  const v2Changes = (await changesSince(app, v1, 500)).filter((c) => c.build.version === v2);
  t.ok(v2Changes.some((c) => c.collection === 'documents' && c.id === docId(f4) && c.action === 'created'), 'the added document was created');
  t.ok(v2Changes.some((c) => c.collection === 'themes' && c.id === fullThemes[0].id && c.action === 'modified'), 'the relabelled theme was modified');
  const seqs = (await changesSince(app, null, 500)).map((c) => c.seq);
  t.same(seqs, [...seqs].sort((a, b) => a - b), 'in order');
  t.equal(new Set(seqs).size, seqs.length, 'no change listed twice across pages');
});

t.test('records carry firstSeen and lastModified; modifiedSince selects by them', async (t) => {
  const app = await open(dbPath);
  const doc0 = (await get(app, '/v1/documents?limit=500')).body!.data.find((d: Json) => d.file === f0);
  t.same(doc0.firstSeen, { version: v1, at: '2026-01-01T00:00:00.000Z' });
  const theme = (await get(app, `/v1/themes/${fullThemes[0].id}`)).body!;
  t.equal(theme.firstSeen.version, v1);
  t.not(theme.lastModified.version, v1, 'the relabelled theme changed after the first build');
  // The measures whose last change since v1 is not a deletion: the relabelled theme's and the added document's.
  const last = new Map<string, string>();
  for (const c of await changesSince(app, v1, 500)) if (c.collection === 'measures') last.set(c.id, c.action);
  const changed = [...last].filter(([, action]) => action !== 'deleted').map(([id]) => id).sort();
  t.ok(changed.length > 0, 'some measures changed since the first build');
  const listed: string[] = [];
  for (let url: string | null = `/v1/measures?modifiedSince=${v1}&limit=100`; url !== null;) {
    const page: Json = (await get(app, url)).body!;
    listed.push(...page.data.map((m: Json) => m.id));
    url = page.next;
  }
  t.same(listed.sort(), changed, 'modifiedSince=v1 lists exactly the measures created or modified since');
  const byTime = (await get(app, '/v1/measures?modifiedSince=2026-01-15T00:00:00Z&limit=500')).body!.data.map((m: Json) => m.id).sort();
  t.same(byTime, changed, 'a time between the first and second builds means the same');
  const sinceV2 = (await get(app, `/v1/figures?modifiedSince=${v2}&limit=500`)).body!.data;
  t.ok(sinceV2.every((f: Json) => f.lastModified.version === v3), 'modifiedSince=v2: only what the third build changed');
  const bad = await app.inject('/v1/measures?modifiedSince=not-a-version');
  t.equal(bad.statusCode, 400);
  t.equal(bad.json().code, 'INVALID_PARAMETER');
  t.equal(bad.json().parameter, 'modifiedSince');
  const badSince = await app.inject('/v1/changes?since=ffffffffffffffff');
  t.equal(badSince.statusCode, 400);
  t.equal(badSince.json().parameter, 'since');
  const gql = await app.inject({ method: 'POST', url: '/graphql', payload: { query: `{ measures(modifiedSince: "${v1}", first: 100) { edges { node { id lastModified { version at } } } } }` } });
  const nodes = gql.json().data.measures.edges.map((e: Json) => e.node);
  t.ok(nodes.length > 0 && nodes.every((n: Json) => n.lastModified.version !== v1), 'GraphQL takes modifiedSince and serves the stamps');
});

t.test('a rebuild that changes nothing adds no build and no change', async (t) => {
  const before = await changesSince(await open(dbPath), null, 500);
  build([f0, f2, f3, f4], relabelled, '2026-04-01T00:00:00.000Z');
  const app = await open(dbPath);
  const { body } = await get(app, '/v1/changes?limit=1');
  t.equal(body!.builds.length, 3);
  t.same(await changesSince(app, null, 500), before);
  const catalog = (await app.inject({ url: '/catalog', headers: { accept: 'application/ld+json' } })).json();
  t.equal(catalog['dct:modified']['@value'], '2026-03-01T00:00:00.000Z', 'the catalogue dates the data to the last build that changed it');
  t.equal(catalog['dcat:dataset']['dct:modified']['@value'], '2026-03-01T00:00:00.000Z');
});

t.test('series follow changes like the other collections', async (t) => {
  const app = await open(dbPath);
  t.ok((await changesSince(app, null, 500)).some((c) => c.collection === 'series' && c.action === 'created'), 'series are in the log');
  const all = (await get(app, '/v1/series?limit=500')).body!.data as Json[];
  t.ok(all.length > 0 && all.every((s) => s.firstSeen.version && s.lastModified.version), 'every series carries its stamps');
  for (const since of [v1, v2]) {
    const last = new Map<string, string>();
    for (const c of await changesSince(app, since, 500)) if (c.collection === 'series') last.set(c.id, c.action);
    const changed = [...last].filter(([, action]) => action !== 'deleted').map(([id]) => id).sort();
    const listed = (await get(app, `/v1/series?modifiedSince=${since}&limit=500`)).body!.data.map((s: Json) => s.id).sort();
    t.same(listed, changed, `modifiedSince=${since} lists exactly the series created or modified since`);
  }
  const gql = await app.inject({ method: 'POST', url: '/graphql', payload: { query: `{ series(modifiedSince: "${v1}", first: 100) { edges { node { id firstSeen { version } lastModified { version } } } } }` } });
  t.notOk(gql.json().errors, 'GraphQL takes modifiedSince on series');
  t.ok(gql.json().data.series.edges.every((e: Json) => e.node.lastModified.version !== v1), 'and serves their stamps');
});
