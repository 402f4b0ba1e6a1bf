/**
 * The browse pages for people: `/` (cities), `/browse/locations/{id}` (a city's
 * programmes), `/browse/programmes/{id}` and `/browse/documents/{id}` (measures with
 * figures marked and themes), `/browse/actors/{id}` and `/browse/search?q=`. Server-rendered
 * HTML over the shared query layer; no script, so everything works without JavaScript.
 */
import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError, notFound } from '../errors.js';
import { getActor } from '../queries/actors.js';
import { getDocument, listDocuments } from '../queries/documents.js';
import { figuresByMeasureIds } from '../queries/figures.js';
import { getLocation } from '../queries/locations.js';
import { listMeasures, measuresOfDocument } from '../queries/measures.js';
import { similarOfMeasures, type SimilarRecord } from '../queries/similar.js';
import { compareLocations, comparisonRefs, locationsListSchema } from '../queries/compare.js';
import { compareChart, compareForm, compareTable } from './compare.js';
import { getProgramme, listProgrammes } from '../queries/programmes.js';
import { citiesWithProgrammeCounts, type CityProgrammes } from '../queries/publish/browse.js';
import { search, type SearchHit } from '../queries/search.js';
import type { DocumentRecord, FigureRecord, MeasureRecord, ProgrammeRecord } from '../queries/shapes.js';
import { markedText, themeChips } from './components.js';
import { changeLabel, figureLabel, formatDate, kindLabel } from './format.js';
import type { WarningLog } from './highlight.js';
import { html, raw, type SafeHtml } from './html.js';
import { sendPage, servedAs } from './layout.js';
import { idParams } from './records.js';
import { downloadLinks, searchForm, sitePage, sitePolicy } from './site.js';
import { browsePath, cardUrl, link as linkRefs, measureAnchor, measurePagePath, refUrl } from '../urls.js';

const MAX_MEASURES = 500;

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

/** `record`, or the standard not-found problem for `collection`/`id`. */
function found<T>(record: T | null, collection: string, id: string): T {
  if (record === null) throw notFound(collection, id);
  return record;
}

/** The similar measures of other documents, folded away (a details element: no JavaScript needed). */
function similarList(measureId: string, similar: SimilarRecord[]): SafeHtml {
  if (similar.length === 0) return html``;
  const items = similar.map(
    (s) => html`<li><a href="${measurePagePath({ id: s.measure.id, programme: s.programme, document: s.document })}">${s.measure.name}</a> <span class="muted">— ${s.programme?.name ?? s.document.name}; score ${s.score.toFixed(2)}; gedeeld: ${s.terms.join(', ')}</span></li>`,
  );
  return html`<details class="similar"><summary>Vergelijkbaar in andere documenten (${similar.length})</summary><ul aria-label="Vergelijkbare maatregelen van ${measureId}">${items}</ul></details>`;
}

/** One measure: its text with figures marked (each a link to its card), figures, themes, actors, similar measures and links. */
function measureItem(measure: MeasureRecord, { figures, similar }: MeasureExtras, log: WarningLog): SafeHtml {
  const card = (id: string) => cardUrl('', 'figures', id);
  const figureList = figures.map((f) => {
    const change = changeLabel(f);
    return html`<li><a href="${card(f.id)}">${figureLabel(f)}</a>${change ? html` <span class="muted">(${change})</span>` : ''} <a class="muted" href="${card(f.id)}.svg">SVG</a></li>`;
  });
  return html`<li id="${measureAnchor(measure.id)}">
${measure.section ? html`<p class="muted">${measure.section}</p>` : ''}
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

/** Measures of each of `documentIds` in text order, with figures and similar measures: three statements however many documents. */
function documentsMeasures(ctx: PageContext, documentIds: string[]): SafeHtml[] {
  const groups = measuresOfDocument.pages(ctx.db, documentIds, { sort: 'ordinal', limit: MAX_MEASURES }).map((page) => page.items as MeasureRecord[]);
  const extras = extrasOfGroups(ctx.db, groups);
  return groups.map((measures, i) => measureList(ctx, measures, extras[i]!));
}

/** `measures` as a list, with their figures and similar measures. */
const measuresWithFigures = (ctx: PageContext, measures: MeasureRecord[]) => measureList(ctx, measures, extrasOfGroups(ctx.db, [measures])[0]!);

const link = (path: string, text: string) => html`<a href="${path}">${text}</a>`;
const summaryLink = (collection: Parameters<typeof browsePath>[0], s: { id: string; name: string } | null) => (s ? link(browsePath(collection, s.id), s.name) : null);
const unknown = html`<span class="muted">niet vermeld</span>`;
const facts = (rows: Array<[string, SafeHtml | string | null]>) => html`<dl class="meta">${rows.map(([t, v]) => html`<dt>${t}</dt><dd>${v ?? unknown}</dd>`)}</dl>`;

/** The home page: the cities (with programme counts read once per app), the search box and the developer links. */
function homePage(cities: CityProgrammes[]): SafeHtml {
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

function locationPage({ db }: PageContext, id: string): Page {
  const place = found(getLocation(db, id), 'locations', id);
  const programmes = listProgrammes(db, { location: place.id }, { limit: 100 }).items;
  const documents = listDocuments(db, { location: place.id }, { sort: 'title', limit: 100 }).items;
  return {
    title: place.name,
    main: html`<p class="muted">${kindLabel(place.kind)}${place.parent ? html` in ${place.parent.name}` : ''}</p>
<h1>${place.name}</h1>
${searchForm()}
<h2>Programma’s <span class="muted" lang="en">(programmes)</span></h2>
${programmes.length ? html`<ul class="cards">${programmes.map(programmeSummary)}</ul>` : html`<p class="muted">Geen programma’s over deze plaats.</p>`}
<h2>Documenten</h2>
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

function programmePage(ctx: PageContext, id: string): Page {
  const p = found(getProgramme(ctx.db, id), 'programmes', id);
  const lists = documentsMeasures(ctx, p.documents.map((d) => d.id));
  const sections = p.documents.map(
    (d, i) => html`<section aria-labelledby="d-${d.id}"><h2 id="d-${d.id}">${link(browsePath('documents', d.id), d.name)}</h2>${lists[i]}</section>`,
  );
  return {
    title: p.title,
    main: html`<p class="muted">${kindLabel(p.kind)}</p>
<h1>${p.title}</h1>
${facts([
  ['Uitgever', summaryLink('actors', p.issuer)],
  ['Over', summaryLink('locations', p.scopeLocation)],
  ['Datum', formatDate(p.date)],
])}
${sections}`,
  };
}

function documentPage(ctx: PageContext, id: string): Page {
  const d = found(getDocument(ctx.db, id), 'documents', id);
  return {
    title: d.title,
    main: html`<p class="muted">${kindLabel(d.kind)}</p>
<h1>${d.title}</h1>
${documentFacts(d)}
<p><a href="${refUrl('', { collection: 'documents', id: d.id, rel: 'text' })}">Volledige brontekst</a> <span class="muted" lang="en">(source text)</span></p>
<h2>Maatregelen</h2>
${documentsMeasures(ctx, [d.id])[0]}`,
  };
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

/**
 * The browse routes. Pages declare `produces: ['text/html']`, so they get ETags, 304s
 * and the response cache; the record pages take no querystring (shared links carry
 * trackers such as `fbclid`), the search page a strict one.
 */
const browse: FastifyPluginAsyncZod = async (app) => {
  // The dataset is immutable: the home page is the same for the life of the app.
  const home = homePage(citiesWithProgrammeCounts(app.db));
  const context = (log: WarningLog): PageContext => ({ db: app.db, log });

  // People get an HTML page for a record that is not there; every other problem is the API's.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') throw error;
    return respond(reply, notFoundPage(error));
  });

  app.get('/', { ...options, schema: { hide: true } }, async (_request, reply) => respond(reply, { title: 'Start', main: home }));
  app.get('/browse/locations/:id', recordPage, async (request, reply) => respond(reply, locationPage(context(request.log), request.params.id)));
  app.get('/browse/programmes/:id', recordPage, async (request, reply) => respond(reply, programmePage(context(request.log), request.params.id)));
  app.get('/browse/documents/:id', recordPage, async (request, reply) => respond(reply, documentPage(context(request.log), request.params.id)));
  app.get('/browse/actors/:id', recordPage, async (request, reply) => respond(reply, actorPage(context(request.log), request.params.id)));
  app.get('/browse/compare', { ...options, schema: { hide: true, querystring: compareQuery } }, async (request, reply) =>
    respond(reply, comparePage(context(request.log), request.query.locations ?? '', request.query.theme)),
  );
  app.get('/browse/search', { ...options, schema: { hide: true, querystring: searchQuery } }, async (request, reply) =>
    respond(reply, searchPage(context(request.log), request.query.q ?? '')),
  );
};

export default browse;
