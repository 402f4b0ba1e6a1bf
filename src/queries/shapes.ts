/**
 * The record shapes of the API, derived from the drizzle tables with drizzle-zod and
 * extended with what a published record needs: its own `url`, `{id, name, url}`
 * summaries of related records and provenance. REST documents and validates responses
 * with them; GraphQL types follow them. The query layer fills the `url`s with references
 * (src/queries/refs.ts), which the edge turns into absolute URLs (src/urls.ts).
 */
import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import * as t from '../db/schema.js';
import { metadataOrigins } from '../vocabulary.js';
import { historyFields } from './history.js';

const strings = z.array(z.string());
const url = z.string().describe('Absolute URL of this record in the API.');
const link = (what: string) => z.string().describe(`Absolute URL of ${what}.`);

/** `{id, name, url}` of a related record. */
export const summarySchema = z
  .object({ id: z.string(), name: z.string(), url: z.string().describe('Absolute URL of the related record.') })
  .meta({ id: 'Summary', description: 'Identifier, display name and URL of a related record.' });

/**
 * Where a value stands in its source text: document, code-point span and the exact text.
 * The document is named by id: the record's own `document` summary already carries its
 * name and URL, and list pages should not repeat them for every record.
 */
export const provenanceSchema = z
  .object({
    document: z.string().describe("Id of the source document (summarised in the record's `document`)."),
    start: z.number().int().describe('Start offset in the document text, in Unicode code points.'),
    end: z.number().int().describe('End offset (exclusive), in Unicode code points.'),
    quote: z.string().describe('The exact text of the span.'),
    page: z.number().int().nullable().describe('Page of the original document (a PDF) the span starts on; null for sources without pages.'),
  })
  .meta({ id: 'Provenance', description: 'The span of the source text this record was extracted from (W3C TextPositionSelector).' });

const evidenceSchema = z.object({ field: z.string(), quote: z.string(), start: z.number().int(), end: z.number().int() });

const originSchema = z
  .object({
    field: z.string().describe('The metadata field (title, date, issuer, scope, url, author).'),
    origin: z.enum(metadataOrigins).describe('`text`: stated in the document (see `evidence`); `file`: stated in the original file\'s metadata; `curated`: given by the curator.'),
    source: z.string().nullable().describe('Where the original file states it ("pdf Info /Title", "html meta citation_publication_date"), for origin `file`.'),
  })
  .meta({ id: 'MetadataOrigin', description: 'Where one metadata value of a document comes from.' });

const documentRow = createSelectSchema(t.documents, { evidence: z.array(evidenceSchema), origins: z.array(originSchema) });
export const documentSchema = documentRow
  .pick({
    id: true, title: true, kind: true, language: true, date: true, datePrecision: true, author: true, file: true, sha256: true, length: true, evidence: true,
    origins: true, originalFile: true, originalSha256: true, originalMediaType: true, pageCount: true,
  })
  .extend({
    url,
    sourceUrl: documentRow.shape.url.describe('Where the source text was published, when known.'),
    issuer: summarySchema.nullable(),
    scopeLocation: summarySchema.nullable(),
    programme: summarySchema.nullable(),
    textUrl: link('the source text (text/plain)'),
    measuresUrl: link("the document's measures"),
  })
  .extend(historyFields)
  .meta({ id: 'Document', description: 'A source text: programme, agreement, plan or article.' });

const programmeRow = createSelectSchema(t.programmes);
export const programmeSchema = programmeRow
  .pick({ id: true, title: true, kind: true, date: true })
  .extend({
    url,
    issuer: summarySchema.nullable(),
    scopeLocation: summarySchema.nullable(),
    locations: z.array(summarySchema).describe('Municipalities the programme is about.'),
    documents: z.array(summarySchema),
    measuresUrl: link("the programme's measures"),
  })
  .extend(historyFields)
  .meta({ id: 'Programme', description: 'A policy programme: election programme, coalition agreement or government plan.' });

const themeLink = summarySchema.extend({ cues: strings.describe('Words of the text that assigned the theme.') }).meta({ id: 'ThemeLink' });
const actorLink = summarySchema.extend({ role: createSelectSchema(t.measureActors).shape.role }).meta({ id: 'ActorLink' });
const locationLink = summarySchema.extend({ via: createSelectSchema(t.measureLocations).shape.via }).meta({ id: 'LocationLink' });

export const measureSchema = createSelectSchema(t.measures)
  .pick({ id: true, text: true, section: true, ordinal: true, block: true, blockKind: true, statementKind: true })
  .extend({
    url,
    document: summarySchema,
    programme: summarySchema.nullable(),
    themes: z.array(themeLink),
    actors: z.array(actorLink),
    locations: z.array(locationLink).describe('Places the measure names, where its actors sit, or its document is about (`via`).'),
    provenance: provenanceSchema,
    figuresUrl: link("the measure's figures"),
  })
  .extend(historyFields)
  .meta({ id: 'Measure', description: 'One policy statement (bullet or paragraph) of a document.' });

const figureRow = createSelectSchema(t.figures);
export const figureSchema = figureRow
  .pick({
    id: true, kind: true, value: true, valueMax: true, previousValue: true, unit: true, unitKind: true, normalizedValue: true, subject: true,
    subjectStart: true, subjectEnd: true, status: true, direction: true, change: true, qualifier: true, referenceDate: true, quote: true,
  })
  .extend({
    url,
    subject: figureRow.shape.subject.describe('The noun phrase the figure counts or measures, or whose staff or amount it is, as written ("Verkeerspolitie Oost" for "de Verkeerspolitie Oost groeit van 100 naar 120 agenten").'),
    subjectStart: figureRow.shape.subjectStart.describe('Start of the subject in the document text, in code points (it may stand in the previous sentence, for "dit aantal").'),
    subjectEnd: figureRow.shape.subjectEnd.describe('End of the subject (exclusive), in code points.'),
    subjectActor: summarySchema.nullable().describe('The gazetteer actor the subject is or belongs to.'),
    subjectLocation: summarySchema.nullable().describe('The gazetteer place the subject is or belongs to.'),
    status: figureRow.shape.status.describe('target (a plan or need), actual (observed), forecast, or unknown.'),
    direction: figureRow.shape.direction.describe('For changes: increase or decrease.'),
    change: figureRow.shape.change.describe('For changes: value − previousValue.'),
    unitKind: figureRow.shape.unitKind.describe('The canonical unit beside `unit` as written: staff (medewerkers, personeelsleden, agenten…), count (other counted things and people), percentage, fraction, money_eur, mass_kg…'),
    normalizedValue: figureRow.shape.normalizedValue.describe('The value in the canonical unit: money in EUR ("2,5 miljoen euro" → 2500000), mass in kg ("40 ton" → 40000), fractions as a decimal ("een derde" → 0.333…).'),
    series: summarySchema.nullable().describe('The series of figures about the same actor or place in the same unit kind.'),
    measure: summarySchema.nullable().describe('The measure the figure stands in; null for a figure outside every measure (a headline or section title).'),
    document: summarySchema,
    provenance: provenanceSchema,
  })
  .extend(historyFields)
  .meta({ id: 'Figure', description: 'A quantity stated in a document, in a measure or its headline: count, percentage, amount or range, with what it is of and whether it is a target or observed.' });

/** One point of a series: a figure with its date, status and provenance. */
export const seriesPointSchema = z
  .object({
    figure: summarySchema,
    value: z.number(),
    valueMax: z.number().nullable(),
    normalizedValue: z.number().nullable(),
    unit: z.string().nullable(),
    status: figureRow.shape.status,
    referenceDate: z.string().nullable(),
    documentDate: z.string().nullable().describe('Date of the source document, when it states one.'),
    subject: z.string().nullable(),
    provenance: provenanceSchema,
  })
  .meta({ id: 'SeriesPoint', description: 'One figure of a series, as stated: conflicting values for one date are separate points, never averaged.' });

export const seriesSchema = createSelectSchema(t.series)
  .pick({ id: true, unitKind: true, points: true, firstDate: true, lastDate: true })
  .extend({
    url,
    name: z.string().describe('The subject and the unit kind, e.g. "Verkeerspolitie Oost: staff".'),
    actor: summarySchema.nullable(),
    location: summarySchema.nullable().describe('The place, for a series about a place without an actor.'),
    data: z.array(seriesPointSchema).describe('The points, ordered by reference date (undated points first, then by document and position).'),
    figuresUrl: link('the figures of the series'),
    embedUrl: link('the series card, to embed'),
  })
  .extend(historyFields)
  .meta({ id: 'Series', description: 'Figures about the same actor (or place) in the same canonical unit, across documents and dates.' });

/** Start and end of a period: ISO 8601 dates of the precision known (`2019`, `2019-01`, `2019-01-01`). */
const period = {
  start: z.string().nullable().describe('First day, as an ISO 8601 date of year, month or day precision; null when unknown or from the start.'),
  end: z.string().nullable().describe('Last day, as an ISO 8601 date of year, month or day precision; null while current.'),
};

const formerNameSchema = z.object({ name: z.string(), ...period }).meta({ id: 'FormerName', description: 'A name the actor went by over a period.' });

const areaSchema = summarySchema.extend(period).meta({ id: 'Area', description: "A place an actor serves over a period: a police zone's municipality." });

/** A Popolo Membership: a person's dated role in an organisation. */
export const membershipSchema = z
  .object({
    id: z.string(),
    person: summarySchema,
    organization: summarySchema,
    role: z.string(),
    ...period,
    source: z.string().nullable().describe('Where the fact can be checked.'),
  })
  .meta({ id: 'Membership', description: "A person's role in an organisation over a period (Popolo Membership): mayor of a city, minister in a government, chief of a police zone." });

export const actorSchema = createSelectSchema(t.actors, { aliases: strings })
  .pick({ id: true, name: true, kind: true, aliases: true, role: true, officialNumber: true })
  .extend({
    url,
    parent: summarySchema.nullable(),
    location: summarySchema.nullable(),
    party: summarySchema.nullable(),
    formerNames: z.array(formerNameSchema).describe('Names the actor went by before (a police zone before a merger), with their periods.'),
    areas: z.array(areaSchema).describe("Places the actor serves, with periods: a police zone's municipalities."),
    memberships: z.array(membershipSchema).describe("Dated roles: a person's in organisations, or those held in this organisation."),
    measuresUrl: link('measures naming the actor'),
    mentionsUrl: link('every place a document names the actor, quoted'),
  })
  .extend(historyFields)
  .meta({ id: 'Actor', description: 'An organisation, police unit, police zone, party, government or person.' });

export const locationSchema = createSelectSchema(t.locations, { aliases: strings })
  .pick({ id: true, name: true, kind: true, nisCode: true, lat: true, lon: true, aliases: true })
  .extend({
    url,
    parent: summarySchema.nullable(),
    policeZone: summarySchema.nullable().describe('The police zone serving the place (or the municipality it lies in) today.'),
    measuresUrl: link('measures tied to the place or any place inside it'),
    mentionsUrl: link('every place a document names the place or a place inside it, quoted'),
  })
  .extend(historyFields)
  .meta({ id: 'Location', description: 'A place, from continent to street, in a tree.' });

export const themeSchema = createSelectSchema(t.themes, { cues: strings })
  .extend({ url, name: z.string(), measureCount: z.number().int(), measuresUrl: link('measures with the theme') })
  .extend(historyFields)
  .meta({ id: 'Theme', description: 'A policy theme, assigned to measures by cue words.' });

export const mentionSchema = createSelectSchema(t.mentions)
  .pick({ id: true, quote: true, start: true, end: true })
  .extend({
    url: z.string().describe('Absolute URL of the quoted span: the document text with an RFC 5147 fragment, `…/text#char=start,end`.'),
    document: summarySchema,
    measure: summarySchema.nullable(),
    actor: summarySchema.nullable(),
    location: summarySchema.nullable(),
    provenance: provenanceSchema,
  })
  .meta({ id: 'Mention', description: 'One place where an actor or location is named in a document.' });

/** Places side by side (src/queries/compare.ts): per theme, the measures of each place. */
const cellSchema = z
  .object({
    location: z.string().describe('Location id (one of `locations`).'),
    measures: z.number().int(),
    commitments: z.number().int(),
    observations: z.number().int(),
    questions: z.number().int(),
    figures: z.number().int().describe('Figures stated in those measures.'),
    programmes: z.array(summarySchema).describe('Programmes the measures come from.'),
    measuresUrl: z.string().describe('The measures behind the cell.'),
  })
  .meta({ id: 'CompareCell', description: 'The measures of one place on one theme.' });

export const comparisonSchema = z
  .object({
    locations: z.array(summarySchema),
    themes: z.array(z.object({ theme: summarySchema, total: z.number().int(), places: z.array(cellSchema) }).meta({ id: 'CompareRow', description: 'One theme across the places.' })),
  })
  .meta({ id: 'Comparison', description: 'Places side by side, theme by theme.' });
export type Comparison = z.infer<typeof comparisonSchema>;
export type CompareRow = Comparison['themes'][number];
export type CompareCell = CompareRow['places'][number];

export type DocumentRecord = z.output<typeof documentSchema>;
export type ProgrammeRecord = z.output<typeof programmeSchema>;
export type MeasureRecord = z.output<typeof measureSchema>;
export type FigureRecord = z.output<typeof figureSchema>;
export type ActorRecord = z.output<typeof actorSchema>;
export type LocationRecord = z.output<typeof locationSchema>;
export type ThemeRecord = z.output<typeof themeSchema>;
export type MentionRecord = z.output<typeof mentionSchema>;
export type SeriesRecord = z.output<typeof seriesSchema>;
export type MembershipRecord = z.output<typeof membershipSchema>;
