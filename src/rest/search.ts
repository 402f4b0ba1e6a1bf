/** `GET /v1/search`: ranked Dutch full text across measures, figures and documents. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { search, searchHitRefs, searchHitSchema, searchRankingShape, searchRequestSchema, RANK_LIMIT } from '../queries/search.js';
import { readTogether } from '../queries/sql.js';
import { link } from '../urls.js';
import { JSON_TYPE, nextPageUrl } from './formats.js';
import { limitText } from './schemas.js';
import { problemResponses } from '../problems.js';

/** The search request, strict, with `limit` parsed from its text. */
const querystring = z.strictObject({ ...searchRequestSchema.shape, limit: limitText.optional().describe(searchRequestSchema.shape.limit.description!) });

/** The response: its schema stays the route's contract (OpenAPI), though the page is written without the serializer (see the handler). */
export const searchResultSchema = z
  .object({
    data: z.array(searchHitSchema),
    next: z.string().nullable().describe('URL of the next page, or null.'),
    rankingExact: searchRankingShape.rankingExact,
    ranked: searchRankingShape.ranked,
  })
  .describe('A page of search hits.');

const searchPlugin: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/search', {
    config: { produces: [JSON_TYPE] },
    schema: {
      tags: ['search'],
      operationId: 'search',
      summary: 'Full-text search',
      description: `bm25-ranked hits with highlighted snippets. A search reads at most the ${RANK_LIMIT} newest matches (the last loaded) and ranks those: when more match, \`rankingExact\` is false and the pages hold the ranked hits only.`,
      querystring,
      response: { 200: { description: 'Hits, best first.', content: { [JSON_TYPE]: { schema: searchResultSchema } } }, ...problemResponses(400, 406) },
    },
  }, async (request, reply) => {
    const origin = app.originOf(request);
    // Its candidates, statistics and display rows: one read of the file.
    const page = readTogether(app.db, () => search(app.db, request.query));
    const next = page.next === null ? null : nextPageUrl(request.url, origin, page.next);
    if (next !== null) reply.header('link', `<${next}>; rel="next"`);
    // One JSON.stringify of the page: the hits come out of the query layer with the schema's keys
    // in its order and values of its types (test/rest/search-json.test.ts holds every page to the
    // library serializer's text), so the serializer's checked copy of every hit would only repeat them.
    const body: z.output<typeof searchResultSchema> = { data: link(page.items, searchHitRefs, origin), next, rankingExact: page.rankingExact, ranked: page.ranked };
    // The reply as Fastify's untyped one: it sends the page's text, which the typed reply (a page object) does not take.
    const untyped: FastifyReply = reply;
    untyped.type(`${JSON_TYPE}; charset=utf-8`).send(JSON.stringify(body));
    return reply;
  });
};

export default searchPlugin;
