/**
 * The controlled vocabularies of the data model, defined once. The drizzle tables, the
 * ingest stages' types and the seed-file schemas all take their enums from here, so a
 * new kind is added in one place. A leaf module: it imports only the calendar helper.
 */
import { daysInMonth } from './text/calendar.js';

export const documentKinds = ['election_programme', 'coalition_agreement', 'government_plan', 'news_article', 'policy_note', 'press_release', 'other'] as const;
/** `police_zone`: a local police zone (politiezone), with its official number and the municipalities it serves. */
export const actorKinds = ['organisation', 'unit', 'police_zone', 'person', 'party', 'government'] as const;
/**
 * `arrondissement`: an administrative arrondissement (between province and municipality; Brussels'
 * one is its region); `judicial_arrondissement`: the territory of a court of first instance and
 * its public prosecutor, made of provinces, arrondissements or municipalities; `road`: a motorway, ring or numbered road; `building`: one named building
 * (a police headquarters), where `site` is an area.
 */
export const locationKinds = ['continent', 'country', 'region', 'province', 'arrondissement', 'judicial_arrondissement', 'municipality', 'district', 'neighbourhood', 'street', 'site', 'waterway', 'road', 'building'] as const;
export const datePrecisions = ['year', 'month', 'day'] as const;
export const blockKinds = ['bullet', 'paragraph'] as const;
export const statementKinds = ['commitment', 'observation', 'question'] as const;
export const figureKinds = ['count', 'percentage', 'money', 'quantity', 'fraction'] as const;
/** What a figure states: a plan or need, an observed value, a forecast, or none of these stated. */
export const figureStatuses = ['target', 'actual', 'forecast', 'unknown'] as const;
/** The direction of a change ("van 186 naar 312" → increase). */
export const figureDirections = ['increase', 'decrease'] as const;
/**
 * Canonical units, so that figures written in different words compare: `staff` (medewerkers,
 * personeelsleden, agenten…, and people counted for an organisation), `count` (any other
 * counted thing, other people included: "38 verdachten", "257 slachtoffers"), `percentage`,
 * `fraction` ("een derde", "de helft": the value as a decimal, 1/3, 0.5), `money_eur` (other
 * currencies `money_<iso>`), `mass_kg`, `length_m`, `area_m2`, `volume_l`, `duration_hours`,
 * `duration_days`, `duration_months`, `speed_kmh`, `energy_kwh`, `power_kw`,
 * `percentage_points`, `sound_db`. The contract (staff, money_eur, percentage,
 * mass_kg, count) and the devset gold conventions (test/devset/README.md) name these.
 */
export const unitKinds = [
  'staff', 'count', 'percentage', 'fraction', 'percentage_points', 'money_eur', 'money_usd', 'money_gbp', 'mass_kg', 'length_m', 'area_m2',
  'volume_l', 'duration_hours', 'duration_days', 'duration_months', 'speed_kmh', 'energy_kwh', 'power_kw', 'sound_db',
] as const;
/** `responsible` when the actor is the grammatical subject of the measure, else `mentioned`. */
export const actorRoles = ['mentioned', 'responsible'] as const;
/** How a measure is tied to a place: it names it, names an actor seated there, or stands in a document about it. */
export const locationLinks = ['mention', 'actor', 'scope'] as const;
/** What a row of the full-text index stands for: every collection can be filtered with `q`. */
/** Where a document's metadata value comes from: its text (with a quote), the original file's own metadata, or the curator. */
export const metadataOrigins = ['text', 'file', 'curated'] as const;
export const indexedKinds = ['document', 'programme', 'measure', 'figure', 'actor', 'location', 'theme'] as const;

/** What an unknown name found in a text probably is: proposed to a curator, never loaded as an entity. */
export const candidateKinds = ['person', 'organisation', 'police_zone', 'road', 'place', 'unknown'] as const;

export type DocumentKind = (typeof documentKinds)[number];
export type ActorKind = (typeof actorKinds)[number];
export type LocationKind = (typeof locationKinds)[number];
export type StatementKind = (typeof statementKinds)[number];

/** What a build did to a record, in the change log. */
export const changeActions = ['created', 'modified', 'deleted'] as const;
export type ChangeAction = (typeof changeActions)[number];
export type FigureKind = (typeof figureKinds)[number];
export type FigureStatus = (typeof figureStatuses)[number];
export type FigureDirection = (typeof figureDirections)[number];
export type UnitKind = (typeof unitKinds)[number];
export type BlockKind = (typeof blockKinds)[number];
export type CandidateKind = (typeof candidateKinds)[number];
export type IndexedKind = (typeof indexedKinds)[number];
export type MetadataOrigin = (typeof metadataOrigins)[number];

/** Lowercase ascii slug: the form of every gazetteer and programme id. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ISO 8601 calendar date of year, month or day precision: "2018", "2018-03", "2018-03-05". */
export const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether `value` is an {@link ISO_DATE} that exists on the calendar (no 31 February). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (day === undefined) return true;
  return day <= daysInMonth(year, month!);
}
