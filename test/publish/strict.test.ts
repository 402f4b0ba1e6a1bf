/**
 * Publishing routes for machines reject parameters they do not know, as /v1 does; the
 * problem types have an index and styled pages (issue 13 §1).
 */
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';

t.test('catalogue, context and problem pages answer an unknown parameter with a 400 problem naming it', async (t) => {
  const app = await seedApp(t);
  for (const path of ['/catalog', '/catalog.jsonld', '/catalog.ttl', '/contexts/blauwdruk.jsonld', '/problems', '/problems/not-found', '/v1/dump.sqlite']) {
    const ok = await app.inject(path);
    t.equal(ok.statusCode, 200, path);
    const res = await app.inject(`${path}?formaat=turtle`);
    t.equal(res.statusCode, 400, `${path}?formaat=turtle`);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    t.match(res.json(), { code: 'UNKNOWN_PARAMETER', type: '/problems/unknown-parameter', instance: `${path}?formaat=turtle` });
    t.match(res.json().detail, /formaat/);
  }
});

t.test('pages for people and oEmbed still ignore parameters they do not know (trackers, consumers)', async (t) => {
  const app = await seedApp(t);
  const figure = (await app.inject('/v1/figures?limit=1')).json().data[0];
  for (const path of ['/?fbclid=x', `/embed/figures/${figure.id}?utm_source=x`, `/oembed?url=${encodeURIComponent(`http://localhost/embed/figures/${figure.id}`)}&callback=x`]) {
    t.equal((await app.inject(path)).statusCode, 200, path);
  }
});

t.test('/problems lists every problem type; each type has a styled page', async (t) => {
  const app = await seedApp(t);
  const index = await app.inject('/problems');
  t.equal(index.statusCode, 200);
  t.match(index.headers['content-type'], /^text\/html/);
  t.match(index.headers['content-security-policy'], /default-src 'none'/);
  const links = [...index.body.matchAll(/href="(\/problems\/[a-z-]+)"/g)].map((m) => m[1]!);
  for (const type of ['/problems/not-found', '/problems/unknown-parameter', '/problems/invalid-cursor', '/problems/internal']) t.ok(links.includes(type), `lists ${type}`);
  for (const link of links) {
    const page = await app.inject(link);
    t.equal(page.statusCode, 200, link);
    t.match(page.body, /<style>[^<]*--accent/, `${link}: styled`);
    t.match(page.body, 'href="/problems"', `${link}: links back to the index`);
  }
  const missing = await app.inject('/problems/no-such-problem');
  t.equal(missing.statusCode, 404);
  t.match(missing.json().detail, '/problems');
});
