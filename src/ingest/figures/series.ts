/**
 * Series: figures about the same actor (or, without one, the same place) in the same canonical
 * unit, across documents and dates. The key is the series id, stable across rebuilds because
 * it is made of gazetteer slugs and a unit kind.
 */
import type { UnitKind } from '../../vocabulary.js';

interface SeriesMember {
  subjectActorId: string | null;
  subjectLocationId: string | null;
  unitKind: UnitKind | null;
}

/** "s-fgp-antwerpen-staff" for an actor, "s-at-antwerpen-staff" for a place; null without either or without a unit kind. */
export function seriesKeyOf(f: SeriesMember): string | null {
  if (f.unitKind === null) return null;
  const kind = f.unitKind.replace(/_/g, '-');
  if (f.subjectActorId !== null) return `s-${f.subjectActorId}--${kind}`;
  if (f.subjectLocationId !== null) return `s-at-${f.subjectLocationId}--${kind}`;
  return null;
}
