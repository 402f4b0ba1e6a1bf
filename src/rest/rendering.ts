/**
 * What a stored list rendering holds (src/queries/renderings.ts stores and reads them): a
 * record as a JSON list page writes it — `JSON.stringify` of the record the query layer built,
 * its references linked (src/urls.ts) under {@link RENDERING_ORIGIN}, ASCII-escaped as every
 * response is — and a page's JSON text with renderings as its data, under the request's origin.
 */
import type { Entity, RecordOf } from '../queries/entity.js';
import { recordRefs } from '../queries/entity.js';
import { asciiJson } from '../text/ascii-json.js';
import { link, linkRendered, RENDERING_ORIGIN } from '../urls.js';

/** The rendering of a record of `e` as the query layer built it (a fresh object: linked in place). */
export const renderListRecord = <E extends Entity>(e: E, record: RecordOf<E>): string => asciiJson(JSON.stringify(link(record as object, recordRefs(e), RENDERING_ORIGIN)));

/** How every page's JSON text opens: its `data` first, which {@link withRenderedData} fills. */
const DATA_OPENING = '{"data":[';

/**
 * The JSON text `json` of a page written with an empty `data`, with the renderings `items` as its
 * data, linked under `origin`: the text the page with those records, linked there, is written as.
 */
export function withRenderedData(json: string, items: readonly string[], origin: string): string {
  if (!json.startsWith(`${DATA_OPENING}]`)) throw new Error('a page is written with its data first');
  return `${DATA_OPENING}${linkRendered(items.join(','), origin)}${json.slice(DATA_OPENING.length)}`;
}
