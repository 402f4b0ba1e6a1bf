/**
 * What the browse pages read beyond the entity modules: the cities of the home page with
 * their programme counts, measures counted per municipality (the map, a theme's places),
 * per theme, and the outline of a programme or document (its measures in reading order,
 * with their sections) from which the pages cut their tables of contents and pages.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { whereFragment } from '../filters.js';
import { measures } from '../measures.js';
import { firstRow, rows } from '../sql.js';
import { citiesSql, type City } from './catalog.js';

export interface CityProgrammes extends City {
  /** Programmes about the city or a place inside it (as the programmes' `location` filter counts them). */
  programmes: number;
}

/** Every city of the catalogue with its number of programmes, by name, in one grouped statement. */
export function citiesWithProgrammeCounts(db: Db): CityProgrammes[] {
  return rows<CityProgrammes>(
    db,
    sql`SELECT c.id, c.name, c.nisCode, count(DISTINCT pl.programme_id) AS programmes
       FROM (${citiesSql}) c
       LEFT JOIN location_ancestors la ON la.ancestor_id = c.id
       LEFT JOIN programme_locations pl ON pl.location_id = la.location_id
       GROUP BY c.id, c.name, c.nisCode
       ORDER BY c.name`,
  );
}

/** The measures of a municipality (it and every place inside it), counted by statement kind, with their figures. */
export interface PlaceMeasureCounts {
  id: string;
  name: string;
  /** WGS84 point of the gazetteer; null when it has none. */
  lat: number | null;
  lon: number | null;
  measures: number;
  commitments: number;
  observations: number;
  figures: number;
}

/**
 * Every municipality with at least one measure (of the theme, when given), most measures
 * first: what the map draws and a theme page tabulates. A measure counts once per
 * municipality however many of its places lie there, as the `location` filter counts it
 * (each place's measures once: measure_places).
 */
export function measuresPerMunicipality(db: Db, selection: Pick<MeasureSelection, 'theme'> = {}): PlaceMeasureCounts[] {
  return municipalityCounts(db, sql`x.ancestor_id = c.id`, selectionWhere(db, selection));
}

/**
 * {@link measuresPerMunicipality} over the measures of some documents only: what a build that
 * loads or deletes them adds to or takes from the whole (the stored facts kept by difference).
 * Each municipality's rows of those documents are one range of `measure_places`' key.
 */
export function measuresPerMunicipalityOf(db: Db, documentIds: readonly string[]): PlaceMeasureCounts[] {
  if (documentIds.length === 0) return [];
  return municipalityCounts(db, sql`x.ancestor_id = c.id AND x.document_id IN (SELECT value FROM json_each(${JSON.stringify(documentIds)}))`, sql`1`);
}

/** The counts of measures per municipality, of the `measure_places` rows `places` joins (alias `x`, municipality `c`) and the measures `where` selects (`m`). */
function municipalityCounts(db: Db, places: SQL, where: SQL): PlaceMeasureCounts[] {
  return rows<PlaceMeasureCounts>(
    db,
    sql`SELECT c.id, c.name, c.lat, c.lon, count(*) AS measures,
       count(CASE WHEN m.statement_kind = 'commitment' THEN 1 END) AS commitments,
       count(CASE WHEN m.statement_kind = 'observation' THEN 1 END) AS observations,
       coalesce(sum((SELECT count(*) FROM figures f WHERE f.measure_id = m.id)), 0) AS figures
     FROM locations c
     JOIN measure_places x ON ${places}
     JOIN measures m ON m.id = x.measure_id
     WHERE c.kind = 'municipality' AND ${where}
     GROUP BY c.id
     ORDER BY measures DESC, c.name`,
  );
}

/** A theme with the number of measures it has among some measures. */
export interface ThemeCount {
  id: string;
  name: string;
  measures: number;
}

/** Which measures a list shows: those meeting every filter given, as `/v1/measures` filters them (ids, names or NIS codes). */
export type MeasureSelection = Partial<Record<'programme' | 'document' | 'theme' | 'location', string>>;

/** The measure filters of `selection` on `m`; an unknown value is the filters' INVALID_PARAMETER error. */
const selectionWhere = (db: Db, selection: MeasureSelection) => whereFragment(db, measures.filters, selection);

/** The themes of the measures of `selection`, most measures first. */
export function themesOfSelection(db: Db, selection: MeasureSelection): ThemeCount[] {
  const where = selectionWhere(db, selection);
  return rows<ThemeCount>(
    db,
    sql`SELECT th.id, th.label_nl AS name, count(*) AS measures
     FROM measures m JOIN measure_themes mt ON mt.measure_id = m.id JOIN themes th ON th.id = mt.theme_id
     WHERE ${where}
     GROUP BY th.id ORDER BY measures DESC, th.label_nl`,
  );
}

/** A measure's place in the reading order of a list. */
export interface OutlineEntry {
  id: string;
  document: string;
  documentTitle: string;
  section: string | null;
}

/**
 * The measures of `selection` in reading order: by document (as a programme lists them,
 * by id), then by position in the text. Ids and sections only: a page loads the full
 * records of the slice it shows.
 */
export function measureOutline(db: Db, selection: MeasureSelection): OutlineEntry[] {
  const where = selectionWhere(db, selection);
  return rows<OutlineEntry>(
    db,
    sql`SELECT m.id, m.document_id AS document, d.title AS documentTitle, m.section
     FROM measures m JOIN documents d ON d.id = m.document_id
     WHERE ${where}
     ORDER BY m.document_id, m.ordinal`,
  );
}

/** Where a measure is read in context: its programme, else its document; null for an unknown id. */
export function contextOfMeasure(db: Db, id: string): { programme: string } | { document: string } | null {
  const row = firstRow<{ programme: string | null; document: string }>(db, sql`SELECT programme_id AS programme, document_id AS document FROM measures WHERE id = ${id}`);
  if (row === undefined) return null;
  return row.programme === null ? { document: row.document } : { programme: row.programme };
}
