import type { Gazetteer } from './gazetteer.js';
import { seriesKeyOf } from './figures/series.js';
import type { DocumentExtraction } from './pipeline.js';

/** `{id, name}` of a gazetteer entry, or null. */
function named(entries: ReadonlyArray<{ id: string; name: string }>, id: string | null): { id: string; name: string } | null {
  const entry = id === null ? undefined : entries.find((e) => e.id === id);
  return entry ? { id: entry.id, name: entry.name } : null;
}

/**
 * The JSON `blauwdruk extract` prints: what a journalist trying a new text needs to
 * see, grouped by entity, every offset a code-point index into the input.
 */
export function extractionReport(extraction: DocumentExtraction, gazetteer: Gazetteer, documentDate: string | null) {
  const mentionsOf = (type: 'actor' | 'location', id: string) =>
    extraction.mentions.filter((m) => m.entityType === type && m.entityId === id).map(({ start, end, quote, measure }) => ({ start, end, quote, measure }));
  const present = (type: 'actor' | 'location') => new Set(extraction.mentions.filter((m) => m.entityType === type).map((m) => m.entityId));
  const actorIds = present('actor');
  const locationIds = present('location');
  return {
    documentDate,
    measures: extraction.measures.map((m) => ({
      ordinal: m.ordinal,
      section: m.section,
      statementKind: m.statementKind,
      start: m.start,
      end: m.end,
      quote: m.quote,
      themes: m.themes.map((t) => t.themeId),
      actors: m.actors,
      locations: m.locationIds,
    })),
    figures: extraction.figures.map((f) => ({
      ...f,
      subjectActor: named(gazetteer.actors, f.subjectActorId),
      subjectLocation: named(gazetteer.locations, f.subjectLocationId),
      series: seriesKeyOf(f),
    })),
    actors: gazetteer.actors
      .filter((a) => actorIds.has(a.id))
      .map((a) => {
        const stated = extraction.persons.find((p) => p.actorId === a.id);
        return { id: a.id, name: a.name, kind: a.kind, role: stated?.role ?? a.role, party: stated?.partyId ?? a.party, mentions: mentionsOf('actor', a.id) };
      }),
    locations: gazetteer.locations
      .filter((l) => locationIds.has(l.id))
      .map((l) => ({ id: l.id, name: l.name, kind: l.kind, parent: l.parent, mentions: mentionsOf('location', l.id) })),
    themes: gazetteer.themes.flatMap((t) => {
      const measures = extraction.measures.filter((m) => m.themes.some((x) => x.themeId === t.id));
      if (measures.length === 0) return [];
      const cues = [...new Set(measures.flatMap((m) => m.themes.find((x) => x.themeId === t.id)!.cues))];
      return [{ id: t.id, labelNl: t.labelNl, labelEn: t.labelEn, measures: measures.map((m) => m.ordinal), cues }];
    }),
    candidates: extraction.candidates,
  };
}
