/**
 * Converts an original document (PDF, HTML, DOCX, Markdown, plain text) to the canonical
 * text that offsets and quotes refer to, with the metadata the file states. The media type
 * is read from the bytes first (a PDF named .txt is still a PDF), the extension second.
 */
import { extname } from 'node:path';
import { decodeUtf8 } from '../sources.js';
import { markdownText } from './plain.js';
import { ConversionError, type ConvertedDocument } from './types.js';
import type { ZipLimits } from './zip.js';

export { ConversionError, type ConvertedDocument, type FileMetadata, type FileStated } from './types.js';
export { pageAt } from './layout.js';

export interface ConversionLimits extends ZipLimits {
  /** Largest original file accepted, in bytes. */
  maxFileBytes: number;
}

export const defaultLimits: ConversionLimits = { maxFileBytes: 50 * 1024 * 1024, maxExpandedBytes: 200 * 1024 * 1024, maxRatio: 100 };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The media type of a file from its first bytes, else its extension. */
export function mediaTypeOf(bytes: Buffer, fileName: string): string {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const ext = extname(fileName).toLowerCase();
  if (head.startsWith('%PDF-')) return 'application/pdf';
  if (head.startsWith('PK\u0003\u0004')) return ext === '.docx' ? DOCX : 'application/zip';
  if (/^\s*(?:<!doctype html|<html|<head|<body)/i.test(head.replace(/^\uFEFF|^ï»¿/, '')) || ext === '.html' || ext === '.htm') return 'text/html';
  if (ext === '.md' || ext === '.markdown') return 'text/markdown';
  if (ext === '.pdf') return 'application/pdf';
  if (ext === '.docx') return DOCX;
  if (ext === '.doc' || ext === '.odt' || ext === '.rtf') return 'application/octet-stream';
  return 'text/plain';
}

/** HTML in the charset its `<meta charset>` declares (windows-1252 pages are still common), UTF-8 otherwise. */
function decodeHtml(bytes: Buffer, shown: string): string {
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      throw new ConversionError(`unknown character set "${declared}"`);
    }
  }
  return decodeUtf8(bytes, shown);
}

/**
 * The canonical text and file metadata of an original. Throws {@link ConversionError} for a
 * file that cannot be read as what it is (the caller names the file).
 */
export async function convertFile(bytes: Buffer, fileName: string, limits: ConversionLimits = defaultLimits): Promise<ConvertedDocument> {
  if (bytes.length > limits.maxFileBytes) throw new ConversionError(`the file is ${bytes.length} bytes, over the limit of ${limits.maxFileBytes}`);
  const mediaType = mediaTypeOf(bytes, fileName);
  switch (mediaType) {
    // The readers are loaded when a file of their kind comes: pdfjs alone takes longer to load than a text takes to convert.
    case 'application/pdf':
      return (await import('./pdf.js')).convertPdf(bytes);
    case DOCX:
      return (await import('./docx.js')).convertDocx(bytes, limits);
    case 'text/html':
      return (await import('./html.js')).convertHtml(decodeHtml(bytes, fileName));
    case 'text/markdown':
      return { ...markdownText(decodeUtf8(bytes, fileName)), mediaType, metadata: {} };
    case 'text/plain':
      return { text: decodeUtf8(bytes, fileName), pageStarts: null, mediaType, metadata: {} };
    default:
      throw new ConversionError(`unsupported file type (${mediaType === 'application/zip' ? 'a ZIP archive' : extname(fileName) || 'no extension'}): add PDF, HTML, DOCX, Markdown or plain text`);
  }
}
