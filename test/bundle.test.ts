/**
 * The bundled server (src/bundle.ts) as the Docker image runs it: bundled from the sources
 * into a folder laid out like the image's runtime stage (what its `COPY --from=build` lines
 * copy, the bundle in place of dist/src), started by the image's CMD in a child process, it
 * answers the routes whose code or files are found at run time: the API, a Turtle page
 * (jsonld and n3 load on demand), the GraphiQL and API documentation assets and the home
 * page's map (files of installed packages). A file the bundle cannot find fails here.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { compileFunction } from 'node:vm';
import t from 'tap';
import { bundleServer, declareOwnFolder, EXTERNAL } from '../src/bundle.js';
import { packageRoot } from '../src/paths.js';
import { fixtureDatabase } from './helpers/fixture-db.js';

const dockerfile = readFileSync(join(packageRoot, 'Dockerfile'), 'utf8');
/** The runtime stage: everything after the last FROM. */
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
/** What the runtime stage copies from the build stage, as paths in /app. */
const copied = [...runtimeStage.matchAll(/^COPY --from=build \/app\/(\S+) \.\/\S*$/gm)].map((m) => m[1]!);
/** The command the image runs, from its CMD line. */
const command = JSON.parse(/^CMD (\[.*\])$/m.exec(runtimeStage)?.[1] ?? 'null') as string[] | null;

/**
 * A folder laid out like the image's /app: each copied path links to the package's own,
 * except dist/src, which holds only the bundle (a server that reached for a compiled module
 * would fail), and data/, which the test's --db replaces.
 */
async function runtimeLayout(dir: string): Promise<void> {
  for (const path of copied) {
    if (path === 'dist/src' || path === 'data') continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(join(packageRoot, path), join(dir, path));
  }
  await bundleServer(join(dir, 'dist', 'src', 'server.bundle.mjs'));
}

/** Starts `argv` in `cwd` on a free port (with `env` added); resolves with its address once it listens, and stops it at the test's end. */
async function start(t: { teardown(fn: () => unknown): void }, cwd: string, argv: string[], env: Record<string, string> = {}) {
  const child = spawn(argv[0] === 'node' ? process.execPath : argv[0]!, argv.slice(1), {
    cwd,
    // No coverage of the bundled child (tap's process tracking would measure it): its source map
    // would put every bundled dependency, and a second statement map of src/, into the report.
    env: { PATH: process.env.PATH ?? '', PORT: '0', RATE_LIMIT: 'off', MAX_EVENT_LOOP_DELAY: 'off', LOG_LEVEL: 'info', _TAPJS_PROCESSINFO_COVERAGE_: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  t.teardown(() => {
    child.kill('SIGTERM');
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    const address = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    if (address !== undefined) return address;
  }
  throw new Error(`the bundled server exited before listening: ${stderr}`);
}

t.test('the Dockerfile runtime stage copies its files and runs the bundle', async (t) => {
  t.ok(copied.includes('node_modules') && copied.includes('dist/src') && copied.includes('package.json'), `copies ${copied.join(', ')}`);
  t.same(command, ['node', 'dist/src/server.bundle.mjs']);
  // The image prunes devDependencies: what the bundle leaves to node_modules must be a dependency.
  const { dependencies } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  t.same(EXTERNAL.filter((name) => !(name in dependencies)), [], 'every external package is a dependency');
});

t.test('the bundle, laid out as in the image, serves the API, Turtle and the files of installed packages', { timeout: 120_000 }, async (t) => {
  const root = join(packageRoot, 'test-output');
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, 'bundle-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  await runtimeLayout(dir);
  const address = await start(t, dir, [...command!, '--db', fixtureDatabase()]);
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${address}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } });
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };

  t.equal((await get('/healthz')).status, 200, '/healthz');
  const v1 = await get('/v1');
  t.equal(v1.status, 200, '/v1');
  t.match(JSON.parse(v1.body), { counts: { measures: Number } }, '/v1 counts the collections');
  const turtle = await get('/catalog.ttl');
  t.equal(turtle.status, 200, '/catalog.ttl (jsonld and n3, loaded on demand)');
  t.match(turtle.type, /^text\/turtle/);
  t.match(turtle.body, /dcat:Catalog/);

  const explorer = await get('/graphiql');
  t.equal(explorer.status, 200, '/graphiql');
  const assets = [...explorer.body.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  t.equal(assets.length, 5, 'React, ReactDOM, GraphiQL script and style, the start script');
  for (const asset of assets) {
    const res = await get(asset);
    t.equal(res.status, 200, asset);
    t.ok(res.body.length > 100, `${asset}: ${res.body.length} characters`);
  }

  const docs = await get('/docs/');
  t.equal(docs.status, 200, '/docs/ (swagger-ui, whose files are in its package)');
  const docAssets = [...docs.body.matchAll(/(?:src|href)="\.\/(static\/[^"]+\.(?:js|css))"/g)].map((m) => `/docs/${m[1]!}`);
  t.ok(docAssets.length >= 3, `the documentation page loads ${docAssets.join(', ')}`);
  for (const asset of docAssets) t.equal((await get(asset)).status, 200, asset);

  const home = await get('/');
  t.equal(home.status, 200, '/ (its map draws the outline from world-atlas)');
  t.match(home.body, /<path class="country" d="M\d/);
});

/** The bundle's files that `file` imports statically (`import … from "./…"`, `import "./…"`), and theirs: what loading it compiles. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  // `from "./x"` and `import "./x"`, minified or not; never `import("./x")`, which loads on demand.
  for (const [, name] of readFileSync(file, 'utf8').matchAll(/\b(?:from|import) ?"\.\/([^"]+)"/g)) {
    const path = join(dirname(file), name!);
    if (!seen.has(path)) staticImports(path, seen);
  }
  return seen;
}

t.test('a start compiles the entry and the app, never the ingest pipeline', async (t) => {
  const dir = mkdtempSync(join(packageRoot, 'test-output', 'bundle-split-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const entry = join(dir, 'server.bundle.mjs');
  await bundleServer(entry);
  const chunks = readdirSync(dir).filter((name) => name.endsWith('.mjs'));
  const [app] = chunks.filter((name) => /^server\.bundle\.app-\w+\.mjs$/.test(name));
  const [build] = chunks.filter((name) => /^server\.bundle\.run-build-\w+\.mjs$/.test(name));
  t.ok(app !== undefined && build !== undefined, `the app and the build in chunks of their own: ${chunks.join(', ')}`);
  t.ok(statSync(entry).size < 64 * 1024, `the entry is small (${statSync(entry).size} bytes): it turns the compile cache on before the app's chunk compiles`);
  const started = [...staticImports(entry), ...staticImports(join(dir, app!))];
  t.notOk(started.includes(join(dir, build!)), 'the build is imported only on demand');
  t.notOk(started.some((file) => readFileSync(file, 'utf8').includes('extract-worker')), 'no chunk a start loads holds the ingest pipeline');
  const code = started.map((file) => readFileSync(file, 'utf8')).join('\n');
  t.ok(started.length > 3, `the app's chunks: ${started.length} files`);
  // esbuild writes non-ASCII characters as escapes.
  t.ok(code.includes('Invalid input') && !/Ung(?:ü|\\xFC|\\u00FC)ltige Eingabe/i.test(code), "zod's English messages, not its other locales");
  await bundleServer(entry);
  t.same(readdirSync(dir).filter((name) => name.endsWith('.mjs')).sort(), chunks.sort(), 'a second build replaces the chunks of the first');
});

t.test('the compile cache: written once the server listens, and a corrupted one is ignored', { skip: module.enableCompileCache === undefined ? 'Node before 22.1 has no compile cache' : false, timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(packageRoot, 'test-output', 'bundle-cache-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  await runtimeLayout(dir);
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  const first = await start(t, dir, [...command!, '--db', fixtureDatabase()], { TMPDIR: tmp });
  // Answered after the flush that follows listening (the same tick as the listen's end).
  t.equal((await fetch(`${first}/healthz`)).status, 200);
  const cacheDir = join(tmp, 'blauwdruk-compile-cache');
  const files = readdirSync(cacheDir, { recursive: true }).map((name) => join(cacheDir, String(name))).filter((path) => statSync(path).isFile());
  t.ok(files.some((path) => statSync(path).size > 100_000), `the app's compiled code is in the cache: ${files.length} files`);
  // Each file's second half overwritten: the header still reads, the code does not match.
  for (const path of files) {
    const bytes = readFileSync(path);
    bytes.fill(0xa5, bytes.length >> 1);
    writeFileSync(path, bytes);
  }
  const address = await start(t, dir, [...command!, '--db', fixtureDatabase()], { TMPDIR: tmp });
  const res = await fetch(`${address}/v1`);
  t.equal(res.status, 200, 'a start over a corrupted cache serves');
  t.match(await res.json(), { counts: { measures: Number } });
});

t.test('a dependency file gets its own __dirname and __filename, and stays strict', async (t) => {
  const source = '// a licence\n/* and a note */\n"use strict";\nreturn [__dirname, __filename, (function () { return this; })()];';
  const declared = declareOwnFolder(source, 'pkg/lib/routes.js');
  t.ok(declared.startsWith('// a licence\n/* and a note */\n"use strict";\nvar __filename'), 'declared after the directive');
  const run = compileFunction(declared, ['__bundledFolder']) as (folder: (path: string) => string) => unknown[];
  t.same(run((path) => `/app/node_modules/${path}`), ['/app/node_modules/pkg/lib', '/app/node_modules/pkg/lib/routes.js', undefined], 'strict: a plain call has no this');
  t.match(declareOwnFolder('module.exports = __dirname;', 'a/b.js'), /^\nvar __filename = __bundledFolder\("a\/b\.js"\), __dirname = __bundledFolder\("a"\);\nmodule\.exports/);
});
