/**
 * Just enough of the ZIP format (APPNOTE 4.3) to guard a Word file before any library
 * inflates it: the central directory is read for the sizes every entry declares, and an
 * archive that would expand past the limits is refused unread. Entries are then inflated
 * with the declared size as a hard cap, so a lying header cannot expand further.
 */
import { inflateRawSync } from 'node:zlib';
import { ConversionError } from './types.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Total bytes all entries may expand to. */
  maxExpandedBytes: number;
  /** Largest expansion ratio of an entry over 1 MB. */
  maxRatio: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory; a file that is not a well-formed ZIP is a conversion error. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ConversionError('not a valid Word file: the ZIP directory is missing (corrupt or truncated file)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new ConversionError('not a valid Word file: the ZIP directory is damaged (corrupt or truncated file)');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Refuses an archive whose declared sizes expand too far, before anything is inflated. */
export function checkExpansion(entries: ZipEntry[], limits: ZipLimits) {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxExpandedBytes) throw new ConversionError(`the compressed file would expand to ${total} bytes, over the limit of ${limits.maxExpandedBytes}`);
  const bomb = entries.find((e) => e.size > 1_000_000 && e.size > limits.maxRatio * Math.max(1, e.compressedSize));
  if (bomb) throw new ConversionError(`the compressed file expands too far (${bomb.name}: ${bomb.compressedSize} → ${bomb.size} bytes)`);
}

/** Inflates one entry, capped at its declared size; a mismatch means a corrupt or lying archive. */
export function readEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new ConversionError(`not a valid Word file: entry ${entry.name} is damaged (corrupt or truncated file)`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ConversionError(`not a valid Word file: entry ${entry.name} is cut off (truncated file)`);
  let out: Buffer;
  try {
    if (entry.method === 0) out = data;
    else if (entry.method === 8) out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    else throw new ConversionError(`not a valid Word file: entry ${entry.name} uses unsupported compression ${entry.method}`);
  } catch (e) {
    if (e instanceof ConversionError) throw e;
    throw new ConversionError(`not a valid Word file: entry ${entry.name} cannot be inflated (${(e as Error).message})`);
  }
  if (out.length !== entry.size) throw new ConversionError(`not a valid Word file: entry ${entry.name} expands to another size than it declares`);
  return out;
}
