import { z } from 'zod';
import { firstDayOf, lastDayOf } from '../text/calendar.js';
import { actorKinds, locationKinds, SLUG } from '../vocabulary.js';
import { isoDate } from './manifest.js';

const slug = z.string().regex(SLUG, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const aliases = z.array(z.string().min(1)).default([]);
/**
 * Where a curator can check the entry (a municipal page listing its college, a zone's page
 * naming its chief, a city page listing its quarters): one URL or a list of them. Not
 * published; it documents the gazetteer.
 */
const entrySource = z.union([z.url(), z.array(z.url()).min(1)]).nullable().default(null);

/** One place in `seeds/gazetteer/locations.json`. */
export const locationEntrySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(locationKinds),
  parent: slug.nullable().default(null),
  /** NIS (Statbel REFNIS) code, for Belgian municipalities, arrondissements and provinces. */
  nis: z.string().regex(/^\d{5}$/).nullable().default(null),
  /** WGS84 point, for cities. */
  point: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable().default(null),
  /** Other names, inflected and adjectival forms, demonyms ("Gentse", "Gentenaar"). */
  aliases,
  /** Generic words that mean this place only in a document about its parent ("de haven"). */
  contextAliases: aliases,
  /**
   * Places wholly inside this one that are not its children, for a territory drawn across the
   * tree: a judicial arrondissement comprises provinces, arrondissements or municipalities.
   * Everything inside them lies inside this place too.
   */
  comprises: z.array(slug).default([]),
  source: entrySource,
});

/**
 * When something held: ISO dates of the precision the curator is sure of ("2019",
 * "2019-01", "2019-01-01"). `start` null: since before anything we record; `end` null:
 * still so. A period runs from the first day of `start` to the last day of `end`.
 */
const period = {
  start: isoDate.nullable().default(null),
  end: isoDate.nullable().default(null),
};

/** A name the actor went by for a while ("Waasland-Noord" before a merger); matched in texts like an alias. */
export const formerNameSchema = z.strictObject({ name: z.string().min(1), ...period });

/** A place the actor serves over a period: the municipalities of a police zone. */
export const areaSchema = z.strictObject({ location: slug, ...period });

/**
 * A person's dated role in an organisation (Popolo Membership): mayor of a city
 * government, minister in the federal government, chief of a police zone. `source`:
 * where the fact can be checked.
 */
export const membershipSchema = z.strictObject({
  organization: slug,
  role: z.string().min(1),
  ...period,
  source: z.url().nullable().default(null),
});

/** One organisation, unit, police zone, party, government or person in `seeds/gazetteer/actors.json`. */
export const actorEntrySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(actorKinds),
  parent: slug.nullable().default(null),
  aliases,
  contextAliases: aliases,
  /** Where the actor operates (a city's police zone → the city). */
  location: slug.nullable().default(null),
  /** For persons: party membership as publicly known; the role stated in a text wins. */
  party: slug.nullable().default(null),
  role: z.string().nullable().default(null),
  /** Official four-digit number of a police zone (Royal Decree of 24 October 2001); null when not verified. */
  officialNumber: z.string().regex(/^\d{4}$/, 'must be four digits').nullable().default(null),
  /** The places the actor serves, with periods: a police zone's municipalities. */
  areas: z.array(areaSchema).default([]),
  formerNames: z.array(formerNameSchema).default([]),
  /** For persons: dated roles in organisations. */
  memberships: z.array(membershipSchema).default([]),
  source: entrySource,
});

/** One theme of `seeds/themes.json`; cues are folded words, `prefix*`, `*suffix` or `*infix*`. */
export const themeEntrySchema = z.strictObject({
  id: slug,
  labelNl: z.string().min(1),
  labelEn: z.string().min(1),
  cues: z.array(z.string().regex(/^\*?[a-z0-9' -]+\*?$/, 'cues are lowercase words with optional leading/trailing *')).min(1),
});

/**
 * One entry of `seeds/lexicon/common-words.json`: a common Dutch word or phrase that is also the
 * name of a gazetteer place or actor ("mol", "boom", "groen"; "de tijd", "de lijn": a newspaper
 * and a transport company) or a gazetteer person's surname ("vos", "top"), with the senses that
 * make it a word. Such a name is only read as the entity with evidence (see src/ingest/entities.ts).
 */
export const commonWordSchema = z.strictObject({
  word: z.string().regex(/^[\p{Ll}'-]+(?: [\p{Ll}'-]+)*$/u, 'a lowercase word or phrase (words separated by one space)'),
  senses: z.string().min(1),
});

export interface Period {
  start: string | null;
  end: string | null;
}

// A date of reduced precision covers its whole year or month ("2019" is 2019-01-01 to 2019-12-31).
const periodStart = (p: Period) => (p.start === null ? '' : firstDayOf(p.start));
const periodEnd = (p: Period) => (p.end === null ? '\uffff' : lastDayOf(p.end));

/**
 * Whether two periods share a day, each taken at its widest ("2019" is the whole year).
 * A handover on one day — one ends the day the other starts — is not an overlap.
 */
export const periodsOverlap = (a: Period, b: Period) => periodStart(a) < periodEnd(b) && periodStart(b) < periodEnd(a);

/** Whether some day of `date` (of any precision) lies in the period. */
export const periodCovers = (p: Period, date: string) => periodStart(p) <= lastDayOf(date) && firstDayOf(date) <= periodEnd(p);

/** Whether a period ends before it starts. */
export const periodRunsBackward = (p: Period) => p.start !== null && p.end !== null && periodEnd(p) < periodStart(p);

export type LocationEntry = z.infer<typeof locationEntrySchema>;
export type ActorEntry = z.infer<typeof actorEntrySchema>;
export type ThemeEntry = z.infer<typeof themeEntrySchema>;

export interface Gazetteer {
  locations: LocationEntry[];
  actors: ActorEntry[];
  themes: ThemeEntry[];
  /** Folded common Dutch words that coincide with names (from `seeds/lexicon/common-words.json`). */
  commonWords?: string[];
}
