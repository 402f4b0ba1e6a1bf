import t from 'tap';
import { seedApp } from './helpers/dataset.js';

t.test('GET /healthz answers once the database is readable', async (t) => {
  const app = await seedApp(t);
  const res = await app.inject('/healthz');
  t.equal(res.statusCode, 200);
  t.match(res.json(), { status: 'ok', version: /^[0-9a-f]{16}$/ });
});

t.test('GET /v1 gives the dataset version and counts for every entity', async (t) => {
  const app = await seedApp(t);
  const res = await app.inject('/v1');
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.match(body.version, /^[0-9a-f]{16}$/);
  t.equal(body.counts.documents, 5);
  t.equal(body.counts.programmes, 4);
  for (const entity of ['measures', 'figures', 'actors', 'locations', 'themes']) t.ok(body.counts[entity] > 0, `${entity} counted`);
  t.ok(body.counts.figures >= 10, 'every gold figure of the seeds is in the build');
});
