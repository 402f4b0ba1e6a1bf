/**
 * Dependency advisories, reviewed offline (issue 10). The registry mirror answers npm audit's
 * endpoint with 405, so the review is `advisories.json`: the advisories found for the production
 * packages, with the range each source states. This test reads package-lock.json and fails when an
 * installed production package falls in a vulnerable range that the file does not explain, and
 * when the file itself drifts from the lockfile (an unknown package name, a stale review).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import jsonld from 'jsonld';
import semver from 'semver';
import t from 'tap';
import { packageRoot } from '../../src/paths.js';
import { catalogDocument } from '../../src/publish/dcat.js';

interface Advisory {
  id: string;
  aliases: string[];
  package: string;
  summary: string;
  vulnerable: string;
  fixed: string[];
  severity: 'low' | 'moderate' | 'high' | 'critical' | null;
  sources: string[];
  notApplicable?: string;
}
interface Unranged { id: string; package: string; note: string; sources: string[] }
interface SqliteAdvisory { id: string; fixed: string; sources: string[] }
interface Review { package: string; version: string; note?: string }
interface OutOfScope { package: string; version: string; reason: string }
interface AdvisoryFile {
  reviewedOn: string;
  advisories: Advisory[];
  unranged: Unranged[];
  sqlite: { advisories: SqliteAdvisory[] };
  reviewed: Review[];
  outOfScope: OutOfScope[];
}
interface Installed { name: string; version: string; path: string }
interface Finding { advisory: string; name: string; version: string; path: string; range: string }

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(packageRoot, file), 'utf8')) as T;

/** Every production package the lockfile installs: entries not marked dev (npm ls --omit=dev). */
export function productionPackages(lock: { packages: Record<string, { version?: string; dev?: boolean; link?: boolean }> }): Installed[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.includes('node_modules/') && !entry.dev && !entry.link && entry.version)
    .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version!, path }));
}

/** Installed versions inside an advisory's range that carry no explanation. Prereleases count. */
export function unexplainedFindings(installed: readonly Installed[], advisories: readonly Advisory[]): Finding[] {
  return advisories
    .filter((advisory) => !advisory.notApplicable?.trim())
    .flatMap((advisory) => installed
      .filter((pkg) => pkg.name === advisory.package && semver.satisfies(pkg.version, advisory.vulnerable, { includePrerelease: true }))
      .map((pkg) => ({ advisory: advisory.id, name: pkg.name, version: pkg.version, path: pkg.path, range: advisory.vulnerable })));
}

const lock = readJson<Parameters<typeof productionPackages>[0]>('package-lock.json');
const manifest = readJson<{ dependencies: Record<string, string> }>('package.json');
const review = readJson<AdvisoryFile>('test/hardening/advisories.json');
const installed = productionPackages(lock);
const installedNames = new Set(installed.map((pkg) => pkg.name));
const isUrl = (value: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value);

t.test('no installed production package is in a vulnerable range without an explanation', async (t) => {
  const findings = unexplainedFindings(installed, review.advisories);
  t.same(findings, [], findings.map((f) => `${f.name}@${f.version} (${f.path}) is in ${f.advisory} ${f.range}`).join('; ') || 'clean');
});

t.test('the check catches an installed version in range, and an explanation clears it', async (t) => {
  const fastify = installed.find((pkg) => pkg.name === 'fastify')!;
  const probe: Advisory = { id: 'PROBE', aliases: [], package: 'fastify', summary: '', vulnerable: `<=${fastify.version}`, fixed: [], severity: null, sources: [] };
  t.same(unexplainedFindings(installed, [probe]).map((f) => `${f.advisory} ${f.name}@${f.version}`), [`PROBE fastify@${fastify.version}`]);
  t.same(unexplainedFindings(installed, [{ ...probe, vulnerable: `>${fastify.version}` }]), [], 'a range above the installed version is not a finding');
  t.same(unexplainedFindings(installed, [{ ...probe, notApplicable: 'the affected option is not used' }]), [], 'an explained advisory is not a finding');
  t.same(unexplainedFindings(installed, [{ ...probe, notApplicable: '  ' }]).length, 1, 'a blank explanation explains nothing');
  t.same(unexplainedFindings([{ name: 'fastify', version: '6.0.0-rc.1', path: 'node_modules/fastify' }], [{ ...probe, vulnerable: '<6.0.0' }]).length, 1, 'a prerelease inside the range counts');
});

t.test('every advisory is well formed and names a package the lockfile installs', async (t) => {
  const severities = new Set(['low', 'moderate', 'high', 'critical', null]);
  for (const advisory of review.advisories) {
    const where = `${advisory.id} (${advisory.package})`;
    t.ok(advisory.id.trim() && advisory.summary.trim(), `${where}: id and summary`);
    t.ok(installedNames.has(advisory.package), `${where}: the package is a production package (a misspelt name would never match)`);
    t.ok(semver.validRange(advisory.vulnerable), `${where}: "${advisory.vulnerable}" is a semver range`);
    t.ok(advisory.fixed.every((version) => semver.valid(version)), `${where}: fixed versions are versions`);
    t.ok(advisory.fixed.every((version) => !semver.satisfies(version, advisory.vulnerable, { includePrerelease: true })), `${where}: no fixed version is inside the vulnerable range`);
    t.ok(severities.has(advisory.severity), `${where}: severity`);
    t.ok(advisory.sources.length > 0 && advisory.sources.every(isUrl), `${where}: at least one source URL`);
  }
  const ids = review.advisories.map((advisory) => `${advisory.package} ${advisory.id}`);
  t.same(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no advisory is listed twice');
  for (const entry of review.unranged) {
    t.ok(installedNames.has(entry.package) && entry.note.trim() && entry.sources.every(isUrl), `unranged ${entry.id}: package, note and sources`);
  }
});

t.test('the review covers every direct dependency, at the installed version', async (t) => {
  const listed = [...review.reviewed, ...review.outOfScope];
  const covered = new Set(listed.map((entry) => `${entry.package}@${entry.version}`));
  const advised = new Set(review.advisories.map((advisory) => advisory.package));
  for (const entry of listed) {
    t.ok(installed.some((pkg) => pkg.name === entry.package && pkg.version === entry.version),
      `${entry.package}@${entry.version} is installed (after an upgrade, review the new version and update the file)`);
  }
  for (const entry of review.outOfScope) t.ok(entry.reason.trim(), `${entry.package}: why it is out of scope`);
  for (const name of Object.keys(manifest.dependencies)) {
    const version = installed.find((pkg) => pkg.path === `node_modules/${name}`)?.version;
    t.ok(version && (covered.has(`${name}@${version}`) || advised.has(name)), `direct dependency ${name}@${version} is reviewed or out of scope`);
  }
  t.match(review.reviewedOn, /^\d{4}-\d{2}-\d{2}$/, 'the review is dated');
});

t.test('the bundled SQLite is newer than every SQLite fix in the file', async (t) => {
  const db = new Database(':memory:');
  const version = db.prepare('select sqlite_version()').pluck().get() as string;
  db.close();
  for (const advisory of review.sqlite.advisories) {
    t.ok(semver.gte(version, advisory.fixed), `SQLite ${version} includes the fix for ${advisory.id} (${advisory.fixed})`);
    t.ok(advisory.sources.every(isUrl), `${advisory.id}: sources`);
  }
});

t.test('the catalogue converts to RDF without loading any URL, so undici (jsonld\'s loader) is never reached', async (t) => {
  const document = catalogDocument({
    origin: 'http://localhost', version: '1', builtAt: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
    facts: { cities: [{ id: 'gent', name: 'Gent', nisCode: '44021' }], period: { start: '2025-01-01', end: '2025-12-31' } },
    dump: { size: 1, sha256: '0'.repeat(64) },
  });
  const loaded: string[] = [];
  const refuse = async (url: string): Promise<never> => {
    loaded.push(url);
    throw new Error(`no network: ${url}`);
  };
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: refuse })) as unknown as string;
  t.same(loaded, [], 'no URL was requested');
  t.match(nquads, /<http:\/\/www\.w3\.org\/ns\/dcat#Catalog>/, 'the catalogue became RDF');
});
