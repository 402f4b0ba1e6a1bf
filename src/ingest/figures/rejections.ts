/**
 * Why a number is not a figure: small predicates for labels, list numbering, calendar years,
 * days of the month, postal codes and clock times.
 */
import type { Atom, Token } from './tokens.js';
import type { UnitInfo } from './units.js';
import { HOUR_UNITS, LABEL_ABBREVIATIONS, LABEL_WORDS, MONTHS, NON_NOUNS, QUALIFIERS, STREET_SUFFIXES, YEAR_PREPOSITIONS } from './words.js';

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/** Previous token, looking through the period of an abbreviation ("nr. 12" → "nr"). */
function labelBefore(tokens: Token[], i: number): Token | undefined {
  const p = tokens[i - 1];
  if (p?.text === '.' && tokens[i - 2] && LABEL_ABBREVIATIONS.has(tokens[i - 2]!.norm)) return tokens[i - 2];
  return p;
}

/** "Hoofdstuk 3", "artikel 12", "Werf 4:", "Kerkstraat 12", "nr. 5". */
function isLabelNumber(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  const p = labelBefore(tokens, atom.first);
  if (!p || p.type === 'num') return false;
  if (LABEL_WORDS.has(p.norm)) return true;
  if (p.type === 'word' && isCap(p) && STREET_SUFFIXES.some((s) => p.norm.endsWith(s) && p.norm.length > s.length)) return true;
  // A capitalised name right before a bare number is a title or label ("Fase 2", "Actieplan 13").
  const qualifierWord = QUALIFIERS.some(([seq]) => seq[seq.length - 1] === p.norm);
  if (!unit.found && p.type === 'word' && isCap(p) && !NON_NOUNS.has(p.norm) && !qualifierWord && !YEAR_PREPOSITIONS.has(p.norm)) return true;
  return false;
}

/** "1." or "2)" at the start of a line, "(3)", or a bare number opening a heading line. */
function isListNumber(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  const t = tokens[atom.numIdx]!;
  const next = tokens[atom.last + 1];
  const prev = tokens[atom.first - 1];
  if (t.lineStart && atom.first === atom.numIdx) {
    if (next && next.glued && (next.text === '.' || next.text === ')')) return true;
    if (!unit.found) return true;
    // "3 Doelstellingen": a number opening a line followed by a capitalised word is heading numbering.
    const after = tokens[atom.last + 1];
    if (after && after.type === 'word' && isCap(after)) return true;
  }
  if (prev?.text === '(' && next?.text === ')' && !unit.found) return true;
  return false;
}

/** A calendar year: four digits 1900–2100 with no currency, percent, measure or (after a year preposition) noun. */
function isYear(tokens: Token[], atom: Atom, unit: UnitInfo, hasQualifier: boolean): boolean {
  if (!atom.yearLike) return false;
  if (unit.kind === 'money' || unit.kind === 'percentage') return false;
  if (unit.kind === 'quantity') return false;
  if (!unit.found) return true;
  const p = tokens[atom.first - 1];
  return !hasQualifier && p !== undefined && YEAR_PREPOSITIONS.has(p.norm);
}

/** "12 maart", "1 jan." — a day of the month. */
function isDayOfMonth(tokens: Token[], atom: Atom): boolean {
  const next = tokens[atom.last + 1];
  return !atom.isWord && atom.multiplier === 1 && Number.isInteger(atom.value) && atom.value >= 1 && atom.value <= 31 && next !== undefined && next.norm in MONTHS;
}

/** "9000 Gent", "2000 Antwerpen": four digits before a capitalised place name. */
function isPostalCode(tokens: Token[], atom: Atom, hasQualifier: boolean): boolean {
  const t = tokens[atom.numIdx]!;
  const next = tokens[atom.last + 1];
  return !hasQualifier && !atom.isWord && atom.multiplier === 1 && /^[1-9]\d{3}$/.test(t.text) && next !== undefined && next.type === 'word' && isCap(next);
}

/** "om 22 uur", "tot 18 uur", "22 uur 's avonds" — a clock time, not a duration. */
function isClockTime(tokens: Token[], atom: Atom, unit: UnitInfo): boolean {
  if (unit.unit === null || !HOUR_UNITS.has(unit.unit) || atom.value > 24) return false;
  const p = tokens[atom.first - 1]?.norm;
  if (p === 'om' || p === 'vanaf' || p === 'rond' || p === 'omstreeks' || p === 'tegen' || p === 'tot') return true;
  if (p === 'na' && atom.value < 24) return true;
  const n1 = tokens[unit.last + 1]?.norm;
  const n2 = tokens[unit.last + 2]?.norm;
  return (n1 === "'" || n1 === '’') && n2 === 's';
}

/** Rejections shared by single numbers and range ends. */
export function rejected(tokens: Token[], atom: Atom, unit: UnitInfo, hasQualifier: boolean): boolean {
  if (isLabelNumber(tokens, atom, unit)) return true;
  if (isYear(tokens, atom, unit, hasQualifier)) return true;
  if (isDayOfMonth(tokens, atom)) return true;
  if (isPostalCode(tokens, atom, hasQualifier)) return true;
  if (isListNumber(tokens, atom, unit)) return true;
  if (isClockTime(tokens, atom, unit)) return true;
  return false;
}
