/**
 * Shapes produced by the pure extraction stages. Offsets inside a stage are UTF-16
 * indices into the document text; `extractDocument` converts them to code points once.
 */
import type { BlockKind, CandidateKind, FigureDirection, FigureKind, FigureStatus, StatementKind, UnitKind } from '../vocabulary.js';

/** A stretch of the source text, quoted exactly. */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

/** One measure candidate: a sentence of a paragraph or bullet, under its section heading. */
export interface Segment extends Span {
  ordinal: number;
  section: string | null;
  block: number;
  blockKind: BlockKind;
  statementKind: StatementKind | null;
}

/** A number as read from the text, normalised: what the number reader of the figures stage gives. */
export interface FigureReading extends Span {
  kind: FigureKind;
  /** The value, or the lower bound of a range, or the new value of a change. */
  value: number;
  /** Upper bound of a range ("30 tot 40" → 40). */
  valueMax: number | null;
  /** Old value of a change ("van 186 naar 312" → 186). */
  previousValue: number | null;
  /** "%" for percentages, ISO 4217 code for money (a former currency as written: "frank"), the measurement unit ("ton", "km") or the counted noun ("personeelsleden"). */
  unit: string | null;
  /** What a measured quantity is of ("40 ton cocaïne" → "cocaïne"). */
  subject: string | null;
  /** Normalised qualifier: "meer dan", "minder dan", "ruim", "bijna", "ongeveer", "maximaal", "minstens", "slechts"… */
  qualifier: string | null;
  /** ISO 8601 date or reduced-precision date ("2023", "2023-12-31") the figure refers to. */
  referenceDate: string | null;
}

/**
 * A number a journalist would quote, with what it means: whose or what it is (the subject,
 * read across its sentence and, for "dit aantal" or a pronoun, the previous one), whether it is
 * a target, an observed value or a forecast, and its value in a canonical unit.
 */
export interface Figure extends Omit<FigureReading, 'subject'> {
  /** The noun phrase the figure counts or measures, or whose staff/amount it is, as written. */
  subject: string | null;
  /** Offsets of the subject (it may stand in the previous sentence). */
  subjectStart: number | null;
  subjectEnd: number | null;
  /** Gazetteer actor the subject is or belongs to (set once mentions are known). */
  subjectActorId: string | null;
  /** Gazetteer place the subject is or belongs to (set once mentions are known). */
  subjectLocationId: string | null;
  status: FigureStatus;
  direction: FigureDirection | null;
  /** value − previousValue for changes. */
  change: number | null;
  unitKind: UnitKind | null;
  /** The value in the canonical unit ("40 ton" → 40000 kg; "de helft" → 50 %). */
  normalizedValue: number | null;
}

export type EntityType = 'actor' | 'location';

/** A gazetteer entity found in the text. */
export interface Mention extends Span {
  entityType: EntityType;
  entityId: string;
}

/** A name the gazetteer does not know: proposed for a curator, never loaded as a verified entity. */
export interface Candidate extends Span {
  kind: CandidateKind;
  /** The words that made it a candidate: a role ("burgemeester"), a cue noun ("dienst", "politiezone"), a road letter. */
  cue: string | null;
}

/** Facts about a person stated next to a mention ("burgemeester Bart De Wever (N-VA)"). */
export interface PersonFacts {
  actorId: string;
  role: string | null;
  partyId: string | null;
  evidence: Span;
}

export interface ThemeMatch {
  themeId: string;
  cues: string[];
}
