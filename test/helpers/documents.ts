/**
 * Fixture documents built in code: one Dutch policy text, written as plain text and laid
 * out as a two-column PDF (running header and footer, page numbers, hyphenated line ends),
 * a web page (navigation, cookie banner, share bar, footer) and a Word file (headings,
 * bullets). Extraction through each format must find what it finds in the text.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export type FixtureBlock = { kind: 'heading' | 'paragraph' | 'bullet'; text: string };

/** The policy text: headings, paragraphs and bullets with figures, places and actors. */
export const fixtureBlocks: FixtureBlock[] = [
  { kind: 'heading', text: 'Veiligheid in de stad' },
  { kind: 'paragraph', text: 'We zetten in op een sterke lokale politie die dicht bij de burger staat. Tegen 2030 werven we 120 extra inspecteurs aan voor de wijkwerking in Gent.' },
  { kind: 'paragraph', text: 'Het budget voor camerabewaking stijgt van 2 miljoen euro naar 3,5 miljoen euro, zodat de politiezone de openbare ruimte beter kan beveiligen.' },
  { kind: 'heading', text: 'Drugs en overlast' },
  { kind: 'bullet', text: 'We plaatsen 40 nieuwe camera’s aan de invalswegen van de stad.' },
  { kind: 'bullet', text: 'De wachttijd voor slachtoffers van geweld daalt met 25 procent.' },
  { kind: 'bullet', text: 'Elke wijk krijgt minstens twee wijkinspecteurs die de buurt kennen.' },
  { kind: 'paragraph', text: 'We openen vier nieuwe politiekantoren in de deelgemeenten, samen goed voor 300 medewerkers en een betere bereikbaarheid van de politiediensten.' },
  { kind: 'heading', text: 'Preventie en hulpverlening' },
  { kind: 'paragraph', text: 'De stad investeert jaarlijks 750.000 euro in straathoekwerk en preventieprojecten voor jongeren tussen 12 en 18 jaar in kwetsbare wijken.' },
  { kind: 'paragraph', text: 'Ongeveer een derde van de meldingen gaat over nachtlawaai; daarom komen er 15 gemeenschapswachten bij die ook ’s avonds patrouilleren.' },
  { kind: 'paragraph', text: 'We evalueren het veiligheidsbeleid elk jaar samen met de bewoners, de scholen en de handelaars van de binnenstad.' },
];

/** The same text as canonical plain text. */
export function fixtureText(blocks = fixtureBlocks): string {
  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) out += b.kind === 'bullet' && blocks[i - 1]!.kind === 'bullet' ? '\n' : '\n\n';
    out += b.kind === 'bullet' ? `- ${b.text}` : b.text;
  });
  return `${out}\n`;
}

interface PdfOptions {
  header?: string;
  /** Breaks a word over two lines with a hyphen when it does not fit (as typesetters do). */
  hyphenate?: boolean;
}

/** Greedy line breaking with optional hyphenation between two lower-case letters. */
function wrap(text: string, width: number, font: PDFFont, size: number, hyphenate: boolean): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    const cut = hyphenate && word.length >= 9 ? Math.floor(word.length / 2) : -1;
    const head = cut > 0 && /\p{Ll}\p{Ll}/u.test(word.slice(cut - 1, cut + 1)) ? word.slice(0, cut) : null;
    if (head && fits(`${line} ${head}-`)) {
      lines.push(`${line} ${head}-`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A two-column PDF: small pages so the text runs over several pages and both columns,
 * a running header, a "Pagina N" footer, larger headings and "•" bullets.
 */
export async function fixturePdf(blocks = fixtureBlocks, { header = 'Bestuursakkoord 2025-2030 · Veiligheid', hyphenate = true }: PdfOptions = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Bestuursakkoord veiligheid');
  pdf.setAuthor('Stadsbestuur');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin, gutter] = [420, 300, 36, 24];
  const columnWidth = (width - 2 * margin - gutter) / 2;
  let page: PDFPage | null = null;
  let column = 0;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([width, height]);
    const n = pdf.getPageCount();
    page.drawText(header, { x: margin, y: height - 22, size: 8, font });
    page.drawText(`Pagina ${n}`, { x: width / 2 - 15, y: 14, size: 8, font });
    column = 0;
    y = height - margin - 20;
  };
  const advance = (lineHeight: number) => {
    if (page === null) newPage();
    if (y - lineHeight < margin + 10) {
      if (column === 0) {
        column = 1;
        y = height - margin - 20;
      } else newPage();
    }
    y -= lineHeight;
  };
  for (const block of blocks) {
    const size = block.kind === 'heading' ? 14 : 10;
    const indent = block.kind === 'bullet' ? 10 : 0;
    const lines = wrap(block.text, columnWidth - indent, block.kind === 'heading' ? bold : font, size, hyphenate && block.kind !== 'heading');
    advance(block.kind === 'heading' ? 10 : 6);
    lines.forEach((line, i) => {
      advance(size * 1.25);
      const x = margin + column * (columnWidth + gutter);
      if (block.kind === 'bullet' && i === 0) page!.drawText('•', { x, y, size, font });
      page!.drawText(line, { x: x + indent, y, size, font: block.kind === 'heading' ? bold : font });
    });
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** A web page whose main content is the text, wrapped in the furniture real pages have. */
export function fixtureHtml(blocks = fixtureBlocks): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let body = '';
  blocks.forEach((b, i) => {
    const previous = blocks[i - 1]?.kind;
    const next = blocks[i + 1]?.kind;
    if (b.kind === 'bullet') body += `${previous === 'bullet' ? '' : '<ul>'}<li>${escape(b.text)}</li>${next === 'bullet' ? '' : '</ul>'}\n`;
    else body += b.kind === 'heading' ? `<h2>${escape(b.text)}</h2>\n` : `<p>${escape(b.text)}</p>\n`;
  });
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Veiligheid | Stad</title>
<meta name="citation_title" content="Bestuursakkoord: veiligheid">
<meta property="og:title" content="Veiligheid in de stad">
<meta name="citation_publication_date" content="2025/01/15">
<meta name="author" content="Redactie Stad">
<link rel="canonical" href="https://stad.example/bestuursakkoord/veiligheid">
<script type="application/ld+json">{"@type":"Article","headline":"Veiligheid in de stad","datePublished":"2025-01-15T09:00:00+01:00"}</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">Deze website gebruikt cookies om uw ervaring te verbeteren. Klik op aanvaarden om verder te gaan. <button>Aanvaarden</button> <a href="/privacy">Meer informatie over cookies</a></div>
<header><a href="/">Stad</a><nav><ul><li><a href="/nieuws">Nieuws</a></li><li><a href="/wonen">Wonen en leven</a></li><li><a href="/bestuur">Bestuur en beleid</a></li></ul></nav></header>
<main><article>
<div class="share-buttons"><a href="#">Deel op Facebook</a> <a href="#">Deel op X</a> <a href="#">Mail dit artikel</a></div>
${body}</article></main>
<footer><p>Stad · Contact · Toegankelijkheid · Privacyverklaring</p><p>Volg ons op sociale media voor het laatste nieuws.</p></footer>
</body></html>
`;
}

/** A Word file with real heading styles and list bullets, and core properties. */
export async function fixtureDocx(blocks = fixtureBlocks): Promise<Buffer> {
  const document = new Document({
    title: 'Bestuursakkoord veiligheid',
    creator: 'Stadsbestuur',
    sections: [
      {
        children: blocks.map((b) =>
          b.kind === 'heading'
            ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })
            : b.kind === 'bullet'
              ? new Paragraph({ text: b.text, bullet: { level: 0 } })
              : new Paragraph({ text: b.text, alignment: AlignmentType.JUSTIFIED }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}
