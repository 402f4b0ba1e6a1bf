/**
 * The contract between the SDL and the code, checked when the plugin starts (and by the
 * tests): every field of every object type is either resolved by a resolver or read off
 * a property of the value its parent resolves to — and when that value is a query-layer
 * record, the property's zod type matches the field's GraphQL type (nullability, scalar,
 * enum values, lists). Root list arguments are the entity's REST filters. So neither
 * side can change without the other.
 */
import {
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { z } from 'zod';
import { stampSchema } from '../queries/history.js';
import { searchHitSchema, searchRankingShape } from '../queries/search.js';
import { similarSchema } from '../queries/similar.js';
import { comparisonSchema } from '../queries/compare.js';
import { actorSchema, documentSchema, figureSchema, locationSchema, measureSchema, mentionSchema, programmeSchema, provenanceSchema, seriesPointSchema, seriesSchema, themeSchema } from '../queries/shapes.js';
import { Connection, EDGE_PROPERTIES, gettersOf, PageInfo } from './connection.js';
import { LIST_ARGUMENTS, rootEntities, type RootEntity } from './resolvers.js';
import type { Records } from './types.js';

/** What a GraphQL object type's values are: a zod-described record and/or plain properties. */
interface Source {
  schema?: z.ZodObject;
  properties?: readonly string[];
}

const records: Record<keyof Records | 'Evidence' | 'FormerName' | 'MetadataOrigin' | 'Stamp', z.ZodObject> = {
  Programme: programmeSchema,
  Document: documentSchema,
  Measure: measureSchema,
  Figure: figureSchema,
  Series: seriesSchema,
  SeriesPoint: seriesPointSchema,
  Actor: actorSchema,
  Location: locationSchema,
  Theme: themeSchema,
  Mention: mentionSchema,
  SearchHit: searchHitSchema,
  SimilarMeasure: similarSchema,
  Comparison: comparisonSchema,
  CompareRow: comparisonSchema.shape.themes.element,
  CompareCell: comparisonSchema.shape.themes.element.shape.places.element,
  Provenance: provenanceSchema,
  ActorArea: actorSchema.shape.areas.element,
  Membership: actorSchema.shape.memberships.element,
  Evidence: documentSchema.shape.evidence.element,
  MetadataOrigin: documentSchema.shape.origins.element,
  FormerName: actorSchema.shape.formerNames.element,
  Stamp: stampSchema,
};

/** Edges that carry the link record between a measure and the node: the link-table columns of the relation (see related.ts). */
const links: Record<string, z.ZodObject> = {
  MeasureActorEdge: measureSchema.shape.actors.element.pick({ role: true }),
  MeasureLocationEdge: measureSchema.shape.locations.element.pick({ via: true }),
  MeasureThemeEdge: measureSchema.shape.themes.element.pick({ cues: true }),
};

function sourceOf(type: string): Source | undefined {
  if (type in records) return { schema: records[type as keyof typeof records] };
  if (type === 'PageInfo') return { properties: gettersOf(PageInfo) };
  if (type === 'SearchHitConnection') return { properties: gettersOf(Connection), schema: z.object(searchRankingShape) };
  if (type.endsWith('Connection')) return { properties: gettersOf(Connection) };
  if (type.endsWith('Edge')) return { properties: EDGE_PROPERTIES, ...(links[type] ? { schema: links[type] } : {}) };
  return undefined;
}

const unwrapOptional = (schema: z.ZodType): { inner: z.ZodType; nullable: boolean } =>
  schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? { inner: unwrapOptional(schema.unwrap() as z.ZodType).inner, nullable: true } : { inner: schema, nullable: false };

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

/** Why a scalar or enum GraphQL type cannot hold values of a (non-null) zod type, or undefined when it can. */
function leafMismatch(type: GraphQLType, schema: z.ZodType): string | undefined {
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.value as string);
    return schema instanceof z.ZodEnum && sameValues(values, schema.options as string[]) ? undefined : `enum ${type.name} has values ${values.join(', ')}`;
  }
  if (!isScalarType(type)) return `${type} is not a leaf type`;
  const ok =
    type.name === 'String' || type.name === 'ID'
      ? schema instanceof z.ZodString
      : type.name === 'Int'
        ? schema instanceof z.ZodNumber && schema.format !== null && /int/.test(schema.format)
        : type.name === 'Float'
          ? schema instanceof z.ZodNumber
          : type.name === 'Boolean'
            ? schema instanceof z.ZodBoolean
            : false;
  return ok ? undefined : `${type.name} cannot hold the record's ${schema.def.type}`;
}

/** Why a GraphQL type cannot hold the values of a zod type, or undefined when it can. */
function mismatch(type: GraphQLType, schema: z.ZodType, input = false): string | undefined {
  const { inner, nullable } = unwrapOptional(schema);
  if (isNonNullType(type)) return nullable && !input ? 'the record allows null but the field is non-null' : mismatch(type.ofType, inner, input);
  if (isListType(type)) return inner instanceof z.ZodArray ? mismatch(type.ofType, inner.element as z.ZodType, input) : `a list, but the record has ${inner.def.type}`;
  if (isObjectType(type)) return inner instanceof z.ZodObject ? undefined : `an object, but the record has ${inner.def.type}`;
  return leafMismatch(type, inner);
}

/** Violations of one object type's fields. */
function fieldViolations(type: GraphQLObjectType, resolved: Readonly<Record<string, unknown>>): string[] {
  const source = sourceOf(type.name);
  return Object.values(type.getFields()).flatMap((field) => {
    const where = `${type.name}.${field.name}`;
    if (field.name in resolved || source?.properties?.includes(field.name)) return [];
    const property = source?.schema?.shape[field.name] as z.ZodType | undefined;
    if (property === undefined) return [`${where} has no resolver and its values have no property "${field.name}"`];
    const why = mismatch(field.type, property);
    return why ? [`${where}: ${why}`] : [];
  });
}

/** Violations of the root list fields: their arguments are the REST filters, typed alike. */
function listViolations(schema: GraphQLSchema): string[] {
  const query = schema.getQueryType()!.getFields();
  return Object.values<RootEntity>(rootEntities).flatMap(({ entity }) => {
    const field = query[entity.collection];
    if (!field) return [`Query.${entity.collection} is missing`];
    const args = new Map(field.args.map((a) => [a.name, a.type]));
    const expected = [...LIST_ARGUMENTS, ...Object.keys(entity.filters)];
    const extra = [...args.keys()].filter((a) => !expected.includes(a)).map((a) => `Query.${entity.collection}(${a}) is not a filter of ${entity.collection}`);
    const filters = Object.entries(entity.filters).map(([name, def]) => {
      const type = args.get(name);
      const why = type ? mismatch(type, def.schema, true) : 'is missing';
      return why ? `Query.${entity.collection}(${name}): ${why}` : undefined;
    });
    return [...extra, ...filters.filter((v) => v !== undefined)];
  });
}

/** Every disagreement between `schema` and the resolvers and records; empty when they agree. */
export function contractViolations(schema: GraphQLSchema, resolvers: Readonly<Record<string, Readonly<Record<string, unknown>>>>): string[] {
  const types = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
  const unknown = Object.entries(resolvers).flatMap(([type, fields]) => {
    const object = schema.getType(type);
    return isObjectType(object) ? Object.keys(fields).filter((f) => !(f in object.getFields())).map((f) => `resolver ${type}.${f} has no field in the SDL`) : [`resolvers for ${type}, which the SDL lacks`];
  });
  return [...unknown, ...types.flatMap((t) => fieldViolations(t, resolvers[t.name] ?? {})), ...listViolations(schema)];
}
