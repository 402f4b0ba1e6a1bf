import { z } from 'zod';
import { documentKinds, isCalendarDate, SLUG } from '../vocabulary.js';

const slug = z.string().regex(SLUG, 'must be a lowercase slug');
/** ISO 8601 calendar date of year, month or day precision that exists on the calendar. */
export const isoDate = z.string().refine(isCalendarDate, 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A metadata value with the quote in the document that states it. A value without a
 * quote is a curator's label (only allowed where the field says so); a value the
 * text does not state is null.
 */
const stated = (value: z.ZodString) =>
  z.strictObject({ value: value.nullable(), quote: z.string().min(1).nullable().default(null) }).refine(
    (s) => s.value !== null || s.quote === null,
    'a quote without a value',
  );
const mustBeStated = (value: z.ZodString) =>
  stated(value).refine((s) => s.value === null || s.quote !== null, 'a value the text does not state must be null (add the quote that states it)');

export const manifestDocumentSchema = z.strictObject({
  file: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name inside the seeds folder'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Title as printed in the text, or a curator's descriptive title when the text has none (quote null). */
  title: stated(z.string().min(1)).refine((s) => s.value !== null, 'every document needs a title'),
  kind: z.enum(documentKinds),
  language: z.string().regex(/^[a-z]{2}$/),
  date: mustBeStated(isoDate),
  issuer: mustBeStated(slug),
  scope: mustBeStated(slug),
  url: z.url().nullable(),
  author: z.string().min(1).nullable(),
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
