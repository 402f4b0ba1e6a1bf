/**
 * The hand-written reference for the uncached list benchmark (issue 12): the first page of
 * 50 measures of one programme or document, `GET /v1/programmes/{id}/measures` (or
 * `/v1/documents/{id}/measures`: generated corpora have no programmes), written directly
 * against better-sqlite3 the way one would without the query layer — one statement for
 * the page, one per related list for the page's ids, rows turned into objects by hand,
 * one JSON.stringify. It answers with the same JSON as the API (test/bench/reference.test.ts
 * holds it to that), so the API's uncached list is measured against the cost of the data
 * itself on the same HTTP stack.
 */
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { asciiJson } from '../src/text/ascii-json.js';

/** The reference route, mounted only on the bench's server: `REFERENCE_PATH/{programmes|documents}/{id}`. */
export const REFERENCE_PATH = '/bench/reference';

/** The column each parent collection filters measures by. */
const PARENT_COLUMN = { programmes: 'programme_id', documents: 'document_id' } as const;
type Parent = keyof typeof PARENT_COLUMN;

const PAGE = 50;

interface MeasureRow {
  id: string;
  text: string;
  section: string | null;
  ordinal: number;
  block: number;
  blockKind: string;
  statementKind: string | null;
  documentId: string;
  documentTitle: string;
  programmeId: string | null;
  programmeTitle: string | null;
  start: number;
  end: number;
  page: number | null;
  firstVersion: string;
  firstAt: string;
  lastVersion: string;
  lastAt: string;
}

interface Link {
  measureId: string;
  id: string;
  name: string;
  extra: string;
}

/** The statements, prepared once. */
function statements(db: Database.Database) {
  const page = (parent: Parent) => db.prepare(`SELECT m.id, m.text, m.section, m.ordinal, m.block, m.block_kind AS blockKind, m.statement_kind AS statementKind,
      m.document_id AS documentId, d.title AS documentTitle, m.programme_id AS programmeId, p.title AS programmeTitle,
      m.start, m."end", m.page, fb.version AS firstVersion, fb.built_at AS firstAt, lb.version AS lastVersion, lb.built_at AS lastAt
    FROM measures m JOIN documents d ON d.id = m.document_id LEFT JOIN programmes p ON p.id = m.programme_id
    JOIN record_states r ON r.collection = 'measures' AND r.id = m.id JOIN builds fb ON fb.seq = r.first_build JOIN builds lb ON lb.seq = r.last_build
    WHERE m.${PARENT_COLUMN[parent]} = ? ORDER BY m.document_id, m.ordinal, m.id LIMIT ${PAGE + 1}`);
  const links = (table: string, target: string, key: string, name: string, extra: string) =>
    // CROSS JOIN keeps the page's ids the outer loop: with a plain JOIN and this ORDER BY, SQLite scanned
    // measure_actors whole in its index order instead of seeking it per id.
    db.prepare(`SELECT l.measure_id AS measureId, r.id, r.${name} AS name, l.${extra} AS extra FROM json_each(?) j
      CROSS JOIN ${table} l ON l.measure_id = j.value JOIN ${target} r ON r.id = l.${key} ORDER BY l.measure_id, r.id`);
  return {
    page: { programmes: page('programmes'), documents: page('documents') },
    themes: links('measure_themes', 'themes', 'theme_id', 'label_nl', 'cues'),
    actors: links('measure_actors', 'actors', 'actor_id', 'name', 'role'),
    locations: links('measure_locations', 'locations', 'location_id', 'name', 'via'),
  };
}

/** Related records per measure id. */
function grouped(rows: Link[]): Map<string, Link[]> {
  const out = new Map<string, Link[]>();
  for (const row of rows) {
    const list = out.get(row.measureId);
    if (list) list.push(row);
    else out.set(row.measureId, [row]);
  }
  return out;
}

/** The cursor the API issues after a measure in its default order (document, ordinal, id). */
export const measureCursor = (documentId: string, ordinal: number, id: string) => Buffer.from(JSON.stringify({ s: 'document,ordinal,id', k: [documentId, ordinal, id] })).toString('base64url');

/** Mounts the reference route on `app` over its database. */
export function registerReference(app: FastifyInstance): void {
  const sql = statements(app.db.$client);
  app.get<{ Params: { parent: string; id: string } }>(`${REFERENCE_PATH}/:parent/:id`, async (request, reply) => {
    const { parent, id } = request.params;
    if (!Object.hasOwn(PARENT_COLUMN, parent)) return reply.code(404).send();
    const origin = app.originOf(request);
    const rows = sql.page[parent as Parent].all(id) as MeasureRow[];
    const more = rows.length > PAGE;
    if (more) rows.length = PAGE;
    const ids = JSON.stringify(rows.map((m) => m.id));
    const themes = grouped(sql.themes.all(ids) as Link[]);
    const actors = grouped(sql.actors.all(ids) as Link[]);
    const locations = grouped(sql.locations.all(ids) as Link[]);
    const url = (collection: string, key: string) => `${origin}/v1/${collection}/${key}`;
    const data = rows.map((m) => ({
      id: m.id,
      text: m.text,
      section: m.section,
      ordinal: m.ordinal,
      block: m.block,
      blockKind: m.blockKind,
      statementKind: m.statementKind,
      url: url('measures', m.id),
      document: { id: m.documentId, name: m.documentTitle, url: url('documents', m.documentId) },
      programme: m.programmeId === null ? null : { id: m.programmeId, name: m.programmeTitle, url: url('programmes', m.programmeId) },
      themes: (themes.get(m.id) ?? []).map((l) => ({ id: l.id, name: l.name, url: url('themes', l.id), cues: JSON.parse(l.extra) as string[] })),
      actors: (actors.get(m.id) ?? []).map((l) => ({ id: l.id, name: l.name, url: url('actors', l.id), role: l.extra })),
      locations: (locations.get(m.id) ?? []).map((l) => ({ id: l.id, name: l.name, url: url('locations', l.id), via: l.extra })),
      provenance: { document: m.documentId, start: m.start, end: m.end, quote: m.text, page: m.page },
      figuresUrl: `${url('measures', m.id)}/figures`,
      firstSeen: { version: m.firstVersion, at: m.firstAt },
      lastModified: { version: m.lastVersion, at: m.lastAt },
    }));
    const last = rows[rows.length - 1];
    const next = more && last ? `${origin}/v1/${parent}/${id}/measures?limit=${PAGE}&cursor=${measureCursor(last.documentId, last.ordinal, last.id)}` : null;
    return reply.type('application/json; charset=utf-8').send(asciiJson(JSON.stringify({ data, next })));
  });
}
