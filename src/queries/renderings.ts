/**
 * Stored list renderings: each record of a large collection as the JSON text a list page holds
 * for it, written by the build (src/ingest/render-lists.ts), so an uncached list page reads one
 * value per record with its page statement instead of building every record from its row and
 * one statement per related field (issue 12). A built file is immutable while a process serves
 * it, so a rendering made from the file's own records by the serving code is the record a live
 * list would build: `test/rest/rendered-lists.test.ts` holds every list page of the fixture,
 * rendered and live, to the same bytes.
 *
 * The renderings live in files of their own beside the database (`renderingsFilesFor`), which
 * the server attaches read-only: the database file, which `/v1/dump.sqlite` publishes, holds
 * the data alone, and each file is written new and renamed into place, as the database is. The
 * base file holds every record's rendering as of one build of the data; the delta file the
 * renderings of the records changed since that build (the data's own change log, `changes`), as
 * of a later one, so a +1 build renders what it changed instead of rewriting the base.
 *
 * A file names, per collection, the code that made it (`renderingCodeDigest`: the module graph of
 * the render step and the collections, so a change elsewhere leaves them current) and the build
 * of the data it is as of: the last row of the data's `builds` (a build that changes no record
 * adds none, so its renderings stay current). The server uses the renderings only while they
 * are current — the base alone as of the served file's last build, or the base with a delta
 * from the base's build to that one — and every record of the page has one; otherwise (another
 * build, other code, a file missing or swapped alone, a request with `fields`, an entity whose
 * fields follow the filters: a theme's `measureCount`) the page is answered live, as before.
 * So the files need not be swapped as one with the data or with each other.
 *
 * The query layer stores and reads the renderings; what a rendering holds is the edge's
 * (src/rest/rendering.ts): the record's `JSON.stringify`, its references linked under a marker
 * origin that the edge replaces by the request's (src/urls.ts, where every URL is made).
 */
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Db, PageHolding } from '../db/client.js';
import type { RenderingsFiles } from '../paths.js';
import { renderingCodeDigest } from '../paths.js';
import { idSql, listRecords, listValues, recordsByIds, type Entity, type Page, type PageRequest, type RecordOf } from './entity.js';
import type { FilterValues } from './filters.js';
import { code, compiledStatement, firstRow, firstValue, rows, staticText } from './sql.js';

/** The renderings: one row per record of a rendered collection. */
const RENDERINGS = 'list_renderings';
/** What each rendered collection's renderings were made from: the code, the data's build, and for a delta the build it follows. */
const STAMPS = 'list_rendering_stamps';

/** The schemas a serving connection attaches the renderings files under. */
const SCHEMAS = { base: 'renderings', delta: 'renderings_delta' } as const satisfies Record<keyof RenderingsFiles, string>;

/** Whether `e`'s list fields are its stored fields whatever the filters: only such an entity is rendered. */
export const renderable = (e: Entity): boolean => e.filteredFields === undefined;

/** A build of the data as its `builds` table has it: what a file of renderings is as of. */
export interface DataBuild {
  seq: number;
  version: string;
  builtAt: string;
}

const sameBuild = (a: DataBuild | undefined, b: DataBuild | undefined) => a !== undefined && b !== undefined && a.seq === b.seq && a.version === b.version && a.builtAt === b.builtAt;

/** The build of `db`'s data at `seq` (the last when undefined), or undefined. */
export function dataBuild(db: Db, seq?: number): DataBuild | undefined {
  const at = seq === undefined ? sql`ORDER BY seq DESC LIMIT 1` : sql`WHERE seq = ${seq}`;
  return firstRow<DataBuild>(db, sql`SELECT seq, version, built_at AS builtAt FROM builds ${at}`);
}

/** One collection's stamp in a renderings file. */
export interface RenderingStamp extends DataBuild {
  collection: string;
  /** The digest of the code the renderings were made with (`renderingCodeDigest`). */
  code: string;
  /** For a delta: the build (seq) of the base it follows; null in a base, which holds every record. */
  since: number | null;
  records: number;
}

const STAMP_COLUMNS = sql`collection, code, seq, version, built_at AS builtAt, since, records`;

/** The stamps of the file attached (or opened) as `schema` (`main` for a file opened alone); none when it holds no renderings. */
export function stampsOf(db: Db, schema = 'main'): RenderingStamp[] {
  const stamped = firstValue<number>(db, sql`SELECT count(*) FROM ${sql.identifier(schema)}.sqlite_master WHERE type = 'table' AND name = ${STAMPS}`) === 1;
  return stamped ? rows<RenderingStamp>(db, sql`SELECT ${STAMP_COLUMNS} FROM ${sql.identifier(schema)}.${sql.identifier(STAMPS)}`) : [];
}

/**
 * Attaches the renderings files that exist (read-only, as the connection is) to a serving
 * connection, their pages held as the connection holds its own; a file that cannot be attached
 * (unreadable, not SQLite) is left out: its lists are answered live.
 */
export function attachRenderings(db: Db, files: RenderingsFiles, pages: PageHolding): void {
  for (const [file, schema] of Object.entries(SCHEMAS) as Array<[keyof RenderingsFiles, string]>) {
    if (!existsSync(files[file])) continue;
    try {
      db.run(sql`ATTACH DATABASE ${files[file]} AS ${sql.identifier(schema)}`);
      db.$client.pragma(`${schema}.mmap_size = ${pages.mmapBytes}`);
      db.$client.pragma(`${schema}.cache_size = -${pages.cacheKiB}`);
      stampsOf(db, schema);
    } catch {
      if (attached(db).has(schema)) db.run(sql`DETACH DATABASE ${sql.identifier(schema)}`);
    }
  }
  currentSets.delete(db);
}

/** The schemas attached to `db`. */
const attached = (db: Db) => new Set(rows<{ name: string }>(db, sql`SELECT name FROM pragma_database_list`).map((r) => r.name));

/** Where a collection's current renderings are read: the base alone, or the delta first. */
type Source = 'base' | 'delta';

/**
 * Which renderings of `base` and `delta` are current for data whose builds `buildAt` gives
 * (the last when undefined), made by code `digest`: per collection, the base alone when it is
 * as of the data's last build, the base and the delta when the delta follows the base's build
 * (one of the data's) and is as of the last; a collection with neither is not rendered.
 */
export function currentSources(base: readonly RenderingStamp[], delta: readonly RenderingStamp[], buildAt: (seq?: number) => DataBuild | undefined, digest: string): Map<string, Source> {
  const last = buildAt();
  const sources = new Map<string, Source>();
  for (const b of base) {
    if (b.code !== digest || b.since !== null) continue;
    if (sameBuild(b, last)) {
      sources.set(b.collection, 'base');
      continue;
    }
    const d = delta.find((s) => s.collection === b.collection);
    if (d !== undefined && d.code === digest && d.since === b.seq && sameBuild(d, last) && sameBuild(b, buildAt(b.seq))) sources.set(b.collection, 'delta');
  }
  return sources;
}

/** Per serving connection, where each collection's current renderings are (the files are immutable while attached). */
const currentSets = new WeakMap<Db, ReadonlyMap<string, Source>>();

function currentOf(db: Db): ReadonlyMap<string, Source> {
  let current = currentSets.get(db);
  if (current === undefined) {
    const schemas = attached(db);
    const stamps = (file: keyof RenderingsFiles) => (schemas.has(SCHEMAS[file]) ? stampsOf(db, SCHEMAS[file]) : []);
    const base = stamps('base');
    current = base.length === 0 ? new Map() : currentSources(base, stamps('delta'), (seq) => dataBuild(db, seq), renderingCodeDigest());
    currentSets.set(db, current);
  }
  return current;
}

const renderingExpressions = new WeakMap<Entity, Partial<Record<Source, string>>>();

/** A record's rendering in the file attached as `schema`, as SQL (code: the collection's name and the id column are code too). */
const lookupIn = (e: Entity, schema: string) =>
  sql`(SELECT r.json FROM ${sql.identifier(schema)}.${sql.identifier(RENDERINGS)} r WHERE r.collection = ${code(`'${e.collection}'`)} AND r.id = ${code(idSql(e))})`;

/** The SQL expression (code) of a listed record's rendering read from `source`, null without one; written once per entity and source. */
function renderingOf(e: Entity, source: Source): string {
  let exprs = renderingExpressions.get(e);
  if (exprs === undefined) renderingExpressions.set(e, (exprs = {}));
  return (exprs[source] ??= staticText(source === 'base' ? lookupIn(e, SCHEMAS.base) : sql`coalesce(${lookupIn(e, SCHEMAS.delta)}, ${lookupIn(e, SCHEMAS.base)})`));
}

/**
 * One page of `e`'s list as the renderings of its records,
 * the page {@link listRecords} gives for the same request; undefined when the renderings of `e`
 * are not current, or a record of the page has none (the caller answers live).
 */
export function renderedPage(db: Db, e: Entity, filters: FilterValues, page: PageRequest): Page<string> | undefined {
  if (page.fields !== undefined || !renderable(e)) return undefined;
  const source = currentOf(db).get(e.collection);
  if (source === undefined) return undefined;
  const rendered = listValues(db, e, filters, page, renderingOf(e, source));
  return rendered.items.every((item) => typeof item === 'string') ? (rendered as Page<string>) : undefined;
}

/** The rendering of a record of `e` (the edge's: src/rest/rendering.ts), given the record as the query layer built it. */
export type Render = <E extends Entity>(e: E, record: RecordOf<E>) => string;

/** Records rendered per statement of the writer: a few list pages' worth. */
const RENDER_CHUNK = 500;

/** What {@link writeRenderings} wrote for one collection. */
export interface RenderedCollection {
  collection: string;
  records: number;
  /** The renderings' JSON text, in characters (bytes: they are ASCII). */
  chars: number;
}

/** The ids of `collection`'s records the data's change log names after build `since`, in id order (deleted ones too: the caller skips those gone). */
export const changedSince = (data: Db, collection: string, since: number): string[] =>
  rows<{ id: string }>(data, sql`SELECT DISTINCT record_id AS id FROM changes WHERE collection = ${collection} AND build > ${since} ORDER BY record_id`).map((r) => r.id);

/** `e`'s records as list pages give them: every one (`since` undefined), or those changed after build `since` that exist, a chunk at a time. */
function* recordChunks(data: Db, e: Entity, since: number | undefined): Generator<Array<RecordOf<Entity>>> {
  if (since !== undefined) {
    const ids = changedSince(data, e.collection, since);
    for (let i = 0; i < ids.length; i += RENDER_CHUNK) yield recordsByIds(data, e, ids.slice(i, i + RENDER_CHUNK)).filter((r) => r !== null);
    return;
  }
  let cursor: string | undefined;
  do {
    const page = listRecords(data, e, {}, { limit: RENDER_CHUNK, cursor });
    yield page.items;
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
}

/**
 * Renders the records of each of `entities` (renderable ones) of the data `data` with `render`
 * into `out`, a renderings file being written (not yet in place), and stamps them with the
 * data's last build and this code; in one transaction. Every record (a base) when `since` is
 * undefined, else those the data's change log names after build `since` (a delta from a base
 * as of that build). Records are read as list pages give them (the default order, cursors; or
 * by id, the same records), so a rendering is what a page holds for its record.
 */
export function writeRenderings(data: Db, out: Db, entities: readonly Entity[], render: Render, since?: number): RenderedCollection[] {
  const build = dataBuild(data);
  if (build === undefined) throw new Error('the data has no build to render as of');
  const insert = compiledStatement(sql`INSERT INTO ${sql.identifier(RENDERINGS)} (collection, id, json) VALUES (${sql.placeholder('collection')}, ${sql.placeholder('id')}, ${sql.placeholder('json')})`);
  const stamp = compiledStatement(sql`INSERT INTO ${sql.identifier(STAMPS)} (collection, code, seq, version, built_at, since, records)
    VALUES (${sql.placeholder('collection')}, ${sql.placeholder('code')}, ${sql.placeholder('seq')}, ${sql.placeholder('version')}, ${sql.placeholder('builtAt')}, ${sql.placeholder('since')}, ${sql.placeholder('records')})`);
  const digest = renderingCodeDigest();
  const write = out.$client.transaction(() => {
    // A rowid table keyed by (collection, id): a rendering of about 1 KB would overflow the pages of a WITHOUT ROWID one.
    out.run(sql`CREATE TABLE IF NOT EXISTS ${sql.identifier(RENDERINGS)} (collection TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (collection, id))`);
    out.run(sql`CREATE TABLE IF NOT EXISTS ${sql.identifier(STAMPS)} (collection TEXT PRIMARY KEY NOT NULL, code TEXT NOT NULL, seq INTEGER NOT NULL, version TEXT NOT NULL,
      built_at TEXT NOT NULL, since INTEGER, records INTEGER NOT NULL)`);
    return entities.filter(renderable).map((e): RenderedCollection => {
      out.run(sql`DELETE FROM ${sql.identifier(STAMPS)} WHERE collection = ${e.collection}`);
      out.run(sql`DELETE FROM ${sql.identifier(RENDERINGS)} WHERE collection = ${e.collection}`);
      const written = { collection: e.collection, records: 0, chars: 0 };
      for (const records of recordChunks(data, e, since)) {
        for (const record of records) {
          const json = render(e, record);
          const { stmt, params } = insert(out, { collection: e.collection, id: (record as { id: string }).id, json });
          stmt.run(...params);
          written.records++;
          written.chars += json.length;
        }
      }
      const { stmt, params } = stamp(out, { collection: e.collection, code: digest, ...build, since: since ?? null, records: written.records });
      stmt.run(...params);
      return written;
    });
  });
  return write();
}
