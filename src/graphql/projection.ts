/**
 * Which record fields a query needs, so that the query layer reads only those: a
 * measure's summaries and link lists are subqueries, and computing them for a query that
 * selects `id text` would cost most of the statement. Computed once per operation —
 * Mercurius keeps parsed documents, so a repeated query reuses its operation node — for
 * every object type at once: the fields selected on the type anywhere in the operation,
 * a field served by a resolver standing for the record fields the resolver reads.
 */
import { getNamedType, isObjectType, Kind, type GraphQLNamedType, type GraphQLOutputType, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** Per type, per field served by a resolver: the record fields the resolver reads off its parent. */
export type Reads = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** The fields to read of one record type, and a key naming them (for batching). */
export interface Projection {
  readonly fields: readonly string[];
  readonly key: string;
}

/** Fields needed per type name by the operation of `info`. */
function walkOperation(info: GraphQLResolveInfo, reads: Reads): Map<string, Projection> {
  const needed = new Map<string, Set<string>>();
  const visited = new Set<string>();
  const typeNamed = (name: string) => info.schema.getType(name) ?? undefined;
  const visit = (set: SelectionSetNode, type: GraphQLNamedType | undefined): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : type);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        visit(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value));
      } else if (isObjectType(type)) {
        const field = type.getFields()[selection.name.value];
        if (!field) continue; // __typename
        let fields = needed.get(type.name);
        if (!fields) needed.set(type.name, (fields = new Set()));
        for (const name of reads[type.name]?.[field.name] ?? [field.name]) fields.add(name);
        if (selection.selectionSet) visit(selection.selectionSet, getNamedType(field.type));
      }
    }
  };
  visit(info.operation.selectionSet, info.schema.getRootType(info.operation.operation) ?? undefined);
  return new Map([...needed].map(([type, fields]) => {
    const sorted = [...fields].sort();
    return [type, { fields: sorted, key: sorted.join() }];
  }));
}

/** The record type of a field's values: its type, or the node type of a connection. */
function recordType(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  const nodes = isObjectType(named) && named.name.endsWith('Connection') ? named.getFields().nodes : undefined;
  return nodes ? getNamedType(nodes.type).name : named.name;
}

const ID_ONLY: Projection = { fields: ['id'], key: 'id' };

/** Per operation, the projection of each record type and, as found, of each field type. */
interface Projections {
  byType: Map<string, Projection>;
  byFieldType: Map<GraphQLOutputType, Projection>;
}

/**
 * `projection(info)`: the record fields the query needs of the records the field being
 * resolved returns, given what the resolvers read (`reads`).
 */
export function projector(reads: Reads): (info: GraphQLResolveInfo) => Projection {
  const operations = new WeakMap<OperationDefinitionNode, Projections>();
  return (info) => {
    let projections = operations.get(info.operation);
    if (!projections) operations.set(info.operation, (projections = { byType: walkOperation(info, reads), byFieldType: new Map() }));
    let found = projections.byFieldType.get(info.returnType);
    if (!found) projections.byFieldType.set(info.returnType, (found = projections.byType.get(recordType(info.returnType)) ?? ID_ONLY));
    return found;
  };
}
