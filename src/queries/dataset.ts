/** The dataset as a whole: its collections, version and build time (its counts: facts.ts). */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { rows } from './sql.js';

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

/** Version and build time, from the `meta` table. */
export function datasetVersion(db: Db): DatasetVersion {
  const meta = new Map(rows<{ key: string; value: string }>(db, sql`SELECT key, value FROM meta WHERE key IN ('version', 'built_at')`).map((r) => [r.key, r.value]));
  return { version: meta.get('version') ?? 'unknown', builtAt: meta.get('built_at') ?? '' };
}
