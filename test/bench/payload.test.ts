/**
 * The bench's same-bytes control (bench/scenarios.ts) answers a path's own body and content
 * type, so that beside the static route it measures moving exactly those bytes.
 */
import t from 'tap';
import { NESTED_QUERY, payloadPath, registerPayload } from '../../bench/scenarios.js';
import { freshFixtureApp } from '../helpers/fixture-db.js';

t.test('the same-bytes control answers the body and content type of a list, a search and a GraphQL query', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerPayload(app);
  for (const path of ['/v1/measures?limit=50', '/v1/search?q=camera', `/graphql?query=${encodeURIComponent(NESTED_QUERY)}`]) {
    const [ours, control, again] = [await app.inject(path), await app.inject(payloadPath(path)), await app.inject(payloadPath(path))];
    t.equal(ours.statusCode, 200, path);
    t.equal(control.statusCode, 200, `${path}: control`);
    t.equal(control.headers['content-type'], ours.headers['content-type'], `${path}: content type`);
    t.equal(control.body, ours.body, `${path}: byte for byte`);
    t.equal(again.body, ours.body, `${path}: byte for byte, served from its stored copy`);
  }
});

t.test('the same-bytes control refuses what is not an app path, and says when the path fails', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerPayload(app);
  t.equal((await app.inject('/bench/payload')).statusCode, 400);
  t.equal((await app.inject(payloadPath('http://example.org/'))).statusCode, 400);
  t.equal((await app.inject(payloadPath(payloadPath('/v1/measures')))).statusCode, 400);
  t.equal((await app.inject(payloadPath('/v1/measures/no-such-measure'))).statusCode, 502);
});
