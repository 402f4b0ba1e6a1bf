import { extractFigures } from './figures/index.js';
import { proposeCandidates } from './candidates.js';
import { compileGazetteer, documentCountry, documentProvince, extractMentions, extractPersonFacts, isSubjectOf, locationLineage, type EntityMatcher } from './entities.js';
import { linkSubjects, withoutCountedPlaces } from './figures/links.js';
import { describeFigures } from './figures/meaning.js';
import type { Gazetteer } from './gazetteer.js';
import { PreparedText } from './prepared.js';
import { segmentDocument } from './segment.js';
import { assignThemes, compileThemes } from './themes.js';
import { withFields } from './with-fields.js';
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
  /** `measure` is null for a figure outside every measure (a headline, a section title). */
  figures: Array<Figure & { measure: number | null }>;
  mentions: Array<Mention & { measure: number | null }>;
  persons: PersonFacts[];
  candidates: Array<Candidate & { measure: number | null }>;
}

const within = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

function actorsOf(segment: Segment, mentions: Mention[], text: string): MeasureActor[] {
  const roles = new Map<string, MeasureActor['role']>();
  for (const m of mentions) {
    if (m.entityType !== 'actor') continue;
    const role = isSubjectOf(segment, m, text) ? 'responsible' : 'mentioned';
    if (roles.get(m.entityId) !== 'responsible') roles.set(m.entityId, role);
  }
  return [...roles].map(([actorId, role]) => ({ actorId, role }));
}

/** The ordinal of the segment holding a span, by binary search over the segments (in text order, not overlapping). */
function segmentFinder(segments: Segment[]) {
  return (span: Span): number | null => {
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const s = segments[mid]!;
      if (span.start < s.start) high = mid - 1;
      else if (span.start >= s.end) low = mid + 1;
      else return within(s, span) ? s.ordinal : null;
    }
    return null;
  };
}

/**
 * Runs segment → entities → figures (read, described, linked to mentions) → themes over one document. Figures and mentions
 * outside any measure (headings, page furniture) keep `measure: null`: a headline's key figure
 * is still a figure of its document, citable by its own offsets and quote.
 */
export function extractDocument(text: string, context: ExtractionContext, options: DocumentOptions = {}): DocumentExtraction {
  // Folded, split and tokenised once; every stage reads the same preparation.
  const doc = new PreparedText(text);
  const segments = segmentDocument(doc);
  const mentions = extractMentions(doc, context.matcher, { scopeLocationId: options.scopeLocationId ?? null, documentDate: options.documentDate ?? null });
  const measureOf = segmentFinder(segments);
  const documentDate = options.documentDate ?? null;
  const described = describeFigures(doc, extractFigures(doc, { documentDate }), { documentDate });
  const scopeLocationId = options.scopeLocationId ?? null;
  const provinceId = documentProvince(mentions, context.matcher, scopeLocationId);
  const countryId = documentCountry(context.matcher, scopeLocationId);
  const figures = linkSubjects(doc, described, mentions, context.matcher.actors, { scopeLocationId, provinceId, countryId, placeLineage: (id) => locationLineage(context.matcher, id) }).map((f) => withFields(f, { measure: measureOf(f) }));
  const located = withoutCountedPlaces(text, mentions, figures).map((m) => withFields(m, { measure: measureOf(m) }));
  const mentionsIn = new Map<number | null, typeof located>();
  for (const m of located) {
    const list = mentionsIn.get(m.measure);
    if (list) list.push(m);
    else mentionsIn.set(m.measure, [m]);
  }
  const measures = segments.map((s) => {
    const own = mentionsIn.get(s.ordinal) ?? [];
    return withFields(s, {
      themes: assignThemes(doc, context.themeCues, s),
      actors: actorsOf(s, own, text),
      locationIds: [...new Set(own.filter((m) => m.entityType === 'location').map((m) => m.entityId))],
    });
  });
  const persons = extractPersonFacts(text, mentions, context.matcher);
  const candidates = proposeCandidates(doc, segments, mentions, context.matcher);
  return toCodePoints(doc, {
    measures,
    figures,
    mentions: located,
    persons,
    candidates: candidates.map((c) => withFields(c, { measure: measureOf(c) })),
  });
}

/** Converts every UTF-16 span of an extraction to code points, in one place. */
function toCodePoints(doc: PreparedText, x: DocumentExtraction): DocumentExtraction {
  const conv = doc.offsets;
  // Most documents have no character beyond the BMP: their spans are already code points.
  if (conv.identity) return x;
  const span = <T extends Span>(s: T): T => ({ ...s, start: conv.toCodePoint(s.start), end: conv.toCodePoint(s.end) });
  return {
    measures: x.measures.map(span),
    figures: x.figures.map((f) => {
      const subject = f.subjectStart === null || f.subjectEnd === null ? {} : { subjectStart: conv.toCodePoint(f.subjectStart), subjectEnd: conv.toCodePoint(f.subjectEnd) };
      return { ...span(f), ...subject };
    }),
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
  /** Names the gazetteer lacks, for the build's candidate report. */
  candidates: Candidate[];
}

export const summaryOf = (extraction: DocumentExtraction): DocumentSummary => ({
  persons: extraction.persons,
  locationIds: [...new Set(extraction.mentions.filter((m) => m.entityType === 'location').map((m) => m.entityId))].sort(),
  candidates: extraction.candidates,
});

/** One document's extraction with its summary, as a build stores it in the extraction cache. */
export function extractForBuild(text: string, context: ExtractionContext, options: DocumentOptions) {
  const extraction = extractDocument(text, context, options);
  return { extraction, summary: summaryOf(extraction) };
}
