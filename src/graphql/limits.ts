/**
 * Query limits (OWASP GraphQL cheat sheet): depth, cost, aliases and repeated
 * selections, as graphql-js validation rules. They run before the specified rules
 * (see `checkLimits`): OverlappingFieldsCanBeMerged is quadratic in repeated fields, so
 * an abusive document must be refused before it gets there. Documents are not yet
 * validated here, so unknown fields and fragment cycles are skipped, not trusted.
 */
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  isObjectType,
  validate,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ProblemCode } from '../errors.js';
import { DEFAULT_FIRST, MAX_FIRST } from './connection.js';

/** The limits. The introspection depth admits GraphiQL's query (`ofType` nests nine deep). */
export const LIMITS = {
  depth: 8,
  introspectionDepth: 15,
  /** Upper bound of records a query may return: page sizes multiplied through the nesting. */
  cost: 50_000,
  aliases: 20,
  /** Times one response key (or fragment) may appear in one selection set. */
  repeats: 5,
} as const;

const refuse = (context: ValidationContext, code: ProblemCode, message: string, node: ASTNode) =>
  context.reportError(new GraphQLError(message, { nodes: node, extensions: { code } }));

/** Measures a selection set on a type. */
type Inner<T> = (set: SelectionSetNode, type: GraphQLNamedType | undefined) => T;

/** How a measure folds over one field selected on `parent`, returning `type`; `inner` measures the field's own selection set. */
type FieldMeasure<T> = (field: FieldNode, type: GraphQLNamedType | undefined, parent: GraphQLNamedType | undefined, inner: Inner<T>) => T;

/**
 * A measure of selection sets folded over their fields (`combine`), fragments expanded.
 * A fragment's measure does not depend on where it is spread, so it is computed once:
 * without that, fragments spreading fragments would cost exponential time.
 */
function measure<T>(context: ValidationContext, empty: T, combine: (a: T, b: T) => T, field: FieldMeasure<T>) {
  const schema = context.getSchema();
  const fragments = new Map<string, T>();
  const active = new Set<string>();
  const typeOf = (name: string) => schema.getType(name) ?? undefined;
  const spread = (name: string): T => {
    const fragment = context.getFragment(name);
    // Cycles and unknown fragments are reported by the specified rules; measure them as empty.
    if (!fragment || active.has(name)) return empty;
    if (!fragments.has(name)) {
      active.add(name);
      fragments.set(name, walk(fragment.selectionSet, typeOf(fragment.typeCondition.name.value)));
      active.delete(name);
    }
    return fragments.get(name)!;
  };
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): T =>
    set.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) return combine(total, field(selection, returnType(parent, selection), parent, walk));
      if (selection.kind === Kind.INLINE_FRAGMENT) return combine(total, walk(selection.selectionSet, selection.typeCondition ? typeOf(selection.typeCondition.name.value) : parent));
      return combine(total, spread(selection.name.value));
    }, empty);
  return walk;
}

/** Introspection entry points, which object types do not list among their fields. */
const META_FIELDS: Readonly<Record<string, GraphQLField<unknown, unknown>>> = { __schema: SchemaMetaFieldDef, __type: TypeMetaFieldDef };

/** The named type `field` returns on `parent`, when the field exists. */
function returnType(parent: GraphQLNamedType | undefined, field: FieldNode): GraphQLNamedType | undefined {
  if (!isObjectType(parent)) return undefined;
  const def = META_FIELDS[field.name.value] ?? parent.getFields()[field.name.value];
  return def && getNamedType(def.type);
}

const rootOf = (context: ValidationContext, operation: OperationDefinitionNode) => context.getSchema().getRootType(operation.operation) ?? undefined;

interface Depth {
  api: number;
  introspection: number;
}

/** Depth of API fields and of introspection subtrees (whose types are named `__…`), apart. */
const depthField: FieldMeasure<Depth> = (field, type, _parent, inner) => {
  if (!field.selectionSet) return { api: 0, introspection: 0 };
  const below = inner(field.selectionSet, type);
  return type?.name.startsWith('__') ? { api: 0, introspection: 1 + below.introspection } : { api: 1 + below.api, introspection: below.introspection };
};

/** Refuses operations nested deeper than `LIMITS.depth` (introspection: `LIMITS.introspectionDepth`). */
export const depthLimit: ValidationRule = (context) => {
  const walk = measure<Depth>(context, { api: 0, introspection: 0 }, (a, b) => ({ api: Math.max(a.api, b.api), introspection: Math.max(a.introspection, b.introspection) }), depthField);
  return {
    OperationDefinition(operation) {
      // Depth counts nested selection sets, as graphql-depth-limit does: `{ measures { nodes { id } } }` is 2.
      const { api, introspection } = walk(operation.selectionSet, rootOf(context, operation));
      if (api > LIMITS.depth) refuse(context, 'QUERY_TOO_DEEP', `The query is nested ${api} levels deep; at most ${LIMITS.depth} are allowed.`, operation);
      if (introspection > LIMITS.introspectionDepth) {
        refuse(context, 'QUERY_TOO_DEEP', `The introspection query is nested ${introspection} levels deep; at most ${LIMITS.introspectionDepth} are allowed.`, operation);
      }
    },
  };
};

/**
 * The page size a connection field may return: its `first` (or `last`) literal, the
 * default value of its variable, or — since a document is validated once for any
 * variables — the maximum when the variable has no default. With both, the larger.
 */
function pageSizeOf(field: FieldNode, operation: OperationDefinitionNode): number {
  const sizes = ['first', 'last'].flatMap((name) => {
    const value = field.arguments?.find((a) => a.name.value === name)?.value;
    if (value === undefined) return [];
    const literal = value.kind === Kind.VARIABLE ? operation.variableDefinitions?.find((v) => v.variable.name.value === value.name.value)?.defaultValue : value;
    if (literal?.kind === Kind.INT) return [Math.max(1, Number(literal.value))];
    return [literal?.kind === Kind.NULL ? DEFAULT_FIRST : MAX_FIRST];
  });
  return sizes.length === 0 ? DEFAULT_FIRST : Math.max(...sizes);
}

const isConnection = (type: GraphQLNamedType | undefined) => type !== undefined && type.name.endsWith('Connection');
const isPlumbing = (type: GraphQLNamedType | undefined) => isConnection(type) || (type !== undefined && type.name.endsWith('Edge'));

/**
 * Refuses operations that could return more than `LIMITS.cost` records: each object
 * counts 1, a connection its page size times (1 + the cost of a node); the connection's
 * own plumbing (`edges`, `node`, `nodes`, `pageInfo`) is free.
 */
export const costLimit: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const walk = measure<number>(context, 0, (a, b) => a + b, (field, type, parent, inner) => {
      if (!field.selectionSet || type === undefined) return 0;
      const below = inner(field.selectionSet, type);
      if (isConnection(type)) return pageSizeOf(field, operation) * (1 + below);
      return isPlumbing(parent) ? below : 1 + below;
    });
    const total = walk(operation.selectionSet, rootOf(context, operation));
    if (total > LIMITS.cost) {
      refuse(context, 'QUERY_TOO_COSTLY', `The query could return up to ${total} records (page sizes multiplied through the nesting); at most ${LIMITS.cost} are allowed. Ask for smaller pages (first, last) or fewer nested lists.`, operation);
    }
  },
});

/** Refuses documents with more than `LIMITS.aliases` aliases. */
export const aliasLimit: ValidationRule = (context) => {
  let aliases = 0;
  return {
    Field(field) {
      if (field.alias && ++aliases === LIMITS.aliases + 1) refuse(context, 'TOO_MANY_ALIASES', `The query uses more than ${LIMITS.aliases} aliases.`, field);
    },
  };
};

/** Refuses selection sets repeating a response key or fragment more than `LIMITS.repeats` times. */
export const repeatLimit: ValidationRule = (context) => ({
  SelectionSet(set) {
    const counts = new Map<string, number>();
    for (const selection of set.selections) {
      const key =
        selection.kind === Kind.FIELD
          ? (selection.alias ?? selection.name).value
          : selection.kind === Kind.FRAGMENT_SPREAD
            ? `...${selection.name.value}`
            : `... on ${selection.typeCondition?.name.value ?? ''}`;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count === LIMITS.repeats + 1) refuse(context, 'TOO_MANY_REPEATS', `"${key}" is selected more than ${LIMITS.repeats} times in one selection set.`, selection);
    }
  },
});

/** Every limit rule, cheapest first. */
export const limitRules: readonly ValidationRule[] = [repeatLimit, aliasLimit, depthLimit, costLimit];

/** The limit errors of a parsed document (empty when it is within limits). */
export const checkLimits = (schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] => validate(schema, document, limitRules);
