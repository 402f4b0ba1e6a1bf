/** Content negotiation for routes that declare the media types they produce; 406 when none is acceptable. */
import fp from 'fastify-plugin';
import { ApiError } from '../errors.js';
import { negotiate } from './negotiate.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Media types the route can produce, the default first; enables negotiation, ETags and caching. */
    produces?: readonly string[];
    /** False for responses that must not be kept in memory (streamed exports). */
    cacheable?: boolean;
  }
  interface FastifyRequest {
    /** The negotiated media type, for routes that declare `produces`. */
    representation: string;
  }
}

export default fp(
  async (app) => {
    app.decorateRequest('representation', '');
    app.addHook('onRequest', async (request) => {
      const { produces } = request.routeOptions.config;
      if (produces === undefined) return;
      const chosen = negotiate(request.headers.accept, produces);
      if (chosen === undefined) {
        throw new ApiError('NOT_ACCEPTABLE', `This resource is available as ${produces.join(', ')}; the Accept header "${request.headers.accept}" allows none of them.`, { available: produces });
      }
      request.representation = chosen;
    });
  },
  { name: 'negotiation' },
);
