/**
 * `/problems/{code}`: a page per problem type, the target of every problem's `type` URI,
 * and `/problems`, the index of every type. They are site pages (the browse pages'
 * frame, style and Content-Security-Policy), in English like the API's messages.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, problemTypes, problemTypeUri, type ProblemCode } from '../errors.js';
import { html } from './html.js';
import { sendPage, servedAs } from './layout.js';
import { sitePage, sitePolicy } from './site.js';
import { noQuery } from '../problems.js';

const codes = Object.keys(problemTypes) as ProblemCode[];

const about = html`<p>Every error of the API is an RFC 9457 <code>application/problem+json</code> body (GraphQL: the same <code>code</code> in
<code>extensions.code</code>): <code>detail</code> says what went wrong with this request, <code>parameter</code> names the query parameter to blame
when there is one, and <code>type</code> links to the page of its problem type. Codes are stable: clients may branch on them.</p>`;

const typePage = (code: ProblemCode) => {
  const { status, title } = problemTypes[code];
  return sitePage(title, html`<div lang="en">
<p class="muted"><a href="/problems">Problem types</a></p>
<h1>${title}</h1>
<dl class="meta"><dt>HTTP status</dt><dd>${status}</dd><dt>Code</dt><dd><code>${code}</code></dd><dt>Type</dt><dd><code>${problemTypeUri(code)}</code></dd></dl>
${about}
<p><a href="/docs">API documentation</a></p>
</div>`);
};

const indexPage = sitePage('Problem types', html`<div lang="en">
<h1>Problem types</h1>
${about}
<table>
<thead><tr><th scope="col">Code</th><th scope="col">Status</th><th scope="col">Title</th></tr></thead>
<tbody>
${codes.map((code) => html`<tr><td><a href="${problemTypeUri(code)}"><code>${code}</code></a></td><td>${problemTypes[code].status}</td><td>${problemTypes[code].title}</td></tr>`)}
</tbody>
</table>
</div>`);

const bySlug = new Map(codes.map((code) => [problemTypeUri(code).split('/').pop()!, code]));
const options = servedAs('text/html', sitePolicy);

const problems: FastifyPluginAsyncZod = async (app) => {
  app.get('/problems', { ...options, schema: { hide: true, querystring: noQuery } }, async (_request, reply) => sendPage(reply, indexPage));
  app.get('/problems/:code', { ...options, schema: { hide: true, params: z.object({ code: z.string() }), querystring: noQuery } }, async (request, reply) => {
    const code = bySlug.get(request.params.code);
    if (code === undefined) throw new ApiError('NOT_FOUND', `There is no problem type "${request.params.code}"; the index is at /problems.`);
    return sendPage(reply, typePage(code));
  });
};

export default problems;
