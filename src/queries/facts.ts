/**
 * Numbers over whole collections that serving shows from its start or its first page: the
 * row count of each collection (`/v1`), the period the data covers (the catalogue), the
 * measures of every municipality and the home page's comparison of the largest (the home
 * page, the map of every place page). Each is read in work proportional to the corpus
 * (issue 12: at 100 000 documents the counts and the period took about a second of the
 * start, the home page's numbers minutes of its first request), so the build computes them
 * once, with the functions below, and stores them in `meta` under {@link FACTS_KEY}; the
 * server reads that row. A file without it (built by older code) has each computed on its
 * first use, once per connection: the numbers always describe the file being served.
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

/** The home page's comparison: the municipalities with the most measures (`municipalities`, most first), side by side. */
function comparisonOf(db: Db, municipalities: readonly PlaceMeasureCounts[]): DatasetFacts['comparison'] {
  const top = municipalities.slice(0, HOME_CHART_PLACES).map((p) => p.id);
  return top.length ? compareLocations(db, top) : null;
}

/** How each fact is read from the tables of the file served, in work proportional to the corpus. */
const computers: { [K in keyof DatasetFacts]: (db: Db) => DatasetFacts[K] } = {
  counts: (db) => Object.fromEntries(entityCollections.map((c) => [c, firstValue<number>(db, sql`SELECT count(*) FROM ${sql.identifier(c)}`)!])) as DatasetFacts['counts'],
  period: datePeriod,
  municipalities: (db) => measuresPerMunicipality(db),
  comparison: (db) => comparisonOf(db, datasetFact(db, 'municipalities')),
};

/** Reads every fact from the tables: what a build stores (never what the file stored before). */
export function computeFacts(db: Db): DatasetFacts {
  const municipalities = computers.municipalities(db);
  return { counts: computers.counts(db), period: computers.period(db), municipalities, comparison: comparisonOf(db, municipalities) };
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

/** The facts of each connection: those stored, else each computed when first asked (the dataset is immutable while it is served). */
const perConnection = new WeakMap<Db, { stored: DatasetFacts | undefined; computed: Partial<DatasetFacts> }>();

/**
 * One fact of the file `db` reads: stored by its build, else computed once per connection,
 * alone, so that a file built without facts costs at start only what is asked there (the
 * counts and the period), as before the build stored them.
 */
export function datasetFact<K extends keyof DatasetFacts>(db: Db, key: K): DatasetFacts[K] {
  let facts = perConnection.get(db);
  if (facts === undefined) perConnection.set(db, (facts = { stored: storedFacts(db), computed: {} }));
  if (facts.stored !== undefined) return facts.stored[key];
  if (!(key in facts.computed)) facts.computed[key] = computers[key](db);
  return facts.computed[key] as DatasetFacts[K];
}

export interface DatasetInfo extends DatasetVersion {
  counts: DatasetFacts['counts'];
}

/** Version, build time and row counts; callers may keep the result. */
export function datasetInfo(db: Db): DatasetInfo {
  return { ...datasetVersion(db), counts: datasetFact(db, 'counts') };
}
