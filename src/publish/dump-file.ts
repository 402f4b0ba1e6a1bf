/**
 * The database file as a download. It is hashed once at startup and read through a file
 * handle opened then, so a rebuild that renames a new file into place cannot make the
 * bytes served disagree with the checksum and ETag announced for them.
 */
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export interface DumpFile {
  size: number;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  /** A fresh stream of the whole file; concurrent streams are safe (positional reads). */
  stream(): Readable;
  close(): Promise<void>;
}

async function sha256Of(handle: FileHandle, size: number): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of handle.createReadStream({ start: 0, end: Math.max(size - 1, 0), autoClose: false })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Opens and hashes the database file at `path`. */
export async function openDump(path: string): Promise<DumpFile> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  const sha256 = await sha256Of(handle, size);
  return {
    size,
    sha256,
    stream: () => handle.createReadStream({ start: 0, end: size - 1, autoClose: false }),
    close: () => handle.close(),
  };
}
