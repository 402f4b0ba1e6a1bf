/** The dataset as a whole: its collections, version, build time and counts. */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { firstValue, rows } from './sql.js';

export const entityCollections = ['documents', 'programmes', 'measures', 'figures', 'series', 'actors', 'locations', 'themes'] as const;
export type EntityCollection = (typeof entityCollections)[number];

/** Number of records per collection. */
export const countsSchema = z.object(Object.fromEntries(entityCollections.map((c) => [c, z.number().int()])) as Record<EntityCollection, z.ZodNumber>);

/** Which build of the dataset this is: its content hash and when it was built. */
export interface DatasetVersion {
  version: string;
  /** ISO 8601 build time (`meta.built_at`); empty when unknown. */
  builtAt: string;
}

export interface DatasetInfo extends DatasetVersion {
  counts: z.infer<typeof countsSchema>;
}

/** Version and build time, from the `meta` table. */
export function datasetVersion(db: Db): DatasetVersion {
  const meta = new Map(rows<{ key: string; value: string }>(db, sql`SELECT key, value FROM meta`).map((r) => [r.key, r.value]));
  return { version: meta.get('version') ?? 'unknown', builtAt: meta.get('built_at') ?? '' };
}

/** What `datasetInfo` read, per connection. */
const infos = new WeakMap<Db, DatasetInfo>();

/**
 * Version, build time and row counts. The dataset is immutable, so callers may keep the
 * result, and it is read once per connection: four plugins ask for it as the app is built,
 * and each `count(*)` walks an index of its collection (issue 12: start at 100 000 documents).
 */
export function datasetInfo(db: Db): DatasetInfo {
  let info = infos.get(db);
  if (info === undefined) {
    const counts = Object.fromEntries(entityCollections.map((c) => [c, firstValue<number>(db, sql`SELECT count(*) FROM ${sql.identifier(c)}`)!])) as DatasetInfo['counts'];
    infos.set(db, (info = { ...datasetVersion(db), counts }));
  }
  return info;
}
