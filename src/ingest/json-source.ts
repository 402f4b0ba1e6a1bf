import type { z } from 'zod';
import { InputError } from './errors.js';

type Path = Array<string | number>;

/** Where each value of a JSON text starts, keyed by its path ("documents.2.date"). */
function valuePositions(json: string): Map<string, number> {
  const positions = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (/\s/.test(json[i] ?? '')) i++;
  };
  const str = () => {
    const start = i++;
    while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(json.slice(start, i)) as string;
  };
  const value = (path: Path): void => {
    ws();
    positions.set(path.join('.'), i);
    const ch = json[i];
    if (ch === '{') {
      i++;
      ws();
      while (json[i] !== '}' && i < json.length) {
        ws();
        const key = str();
        ws();
        i++; // colon
        value([...path, key]);
        ws();
        if (json[i] === ',') i++;
        ws();
      }
      i++;
    } else if (ch === '[') {
      i++;
      let n = 0;
      ws();
      while (json[i] !== ']' && i < json.length) {
        value([...path, n++]);
        ws();
        if (json[i] === ',') i++;
        ws();
      }
      i++;
    } else if (ch === '"') str();
    else while (i < json.length && !/[,\]}\s]/.test(json[i]!)) i++;
  };
  value([]);
  return positions;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** `documents[2].date.quote` */
export function formatPath(path: PropertyKey[]): string {
  return path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** The line of the value at `path`, or of its closest existing parent. */
export function lineOfPath(json: string, path: PropertyKey[]): number | null {
  const positions = valuePositions(json);
  for (let n = path.length; n >= 0; n--) {
    const at = positions.get(path.slice(0, n).map(String).join('.'));
    if (at !== undefined) return lineAt(json, at);
  }
  return null;
}

/** Parses and validates a JSON file's text, turning any problem into an {@link InputError} with line and field. */
export function parseJsonSource<T extends z.ZodType>(file: string, json: string, schema: T): z.infer<T> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const position = /position (\d+)/.exec(String(e))?.[1];
    throw new InputError(file, `invalid JSON (${(e as Error).message})`, position ? lineAt(json, Number(position)) : null);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InputError(file, issue.message, lineOfPath(json, issue.path), formatPath(issue.path) || null);
}
