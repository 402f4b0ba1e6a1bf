/**
 * Defects users hit in the REST API (issue 13 §1), each pinned by the request that
 * showed it.
 */
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { data } from '../graphql/helpers.js';
import { getJson } from './util.js';

t.test('/v1/themes?location=… counts each theme\'s measures among the filtered ones', async (t) => {
  const app = await seedApp(t);
  const all = new Map((await getJson(app, '/v1/themes?limit=500')).body.data.map((th: any) => [th.id, th.measureCount]));
  for (const filter of ['location=gent', 'location=antwerpen&actor=douane', 'programme=' + (await getJson(app, '/v1/programmes?limit=1')).body.data[0].id]) {
    const { body } = await getJson(app, `/v1/themes?${filter}&limit=500`);
    t.ok(body.data.length > 0, `${filter}: some themes`);
    let smaller = 0;
    for (const theme of body.data) {
      const { body: measures } = await getJson(app, `/v1/themes/${theme.id}/measures?${filter}&count=true&limit=1`);
      t.equal(theme.measureCount, measures.total, `${filter}: ${theme.id} counts ${measures.total} measures`);
      if (theme.measureCount < (all.get(theme.id) as number)) smaller++;
    }
    t.ok(smaller > 0, `${filter}: some counts are below the whole dataset's`);
  }
  const { body: unfiltered } = await getJson(app, '/v1/themes?q=drugs');
  t.ok(unfiltered.data.every((th: any) => th.measureCount === all.get(th.id)), 'a text filter on themes keeps the dataset counts');
});

t.test('GraphQL themes(location:) count the filtered measures too', async (t) => {
  const app = await seedApp(t);
  const { themes } = await data(app, '{ themes(location: "gent", first: 100) { nodes { id measureCount } } }');
  const rest = (await getJson(app, '/v1/themes?location=gent&limit=500')).body.data;
  t.same(themes.nodes, rest.map((th: any) => ({ id: th.id, measureCount: th.measureCount })));
});

t.test('the themes export counts the filtered measures', async (t) => {
  const app = await seedApp(t);
  const lines = (await app.inject('/v1/themes.ndjson?location=gent')).body.trim().split('\n').map((l) => JSON.parse(l));
  const rest = (await getJson(app, '/v1/themes?location=gent&limit=500')).body.data;
  t.same(lines.map((th: any) => th.measureCount), rest.map((th: any) => th.measureCount));
});

t.test('measures sort by the date of their document, either way', async (t) => {
  const app = await seedApp(t);
  const dates = new Map((await getJson(app, '/v1/documents?limit=500')).body.data.map((d: any) => [d.id, d.date ?? '']));
  for (const sort of ['date', '-date']) {
    const { res, body } = await getJson(app, `/v1/measures?sort=${sort}&limit=500`);
    t.equal(res.statusCode, 200, sort);
    const seen = body.data.map((m: any) => dates.get(m.document.id) as string);
    const expected = [...seen].sort();
    t.same(seen, sort === 'date' ? expected : expected.reverse(), `sort=${sort} orders by document date`);
    t.ok(new Set(seen).size > 1, 'over several dates');
  }
});

/** Ids of every measure of a filtered list. */
async function measureIds(app: Parameters<typeof getJson>[0], query: string): Promise<string[]> {
  const { res, body } = await getJson(app, `/v1/measures?${query}&limit=500`);
  if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${JSON.stringify(body)}`);
  return body.data.map((m: any) => m.id);
}

t.test('actor and theme filters take a name as well as an id, in any case or accents', async (t) => {
  const app = await seedApp(t);
  const actor = (await getJson(app, '/v1/actors/douane')).body;
  const theme = (await getJson(app, '/v1/themes/drugs')).body;
  const byActorId = await measureIds(app, 'actor=douane');
  t.ok(byActorId.length > 0);
  t.same(await measureIds(app, `actor=${encodeURIComponent(actor.name.toUpperCase())}`), byActorId, `actor=${actor.name.toUpperCase()}`);
  const byThemeId = await measureIds(app, 'theme=drugs');
  t.same(await measureIds(app, `theme=${encodeURIComponent(theme.labelNl)}`), byThemeId, `theme=${theme.labelNl}`);
  t.same(await measureIds(app, `theme=${encodeURIComponent(theme.labelEn)}`), byThemeId, `theme=${theme.labelEn} (English label)`);
  const named = (await getJson(app, `/v1/themes?actor=${encodeURIComponent(actor.name)}`)).body.data.map((th: any) => th.id);
  t.same(named, (await getJson(app, '/v1/themes?actor=douane')).body.data.map((th: any) => th.id), 'on the reference collections too');
  const { res, body } = await getJson(app, '/v1/measures?actor=niemand-bekend');
  t.equal(res.statusCode, 400, 'a name that matches nothing is still a 400');
  t.equal(body.parameter, 'actor');
});

t.test('a comma-separated filter means any of its values', async (t) => {
  const app = await seedApp(t);
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
  for (const [name, a, b] of [['theme', 'drugs', 'cameratoezicht'], ['location', 'gent', 'antwerpen'], ['actor', 'douane', 'parket']] as const) {
    const [onlyA, onlyB] = [await measureIds(app, `${name}=${a}`), await measureIds(app, `${name}=${b}`)];
    const both = await measureIds(app, `${name}=${a},${b}`);
    t.ok(both.length > Math.max(onlyA.length, onlyB.length), `${name}=${a},${b} holds more than either`);
    t.same([...both].sort(), union(onlyA, onlyB), `${name}=${a},${b} is the union`);
  }
  const figures = (await getJson(app, '/v1/figures?location=gent,antwerpen&count=true')).body.total;
  const separately = (await getJson(app, '/v1/figures?location=gent&count=true')).body.total + (await getJson(app, '/v1/figures?location=antwerpen&count=true')).body.total;
  t.ok(figures > 0 && figures <= separately, 'figures too');
  const { res, body } = await getJson(app, '/v1/measures?theme=drugs,geen-thema');
  t.equal(res.statusCode, 400, 'one unknown value is a 400 naming it');
  t.match(body.detail, /geen-thema/);
  const many = Array.from({ length: 11 }, () => 'drugs').join(',');
  t.equal((await app.inject(`/v1/measures?theme=${many}`)).statusCode, 400, 'at most 10 values');
});

t.test('a name that holds a comma is one value, not two', async (t) => {
  const app = await seedApp(t);
  // Every page of actors, not the first: the gazetteer grows, and where such an actor sorts moves with it.
  let actor: any;
  for (let url: string | null = '/v1/actors?limit=500'; url !== null && actor === undefined;) {
    const { body }: { body: { data: any[]; next: string | null } } = await getJson(app, url);
    actor = body.data.find((a: any) => a.aliases.some((alias: string) => alias.includes(',')));
    const next: URL | null = body.next === null ? null : new URL(body.next, 'http://localhost');
    url = next && next.pathname + next.search;
  }
  t.ok(actor, 'an actor with a comma in an alias');
  const alias = actor.aliases.find((a: string) => a.includes(','));
  const { res, body } = await getJson(app, `/v1/measures?actor=${encodeURIComponent(alias)}&count=true`);
  t.equal(res.statusCode, 200, alias);
  t.equal(body.total, (await getJson(app, `/v1/measures?actor=${actor.id}&count=true`)).body.total, 'the measures of that actor');
});

t.test('GraphQL filters take names and lists alike', async (t) => {
  const app = await seedApp(t);
  const { measures } = await data(app, '{ measures(theme: "Drugs,cameratoezicht", first: 100) { totalCount } }');
  t.equal(measures.totalCount, (await getJson(app, '/v1/measures?theme=drugs,cameratoezicht&count=true')).body.total);
});
