/**
 * /graphiql works offline and under its own strict Content-Security-Policy: nothing is
 * loaded from another origin, the inline style and script are allowed by hash only.
 */
import { createHash } from 'node:crypto';
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

t.test('the query page loads nothing from elsewhere and carries a strict CSP', async (t) => {
  const app = await seedApp(t);
  const res = await app.inject('/graphiql');
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/html/);
  const page = res.body;
  t.notMatch(page, /<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?\/\//i, 'no resource from another origin');
  t.notMatch(page, /unpkg|jsdelivr|cdnjs/i, 'no CDN');
  const csp = String(res.headers['content-security-policy']);
  t.match(csp, /default-src 'none'/);
  t.match(csp, /connect-src 'self'/, 'the page may talk to this origin only');
  t.notMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/, 'no inline or remote allowance');
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1];
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1];
  t.ok(script && csp.includes(`script-src ${hashOf(script)}`), 'the inline script is allowed by its hash');
  t.ok(style && csp.includes(`style-src ${hashOf(style)}`), 'the inline style is allowed by its hash');
  t.equal((await app.inject('/graphiql')).headers['content-security-policy'], csp, 'also on a cached response');
});

t.test('without JavaScript the form is a GET to /graphql that answers', async (t) => {
  const app = await seedApp(t);
  const page = (await app.inject('/graphiql')).body;
  t.match(page, /<form[^>]+action="\/graphql"[^>]+method="get"/);
  const query = /<textarea id="query" name="query"[^>]*>([\s\S]*?)<\/textarea>/.exec(page)?.[1];
  t.ok(query, 'a prefilled query');
  const res = await app.inject(`/graphql?query=${encodeURIComponent(query!.replace(/&#?\w+;/g, (e) => ({ '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'" })[e] ?? e))}&variables=`);
  t.equal(res.statusCode, 200, res.body.slice(0, 200));
  t.ok(res.json().data.themes.nodes.length > 0, 'the example query answers');
});

t.test('GET /graphql takes empty or null variables as none, and refuses variables that are not an object', async (t) => {
  const app = await seedApp(t);
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
