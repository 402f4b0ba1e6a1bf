/**
 * The routes the bench measures, shared by `bench/run.ts` (every scenario against the
 * servers of each corpus) and `bench/graphql.ts` (the GraphQL scenario under different
 * Mercurius settings). Ids in the paths are chosen from the corpus's database, so the
 * same scenarios run on the seeds and on generated corpora of any size.
 */
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { measureCursor, REFERENCE_PATH } from './reference.js';

/** The nested GraphQL query: programmes → measures → figures, actors, places (about 40 measures). */
export const NESTED_QUERY = `{
  programmes(first: 5) { nodes { id title
    measures(first: 10) { nodes { id text statementKind
      figures(first: 5) { nodes { id value unit quote } }
      actors(first: 5) { edges { role node { id name } } }
      locations(first: 5) { edges { via node { id name } } }
    } }
  } }
}`;

/** The same over documents, for corpora without programmes (generated ones). */
const NESTED_DOCUMENTS_QUERY = NESTED_QUERY.replace('programmes(first: 5) { nodes { id title', 'documents(first: 5) { nodes { id title');

const graphqlPath = (query: string) => `/graphql?query=${encodeURIComponent(query)}`;

/** As a GET URL, so autocannon needs nothing but the URL. */
export const nestedGraphqlPath = graphqlPath(NESTED_QUERY);

/** A static JSON route for the baseline, mounted only on the bench's server. */
export const STATIC_PATH = '/bench/static';

/** The static route's body. */
const STATIC_BODY = { status: 'ok', message: 'static baseline' };

/** Mounts the static baseline route on an app that is not yet ready. */
export const registerStatic = (app: { get: (path: string, handler: () => Promise<unknown>) => unknown }): void => {
  app.get(STATIC_PATH, async () => STATIC_BODY);
};

/** The same-bytes control, mounted only on the bench's server: `PAYLOAD_PATH?of=PATH` answers PATH's body, serialised once. */
export const PAYLOAD_PATH = '/bench/payload';

/** The same-bytes control's URL path for the app path `path` (its query string included). */
export const payloadPath = (path: string): string => `${PAYLOAD_PATH}?of=${encodeURIComponent(path)}`;

/** How many distinct paths the same-bytes control keeps (the bench's scenarios, and a few more). */
const PAYLOAD_PATHS = 64;

/**
 * Mounts the same-bytes control on an app that is not yet ready: a static route whose body is
 * the 200 response of the app's own path `of`, asked once (`app.inject`, no Accept-Encoding)
 * and then sent as it is with its content type, through the same hooks (ASCII check, security
 * headers, CORS, compression when the client asks for it) as every route. Beside the static
 * route and a scenario's route it splits the gap: moving that many bytes at all, against
 * computing them.
 */
export function registerPayload(app: FastifyInstance): void {
  const bodies = new Map<string, { type: string; body: string }>();
  app.get<{ Querystring: { of?: string } }>(PAYLOAD_PATH, async (request, reply) => {
    const of = request.query.of ?? '';
    if (!of.startsWith('/') || of.startsWith(PAYLOAD_PATH)) return reply.code(400).send({ error: 'of: an app path, e.g. /v1/measures' });
    let stored = bodies.get(of);
    if (stored === undefined) {
      const response = await app.inject({ url: of });
      if (response.statusCode !== 200) return reply.code(502).send({ error: `${of} answered ${response.statusCode}` });
      if (bodies.size >= PAYLOAD_PATHS) bodies.delete(bodies.keys().next().value!);
      stored = { type: String(response.headers['content-type']), body: response.body };
      bodies.set(of, stored);
    }
    return reply.type(stored.type).send(stored.body);
  });
}

export interface Targets {
  /** Minimum ratio of the cached route to the static route. */
  cached?: number;
  /** Minimum ratio of the uncached route to the static route. */
  uncached?: number;
  /** Minimum ratio of the uncached route to the hand-written reference route. */
  reference?: number;
}

export interface Scenario {
  name: string;
  path: string;
  targets: Targets;
  /** Request headers, e.g. the Accept-Encoding every browser and HTTP library sends. */
  headers?: Record<string, string>;
  /** The hand-written route producing the same JSON (bench/reference.ts). */
  reference?: string;
  /** Whether the issue's 100k-document single-client p99 bound (20 ms) applies. */
  p99Bound?: boolean;
}

const one = <T>(db: Database.Database, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T | undefined;

/** The scenarios over the database at `dbPath`, with ids picked from it (the largest programme, city, …). */
export function scenariosFor(dbPath: string): Scenario[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    // The parent with the most measures: a programme where there are any, else a document.
    const parent = one<{ parent: string; id: string }>(db, "SELECT 'programmes' AS parent, programme_id AS id FROM measures WHERE programme_id IS NOT NULL GROUP BY programme_id ORDER BY count(*) DESC, programme_id LIMIT 1") ??
      one<{ parent: string; id: string }>(db, "SELECT 'documents' AS parent, document_id AS id FROM measures GROUP BY document_id ORDER BY count(*) DESC, document_id LIMIT 1")!;
    const city = one<{ id: string }>(db, "SELECT l.id FROM measure_locations ml JOIN locations l ON l.id = ml.location_id WHERE l.kind = 'municipality' GROUP BY l.id ORDER BY count(*) DESC, l.id LIMIT 1")!.id;
    // The actor naming the most measures (the federal or local police): its list is read from measure_actor_order at any size.
    const actor = one<{ id: string }>(db, 'SELECT actor_id AS id FROM measure_actors GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT 1')!.id;
    const province = one<{ id: string }>(db, "SELECT la.ancestor_id AS id FROM location_ancestors la JOIN locations l ON l.id = la.ancestor_id WHERE la.location_id = ? AND l.kind = 'province'", city)?.id ?? city;
    const measures = one<{ n: number }>(db, 'SELECT count(*) AS n FROM measures')!.n;
    // 90 % into the default order (document, ordinal): a harvester deep into its walk.
    const deep = one<{ document_id: string; ordinal: number; id: string }>(db, 'SELECT document_id, ordinal, id FROM measures ORDER BY document_id, ordinal, id LIMIT 1 OFFSET ?', Math.floor(measures * 0.9))!;
    const hasProgrammes = parent.parent === 'programmes';
    const unit = one<{ unit: string }>(db, "SELECT unit FROM figures WHERE unit = 'personeelsleden' LIMIT 1") ? 'personeelsleden' : one<{ unit: string }>(db, 'SELECT unit FROM figures WHERE unit IS NOT NULL GROUP BY unit ORDER BY count(*) DESC LIMIT 1')!.unit;
    // Its reference (/bench/reference/measures?cursor=…) gives the same bytes but SQLite plans its joins from the builds table (600 ms at 10k): not the bench's until that plan is fixed.
    const deepCursor = measureCursor(deep.document_id, deep.ordinal, deep.id);
    const ofParent = `/v1/${parent.parent}/${encodeURIComponent(parent.id)}/measures?limit=50`;
    const list = { cached: 0.5, uncached: 0.1 };
    return [
      { name: `50 measures of one ${hasProgrammes ? 'programme' : 'document'}`, path: ofParent, reference: `${REFERENCE_PATH}/${parent.parent}/${encodeURIComponent(parent.id)}`, targets: { ...list, reference: 0.8 }, p99Bound: true },
      { name: `50 measures of a city with its sub-places (${city})`, path: `/v1/measures?location=${city}&limit=50`, reference: `${REFERENCE_PATH}/places/${encodeURIComponent(city)}`, targets: { ...list, reference: 0.8 }, p99Bound: true },
      { name: '  … with Accept-Encoding: br, gzip', path: `/v1/measures?location=${city}&limit=50`, headers: { 'accept-encoding': 'br, gzip' }, targets: { cached: 0.5 } },
      { name: `50 measures of the actor named most (${actor})`, path: `/v1/actors/${encodeURIComponent(actor)}/measures?limit=50`, reference: `${REFERENCE_PATH}/actors/${encodeURIComponent(actor)}`, targets: { ...list, reference: 0.8 }, p99Bound: true },
      { name: `figures?unit=${unit}`, path: `/v1/figures?unit=${encodeURIComponent(unit)}`, reference: `${REFERENCE_PATH}/figures?unit=${encodeURIComponent(unit)}`, targets: { ...list, reference: 0.8 }, p99Bound: true },
      { name: `measures of a province, count and facets (${province})`, path: `/v1/measures?location=${province}&count=true&facet=theme,actor&limit=50`, targets: {}, p99Bound: true },
      { name: '50 measures 90 % deep (cursor)', path: `/v1/measures?limit=50&cursor=${deepCursor}`, targets: list, p99Bound: true },
      { name: 'search?q=camera', path: '/v1/search?q=camera', targets: { cached: 0.3, uncached: 0.05 }, p99Bound: true },
      { name: 'search?q=politie (a common word)', path: '/v1/search?q=politie', targets: { uncached: 0.05 }, p99Bound: true },
      { name: `GraphQL nested (${hasProgrammes ? 'programmes' : 'documents'} → measures → …)`, path: graphqlPath(hasProgrammes ? NESTED_QUERY : NESTED_DOCUMENTS_QUERY), targets: { cached: 0.2, uncached: 0.03 } },
    ];
  } finally {
    db.close();
  }
}

/** A path to measure, its label and its request headers. */
export interface LabelledPath {
  label: string;
  path: string;
  headers: Record<string, string>;
}

/**
 * The static route, then for each scenario of `dbPath` whose name contains one of `names` (any
 * case; `all` for every one): its same-bytes control, its hand-written reference if it has one,
 * and the scenario itself, with its headers. What the profiles put side by side.
 */
export function controlledPaths(dbPath: string, names: readonly string[]): LabelledPath[] {
  const wanted = names.map((n) => n.trim().toLowerCase());
  const chosen = scenariosFor(dbPath).filter((s) => wanted.includes('all') || wanted.some((part) => s.name.toLowerCase().includes(part)));
  return [
    { label: 'static', path: STATIC_PATH, headers: {} },
    ...chosen.flatMap((s) => {
      const headers = s.headers ?? {};
      const name = s.name.trim();
      return [
        { label: `${name}: same bytes`, path: payloadPath(s.path), headers },
        ...(s.reference === undefined ? [] : [{ label: `${name}: reference`, path: s.reference, headers }]),
        { label: name, path: s.path, headers },
      ];
    }),
  ];
}

/** The light and heavy requests of issue 12 on the corpus at DB_PATH (its largest document, city and province; a common theme; the unit of the bench's scenario). */
export function issue12Paths(dbPath: string | undefined): { normal: string[]; abusive: string[] } {
  if (dbPath === undefined) throw new Error('MIXED_HEAVY=issue12 needs DB_PATH (a generated corpus)');
  const scenarios = scenariosFor(dbPath);
  const province = /location=([^&]+)&count=true/.exec(scenarios.find((s) => s.path.includes('count=true'))!.path)![1]!;
  const city = /location=([^&]+)&limit=50$/.exec(scenarios.find((s) => /location=[^&]+&limit=50$/.test(s.path))!.path)![1]!;
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const theme = db.prepare('SELECT theme_id FROM measure_themes GROUP BY theme_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
  db.close();
  const unitPath = scenarios.find((s) => s.path.startsWith('/v1/figures?unit='))!.path;
  const ofParent = scenarios[0]!.path;
  const deep = scenarios.find((s) => s.path.includes('cursor='))!.path;
  return {
    normal: [ofParent, `/v1/measures?location=${city}&limit=50`, deep, `${unitPath}&limit=10`, '/v1/documents', '/healthz'],
    abusive: [
      `/v1/measures?location=${province}&count=true&facet=theme,actor&limit=50`,
      unitPath,
      `/v1/measures?theme=${theme}&count=true&facet=actor`,
      `/v1/figures?location=${province}`,
      '/v1/measures?limit=100&sort=-statementKind,document,ordinal',
      '/v1/measures?facet=theme,actor,location,document,programme,statementKind&count=true',
    ],
  };
}
