/**
 * The facts a build stores in `meta` (see facts.ts for what they are and how they are
 * computed): their format and their reading. This module sits below the query layer —
 * it imports no entity — so that the entity engine (entity.ts) can read a collection's
 * stored size instead of counting it, as `/v1` shows it.
 */
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { countsSchema } from './dataset.js';
import type { PlaceMeasureCounts } from './publish/browse.js';
import { comparisonSchema } from './shapes.js';
import { oncePerConnection, storedMetaJson } from './stored-meta.js';

/** The `meta` key of the stored facts (JSON). */
export const FACTS_KEY = 'facts';

const placeMeasureCountsSchema = z.object({
  id: z.string(),
  name: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  measures: z.number().int(),
  commitments: z.number().int(),
  observations: z.number().int(),
  figures: z.number().int(),
}) satisfies z.ZodType<PlaceMeasureCounts>;

/** The facts as stored: a row that does not parse (another code's format) is computed again, not trusted. */
export const datasetFactsSchema = z.strictObject({
  counts: countsSchema,
  /** First and last day covered by the dates stated in the data; null without any. */
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** Every municipality with at least one measure, most measures first. */
  municipalities: z.array(placeMeasureCountsSchema),
  /** The municipalities with the most measures side by side (facts.ts `HOME_CHART_PLACES`); null without measures. */
  comparison: comparisonSchema.nullable(),
});
export type DatasetFacts = z.infer<typeof datasetFactsSchema>;

/** The `meta` row a build writes. */
export const factsRow = (facts: DatasetFacts) => ({ key: FACTS_KEY, value: JSON.stringify(facts) });

/** The facts stored by the build, read now, or undefined when the file has none or none this code reads. */
export const storedFacts = (db: Db): DatasetFacts | undefined => storedMetaJson(db, FACTS_KEY, datasetFactsSchema);

/** {@link storedFacts}, read once per connection. */
export const storedFactsOnce = oncePerConnection(storedFacts);

/** The number of records of `collection` the build stored, or undefined without stored facts (or for a collection they do not count). */
export function storedCount(db: Db, collection: string): number | undefined {
  const counts = storedFactsOnce(db)?.counts;
  return counts !== undefined && Object.hasOwn(counts, collection) ? counts[collection as keyof typeof counts] : undefined;
}
