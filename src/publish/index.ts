import type { FastifyPluginAsync } from 'fastify';

/** Publishing: DCAT-AP catalogue, citations, embeddable cards, oEmbed and the browse page. */
const publish: FastifyPluginAsync = async () => {};

export default publish;
