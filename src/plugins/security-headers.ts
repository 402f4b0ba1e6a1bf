/**
 * Security headers on every response (JSON, HTML, SVG, CSV, the dump, problems, 304s):
 * nosniff, a Referrer-Policy, a strict default Content-Security-Policy that HTML routes
 * replace with their own (pages, /docs, /graphiql), and frame rules: nothing may be
 * framed by other sites unless its policy says `frame-ancestors *` (the embeddable cards).
 */
import helmet from '@fastify/helmet';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/** The policy of responses that are not pages: they load nothing and may be framed by no one. */
export const DEFAULT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Sets `policy` as the response's CSP. X-Frame-Options has no "anyone" value, so a policy
 * that lets any site frame the response drops it (browsers that know CSP ignore it anyway,
 * but older ones would refuse to frame the card).
 */
export function applyPolicy(reply: FastifyReply, policy: string): FastifyReply {
  reply.header('content-security-policy', policy);
  if (/(?:^|;)\s*frame-ancestors\s+\*\s*(?:;|$)/.test(policy)) reply.removeHeader('x-frame-options');
  return reply;
}

export default fp(
  async (app) => {
    await app.register(helmet, {
      global: true,
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] } },
      // An open API: other sites may load its JSON, SVG cards and images.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'sameorigin' },
    });
  },
  { name: 'security-headers' },
);
