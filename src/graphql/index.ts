import type { FastifyPluginAsync } from 'fastify';

/** The GraphQL API at /graphql (Mercurius), over the same query layer as REST. */
const graphql: FastifyPluginAsync = async () => {};

export default graphql;
