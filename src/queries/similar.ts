/**
 * Similar measures: for each measure, the measures of other documents about related places
 * that say much the same thing, ranked by score, with the shared terms (computed at build
 * time, see src/ingest/similarity.ts).
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { measureNameSql } from './measures.js';
import { summaryRefs, type Refs } from './refs.js';
import { summarySchema } from './shapes.js';
import { code, idList, rows, summaryFragment } from './sql.js';

export const similarSchema = z
  .object({
    rank: z.number().int().describe('1 for the most similar.'),
    score: z.number().describe('Cosine of the tf-idf vectors of the stemmed terms of both measures, 0–1.'),
    terms: z.array(z.string()).describe('The shared terms that weigh most, as the measure writes them.'),
    measure: summarySchema.describe('The similar measure.'),
    document: summarySchema.describe('Its document.'),
    programme: summarySchema.nullable().describe('Its programme.'),
  })
  .meta({ id: 'SimilarMeasure', description: 'A measure of another document about a related place that shares weighted terms with this one.' });
export type SimilarRecord = z.infer<typeof similarSchema>;

/** The references of a similar measure: its three summaries. */
export const similarRefs: Refs = { measure: summaryRefs('measures'), document: summaryRefs('documents'), programme: summaryRefs('programmes') };

const similarSql = (ids: readonly string[]) => sql`SELECT x.measure_id AS parent, x.rank, x.score, x.terms,
  ${summaryFragment('measures', sql`x.similar_id`, code(measureNameSql))} AS measure,
  ${summaryFragment('documents', sql`sm.document_id`, sql`s.title`)} AS document,
  ${summaryFragment('programmes', sql`sm.programme_id`, sql`s.title`)} AS programme
  FROM json_each(${idList(ids)}) j JOIN measure_similarities x ON x.measure_id = j.value JOIN measures sm ON sm.id = x.similar_id
  ORDER BY x.measure_id, x.rank`;

/** The similar measures of each measure, best first, aligned with `ids` (one statement). */
export function similarOfMeasures(db: Db, ids: readonly string[]): SimilarRecord[][] {
  const found = rows<{ parent: string; rank: number; score: number; terms: string; measure: string; document: string; programme: string | null }>(db, similarSql(ids));
  const byParent = new Map<string, SimilarRecord[]>();
  for (const r of found) {
    const list = byParent.get(r.parent) ?? [];
    list.push({ rank: r.rank, score: r.score, terms: JSON.parse(r.terms), measure: JSON.parse(r.measure), document: JSON.parse(r.document), programme: r.programme === null ? null : JSON.parse(r.programme) });
    byParent.set(r.parent, list);
  }
  return ids.map((id) => byParent.get(id) ?? []);
}
