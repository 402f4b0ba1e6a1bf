/**
 * Word (.docx) to canonical text with mammoth (headings and lists as HTML, then the one
 * HTML-to-text layout), metadata from the core properties (`docProps/core.xml`), marked
 * as stated in the file. The archive is checked for its declared sizes and every entry
 * inflated under a cap before mammoth sees it.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { htmlFragmentText } from './html.js';
import type { ConvertedDocument, FileMetadata } from './types.js';
import { ConversionError } from './types.js';
import { checkExpansion, readEntry, zipEntries, type ZipLimits } from './zip.js';

/** Title and creator from the core properties (Dublin Core inside OOXML). The created date is when the file was made, not published: not taken. */
function coreProperties(xml: string): FileMetadata {
  const { document } = parseHTML(`<root>${xml.replace(/<\?xml[^>]*\?>/, '')}</root>`);
  const text = (tag: string) => document.querySelector(tag.replace(':', '\\:'))?.textContent?.trim() || null;
  const found: FileMetadata = {};
  const title = text('dc:title');
  const creator = text('dc:creator');
  const language = text('dc:language');
  if (title) found.title = { value: title, source: 'docx core property dc:title' };
  if (creator) found.author = { value: creator, source: 'docx core property dc:creator' };
  if (language) found.language = { value: language, source: 'docx core property dc:language' };
  return found;
}

export async function convertDocx(bytes: Buffer, limits: ZipLimits): Promise<ConvertedDocument> {
  const entries = zipEntries(bytes);
  checkExpansion(entries, limits);
  const contents = new Map(entries.map((e) => [e.name, readEntry(bytes, e)]));
  if (!contents.has('word/document.xml')) throw new ConversionError('not a Word file: the archive has no word/document.xml');
  const core = contents.get('docProps/core.xml');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (e) {
    throw new ConversionError(`not a readable Word file (${(e as Error).message})`);
  }
  return { ...htmlFragmentText(html), mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', metadata: core ? coreProperties(core.toString('utf8')) : {} };
}
