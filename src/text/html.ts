/** HTML escaping, complete for element content and quoted attribute values (single or double). */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/**
 * Escapes `&`, `<`, `>`, `"` and `'`, so text is safe inside elements and either kind of quoted
 * attribute. A text without any is returned as it is, without a replace (most runs of a search
 * snippet: the replace with a callback was a sixth of a snippet's time).
 */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITIES[c]!) : text;
}
