/** JSON of any kind (application/json, ld+json, problem+json) leaves as ASCII, so no intermediary can mangle its encoding. */
import fp from 'fastify-plugin';
import { asciiJson } from '../text/ascii-json.js';

/** application/json and its structured-syntax suffix types (RFC 6839): ld+json, problem+json, … */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

export default fp(
  async (app) => {
    app.addHook('onSend', async (_request, reply, payload) => (typeof payload === 'string' && JSON_MEDIA_TYPE.test(String(reply.getHeader('content-type'))) ? asciiJson(payload) : payload));
  },
  { name: 'ascii-json' },
);
