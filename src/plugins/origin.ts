import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** The public origin for absolute URLs in responses ("https://api.example.org"). */
    originOf(request: FastifyRequest): string;
  }
}

export interface OriginOptions {
  publicUrl?: string | undefined;
}

/** The origin used when the request's own host is not a valid `host[:port]`. */
export const FALLBACK_ORIGIN = 'http://localhost';

/** A DNS name or IPv4 address: dot-separated labels of letters, digits, `-` and `_` (an optional final dot). */
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;
/** An IPv6 address literal in brackets (hex digits, colons and an embedded IPv4 tail only). */
const IPV6 = /^\[[0-9a-f:.]{2,45}\]$/i;

/**
 * Whether `host` is a syntactically valid `hostname[:port]` (IPv6 in brackets, port
 * 1–65535): nothing else may reach an absolute URL, an ETag or a cache key.
 */
export function isValidHost(host: string): boolean {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(host)!;
  const [, name = '', port] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return false;
  return HOSTNAME.test(name) || IPV6.test(name);
}

/**
 * Absolute URLs use the configured public URL, else the origin the request came in on —
 * but only when its host is syntactically valid; anything else (`Host: a b`,
 * `Host: evil"><script>`) gives {@link FALLBACK_ORIGIN}, so a client cannot inject
 * markup, break URL parsing or pollute the response cache through the Host header.
 *
 * Production should set `PUBLIC_URL`: a valid but foreign Host (`Host: evil.example`)
 * is still reflected without it, since the request's host is all there is to go by.
 */
export default fp<OriginOptions>(
  async (app, { publicUrl }) => {
    const fixed = publicUrl?.replace(/\/+$/, '');
    const requestOrigin = (request: FastifyRequest) => {
      const protocol = request.protocol === 'https' ? 'https' : 'http';
      return isValidHost(request.host) ? `${protocol}://${request.host}` : FALLBACK_ORIGIN;
    };
    app.decorate('originOf', (request: FastifyRequest) => fixed ?? requestOrigin(request));
  },
  { name: 'origin' },
);
