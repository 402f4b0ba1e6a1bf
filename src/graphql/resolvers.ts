/**
 * Every resolver, generated from two tables: the root entities (by id and as filtered
 * lists, over the same list functions and filters as REST) and the relations between
 * records (through per-request batchers over the query layer's batch functions).
 */
import { sql } from 'drizzle-orm';
import type { GraphQLResolveInfo } from 'graphql';
import { ApiError } from '../errors.js';
import { actors, actorsByIds, actorsOfMeasure, childrenOfActor, listActors } from '../queries/actors.js';
import { documents, documentsByIds, documentsOfProgramme, listDocuments } from '../queries/documents.js';
import { boundedCount, type Entity, type Fields, type Page, type PageRequest } from '../queries/entity.js';
import { figures, figuresByIds, figuresOfDocument, figuresOfMeasure, figuresOfSeries, figuresOfSubjectActor, listFigures } from '../queries/figures.js';
import { listSeries, series, seriesByIds, seriesOfActor } from '../queries/series.js';
import type { FilterDef, FilterValues } from '../queries/filters.js';
import { childrenOfLocation, listLocations, locations, locationsByIds, locationsOfMeasure } from '../queries/locations.js';
import { listMeasures, measures, measuresByIds, measuresOfActor, measuresOfDocument, measuresOfLocation, measuresOfProgramme, measuresOfTheme } from '../queries/measures.js';
import { mentions, mentionsOfActor, mentionsOfLocation, mentionsOfMeasure } from '../queries/mentions.js';
import { listProgrammes, programmes, programmesByIds } from '../queries/programmes.js';
import { relation, type RelatedPage, type Relation } from '../queries/related.js';
import { cursorsByIds, figuresOfLocation, locationsOfProgramme, programmeOfFigure, programmesOfIssuer } from '../queries/relations.js';
import { search, searchHitRefs, type SearchType } from '../queries/search.js';
import { similarOfMeasures } from '../queries/similar.js';
import { cellMeasuresRef, compareLocations, locationsListSchema } from '../queries/compare.js';
import { listThemes, themes, themesByIds, themesOfMeasure } from '../queries/themes.js';
import { urlOfField } from '../urls.js';
import type { Db } from '../db/client.js';
import type { BatchFn, Batcher } from './batch.js';
import { Connection, pageFlags, pageSize, pageWindow, type PageArgs, type PageSource, type PageWindow } from './connection.js';
import type { BoundedCount } from '../queries/bounds.js';
import { projector, type Projection } from './projection.js';
import type { ApiContext, FieldResolver, Records, Resolver, Resolvers } from './types.js';

/** Fields of `P` a relation starts from: its id, a summary (`{ id, … }`) of a related record, or provenance's `document` id. */
type IdKey<P> = { [K in keyof P]-?: K extends 'id' | 'document' ? K : NonNullable<P[K]> extends { id: string } ? K : never }[keyof P] & string;

/** The id in field `key` of `parent` (see `IdKey`), or undefined. */
function idAt<P>(parent: P, key: IdKey<P>): string | undefined {
  const value = (parent as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : ((value as { id: string } | null | undefined)?.id ?? undefined);
}

/** `resolver`, declaring the record fields it reads off its parent. */
const reading = <P, A>(reads: readonly string[], resolver: Resolver<P, A>): FieldResolver<P, A> => Object.assign(resolver, { reads });

/** The record fields the query needs of the records a field resolves to (`project` is built from the table below). */
const projection = (info: GraphQLResolveInfo): Projection => project(info);

/** Relation resolvers on parents of type `P`; `key` names the parent's field holding the id to start from. */
function relationsOf<P>() {
  return {
    /** A to-one relation: the related record by id, its fields as the query needs. */
    one: <R>(batch: BatchFn<R | null, Fields>, key: IdKey<P>) =>
      reading<P, unknown>([key], (parent, _args, context, info) => {
        const id = idAt(parent, key);
        if (id === undefined) return null;
        const { fields, key: fieldsKey } = projection(info);
        return context.batch.load(batch, id, fields, fieldsKey);
      }),
    /** A to-one relation stored as a group of at most one. */
    single: <R>(relation: Relation<R>, key: IdKey<P>) =>
      reading<P, unknown>([key], async (parent, _args, context, info) => (await loadPage(relation, idAt(parent, key)!, { limit: 1, cursor: undefined, backward: false }, context, info)).items[0] ?? null),
    /**
     * A to-many relation as a connection, paged in SQL: one statement per level for the
     * pages of every parent, one more for the totals when `totalCount` is selected.
     */
    many: <R>(relation: Relation<R>, key: IdKey<P>) =>
      reading<P, PageArgs>([key], async (parent, args, context, info) => {
        const id = idAt(parent, key);
        // pageWindow throws on bad page arguments before any statement runs.
        const window = pageWindow(args);
        // A relation through a missing record (the measure of a headline's figure) is empty.
        if (id === undefined) return new Connection<R>({ items: [], ...pageFlags(window, false), next: null, cursors: () => [], count: () => 0 });
        return new Connection<R>(new RelatedSource(await loadPage(relation, id, window, context, info), window, relation, id, context.batch));
      }),
  };
}

/**
 * A connection's source over one parent's page of a relation: its flags and items at once,
 * the cursors and the total when the query selects them. A class, not an object of closures:
 * the nested GraphQL query makes one per measure and relation (~170 per request).
 */
class RelatedSource<R> implements PageSource<R> {
  readonly items: R[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly links: readonly object[] | undefined;

  constructor(
    private readonly page: RelatedPage<R>,
    private readonly window: PageWindow,
    private readonly relation: Relation<R>,
    private readonly parentId: string,
    private readonly batch: Batcher,
  ) {
    this.items = page.items;
    this.links = page.links;
    const flags = pageFlags(window, page.more);
    this.hasNextPage = flags.hasNextPage;
    this.hasPreviousPage = flags.hasPreviousPage;
  }

  get next(): string | null {
    return this.window.backward ? null : this.page.next;
  }

  cursors(): string[] {
    return this.page.cursors();
  }

  count(): Promise<number> {
    return this.batch.load(this.relation.counts, this.parentId);
  }
}

/** The page of `relation` from `id`, batched with the same page of every parent at this level. */
function loadPage<R>(relation: Relation<R>, id: string, { limit, cursor, backward }: PageWindow, context: ApiContext, info: GraphQLResolveInfo) {
  const { fields, key } = projection(info);
  return context.batch.load(relation.pages, id, { limit, cursor, backward, fields }, `${limit} ${backward ? '<' : '>'} ${key} ${cursor ?? ''}`);
}

/**
 * The programme of each document as a group of at most one, for `Document.programmes`:
 * the issue names the relation as a list, as it does every relation to programmes.
 */
/** A list of `{id}` summaries on the parent, resolved to records by id in the level's batch. */
function manyByIds<P>(key: keyof P & string, batch: BatchFn<unknown, Fields>) {
  return reading<P, never>([key], (parent, _args, context, info) => {
    const { fields, key: fieldsKey } = projection(info);
    return Promise.all(((parent as Record<string, unknown>)[key] as Array<{ id: string }>).map((s) => context.batch.load(batch, s.id, fields, fieldsKey)));
  });
}

const programmesOfDocument = relation(programmes, sql`documents dp ON dp.id = j.value JOIN programmes p ON p.id = dp.programme_id`);

const idOf = (record: { id: string }) => record.id;
/** The URL field `key`, whose reference `refOf` describes, as an absolute URL under the request's public origin. */
const linked = <K extends string>(key: K, refOf: unknown) => reading<Record<K, unknown>, never>([key], (parent, _args, context) => urlOfField(context.origin, refOf, parent[key], parent));
/** The URL field `key` of a record of `e`. */
const urlOf = (e: Entity, key = 'url') => linked(key, e.columns[key]!.refs);

const programme = relationsOf<Records['Programme']>();
const document = relationsOf<Records['Document']>();
const measure = relationsOf<Records['Measure']>();
const figure = relationsOf<Records['Figure']>();
const oneSeries = relationsOf<Records['Series']>();
const actor = relationsOf<Records['Actor']>();
const location = relationsOf<Records['Location']>();
const theme = relationsOf<Records['Theme']>();
const mention = relationsOf<Records['Mention']>();

/** Fields of record-backed types that are not plain record properties. */
const relations = {
  Programme: {
    url: urlOf(programmes),
    issuer: programme.one(actorsByIds, 'issuer'),
    scopeLocation: programme.one(locationsByIds, 'scopeLocation'),
    locations: programme.many(locationsOfProgramme, 'id'),
    documents: programme.many(documentsOfProgramme, 'id'),
    measures: programme.many(measuresOfProgramme, 'id'),
  },
  Document: {
    url: urlOf(documents),
    textUrl: urlOf(documents, 'textUrl'),
    issuer: document.one(actorsByIds, 'issuer'),
    scopeLocation: document.one(locationsByIds, 'scopeLocation'),
    programme: document.one(programmesByIds, 'programme'),
    programmes: document.many(programmesOfDocument, 'id'),
    measures: document.many(measuresOfDocument, 'id'),
    figures: document.many(figuresOfDocument, 'id'),
  },
  Measure: {
    url: urlOf(measures),
    document: measure.one(documentsByIds, 'document'),
    programme: measure.one(programmesByIds, 'programme'),
    figures: measure.many(figuresOfMeasure, 'id'),
    actors: measure.many(actorsOfMeasure, 'id'),
    locations: measure.many(locationsOfMeasure, 'id'),
    themes: measure.many(themesOfMeasure, 'id'),
    mentions: measure.many(mentionsOfMeasure, 'id'),
    similar: reading<Records['Measure'], never>(['id'], (parent, _args, context) => context.batch.load(similarOfMeasures, parent.id)),
  },
  Comparison: {
    locations: manyByIds<Records['Comparison']>('locations', locationsByIds),
  },
  CompareRow: {
    theme: relationsOf<Records['CompareRow']>().one(themesByIds, 'theme'),
  },
  CompareCell: {
    location: reading<Records['CompareCell'], never>(['location'], (parent, _args, context, info) => {
      const { fields, key } = projection(info);
      return context.batch.load(locationsByIds, parent.location, fields, key);
    }),
    programmes: manyByIds<Records['CompareCell']>('programmes', programmesByIds),
    measuresUrl: linked('measuresUrl', cellMeasuresRef),
  },
  SimilarMeasure: {
    measure: relationsOf<Records['SimilarMeasure']>().one(measuresByIds, 'measure'),
  },
  Figure: {
    url: urlOf(figures),
    measure: figure.one(measuresByIds, 'measure'),
    document: figure.one(documentsByIds, 'document'),
    programme: figure.single(programmeOfFigure, 'id'),
    locations: figure.many(locationsOfMeasure, 'measure'),
    subjectActor: figure.one(actorsByIds, 'subjectActor'),
    subjectLocation: figure.one(locationsByIds, 'subjectLocation'),
    series: figure.one(seriesByIds, 'series'),
  },
  Series: {
    url: urlOf(series),
    embedUrl: urlOf(series, 'embedUrl'),
    actor: oneSeries.one(actorsByIds, 'actor'),
    location: oneSeries.one(locationsByIds, 'location'),
    figures: oneSeries.many(figuresOfSeries, 'id'),
  },
  SeriesPoint: {
    figure: relationsOf<Records['SeriesPoint']>().one(figuresByIds, 'figure'),
  },
  Actor: {
    url: urlOf(actors),
    parent: actor.one(actorsByIds, 'parent'),
    party: actor.one(actorsByIds, 'party'),
    location: actor.one(locationsByIds, 'location'),
    children: actor.many(childrenOfActor, 'id'),
    measures: actor.many(measuresOfActor, 'id'),
    programmes: actor.many(programmesOfIssuer, 'id'),
    mentions: actor.many(mentionsOfActor, 'id'),
    figures: actor.many(figuresOfSubjectActor, 'id'),
    series: actor.many(seriesOfActor, 'id'),
  },
  Location: {
    url: urlOf(locations),
    parent: location.one(locationsByIds, 'parent'),
    policeZone: location.one(actorsByIds, 'policeZone'),
    children: location.many(childrenOfLocation, 'id'),
    measures: location.many(measuresOfLocation, 'id'),
    figures: location.many(figuresOfLocation, 'id'),
    mentions: location.many(mentionsOfLocation, 'id'),
  },
  Theme: {
    url: urlOf(themes),
    measures: theme.many(measuresOfTheme, 'id'),
  },
  Mention: {
    url: urlOf(mentions),
    document: mention.one(documentsByIds, 'document'),
    measure: mention.one(measuresByIds, 'measure'),
    actor: mention.one(actorsByIds, 'actor'),
    location: mention.one(locationsByIds, 'location'),
  },
  ActorArea: {
    location: relationsOf<Records['ActorArea']>().one(locationsByIds, 'id'),
  },
  Membership: {
    person: relationsOf<Records['Membership']>().one(actorsByIds, 'person'),
    organization: relationsOf<Records['Membership']>().one(actorsByIds, 'organization'),
  },
  Provenance: {
    document: relationsOf<Records['Provenance']>().one(documentsByIds, 'document'),
  },
  SearchHit: {
    url: linked('url', searchHitRefs.url),
    document: relationsOf<Records['SearchHit']>().one(documentsByIds, 'document'),
  },
} satisfies Omit<Resolvers, 'Query'>;

const project = projector(Object.fromEntries(Object.entries(relations).map(([type, fields]) => [type, Object.fromEntries(Object.entries(fields).map(([name, r]) => [name, r.reads]))])));

/** A root entity: its query-layer description (filters, sorts) and functions. */
export interface RootEntity {
  entity: Entity;
  list(db: Db, filters: FilterValues, page: PageRequest): Page<{ id: string }>;
  byIds: BatchFn<{ id: string } | null, Fields>;
}

/** Root fields: `measure(id:)` and `measures(…)` for each key. The list field is the REST collection name. */
export const rootEntities = {
  programme: { entity: programmes, list: listProgrammes, byIds: programmesByIds },
  document: { entity: documents, list: listDocuments, byIds: documentsByIds },
  measure: { entity: measures, list: listMeasures, byIds: measuresByIds },
  figure: { entity: figures, list: listFigures, byIds: figuresByIds },
  seriesById: { entity: series, list: listSeries, byIds: seriesByIds },
  actor: { entity: actors, list: listActors, byIds: actorsByIds },
  location: { entity: locations, list: listLocations, byIds: locationsByIds },
  theme: { entity: themes, list: listThemes, byIds: themesByIds },
} satisfies Record<string, RootEntity>;

/** Arguments of list fields besides the filters. */
export const LIST_ARGUMENTS = ['first', 'after', 'last', 'before', 'sort'] as const;

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

/** A connection's `count` and `countExact` from one bounded count, computed once when either is selected. */
function totalOf(count: () => BoundedCount): Pick<PageSource<unknown>, 'count' | 'countExact'> {
  let counted: BoundedCount | undefined;
  const once = () => (counted ??= count());
  return { count: () => once().total, countExact: () => once().exact };
}

/** A root list field: one page of the filtered list, as the REST list route reads it. */
function listField(root: RootEntity): Resolver<unknown, ListArgs> {
  return (_root, { first, after, last, before, sort, ...args }, { db }, info) => {
    const window = pageWindow({ first, after, last, before });
    const filters = filterValues(root.entity.filters, args);
    const request = { sort: sort ?? undefined, ...window, fields: projection(info).fields };
    const page = root.list(db, filters, request);
    return new Connection({
      items: page.items,
      ...pageFlags(window, page.next !== null),
      next: window.backward ? null : page.next,
      cursors: () => cursorsByIds(db, root.entity, request.sort, page.items.map(idOf)),
      ...totalOf(() => boundedCount(db, root.entity, filters)),
    });
  };
}

const byIdField = (root: RootEntity): Resolver<unknown, { id: string }> => (_root, { id }, context, info) => {
  const { fields, key } = projection(info);
  return context.batch.load(root.byIds, id, fields, key);
};

interface SearchArgs extends PageArgs {
  q: string;
  type?: SearchType | null;
}

/**
 * `search(q, type)`: the REST search with its cursors, and what its ranking covered; the
 * total is the number of hits ranked (all the pages hold), known with the page.
 */
const searchField: Resolver<unknown, SearchArgs> = (_root, { q, type, first, after }, { db }) => {
  const page = search(db, { q, type: type ?? undefined, limit: pageSize(first), cursor: after ?? undefined });
  const connection = new Connection({
    items: page.items,
    hasNextPage: page.next !== null,
    hasPreviousPage: after !== null && after !== undefined,
    next: page.next,
    cursors: page.cursors,
    count: () => page.ranked,
  });
  return Object.assign(connection, { rankingExact: page.rankingExact, ranked: page.ranked });
};

/** Every resolver of the schema. */
export const resolvers = {
  Query: {
    ...Object.fromEntries(Object.entries<RootEntity>(rootEntities).flatMap(([name, root]) => [[name, byIdField(root)], [root.entity.collection, listField(root)]])),
    search: searchField,
    compare: ((_root, { locations, theme }, { db }) => {
      const places = locationsListSchema.safeParse(locations.join(','));
      if (!places.success) throw new ApiError('INVALID_PARAMETER', `Invalid argument "locations": ${places.error.issues[0]!.message}.`, { parameter: 'locations' });
      return compareLocations(db, places.data, theme ?? undefined);
    }) as Resolver<unknown, { locations: string[]; theme?: string | null }>,
  },
  ...relations,
} satisfies Resolvers;
