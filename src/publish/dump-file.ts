/**
 * The database file as a download. It is hashed once at startup and read through a file
 * descriptor opened then, so a rebuild that renames a new file into place cannot make the
 * bytes served disagree with the checksum and ETag announced for them.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, read } from 'node:fs';
import type { Readable } from 'node:stream';

export interface DumpFile {
  size: number;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  /** A fresh stream of the whole file; concurrent streams are safe (positional reads). */
  stream(): Readable;
  close(): Promise<void>;
}

/**
 * Positional reads of the shared descriptor, whose closing is the dump's, not a stream's:
 * a destroyed stream (a client gone, a 304, a HEAD) closes its descriptor whatever
 * `autoClose` says, which would close the one all downloads read.
 */
const sharedFd = { read, close: (_fd: number, done: (error: NodeJS.ErrnoException | null) => void) => done(null) };

/**
 * A stream of bytes `[0, size)` of the open descriptor `fd`. A numeric descriptor, not a
 * FileHandle: a FileHandle's streams each add a `close` listener to the one shared handle,
 * which grow without bound on a long-lived handle (one per request).
 */
const streamOf = (fd: number, size: number): Readable => createReadStream('', { fd, fs: sharedFd, start: 0, end: Math.max(size - 1, 0), autoClose: true, emitClose: false });

async function sha256Of(fd: number, size: number): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of streamOf(fd, size)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Opens and hashes the database file at `path`. */
export async function openDump(path: string): Promise<DumpFile> {
  const fd = openSync(path, 'r');
  const { size } = fstatSync(fd);
  const sha256 = await sha256Of(fd, size);
  return { size, sha256, stream: () => streamOf(fd, size), close: async () => closeSync(fd) };
}
