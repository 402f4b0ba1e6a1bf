/**
 * Connections page backwards too (issue 13 §1): `last`/`before`, with
 * `pageInfo.hasPreviousPage` and `startCursor`, on root lists and nested lists alike.
 */
import t, { type Test } from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { data, gql } from './helpers.js';

type App = Awaited<ReturnType<typeof seedApp>>;

const PAGE = 'nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Every id of a list, walked backwards from its end with pages of `size`, in list order. */
async function walkBackwards(t: Test, app: App, list: (args: string) => string, pick: (d: any) => any, size: number) {
  const ids: string[] = [];
  let before: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const args: string = `last: ${size}${before ? `, before: "${before}"` : ''}`;
    const page = pick(await data(app, list(args)));
    t.ok(page.nodes.length <= size);
    ids.unshift(...page.nodes.map((n: { id: string }) => n.id));
    t.equal(page.pageInfo.hasNextPage, before !== null, 'items follow a page before a cursor');
    if (!page.pageInfo.hasPreviousPage) return ids;
    before = page.pageInfo.startCursor;
  }
  throw new Error('no end');
}

t.test('a root list walked backwards is the list walked forwards', async (t) => {
  const app = await seedApp(t);
  for (const [name, sort] of [['measures', ''], ['figures', ', sort: "-value"'], ['themes', ', location: "gent"']] as const) {
    const forwards = (await data(app, `{ ${name}(first: 100${sort}) { nodes { id } totalCount } }`))[name];
    t.ok(forwards.totalCount <= 200);
    const all: string[] = forwards.nodes.map((n: { id: string }) => n.id);
    if (forwards.totalCount > 100) {
      const rest = await data(app, `{ ${name}(first: 100, after: "${(await data(app, `{ ${name}(first: 100${sort}) { pageInfo { endCursor } } }`))[name].pageInfo.endCursor}"${sort}) { nodes { id } } }`);
      all.push(...rest[name].nodes.map((n: { id: string }) => n.id));
    }
    const backwards = await walkBackwards(t, app, (args) => `{ ${name}(${args}${sort}) { ${PAGE} } }`, (d) => d[name], 7);
    t.same(backwards, all, `${name}${sort}: the same items in the same order`);
  }
});

t.test('startCursor and endCursor lead to the neighbouring pages', async (t) => {
  const app = await seedApp(t);
  const first = (await data(app, `{ measures(first: 5) { ${PAGE} } }`)).measures;
  t.same([first.pageInfo.hasPreviousPage, first.pageInfo.hasNextPage], [false, true]);
  const second = (await data(app, `{ measures(first: 5, after: "${first.pageInfo.endCursor}") { ${PAGE} } }`)).measures;
  t.equal(second.pageInfo.hasPreviousPage, true, 'a page after a cursor has items before it');
  const back = (await data(app, `{ measures(last: 5, before: "${second.pageInfo.startCursor}") { ${PAGE} } }`)).measures;
  t.same(back.nodes, first.nodes, 'last/before the second page is the first page');
  t.equal(back.pageInfo.hasPreviousPage, false);
  t.equal(back.pageInfo.startCursor, first.pageInfo.startCursor);
  t.equal(back.pageInfo.endCursor, first.pageInfo.endCursor);
  const edges = (await data(app, '{ measures(first: 3) { edges { cursor } pageInfo { startCursor endCursor } } }')).measures;
  t.equal(edges.pageInfo.startCursor, edges.edges[0].cursor);
  t.equal(edges.pageInfo.endCursor, edges.edges[2].cursor);
  const empty = (await data(app, `{ measures(last: 5, before: "${first.pageInfo.startCursor}") { ${PAGE} } }`)).measures;
  t.same(empty, { nodes: [], pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null } }, 'nothing before the first item');
});

t.test('nested lists page backwards, every parent in one statement', async (t) => {
  const app = await seedApp(t);
  const { actor } = await data(app, '{ actor(id: "douane") { mentions(first: 100) { nodes { id } } } }');
  const all = actor.mentions.nodes.map((n: { id: string }) => n.id);
  t.ok(all.length > 4);
  const backwards = await walkBackwards(t, app, (args) => `{ actor(id: "douane") { mentions(${args}) { ${PAGE} } } }`, (d) => d.actor.mentions, 2);
  t.same(backwards, all, 'the same mentions in text order');
  const { programmes } = await data(app, '{ programmes(first: 10) { nodes { id measures(last: 3) { nodes { id } } all: measures(first: 100) { nodes { id } } } } }');
  for (const p of programmes.nodes) t.same(p.measures.nodes, p.all.nodes.slice(-3), `${p.id}: the last three measures`);
});

t.test('forward and backward arguments do not mix; bad values are errors', async (t) => {
  const app = await seedApp(t);
  const code = async (args: string) => (await gql(app, `{ measures(${args}) { nodes { id } } }`)).body.errors?.[0]?.extensions;
  t.match(await code('first: 2, last: 2'), { code: 'INVALID_PARAMETER', parameter: 'last' });
  t.match(await code('after: "x", before: "y"'), { code: 'INVALID_PARAMETER', parameter: 'before' });
  t.match(await code('last: 0'), { code: 'INVALID_PARAMETER', parameter: 'last' });
  t.match(await code('last: 101'), { code: 'INVALID_PARAMETER', parameter: 'last' });
  t.match(await code('before: "garbage"'), { code: 'INVALID_CURSOR' });
});

t.test('the cost limit counts `last` as it counts `first`', async (t) => {
  const app = await seedApp(t);
  const nested = (size: string) => `{ programmes(${size}: 100) { nodes { measures(${size}: 100) { nodes { figures(${size}: 100) { nodes { id } } } } } } }`;
  for (const size of ['first', 'last']) t.match((await gql(app, nested(size))).body.errors?.[0]?.extensions, { code: 'QUERY_TOO_COSTLY' }, size);
});
