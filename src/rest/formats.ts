/**
 * Representations of records: RFC 4180 CSV and NDJSON. Exports stream row by row from a
 * database iterator, so memory stays flat whatever the set size, in slices of a few
 * milliseconds, so the event loop serves other requests in between; each row's references
 * become URLs (src/urls.ts) as it is written.
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Refs } from '../queries/refs.js';
import { asciiJson } from '../text/ascii-json.js';
import { link } from '../urls.js';

export const JSON_TYPE = 'application/json';
export const CSV_TYPE = 'text/csv';
export const NDJSON_TYPE = 'application/x-ndjson';
export const JSONLD_TYPE = 'application/ld+json';

/** The URL of the page after this one: the same request (origin kept verbatim) with the next cursor. */
export function nextPageUrl(requestUrl: string, origin: string, cursor: string): string {
  const [path, query = ''] = requestUrl.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.set('cursor', cursor);
  return `${origin}${path}?${params}`;
}

/** One CSV column: its header and how to read it from a record. */
interface CsvColumn {
  header: string;
  get(record: Record<string, unknown>): unknown;
}

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;

const isSummary = (schema: z.ZodType) => schema instanceof z.ZodObject && 'id' in schema.shape;

/** Options of the CSV representation. */
export interface CsvOptions {
  /** Add `<rel>_name` beside each `<rel>_id` (`<rel>_names` beside `<rel>_ids`), for readers without the related records. */
  labels?: boolean;
}

type Summary = { id: string; name: string };

/**
 * Flat CSV columns derived from a record schema: related records become `<rel>_id`
 * (`<rel>_ids` for lists, `;`-separated) and with `labels` also `<rel>_name`
 * (`<rel>_names`), nested objects `<key>_<field>`, nested URLs are dropped (they follow
 * from the ids), other lists are `;`-joined or JSON.
 */
export function csvColumns(schema: z.ZodObject, options: CsvOptions = {}, prefix = '', read: (r: Record<string, unknown>) => unknown = (r) => r): CsvColumn[] {
  return Object.entries(schema.shape).flatMap(([key, raw]): CsvColumn[] => {
    const field = unwrap(raw as z.ZodType);
    const at = (r: Record<string, unknown>) => (read(r) as Record<string, unknown> | null)?.[key];
    const label = (column: CsvColumn): CsvColumn[] => (options.labels === true ? [column] : []);
    if (isSummary(field)) {
      return [
        { header: `${prefix}${key}_id`, get: (r) => (at(r) as Summary | null)?.id },
        ...label({ header: `${prefix}${key}_name`, get: (r) => (at(r) as Summary | null)?.name }),
      ];
    }
    if (field instanceof z.ZodObject) return csvColumns(field, options, `${prefix}${key}_`, (r) => at(r) as Record<string, unknown>);
    if (field instanceof z.ZodArray) {
      const element = unwrap(field.element as z.ZodType);
      if (isSummary(element)) {
        return [
          { header: `${prefix}${key}_ids`, get: (r) => (at(r) as Summary[]).map((x) => x.id).join(';') },
          ...label({ header: `${prefix}${key}_names`, get: (r) => (at(r) as Summary[]).map((x) => x.name).join(';') }),
        ];
      }
      if (element instanceof z.ZodObject) return [{ header: `${prefix}${key}`, get: (r) => JSON.stringify(at(r)) }];
      return [{ header: `${prefix}${key}`, get: (r) => (at(r) as unknown[]).join(';') }];
    }
    if (prefix !== '' && (key === 'url' || key.endsWith('Url'))) return [];
    return [{ header: `${prefix}${key}`, get: at }];
  });
}

/** Text cells that spreadsheets would read as a formula: they start with one of = + - @, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as a CSV cell that a spreadsheet shows as text: a formula-like start is prefixed
 * with `'` (OWASP "CSV injection"). Numbers are not text and keep their sign.
 */
export const defuseFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** One RFC 4180 field: text defused, then quoted when it holds a quote, comma or line break. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? defuseFormula(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;

/**
 * The longest an export computes rows before it lets other requests run, in ms. Rows are
 * read from SQLite as they are pulled, a chunk of a list page's size at a time with its
 * related fields (entity.ts `iterateRecords`); the former chunks of 64 rows, each row with
 * correlated subqueries (about 0.2 ms a measure), held the event loop for 15–50 ms each,
 * and a client fetching whole exports in a loop set the latency of everyone else.
 */
export const EXPORT_SLICE_MS = 4;
/** A chunk is handed to the socket once it reaches this many characters, whatever the time. */
const MAX_CHUNK_CHARS = 64 * 1024;

export interface SliceOptions {
  /** Work per slice, in ms ({@link EXPORT_SLICE_MS}). */
  sliceMs?: number;
  /** The clock (tests give their own). */
  now?: () => number;
  /** Waits for the event loop's next turn, when other requests' I/O is handled. */
  nextTurn?: () => Promise<void>;
}

const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lines grouped into chunks, produced in slices of at most `sliceMs`: after each slice the
 * generator waits for the next turn of the event loop, so other requests are served between
 * the slices of an export, however long the export.
 */
export async function* timeSliced(lines: Iterable<string>, { sliceMs = EXPORT_SLICE_MS, now = () => performance.now(), nextTurn = nextLoopTurn }: SliceOptions = {}): AsyncGenerator<string> {
  let chunk = '';
  let sliceStart = now();
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= MAX_CHUNK_CHARS || now() - sliceStart >= sliceMs) {
      yield chunk;
      chunk = '';
      await nextTurn();
      sliceStart = now();
    }
  }
  if (chunk !== '') yield chunk;
}

/** Records of the query layer as they are written: their references (`refs`) linked under `origin`. */
export interface LinkedRecords {
  records: Iterable<Record<string, unknown>>;
  refs: Refs;
  origin: string;
}

/** An RFC 4180 CSV stream (header row, CRLF line ends) of the records. */
export function csvStream(schema: z.ZodObject, { records, refs, origin }: LinkedRecords, options: CsvOptions = {}, slicing: SliceOptions = {}): Readable {
  const columns = csvColumns(schema, options);
  function* lines() {
    yield csvLine(columns.map((c) => c.header));
    for (const record of records) {
      const linked = link(record, refs, origin);
      yield csvLine(columns.map((c) => c.get(linked)));
    }
  }
  return Readable.from(timeSliced(lines(), slicing), { objectMode: false });
}

/** A newline-delimited JSON stream of the records. */
export function ndjsonStream({ records, refs, origin }: LinkedRecords, slicing: SliceOptions = {}): Readable {
  function* lines() {
    for (const record of records) yield `${asciiJson(JSON.stringify(link(record, refs, origin)))}\n`;
  }
  return Readable.from(timeSliced(lines(), slicing), { objectMode: false });
}
