import { offsetConverter } from '../text/offsets.js';
import { extractFigures } from './figures/index.js';
import { compileGazetteer, extractMentions, extractPersonFacts, isSubjectOf, proposeCandidates, type EntityMatcher } from './entities.js';
import type { Gazetteer } from './gazetteer.js';
import { segmentDocument } from './segment.js';
import { assignThemes, compileThemes } from './themes.js';
import type { Candidate, Figure, Mention, PersonFacts, Segment, Span, ThemeMatch } from './types.js';

/** Everything the stages need besides the text, compiled once per run. */
export interface ExtractionContext {
  matcher: EntityMatcher;
  themeCues: ReturnType<typeof compileThemes>;
}

export function compileContext(gazetteer: Gazetteer): ExtractionContext {
  return { matcher: compileGazetteer(gazetteer), themeCues: compileThemes(gazetteer.themes) };
}

export interface DocumentOptions {
  /** ISO date the document was published, for "vorig jaar" and the like. */
  documentDate?: string | null;
  /** The place the document is about, for context aliases. */
  scopeLocationId?: string | null;
}

export interface MeasureActor {
  actorId: string;
  role: 'mentioned' | 'responsible';
}

export interface ExtractedMeasure extends Segment {
  themes: ThemeMatch[];
  actors: MeasureActor[];
  locationIds: string[];
}

/** The result of all stages for one document; every offset is a code-point index. */
export interface DocumentExtraction {
  measures: ExtractedMeasure[];
  figures: Array<Figure & { measure: number }>;
  mentions: Array<Mention & { measure: number | null }>;
  persons: PersonFacts[];
  candidates: Candidate[];
}

const within = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

function actorsOf(segment: Segment, mentions: Mention[], text: string): MeasureActor[] {
  const roles = new Map<string, MeasureActor['role']>();
  for (const m of mentions) {
    if (m.entityType !== 'actor' || !within(segment, m)) continue;
    const role = isSubjectOf(segment, m, text) ? 'responsible' : 'mentioned';
    if (roles.get(m.entityId) !== 'responsible') roles.set(m.entityId, role);
  }
  return [...roles].map(([actorId, role]) => ({ actorId, role }));
}

/**
 * Runs segment → figures → entities → themes over one document. Figures and mentions
 * outside any measure (headings, page furniture) keep `measure: null`; figures must sit
 * in a measure to be citable, so those in headings are dropped.
 */
export function extractDocument(text: string, context: ExtractionContext, options: DocumentOptions = {}): DocumentExtraction {
  const segments = segmentDocument(text);
  const mentions = extractMentions(text, context.matcher, { scopeLocationId: options.scopeLocationId ?? null });
  const measureOf = (span: Span) => segments.find((s) => within(s, span))?.ordinal ?? null;
  const figures = extractFigures(text, { documentDate: options.documentDate ?? null }).flatMap((f) => {
    const measure = measureOf(f);
    return measure === null ? [] : [{ ...f, measure }];
  });
  const measures = segments.map((s) => ({
    ...s,
    themes: assignThemes(s.quote, context.themeCues),
    actors: actorsOf(s, mentions, text),
    locationIds: [...new Set(mentions.filter((m) => m.entityType === 'location' && within(s, m)).map((m) => m.entityId))],
  }));
  const persons = extractPersonFacts(text, mentions, context.matcher);
  const candidates = proposeCandidates(text, segments, mentions);
  return toCodePoints(text, {
    measures,
    figures,
    mentions: mentions.map((m) => ({ ...m, measure: measureOf(m) })),
    persons,
    candidates,
  });
}

/** Converts every UTF-16 span of an extraction to code points, in one place. */
function toCodePoints(text: string, x: DocumentExtraction): DocumentExtraction {
  const conv = offsetConverter(text);
  const span = <T extends Span>(s: T): T => ({ ...s, start: conv.toCodePoint(s.start), end: conv.toCodePoint(s.end) });
  return {
    measures: x.measures.map(span),
    figures: x.figures.map(span),
    mentions: x.mentions.map(span),
    persons: x.persons.map((p) => ({ ...p, evidence: span(p.evidence) })),
    candidates: x.candidates.map(span),
  };
}

/** What the reference tables need from a document's extraction, kept apart so a large corpus is not held in memory to get it. */
export interface DocumentSummary {
  persons: PersonFacts[];
  /** Every place the document names, sorted. */
  locationIds: string[];
}

export const summaryOf = (extraction: DocumentExtraction): DocumentSummary => ({
  persons: extraction.persons,
  locationIds: [...new Set(extraction.mentions.filter((m) => m.entityType === 'location').map((m) => m.entityId))].sort(),
});

/** One document's extraction with its summary, as a build stores it in the extraction cache. */
export function extractForBuild(text: string, context: ExtractionContext, options: DocumentOptions) {
  const extraction = extractDocument(text, context, options);
  return { extraction, summary: summaryOf(extraction) };
}
