/**
 * JSON text as pure ASCII: every character outside ASCII becomes its `\uXXXX` escape
 * (RFC 8259 §7), so the parsed value is unchanged. A body of ASCII bytes decodes on every
 * client's fast path (V8 keeps it a one-byte string) and cannot be garbled by a client
 * that ignores the charset; it is the default of Python's `json` and of Datasette.
 */
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL; \p{ASCII} would need the u flag, which matches astral characters whole
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

const BACKSLASH = 0x5c;
const LETTER_U = 0x75;
/** ASCII codes of the lower-case hex digits. */
const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

/** Writes `\uXXXX` (lower-case hex) for each UTF-16 code unit of `run` into `out` at `at`; returns the end. */
function writeEscapes(out: Buffer, at: number, run: string): number {
  for (let i = 0; i < run.length; i++) {
    const unit = run.charCodeAt(i);
    out[at++] = BACKSLASH;
    out[at++] = LETTER_U;
    out[at++] = HEX_DIGITS[unit >> 12]!;
    out[at++] = HEX_DIGITS[(unit >> 8) & 0xf]!;
    out[at++] = HEX_DIGITS[(unit >> 4) & 0xf]!;
    out[at++] = HEX_DIGITS[unit & 0xf]!;
  }
  return at;
}

/**
 * The escaped text as bytes: the runs of non-ASCII code units are found in one pass, then
 * the ASCII between them is copied natively (latin1 is one byte per code unit) and each
 * code unit of a run is written as its six-byte escape.
 */
function escapedBytes(json: string): Buffer {
  const runs: RegExpExecArray[] = [];
  let escapedUnits = 0;
  NON_ASCII_RUN.lastIndex = 0;
  for (let run = NON_ASCII_RUN.exec(json); run !== null; run = NON_ASCII_RUN.exec(json)) {
    runs.push(run);
    escapedUnits += run[0].length;
  }
  // Every non-ASCII code unit (one byte in latin1) becomes six bytes.
  const out = Buffer.allocUnsafe(json.length + 5 * escapedUnits);
  let at = 0;
  let copied = 0;
  for (const run of runs) {
    at += out.write(json.slice(copied, run.index), at, 'latin1');
    at = writeEscapes(out, at, run[0]);
    copied = run.index + run[0].length;
  }
  out.write(json.slice(copied), at, 'latin1');
  return out;
}

/**
 * `json` with its non-ASCII characters (UTF-16 code units, so surrogate pairs stay pairs)
 * escaped. A string is ASCII exactly when its UTF-8 length equals its length (any other
 * code unit takes 2 or more bytes), which Node counts natively in a fraction of a
 * regular-expression scan, so an all-ASCII text is returned as it is. Otherwise the
 * escaped text is built as bytes and read back as a flat one-byte string: the string of
 * pieces that `replace` (or concatenation) makes of a two-byte JSON text stays two-byte,
 * and Fastify's length count and the socket's UTF-8 encoding of that cost more than the
 * escaping itself (issue 12: `replace` with a callback per character, then that encoding,
 * were over 10 % of the CPU of an uncached 50-measure list).
 */
export function asciiJson(json: string): string {
  return Buffer.byteLength(json, 'utf8') === json.length ? json : escapedBytes(json).toString('latin1');
}
