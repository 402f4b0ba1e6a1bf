/**
 * A bounded LRU of serialised response bodies. The dataset is immutable for the life of
 * the process, so a body computed once for a URL and representation stays right.
 */
export interface CachedResponse {
  /** Encoded once: sending a Buffer skips per-request UTF-8 encoding and length counting. */
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * Bytes an entry holds: its key and body, the parts whose size the client controls or
 * the data decides (headers are a few fixed names and short values).
 */
const sizeOf = (key: string, value: CachedResponse) => Buffer.byteLength(key) + value.body.length;

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
