/** Figures: quantities stated in measures, with unit, value range and reference date. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { relation } from './related.js';
import { columnFacet, measureLinkFacets, referenceFacet } from './facets.js';
import { anyOf, dateRange, enumFilter, locationFilter, numberFilter, refFilter, textFilter, presentValueFilter, type FilterDef, type FilterValues } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { issuedBy, measureLinkFilters, measureNameSql } from './measures.js';
import { seriesNameSql } from './series.js';
import { figureSchema } from './shapes.js';

/** The ids of the measures meeting `condition` (on the measures' own columns). */
const measuresWhere = (condition: SQL) => sql`SELECT id FROM measures WHERE ${condition}`;
/** Figures of the measures meeting `condition`, as membership in their set (built whole) … */
const inMeasures = (condition: SQL) => sql`f.measure_id IN (${measuresWhere(condition)})`;
/** … and as a test of each figure's measure (a seek per row, no set). */
const ofMeasureWhere = (condition: SQL) => sql`EXISTS (SELECT 1 FROM measures WHERE id = f.measure_id AND ${condition})`;

/**
 * `def` (a filter on the figure's measure by `condition(value)`) with the set of measures it
 * tests membership in declared, and the same test per row: the engine counts the set with a
 * stop and refuses it past the set limit, or tests it per row while another filter's smaller
 * set drives (entity.ts `boundedWhere`). A statement kind's measures are a third of all of
 * them: its set was built whole (about 200 000 ids at 10k documents, 270–410 ms of CPU) only
 * for the list to be refused by the sort guard.
 */
function measureSetFilter(def: FilterDef, condition: (value: string) => SQL): FilterDef {
  const values = (db: Db, value: never, parameter: string): string[] => def.ids?.(db, value, parameter) ?? [value];
  return {
    ...def,
    sets: (db, value, parameter) => values(db, value, parameter).map((v) => measuresWhere(condition(v))),
    each: (db, value, parameter) => anyOf(values(db, value, parameter).map((v) => ofMeasureWhere(condition(v)))),
  };
}

export const figures: Entity<typeof figureSchema, 'figures'> = {
  collection: 'figures',
  schema: figureSchema,
  table: 'figures',
  alias: 'f',
  columns: {
    ...historyColumns('figures', 'f.id'),
    ...tableColumns(t.figures, 'f', [
      'id', 'kind', 'value', 'valueMax', 'previousValue', 'unit', 'unitKind', 'normalizedValue', 'subject', 'subjectStart', 'subjectEnd',
      'status', 'direction', 'change', 'qualifier', 'referenceDate', 'quote',
    ]),
    url: linkColumn('figures', 'f.id'),
    subjectActor: summaryColumn('actors', 'f.subject_actor_id'),
    subjectLocation: summaryColumn('locations', 'f.subject_location_id'),
    series: summaryColumn('series', 'f.series_id', seriesNameSql),
    measure: summaryColumn('measures', 'f.measure_id', measureNameSql),
    document: summaryColumn('documents', 'f.document_id', 's.title'),
    provenance: { object: { document: 'f.document_id', start: 'f.start', end: 'f."end"', quote: 'f.quote', page: 'f.page' } },
  },
  sorts: {
    id: 'f.id',
    document: 'f.document_id',
    start: 'f.start',
    value: 'f.value',
    unit: "coalesce(f.unit, '')",
    kind: 'f.kind',
    referenceDate: "coalesce(f.reference_date, '')",
    normalizedValue: 'coalesce(f.normalized_value, -1e308)',
    status: 'f.status',
  },
  defaultSort: 'document,start',
  filters: {
    modifiedSince: modifiedSinceFilter('figures', sql`f.id`),
    ...measureLinkFilters(sql`f.measure_id`),
    programme: measureSetFilter(refFilter('programmes', 'programme', (id) => inMeasures(sql`programme_id = ${id}`), 'In a measure of this programme (id).'), (id) => sql`programme_id = ${id}`),
    document: refFilter('documents', 'document', (id) => sql`f.document_id = ${id}`, 'In this document (id).'),
    measure: refFilter('measures', 'measure', (id) => sql`f.measure_id = ${id}`, 'In this measure (id).'),
    issuer: refFilter('actors', 'actor', issuedBy(sql`f.document_id`, sql`(SELECT programme_id FROM measures WHERE id = f.measure_id)`), 'Issued by this actor or party (id).'),
    statementKind: measureSetFilter(enumFilter(t.measures.statementKind.enumValues, (value) => inMeasures(sql`statement_kind = ${value}`), 'Kind of statement of the measure.'), (value) => sql`statement_kind = ${value}`),
    kind: enumFilter(t.figures.kind.enumValues, (value) => sql`f.kind = ${value}`, 'Count, percentage, money, quantity or fraction.'),
    unit: presentValueFilter('figures', 'unit', (value) => sql`f.unit = ${value}`, 'Unit as written, lowercased ("%", "ton", "agenten"); a unit no figure has is a 400 listing the known units.'),
    unitKind: enumFilter(t.figures.unitKind.enumValues, (value) => sql`f.unit_kind = ${value}`, 'Canonical unit: staff compares medewerkers, personeelsleden and agenten; money_eur, mass_kg… compare normalised values.'),
    status: enumFilter(t.figures.status.enumValues, (value) => sql`f.status = ${value}`, 'target (plan or need), actual (observed), forecast or unknown.'),
    direction: enumFilter(t.figures.direction.enumValues, (value) => sql`f.direction = ${value}`, 'Changes that go up (increase) or down (decrease).'),
    subjectActor: refFilter('actors', 'actor', (id) => sql`f.subject_actor_id = ${id}`, 'About this actor: its subject is or belongs to it (id).'),
    subjectLocation: locationFilter((id) => sql`f.subject_location_id IN (SELECT location_id FROM location_ancestors WHERE ancestor_id = ${id})`, 'About this place: its subject is or belongs to it.'),
    series: refFilter('series', 'series', (id) => sql`f.series_id = ${id}`, 'In this series (id).'),
    valueMin: numberFilter((value) => sql`f.value >= ${value}`, 'Smallest value (inclusive).'),
    valueMax: numberFilter((value) => sql`f.value <= ${value}`, 'Largest value (inclusive).'),
    ...dateRange(sql`f.reference_date`, 'reference date'),
    q: textFilter('figure', sql`f.id`),
  },
  facets: {
    ...measureLinkFacets({ from: sql`figures x`, measureId: sql`x.measure_id` }),
    unit: columnFacet('figures', 'unit'),
    unitKind: columnFacet('figures', 'unit_kind'),
    status: columnFacet('figures', 'status'),
    subjectActor: referenceFacet('figures', 'subject_actor_id', 'actors'),
    kind: columnFacet('figures', 'kind'),
    document: referenceFacet('figures', 'document_id', 'documents', 'title'),
  },
};

/** One figure, or null. */
export const getFigure = (db: Db, id: string) => getRecord(db, figures, id);
/** A page of figures matching `filters`. */
export const listFigures = (db: Db, filters: FilterValues, page: PageRequest) => listRecords(db, figures, filters, page);
/** Figures (their `fields`) by id, aligned with `ids`. */
export const figuresByIds = (db: Db, ids: readonly string[], fields?: Fields) => recordsByIds(db, figures, ids, fields);
/** Figures of each measure, in text order. */
export const figuresOfMeasure = relation(figures, { where: sql`f.measure_id = j.value` });
/** Every figure of each measure, as `figuresOfMeasure.all` (for pages showing measures whole). */
export const figuresByMeasureIds = figuresOfMeasure.all;
/** Figures of each document. */
export const figuresOfDocument = relation(figures, { where: sql`f.document_id = j.value` });
/** Figures whose subject is each actor, by reference date. */
export const figuresOfSubjectActor = relation(figures, { where: sql`f.subject_actor_id = j.value` });
/** The figures of each series. */
export const figuresOfSeries = relation(figures, { where: sql`f.series_id = j.value` });
