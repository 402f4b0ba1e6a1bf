import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t, { type Test } from 'tap';
import { packageRoot } from '../../src/paths.js';
import { fixtureApp } from '../helpers/fixture-db.js';

const snapshotPath = join(packageRoot, 'schema', 'openapi.json');

async function servedDocument(t: Test) {
  const app = await fixtureApp();
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

interface SpectralResult {
  severity: number;
  code: string;
  message: string;
  path: string[];
  source: string;
}

/** Runs Spectral on `document`; fails the test unless Spectral really ran and printed its JSON results. */
async function spectral(t: Test, name: string, document: string): Promise<SpectralResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-spectral-'));
  const file = join(dir, `${name}.json`);
  writeFileSync(file, document);
  const bin = join(packageRoot, 'node_modules', '.bin', 'spectral');
  const args = ['lint', file, '--ruleset', join(packageRoot, 'schema', '.spectral.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'error'];
  const run = await promisify(execFile)(bin, args, { maxBuffer: 16 << 20 }).then(
    ({ stdout, stderr }) => ({ code: 0 as number | string | undefined, stdout, stderr }),
    (e: { code?: number | string; stdout?: string; stderr?: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  // Exit 0: nothing at error severity; 1: errors found. Anything else (ENOENT, a crash) means Spectral did not lint.
  t.ok(run.code === 0 || run.code === 1, `${name}: spectral ran (exit ${run.code}) ${run.stderr ?? ''}`);
  t.type(run.stdout, 'string', `${name}: spectral printed its results`);
  const results: unknown = JSON.parse(run.stdout ?? '');
  t.ok(Array.isArray(results), `${name}: the results are a JSON array (an explicit [] when there are none)`);
  const list = results as SpectralResult[];
  t.ok(list.every((r) => r.source === file), `${name}: every result is about the linted file`);
  return list;
}

const describeErrors = (results: SpectralResult[]) => results.filter((r) => r.severity === 0).map((e) => `${e.code}: ${e.message} at ${e.path.join('.')}`);

t.test('Spectral (spectral:oas) reports no errors', async (t) => {
  const [served, canary] = await Promise.all([
    spectral(t, 'openapi', await servedDocument(t)),
    spectral(t, 'canary', JSON.stringify({ openapi: '3.1.0', paths: { '/x': { get: { responses: {} } } } })),
  ]);
  t.ok(describeErrors(canary).length > 0, 'the ruleset reports errors in a broken document, so an empty list means something');
  t.same(describeErrors(served), [], 'no spectral errors');
});

t.test('interactive docs at /docs', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject('/docs/');
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /text\/html/);
});
