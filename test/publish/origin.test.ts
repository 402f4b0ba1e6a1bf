import t from 'tap';
import { FALLBACK_ORIGIN, isValidHost } from '../../src/plugins/origin.js';
import { buildApp } from '../../src/app.js';
import { fixture, fixtureApp, fixtureDatabase } from '../helpers/fixture-db.js';

const FIGURE = fixture.figures.change!.id;
const GARBAGE = ['a b', 'evil.example/<script>', 'x"onmouseover=alert(1)', '[::1', 'host:99999', 'a..b', 'é.example', ''];

t.test('isValidHost accepts hostname[:port] and bracketed IPv6 only', async (t) => {
  for (const host of ['localhost', 'localhost:80', 'api.example.org', 'api.example.org.', '127.0.0.1:3000', '[::1]', '[::1]:8080', 'my_service:8080', 'xn--bcher-kva.example']) t.ok(isValidHost(host), host);
  for (const host of [...GARBAGE, 'host:0', 'host:', ':80', 'a:1:2', '[zz]', '-a.example']) t.notOk(isValidHost(host), JSON.stringify(host));
});

t.test('a garbage Host header never yields a 500 nor appears in any output', async (t) => {
  const app = await fixtureApp();
  const urls = ['/', `/embed/figures/${FIGURE}`, `/embed/figures/${FIGURE}.svg`, `/oembed?url=${encodeURIComponent(`http://localhost/embed/figures/${FIGURE}`)}`, `/v1/figures/${FIGURE}/cite`, '/catalog', `/v1/figures/${FIGURE}`];
  for (const host of GARBAGE.filter(Boolean)) {
    for (const url of urls) {
      const res = await app.inject({ url, headers: { host } });
      t.ok(res.statusCode < 500, `${url} with Host ${JSON.stringify(host)}: ${res.statusCode}`);
      t.notOk(res.body.includes(host) || JSON.stringify(res.headers).includes(host), 'the host is not reflected');
    }
  }
  const oembed = await app.inject({ url: urls[3]!, headers: { host: 'a b' } });
  t.equal(oembed.statusCode, 200, 'the fallback origin is the default one');
  t.equal(oembed.json().provider_url, `${FALLBACK_ORIGIN}/`);
});

t.test('an allowed Host still gives absolute URLs on that host, and its own ETag', async (t) => {
  const app = await buildApp({ dbPath: fixtureDatabase(), allowedHosts: ['api.example.org', '[::1]'] });
  t.teardown(() => app.close());
  const url = `/v1/figures/${FIGURE}/cite?format=text`;
  const [a, b] = await Promise.all(['api.example.org:8080', '[::1]:3000'].map((host) => app.inject({ url, headers: { host } })));
  t.match(a!.body, `http://api.example.org:8080/v1/figures/${FIGURE}`);
  t.match(b!.body, `http://[::1]:3000/v1/figures/${FIGURE}`);
  t.not(a!.headers.etag, b!.headers.etag, 'the origin is part of the ETag');
});
