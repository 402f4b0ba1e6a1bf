/** Query-string validation for the publishing routes, with the API's problem codes (unknown or invalid parameters are 400s that name them). */
import { z } from 'zod';
import { ApiError } from '../errors.js';

/**
 * Parses `query`: a bad value is a 400 naming the parameter, and so is an unknown one
 * unless `strict` is off (oEmbed consumers add parameters of their own).
 */
export function parseQuery<S extends z.ZodRawShape>(shape: S, query: unknown, { strict = true } = {}): z.output<z.ZodObject<S>> {
  const result = (strict ? z.strictObject(shape) : z.object(shape)).safeParse(query ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    throw new ApiError('UNKNOWN_PARAMETER', `Unknown query parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}.`, { parameter: issue.keys[0] });
  }
  const parameter = String(issue.path[0]);
  throw new ApiError('INVALID_PARAMETER', `${parameter}: ${issue.message}`, { parameter });
}
