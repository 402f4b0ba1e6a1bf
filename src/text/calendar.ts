/**
 * Calendar arithmetic on ISO 8601 dates of reduced precision ("2023", "2023-02", "2023-02-14"),
 * in one place: the date checks, the figures stage, the gazetteer's periods and the catalogue's
 * temporal coverage all ask when a month ends.
 */

/** Days in a month (1–12) of a year: 28–31. */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a date of reduced precision covers: "2023" → "2023-01-01", "2023-03" → "2023-03-01". */
export const firstDayOf = (date: string): string => (date + '-01-01').slice(0, 10);

/** The last day a date of reduced precision covers: "2023" → "2023-12-31", "2024-02" → "2024-02-29". */
export function lastDayOf(date: string): string {
  if (date.length >= 10) return date.slice(0, 10);
  const [year, month = 12] = date.split('-').map(Number) as [number, number?];
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}
