/**
 * `node --import tsx bench/lists-plus-one.ts CORPUS DB CACHE`: the list renderings' part of a +1
 * build (src/ingest/render-lists.ts). Appends one generated document to the corpus (as bench/build.ts
 * does), builds it with the phase log on stderr (the `render lists` line is the renderings' step, after
 * the data is swapped in), and prints what the renderings step wrote with the files' sizes, as JSON.
 * The corpus keeps the document (a copy in bench-output/, not the shared one).
 */
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../src/ingest/build.js';
import { phaseLogger } from '../src/ingest/phase-log.js';
import { renderingsFilesFor } from '../src/paths.js';
import { benchNames, generatedEntry } from './corpus.js';

const [corpus, db, cache] = process.argv.slice(2) as [string, string, string];
const manifestPath = join(corpus, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: unknown[] };
const { text, entry } = generatedEntry(manifest.documents.length, benchNames(), 3);
writeFileSync(join(corpus, entry.file), text);
manifest.documents.push(entry);
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
const started = performance.now();
const summary = await buildCorpus({ dbPath: db, seedsDir: corpus, cachePath: cache, phase: phaseLogger((line) => process.stderr.write(`${line}\n`)) });
const seconds = (performance.now() - started) / 1000;
const files = renderingsFilesFor(db);
const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
process.stdout.write(`${JSON.stringify({ seconds, incremental: summary.incremental, lists: summary.lists?.wrote, collections: summary.lists?.collections, dbBytes: size(db), baseBytes: size(files.base), deltaBytes: size(files.delta) })}\n`);
