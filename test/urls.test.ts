/**
 * The one place URLs are built (src/urls.ts): references become the URLs the API has
 * always given, linking touches reference fields only, and every URL field of every
 * entity is described by a reference, so none reaches a client as a bare id.
 */
import fc from 'fast-check';
import t from 'tap';
import { z } from 'zod';
import { actors } from '../src/queries/actors.js';
import { comparisonRefs } from '../src/queries/compare.js';
import { entityCollections } from '../src/queries/dataset.js';
import { documents } from '../src/queries/documents.js';
import { recordRefs, type Entity } from '../src/queries/entity.js';
import { figures } from '../src/queries/figures.js';
import { locations } from '../src/queries/locations.js';
import { measures } from '../src/queries/measures.js';
import { mentions } from '../src/queries/mentions.js';
import { programmes } from '../src/queries/programmes.js';
import { summaryRefs, type Refs } from '../src/queries/refs.js';
import { series } from '../src/queries/series.js';
import { themes } from '../src/queries/themes.js';
import { cardUrl, link, recordUrl, refUrl } from '../src/urls.js';

const ORIGIN = 'https://api.example';

t.test('references become the API URLs', async (t) => {
  t.equal(refUrl(ORIGIN, { collection: 'measures', id: 'm-1' }), 'https://api.example/v1/measures/m-1');
  t.equal(refUrl(ORIGIN, { collection: 'actors', id: 'pz-gent', rel: 'mentions' }), 'https://api.example/v1/actors/pz-gent/mentions');
  t.equal(refUrl(ORIGIN, { collection: 'documents', id: 'doc-1', rel: 'text', fragment: 'char=3,9' }), 'https://api.example/v1/documents/doc-1/text#char=3,9');
  t.equal(refUrl(ORIGIN, { collection: 'measures', query: { location: 'gent', theme: 'drugs & overlast' } }), 'https://api.example/v1/measures?location=gent&theme=drugs%20%26%20overlast');
  t.equal(refUrl(ORIGIN, { collection: 'series', id: 's 1', card: true }), cardUrl(ORIGIN, 'series', 's 1'));
  t.equal(refUrl('', { collection: 'measures', id: 'm-1', rel: 'cite', query: { format: 'text' } }), '/v1/measures/m-1/cite?format=text', 'site-relative without an origin');
});

t.test('an id is one path segment, whatever it holds', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(fc.constantFrom(...entityCollections), fc.string({ minLength: 1, maxLength: 30 }), (collection, id) => {
        const url = recordUrl(ORIGIN, collection, id);
        const prefix = `${ORIGIN}/v1/${collection}/`;
        const segment = url.slice(prefix.length);
        return url.startsWith(prefix) && !/[/?#]/.test(segment) && decodeURIComponent(segment) === id;
      }),
      { numRuns: 300 },
    ),
  );
});

t.test('linking sets reference fields in place, in their place, and nothing else', async (t) => {
  const refs: Refs = { url: (id: string) => ({ collection: 'measures', id }), document: summaryRefs('documents'), themes: summaryRefs('themes') };
  const record = {
    id: 'm-1',
    url: 'm-1',
    text: '/v1/not-a-reference',
    document: { id: 'doc-1', name: 'Plan', url: 'doc-1' },
    programme: null,
    themes: [{ id: 'drugs', name: 'Drugs', url: 'drugs', cues: ['drugs'] }],
  };
  const linked = link(record, refs, ORIGIN);
  t.equal(linked, record, 'the same object');
  t.same(record, {
    id: 'm-1',
    url: `${ORIGIN}/v1/measures/m-1`,
    text: '/v1/not-a-reference',
    document: { id: 'doc-1', name: 'Plan', url: `${ORIGIN}/v1/documents/doc-1` },
    programme: null,
    themes: [{ id: 'drugs', name: 'Drugs', url: `${ORIGIN}/v1/themes/drugs`, cues: ['drugs'] }],
  });
  t.same(Object.keys(record.themes[0]!), ['id', 'name', 'url', 'cues'], 'key order kept');
  const partial = { id: 'm-2' };
  t.same(link(partial, refs, ORIGIN), { id: 'm-2' }, 'fields a projection left out stay out');
  t.same(link([{ id: 'a', url: null }], { url: (id: string) => ({ collection: 'actors', id }) }, ORIGIN), [{ id: 'a', url: null }], 'a null reference stays null');
});

t.test('nested references: lists of objects holding summaries', async (t) => {
  const comparison = {
    locations: [{ id: 'gent', name: 'Gent', url: 'gent' }],
    themes: [{ theme: { id: 'drugs', name: 'Drugs', url: 'drugs' }, total: 1, places: [{ location: 'gent', programmes: [{ id: 'p', name: 'P', url: 'p' }], measuresUrl: 'drugs' }] }],
  };
  link(comparison, comparisonRefs, ORIGIN);
  t.equal(comparison.locations[0]!.url, `${ORIGIN}/v1/locations/gent`);
  t.equal(comparison.themes[0]!.theme.url, `${ORIGIN}/v1/themes/drugs`);
  t.equal(comparison.themes[0]!.places[0]!.programmes[0]!.url, `${ORIGIN}/v1/programmes/p`);
  t.equal(comparison.themes[0]!.places[0]!.measuresUrl, `${ORIGIN}/v1/measures?location=gent&theme=drugs`);
});

const unwrap = (schema: z.ZodType): z.ZodType => (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema);
/** A `{id, name, url}` summary schema, or a list of them. */
const holdsSummaries = (schema: z.ZodType) => {
  const s = unwrap(schema);
  const element = s instanceof z.ZodArray ? unwrap(s.element as z.ZodType) : s;
  return element instanceof z.ZodObject && 'url' in element.shape && 'id' in element.shape;
};

t.test('every URL field and every summary of every entity is a described reference', async (t) => {
  const entities: Entity[] = [documents, programmes, measures, figures, series, actors, locations, themes, mentions];
  for (const e of entities) {
    const refs = recordRefs(e);
    for (const [name, field] of Object.entries((e.schema as z.ZodObject).shape)) {
      if (name === 'sourceUrl') continue; // where the source was published: a URL of the web, not of the API
      if (name === 'url' || name.endsWith('Url')) t.type(refs[name], 'function', `${e.collection}.${name} is a reference`);
      else if (holdsSummaries(field as z.ZodType)) t.type((refs[name] as Refs | undefined)?.url, 'function', `${e.collection}.${name} holds summaries`);
    }
  }
});
