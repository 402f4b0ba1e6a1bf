import { z } from 'zod';
import { documentKinds, isCalendarDate, metadataOrigins, SLUG, type MetadataOrigin } from '../vocabulary.js';

const slug = z.string().regex(SLUG, 'must be a lowercase slug');
/** ISO 8601 calendar date of year, month or day precision that exists on the calendar. */
export const isoDate = z.string().refine(isCalendarDate, 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');

type Stated = { value: string | null; quote: string | null; origin?: MetadataOrigin | null; source: string | null };

/** The value nobody states, in each key order {@link withOrigin} gives: one object shared (frozen) by every entry that has it. */
const unstated = [Object.freeze({ value: null, quote: null, origin: null, source: null }), Object.freeze({ value: null, quote: null, source: null, origin: null })] as const;

/**
 * A stated value with its origin filled in, its keys in the order `{ ...s, origin }` gave them (the
 * order is part of the cache's key for a checked entry, `JSON.stringify(entry)`). Written as object
 * literals: the spread of zod's output gave each of the five stated fields of every entry a hidden
 * class of its own (map, descriptors and property array, some 200 bytes: 1 KB a document, 100 MB
 * of a 100 000-document manifest), where a literal's shape is shared by all. The value nobody
 * states is one shared object, and a quote equal to its value (a title as printed) the same string.
 */
function withOrigin(s: Stated) {
  const { value, source } = s;
  if (value === null && s.quote === null && source === null) return unstated['origin' in s ? 0 : 1];
  const quote = s.quote === value ? value : s.quote;
  const origin = value === null ? null : (s.origin ?? (quote !== null ? 'text' : 'curated'));
  return 'origin' in s ? { value, quote, origin, source } : { value, quote, source, origin };
}

/**
 * A metadata value with where it comes from (`origin`):
 * - `text`: stated in the document, with the `quote` that states it;
 * - `file`: stated in the original file's own metadata, with the `source` that names
 *   where (PDF Info /Title, an HTML `<meta>`, a Word core property);
 * - `curated`: given by the curator (`blauwdruk add --title …`), with neither.
 * A value nobody states is null. Entries written before origins existed leave `origin`
 * out: a quote then means `text`, no quote a curator's label.
 */
const stated = (value: z.ZodType<string>) =>
  z
    .strictObject({
      value: value.nullable(),
      quote: z.string().min(1).nullable().default(null),
      origin: z.enum(metadataOrigins).nullable().optional(),
      source: z.string().min(1).nullable().default(null),
    })
    .refine((s) => s.value !== null || (s.quote === null && s.source === null && (s.origin ?? null) === null), 'a quote, origin or source without a value')
    .refine((s) => s.origin !== 'text' || s.quote !== null, 'a value stated in the text needs the quote that states it')
    .refine((s) => s.origin !== 'file' || (s.source !== null && s.quote === null), 'a value stated in the file needs its source and no quote')
    .refine((s) => s.origin !== 'curated' || (s.source === null && s.quote === null), 'a curated value has no quote and no source')
    .transform(withOrigin);

/** As {@link stated}, for fields where a legacy entry without an origin must quote the text (nothing may be assumed). */
const mustBeStated = (value: z.ZodType<string>) =>
  z
    .unknown()
    .refine((s) => typeof s !== 'object' || s === null || !('value' in s) || s.value === null || ('quote' in s && s.quote !== null) || ('origin' in s && s.origin !== undefined && s.origin !== null), 'a value the text does not state must be null (add the quote that states it, or its origin)')
    .pipe(stated(value));

/** `url` and `author` were plain values before origins; a plain value is the curator's. */
const plainOrStated = (value: z.ZodType<string>) =>
  z.preprocess((v) => (v === null || typeof v === 'string' ? { value: v } : v), stated(value));

export const manifestDocumentSchema = z.strictObject({
  file: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name inside the corpus folder'),
  /** Checksum of the canonical text (the .txt), to which every offset refers. */
  sha256,
  /** The file the text was converted from, when it was not given as text. */
  original: z.strictObject({ file: z.string().min(1), sha256, mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'a media type') }).nullable().default(null),
  /** Code-point offset where each page of the original starts in the text (page 1 first), for "p. N". */
  pages: z
    .array(z.number().int().min(0))
    .min(1)
    .refine((p) => p[0] === 0 && p.every((x, i) => i === 0 || x >= p[i - 1]!), 'page starts begin at 0 and never decrease')
    .nullable()
    .default(null),
  /** Title as printed in the text, stated in the file, or a curator's descriptive title. */
  title: stated(z.string().min(1)).refine((s) => s.value !== null, 'every document needs a title'),
  kind: z.enum(documentKinds),
  language: z.string().regex(/^[a-z]{2}$/),
  date: mustBeStated(isoDate),
  issuer: mustBeStated(slug),
  scope: mustBeStated(slug),
  url: plainOrStated(z.url()),
  author: plainOrStated(z.string().min(1)),
  programme: slug.nullable(),
});

export const manifestProgrammeSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  kind: z.enum(documentKinds),
  issuer: slug.nullable(),
  scope: slug.nullable(),
  date: isoDate.nullable(),
});

export const manifestSchema = z.strictObject({
  programmes: z.array(manifestProgrammeSchema),
  documents: z.array(manifestDocumentSchema).min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestDocument = z.infer<typeof manifestDocumentSchema>;
/** A manifest entry as written to `manifest.json` (before defaults and origins are filled in). */
export type ManifestDocumentInput = z.input<typeof manifestDocumentSchema>;
/** The metadata fields that carry an origin. */
export const statedFields = ['title', 'date', 'issuer', 'scope', 'url', 'author'] as const;
