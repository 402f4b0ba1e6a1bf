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

/** Absolute URLs use the configured public URL, else the origin the request came in on. */
export default fp<OriginOptions>(
  async (app, { publicUrl }) => {
    const fixed = publicUrl?.replace(/\/+$/, '');
    app.decorate('originOf', (request: FastifyRequest) => fixed ?? `${request.protocol}://${request.host}`);
  },
  { name: 'origin' },
);
