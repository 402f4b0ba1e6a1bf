/**
 * Similar measures: for each measure, the measures of other documents about related places
 * that say much the same thing, ranked by score, with the shared terms (computed at build
 * time, see src/ingest/similarity.ts).
 */
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { measureNameSql } from './measures.js';
import { summaryRefs, type Refs } from './refs.js';
import { summarySchema } from './shapes.js';
import { idList, prepared, summarySql } from './sql.js';

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

const SIMILAR_SQL = `SELECT x.measure_id AS parent, x.rank, x.score, x.terms,
  ${summarySql('measures', 'x.similar_id', measureNameSql)} AS measure,
  ${summarySql('documents', 'sm.document_id', 's.title')} AS document,
  ${summarySql('programmes', 'sm.programme_id', 's.title')} AS programme
  FROM json_each(?) j JOIN measure_similarities x ON x.measure_id = j.value JOIN measures sm ON sm.id = x.similar_id
  ORDER BY x.measure_id, x.rank`;

/** The similar measures of each measure, best first, aligned with `ids` (one statement). */
export function similarOfMeasures(db: Db, ids: readonly string[]): SimilarRecord[][] {
  const rows = prepared(db, SIMILAR_SQL).all(idList(ids)) as Array<{ parent: string; rank: number; score: number; terms: string; measure: string; document: string; programme: string | null }>;
  const byParent = new Map<string, SimilarRecord[]>();
  for (const r of rows) {
    const list = byParent.get(r.parent) ?? [];
    list.push({ rank: r.rank, score: r.score, terms: JSON.parse(r.terms), measure: JSON.parse(r.measure), document: JSON.parse(r.document), programme: r.programme === null ? null : JSON.parse(r.programme) });
    byParent.set(r.parent, list);
  }
  return ids.map((id) => byParent.get(id) ?? []);
}
