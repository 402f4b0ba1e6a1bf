/**
 * V8's code cache for the server's modules (issue 12: start ≤ 1 s). Compiling the bundled app
 * (some 7 MB of JavaScript) was a quarter of a start's CPU; Node ≥ 22.1 keeps what V8 compiled
 * in a cache directory (`module.enableCompileCache`) and the next start reads it instead.
 *
 * The cache is Node's own: one file per module, keyed by the module's path and checked against
 * a hash of its source and the Node version, so a rebuilt bundle is compiled afresh and its
 * cache rewritten, and a file that does not match (stale, truncated, corrupt) is ignored, never
 * trusted (test/bundle.test.ts starts the bundle over a corrupted cache). It lives in the
 * temporary directory (`os.tmpdir()`, TMPDIR), which the image's unprivileged user may write;
 * NODE_COMPILE_CACHE chooses another, NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node reads both).
 * It holds what V8 compiles as it loads a module (each chunk's top level), not the functions
 * compiled later on their first call: Node makes an ES module's cache before it runs. Node 20
 * has no compile cache for ES modules: there this does nothing.
 */
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Node's compile-cache functions, absent before Node 22.1 (enable) and 22.10 (flush). */
const { enableCompileCache, flushCompileCache } = module as Partial<Pick<typeof module, 'enableCompileCache' | 'flushCompileCache'>>;

/** Where the server's compile cache lives unless NODE_COMPILE_CACHE says otherwise. */
export const compileCacheDir = (): string => join(tmpdir(), 'blauwdruk-compile-cache');

/**
 * Turns V8's compile cache on for the modules loaded from now on (call it before importing the
 * app), and returns a function that writes what has been compiled so far to the cache: called
 * once the server listens, so that a process stopped without exiting cleanly still leaves its
 * cache. The returned status is Node's (`enabled`, `already enabled`, `failed`, `disabled`) or
 * `unsupported` on a Node without the cache; a cache that cannot be enabled is no failure.
 */
export function cacheCompiledCode(dir = compileCacheDir()): { status: string; flush: () => void } {
  if (enableCompileCache === undefined) return { status: 'unsupported', flush: () => {} };
  const { status } = enableCompileCache(dir);
  const name = Object.entries(module.constants.compileCacheStatus).find(([, value]) => value === status)?.[0] ?? String(status);
  return { status: name.toLowerCase().replace('_', ' '), flush: () => flushCompileCache?.() };
}
