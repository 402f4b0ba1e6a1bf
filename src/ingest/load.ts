/**
 * The one stage that writes: puts validated inputs and their extractions into a fresh
 * database, in a single transaction, with ids derived from checksums, positions and
 * gazetteer slugs so that two builds produce identical rows.
 */
import { createHash } from 'node:crypto';
import { eq, getTableColumns, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { offsetConverter } from '../text/offsets.js';
import type { ChangeAction, IndexedKind } from '../vocabulary.js';
import { seriesKeyOf } from './figures/series.js';
import { pageAt } from './formats/layout.js';
import { periodCovers, type LocationEntry } from './gazetteer.js';
import { carryHistory, carryHistoryOf, CurrentDigests, type DocumentRecords, EMPTY_HISTORY, HISTORY_PAGING, historyInMemory, type HistorySource } from './history.js';
import { dealt, digestTasks, recordDigestTasks, rowDigestTasks, runDigestTask, runDigestTasks, type DigestListRunner, type DigestResult, type DigestRunner, type DigestTask } from './digest-pass.js';
import { historyCollections, type HistoryCollection } from '../queries/collections.js';
import type { StoredCountsRows } from './stored-counts-pass.js';
import { insertAll, replaceRows } from './insert.js';
import { addRows, DIGEST_MOD, HASHED_TABLES, rowsDigest, type HashedTable } from './table-digests.js';
import type { PhaseMark } from './phase-log.js';
import { statedFields } from './manifest.js';
import { similarMeasures, type MeasureText } from './similarity.js';
import { summaryOf } from './pipeline.js';
import { summarizeCorpus, type CorpusSummary } from './corpus-summary.js';
import { indexed, searchIndexOf, withTitle, type Indexed, type IndexedExtraction } from './search-index.js';
import { mergeSearchIndex, mergeSearchIndexWhenFragmented } from './search-segments.js';
import type { BuildInputs, SourceDocument } from './sources.js';
import { computeFacts, factsAfterChange, factsRow, storedFacts } from '../queries/facts.js';
import { StoredCountsChange, writeStoredCounts, type RecordsOfDocuments } from '../queries/store-counts.js';
import { STORED_COUNTS_KEY, STORED_COUNTS_MINIMUM } from '../queries/stored-counts.js';
import { measuresPerMunicipalityOf, type PlaceMeasureCounts } from '../queries/publish/browse.js';
import { placeholderRow, positionalStatement } from '../queries/sql.js';

export interface ExtractedDocument {
  source: SourceDocument;
  extraction: IndexedExtraction;
}

/** The corpus's extractions in manifest order: the summaries' fold up front, the documents streamed one at a time. */
export interface LoadSource {
  summary: CorpusSummary;
  documents(): Iterable<ExtractedDocument>;
  /** Each document's {@link documentKey}, when the caller has them (else read from `documents`): an incremental build's first pass. */
  keys?: readonly DocumentKey[];
  /** The documents rows of the file the database was copied from, read while the copy was made (see {@link storedDocumentsOf}); else read from the copy. */
  stored?: StoredDocuments;
}

/** The documents rows of a database as an incremental build compares them ({@link storedDocuments}), with the `version` of the file they were read from. */
export interface StoredDocuments {
  version: string | undefined;
  keys: Map<string, string>;
}

const versionOf = (db: Db) => db.select({ value: t.meta.value }).from(t.meta).where(eq(t.meta.key, 'version')).get()?.value;

/**
 * The documents rows of `db` and its version. An incremental build reads them from the previous file
 * while this file's copy is made, on a thread that would otherwise wait for the copy: reading them
 * walks each document's text (the columns added after it sit behind its overflow pages), 0.25 s at 10k.
 */
export const storedDocumentsOf = (db: Db): StoredDocuments => ({ version: versionOf(db), keys: storedDocuments(db) });

/**
 * The stored documents' keys of the database being loaded: `read` when it holds the same rows as the file they
 * were read from (the same version: a digest of every table), else read from it now (a file replaced meanwhile).
 */
export const storedDocumentsOr = (db: Db, read: StoredDocuments | undefined) => (read !== undefined && read.version !== undefined && read.version === versionOf(db) ? read.keys : storedDocuments(db));

/** The fold of the summaries of documents at hand (fixtures, tools), in their order. */
export const summaryOfDocuments = (documents: readonly ExtractedDocument[]): CorpusSummary =>
  summarizeCorpus(documents.map((d) => ({ summary: summaryOf(d.extraction), programme: d.source.entry.programme })));

/** The reference data and programmes of a build: all of the inputs except the documents. */
type References = Pick<BuildInputs, 'manifest' | 'gazetteer'>;

/** Stable document id: the first 12 hex digits of its checksum. */
export const documentId = (sha256: string) => `doc-${sha256.slice(0, 12)}`;
const measureId = (sha256: string, ordinal: number) => `m-${sha256.slice(0, 12)}-${String(ordinal).padStart(3, '0')}`;
const figureId = (sha256: string, start: number) => `f-${sha256.slice(0, 12)}-${start}`;
const mentionId = (sha256: string, start: number) => `mn-${sha256.slice(0, 12)}-${start}`;
const candidateId = (sha256: string, start: number, end: number) => `cd-${sha256.slice(0, 12)}-${start}-${end}`;

const datePrecision = (date: string | null) => (date === null ? null : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');

/**
 * The transitive closure of the location tree, with the places a territory comprises across
 * the tree (a judicial arrondissement's provinces): a place inside a comprised place lies inside
 * the territory too, one level further away. Each pair once, at its least depth.
 */
export function locationClosure(locations: Array<Pick<LocationEntry, 'id' | 'parent' | 'comprises'>>): Array<typeof t.locationAncestors.$inferInsert> {
  const parent = new Map(locations.map((l) => [l.id, l.parent]));
  const chain = (id: string) => {
    const ids: string[] = [];
    for (let at: string | null | undefined = id; at && ids.length < 32 && !ids.includes(at); at = parent.get(at)) ids.push(at);
    return ids;
  };
  const comprisedBy = new Map<string, string[]>();
  for (const l of locations) for (const part of l.comprises) comprisedBy.set(part, [...(comprisedBy.get(part) ?? []), l.id]);
  return locations.flatMap((l) => {
    const depths = new Map<string, number>();
    const reach = (id: string, depth: number) => {
      if ((depths.get(id) ?? Infinity) <= depth) return;
      depths.set(id, depth);
      for (const territory of comprisedBy.get(id) ?? []) chain(territory).forEach((a, i) => reach(a, depth + 1 + i));
    };
    chain(l.id).forEach((id, depth) => reach(id, depth));
    return [...depths].map(([ancestorId, depth]) => ({ locationId: l.id, ancestorId, depth }));
  });
}

/** Evidence of each stated manifest value: where its quote first stands in the text, in code points. */
function evidenceOf(source: SourceDocument): t.Evidence[] {
  const conv = offsetConverter(source.text);
  return statedFields.flatMap((field) => {
    const quote = source.entry[field].quote;
    if (quote === null) return [];
    const at = source.text.indexOf(quote);
    return [{ field, quote, start: conv.toCodePoint(at), end: conv.toCodePoint(at + quote.length) }];
  });
}

/** Where each stated metadata value comes from: the text, the original file (and where in it) or the curator. */
function originsOf(source: SourceDocument): t.MetadataOriginEntry[] {
  return statedFields.flatMap((field) => {
    const { value, origin, source: where } = source.entry[field];
    return value === null || origin === null ? [] : [{ field, origin, source: where }];
  });
}

function loadGazetteer(db: Db, inputs: References, summary: CorpusSummary) {
  const { locations, actors, themes } = inputs.gazetteer;
  replaceRows(db, t.locations, locations.map((l) => ({ id: l.id, name: l.name, kind: l.kind, parentId: l.parent, nisCode: l.nis, lat: l.point?.lat ?? null, lon: l.point?.lon ?? null, aliases: l.aliases })));
  replaceRows(db, t.locationAncestors, locationClosure(locations));
  // Person roles and parties as first stated in the corpus, else the gazetteer's.
  const stated = summary.persons;
  replaceRows(db, t.actors, actors.map((a) => ({
    id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, parentId: a.parent, locationId: a.location,
    partyId: stated.get(a.id)?.partyId ?? a.party, role: stated.get(a.id)?.role ?? a.role,
    officialNumber: a.officialNumber, formerNames: a.formerNames,
  })));
  replaceRows(db, t.actorAreas, actors.flatMap((a) => a.areas.map((area) => ({ actorId: a.id, locationId: area.location, start: area.start, end: area.end }))));
  replaceRows(db, t.memberships, actors.flatMap((a) => a.memberships.map((m, i) => ({
    id: `${a.id}-${i + 1}`, personId: a.id, organizationId: m.organization, role: m.role, start: m.start, end: m.end, source: m.source,
  }))));
  replaceRows(db, t.themes, themes.map((th) => ({ id: th.id, labelNl: th.labelNl, labelEn: th.labelEn, cues: th.cues })));
}

function loadProgrammes(db: Db, inputs: References, summary: CorpusSummary) {
  replaceRows(db, t.programmes, inputs.manifest.programmes.map((p) => ({ id: p.id, title: p.title, kind: p.kind, issuerId: p.issuer, scopeLocationId: p.scope, date: p.date })));
  const municipalities = new Set(inputs.gazetteer.locations.filter((l) => l.kind === 'municipality').map((l) => l.id));
  const links = new Set<string>();
  for (const p of inputs.manifest.programmes) if (p.scope) links.add(`${p.id}|${p.scope}`);
  for (const [programme, places] of summary.programmePlaces) for (const id of places) if (municipalities.has(id)) links.add(`${programme}|${id}`);
  replaceRows(db, t.programmeLocations, [...links].sort().map((k) => {
    const [programmeId, locationId] = k.split('|') as [string, string];
    return { programmeId, locationId };
  }));
}

/**
 * The places each actor stands for in a document of `date`: its seat, then the places it
 * serves in a period that includes the date (all of them when the date is unknown). So a
 * measure naming a police zone is tied to every municipality of the zone, and one naming
 * a zone by its pre-merger name is not tied to the municipalities the merger added.
 */
function placesOfActors(inputs: References, date: string | null): Map<string, string[]> {
  return new Map(inputs.gazetteer.actors.map((a) => {
    const served = a.areas.filter((area) => date === null || periodCovers(area, date)).map((area) => area.location);
    return [a.id, [...new Set([...(a.location ? [a.location] : []), ...served])]];
  }));
}

type DocumentRow = typeof t.documents.$inferInsert;

/** The documents row of a source document: everything else a document loads follows from it and its extraction. */
function documentRow(source: SourceDocument): DocumentRow {
  const { entry, text, sha256 } = source;
  return {
    id: documentId(sha256), file: entry.file, sha256, title: entry.title.value!, kind: entry.kind, language: entry.language,
    date: entry.date.value, datePrecision: datePrecision(entry.date.value), issuerId: entry.issuer.value,
    scopeLocationId: entry.scope.value, programmeId: entry.programme, url: entry.url.value, author: entry.author.value,
    evidence: evidenceOf(source), origins: originsOf(source), originalFile: entry.original?.file ?? null,
    originalSha256: entry.original?.sha256 ?? null, originalMediaType: entry.original?.mediaType ?? null,
    pageCount: entry.pages?.length ?? null, length: [...text].length, text,
  };
}

/** The columns a documents row is compared by: all but the text, which its sha256 column stands for (so a stored row is compared without reading its text). */
const { text: _text, ...keyedColumns } = getTableColumns(t.documents);
const documentColumns = Object.keys(keyedColumns) as Array<keyof DocumentRow>;
/** A documents row's checksum, whether about to be inserted or read back (kept for every document: not the text itself). */
const rowKey = (row: Partial<Record<keyof DocumentRow, unknown>>) => createHash('sha256').update(JSON.stringify(documentColumns.map((c) => row[c] ?? null))).digest('hex');

/** A document's id and the checksum of its documents row: what an incremental build compares with the stored row. */
export interface DocumentKey {
  id: string;
  key: string;
}

export function documentKey(source: SourceDocument): DocumentKey {
  const row = documentRow(source);
  return { id: row.id, key: rowKey(row) };
}

/** Loads one document's rows; `actorPlaces` is {@link placesOfActors} for its date. */
function loadDocument(db: Db, doc: ExtractedDocument, row: DocumentRow, actorPlaces: Map<string, string[]>) {
  const { entry, sha256 } = doc.source;
  const docId = row.id;
  const { measures, figures, mentions, candidates } = doc.extraction;
  const page = (start: number) => pageAt(entry.pages, start);
  insertAll(db, t.documents, [row]);
  insertAll(db, t.measures, measures.map((m) => ({
    id: measureId(sha256, m.ordinal), documentId: docId, programmeId: entry.programme, ordinal: m.ordinal, section: m.section,
    block: m.block, blockKind: m.blockKind, statementKind: m.statementKind, text: m.quote, start: m.start, end: m.end, page: page(m.start),
  })));
  insertAll(db, t.figures, figures.map((f) => ({
    id: figureId(sha256, f.start), measureId: f.measure === null ? null : measureId(sha256, f.measure), documentId: docId, kind: f.kind, value: f.value,
    valueMax: f.valueMax, previousValue: f.previousValue, unit: f.unit, subject: f.subject, subjectStart: f.subjectStart,
    subjectEnd: f.subjectEnd, subjectActorId: f.subjectActorId, subjectLocationId: f.subjectLocationId, status: f.status,
    direction: f.direction, change: f.change, unitKind: f.unitKind, normalizedValue: f.normalizedValue, seriesId: seriesKeyOf(f),
    qualifier: f.qualifier, referenceDate: f.referenceDate, quote: f.quote, start: f.start, end: f.end, page: page(f.start),
  })));
  insertAll(db, t.mentions, mentions.map((m) => ({
    id: mentionId(sha256, m.start), documentId: docId, measureId: m.measure === null ? null : measureId(sha256, m.measure),
    actorId: m.entityType === 'actor' ? m.entityId : null, locationId: m.entityType === 'location' ? m.entityId : null,
    quote: m.quote, start: m.start, end: m.end, page: page(m.start),
  })));
  insertAll(db, t.candidates, candidates.map((c) => ({
    id: candidateId(sha256, c.start, c.end), documentId: docId, measureId: c.measure === null ? null : measureId(sha256, c.measure),
    kind: c.kind, cue: c.cue, quote: c.quote, start: c.start, end: c.end,
  })));
  const actorRows = measures.flatMap((m) => m.actors.map((a) => ({ measureId: measureId(sha256, m.ordinal), actorId: a.actorId, role: a.role })));
  insertAll(db, t.measureActors, actorRows);
  insertAll(db, t.measureLocations, measures.flatMap((m) => {
    const via = new Map<string, 'mention' | 'actor' | 'scope'>();
    for (const id of m.locationIds) via.set(id, 'mention');
    for (const a of m.actors) for (const place of actorPlaces.get(a.actorId) ?? []) if (!via.has(place)) via.set(place, 'actor');
    if (entry.scope.value && !via.has(entry.scope.value)) via.set(entry.scope.value, 'scope');
    return [...via].map(([locationId, how]) => ({ measureId: measureId(sha256, m.ordinal), locationId, via: how }));
  }));
  insertAll(db, t.measureThemes, measures.flatMap((m) => m.themes.map((th) => ({ measureId: measureId(sha256, m.ordinal), themeId: th.themeId, cues: th.cues }))));
  indexForSearch(db, documentIndexRows(docId, entry.title.value!, doc));
}

/** One row of the full-text index: what it stands for, its id and the lines of text it is found by (null and empty lines hold no word). */
type IndexRow = readonly [kind: IndexedKind, ref: string, lines: ReadonlyArray<string | null>];
/** One row of the full-text index with its stems. */
type IndexedRow = readonly [kind: IndexedKind, ref: string, values: Indexed];

/**
 * A row of the full-text index, bound by position (one statement per database, compiled once),
 * written to `search_rows`, whose trigger indexes it (migration 0013).
 */
const insertIndexRow = (db: Db) => positionalStatement(db, sql`INSERT INTO search_rows (kind, ref, tokens, body) VALUES ${placeholderRow('kind', 'ref', 'tokens', 'body')}`);

/** Writes a document's index rows. */
function indexForSearch(db: Db, rows: Iterable<IndexedRow>) {
  const insert = insertIndexRow(db);
  for (const [kind, ref, { tokens, body }] of rows) insert.run(kind, ref, tokens, body);
}

/**
 * The reference data's index rows take the rowids below zero, in order (so they sort before the
 * documents' rows, as when they were the first rows inserted): a rebuild replaces them through
 * the rowid, where selecting them by kind read the whole index. A copy (same gazetteer and
 * programmes, so as many rows at the same rowids) has only the rows whose text changed written
 * again (an actor's role as the corpus states it), each through the index's update trigger:
 * writing all of them again cost a quarter of a warm rebuild's CPU at 10 000 documents.
 */
function indexReferencesForSearch(db: Db, rows: readonly IndexRow[], delta?: SearchTermDelta) {
  const wanted = rows.map(([kind, ref, text], i): SearchRow => {
    const { tokens, body } = indexed(text);
    return [i - rows.length, kind, ref, tokens, body];
  });
  const stored = db.values<SearchRow>(sql`SELECT id, kind, ref, tokens, body FROM search_rows WHERE id < 0 ORDER BY id`);
  if (stored.length !== wanted.length) {
    delta?.rewriting(sql`id < 0`);
    db.run(sql`DELETE FROM search_rows WHERE id < 0`);
    const insert = positionalStatement(db, sql`INSERT INTO search_rows (id, kind, ref, tokens, body) VALUES ${placeholderRow('id', 'kind', 'ref', 'tokens', 'body')}`);
    for (const row of wanted) insert.run(row);
    return;
  }
  const changed = wanted.filter((row, i) => JSON.stringify(row) !== JSON.stringify(stored[i]));
  if (changed.length === 0) return;
  delta?.rewriting(sql`id IN (SELECT value FROM json_each(${JSON.stringify(changed.map(([id]) => id))}))`);
  const update = positionalStatement(db, sql`UPDATE search_rows SET kind = ${sql.placeholder('kind')}, ref = ${sql.placeholder('ref')}, tokens = ${sql.placeholder('tokens')}, body = ${sql.placeholder('body')} WHERE id = ${sql.placeholder('id')}`);
  for (const [id, ...values] of changed) update.run(...values, id);
}
/** A `search_rows` row as stored: its id (the index's rowid), kind, ref, number of tokens and stems. */
type SearchRow = [id: number, kind: IndexedKind, ref: string, tokens: number, body: string];

/**
 * A document's index rows: the document (title and text), its measures (with their section) and
 * figures (with their measure), stemmed where the build extracted it (see search-index.ts) when
 * the extraction carries its stems, else here; only the title is stemmed here either way.
 */
function documentIndexRows(docId: string, title: string, doc: ExtractedDocument): IndexedRow[] {
  const { sha256 } = doc.source;
  const { measures, figures } = doc.extraction;
  const index = doc.extraction.searchIndex ?? searchIndexOf(doc.source.text, doc.extraction);
  return [
    ['document', docId, withTitle(indexed([title]), index.text)],
    ...measures.map((m, i): IndexedRow => ['measure', measureId(sha256, m.ordinal), index.measures[i]!]),
    ...figures.map((f, i): IndexedRow => ['figure', figureId(sha256, f.start), index.figures[i]!]),
  ];
}

/**
 * Index rows of the reference data as loaded, found by every name they go by: programme
 * titles, actor names, aliases and roles, place names and aliases, theme labels and cues.
 */
function referenceIndexRows(db: Db): IndexRow[] {
  const lines = (...parts: Array<string | null | readonly string[]>) => parts.flat();
  return [
    ...db.select().from(t.programmes).all().map((p): IndexRow => ['programme', p.id, [p.title]]),
    ...db.select().from(t.actors).all().map((a): IndexRow => ['actor', a.id, lines(a.name, a.aliases, a.formerNames.map((f) => f.name), a.officialNumber, a.role)]),
    ...db.select().from(t.locations).all().map((l): IndexRow => ['location', l.id, lines(l.name, l.aliases)]),
    ...db.select().from(t.themes).all().map((th): IndexRow => ['theme', th.id, lines(th.labelNl, th.labelEn, th.cues)]),
  ];
}

/** The similar measures of every measure, among documents about related places (see similarity.ts). */
function alignMeasures(db: Db) {
  // Only the measures of a document about a place have candidates: without such a document, no measure is read.
  if (db.get(sql`SELECT 1 AS placed FROM documents WHERE scope_location_id IS NOT NULL LIMIT 1`) === undefined) return [];
  const measures = db.all<MeasureText>(sql`SELECT m.id, m.document_id AS documentId, d.scope_location_id AS place, m.text FROM measures m JOIN documents d ON d.id = m.document_id ORDER BY m.id`);
  const nested = new Set(db.values<[string, string]>(sql`SELECT location_id, ancestor_id FROM location_ancestors`).map(([l, a]) => `${l}|${a}`));
  return similarMeasures(measures, (a, b) => nested.has(`${a}|${b}`) || nested.has(`${b}|${a}`));
}

/**
 * The series rows, from the figures as loaded: figures grouped by series id (subject actor, or
 * place, and unit kind), with their number and the span of their reference dates. Read from the
 * table so that a build that loads only some documents gets the same rows as one that loads all:
 * every series (a fresh file), or only those listed (`ids`, JSON), whose figures an incremental
 * build loaded or deleted (the others keep their rows; grouping every figure again cost 0.4 s at 10k).
 */
function replaceSeries(db: Db, ids?: string) {
  const listed = ids === undefined ? sql`1` : sql`series_id IN (SELECT value FROM json_each(${ids}))`;
  db.run(sql`DELETE FROM series WHERE ${ids === undefined ? sql`1` : sql`id IN (SELECT value FROM json_each(${ids}))`}`);
  db.run(sql`INSERT INTO series (id, actor_id, location_id, unit_kind, points, first_date, last_date)
    SELECT series_id, max(subject_actor_id), CASE WHEN max(subject_actor_id) IS NULL THEN max(subject_location_id) END,
      max(unit_kind), count(*), min(reference_date), max(reference_date)
    FROM figures WHERE series_id IS NOT NULL AND ${listed} GROUP BY series_id ORDER BY series_id`);
}

/**
 * Where the order statements read each measure's (id, document_id, ordinal), as a table aliased `m`. An
 * incremental build's few documents read `measures` itself, by its document_id index. A fresh file's
 * statements read every measure, in id order (the link tables are keyed by measure id first); from
 * `measures` each such row is its id index's entry and then the row, at a random place of the table
 * (its rows carry their text: 117 MB at 10k documents, some 1.2 GB of the 14 GB file at 100k, read
 * through a page cache of 64 MB), so {@link replaceMeasureOrders} reads them from {@link MEASURE_KEYS} instead.
 */
export type MeasureKeys = SQL;
export const MEASURES: MeasureKeys = sql`measures m`;
/** The narrow copy of `measures` a fresh file's order statements read (made and dropped by {@link withMeasureKeys}). */
const MEASURE_KEYS: MeasureKeys = sql`temp.measure_keys m`;

/** The rows of the tables that order measures for lists (`measure_places`, `measure_theme_order`, `measure_actor_order`, `measure_date_order` in schema.ts) of the measures `where` selects (aliases `m` for the measures' keys, `keys`, and `d` for documents); `measure_places`' are written by {@link insertMeasurePlaces}. */
const measurePlaceRows = (where: SQL, keys: MeasureKeys = MEASURES) => sql`SELECT DISTINCT la.ancestor_id, m.document_id, m.ordinal, m.id
    FROM measure_locations ml JOIN location_ancestors la ON la.location_id = ml.location_id JOIN ${keys} ON m.id = ml.measure_id WHERE ${where}`;
const measureThemeRows = (where: SQL, keys: MeasureKeys = MEASURES) => sql`SELECT mt.theme_id, m.document_id, m.ordinal, m.id FROM measure_themes mt JOIN ${keys} ON m.id = mt.measure_id WHERE ${where}`;
const measureActorRows = (where: SQL, keys: MeasureKeys = MEASURES) => sql`SELECT ma.actor_id, m.document_id, m.ordinal, m.id FROM measure_actors ma JOIN ${keys} ON m.id = ma.measure_id WHERE ${where}`;
const measureDateRows = (where: SQL, keys: MeasureKeys = MEASURES) => sql`SELECT coalesce(d.date, ''), m.id FROM ${keys} JOIN documents d ON d.id = m.document_id WHERE ${where}`;

/**
 * Inserts the `measure_places` rows of the measures `where` selects (alias `m` for the measures'
 * keys, read from `keys`), in key order. Each measure's own places are sorted first, by place,
 * document and ordinal (a temporary table); the location tree is then read by ancestor, so the
 * rows come in the key's first column's order and SQLite sorts each ancestor's rows on their own
 * (`USE TEMP B-TREE FOR LAST 3 TERMS OF ORDER BY`), from that table's ranges. Joined the other
 * way (`measurePlaceRows` with `ORDER BY`), the rows of every place came in the order of the
 * measures' places and every one of them (2.6 million at 10k, 28 % of them repeated: a measure
 * with two places under one ancestor) went through one sort of the whole set and a temporary
 * b-tree for `DISTINCT`. A row repeated here is the same key, dropped by `OR IGNORE`.
 */
export function insertMeasurePlaces(db: Db, where: SQL, keys: MeasureKeys = MEASURES): void {
  db.run(sql`CREATE TEMP TABLE measures_placed (location_id text NOT NULL, document_id text NOT NULL, ordinal integer NOT NULL, measure_id text NOT NULL,
    PRIMARY KEY (location_id, document_id, ordinal, measure_id)) WITHOUT ROWID`);
  try {
    db.run(sql`INSERT INTO temp.measures_placed (location_id, document_id, ordinal, measure_id)
      SELECT ml.location_id, m.document_id, m.ordinal, m.id FROM measure_locations ml JOIN ${keys} ON m.id = ml.measure_id WHERE ${where} ORDER BY 1, 2, 3, 4`);
    // CROSS JOIN: the tree read first, in its key's order (ancestor, place), each place's rows one range of the table.
    db.run(sql`INSERT OR IGNORE INTO measure_places (ancestor_id, document_id, ordinal, measure_id)
      SELECT la.ancestor_id, p.document_id, p.ordinal, p.measure_id FROM location_ancestors la CROSS JOIN temp.measures_placed p ON p.location_id = la.location_id ORDER BY 1, 2, 3, 4`);
  } finally {
    db.run(sql`DROP TABLE temp.measures_placed`);
  }
}

/**
 * Runs `write` with {@link MEASURE_KEYS}: every measure's (id, document_id, ordinal), read from
 * `measures` once in id order into a table of its own, sorted by id (`WITHOUT ROWID`: the key is
 * the table). The link tables are read in measure id order too, so each statement then reads it
 * sequentially, where through `measures` every row was an index entry and a random read of the row.
 * At 100k documents (6.57 M measures; bench/measure-orders-ab.ts, two rounds each way on a busy
 * machine) the four statements took 121–133 s wall, 94 s CPU, from `measures` and 65–67 s wall,
 * 63–64 s CPU, from this table, its making (4–6 s) and dropping included; at 10k 7.4–8.5 s CPU
 * against 4.3–4.8 s. A covering index on `measures` instead (`INDEXED BY`: the planner keeps the
 * primary key's index otherwise) was no faster (60–61 s CPU against 57–65 s, the index 3.4–5.0 s
 * to make) and would be made and dropped in the file being built. Filled through the id index
 * (SQLite's plan): with the table's pages in the OS cache, 3.7–6.5 s CPU at 100k against
 * 5.8–7.1 s read in file order (`NOT INDEXED`) and sorted.
 */
export function withMeasureKeys<T>(db: Db, write: (keys: MeasureKeys) => T): T {
  db.run(sql`CREATE TEMP TABLE measure_keys (id text PRIMARY KEY, document_id text NOT NULL, ordinal integer NOT NULL) WITHOUT ROWID`);
  try {
    db.run(sql`INSERT INTO temp.measure_keys (id, document_id, ordinal) SELECT id, document_id, ordinal FROM measures ORDER BY id`);
    return write(MEASURE_KEYS);
  } finally {
    db.run(sql`DROP TABLE temp.measure_keys`);
  }
}

/**
 * The statements that write the tables ordering measures for lists from every measure's keys as
 * `keys` holds them, each with the table it writes: a fresh file's, in key order so each index is
 * written sequentially. Exported for bench/measure-orders-ab.ts.
 */
export function measureOrderWrites(db: Db, keys: MeasureKeys): Array<[table: string, write: () => void]> {
  return [
    ['measure_places', () => insertMeasurePlaces(db, sql`1`, keys)],
    ['measure_theme_order', () => db.run(sql`INSERT INTO measure_theme_order (theme_id, document_id, ordinal, measure_id) ${measureThemeRows(sql`1`, keys)} ORDER BY 1, 2, 3, 4`)],
    ['measure_actor_order', () => db.run(sql`INSERT INTO measure_actor_order (actor_id, document_id, ordinal, measure_id) ${measureActorRows(sql`1`, keys)} ORDER BY 1, 2, 3, 4`)],
    ['measure_date_order', () => db.run(sql`INSERT INTO measure_date_order (date_key, measure_id) ${measureDateRows(sql`1`, keys)} ORDER BY 1, 2`)],
  ];
}

/**
 * The tables that order measures for lists, rewritten whole from the rows as loaded (a fresh
 * file), the measures' keys read from their narrow copy ({@link withMeasureKeys}). Derived from
 * tables the version already covers, so not hashed themselves.
 */
function replaceMeasureOrders(db: Db) {
  withMeasureKeys(db, (keys) => {
    for (const [table, write] of measureOrderWrites(db, keys)) {
      db.run(sql`DELETE FROM ${sql.identifier(table)}`);
      write();
    }
  });
}

/**
 * The order rows of some documents' measures, added (after they are loaded) or deleted (before
 * their measures are): an incremental build touches only the documents it loads or deletes, whose
 * rows depend on nothing else that can change (the location tree is reference data, the same in
 * the copy). Rewriting both tables whole cost two thirds of a warm rebuild's CPU at 10k documents.
 */
function addMeasureOrders(db: Db, documentIds: string) {
  const ofDocuments = sql`m.document_id IN (SELECT value FROM json_each(${documentIds}))`;
  insertMeasurePlaces(db, ofDocuments);
  db.run(sql`INSERT INTO measure_theme_order (theme_id, document_id, ordinal, measure_id) ${measureThemeRows(ofDocuments)} ORDER BY 1, 2, 3, 4`);
  db.run(sql`INSERT INTO measure_actor_order (actor_id, document_id, ordinal, measure_id) ${measureActorRows(ofDocuments)} ORDER BY 1, 2, 3, 4`);
  db.run(sql`INSERT INTO measure_date_order (date_key, measure_id) ${measureDateRows(ofDocuments)} ORDER BY 1, 2`);
}

function deleteMeasureOrders(db: Db, documentIds: string) {
  const ofDocuments = sql`m.document_id IN (SELECT value FROM json_each(${documentIds}))`;
  // Row values on the whole primary key: each row found by its key, not by scanning the table.
  db.run(sql`DELETE FROM measure_places WHERE (ancestor_id, document_id, ordinal, measure_id) IN (${measurePlaceRows(ofDocuments)})`);
  db.run(sql`DELETE FROM measure_theme_order WHERE (theme_id, document_id, ordinal, measure_id) IN (${measureThemeRows(ofDocuments)})`);
  db.run(sql`DELETE FROM measure_actor_order WHERE (actor_id, document_id, ordinal, measure_id) IN (${measureActorRows(ofDocuments)})`);
  db.run(sql`DELETE FROM measure_date_order WHERE (date_key, measure_id) IN (${measureDateRows(ofDocuments)})`);
}

/**
 * bm25's statistics (`search_terms` in schema.ts) read again from the index's vocabulary once
 * every row of a load is indexed (as migration 0009 fills them in an existing database).
 * Derived from the index, so not hashed.
 */
function refreshSearchTerms(db: Db) {
  db.run(sql`DELETE FROM search_terms`);
  db.run(sql`INSERT INTO search_terms (term, rows, tokens) SELECT term, doc, cnt FROM search_vocab`);
  db.run(sql`INSERT INTO search_terms (term, rows, tokens) VALUES ('', (SELECT count(*) FROM search_rows), (SELECT coalesce(sum(cnt), 0) FROM search_vocab))`);
}

/**
 * bm25's statistics kept by difference on a copy (incremental), the same rows as
 * {@link refreshSearchTerms} would read: a term's rows and tokens are sums over the index rows
 * holding it, so the rows a build removes are copied (before they go) into a temporary full-text
 * table defined as `search_index` is (its own definition: the same tokenizer), the rows it adds
 * into another, and each one's vocabulary is taken from or added to `search_terms`. Reading the
 * whole vocabulary again cost time proportional to the corpus on every build: a new document
 * holds most common terms, and their doclists are most of the index.
 */
class SearchTermDelta {
  /** The index rows above this rowid were added by this build. */
  #loadedAbove: number | undefined;
  /** The rows written again at their rowids (see {@link rewriting}). */
  readonly #rewritten: SQL[] = [];

  constructor(private readonly db: Db) {
    const definition = db.values<[string]>(sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_index'`)[0]![0];
    // Tables with their own content: the index's content options name `search_rows`, which they do not read.
    const ownContent = definition.replace(/,\s*content(?:_rowid)?\s*=\s*'[^']*'/gi, '');
    for (const name of SEARCH_DELTA_TABLES) {
      db.run(sql.raw(ownContent.replace(/^CREATE VIRTUAL TABLE\s+\S+/i, `CREATE VIRTUAL TABLE temp.${name}`)));
      db.run(sql`CREATE VIRTUAL TABLE ${sql.identifier('temp')}.${sql.identifier(`${name}_vocab`)} USING fts5vocab(temp, ${sql.identifier(name)}, row)`);
    }
  }

  /** Copies the index rows `where` selects, about to be deleted. */
  removing(where: SQL) {
    this.db.run(sql`INSERT INTO temp.search_removed (kind, ref, body) SELECT kind, ref, body FROM search_rows WHERE ${where}`);
  }

  /** Copies the index rows `where` selects, about to be written again at the same rowids: removed now, added as they then stand. */
  rewriting(where: SQL) {
    this.removing(where);
    this.#rewritten.push(where);
  }

  /** Marks where the rows this build adds start: after its deletions, before its first insert (a new row's rowid is one above the largest). */
  loadingStarts() {
    this.#loadedAbove ??= this.db.values<[number | null]>(sql`SELECT max(id) FROM search_rows`)[0]![0] ?? 0;
  }

  /** Applies the difference to `search_terms` and drops the temporary tables. */
  apply() {
    const { db } = this;
    db.run(sql`INSERT INTO temp.search_added (kind, ref, body) SELECT kind, ref, body FROM search_rows WHERE ${sql.join([sql`id > ${this.#loadedAbove ?? 0}`, ...this.#rewritten], sql` OR `)}`);
    db.run(sql`INSERT INTO search_terms (term, rows, tokens) SELECT term, doc, cnt FROM temp.search_added_vocab WHERE true
      ON CONFLICT (term) DO UPDATE SET rows = rows + excluded.rows, tokens = tokens + excluded.tokens`);
    db.run(sql`UPDATE search_terms SET rows = search_terms.rows - r.doc, tokens = search_terms.tokens - r.cnt FROM temp.search_removed_vocab r WHERE search_terms.term = r.term`);
    db.run(sql`DELETE FROM search_terms WHERE rows = 0 AND term <> ''`);
    db.run(sql`UPDATE search_terms SET
      rows = rows + (SELECT count(*) FROM temp.search_added) - (SELECT count(*) FROM temp.search_removed),
      tokens = tokens + (SELECT coalesce(sum(cnt), 0) FROM temp.search_added_vocab) - (SELECT coalesce(sum(cnt), 0) FROM temp.search_removed_vocab)
      WHERE term = ''`);
    for (const name of SEARCH_DELTA_TABLES) {
      db.run(sql`DROP TABLE ${sql.identifier('temp')}.${sql.identifier(`${name}_vocab`)}`);
      db.run(sql`DROP TABLE ${sql.identifier('temp')}.${sql.identifier(name)}`);
    }
  }
}
const SEARCH_DELTA_TABLES = ['search_removed', 'search_added'] as const;

/** Rows of a document's tables: by document, or by measure for the link tables (the key column). */
const DOCUMENT_TABLES: ReadonlyArray<readonly [HashedTable, 'document_id' | 'measure_id' | 'id']> = [
  ['documents', 'id'], ['measures', 'document_id'], ['figures', 'document_id'], ['mentions', 'document_id'], ['candidates', 'document_id'],
  ['measure_actors', 'measure_id'], ['measure_locations', 'measure_id'], ['measure_themes', 'measure_id'],
];
const TABLE_DIGEST_PREFIX = 'digest:';

/** The history collections whose records as published read the stored counts (a theme's measure count, src/queries/themes.ts): digested once those are committed. */
const READS_STORED_COUNTS: readonly HistoryCollection[] = ['themes'];

/** The digest of each hashed table (see table-digests.ts), kept in `meta` for the next build. */
class TableDigests {
  readonly #sums = new Map<HashedTable, bigint>();

  add(table: HashedTable, rows: Iterable<unknown[]>, sign: 1n | -1n = 1n) {
    this.#sums.set(table, addRows(this.#sums.get(table) ?? 0n, table, rows, sign));
  }

  /** Adds a part of a table's digest computed elsewhere (a rowid range of a fresh file's table, see the digest pass). */
  addPart(table: HashedTable, part: bigint) {
    this.#sums.set(table, ((this.#sums.get(table) ?? 0n) + part) % DIGEST_MOD);
  }

  /** Recomputes a table's digest from all its rows. */
  scan(db: Db, table: HashedTable) {
    this.#sums.set(table, rowsDigest(db, table));
  }

  /** Reads the digests a previous build stored in `meta`. */
  static stored(db: Db): TableDigests {
    const digests = new TableDigests();
    for (const row of db.select().from(t.meta).all()) {
      if (row.key.startsWith(TABLE_DIGEST_PREFIX)) digests.#sums.set(row.key.slice(TABLE_DIGEST_PREFIX.length) as HashedTable, BigInt(`0x${row.value}`));
    }
    return digests;
  }

  /** The `meta` rows that store the digests, for the next build. */
  metaRows() {
    return HASHED_TABLES.map((table) => ({ key: `${TABLE_DIGEST_PREFIX}${table}`, value: (this.#sums.get(table) ?? 0n).toString(16).padStart(32, '0') }));
  }

  /** The dataset version: a hash of every table's digest. Identical rows give the same version. */
  version(): string {
    const hash = createHash('sha256');
    for (const table of HASHED_TABLES) hash.update(`${table}:${(this.#sums.get(table) ?? 0n).toString(16)}`);
    return hash.digest('hex').slice(0, 16);
  }
}

/** The rows of the given documents in one of their tables, as the digests read them. */
function documentTableRows(db: Db, table: HashedTable, key: string, documentIds: readonly string[]): unknown[][] {
  const documents = sql`SELECT value FROM json_each(${JSON.stringify(documentIds)})`;
  const where = key === 'measure_id' ? sql`measure_id IN (SELECT id FROM measures WHERE document_id IN (${documents}))` : sql`${sql.identifier(key)} IN (${documents})`;
  return db.values(sql`SELECT * FROM ${sql.identifier(table)} WHERE ${where}`);
}

/**
 * The page cache of a load into an empty file, in KiB (this build of SQLite defaults to 16 MB).
 * Every document's rows go into the primary keys of its tables, whose keys (checksum-prefixed
 * ids) land at random places of b-trees that grow with the corpus: at 10k documents those keys
 * are some 150 MB, so a larger cache saves page reads. Bounded whatever the corpus: the cache
 * costs up to its size in RSS, on top of the extraction workers' heaps (the build's peak, about
 * 600 MB), and a build must stay under 1 GB at 100k documents.
 */
export const FRESH_LOAD_CACHE_KIB = 64 * 1024;

/**
 * Prepares an empty file for a bulk load: the larger page cache, and the secondary indexes of
 * the documents' tables dropped, to be created again once every document is in (the returned
 * function, in the migrations' order from their own definitions, so the schema is the same).
 * Maintaining a dozen indexes row by row put each row at a random place of each; `CREATE INDEX`
 * sorts a table's keys once and writes the index in order. (Dropping them was tried before
 * foreign keys were checked once at the end, see checkForeignKeysAtEnd: with deferred foreign
 * keys every parent row inserted then searched its child tables without an index.) The
 * triggers that keep the full-text index in step with `search_rows` go too: every build writes
 * that index again from its rows once they are in (see {@link rebuildSearchIndex}).
 */
function prepareFreshFile(db: Db): () => void {
  db.$client.pragma(`cache_size = -${FRESH_LOAD_CACHE_KIB}`);
  const tables = JSON.stringify(DOCUMENT_TABLES.map(([table]) => table));
  const indexes = db.values<[string, string]>(sql`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(${tables})) ORDER BY rowid`);
  const triggers = db.values<[string, string]>(sql`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'search_rows' ORDER BY rowid`);
  for (const [name] of indexes) db.run(sql`DROP INDEX ${sql.identifier(name)}`);
  for (const [name] of triggers) db.run(sql`DROP TRIGGER ${sql.identifier(name)}`);
  return () => {
    for (const [, definition] of [...indexes, ...triggers]) db.run(sql.raw(definition));
  };
}

/**
 * Writes the full-text index again from `search_rows`, in rowid order, once every row is in:
 * its segments (how its terms are cut into b-tree records, under which segment ids, after how
 * many writes) record the order and batches of the writes that made it, so an index kept in step
 * through a copy's deletes and inserts is not stored as a fresh file's is, though it indexes the
 * same rows. Written again, it is a function of the rows alone, and the +1 build's file the same
 * bytes as a clean one (README, "Identical to a clean build"). A fresh file is loaded without the
 * triggers, so its rows are tokenized once, here; a copy's are all tokenized again, which is why
 * a copy is written so only when asked ({@link writesCanonically}).
 */
function rebuildSearchIndex(db: Db) {
  db.run(sql`INSERT INTO search_index (search_index) VALUES ('rebuild')`);
}

/**
 * Loads the reference tables (the gazetteer, the themes and the programmes, and what the
 * documents' summaries add to them) and their search rows, writing over a previous build's only
 * the rows that differ (see `replaceRows`; small: the gazetteer's size).
 */
function replaceReferences(db: Db, inputs: References, summary: CorpusSummary, delta?: SearchTermDelta) {
  loadGazetteer(db, inputs, summary);
  loadProgrammes(db, inputs, summary);
  indexReferencesForSearch(db, referenceIndexRows(db), delta);
}

/**
 * Deletes documents and every row derived from them (measures, figures, mentions, candidates,
 * links, similarities and search rows), returning the records deleted.
 */
function deleteDocuments(db: Db, ids: readonly string[], digests: TableDigests, delta: SearchTermDelta): DocumentRecords {
  if (ids.length === 0) return { documents: [], measures: [], figures: [], series: [] };
  for (const [table, key] of DOCUMENT_TABLES) digests.add(table, documentTableRows(db, table, key, ids), -1n);
  const list = JSON.stringify(ids);
  const deleted = documentRecords(db, ids);
  const measures = JSON.stringify(deleted.measures);
  const refs = JSON.stringify([...ids, ...deleted.measures, ...deleted.figures]);
  deleteMeasureOrders(db, list);
  // One pass over the search index (its ref column has no index), not one per document: the rows are kept for the statistics, then deleted by rowid.
  db.run(sql`CREATE TEMP TABLE deleted_search_rows (id INTEGER PRIMARY KEY)`);
  db.run(sql`INSERT INTO temp.deleted_search_rows (id) SELECT id FROM search_rows WHERE kind IN ('document', 'measure', 'figure') AND ref IN (SELECT value FROM json_each(${refs}))`);
  delta.removing(sql`id IN (SELECT id FROM temp.deleted_search_rows)`);
  db.run(sql`DELETE FROM search_rows WHERE id IN (SELECT id FROM temp.deleted_search_rows)`);
  db.run(sql`DROP TABLE temp.deleted_search_rows`);
  db.run(sql`DELETE FROM measure_similarities WHERE measure_id IN (SELECT value FROM json_each(${measures})) OR similar_id IN (SELECT value FROM json_each(${measures}))`);
  for (const table of ['measure_actors', 'measure_locations', 'measure_themes']) {
    db.run(sql`DELETE FROM ${sql.identifier(table)} WHERE measure_id IN (SELECT value FROM json_each(${measures}))`);
  }
  for (const table of ['figures', 'mentions', 'candidates', 'measures']) {
    db.run(sql`DELETE FROM ${sql.identifier(table)} WHERE document_id IN (SELECT value FROM json_each(${list}))`);
  }
  db.run(sql`DELETE FROM documents WHERE id IN (SELECT value FROM json_each(${list}))`);
  return deleted;
}

/** The documents rows already in the database, as comparable text by id (empty for a new database). */
function storedDocuments(db: Db): Map<string, string> {
  const keys = new Map<string, string>();
  // A page at a time: the rows hold the documents' texts, too much to hold at once for a large corpus.
  for (let after = ''; ;) {
    const page = db.select(keyedColumns).from(t.documents).where(gt(t.documents.id, after)).orderBy(t.documents.id).limit(STORED_PAGE).all();
    for (const row of page) keys.set(row.id, rowKey(row));
    if (page.length < STORED_PAGE) return keys;
    after = page[page.length - 1]!.id;
  }
}
const STORED_PAGE = 500;

export interface LoadMeta {
  inputHash: string;
  builtAt: string;
  /** The history of the database this build replaces, streamed (none by default: every record is new). */
  previous?: HistorySource;
  /**
   * The database is a copy of the previous build (same code and reference data, see
   * `referenceHash` in build.ts): load only the documents that are new or changed, delete those gone,
   * and carry history from the copy's own tables. Without it the database must be empty.
   */
  incremental?: boolean;
  /** The hash of the code and reference inputs, recorded so the next build knows whether it may start from this one. */
  referenceHash?: string;
  /**
   * A copy is to be written canonically (`canonical` in build.ts; a fresh file always is, see
   * {@link writesCanonically}): its full-text index is then written again from its rows once they
   * are in (see `rebuildSearchIndex`), else kept in step by its triggers.
   */
  canonical?: boolean;
  /** Told when each step of the load ends (see phase-log.ts); for measuring. */
  phase?: PhaseMark;
  /** The size a set must exceed for its counts to be stored (src/queries/stored-counts.ts; default STORED_COUNTS_MINIMUM). */
  storedCountsMinimum?: number | undefined;
  /** Told how many records the build created, modified and deleted. */
  onChanges?: (changes: Record<ChangeAction, number>) => void;
}

/**
 * Whether a build's file is written as a function of its rows alone (README, "Identical to a clean
 * build"): a fresh file always (its load dropped the full-text index's triggers, so the index is
 * written from its rows), a copy only when asked, since that rewrites the whole file.
 */
export const writesCanonically = (meta: Pick<LoadMeta, 'incremental' | 'canonical'>): boolean => !meta.incremental || meta.canonical === true;

/**
 * A load under way in the caller's transaction: the documents are added one at a time in
 * manifest order, then `finish` writes everything that depends on the whole corpus (reference
 * tables, series, similar measures, the version and history) and returns the version. The
 * reference tables come last, from the documents' summaries, so a build may load each document
 * as soon as its extraction is ready (foreign keys are checked at commit, or for an empty file once
 * at the end: see checkForeignKeysAtEnd).
 */
class Load {
  readonly #digests: TableDigests;
  /** On a copy, the ids of the documents this build loaded. */
  readonly #loaded: string[] = [];
  readonly #removed: DocumentRecords = { documents: [], measures: [], figures: [], series: [] };
  /** Whether the document at each position is unchanged in the copy (it is then not loaded). */
  readonly #unchanged: boolean[] = [];
  #position = 0;
  /** The places of every actor by document date (the gazetteer's whole actor list per date, not per document). */
  readonly #placesByDate = new Map<string | null, Map<string, string[]>>();
  /** On a copy, the search statistics' difference (a fresh file reads them from the whole index once). */
  readonly #searchDelta: SearchTermDelta | undefined;
  /** In a fresh file, what creates the indexes dropped for the documents' load (see prepareFreshFile). */
  readonly #createDeferredIndexes: (() => void) | undefined;
  /** An incremental build's loaded records (see `finishContents`), compared by its history. */
  #loadedRecords: DocumentRecords | undefined;
  /** A fresh file's record digests, once its digest pass has started. */
  #current: CurrentDigests | undefined;
  /** On a copy, the measures per municipality of the documents deleted, read before they go (the stored facts are kept by difference). */
  #removedMunicipalities: PlaceMeasureCounts[] = [];
  /** On a copy, the stored counts kept by difference: what the documents deleted and loaded change. */
  readonly #storedCountsChange: StoredCountsChange | undefined;

  constructor(private readonly db: Db, private readonly inputs: References, private readonly meta: LoadMeta) {
    // Gazetteer entries may name parents listed after them, and documents name reference rows loaded after them: check references at commit.
    db.$client.pragma('defer_foreign_keys = ON');
    this.#digests = meta.incremental ? TableDigests.stored(db) : new TableDigests();
    this.#searchDelta = meta.incremental ? new SearchTermDelta(db) : undefined;
    this.#storedCountsChange = meta.incremental ? new StoredCountsChange(db, recordsOfDocuments) : undefined;
    this.#createDeferredIndexes = meta.incremental ? undefined : prepareFreshFile(db);
  }

  /**
   * On a copy (incremental), a first pass over every document in manifest order: finds those whose
   * row changed or is gone and deletes them (a changed text is a new id that may reuse a file name).
   * Only the documents' keys are read.
   */
  compare(documents: Iterable<DocumentKey>, read?: StoredDocuments) {
    const stored = storedDocumentsOr(this.db, read);
    if (stored.size === 0) return;
    const current = new Set<string>();
    const changed = new Set<string>();
    for (const { id, key } of documents) {
      current.add(id);
      const same = stored.get(id) === key;
      if (!same) changed.add(id);
      this.#unchanged.push(same);
    }
    const deleting = [...stored.keys()].filter((id) => !current.has(id) || changed.has(id));
    this.#removedMunicipalities = measuresPerMunicipalityOf(this.db, deleting);
    this.#storedCountsChange!.removing(JSON.stringify(deleting));
    Object.assign(this.#removed, deleteDocuments(this.db, deleting, this.#digests, this.#searchDelta!));
    this.meta.phase?.('compare, delete');
  }

  /** The document at the next manifest position: loaded unless unchanged (then nothing of it is read). */
  add(d: ExtractedDocument) {
    if (this.#unchanged[this.#position++]) return;
    this.#searchDelta?.loadingStarts();
    const row = documentRow(d.source);
    const date = d.source.entry.date.value;
    let places = this.#placesByDate.get(date);
    if (!places) this.#placesByDate.set(date, (places = placesOfActors(this.inputs, date)));
    loadDocument(this.db, d, row, places);
    // Only a copy's history and digests read them (a fresh file reads every row): not 100 000 ids held for nothing.
    if (this.meta.incremental) this.#loaded.push(row.id);
  }

  /**
   * Everything that depends on the whole corpus's rows, once every document is added: the
   * deferred indexes (a fresh file), the reference tables, series, the measure order tables,
   * the search statistics, similar measures and the stored counts (unless `storedCounts` is
   * false: a fresh file's are then computed by a worker, see {@link digestRowsWith}).
   */
  finishContents(summary: CorpusSummary, storedCounts = true) {
    const { db, meta } = this;
    const phase = meta.phase ?? (() => {});
    phase('documents');
    if (this.#createDeferredIndexes) {
      this.#createDeferredIndexes();
      phase('indexes');
    }
    this.#searchDelta?.loadingStarts();
    replaceReferences(db, this.inputs, summary, this.#searchDelta);
    phase('references');
    // The index's last change (a copy's triggers wrote it as the documents and references went in): a file written
    // canonically merges it into one segment, a copy only once its new small segments have grown (search-segments.ts).
    if (writesCanonically(meta)) {
      rebuildSearchIndex(db);
      mergeSearchIndex(db);
    } else mergeSearchIndexWhenFragmented(db);
    phase('search index');
    // An incremental build's records as loaded (with the series their figures are points of): what it changed besides what it deleted.
    this.#loadedRecords = meta.incremental ? documentRecords(db, this.#loaded) : undefined;
    replaceSeries(db, this.#loadedRecords && JSON.stringify([...new Set([...this.#loadedRecords.series, ...this.#removed.series])]));
    phase('series');
    if (meta.incremental) addMeasureOrders(db, JSON.stringify(this.#loaded));
    else replaceMeasureOrders(db);
    phase('measure orders');
    if (this.#searchDelta) this.#searchDelta.apply();
    else refreshSearchTerms(db);
    phase('search terms');
    db.run(sql`DELETE FROM measure_similarities`);
    insertAll(db, t.measureSimilarities, alignMeasures(db));
    phase('similar measures');
    // Before the history's digests, which read records as the API publishes them (a theme's measure count reads these).
    if (this.#storedCountsChange) {
      this.#storedCountsChange.adding(JSON.stringify(this.#loaded));
      this.#storedCountsChange.apply(meta.storedCountsMinimum);
    } else if (storedCounts) replaceStoredCounts(db, meta.storedCountsMinimum);
    else return;
    phase('stored counts');
  }

  /** Where a fresh file's digests (see digest-pass.ts) go as each task's result comes, its contents complete. */
  readonly #applyDigest = (task: DigestTask, result: DigestResult) => {
    if (task.kind === 'rows') this.#digests.addPart(task.table, BigInt(`0x${result as string}`));
    else (this.#current ??= new CurrentDigests(this.db)).put(task.collection, result as Array<[string, string]>);
  };

  /** A fresh file's digests computed on this connection, one task after another. */
  digestHere() {
    this.#current ??= new CurrentDigests(this.db);
    for (const task of digestTasks(this.db)) this.#applyDigest(task, runDigestTask(this.db, task));
    this.meta.phase?.('digests');
  }

  /**
   * Starts a fresh file's document tables' digests (`DOCUMENT_TABLES`, whose rows are final once
   * the documents are committed) on `workers`, which read them while this connection writes what
   * follows ({@link finishContents}: indexes, reference tables, the full-text index, the measure
   * orders), a third of a cold 10k build's wall time with the other core idle. The tasks go as one
   * list per thread: this thread, blocked in SQLite meanwhile, could neither receive a task's result
   * nor hand out the next. Resolves once every digest is added.
   */
  digestDocumentTablesWith(workers: DigestWorkers): Promise<void> {
    const tasks = [...rowDigestTasks(this.db, undefined, DOCUMENT_TABLES.map(([table]) => table))];
    return Promise.all(dealt(tasks, workers.threads).map(async (list) => {
      const results = await workers.runList(list);
      list.forEach((task, i) => this.#applyDigest(task, results[i]!));
    })).then(() => {});
  }

  /**
   * A fresh file's other digests computed by `workers` (threads reading the committed file) beside
   * its stored counts, which one of them computes from the same file (see stored-counts-pass.ts)
   * and which are written here (the contents committed without them: `finishContents(summary,
   * false)`): the tables' not done by {@link digestDocumentTablesWith} (all of them when it did not
   * run), and the records' but
   * those that read the stored counts (`READS_STORED_COUNTS`), which {@link digestRecordsWith}
   * computes once the stored counts are committed.
   */
  async digestRowsWith(workers: DigestWorkers, documentTablesDone: boolean) {
    const counted = workers.storedCounts(this.meta.storedCountsMinimum);
    // Awaited below, once the digests are in; until then a failure is not an unhandled rejection.
    counted.catch(() => {});
    this.#current ??= new CurrentDigests(this.db);
    const documentTables: readonly HashedTable[] = documentTablesDone ? DOCUMENT_TABLES.map(([table]) => table) : [];
    const { db } = this;
    const tasks = (function* () {
      yield * rowDigestTasks(db, undefined, HASHED_TABLES.filter((table) => !documentTables.includes(table)));
      yield * recordDigestTasks(db, undefined, historyCollections.filter((c) => !READS_STORED_COUNTS.includes(c)));
    })();
    await runDigestTasks(tasks, workers.run, this.#applyDigest, workers.window);
    const { rows, meta } = await counted;
    insertAll(this.db, t.storedCounts, rows);
    this.db.delete(t.meta).where(eq(t.meta.key, STORED_COUNTS_KEY)).run();
    insertAll(this.db, t.meta, meta);
    this.meta.phase?.('stored counts, digests');
  }

  /** A fresh file's digests of the records that read the stored counts (`READS_STORED_COUNTS`), computed by `workers` once those are committed; what they return is written on this connection. */
  async digestRecordsWith(workers: DigestWorkers) {
    this.#current ??= new CurrentDigests(this.db);
    await runDigestTasks(recordDigestTasks(this.db, undefined, READS_STORED_COUNTS), workers.run, this.#applyDigest, workers.window);
    this.meta.phase?.('record digests');
  }

  /**
   * The version (from the table digests), the facts, `meta` and the history; for a fresh file
   * once its digests are in (`digestHere`, or `digestRowsWith` and `digestRecordsWith`), then its foreign keys checked.
   */
  finishVersion(): string {
    const { db, meta } = this;
    const phase = meta.phase ?? (() => {});
    const digests = this.#digests;
    const loaded = this.#loadedRecords;
    if (meta.incremental) {
      // The documents' tables change by the rows of the documents loaded; the rest was rewritten whole and is read whole.
      for (const [table, key] of DOCUMENT_TABLES) digests.add(table, documentTableRows(db, table, key, this.#loaded));
      for (const table of HASHED_TABLES) if (!DOCUMENT_TABLES.some(([d]) => d === table)) digests.scan(db, table);
      phase('table digests');
    } else if (this.#current === undefined) throw new Error('a fresh file\'s digests are computed before its version');
    const version = digests.version();
    // Numbers over whole collections, once here rather than on the server's start or first requests;
    // a copy keeps the measures per municipality by difference (reading every measure again was a
    // third of a rebuild's CPU at 10 000 documents), from the facts the previous build stored.
    const facts = factsRow(meta.incremental ? factsAfterChange(db, storedFacts(db), this.#removedMunicipalities, measuresPerMunicipalityOf(db, this.#loaded)) : computeFacts(db));
    phase('facts');
    // Every row written again in one order, the stored counts' own (written with them, see
    // finishContents) first: a copy's rows then sit at a fresh file's rowids (test/ingest/identity.test.ts).
    const storedCountsRows = db.select().from(t.meta).where(eq(t.meta.key, STORED_COUNTS_KEY)).all();
    db.delete(t.meta).run();
    insertAll(db, t.meta, [
      ...storedCountsRows,
      { key: 'version', value: version },
      { key: 'built_at', value: meta.builtAt },
      { key: 'input_hash', value: meta.inputHash },
      ...(meta.referenceHash ? [{ key: 'reference_hash', value: meta.referenceHash }] : []),
      ...digests.metaRows(),
      facts,
    ]);
    // Every loaded database follows changes: from the replaced database's history, or from none.
    const changes = loaded
      ? carryHistoryOf(db, { loaded, removed: this.#removed }, version, meta.builtAt)
      : carryHistory(db, meta.previous ?? historyInMemory(EMPTY_HISTORY), version, meta.builtAt, HISTORY_PAGING, this.#current);
    phase('history');
    // A fresh file's foreign keys were not checked row by row (see checkForeignKeysAtEnd): once, here.
    if (!meta.incremental) assertForeignKeys(db);
    phase('foreign keys');
    meta.onChanges?.(changes);
    return version;
  }

  /** {@link finishContents}, the digests here, then {@link finishVersion}: the whole finish in the caller's transaction. */
  finish(summary: CorpusSummary): string {
    this.finishContents(summary);
    if (!this.meta.incremental) this.digestHere();
    return this.finishVersion();
  }
}

/**
 * Writes the sizes and facets of large sets (src/queries/stored-counts.ts: a province's
 * measures, exact, for requests to read rather than count) in place of those stored, with
 * the `meta` row describing them; sets of at most `minimum` records are left to be counted
 * live. A fresh build calls it once everything else is loaded (a copy keeps them by
 * difference, see StoredCountsChange); bench/store-counts.ts on a file built before.
 */
export const replaceStoredCounts = (db: Db, minimum = STORED_COUNTS_MINIMUM): void => writeStoredCounts(db, minimum);

/** The ids of the records of an entity whose table is a document's own (DOCUMENT_TABLES, by document), of some documents: what the stored counts of a copy change by. */
export const recordsOfDocuments: RecordsOfDocuments = (e) => {
  const table = DOCUMENT_TABLES.find(([name, key]) => name === e.table && key !== 'measure_id');
  if (table === undefined) return undefined;
  const [name, key] = table;
  return (documents) => sql`SELECT id FROM ${sql.identifier(name)} WHERE ${sql.identifier(key)} IN (${documents})`;
};

/**
 * Writes everything in one transaction and returns the dataset version. A fresh database gets
 * every document; an incremental one (a copy of the previous build) keeps the documents whose
 * row is unchanged with everything derived from them, and loads, replaces or deletes the rest.
 * Everything that depends on the whole corpus (reference tables, series, similar measures,
 * the version and history) is recomputed, so both end with the same rows.
 */
export function loadDatabase(db: Db, inputs: References, documents: LoadSource | ExtractedDocument[], meta: LoadMeta): string {
  // A small corpus held in memory (fixtures, tools) is its own source.
  const source: LoadSource = Array.isArray(documents) ? { summary: summaryOfDocuments(documents), documents: () => documents } : documents;
  const restoreForeignKeys = meta.incremental ? () => {} : checkForeignKeysAtEnd(db);
  try {
    const version = db.transaction(() => {
      const load = new Load(db, inputs, meta);
      if (meta.incremental) load.compare(source.keys ?? Array.from(source.documents(), (d) => documentKey(d.source)), source.stored);
      for (const d of source.documents()) load.add(d);
      return load.finish(source.summary);
    });
    meta.phase?.('commit');
    return version;
  } finally {
    restoreForeignKeys();
  }
}

/** Worker threads that compute a fresh file's digests (see digest-pass.ts) and stored counts (stored-counts-pass.ts), and how many digest tasks to give them at a time. */
export interface DigestWorkers {
  run: DigestRunner;
  /** Runs a list of tasks on one thread (see {@link Load.digestDocumentTablesWith}). */
  runList: DigestListRunner;
  /** How many threads there are. */
  threads: number;
  window: number;
  /** The stored counts of the committed file (sets of at most `minimum` records counted live). */
  storedCounts: (minimum: number | undefined) => Promise<StoredCountsRows>;
}

/**
 * {@link loadDatabase} into an empty database from documents that arrive over time (in manifest
 * order, as a parallel build extracts them). `summary` is asked for once every document has been
 * added (the caller folds the summaries as the documents go by). The same rows as `loadDatabase`
 * given the same documents. In one transaction of its own, or, given `workers`, three: the
 * contents are committed, the workers compute the table digests and the stored counts from the
 * committed file on connections of their own (the file is a temporary one, renamed into place
 * only once complete, so nobody else reads it half-built), the stored counts are committed, the
 * workers compute the records' digests, and this connection writes the version and history from
 * them. On one thread those passes were a third of a 10k build's main-thread CPU.
 */
export async function streamDatabase(db: Db, inputs: References, documents: AsyncIterable<ExtractedDocument>, summary: () => CorpusSummary, meta: Omit<LoadMeta, 'incremental'>, workers?: DigestWorkers): Promise<string> {
  const restoreForeignKeys = checkForeignKeysAtEnd(db);
  db.run(sql`BEGIN`);
  try {
    const load = new Load(db, inputs, meta);
    for await (const d of documents) load.add(d);
    let documentTables: Promise<void> | undefined;
    if (workers) {
      db.run(sql`COMMIT`);
      // A reader beside the writer from here (the file is a temporary one, and VACUUM INTO writes
      // its canonical copy in rollback mode, the same bytes): the workers digest the committed
      // document tables while this connection writes the rest.
      // Where a file system cannot hold a WAL (no shared memory), they wait for the contents as before.
      const readersBeside = db.$client.pragma('journal_mode = WAL', { simple: true }) === 'wal';
      db.run(sql`BEGIN`);
      if (readersBeside) {
        documentTables = load.digestDocumentTablesWith(workers);
        // Awaited below, once the contents are in; until then a failure is not an unhandled rejection.
        documentTables.catch(() => {});
      }
    }
    load.finishContents(summary(), workers === undefined);
    if (workers) {
      db.run(sql`COMMIT`);
      meta.phase?.('commit contents');
      db.run(sql`BEGIN`);
      await documentTables;
      meta.phase?.('document table digests');
      await load.digestRowsWith(workers, documentTables !== undefined);
      db.run(sql`COMMIT`);
      meta.phase?.('commit stored counts');
      db.run(sql`BEGIN`);
      await load.digestRecordsWith(workers);
    } else load.digestHere();
    const version = load.finishVersion();
    db.run(sql`COMMIT`);
    meta.phase?.('commit');
    return version;
  } catch (e) {
    if (db.$client.inTransaction) db.run(sql`ROLLBACK`);
    throw e;
  } finally {
    restoreForeignKeys();
  }
}

/**
 * Has the foreign keys of a load into an empty file checked once, when every row is in, not row
 * by row (call it outside the transaction; it returns what restores the connection's setting). The
 * reference tables and the series are written after the documents (from their summaries and
 * figures), so SQLite's count of deferred violations stays above zero all through the load, and
 * then every parent row inserted (each document, each measure) searches each of its child tables
 * for rows it satisfies: lookups at random places of a dozen indexes that grow with the corpus (a
 * quarter of the documents' load at 300 documents, half of it with the page cache as small against
 * the file as it is at 10k). `PRAGMA foreign_key_check` reads each child table once instead, at the
 * end of `finish` (see {@link assertForeignKeys}): a violation still fails the build and rolls it back.
 * A copy (incremental) changes few rows and keeps the checks row by row.
 */
function checkForeignKeysAtEnd(db: Db): () => void {
  const enforced = db.$client.pragma('foreign_keys', { simple: true }) === 1;
  db.$client.pragma('foreign_keys = OFF');
  return () => db.$client.pragma(`foreign_keys = ${enforced ? 'ON' : 'OFF'}`);
}

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

/**
 * A violating row as a curator can find it: by its rowid, or, in a table stored without rowid
 * (migration 0014; `foreign_key_check` gives no rowid there), by the column that refers and a
 * value of it that is missing from the parent.
 */
function violatingRow(db: Db, v: ForeignKeyViolation): string {
  if (v.rowid !== null) return `row ${v.rowid}`;
  const [key] = db.values<[string, string]>(sql`SELECT "from", coalesce("to", 'rowid') FROM pragma_foreign_key_list(${v.table}) WHERE id = ${v.fkid} AND seq = 0`);
  if (key === undefined) return 'row';
  const [from, to] = key.map((name) => sql.identifier(name));
  const [missing] = db.values<[unknown]>(sql`SELECT ${from} FROM ${sql.identifier(v.table)} WHERE ${from} NOT IN (SELECT ${to} FROM ${sql.identifier(v.parent)}) LIMIT 1`);
  return `row with ${key[0]} ${JSON.stringify(missing?.[0] ?? null)}`;
}

/** Throws, naming the first few, when rows refer to rows that are not there (what SQLite checks at commit when foreign keys are on). */
function assertForeignKeys(db: Db) {
  const violations = db.$client.pragma('foreign_key_check') as ForeignKeyViolation[];
  if (violations.length === 0) return;
  const first = violations.slice(0, 5).map((v) => `${v.table} ${violatingRow(db, v)} refers to a missing ${v.parent} row`);
  throw new Error(`FOREIGN KEY constraint failed: ${violations.length} row(s) refer to rows that are not there (${first.join('; ')})`);
}

/** The history records of documents as they stand in the database: theirs, and the series their figures are points of. */
function documentRecords(db: Db, ids: readonly string[]): DocumentRecords {
  const list = JSON.stringify(ids);
  return {
    documents: [...ids],
    measures: db.all<{ id: string }>(sql`SELECT id FROM measures WHERE document_id IN (SELECT value FROM json_each(${list}))`).map((r) => r.id),
    figures: db.all<{ id: string }>(sql`SELECT id FROM figures WHERE document_id IN (SELECT value FROM json_each(${list}))`).map((r) => r.id),
    series: db.all<{ id: string }>(sql`SELECT DISTINCT series_id AS id FROM figures WHERE document_id IN (SELECT value FROM json_each(${list})) AND series_id IS NOT NULL ORDER BY 1`).map((r) => r.id),
  };
}
