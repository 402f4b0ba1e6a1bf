/**
 * The hand-written references for the uncached list benchmark (issue 12), written directly
 * against better-sqlite3 the way one would without the query layer — one statement for the
 * page, one per related list for the page's ids, rows turned into objects by hand, one
 * JSON.stringify — each answering with the same JSON as the API list it stands in for
 * (test/bench/reference.test.ts holds them to that, byte for byte), so the API's uncached
 * list is measured against the cost of the data itself on the same HTTP stack:
 * - `REFERENCE_PATH/{programmes|documents}/{id}`: the first page of 50 measures of one
 *   programme or document, `GET /v1/programmes/{id}/measures?limit=50` (generated corpora
 *   have no programmes);
 * - `REFERENCE_PATH/places/{id}`: 50 measures of a place with everything inside it,
 *   `GET /v1/measures?location={id}&limit=50` (one range of `measure_places`);
 * - `REFERENCE_PATH/actors/{id}`: the first 50 measures naming an actor,
 *   `GET /v1/actors/{id}/measures?limit=50` (one range of `measure_actor_order`);
 * - `REFERENCE_PATH/measures?cursor=…`: 50 measures after a cursor of the default order,
 *   `GET /v1/measures?limit=50&cursor=…` (a harvester deep into its walk);
 * - `REFERENCE_PATH/figures?unit=…`: the first 50 figures of a unit as written,
 *   `GET /v1/figures?unit=…` (the index on unit, document, start, id walked in order).
 */
import type Database from 'better-sqlite3';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { asciiJson } from '../src/text/ascii-json.js';

/** The reference route, mounted only on the bench's server: `REFERENCE_PATH/{programmes|documents}/{id}`. */
export const REFERENCE_PATH = '/bench/reference';

/** The column each parent collection filters measures by. */
const PARENT_COLUMN = { programmes: 'programme_id', documents: 'document_id' } as const;
type Parent = keyof typeof PARENT_COLUMN;

const PAGE = 50;

/** What a page row of measures and of figures both hold: the document, the span in it and the history stamps. */
interface SpanAndStamps {
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  page: number | null;
  firstVersion: string;
  firstAt: string;
  lastVersion: string;
  lastAt: string;
}

interface MeasureRow extends SpanAndStamps {
  id: string;
  text: string;
  section: string | null;
  ordinal: number;
  block: number;
  blockKind: string;
  statementKind: string | null;
  programmeId: string | null;
  programmeTitle: string | null;
}

interface FigureRow extends SpanAndStamps {
  id: string;
  kind: string;
  value: number;
  valueMax: number | null;
  previousValue: number | null;
  unit: string | null;
  unitKind: string | null;
  normalizedValue: number | null;
  subject: string | null;
  subjectStart: number | null;
  subjectEnd: number | null;
  status: string;
  direction: string | null;
  change: number | null;
  qualifier: string | null;
  referenceDate: string | null;
  quote: string;
  actorId: string | null;
  actorName: string | null;
  locationId: string | null;
  locationName: string | null;
  seriesId: string | null;
  seriesName: string | null;
  measureId: string | null;
  measureName: string | null;
}

interface Link {
  measureId: string;
  id: string;
  name: string;
  extra: string;
}

/** A measure page's columns and joins (document, programme, history stamps), before its own condition and order. */
const MEASURE_PAGE = `SELECT m.id, m.text, m.section, m.ordinal, m.block, m.block_kind AS blockKind, m.statement_kind AS statementKind,
      m.document_id AS documentId, d.title AS documentTitle, m.programme_id AS programmeId, p.title AS programmeTitle,
      m.start, m."end", m.page, fb.version AS firstVersion, fb.built_at AS firstAt, lb.version AS lastVersion, lb.built_at AS lastAt`;
const MEASURE_JOINS = `JOIN documents d ON d.id = m.document_id LEFT JOIN programmes p ON p.id = m.programme_id
    JOIN record_states r ON r.collection = 'measures' AND r.id = m.id JOIN builds fb ON fb.seq = r.first_build JOIN builds lb ON lb.seq = r.last_build`;

/** The statements, prepared once. */
function statements(db: Database.Database) {
  const page = (parent: Parent) => db.prepare(`${MEASURE_PAGE}
    FROM measures m ${MEASURE_JOINS}
    WHERE m.${PARENT_COLUMN[parent]} = ? ORDER BY m.document_id, m.ordinal, m.id LIMIT ${PAGE + 1}`);
  const links = (table: string, target: string, key: string, name: string, extra: string) =>
    // CROSS JOIN keeps the page's ids the outer loop: with a plain JOIN and this ORDER BY, SQLite scanned
    // measure_actors whole in its index order instead of seeking it per id.
    db.prepare(`SELECT l.measure_id AS measureId, r.id, r.${name} AS name, l.${extra} AS extra FROM json_each(?) j
      CROSS JOIN ${table} l ON l.measure_id = j.value JOIN ${target} r ON r.id = l.${key} ORDER BY l.measure_id, r.id`);
  return {
    page: { programmes: page('programmes'), documents: page('documents') },
    // A place's measures with those of every place inside it, in text order: its range of measure_places (CROSS JOIN keeps the range the outer loop).
    place: db.prepare(`${MEASURE_PAGE}
    FROM measure_places mp CROSS JOIN measures m ON m.id = mp.measure_id ${MEASURE_JOINS}
    WHERE mp.ancestor_id = ? ORDER BY mp.document_id, mp.ordinal, mp.measure_id LIMIT ${PAGE + 1}`),
    // The measures naming an actor, in text order: its range of measure_actor_order.
    actor: db.prepare(`${MEASURE_PAGE}
    FROM measure_actor_order mao CROSS JOIN measures m ON m.id = mao.measure_id ${MEASURE_JOINS}
    WHERE mao.actor_id = ? ORDER BY mao.document_id, mao.ordinal, mao.measure_id LIMIT ${PAGE + 1}`),
    // Every measure after a position of the text order (document, ordinal, id), the index on (document, ordinal) seeking the
    // document's bound. A row value (m.document_id, m.ordinal, m.id) > (?, ?, ?) read the whole rest of the table to sort
    // ties by id (800 ms at 10k documents): the index does not hold the id.
    after: db.prepare(`${MEASURE_PAGE}
    FROM measures m ${MEASURE_JOINS}
    WHERE m.document_id >= @document AND (m.document_id > @document OR (m.document_id = @document AND (m.ordinal > @ordinal OR (m.ordinal = @ordinal AND m.id > @id))))
    ORDER BY m.document_id, m.ordinal, m.id LIMIT ${PAGE + 1}`),
    // A unit's figures in text order, each with its summaries (a series is named by its actor or place and unit kind; a measure by its text, cut at 100 characters).
    figures: db.prepare(`SELECT f.id, f.kind, f.value, f.value_max AS valueMax, f.previous_value AS previousValue, f.unit, f.unit_kind AS unitKind,
      f.normalized_value AS normalizedValue, f.subject, f.subject_start AS subjectStart, f.subject_end AS subjectEnd, f.status, f.direction, f.change,
      f.qualifier, f.reference_date AS referenceDate, f.quote, f.subject_actor_id AS actorId, sa.name AS actorName, f.subject_location_id AS locationId,
      sl.name AS locationName, f.series_id AS seriesId, coalesce((SELECT name FROM actors WHERE id = s.actor_id), (SELECT name FROM locations WHERE id = s.location_id)) || ': ' || s.unit_kind AS seriesName,
      f.measure_id AS measureId, CASE WHEN length(ms.text) > 100 THEN substr(ms.text, 1, 99) || '…' ELSE ms.text END AS measureName,
      f.document_id AS documentId, d.title AS documentTitle, f.start, f."end", f.page,
      fb.version AS firstVersion, fb.built_at AS firstAt, lb.version AS lastVersion, lb.built_at AS lastAt
    FROM figures f JOIN documents d ON d.id = f.document_id LEFT JOIN actors sa ON sa.id = f.subject_actor_id LEFT JOIN locations sl ON sl.id = f.subject_location_id
      LEFT JOIN series s ON s.id = f.series_id LEFT JOIN measures ms ON ms.id = f.measure_id
      JOIN record_states r ON r.collection = 'figures' AND r.id = f.id JOIN builds fb ON fb.seq = r.first_build JOIN builds lb ON lb.seq = r.last_build
    WHERE f.unit = ? ORDER BY f.document_id, f.start, f.id LIMIT ${PAGE + 1}`),
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

/** The JSON of a page of measure rows (at most PAGE + 1: the extra one says a next page follows, at `next(cursor)`). */
function measurePage(sql: ReturnType<typeof statements>, origin: string, rows: MeasureRow[], next: (cursor: string) => string): string {
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
  return asciiJson(JSON.stringify({ data, next: more && last ? next(measureCursor(last.documentId, last.ordinal, last.id)) : null }));
}

/** The JSON of a page of figure rows (at most PAGE + 1, as {@link measurePage}). */
function figurePage(origin: string, rows: FigureRow[], next: (cursor: string) => string): string {
  const more = rows.length > PAGE;
  if (more) rows.length = PAGE;
  const url = (collection: string, key: string) => `${origin}/v1/${collection}/${key}`;
  const summary = (collection: string, id: string | null, name: string | null) => (id === null ? null : { id, name, url: url(collection, id) });
  const data = rows.map((f) => ({
    id: f.id,
    kind: f.kind,
    value: f.value,
    valueMax: f.valueMax,
    previousValue: f.previousValue,
    unit: f.unit,
    unitKind: f.unitKind,
    normalizedValue: f.normalizedValue,
    subject: f.subject,
    subjectStart: f.subjectStart,
    subjectEnd: f.subjectEnd,
    status: f.status,
    direction: f.direction,
    change: f.change,
    qualifier: f.qualifier,
    referenceDate: f.referenceDate,
    quote: f.quote,
    url: url('figures', f.id),
    subjectActor: summary('actors', f.actorId, f.actorName),
    subjectLocation: summary('locations', f.locationId, f.locationName),
    series: summary('series', f.seriesId, f.seriesName),
    measure: summary('measures', f.measureId, f.measureName),
    document: { id: f.documentId, name: f.documentTitle, url: url('documents', f.documentId) },
    provenance: { document: f.documentId, start: f.start, end: f.end, quote: f.quote, page: f.page },
    firstSeen: { version: f.firstVersion, at: f.firstAt },
    lastModified: { version: f.lastVersion, at: f.lastAt },
  }));
  const last = rows[rows.length - 1];
  const cursor = last && Buffer.from(JSON.stringify({ s: 'document,start,id', k: [last.documentId, last.start, last.id] })).toString('base64url');
  return asciiJson(JSON.stringify({ data, next: more && cursor ? next(cursor) : null }));
}

/** The position a cursor of the measures' default order holds, or undefined for anything else. */
function cursorPosition(cursor: string): [string, number, string] | undefined {
  try {
    const { s, k } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s?: unknown; k?: unknown };
    if (s !== 'document,ordinal,id' || !Array.isArray(k) || typeof k[0] !== 'string' || typeof k[1] !== 'number' || typeof k[2] !== 'string') return undefined;
    return [k[0], k[1], k[2]];
  } catch {
    return undefined;
  }
}

/** Mounts the reference routes on `app` over its database. */
export function registerReference(app: FastifyInstance): void {
  const sql = statements(app.db.$client);
  const send = (reply: FastifyReply, json: string) => reply.type('application/json; charset=utf-8').send(json);
  app.get<{ Params: { id: string } }>(`${REFERENCE_PATH}/places/:id`, async (request, reply) => {
    const { id } = request.params;
    const rows = sql.place.all(id) as MeasureRow[];
    return send(reply, measurePage(sql, app.originOf(request), rows, (cursor) => `${app.originOf(request)}/v1/measures?${new URLSearchParams({ location: id, limit: String(PAGE), cursor })}`));
  });
  app.get<{ Params: { id: string } }>(`${REFERENCE_PATH}/actors/:id`, async (request, reply) => {
    const { id } = request.params;
    const rows = sql.actor.all(id) as MeasureRow[];
    return send(reply, measurePage(sql, app.originOf(request), rows, (cursor) => `${app.originOf(request)}/v1/actors/${id}/measures?limit=${PAGE}&cursor=${cursor}`));
  });
  app.get<{ Querystring: { cursor?: string } }>(`${REFERENCE_PATH}/measures`, async (request, reply) => {
    const cursor = request.query.cursor ?? '';
    const position = cursorPosition(cursor);
    if (position === undefined) return reply.code(400).send();
    const [document, ordinal, id] = position;
    const rows = sql.after.all({ document, ordinal, id }) as MeasureRow[];
    return send(reply, measurePage(sql, app.originOf(request), rows, (next) => `${app.originOf(request)}/v1/measures?limit=${PAGE}&cursor=${next}`));
  });
  app.get<{ Querystring: { unit?: string } }>(`${REFERENCE_PATH}/figures`, async (request, reply) => {
    const unit = request.query.unit ?? '';
    const rows = sql.figures.all(unit) as FigureRow[];
    return send(reply, figurePage(app.originOf(request), rows, (cursor) => `${app.originOf(request)}/v1/figures?${new URLSearchParams({ unit, cursor })}`));
  });
  app.get<{ Params: { parent: string; id: string } }>(`${REFERENCE_PATH}/:parent/:id`, async (request, reply) => {
    const { parent, id } = request.params;
    if (!Object.hasOwn(PARENT_COLUMN, parent)) return reply.code(404).send();
    const rows = sql.page[parent as Parent].all(id) as MeasureRow[];
    return send(reply, measurePage(sql, app.originOf(request), rows, (cursor) => `${app.originOf(request)}/v1/${parent}/${id}/measures?limit=${PAGE}&cursor=${cursor}`));
  });
}
