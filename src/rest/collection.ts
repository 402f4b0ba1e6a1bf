/**
 * The one collection-route factory every resource is built from: a list with filters,
 * sorting, keyset pages, counts and facets (JSON, or streamed CSV/NDJSON), `.csv` and
 * `.ndjson` export URLs, `/{id}` (JSON or JSON-LD) and relation lists under `/{id}/…`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound, singular } from '../errors.js';
import { toJsonLd } from '../publish/jsonld.js';
import type { EntityCollection } from '../queries/dataset.js';
import { countRecords, facetCounts, getRecord, iterateRecords, listRecords, recordExists, type Entity } from '../queries/entity.js';
import { absolutize, CSV_TYPE, csvStream, JSON_TYPE, JSONLD_TYPE, NDJSON_TYPE, ndjsonStream, nextPageUrl } from './formats.js';
import { listCapabilities, listQuerySchema, noQuery, pageSchema, problemResponses, type ListQuery } from './schemas.js';

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

/** The 200 response of a list in each of its formats. */
const listResponse = (entity: Entity, types: readonly string[]) => ({
  200: {
    description: `${pascal(entity.collection)}: a JSON page, or the whole filtered set as CSV (RFC 4180, header row) or NDJSON.${types.includes(CSV_TYPE) ? ` ${CSV_NOTE}` : ''}`,
    content: Object.fromEntries(types.map((type) => [type, { schema: type === JSON_TYPE ? pageOf(entity) : z.string() }])),
  },
  ...problemResponses(400, 404, 406),
});

/** Answers a list request in the negotiated representation. */
function sendList(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, entity: Entity, filters: Record<string, unknown>, query: ListQuery): void {
  const { sort, limit, cursor, count, facet } = query;
  const origin = app.originOf(request);
  const type = request.representation;
  if (type === CSV_TYPE || type === NDJSON_TYPE) {
    const rows = iterateRecords(app.db, entity, filters, { sort, limit, cursor });
    const stream = type === CSV_TYPE ? csvStream(entity.schema, rows, origin) : ndjsonStream(rows, origin);
    reply.type(type === CSV_TYPE ? `${withCharset(CSV_TYPE)}; header=present` : withCharset(type)).send(stream);
    return;
  }
  const page = listRecords(app.db, entity, filters, { sort, limit, cursor });
  const next = page.next === null ? null : nextPageUrl(request.url, origin, page.next);
  if (next !== null) reply.header('link', `<${next}>; rel="next"`);
  reply.type(withCharset(JSON_TYPE)).send({
    data: absolutize(page.items, origin),
    next,
    ...(count ? { total: countRecords(app.db, entity, filters) } : {}),
    ...(facet ? { facets: facetCounts(app.db, entity, filters, facet) } : {}),
  });
}

/** Answers a record request as JSON or JSON-LD. */
function sendRecord(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, entity: CollectionEntity): void {
  const { id } = request.params as z.infer<typeof idParams>;
  const record = getRecord(app.db, entity, id);
  if (record === null) throw notFound(entity.collection, id);
  const origin = app.originOf(request);
  const linked = absolutize(record as Record<string, unknown>, origin);
  if (request.representation === JSONLD_TYPE) reply.type(withCharset(JSONLD_TYPE)).send(JSON.stringify(toJsonLd(entity.collection, linked, origin)));
  else reply.type(withCharset(JSON_TYPE)).send(linked);
}

/** Splits a parsed list querystring into paging options and filter values. */
function splitQuery(query: ListQuery): Record<string, unknown> {
  const { sort: _s, limit: _l, cursor: _c, count: _n, facet: _f, ...filters } = query;
  return filters;
}

/** Builds the plugin of one collection. */
export function collectionPlugin({ entity, relations = {} }: CollectionOptions): FastifyPluginAsyncZod {
  const { collection } = entity;
  const name = pascal(collection);
  const base = `/v1/${collection}`;
  const tags = [collection];
  return async (app) => {
    const query = listQuerySchema(entity);
    // Handlers return the reply: with async handlers Fastify then waits for the (possibly streamed) send.
    const list = async (request: FastifyRequest, reply: FastifyReply) => {
      sendList(app, request, reply, entity, splitQuery(request.query as ListQuery), request.query as ListQuery);
      return reply;
    };

    app.get(base, { config: { produces: LIST_TYPES }, schema: { tags, operationId: `list${name}`, summary: `List ${collection}`, description: `Filter, sort and page ${collection}. ${listCapabilities(entity)} Send Accept: text/csv or application/x-ndjson to stream the whole filtered set. ${CSV_NOTE}`, querystring: query, response: listResponse(entity, LIST_TYPES) } }, list);

    for (const type of [CSV_TYPE, NDJSON_TYPE]) {
      const ext = type === CSV_TYPE ? 'csv' : 'ndjson';
      app.get(`${base}.${ext}`, { config: { produces: [type], cacheable: false }, schema: { tags, operationId: `export${name}${pascal(ext)}`, summary: `Export ${collection} as ${ext.toUpperCase()}`, description: `The whole filtered set, streamed. ${listCapabilities(entity)}${type === CSV_TYPE ? ` ${CSV_NOTE}` : ''}`, querystring: query, response: listResponse(entity, [type]) } }, list);
    }

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
      app.get(`${base}/:id/${segment}`, {
        config: { produces: LIST_TYPES },
        schema: {
          tags,
          operationId: `list${pascal(singular(collection))}${pascal(segment)}`,
          summary: `${pascal(segment)} of a ${singular(collection)}`,
          description: `The ${segment} list, filtered by ${relation.filter} = the path id; every other ${segment} filter, sort, paging, count, facet and format applies. ${listCapabilities(relation.entity, relation.filter)} ${CSV_NOTE}`,
          params: idParams,
          querystring: listQuerySchema(relation.entity, relation.filter),
          response: listResponse(relation.entity, LIST_TYPES),
        },
      }, async (request, reply) => {
        const { id } = request.params as z.infer<typeof idParams>;
        if (!recordExists(app.db, entity, id)) throw notFound(collection, id);
        const q = request.query as ListQuery;
        sendList(app, request, reply, relation.entity, { ...splitQuery(q), [relation.filter]: id }, q);
        return reply;
      });
    }
  };
}
