/**
 * The HTML document shell shared by browse pages and cards, and how they are served: with
 * a Content-Security-Policy that allows exactly the inline style (and script) they carry,
 * by hash, and nothing from anywhere else. A page's policy depends on its style only, so
 * it is a property of the route, set on every response — response-cache hits included.
 */
import { createHash } from 'node:crypto';
import { applyPolicy } from '../plugins/security-headers.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { html, raw, type SafeHtml } from './html.js';

/** What a kind of page carries inline, and who may frame it: all its policy depends on. */
export interface PageStyle {
  css: string;
  /** Inline script source, if any. */
  script?: string;
  /** Cards may be framed anywhere; pages only by this site. */
  frameable?: boolean;
}

export interface ShellOptions {
  title: string;
  style: PageStyle;
  body: SafeHtml;
  /** Extra `<head>` markup (links, meta). */
  head?: SafeHtml;
  /** A fixed colour theme; by default the reader's preference (`prefers-color-scheme`). */
  theme?: FixedTheme | undefined;
}

/** Colour themes a page can be fixed to. */
export type FixedTheme = 'light' | 'dark';

/** A CSP source expression for inline `text` by its SHA-256. */
export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Builds a complete HTML document. */
export function shell({ title, style: { css, script }, body, head, theme }: ShellOptions): string {
  return html`<!doctype html>
<html lang="nl"${theme === undefined ? '' : html` data-theme="${theme}"`}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${theme ?? 'light dark'}">
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
`.value;
}

/** The Content-Security-Policy of pages with `style`. */
export function pagePolicy({ css, script, frameable = false }: PageStyle): string {
  return [
    "default-src 'none'",
    `style-src ${sha256Source(css)}`,
    ...(script === undefined ? [] : [`script-src ${sha256Source(script)}`]),
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${frameable ? '*' : "'self'"}`,
  ].join('; ');
}

/**
 * Options of a publishing route that answers with `type` under `policy`: `produces` gives
 * it negotiation, ETags and the response cache; the security headers are set on every
 * send, since a cache hit restores content headers only.
 */
export function servedAs(type: string, policy: string) {
  return {
    config: { produces: [type] },
    onSend: async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      applyPolicy(reply, policy).header('x-content-type-options', 'nosniff');
      return payload;
    },
  };
}

/** Sends an HTML document. */
export function sendPage(reply: FastifyReply, page: string) {
  return reply.type('text/html; charset=utf-8').send(page);
}
