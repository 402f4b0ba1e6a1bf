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

t.test('the place reference gives the JSON of /v1/measures?location={id}&limit=50 for every place', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerReference(app);
  const places = (await app.inject('/v1/locations?limit=500')).json().data as Array<{ id: string }>;
  t.ok(places.length > 1);
  let withNext = 0;
  for (const { id } of places) {
    const api = await app.inject(`/v1/measures?location=${encodeURIComponent(id)}&limit=50`);
    const reference = await app.inject(`${REFERENCE_PATH}/places/${encodeURIComponent(id)}`);
    t.equal(reference.statusCode, 200);
    t.equal(reference.body, api.body, `${id}: byte for byte`);
    if (api.json().next !== null) withNext++;
  }
  t.ok(withNext > 0, 'some place has a next page');
});

t.test('the cursor reference gives the JSON of every page of /v1/measures?limit=50 after the first', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerReference(app);
  let next = (await app.inject('/v1/measures?limit=50')).json().next as string | null;
  let pages = 0;
  while (next !== null) {
    const cursor = new URL(next).searchParams.get('cursor')!;
    const api = await app.inject(`/v1/measures?limit=50&cursor=${cursor}`);
    const reference = await app.inject(`${REFERENCE_PATH}/measures?cursor=${cursor}`);
    t.equal(reference.statusCode, 200);
    t.equal(reference.body, api.body, `page ${++pages}: byte for byte`);
    next = api.json().next as string | null;
  }
  t.ok(pages > 0, 'the fixture has more than one page of measures');
});

t.test('the unit reference gives the JSON of /v1/figures?unit={unit} for every unit', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerReference(app);
  const units = ((await app.inject('/v1/figures?facet=unit&limit=1')).json().facets.unit as Array<{ value: string }>).map((u) => u.value);
  t.ok(units.length > 1);
  for (const unit of units) {
    const api = await app.inject(`/v1/figures?unit=${encodeURIComponent(unit)}`);
    const reference = await app.inject(`${REFERENCE_PATH}/figures?unit=${encodeURIComponent(unit)}`);
    t.equal(reference.statusCode, 200);
    t.equal(reference.body, api.body, `${unit}: byte for byte`);
  }
});

t.test('the actor reference gives the JSON of /v1/actors/{id}/measures?limit=50 for every actor', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerReference(app);
  const actors = (await app.inject('/v1/actors?limit=500')).json().data as Array<{ id: string }>;
  t.ok(actors.length > 1);
  for (const { id } of actors) {
    const api = await app.inject(`/v1/actors/${encodeURIComponent(id)}/measures?limit=50`);
    const reference = await app.inject(`${REFERENCE_PATH}/actors/${encodeURIComponent(id)}`);
    t.equal(reference.statusCode, 200);
    t.equal(reference.body, api.body, `${id}: byte for byte`);
  }
});
