/**
 * What the seed gold (test/gold) and the development-set gold (test/devset/gold) share: the
 * file format, how annotators' canonical names resolve to gazetteer ids, and span overlap.
 * Both scorers read gold through here, so a name or a span is judged the same way in each.
 */
import { z } from 'zod';
import type { Gazetteer } from '../../src/ingest/gazetteer.js';
import { foldForMatch } from '../../src/text/fold.js';

export interface Offsets {
  start: number;
  end: number;
}

const span = { quote: z.string(), start: z.number(), end: z.number() };

/** A gold figure; the meaning fields of the figure contract are optional (older gold lacks them). */
export const goldFigureSchema = z.object({
  ...span,
  value: z.number(),
  valueMax: z.number().nullable(),
  previousValue: z.number().nullable(),
  unit: z.string().nullable(),
  referenceDate: z.string().nullable(),
  subject: z.string().nullable().optional(),
  subjectStart: z.number().nullable().optional(),
  subjectEnd: z.number().nullable().optional(),
  subjectActor: z.string().nullable().optional(),
  subjectLocation: z.string().nullable().optional(),
  status: z.enum(['target', 'actual', 'forecast', 'unknown']).optional(),
  unitKind: z.string().nullable().optional(),
  normalizedValue: z.number().nullable().optional(),
  direction: z.enum(['increase', 'decrease']).nullable().optional(),
  change: z.number().nullable().optional(),
});
export type GoldFigure = z.infer<typeof goldFigureSchema>;

export const goldMentionSchema = z.object({ ...span, name: z.string() });
export type GoldMention = z.infer<typeof goldMentionSchema>;

export const goldSchema = z.object({
  document: z.string(),
  documentDate: z.string().nullable(),
  figures: z.array(goldFigureSchema),
  actors: z.array(goldMentionSchema),
  locations: z.array(goldMentionSchema),
  notFigures: z.array(z.object({ ...span, why: z.string() })),
});
export type Gold = z.infer<typeof goldSchema>;

export const overlaps = (a: Offsets, b: Offsets) => a.start < b.end && b.start < a.end;

type NamedEntry = { id: string; name: string; aliases: string[]; contextAliases: string[] };

/** A qualifier that says what kind of place a gazetteer name is: "Mol (gemeente)". */
const KIND_QUALIFIER = /\s*\((?:gemeente|stad|deelgemeente|district|provincie)\)$/u;

/**
 * Gold names are the annotator's canonical names ("Zuidbuurt (Gent)"); resolve them through
 * the gazetteer's names and aliases, then without the disambiguating parenthesis, then by the
 * quote. A name the gazetteer does not know resolves to `unknown:<name>`, which no extracted
 * entity id can equal: such a mention can only be missed.
 */
export function nameResolver(entries: NamedEntry[]) {
  const byName = new Map<string, string>();
  const claim = (name: string, id: string) => {
    if (!byName.has(foldForMatch(name))) byName.set(foldForMatch(name), id);
  };
  for (const e of entries) for (const n of [e.name, ...e.aliases, ...e.contextAliases]) claim(n, e.id);
  // "As (gemeente)": the gazetteer qualifies a name that is also a common word by its kind; the
  // annotator writes the town's name ("As"). Claimed after every written name, so none is shadowed.
  for (const e of entries) claim(e.name.replace(KIND_QUALIFIER, ''), e.id);
  return (name: string, quote: string) =>
    [name, name.replace(/\s*\([^)]*\)$/, ''), quote].map((n) => byName.get(foldForMatch(n))).find(Boolean) ?? `unknown:${name}`;
}

export interface EntityResolvers {
  actorId: (name: string, quote: string) => string;
  locationId: (name: string, quote: string) => string;
}

export function entityResolvers(gazetteer: Gazetteer): EntityResolvers {
  return { actorId: nameResolver(gazetteer.actors), locationId: nameResolver(gazetteer.locations) };
}

/** A gold or extracted mention reduced to what is compared: span, entity type and gazetteer id. */
export interface MentionKey extends Offsets {
  entityType: 'actor' | 'location';
  entityId: string;
}

/** The gold's actor and place mentions with their names resolved to gazetteer ids. */
export function goldMentionKeys(gold: Gold, resolve: EntityResolvers): MentionKey[] {
  return [
    ...gold.actors.map((a) => ({ start: a.start, end: a.end, entityType: 'actor' as const, entityId: resolve.actorId(a.name, a.quote) })),
    ...gold.locations.map((l) => ({ start: l.start, end: l.end, entityType: 'location' as const, entityId: resolve.locationId(l.name, l.quote) })),
  ];
}

/** "start-end id": the exact-span identity of a mention. */
export const mentionKey = (m: MentionKey) => `${m.start}-${m.end} ${m.entityId}`;
