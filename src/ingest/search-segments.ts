/**
 * How the full-text index (`search_index`, FTS5) is kept in few segments, at a cost proportional
 * to a build's change.
 *
 * A search reads a term's rowids from every segment and merges them per rowid: on one segment
 * FTS5's rowid stream cost 0.70–0.75× of what it cost on the 25 segments of like size a `rebuild`
 * writes at 10 000 documents (README, "The full-text index in one segment"). FTS5's `optimize` merges every
 * segment into one by writing the whole index again: 1.4 s of CPU at 10 000 documents, most of an
 * incremental +1 build's own work. An incremental build's triggers add only small segments (the
 * rows it deleted and inserted) beside the previous build's large one, and FTS5's own automerge
 * (by level, four segments of a level at a time, a little work per write) merges those among
 * themselves as they come, never the large one; small segments beside it cost a search nothing
 * measurable (README, "Builds that scale", session 19). So a clean build, and a copy written
 * canonically, merge fully; an incremental copy merges only once its small segments together
 * weigh a set share of the large one ({@link mergesSearchIndex}), so over many builds the merges'
 * cost is proportional to what the builds changed.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

/** The full-text index's segments and their sizes, in leaf pages. */
export interface SearchIndexShape {
  segments: number;
  /** The largest segment's leaf pages. */
  largestPages: number;
  /** The other segments' leaf pages together. */
  otherPages: number;
}

/**
 * An incremental build merges the index when the segments beside the largest together hold more
 * than this share of its pages: the share of the rowids a search reads from the small segments
 * stays under it, and a full merge comes after changes of about that share of the index.
 */
export const SMALL_SEGMENTS_SHARE = 1 / 8;

/**
 * ...or when there are more segments than this, however small (a term is looked up in each). FTS5's
 * automerge keeps few per level of size (at most 22 in all over 40 transactions of 120 rows moved,
 * and 23 at the share above, on the 10 000-document index); this bounds the case where that does not hold.
 */
export const MOST_SEGMENTS = 32;

/**
 * The index's segments by their leaf pages: each has rows in `search_index_idx` (one per leaf page
 * a term starts on), whose `pgno` column is a page number times two (its low bit says whether a
 * doclist index follows), so the largest `pgno` of a segment is twice its last leaf page; a
 * segment's leaves are numbered from 1. One short read of the page index (1 600 rows at 10 000
 * documents).
 */
export function searchIndexShape(db: Db): SearchIndexShape {
  const pages = db.values<[number]>(sql`SELECT max(pgno) >> 1 FROM search_index_idx GROUP BY segid`).map(([last]) => Math.max(last, 1));
  const largestPages = pages.reduce((most, n) => Math.max(most, n), 0);
  const total = pages.reduce((sum, n) => sum + n, 0);
  return { segments: pages.length, largestPages, otherPages: total - largestPages };
}

/** How many segments the full-text index is stored as (one row of `search_index_idx` at least for each). */
export const searchIndexSegments = (db: Db): number => searchIndexShape(db).segments;

/**
 * Whether an incremental build merges the index of this shape into one segment: when the segments
 * beside the largest weigh more than {@link SMALL_SEGMENTS_SHARE} of it, or are more than
 * {@link MOST_SEGMENTS}. Never for one segment (nothing to merge).
 */
export const mergesSearchIndex = (shape: SearchIndexShape): boolean =>
  shape.segments > 1 && (shape.otherPages > shape.largestPages * SMALL_SEGMENTS_SHARE || shape.segments > MOST_SEGMENTS);

/**
 * Merges the full-text index into one segment (FTS5's `optimize`; nothing to do when it is one
 * already). Done after the index's last change of a clean build or a canonical copy (both written by
 * `rebuild`, so the same segment), and of an incremental copy when {@link mergesSearchIndex} says.
 */
export function mergeSearchIndex(db: Db) {
  db.run(sql`INSERT INTO search_index (search_index) VALUES ('optimize')`);
}

/**
 * After an incremental copy's last change of the index: merges it when its small segments have
 * grown past the bound ({@link mergesSearchIndex}), else leaves them to FTS5's automerge. Returns
 * whether it merged.
 */
export function mergeSearchIndexWhenFragmented(db: Db): boolean {
  const merges = mergesSearchIndex(searchIndexShape(db));
  if (merges) mergeSearchIndex(db);
  return merges;
}
