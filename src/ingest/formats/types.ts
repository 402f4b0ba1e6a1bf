/** What a format converter returns: the canonical text and the metadata the file itself states. */
import type { LaidOutText } from './layout.js';

/** A metadata value the file states, with the place in the file that states it ("pdf Info /Title", "html meta og:title"). */
export interface FileStated {
  value: string;
  source: string;
}

/** Metadata fields a file can state; each found value names where it was found. */
export interface FileMetadata {
  title?: FileStated;
  author?: FileStated;
  date?: FileStated;
  url?: FileStated;
  language?: FileStated;
}

export interface ConvertedDocument extends LaidOutText {
  mediaType: string;
  metadata: FileMetadata;
}

/** A document that cannot be converted; `reason` is shown to the curator after the file name. */
export class ConversionError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ConversionError';
  }
}
