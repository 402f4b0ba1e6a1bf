/**
 * `GET /v1/dump.sqlite`: the database file itself. Its ETag is the SHA-256 of its bytes,
 * so a cached copy revalidates to 304 until the dataset is rebuilt.
 */
import type { FastifyPluginAsync } from 'fastify';
import { datasetInfo } from '../queries/dataset.js';
import type { DumpFile } from './dump-file.js';

/** Whether an `If-None-Match` value matches a strong ETag (weak comparison, RFC 9110 §13.1.2). */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export interface DumpOptions {
  dump: DumpFile;
}

const dumpRoute: FastifyPluginAsync<DumpOptions> = async (app, { dump }) => {
  const etag = `"${dump.sha256}"`;
  const digest = `sha-256=:${Buffer.from(dump.sha256, 'hex').toString('base64')}:`;
  const filename = `blauwdruk-${datasetInfo(app.db).version.slice(0, 12)}.sqlite`;

  // Already compressed enough, and compressing would break Content-Length and the digest of the bytes sent.
  app.get('/v1/dump.sqlite', { schema: { hide: true }, compress: false }, async (request, reply) => {
    reply
      .header('ETag', etag)
      .header('Cache-Control', 'public, max-age=300')
      .header('Accept-Ranges', 'none');
    if (ifNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply
      .type('application/vnd.sqlite3')
      .header('Content-Length', dump.size)
      .header('Content-Disposition', `attachment; filename="${filename}"`)
      .header('Repr-Digest', digest)
      .send(dump.stream());
  });
};

export default dumpRoute;
