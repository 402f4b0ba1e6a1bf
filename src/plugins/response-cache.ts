/**
 * A bounded LRU of serialised response bodies. The dataset is immutable for the life of
 * the process, so a body computed once for a URL and representation stays right.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
