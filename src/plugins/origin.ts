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
  /** Host names (any port) whose requests may name their own origin when `publicUrl` is unset. */
  allowedHosts?: readonly string[] | undefined;
}

/** The origin used when the request's own host is not a valid, allowed `host[:port]`. */
export const FALLBACK_ORIGIN = 'http://localhost';

/** Hosts allowed by default: this machine only, as a developer reaches it. */
export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

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

/** The name part of a valid `host[:port]`, lowercased, without a final dot. */
const hostName = (host: string) => /^(.*?)(?::\d{1,5})?$/.exec(host)![1]!.toLowerCase().replace(/\.$/, '');

/**
 * Absolute URLs use the configured public URL (`PUBLIC_URL`), else the origin the request
 * came in on — but only when its host is syntactically valid and its name is on the
 * allowlist; anything else (`Host: evil.example`, `Host: evil"><script>`) gives
 * {@link FALLBACK_ORIGIN}. So a client cannot make a response, which shared caches keep
 * (`Cache-Control: public`), point at another site, inject markup or pollute the response
 * cache through the Host header. `X-Forwarded-Host` and `-Proto` count only when Fastify's
 * `trustProxy` names the proxy (then `request.host`/`protocol` read them), and pass the
 * same allowlist.
 */
export default fp<OriginOptions>(
  async (app, { publicUrl, allowedHosts = DEFAULT_ALLOWED_HOSTS }) => {
    const fixed = publicUrl?.replace(/\/+$/, '');
    const allowed = new Set(allowedHosts.map(hostName));
    const requestOrigin = (request: FastifyRequest) => {
      const protocol = request.protocol === 'https' ? 'https' : 'http';
      const host = request.host;
      return isValidHost(host) && allowed.has(hostName(host)) ? `${protocol}://${host}` : FALLBACK_ORIGIN;
    };
    app.decorate('originOf', (request: FastifyRequest) => fixed ?? requestOrigin(request));
  },
  { name: 'origin' },
);
