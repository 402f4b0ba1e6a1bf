/**
 * Numbers over whole collections that serving shows from its start or its first page: the
 * row count of each collection (`/v1`), the period the data covers (the catalogue), the
 * measures of every municipality and the home page's comparison of the largest (the home
 * page, the map of every place page). Each is read in work proportional to the corpus
 * (issue 12: at 100 000 documents the counts and the period took about a second of the
 * start, the home page's numbers minutes of its first request), so the build computes them
 * once, with the functions below, and stores them in `meta` under {@link FACTS_KEY}; the
 * server reads that row. A file without it (built by older code) has them computed on first
 * use, once per connection: the numbers always describe the file being served.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { compareLocations, comparisonSchema } from './compare.js';
import { countsSchema, datasetVersion, entityCollections, type DatasetVersion } from './dataset.js';
import { measuresPerMunicipality, type PlaceMeasureCounts } from './publish/browse.js';
import { datePeriod } from './publish/catalog.js';
import { firstValue } from './sql.js';

/** The `meta` key of the stored facts (JSON). */
export const FACTS_KEY = 'facts';

/** Places the home page's chart compares: more bars per theme would not read at a glance. */
export const HOME_CHART_PLACES = 5;

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
  /** The {@link HOME_CHART_PLACES} municipalities with the most measures side by side; null without measures. */
  comparison: comparisonSchema.nullable(),
});
export type DatasetFacts = z.infer<typeof datasetFactsSchema>;

/** Reads every fact from the tables: what a build stores, in work proportional to the corpus. */
export function computeFacts(db: Db): DatasetFacts {
  const counts = Object.fromEntries(entityCollections.map((c) => [c, firstValue<number>(db, sql`SELECT count(*) FROM ${sql.identifier(c)}`)!])) as DatasetFacts['counts'];
  const municipalities = measuresPerMunicipality(db);
  const top = municipalities.slice(0, HOME_CHART_PLACES).map((p) => p.id);
  return { counts, period: datePeriod(db), municipalities, comparison: top.length ? compareLocations(db, top) : null };
}

/** The `meta` row a build writes. */
export const factsRow = (facts: DatasetFacts) => ({ key: FACTS_KEY, value: JSON.stringify(facts) });

/** The facts stored by the build, or undefined when the file has none or none this code reads. */
export function storedFacts(db: Db): DatasetFacts | undefined {
  const text = firstValue<string>(db, sql`SELECT value FROM meta WHERE key = ${FACTS_KEY}`);
  if (text === undefined) return undefined;
  try {
    const parsed = datasetFactsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What {@link datasetFacts} read, per connection: the dataset is immutable while it is served. */
const perConnection = new WeakMap<Db, DatasetFacts>();

/** The facts of the file `db` reads: stored by its build, else computed (once per connection). */
export function datasetFacts(db: Db): DatasetFacts {
  let facts = perConnection.get(db);
  if (facts === undefined) perConnection.set(db, (facts = storedFacts(db) ?? computeFacts(db)));
  return facts;
}

export interface DatasetInfo extends DatasetVersion {
  counts: DatasetFacts['counts'];
}

/** Version, build time and row counts; callers may keep the result. */
export function datasetInfo(db: Db): DatasetInfo {
  return { ...datasetVersion(db), counts: datasetFacts(db).counts };
}
