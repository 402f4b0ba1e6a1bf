import type { Db } from '../db/client.js';

export const entityCollections = ['documents', 'programmes', 'measures', 'figures', 'actors', 'locations', 'themes'] as const;
export type EntityCollection = (typeof entityCollections)[number];

export interface DatasetInfo {
  version: string;
  builtAt: string;
  counts: Record<EntityCollection, number>;
}

/** Version, build time and row counts. The dataset is immutable, so callers may keep the result. */
export function datasetInfo(db: Db): DatasetInfo {
  const meta = new Map(
    (db.$client.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]),
  );
  const counts = Object.fromEntries(
    entityCollections.map((c) => [c, (db.$client.prepare(`SELECT count(*) AS n FROM ${c}`).get() as { n: number }).n]),
  ) as Record<EntityCollection, number>;
  return { version: meta.get('version') ?? 'unknown', builtAt: meta.get('built_at') ?? '', counts };
}
