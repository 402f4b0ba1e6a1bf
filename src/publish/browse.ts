/**
 * The browse pages for people: `/` (cities), `/browse/locations/{id}` (a city's
 * programmes), `/browse/programmes/{id}` and `/browse/documents/{id}` (measures with
 * figures marked and themes), `/browse/actors/{id}` and `/browse/search?q=`. Server-rendered
 * HTML over the shared query layer; no script, so everything works without JavaScript.
 */
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ApiError } from '../errors.js';
import { getActor } from '../queries/actors.js';
import { getDocument, listDocuments } from '../queries/documents.js';
import { figuresByMeasureIds } from '../queries/figures.js';
import { getLocation } from '../queries/locations.js';
import { listMeasures } from '../queries/measures.js';
import { getProgramme, listProgrammes } from '../queries/programmes.js';
import { catalogFacts } from '../queries/publish/catalog.js';
import { search, type SearchHit } from '../queries/search.js';
import type { DocumentRecord, MeasureRecord, ProgrammeRecord } from '../queries/shapes.js';
import { markedText, themeChips } from './components.js';
import { changeLabel, figureLabel, formatDate, kindLabel } from './format.js';
import { html, raw, type SafeHtml } from './html.js';
import { sendPage } from './layout.js';
import { parseQuery } from './params.js';
import { downloadLinks, searchForm, sitePage } from './site.js';
import { browsePath, measureAnchor } from './urls.js';

const MAX_MEASURES = 500;

const found = <T>(record: T | null, what: string, id: string): T => {
  if (record === null) throw new ApiError('NOT_FOUND', `Er is geen ${what} met id "${id}".`);
  return record;
};

/** One measure: its text with figures marked (each a link to its card), figures, themes, actors and links. */
function measureItem(measure: MeasureRecord, figures: ReturnType<typeof figuresByMeasureIds>[number]): SafeHtml {
  const card = (id: string) => `/embed/figures/${encodeURIComponent(id)}`;
  const figureList = figures.map((f) => {
    const change = changeLabel(f);
    return html`<li><a href="${card(f.id)}">${figureLabel(f)}</a>${change ? html` <span class="muted">(${change})</span>` : ''} <a class="muted" href="${card(f.id)}.svg">SVG</a></li>`;
  });
  const self = encodeURIComponent(measure.id);
  return html`<li id="${measureAnchor(measure.id)}">
${measure.section ? html`<p class="muted">${measure.section}</p>` : ''}
<p class="measure-text">${markedText(measure, figures, (f) => card(f.id))}</p>
${figures.length ? html`<ul class="figures" aria-label="Cijfers">${figureList}</ul>` : ''}
${themeChips(measure.themes)}
${measure.actors.length ? html`<ul class="chips" aria-label="Actoren">${measure.actors.map((a) => html`<li><a class="chip" href="${browsePath('actors', a.id)}">${a.name}</a></li>`)}</ul>` : ''}
<p class="muted"><a href="/embed/measures/${self}">Kaart</a> · <a href="/v1/measures/${self}/cite?format=text">Citeer</a> · <a href="/v1/measures/${self}">JSON</a></p>
</li>`;
}

/** Measures with their figures (one statement for all figures), as an ordered list. */
function measureList(db: Db, measures: MeasureRecord[]): SafeHtml {
  if (measures.length === 0) return html`<p class="muted">Geen maatregelen.</p>`;
  const figures = figuresByMeasureIds(db, measures.map((m) => m.id));
  return html`<ol class="measures">${measures.map((m, i) => measureItem(m, figures[i]!))}</ol>`;
}

const documentMeasures = (db: Db, id: string) => listMeasures(db, { document: id }, { sort: 'ordinal', limit: MAX_MEASURES }).items;

const link = (path: string, text: string) => html`<a href="${path}">${text}</a>`;
const summaryLink = (collection: Parameters<typeof browsePath>[0], s: { id: string; name: string } | null) => (s ? link(browsePath(collection, s.id), s.name) : null);
const unknown = html`<span class="muted">niet vermeld</span>`;
const facts = (rows: Array<[string, SafeHtml | string | null]>) => html`<dl class="meta">${rows.map(([t, v]) => html`<dt>${t}</dt><dd>${v ?? unknown}</dd>`)}</dl>`;

function homePage(db: Db): SafeHtml {
  const cities = catalogFacts(db).cities.map((c) => {
    const count = listProgrammes(db, { location: c.id }, { limit: 100 }).items.length;
    return html`<li><a href="${browsePath('locations', c.id)}"><strong>${c.name}</strong></a><br><span class="muted">${count} ${count === 1 ? 'programma' : 'programma’s'}</span></li>`;
  });
  return html`<h1>Lokaal veiligheids- en politiebeleid</h1>
<p>Wat beloven en doen Belgische steden rond veiligheid en politie? blauwdruk haalt maatregelen, cijfers, actoren en plaatsen uit de teksten zelf, telkens met het letterlijke citaat.
<span lang="en">Open data on local safety and police policy in Belgian cities, every item linked to the sentence it comes from.</span></p>
${searchForm()}
<h2 id="steden">Kies een stad <span class="muted" lang="en">(choose a city)</span></h2>
<ul class="cards">${cities}</ul>
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

function locationPage(db: Db, id: string): { title: string; main: SafeHtml } {
  const place = found(getLocation(db, id), 'plaats', id);
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

function programmePage(db: Db, id: string): { title: string; main: SafeHtml } {
  const p = found(getProgramme(db, id), 'programma', id);
  const sections = p.documents.map(
    (d) => html`<section aria-labelledby="d-${d.id}"><h2 id="d-${d.id}">${link(browsePath('documents', d.id), d.name)}</h2>${measureList(db, documentMeasures(db, d.id))}</section>`,
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

function documentPage(db: Db, id: string): { title: string; main: SafeHtml } {
  const d = found(getDocument(db, id), 'document', id);
  return {
    title: d.title,
    main: html`<p class="muted">${kindLabel(d.kind)}</p>
<h1>${d.title}</h1>
${documentFacts(d)}
<p><a href="/v1/documents/${encodeURIComponent(d.id)}/text">Volledige brontekst</a> <span class="muted" lang="en">(source text)</span></p>
<h2>Maatregelen</h2>
${measureList(db, documentMeasures(db, d.id))}`,
  };
}

function actorPage(db: Db, id: string): { title: string; main: SafeHtml } {
  const a = found(getActor(db, id), 'actor', id);
  const measures = listMeasures(db, { actor: a.id }, { limit: MAX_MEASURES }).items;
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
${measureList(db, measures)}`,
  };
}

const hitTypes = { measure: 'Maatregel', figure: 'Cijfer', document: 'Document' } as const;

/** Where a search hit opens: a measure in its document, a figure's card, a document page. */
function hitPath(hit: SearchHit): string {
  if (hit.type === 'figure') return `/embed/figures/${encodeURIComponent(hit.id)}`;
  if (hit.type === 'document') return browsePath('documents', hit.id);
  return `${browsePath('documents', hit.document.id)}#${measureAnchor(hit.id)}`;
}

function searchPage(db: Db, query: unknown): { title: string; main: SafeHtml; status: number } {
  const { q = '' } = parseQuery({ q: z.string().max(200).optional() }, query);
  if (!q.trim()) return { title: 'Zoeken', status: 200, main: html`<h1>Zoeken</h1>${searchForm()}` };
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
    status: 200,
    main: html`<h1>Zoeken</h1>${searchForm(q)}
<h2 id="resultaten">${hits.length} ${hits.length === 1 ? 'resultaat' : 'resultaten'} voor “${q}”</h2>
${hits.length ? html`<ol class="measures">${items}</ol>` : html`<p>Niets gevonden. Probeer een ander woord.</p>`}`,
  };
}

const browse: FastifyPluginAsync = async (app) => {
  const respond = (reply: FastifyReply, { title, main, status = 200 }: { title: string; main: SafeHtml; status?: number }) =>
    sendPage(reply.code(status), sitePage(title, main), status === 200 ? 300 : 0);
  const id = (request: FastifyRequest) => (request.params as { id: string }).id;

  // People get an HTML page for their mistakes too; anything unexpected goes to the API's handler.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    return respond(reply, { title: problemTitle(error), status: error.status, main: html`<h1>${problemTitle(error)}</h1><p>${error.detail}</p><p><a href="/">Terug naar de startpagina</a></p>` });
  });

  const page = (path: string, render: (request: FastifyRequest) => { title: string; main: SafeHtml; status?: number }) =>
    app.get(path, { schema: { hide: true } }, async (request, reply) => respond(reply, render(request)));

  page('/', () => ({ title: 'Start', main: homePage(app.db) }));
  page('/browse/locations/:id', (request) => locationPage(app.db, id(request)));
  page('/browse/programmes/:id', (request) => programmePage(app.db, id(request)));
  page('/browse/documents/:id', (request) => documentPage(app.db, id(request)));
  page('/browse/actors/:id', (request) => actorPage(app.db, id(request)));
  page('/browse/search', (request) => searchPage(app.db, request.query));
};

/** Dutch heading for an error page. */
function problemTitle(error: ApiError): string {
  return error.status === 404 ? 'Niet gevonden' : 'Ongeldige vraag';
}

export default browse;
