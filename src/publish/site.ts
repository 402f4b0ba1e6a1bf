/** The frame of every browse page: skip link, header with navigation, footer with the dumps and licences. */
import { entityCollections } from '../queries/dataset.js';
import { apiPath, exportUrl } from '../urls.js';
import { html, type SafeHtml } from './html.js';
import { pagePolicy, shell, type PageStyle } from './layout.js';
import { dataLicence } from './licence.js';
import { pageCss } from './style.js';

const nav = html`<nav aria-label="Hoofdmenu"><ul>
<li><a href="/">Steden</a></li>
<li><a href="/browse/search">Zoeken</a></li>
<li><a href="/docs">API-documentatie <span lang="en">(API docs)</span></a></li>
<li><a href="/graphiql">GraphiQL</a></li>
<li><a href="/catalog">Catalogus <span lang="en">(DCAT)</span></a></li>
</ul></nav>`;

/** Links to every export: the SQLite dump and CSV/NDJSON per collection. */
export const downloadLinks = html`<ul>
<li><a href="${apiPath('dump.sqlite')}">Volledige SQLite-database</a> <span class="muted" lang="en">(complete database)</span></li>
${entityCollections.map((c) => html`<li>${c}: <a href="${exportUrl('', c, 'csv')}">CSV</a> · <a href="${exportUrl('', c, 'ndjson')}">NDJSON</a></li>`)}
</ul>`;

const siteStyle: PageStyle = { css: pageCss };
/** The Content-Security-Policy of every browse page. */
export const sitePolicy = pagePolicy(siteStyle);

/** A complete browse page around `main`. */
export function sitePage(title: string, main: SafeHtml): string {
  return shell({
    title: `${title} · blauwdruk`,
    style: siteStyle,
    body: html`<a class="skip" href="#inhoud">Naar de inhoud</a>
<header class="site"><div class="inner"><a class="brand" href="/">blauwdruk</a>${nav}</div></header>
<main id="inhoud" tabindex="-1">
${main}
</main>
<footer class="site"><div class="inner">
<p>Gegevens onder <a href="${dataLicence.url}" rel="license">${dataLicence.name}</a>, code onder MIT. Elke maatregel en elk cijfer verwijst naar de brontekst.
<span lang="en">Data under ${dataLicence.name}; every measure and figure links to its source text.</span></p>
<p><a href="/catalog">Catalogus (DCAT-AP)</a> · <a href="/openapi.json">OpenAPI</a> · <a href="${apiPath('dump.sqlite')}">SQLite-dump</a> · <a href="/#downloads">Alle downloads</a></p>
</div></footer>`,
  });
}

/** The search form (GET, works without JavaScript). */
export function searchForm(q = ''): SafeHtml {
  return html`<form class="search" role="search" action="/browse/search" method="get">
<label for="q">Zoek in maatregelen, cijfers en documenten <span class="muted" lang="en">(search)</span></label>
<input id="q" name="q" type="search" value="${q}" required maxlength="200">
<button type="submit">Zoeken</button>
</form>`;
}
