/** Documents: the source texts, with their metadata and the evidence for it. */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { getRecord, linkColumn, listRecords, recordsByIds, summaryColumn, type Entity, type Fields, type PageRequest, tableColumns } from './entity.js';
import { relation } from './related.js';
import { columnFacet, referenceFacet } from './facets.js';
import { dateRange, locationFilter, refFilter, textFilter, vocabularyFilter, type FilterValues } from './filters.js';
import { historyColumns, modifiedSinceFilter } from './history.js';
import { documentSchema } from './shapes.js';
import { documentKinds } from '../vocabulary.js';
import { firstValue } from './sql.js';

export const documents: Entity<typeof documentSchema, 'documents'> = {
  collection: 'documents',
  schema: documentSchema,
  table: 'documents',
  alias: 'd',
  columns: {
    ...historyColumns('documents', 'd.id'),
    ...tableColumns(t.documents, 'd', ['id', 'title', 'kind', 'language', 'date', 'datePrecision', 'author', 'file', 'sha256', 'length', 'evidence', 'origins', 'originalFile', 'originalSha256', 'originalMediaType', 'pageCount']),
    url: linkColumn('documents', 'd.id'),
    sourceUrl: { sql: sql`d.url` },
    issuer: summaryColumn('actors', 'd.issuer_id'),
    scopeLocation: summaryColumn('locations', 'd.scope_location_id'),
    programme: summaryColumn('programmes', 'd.programme_id', 's.title'),
    textUrl: linkColumn('documents', 'd.id', 'text'),
    measuresUrl: linkColumn('documents', 'd.id', 'measures'),
  },
  sorts: { id: 'd.id', date: "coalesce(d.date, '')", title: 'd.title', kind: 'd.kind', length: 'd.length' },
  defaultSort: 'id',
  filters: {
    modifiedSince: modifiedSinceFilter('documents', sql`d.id`),
    location: locationFilter((id) => sql`d.scope_location_id IN (SELECT location_id FROM location_ancestors WHERE ancestor_id = ${id})`, 'About this place (the document scope).'),
    theme: refFilter('themes', 'theme', (id) => sql`d.id IN (SELECT m.document_id FROM measure_themes mt JOIN measures m ON m.id = mt.measure_id WHERE mt.theme_id = ${id})`, 'With a measure of this theme (id).'),
    actor: refFilter('actors', 'actor', (id) => sql`d.id IN (SELECT document_id FROM mentions WHERE actor_id = ${id})`, 'Naming this actor (id).'),
    programme: refFilter('programmes', 'programme', (id) => sql`d.programme_id = ${id}`, 'In this programme (id).'),
    issuer: refFilter('actors', 'actor', (id) => sql`d.issuer_id = ${id}`, 'Issued by this actor or party (id).'),
    kind: vocabularyFilter(documentKinds, (value) => sql`d.kind = ${value}`, 'Kind of document.'),
    ...dateRange(sql`d.date`, 'document date'),
    q: textFilter('document', sql`d.id`),
  },
  facets: {
    kind: columnFacet('documents', 'kind'),
    issuer: referenceFacet('documents', 'issuer_id', 'actors'),
    location: referenceFacet('documents', 'scope_location_id', 'locations'),
    programme: referenceFacet('documents', 'programme_id', 'programmes', 'title'),
  },
};

/** One document, or null. */
export const getDocument = (db: Db, id: string) => getRecord(db, documents, id);
/** A page of documents matching `filters`. */
export const listDocuments = (db: Db, filters: FilterValues, page: PageRequest) => listRecords(db, documents, filters, page);
/** Documents (their `fields`) by id, aligned with `ids`. */
export const documentsByIds = (db: Db, ids: readonly string[], fields?: Fields) => recordsByIds(db, documents, ids, fields);
/** Documents of each programme. */
export const documentsOfProgramme = relation(documents, { where: sql`d.programme_id = j.value` });

/** The full source text of a document (what every offset points into), or null. */
export function documentText(db: Db, id: string): string | null {
  return firstValue<string>(db, sql`SELECT text FROM documents WHERE id = ${id}`) ?? null;
}
