/**
 * /graphiql is the real GraphiQL served from the installed packages: nothing is loaded from
 * another origin, no script is inline (`script-src 'self'`), its assets are cached for a
 * year under versioned URLs, and without JavaScript the page is a form that GETs /graphql.
 * (test/publish/browser.test.ts renders it in Chromium.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import t from 'tap';
import { EXAMPLE_QUERY } from '../../src/graphql/explorer.js';
import { fixtureApp } from '../helpers/fixture-db.js';

const require = createRequire(import.meta.url);
/** A file of an installed package (their `exports` do not list the UMD builds). */
const packageFile = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
const srcs = (page: string, pattern: RegExp) => [...page.matchAll(pattern)].map((m) => m[1]!);

t.test('the page loads GraphiQL from this origin only, under a CSP without inline script', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject('/graphiql');
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/html/);
  const page = res.body;
  t.notMatch(page, /(?:src|href)="(?:https?:)?\/\//i, 'no resource from another origin');
  t.notMatch(page, /unpkg|jsdelivr|cdnjs|esm\.sh/i, 'no CDN');
  t.notMatch(page, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
  const scripts = srcs(page, /<script src="([^"]+)"><\/script>/g);
  t.match(scripts, [/^\/graphiql\/assets\/react@[\d.]+\/react\.production\.min\.js$/, /^\/graphiql\/assets\/react-dom@[\d.]+\/react-dom\.production\.min\.js$/, /^\/graphiql\/assets\/graphiql@[\d.]+\/graphiql\.min\.js$/, /^\/graphiql\/assets\/explorer\.[0-9a-f]{16}\.js$/]);
  t.equal(scripts.length, 4, 'React, ReactDOM, GraphiQL, the start script, in that order');
  t.match(srcs(page, /<link rel="stylesheet" href="([^"]+)">/g), [/^\/graphiql\/assets\/graphiql@[\d.]+\/graphiql\.min\.css$/]);

  const csp = String(res.headers['content-security-policy']);
  t.match(csp, /(?:^|; )default-src 'none'(?:;|$)/);
  t.match(csp, /(?:^|; )script-src 'self'(?:;|$)/, 'scripts from this origin, nothing inline');
  t.match(csp, /(?:^|; )connect-src 'self'(?:;|$)/, 'the page may talk to this origin only');
  t.notMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/, 'no inline, eval or remote allowance');
  t.equal((await app.inject('/graphiql')).headers['content-security-policy'], csp, 'also on a cached response');
});

t.test('the assets are the installed packages, cached for a year, compressed once', async (t) => {
  const app = await fixtureApp();
  const page = (await app.inject('/graphiql')).body;
  const urls = [...srcs(page, /<script src="([^"]+)">/g), ...srcs(page, /<link rel="stylesheet" href="([^"]+)">/g)];
  const expected: Record<string, Buffer> = {
    'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
    'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
    'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
    'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  };
  for (const url of urls) {
    const res = await app.inject(url);
    t.equal(res.statusCode, 200, url);
    t.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable', `${url}: cached for a year`);
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${url}: nosniff`);
    t.match(res.headers['content-type'], url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/, `${url}: type`);
    const name = url.split('/').pop()!;
    if (name in expected) t.ok(res.rawPayload.equals(expected[name]!), `${url}: the package's bytes`);
    else t.match(res.body, /GraphiQL\.createFetcher/, `${url}: the start script`);
    const br = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
    t.equal(br.headers['content-encoding'], 'br');
    t.ok(brotliDecompressSync(br.rawPayload).equals(res.rawPayload), `${url}: br decodes to the same bytes`);
    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    t.equal(gz.headers['content-encoding'], 'gzip');
    t.ok(gunzipSync(gz.rawPayload).equals(res.rawPayload), `${url}: gzip decodes to the same bytes`);
    t.match(gz.headers.vary, /Accept-Encoding/i);
  }
  const start = (await app.inject(urls.find((u) => /explorer\./.test(u))!)).body;
  t.ok(start.includes(JSON.stringify(EXAMPLE_QUERY)), 'GraphiQL opens with the example query');
  t.equal((await app.inject('/graphiql/assets/graphiql@0.0.1/graphiql.min.js')).statusCode, 404, 'another version is not served');
});

t.test('without JavaScript the form is a GET to /graphql that answers', async (t) => {
  const app = await fixtureApp();
  const page = (await app.inject('/graphiql')).body;
  t.match(page, /<noscript>[\s\S]*<form[^>]+action="\/graphql"[^>]+method="get"[\s\S]*<\/noscript>/);
  const query = /<textarea id="query" name="query"[^>]*>([\s\S]*?)<\/textarea>/.exec(page)?.[1];
  t.ok(query, 'a prefilled query');
  const res = await app.inject(`/graphql?query=${encodeURIComponent(query!.replace(/&#?\w+;/g, (e) => ({ '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'" })[e] ?? e))}&variables=`);
  t.equal(res.statusCode, 200, res.body.slice(0, 200));
  t.ok(res.json().data.themes.nodes.length > 0, 'the example query answers');
});

t.test('GET /graphql takes empty or null variables as none, and refuses variables that are not an object', async (t) => {
  const app = await fixtureApp();
  const query = `/graphql?query=${encodeURIComponent('{ themes { totalCount } }')}`;
  for (const variables of ['', ' ', 'null', '{}']) {
    const res = await app.inject(`${query}&variables=${encodeURIComponent(variables)}`);
    t.equal(res.statusCode, 200, `variables=${JSON.stringify(variables)}`);
    t.ok(res.json().data.themes.totalCount > 0);
  }
  for (const variables of ['5', '[]', '"a"', 'true']) {
    const res = await app.inject(`${query}&variables=${encodeURIComponent(variables)}`);
    t.equal(res.statusCode, 400, `variables=${variables}`);
    t.match(res.json(), { errors: [{ message: /variables.*JSON object/, extensions: { code: 'BAD_REQUEST' } }] });
  }
});
