/**
 * The fixture database of the API tests (Datasette-style): the hand-written records of
 * test/fixtures/records.ts loaded through the production loader and migrations, so the
 * search index, location closure, ids and any column other code adds come from the same
 * code as a real build, while the data never depends on the extractor.
 *
 * Built once per change of the fixture, loader, schema or migrations, cached in
 * test-output/ under a hash of those files, and swapped in by an atomic rename so test
 * files running in parallel never see a half-written file. One app per test file.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import tap from 'tap';
import { z } from 'zod';
import { buildApp } from '../../src/app.js';
import type { QueryBounds } from '../../src/queries/bounds.js';
import Database from 'better-sqlite3';
import { openForBuild, openReadOnly, type Db } from '../../src/db/client.js';
import * as schema from '../../src/db/schema.js';
import { actorEntrySchema, locationEntrySchema, themeEntrySchema } from '../../src/ingest/gazetteer.js';
import { documentId, loadDatabase, replaceStoredCounts, type ExtractedDocument } from '../../src/ingest/load.js';
import { manifestSchema } from '../../src/ingest/manifest.js';
import type { DocumentExtraction } from '../../src/ingest/pipeline.js';
import type { BuildInputs, SourceDocument } from '../../src/ingest/sources.js';
import { offsetConverter } from '../../src/text/offsets.js';
import { codeDir, filesDigest, migrationsDir, packageRoot } from '../../src/paths.js';
import * as records from '../fixtures/records.js';
import type { BlockSpec, DocumentSpec, FigureSpec, NameSpec, SentenceSpec } from '../fixtures/records.js';

/** A fixed build time: two fixture builds are byte-identical. */
export const FIXTURE_BUILT_AT = '2026-01-01T00:00:00.000Z';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Where `quote` stands in `within` (UTF-16), failing loudly: a fixture typo must not shift offsets silently. */
function find(within: string, quote: string, where: string): number {
  const at = within.indexOf(quote);
  if (at < 0) throw new Error(`fixture: "${quote}" not found in ${where}: "${within}"`);
  return at;
}

interface Laid {
  text: string;
  /** Sentences with their UTF-16 start, block index, kind and section. */
  sentences: Array<{ spec: SentenceSpec; at: number; block: number; blockKind: 'paragraph' | 'bullet'; section: string | null }>;
  /** Names and figures in headings (outside any measure), with their UTF-16 start. */
  headings: Array<{ names: Array<NameSpec & { type: 'actor' | 'location' }>; figures: FigureSpec[]; line: string; at: number }>;
}

/** Lays the blocks out as text: heading lines, paragraphs of sentences joined by spaces, bullets as "- " lines, blocks apart by a blank line. */
function layOut(blocks: BlockSpec[]): Laid {
  let text = '';
  let section: string | null = null;
  const sentences: Laid['sentences'] = [];
  const headings: Laid['headings'] = [];
  blocks.forEach((block, index) => {
    if (text) text += '\n\n';
    if ('title' in block || 'heading' in block) {
      const line = 'title' in block ? block.title : block.heading;
      if ('heading' in block) section = block.heading;
      const names = [...(block.places ?? []).map((n) => ({ ...n, type: 'location' as const })), ...(block.actors ?? []).map((n) => ({ ...n, type: 'actor' as const }))];
      headings.push({ names, figures: block.figures ?? [], line, at: text.length });
      text += line;
    } else if ('paragraph' in block) {
      block.paragraph.forEach((spec, i) => {
        if (i > 0) text += ' ';
        sentences.push({ spec, at: text.length, block: index, blockKind: 'paragraph', section });
        text += spec.text;
      });
    } else {
      block.bullets.forEach((spec, i) => {
        if (i > 0) text += '\n';
        text += '- ';
        sentences.push({ spec, at: text.length, block: index, blockKind: 'bullet', section });
        text += spec.text;
      });
    }
  });
  return { text: `${text}\n`, sentences, headings };
}

/** The extraction the records state, every span computed from the laid-out text and converted to code points. */
function extractionOf(spec: DocumentSpec, laid: Laid): DocumentExtraction {
  const conv = offsetConverter(laid.text);
  const span = (at: number, quote: string) => ({ start: conv.toCodePoint(at), end: conv.toCodePoint(at + quote.length), quote });
  const measures: DocumentExtraction['measures'] = [];
  const figures: DocumentExtraction['figures'] = [];
  const mentions: DocumentExtraction['mentions'] = [];
  const figureOf = (f: FigureSpec, at: (quote: string) => { start: number; end: number; quote: string }, measure: number | null): DocumentExtraction['figures'][number] => {
    const subject = f.subject === undefined ? null : at(f.subject);
    return {
      ...at(f.quote), measure, kind: f.kind, value: f.value, valueMax: f.valueMax ?? null, previousValue: f.previousValue ?? null,
      unit: f.unit ?? null, subject: f.subject ?? null, qualifier: f.qualifier ?? null, referenceDate: f.referenceDate ?? null,
      subjectStart: subject?.start ?? null, subjectEnd: subject?.end ?? null, subjectActorId: f.subjectActor ?? null, subjectLocationId: f.subjectLocation ?? null,
      status: f.status ?? 'unknown', unitKind: f.unitKind ?? null, normalizedValue: f.normalizedValue ?? null, direction: f.direction ?? null, change: f.change ?? null,
    };
  };
  for (const h of laid.headings) {
    const inHeading = (quote: string) => span(h.at + find(h.line, quote, spec.file), quote);
    for (const n of h.names) mentions.push({ ...inHeading(n.quote), entityType: n.type, entityId: n.id, measure: null });
    for (const f of h.figures) figures.push(figureOf(f, inHeading, null));
  }
  laid.sentences.forEach(({ spec: s, at, block, blockKind, section }, i) => {
    const ordinal = i + 1;
    const inSentence = (quote: string) => span(at + find(s.text, quote, `${spec.file} #${ordinal}`), quote);
    const actors = new Map<string, 'mentioned' | 'responsible'>();
    for (const a of s.actors ?? []) {
      mentions.push({ ...inSentence(a.quote), entityType: 'actor', entityId: a.id, measure: ordinal });
      if (actors.get(a.id) !== 'responsible') actors.set(a.id, a.role ?? 'mentioned');
    }
    for (const p of s.places ?? []) mentions.push({ ...inSentence(p.quote), entityType: 'location', entityId: p.id, measure: ordinal });
    for (const f of s.figures ?? []) figures.push(figureOf(f, inSentence, ordinal));
    measures.push({
      ...span(at, s.text), ordinal, section, block, blockKind, statementKind: s.kind ?? null,
      themes: Object.entries(s.themes ?? {}).map(([themeId, cues]) => ({ themeId, cues })),
      actors: [...actors].map(([actorId, role]) => ({ actorId, role })),
      locationIds: [...new Set((s.places ?? []).map((p) => p.id))],
    });
  });
  mentions.sort((a, b) => a.start - b.start);
  figures.sort((a, b) => a.start - b.start);
  const persons = (spec.persons ?? []).map((p) => ({ actorId: p.actorId, role: p.role, partyId: p.partyId, evidence: span(find(laid.text, p.quote, spec.file), p.quote) }));
  return { measures, figures, mentions, persons, candidates: [] };
}

/** A fixture document, laid out, with its id and the ids of its keyed measures and figures. */
function layOutDocument(spec: DocumentSpec) {
  const laid = layOut(spec.blocks);
  const sum = sha256(laid.text);
  const extraction = extractionOf(spec, laid);
  return { spec, text: laid.text, sha256: sum, extraction };
}

const laidOut = records.documents.map(layOutDocument);

/** The manifest of the fixture, through the production schema (defaults included). */
function fixtureInputs(): BuildInputs {
  const gazetteer = {
    locations: z.array(locationEntrySchema).parse(records.locations),
    actors: z.array(actorEntrySchema).parse(records.actors),
    themes: z.array(themeEntrySchema).parse(records.themes),
  };
  const manifest = manifestSchema.parse({
    programmes: records.programmes,
    documents: laidOut.map(({ spec, sha256: sum }) => ({
      file: spec.file, sha256: sum, title: spec.title, kind: spec.kind, language: 'nl', date: spec.date, issuer: spec.issuer,
      scope: spec.scope, url: spec.url, author: spec.author, programme: spec.programme,
    })),
  });
  const documents: SourceDocument[] = laidOut.map((d, i) => ({ entry: manifest.documents[i]!, text: d.text, sha256: d.sha256 }));
  for (const d of documents) {
    for (const field of ['title', 'date', 'issuer', 'scope'] as const) {
      const quote = d.entry[field].quote;
      if (quote !== null && !d.text.includes(quote)) throw new Error(`fixture: ${d.entry.file} ${field} quote "${quote}" is not in the text`);
    }
  }
  return { manifest, gazetteer, documents, inputHash: fixtureHash };
}

/** The files that shape the fixture database: its records, this builder, the loader's code, the schema, the migrations and the query layer (the change history digests published records). */
const fixtureHash = createHash('sha256')
  .update(filesDigest([join(packageRoot, 'test', 'fixtures'), join(codeDir, 'ingest'), join(codeDir, 'db'), join(codeDir, 'text'), join(codeDir, 'queries'), migrationsDir]))
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex');

/** The cached fixture database: a new file name whenever anything that shapes it changes. */
export const fixtureDbPath = join(packageRoot, 'test-output', `fixture-${fixtureHash.slice(0, 16)}.db`);

/** The fixture's inputs and its documents with their extractions, as the loader takes them. */
export function fixtureLoad(): { inputs: BuildInputs; documents: ExtractedDocument[] } {
  const inputs = fixtureInputs();
  return { inputs, documents: inputs.documents.map((source, i) => ({ source, extraction: laidOut[i]!.extraction })) };
}

/** Writes the fixture database to `path` (a temporary file renamed into place). */
export function buildFixture(path: string) {
  const tmp = `${path}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  const db = openForBuild(tmp);
  try {
    migrate(db, { migrationsFolder: migrationsDir });
    const { inputs, documents } = fixtureLoad();
    loadDatabase(db, inputs, documents, { inputHash: fixtureHash, builtAt: FIXTURE_BUILT_AT });
  } catch (e) {
    db.$client.close();
    rmSync(tmp, { force: true });
    throw e;
  }
  db.$client.close();
  renameSync(tmp, path);
}

/** The fixture database file, built when missing (once per fixture change, shared by every test file). */
export function fixtureDatabase(): string {
  if (!existsSync(fixtureDbPath)) {
    const dir = join(packageRoot, 'test-output');
    mkdirSync(dir, { recursive: true });
    buildFixture(fixtureDbPath);
    // Builds of earlier fixtures or code are never read again.
    for (const old of readdirSync(dir)) if (/^fixture-[0-9a-f]{16}\.db$/.test(old) && join(dir, old) !== fixtureDbPath) rmSync(join(dir, old), { force: true });
  }
  return fixtureDbPath;
}

type App = Awaited<ReturnType<typeof buildApp>>;
const shared = new Map<string, Promise<App>>();

/**
 * The test file calling: the first frame of the stack in test/ outside test/helpers/. `npm test`
 * runs a folder's files in one process (test/helpers/suite.mjs); each keeps an app of its own.
 */
function callingTestFile(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  for (const frame of frames) {
    const path = /((?:file:\/\/)?\/[^():]*\/test\/[^():]*):\d+:\d+/.exec(frame)?.[1];
    if (path && !path.includes('/test/helpers/')) return path;
  }
  return '';
}

type Teardown = { teardown(fn: () => unknown): void };

/** A copy of the fixture database changed by `edit` (SQL on the copy), removed when the test ends. */
export function fixtureCopy(t: Teardown, edit: (db: Database.Database) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-copy-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'copy.db');
  copyFileSync(fixtureDatabase(), path);
  const db = new Database(path);
  edit(db);
  db.close();
  return path;
}

/**
 * A copy of the fixture database whose stored counts (src/queries/stored-counts.ts) are of
 * the sets above `minimum` — the build's minimum is far above any fixture set — then changed
 * by `edit`; removed when the test ends.
 */
export function storedCountsCopy(t: Teardown, minimum: number, edit: (db: Database.Database) => void = () => {}): string {
  return fixtureCopy(t, (raw) => {
    replaceStoredCounts(drizzle(raw, { schema }), minimum);
    edit(raw);
  });
}

/** A read-only connection to `path`, as the server opens it, closed when the test ends. */
export function openedReadOnly(t: Teardown, path: string): Db {
  const db = openReadOnly(path);
  t.teardown(() => db.$client.close());
  return db;
}
/**
 * The real app over the fixture database, one per test file, closed when the process's
 * tests end. Its response cache is shared by the file's tests: a test that needs a cold
 * cache or its own routes takes {@link freshFixtureApp}.
 */
export function fixtureApp(): Promise<App> {
  const file = callingTestFile();
  let app = shared.get(file);
  if (!app) {
    app = buildApp({ dbPath: fixtureDatabase() }).then((built) => {
      tap.teardown(() => built.close());
      return built;
    });
    shared.set(file, app);
  }
  return app;
}

/** An app of its own over the fixture database (a replica, a cold cache, another origin; `dbPath`: a changed copy, {@link fixtureCopy}), closed when `t` ends. */
export async function freshFixtureApp(t: { teardown(fn: () => unknown): void }, options: { publicUrl?: string; responseCache?: boolean; queryBounds?: Partial<QueryBounds>; dbPath?: string } = {}): Promise<App> {
  const app = await buildApp({ dbPath: fixtureDatabase(), ...options });
  t.teardown(() => app.close());
  return app;
}

const pad = (n: number) => String(n).padStart(3, '0');

/**
 * Ids and values of the fixture by construction: the id scheme of the loader (document:
 * checksum; measure: checksum + ordinal; figure: checksum + code-point start) applied to
 * the laid-out records. Keyed by the records' `key`s.
 */
function fixtureIds() {
  const docs: Record<string, { id: string; text: string; title: string }> = {};
  const measures: Record<string, { id: string; text: string; document: string; ordinal: number; start: number; end: number }> = {};
  const figures: Record<string, { id: string; quote: string; measure: string | null; document: string; start: number; end: number; value: number; unit: string | null }> = {};
  const allMeasures: string[] = [];
  for (const d of laidOut) {
    const docId = documentId(d.sha256);
    const short = d.sha256.slice(0, 12);
    docs[d.spec.key] = { id: docId, text: d.text, title: d.spec.title.value! };
    for (const b of d.spec.blocks) {
      if (!('title' in b || 'heading' in b)) continue;
      for (const f of b.figures ?? []) {
        const x = d.extraction.figures.find((g) => g.measure === null && g.quote === f.quote)!;
        if (f.key) figures[f.key] = { id: `f-${short}-${x.start}`, quote: x.quote, measure: null, document: docId, start: x.start, end: x.end, value: x.value, unit: x.unit };
      }
    }
    const sentences = d.spec.blocks.flatMap((b) => ('paragraph' in b ? b.paragraph : 'bullets' in b ? b.bullets : []));
    sentences.forEach((s, i) => {
      const m = d.extraction.measures[i]!;
      const id = `m-${short}-${pad(m.ordinal)}`;
      allMeasures.push(id);
      if (s.key) measures[s.key] = { id, text: m.quote, document: docId, ordinal: m.ordinal, start: m.start, end: m.end };
      (s.figures ?? []).forEach((f) => {
        const x = d.extraction.figures.find((g) => g.measure === m.ordinal && g.quote === f.quote)!;
        if (f.key) figures[f.key] = { id: `f-${short}-${x.start}`, quote: x.quote, measure: id, document: docId, start: x.start, end: x.end, value: x.value, unit: x.unit };
      });
    });
  }
  return { docs, measures, figures, allMeasures };
}

/** The fixture's records by key, with their ids. */
export const fixture = fixtureIds();
