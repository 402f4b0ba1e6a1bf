import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import t from 'tap';
import { acceptedCoding } from '../../src/plugins/response-cache.js';
import { fixtureApp } from '../helpers/fixture-db.js';

t.test('cached bodies are served compressed in the coding the client prefers, byte-equal once decoded', async (t) => {
  const app = await fixtureApp();
  const url = '/v1/measures?location=gent';
  const plain = await app.inject(url);
  t.equal(plain.statusCode, 200);
  t.equal(plain.headers['content-encoding'], undefined);
  t.match(plain.headers.vary, /Accept-Encoding/);
  for (const [accept, coding, decode] of [
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip;q=0.5', 'gzip', gunzipSync],
  ] as const) {
    const res = await app.inject({ url, headers: { 'accept-encoding': accept } });
    t.equal(res.headers['content-encoding'], coding, `${accept} → ${coding}`);
    t.ok(res.rawPayload.length < plain.rawPayload.length / 4, 'much smaller than the plain body');
    t.equal(decode(res.rawPayload).toString(), plain.body, 'decodes to the same body');
    t.equal(res.headers.etag, plain.headers.etag, 'one weak ETag for every coding of the same representation');
  }
  const identity = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
  t.equal(identity.headers['content-encoding'], undefined);
  t.equal(identity.body, plain.body);
});

t.test('Accept-Encoding parsing honours q=0 and wildcards', async (t) => {
  t.equal(acceptedCoding(undefined), undefined);
  t.equal(acceptedCoding('identity'), undefined);
  t.equal(acceptedCoding('gzip, br'), 'br');
  t.equal(acceptedCoding('br;q=0, gzip'), 'gzip');
  t.equal(acceptedCoding('*'), 'br');
  t.equal(acceptedCoding('br;q=0, gzip;q=0'), undefined);
});
