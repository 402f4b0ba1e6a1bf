/**
 * The regex-per-form matcher as it was before the token trie (kept only for the bench's
 * "before" number; never imported by src/). Each gazetteer form is one regular expression
 * run over the whole text, so matching costs O(text × forms).
 */
import { foldForMatch } from '../src/text/fold.js';
import type { ActorEntry, Gazetteer, LocationEntry } from '../src/ingest/gazetteer.js';
import type { EntityType, Mention } from '../src/ingest/types.js';

/** One surface form of a gazetteer entity, folded for matching. */
interface Form {
  folded: string;
  entityType: EntityType;
  entityId: string;
  /** Set for context aliases: the place the document must be about for this form to count. */
  requires: string | null;
}

/** A gazetteer compiled for matching; build it once per run with {@link compileGazetteer}. */
export interface EntityMatcher {
  forms: Form[];
  locations: Map<string, LocationEntry>;
  actors: Map<string, ActorEntry>;
}

const normaliseSpace = (s: string) => foldForMatch(s).replace(/\s+/gu, ' ').trim();

/** Folds every name, alias and context alias of the gazetteer, longest first. */
export function compileGazetteer(gazetteer: Pick<Gazetteer, 'actors' | 'locations'>): EntityMatcher {
  const forms: Form[] = [];
  const add = (entityType: EntityType, entityId: string, names: string[], requires: string | null) => {
    for (const name of new Set(names.map(normaliseSpace))) if (name) forms.push({ folded: name, entityType, entityId, requires });
  };
  for (const l of gazetteer.locations) {
    add('location', l.id, [l.name, ...l.aliases], null);
    add('location', l.id, l.contextAliases, l.parent);
  }
  for (const a of gazetteer.actors) {
    add('actor', a.id, [a.name, ...a.aliases], null);
    add('actor', a.id, a.contextAliases, a.location ?? a.parent);
  }
  forms.sort((a, b) => b.folded.length - a.folded.length || a.folded.localeCompare(b.folded));
  return {
    forms,
    locations: new Map(gazetteer.locations.map((l) => [l.id, l])),
    actors: new Map(gazetteer.actors.map((a) => [a.id, a])),
  };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** All whole-word occurrences of one folded form in folded text (whitespace runs match a space). */
function occurrences(folded: string, form: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const pattern = new RegExp(form.split(' ').map(escapeRegExp).join('\\s+'), 'gu');
  for (const m of folded.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isWordChar(folded[start - 1]) && !isWordChar(folded[end])) found.push([start, end]);
  }
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Hit extends Form {
  start: number;
  end: number;
}

/** Picks the longest non-overlapping hits, earliest first when equally long. */
function longestFirst(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Hit[] = [];
  for (const h of sorted) if (!taken.some((t) => h.start < t.end && t.start < h.end)) taken.push(h);
  return taken.sort((a, b) => a.start - b.start);
}

export interface MentionOptions {
  /** The place the document is about; enables context aliases such as "de haven". */
  scopeLocationId?: string | null;
}

/** Ancestors of a location, itself first. */
function locationLineage(matcher: EntityMatcher, id: string | null | undefined): string[] {
  const lineage: string[] = [];
  let current = id ? matcher.locations.get(id) : undefined;
  while (current && !lineage.includes(current.id)) {
    lineage.push(current.id);
    current = current.parent ? matcher.locations.get(current.parent) : undefined;
  }
  return lineage;
}

/**
 * Finds every gazetteer actor and location in the text: case- and
 * diacritics-insensitive, whole words, longest match first. Context aliases count only
 * where the document is about their place: its scope, or a place it names outright.
 */
export function extractMentions(text: string, matcher: EntityMatcher, options: MentionOptions = {}): Mention[] {
  const folded = foldForMatch(text);
  const plain: Hit[] = [];
  const contextual: Hit[] = [];
  for (const form of matcher.forms) {
    for (const [start, end] of occurrences(folded, form.folded)) (form.requires ? contextual : plain).push({ ...form, start, end });
  }
  const about = new Set(locationLineage(matcher, options.scopeLocationId));
  const named = longestFirst(plain);
  for (const h of named) if (h.entityType === 'location') for (const id of locationLineage(matcher, h.entityId)) about.add(id);
  const hits = longestFirst([...named, ...contextual.filter((h) => about.has(h.requires!))]);
  hits.push(...ellipticalHits(text, folded, hits, matcher));
  hits.sort((a, b) => a.start - b.start);
  const portfolio = (h: Hit) => h.entityType === 'actor' && matcher.actors.get(h.entityId)?.kind !== 'person' && namesAPortfolio(folded, h.start);
  const surname = (h: Hit) => h.entityType === 'location' && SURNAME_PARTICLE.test(text.slice(Math.max(0, h.start - 12), h.start));
  return hits.filter((h) => !portfolio(h) && !surname(h)).map((h) => ({ entityType: h.entityType, entityId: h.entityId, start: h.start, end: h.end, quote: text.slice(h.start, h.end) }));
}

/**
 * Coordination ellipsis: in "de lokale en federale politie" the head noun is written once,
 * so "lokale" stands for "lokale politie". When the word before "en"/"of"/"," with the
 * rest of a matched name forms another known name, that word is a mention of it.
 */
function ellipticalHits(text: string, folded: string, hits: Hit[], matcher: EntityMatcher): Hit[] {
  const plainForms = new Map(matcher.forms.filter((f) => !f.requires).map((f) => [f.folded, f]));
  const found: Hit[] = [];
  for (const h of hits) {
    const words = foldForMatch(text.slice(h.start, h.end)).split(/\s+/u);
    if (words.length < 2) continue;
    const before = /([\p{L}-]+)\s*(?:,|\s+en|\s+of)\s+$/u.exec(folded.slice(Math.max(0, h.start - 40), h.start));
    if (!before) continue;
    const form = plainForms.get([before[1], ...words.slice(1)].join(' '));
    if (!form) continue;
    const start = Math.max(0, h.start - 40) + before.index;
    const end = start + before[1]!.length;
    if (hits.some((x) => x.start < end && start < x.end)) continue;
    found.push({ ...form, start, end });
  }
  return found;
}

// Flemish surnames are often place names after a capitalised particle ("Marc Van Ranst",
// "Jan Vanden Bossche"); in running text a place after "van" is written lower case.
const SURNAME_PARTICLE = /(?:^|[^\p{L}])(?:Van|Vanden|Vander|Van de|Van der|Van den|Vande)\s+$/u;

const PORTFOLIO = /\b(?:minister|staatssecretaris|schepen|commissaris|departement|ministerie)\s+(?:van|voor)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** "minister van Justitie": the ministry names a portfolio here, not an actor of its own. */
function namesAPortfolio(folded: string, start: number): boolean {
  return PORTFOLIO.test(folded.slice(Math.max(0, start - 60), start));
}
