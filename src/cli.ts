#!/usr/bin/env node
/**
 * `blauwdruk build` builds the database from a seeds folder; `blauwdruk extract` prints
 * the extraction of one document as JSON without touching any database.
 */
import { parseArgs } from 'node:util';
import { buildDatabase, isStale } from './ingest/build.js';
import { InputError } from './ingest/errors.js';
import { extractionReport } from './ingest/extract-report.js';
import { isoDate } from './ingest/manifest.js';
import { compileContext, extractDocument } from './ingest/pipeline.js';
import { readBuildInputs, readTextDocument } from './ingest/sources.js';
import { statedDocumentDate } from './ingest/segment.js';
import { defaultDbPath, defaultSeedsDir } from './paths.js';

const USAGE = `Usage:
  blauwdruk build [--db FILE] [--seeds DIR] [--if-stale]
      Build the SQLite database from the seeds folder (default ${defaultDbPath}).
  blauwdruk extract FILE.txt [--date YYYY-MM-DD] [--scope LOCATION-ID] [--seeds DIR]
      Print the extraction of one plain-text Dutch document as JSON.`;

class UsageError extends Error {}

/** SOURCE_DATE_EPOCH (reproducible-builds convention) fixes the recorded build time, so replicas built apart agree byte for byte. */
function buildTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH "${epoch}" must be whole seconds since 1970`);
  return new Date(Number(epoch) * 1000);
}

function build(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, seeds: { type: 'string' }, 'if-stale': { type: 'boolean' } },
    strict: true,
  });
  const dbPath = values.db ?? process.env.DB_PATH ?? defaultDbPath;
  const seedsDir = values.seeds ?? defaultSeedsDir;
  if (values['if-stale'] && !isStale(dbPath, seedsDir)) {
    process.stderr.write(`${dbPath} is up to date\n`);
    return;
  }
  const summary = buildDatabase({ dbPath, seedsDir, builtAt: buildTime(), log: (line) => process.stderr.write(`  ${line}\n`) });
  const counts = Object.entries(summary.counts).map(([k, v]) => `${v} ${k}`).join(', ');
  process.stderr.write(`built ${summary.dbPath} (version ${summary.version}): ${counts}\n`);
}

function extract(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: { date: { type: 'string' }, scope: { type: 'string' }, seeds: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE.txt');
  const file = positionals[0]!;
  if (values.date !== undefined && !isoDate.safeParse(values.date).success) throw new UsageError(`--date "${values.date}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  const text = readTextDocument(file);
  const { gazetteer } = readBuildInputs(values.seeds ?? defaultSeedsDir);
  if (values.scope !== undefined && !gazetteer.locations.some((l) => l.id === values.scope)) throw new UsageError(`--scope "${values.scope}" is not a location id of the gazetteer`);
  const documentDate = values.date ?? statedDocumentDate(text);
  const extraction = extractDocument(text, compileContext(gazetteer), { documentDate, scopeLocationId: values.scope ?? null });
  process.stdout.write(`${JSON.stringify(extractionReport(extraction, gazetteer, documentDate), null, 2)}\n`);
}

function main(argv: string[]) {
  const [command, ...rest] = argv;
  try {
    if (command === 'build') build(rest);
    else if (command === 'extract') extract(rest);
    else if (command === undefined || command === '--help' || command === 'help') process.stdout.write(`${USAGE}\n`);
    else throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof InputError) process.stderr.write(`blauwdruk: ${e.format()}\n`);
    else if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) process.stderr.write(`blauwdruk: ${(e as Error).message}\n${USAGE}\n`);
    else throw e;
    process.exitCode = e instanceof InputError ? 1 : 2;
  }
}

main(process.argv.slice(2));
