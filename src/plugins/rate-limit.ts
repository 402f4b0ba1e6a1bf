/**
 * Per-client rate limiting (OWASP API4): `max` requests per minute per client address
 * (IPv6 clients by /64), counted in a bounded LRU of addresses. Every response carries the
 * RateLimit-* headers (IETF draft); a client over the limit gets a 429 problem with
 * Retry-After. The client address is the socket's unless `trustProxy` names the proxies.
 */
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { ApiError } from '../errors.js';

export interface RateLimitOptions {
  /** Requests per minute per client. */
  max: number;
}

/** Clients tracked at once: the LRU bounds the limiter's memory (an address and a counter each). */
const TRACKED_CLIENTS = 10_000;

export default fp<RateLimitOptions>(
  async (app, { max }) => {
    await app.register(rateLimit, {
      global: true,
      max,
      timeWindow: 60_000,
      cache: TRACKED_CLIENTS,
      enableDraftSpec: true,
      errorResponseBuilder: (_request, { after }) => new ApiError('TOO_MANY_REQUESTS', `More than ${max} requests a minute from this client; retry in ${after}.`, { limit: max }),
    });
  },
  { name: 'rate-limit', dependencies: ['errors'] },
);
