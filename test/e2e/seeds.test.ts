/**
 * End to end on the seed corpus: the one place the API tests build the seeds. It checks
 * that the real extraction reaches the API, without pinning extraction details that
 * change as the extractor improves (those are the gold files' job, test/ingest).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { defaultSeedsDir } from '../../src/paths.js';
import { seedApp } from '../helpers/dataset.js';

const manifest = JSON.parse(readFileSync(join(defaultSeedsDir, 'manifest.json'), 'utf8')) as { documents: Array<{ file: string; scope: { value: string | null } }> };

t.test('the seed build is served: every document, and records of every kind', async (t) => {
  const app = await seedApp(t);
  const { counts } = (await app.inject('/v1')).json();
  t.equal(counts.documents, manifest.documents.length, 'every seed document');
  for (const entity of ['programmes', 'measures', 'figures', 'actors', 'locations', 'themes']) t.ok(counts[entity] > 0, `${entity} counted`);
});

t.test('a figure of the seeds resolves to its quote in its document', async (t) => {
  const app = await seedApp(t);
  const hits = (await app.inject('/v1/search?q=personeelsleden&type=figure&limit=500')).json().data;
  t.ok(hits.length > 0, 'the staff figures are found');
  for (const hit of hits) {
    const figure = (await app.inject(hit.url.replace(/^http:\/\/[^/]+/, ''))).json();
    const text = (await app.inject(`/v1/documents/${figure.provenance.document}/text`)).body;
    t.equal([...text].slice(figure.provenance.start, figure.provenance.end).join(''), figure.quote, `${figure.id} quotes its document`);
    const seed = readFileSync(join(defaultSeedsDir, (await app.inject(`/v1/documents/${figure.provenance.document}`)).json().file), 'utf8');
    t.ok(seed.includes(figure.quote), 'the quote is in the seed file');
  }
});

t.test('search and the location filter work on the seeds', async (t) => {
  const app = await seedApp(t);
  const camera = (await app.inject('/v1/search?q=camera&type=measure&limit=500')).json().data;
  t.ok(camera.length > 0, 'camera measures found');
  t.ok(camera.every((h: any) => /<mark>/.test(h.snippet)), 'highlighted');
  const inGent = new Set((await app.inject('/v1/locations?location=gent&limit=500')).json().data.map((l: any) => l.id));
  const gent = (await app.inject('/v1/measures?location=gent&limit=500&count=true')).json();
  t.ok(gent.total > 0, "Ghent's measures");
  t.ok(gent.data.every((m: any) => m.locations.some((l: any) => inGent.has(l.id))), 'each tied to Ghent or a place in it');
  const ghentDocuments = (await app.inject('/v1/documents?location=gent&limit=500')).json().data.map((d: any) => d.id);
  t.equal(ghentDocuments.length, manifest.documents.filter((d) => d.scope.value === 'gent').length, 'the documents about Ghent');
  for (const doc of ghentDocuments) t.ok(gent.data.some((m: any) => m.document.id === doc), `measures of ${doc} are Ghent's`);
  const { data } = (await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ location(id: "gent") { measures(first: 1) { totalCount } } }' } })).json();
  t.equal(data.location.measures.totalCount, gent.total, 'GraphQL counts the same');
});
