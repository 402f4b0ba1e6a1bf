import t from 'tap';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { getJson, walkPages } from './util.js';

t.test('q=camera finds the camera measures of both Aalst and Ghent, best first, highlighted', async (t) => {
  const app = await fixtureApp();
  const { res, body } = await getJson(app, '/v1/search?q=camera&type=measure&limit=500');
  t.equal(res.statusCode, 200);
  t.equal(body.data.length, 5);
  const scopes = new Set<string>();
  for (const hit of body.data) {
    t.match(hit.snippet, /<mark>camera<\/mark>/i, hit.id);
    const doc = (await getJson(app, hit.document.url.replace('http://localhost:80', ''))).body;
    scopes.add(doc.scopeLocation.id);
    const measure = (await getJson(app, hit.url.replace('http://localhost:80', ''))).body;
    t.match(measure.text, /camera/i);
  }
  t.same([...scopes].sort(), ['aalst', 'gent']);
  const scores = body.data.map((h: any) => h.score);
  t.same(scores, [...scores].sort((a: number, b: number) => a - b), 'bm25 order');
  t.match(body, { rankingExact: true, ranked: 5 }, 'every match ranked, and said so');
});

t.test('stemming and folding: "camera\'s" and "CAMERA" find what "camera" finds', async (t) => {
  const app = await fixtureApp();
  const ids = async (q: string) => (await getJson(app, `/v1/search?q=${encodeURIComponent(q)}&limit=500`)).body.data.map((h: any) => h.id);
  const base = await ids('camera');
  t.ok(base.length > 5);
  t.same(await ids("camera's"), base);
  t.same(await ids('camera’s'), base, 'typographic apostrophe');
  const agent = await ids('wijkagent');
  t.equal(agent.length, 36, 'the wijkagent measures, most without any "’s" near them');
  t.same(await ids("wijkagent's"), agent, 'a plural or genitive "\'s" is part of its word, not a word "s" that must occur too');
  t.same(await ids('CAMERA'), base);
  t.ok((await ids('cocaine')).length > 0, 'diacritics folded: cocaine finds cocaïne');
});

t.test('type filter and pagination', async (t) => {
  const app = await fixtureApp();
  const docs = (await getJson(app, '/v1/search?q=politie&type=document&limit=500')).body.data;
  t.ok(docs.length > 0 && docs.every((h: any) => h.type === 'document' && h.id === h.document.id));
  const figures = (await getJson(app, '/v1/search?q=personeelsleden&type=figure')).body.data;
  t.ok(figures.length === 2 && figures.every((h: any) => h.type === 'figure'));
  t.same(figures.map((h: any) => h.id).sort(), [fixture.figures.change!.id, fixture.figures.aalstStaff!.id].sort());
  const all = (await getJson(app, '/v1/search?q=politie&limit=500')).body.data.map((h: any) => h.id);
  const { records, pages } = await walkPages(app, '/v1/search?q=politie&limit=4');
  t.ok(pages > 1);
  t.same(records.map((h) => h.id), all, 'pages concatenate to the full ranking');
  const bad = await getJson(app, '/v1/search?q=politie&type=person');
  t.match(bad.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'type' });
  const missing = await getJson(app, '/v1/search');
  t.match(missing.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'q' });
});

t.test('FTS5 syntax in user text is searched as words or rejected, never a 500', async (t) => {
  const app = await fixtureApp();
  const cases = ['"', 'NEAR(a b)', '*', 'body:x', ')(', 'camera OR', 'NOT camera', 'camera*', '"camera', '^camera', 'camera AND politie', '-camera', 'kind:measure', '{body}: x', "'", '\\', '%', 'a'.repeat(500)];
  for (const q of cases) {
    const { res, body } = await getJson(app, `/v1/search?q=${encodeURIComponent(q)}`);
    t.ok(res.statusCode === 200 || (res.statusCode === 400 && body.code === 'INVALID_SEARCH'), `q=${q.slice(0, 20)} → ${res.statusCode}`);
    const list = await getJson(app, `/v1/measures?q=${encodeURIComponent(q)}`);
    t.ok(list.res.statusCode === 200 || list.res.statusCode === 400, `measures?q=${q.slice(0, 20)} → ${list.res.statusCode}`);
  }
  const words = await getJson(app, '/v1/search?q=camera%20OR');
  t.equal(words.body.data.length, 0, '"or" is a word that must occur, not an operator');
  const star = await getJson(app, '/v1/search?q=*');
  t.match(star.body, { status: 400, code: 'INVALID_SEARCH', parameter: 'q' });
  const star2 = await getJson(app, '/v1/search?q=camera*');
  t.equal(star2.body.data.length, (await getJson(app, '/v1/search?q=camera')).body.data.length, 'a trailing * is punctuation');
});
