/**
 * One HTML escaper for every page and card: interpolations are escaped unless they are
 * already `SafeHtml` (the result of another `html` template or an explicit `raw`).
 */
import { escapeHtml } from '../text/html.js';

/** Markup that is known to be safe to insert as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks trusted markup (inline CSS, a computed SVG path) as safe; never pass user or dataset text. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every interpolation. `null`, `undefined` and booleans render
 * as nothing, so `${cond && html`…`}` works; arrays are concatenated.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}
