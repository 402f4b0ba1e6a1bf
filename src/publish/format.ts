/** Dutch display of values, dates and kinds, shared by cards, the SVG, citations and the browse pages. */
import type { FigureRecord } from '../queries/shapes.js';

/** Made on first use: the process's first Intl object loads ICU's locale data (30–50 ms), which a start need not wait for. */
let number: Intl.NumberFormat | undefined;

/** 1234.5 → "1.234,5". */
export const formatNumber = (n: number) => (number ??= new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 })).format(n);

type FigureValue = Pick<FigureRecord, 'value' | 'valueMax' | 'previousValue' | 'unit'>;

const withUnit = (amount: string, unit: string | null) => (unit === null ? amount : unit === '%' ? `${amount}%` : `${amount} ${unit}`);

/** "312 medewerkers", "30–40 mensen", "90%": the value as a reader would say it (a change shows its new value). */
export function figureLabel(f: FigureValue): string {
  const amount = f.valueMax === null ? formatNumber(f.value) : `${formatNumber(f.value)}–${formatNumber(f.valueMax)}`;
  return withUnit(amount, f.unit);
}

/** "van 186 naar 312 (+126; +67,7%)" for a change, else null. */
export function changeLabel(f: FigureValue): string | null {
  if (f.previousValue === null) return null;
  const delta = f.value - f.previousValue;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const relative = f.previousValue === 0 ? '' : `; ${sign}${formatNumber(Math.round((Math.abs(delta) / f.previousValue) * 1000) / 10)}%`;
  return `van ${formatNumber(f.previousValue)} naar ${formatNumber(f.value)} (${sign}${formatNumber(Math.abs(delta))}${relative})`;
}

type FigureSubject = Partial<Pick<FigureRecord, 'subject' | 'subjectActor' | 'subjectLocation'>>;

/**
 * Whose or what a figure is, for a reader: the actor, with the place the text puts it in
 * when its name does not already say it ("Verkeerspolitie Oost Aalst"); else the
 * subject as written, else the place; null when the figure has none.
 */
export function subjectLabel(f: FigureSubject): string | null {
  const actor = f.subjectActor?.name;
  const place = f.subjectLocation?.name;
  if (actor) return place && !actor.toLowerCase().includes(place.toLowerCase()) ? `${actor} ${place}` : actor;
  return f.subject ?? place ?? null;
}

/** A figure's title for cards and oEmbed, led by its subject: "Verkeerspolitie Oost Aalst: 120 agenten — van 100 naar 120 (+20; +20%)". */
export function figureTitle(f: FigureValue & FigureSubject): string {
  const change = changeLabel(f);
  const subject = subjectLabel(f);
  const label = subject ? `${subject}: ${figureLabel(f)}` : figureLabel(f);
  return change ? `${label} — ${change}` : label;
}

const statuses: Record<string, string> = { target: 'doel', actual: 'vastgesteld', forecast: 'prognose' };

/** Dutch label of a figure's status ("target" → "doel"); null for unknown. */
export const statusLabel = (status: string) => statuses[status] ?? null;

const unitKinds: Record<string, string> = {
  staff: 'personeel', count: 'aantal', percentage: 'percentage', fraction: 'breuk', percentage_points: 'procentpunten',
  money_eur: 'euro', money_usd: 'dollar', money_gbp: 'pond', mass_kg: 'kg', length_m: 'meter', area_m2: 'm²', volume_l: 'liter',
  duration_hours: 'uren', duration_days: 'dagen', duration_months: 'maanden', speed_kmh: 'km/u', energy_kwh: 'kWh', power_kw: 'kW', sound_db: 'dB',
};

/** Dutch label of a canonical unit ("staff" → "personeel"). */
export const unitKindLabel = (kind: string) => unitKinds[kind] ?? kind.replace(/_/g, ' ');

/** A measure card's title, after its document. */
export const measureTitle = (measure: { document: { name: string } }) => `Maatregel: ${measure.document.name}`;

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2018-03" → "maart 2018", "2023-12-31" → "31 december 2023", null → null. */
export function formatDate(date: string | null): string | null {
  if (date === null) return null;
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : months[Number(month) - 1];
  return [day === undefined ? undefined : String(Number(day)), monthName, year].filter(Boolean).join(' ');
}

const kinds: Record<string, string> = {
  election_programme: 'verkiezingsprogramma',
  coalition_agreement: 'bestuursakkoord',
  government_plan: 'regeringsplan',
  news_article: 'nieuwsartikel',
  policy_note: 'beleidsnota',
  press_release: 'persbericht',
  commitment: 'voornemen',
  observation: 'vaststelling',
  question: 'vraag',
  count: 'aantal',
  percentage: 'percentage',
  money: 'bedrag',
  quantity: 'hoeveelheid',
  fraction: 'breuk',
  continent: 'werelddeel',
  country: 'land',
  region: 'gewest',
  province: 'provincie',
  arrondissement: 'arrondissement',
  judicial_arrondissement: 'gerechtelijk arrondissement',
  municipality: 'gemeente',
  district: 'deelgemeente',
  neighbourhood: 'wijk',
  street: 'straat',
  site: 'site',
  waterway: 'waterweg',
  road: 'weg',
  building: 'gebouw',
};

/** Dutch label of a stored kind ("election_programme" → "verkiezingsprogramma"); unknown kinds as written. */
export const kindLabel = (kind: string) => kinds[kind] ?? kind.replace(/_/g, ' ');

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** "p. 4": the page of the original a quote stands on, as citations and cards show it. */
export const pageLabel = (page: number) => `p. ${page}`;
