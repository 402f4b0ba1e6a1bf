/** `/problems/{code}`: a short human page per problem type, the target of every problem's `type` URI. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, problemTypes, problemTypeUri, type ProblemCode } from '../errors.js';
import { escapeHtml } from '../text/html.js';
import { noQuery } from './schemas.js';

const HTML_TYPE = 'text/html';

const page = (code: ProblemCode) => {
  const { status, title } = problemTypes[code];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · blauwdruk</title></head>
<body><h1>${escapeHtml(title)}</h1>
<p>HTTP status <strong>${status}</strong>, code <code>${code}</code>.</p>
<p>The response body is RFC 9457 <code>application/problem+json</code>: <code>detail</code> says what went wrong with this request and <code>parameter</code> names the query parameter to blame, when there is one.</p>
<p><a href="/docs">API documentation</a></p></body></html>`;
};

const bySlug = new Map((Object.keys(problemTypes) as ProblemCode[]).map((code) => [problemTypeUri(code).split('/').pop()!, code]));

const problems: FastifyPluginAsyncZod = async (app) => {
  app.get('/problems/:code', {
    config: { produces: [HTML_TYPE] },
    schema: { hide: true, params: z.object({ code: z.string() }), querystring: noQuery },
  }, async (request, reply) => {
    const code = bySlug.get(request.params.code);
    if (code === undefined) throw new ApiError('NOT_FOUND', `There is no problem type "${request.params.code}".`);
    reply.type(`${HTML_TYPE}; charset=utf-8`).send(page(code));
    return reply;
  });
};

export default problems;
