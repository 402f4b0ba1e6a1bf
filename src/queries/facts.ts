/**
 * Numbers over whole collections that serving shows from its start or its first page: the
 * row count of each collection (`/v1`), the period the data covers (the catalogue), the
 * measures of every municipality and the home page's comparison of the largest (the home
 * page, the map of every place page). Each is read in work proportional to the corpus
 * (issue 12: at 100 000 documents the counts and the period took about a second of the
 * start, the home page's numbers minutes of its first request), so the build computes them
 * once, with the functions below, and stores them in `meta` under {@link FACTS_KEY}; the
 * server reads that row (stored-facts.ts, below the query layer: the entity engine reads the
 * counts too). A file without it (built by older code) has each computed on its
 * first use, once per connection: the numbers always describe the file being served.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { compareLocations } from './compare.js';
import { datasetVersion, entityCollections, type DatasetVersion } from './dataset.js';
import { measuresPerMunicipality, type PlaceMeasureCounts } from './publish/browse.js';
import { datePeriod } from './publish/catalog.js';
import { byBytes, firstValue } from './sql.js';
import { storedFactsOnce, type DatasetFacts } from './stored-facts.js';

// The format of the stored row and its reading live below the query layer (stored-facts.ts); these names stay importable from here.
export { datasetFactsSchema, factsRow, FACTS_KEY, storedFacts, type DatasetFacts } from './stored-facts.js';

/** Places the home page's chart compares: more bars per theme would not read at a glance. */
export const HOME_CHART_PLACES = 5;

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

/**
 * The municipalities' counts after a change of some documents: `previous` with the counts of
 * the documents deleted taken off and of those loaded added, in the order
 * {@link measuresPerMunicipality} gives (most measures first, then by name). Each count is a sum
 * over measures, so this equals reading every measure again.
 */
export function municipalitiesAfterChange(previous: readonly PlaceMeasureCounts[], removed: readonly PlaceMeasureCounts[], added: readonly PlaceMeasureCounts[]): PlaceMeasureCounts[] {
  const byId = new Map(previous.map((p) => [p.id, { ...p }]));
  const apply = (rows: readonly PlaceMeasureCounts[], sign: 1 | -1) => {
    for (const row of rows) {
      const place = byId.get(row.id) ?? { ...row, measures: 0, commitments: 0, observations: 0, figures: 0 };
      for (const k of ['measures', 'commitments', 'observations', 'figures'] as const) place[k] += sign * row[k];
      byId.set(row.id, place);
    }
  };
  apply(removed, -1);
  apply(added, 1);
  return [...byId.values()].filter((p) => p.measures > 0).sort((a, b) => b.measures - a.measures || byBytes(a.name, b.name));
}

/**
 * The facts of a file that a build changed in a few documents (see load.ts): those `previous`
 * stored, the municipalities kept by difference, the rest (cheap) computed. Equals
 * {@link computeFacts} on the result; without stored facts, it is that.
 */
export function factsAfterChange(db: Db, previous: DatasetFacts | undefined, removed: readonly PlaceMeasureCounts[], added: readonly PlaceMeasureCounts[]): DatasetFacts {
  if (previous === undefined) return computeFacts(db);
  const municipalities = municipalitiesAfterChange(previous.municipalities, removed, added);
  return { counts: computers.counts(db), period: computers.period(db), municipalities, comparison: comparisonOf(db, municipalities) };
}

/** Facts computed on a connection whose file stores none (the dataset is immutable while it is served). */
const computedPerConnection = new WeakMap<Db, Partial<DatasetFacts>>();

/**
 * One fact of the file `db` reads: stored by its build, else computed once per connection,
 * alone, so that a file built without facts costs at start only what is asked there (the
 * counts and the period), as before the build stored them.
 */
export function datasetFact<K extends keyof DatasetFacts>(db: Db, key: K): DatasetFacts[K] {
  const stored = storedFactsOnce(db);
  if (stored !== undefined) return stored[key];
  let computed = computedPerConnection.get(db);
  if (computed === undefined) computedPerConnection.set(db, (computed = {}));
  if (!(key in computed)) computed[key] = computers[key](db);
  return computed[key] as DatasetFacts[K];
}

export interface DatasetInfo extends DatasetVersion {
  counts: DatasetFacts['counts'];
}

/** Version, build time and row counts; callers may keep the result. */
export function datasetInfo(db: Db): DatasetInfo {
  return { ...datasetVersion(db), counts: datasetFact(db, 'counts') };
}
