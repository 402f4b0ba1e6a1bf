/** br/gzip compression of responses over 1 KiB; cached bodies come already compressed and pass through. */
import compress from '@fastify/compress';
import fp from 'fastify-plugin';

/**
 * Media types worth compressing: text, JSON (problems, JSON-LD), XML (SVG) and NDJSON,
 * which the compression plugin's own list (mime-db) leaves out, so exports went uncompressed.
 */
const COMPRESSIBLE_TYPES = /^text\/(?!event-stream)|[+/](?:json|xml|x-ndjson)(?:;|$)/;

export default fp(
  async (app) => {
    await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024, customTypes: COMPRESSIBLE_TYPES });
  },
  // After the cache and validators: bodies are cached uncompressed, and a 304 has nothing to compress.
  { name: 'compression', dependencies: ['response-cache', 'validators'] },
);
