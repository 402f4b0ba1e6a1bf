/**
 * The canonical unit of a figure beside the unit as written, so that figures written in
 * different words compare: "312 medewerkers", "550 personeelsleden" and "40 agenten" are all
 * `staff`; "2,5 miljoen euro" is 2 500 000 `money_eur`; "40 ton" is 40 000 `mass_kg`; "een
 * derde" is 1/3 `fraction`.
 */
import { foldForMatch } from '../../text/fold.js';
import { memoByWord } from '../../text/memo.js';
import type { FigureKind, UnitKind } from '../../vocabulary.js';
import { PERSON_NOUNS, STAFF_NOUN_ENDINGS } from './words.js';

/** Measure units (folded, as the reader writes them) → canonical kind and the factor into it. */
const MEASURES: Readonly<Record<string, readonly [UnitKind, number]>> = {
  ton: ['mass_kg', 1000], tonnen: ['mass_kg', 1000], kg: ['mass_kg', 1], kilo: ['mass_kg', 1], "kilo's": ['mass_kg', 1],
  kilogram: ['mass_kg', 1], gram: ['mass_kg', 0.001], gr: ['mass_kg', 0.001], mg: ['mass_kg', 1e-6],
  km: ['length_m', 1000], kilometer: ['length_m', 1000], kilometers: ['length_m', 1000], m: ['length_m', 1], meter: ['length_m', 1],
  meters: ['length_m', 1], cm: ['length_m', 0.01], mm: ['length_m', 0.001],
  'vierkante meter': ['area_m2', 1], 'm²': ['area_m2', 1], m2: ['area_m2', 1], 'vierkante kilometer': ['area_m2', 1e6], 'km²': ['area_m2', 1e6],
  km2: ['area_m2', 1e6], ha: ['area_m2', 1e4], hectare: ['area_m2', 1e4], hectaren: ['area_m2', 1e4], hectares: ['area_m2', 1e4],
  'kubieke meter': ['volume_l', 1000], 'm³': ['volume_l', 1000], m3: ['volume_l', 1000], liter: ['volume_l', 1], liters: ['volume_l', 1],
  l: ['volume_l', 1], ml: ['volume_l', 0.001], cl: ['volume_l', 0.01], hl: ['volume_l', 100],
  uur: ['duration_hours', 1], uren: ['duration_hours', 1], minuut: ['duration_hours', 1 / 60], minuten: ['duration_hours', 1 / 60],
  min: ['duration_hours', 1 / 60], seconde: ['duration_hours', 1 / 3600], seconden: ['duration_hours', 1 / 3600], sec: ['duration_hours', 1 / 3600],
  dag: ['duration_days', 1], dagen: ['duration_days', 1], week: ['duration_days', 7], weken: ['duration_days', 7],
  maand: ['duration_months', 1], maanden: ['duration_months', 1], jaar: ['duration_months', 12], jaren: ['duration_months', 12],
  eeuw: ['duration_months', 1200],
  procentpunt: ['percentage_points', 1], procentpunten: ['percentage_points', 1], decibel: ['sound_db', 1], db: ['sound_db', 1],
  kwh: ['energy_kwh', 1], mwh: ['energy_kwh', 1000], kw: ['power_kw', 1], mw: ['power_kw', 1000],
  'km/u': ['speed_kmh', 1], 'km/h': ['speed_kmh', 1], 'km/uur': ['speed_kmh', 1],
  'km per uur': ['speed_kmh', 1], 'per uur': ['speed_kmh', 1], 'per u': ['speed_kmh', 1], 'km per u': ['speed_kmh', 1], 'kilometer per uur': ['speed_kmh', 1], 'kilometer per u': ['speed_kmh', 1],
};

const CURRENCY_KINDS: Readonly<Record<string, UnitKind>> = { EUR: 'money_eur', USD: 'money_usd', GBP: 'money_gbp' };

/** Per list of endings (module constants, never changed), its answers by word: figures ask about the same few nouns again and again. */
const endingTests = new WeakMap<readonly string[], (word: string) => boolean>();

/** Whether a word is one of the nouns or a compound ending in one ("wijkagenten" ends in "agenten"). */
export function endsInNoun(word: string, endings: readonly string[]): boolean {
  let test = endingTests.get(endings);
  if (test === undefined) {
    test = memoByWord((written) => {
      const w = foldForMatch(written);
      return endings.some((e) => w === e || (w.endsWith(e) && w.length > e.length + 2));
    });
    endingTests.set(endings, test);
  }
  return test(word);
}

/** Whether a counted noun names people who work for an organisation ("wijkagenten", "personeelsleden"). */
export function isStaffNoun(unit: string): boolean {
  return endsInNoun(unit, STAFF_NOUN_ENDINGS);
}

// People named only as people ("200 mensen", "38 personen"): whether they are staff depends on
// what they are counted for. Residents, victims or suspects ("inwoners", "daders") never are.
const GENERIC_PEOPLE: ReadonlySet<string> = new Set(['mensen', 'personen', 'persoon', 'krachten', 'werkkrachten']);

/** Whether people counted with this noun are staff when counted for an organisation or at work. */
export function mayBeStaff(unit: string | null): boolean {
  return unit !== null && GENERIC_PEOPLE.has(foldForMatch(unit));
}

/**
 * What a figure counts or measures while its meaning is read: a canonical unit, or `people`
 * (people who are not staff by their noun: "38 verdachten", "200 mensen"). People become
 * `staff` when counted for an organisation or at work, else they are a `count`.
 */
export type ReadingKind = UnitKind | 'people';

/** The kind of a unit as written, people apart (see {@link ReadingKind}); null when the figure has no unit. */
export function readingKindOf(kind: FigureKind, unit: string | null): ReadingKind | null {
  if (kind === 'percentage') return 'percentage';
  if (kind === 'fraction') return 'fraction';
  if (unit === null) return null;
  if (kind === 'money') return CURRENCY_KINDS[unit] ?? null;
  if (kind === 'quantity') return MEASURES[foldForMatch(unit)]?.[0] ?? null;
  if (isStaffNoun(unit)) return 'staff';
  return PERSON_NOUNS.has(foldForMatch(unit)) ? 'people' : 'count';
}

/** The canonical kind of a unit as written; null when the figure has no unit. People not known as staff are a count. */
export function unitKindOf(kind: FigureKind, unit: string | null): UnitKind | null {
  const reading = readingKindOf(kind, unit);
  return reading === 'people' ? 'count' : reading;
}

/** The value in its canonical unit: money (a former currency too) and counts as they are, mass in kg, fractions as a decimal. */
export function normalizedValueOf(kind: FigureKind, unit: string | null, value: number): number | null {
  if (kind === 'fraction' || kind === 'money') return value;
  if (kind === 'quantity') {
    const m = unit === null ? undefined : MEASURES[foldForMatch(unit)];
    return m ? Number((value * m[1]).toPrecision(15)) : null;
  }
  return unitKindOf(kind, unit) === null ? null : value;
}
