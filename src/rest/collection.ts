/**
 * The one collection-route factory every resource is built from: a list with filters,
 * sorting, keyset pages, counts and facets (JSON, or streamed CSV/NDJSON), `.csv` and
 * `.ndjson` export URLs, `/{id}` (JSON or JSON-LD) and relation lists under `/{id}/…`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound, singular } from '../errors.js';
import { toJsonLd } from './jsonld.js';
import type { EntityCollection } from '../queries/dataset.js';
import type { BoundedCount } from '../queries/bounds.js';
import { boundedCount, boundedCountAndFacets, boundedFacets, type BoundedFacets, facetsAsSchema, getRecord, iterateRecords, listRecords, recordExists, recordRefs, type Entity } from '../queries/entity.js';
import { renderedPage } from '../queries/renderings.js';
import { readTogether } from '../queries/sql.js';
import { apiPath, link } from '../urls.js';
import { withRenderedData } from './rendering.js';
import { CSV_TYPE, csvStream, JSON_TYPE, JSONLD_TYPE, NDJSON_TYPE, ndjsonStream, nextPageUrl } from './formats.js';
import { listCapabilities, listQuerySchema, pageSchema, type ListQuery } from './schemas.js';
import { noQuery, problemResponses } from '../problems.js';

/** An entity published as a REST collection. */
export type CollectionEntity = Entity<z.ZodObject, EntityCollection>;

/** A list of another entity under `/{id}/…`, filtered by this record's id. */
export interface Relation {
  entity: Entity;
  /** The filter of `entity` that the path id fills. */
  filter: string;
}

export interface CollectionOptions {
  entity: CollectionEntity;
  relations?: Record<string, Relation>;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withCharset = (type: string) => `${type}; charset=utf-8`;
const idParams = z.object({ id: z.string().min(1).describe('Record id.') });

const pages = new Map<Entity, z.ZodObject>();
/** The page schema of an entity, created once per entity. */
function pageOf(entity: Entity): z.ZodObject {
  let page = pages.get(entity);
  if (!page) pages.set(entity, (page = pageSchema(entity.schema, `A page of ${entity.collection}.`)));
  return page;
}

const LIST_TYPES = [JSON_TYPE, CSV_TYPE, NDJSON_TYPE] as const;

/** What the CSV representation guards against, for the descriptions of routes producing it. */
const CSV_NOTE = 'In CSV, text cells starting with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe (OWASP CSV injection); numbers are written as they are.';

/** How exports page and name their files, for the descriptions of list routes. */
const EXPORT_NOTE = 'An export with limit is one page: a Link rel="next" header points to the rest, as for JSON. CSV comes as a download (Content-Disposition: attachment); labels=true adds a name column beside each id column.';

/** The 200 response of a list in each of its formats. */
const listResponse = (entity: Entity, types: readonly string[]) => ({
  200: {
    description: `${pascal(entity.collection)}: a JSON page, or the whole filtered set as CSV (RFC 4180, header row) or NDJSON.${types.includes(CSV_TYPE) ? ` ${CSV_NOTE}` : ''}`,
    content: Object.fromEntries(types.map((type) => [type, { schema: type === JSON_TYPE ? pageOf(entity) : z.string() }])),
  },
  // 422: QUERY_TOO_BROAD, a filter and sort no index holds in order over more records than a list may sort (src/queries/bounds.ts).
  ...problemResponses(400, 404, 406, 422),
});

/**
 * Answers a list request in the negotiated representation. CSV and NDJSON stream the
 * whole filtered set; with `limit` they are a page like the JSON list, read whole (at
 * most MAX_LIMIT rows) to know whether more follow, which the `Link: rel="next"` header
 * says as it does for JSON. `filename` names the CSV download (`Content-Disposition`).
 */
function sendList(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, list: { entity: Entity; filters: Record<string, unknown>; filename: string }, query: ListQuery): void {
  const { entity, filters } = list;
  const { sort, limit, cursor, count, facet, labels } = query;
  const origin = app.originOf(request);
  const type = request.representation;
  const linkNext = (cursor: string | null) => {
    const next = cursor === null ? null : nextPageUrl(request.url, origin, cursor);
    if (next !== null) reply.header('link', `<${next}>; rel="next"`);
    return next;
  };
  if (type === CSV_TYPE || type === NDJSON_TYPE) {
    let rows: Iterable<Record<string, unknown>>;
    if (limit === undefined) rows = iterateRecords(app.exportDb, entity, filters, { sort, cursor });
    else {
      const page = listRecords(app.db, entity, filters, { sort, limit, cursor });
      linkNext(page.next);
      rows = page.items;
    }
    const linked = { records: rows, refs: recordRefs(entity), origin };
    if (type === CSV_TYPE) {
      reply.header('content-disposition', `attachment; filename="${list.filename}.csv"`);
      reply.type(`${withCharset(CSV_TYPE)}; header=present`).send(csvStream(entity.schema, linked, { labels: labels === true }));
    } else reply.type(withCharset(type)).send(ndjsonStream(linked));
    return;
  }
  // The records' stored renderings when they are current (src/queries/renderings.ts), else the records.
  const rendered = renderedPage(app.db, entity, filters, { sort, limit, cursor });
  const page = rendered === undefined ? listRecords(app.db, entity, filters, { sort, limit, cursor }) : undefined;
  const summary = count && facet ? boundedCountAndFacets(app.db, entity, filters, facet) : undefined;
  const body = {
    data: page === undefined ? [] : link(page.items, recordRefs(entity), origin),
    next: linkNext((rendered ?? page!).next),
    ...(count ? countFields(summary?.count ?? boundedCount(app.db, entity, filters)) : {}),
    ...(facet ? facetFields(summary?.facets ?? boundedFacets(app.db, entity, filters, facet)) : {}),
  };
  // Facet values outside their schema (a NULL name) go through the serializer, which refuses them.
  if (body.facets !== undefined && !facetsAsSchema(body.facets)) {
    reply.type(withCharset(JSON_TYPE)).send(rendered === undefined ? body : { ...body, data: link(listRecords(app.db, entity, filters, { sort, limit, cursor }).items, recordRefs(entity), origin) });
    return;
  }
  // Written once: the query layer builds records with the page schema's keys in its order and
  // values of its types (test/rest/list-json.test.ts holds every list to the serializer's text),
  // so the serializer's checked copy of every record would only repeat them.
  const json = JSON.stringify(body);
  reply.type(withCharset(JSON_TYPE)).send(rendered === undefined ? json : withRenderedData(json, rendered.items, origin));
}

/** A bounded count as page fields: `total` and whether it is the set's size (else the set is larger). */
const countFields = ({ total, exact }: BoundedCount) => ({ total, totalExact: exact });

/** Bounded facets as page fields: `facets` and whether they count the whole set (else its first records). */
const facetFields = ({ facets, exact }: BoundedFacets) => ({ facets, facetsExact: exact });

/** An id as part of a download's file name: characters outside [A-Za-z0-9._-] become `_`. */
const fileSafe = (id: string) => id.replace(/[^A-Za-z0-9._-]/g, '_');

/** A list published at `path` (negotiated), `path.csv` and `path.ndjson`. */
interface ListRoutes {
  path: string;
  tags: string[];
  /** Suffix of the operation ids: `list…`, `export…Csv`, `export…Ndjson`. */
  operationId: string;
  /** The list's summary, and what its exports hold. */
  summary: string;
  what: string;
  description: string;
  entity: Entity;
  params?: z.ZodObject;
  /** The filter the path fixes (the parent's id), left out of the querystring. */
  without?: string;
  /** The list a request asks for (throws a problem for a missing parent). */
  answer(request: FastifyRequest): { entity: Entity; filters: Record<string, unknown>; filename: string };
}

/** Registers a list and its `.csv` and `.ndjson` export URLs. */
function listRoutes(app: FastifyInstance, route: ListRoutes): void {
  const { path, tags, operationId, entity, params, without } = route;
  const capabilities = listCapabilities(entity, without);
  const querystring = listQuerySchema(entity, without);
  // Handlers return the reply: with async handlers Fastify then waits for the (possibly streamed) send.
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    // The parent's existence, the page, its related levels, count and facets: one read of the file (an export streams from its own connection).
    readTogether(app.db, () => sendList(app, request, reply, route.answer(request), request.query as ListQuery));
    return reply;
  };
  app.get(path, {
    config: { produces: LIST_TYPES },
    schema: { tags, operationId: `list${operationId}`, summary: route.summary, description: `${route.description} ${capabilities} Send Accept: text/csv or application/x-ndjson to stream the whole filtered set. ${EXPORT_NOTE} ${CSV_NOTE}`, ...(params ? { params } : {}), querystring, response: listResponse(entity, LIST_TYPES) },
  }, handler);
  for (const type of [CSV_TYPE, NDJSON_TYPE]) {
    const ext = type === CSV_TYPE ? 'csv' : 'ndjson';
    app.get(`${path}.${ext}`, {
      config: { produces: [type], cacheable: false },
      schema: { tags, operationId: `export${operationId}${pascal(ext)}`, summary: `Export ${route.what} as ${ext.toUpperCase()}`, description: `${route.description} The whole filtered set, streamed. ${capabilities} ${EXPORT_NOTE}${type === CSV_TYPE ? ` ${CSV_NOTE}` : ''}`, ...(params ? { params } : {}), querystring, response: listResponse(entity, [type]) },
    }, handler);
  }
}

/** Answers a record request as JSON or JSON-LD. */
function sendRecord(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, entity: CollectionEntity): void {
  const { id } = request.params as z.infer<typeof idParams>;
  const record = getRecord(app.db, entity, id);
  if (record === null) throw notFound(entity.collection, id);
  const origin = app.originOf(request);
  const linked = link(record as Record<string, unknown>, recordRefs(entity), origin);
  if (request.representation === JSONLD_TYPE) reply.type(withCharset(JSONLD_TYPE)).send(JSON.stringify(toJsonLd(entity.collection, linked, origin)));
  else reply.type(withCharset(JSON_TYPE)).send(linked);
}

/** Splits a parsed list querystring into paging options and filter values. */
function splitQuery(query: ListQuery): Record<string, unknown> {
  const { sort: _s, limit: _l, cursor: _c, count: _n, facet: _f, labels: _b, ...filters } = query;
  return filters;
}

/** Builds the plugin of one collection. */
export function collectionPlugin({ entity, relations = {} }: CollectionOptions): FastifyPluginAsyncZod {
  const { collection } = entity;
  const name = pascal(collection);
  const base = apiPath(collection);
  const tags = [collection];
  return async (app) => {
    listRoutes(app, {
      path: base,
      tags,
      operationId: name,
      summary: `List ${collection}`,
      what: collection,
      description: `Filter, sort and page ${collection}.`,
      entity,
      answer: (request) => ({ entity, filters: splitQuery(request.query as ListQuery), filename: collection }),
    });

    app.get(`${base}/:id`, {
      config: { produces: [JSON_TYPE, JSONLD_TYPE] },
      schema: {
        tags,
        operationId: `get${pascal(singular(collection))}`,
        summary: `One ${singular(collection)}`,
        description: 'JSON by default; JSON-LD with Accept: application/ld+json.',
        params: idParams,
        querystring: noQuery,
        response: { 200: { description: `The ${singular(collection)}.`, content: { [JSON_TYPE]: { schema: entity.schema }, [JSONLD_TYPE]: { schema: z.record(z.string(), z.unknown()) } } }, ...problemResponses(400, 404, 406) },
      },
    }, async (request, reply) => {
      sendRecord(app, request, reply, entity);
      return reply;
    });

    for (const [segment, relation] of Object.entries(relations)) {
      listRoutes(app, {
        path: `${base}/:id/${segment}`,
        tags,
        operationId: `${pascal(singular(collection))}${pascal(segment)}`,
        summary: `${pascal(segment)} of a ${singular(collection)}`,
        what: `the ${segment} of a ${singular(collection)}`,
        description: `The ${segment} list, filtered by ${relation.filter} = the path id; every other ${segment} filter, sort, paging, count, facet and format applies.`,
        entity: relation.entity,
        params: idParams,
        without: relation.filter,
        answer: (request) => {
          const { id } = request.params as z.infer<typeof idParams>;
          if (!recordExists(app.db, entity, id)) throw notFound(collection, id);
          return { entity: relation.entity, filters: { ...splitQuery(request.query as ListQuery), [relation.filter]: id }, filename: `${singular(collection)}-${fileSafe(id)}-${segment}` };
        },
      });
    }
  };
}
