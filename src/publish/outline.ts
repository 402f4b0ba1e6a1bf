/**
 * Long lists of measures cut for reading: pages of `PAGE_SIZE` measures, a table of contents
 * (documents and their sections, each linked to the page and anchor where it starts) and a
 * theme filter. Everything is a link with query parameters (`?theme=…&page=…`), so it works
 * without JavaScript and every view has a URL. Pure: the pages pass in what they read.
 */
import type { OutlineEntry, ThemeCount } from '../queries/publish/browse.js';
import { html, raw, type SafeHtml } from './html.js';

/** Measures per page of a programme, document or theme. */
export const PAGE_SIZE = 25;

/** The query of a paged list: its filter and page (1-based). */
export interface ListQuery {
  theme?: string | undefined;
  location?: string | undefined;
  page: number;
}

/** `path` with the list query; page 1 and absent filters are left out, so the plain path is the first page. */
export function listHref(path: string, { theme, location, page }: ListQuery): string {
  const params = new URLSearchParams();
  if (theme !== undefined) params.set('theme', theme);
  if (location !== undefined) params.set('location', location);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** How many pages `count` measures fill (at least one, for an empty list). */
export const pageCount = (count: number) => Math.max(1, Math.ceil(count / PAGE_SIZE));

/** The page (1-based) that shows the measure at `index` of the list. */
export const pageOfIndex = (index: number) => Math.floor(index / PAGE_SIZE) + 1;

/** The `?page=` value as a page number, or null when it is not a whole number ≥ 1. */
export function parsePage(value: string | undefined): number | null {
  if (value === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/** Page numbers to link: the first, the last and those around the current one; null marks a gap. */
export function pageWindow(current: number, pages: number, around = 2): Array<number | null> {
  const shown: Array<number | null> = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - current) <= around) shown.push(p);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}

/** Previous, numbered and next links; nothing for a single page. */
export function pager(path: string, query: ListQuery, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const href = (page: number) => listHref(path, { ...query, page });
  const { page } = query;
  const items = pageWindow(page, pages).map((p) =>
    p === null
      ? html`<li aria-hidden="true">…</li>`
      : p === page
        ? html`<li><a href="${href(p)}" aria-current="page">${p}</a></li>`
        : html`<li><a href="${href(p)}">${p}</a></li>`,
  );
  return html`<nav class="pager" aria-label="Pagina’s">
<ul>
${page > 1 ? html`<li><a href="${href(page - 1)}" rel="prev">← Vorige</a></li>` : ''}
${items}
${page < pages ? html`<li><a href="${href(page + 1)}" rel="next">Volgende →</a></li>` : ''}
</ul>
<p class="muted">Pagina ${page} van ${pages}</p>
</nav>`;
}

/** Links to the list with each theme, and without a theme; the current choice marked. */
export function themeFilter(path: string, themes: readonly ThemeCount[], total: number, current: string | undefined): SafeHtml {
  if (themes.length === 0) return html``;
  const link = (theme: string | undefined, label: string, count: number) =>
    html`<li><a class="chip" href="${listHref(path, { theme, page: 1 })}"${theme === current ? raw(' aria-current="true"') : ''}>${label} <span class="count">${count}</span></a></li>`;
  return html`<nav class="themes" aria-label="Filter op thema">
<p class="muted">Filter op thema:</p>
<ul class="chips">${link(undefined, 'Alle thema’s', total)}${themes.map((t) => link(t.id, t.name, t.measures))}</ul>
</nav>`;
}

/** A run of consecutive measures of one document and section: a heading of the list and an entry of the table of contents. */
export interface Section {
  document: string;
  /** The heading as written; null for measures before the first heading. */
  title: string | null;
  /** Index in the list of its first measure, whose id anchors it. */
  start: number;
  firstId: string;
  count: number;
}

/** The sections of an outline, in order. */
export function sectionsOf(outline: readonly OutlineEntry[]): Section[] {
  const sections: Section[] = [];
  outline.forEach((entry, index) => {
    const last = sections[sections.length - 1];
    if (last && last.document === entry.document && last.title === entry.section) last.count++;
    else sections.push({ document: entry.document, title: entry.section, start: index, firstId: entry.id, count: 1 });
  });
  return sections;
}

/** Anchor of a section on its page: its first measure's id, so it stays put across builds. */
export const sectionAnchor = (section: Pick<Section, 'firstId'>) => `s-${section.firstId}`;

/** A section's title for people. */
export const sectionTitle = (section: Pick<Section, 'title'>) => section.title ?? 'Zonder tussentitel';

/** A document of the table of contents: its name and page. */
export interface TocDocument {
  id: string;
  name: string;
  href: string;
}

/**
 * The table of contents: each document (when there are several) with its sections, each
 * linked to the page and anchor where it starts, with its number of measures.
 */
export function tableOfContents(path: string, query: ListQuery, sections: readonly Section[], documents: readonly TocDocument[]): SafeHtml {
  if (sections.length === 0) return html``;
  const entry = (s: Section) =>
    html`<li><a href="${listHref(path, { ...query, page: pageOfIndex(s.start) })}#${sectionAnchor(s)}">${sectionTitle(s)}</a> <span class="muted">(${s.count})</span></li>`;
  const groups = documents
    .map((d) => ({ document: d, sections: sections.filter((s) => s.document === d.id) }))
    .filter((g) => g.sections.length > 0);
  const body =
    documents.length > 1
      ? html`<ol>${groups.map((g) => html`<li><a href="${g.document.href}">${g.document.name}</a><ol>${g.sections.map(entry)}</ol></li>`)}</ol>`
      : html`<ol>${sections.map(entry)}</ol>`;
  return html`<nav class="toc" aria-labelledby="inhoud-titel"><h2 id="inhoud-titel">Inhoud</h2>${body}</nav>`;
}
