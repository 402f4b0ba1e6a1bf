/**
 * Validators and revalidation: every negotiated 200 gets a weak ETag, Cache-Control and
 * Vary, and a matching If-None-Match turns it into a 304 (RFC 9110 §13.1.2).
 */
import { hash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { servingCodeDigest } from '../paths.js';
import { datasetVersion } from '../queries/dataset.js';

/** Seconds shared caches may reuse a response without revalidating; ETags make revalidation cheap. */
const MAX_AGE = 300;
/** The headers a 304 repeats (RFC 9110 §15.4.5). */
export const VALIDATOR_HEADERS = ['etag', 'cache-control', 'vary'];

/**
 * Whether an `If-None-Match` header matches `etag` (weak comparison, RFC 9110 §13.1.2).
 * `*` matches any current representation: call this only for one that exists.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Turns a reply about to send a 200 into a 304, releasing a streamed body unread. */
function notModified(reply: FastifyReply, payload: unknown): string {
  if (payload instanceof Readable) payload.destroy();
  reply.code(304);
  return '';
}

export default fp(
  async (app) => {
    const { version, builtAt } = datasetVersion(app.db);

    /**
     * Validator and caching headers of a representation. The same URL, representation, data
     * and code give the same bytes on every replica built alike: the build time is in the
     * seed because /v1 and /catalog bodies carry it, the code digest because a new release
     * may shape the same data differently.
     */
    const validators = (origin: string, url: string, representation: string) => ({
      // One-shot digest: the same bytes as createHash(…).update(…).digest(…), without a Hash object per request.
      etag: `W/"${hash('sha1', `${version}\n${builtAt}\n${servingCodeDigest()}\n${origin}\n${url}\n${representation}`, 'base64url')}"`,
      'cache-control': `public, max-age=${MAX_AGE}`,
      vary: 'Accept, Accept-Encoding',
    });

    // After the response cache's lookup: a hit carries its validators, so the hot path computes no digest.
    app.addHook('onRequest', async (request, reply) => {
      if (request.representation === '') return;
      reply.headers(validators(app.originOf(request), request.url, request.representation));
    });

    // Runs for validated requests whose resource exists (status 200), so If-None-Match is
    // evaluated only against a current representation (RFC 9110 §13.1.2).
    app.addHook('onSend', async (request, reply, payload) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
      if (request.representation === '' || !reply.hasHeader('etag')) return payload;
      return matchesEtag(request.headers['if-none-match'], String(reply.getHeader('etag'))) ? notModified(reply, payload) : payload;
    });
  },
  { name: 'validators', dependencies: ['database', 'origin', 'negotiation', 'response-cache'] },
);
