/**
 * The build's last step: the stored list renderings of the database it swapped in
 * (src/queries/renderings.ts), written into files of their own beside it, each new and renamed
 * into place as the database is (src/ingest/temp-files.ts), after the data: a server started
 * meanwhile answers every list live, and the renderings' stamps keep any file that is not as of
 * the served data from being used, so neither file need be swapped with the database as one.
 *
 * What is written follows what the previous renderings are as of (its base file's stamps):
 * - nothing, when they are current: the base, or the base and its delta, as of the data's last
 *   build (a build that changed no record adds none) and made by this code;
 * - a delta — the renderings of the records the data's change log names since the base's build
 *   — when the base was made by this code as of one of the data's builds and those records are
 *   at most {@link DELTA_SHARE} of the base's (a +1 build: its document's records, not a copy of
 *   the base, 1.7 GB at 10k);
 * - a new base otherwise (a first or clean build from other code, a history the base is not of,
 *   too many changes), the delta then removed.
 */
import { closeSync, fsyncSync, openSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openForBuild, openReadOnly, STREAMING, type Db } from '../db/client.js';
import { renderingCodeDigest, renderingsFilesFor, type RenderingsFiles } from '../paths.js';
import { measures } from '../queries/measures.js';
import { figures } from '../queries/figures.js';
import type { Entity } from '../queries/entity.js';
import { changedSince, currentSources, dataBuild, renderable, stampsOf, writeRenderings, type Render, type RenderedCollection, type RenderingStamp } from '../queries/renderings.js';
import { renderListRecord } from '../rest/rendering.js';
import { buildTempPath, removeStaleTempFiles, removeTempFile, replaceFile } from './temp-files.js';

/** The collections the build renders: the large ones, whose uncached pages the renderings speed up most. */
export const RENDERED_COLLECTIONS: readonly Entity[] = [measures, figures];

/**
 * The largest share of the base's records a delta holds; beyond it the base is written anew. A
 * page reads its records' renderings in the delta first: the delta stays small beside the base
 * (as the full-text index's segments do, src/ingest/search-segments.ts), and each delta re-renders
 * every record changed since the base, so its cost grows with the builds since.
 */
export const DELTA_SHARE = 1 / 8;

/** What {@link renderListsBeside} did: which file it wrote (none when the renderings were current) and what each collection got. */
export interface RenderedLists {
  wrote: keyof RenderingsFiles | 'nothing';
  collections: RenderedCollection[];
}

/** The stamps of the renderings file at `path`, none when it is missing or unreadable (it is then rendered anew). */
function stampsIn(path: string): RenderingStamp[] {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    return stampsOf(drizzle(sqlite));
  } catch {
    return [];
  } finally {
    sqlite?.close();
  }
}

/** What the renderings of `entities` need, given the stamps of the base and the delta: nothing (they are current), a delta since the base's build, or a new base. */
export function renderingPlan(data: Db, base: readonly RenderingStamp[], delta: readonly RenderingStamp[], entities: readonly Entity[], digest: string, share = DELTA_SHARE): { write: 'nothing' } | { write: 'delta'; since: number } | { write: 'base' } {
  const current = currentSources(base, delta, (seq) => dataBuild(data, seq), digest);
  if (entities.every((e) => current.has(e.collection))) return { write: 'nothing' };
  const stamps = entities.map((e) => base.find((s) => s.collection === e.collection));
  const last = dataBuild(data);
  const first = stamps[0];
  // One base build for all: a base is written whole.
  if (first === undefined || last === undefined || stamps.some((s) => s === undefined || s.code !== digest || s.since !== null || s.seq !== first.seq)) return { write: 'base' };
  const then = dataBuild(data, first.seq);
  if (then === undefined || then.version !== first.version || then.builtAt !== first.builtAt) return { write: 'base' };
  const changed = entities.reduce((n, e) => n + changedSince(data, e.collection, first.seq).length, 0);
  const records = stamps.reduce((n, s) => n + s!.records, 0);
  return changed <= share * records ? { write: 'delta', since: first.seq } : { write: 'base' };
}

/** Writes the renderings file `target` anew with `write`, then renames it into place; on failure removes what it wrote and leaves `target` as it was. */
function writeFile(target: string, write: (out: Db) => RenderedCollection[]): RenderedCollection[] {
  removeStaleTempFiles(target);
  const tmp = buildTempPath(target);
  removeTempFile(tmp);
  try {
    const out = openForBuild(tmp);
    let written: RenderedCollection[];
    try {
      written = write(out);
    } finally {
      out.$client.close();
    }
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    // The replaced file is freed on libuv's threads (see replaceFile); a failure there leaves nothing to undo.
    replaceFile(tmp, target).catch(() => {});
    return written;
  } catch (e) {
    removeTempFile(tmp);
    throw e;
  }
}

/**
 * Brings the list renderings beside the database at `dbPath` up to date with it (see the module's
 * comment), reading the file in place there; returns what it wrote. `render` is the edge's.
 */
export function renderListsBeside(dbPath: string, { entities: asked = RENDERED_COLLECTIONS, render = renderListRecord, share = DELTA_SHARE }: { entities?: readonly Entity[]; render?: Render; share?: number } = {}): RenderedLists {
  const entities = asked.filter(renderable);
  const files = renderingsFilesFor(dbPath);
  const data = openReadOnly(dbPath, STREAMING);
  try {
    const plan = renderingPlan(data, stampsIn(files.base), stampsIn(files.delta), entities, renderingCodeDigest(), share);
    if (plan.write === 'nothing') return { wrote: 'nothing', collections: [] };
    if (plan.write === 'delta') return { wrote: 'delta', collections: writeFile(files.delta, (out) => writeRenderings(data, out, entities, render, plan.since)) };
    const collections = writeFile(files.base, (out) => writeRenderings(data, out, entities, render));
    // A delta follows the base it was made for: unused beside this one, removed.
    rmSync(files.delta, { force: true });
    return { wrote: 'base', collections };
  } finally {
    data.$client.close();
  }
}
