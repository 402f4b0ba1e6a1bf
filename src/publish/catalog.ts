/**
 * `GET /catalog`: the DCAT-AP 3.0 catalogue, JSON-LD by default, Turtle on
 * `Accept: text/turtle` (406 otherwise; negotiation, ETag and caching come from the http
 * plugin through `config.produces`). `/catalog.jsonld` and `/catalog.ttl` name a format
 * in the URL for harvesters that cannot set headers.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonLdDocument } from 'jsonld';
import { datasetFact, datasetInfo } from '../queries/facts.js';
import { lastChange } from '../queries/history.js';
import { catalogCities, type CatalogFacts } from '../queries/publish/catalog.js';
import { noQuery } from '../problems.js';
import { catalogDocument, catalogPrefixes } from './dcat.js';
import type { DumpFile } from './dump-file.js';

const JSONLD = 'application/ld+json';
const TURTLE = 'text/turtle';

/**
 * JSON-LD → N-Quads (jsonld) → Turtle with prefixes (n3): both are standard, loss-free steps.
 * Both libraries are loaded on the first Turtle request, not at start (jsonld brings an
 * HTTP client: about a tenth of the server's start, issue 12).
 */
async function toTurtle(document: Record<string, unknown>): Promise<string> {
  const [{ default: jsonld }, { Parser, Writer }] = await Promise.all([import('jsonld'), import('n3')]);
  const nquads = (await jsonld.toRDF(document as JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  const writer = new Writer({ prefixes: catalogPrefixes });
  writer.addQuads(new Parser({ format: 'N-Quads' }).parse(nquads));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

export interface CatalogOptions {
  dump: DumpFile;
}

const catalog: FastifyPluginAsync<CatalogOptions> = async (app, { dump }) => {
  const info = datasetInfo(app.db);
  // Read on the first catalogue request, then kept (the file is immutable while served): the
  // cities read every document's and programme's scope, 100 000 rows at 100 000 documents,
  // which no other request needs before the server listens (issue 12: start ≤ 1 s).
  let facts: CatalogFacts | undefined;
  const factsOnce = () => (facts ??= { cities: catalogCities(app.db), period: datasetFact(app.db, 'period') });
  // The data may be older than the build: a rebuild that changed no record does not move it.
  const modified = lastChange(app.db) ?? info.builtAt;
  const documentFor = async (request: FastifyRequest) =>
    catalogDocument({ origin: app.originOf(request), version: info.version, builtAt: info.builtAt, modified, facts: factsOnce(), dump: { size: dump.size, sha256: await dump.sha256() } });

  async function send(request: FastifyRequest, reply: FastifyReply, type: string) {
    if (type === TURTLE) return reply.type(`${TURTLE}; charset=utf-8`).send(await toTurtle(await documentFor(request)));
    return reply.type(`${type}; charset=utf-8`).send(JSON.stringify(await documentFor(request)));
  }

  const route = (path: string, produces: readonly string[]) =>
    app.get(path, { schema: { hide: true, querystring: noQuery }, config: { produces } }, (request, reply) => send(request, reply, request.representation));
  route('/catalog', [JSONLD, 'application/json', TURTLE]);
  route('/catalog.jsonld', [JSONLD]);
  route('/catalog.ttl', [TURTLE]);
};

export default catalog;
