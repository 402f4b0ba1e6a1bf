/**
 * JSON text as pure ASCII: every character outside ASCII becomes its `\uXXXX` escape
 * (RFC 8259 §7), so the parsed value is unchanged. A body of ASCII bytes decodes on every
 * client's fast path (V8 keeps it a one-byte string) and cannot be garbled by a client
 * that ignores the charset; it is the default of Python's `json` and of Datasette.
 */
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL; \p{ASCII} would need the u flag, which matches astral characters whole
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/** A run of non-ASCII UTF-16 code units as `\uXXXX` escapes, lower-case hex (surrogate pairs stay pairs). */
function escapeRun(run: string): string {
  let escaped = '';
  for (let i = 0; i < run.length; i++) escaped += `\\u${run.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}

/**
 * `json` with its non-ASCII characters (UTF-16 code units) escaped. A string is ASCII
 * exactly when its UTF-8 length equals its length (any other code unit takes 2 or more
 * bytes), which Node counts natively in a fraction of a regular-expression scan, so the
 * common all-ASCII body (already escaped by a serializer, or plain English) is returned
 * untouched; otherwise the text is copied once, run by run. Both are several times
 * cheaper than `replace` with a callback per character, which this was (issue 12: 8 % of
 * an uncached list request).
 */
export function asciiJson(json: string): string {
  if (Buffer.byteLength(json, 'utf8') === json.length) return json;
  let ascii = '';
  let copied = 0;
  NON_ASCII_RUN.lastIndex = 0;
  for (let run = NON_ASCII_RUN.exec(json); run !== null; run = NON_ASCII_RUN.exec(json)) {
    ascii += json.slice(copied, run.index) + escapeRun(run[0]);
    copied = run.index + run[0].length;
  }
  return ascii + json.slice(copied);
}
