/**
 * The HTML document shell shared by browse pages and cards, and how they are sent: with a
 * Content-Security-Policy that allows exactly the inline style (and script) they carry,
 * by hash, and nothing from anywhere else.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { html, raw, type SafeHtml } from './html.js';

export interface ShellOptions {
  title: string;
  css: string;
  body: SafeHtml;
  /** Extra `<head>` markup (links, meta). */
  head?: SafeHtml;
  /** Inline script source, if any. */
  script?: string;
  /** Cards may be framed anywhere; pages only by this site. */
  frameable?: boolean;
}

export interface HtmlPage {
  html: string;
  csp: string;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Builds a complete document and the policy that fits it. */
export function shell({ title, css, body, head, script, frameable = false }: ShellOptions): HtmlPage {
  const page = html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${title}</title>
${head}
<style>${raw(css)}</style>
</head>
<body>
${body}
${script === undefined ? '' : html`<script>${raw(script)}</script>`}
</body>
</html>
`;
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(css)}`,
    ...(script === undefined ? [] : [`script-src ${sha256(script)}`]),
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${frameable ? '*' : "'self'"}`,
  ].join('; ');
  return { html: page.value, csp };
}

/** Sends a page as `text/html` with its policy. */
export function sendPage(reply: FastifyReply, page: HtmlPage, cacheSeconds = 300) {
  return reply
    .type('text/html; charset=utf-8')
    .header('Content-Security-Policy', page.csp)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', `public, max-age=${cacheSeconds}`)
    .send(page.html);
}
