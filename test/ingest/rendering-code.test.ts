/**
 * The code the stored list renderings are stamped with (src/paths.ts `renderingCodeDigest`): the
 * module graph of the render step and the collections, derived from the imports, so a change to a
 * file outside it (an extraction rule, a route, the CLI) leaves the renderings current and a change
 * to one inside (the query layer, the serialisation) makes them stale — shown with a copy of the
 * code tree rendering for, and after edits read by, this process. The graph is enough to render:
 * a process that loads only the render step renders what the full server answers live.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { SERVING } from '../../src/db/client.js';
import { codeDir, filesDigest, moduleGraph, moduleGraphDigest, packageRoot, relativeImports, RENDERING_ENTRIES, renderingCodeDigest, renderingDigestOf, renderingsFilesFor } from '../../src/paths.js';
import { figures } from '../../src/queries/figures.js';
import { measures } from '../../src/queries/measures.js';
import { attachRenderings, renderedPage } from '../../src/queries/renderings.js';
import { fixtureCopy, freshFixtureApp, openedReadOnly } from '../helpers/fixture-db.js';

const run = promisify(execFile);

t.test('relativeImports: what a module loads when it runs, by relative specifier', async (t) => {
  const source = [
    "import { a, type B } from './a.js';",
    'import {',
    '  c,',
    '  d,',
    "} from '../c/d.js';",
    "import './side-effect.js';",
    "export * from './re-exported.js';",
    'export { e } from "./e.js";',
    "import type { Erased } from './erased.js';",
    "export type { AlsoErased } from './also-erased.js';",
    "import Database from 'better-sqlite3';",
    "import { join } from 'node:path';",
    '/**',
    " * import { example } from './in-a-comment.js';",
    ' */',
    "// import { commented } from './commented.js';",
    "const lazy = () => import('./lazy.js');",
    "const message = 'see ./not-an-import.js';",
  ].join('\n');
  t.same(relativeImports(source).sort(), ['../c/d.js', './a.js', './e.js', './lazy.js', './re-exported.js', './side-effect.js']);
  t.same(relativeImports(''), []);
});

t.test('the rendering code is the module graph of the render step and the collections, not all of the code', async (t) => {
  const graph = moduleGraph(codeDir, RENDERING_ENTRIES);
  for (const inside of ['ingest/render-lists.ts', 'queries/collections.ts', 'queries/renderings.ts', 'queries/measures.ts', 'queries/figures.ts', 'queries/entity.ts', 'rest/rendering.ts', 'urls.ts', 'text/ascii-json.ts', 'db/schema.ts']) {
    t.ok(graph.includes(inside), `${inside} determines a rendering`);
  }
  for (const outside of ['cli.ts', 'app.ts', 'server.ts', 'rest/collection.ts', 'graphql/resolvers.ts', 'ingest/build.ts', 'ingest/figures/units.ts', 'ingest/entities.ts', 'plugins/validators.ts']) {
    t.ok(existsSync(join(codeDir, outside)), `${outside} is a module of the code`);
    t.notOk(graph.includes(outside), `${outside} does not`);
  }
  t.equal(renderingCodeDigest(), moduleGraphDigest(codeDir, RENDERING_ENTRIES), 'the running code has its entries: the digest is of their graph');
  t.throws(() => moduleGraph(codeDir, ['ingest/no-such-module']), /module ingest\/no-such-module not found/);
  // A folder holding a bundle alone (no modules to follow): every file's digest, so any change there still counts.
  const bundleOnly = t.testdir({ 'server.bundle.mjs': 'export {};\n', 'server.bundle.app-ABCDEFGH.mjs': 'export const x = 1;\n' });
  t.equal(renderingDigestOf(bundleOnly), filesDigest([bundleOnly]));
});

/** A copy of the package's code tree (src, with package.json to find its root and node_modules to run), removed after the test. */
function codeCopy(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'rendering-code-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(packageRoot, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(packageRoot, 'package.json'), join(dir, 'package.json'));
  cpSync(join(packageRoot, 'migrations'), join(dir, 'migrations'), { recursive: true });
  symlinkSync(join(packageRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Renders the lists beside `dbPath` with the code of `tree`, in a process that loads the render step alone; what it wrote. */
async function renderWith(tree: string, dbPath: string): Promise<string> {
  const script = 'const { renderListsBeside } = await import(process.argv[1]); process.stdout.write(renderListsBeside(process.argv[2]).wrote);';
  const entry = pathToFileURL(join(tree, 'src', 'ingest', 'render-lists.ts')).href;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, entry, dbPath], { cwd: packageRoot });
  return stdout;
}

/** Whether this process's code uses the renderings beside `dbPath` (current for it), as the server reads them. */
function usedHere(t: Test, dbPath: string): boolean {
  const db = openedReadOnly(t, dbPath);
  attachRenderings(db, renderingsFilesFor(dbPath), SERVING);
  return renderedPage(db, measures, {}, { limit: 2 }) !== undefined && renderedPage(db, figures, {}, { limit: 2 }) !== undefined;
}

/** The code stamp of the renderings beside `dbPath`. */
function stampedCode(dbPath: string): string[] {
  const db = new Database(renderingsFilesFor(dbPath).base, { readonly: true });
  const codes = db.prepare('SELECT DISTINCT code FROM list_rendering_stamps').pluck().all() as string[];
  db.close();
  return codes;
}

t.test('a change outside the rendering code keeps the renderings current; one inside makes them stale', async (t) => {
  const tree = codeCopy(t);
  const path = fixtureCopy(t, () => {});
  const bare = fixtureCopy(t, () => {});
  t.equal(await renderWith(tree, path), 'base', 'the copy renders the base');
  t.same(stampedCode(path), [renderingCodeDigest()], 'stamped with the same digest as this code: the same files');
  t.ok(usedHere(t, path), 'and this process uses them');

  // Rendered by a process that loaded the render step alone, the pages are what the full server answers live.
  const rendered = await freshFixtureApp(t, { dbPath: path, responseCache: false });
  const live = await freshFixtureApp(t, { dbPath: bare, responseCache: false });
  for (const url of ['/v1/measures?limit=500', '/v1/figures?limit=500', '/v1/measures?location=gent&limit=50&count=true&facet=theme', '/v1/figures?sort=-value&limit=20']) {
    t.equal((await rendered.inject(url)).body, (await live.inject(url)).body, `${url}: rendered alone, the live page`);
  }

  // An extraction rule, a route and a CLI message: not in the graph.
  const graph = moduleGraph(join(tree, 'src'), RENDERING_ENTRIES);
  for (const outside of ['ingest/figures/units.ts', 'rest/collection.ts', 'cli.ts']) {
    t.ok(existsSync(join(tree, 'src', outside)), `${outside} exists`);
    t.notOk(graph.includes(outside), `${outside} is outside`);
    appendFileSync(join(tree, 'src', outside), `\n// changed outside the rendering code\nexport const changedOutside${outside.length} = 1;\n`);
  }
  t.equal(await renderWith(tree, path), 'nothing', 'after changes outside, the renderings are current: nothing rendered');
  t.ok(usedHere(t, path), 'and still used by the serving code');

  for (const inside of ['rest/rendering.ts', 'queries/measures.ts', 'text/ascii-json.ts']) {
    t.ok(graph.includes(inside), `${inside} is inside`);
    appendFileSync(join(tree, 'src', inside), '\n// changed inside the rendering code\n');
    t.equal(await renderWith(tree, path), 'base', `after a change to ${inside}, the base is rendered anew`);
    t.not(stampedCode(path)[0], renderingCodeDigest(), 'stamped with the changed code');
    t.notOk(usedHere(t, path), 'which this code does not use: answered live');
  }
});
