/**
 * Load shedding: when the event loop lags by more than `maxEventLoopDelay` ms, new
 * requests get a 503 problem with Retry-After at once instead of queueing until every
 * client times out. /healthz is shed too: a lagging server is not healthy, and a load
 * balancer should hear so.
 */
import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import { ApiError } from '../errors.js';

export interface LoadSheddingOptions {
  /** Event-loop delay (ms, mean over the sample interval) above which requests are refused. */
  maxEventLoopDelay: number;
}

/** Seconds a refused client is asked to wait. */
const RETRY_AFTER = 2;

export default fp<LoadSheddingOptions>(
  async (app, { maxEventLoopDelay }) => {
    await app.register(underPressure, {
      maxEventLoopDelay,
      sampleInterval: 100,
      retryAfter: RETRY_AFTER,
      // Async: under-pressure passes a rejection on to the error handler (problem+json).
      pressureHandler: async (_request, reply) => {
        reply.header('retry-after', RETRY_AFTER);
        throw new ApiError('OVERLOADED', `The server is overloaded; retry in ${RETRY_AFTER} seconds.`);
      },
    });
  },
  { name: 'load-shedding', dependencies: ['errors'] },
);
