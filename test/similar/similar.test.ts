/** Measure alignment: the lexical method on small inputs, and its routes over the seed corpus. */
import t from 'tap';
import { MIN_SCORE, similarMeasures, SIMILAR_PER_MEASURE, type MeasureText } from '../../src/ingest/similarity.js';
import { seedApp } from '../helpers/dataset.js';

const nested = new Set(['gent|belgie', 'antwerpen|belgie']);
const related = (a: string, b: string) => a === b || nested.has(`${a}|${b}`) || nested.has(`${b}|${a}`);
const m = (id: string, documentId: string, place: string | null, text: string): MeasureText => ({ id, documentId, place, text });

/** Unrelated measures, so that document frequencies mean something (a term in every measure weighs nothing). */
const background = [
  'De brandweer krijgt een nieuwe kazerne aan de ring.',
  'Slachtoffers van partnergeweld vinden hulp in het zorgcentrum.',
  'Snelheidscontroles komen er aan elke schoolomgeving.',
  'Jeugdwerkers organiseren activiteiten op pleinen in de zomer.',
  'Het parket vervolgt drugsdealers sneller via snelrecht.',
  'Fietspatrouilles rijden elke avond door het park.',
  'Sluikstorten wordt beboet met een administratieve sanctie.',
  'Het onthaal van het politiekantoor is ook op zaterdag open.',
].map((text, i) => m(`bg${i}`, `BG${i}`, 'elders', text));

t.test('the method: weighted shared stems, candidates only in other documents about related places', async (t) => {
  const corpus = [
    m('a1', 'A', 'antwerpen', 'We breiden het cameratoezicht in de stationsbuurt uit met slimme camera’s.'),
    m('a2', 'A', 'antwerpen', 'Het cameratoezicht in de stationsbuurt wordt uitgebreid.'),
    m('b1', 'B', 'antwerpen', 'Cameratoezicht in de stationsbuurt breiden we verder uit.'),
    m('b2', 'B', 'antwerpen', 'De wijkagent krijgt meer tijd voor de buurt.'),
    m('c1', 'C', 'belgie', 'De federale regering breidt het cameratoezicht met slimme camera’s in stationsbuurten uit.'),
    m('g1', 'G', 'gent', 'Gent breidt het cameratoezicht in de stationsbuurt uit.'),
    m('n1', 'N', null, 'Cameratoezicht in de stationsbuurt breiden we uit.'),
  ];
  const result = similarMeasures([...corpus, ...background], related);
  const of = (id: string) => result.filter((s) => s.measureId === id);
  t.same(of('a1').map((s) => s.similarId).sort(), ['b1', 'c1'], 'other documents about the same place or a parent; not its own document, not a sibling city, not a document without place');
  t.ok(of('c1').some((s) => s.similarId === 'g1') && of('c1').some((s) => s.similarId === 'a1'), 'and the other way round: a national plan aligns with city measures');
  t.same(of('n1'), [], 'a document without place gets no candidates');
  t.same(of('b2'), [], 'nothing shared, nothing kept');
  for (const s of result) {
    t.ok(s.score >= MIN_SCORE && s.score <= 1, `${s.measureId}→${s.similarId} score in range`);
    t.ok(s.terms.length >= 2, 'at least two shared terms');
  }
  t.ok(of('a1')[0]!.terms.includes('cameratoezicht') && of('a1')[0]!.terms.includes('stationsbuurt'), 'shared terms as the measure writes them');
  t.notOk(result.some((s) => s.terms.some((w) => ['de', 'het', 'in', 'we'].includes(w))), 'function words are never shared terms');
  const ranks = of('a1').map((s) => s.score);
  t.same(ranks, [...ranks].sort((x, y) => y - x), 'best first');
});

t.test('at most SIMILAR_PER_MEASURE per measure', async (t) => {
  const many = Array.from({ length: 12 }, (_, i) => m(`x${i}`, `D${i}`, 'antwerpen', `Het cameratoezicht aan het station wordt uitgebreid, fase ${i}.`));
  const result = similarMeasures([...many, ...background], related);
  t.equal(result.filter((s) => s.measureId === 'x0').length, SIMILAR_PER_MEASURE);
});

t.test('REST and GraphQL serve the similar measures of the seeds', async (t) => {
  const app = await seedApp(t);
  const all = (await app.inject('/v1/measures?location=antwerpen&limit=500')).json().data as Array<{ id: string; document: { id: string } }>;
  let served = 0;
  for (const measure of all) {
    const res = await app.inject(`/v1/measures/${measure.id}/similar`);
    t.equal(res.statusCode, 200);
    for (const s of res.json().data) {
      served++;
      t.not(s.document.id, measure.document.id, 'never its own document');
      t.match(s.measure.url, /^http:\/\/[^/]+\/v1\/measures\//);
    }
  }
  t.ok(served > 10, `Antwerp's measures align with others (${served} pairs)`);
  const missing = await app.inject('/v1/measures/m-nope/similar');
  t.equal(missing.statusCode, 404);
  const gql = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ measures(location: "antwerpen", first: 50) { edges { node { id similar { rank score terms measure { id document { id } } } } } } }' } });
  const nodes = gql.json().data.measures.edges.map((e: { node: unknown }) => e.node) as Array<{ id: string; similar: Array<{ rank: number; measure: { id: string } }> }>;
  t.ok(nodes.some((n) => n.similar.length > 0), 'GraphQL Measure.similar');
  for (const n of nodes.slice(0, 10)) {
    const rest = (await app.inject(`/v1/measures/${n.id}/similar`)).json().data.map((s: { measure: { id: string } }) => s.measure.id);
    t.same(n.similar.map((s) => s.measure.id), rest, 'GraphQL and REST agree');
  }
});

t.test('the document page shows each measure\'s similar measures, linked, without JavaScript', async (t) => {
  const app = await seedApp(t);
  const pair = (await app.inject('/v1/measures?location=antwerpen&limit=500')).json().data as Array<{ id: string; document: { id: string } }>;
  let checked = false;
  for (const measure of pair) {
    const similar = (await app.inject(`/v1/measures/${measure.id}/similar`)).json().data;
    if (similar.length === 0) continue;
    const page = await app.inject(`/browse/documents/${measure.document.id}`);
    t.equal(page.statusCode, 200);
    t.match(page.body, `aria-label="Vergelijkbare maatregelen van ${measure.id}"`);
    t.match(page.body, `href="/browse/measures/${similar[0].measure.id}"`, 'linked to the page that shows it');
    t.match(page.body, similar[0].terms[0]);
    checked = true;
    break;
  }
  t.ok(checked, 'some seed measure has similar measures');
});

t.test('documents without a place give no candidates, so nothing is weighed', async (t) => {
  const unplaced = background.map((b) => ({ ...b, place: null }));
  t.same(similarMeasures([...unplaced, m('x1', 'X', null, 'De brandweer krijgt een nieuwe kazerne aan de ring.')], related), []);
});
