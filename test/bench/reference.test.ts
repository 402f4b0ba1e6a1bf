/**
 * The benchmark's hand-written reference route answers with the JSON of the API's list it
 * stands in for, so that the bench compares the same work.
 */
import t from 'tap';
import { REFERENCE_PATH, registerReference } from '../../bench/reference.js';
import { freshFixtureApp } from '../helpers/fixture-db.js';

t.test('the reference route gives the JSON of /v1/{programmes,documents}/{id}/measures?limit=50 for every parent', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerReference(app);
  for (const parent of ['programmes', 'documents']) {
    const parents = (await app.inject(`/v1/${parent}?limit=500`)).json().data as Array<{ id: string }>;
    t.ok(parents.length > 1);
    for (const { id } of parents) {
      const api = await app.inject(`/v1/${parent}/${id}/measures?limit=50`);
      const reference = await app.inject(`${REFERENCE_PATH}/${parent}/${id}`);
      t.equal(reference.statusCode, 200);
      t.same(reference.json(), api.json(), id);
      t.equal(reference.body, api.body, `${id}: byte for byte`);
    }
  }
});
