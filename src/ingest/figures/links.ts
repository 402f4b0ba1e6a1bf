/**
 * Links a figure's subject to the gazetteer through the mentions the entities stage found:
 * the actor the subject is or names ("de Verkeerspolitie Oost" → its id), and the place
 * it names, the place of a following "in"/"op"/"van" phrase ("de dienst in Antwerpen"), or else the
 * seat of its actor. Pure: figures and mentions in, figures out (UTF-16 offsets, as every stage).
 */
import type { ActorEntry } from '../gazetteer.js';
import type { Figure, Mention } from '../types.js';
import { mayBeStaff } from './canonical.js';

// "… en douane in Antwerpen": a short phrase without punctuation, ending in a place preposition.
const PLACE_PHRASE = /^[\p{L}\s-]{0,40}?(?:^|\s)(?:in|op|van|te|uit)\s+(?:de\s+|het\s+)?$/u;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const longest = (ms: Mention[]) => [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];

// The opening of a sentence up to a fronted place: "In Vlaanderen vielen …", "Op de E40 werden …".
const FRONTED_PLACE = /(?:^|[.!?]\s+|\n)\s*(?:In|Op)\s+(?:de\s+|het\s+)?$/u;

/** The place a sentence opens with ("In Gent werden 2.982 pv's opgesteld"), the setting of the figures in it. */
function frontedPlace(text: string, figureStart: number, mentions: Mention[]): Mention | undefined {
  let sentenceStart = figureStart;
  while (sentenceStart > 0 && !/[.!?\n]/u.test(text[sentenceStart - 1]!)) sentenceStart--;
  return mentions.find((m) => m.entityType === 'location' && m.start >= sentenceStart && m.end <= figureStart && FRONTED_PLACE.test(text.slice(Math.max(0, sentenceStart - 2), m.start)));
}

// A list of short lines under a heading that ends in a colon ("Personeel van de dienst:"): at most
// this many lines, each at most this long, between the heading and the figure.
const LIST_LINES = 4;
const LIST_LINE_LENGTH = 160;

/**
 * The actor named by the heading of the list a figure stands in: "Personeel Parket X:" followed
 * by short lines "Magistraten = 89 op 95", "Gerechtspersoneel = 221 op 262". Prose (a long line)
 * between them ends the list.
 */
function headingActor(text: string, figureStart: number, mentions: Mention[]): Mention | undefined {
  let lineStart = text.lastIndexOf('\n', figureStart - 1) + 1;
  const lineEnd = text.indexOf('\n', figureStart);
  if ((lineEnd < 0 ? text.length : lineEnd) - lineStart > LIST_LINE_LENGTH) return undefined;
  let n = 0;
  while (n < LIST_LINES && lineStart > 0) {
    const end = lineStart - 1;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end).trim();
    if (line === '') continue;
    if (line.length > LIST_LINE_LENGTH) return undefined;
    if (line.endsWith(':')) return longest(mentions.filter((m) => m.entityType === 'actor' && m.start >= lineStart && m.end <= end));
    n++;
  }
  return undefined;
}

// "in Vlaanderen 147 euro", "er in Vlaanderen 310 doden": a place phrase right before the figure.
const PLACE_BEFORE = /(?:^|[\s,])(?:in|voor)\s+$/u;
// "2,5% voor België", "12 panden gesloten in de Alhambrawijk": a place phrase right after the figure (one word may stand between).
const PLACE_AFTER = /^\s*(?:\p{L}+\s+)?(?:in|voor)\s+(?:de\s+|het\s+)?$/u;

/** The place a figure is stated for when a place phrase stands right beside it, before or after. */
function besidePlace(text: string, f: Figure, mentions: Mention[]): Mention | undefined {
  const places = mentions.filter((m) => m.entityType === 'location');
  const before = places.find((m) => m.end <= f.start && f.start - m.end <= 8 && /^[\s]*(?:[\p{L}'’]+\s+)?$/u.test(text.slice(m.end, f.start)) && PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)));
  return before ?? places.find((m) => m.start >= f.end && m.start - f.end <= 30 && PLACE_AFTER.test(text.slice(f.end, m.start)));
}

// "een dotatie aan Politiezone Hageland", "het budget voor de federale politie": the actor right after an amount's subject that the money goes to.
const ACTOR_PHRASE = /^\s*(?:aan|voor)\s+(?:de\s+|het\s+)?$/u;

/** The actor an amount's subject is given to, named right after it ("een dotatie aan de zone X"). */
function actorAfter(text: string, subject: { start: number; end: number }, mentions: Mention[]): Mention | undefined {
  return mentions.find((m) => m.entityType === 'actor' && m.start >= subject.end && m.start - subject.end <= 12 && ACTOR_PHRASE.test(text.slice(subject.end, m.start)));
}

/** Sets `subjectActorId` and `subjectLocationId`; people counted for an actor that is not a person are its staff. */
export function linkSubjects(text: string, figures: Figure[], mentions: Mention[], actors: ReadonlyMap<string, ActorEntry>): Figure[] {
  return figures.map((f) => {
    if (f.subjectStart === null || f.subjectEnd === null) {
      const heading = headingActor(text, f.start, mentions);
      return heading ? { ...f, subjectActorId: heading.entityId, subjectLocationId: actors.get(heading.entityId)?.location ?? null } : f;
    }
    const subject = { start: f.subjectStart, end: f.subjectEnd };
    const inside = mentions.filter((m) => overlaps(m, subject));
    const actor = longest(inside.filter((m) => m.entityType === 'actor')) ?? (f.unitKind === 'money_eur' ? actorAfter(text, subject, mentions) : undefined) ?? headingActor(text, f.start, mentions);
    let place = longest(inside.filter((m) => m.entityType === 'location'));
    if (!place) {
      place = mentions.find((m) => m.entityType === 'location' && m.start >= subject.end && m.start - subject.end <= 60 && PLACE_PHRASE.test(text.slice(subject.end, m.start)));
    }
    place = besidePlace(text, f, mentions) ?? place ?? frontedPlace(text, f.start, mentions);
    const entry = actor ? actors.get(actor.entityId) : undefined;
    // mayBeStaff: people named only as people ("40 mensen"), a count until an organisation claims them.
    const unitKind = f.unitKind === 'count' && mayBeStaff(f.unit) && entry && entry.kind !== 'person' ? 'staff' : f.unitKind;
    return { ...f, unitKind, subjectActorId: actor?.entityId ?? null, subjectLocationId: place?.entityId ?? entry?.location ?? null };
  });
}
