import type { z } from 'zod';
import { InputError } from './errors.js';

type Path = Array<string | number>;

/** Thrown by the scanner at the first character that cannot continue a JSON text. */
class JsonSyntaxError extends Error {
  constructor(readonly position: number) {
    super(`unexpected character at position ${position}`);
  }
}

/**
 * Where each value of a JSON text starts, keyed by its path ("documents.2.date"). Node's
 * own parse errors do not always give a position; this scanner does, for the line number.
 */
function valuePositions(json: string): Map<string, number> {
  const positions = new Map<string, number>();
  let i = 0;
  const expect = (ch: string) => {
    if (json[i] !== ch) throw new JsonSyntaxError(i);
    i++;
  };
  const ws = () => {
    while (/\s/.test(json[i] ?? '')) i++;
  };
  const str = () => {
    if (json[i] !== '"') throw new JsonSyntaxError(i);
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
        expect(':');
        value([...path, key]);
        ws();
        if (json[i] === ',') i++;
        else if (json[i] !== '}') throw new JsonSyntaxError(i);
        ws();
      }
      expect('}');
    } else if (ch === '[') {
      i++;
      let n = 0;
      ws();
      while (json[i] !== ']' && i < json.length) {
        value([...path, n++]);
        ws();
        if (json[i] === ',') i++;
        else if (json[i] !== ']') throw new JsonSyntaxError(i);
        ws();
      }
      expect(']');
    } else if (ch === '"') str();
    else if (ch !== undefined && /[-0-9tfn]/.test(ch)) while (i < json.length && !/[,\]}\s]/.test(json[i]!)) i++;
    else throw new JsonSyntaxError(i);
  };
  value([]);
  return positions;
}

function syntaxErrorPosition(json: string): number {
  try {
    valuePositions(json);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e.position;
  }
  return json.length;
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
    throw new InputError(file, `invalid JSON (${(e as Error).message})`, lineAt(json, syntaxErrorPosition(json)));
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InputError(file, issue.message, lineOfPath(json, issue.path), formatPath(issue.path) || null);
}
