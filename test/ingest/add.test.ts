import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { addDocuments, type CuratedMetadata } from '../../src/ingest/add.js';
import { InputError } from '../../src/ingest/errors.js';
import { buildDatabase } from '../../src/ingest/build.js';
import { compileContext, extractDocument } from '../../src/ingest/pipeline.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { fixtureDocx, fixtureHtml, fixturePdf, fixtureText } from '../helpers/documents.js';
import { blauwdruk, blauwdrukInProcess } from '../helpers/cli.js';

/** A corpus folder: the seeds' manifest, gazetteer and documents, to add to. */
function corpus(t: Test): string {
  const dir = t.testdir({ corpus: {}, originals: {} });
  cpSync(defaultSeedsDir, join(dir, 'corpus'), { recursive: true });
  return dir;
}

const snapshot = (dir: string) => ({ files: readdirSync(dir).sort(), manifest: readFileSync(join(dir, 'manifest.json'), 'utf8') });
const figuresOf = (text: string) => {
  const { gazetteer } = readBuildInputs(defaultSeedsDir);
  // Positions differ when the texts do (the web page's heading is longer): the subject's are compared relative to its figure.
  const relative = (offset: number | null, start: number) => (offset === null ? null : offset - start);
  return extractDocument(text, compileContext(gazetteer), { scopeLocationId: 'gent' }).figures.map(({ start, end: _end, subjectStart, subjectEnd, ...f }) => ({
    ...f, subjectStart: relative(subjectStart, start), subjectEnd: relative(subjectEnd, start),
  }));
};

t.test('blauwdruk add: a PDF, a web page and a Word file each give the figures of their text', async (t) => {
  const dir = corpus(t);
  const originals = join(dir, 'originals');
  writeFileSync(join(originals, 'akkoord.pdf'), await fixturePdf());
  writeFileSync(join(originals, 'akkoord.html'), fixtureHtml().replace('Veiligheid in de stad</h2>', 'Veiligheid in onze stad</h2>'));
  writeFileSync(join(originals, 'akkoord.docx'), await fixtureDocx(undefined));
  const before = readFileSync(join(dir, 'corpus/manifest.json'), 'utf8');
  const pdf = await blauwdruk('add', join(originals, 'akkoord.pdf'), '--corpus', join(dir, 'corpus'), '--scope', 'gent', '--kind', 'coalition_agreement', '--issuer', 'stad-gent');
  t.equal(pdf.code, 0, pdf.stderr);
  t.match(pdf.stdout, /added 005_[0-9a-f]{16}\.txt from akkoord\.pdf \(application\/pdf, \d+ pages\)/);
  t.match(pdf.stdout, /title\s+Veiligheid in de stad \(stated in the text\)/);
  t.match(pdf.stdout, /scope\s+gent \(curated\)/);
  t.match(pdf.stdout, /author\s+Stadsbestuur \(stated in the file: pdf Info \/Author\)/);
  t.match(pdf.stdout, /figure\s+p\. \d+\s+120 inspecteurs/);
  const manifest = JSON.parse(readFileSync(join(dir, 'corpus/manifest.json'), 'utf8'));
  t.equal(JSON.stringify(manifest.documents.slice(0, 5), null, 2), JSON.stringify(JSON.parse(before).documents, null, 2), 'the entries already there are untouched');
  const entry = manifest.documents[5];
  t.match(entry, {
    original: { file: 'akkoord.pdf', mediaType: 'application/pdf' },
    title: { value: 'Veiligheid in de stad', quote: 'Veiligheid in de stad', origin: 'text' },
    kind: 'coalition_agreement',
    scope: { value: 'gent', origin: 'curated' },
    issuer: { value: 'stad-gent', origin: 'curated' },
    date: { value: null },
    author: { value: 'Stadsbestuur', origin: 'file', source: 'pdf Info /Author' },
  });
  t.ok(entry.pages.length >= 2);
  const text = readFileSync(join(dir, 'corpus', entry.file), 'utf8');
  t.equal(text, fixtureText(), 'the stored text is the canonical text');

  // The PDF ran as a process of its own; the other formats run through the same `main` in this process.
  const html = await blauwdrukInProcess('add', join(originals, 'akkoord.html'), '--corpus', join(dir, 'corpus'), '--scope', 'gent');
  t.equal(html.code, 0, html.stderr);
  const docx = await blauwdrukInProcess('add', join(originals, 'akkoord.docx'), '--corpus', join(dir, 'corpus'), '--scope', 'gent', '--title', 'Bestuursakkoord (Word)');
  t.equal(docx.code, 1, 'the Word file has the text of the PDF: refused as a duplicate');
  t.match(docx.stderr, /akkoord\.docx: already in the corpus as 005_[0-9a-f]{16}\.txt \(same sha256\)/);

  const after = JSON.parse(readFileSync(join(dir, 'corpus/manifest.json'), 'utf8'));
  const htmlEntry = after.documents[6];
  t.match(htmlEntry, {
    original: { file: 'akkoord.html', mediaType: 'text/html' },
    kind: 'other',
    date: { value: '2025-01-15', origin: 'file', source: 'html meta citation_publication_date' },
    url: { value: 'https://stad.example/bestuursakkoord/veiligheid', origin: 'file' },
    pages: null,
  });
  const htmlText = readFileSync(join(dir, 'corpus', htmlEntry.file), 'utf8');
  t.same(figuresOf(htmlText), figuresOf(text), 'the web page gives the figures of the text');
  t.same(figuresOf(text), figuresOf(fixtureText()), 'the PDF gives the figures of the text');

  const built = buildDatabase({ dbPath: join(dir, 'x.db'), seedsDir: join(dir, 'corpus') });
  t.equal(built.counts.documents, 7);
  const db = new Database(join(dir, 'x.db'), { readonly: true });
  const docId = `doc-${entry.sha256.slice(0, 12)}`;
  const pages = db.prepare('SELECT page FROM figures WHERE document_id = ? ORDER BY start').pluck().all(docId) as number[];
  t.ok(pages.length > 0 && pages.every((p) => p >= 1), 'figures of the PDF record their page');
  t.ok(pages.at(-1)! > pages[0]!, 'figures on later pages say so');
  const doc = db.prepare('SELECT original_file, original_media_type, page_count, origins FROM documents WHERE id = ?').get(docId) as Record<string, string>;
  t.match(doc, { original_file: 'akkoord.pdf', original_media_type: 'application/pdf', page_count: entry.pages.length });
  t.same(JSON.parse(doc.origins!).find((o: { field: string }) => o.field === 'author'), { field: 'author', origin: 'file', source: 'pdf Info /Author' });
  t.equal(db.prepare('SELECT count(*) FROM figures WHERE page IS NOT NULL AND document_id NOT IN (?)').pluck().get(docId), 0, 'texts without pages have no page numbers');
  const [figureId, figurePage] = db.prepare('SELECT id, page FROM figures WHERE document_id = ? ORDER BY page DESC LIMIT 1').raw().get(docId) as [string, number];
  db.close();

  const app = await buildApp({ dbPath: join(dir, 'x.db') });
  t.teardown(() => app.close());
  const record = (await app.inject(`/v1/figures/${figureId}`)).json();
  t.equal(record.provenance.page, figurePage, 'the API gives the page');
  t.match((await app.inject(`/v1/figures/${figureId}/cite?format=text`)).body, new RegExp(`, p\\. ${figurePage}\\.`), 'the citation says p. N');
  t.match((await app.inject(`/embed/figures/${figureId}`)).body, new RegExp(`<dt>Pagina</dt><dd>p\\. ${figurePage}</dd>`), 'the card says p. N');
  const document = (await app.inject(`/v1/documents/${docId}`)).json();
  t.match(document, { originalFile: 'akkoord.pdf', originalMediaType: 'application/pdf', pageCount: entry.pages.length });
  t.same(document.origins.find((o: { field: string }) => o.field === 'title'), { field: 'title', origin: 'text', source: null });
});

t.test('blauwdruk add refuses bad input with the file and the reason, and adds nothing', async (t) => {
  const dir = corpus(t);
  const originals = join(dir, 'originals');
  writeFileSync(join(originals, 'english.txt'), 'Safety in the city\n\nThe city will hire 120 additional police officers by 2030 and invest two million euros in cameras.\n');
  writeFileSync(join(originals, 'goed.html'), fixtureHtml());
  writeFileSync(join(originals, 'kapot.pdf'), (await fixturePdf()).subarray(0, 2000));
  writeFileSync(join(originals, 'notitie.txt'), 'We zetten 40 extra agenten in op straat en we verhogen het budget voor preventie met twee miljoen euro.\n');
  const before = snapshot(join(dir, 'corpus'));
  const html = join(originals, 'goed.html');
  const cases: Array<[string[], CuratedMetadata, RegExp]> = [
    [[join(originals, 'english.txt')], {}, /english\.txt: the text is not Dutch \(it reads as ISO 639-3 "eng"\)/],
    [[html, join(originals, 'kapot.pdf')], {}, /kapot\.pdf: .*corrupt or truncated/],
    [[join(originals, 'weg.pdf')], {}, /weg\.pdf: file not found/],
    [[join(originals, 'notitie.txt')], {}, /notitie\.txt: no title: the text does not open with a heading and the file states none; give one with --title/],
    [[html], { scope: 'atlantis' }, /--scope: "atlantis" is not a location id of the gazetteer/],
    [[html], { kind: 'roman' }, /--kind: "roman" is not one of election_programme/],
    [[html], { date: '2025-02-30' }, /--date: "2025-02-30" must be a real date/],
    [[html], { sourceUrl: 'ergens' }, /--source-url: "ergens" is not an absolute URL/],
    [[join(defaultSeedsDir, '000_49349e1479cd8e95.txt')], { title: 'Dubbel' }, /000_49349e1479cd8e95\.txt: already in the corpus as 000_49349e1479cd8e95\.txt \(same sha256\)/],
    [[html, html], {}, /goed\.html: already in the corpus as 005_[0-9a-f]{16}\.txt/],
  ];
  for (const [files, curated, message] of cases) {
    const error = await addDocuments(join(dir, 'corpus'), files, curated).then(() => null, (e: unknown) => e);
    t.ok(error instanceof InputError, `${files.join(' ')}: an input error`);
    t.match((error as InputError).format(), message);
    t.same(snapshot(join(dir, 'corpus')), before, 'nothing added');
  }
  const cliError = await blauwdruk('add', join(originals, 'english.txt'), '--corpus', join(dir, 'corpus'));
  t.equal(cliError.code, 1);
  t.match(cliError.stderr, /^blauwdruk: .*english\.txt: the text is not Dutch/);
  t.notMatch(cliError.stderr, /\n\s+at /, 'no stack trace');
  t.same(snapshot(join(dir, 'corpus')), before, 'nothing added');
  const ok = await blauwdrukInProcess('add', join(originals, 'notitie.txt'), '--title', 'Notitie over agenten', '--corpus', join(dir, 'corpus'));
  t.equal(ok.code, 0, ok.stderr);
  t.match(ok.stdout, /title\s+Notitie over agenten \(curated\)/);
  t.match(ok.stdout, /found\s+1 measures, 2 figures/);
});

t.test('addDocuments: a failure after the texts are written leaves the corpus as it was', async (t) => {
  const dir = corpus(t);
  const path = join(dir, 'originals/akkoord.html');
  writeFileSync(path, fixtureHtml());
  const before = snapshot(join(dir, 'corpus'));
  const sources = await import('../../src/ingest/sources.js');
  // The read-back of the written corpus fails (a disk error, a concurrent edit): everything written is undone.
  const { addDocuments: failingAdd } = await t.mockImport<typeof import('../../src/ingest/add.js')>('../../src/ingest/add.js', {
    '../../src/ingest/sources.ts': { ...sources, readSourceDocument: () => { throw new InputError('manifest.json', 'read-back failed'); } },
  });
  await t.rejects(failingAdd(join(dir, 'corpus'), [path], {}), /read-back failed/);
  t.same(snapshot(join(dir, 'corpus')), before, 'no text left behind, manifest restored');
});
