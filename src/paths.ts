import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, found from this module whether it runs from `src/` (tsx) or `dist/src/` (compiled). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const packageRoot = findRoot();
export const migrationsDir = join(packageRoot, 'migrations');
export const defaultSeedsDir = join(packageRoot, 'seeds');

/** The corpus folder: `--corpus`, its old name `--seeds`, then CORPUS_DIR, then the package's seeds. */
export const corpusOf = (values: { corpus?: string; seeds?: string }) => values.corpus ?? values.seeds ?? (process.env.CORPUS_DIR || defaultSeedsDir);
/** The `parseArgs` options that name a corpus folder. */
export const corpusOptions = { corpus: { type: 'string' }, seeds: { type: 'string' } } as const;
export const defaultDbPath = 'data/blauwdruk.db';

/** The code directory this module runs from: `src/` under tsx, `dist/src/` compiled. */
export const codeDir = dirname(fileURLToPath(import.meta.url));

/** sha256 over the names and contents of the code and data files (js, ts, sql, json) under `dirs`, in a stable order. */
export function filesDigest(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (/\.(js|ts|sql|json)$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex');
}

/**
 * The modules `source` (a JavaScript or TypeScript module's text) loads when it runs, by their
 * relative specifiers (`./x.js`, `../y/z.js`): its imports, re-exports and side-effect imports,
 * each opening a line (so a comment's example, whose lines open with `*` or `//`, is not one),
 * and its dynamic imports of a literal. `import type` and `export type` are left out: they are
 * erased, so compiled code has none. Packages are not followed (the lockfile pins them).
 */
export function relativeImports(source: string): string[] {
  const found = new Set<string>();
  const statement = /^[ \t]*(?:import|export)\b(?![ \t]+type\b)(?:[^;'"`]*?\bfrom)?[ \t]*(['"])(\.{1,2}\/[^'"]+)\1/gm;
  for (const m of source.matchAll(statement)) found.add(m[2]!);
  for (const m of source.matchAll(/\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g)) found.add(m[2]!);
  return [...found];
}

/** The file `specifier` (relative, as written in `from`) names from the module at `file`: as written, or its TypeScript source (`x.js` → `x.ts`, as tsx runs src/); undefined when neither exists. */
function moduleFile(file: string, specifier: string): string | undefined {
  const path = join(dirname(file), specifier);
  if (existsSync(path)) return path;
  const source = path.replace(/\.js$/, '.ts');
  return source !== path && existsSync(source) ? source : undefined;
}

/** The module `entry` (a path without extension) in `dir`: its TypeScript source (src/) or compiled file (dist/src/); undefined when neither exists. */
const entryFile = (dir: string, entry: string): string | undefined => ['.ts', '.js'].map((ext) => join(dir, entry + ext)).find((f) => existsSync(f));

/**
 * The files of the module graph of `entries` (paths under `dir` without their extension, e.g.
 * `ingest/render-lists`), relative to `dir` and sorted: every module they load, directly or
 * not, by {@link relativeImports}. Whether `dir` is src/ (`.ts`, under tsx) or dist/src/ (`.js`).
 */
export function moduleGraph(dir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const imported = moduleFile(file, specifier);
      // A specifier naming no file (a `.json` the code reads otherwise, text that only looks like an import) adds nothing.
      if (imported !== undefined && /\.(js|ts|json)$/.test(imported)) visit(imported);
    }
  };
  for (const entry of entries) {
    const file = entryFile(dir, entry);
    if (file === undefined) throw new Error(`module ${entry} not found in ${dir}`);
    visit(file);
  }
  return [...seen].map((f) => relative(dir, f).split(sep).join('/')).sort();
}

/** sha256 over the names and contents of the module graph of `entries` under `dir` ({@link moduleGraph}). */
export function moduleGraphDigest(dir: string, entries: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of moduleGraph(dir, entries)) hash.update(name).update('\0').update(readFileSync(join(dir, name)));
  return hash.digest('hex');
}

/**
 * What a stored list rendering (src/queries/renderings.ts) is made by: the build's render step
 * and every collection it may be asked to render. Their module graph — the query layer that
 * builds the records, the schema, the edge's serialisation and links (src/rest/rendering.ts,
 * src/urls.ts), the text helpers they use — is the code a rendering depends on; a change
 * anywhere else (an extraction rule, a route, the CLI) leaves the renderings current.
 */
export const RENDERING_ENTRIES = ['ingest/render-lists', 'queries/collections'] as const;

/**
 * The digest of the code the list renderings depend on in the code directory `dir`: the
 * {@link moduleGraphDigest} of {@link RENDERING_ENTRIES}; where they are not (a folder holding a
 * bundle alone, whose modules are inside it), the digest of every file there, so any change
 * still makes the renderings stale rather than the lists fail.
 */
export const renderingDigestOf = (dir: string): string =>
  RENDERING_ENTRIES.every((entry) => entryFile(dir, entry) !== undefined) ? moduleGraphDigest(dir, RENDERING_ENTRIES) : filesDigest([dir]);

let renderingDigest: string | undefined;

/**
 * The digest of the code the list renderings depend on ({@link renderingDigestOf} the code
 * this process runs), computed once, when first asked: the renderings are stamped with it when
 * written and used only while it is the serving code's.
 */
export const renderingCodeDigest = (): string => (renderingDigest ??= renderingDigestOf(codeDir));

let codeDigest: string | undefined;

/**
 * The digest of the code this process runs ({@link filesDigest} of {@link codeDir}), computed
 * once, when first asked (it reads every file of the code): what shapes responses, so the
 * ETags are of this code only (the stored list renderings name a narrower digest:
 * {@link renderingCodeDigest}).
 */
export const servingCodeDigest = (): string => (codeDigest ??= filesDigest([codeDir]));

/** The files of a database's stored list renderings (src/queries/renderings.ts). */
export interface RenderingsFiles {
  /** Every record's rendering, as of one build of the database. */
  base: string;
  /** The renderings of the records changed since the base's build, as of a later one. */
  delta: string;
}

/**
 * The renderings files beside the database at `dbPath` (`x/blauwdruk.db`: `x/blauwdruk.renderings.db`
 * and `x/blauwdruk.renderings-delta.db`): files of their own, so the database file, which
 * `/v1/dump.sqlite` publishes as it is, holds the data alone.
 */
export function renderingsFilesFor(dbPath: string): RenderingsFiles {
  const ext = extname(dbPath);
  const stem = join(dirname(dbPath), basename(dbPath, ext));
  return { base: `${stem}.renderings${ext}`, delta: `${stem}.renderings-delta${ext}` };
}
