/**
 * The server as a few ES modules (issue 12: start ≤ 1 s). Node's module loader spent about a
 * second resolving, reading and linking the ~1 500 files of Fastify, ajv, graphql/mercurius, zod
 * and drizzle; a bundle loads in a fraction of that. `npm run build` runs this after tsc:
 * `node dist/src/bundle.js` writes dist/src/server.bundle.mjs, which `npm start` and the Docker
 * image run, and its chunks beside it (`server.bundle.*-HASH.mjs`: see {@link bundleServer}).
 *
 * What the bundle reads at run time is found as before:
 * - It and its chunks sit in dist/src, beside the compiled modules, because its code directory
 *   (src/paths.ts `codeDir`) is the compiled code's: the digests of the build (is the
 *   database stale?) and of the ETags hash those files, so the bundle and the compiled
 *   CLI agree, and a build started by `--build-if-stale` runs its worker threads from there.
 * - The package's own files (schema/, migrations/, seeds/) are found from the package root.
 * - Packages it resolves at run time (the GraphiQL and React files, world-atlas) are found
 *   in node_modules by `require`, created for the bundle's own place.
 * - Dependencies that read their own folder (`__dirname`: the static files of the API
 *   documentation, @fastify/swagger's package.json, pino's workers) get that folder in
 *   node_modules: see {@link ownFolderPlugin}.
 * - Native addons and what the server loads only on demand stay in node_modules (`EXTERNAL`).
 */
import { readFile } from 'node:fs/promises';
import { existsSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, join, posix, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { packageRoot } from './paths.js';

/**
 * Loaded from node_modules as before, not bundled: better-sqlite3 is a native addon; the
 * others are imported only on demand (jsonld and n3 on the first Turtle or JSON-LD request of
 * the catalogue; the document converters and the worker pool only by a build), so bundling them
 * would make every start parse code most never run. piscina also starts its workers from its
 * own files.
 */
export const EXTERNAL = ['better-sqlite3', 'jsonld', 'n3', 'piscina', 'pdfjs-dist', 'mammoth', 'linkedom', '@mozilla/readability'];

/** Where `npm run build` writes the server, and what `npm start` runs: beside tsc's output (tsconfig.json: outDir dist, rootDir .). */
export const serverBundlePath = join(packageRoot, 'dist', 'src', 'server.bundle.mjs');

/**
 * Defines the bundle's `require` (for the CommonJS dependencies inside it and for packages
 * resolved at run time) and `__bundledFolder(path)`: a folder inside the node_modules that
 * Node would search first from the bundle's place, found on first use.
 */
const BANNER = `import { createRequire as __bundleCreateRequire } from 'node:module';
import { existsSync as __bundleExistsSync } from 'node:fs';
import { dirname as __bundleDirname, join as __bundleJoin } from 'node:path';
import { fileURLToPath as __bundleFileURLToPath } from 'node:url';
const require = __bundleCreateRequire(import.meta.url);
let __bundleNodeModules;
function __bundledFolder(path) {
  if (__bundleNodeModules === undefined) {
    let dir = __bundleDirname(__bundleFileURLToPath(import.meta.url));
    while (!__bundleExistsSync(__bundleJoin(dir, 'node_modules'))) {
      if (__bundleDirname(dir) === dir) throw new Error('no node_modules above ' + import.meta.url);
      dir = __bundleDirname(dir);
    }
    __bundleNodeModules = __bundleJoin(dir, 'node_modules');
  }
  return __bundleJoin(__bundleNodeModules, path);
}`;

/** A file's leading comments and "use strict" directive: a declaration must come after them, or the file is no longer strict. */
const DIRECTIVE_PROLOGUE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:(['"])use strict\1;?)?/;

/** `source`, the file at `file` in node_modules, with its own `__filename` and `__dirname` declared after its directive prologue. */
export function declareOwnFolder(source: string, file: string): string {
  const declaration = `var __filename = __bundledFolder(${JSON.stringify(file)}), __dirname = __bundledFolder(${JSON.stringify(posix.dirname(file))});`;
  const prologue = DIRECTIVE_PROLOGUE.exec(source)![0];
  return `${prologue}\n${declaration}\n${source.slice(prologue.length)}`;
}

/**
 * Gives each dependency file that reads `__dirname` or `__filename` its own values, as paths
 * under node_modules resolved when the bundle runs (ESM has neither name, and a bundle would
 * otherwise have one folder for all): @fastify/swagger-ui's and mercurius's static files,
 * @fastify/swagger's package.json, pino's transport workers are then found where npm put them.
 */
export function ownFolderPlugin(nodeModules: string): Plugin {
  return {
    name: 'own-folder',
    setup(bundle) {
      bundle.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!/\b__(dirname|filename)\b/.test(source)) return undefined;
        const inside = relative(nodeModules, path);
        if (inside.startsWith('..')) throw new Error(`${path} is not inside ${nodeModules}`);
        return { contents: declareOwnFolder(source, inside.split(sep).join('/')), loader: 'js' };
      });
    },
  };
}

/**
 * zod's `z.locales` with its English messages only. zod registers English itself; the other 63
 * locales (0.4 MB) are reachable only as `z.locales.xx()` (the `z` namespace keeps them from
 * esbuild's tree-shaking), which neither this code nor its dependencies call: bundled, they were
 * parsed on every start for nothing.
 */
export function englishOnlyZodPlugin(): Plugin {
  return {
    name: 'zod-english-only',
    setup(bundle) {
      bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer, resolveDir }) =>
        /[\\/]zod[\\/]v4[\\/](?:classic|core)[\\/]/.test(importer) ? { path: join(resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-english-only' } : undefined,
      );
      bundle.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, ({ path }) => ({ contents: "export { default as en } from './en.js';", resolveDir: dirname(path), loader: 'js' }));
    },
  };
}

/** The bundle's chunks beside it (`server.bundle.<part>-<hash>.mjs`, with their source maps): a build removes the previous build's. */
const chunksOf = (outfile: string) => {
  const prefix = `${basename(outfile, '.mjs')}.`;
  return readdirSync(dirname(outfile)).filter((name) => name.startsWith(prefix) && /-[A-Z0-9]{8}\.mjs(\.map)?$/.test(name));
};

/**
 * Bundles src/server.ts (esbuild reads the TypeScript and tsconfig.json itself) into
 * `outfile`, with its source map beside it, and the modules it imports on demand into chunks
 * beside it (esbuild's code splitting): the app (src/app.ts and what it imports) and what only
 * a build runs (`--build-if-stale`: the ingest pipeline, 0.5 MB). So `outfile` itself is small:
 * the command line, the configuration and the database check, which run first and turn V8's
 * compile cache on (src/compile-cache.ts) before the app's chunk is compiled; and a start that
 * builds nothing never reads the ingest chunks. Every chunk sits in `outfile`'s folder, so the
 * code directory (src/paths.ts `codeDir`) is the same from each. Returns the size in bytes of
 * the files written.
 */
export async function bundleServer(outfile = serverBundlePath): Promise<number> {
  for (const stale of existsSync(dirname(outfile)) ? chunksOf(outfile) : []) rmSync(join(dirname(outfile), stale));
  const result = await build({
    entryPoints: { [basename(outfile, '.mjs')]: join(packageRoot, 'src', 'server.ts') },
    outdir: dirname(outfile),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: `${basename(outfile, '.mjs')}.[name]-[hash]`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: BANNER },
    plugins: [ownFolderPlugin(realpathSync(join(packageRoot, 'node_modules'))), englishOnlyZodPlugin()],
    // Whitespace and syntax minified, names kept (stack traces name their functions; the source
    // map beside it gives the lines): what a start compiles goes from 6.1 to 3.9 MB, and its CPU
    // by 5-6 % (start21: new/old 0.94 on Node 20, 0.95 on Node 24, medians of 7 at 10k; the
    // compile cache keeps only the top level, every function run is parsed on each start).
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
  });
  return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bytes = await bundleServer();
  process.stdout.write(`${relative(process.cwd(), serverBundlePath)}: ${(bytes / 1e6).toFixed(1)} MB with its chunks and source maps\n`);
}
