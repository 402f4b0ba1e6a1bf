/**
 * src/compile-cache.ts: V8's compile cache turned on for what loads next, and written on demand.
 * On Node before 22.1 there is none, and the server starts as before. (test/bundle.test.ts starts
 * the bundle over a corrupted cache.)
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { cacheCompiledCode, compileCacheDir } from '../src/compile-cache.js';
import { packageRoot } from '../src/paths.js';

t.test('the cache lives in the temporary directory', async (t) => {
  t.match(compileCacheDir(), /[\\/]blauwdruk-compile-cache$/);
});

t.test('without a compile cache in Node, nothing is done and nothing fails', { skip: module.enableCompileCache === undefined ? false : 'this Node has a compile cache' }, async (t) => {
  const { status, flush } = cacheCompiledCode(join(packageRoot, 'test-output', 'never-written'));
  t.equal(status, 'unsupported');
  t.doesNotThrow(flush);
});

t.test('a module loaded after it is enabled has its compiled code written by a flush', { skip: module.enableCompileCache === undefined ? 'Node before 22.1 has no compile cache' : false }, async (t) => {
  const dir = mkdtempSync(join(packageRoot, 'test-output', 'compile-cache-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const { status, flush } = cacheCompiledCode(join(dir, 'cache'));
  // NODE_COMPILE_CACHE, when the suite runs with it, has enabled Node's own already.
  t.ok(['enabled', 'already enabled'].includes(status), status);
  if (status !== 'enabled') return;
  const source = join(dir, 'loaded.mjs');
  writeFileSync(source, 'export const answer = () => 42;\n');
  t.equal(((await import(pathToFileURL(source).href)) as { answer: () => number }).answer(), 42);
  flush();
  t.ok(readdirSync(join(dir, 'cache'), { recursive: true }).length > 1, 'the cache directory holds the module\'s entry');
});
