/** br/gzip compression of responses over 1 KiB; cached bodies come already compressed and pass through. */
import compress from '@fastify/compress';
import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  },
  // After the cache and validators: bodies are cached uncompressed, and a 304 has nothing to compress.
  { name: 'compression', dependencies: ['response-cache', 'validators'] },
);
