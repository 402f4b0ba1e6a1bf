import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t, { type Test } from 'tap';
import { packageRoot } from '../../src/paths.js';
import { seedApp } from '../helpers/dataset.js';

const snapshotPath = join(packageRoot, 'schema', 'openapi.json');

async function servedDocument(t: Test) {
  const app = await seedApp(t);
  const res = await app.inject('/openapi.json');
  t.equal(res.statusCode, 200);
  return `${JSON.stringify(JSON.parse(res.body), null, 2)}\n`;
}

t.test('the served OpenAPI document matches the committed snapshot', async (t) => {
  const served = await servedDocument(t);
  if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(snapshotPath, served);
  const committed = readFileSync(snapshotPath, 'utf8');
  t.equal(served, committed, 'schema/openapi.json is out of date: review the API change, then run `npm run schema:update` and commit the result');
});

t.test('OpenAPI 3.1 covers every route', async (t) => {
  const doc = JSON.parse(await servedDocument(t));
  t.equal(doc.openapi, '3.1.0');
  for (const path of ['/v1', '/v1/search', '/v1/measures', '/v1/measures.csv', '/v1/measures.ndjson', '/v1/measures/{id}', '/v1/measures/{id}/figures', '/v1/programmes/{id}/measures', '/v1/actors/{id}/measures', '/v1/locations/{id}/measures', '/v1/themes/{id}/measures', '/v1/documents/{id}/measures', '/v1/documents/{id}/text']) {
    t.ok(doc.paths[path]?.get, path);
  }
  const params = doc.paths['/v1/measures'].get.parameters.map((p: any) => p.name);
  t.ok(['location', 'theme', 'actor', 'q', 'sort', 'limit', 'cursor', 'count', 'facet'].every((p) => params.includes(p)));
  t.ok(doc.paths['/v1/measures'].get.responses['200'].content['text/csv']);
  t.ok(doc.paths['/v1/measures'].get.responses['400'].content['application/problem+json']);
});

t.test('Spectral (spectral:oas) reports no errors', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-spectral-'));
  const file = join(dir, 'openapi.json');
  writeFileSync(file, await servedDocument(t));
  const bin = join(packageRoot, 'node_modules', '.bin', 'spectral');
  const run = await promisify(execFile)(bin, ['lint', file, '--ruleset', join(packageRoot, 'schema', '.spectral.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'error'], { maxBuffer: 16 << 20 }).catch((e) => e);
  const results = JSON.parse(run.stdout || '[]') as Array<{ severity: number; code: string; message: string; path: string[] }>;
  const errors = results.filter((r) => r.severity === 0);
  t.same(errors.map((e) => `${e.code}: ${e.message} at ${e.path.join('.')}`), [], 'no spectral errors');
});

t.test('interactive docs at /docs', async (t) => {
  const app = await seedApp(t);
  const res = await app.inject('/docs/');
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /text\/html/);
});
