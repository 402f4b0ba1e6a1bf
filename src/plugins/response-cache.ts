/**
 * A bounded LRU of serialised response bodies, and the plugin that serves negotiated GETs
 * from it. The dataset is immutable for the life of the process, so a body computed once
 * for a URL and representation stays right.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { matchesEtag, VALIDATOR_HEADERS } from './validators.js';

export interface CachedResponse {
  /** Encoded once: sending a Buffer skips per-request UTF-8 encoding and length counting. */
  body: Buffer;
  /** The headers of a 200 besides the standard ones: validators, type, links, disposition. */
  headers: Record<string, string>;
  /** ETag, Cache-Control and Vary of HTTP representations: kept so that a hit computes no digest, and what a 304 repeats. */
  validators?: Record<string, string>;
  /** The body compressed once, when it is large enough to gain: clients that accept it get these bytes as they are. */
  encoded?: Partial<Record<ContentCoding, Buffer>>;
}

/** Content codings the cache keeps, the preferred first. */
export const contentCodings = ['br', 'gzip'] as const;
export type ContentCoding = (typeof contentCodings)[number];

/** Below this a compressed body saves less than its headers cost (the same threshold as @fastify/compress). */
const MIN_COMPRESSIBLE = 1024;

/** Compresses a body once per coding; brotli at quality 5 keeps the one-off cost low for a large gain. */
export function compressedVariants(body: Buffer): CachedResponse['encoded'] {
  if (body.length < MIN_COMPRESSIBLE) return undefined;
  return {
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzip: gzipSync(body),
  };
}

/** The preferred coding of `codings` that an Accept-Encoding header allows (q > 0), if any. */
export function acceptedCoding(header: string | undefined): ContentCoding | undefined {
  if (!header) return undefined;
  const allowed = new Set(
    header
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => q === undefined || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([coding]) => coding!.trim().toLowerCase()),
  );
  return contentCodings.find((c) => allowed.has(c) || allowed.has('*'));
}

/**
 * Bytes an entry holds: its key, body and compressed bodies, the parts whose size the client controls or
 * the data decides (headers are a few fixed names and short values).
 */
const sizeOf = (key: string, value: CachedResponse) =>
  Buffer.byteLength(key) + value.body.length + Object.values(value.encoded ?? {}).reduce((n, b) => n + b.length, 0);

/**
 * The LRU: at most `maxEntries` entries of at most `maxBytes` in all, keys counted with
 * bodies. An entry over a sixteenth of `maxBytes` is not kept, so that one answer cannot
 * flush the rest.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 5000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** The entry for `key`, marked as most recently used. */
  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Keeps `value` under `key`, evicting the least recently used entries beyond the bounds. */
  set(key: string, value: CachedResponse): void {
    const size = sizeOf(key, value);
    if (size > this.maxBytes / 16) return;
    this.delete(key);
    this.entries.set(key, value);
    this.bytes += size;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, old);
  }
}

const CACHED_HEADERS = ['content-type', 'link', 'content-disposition'];

/** Sends a cached body, already compressed when the client accepts a coding the cache holds (compression skips encoded replies). */
function sendCached(request: FastifyRequest, reply: FastifyReply, hit: CachedResponse): FastifyReply {
  reply.headers(hit.headers);
  const coding = hit.encoded && acceptedCoding(request.headers['accept-encoding']);
  if (coding && hit.encoded?.[coding]) return reply.header('content-encoding', coding).send(hit.encoded[coding]);
  return reply.send(hit.body);
}

/** The header that says how a response was served: `hit` from a response cache, `miss` computed for this request. */
export const CACHE_STATUS_HEADER = 'x-cache';

/** Marks `reply` as served from a response cache (REST here, GraphQL in src/graphql/cache.ts). */
export const markHit = (reply: FastifyReply) => reply.header(CACHE_STATUS_HEADER, 'hit');

export interface ResponseCacheOptions {
  /**
   * False to compute every response (`RESPONSE_CACHE=off`): the benchmarks measure cold
   * speed beside warm, and an operator can rule the cache out. Default true.
   */
  enabled?: boolean;
}

export default fp<ResponseCacheOptions>(
  async (app, { enabled = true }) => {
    // Every response says how it was served: `miss` unless a cache hit says otherwise.
    if (!enabled) {
      app.addHook('onRequest', async (_request, reply) => {
        reply.header(CACHE_STATUS_HEADER, 'miss');
      });
      return;
    }

    const cache = new ResponseCache();
    const keyOf = (request: FastifyRequest) => `${app.originOf(request)} ${request.url} ${request.representation}`;

    app.addHook('onRequest', async (request, reply) => {
      reply.header(CACHE_STATUS_HEADER, 'miss');
      if (request.representation === '' || request.routeOptions.config.cacheable === false) return;
      const hit = cache.get(keyOf(request));
      if (hit === undefined) return;
      markHit(reply);
      // A cached body is a valid 200 of this URL: only now may If-None-Match (even `*`) give a 304.
      if (hit.validators?.etag && matchesEtag(request.headers['if-none-match'], hit.validators.etag)) return reply.headers(hit.validators).code(304).send();
      return sendCached(request, reply, hit);
    });

    // Keeps the 200s of GETs the validators plugin marked, before it may turn them into 304s.
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' || reply.statusCode !== 200 || request.representation === '' || request.routeOptions.config.cacheable === false) return payload;
      if (typeof payload !== 'string' || !reply.hasHeader('etag')) return payload;
      const pick = (names: string[]) => Object.fromEntries(names.filter((h) => reply.hasHeader(h)).map((h) => [h, String(reply.getHeader(h))]));
      const body = Buffer.from(payload);
      cache.set(keyOf(request), { body, headers: pick([...VALIDATOR_HEADERS, ...CACHED_HEADERS]), validators: pick(VALIDATOR_HEADERS), encoded: compressedVariants(body) });
      return payload;
    });
  },
  // After CORS, whose headers a hit must carry; after ASCII JSON, whose output it keeps.
  { name: 'response-cache', dependencies: ['origin', 'cross-origin', 'negotiation', 'ascii-json'] },
);
