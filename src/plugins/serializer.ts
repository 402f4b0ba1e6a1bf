/**
 * The response serializer, compiled once per route and media type from the route's zod
 * schema: the same JSON text as fastify-type-provider-zod's (`z.safeEncode`, then
 * `JSON.stringify`) for every value, computed without zod's machinery on the hot path.
 *
 * What zod's encoding does to a response that needs no transform is to check it and
 * rebuild it: objects keep the schema's keys in the schema's order (the query layer
 * builds some fields first) and drop others. A projector compiled from the schema does
 * exactly that for the schema kinds responses are made of — objects, arrays, nullable
 * and optional, strings, numbers with safe-integer and bound checks, booleans, enums,
 * literals, null, unknown — and checks each value as zod would, with the flags zod itself
 * uses for absent keys (`optin`/`optout`). Anything else (transforms, pipes, defaults,
 * unions, records, string formats, refinements…) is handed to `z.safeEncode` for that
 * part of the value. Whenever a value fails a check, the whole value goes through the
 * library's own serializer instead, so an invalid response fails exactly as before
 * (`FST_ERR_RESPONSE_SERIALIZATION`, a 500) and a value the projector is stricter about
 * than zod still gets zod's output. The JSON text of both is identical, byte for byte
 * (test/plugins/serializer.test.ts); native `JSON.stringify` writes it.
 *
 * The uncached 50-measure list spent 12 % of its CPU in zod's encoding and the
 * stringification after it (issue 12).
 */
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { $ZodType, safeEncode, type $ZodTypes } from 'zod/v4/core';

/** What the projector throws when a value is not what the schema says; the caller falls back to zod. */
const MISMATCH = Symbol('response does not match its schema');

/** A value rebuilt as zod's encoding would return it; throws {@link MISMATCH} where zod would report an issue. */
type Projector = (value: unknown) => unknown;

const mismatch = (): never => {
  throw MISMATCH;
};

/** Part of a schema zod encodes itself: its output, or a mismatch. */
const viaZod =
  (schema: $ZodType): Projector =>
    (value) => {
      const encoded = safeEncode(schema, value);
      return encoded.success ? encoded.data : mismatch();
    };

/** The checks a schema runs: its own when it is a check too (`z.int()`), then those added to it. */
function checksOf(schema: $ZodType): Record<string, unknown>[] {
  const own = schema._zod.traits.has('$ZodCheck') ? [schema._zod.def] : [];
  return [...own, ...(schema._zod.def.checks ?? []).map((check) => check._zod.def)] as unknown as Record<string, unknown>[];
}

/** A number test equivalent to a zod number check, or undefined for a check this module does not know. */
function numberTest(check: Record<string, unknown>): ((n: number) => boolean) | undefined {
  const { check: kind, value, inclusive, format } = check;
  if (kind === 'number_format' && format === 'safeint') return Number.isSafeInteger;
  if (typeof value !== 'number') return undefined;
  if (kind === 'greater_than') return inclusive === true ? (n) => n >= value : (n) => n > value;
  if (kind === 'less_than') return inclusive === true ? (n) => n <= value : (n) => n < value;
  return undefined;
}

/** A number field: finite (zod rejects NaN and ±Infinity) and passing every check. */
function numberProjector(schema: $ZodType): Projector | undefined {
  const tests = checksOf(schema).map(numberTest);
  if (tests.some((test) => test === undefined)) return undefined;
  const checks = tests as ((n: number) => boolean)[];
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return mismatch();
    for (const check of checks) if (!check(value)) return mismatch();
    return value;
  };
}

/** A member of a fixed set of values (enum, literal). */
const memberOf =
  (values: ReadonlySet<unknown>): Projector =>
    (value) =>
      values.has(value) ? value : mismatch();

/** One key of an object schema, with zod's flags for how absence is treated. */
interface Field {
  key: string;
  project: Projector;
  optin: string | undefined;
  optout: string | undefined;
}

/**
 * What an object gets for a key whose value is undefined, following zod's
 * `handlePropertyResult`: absent and optional it is left out; absent and required it is a
 * mismatch; otherwise the field's schema decides (undefined leaves it out of the JSON).
 */
function absentField({ key, project, optin, optout }: Field, input: object, output: Record<string, unknown>): void {
  const present = key in input;
  if (!present && optin === 'optional' && optout === 'optional') return;
  let projected: unknown;
  try {
    projected = project(undefined);
  } catch (error) {
    if (error === MISMATCH && !present && optin !== undefined && optout === 'optional') return;
    throw error;
  }
  if (!present && optin === undefined) mismatch();
  if (projected !== undefined) output[key] = projected;
}

/** A JavaScript expression checking the value `v` of a string field in place, for the generated code. */
function inlineCheck(schema: $ZodType): string | undefined {
  const { def } = schema._zod as $ZodTypes['_zod'];
  if (def.type === 'string' && checksOf(schema).length === 0 && def.coerce !== true) return 'typeof v === "string"';
  if (def.type === 'nullable') {
    const inner = inlineCheck(def.innerType);
    return inner && `(v === null || ${inner})`;
  }
  return undefined;
}

/**
 * An object with exactly the schema's keys, in the schema's order. The function is
 * generated for the shape (as zod's own fast path is), so each key is a property access
 * with a constant name that V8 keeps monomorphic, and a string field is checked in place;
 * other fields call their projectors.
 */
function objectProjector(shape: Record<string, $ZodType>): Projector {
  const fields: Field[] = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => ({ key, project: projectorOf(shape[key]!), optin: shape[key]!._zod.optin, optout: shape[key]!._zod.optout }));
  const body = fields.map(({ key }, i) => {
    const name = JSON.stringify(key);
    const check = inlineCheck(shape[key]!);
    const value = check === undefined ? `fields[${i}].project(v)` : `(${check} ? v : mismatch())`;
    return `v = input[${name}];\nif (v !== undefined) output[${name}] = ${value};\nelse absentField(fields[${i}], input, output);`;
  });
  // eslint-disable-next-line no-new-func -- generated once per schema from its own keys, written as JSON string literals
  const generate = new Function('fields', 'absentField', 'mismatch', `return function project(input) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return mismatch();
    const output = {};
    let v;
    ${body.join('\n')}
    return output;
  };`) as (fields: Field[], absent: typeof absentField, fail: typeof mismatch) => Projector;
  return generate(fields, absentField, mismatch);
}

/** An array, element by element. */
const arrayProjector =
  (element: Projector): Projector =>
    (value) => {
      if (!Array.isArray(value)) return mismatch();
      const output = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) output[i] = element(value[i]);
      return output;
    };

/** The projector of one schema node, or undefined when zod must encode it. */
function compile(schema: $ZodType): Projector | undefined {
  const { def } = schema._zod as $ZodTypes['_zod'];
  const plain = checksOf(schema).length === 0 && !('coerce' in def && def.coerce === true);
  switch (def.type) {
    case 'object': {
      if (!plain || def.catchall !== undefined || Object.getOwnPropertySymbols(def.shape).length > 0) return undefined;
      return objectProjector(def.shape as Record<string, $ZodType>);
    }
    case 'array': {
      if (!plain) return undefined;
      return arrayProjector(projectorOf(def.element));
    }
    case 'nullable': {
      const inner = projectorOf(def.innerType);
      return (value) => (value === null ? null : inner(value));
    }
    case 'optional': {
      if (def.innerType._zod.optin === 'defaulted') return undefined;
      const inner = projectorOf(def.innerType);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'string':
      return plain ? (value) => (typeof value === 'string' ? value : mismatch()) : undefined;
    case 'number':
      return 'coerce' in def && def.coerce === true ? undefined : numberProjector(schema);
    case 'boolean':
      return plain ? (value) => (typeof value === 'boolean' ? value : mismatch()) : undefined;
    case 'enum':
    case 'literal':
      return plain ? memberOf(schema._zod.values!) : undefined;
    case 'null':
      return plain ? (value) => (value === null ? null : mismatch()) : undefined;
    case 'unknown':
    case 'any':
      return plain ? (value) => value : undefined;
    default:
      return undefined;
  }
}

const projectors = new WeakMap<$ZodType, Projector>();

/** The projector of `schema`, compiled once per schema (shared parts such as summaries are compiled once in all). */
function projectorOf(schema: $ZodType): Projector {
  const known = projectors.get(schema);
  if (known !== undefined) return known;
  // A recursive schema reaches itself while it compiles: it calls the finished projector through this.
  const compiled: { project?: Projector } = {};
  projectors.set(schema, (value) => compiled.project!(value));
  compiled.project = compile(schema) ?? viaZod(schema);
  projectors.set(schema, compiled.project);
  return compiled.project;
}

/** The zod schema of a response: the schema itself, or fastify's `{ properties }` wrapping of one. */
function zodSchemaOf(schema: unknown): $ZodType | undefined {
  if (schema instanceof $ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return properties instanceof $ZodType ? properties : undefined;
}

/**
 * Fastify's serializer compiler: for each route's response schema, a function writing
 * the response as JSON text, identical to fastify-type-provider-zod's serializer (which
 * it falls back to for values that do not match the schema, and for schemas it cannot read).
 */
export const responseSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const viaLibrary = zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
  const schema = zodSchemaOf(route.schema);
  if (schema === undefined) return viaLibrary;
  const project = projectorOf(schema);
  return (data) => {
    let projected: unknown;
    try {
      projected = project(data);
    } catch {
      return viaLibrary(data);
    }
    return JSON.stringify(projected);
  };
};
