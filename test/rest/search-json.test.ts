/**
 * Search pages are written with one `JSON.stringify` of the hits the query layer built
 * (src/rest/search.ts), not through the route's serializer: so every page must be, byte for
 * byte, what the library's serializer (zod's encoding, then `JSON.stringify`, then the ASCII
 * pass) writes for the same page. The page is parsed back (JSON keeps key order) and written
 * again through the library's serializer: a key out of order, an extra key or a value zod
 * rejects makes the two differ.
 */
import { serializerCompiler } from 'fastify-type-provider-zod';
import t from 'tap';
import type { z } from 'zod';
import { searchResultSchema } from '../../src/rest/search.js';
import { asciiJson } from '../../src/text/ascii-json.js';
import { freshFixtureApp } from '../helpers/fixture-db.js';

type Route = Parameters<typeof serializerCompiler>[0];
const libraryJson = (schema: z.ZodType, value: unknown) => asciiJson(serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' } as Route)(value));

/** Common and rare words, two words, a prefix of a word, accents and a plural, each type, small pages. */
const SEARCHES = ['q=politie', 'q=camera', 'q=camera%20politie', 'q=wijkagent&type=measure', 'q=politie&type=document&limit=3', 'q=politie&type=figure', 'q=cocaïne', "q=camera's&limit=2", 'q=cam', 'q=nietsvindbaarwoord'];

t.test('every search page over the fixture, following its cursors, is the text the library serializer writes for it', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  let compared = 0;
  for (const search of SEARCHES) {
    let url: string | null = `/v1/search?${search}`;
    for (let pages = 0; url !== null && pages < 4; pages++) {
      const res = await app.inject(url);
      t.equal(res.statusCode, 200, url);
      t.match(res.headers['content-type'], /^application\/json; charset=utf-8/, url);
      const page = JSON.parse(res.body) as { data: unknown[]; next: string | null };
      t.equal(res.body, libraryJson(searchResultSchema, page), `${url}: ${page.data.length} hits, as the library writes them`);
      compared++;
      url = page.next === null ? null : page.next.replace(/^https?:\/\/[^/]+/, '');
    }
  }
  t.ok(compared > SEARCHES.length, `${compared} pages compared`);
});

t.test('a hit built out of the schema order would be caught: the comparison sees key order', async (t) => {
  const hit = { type: 'measure', id: 'm', name: 'n', url: 'u', score: -1.5, snippet: '<mark>x</mark>', document: { id: 'd', name: 'n', url: 'u' } };
  const page = (data: unknown[]) => ({ data, next: null, rankingExact: true, ranked: data.length });
  t.equal(JSON.stringify(page([hit])), libraryJson(searchResultSchema, page([hit])));
  const { score, ...rest } = hit;
  t.not(JSON.stringify(page([{ score, ...rest }])), libraryJson(searchResultSchema, page([{ score, ...rest }])));
});
