#!/usr/bin/env node
/**
 * `blauwdruk add` brings original documents into a corpus folder; `blauwdruk build` builds
 * the database from a corpus folder; `blauwdruk extract` prints the extraction of one
 * document as JSON without touching any database; `blauwdruk render-lists` brings the list
 * renderings beside a built database up to date, as a build does (src/ingest/render-lists.ts).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { addDocuments, type AddedDocument } from './ingest/add.js';
import { InputError } from './ingest/errors.js';
import { extractionReport } from './ingest/extract-report.js';
import { ConversionError, convertFile, pageAt } from './ingest/formats/index.js';
import { isoDate } from './ingest/manifest.js';
import { compileContext, extractDocument } from './ingest/pipeline.js';
import { listsLine, runBuild } from './ingest/run-build.js';
import { statedDocumentDate } from './ingest/segment.js';
import { readCorpus } from './ingest/sources.js';
import { corpusOf, corpusOptions, defaultDbPath } from './paths.js';
import { renderListsBeside } from './ingest/render-lists.js';

const USAGE = `Usage:
  blauwdruk add FILE… [--corpus DIR] [--scope PLACE] [--kind KIND] [--issuer ACTOR] [--date D] [--title T] [--source-url URL]
      Add PDF, HTML, DOCX, Markdown or text documents to a corpus folder (default seeds/, or CORPUS_DIR).
  blauwdruk build [--corpus DIR] [--db FILE] [--if-stale] [--threads N] [--canonical]
      Build the SQLite database (default ${defaultDbPath}) from a corpus folder (--seeds is an alias of --corpus).
      --canonical: an incremental build writes a clean build's bytes (rewrites the whole file).
  blauwdruk extract FILE [--date YYYY-MM-DD] [--scope LOCATION-ID] [--corpus DIR]
      Print the extraction of one Dutch document (any format add reads) as JSON.
  blauwdruk render-lists [--db FILE]
      Bring the list renderings beside a built database up to date with it and this code (as a build does):
      each measure's and figure's list JSON, which uncached list pages read instead of building records.`;

class UsageError extends Error {}

/** Where a command writes: the process's streams when run as `blauwdruk`, buffers in tests that run it in-process. */
export interface CliIo {
  stdout: Pick<NodeJS.WriteStream, 'write'>;
  stderr: NodeJS.WriteStream;
}

/** SOURCE_DATE_EPOCH (reproducible-builds convention) fixes the recorded build time, so replicas built apart agree byte for byte. */
function buildTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH "${epoch}" must be whole seconds since 1970`);
  return new Date(Number(epoch) * 1000);
}

async function build(args: string[], io: CliIo) {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, ...corpusOptions, 'if-stale': { type: 'boolean' }, threads: { type: 'string' }, canonical: { type: 'boolean' } },
    strict: true,
  });
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) throw new UsageError(`--threads "${values.threads}" must be a whole number above 0`);
  await runBuild({ dbPath: values.db ?? process.env.DB_PATH ?? defaultDbPath, corpusDir: corpusOf(values), threads, ifStale: values['if-stale'] ?? false, canonical: values.canonical ?? false, builtAt: buildTime(), out: io.stderr });
}

const quoted = (s: string, max = 90) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

/** What the curator sees after adding a document: where it went, its metadata and their origins, and what extraction found. */
function addReport({ original, entry, extraction }: AddedDocument): string {
  const pages = entry.pages ?? null;
  const page = (start: number) => (pages === null ? '' : `p. ${pageAt(pages, start)}  `);
  const origin = (field: string, stated: unknown) => {
    const s = stated as { value: string | null; origin?: string; source?: string };
    return `  ${field.padEnd(7)} ${s?.value ?? '(not stated)'}${s?.value ? ` (${s.origin === 'file' ? `stated in the file: ${s.source}` : s.origin === 'text' ? 'stated in the text' : 'curated'})` : ''}`;
  };
  const lines = [
    `added ${entry.file} from ${basename(original)} (${entry.original?.mediaType}${pages ? `, ${pages.length} pages` : ''})`,
    origin('title', entry.title),
    `  kind    ${entry.kind}`,
    ...(['date', 'issuer', 'scope', 'url', 'author'] as const).map((f) => origin(f, entry[f])),
    `  found   ${extraction.measures.length} measures, ${extraction.figures.length} figures, ${extraction.mentions.length} mentions, ${extraction.candidates.length} candidates`,
    ...extraction.figures.map((f) => `    figure    ${page(f.start)}${f.valueMax === null ? f.value : `${f.value}–${f.valueMax}`}${f.unit ? ` ${f.unit}` : ''}  ${quoted(f.quote)}`),
    ...[...new Map(extraction.candidates.map((c) => [c.quote, c])).values()].map((c) => `    candidate ${page(c.start)}${c.quote} (${c.kind})`),
  ];
  return `${lines.join('\n')}\n`;
}

async function add(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...corpusOptions,
      scope: { type: 'string' },
      kind: { type: 'string' },
      issuer: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      'source-url': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('add takes at least one FILE');
  const { scope, kind, issuer, date, title } = values;
  const added = await addDocuments(corpusOf(values), positionals, { scope, kind, issuer, date, title, sourceUrl: values['source-url'] });
  for (const a of added) io.stdout.write(addReport(a));
  io.stderr.write(`${added.length} document${added.length === 1 ? '' : 's'} added to ${corpusOf(values)}; run \`blauwdruk build\` to load ${added.length === 1 ? 'it' : 'them'}\n`);
}

async function extract(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    options: { date: { type: 'string' }, scope: { type: 'string' }, ...corpusOptions },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE');
  const file = positionals[0]!;
  if (values.date !== undefined && !isoDate.safeParse(values.date).success) throw new UsageError(`--date "${values.date}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? (e as Error).message})`);
  }
  let text: string;
  try {
    text = (await convertFile(bytes, file)).text;
  } catch (e) {
    if (e instanceof ConversionError) throw new InputError(file, e.reason);
    throw e;
  }
  if (text.trim() === '') throw new InputError(file, 'the document is empty');
  const { gazetteer } = readCorpus(corpusOf(values));
  if (values.scope !== undefined && !gazetteer.locations.some((l) => l.id === values.scope)) throw new UsageError(`--scope "${values.scope}" is not a location id of the gazetteer`);
  const documentDate = values.date ?? statedDocumentDate(text);
  const extraction = extractDocument(text, compileContext(gazetteer), { documentDate, scopeLocationId: values.scope ?? null });
  io.stdout.write(`${JSON.stringify(extractionReport(extraction, gazetteer, documentDate), null, 2)}\n`);
}

async function renderLists(args: string[], io: CliIo) {
  const { values } = parseArgs({ args, options: { db: { type: 'string' } }, strict: true });
  const dbPath = values.db ?? process.env.DB_PATH ?? defaultDbPath;
  const started = performance.now();
  io.stderr.write(`${listsLine(renderListsBeside(dbPath))} beside ${dbPath} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<void>> = { add, build, extract, 'render-lists': renderLists };

/** Runs a command line; the exit status: 0, 1 for bad input, 2 for bad usage. Unexpected errors are thrown. */
export async function main(argv: string[], io: CliIo = process): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command !== undefined && command in COMMANDS) await COMMANDS[command]!(rest, io);
    else if (command === undefined || command === '--help' || command === 'help') io.stdout.write(`${USAGE}\n`);
    else throw new UsageError(`unknown command "${command}"`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) io.stderr.write(`blauwdruk: ${e.format()}\n`);
    else if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) io.stderr.write(`blauwdruk: ${(e as Error).message}\n${USAGE}\n`);
    else throw e;
    return e instanceof InputError ? 1 : 2;
  }
}

/** Whether this module is the program (`blauwdruk …`, through npm's bin link too), not imported by a test. */
function isProgram(): boolean {
  try {
    return pathToFileURL(realpathSync(process.argv[1] ?? '')).href === import.meta.url;
  } catch {
    return false;
  }
}
if (isProgram()) process.exitCode = await main(process.argv.slice(2));
