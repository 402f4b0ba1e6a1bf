/**
 * `blauwdruk add`: brings original documents (PDF, HTML, DOCX, Markdown, text) into a
 * corpus folder. Each is converted to canonical text, checked (readable, Dutch, not
 * already there), stored as `NNN_<checksum>.txt` with a manifest entry that records the
 * original's name, checksum and media type, its page starts and where every metadata value
 * comes from: the text (with its quote), the file's own metadata, or the curator. Nothing
 * is guessed: a value nobody states is null. Either every file is added or none is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { documentKinds, type DocumentKind, type MetadataOrigin } from '../vocabulary.js';
import { InputError } from './errors.js';
import { ConversionError, convertFile, defaultLimits, type ConversionLimits, type ConvertedDocument, type FileStated } from './formats/index.js';
import { detectLanguage } from './formats/language.js';
import { isoDate, type ManifestDocumentInput } from './manifest.js';
import { compileContext, extractDocument, type DocumentExtraction } from './pipeline.js';
import { isHeadingLine, statedDocumentDate } from './segment.js';
import { readCorpus, readSourceDocument, shownPath, type Corpus } from './sources.js';

/** Metadata the curator gives on the command line; each is recorded with origin `curated`. */
export interface CuratedMetadata {
  title?: string;
  kind?: string;
  date?: string;
  issuer?: string;
  scope?: string;
  sourceUrl?: string;
}

export interface AddedDocument {
  /** The original as named on the command line. */
  original: string;
  entry: ManifestDocumentInput;
  text: string;
  extraction: DocumentExtraction;
}

/** A metadata value as written to the manifest, with its origin. */
interface StatedInput {
  value: string | null;
  quote?: string | null;
  origin?: MetadataOrigin;
  source?: string;
}
const NOT_STATED = { value: null, quote: null } as const;
const curatedValue = (value: string): StatedInput => ({ value, origin: 'curated' });
const fromFile = (stated: FileStated): StatedInput => ({ value: stated.value, origin: 'file', source: stated.source });
const fromText = (value: string, quote: string): StatedInput => ({ value, quote, origin: 'text' });

/** Checks the curator's values against the vocabularies and the gazetteer before any file is read. */
function checkCurated(curated: CuratedMetadata, corpus: Corpus) {
  const fail = (flag: string, message: string): never => {
    throw new InputError(`--${flag}`, message);
  };
  if (curated.kind !== undefined && !documentKinds.includes(curated.kind as DocumentKind)) fail('kind', `"${curated.kind}" is not one of ${documentKinds.join(', ')}`);
  if (curated.date !== undefined && !isoDate.safeParse(curated.date).success) fail('date', `"${curated.date}" must be a real date as YYYY, YYYY-MM or YYYY-MM-DD`);
  if (curated.scope !== undefined && !corpus.gazetteer.locations.some((l) => l.id === curated.scope)) fail('scope', `"${curated.scope}" is not a location id of the gazetteer`);
  if (curated.issuer !== undefined && !corpus.gazetteer.actors.some((a) => a.id === curated.issuer)) fail('issuer', `"${curated.issuer}" is not an actor id of the gazetteer`);
  if (curated.title !== undefined && curated.title.trim() === '') fail('title', 'must not be empty');
  if (curated.sourceUrl !== undefined && !URL.canParse(curated.sourceUrl)) fail('source-url', `"${curated.sourceUrl}" is not an absolute URL`);
}

/** The title: the curator's, else the text's own first line when it is a heading, else the file's; none is an error. */
function titleOf(text: string, converted: ConvertedDocument, curated: CuratedMetadata, shown: string): StatedInput {
  if (curated.title !== undefined) return curatedValue(curated.title.trim());
  const firstLine = text.split('\n', 1)[0]!.trim();
  if (isHeadingLine(firstLine)) return fromText(firstLine, firstLine);
  if (converted.metadata.title) return fromFile(converted.metadata.title);
  throw new InputError(shown, 'no title: the text does not open with a heading and the file states none; give one with --title');
}

/** The date: the curator's, else one the text states in a dateline, else the file's publication date. */
function dateOf(text: string, converted: ConvertedDocument, curated: CuratedMetadata): StatedInput {
  if (curated.date !== undefined) return curatedValue(curated.date);
  const stated = statedDocumentDate(text);
  if (stated !== null) return fromText(stated, /^\s*(?:date|datum)\s*:?\s*\d{4}(?:-\d{2}){0,2}/iu.exec(text)![0].trim());
  return converted.metadata.date ? fromFile(converted.metadata.date) : NOT_STATED;
}

/** `NNN_` numbering continues after the highest number in the corpus. */
function nextNumber(corpus: Corpus): number {
  const numbers = corpus.manifest.documents.map((d) => Number(/^(\d+)_/.exec(d.file)?.[1] ?? -1));
  return Math.max(-1, ...numbers) + 1;
}

const sha256Of = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Reads, converts and checks one original; throws an {@link InputError} naming it. */
async function prepare(path: string, corpus: Corpus, seen: Map<string, string>, limits: ConversionLimits) {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new InputError(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot read file (${(e as NodeJS.ErrnoException).code})`);
  }
  if (size > limits.maxFileBytes) throw new InputError(path, `the file is ${size} bytes, over the limit of ${limits.maxFileBytes}`);
  const bytes = readFileSync(path);
  const originalSha = sha256Of(bytes);
  let converted: ConvertedDocument;
  try {
    converted = await convertFile(bytes, basename(path), limits);
  } catch (e) {
    if (e instanceof ConversionError) throw new InputError(path, e.reason);
    if (e instanceof InputError) throw new InputError(path, e.message, e.line, e.field);
    throw e;
  }
  const text = converted.text;
  if (text.trim() === '') throw new InputError(path, 'no text found in the document');
  const language = detectLanguage(text);
  if (language !== 'nld' && language !== 'und') throw new InputError(path, `the text is not Dutch (it reads as ISO 639-3 "${language}"); blauwdruk extracts Dutch texts only`);
  const sha256 = sha256Of(text);
  for (const sum of [originalSha, sha256]) {
    const existing = seen.get(sum);
    if (existing) throw new InputError(path, `already in the corpus as ${existing} (same sha256)`);
  }
  return { bytes, originalSha, converted, text, sha256 };
}

export interface AddOptions {
  limits?: ConversionLimits;
}

/**
 * Adds `files` to the corpus at `dir`. Every file is converted and checked first; then the
 * texts are written and the manifest replaced, and the corpus is read back as a build
 * would read it. On any failure the corpus is left as it was.
 */
export async function addDocuments(dir: string, files: string[], curated: CuratedMetadata, { limits = defaultLimits }: AddOptions = {}): Promise<AddedDocument[]> {
  const corpus = readCorpus(dir);
  checkCurated(curated, corpus);
  const seen = new Map<string, string>();
  for (const d of corpus.manifest.documents) {
    seen.set(d.sha256, d.file);
    if (d.original) seen.set(d.original.sha256, d.file);
  }
  const context = compileContext(corpus.gazetteer);
  let number = nextNumber(corpus);
  const added: AddedDocument[] = [];
  for (const path of files) {
    const { originalSha, converted, text, sha256 } = await prepare(path, corpus, seen, limits);
    const file = `${String(number++).padStart(3, '0')}_${sha256.slice(0, 16)}.txt`;
    const date = dateOf(text, converted, curated);
    const entry: ManifestDocumentInput = {
      file,
      sha256,
      original: { file: basename(path), sha256: originalSha, mediaType: converted.mediaType },
      pages: converted.pageStarts,
      title: titleOf(text, converted, curated, path),
      kind: (curated.kind ?? 'other') as DocumentKind,
      language: 'nl',
      date,
      issuer: curated.issuer !== undefined ? curatedValue(curated.issuer) : NOT_STATED,
      scope: curated.scope !== undefined ? curatedValue(curated.scope) : NOT_STATED,
      url: curated.sourceUrl !== undefined ? curatedValue(curated.sourceUrl) : converted.metadata.url ? fromFile(converted.metadata.url) : NOT_STATED,
      author: converted.metadata.author ? fromFile(converted.metadata.author) : NOT_STATED,
      programme: null,
    };
    const extraction = extractDocument(text, context, { documentDate: date.value, scopeLocationId: curated.scope ?? null });
    added.push({ original: path, entry, text, extraction });
    seen.set(originalSha, file);
    seen.set(sha256, file);
  }
  commit(dir, corpus, added);
  return added;
}

/** Writes the texts and the new manifest, reads the corpus back, and undoes everything if that fails. */
function commit(dir: string, corpus: Corpus, added: AddedDocument[]) {
  const manifestPath = join(dir, 'manifest.json');
  const before = readFileSync(manifestPath);
  const raw = JSON.parse(before.toString('utf8')) as { documents: unknown[] };
  raw.documents.push(...added.map((a) => a.entry));
  const written: string[] = [];
  try {
    for (const a of added) {
      const path = join(dir, a.entry.file);
      if (existsSync(path)) throw new InputError(shownPath(dir, a.entry.file), 'a file of that name is already in the corpus');
      writeFileSync(path, a.text, { flag: 'wx' });
      written.push(path);
    }
    const tmp = `${manifestPath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(raw, null, 2));
    renameSync(tmp, manifestPath);
    const check = readCorpus(dir);
    for (let i = corpus.manifest.documents.length; i < check.manifest.documents.length; i++) readSourceDocument(check, i);
  } catch (e) {
    writeFileSync(manifestPath, before);
    for (const path of written) rmSync(path, { force: true });
    throw e;
  }
}
