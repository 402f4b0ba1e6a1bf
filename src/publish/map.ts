/**
 * A map of Belgium for people: the country's outline with the places that have measures,
 * each a dot sized by its number of measures and a link to the place's page. Drawn on the
 * server as plain SVG, so it needs no script, no tile server and no request anywhere.
 *
 * Geodata: the outline is Natural Earth's 1:50m Belgium (admin 0) from the `world-atlas`
 * package (TopoJSON, ISO 3166 numeric id 056), read through `topojson-client`; places sit at
 * the gazetteer's WGS84 points (seeds/gazetteer/locations.json). Both are projected with the
 * Lambert conformal conic of the Belgian Lambert 72 grid (standard parallels 49°50′ and
 * 51°10′, central meridian 4°22′03″ E) through `d3-geo`, so the country keeps its familiar shape.
 */
import { createRequire } from 'node:module';
import { geoConicConformal, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { html, raw, type SafeHtml } from './html.js';
import { browsePath } from '../urls.js';

const WIDTH = 600;
const PADDING = 12;
/** Belgium's id in world-atlas (ISO 3166-1 numeric). */
const BELGIUM = '056';
/** Places named beside their dot; the others are named by their link and tooltip only, so labels never pile up. */
const MAX_LABELS = 12;
const MIN_RADIUS = 4;
const MAX_RADIUS = 16;

/** The country drawn once per process: its shape, its path, the projection for places and the drawing's height. */
interface Outline {
  country: ReturnType<typeof feature>;
  path: string;
  project: GeoProjection;
  height: number;
}

let outline: Outline | undefined;

/** Belgium's outline, projected to `WIDTH` pixels wide; read from the package on first use. */
function belgium(): Outline {
  if (outline) return outline;
  const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const geometry = topology.objects.countries.geometries.find((g) => g.id === BELGIUM);
  if (!geometry) throw new Error(`world-atlas has no country ${BELGIUM} (Belgium)`);
  const country = feature(topology, geometry);
  const project = geoConicConformal()
    .parallels([49 + 50 / 60, 51 + 10 / 60])
    .rotate([-(4 + 22 / 60 + 3 / 3600), 0])
    .fitWidth(WIDTH - 2 * PADDING, country);
  const [[, top], [, bottom]] = geoPath(project).bounds(country);
  project.translate([project.translate()[0] + PADDING, project.translate()[1] - top + PADDING]);
  const path = geoPath(project).digits(1)(country);
  if (path === null) throw new Error('the outline of Belgium projects to nothing');
  outline = { country, path, project, height: Math.ceil(bottom - top + 2 * PADDING) };
  return outline;
}

/** A place drawn on the map: where it is and how many measures it has. */
export interface MapPlace {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  measures: number;
}

export interface MapOptions {
  /** Accessible name of the map. */
  label: string;
  /** The place whose page this is: drawn apart, and always named. */
  current?: string;
  /** `id` attribute prefix, unique on the page. */
  idPrefix?: string;
}

const noun = (n: number) => (n === 1 ? 'maatregel' : 'maatregelen');

/** Whether a WGS84 point lies in Belgium's outline. */
export const inBelgium = (lon: number, lat: number) => geoContains(belgium().country, [lon, lat]);

type Located = MapPlace & { lat: number; lon: number };

/**
 * The map as inline SVG inside a figure: places whose point lies in the outline, larger
 * dots under smaller ones, the `MAX_LABELS` places with the most measures (and the
 * current one) named beside their dot. The caption names, with links, the places it
 * cannot draw: without a point, or outside the outline (a foreign city a text names, or
 * an enclave the 1:50m outline lacks).
 */
export function placesMap(places: readonly MapPlace[], { label, current, idPrefix = 'kaart' }: MapOptions): SafeHtml {
  const { path, project, height } = belgium();
  const withMeasures = places.filter((p) => p.measures > 0);
  const drawn = withMeasures.filter((p): p is Located => p.lat !== null && p.lon !== null && inBelgium(p.lon, p.lat));
  const missing = withMeasures.filter((p) => !drawn.includes(p as Located));
  const max = Math.max(1, ...drawn.map((p) => p.measures));
  const radius = (n: number) => MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(n / max);
  const byMeasures = [...drawn].sort((a, b) => b.measures - a.measures || (a.id < b.id ? -1 : 1));
  const named = new Set(byMeasures.slice(0, MAX_LABELS).map((p) => p.id));
  if (current !== undefined) named.add(current);
  const dots = byMeasures.map((p) => {
    const [x, y] = project([p.lon, p.lat])!;
    const r = radius(p.measures);
    const text = `${p.name}: ${p.measures} ${noun(p.measures)}`;
    const isCurrent = p.id === current;
    const name = named.has(p.id) ? html`<text x="${(x + r + 3).toFixed(1)}" y="${(y + 4).toFixed(1)}">${p.name}</text>` : '';
    return html`<a href="${browsePath('locations', p.id)}" aria-label="${text}"${isCurrent ? raw(' aria-current="page"') : ''}><title>${text}</title><circle class="${isCurrent ? 'place current' : 'place'}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}"></circle>${name}</a>`;
  });
  const titleId = `${idPrefix}-titel`;
  const offMap = missing.length
    ? html` Niet op de kaart: ${missing.map((p, i) => html`${i ? ', ' : ''}<a href="${browsePath('locations', p.id)}">${p.name}</a> (${p.measures})`)}.`
    : '';
  return html`<figure class="map">
<svg viewBox="0 0 ${WIDTH} ${height}" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg"><title id="${titleId}">${label}</title>
<path class="country" d="${path}"></path>
${dots}
</svg>
<figcaption class="muted">${drawn.length} ${drawn.length === 1 ? 'plaats' : 'plaatsen'} met maatregelen; hoe groter de stip, hoe meer maatregelen.${offMap} <span lang="en">Outline: Natural Earth 1:50m via world-atlas.</span></figcaption>
</figure>`;
}
