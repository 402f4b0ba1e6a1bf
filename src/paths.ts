import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
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

let codeDigest: string | undefined;

/**
 * The digest of the code this process runs ({@link filesDigest} of {@link codeDir}), computed
 * once, when first asked (it reads every file of the code): what shapes responses, so the
 * ETags and the stored list renderings (src/queries/renderings.ts) are of this code only.
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
