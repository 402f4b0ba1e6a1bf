/**
 * Comparing places: per theme, for each place, how many measures (by statement kind), how
 * many figures and which programmes they come from. A place includes everything inside it
 * (as the `location` filter does), so cities, police zones and provinces compare alike.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError } from '../errors.js';
import { resolveLocation } from './filters.js';
import { measuresInLocation } from './measures.js';
import { summaryRefs, type Ref, type Refs } from './refs.js';
import type { CompareCell, Comparison, summarySchema } from './shapes.js';
import { firstRow, statement } from './sql.js';

export const MAX_COMPARED = 12;

// The comparison's shape lives with the other output shapes: the facts a build stores (stored-facts.ts) hold one, below the query layer.
export { comparisonSchema, type CompareCell, type CompareRow, type Comparison } from './shapes.js';

/** The measures behind a cell: its `measuresUrl` holds the theme id, the cell names the place. */
export const cellMeasuresRef = (theme: string, cell: CompareCell): Ref => ({ collection: 'measures', query: { location: cell.location, theme } });

/** The references of a comparison: place, theme and programme summaries and each cell's measures. */
export const comparisonRefs: Refs = {
  locations: summaryRefs('locations'),
  themes: { theme: summaryRefs('themes'), places: { programmes: summaryRefs('programmes'), measuresUrl: cellMeasuresRef } },
};

/** Comma-separated places (ids, NIS codes or names), at most {@link MAX_COMPARED}. */
export const locationsListSchema = z
  .string()
  .min(1)
  .transform((v) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.string()).min(1).max(MAX_COMPARED, `names at most ${MAX_COMPARED} places`));

interface Row {
  theme: string;
  kind: string | null;
  measures: number;
  figures: number;
  programmes: string;
}

/** Counts of the measures tied to `location` per theme (only `theme`, when given) and kind of statement. */
const cellsOf = (location: string, theme: string | undefined) => sql`SELECT mt.theme_id AS theme, m.statement_kind AS kind, count(*) AS measures,
  sum((SELECT count(*) FROM figures f WHERE f.measure_id = m.id)) AS figures,
  json_group_array(DISTINCT m.programme_id) AS programmes
  FROM measures m JOIN measure_themes mt ON mt.measure_id = m.id
  WHERE m.id IN (${measuresInLocation(location)}) AND (${theme ?? null} IS NULL OR mt.theme_id = ${theme ?? null})
  GROUP BY mt.theme_id, m.statement_kind`;

/** The comparison of `places` (as given by users), optionally on one theme. */
export function compareLocations(db: Db, places: readonly string[], theme?: string): Comparison {
  const ids = places.map((p) => {
    const id = resolveLocation(db, p);
    if (id === undefined) throw new ApiError('INVALID_PARAMETER', `No location matches "${p}".`, { parameter: 'locations' });
    return id;
  });
  if (theme !== undefined && firstRow(db, sql`SELECT 1 FROM themes WHERE id = ${theme}`) === undefined) {
    throw new ApiError('INVALID_PARAMETER', `No theme matches theme="${theme}".`, { parameter: 'theme' });
  }
  const summary = (table: string, nameColumn: string, id: string) =>
    firstRow<z.infer<typeof summarySchema>>(db, sql`SELECT id, ${sql.identifier(nameColumn)} AS name, id AS url FROM ${sql.identifier(table)} WHERE id = ${id}`)!;
  const unique = [...new Set(ids)];
  type Cell = CompareCell;
  const newCell = (location: string, themeId: string): Cell => ({
    location, measures: 0, commitments: 0, observations: 0, questions: 0, figures: 0, programmes: [],
    measuresUrl: themeId,
  });
  const cells = new Map<string, Map<string, Cell>>();
  for (const location of unique) {
    const { stmt, params } = statement(db, cellsOf(location, theme));
    for (const r of stmt.all(...params) as Row[]) {
      let byPlace = cells.get(r.theme);
      if (!byPlace) cells.set(r.theme, (byPlace = new Map()));
      let cell = byPlace.get(location);
      if (!cell) byPlace.set(location, (cell = newCell(location, r.theme)));
      cell.measures += r.measures;
      if (r.kind === 'commitment') cell.commitments += r.measures;
      if (r.kind === 'observation') cell.observations += r.measures;
      if (r.kind === 'question') cell.questions += r.measures;
      cell.figures += r.figures;
      const known = new Set(cell.programmes.map((p) => p.id));
      for (const id of JSON.parse(r.programmes) as Array<string | null>) if (id !== null && !known.has(id)) cell.programmes.push(summary('programmes', 'title', id));
    }
  }
  const rows = [...cells].map(([themeId, byPlace]) => {
    const places = unique.map((l) => byPlace.get(l) ?? newCell(l, themeId));
    return { theme: summary('themes', 'label_nl', themeId), total: places.reduce((n, c) => n + c.measures, 0), places };
  });
  rows.sort((a, b) => b.total - a.total || (a.theme.id < b.theme.id ? -1 : 1));
  return { locations: unique.map((l) => summary('locations', 'name', l)), themes: rows };
}
