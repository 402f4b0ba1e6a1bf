/**
 * The benchmark's hand-written reference route answers with the JSON of the API's list it
 * stands in for, so that the bench compares the same work.
 */
import t, { type Test } from 'tap';
import { REFERENCE_PATH, registerReference } from '../../bench/reference.js';
import { freshFixtureApp } from '../helpers/fixture-db.js';

type App = Awaited<ReturnType<typeof freshFixtureApp>>;

/** Asserts that the reference answers `reference` with the bytes the API answers `api`; returns the API's page. */
async function sameBytes(t: Test, app: App, api: string, reference: string, name: string): Promise<{ next: string | null }> {
  const [ours, theirs] = [await app.inject(api), await app.inject(reference)];
  t.equal(theirs.statusCode, 200);
  t.equal(theirs.body, ours.body, `${name}: byte for byte`);
  return ours.json() as { next: string | null };
}

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
    const page = await sameBytes(t, app, `/v1/measures?location=${encodeURIComponent(id)}&limit=50`, `${REFERENCE_PATH}/places/${encodeURIComponent(id)}`, id);
    if (page.next !== null) withNext++;
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
    next = (await sameBytes(t, app, `/v1/measures?limit=50&cursor=${cursor}`, `${REFERENCE_PATH}/measures?cursor=${cursor}`, `page ${++pages}`)).next;
  }
  t.ok(pages > 0, 'the fixture has more than one page of measures');
});

t.test('the unit reference gives the JSON of /v1/figures?unit={unit} for every unit', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerReference(app);
  const units = ((await app.inject('/v1/figures?facet=unit&limit=1')).json().facets.unit as Array<{ value: string }>).map((u) => u.value);
  t.ok(units.length > 1);
  for (const unit of units) await sameBytes(t, app, `/v1/figures?unit=${encodeURIComponent(unit)}`, `${REFERENCE_PATH}/figures?unit=${encodeURIComponent(unit)}`, unit);
});

t.test('the actor reference gives the JSON of /v1/actors/{id}/measures?limit=50 for every actor', async (t) => {
  const app = await freshFixtureApp(t, { responseCache: false });
  registerReference(app);
  const actors = (await app.inject('/v1/actors?limit=500')).json().data as Array<{ id: string }>;
  t.ok(actors.length > 1);
  for (const { id } of actors) await sameBytes(t, app, `/v1/actors/${encodeURIComponent(id)}/measures?limit=50`, `${REFERENCE_PATH}/actors/${encodeURIComponent(id)}`, id);
});
