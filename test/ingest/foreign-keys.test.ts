/**
 * A load into an empty file checks its foreign keys once, after every row is in, not row by row
 * (src/ingest/load.ts, checkForeignKeysAtEnd): row by row, every document and measure inserted
 * searched its child tables, since the reference tables and series come after the documents. A
 * row that refers to nothing still fails the load, which then leaves nothing written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import t, { type Test } from 'tap';
import { openForBuild, type Db } from '../../src/db/client.js';
import { loadDatabase, streamDatabase, summaryOfDocuments, type ExtractedDocument, type LoadMeta } from '../../src/ingest/load.js';
import type { BuildInputs } from '../../src/ingest/sources.js';
import { migrationsDir } from '../../src/paths.js';
import { FIXTURE_BUILT_AT, fixtureLoad } from '../helpers/fixture-db.js';

const work = mkdtempSync(join(tmpdir(), 'blauwdruk-foreign-keys-'));
t.teardown(() => rmSync(work, { recursive: true, force: true }));

let files = 0;
/** An empty, migrated build file (foreign keys on, as openForBuild opens it). */
function emptyDb(t: Test): Db {
  const db = openForBuild(join(work, `load-${files++}.db`));
  migrate(db, { migrationsFolder: migrationsDir });
  t.teardown(() => db.$client.close());
  return db;
}

const enforced = (db: Db) => db.$client.pragma('foreign_keys', { simple: true });
const documentCount = (db: Db) => db.values<[number]>(sql`SELECT count(*) FROM documents`)[0]![0];

type Loader = (db: Db, inputs: BuildInputs, documents: ExtractedDocument[], meta: LoadMeta) => string | Promise<string>;
/** Both ways into an empty file: all documents at hand, and documents arriving as a parallel build extracts them. */
const loaders: Array<[string, Loader]> = [
  ['loadDatabase', (db, inputs, documents, meta) => loadDatabase(db, inputs, documents, meta)],
  ['streamDatabase', (db, inputs, documents, meta) => streamDatabase(db, inputs, (async function* () {
    yield * documents;
  })(), () => summaryOfDocuments(documents), meta)],
];

/** The fixture's documents, the first measure of the first one tagged with a theme the gazetteer does not have. */
function withDanglingTheme(): ReturnType<typeof fixtureLoad> {
  const { inputs, documents } = fixtureLoad();
  const [first, ...rest] = documents;
  const [measure, ...others] = first!.extraction.measures;
  const dangling = { ...measure!, themes: [...measure!.themes, { themeId: 'no-such-theme', cues: ['nergens'] }] };
  return { inputs, documents: [{ ...first!, extraction: { ...first!.extraction, measures: [dangling, ...others] } }, ...rest] };
}

t.test('a fresh load checks foreign keys at its end, not row by row, and restores the setting', async (t) => {
  const { inputs, documents } = fixtureLoad();
  for (const [name, load] of loaders) {
    const db = emptyDb(t);
    const during: Array<[string, unknown]> = [];
    await load(db, inputs, documents, { inputHash: 'x', builtAt: FIXTURE_BUILT_AT, phase: (phase) => during.push([phase, enforced(db)]) });
    t.ok(during.some(([phase]) => phase === 'documents'), `${name}: the documents phase was marked`);
    t.same(during.filter(([phase, on]) => phase !== 'commit' && on !== 0), [], `${name}: no phase of the load enforces foreign keys row by row`);
    t.equal(enforced(db), 1, `${name}: foreign keys are enforced again after the load`);
    t.ok(documentCount(db) > 0, `${name}: loaded`);
  }
});

t.test('a row that refers to a missing row fails the fresh load, which leaves nothing written', async (t) => {
  const { inputs, documents } = withDanglingTheme();
  for (const [name, load] of loaders) {
    const db = emptyDb(t);
    await t.rejects(async () => load(db, inputs, documents, { inputHash: 'x', builtAt: FIXTURE_BUILT_AT }), /FOREIGN KEY constraint failed: 1 row\(s\).*measure_themes row with theme_id "no-such-theme" refers to a missing themes row/, name);
    t.equal(documentCount(db), 0, `${name}: rolled back`);
    t.equal(enforced(db), 1, `${name}: foreign keys are enforced again after the failed load`);
  }
});
