/**
 * GraphiQL at /graphiql, served from the installed packages (graphiql, react, react-dom
 * UMD builds) and this app only: no CDN, so it works offline, under a Content-Security-Policy
 * without inline script (`script-src 'self'`). Without JavaScript the page keeps a form
 * that is a GET to /graphql, which answers with the JSON result.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../publish/html.js';
import { servedAs, sendPage, sha256Source, shell } from '../publish/layout.js';
import { acceptedCoding, type ContentCoding } from '../plugins/response-cache.js';

/** The query the page opens with: a small nested one that shows the shape of the data. */
export const EXAMPLE_QUERY = `{
  themes(first: 5) {
    totalCount
    nodes {
      id
      name
      measureCount
      measures(first: 2) { nodes { id text } }
    }
  }
}`;

/** GraphiQL fills the window below a one-line header; the no-script form gets plain spacing. */
const explorerCss = `html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:1rem/1.45 system-ui,sans-serif}
header.bar{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;padding:.4rem .9rem;border-bottom:1px solid #8884}
header.bar h1{font-size:1.05rem;margin:0}
header.bar p{margin:0;font-size:.9rem}
#graphiql{flex:1;min-height:0}
form.query{display:grid;gap:.5rem;max-width:60rem;padding:1rem}
form.query textarea{width:100%;font:.9rem/1.45 ui-monospace,monospace}`;

/** Starts GraphiQL on the page, fetching from this origin's /graphql. */
const explorerScript = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  var root = document.getElementById('graphiql');
  root.textContent = '';
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} }));
})();
`;

interface Asset {
  /** Where it is served: the version (or content digest) is in the path, so it may be cached for a year. */
  url: string;
  type: string;
  /** Reads the bytes, once, on the first request: the app starts without touching 4 MB it may never send. */
  read(): Promise<Buffer>;
}

const require = createRequire(import.meta.url);
/** A file of an installed package, and the package's version (for the asset's URL). */
function packageAsset(pkg: string, file: string, type: string): Asset {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { version } = require(manifest) as { version: string };
  const path = join(dirname(manifest), file);
  return { url: `/graphiql/assets/${pkg}@${version}/${file.split('/').pop()}`, type, read: () => readFile(path) };
}

const JS = 'text/javascript; charset=utf-8';
const explorerScriptBytes = Buffer.from(explorerScript);
const explorerScriptDigest = createHash('sha256').update(explorerScriptBytes).digest('hex').slice(0, 16);

/** In the order the page loads them: React, ReactDOM, GraphiQL (which needs both), then the start script. */
export const explorerAssets = {
  react: packageAsset('react', 'umd/react.production.min.js', JS),
  reactDom: packageAsset('react-dom', 'umd/react-dom.production.min.js', JS),
  graphiql: packageAsset('graphiql', 'graphiql.min.js', JS),
  graphiqlCss: packageAsset('graphiql', 'graphiql.min.css', 'text/css; charset=utf-8'),
  start: { url: `/graphiql/assets/explorer.${explorerScriptDigest}.js`, type: JS, read: async () => explorerScriptBytes } satisfies Asset,
};

/** A year: every asset URL names its version or digest, so its bytes never change. */
const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

interface LoadedAsset {
  body: Buffer;
  encoded: Record<ContentCoding, Buffer>;
}

/** Reads an asset and compresses it once, off the event loop (zlib's thread pool): GraphiQL is 3.5 MB. */
async function loadAsset(asset: Asset): Promise<LoadedAsset> {
  const body = await asset.read();
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipped(body),
  ]);
  return { body, encoded: { br, gzip: gz } };
}

/** The explorer's policy: scripts and styles from this origin only (plus the page's own inline style, by hash). */
export const explorerPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${sha256Source(explorerCss)}`,
  // GraphiQL's stylesheet carries its fonts and icons as data: URLs.
  "img-src 'self' data:",
  'font-src data:',
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

const page = shell({
  title: 'GraphiQL · blauwdruk',
  style: { css: explorerCss },
  head: html`<link rel="stylesheet" href="${explorerAssets.graphiqlCss.url}">`,
  body: html`<header class="bar">
<h1>GraphQL</h1>
<p>Query the API at <code>/graphql</code>; the schema, with descriptions, is the SDL in <code>schema/schema.graphql</code>
and answers introspection. Every root list takes the filters of its REST list. <a href="/docs">REST documentation</a> · <a href="/">browse</a>.</p>
</header>
<div id="graphiql">Loading GraphiQL…</div>
<noscript>
<form class="query" id="query-form" action="/graphql" method="get">
<label for="query">Query (sent as a GET to /graphql, which answers with JSON)</label>
<textarea id="query" name="query" rows="14" spellcheck="false" required>${EXAMPLE_QUERY}</textarea>
<label for="variables">Variables (JSON)</label>
<textarea id="variables" name="variables" rows="3" spellcheck="false"></textarea>
<button type="submit">Run</button>
</form>
</noscript>
<script src="${explorerAssets.react.url}"></script>
<script src="${explorerAssets.reactDom.url}"></script>
<script src="${explorerAssets.graphiql.url}"></script>
<script src="${explorerAssets.start.url}"></script>`,
});

const explorer: FastifyPluginAsync = async (app) => {
  app.get('/graphiql', { schema: { hide: true }, ...servedAs('text/html', explorerPolicy) }, (_request, reply) => sendPage(reply, page));

  for (const asset of Object.values(explorerAssets)) {
    let loaded: Promise<LoadedAsset> | undefined;
    const send = async (request: FastifyRequest, reply: FastifyReply) => {
      loaded ??= loadAsset(asset).catch((error: unknown) => {
        loaded = undefined; // a failed read is retried by the next request
        throw error;
      });
      const { body, encoded } = await loaded;
      const coding = acceptedCoding(request.headers['accept-encoding']);
      reply.type(asset.type).header('cache-control', ASSET_CACHE_CONTROL).header('vary', 'Accept-Encoding');
      if (coding === undefined) return reply.send(body);
      return reply.header('content-encoding', coding).send(encoded[coding]);
    };
    app.get(asset.url, { schema: { hide: true } }, send);
  }
};

export default explorer;
