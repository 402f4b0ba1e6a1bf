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
