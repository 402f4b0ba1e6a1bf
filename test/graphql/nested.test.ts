import t from 'tap';
import { documentText } from '../../src/queries/documents.js';
import { measuresOfLocation } from '../../src/queries/measures.js';
import { fixtureApp } from '../helpers/fixture-db.js';
import { data, ids } from './helpers.js';

const ALL = 'first: 100';
const sorted = (values: string[]) => [...values].sort();

t.test('programmes ⇄ measures ⇄ documents', async (t) => {
  const app = await fixtureApp();
  // Page sizes within the cost limit: 4 programmes, up to 80 of each one's measures (the policy note has more).
  const { programmes } = await data(app, `{ programmes(first: 5) { nodes { id issuer { id programmes { nodes { id } } } documents { nodes { id programme { id } programmes { totalCount nodes { id } } } }
    measures(first: 80) { totalCount nodes { id programme { id } document { id measures(first: 80) { nodes { id } } } } } } } }`);
  t.equal(programmes.nodes.length, 4);
  for (const p of programmes.nodes) {
    t.ok(p.measures.totalCount > 0, `${p.id} has measures`);
    t.ok(p.measures.nodes.every((m: any) => m.programme.id === p.id), `${p.id}: each measure points back`);
    t.ok(p.documents.nodes.every((d: any) => d.programme.id === p.id), `${p.id}: each document points back`);
    for (const d of p.documents.nodes) t.same({ ids: ids(d.programmes), total: d.programmes.totalCount }, { ids: [p.id], total: 1 }, `${d.id}: programmes is the list of its programme`);
    for (const m of p.measures.nodes) t.ok(ids(m.document.measures).includes(m.id), `${m.id} is among its document's measures`);
    if (p.issuer) t.ok(ids(p.issuer.programmes).includes(p.id), `${p.id} is among its issuer's programmes`);
  }
});

t.test('measures ⇄ figures, actors, places, themes and mentions, with the link data on edges', async (t) => {
  const app = await fixtureApp();
  // At most 10 Ghent-related measures per actor and 35 per theme: the inner pages hold them all.
  const { measures } = await data(app, `{ measures(first: 20, location: "gent") { nodes { id
    figures(first: 5) { nodes { id measure { id } programme { id } locations(first: 10) { nodes { id } } } }
    programme { id }
    actors(first: 5) { edges { role node { id measures(first: 10) { nodes { id } } } } }
    locations(first: 10) { edges { via node { id } } nodes { id } }
    themes(first: 5) { edges { cues node { id measures(first: 40) { nodes { id } } } } }
    mentions { nodes { id measure { id } } } } } }`);
  t.equal(measures.nodes.length, 13);
  t.ok(measures.nodes.some((m: any) => m.figures.nodes.length > 1 && m.actors.edges.length > 0), 'figures and actors to compare');
  const rest = await app.inject('/v1/measures?location=gent&limit=20');
  const records = new Map(rest.json().data.map((m: any) => [m.id, m]));
  for (const m of measures.nodes) {
    const record: any = records.get(m.id);
    t.same(m.actors.edges.map((e: any) => ({ id: e.node.id, role: e.role })), record.actors.map((a: any) => ({ id: a.id, role: a.role })), `${m.id}: actors and roles as REST`);
    t.same(m.locations.edges.map((e: any) => ({ id: e.node.id, via: e.via })), record.locations.map((l: any) => ({ id: l.id, via: l.via })), `${m.id}: places and how`);
    t.same(m.themes.edges.map((e: any) => ({ id: e.node.id, cues: e.cues })), record.themes.map((l: any) => ({ id: l.id, cues: l.cues })), `${m.id}: themes and cues`);
    for (const e of [...m.actors.edges, ...m.themes.edges]) t.ok(ids(e.node.measures).includes(m.id), `${m.id} is among the measures of ${e.node.id}`);
    for (const f of m.figures.nodes) {
      t.equal(f.measure.id, m.id);
      t.same(f.programme, m.programme, 'a figure is in its measure’s programme');
      t.same(ids(f.locations), ids(m.locations), 'and at its measure’s places');
    }
    t.ok(m.mentions.nodes.every((n: any) => n.measure.id === m.id));
  }
});

t.test('actor and location trees both ways; a place includes the places inside it', async (t) => {
  const app = await fixtureApp();
  const { actor } = await data(app, '{ actor(id: "parket") { parent { id children(first: 100) { nodes { id } } } children { nodes { id parent { id } } } mentions { nodes { actor { id } } } } }');
  t.equal(actor.parent.id, 'magistratuur');
  t.ok(ids(actor.parent.children).includes('parket'));
  t.ok(actor.children.nodes.every((c: any) => c.parent.id === 'parket'));
  t.same(ids(actor.children), ['jeugdparket']);
  t.ok(actor.mentions.nodes.every((m: any) => m.actor.id === 'parket'));

  const { location } = await data(app, `{ location(id: "gent") { children(${ALL}) { nodes { id parent { id } } } measures(${ALL}) { totalCount nodes { id } } figures(${ALL}) { nodes { id measure { id } } } mentions { nodes { location { id } } } } }`);
  t.ok(location.children.nodes.length > 0 && location.children.nodes.every((c: any) => c.parent.id === 'gent'));
  t.same(sorted(ids(location.children)), ['haven-gent', 'rietwijk']);
  t.equal(location.measures.totalCount, 13);
  const [expected] = measuresOfLocation.all(app.db, ['gent']);
  t.same(sorted(ids(location.measures)), sorted(expected!.map((m) => m.id).slice(0, 100)), 'the query layer’s measures of Ghent');
  const { location: street } = await data(app, `{ location(id: "molenstraat") { parent { id parent { id } } measures(${ALL}) { nodes { id } } } }`);
  t.same([street.parent.id, street.parent.parent.id], ['rietwijk', 'gent']);
  t.equal(street.measures.nodes.length, 3);
  t.ok(ids(street.measures).every((id: string) => ids(location.measures).includes(id)), 'the Molenstraat’s measures are Ghent’s too');
  const measureIds = new Set(ids(location.measures));
  t.ok(location.figures.nodes.every((f: any) => measureIds.has(f.measure.id)), 'figures of Ghent’s measures');
  t.ok(location.mentions.nodes.every((m: any) => m.location.id === 'gent'));
});

t.test('provenance quotes the document text at its code-point offsets; URLs are absolute', async (t) => {
  const app = await fixtureApp();
  const { figures, measures } = await data(app, `{ figures(${ALL}) { nodes { url quote provenance { start end quote document { id url textUrl } } } }
    measures(first: 30) { nodes { url text provenance { start end quote document { id } } } } }`);
  for (const r of [...figures.nodes, ...measures.nodes]) {
    const text = Array.from(documentText(app.db, r.provenance.document.id)!);
    t.equal(text.slice(r.provenance.start, r.provenance.end).join(''), r.provenance.quote);
    t.match(r.url, /^http:\/\/localhost(:\d+)?\/v1\/(figures|measures)\//);
  }
  t.match(figures.nodes[0].provenance.document.textUrl, /^http:\/\/localhost(:\d+)?\/v1\/documents\/[^/]+\/text$/);
});

t.test('unknown ids give null without an error', async (t) => {
  const app = await fixtureApp();
  const result = await data(app, '{ measure(id: "nope") { id } actor(id: "nope") { id } location(id: "nope") { id } }');
  t.same(result, { measure: null, actor: null, location: null });
});
