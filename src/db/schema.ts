/**
 * The one data model. REST schemas (drizzle-zod), GraphQL types and the loader all
 * derive from these tables. Ids are text and stable across rebuilds: slugs for
 * gazetteer entities, checksum + position for everything extracted from a document.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { actorKinds, actorRoles, blockKinds, candidateKinds, changeActions, datePrecisions, figureDirections, figureKinds, figureStatuses, locationKinds, locationLinks, statementKinds, unitKinds, type MetadataOrigin } from '../vocabulary.js';

/** Build metadata: dataset version, build time, input hash. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** A name an actor went by over a period. */
export interface FormerName {
  name: string;
  start: string | null;
  end: string | null;
}

/** Organisations, units, police zones, parties, governments and persons, from the gazetteer; ids are slugs. */
export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: actorKinds }).notNull(),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
    parentId: text('parent_id').references((): any => actors.id),
    locationId: text('location_id').references(() => locations.id),
    partyId: text('party_id').references((): any => actors.id),
    /** For persons: the role as stated in the corpus (or the gazetteer when no text states one). */
    role: text('role'),
    /** A police zone's official four-digit number. */
    officialNumber: text('official_number').unique(),
    /** Names the actor went by before, with their periods (ISO dates of reduced precision). */
    formerNames: text('former_names', { mode: 'json' }).$type<FormerName[]>().notNull().default([]),
  },
  (t) => [
    index('actors_kind').on(t.kind),
    index('actors_parent').on(t.parentId),
    index('actors_location').on(t.locationId),
    index('actors_party').on(t.partyId),
  ],
);

/** Places from continents to streets, from the gazetteer; ids are slugs, municipalities carry NIS codes and points. */
export const locations = sqliteTable(
  'locations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: locationKinds }).notNull(),
    parentId: text('parent_id').references((): any => locations.id),
    nisCode: text('nis_code').unique(),
    lat: real('lat'),
    lon: real('lon'),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [index('locations_kind').on(t.kind), index('locations_parent').on(t.parentId)],
);

/** Transitive closure of the location tree (self included, depth 0), so "a city and everything in it" is one indexed join. Stored as its primary key (`WITHOUT ROWID`, migration 0014, which drizzle cannot declare): one b-tree, no rowid. */
export const locationAncestors = sqliteTable(
  'location_ancestors',
  {
    locationId: text('location_id').notNull().references(() => locations.id),
    ancestorId: text('ancestor_id').notNull().references(() => locations.id),
    depth: integer('depth').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ancestorId, t.locationId] }), index('location_ancestors_location').on(t.locationId)],
);

/**
 * The places an actor serves over a period: a police zone's municipalities. Dates are ISO
 * of reduced precision; `end` null while current. "Which zone serves this place" and
 * "which places does this zone serve" are each one indexed lookup.
 */
export const actorAreas = sqliteTable(
  'actor_areas',
  {
    actorId: text('actor_id').notNull().references(() => actors.id),
    locationId: text('location_id').notNull().references(() => locations.id),
    start: text('start'),
    end: text('end'),
  },
  (t) => [index('actor_areas_actor').on(t.actorId, t.locationId), index('actor_areas_location').on(t.locationId, t.actorId)],
);

/** A person's dated role in an organisation (Popolo Membership); `end` null while current. */
export const memberships = sqliteTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    personId: text('person_id').notNull().references(() => actors.id),
    organizationId: text('organization_id').notNull().references(() => actors.id),
    role: text('role').notNull(),
    start: text('start'),
    end: text('end'),
    /** Where the fact can be checked. */
    source: text('source'),
  },
  (t) => [index('memberships_person').on(t.personId, t.start), index('memberships_organization').on(t.organizationId, t.start)],
);

/** The theme taxonomy with Dutch and English labels and the cue words that assign it. */
export const themes = sqliteTable('themes', {
  id: text('id').primaryKey(),
  labelNl: text('label_nl').notNull(),
  labelEn: text('label_en').notNull(),
  cues: text('cues', { mode: 'json' }).$type<string[]>().notNull(),
});

/** A party programme, coalition agreement or government plan; its documents carry the text. */
export const programmes = sqliteTable(
  'programmes',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    issuerId: text('issuer_id').references(() => actors.id),
    scopeLocationId: text('scope_location_id').references(() => locations.id),
    date: text('date'),
  },
  (t) => [
    index('programmes_kind').on(t.kind),
    index('programmes_issuer').on(t.issuerId),
    index('programmes_scope').on(t.scopeLocationId),
    index('programmes_date').on(t.date),
  ],
);

/** Evidence for a metadata value: the quote in the document that states it. */
export interface Evidence {
  field: string;
  quote: string;
  start: number;
  end: number;
}

/** Where one metadata value of a document comes from: its text, the original file's metadata (`source` names where), or the curator. */
export interface MetadataOriginEntry {
  field: string;
  origin: MetadataOrigin;
  source: string | null;
}

/** A source text, byte-identical to its seed file, with metadata backed by evidence quotes. */
export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    file: text('file').notNull().unique(),
    sha256: text('sha256').notNull().unique(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    language: text('language').notNull(),
    /** ISO 8601 of reduced precision ("2018-03"); null when the text states no date. */
    date: text('date'),
    datePrecision: text('date_precision', { enum: datePrecisions }),
    issuerId: text('issuer_id').references(() => actors.id),
    scopeLocationId: text('scope_location_id').references(() => locations.id),
    programmeId: text('programme_id').references(() => programmes.id),
    url: text('url'),
    author: text('author'),
    /** Quotes backing title, date, issuer and scope where the text states them. */
    evidence: text('evidence', { mode: 'json' }).$type<Evidence[]>().notNull(),
    /** The origin of every stated metadata value (title, date, issuer, scope, url, author). */
    origins: text('origins', { mode: 'json' }).$type<MetadataOriginEntry[]>().notNull(),
    /** The file the text was converted from (PDF, HTML, DOCX…): name, checksum and media type; null for texts given as text. */
    originalFile: text('original_file'),
    originalSha256: text('original_sha256'),
    originalMediaType: text('original_media_type'),
    /** Number of pages of the original, for paged formats. */
    pageCount: integer('page_count'),
    length: integer('length').notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    index('documents_kind').on(t.kind),
    index('documents_date').on(t.date),
    index('documents_issuer').on(t.issuerId),
    index('documents_scope').on(t.scopeLocationId),
    index('documents_programme').on(t.programmeId),
  ],
);

/** One sentence-level policy statement of a document, with its section heading and code-point offsets. */
export const measures = sqliteTable(
  'measures',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id').notNull().references(() => documents.id),
    programmeId: text('programme_id').references(() => programmes.id),
    ordinal: integer('ordinal').notNull(),
    section: text('section'),
    block: integer('block').notNull(),
    blockKind: text('block_kind', { enum: blockKinds }).notNull(),
    statementKind: text('statement_kind', { enum: statementKinds }),
    text: text('text').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** Page of the original (PDF) the span starts on; null for sources without pages. */
    page: integer('page'),
  },
  (t) => [
    uniqueIndex('measures_document_ordinal').on(t.documentId, t.ordinal),
    uniqueIndex('measures_programme').on(t.programmeId, t.documentId, t.ordinal),
    index('measures_statement_kind').on(t.statementKind),
  ],
);

/**
 * Figures about the same actor (or, without one, the same place) in the same canonical unit,
 * across documents and dates: a staffing target and the staffing observed later are one series.
 * Ids are made of gazetteer slugs and the unit kind, so they are stable across rebuilds.
 */
export const series = sqliteTable(
  'series',
  {
    id: text('id').primaryKey(),
    actorId: text('actor_id').references(() => actors.id),
    locationId: text('location_id').references(() => locations.id),
    unitKind: text('unit_kind', { enum: unitKinds }).notNull(),
    /** Number of figures in the series. */
    points: integer('points').notNull(),
    /** Earliest and latest reference date of its figures; null when none states one. */
    firstDate: text('first_date'),
    lastDate: text('last_date'),
  },
  (t) => [
    check('series_one_subject', sql`(${t.actorId} IS NULL) <> (${t.locationId} IS NULL)`),
    index('series_actor').on(t.actorId),
    index('series_location').on(t.locationId),
    index('series_unit_kind').on(t.unitKind),
  ],
);

/**
 * A number a journalist would quote, normalised, with its exact quote. It belongs to its
 * document; `measure_id` is the measure it stands in, null when it stands outside every
 * measure (a headline or section title stating a key figure).
 */
export const figures = sqliteTable(
  'figures',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').references(() => measures.id),
    documentId: text('document_id').notNull().references(() => documents.id),
    kind: text('kind', { enum: figureKinds }).notNull(),
    value: real('value').notNull(),
    valueMax: real('value_max'),
    previousValue: real('previous_value'),
    unit: text('unit'),
    /** The noun phrase the figure counts or measures, or whose staff/amount it is, as written. */
    subject: text('subject'),
    /** Code-point offsets of the subject in the document (it may stand in the previous sentence). */
    subjectStart: integer('subject_start'),
    subjectEnd: integer('subject_end'),
    subjectActorId: text('subject_actor_id').references(() => actors.id),
    subjectLocationId: text('subject_location_id').references(() => locations.id),
    status: text('status', { enum: figureStatuses }).notNull(),
    direction: text('direction', { enum: figureDirections }),
    /** value − previous_value, for changes. */
    change: real('change'),
    /** Canonical unit beside `unit` as written: staff, money_eur, mass_kg… */
    unitKind: text('unit_kind', { enum: unitKinds }),
    /** The value in the canonical unit (40 ton → 40000 kg). */
    normalizedValue: real('normalized_value'),
    seriesId: text('series_id').references(() => series.id),
    qualifier: text('qualifier'),
    referenceDate: text('reference_date'),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** Page of the original (PDF) the span starts on; null for sources without pages. */
    page: integer('page'),
  },
  (t) => [
    index('figures_measure').on(t.measureId),
    index('figures_status').on(t.status),
    index('figures_unit_kind_value').on(t.unitKind, t.normalizedValue),
    index('figures_subject_actor').on(t.subjectActorId, t.referenceDate),
    index('figures_subject_location').on(t.subjectLocationId),
    index('figures_series').on(t.seriesId, t.referenceDate),
    index('figures_direction').on(t.direction),
    index('figures_document').on(t.documentId, t.start),
    index('figures_unit_value').on(t.unit, t.value),
    // Figures of a unit in list order (document, start, id): `figures?unit=` reads one range, never sorts the unit's figures.
    index('figures_unit_order').on(t.unit, t.documentId, t.start, t.id),
    index('figures_value').on(t.value),
    index('figures_kind').on(t.kind),
    index('figures_reference_date').on(t.referenceDate),
  ],
);

/** Which actors a measure names, and whether one is its grammatical subject. Stored as its primary key (`WITHOUT ROWID`, migration 0014, which drizzle cannot declare): one b-tree, no rowid. */
export const measureActors = sqliteTable(
  'measure_actors',
  {
    measureId: text('measure_id').notNull().references(() => measures.id),
    actorId: text('actor_id').notNull().references(() => actors.id),
    /** `responsible` when the actor is the grammatical subject, else `mentioned`. */
    role: text('role', { enum: actorRoles }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.actorId] }), index('measure_actors_actor').on(t.actorId, t.measureId)],
);

/**
 * Each measure under every place it is tied to or lies inside (measure_locations through
 * location_ancestors, once per place), with its text-order keys: derived at load, never
 * stated. The primary key is the order of a place's measures (document, ordinal, id), so a
 * page of "a city with its districts" or of a province, and every cursor page after it,
 * is one range of one index instead of a sort of every match. No foreign keys: the table is
 * rewritten whole after the rows it derives from, and a key on `measure_id` would make every
 * deleted measure scan it (it has no index by measure).
 */
export const measurePlaces = sqliteTable(
  'measure_places',
  {
    ancestorId: text('ancestor_id').notNull(),
    documentId: text('document_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    measureId: text('measure_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ancestorId, t.documentId, t.ordinal, t.measureId] })],
);

/**
 * Each measure under each of its themes, with its text-order keys, derived at load as
 * `measure_places` is: the measures of a theme, page 1 and every cursor page, are one range
 * of the primary key, where `measure_themes` by theme holds them by id and a list of a
 * common theme sorted all of them (hundreds of thousands at 100k documents). No foreign keys,
 * as for `measure_places`.
 */
export const measureThemeOrder = sqliteTable(
  'measure_theme_order',
  {
    themeId: text('theme_id').notNull(),
    documentId: text('document_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    measureId: text('measure_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.themeId, t.documentId, t.ordinal, t.measureId] })],
);

/**
 * Each measure under each actor it names, with its text-order keys, derived at load as
 * `measure_theme_order` is: the measures of an actor, page 1 and every cursor page, are one
 * range of the primary key, where `measure_actors` by actor is a set built whole before the
 * first row (the federal police at 100 000 documents names more measures than a set may hold).
 * No foreign keys, as for `measure_places`.
 */
export const measureActorOrder = sqliteTable(
  'measure_actor_order',
  {
    actorId: text('actor_id').notNull(),
    documentId: text('document_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    measureId: text('measure_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.documentId, t.ordinal, t.measureId] })],
);

/**
 * Every measure under its document's date as the `date` sort orders it (no date: `''`,
 * first), derived at load: listing all measures by date is one range of the primary key,
 * where the sort key read through the document must be computed and sorted for every
 * measure. No foreign keys, as for `measure_places`.
 */
export const measureDateOrder = sqliteTable(
  'measure_date_order',
  {
    dateKey: text('date_key').notNull(),
    measureId: text('measure_id').notNull(),
  },
  // Newest first (`-date`) ties on the id ascending: an order of its own, which the primary key read backwards is not.
  (t) => [primaryKey({ columns: [t.dateKey, t.measureId] }), index('measure_date_order_newest').on(sql`${t.dateKey} DESC`, t.measureId)],
);

/**
 * Sizes and facet counts of large filtered sets, derived at load (src/queries/stored-counts.ts):
 * for a collection as a whole (`filter` and `key` empty) and for each record a filter names
 * whose set holds more than a minimum of records (a province's, a theme's, an actor's
 * measures), the set's size (`facet` and `value` empty) and each facet's values as a list
 * of it shows them (at most FACET_LIMIT, most frequent first; `name` the display name).
 * Counting such a set at request time reads all of it (732 103 measures of a province at
 * 100k documents); these rows answer `count=true` and `facet=` for exactly one such record
 * with one range of the primary key. What the rows hold is described in `meta` (key
 * `stored_counts`); a file without that row has none. No foreign keys, as for `measure_places`.
 */
export const storedCounts = sqliteTable(
  'stored_counts',
  {
    collection: text('collection').notNull(),
    filter: text('filter').notNull(),
    key: text('key').notNull(),
    facet: text('facet').notNull(),
    value: text('value').notNull(),
    name: text('name').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.collection, t.filter, t.key, t.facet, t.value] })],
);

/**
 * The statistics bm25 needs from the full-text index (`search_index`), derived at load from
 * its vocabulary (`search_vocab`, an fts5vocab table): per stem, the index rows containing it
 * (`rows`, bm25's document frequency) and its occurrences (`tokens`); the empty term, which no
 * stem is, holds the whole index: its row count and its token count. FTS5's own bm25 walks each
 * query word's whole doclist to count its rows (at 100k documents, 2 million rows for a common
 * word) before scoring a single match; search reads them here (src/queries/search.ts).
 */
export const searchTerms = sqliteTable('search_terms', {
  term: text('term').primaryKey(),
  rows: integer('rows').notNull(),
  tokens: integer('tokens').notNull(),
});

/**
 * The rows of the full-text index: what each stands for (`kind`, `ref`: its id), its stems
 * (`body`, as `stemmedText` writes them: one per word, separated by single spaces) and their
 * number (`tokens`, bm25's document length; `tokens` before `body`, so reading it never walks a
 * long body's overflow pages). `search_index` is an FTS5 table over this one (`content =
 * 'search_rows'`, kept in step by triggers, migration 0013): a search reads each candidate's
 * kind, id, stems and length with one lookup by rowid, where FTS5's own content and docsize
 * tables took two (src/queries/search.ts). Rowids below 0 are the reference data's. The index
 * keeps no length of its own (`columnsize = 0`, migration 0014): `tokens` is the one.
 */
export const searchRows = sqliteTable('search_rows', {
  id: integer('id').primaryKey(),
  kind: text('kind').notNull(),
  ref: text('ref').notNull(),
  tokens: integer('tokens').notNull(),
  body: text('body').notNull(),
});

/** Which places a measure is about, and how that is known. Stored as its primary key (`WITHOUT ROWID`, migration 0014, which drizzle cannot declare): one b-tree, no rowid. */
export const measureLocations = sqliteTable(
  'measure_locations',
  {
    measureId: text('measure_id').notNull().references(() => measures.id),
    locationId: text('location_id').notNull().references(() => locations.id),
    /** How the measure is tied to the place: it names it, names an actor seated there, or stands in a document about it. */
    via: text('via', { enum: locationLinks }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.locationId] }), index('measure_locations_location').on(t.locationId, t.measureId)],
);

/** Themes assigned to a measure, with the cue words that matched. Stored as its primary key (`WITHOUT ROWID`, migration 0014, which drizzle cannot declare): one b-tree, no rowid. */
export const measureThemes = sqliteTable(
  'measure_themes',
  {
    measureId: text('measure_id').notNull().references(() => measures.id),
    themeId: text('theme_id').notNull().references(() => themes.id),
    cues: text('cues', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.themeId] }), index('measure_themes_theme').on(t.themeId, t.measureId)],
);

/** The places a programme covers: its scope and the municipalities its documents name. Stored as its primary key (`WITHOUT ROWID`, migration 0014, which drizzle cannot declare): one b-tree, no rowid. */
export const programmeLocations = sqliteTable(
  'programme_locations',
  {
    programmeId: text('programme_id').notNull().references(() => programmes.id),
    locationId: text('location_id').notNull().references(() => locations.id),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.locationId] }), index('programme_locations_location').on(t.locationId)],
);

/** Every place an actor or location is named in a document, with code-point offsets. */
export const mentions = sqliteTable(
  'mentions',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id').notNull().references(() => documents.id),
    measureId: text('measure_id').references(() => measures.id),
    actorId: text('actor_id').references(() => actors.id),
    locationId: text('location_id').references(() => locations.id),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** Page of the original (PDF) the span starts on; null for sources without pages. */
    page: integer('page'),
  },
  (t) => [
    check('mentions_one_entity', sql`(${t.actorId} IS NULL) <> (${t.locationId} IS NULL)`),
    index('mentions_document').on(t.documentId, t.start),
    index('mentions_measure').on(t.measureId),
    index('mentions_actor').on(t.actorId),
    index('mentions_location').on(t.locationId),
  ],
);

/**
 * The builds that changed the data, in order: the history a harvester follows. A build whose
 * records are all unchanged adds no row. Carried from the previous database at the target path.
 */
export const builds = sqliteTable(
  'builds',
  {
    seq: integer('seq').primaryKey(),
    /** Dataset version (content hash) the build produced. */
    version: text('version').notNull(),
    /** ISO 8601 build time. */
    builtAt: text('built_at').notNull(),
  },
  (t) => [index('builds_version').on(t.version), index('builds_built_at').on(t.builtAt)],
);

/** Per record of every collection: its content digest and the builds that first saw and last changed it. */
export const recordStates = sqliteTable(
  'record_states',
  {
    collection: text('collection').notNull(),
    id: text('id').notNull(),
    /** Digest of the record's published representation (history fields excluded). */
    digest: text('digest').notNull(),
    firstBuild: integer('first_build').notNull().references(() => builds.seq),
    lastBuild: integer('last_build').notNull().references(() => builds.seq),
  },
  (t) => [primaryKey({ columns: [t.collection, t.id] }), index('record_states_last_build').on(t.collection, t.lastBuild)],
);

/** The change log: one row per record created, modified or deleted by a build, in order (`seq`). */
export const changes = sqliteTable(
  'changes',
  {
    seq: integer('seq').primaryKey(),
    build: integer('build').notNull().references(() => builds.seq),
    collection: text('collection').notNull(),
    recordId: text('record_id').notNull(),
    action: text('action', { enum: changeActions }).notNull(),
  },
  (t) => [index('changes_build').on(t.build, t.seq)],
);

/** For each measure, the most similar measures of other documents about related places (src/ingest/similarity.ts). Stored as its primary key (`WITHOUT ROWID`, migration 0014, which drizzle cannot declare): one b-tree, no rowid. */
export const measureSimilarities = sqliteTable(
  'measure_similarities',
  {
    measureId: text('measure_id').notNull().references(() => measures.id),
    similarId: text('similar_id').notNull().references(() => measures.id),
    /** 1 for the most similar. */
    rank: integer('rank').notNull(),
    /** Cosine of the tf-idf vectors of stemmed terms, 0–1. */
    score: real('score').notNull(),
    /** The shared terms that weigh most, as the measure writes them. */
    terms: text('terms', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.rank] }), index('measure_similarities_similar').on(t.similarId)],
);

/**
 * Names a document uses that the gazetteer does not know (a person with a role, an
 * organisation with a cue noun, a police zone, a road), with their provenance: proposed to
 * curators, never linked as entities.
 */
export const candidates = sqliteTable(
  'candidates',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id').notNull().references(() => documents.id),
    measureId: text('measure_id').references(() => measures.id),
    kind: text('kind', { enum: candidateKinds }).notNull(),
    /** The role, cue noun or road letter that made it a candidate, as folded text; null for a bare capitalised name. */
    cue: text('cue'),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (t) => [index('candidates_document').on(t.documentId, t.start), index('candidates_kind').on(t.kind), index('candidates_measure').on(t.measureId)],
);
