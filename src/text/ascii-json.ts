/**
 * JSON text as pure ASCII: every character outside ASCII becomes its `\uXXXX` escape
 * (RFC 8259 §7), so the parsed value is unchanged. A body of ASCII bytes decodes on every
 * client's fast path (V8 keeps it a one-byte string) and cannot be garbled by a client
 * that ignores the charset; it is the default of Python's `json` and of Datasette.
 */
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL; \p{ASCII} would need the u flag, which matches astral characters whole
const NON_ASCII = /[^\x00-\x7f]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `json` with its non-ASCII characters (UTF-16 code units, so surrogate pairs stay pairs) escaped. */
export function asciiJson(json: string): string {
  return json.replace(NON_ASCII, escape);
}
