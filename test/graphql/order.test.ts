/**
 * Nested GraphQL lists come in a meaningful order: what quotes a text (figures,
 * mentions, measures) in text order — by document, then position — never by id text,
 * where offset 1157 would sort before 766.
 */
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { data } from './helpers.js';

interface Located {
  id: string;
  provenance?: { document: { id: string }; start: number };
  document?: { id: string };
  start?: number;
}

/** `[document, start]` of a figure or measure (provenance) or mention (document + start). */
const position = (n: Located): [string, number] => (n.provenance ? [n.provenance.document.id, n.provenance.start] : [n.document!.id, n.start!]);

/** Whether `nodes` are in text order: by document, then by start offset. */
function inTextOrder(nodes: Located[]): boolean {
  return nodes.every((n, i) => {
    if (i === 0) return true;
    const [doc, start] = position(n);
    const [prevDoc, prevStart] = position(nodes[i - 1]!);
    return prevDoc < doc || (prevDoc === doc && prevStart < start);
  });
}

t.test('a document\'s figures, measures and mentions are in text order', async (t) => {
  const app = await seedApp(t);
  const { documents } = await data(app, `{ documents(first: 10) { nodes { id
    figures(first: 100) { nodes { id provenance { document { id } start } } }
    measures(first: 100) { nodes { id provenance { document { id } start } } } } } }`);
  let sawFigures = 0;
  for (const d of documents.nodes) {
    t.ok(inTextOrder(d.figures.nodes), `${d.id}: figures in text order (${d.figures.nodes.map((f: Located) => f.provenance!.start).join(', ')})`);
    t.ok(inTextOrder(d.measures.nodes), `${d.id}: measures in text order`);
    if (d.figures.nodes.length > 2) sawFigures++;
  }
  t.ok(sawFigures > 0, 'some document has several figures');
});

t.test('mentions of actors, places and measures are in text order', async (t) => {
  const app = await seedApp(t);
  const { actors, locations } = await data(app, `{
    actors(first: 100) { nodes { id mentions(first: 100) { nodes { id start document { id } } } } }
    locations(first: 100) { nodes { id mentions(first: 100) { nodes { id start document { id } } } } } }`);
  const lists = [...actors.nodes, ...locations.nodes].map((r: any) => [r.id, r.mentions.nodes] as const);
  t.ok(lists.some(([, nodes]) => nodes.length > 5), 'some record has many mentions');
  for (const [id, nodes] of lists) t.ok(inTextOrder(nodes), `${id}: mentions in text order`);
});

t.test('measures reached from actors, places and themes, and figures of places, are in text order', async (t) => {
  const app = await seedApp(t);
  const { actors, themes, locations } = await data(app, `{
    actors(first: 30) { nodes { id measures(first: 30) { nodes { id provenance { document { id } start } } } } }
    themes(first: 30) { nodes { id measures(first: 30) { nodes { id provenance { document { id } start } } } } }
    locations(first: 10, kind: municipality) { nodes { id figures(first: 30) { nodes { id provenance { document { id } start } } } } } }`);
  for (const r of [...actors.nodes, ...themes.nodes]) t.ok(inTextOrder(r.measures.nodes), `${r.id}: measures in text order`);
  for (const r of locations.nodes) t.ok(inTextOrder(r.figures.nodes), `${r.id}: figures in text order`);
});

t.test('a nested page continues in text order after its cursor', async (t) => {
  const app = await seedApp(t);
  const query = 'query ($after: String) { document(id: "doc-c5bb29bf6d9f") { figures(first: 1, after: $after) { nodes { id provenance { document { id } start } } pageInfo { endCursor hasNextPage } } } }';
  const nodes: Located[] = [];
  let after: string | null = null;
  for (let i = 0; i < 10; i++) {
    const { document }: any = await data(app, query, { after });
    nodes.push(...document.figures.nodes);
    if (!document.figures.pageInfo.hasNextPage) break;
    after = document.figures.pageInfo.endCursor;
  }
  t.ok(nodes.length >= 3, 'walked several pages');
  t.ok(inTextOrder(nodes), `pages in text order: ${nodes.map((n) => n.provenance!.start).join(', ')}`);
});
