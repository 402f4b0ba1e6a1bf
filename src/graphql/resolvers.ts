/**
 * Every resolver, generated from two tables: the root entities (by id and as filtered
 * lists, over the same list functions and filters as REST) and the relations between
 * records (through per-request batchers over the query layer's batch functions).
 */
import { ApiError } from '../errors.js';
import { actors, actorsByIds, actorsByMeasureIds, actorsByParentIds, listActors } from '../queries/actors.js';
import { documents, documentsByIds, documentsByProgrammeIds, listDocuments } from '../queries/documents.js';
import { countRecords, type Entity, type Page, type PageRequest } from '../queries/entity.js';
import { figures, figuresByDocumentIds, figuresByIds, figuresByMeasureIds, listFigures } from '../queries/figures.js';
import type { FilterDef, FilterValues } from '../queries/filters.js';
import { listLocations, locations, locationsByIds, locationsByMeasureIds, locationsByParentIds } from '../queries/locations.js';
import { listMeasures, measures, measuresByActorIds, measuresByDocumentIds, measuresByIds, measuresByLocationIds, measuresByProgrammeIds, measuresByThemeIds } from '../queries/measures.js';
import { mentionsByActorIds, mentionsByLocationIds, mentionsByMeasureIds } from '../queries/mentions.js';
import { listProgrammes, programmes, programmesByIds } from '../queries/programmes.js';
import { countSearch, cursorsByIds, figuresByLocationIds, locationsByProgrammeIds, programmesByFigureIds, programmesByIssuerIds, searchCursors } from '../queries/relations.js';
import { search, type SearchType } from '../queries/search.js';
import { listThemes, themes, themesByIds, themesByMeasureIds } from '../queries/themes.js';
import type { Db } from '../db/client.js';
import type { BatchFn } from './batch.js';
import { Connection, pageSize, slice, type PageArgs } from './connection.js';
import type { ApiContext, Records, Resolver, Resolvers } from './types.js';

/** Relation resolvers on parents of type `P`. */
function relationsOf<P>() {
  return {
    /** A to-one relation: the related id is read off the parent (usually its summary). */
    one: <R>(batch: BatchFn<R | null>, key: (parent: P) => string | null | undefined): Resolver<P> => (parent, _args, { batch: batcher }) => {
      const id = key(parent);
      return id === null || id === undefined ? null : batcher.load(batch, id);
    },
    /** A to-one relation stored as a group of at most one. */
    single: <R>(batch: BatchFn<R[]>, key: (parent: P) => string): Resolver<P> => async (parent, _args, context) => (await context.batch.load(batch, key(parent)))[0] ?? null,
    /** A to-many relation as a connection; `edge` adds the fields of the link record to each edge. */
    many: <R extends { id: string }>(batch: BatchFn<R[]>, key: (parent: P) => string, edge?: (parent: P, node: R) => object | undefined): Resolver<P, PageArgs> =>
      async (parent, args, context) => {
        pageSize(args.first); // a bad page size fails before any statement runs
        return slice(await context.batch.load(batch, key(parent)), args, edge && ((node) => edge(parent, node)));
      },
  };
}

const idOf = (record: { id: string }) => record.id;
/** The link record (`{id, role}`, `{id, via}`, `{id, cues}`) of `node` among a measure's links. */
const linkTo = <L extends { id: string }>(links: (m: Records['Measure']) => L[]) => (m: Records['Measure'], node: { id: string }) => links(m).find((l) => l.id === node.id);
/** The API path in field `key` as an absolute URL under the request's public origin. */
const absolute =
  <K extends string>(key: K) =>
  <P extends Record<K, string>>(parent: P, _args: never, context: ApiContext) =>
    context.origin + parent[key];
const url = absolute('url');

const programme = relationsOf<Records['Programme']>();
const document = relationsOf<Records['Document']>();
const measure = relationsOf<Records['Measure']>();
const figure = relationsOf<Records['Figure']>();
const actor = relationsOf<Records['Actor']>();
const location = relationsOf<Records['Location']>();
const theme = relationsOf<Records['Theme']>();
const mention = relationsOf<Records['Mention']>();

/** Fields of record-backed types that are not plain record properties. */
const relations = {
  Programme: {
    url,
    issuer: programme.one(actorsByIds, (p) => p.issuer?.id),
    scopeLocation: programme.one(locationsByIds, (p) => p.scopeLocation?.id),
    locations: programme.many(locationsByProgrammeIds, idOf),
    documents: programme.many(documentsByProgrammeIds, idOf),
    measures: programme.many(measuresByProgrammeIds, idOf),
  },
  Document: {
    url,
    textUrl: absolute('textUrl'),
    issuer: document.one(actorsByIds, (d) => d.issuer?.id),
    scopeLocation: document.one(locationsByIds, (d) => d.scopeLocation?.id),
    programme: document.one(programmesByIds, (d) => d.programme?.id),
    measures: document.many(measuresByDocumentIds, idOf),
    figures: document.many(figuresByDocumentIds, idOf),
  },
  Measure: {
    url,
    document: measure.one(documentsByIds, (m) => m.document.id),
    programme: measure.one(programmesByIds, (m) => m.programme?.id),
    figures: measure.many(figuresByMeasureIds, idOf),
    actors: measure.many(actorsByMeasureIds, idOf, linkTo((m) => m.actors)),
    locations: measure.many(locationsByMeasureIds, idOf, linkTo((m) => m.locations)),
    themes: measure.many(themesByMeasureIds, idOf, linkTo((m) => m.themes)),
    mentions: measure.many(mentionsByMeasureIds, idOf),
  },
  Figure: {
    url,
    measure: figure.one(measuresByIds, (f) => f.measure.id),
    document: figure.one(documentsByIds, (f) => f.document.id),
    programme: figure.single(programmesByFigureIds, idOf),
    locations: figure.many(locationsByMeasureIds, (f) => f.measure.id),
  },
  Actor: {
    url,
    parent: actor.one(actorsByIds, (a) => a.parent?.id),
    party: actor.one(actorsByIds, (a) => a.party?.id),
    location: actor.one(locationsByIds, (a) => a.location?.id),
    children: actor.many(actorsByParentIds, idOf),
    measures: actor.many(measuresByActorIds, idOf),
    programmes: actor.many(programmesByIssuerIds, idOf),
    mentions: actor.many(mentionsByActorIds, idOf),
  },
  Location: {
    url,
    parent: location.one(locationsByIds, (l) => l.parent?.id),
    children: location.many(locationsByParentIds, idOf),
    measures: location.many(measuresByLocationIds, idOf),
    figures: location.many(figuresByLocationIds, idOf),
    mentions: location.many(mentionsByLocationIds, idOf),
  },
  Theme: {
    url,
    measures: theme.many(measuresByThemeIds, idOf),
  },
  Mention: {
    document: mention.one(documentsByIds, (m) => m.document.id),
    measure: mention.one(measuresByIds, (m) => m.measure?.id),
    actor: mention.one(actorsByIds, (m) => m.actor?.id),
    location: mention.one(locationsByIds, (m) => m.location?.id),
  },
  Provenance: {
    document: relationsOf<Records['Provenance']>().one(documentsByIds, (p) => p.document.id),
  },
  SearchHit: {
    url,
    document: relationsOf<Records['SearchHit']>().one(documentsByIds, (h) => h.document.id),
  },
} satisfies Omit<Resolvers, 'Query'>;

/** A root entity: its query-layer description (filters, sorts) and functions. */
export interface RootEntity {
  entity: Entity;
  list(db: Db, filters: FilterValues, page: PageRequest): Page<{ id: string }>;
  byIds: BatchFn<{ id: string } | null>;
}

/** Root fields: `measure(id:)` and `measures(…)` for each key. The list field is the REST collection name. */
export const rootEntities = {
  programme: { entity: programmes, list: listProgrammes, byIds: programmesByIds },
  document: { entity: documents, list: listDocuments, byIds: documentsByIds },
  measure: { entity: measures, list: listMeasures, byIds: measuresByIds },
  figure: { entity: figures, list: listFigures, byIds: figuresByIds },
  actor: { entity: actors, list: listActors, byIds: actorsByIds },
  location: { entity: locations, list: listLocations, byIds: locationsByIds },
  theme: { entity: themes, list: listThemes, byIds: themesByIds },
} satisfies Record<string, RootEntity>;

/** Arguments of list fields besides the filters. */
export const LIST_ARGUMENTS = ['first', 'after', 'sort'] as const;

type ListArgs = PageArgs & { sort?: string | null } & Record<string, unknown>;

/** Filter arguments validated by the filters' own zod schemas, as REST validates its querystring. */
function filterValues(defs: Readonly<Record<string, FilterDef>>, args: Record<string, unknown>): FilterValues {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === null || value === undefined) continue;
    const parsed = defs[name]!.schema.safeParse(value);
    if (!parsed.success) throw new ApiError('INVALID_PARAMETER', `Invalid argument "${name}": ${parsed.error.issues[0]!.message}.`, { parameter: name });
    values[name] = parsed.data;
  }
  return values;
}

/** A root list field: one page of the filtered list, as the REST list route reads it. */
function listField(root: RootEntity): Resolver<unknown, ListArgs> {
  return (_root, { first, after, sort, ...args }, { db }) => {
    const filters = filterValues(root.entity.filters, args);
    const request = { sort: sort ?? undefined, limit: pageSize(first), cursor: after ?? undefined };
    const page = root.list(db, filters, request);
    return new Connection({
      items: page.items,
      hasNextPage: page.next !== null,
      next: page.next,
      cursors: () => cursorsByIds(db, root.entity, request.sort, page.items.map(idOf)),
      count: () => countRecords(db, root.entity, filters),
    });
  };
}

const byIdField = (root: RootEntity): Resolver<unknown, { id: string }> => (_root, { id }, context) => context.batch.load(root.byIds, id);

interface SearchArgs extends PageArgs {
  q: string;
  type?: SearchType | null;
}

/** `search(q, type)`: the REST search, its cursors and total computed on demand. */
const searchField: Resolver<unknown, SearchArgs> = (_root, { q, type, first, after }, { db }) => {
  const page = search(db, { q, type: type ?? undefined, limit: pageSize(first), cursor: after ?? undefined });
  return new Connection({
    items: page.items,
    hasNextPage: page.next !== null,
    next: page.next,
    cursors: () => searchCursors(db, q, page.items),
    count: () => countSearch(db, q, type ?? undefined),
  });
};

/** Every resolver of the schema. */
export const resolvers = {
  Query: {
    ...Object.fromEntries(Object.entries<RootEntity>(rootEntities).flatMap(([name, root]) => [[name, byIdField(root)], [root.entity.collection, listField(root)]])),
    search: searchField,
  },
  ...relations,
} satisfies Resolvers;
