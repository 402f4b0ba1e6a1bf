/**
 * `GET /v1/dump.sqlite`: the database file itself. Its ETag is the SHA-256 of its bytes
 * (strong, replacing the http plugin's weak one), so a cached copy revalidates to 304
 * until the dataset is rebuilt. It declares what it produces for negotiation, but is
 * streamed, so it is never kept in the response cache.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { matchesEtag } from '../plugins/validators.js';
import { datasetInfo } from '../queries/facts.js';
import { problemResponses } from '../problems.js';
import type { DumpFile } from './dump-file.js';

const SQLITE = 'application/vnd.sqlite3';

export interface DumpOptions {
  dump: DumpFile;
}

const schema = {
  tags: ['dataset'],
  operationId: 'downloadDump',
  summary: 'The whole dataset as a SQLite database',
  description: 'The immutable database file of this dataset version. The strong ETag is the SHA-256 of the bytes, also sent as Repr-Digest; If-None-Match revalidates to 304.',
  querystring: z.strictObject({}),
  response: {
    200: { description: 'The SQLite database file.', content: { [SQLITE]: { schema: z.string().meta({ format: 'binary' }) } } },
    ...problemResponses(400, 406),
  },
};

const dumpRoute: FastifyPluginAsyncZod<DumpOptions> = async (app, { dump }) => {
  const filename = `blauwdruk-${datasetInfo(app.db).version.slice(0, 12)}.sqlite`;

  /** The file, or 304 when the client's copy is current. */
  async function send(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const sha256 = await dump.sha256();
    const etag = `"${sha256}"`;
    reply.header('etag', etag).header('accept-ranges', 'none');
    if (matchesEtag(request.headers['if-none-match'], etag)) {
      reply.code(304).send();
      return;
    }
    reply
      .type(SQLITE)
      .header('Content-Length', dump.size)
      .header('Content-Disposition', `attachment; filename="${filename}"`)
      .header('Repr-Digest', `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`)
      .send(dump.stream());
  }

  // Already compressed enough, and compressing would break Content-Length and the digest of the bytes sent.
  app.get('/v1/dump.sqlite', { schema, config: { produces: [SQLITE], cacheable: false }, compress: false }, async (request, reply) => {
    await send(request, reply);
    return reply;
  });
};

export default dumpRoute;
