import { deflateRawSync } from 'node:zlib';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import t from 'tap';
import { convertFile, defaultLimits, pageAt } from '../../src/ingest/formats/index.js';
import { detectLanguage } from '../../src/ingest/formats/language.js';
import { compileContext, extractDocument } from '../../src/ingest/pipeline.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { fixtureBlocks, fixtureDocx, fixtureHtml, fixturePdf, fixtureText } from '../helpers/documents.js';

const context = compileContext(readBuildInputs(defaultSeedsDir).gazetteer);
const figuresOf = (text: string) => extractDocument(text, context).figures.map(({ measure: _measure, ...f }) => f);
const measuresOf = (text: string) => extractDocument(text, context).measures.map((m) => ({ quote: m.quote, section: m.section, blockKind: m.blockKind }));

t.test('the fixture text itself has figures, headings and bullets to compare', async (t) => {
  const text = fixtureText();
  t.ok(figuresOf(text).length >= 8, 'figures found in the text');
  t.ok(measuresOf(text).some((m) => m.blockKind === 'bullet' && m.section === 'Drugs en overlast'), 'bullets under a heading');
});

/** The raw text layer of a PDF, item by item, to check the fixture is as hard as claimed. */
async function pdfItems(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const items: Array<{ str: string; x: number; page: number }> = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const i of (await (await pdf.getPage(n)).getTextContent()).items as Array<{ str: string; transform: number[] }>) items.push({ str: i.str, x: i.transform[4]!, page: n });
  }
  await pdf.destroy();
  return { pages: pdf.numPages, items };
}

t.test('a two-column PDF with running headers, page numbers and hyphenation reads as the text', async (t) => {
  const bytes = await fixturePdf();
  const raw = await pdfItems(bytes);
  t.ok(raw.pages >= 2, 'the fixture has several pages');
  t.ok(raw.items.some((i) => /\p{Ll}-$/u.test(i.str)), 'the fixture has words hyphenated at line ends');
  t.ok(raw.items.some((i) => i.x > 200 && i.str.length > 20), 'the fixture has a right-hand column');
  t.ok(raw.items.filter((i) => /^Pagina \d+$/.test(i.str)).length >= 2, 'the fixture has page numbers');
  const converted = await convertFile(bytes, 'akkoord.pdf');
  t.equal(converted.mediaType, 'application/pdf');
  t.equal(converted.text, fixtureText(), 'same canonical text: reading order, no furniture, hyphenation repaired, structure kept');
  t.same(figuresOf(converted.text), figuresOf(fixtureText()), 'same figures as the text');
  t.same(measuresOf(converted.text), measuresOf(fixtureText()), 'same measures, sections and bullets as the text');
  t.equal(converted.pageStarts?.length, raw.pages, 'a start for every page');
  t.same(converted.metadata, { title: { value: 'Bestuursakkoord veiligheid', source: 'pdf Info /Title' }, author: { value: 'Stadsbestuur', source: 'pdf Info /Author' } });
});

t.test('pages: each figure is on the page its line stands on', async (t) => {
  const bytes = await fixturePdf();
  const { items } = await pdfItems(bytes);
  const converted = await convertFile(bytes, 'akkoord.pdf');
  const cp = [...converted.text];
  for (const f of extractDocument(converted.text, context).figures) {
    const firstWord = cp.slice(f.start, f.end).join('').split(' ')[0]!;
    const pagesWithIt = new Set(items.filter((i) => i.str.includes(firstWord)).map((i) => i.page));
    t.ok(pagesWithIt.has(pageAt(converted.pageStarts, f.start)!), `"${f.quote}" on p. ${pageAt(converted.pageStarts, f.start)}`);
  }
});

t.test('pageAt maps code-point offsets to pages, including pages without text', async (t) => {
  t.equal(pageAt(null, 5), null);
  t.equal(pageAt([0, 10, 10, 30], 0), 1);
  t.equal(pageAt([0, 10, 10, 30], 9), 1);
  t.equal(pageAt([0, 10, 10, 30], 10), 3, 'an empty page 2: offset 10 starts page 3');
  t.equal(pageAt([0, 10, 10, 30], 500), 4);
});

t.test('a web page keeps its main content only, with its stated metadata', async (t) => {
  const converted = await convertFile(Buffer.from(fixtureHtml()), 'veiligheid.html');
  t.equal(converted.text, fixtureText());
  t.notMatch(converted.text, /cookies|Deel op|Nieuws|Privacyverklaring|sociale media/);
  t.same(figuresOf(converted.text), figuresOf(fixtureText()));
  t.same(converted.metadata, {
    title: { value: 'Bestuursakkoord: veiligheid', source: 'html meta citation_title' },
    author: { value: 'Redactie Stad', source: 'html meta author' },
    date: { value: '2025-01-15', source: 'html meta citation_publication_date' },
    url: { value: 'https://stad.example/bestuursakkoord/veiligheid', source: 'html link rel=canonical' },
    language: { value: 'nl', source: 'html lang' },
  });
});

t.test('HTML metadata falls back to JSON-LD and Open Graph, and a meta date that is no date is not taken', async (t) => {
  const html = fixtureHtml()
    .replace(/<meta name="citation_[^>]*>\n/g, '')
    .replace('<meta name="author" content="Redactie Stad">', '<meta name="dc.date" content="binnenkort">');
  const converted = await convertFile(Buffer.from(html), 'x.html');
  t.same(converted.metadata.title, { value: 'Veiligheid in de stad', source: 'html meta og:title' });
  t.same(converted.metadata.date, { value: '2025-01-15', source: 'html JSON-LD datePublished' });
  t.equal(converted.metadata.author, undefined);
});

t.test('a Word file keeps headings and bullets and reads as the text', async (t) => {
  const converted = await convertFile(await fixtureDocx(), 'akkoord.docx');
  t.equal(converted.text, fixtureText());
  t.same(figuresOf(converted.text), figuresOf(fixtureText()));
  t.same(converted.metadata.title, { value: 'Bestuursakkoord veiligheid', source: 'docx core property dc:title' });
  t.same(converted.metadata.author, { value: 'Stadsbestuur', source: 'docx core property dc:creator' });
});

t.test('Markdown loses its markup and keeps its structure', async (t) => {
  const md = fixtureBlocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.kind === 'bullet' ? `* ${b.text}` : b.text.replace('120 extra inspecteurs', '**120 extra inspecteurs**'))).join('\n\n');
  const converted = await convertFile(Buffer.from(md), 'akkoord.md');
  t.equal(converted.text, fixtureText());
});

t.test('plain text is kept byte for byte', async (t) => {
  const text = 'Titel\r\n\r\nWe zetten 12 agenten in.  Dubbele spaties blijven.\n';
  t.equal((await convertFile(Buffer.from(text), 'x.txt')).text, text);
});

/** A ZIP archive with the given entries, deflated, as a Word file would be. */
function zipOf(entries: Array<{ name: string; data: Buffer; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(e.declaredSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function encryptedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([300, 300]).drawText('Vertrouwelijke nota over de politie en de veiligheid in de stad.', { x: 10, y: 150, size: 8, font });
  const ctx = pdf.context;
  // The standard security handler with a user password: nothing opens without it.
  ctx.trailerInfo.Encrypt = ctx.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('ab'.repeat(32)), U: PDFHexString.of('cd'.repeat(32)), P: -4 });
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of('01'.repeat(16)), PDFHexString.of('01'.repeat(16))]);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

async function scannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([300, 300]).drawRectangle({ x: 10, y: 10, width: 200, height: 250 });
  return Buffer.from(await pdf.save());
}

t.test('bad input gets a reason, never a crash', async (t) => {
  const pdf = await fixturePdf();
  const docx = await fixtureDocx();
  const cases: Array<[string, () => Promise<Buffer> | Buffer, string, RegExp, object?]> = [
    ['a scanned PDF', scannedPdf, 'scan.pdf', /no text layer.*OCR is not supported/],
    ['an encrypted PDF', encryptedPdf, 'geheim.pdf', /encrypted/],
    ['a truncated PDF', () => pdf.subarray(0, Math.floor(pdf.length / 2)), 'half.pdf', /corrupt or truncated/],
    ['a PDF of garbage', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 7)]), 'rommel.pdf', /corrupt or truncated|not a valid PDF/],
    ['a truncated Word file', () => docx.subarray(0, Math.floor(docx.length / 2)), 'half.docx', /corrupt or truncated|truncated file/],
    ['a Word file that expands too far', () => zipOf([{ name: 'word/document.xml', data: Buffer.alloc(30_000_000) }]), 'bom.docx', /expands too far/],
    ['a ZIP whose header lies about its size', () => zipOf([{ name: 'word/document.xml', data: Buffer.alloc(5000, 65), declaredSize: 10 }]), 'leugen.docx', /another size than it declares|cannot be inflated/],
    ['a ZIP without a Word document', () => zipOf([{ name: 'a.txt', data: Buffer.from('hallo') }]), 'x.docx', /no word\/document\.xml/],
    ['a file over the size limit', () => Buffer.alloc(2000, 65), 'groot.txt', /over the limit of 1000/, { ...defaultLimits, maxFileBytes: 1000 }],
    ['a compressed file over the expansion limit', () => zipOf([{ name: 'word/document.xml', data: Buffer.alloc(3000, 65) }]), 'x.docx', /would expand to 3000 bytes/, { ...defaultLimits, maxExpandedBytes: 2000 }],
    ['a legacy Word file', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'oud.doc', /unsupported file type/],
    ['text that is not UTF-8', () => Buffer.from([0x41, 0xe9, 0x42]), 'latin1.txt', /not valid UTF-8/],
  ];
  for (const [name, make, file, reason, limits] of cases) {
    await t.rejects(convertFile(await make(), file, limits as typeof defaultLimits | undefined), { message: reason }, name);
  }
});

t.test('language: Dutch is told from English, French and German', async (t) => {
  t.equal(detectLanguage(fixtureText()), 'nld');
  t.equal(detectLanguage('The city will hire 120 additional police officers by 2030 and invest two million euros in camera surveillance.'), 'eng');
  t.equal(detectLanguage('La ville engagera 120 policiers supplémentaires d’ici 2030 et investira deux millions d’euros dans la vidéosurveillance.'), 'fra');
  t.equal(detectLanguage('Die Stadt wird bis 2030 120 zusätzliche Polizisten einstellen und zwei Millionen Euro in die Videoüberwachung investieren.'), 'deu');
});
