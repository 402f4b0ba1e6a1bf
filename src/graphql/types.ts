/**
 * The TypeScript side of the schema: which query-layer record backs each GraphQL object
 * type, and the resolver signatures over them. `contract.ts` checks at startup (and in
 * the tests) that the SDL and these agree field by field.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Db } from '../db/client.js';
import type { SearchHit } from '../queries/search.js';
import type { SimilarRecord } from '../queries/similar.js';
import type { CompareCell, CompareRow, Comparison } from '../queries/compare.js';
import type { ActorRecord, DocumentRecord, FigureRecord, LocationRecord, MeasureRecord, MentionRecord, ProgrammeRecord, SeriesRecord, ThemeRecord } from '../queries/shapes.js';
import type { Batcher } from './batch.js';

/** What resolvers get besides Mercurius' own context. */
export interface ApiContext {
  db: Db;
  /** Public origin of the request, under which URL fields are built (src/urls.ts). */
  origin: string;
  batch: Batcher;
}

/** The record each record-backed GraphQL object type resolves from. */
export interface Records {
  Programme: ProgrammeRecord;
  Document: DocumentRecord;
  Measure: MeasureRecord;
  Figure: FigureRecord;
  Series: SeriesRecord;
  SeriesPoint: SeriesRecord['data'][number];
  Actor: ActorRecord;
  Location: LocationRecord;
  Theme: ThemeRecord;
  Mention: MentionRecord;
  SearchHit: SearchHit;
  SimilarMeasure: SimilarRecord;
  Comparison: Comparison;
  CompareRow: CompareRow;
  CompareCell: CompareCell;
  Provenance: MeasureRecord['provenance'];
  ActorArea: ActorRecord['areas'][number];
  Membership: ActorRecord['memberships'][number];
}

/** A field resolver on a parent of type `P`. */
export type Resolver<P, A = never> = (parent: P, args: A, context: ApiContext, info: GraphQLResolveInfo) => unknown;

/** A resolver on a record-backed type, with the record fields it reads off its parent (so that they are read: see projection.ts). */
export type FieldResolver<P, A = never> = Resolver<P, A> & { readonly reads: readonly string[] };

/** Resolvers of the root type and of record-backed types, typed by their records. */
export type Resolvers = { Query: Record<string, Resolver<unknown, never>> } & { [T in keyof Records]?: Record<string, FieldResolver<Records[T], never>> };
