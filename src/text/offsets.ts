/**
 * Offsets in blauwdruk are Unicode code-point indices (W3C Web Annotation
 * TextPositionSelector). JavaScript strings index UTF-16 units, so every stage works
 * in UTF-16 and converts once at the edge with a converter built per document.
 */
export interface OffsetConverter {
  /** The text has no astral characters: both indices are the same everywhere. */
  readonly identity: boolean;
  /** UTF-16 index → code-point index. */
  toCodePoint(utf16Index: number): number;
  /** Code-point index → UTF-16 index. */
  toUtf16(codePointIndex: number): number;
}

export function offsetConverter(text: string): OffsetConverter {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral.push(i);
      i++;
    }
  }
  if (astral.length === 0) return { identity: true, toCodePoint: (i) => i, toUtf16: (i) => i };
  return {
    identity: false,
    toCodePoint(i) {
      let n = 0;
      while (n < astral.length && astral[n]! < i - 1) n++;
      return i - n;
    },
    toUtf16(cp) {
      let i = cp;
      for (const a of astral) {
        if (a < i) i++;
        else break;
      }
      return i;
    },
  };
}

/** `text.slice(start, end)` in code points. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const conv = offsetConverter(text);
  return text.slice(conv.toUtf16(start), conv.toUtf16(end));
}
