/**
 * Stored list renderings: each record of a large collection as the JSON text a list page holds
 * for it, written once after a build (`blauwdruk render-lists`), so an uncached list page reads
 * one value per record with its page statement instead of building every record from its row
 * and one statement per related field (issue 12). The file is immutable while a process serves
 * it, so a rendering made from the file's own records by the serving code is the record a live
 * list would build: `test/rest/rendered-lists.test.ts` holds every list page of the fixture,
 * rendered and live, to the same bytes.
 *
 * The query layer stores and reads the renderings; what a rendering holds is the edge's
 * (src/rest/rendering.ts): the record's `JSON.stringify`, its references linked under a marker
 * origin that the edge replaces by the request's (src/urls.ts, where every URL is made). Renderings
 * are used only while they are current: stamped with the build (`meta` version and build time)
 * and the serving code's digest they were made with, and complete; any later build, +1 or
 * clean, and any other code leaves them unused (the live path answers) until rendered again.
 * Entities whose listed fields follow the filters (`filteredFields`: a theme's measure count)
 * are never rendered.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { servingCodeDigest } from '../paths.js';
import { datasetVersion } from './dataset.js';
import { idSql, listRecords, listValues, type Entity, type Page, type PageRequest, type RecordOf } from './entity.js';
import type { FilterValues } from './filters.js';
import { code, compiledStatement, firstValue, rows, staticText } from './sql.js';

/** The renderings: one row per record of a rendered collection. */
const RENDERINGS = 'list_renderings';
/** What each rendered collection's renderings were made from: the build, the code, how many. */
const STAMPS = 'list_rendering_stamps';

/** The build a stamp names: the file's dataset version and build time. */
const buildOf = (db: Db) => {
  const { version, builtAt } = datasetVersion(db);
  return `${version} ${builtAt}`;
};

/** Whether `e`'s list fields are its stored fields whatever the filters: only such an entity is rendered. */
export const renderable = (e: Entity): boolean => e.filteredFields === undefined;

/** Per database, the collections whose renderings are current (the file is immutable while served). */
const currentSets = new WeakMap<Db, ReadonlySet<string>>();

/** The collections of `db` whose renderings are current: stamped with this file's build and this code (the writer stamps a collection with all its records, in one transaction). */
function currentCollections(db: Db): ReadonlySet<string> {
  let current = currentSets.get(db);
  if (current === undefined) {
    current = new Set();
    const stamped = firstValue<number>(db, sql`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ${STAMPS}`) === 1;
    if (stamped) {
      const [build, digest] = [buildOf(db), servingCodeDigest()];
      const stamps = rows<{ collection: string; build: string; code: string }>(db, sql`SELECT collection, build, code FROM ${sql.identifier(STAMPS)}`);
      current = new Set(stamps.filter((s) => s.build === build && s.code === digest).map((s) => s.collection));
    }
    currentSets.set(db, current);
  }
  return current;
}

const renderingExpressions = new WeakMap<Entity, string>();

/** The SQL expression (code) of a listed record's rendering, null without one (the collection's name is code too); written once per entity. */
function renderingOf(e: Entity): string {
  let expr = renderingExpressions.get(e);
  if (expr === undefined) renderingExpressions.set(e, (expr = staticText(sql`(SELECT r.json FROM ${sql.identifier(RENDERINGS)} r WHERE r.collection = ${code(`'${e.collection}'`)} AND r.id = ${code(idSql(e))})`)));
  return expr;
}

/**
 * One page of `e`'s list as the renderings of its records,
 * the page {@link listRecords} gives for the same request; undefined when the renderings of `e`
 * are not current, or a record of the page has none (the caller answers live).
 */
export function renderedPage(db: Db, e: Entity, filters: FilterValues, page: PageRequest): Page<string> | undefined {
  if (page.fields !== undefined || !renderable(e) || !currentCollections(db).has(e.collection)) return undefined;
  const rendered = listValues(db, e, filters, page, renderingOf(e));
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

/**
 * Renders every record of each of `entities` with `render` (renderable ones; a build's writable
 * connection to the file it just built) and stamps them with the file's build and this code, replacing what
 * was stored for them before; in one transaction. Records are read as list pages (`listRecords`,
 * the default order, cursors), so a rendering is what that page holds for the record.
 */
export function writeRenderings(db: Db, entities: readonly Entity[], render: Render): RenderedCollection[] {
  const client = db.$client;
  const insert = compiledStatement(sql`INSERT INTO ${sql.identifier(RENDERINGS)} (collection, id, json) VALUES (${sql.placeholder('collection')}, ${sql.placeholder('id')}, ${sql.placeholder('json')})`);
  const stamp = compiledStatement(sql`INSERT INTO ${sql.identifier(STAMPS)} (collection, build, code, records) VALUES (${sql.placeholder('collection')}, ${sql.placeholder('build')}, ${sql.placeholder('code')}, ${sql.placeholder('records')})`);
  const write = client.transaction(() => {
    // A rowid table keyed by (collection, id): a rendering of about 1 KB would overflow the pages of a WITHOUT ROWID one.
    db.run(sql`CREATE TABLE IF NOT EXISTS ${sql.identifier(RENDERINGS)} (collection TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (collection, id))`);
    db.run(sql`CREATE TABLE IF NOT EXISTS ${sql.identifier(STAMPS)} (collection TEXT PRIMARY KEY NOT NULL, build TEXT NOT NULL, code TEXT NOT NULL, records INTEGER NOT NULL)`);
    const [build, digest] = [buildOf(db), servingCodeDigest()];
    return entities.filter(renderable).map((e): RenderedCollection => {
      db.run(sql`DELETE FROM ${sql.identifier(STAMPS)} WHERE collection = ${e.collection}`);
      db.run(sql`DELETE FROM ${sql.identifier(RENDERINGS)} WHERE collection = ${e.collection}`);
      const written = { collection: e.collection, records: 0, chars: 0 };
      let cursor: string | undefined;
      do {
        const page = listRecords(db, e, {}, { limit: RENDER_CHUNK, cursor });
        for (const record of page.items) {
          const json = render(e, record);
          const { stmt, params } = insert(db, { collection: e.collection, id: (record as { id: string }).id, json });
          stmt.run(...params);
          written.records++;
          written.chars += json.length;
        }
        cursor = page.next ?? undefined;
      } while (cursor !== undefined);
      const { stmt, params } = stamp(db, { collection: e.collection, build, code: digest, records: written.records });
      stmt.run(...params);
      return written;
    });
  });
  const written = write();
  currentSets.delete(db);
  return written;
}
