/**
 * The browse pages for people: `/` (cities and the map), `/browse/locations/{id}` (a place:
 * its measures by theme, figures, series, police zone, programmes and the map),
 * `/browse/themes/{id}` (a theme across places), `/browse/programmes/{id}` and
 * `/browse/documents/{id}` (measures with figures marked, a table of contents, a theme
 * filter and pages), `/browse/measures/{id}` (to the page that shows a measure),
 * `/browse/actors/{id}`, `/browse/compare` and `/browse/search?q=`. Server-rendered HTML over
 * the shared query layer; no script: filters and pages are links with query parameters.
 */
import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError, notFound } from '../errors.js';
import { getActor } from '../queries/actors.js';
import { getDocument, listDocuments } from '../queries/documents.js';
import { figuresByMeasureIds, listFigures } from '../queries/figures.js';
import { getLocation } from '../queries/locations.js';
import { listMeasures, measuresByIds } from '../queries/measures.js';
import { similarOfMeasures, type SimilarRecord } from '../queries/similar.js';
import { compareLocations, comparisonRefs, locationsListSchema, type Comparison } from '../queries/compare.js';
import { compareChart, compareForm, compareTable } from './compare.js';
import { getProgramme, listProgrammes } from '../queries/programmes.js';
import {
  citiesWithProgrammeCounts, contextOfMeasure, measureOutline, measuresPerMunicipality, themesOfSelection,
  type CityProgrammes, type MeasureSelection, type OutlineEntry, type PlaceMeasureCounts,
} from '../queries/publish/browse.js';
import { datasetFact } from '../queries/facts.js';
import { search, type SearchHit } from '../queries/search.js';
import { listSeries } from '../queries/series.js';
import type { DocumentRecord, FigureRecord, MeasureRecord, ProgrammeRecord, SeriesRecord } from '../queries/shapes.js';
import { getTheme } from '../queries/themes.js';
import { barChart } from './bars.js';
import { markedText, themeChips } from './components.js';
import { changeLabel, figureLabel, formatDate, kindLabel } from './format.js';
import type { WarningLog } from './highlight.js';
import { html, raw, type SafeHtml } from './html.js';
import { sendPage, servedAs } from './layout.js';
import { inBelgium, placesMap } from './map.js';
import {
  listHref, pageCount, pageOfIndex, pager, PAGE_SIZE, parsePage, sectionAnchor, sectionsOf, sectionTitle, tableOfContents, themeFilter,
  type ListQuery, type Section, type TocDocument,
} from './outline.js';
import { idParams } from './records.js';
import { downloadLinks, searchForm, sitePage, sitePolicy } from './site.js';
import { seriesTitle } from './series-card.js';
import { timelineParts } from './timeline.js';
import { browsePath, cardUrl, exportUrl, link as linkRefs, measureAnchor, measurePagePath, refUrl } from '../urls.js';

const MAX_MEASURES = 500;
/** Figures and series a place page lists before linking to the rest. */
const MAX_FIGURES = 20;
const MAX_SERIES = 12;

/** What a page renders from: the dataset, and the request's logger for data warnings. */
interface PageContext {
  db: Db;
  log: WarningLog;
}

/** A rendered page; `status` other than 200 for a page that explains a mistake. */
interface Page {
  title: string;
  main: SafeHtml;
  status?: number;
}

/** The page's status when its list explains an error (a bad page number, an unknown theme or place), else nothing: 200. */
const statusOf = (list: PagedList): { status?: number } => (list.status === undefined ? {} : { status: list.status });

/** A programme's or document's measures: the table of contents, then the page of measures. */
const measuresSection = (list: PagedList) => html`${list.toc}
<h2 id="maatregelen">Maatregelen</h2>
${list.main}`;

/** `record`, or the standard not-found problem for `collection`/`id`. */
function found<T>(record: T | null, collection: string, id: string): T {
  if (record === null) throw notFound(collection, id);
  return record;
}

/** The similar measures of other documents, folded away (a details element: no JavaScript needed). */
function similarList(measureId: string, similar: SimilarRecord[]): SafeHtml {
  if (similar.length === 0) return html``;
  const items = similar.map(
    (s) => html`<li><a href="${measurePagePath(s.measure)}">${s.measure.name}</a> <span class="muted">— ${s.programme?.name ?? s.document.name}; score ${s.score.toFixed(2)}; gedeeld: ${s.terms.join(', ')}</span></li>`,
  );
  return html`<details class="similar"><summary>Vergelijkbaar in andere documenten (${similar.length})</summary><ul aria-label="Vergelijkbare maatregelen van ${measureId}">${items}</ul></details>`;
}

/** One measure: its text with figures marked (each a link to its card), figures, themes, actors, similar measures and links; its section unless a heading shows it. */
function measureItem(measure: MeasureRecord, { figures, similar }: MeasureExtras, log: WarningLog, showSection = true): SafeHtml {
  const card = (id: string) => cardUrl('', 'figures', id);
  const figureList = figures.map((f) => {
    const change = changeLabel(f);
    return html`<li><a href="${card(f.id)}">${figureLabel(f)}</a>${change ? html` <span class="muted">(${change})</span>` : ''} <a class="muted" href="${card(f.id)}.svg">SVG</a></li>`;
  });
  return html`<li id="${measureAnchor(measure.id)}">
${showSection && measure.section ? html`<p class="muted">${measure.section}</p>` : ''}
<p class="measure-text">${markedText(measure, figures, log, (f) => card(f.id))}</p>
${figures.length ? html`<ul class="figures" aria-label="Cijfers">${figureList}</ul>` : ''}
${themeChips(measure.themes)}
${measure.actors.length ? html`<ul class="chips" aria-label="Actoren">${measure.actors.map((a) => html`<li><a class="chip" href="${browsePath('actors', a.id)}">${a.name}</a></li>`)}</ul>` : ''}
${similarList(measure.id, similar)}
<p class="muted"><a href="${cardUrl('', 'measures', measure.id)}">Kaart</a> · <a href="${refUrl('', { collection: 'measures', id: measure.id, rel: 'cite', query: { format: 'text' } })}">Citeer</a> · <a href="${refUrl('', { collection: 'measures', id: measure.id })}">JSON</a></p>
</li>`;
}

/** What a measure list shows besides the measures. */
interface MeasureExtras {
  figures: FigureRecord[];
  similar: SimilarRecord[];
}

/** The figures and similar measures of every measure of every group: two statements, grouped alike. */
function extrasOfGroups(db: Db, groups: MeasureRecord[][]): MeasureExtras[][] {
  const ids = groups.flat().map((m) => m.id);
  const figures = figuresByMeasureIds(db, ids);
  const similar = similarOfMeasures(db, ids);
  let at = 0;
  return groups.map((group) => group.map(() => ({ figures: figures[at]!, similar: similar[at++]! })));
}

/** Measures with their figures and similar measures, as an ordered list. */
function measureList({ log }: PageContext, measures: MeasureRecord[], extras: MeasureExtras[]): SafeHtml {
  if (measures.length === 0) return html`<p class="muted">Geen maatregelen.</p>`;
  return html`<ol class="measures">${measures.map((m, i) => measureItem(m, extras[i]!, log))}</ol>`;
}

/** A paged list as a page shows it: what it has, what it shows and how to move through it. */
interface PagedList {
  /** The filter nav, the count, the measures of the page and the pager. */
  main: SafeHtml;
  /** The table of contents (documents and sections) of the whole filtered list. */
  toc: SafeHtml;
  status?: number;
}

/** The measures of `shown` (one page of `outline`, from index `start`) under headings of their documents and sections. */
function groupedMeasures(ctx: PageContext, shown: readonly OutlineEntry[], start: number, sections: readonly Section[], documents: readonly TocDocument[]): SafeHtml {
  const records = measuresByIds(ctx.db, shown.map((e) => e.id)).filter((m): m is MeasureRecord => m !== null);
  const extras = extrasOfGroups(ctx.db, [records])[0]!;
  const headed = documents.length > 1;
  const blocks: SafeHtml[] = [];
  let items: SafeHtml[] = [];
  let section: Section | undefined;
  const close = () => items.length && blocks.push(html`<ol class="measures">${items}</ol>`) && (items = []);
  records.forEach((measure, k) => {
    const index = start + k;
    const current = sections.find((s) => s.start <= index && index < s.start + s.count)!;
    if (current !== section) {
      close();
      if (headed && current.document !== section?.document) {
        const d = documents.find((doc) => doc.id === current.document);
        if (d) blocks.push(html`<h2 class="document"><a href="${d.href}">${d.name}</a></h2>`);
      }
      const level = headed ? 'h3' : 'h2';
      const title = current.start === index ? html`${sectionTitle(current)}` : html`${sectionTitle(current)} <span class="muted">(vervolg)</span>`;
      blocks.push(current.start === index ? html`<${raw(level)} id="${sectionAnchor(current)}">${title}</${raw(level)}>` : html`<${raw(level)}>${title}</${raw(level)}>`);
      section = current;
    }
    items.push(measureItem(measure, extras[k]!, ctx.log, false));
  });
  close();
  return html`${blocks}`;
}

/** The raw query of a paged list page, as the route received it. */
interface RawListQuery {
  theme?: string | undefined;
  location?: string | undefined;
  page?: string | undefined;
}

/**
 * The measures of `selection` as a paged list at `path`: a theme filter (the themes of the
 * whole selection with counts), the number of measures, one page of them under their
 * document and section headings, and a pager. A page number that is not a number, past the
 * last page, or a theme or place unknown here explains itself (400 or 404) instead.
 */
function pagedMeasures(ctx: PageContext, path: string, selection: MeasureSelection, query: RawListQuery, options: { documents?: readonly TocDocument[]; filterThemes?: boolean } = {}): PagedList {
  const page = parsePage(query.page);
  const listQuery: ListQuery = { theme: query.theme, location: query.location, page: page ?? 1 };
  const themes = options.filterThemes === false ? [] : themesOfSelection(ctx.db, selection);
  let outline: OutlineEntry[];
  try {
    outline = measureOutline(ctx.db, { ...selection, theme: query.theme ?? selection.theme, location: query.location ?? selection.location });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    const name = error.extra.parameter === 'theme' ? `thema “${query.theme}”` : `plaats “${query.location}”`;
    return { status: 400, toc: html``, main: html`${themeFilter(path, themes, 0, query.theme)}<p role="alert">Onbekend: ${name}. <a href="${path}">Toon alle maatregelen</a>.</p>` };
  }
  const total = query.theme === undefined ? outline.length : measureOutline(ctx.db, selection).length;
  const filter = themeFilter(path, themes, total, query.theme);
  const pages = pageCount(outline.length);
  if (page === null || page > pages) {
    return { status: page === null ? 400 : 404, toc: html``, main: html`${filter}<p role="alert">Pagina ${query.page ?? ''} bestaat niet: er ${pages === 1 ? 'is 1 pagina' : `zijn ${pages} pagina’s`}. <a href="${listHref(path, { ...listQuery, page: 1 })}">Naar de eerste pagina</a>.</p>` };
  }
  const sections = sectionsOf(outline);
  const documents = options.documents ?? [...new Map(outline.map((e) => [e.document, { id: e.document, name: e.documentTitle, href: browsePath('documents', e.document) }])).values()];
  const start = (page - 1) * PAGE_SIZE;
  const shown = outline.slice(start, start + PAGE_SIZE);
  const count = html`<p class="count">${outline.length} ${outline.length === 1 ? 'maatregel' : 'maatregelen'}${query.theme ? html` over ${themes.find((t) => t.id === query.theme)?.name ?? query.theme}` : ''}${pages > 1 ? ` · maatregelen ${start + 1}–${start + shown.length}` : ''}</p>`;
  return {
    toc: tableOfContents(path, listQuery, sections, documents),
    main: html`${filter}${count}${outline.length ? groupedMeasures(ctx, shown, start, sections, documents) : html`<p class="muted">Geen maatregelen.</p>`}${pager(path, listQuery, pages)}`,
  };
}

/** `measures` as a list, with their figures and similar measures. */
const measuresWithFigures = (ctx: PageContext, measures: MeasureRecord[]) => measureList(ctx, measures, extrasOfGroups(ctx.db, [measures])[0]!);

const link = (path: string, text: string) => html`<a href="${path}">${text}</a>`;
const summaryLink = (collection: Parameters<typeof browsePath>[0], s: { id: string; name: string } | null) => (s ? link(browsePath(collection, s.id), s.name) : null);
const unknown = html`<span class="muted">niet vermeld</span>`;
const facts = (rows: Array<[string, SafeHtml | string | null]>) => html`<dl class="meta">${rows.map(([t, v]) => html`<dt>${t}</dt><dd>${v ?? unknown}</dd>`)}</dl>`;

/** The municipalities with measures, as the map draws them. */
const mapOf = (places: readonly PlaceMeasureCounts[], label: string, current?: string) =>
  placesMap(places, current === undefined ? { label } : { label, current });

/** What the home page shows, read once per app: the dataset is immutable. */
interface HomeData {
  cities: CityProgrammes[];
  places: PlaceMeasureCounts[];
  /** The places with the most measures side by side, theme by theme; null without measures. */
  comparison: Comparison | null;
}

/** Reads what the home page shows: its numbers over every measure are the build's (facts.ts). */
function homeData(db: Db): HomeData {
  return { cities: citiesWithProgrammeCounts(db), places: datasetFact(db, 'municipalities'), comparison: datasetFact(db, 'comparison') };
}

/** The home page: the cities (with programme counts), the map, the search box and the developer links. */
function homePage({ cities, places, comparison }: HomeData): SafeHtml {
  const items = cities.map(
    (c) => html`<li><a href="${browsePath('locations', c.id)}"><strong>${c.name}</strong></a><br><span class="muted">${c.programmes} ${c.programmes === 1 ? 'programma' : 'programma’s'}</span></li>`,
  );
  return html`<h1>Lokaal veiligheids- en politiebeleid</h1>
<p>Wat beloven en doen Belgische steden rond veiligheid en politie? blauwdruk haalt maatregelen, cijfers, actoren en plaatsen uit de teksten zelf, telkens met het letterlijke citaat.
<span lang="en">Open data on local safety and police policy in Belgian cities, every item linked to the sentence it comes from.</span></p>
${searchForm()}
<h2 id="steden">Kies een stad <span class="muted" lang="en">(choose a city)</span></h2>
<ul class="cards">${items}</ul>
<p><a href="/browse/compare?locations=${cities.map((c) => c.id).join(',')}">Vergelijk deze steden per thema</a></p>
${places.length ? html`<h2 id="kaart">Op de kaart <span class="muted" lang="en">(map)</span></h2>${mapOf(places, 'Kaart van België met de plaatsen die maatregelen hebben')}` : ''}
${comparison && comparison.themes.length ? html`<h2 id="themas">Maatregelen per thema <span class="muted" lang="en">(measures per theme)</span></h2>${compareChart(comparison)}<p><a href="/browse/compare?locations=${comparison.locations.map((l) => l.id).join(',')}">Dezelfde cijfers als tabel, met de maatregelen erachter</a></p>` : ''}
<h2 id="ontwikkelaars">Voor ontwikkelaars <span class="muted" lang="en">(for developers)</span></h2>
<ul>
<li><a href="/docs">REST-API-documentatie</a> en <a href="/openapi.json">OpenAPI</a></li>
<li><a href="/graphiql">GraphiQL</a> voor de <a href="/graphql">GraphQL-API</a></li>
<li><a href="/catalog">DCAT-AP-catalogus</a> (<a href="/catalog.ttl">Turtle</a>) voor dataportalen</li>
</ul>
<h2 id="downloads">Downloads</h2>
${downloadLinks}`;
}

function programmeSummary(p: ProgrammeRecord): SafeHtml {
  return html`<li><a href="${browsePath('programmes', p.id)}"><strong>${p.title}</strong></a><br>
<span class="muted">${kindLabel(p.kind)}${p.issuer ? html` · ${p.issuer.name}` : ''} · ${p.documents.length} ${p.documents.length === 1 ? 'document' : 'documenten'}</span></li>`;
}

/** Counts of a place or theme: measures (commitments, observations) and figures. */
const countCells = (c: { measures: number; commitments: number; observations: number; figures: number }, href: string) =>
  html`<td><a href="${href}">${c.measures}</a></td><td>${c.commitments}</td><td>${c.observations}</td><td>${c.figures}</td>`;
const countHead = (first: string) => html`<tr><th scope="col">${first}</th><th scope="col">Maatregelen</th><th scope="col">Beloftes</th><th scope="col">Vaststellingen</th><th scope="col">Cijfers</th></tr>`;

/** A place's measures theme by theme: a table (each count a link to the theme page for the place) and a bar chart. */
function placeThemes(db: Db, placeId: string, placeName: string): SafeHtml {
  const rows = compareLocations(db, [placeId]).themes;
  if (rows.length === 0) return html`<p class="muted">Geen maatregelen over deze plaats.</p>`;
  const href = (theme: string) => listHref(browsePath('themes', theme), { location: placeId, page: 1 });
  const table = html`<div class="table-scroll"><table><caption>Maatregelen over ${placeName} per thema</caption><thead>${countHead('Thema')}</thead><tbody>${rows.map(
    (row) => html`<tr><th scope="row"><a href="${browsePath('themes', row.theme.id)}">${row.theme.name}</a></th>${countCells(row.places[0]!, href(row.theme.id))}</tr>`,
  )}</tbody></table></div>`;
  const chart = barChart(rows.map((row) => ({ label: row.theme.name, value: row.total, href: href(row.theme.id) })), { title: `Maatregelen over ${placeName} per thema`, id: 'thema-grafiek', unit: 'maatregelen' });
  return html`${chart}${table}`;
}

/** Figures of a place's measures, each linked to its card; the rest through the API. */
function placeFigures(db: Db, placeId: string): SafeHtml {
  const page = listFigures(db, { location: placeId }, { limit: MAX_FIGURES });
  if (page.items.length === 0) return html`<p class="muted">Geen cijfers.</p>`;
  const items = page.items.map((f) => {
    const change = changeLabel(f);
    return html`<li><a href="${cardUrl('', 'figures', f.id)}">${figureLabel(f)}</a>${change ? html` <span class="muted">(${change})</span>` : ''} <span class="muted">— “${f.quote}”, ${f.document.name}</span></li>`;
  });
  return html`<ul class="figure-list">${items}</ul>${page.next ? html`<p><a href="${refUrl('', { collection: 'figures', query: { location: placeId } })}">Alle cijfers (JSON)</a> · <a href="${exportUrl('', 'figures', 'csv')}?location=${encodeURIComponent(placeId)}">CSV</a></p>` : ''}`;
}

/** A series as a small timeline with its name linked to its card. */
function seriesFigure(s: SeriesRecord, index: number): SafeHtml {
  const chart = timelineParts(s.data);
  const id = `reeks-${index}`;
  const title = seriesTitle(s);
  return html`<li><figure class="chart"><svg viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${title} — ${chart.label}</title>${chart.shapes}</svg>
<figcaption><a href="${cardUrl('', 'series', s.id)}">${title}</a> <span class="muted">(${s.points} ${s.points === 1 ? 'punt' : 'punten'})</span></figcaption></figure></li>`;
}

/** The series about a place or the actors seated in it, most points first. */
function placeSeries(db: Db, placeId: string): SafeHtml {
  const series = listSeries(db, { location: placeId }, { sort: '-points,id', limit: MAX_SERIES }).items;
  if (series.length === 0) return html`<p class="muted">Geen reeksen.</p>`;
  return html`<ul class="series">${series.map(seriesFigure)}</ul>`;
}

function locationPage({ db }: PageContext, id: string, places: readonly PlaceMeasureCounts[]): Page {
  const place = found(getLocation(db, id), 'locations', id);
  const programmes = listProgrammes(db, { location: place.id }, { limit: 100 }).items;
  const documents = listDocuments(db, { location: place.id }, { sort: 'title', limit: 100 }).items;
  const onMap = places.some((p) => p.id === place.id) && place.lat !== null && place.lon !== null && inBelgium(place.lon, place.lat);
  return {
    title: place.name,
    main: html`<p class="muted">${kindLabel(place.kind)}${place.parent ? html` in ${summaryLink('locations', place.parent)}` : ''}</p>
<h1>${place.name}</h1>
${facts([
  ['Politiezone', summaryLink('actors', place.policeZone)],
  ['NIS-code', place.nisCode],
])}
${searchForm()}
<h2 id="themas">Maatregelen per thema</h2>
${placeThemes(db, place.id, place.name)}
<p><a href="/browse/compare?locations=${encodeURIComponent(place.id)}">Vergelijk met andere plaatsen</a></p>
${onMap ? html`<h2 id="kaart">Op de kaart</h2>${mapOf(places, `Kaart van België: ${place.name} en de andere plaatsen met maatregelen`, place.id)}` : ''}
<h2 id="cijfers">Cijfers</h2>
${placeFigures(db, place.id)}
<h2 id="reeksen">Reeksen <span class="muted" lang="en">(series)</span></h2>
${placeSeries(db, place.id)}
<h2 id="programmas">Programma’s <span class="muted" lang="en">(programmes)</span></h2>
${programmes.length ? html`<ul class="cards">${programmes.map(programmeSummary)}</ul>` : html`<p class="muted">Geen programma’s over deze plaats.</p>`}
<h2 id="documenten">Documenten</h2>
${documents.length ? html`<ul>${documents.map((d) => html`<li>${link(browsePath('documents', d.id), d.title)} <span class="muted">(${kindLabel(d.kind)})</span></li>`)}</ul>` : html`<p class="muted">Geen documenten over deze plaats.</p>`}`,
  };
}

function documentFacts(d: DocumentRecord): SafeHtml {
  return facts([
    ['Soort', kindLabel(d.kind)],
    ['Datum', formatDate(d.date)],
    ['Uitgever', summaryLink('actors', d.issuer)],
    ['Over', summaryLink('locations', d.scopeLocation)],
    ['Programma', summaryLink('programmes', d.programme)],
    ['Bron', d.sourceUrl ? link(d.sourceUrl, d.sourceUrl) : null],
  ]);
}

/** The query of the programme, document and theme pages: a theme or place filter and a page. */
const listQuerySchema = z.object({
  theme: z.string().max(100).optional().describe('Only measures of this theme (id).'),
  location: z.string().max(100).optional().describe('Only measures about this place (id).'),
  page: z.string().max(10).optional().describe('Page number, from 1.'),
});

function programmePage(ctx: PageContext, id: string, query: RawListQuery): Page {
  const p = found(getProgramme(ctx.db, id), 'programmes', id);
  const documents = p.documents.map((d) => ({ id: d.id, name: d.name, href: browsePath('documents', d.id) }));
  const list = pagedMeasures(ctx, browsePath('programmes', p.id), { programme: p.id }, query, { documents });
  return {
    title: p.title,
    ...statusOf(list),
    main: html`<p class="muted">${kindLabel(p.kind)}</p>
<h1>${p.title}</h1>
${facts([
  ['Uitgever', summaryLink('actors', p.issuer)],
  ['Over', summaryLink('locations', p.scopeLocation)],
  ['Datum', formatDate(p.date)],
  ['Documenten', html`${documents.map((d, i) => html`${i ? ', ' : ''}${link(d.href, d.name)}`)}`],
])}
${measuresSection(list)}`,
  };
}

function documentPage(ctx: PageContext, id: string, query: RawListQuery): Page {
  const d = found(getDocument(ctx.db, id), 'documents', id);
  const path = browsePath('documents', d.id);
  const list = pagedMeasures(ctx, path, { document: d.id }, query, { documents: [{ id: d.id, name: d.title, href: path }] });
  return {
    title: d.title,
    ...statusOf(list),
    main: html`<p class="muted">${kindLabel(d.kind)}</p>
<h1>${d.title}</h1>
${documentFacts(d)}
<p><a href="${refUrl('', { collection: 'documents', id: d.id, rel: 'text' })}">Volledige brontekst</a> <span class="muted" lang="en">(source text)</span></p>
${measuresSection(list)}`,
  };
}

/** A theme across places: a table and chart per municipality (each a link to the theme's measures there), the map, then the measures, paged. */
function themePage(ctx: PageContext, id: string, query: RawListQuery): Page {
  const theme = found(getTheme(ctx.db, id), 'themes', id);
  const path = browsePath('themes', theme.id);
  const places = measuresPerMunicipality(ctx.db, { theme: theme.id });
  const href = (place: string) => listHref(path, { location: place, page: 1 });
  const table = places.length
    ? html`<div class="table-scroll"><table><caption>Maatregelen over ${theme.name} per gemeente</caption><thead>${countHead('Gemeente')}</thead><tbody>${places.map(
      (p) => html`<tr><th scope="row"><a href="${browsePath('locations', p.id)}">${p.name}</a></th>${countCells(p, href(p.id))}</tr>`,
    )}</tbody></table></div>`
    : html`<p class="muted">Geen maatregelen over dit thema in een gemeente.</p>`;
  const chart = barChart(places.slice(0, 20).map((p) => ({ label: p.name, value: p.measures, href: href(p.id) })), { title: `Maatregelen over ${theme.name} per gemeente`, id: 'plaats-grafiek', unit: 'maatregelen' });
  const list = pagedMeasures(ctx, path, { theme: theme.id }, { location: query.location, page: query.page }, { filterThemes: false });
  const placeName = query.location === undefined ? undefined : places.find((p) => p.id === query.location)?.name ?? query.location;
  const measuresApi = refUrl('', { collection: 'themes', id: theme.id, rel: 'measures' });
  const filter = query.location === undefined ? '' : `?location=${encodeURIComponent(query.location)}`;
  return {
    title: theme.name,
    ...statusOf(list),
    main: html`<p class="muted">Thema</p>
<h1>${theme.name}</h1>
<p lang="en" class="muted">${theme.labelEn}</p>
<h2 id="plaatsen">Per gemeente</h2>
${chart}${table}
${places.some((p) => p.lat !== null) ? html`<h2 id="kaart">Op de kaart</h2>${mapOf(places, `Kaart van België: plaatsen met maatregelen over ${theme.name}`)}` : ''}
<h2 id="maatregelen">Maatregelen${placeName === undefined ? '' : html` in ${placeName} <a class="muted" href="${path}">(alle plaatsen)</a>`}</h2>
${list.main}
<p class="muted"><a href="${measuresApi}${filter}">JSON</a> · <a href="${measuresApi}.csv${filter}">CSV</a></p>`,
  };
}

/** Where a measure is shown: the page of its programme (or document) that lists it, at its anchor; null for an unknown id. */
function measureLocation(db: Db, id: string): string | null {
  const context = contextOfMeasure(db, id);
  if (context === null) return null;
  const path = 'programme' in context ? browsePath('programmes', context.programme) : browsePath('documents', context.document);
  const index = measureOutline(db, context).findIndex((e) => e.id === id);
  return `${listHref(path, { page: pageOfIndex(index) })}#${measureAnchor(id)}`;
}

function actorPage(ctx: PageContext, id: string): Page {
  const a = found(getActor(ctx.db, id), 'actors', id);
  const measures = listMeasures(ctx.db, { actor: a.id }, { limit: MAX_MEASURES }).items;
  return {
    title: a.name,
    main: html`<p class="muted">Actor · ${kindLabel(a.kind)}</p>
<h1>${a.name}</h1>
${facts([
  ['Rol', a.role],
  ['Partij', summaryLink('actors', a.party)],
  ['Onderdeel van', summaryLink('actors', a.parent)],
  ['Zetel', summaryLink('locations', a.location)],
  ['Ook genoemd', a.aliases.length ? a.aliases.join(', ') : null],
])}
<h2>Maatregelen die ${a.name} noemen</h2>
${measuresWithFigures(ctx, measures)}`,
  };
}

const hitTypes = { measure: 'Maatregel', figure: 'Cijfer', document: 'Document' } as const;

/** Where a search hit opens: a measure in its document, a figure's card, a document page. */
function hitPath(hit: SearchHit): string {
  if (hit.type === 'figure') return cardUrl('', 'figures', hit.id);
  if (hit.type === 'document') return browsePath('documents', hit.id);
  return `${browsePath('documents', hit.document.id)}#${measureAnchor(hit.id)}`;
}

const searchQuery = z.strictObject({ q: z.string().max(200).optional().describe('Words to search for.') });

function searchPage({ db }: PageContext, q: string): Page {
  if (!q.trim()) return { title: 'Zoeken', main: html`<h1>Zoeken</h1>${searchForm()}` };
  let hits: SearchHit[];
  try {
    hits = search(db, { q, limit: 50 }).items;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    return { title: 'Zoeken', status: 400, main: html`<h1>Zoeken</h1>${searchForm(q)}<p role="alert">${error.detail}</p>` };
  }
  // Snippets come from the search module as HTML with every non-<mark> character escaped.
  const items = hits.map(
    (h) => html`<li><span class="chip">${hitTypes[h.type]}</span> <a href="${hitPath(h)}">${h.name}</a>
<p class="measure-text">${raw(h.snippet)}</p><p class="muted">in ${link(browsePath('documents', h.document.id), h.document.name)}</p></li>`,
  );
  return {
    title: `Zoeken: ${q}`,
    main: html`<h1>Zoeken</h1>${searchForm(q)}
<h2 id="resultaten">${hits.length} ${hits.length === 1 ? 'resultaat' : 'resultaten'} voor “${q}”</h2>
${hits.length ? html`<ol class="measures">${items}</ol>` : html`<p>Niets gevonden. Probeer een ander woord.</p>`}`,
  };
}

const compareQuery = z.strictObject({
  locations: z.string().max(500).optional().describe('Comma-separated places.'),
  theme: z.string().max(100).optional().describe('Only this theme (id).'),
});

/** Places side by side: the table and the chart, or the form alone; a place that does not exist is explained (400). */
function comparePage({ db }: PageContext, locations: string, theme: string | undefined): Page {
  const intro = html`<h1>Vergelijk plaatsen</h1><p>Maatregelen per thema, plaats naast plaats. Een plaats omvat alles wat erin ligt: een stad haar deelgemeenten, een provincie haar steden.</p>${compareForm(locations)}`;
  if (!locations.trim()) return { title: 'Vergelijk', main: intro };
  const places = locationsListSchema.safeParse(locations);
  if (!places.success) return { title: 'Vergelijk', status: 400, main: html`${intro}<p role="alert">Geef één tot twaalf plaatsen, gescheiden door komma's.</p>` };
  try {
    // Links of the site's own pages are relative to it.
    const comparison = linkRefs(compareLocations(db, places.data, theme), comparisonRefs, '');
    const names = comparison.locations.map((l) => l.name).join(', ');
    return {
      title: `Vergelijk: ${names}`,
      main: html`${intro}${comparison.themes.length ? html`${compareTable(comparison)}<h2>In beeld</h2>${compareChart(comparison)}` : html`<p>Geen maatregelen voor deze plaatsen.</p>`}`,
    };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'INVALID_PARAMETER') throw error;
    return { title: 'Vergelijk', status: 400, main: html`${intro}<p role="alert">Onbekend: <span lang="en">${error.detail}</span></p>` };
  }
}

/** Sends a page; a page explaining a mistake is neither cached nor given the ETag of a good answer. */
function respond(reply: FastifyReply, { title, main, status = 200 }: Page) {
  if (status !== 200) reply.removeHeader('etag').header('cache-control', 'no-store');
  return sendPage(reply.code(status), sitePage(title, main));
}

/** The page for a record that does not exist: Dutch, with the API's (English) detail. */
const notFoundPage = (error: ApiError): Page => ({
  title: 'Niet gevonden',
  status: error.status,
  main: html`<h1>Niet gevonden</h1><p>Deze pagina bestaat niet (meer).</p><p class="muted" lang="en">${error.detail}</p><p><a href="/">Terug naar de startpagina</a></p>`,
});

const options = servedAs('text/html', sitePolicy);
const recordPage = { ...options, schema: { hide: true, params: idParams } };
/** A record page with a paged list: known parameters are checked, others (trackers) ignored. */
const listPage = { ...options, schema: { hide: true, params: idParams, querystring: listQuerySchema } };

/**
 * The browse routes. Pages declare `produces: ['text/html']`, so they get ETags, 304s
 * and the response cache; the record pages take no querystring (shared links carry
 * trackers such as `fbclid`), the search page a strict one.
 */
const browse: FastifyPluginAsyncZod = async (app) => {
  // The dataset is immutable: what the home page and the maps show is read once per app, on
  // the first request that shows it, and its numbers over every measure were stored by the
  // build (issue 12: 23 s of a 10 000-document server's start, then minutes of the first
  // request at 100 000) — and the home page is rendered on first request (drawing the map
  // reads the outline package).
  let home: HomeData | undefined;
  const homeOnce = () => (home ??= homeData(app.db));
  let homeMain: SafeHtml | undefined;
  const context = (log: WarningLog): PageContext => ({ db: app.db, log });

  // People get an HTML page for a record that is not there; every other problem is the API's.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') throw error;
    return respond(reply, notFoundPage(error));
  });

  app.get('/', { ...options, schema: { hide: true } }, async (_request, reply) => respond(reply, { title: 'Start', main: (homeMain ??= homePage(homeOnce())) }));
  app.get('/browse/locations/:id', recordPage, async (request, reply) => respond(reply, locationPage(context(request.log), request.params.id, homeOnce().places)));
  app.get('/browse/programmes/:id', listPage, async (request, reply) => respond(reply, programmePage(context(request.log), request.params.id, request.query)));
  app.get('/browse/documents/:id', listPage, async (request, reply) => respond(reply, documentPage(context(request.log), request.params.id, request.query)));
  app.get('/browse/themes/:id', listPage, async (request, reply) => respond(reply, themePage(context(request.log), request.params.id, request.query)));
  app.get('/browse/measures/:id', recordPage, async (request, reply) => {
    const target = measureLocation(app.db, request.params.id);
    if (target === null) throw notFound('measures', request.params.id);
    return reply.redirect(target, 303);
  });
  app.get('/browse/actors/:id', recordPage, async (request, reply) => respond(reply, actorPage(context(request.log), request.params.id)));
  app.get('/browse/compare', { ...options, schema: { hide: true, querystring: compareQuery } }, async (request, reply) =>
    respond(reply, comparePage(context(request.log), request.query.locations ?? '', request.query.theme)),
  );
  app.get('/browse/search', { ...options, schema: { hide: true, querystring: searchQuery } }, async (request, reply) =>
    respond(reply, searchPage(context(request.log), request.query.q ?? '')),
  );
};

export default browse;
