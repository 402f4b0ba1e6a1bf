import { z } from 'zod';
import { actorKinds, locationKinds, SLUG } from '../vocabulary.js';

const slug = z.string().regex(SLUG, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const aliases = z.array(z.string().min(1)).default([]);


/** One place in `seeds/gazetteer/locations.json`. */
export const locationEntrySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(locationKinds),
  parent: slug.nullable().default(null),
  /** NIS (Statbel) code, for Belgian municipalities. */
  nis: z.string().regex(/^\d{5}$/).nullable().default(null),
  /** WGS84 point, for cities. */
  point: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable().default(null),
  /** Other names, inflected and adjectival forms, demonyms ("Gentse", "Gentenaar"). */
  aliases,
  /** Generic words that mean this place only in a document about its parent ("de haven"). */
  contextAliases: aliases,
});

/** One organisation, unit, party, government or person in `seeds/gazetteer/actors.json`. */
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
});

/** One theme of `seeds/themes.json`; cues are folded words, `prefix*`, `*suffix` or `*infix*`. */
export const themeEntrySchema = z.strictObject({
  id: slug,
  labelNl: z.string().min(1),
  labelEn: z.string().min(1),
  cues: z.array(z.string().regex(/^\*?[a-z0-9' -]+\*?$/, 'cues are lowercase words with optional leading/trailing *')).min(1),
});

/**
 * One entry of `seeds/lexicon/common-words.json`: a common Dutch word that is also the name of
 * a gazetteer place or actor ("mol", "boom", "groen"), with the senses that make it a word.
 * Such a name is only read as the entity with evidence (see src/ingest/entities.ts).
 */
export const commonWordSchema = z.strictObject({
  word: z.string().regex(/^[\p{Ll}'-]+$/u, 'a lowercase word'),
  senses: z.string().min(1),
});

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
