/** The fixture database itself: consistent provenance, ids by construction, reproducible, free of seed text. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { packageRoot } from '../src/paths.js';
import { buildFixture, fixture, fixtureDatabase } from './helpers/fixture-db.js';

t.test('every quote is the document text at its code-point offsets', async (t) => {
  const db = new Database(fixtureDatabase(), { readonly: true });
  t.teardown(() => db.close());
  const texts = new Map((db.prepare('SELECT id, text FROM documents').all() as Array<{ id: string; text: string }>).map((d) => [d.id, [...d.text]]));
  t.ok([...texts.values()].some((text) => text.length < text.join('').length), 'a text with astral characters: code points are not UTF-16 units');
  for (const table of ['measures', 'figures', 'mentions']) {
    const column = table === 'measures' ? 'text' : 'quote';
    const rows = db.prepare(`SELECT id, document_id AS doc, start, "end", ${column} AS quote FROM ${table}`).all() as Array<{ id: string; doc: string; start: number; end: number; quote: string }>;
    t.ok(rows.length > 0, table);
    const wrong = rows.filter((r) => texts.get(r.doc)!.slice(r.start, r.end).join('') !== r.quote).map((r) => r.id);
    t.same(wrong, [], `${table}: every quote at its offsets`);
  }
});

t.test('the ids the tests use are the ids in the database', async (t) => {
  const db = new Database(fixtureDatabase(), { readonly: true });
  t.teardown(() => db.close());
  for (const d of Object.values(fixture.docs)) t.equal(db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(d.id), d.text, d.id);
  for (const m of Object.values(fixture.measures)) t.equal(db.prepare('SELECT text FROM measures WHERE id = ?').pluck().get(m.id), m.text, m.id);
  for (const f of Object.values(fixture.figures)) t.equal(db.prepare('SELECT quote FROM figures WHERE id = ?').pluck().get(f.id), f.quote, f.id);
  t.equal(db.prepare('SELECT count(*) FROM measures').pluck().get(), fixture.allMeasures.length, 'every measure');
});

t.test('two builds are byte-identical', async (t) => {
  const again = join(packageRoot, 'test-output', `fixture-again-${process.pid}.db`);
  t.teardown(() => rmSync(again, { force: true }));
  buildFixture(again);
  t.ok(readFileSync(again).equals(readFileSync(fixtureDatabase())));
});

t.test('the fixture is invented: no seed text in it', async (t) => {
  const records = readFileSync(join(packageRoot, 'test', 'fixtures', 'records.ts'), 'utf8');
  const seeds = (JSON.parse(readFileSync(join(packageRoot, 'seeds', 'manifest.json'), 'utf8')) as { documents: Array<{ file: string }> }).documents
    .map((d) => readFileSync(join(packageRoot, 'seeds', d.file), 'utf8'));
  // Any 60-character run of a fixture sentence found verbatim in a seed would make the fixture depend on it.
  const sentences = [...records.matchAll(/text: '([^']{60,})'/g)].map((m) => m[1]!.slice(0, 60));
  t.ok(sentences.length > 10);
  t.same(sentences.filter((s) => seeds.some((seed) => seed.includes(s))), []);
});
